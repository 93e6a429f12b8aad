//! The story as stored: articles, actors and the claims in them (see docs/DATA.md).

use super::date::When;
use serde::Deserialize;

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Story {
    pub title: String,
    pub sides: Vec<Label>,
    pub topics: Vec<Label>,
    pub quantities: Vec<Label>,
    pub actors: Vec<Actor>,
    pub articles: Vec<Article>,
    pub claims: Vec<Claim>,
}

/// An id with the words to show for it: a side, topic or quantity.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Label {
    pub id: String,
    pub label: String,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Actor {
    pub id: String,
    pub name: String,
    pub kind: ActorKind,
    pub side: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ActorKind {
    Person,
    Agency,
    Government,
    Military,
    NewsOrganisation,
    Unnamed,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Article {
    pub id: String,
    pub outlet: String,
    pub headline: String,
    /// Set when the headline is not the outlet's own.
    pub headline_note: Option<String>,
    pub dateline: Option<String>,
    pub published: When,
    pub paragraphs: Vec<String>,
    pub background: Vec<Background>,
}

/// A passage that is the outlet's own context or page furniture, not anyone's claim.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Background {
    pub text: String,
    pub note: Option<String>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Claim {
    pub id: String,
    pub statement: String,
    /// Original source first, then each relay; the article itself is implied at the end.
    pub chain: Vec<Link>,
    pub made: Option<When>,
    pub about: Option<When>,
    pub figures: Vec<Figure>,
    pub topics: Vec<String>,
    pub verification: Option<Verification>,
    pub appearances: Vec<Appearance>,
}

impl Claim {
    /// The actors the claim originates with (the first link of its chain).
    pub fn sources(&self) -> &[String] {
        self.chain
            .first()
            .map_or(&[], |link| link.actors.as_slice())
    }

    /// The actors the claim passed through on its way to the article.
    pub fn relays(&self) -> impl Iterator<Item = &String> {
        self.chain.iter().skip(1).flat_map(|link| &link.actors)
    }

    pub fn appears_in(&self, article: &str) -> bool {
        self.appearances.iter().any(|a| a.article == article)
    }
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Link {
    pub actors: Vec<String>,
    pub channel: Option<String>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    pub quantity: String,
    pub low: Option<u64>,
    pub high: Option<u64>,
    pub qualifier: Qualifier,
    pub phrase: String,
    pub period: Option<When>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Qualifier {
    Exact,
    MoreThan,
    UpTo,
    About,
    Nearly,
    Between,
    Several,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Verification {
    pub status: VerificationStatus,
    pub note: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum VerificationStatus {
    /// The outlet says it could not verify.
    NotVerified,
    /// The text hedges: "allegedly", "purportedly", "appear to".
    Alleged,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Appearance {
    pub article: String,
    /// Verbatim passages of the article that carry the claim, each within one paragraph.
    pub quotes: Vec<String>,
}

impl Story {
    pub fn actor(&self, id: &str) -> Option<&Actor> {
        self.actors.iter().find(|a| a.id == id)
    }

    pub fn article(&self, id: &str) -> Option<&Article> {
        self.articles.iter().find(|a| a.id == id)
    }

    pub fn claim(&self, id: &str) -> Option<&Claim> {
        self.claims.iter().find(|c| c.id == id)
    }

    pub fn side_label(&self, id: &str) -> Option<&str> {
        find_label(&self.sides, id)
    }

    pub fn topic_label(&self, id: &str) -> Option<&str> {
        find_label(&self.topics, id)
    }

    pub fn quantity_label(&self, id: &str) -> Option<&str> {
        find_label(&self.quantities, id)
    }
}

fn find_label<'a>(labels: &'a [Label], id: &str) -> Option<&'a str> {
    labels.iter().find(|l| l.id == id).map(|l| l.label.as_str())
}
