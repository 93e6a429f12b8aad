//! The story as stored: articles, actors and the claims in them (see docs/DATA.md).
//!
//! Text and lists are `Cow`s so that the same types hold a story parsed from JSON
//! (owned, in tests and in the build script) and the bundled story, which the build
//! writes out as a `static` of borrowed data: no parsing, no JSON code in the app.

use super::cow::{List, Text};
use super::date::When;
use serde::Deserialize;

#[derive(Clone, Debug, Deserialize)]
#[cfg_attr(any(test, feature = "load"), derive(serde::Serialize))]
#[serde(deny_unknown_fields)]
pub struct Story {
    pub title: Text,
    /// One or two sentences on what the story is about: the page's description, and
    /// what a link preview shows.
    pub description: Text,
    /// The language of the articles and of the story's own words, as a BCP 47 tag ("en").
    pub language: Text,
    pub sides: List<Label>,
    pub topics: List<Label>,
    pub quantities: List<Label>,
    pub actors: List<Actor>,
    pub articles: List<Article>,
    pub claims: List<Claim>,
    /// Stretches of time the story refers to, shown as context on the timeline.
    #[serde(default)]
    pub periods: List<Period>,
}

/// A stretch of time the story refers to for context (an offensive, a war). Its span
/// and the words it rests on are those of the claim it names, the time that claim is
/// about, so they are recorded, and checked against the text, once.
#[derive(Clone, Debug, Deserialize)]
#[cfg_attr(any(test, feature = "load"), derive(serde::Serialize))]
#[serde(deny_unknown_fields)]
pub struct Period {
    /// Claimline's short name for it, not the articles' words.
    pub label: Text,
    /// The claim whose `about` is the period.
    pub claim: Text,
}

/// An id with the words to show for it: a side, topic or quantity.
#[derive(Clone, Debug, Deserialize)]
#[cfg_attr(any(test, feature = "load"), derive(serde::Serialize))]
#[serde(deny_unknown_fields)]
pub struct Label {
    pub id: Text,
    pub label: Text,
}

#[derive(Clone, Debug, Deserialize)]
#[cfg_attr(any(test, feature = "load"), derive(serde::Serialize))]
#[serde(deny_unknown_fields)]
pub struct Actor {
    pub id: Text,
    pub name: Text,
    pub kind: ActorKind,
    pub side: Text,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[cfg_attr(any(test, feature = "load"), derive(serde::Serialize))]
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
#[cfg_attr(any(test, feature = "load"), derive(serde::Serialize))]
#[serde(deny_unknown_fields)]
pub struct Article {
    pub id: Text,
    pub outlet: Text,
    pub headline: Text,
    /// Set when the headline is not the outlet's own.
    pub headline_note: Option<Text>,
    pub dateline: Option<Text>,
    /// Where the article was published, when known: the page links to it.
    pub url: Option<Text>,
    pub published: When,
    pub paragraphs: List<Text>,
    pub background: List<Background>,
}

/// A passage that is the outlet's own context or page furniture, not anyone's claim.
#[derive(Clone, Debug, Deserialize)]
#[cfg_attr(any(test, feature = "load"), derive(serde::Serialize))]
#[serde(deny_unknown_fields)]
pub struct Background {
    pub text: Text,
    pub note: Option<Text>,
}

#[derive(Clone, Debug, Deserialize)]
#[cfg_attr(any(test, feature = "load"), derive(serde::Serialize))]
#[serde(deny_unknown_fields)]
pub struct Claim {
    pub id: Text,
    pub statement: Text,
    pub made: Option<When>,
    pub about: Option<When>,
    pub figures: List<Figure>,
    pub topics: List<Text>,
    pub verification: Option<Verification>,
    /// What the story's editors add that is not in the articles' words (why the
    /// statement is worded as it is, what a quote refers to), shown with the claim.
    pub note: Option<Text>,
    pub appearances: List<Appearance>,
}

impl Claim {
    /// The actors the claim originates with, as any article gives them (the first link
    /// of each appearance's chain), each once, in appearance order.
    pub fn sources(&self) -> Vec<&Text> {
        distinct(self.appearances.iter().flat_map(|a| a.chain.iter().take(1)))
    }

    /// The actors the claim passed through on its way to any article, each once.
    pub fn relays(&self) -> Vec<&Text> {
        distinct(self.appearances.iter().flat_map(|a| a.chain.iter().skip(1)))
    }

    /// For tests: makes `actors` the source in every article's chain.
    #[cfg(test)]
    pub(crate) fn set_sources_everywhere(&mut self, actors: &[&str]) {
        let mut appearances = self.appearances.to_vec();
        for appearance in &mut appearances {
            let mut chain = appearance.chain.to_vec();
            let source = Link {
                actors: actors
                    .iter()
                    .map(|&a| a.to_owned().into())
                    .collect::<Vec<Text>>()
                    .into(),
                channel: chain.first().and_then(|l| l.channel.clone()),
            };
            match chain.first_mut() {
                Some(first) => *first = source,
                None => chain.push(source),
            }
            appearance.chain = chain.into();
        }
        self.appearances = appearances.into();
    }

    /// Whether every article carrying the claim attributes it the same way.
    pub fn attributed_alike(&self) -> bool {
        self.appearances
            .windows(2)
            .all(|pair| pair[0].chain == pair[1].chain)
    }

    /// The appearances that give the figure (whose quotes hold its words): the outlets'
    /// versions of the claim that report it. Worked out, not stored, so a story file
    /// says each figure once.
    pub fn reports_of<'a>(&'a self, figure: &'a Figure) -> impl Iterator<Item = &'a Appearance> {
        self.appearances.iter().filter(move |a| a.gives(figure))
    }

    pub fn appears_in(&self, article: &str) -> bool {
        self.appearances.iter().any(|a| a.article == article)
    }
}

/// The links' actors, each once, in order.
fn distinct<'a>(links: impl Iterator<Item = &'a Link>) -> Vec<&'a Text> {
    let mut found: Vec<&Text> = Vec::new();
    for actor in links.flat_map(|link| link.actors.iter()) {
        if !found.contains(&actor) {
            found.push(actor);
        }
    }
    found
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[cfg_attr(any(test, feature = "load"), derive(serde::Serialize))]
#[serde(deny_unknown_fields)]
pub struct Link {
    pub actors: List<Text>,
    pub channel: Option<Text>,
}

#[derive(Clone, Debug, Deserialize)]
#[cfg_attr(any(test, feature = "load"), derive(serde::Serialize))]
#[serde(deny_unknown_fields)]
pub struct Figure {
    pub quantity: Text,
    pub low: Option<u64>,
    pub high: Option<u64>,
    pub qualifier: Qualifier,
    pub phrase: Text,
    pub period: Option<When>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[cfg_attr(any(test, feature = "load"), derive(serde::Serialize))]
#[serde(rename_all = "kebab-case")]
pub enum Qualifier {
    Exact,
    MoreThan,
    /// N or more: "at least 11,300". Unlike `MoreThan`, N itself is allowed.
    AtLeast,
    UpTo,
    About,
    Nearly,
    Between,
    Several,
}

#[derive(Clone, Debug, Deserialize)]
#[cfg_attr(any(test, feature = "load"), derive(serde::Serialize))]
#[serde(deny_unknown_fields)]
pub struct Verification {
    pub status: VerificationStatus,
    pub note: Text,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize)]
#[cfg_attr(any(test, feature = "load"), derive(serde::Serialize))]
#[serde(rename_all = "kebab-case")]
pub enum VerificationStatus {
    /// The outlet says it could not verify.
    NotVerified,
    /// The text hedges: "allegedly", "purportedly", "appear to".
    Alleged,
}

impl VerificationStatus {
    const ALL: [VerificationStatus; 2] =
        [VerificationStatus::NotVerified, VerificationStatus::Alleged];

    /// The id the data and links use for it.
    pub fn key(self) -> &'static str {
        match self {
            VerificationStatus::NotVerified => "not-verified",
            VerificationStatus::Alleged => "alleged",
        }
    }

    pub fn from_key(key: &str) -> Option<VerificationStatus> {
        Self::ALL.into_iter().find(|s| s.key() == key)
    }
}

#[derive(Clone, Debug, Deserialize)]
#[cfg_attr(any(test, feature = "load"), derive(serde::Serialize))]
#[serde(deny_unknown_fields)]
pub struct Appearance {
    pub article: Text,
    /// Who this article says the claim comes from, then each relay it names on the way
    /// to the article (the article itself is implied at the end).
    pub chain: List<Link>,
    /// Verbatim passages of the article that carry the claim, each within one paragraph
    /// or the headline.
    pub quotes: List<Text>,
    /// When this article says the claim was made, where it differs from the claim's
    /// `made` (outlets date the same statement differently); `None`: the claim's.
    #[serde(default)]
    pub made: Option<When>,
}

impl Appearance {
    /// When this article says the claim was made: its own date, else the claim's.
    pub fn made<'a>(&'a self, claim: &'a Claim) -> Option<&'a When> {
        self.made.as_ref().or(claim.made.as_ref())
    }

    /// Whether this article gives the figure: one of its quotes holds the figure's words.
    pub fn gives(&self, figure: &Figure) -> bool {
        self.quotes
            .iter()
            .any(|quote| super::text::contains(quote, &figure.phrase))
    }
}

impl Story {
    pub fn actor(&self, id: &str) -> Option<&Actor> {
        self.actors.iter().find(|a| a.id == id)
    }

    pub fn article(&self, id: &str) -> Option<&Article> {
        self.articles.iter().find(|a| a.id == id)
    }

    /// A period's claim and span; `None` when the claim is missing or has no `about`.
    pub fn period_span(&self, period: &Period) -> Option<(&Claim, &When)> {
        let claim = self.claim(&period.claim)?;
        Some((claim, claim.about.as_ref()?))
    }

    pub fn claim(&self, id: &str) -> Option<&Claim> {
        self.claims.iter().find(|c| c.id == id)
    }

    /// A claim's position in the story.
    pub fn claim_index(&self, id: &str) -> Option<usize> {
        self.claims.iter().position(|c| c.id == id)
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
    labels.iter().find(|l| l.id == id).map(|l| &*l.label)
}
