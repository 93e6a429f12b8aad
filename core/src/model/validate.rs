//! Checks a story for everything the format promises beyond its JSON shape: references
//! resolve, ids are unique and well-formed, dates are consistent, quotes are verbatim and
//! every sentence of every article belongs to a claim or is marked background.

// Validation runs where a story is built or checked, never in the page (which reaches
// only `is_well_formed_id`): the page's size rules (clippy.toml) do not bind it.
#![allow(clippy::disallowed_methods, clippy::disallowed_types)]

use super::date::When;
use super::story::{Article, Claim, Label, Period, Story};
use super::text::sentences;
use std::collections::{HashMap, HashSet};
use std::fmt;
use std::ops::Range;

/// One thing wrong with a story, naming where: the item and the field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The item at fault, e.g. `claim “tuva-place-of-birth”`.
    pub subject: String,
    /// The field at fault, e.g. `appearances[0].quotes[1]`.
    pub field: String,
    /// The field's whole path in the story's JSON, e.g. `claims[3].appearances[0].quotes[1]`.
    pub path: String,
    pub message: String,
}

/// An item of the story a problem is found in: its place in the JSON and its name.
struct Subject {
    /// E.g. `claims[3]`.
    at: String,
    /// E.g. `claim “tuva-place-of-birth”`.
    name: String,
}

impl Subject {
    fn new(list: &str, index: usize, kind: &str, id: &str) -> Subject {
        Subject {
            at: format!("{list}[{index}]"),
            name: format!("{kind} “{id}”"),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}, field {}: {}",
            self.subject, self.field, self.message
        )
    }
}

/// A share of a sentence's non-space characters that quotes or background must cover.
const COVERAGE_NEEDED: f64 = 0.5;

pub fn validate(story: &Story) -> Vec<Problem> {
    let mut checker = Checker {
        story,
        problems: Vec::new(),
        found: story
            .articles
            .iter()
            .map(|a| Passages::of(story, a))
            .collect(),
    };
    checker.check_story();
    checker.check_ids();
    for (i, actor) in story.actors.iter().enumerate() {
        let subject = Subject::new("actors", i, "actor", &actor.id);
        checker.reference(&subject, "side", &actor.side, ids(&story.sides));
    }
    for (i, article) in story.articles.iter().enumerate() {
        checker.check_article(i, article);
    }
    for (i, claim) in story.claims.iter().enumerate() {
        checker.check_claim(i, claim);
    }
    for (i, article) in story.articles.iter().enumerate() {
        checker.check_coverage(i, article);
    }
    for (i, period) in story.periods.iter().enumerate() {
        checker.check_period(i, period);
    }
    checker.problems
}

fn ids(labels: &[Label]) -> impl Iterator<Item = &str> {
    labels.iter().map(|l| &*l.id)
}

/// Lower-case ASCII words joined by single hyphens, at most 64 characters.
pub fn is_well_formed_id(id: &str) -> bool {
    id.len() <= 64
        && !id.is_empty()
        && id.split('-').all(|word| {
            !word.is_empty()
                && word
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

struct Checker<'a> {
    story: &'a Story,
    problems: Vec<Problem>,
    /// Each article's passages (quotes, background) as found in its paragraphs.
    found: Vec<Passages<'a>>,
}

/// Where an article's passages lie: those found in some paragraph, and each
/// paragraph's ranges inside one.
struct Passages<'a> {
    article: &'a str,
    passages: HashSet<&'a str>,
    covered: Vec<Vec<Range<usize>>>,
}

impl<'a> Passages<'a> {
    fn of(story: &'a Story, article: &'a Article) -> Passages<'a> {
        let passages: Vec<&str> = story
            .claims
            .iter()
            .flat_map(|c| c.appearances.iter())
            .filter(|a| a.article == article.id)
            .flat_map(|a| a.quotes.iter().map(|q| &**q))
            .chain(article.background.iter().map(|b| &*b.text))
            .filter(|p| !p.trim().is_empty())
            .collect();
        let finder = Finder::new(&passages);
        let mut found = HashSet::new();
        let covered = article
            .paragraphs
            .iter()
            .map(|paragraph| {
                let hits = finder.occurrences(paragraph);
                found.extend(hits.iter().map(|(passage, _)| *passage));
                hits.into_iter().map(|(_, at)| at).collect()
            })
            .collect();
        Passages {
            article: &article.id,
            passages: found,
            covered,
        }
    }
}

/// Finds many passages in a text in one pass: each is looked up by its first bytes at
/// every position, so a story of thousands of quotes is not checked by comparing every
/// quote with every paragraph (11 s of 12 at 10,000 claims, before).
struct Finder<'a> {
    by_prefix: HashMap<&'a [u8], Vec<&'a str>>,
    /// Passages shorter than a prefix, searched for one by one.
    short: Vec<&'a str>,
}

const PREFIX: usize = 8;

impl<'a> Finder<'a> {
    fn new(passages: &[&'a str]) -> Finder<'a> {
        let mut finder = Finder {
            by_prefix: HashMap::new(),
            short: Vec::new(),
        };
        for &passage in passages {
            match passage.as_bytes().get(..PREFIX) {
                Some(prefix) => finder.by_prefix.entry(prefix).or_default().push(passage),
                None => finder.short.push(passage),
            }
        }
        for list in finder.by_prefix.values_mut() {
            list.sort_unstable();
            list.dedup();
        }
        finder.short.sort_unstable();
        finder.short.dedup();
        finder
    }

    /// Every occurrence of every passage in `text`, with the passage.
    fn occurrences(&self, text: &str) -> Vec<(&'a str, Range<usize>)> {
        let bytes = text.as_bytes();
        let mut found = Vec::new();
        for (at, window) in bytes.windows(PREFIX).enumerate() {
            for &passage in self.by_prefix.get(window).into_iter().flatten() {
                if bytes[at..].starts_with(passage.as_bytes()) {
                    found.push((passage, at..at + passage.len()));
                }
            }
        }
        for &passage in &self.short {
            for (at, _) in text.char_indices() {
                if text[at..].starts_with(passage) {
                    found.push((passage, at..at + passage.len()));
                }
            }
        }
        found
    }
}

impl<'a> Checker<'a> {
    fn report(&mut self, subject: &Subject, field: &str, message: impl Into<String>) {
        let path = match field {
            "" => subject.at.clone(),
            _ if subject.at.is_empty() => field.to_owned(),
            _ => format!("{}.{field}", subject.at),
        };
        self.problems.push(Problem {
            subject: subject.name.clone(),
            field: field.to_owned(),
            path,
            message: message.into(),
        });
    }

    /// What the story says of itself, and sides no actor is on.
    fn check_story(&mut self) {
        let story = self.story;
        let subject = Subject {
            at: String::new(),
            name: "the story".into(),
        };
        if story.title.trim().is_empty() {
            self.report(&subject, "title", "the story needs a title");
        }
        if story.description.trim().is_empty() {
            self.report(
                &subject,
                "description",
                "the story needs a description of a sentence or two",
            );
        }
        if !is_language_tag(&story.language) {
            self.report(
                &subject,
                "language",
                format!(
                    "“{}” is not a language tag such as “en” or “pt-BR”",
                    story.language
                ),
            );
        }
        for (i, side) in story.sides.iter().enumerate() {
            if !story.actors.iter().any(|a| a.side == side.id) {
                let subject = Subject::new("sides", i, "side", &side.id);
                self.report(
                    &subject,
                    "id",
                    "no actor is on this side: remove it, or name its actors",
                );
            }
        }
    }

    fn check_ids(&mut self) {
        let story = self.story;
        let groups: [(&str, &str, Vec<&str>); 6] = [
            ("sides", "side", ids(&story.sides).collect()),
            ("topics", "topic", ids(&story.topics).collect()),
            ("quantities", "quantity", ids(&story.quantities).collect()),
            (
                "actors",
                "actor",
                story.actors.iter().map(|a| &*a.id).collect(),
            ),
            (
                "articles",
                "article",
                story.articles.iter().map(|a| &*a.id).collect(),
            ),
            (
                "claims",
                "claim",
                story.claims.iter().map(|c| &*c.id).collect(),
            ),
        ];
        for (list, kind, ids) in groups {
            let mut seen = std::collections::HashSet::new();
            for (i, id) in ids.into_iter().enumerate() {
                let subject = Subject::new(list, i, kind, id);
                if !is_well_formed_id(id) {
                    self.report(
                        &subject,
                        "id",
                        "ids are lower-case words joined by hyphens, at most 64 characters",
                    );
                }
                if !seen.insert(id) {
                    self.report(&subject, "id", format!("more than one {kind} has this id"));
                }
            }
        }
    }

    fn reference<'i>(
        &mut self,
        subject: &Subject,
        field: &str,
        id: &str,
        mut known: impl Iterator<Item = &'i str>,
    ) {
        if !known.any(|k| k == id) {
            self.report(subject, field, format!("“{id}” does not name a known item"));
        }
    }

    fn check_period(&mut self, index: usize, period: &Period) {
        let subject = Subject::new("periods", index, "period", &period.label);
        if period.label.trim().is_empty() {
            self.report(&subject, "label", "a period needs a name");
        }
        match self.story.claim(&period.claim) {
            None => self.report(
                &subject,
                "claim",
                format!("“{}” does not name a known item", period.claim),
            ),
            Some(claim) if claim.about.is_none() => self.report(
                &subject,
                "claim",
                format!("“{}” gives no time it is about: no span", period.claim),
            ),
            Some(_) => {}
        }
    }

    fn when(&mut self, subject: &Subject, field: &str, when: &When) {
        if let Some(why) = when.inconsistency() {
            self.report(subject, field, format!("{why} ({})", when.start));
        }
    }

    fn check_article(&mut self, index: usize, article: &Article) {
        let story = self.story;
        let subject = Subject::new("articles", index, "article", &article.id);
        if let Some(url) = &article.url {
            if !(url.starts_with("https://") || url.starts_with("http://")) {
                self.report(
                    &subject,
                    "url",
                    format!("“{url}” is not a web address (https://…)"),
                );
            }
        }
        self.reference(
            &subject,
            "outlet",
            &article.outlet,
            story.actors.iter().map(|a| &*a.id),
        );
        self.when(&subject, "published", &article.published);
        if article.published.end.is_none() {
            self.report(
                &subject,
                "published.end",
                "a publication date needs its end: the last day it can be",
            );
        }
        if article.paragraphs.iter().any(|p| p.trim().is_empty()) {
            self.report(&subject, "paragraphs", "a paragraph is empty");
        }
        for (i, background) in article.background.iter().enumerate() {
            if !self.in_one_paragraph(article, &background.text) {
                self.report(
                    &subject,
                    &format!("background[{i}]"),
                    "text is not found verbatim in one paragraph",
                );
            }
        }
    }

    fn check_claim(&mut self, index: usize, claim: &Claim) {
        let story = self.story;
        let subject = Subject::new("claims", index, "claim", &claim.id);
        let actor_ids = || story.actors.iter().map(|a| &*a.id);
        if claim.statement.trim().is_empty() {
            self.report(&subject, "statement", "is empty");
        }
        if let Some(made) = &claim.made {
            self.when(&subject, "made", made);
            if made.end.is_none() {
                self.report(
                    &subject,
                    "made.end",
                    "when a claim was made needs an end: the last day it can have been",
                );
            }
        }
        if let Some(about) = &claim.about {
            self.when(&subject, "about", about);
        }
        for (i, figure) in claim.figures.iter().enumerate() {
            let field = format!("figures[{i}]");
            self.reference(
                &subject,
                &format!("{field}.quantity"),
                &figure.quantity,
                ids(&story.quantities),
            );
            if figure.low.is_none() && figure.high.is_none() {
                self.report(&subject, &field, "has neither low nor high");
            }
            if let (Some(low), Some(high)) = (figure.low, figure.high) {
                if low > high {
                    self.report(&subject, &field, "low is above high");
                }
            }
            if let Some(period) = &figure.period {
                self.when(&subject, &format!("{field}.period"), period);
            }
        }
        if claim.topics.is_empty() {
            self.report(&subject, "topics", "names no topic");
        }
        for (i, topic) in claim.topics.iter().enumerate() {
            self.reference(&subject, &format!("topics[{i}]"), topic, ids(&story.topics));
        }
        if claim.appearances.is_empty() {
            self.report(&subject, "appearances", "the claim appears in no article");
        }
        let mut articles_seen = std::collections::HashSet::new();
        for (i, appearance) in claim.appearances.iter().enumerate() {
            let field = format!("appearances[{i}]");
            if !articles_seen.insert(&*appearance.article) {
                self.report(
                    &subject,
                    &format!("{field}.article"),
                    "the claim appears twice in one article: merge the quotes",
                );
            }
            let Some(article) = story.article(&appearance.article) else {
                self.report(
                    &subject,
                    &format!("{field}.article"),
                    format!("“{}” does not name a known article", appearance.article),
                );
                continue;
            };
            if appearance.chain.is_empty() {
                self.report(&subject, &format!("{field}.chain"), "names no source");
            }
            for (i, link) in appearance.chain.iter().enumerate() {
                if link.actors.is_empty() {
                    self.report(
                        &subject,
                        &format!("{field}.chain[{i}].actors"),
                        "names no actor",
                    );
                }
                for (j, actor) in link.actors.iter().enumerate() {
                    self.reference(
                        &subject,
                        &format!("{field}.chain[{i}].actors[{j}]"),
                        actor,
                        actor_ids(),
                    );
                }
            }
            if appearance.quotes.is_empty() {
                self.report(&subject, &format!("{field}.quotes"), "has no quote");
            }
            for (j, quote) in appearance.quotes.iter().enumerate() {
                if !self.in_one_paragraph(article, quote) {
                    self.report(
                        &subject,
                        &format!("{field}.quotes[{j}]"),
                        format!(
                            "not found verbatim in one paragraph of article “{}”: “{quote}”",
                            article.id
                        ),
                    );
                }
            }
        }
    }

    /// Whether a passage lies within one paragraph of the article.
    fn in_one_paragraph(&self, article: &Article, passage: &str) -> bool {
        self.found
            .iter()
            .find(|f| f.article == &*article.id)
            .is_some_and(|f| f.passages.contains(passage))
    }

    /// Every sentence must be mostly inside some claim's quote or the article's background.
    fn check_coverage(&mut self, index: usize, article: &Article) {
        for (p, paragraph) in article.paragraphs.iter().enumerate() {
            // `found` follows the story's articles, as `index` does.
            let covered = self.found[index].covered[p].clone();
            for sentence in sentences(paragraph) {
                if coverage(paragraph, &sentence, &covered) < COVERAGE_NEEDED {
                    let text = &paragraph[sentence];
                    self.report(
                        &Subject::new("articles", index, "article", &article.id),
                        &format!("paragraphs[{p}]"),
                        format!("sentence belongs to no claim and is not background: “{text}”"),
                    );
                }
            }
        }
    }
}

/// A BCP 47 language tag in its common shape: a language of two or three letters, then
/// subtags of letters and digits ("en", "pt-BR", "zh-Hant").
fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let language = parts.next().unwrap_or("");
    (2..=3).contains(&language.len())
        && language.bytes().all(|b| b.is_ascii_alphabetic())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// The share of a sentence's non-space characters that fall inside any covered range.
fn coverage(paragraph: &str, sentence: &Range<usize>, covered: &[Range<usize>]) -> f64 {
    let mut total = 0usize;
    let mut inside = 0usize;
    for (at, c) in paragraph[sentence.clone()].char_indices() {
        if c.is_whitespace() {
            continue;
        }
        total += 1;
        let at = sentence.start + at;
        if covered.iter().any(|r| r.contains(&at)) {
            inside += 1;
        }
    }
    if total == 0 {
        1.0
    } else {
        inside as f64 / total as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// The one-pass finder finds every place each passage lies, overlapping ones too.
        #[test]
        fn the_finder_finds_what_a_search_for_each_passage_finds(
            text in "[ab é.]{0,60}",
            // Places in the text, and lengths: passages cut from it.
            cuts in proptest::collection::vec((0usize..60, 0usize..20), 0..8),
        ) {
            let passages: Vec<&str> = cuts
                .iter()
                .filter_map(|&(start, len)| text.get(start..(start + len).min(text.len())))
                .filter(|p| !p.is_empty())
                .chain(["zz", "ab ab ab", "é é"])
                .collect();
            let mut found: Vec<(&str, Range<usize>)> = Finder::new(&passages).occurrences(&text);
            let mut expected: Vec<(&str, Range<usize>)> = Vec::new();
            let mut unique = passages.clone();
            unique.sort_unstable();
            unique.dedup();
            // Every place each passage starts, overlapping ones too.
            for passage in unique {
                for (at, _) in text.char_indices() {
                    if text[at..].starts_with(passage) {
                        expected.push((passage, at..at + passage.len()));
                    }
                }
            }
            let key = |(p, at): &(&str, Range<usize>)| (at.start, at.end, p.to_string());
            found.sort_by_key(key);
            expected.sort_by_key(key);
            prop_assert_eq!(found, expected);
        }
    }
}
