//! Checks a story for everything the format promises beyond its JSON shape: references
//! resolve, ids are unique and well-formed, dates are consistent, quotes are verbatim and
//! every sentence of every article belongs to a claim or is marked background.

// Validation runs where a story is built or checked, never in the page (which reaches
// only `is_well_formed_id`): the page's size rules (clippy.toml) do not bind it.
#![allow(clippy::disallowed_methods, clippy::disallowed_types)]

mod finder;
mod unread;

pub use unread::Unread;

use super::date::When;
use super::story::{Article, Claim, Label, Period, Story};
use super::text::{contains, sentences};
use finder::Finder;
use std::collections::HashSet;
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
    validate_read(story, &Unread::default()).problems
}

/// What validating a story found, and how many checks it skipped.
pub struct Validation {
    pub problems: Vec<Problem>,
    /// Checks not made because they rest on what could not be read.
    pub skipped: usize,
}

/// Validates what could be read of a story, skipping each check that rests on what
/// could not (`unread`): a reference to an unread item, the coverage of an article an
/// unread claim may quote.
pub fn validate_read(story: &Story, unread: &Unread) -> Validation {
    let mut checker = Checker {
        story,
        unread,
        skipped: 0,
        problems: Vec::new(),
        found: story
            .articles
            .iter()
            .map(|a| Passages::of(story, a))
            .collect(),
    };
    checker.check_story();
    checker.check_ids();
    checker.check_actors_used();
    for (i, actor) in story.actors.iter().enumerate() {
        let subject = Subject::new("actors", i, "actor", &actor.id);
        checker.reference(&subject, "side", &actor.side, "sides", ids(&story.sides));
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
    Validation {
        problems: checker.problems,
        skipped: checker.skipped,
    }
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
    /// What of the story could not be read: checks resting on it are skipped.
    unread: &'a Unread,
    skipped: usize,
    problems: Vec<Problem>,
    /// Each article's passages (quotes, background) as found in its paragraphs.
    found: Vec<Passages<'a>>,
}

/// Where an article's passages lie: those found in some paragraph, and what each
/// paragraph has covered, in order and disjoint.
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
        let found = Finder::new(&passages).find_in(article.paragraphs.iter().map(|p| &**p));
        Passages {
            article: &article.id,
            passages: found.passages,
            covered: found.covered,
        }
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
        let unread = |field| self.unread.lacks_field(field);
        if story.title.trim().is_empty() && !unread("title") {
            self.report(&subject, "title", "the story needs a title");
        }
        if story.description.trim().is_empty() && !unread("description") {
            self.report(
                &subject,
                "description",
                "the story needs a description of a sentence or two",
            );
        }
        if !is_language_tag(&story.language) && !unread("language") {
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
                if self.unread.lacks_any("actors") {
                    self.skipped += 1;
                    continue;
                }
                let subject = Subject::new("sides", i, "side", &side.id);
                self.report(
                    &subject,
                    "id",
                    "no actor is on this side: remove it, or name its actors",
                );
            }
        }
    }

    /// Actors no claim names and no article is by: a leftover, or a claim not yet written.
    fn check_actors_used(&mut self) {
        let story = self.story;
        if self.unread.lacks_any("claims") || self.unread.lacks_any("articles") {
            self.skipped += 1;
            return;
        }
        let mut used: HashSet<&str> = story.articles.iter().map(|a| &*a.outlet).collect();
        let named = story.claims.iter().flat_map(|c| c.appearances.iter());
        let named = named.flat_map(|a| a.chain.iter().flat_map(|l| l.actors.iter()));
        used.extend(named.map(|actor| &**actor));
        for (i, actor) in story.actors.iter().enumerate() {
            if !used.contains(&*actor.id) {
                let subject = Subject::new("actors", i, "actor", &actor.id);
                self.report(
                    &subject,
                    "id",
                    "no claim names this actor and no article is by it: remove it, or name it",
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
                if kind == "claim" && crate::markup::seam::claim_id_taken(id) {
                    let message = "the page uses this id for itself: choose another";
                    self.report(&subject, "id", message);
                }
            }
        }
    }

    /// Reports `id` unless it names an item of `list` (whose ids are `known`) or may
    /// name one that could not be read.
    fn reference<'i>(
        &mut self,
        subject: &Subject,
        field: &str,
        id: &str,
        list: &'static str,
        mut known: impl Iterator<Item = &'i str>,
    ) {
        if known.any(|k| k == id) {
            return;
        }
        if self.unread.may_name(list, id) {
            self.skipped += 1;
        } else {
            self.report(subject, field, format!("“{id}” does not name a known item"));
        }
    }

    fn check_period(&mut self, index: usize, period: &Period) {
        let subject = Subject::new("periods", index, "period", &period.label);
        if period.label.trim().is_empty() {
            self.report(&subject, "label", "a period needs a name");
        }
        match self.story.claim(&period.claim) {
            None if self.unread.may_name("claims", &period.claim) => self.skipped += 1,
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
            if !is_web_address(url) {
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
            "actors",
            story.actors.iter().map(|a| &*a.id),
        );
        self.when(&subject, "published", &article.published);
        self.phrase_in_text(
            &subject,
            "published",
            &article.published,
            [article].into_iter(),
        );
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
        if let Some(made) = &claim.made {
            self.made_by_publication(&subject, claim, made);
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
                "quantities",
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
            let field = format!("topics[{i}]");
            self.reference(&subject, &field, topic, "topics", ids(&story.topics));
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
                if self.unread.may_name("articles", &appearance.article) {
                    self.skipped += 1;
                    continue;
                }
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
                        "actors",
                        actor_ids(),
                    );
                }
            }
            if appearance.quotes.is_empty() {
                self.report(&subject, &format!("{field}.quotes"), "has no quote");
            }
            for (j, quote) in appearance.quotes.iter().enumerate() {
                if !self.in_one_paragraph(article, quote) && !contains(&article.headline, quote) {
                    self.report(
                        &subject,
                        &format!("{field}.quotes[{j}]"),
                        format!(
                            "not found verbatim in one paragraph, or the headline, of article \
                             “{}”: “{quote}”",
                            article.id
                        ),
                    );
                }
            }
            if let Some(made) = &appearance.made {
                let field = format!("{field}.made");
                self.when(&subject, &field, made);
                let published = &article.published;
                let latest = published.last_day(|| published.start);
                if made.start > latest {
                    let message = format!(
                        "made from {}, after the article was published (by {latest}): an \
                         outlet reports a claim once it is made",
                        made.start
                    );
                    self.report(&subject, &field, message);
                }
                self.phrase_in_text(&subject, &field, made, [article].into_iter());
            }
        }
        for (i, figure) in claim.figures.iter().enumerate() {
            if !figure.phrase.trim().is_empty() && claim.reports_of(figure).next().is_none() {
                self.report(
                    &subject,
                    &format!("figures[{i}].phrase"),
                    format!(
                        "“{}” is in none of the claim’s quotes: a figure is given in the words \
                         of an outlet that reports it",
                        figure.phrase
                    ),
                );
            }
        }
        let articles = || {
            claim
                .appearances
                .iter()
                .filter_map(|a| story.article(&a.article))
        };
        let dates = claim
            .made
            .iter()
            .map(|when| ("made".to_owned(), when))
            .chain(claim.about.iter().map(|when| ("about".to_owned(), when)))
            .chain(claim.figures.iter().enumerate().filter_map(|(i, figure)| {
                Some((format!("figures[{i}].period"), figure.period.as_ref()?))
            }));
        for (field, when) in dates {
            self.phrase_in_text(&subject, &field, when, articles());
        }
    }

    /// A date's `phrase` is the words it comes from: they must be in the text (a
    /// paragraph or the headline) of one of `articles`.
    fn phrase_in_text<'s>(
        &mut self,
        subject: &Subject,
        field: &str,
        when: &When,
        mut articles: impl Iterator<Item = &'s Article>,
    ) {
        let Some(phrase) = when.phrase.as_deref().filter(|p| !p.trim().is_empty()) else {
            return;
        };
        let in_text = |article: &Article| {
            contains(&article.headline, phrase)
                || article.paragraphs.iter().any(|p| contains(p, phrase))
        };
        if !articles.any(in_text) {
            self.report(
                subject,
                &format!("{field}.phrase"),
                format!(
                    "“{phrase}” is not in the text of the article{}: a date’s phrase is the \
                     words it comes from",
                    if matches!(subject.at.split('[').next(), Some("articles")) {
                        ""
                    } else {
                        "s carrying the claim"
                    }
                ),
            );
        }
    }

    /// A claim is made by the time an article carrying it is published: `made` may not
    /// start after the last day of every such article's publication.
    fn made_by_publication(&mut self, subject: &Subject, claim: &Claim, made: &When) {
        let mut latest = None;
        for appearance in claim.appearances.iter() {
            match self.story.article(&appearance.article) {
                Some(article) => {
                    let published = &article.published;
                    latest = latest.max(Some(published.last_day(|| published.start)));
                }
                // An unknown article is reported as such; an unread one may be later.
                None => {
                    if self.unread.may_name("articles", &appearance.article) {
                        self.skipped += 1;
                    }
                    return;
                }
            }
        }
        if let Some(latest) = latest.filter(|&latest| made.start > latest) {
            self.report(
                subject,
                "made",
                format!(
                    "made from {}, after every article carrying it was published (the last \
                     on {latest}): a claim is made by the time an article reports it",
                    made.start
                ),
            );
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
        if self.unread.may_appear_in(&article.id) {
            self.skipped += 1;
            return;
        }
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

/// An `https://` or `http://` address with a host: a name or address of letters,
/// digits, hyphens and dots (`example.org`, `127.0.0.1`), a port if any, and no spaces.
fn is_web_address(url: &str) -> bool {
    let Some(rest) = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
    else {
        return false;
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host = authority.rsplit('@').next().unwrap_or_default();
    let (host, port) = host.split_once(':').unwrap_or((host, ""));
    !url.chars().any(char::is_whitespace)
        && !host.is_empty()
        && host.split('.').all(|label| !label.is_empty())
        && host
            .chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '.')
        && port.bytes().all(|b| b.is_ascii_digit())
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

/// The share of a sentence's non-space characters that fall inside the covered
/// stretches (in order and disjoint): one walk along both.
fn coverage(paragraph: &str, sentence: &Range<usize>, covered: &[Range<usize>]) -> f64 {
    let mut total = 0usize;
    let mut inside = 0usize;
    let first = covered.partition_point(|r| r.end <= sentence.start);
    let mut stretches = covered[first..].iter().peekable();
    for (at, c) in paragraph[sentence.clone()].char_indices() {
        if c.is_whitespace() {
            continue;
        }
        total += 1;
        let at = sentence.start + at;
        while stretches.next_if(|r| r.end <= at).is_some() {}
        if stretches.peek().is_some_and(|r| r.start <= at) {
            inside += 1;
        }
    }
    if total == 0 {
        1.0
    } else {
        inside as f64 / total as f64
    }
}
