//! The coverage table: how each article carries each claim (whom it names as the
//! source, through whom, hedged or not, the figures it gives, its own date), what marks
//! a row (one outlet alone, figures or sources that differ) and what each article
//! carries. Worked out by `claimline site`, which draws the table.

use super::coverage::figures_differ;
use super::pairs::by_publication;
use crate::model::{ActorKind, Appearance, Article, Claim, Link, Story, Text};
use crate::small_sort::sort_by;
use crate::words::{actor_names, figure_value, verification_label};

/// Whom an article names as a claim's source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// The outlet says it itself.
    OwnVoice,
    /// Officials or sources it does not name.
    Unnamed(String),
    /// A named person or body.
    Named(String),
}

/// How one article carries one claim, in words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Carried {
    pub source: Source,
    /// Each relay between the source and the article, with its channel: "Lamplight Wire".
    pub via: Vec<String>,
    /// The source's channel: "local radio".
    pub channel: Option<String>,
    /// "Outlet could not verify", "Presented as alleged".
    pub hedge: Option<&'static str>,
    /// The figures this article gives (its quotes hold their words), as values.
    pub figures: Vec<String>,
    /// The article's own date for the claim, when it gives one.
    pub made: Option<String>,
}

/// How `article` carries `claim`; `None`: it does not.
pub fn carried(story: &Story, claim: &Claim, article: &Article) -> Option<Carried> {
    let appearance = claim.appearances.iter().find(|a| a.article == article.id)?;
    let first = appearance.chain.first();
    let source = source(story, first, article);
    let via = appearance
        .chain
        .iter()
        .skip(1)
        .map(|link| with_channel(actor_names(story, link.actors.iter()), link))
        .collect();
    Some(Carried {
        source,
        via,
        channel: first
            .and_then(|link| link.channel.as_ref())
            .map(|c| c.to_string()),
        hedge: claim
            .verification
            .as_ref()
            .map(|v| verification_label(Some(v.status))),
        figures: claim
            .figures
            .iter()
            .filter(|figure| {
                claim
                    .appearances
                    .iter()
                    .filter(|a| a.article == article.id)
                    .any(|a| a.gives(figure))
            })
            .map(figure_value)
            .collect(),
        made: appearance.made.as_ref().map(ToString::to_string),
    })
}

fn with_channel(names: String, link: &Link) -> String {
    match &link.channel {
        Some(channel) => format!("{names} ({channel})"),
        None => names,
    }
}

fn source(story: &Story, first: Option<&Link>, article: &Article) -> Source {
    let Some(link) = first.filter(|link| !is_outlet(link, article)) else {
        return Source::OwnVoice;
    };
    let names = actor_names(story, link.actors.iter());
    let unnamed = link.actors.iter().all(|id| {
        story
            .actor(id)
            .is_some_and(|actor| actor.kind == ActorKind::Unnamed)
    });
    match unnamed {
        true => Source::Unnamed(names),
        false => Source::Named(names),
    }
}

/// Whether a link names only the article's own outlet: the outlet's own voice.
fn is_outlet(link: &Link, article: &Article) -> bool {
    link.actors.iter().all(|id| *id == article.outlet)
}

/// Whom an appearance gives as the source, for telling sources apart: `None` for the
/// outlet's own voice, which every outlet has.
fn source_of<'a>(story: &Story, appearance: &'a Appearance) -> Option<&'a [Text]> {
    let link = appearance.chain.first()?;
    let article = story.article(&appearance.article)?;
    (!is_outlet(link, article)).then_some(&*link.actors)
}

/// What marks a claim's row.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RowMarks {
    /// The one article carrying it, when the story has more than one.
    pub only_in: Option<String>,
    pub figures_differ: bool,
    /// Articles give it to different sources (the outlet's own voice being one).
    pub sources_differ: bool,
}

pub fn row_marks(story: &Story, claim: &Claim) -> RowMarks {
    let carriers = carriers(claim);
    let sources: Vec<Option<&[Text]>> = claim
        .appearances
        .iter()
        .map(|a| source_of(story, a))
        .collect();
    RowMarks {
        only_in: match (&carriers[..], story.articles.len()) {
            ([one], n) if n > 1 => Some(one.to_string()),
            _ => None,
        },
        figures_differ: carriers.len() > 1 && figures_differ(claim),
        sources_differ: sources.windows(2).any(|pair| pair[0] != pair[1]),
    }
}

/// The articles carrying a claim, each once.
fn carriers(claim: &Claim) -> Vec<&Text> {
    let mut found: Vec<&Text> = Vec::new();
    for appearance in claim.appearances.iter() {
        if !found.contains(&&appearance.article) {
            found.push(&appearance.article);
        }
    }
    found
}

/// What an article carries: claims, and how many of them it attributes to someone and
/// how many it says in its own voice.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub carried: usize,
    pub attributed: usize,
    pub own_voice: usize,
}

pub fn counts(story: &Story, article: &Article) -> Counts {
    let mut counts = Counts::default();
    for claim in story.claims.iter() {
        if let Some(carried) = carried(story, claim, article) {
            counts.carried += 1;
            match carried.source {
                Source::OwnVoice => counts.own_voice += 1,
                _ => counts.attributed += 1,
            }
        }
    }
    counts
}

/// The claims (story indices) in the table's two orders: by first appearance (the
/// earliest article carrying each, then the story's order), and by how many articles
/// carry each, most first, then by first appearance.
pub fn orders(story: &Story) -> [Vec<usize>; 2] {
    let articles = by_publication(story);
    let first = |claim: &Claim| {
        articles
            .iter()
            .position(|a| claim.appears_in(&a.id))
            .unwrap_or(usize::MAX)
    };
    let keys: Vec<(usize, usize)> = story
        .claims
        .iter()
        .map(|claim| (first(claim), carriers(claim).len()))
        .collect();
    let mut by_first: Vec<usize> = (0..story.claims.len()).collect();
    sort_by(&mut by_first, |&a, &b| (keys[a].0, a).cmp(&(keys[b].0, b)));
    let mut by_count = by_first.clone();
    let count_key = |i: usize| (std::cmp::Reverse(keys[i].1), keys[i].0, i);
    sort_by(&mut by_count, |&a, &b| count_key(a).cmp(&count_key(b)));
    [by_first, by_count]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load_tests::four_outlets;

    fn cell(story: &Story, claim: &str, article: &str) -> Option<Carried> {
        let claim = story.claim(claim).expect("a claim");
        carried(story, claim, story.article(article).expect("an article"))
    }

    #[test]
    fn a_cell_says_whom_each_article_names_through_whom_and_what_figure_it_gives() {
        let story = four_outlets();
        assert_eq!(
            cell(&story, "lanterns-ready", "a"),
            Some(Carried {
                source: Source::Named("Town council".into()),
                via: vec![],
                channel: None,
                hedge: None,
                figures: vec!["about 500".into()],
                made: None,
            })
        );
        assert_eq!(
            cell(&story, "lanterns-ready", "c"),
            Some(Carried {
                source: Source::Unnamed("Unnamed officials".into()),
                via: vec!["Lamplight Wire".into()],
                channel: None,
                hedge: None,
                figures: vec!["520".into()],
                made: None,
            })
        );
        assert_eq!(cell(&story, "lanterns-ready", "d"), None, "not carried");
        let own = cell(&story, "rain-delay", "d").expect("carried by D");
        assert_eq!(own.source, Source::OwnVoice);
        assert_eq!(own.made.as_deref(), Some("27 Feb 2026"));
        assert_eq!(cell(&story, "rain-delay", "a").expect("in A").made, None);
        let radio = cell(&story, "boats-late", "b").expect("carried by B");
        assert_eq!(radio.channel.as_deref(), Some("local radio"));
        assert_eq!(radio.hedge, Some("Outlet could not verify"));
    }

    #[test]
    fn rows_are_marked_where_outlets_part() {
        let story = four_outlets();
        let marks = |id: &str| row_marks(&story, story.claim(id).expect("a claim"));
        assert_eq!(
            marks("lanterns-ready"),
            RowMarks {
                only_in: None,
                figures_differ: true,
                sources_differ: true,
            }
        );
        assert_eq!(marks("rain-delay"), RowMarks::default(), "both own voice");
        assert_eq!(marks("crowd-happy").only_in.as_deref(), Some("c"));
        assert_eq!(marks("boats-late").only_in.as_deref(), Some("b"));
        assert_eq!(
            marks("music-late"),
            RowMarks {
                only_in: None,
                figures_differ: false,
                sources_differ: true,
            }
        );
    }

    #[test]
    fn each_article_counts_what_it_carries_and_in_whose_voice() {
        let story = four_outlets();
        let of = |id: &str| counts(&story, story.article(id).expect("an article"));
        let counts = |carried, attributed, own_voice| Counts {
            carried,
            attributed,
            own_voice,
        };
        assert_eq!(of("a"), counts(3, 1, 2));
        assert_eq!(of("b"), counts(2, 2, 0));
        assert_eq!(of("c"), counts(3, 3, 0));
        assert_eq!(of("d"), counts(1, 0, 1));
    }

    #[test]
    fn claims_sort_by_first_appearance_or_by_outlets_carrying() {
        // lanterns-ready 0, rain-delay 1, crowd-happy 2, boats-late 3, music-late 4.
        let [first, count] = orders(&four_outlets());
        assert_eq!(first, [0, 3, 1, 4, 2]);
        assert_eq!(count, [0, 1, 4, 3, 2]);
    }
}
