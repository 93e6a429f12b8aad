//! The Compare view: the two articles side by side with each claim's quotes marked in
//! their text, the claims both carry aligned (each article's wording, word diff and
//! attribution), and the claims only one carries. Everything that stands for a claim
//! carries its id in `data-claims`, so the page can light up all of a claim at once;
//! links to a claim carry `data-claim`, as everywhere.
//!
//! `claimline site` draws the view once ([`compare_page`]); the page puts it in as it
//! is. It then gives every run of the texts that carries a claim its state (link,
//! highlight, tab stop) from [`run_states`] and [`run_attributes`], on the first draw
//! and on each filter or selection change alike, rewriting only the runs whose state
//! changed; shows, hides and pages the rows of the lists; and fills the summary
//! ([`summary_of`]). A change stays small on any story.

use super::card::{claim_anchor, more_button};
use super::facts::chain;
use super::published::{indices, read_indices};
use super::seam::{
    compared_claim, Action, COMPARE_SUMMARY, DATA_ACTION, DATA_CLAIM, DATA_CLAIMS, DATA_FOLLOWS,
    DATA_PAGE, DATA_PAIR, DATA_RUN, DATA_SHOWS, DATA_TEXT, TEXT_RUN_CLASS,
};
use super::Element;

#[cfg(any(test, feature = "publish"))]
pub mod table;
use crate::compare::pairs::by_publication;
use crate::compare::{coverage, figures_differ, wording, Comparison, Kind, Marked, Span};
use crate::explore::paging::PAGE;
use crate::model::{Article, Claim, Story};
use crate::url_state::{claim_link, href, UrlState, View};
use crate::words::{article_name, group_thousands};

// Highlight colours: one per side, in the story's order of sides, repeating after.
use crate::figures::SIDE_COLOURS;

/// Paragraphs in both articles beyond which the texts count as long.
const LONG_TEXTS: usize = 120;

/// What the reader chose: the claims passing the filters (story indices, in order) and
/// the selected claim.
pub struct Reading<'a> {
    pub matches: &'a [usize],
    pub selected: Option<usize>,
}

impl Reading<'_> {
    fn shows(&self, claim: usize) -> bool {
        self.matches.binary_search(&claim).is_ok()
    }
}

/// Two articles side by side as `claimline site` publishes them, one file per pair
/// (the coverage table is its own file, [`table::table_page`]): the control to pick
/// another pair; the texts with each run that carries a claim a plain element, for the
/// page to give its state ([`run_states`]); the claims in both and in one alone with
/// every row, each standing for its claim (`DATA_SHOWS`), for the page to show, hide
/// and page (`published::mark_out`); the summary's holder, for the page to fill
/// ([`summary`]).
pub fn compare_page(story: &Story, pair: [&Article; 2], comparison: &Comparison) -> Vec<Element> {
    let mut parts = vec![Element::new("h2").text("Compare the articles")];
    let names = pair.map(|article| article_name(story, &article.id));
    if story.articles.len() > 2 {
        parts.push(picker(story, pair));
    }
    parts.push(Element::new("div").set("id", COMPARE_SUMMARY));
    parts.push(switch(&names));
    // Long texts are laid out only where they are seen (the stylesheet's `long`): on a
    // short one that would only shift the page as a reader scrolls.
    let paragraphs: usize = pair.iter().map(|a| a.paragraphs.len()).sum();
    let class = if paragraphs > LONG_TEXTS {
        "texts long"
    } else {
        "texts"
    };
    let mut texts = Element::new("div").set("class", class);
    for (article, (name, runs)) in pair.iter().zip(names.iter().zip(comparison.texts.iter())) {
        texts = texts.child(article_text(article, name, runs));
    }
    parts.push(texts);
    parts.push(legend(story));
    parts.push(Element::new("h3").text("Claims in both"));
    parts.push(alignment(story, comparison, pair, &names).set(DATA_PAGE, PAGE.to_string()));
    parts.push(more_button());
    let every: Vec<usize> = (0..story.claims.len()).collect();
    let found = coverage(story, &every, &pair[0].id, &pair[1].id);
    for (name, only) in names.iter().zip([&found.only_first, &found.only_second]) {
        parts.push(Element::new("h3").text(format!("Only in {name}")));
        let items = only.iter().filter_map(|&i| {
            let claim = story.claims.get(i)?;
            Some(part_of(claim, i, "li").child(claim_anchor(claim)))
        });
        parts.push(
            Element::new("ul")
                .set("class", "only")
                .set(DATA_PAGE, PAGE.to_string())
                .children(items),
        );
        parts.push(more_button());
    }
    parts
}

/// The control picking the two texts: beside each article shown, every other article,
/// each a link to that pair (shown in publication order); the pair shown is marked.
fn picker(story: &Story, pair: [&Article; 2]) -> Element {
    let mut control = Element::new("div").set("class", "pair-picker");
    for (kept, other) in [(pair[0], pair[1]), (pair[1], pair[0])] {
        let label = format!("Beside {}", article_name(story, &kept.id));
        let mut list = Element::new("ul");
        for article in by_publication(story)
            .into_iter()
            .filter(|a| a.id != kept.id)
        {
            let link = pair_link(&[&kept.id, &article.id], &article_name(story, &article.id));
            let link = match article.id == other.id {
                true => link.set("aria-current", "true"),
                false => link,
            };
            list = list.child(Element::new("li").child(link));
        }
        control = control.child(
            Element::new("nav")
                .set("aria-label", label.clone())
                .child(Element::new("p").text(format!("{label}:")))
                .child(list),
        );
    }
    control
}

/// A link to the Compare view with these articles side by side, followed in place by
/// the page (`DATA_PAIR`).
pub(crate) fn pair_link(articles: &[&str], words: &str) -> Element {
    let ids = articles.join(",");
    let state = UrlState {
        view: View::Compare,
        articles: Some(ids.clone()),
        ..UrlState::default()
    };
    Element::new("a")
        .set("href", href(&state))
        .set(DATA_PAIR, ids)
        .text(words)
}

/// The summary under the filters, for its holder: how many claims both articles carry
/// and how many only one of them carries of all the story's articles.
pub fn summary_of(story: &Story, pair: [&Article; 2], matches: &[usize]) -> Element {
    let found = coverage(story, matches, &pair[0].id, &pair[1].id);
    let counts = [
        found.shared.len(),
        found.only_first.len(),
        found.only_second.len(),
    ];
    summary(counts, pair)
}

/// An element standing for `claim` (at `index` in the story) in the view: found by its
/// id, lit up with it, shown when the filters let it through.
fn part_of(claim: &Claim, index: usize, tag: &'static str) -> Element {
    Element::new(tag)
        .set("id", compared_claim(&claim.id))
        .set(DATA_CLAIMS, claim.id.to_string())
        .set(DATA_SHOWS, index.to_string())
}

/// How many claims both articles carry and how many only one, in words and as a bar
/// (whole claims as SVG units, stretched to the width: no fractions to write).
fn summary(counts: [usize; 3], articles: [&Article; 2]) -> Element {
    let what = ["in both", "only in ", "only in "];
    let classes = ["both", "only-first", "only-second"];
    let mut words = String::from("Claims shown: ");
    let mut bar = Element::new("svg")
        .set("preserveAspectRatio", "none")
        .set("aria-hidden", "true");
    let mut x = 0;
    for i in 0..3 {
        if i > 0 {
            words.push_str(" · ");
        }
        words.push_str(&group_thousands(counts[i] as u64));
        words.push(' ');
        words.push_str(what[i]);
        if i > 0 {
            words.push_str(&articles[i - 1].id.to_ascii_uppercase());
        }
        bar = bar.child(
            Element::new("rect")
                .set("class", classes[i])
                .set("x", x.to_string())
                .set("width", counts[i].to_string())
                .set("height", "1"),
        );
        x += counts[i];
    }
    Element::new("div")
        .set("class", "coverage")
        .child(Element::new("p").text(words))
        .child(bar.set("viewBox", format!("0 0 {} 1", x.max(1))))
}

/// The switch between the two articles, the first shown, for screens too narrow to
/// show both; the page presses the other.
fn switch(names: &[String; 2]) -> Element {
    let mut group = Element::new("div")
        .set("class", "switch")
        .set("role", "group")
        .set("aria-label", "Article shown");
    for (i, action) in [Action::ShowFirst, Action::ShowSecond]
        .into_iter()
        .enumerate()
    {
        group = group.child(
            Element::new("button")
                .set("type", "button")
                .set(DATA_ACTION, action.key())
                .set("aria-pressed", if i == 0 { "true" } else { "false" })
                .text(&names[i]),
        );
    }
    group
}

/// One article's full text with its quote runs: each run that carries a claim is a
/// plain element, for the page to give its state.
fn article_text(article: &Article, name: &str, runs: &[impl AsRef<[Span]>]) -> Element {
    let mut text = Element::new("article")
        .set("class", "text")
        .set(DATA_TEXT, article.id.to_string())
        .child(
            Element::new("h3")
                .text(name)
                .child(Element::new("cite").text(article.headline.to_string())),
        );
    for (paragraph, runs) in article.paragraphs.iter().zip(runs) {
        let mut line = Element::new("p");
        let mut before: &[usize] = &[];
        for run in runs.as_ref() {
            let words = paragraph.get(run.at.clone()).unwrap_or_default();
            if run.claims.is_empty() {
                line = line.text(words);
            } else {
                // Its claims, and those the run before it carries too: a link goes to
                // a claim that begins here where it can.
                let follows: Vec<usize> = run
                    .claims
                    .iter()
                    .copied()
                    .filter(|c| before.contains(c))
                    .collect();
                let mut element = Element::new("a")
                    .set("class", TEXT_RUN_CLASS)
                    .set(DATA_RUN, indices(&run.claims));
                if !follows.is_empty() {
                    element = element.set(DATA_FOLLOWS, indices(&follows));
                }
                line = line.child(element.text(words));
            }
            before = &run.claims;
        }
        text = text.child(line);
    }
    text
}

/// A run of a compared text that carries claims, as the page reads it from the run's
/// element: which article (0 or 1), its claims, and those of them the run before
/// carries too.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RunInfo {
    pub article: usize,
    pub claims: Vec<usize>,
    pub follows: Vec<usize>,
}

impl RunInfo {
    /// From a run's `DATA_RUN` and `DATA_FOLLOWS`; a run that cannot be read carries
    /// nothing.
    pub fn read(article: usize, run: Option<&str>, follows: Option<&str>) -> RunInfo {
        let read = |written: Option<&str>| written.and_then(read_indices).unwrap_or_default();
        RunInfo {
            article,
            claims: read(run),
            follows: read(follows),
        }
    }
}

/// A run of an article's text that carries claims, as the filters and the selection
/// leave it: a link to one of the claims shown in it, or plain words when none is.
pub type RunState = Option<RunLink>;

#[derive(Clone, Default, PartialEq)]
pub struct RunLink {
    /// The claim it links to: where quotes overlap, one that begins here.
    pub claim: String,
    /// Every claim shown in it, space-separated.
    pub claims: String,
    pub class: String,
    /// Whether it is its claim's one tab stop in this article (the claim's first run).
    pub stop: bool,
    pub selected: bool,
}

/// The state of each run, in the order given (the page's: the articles shown, in
/// document order; a run's `article` is its place among `articles`).
pub fn run_states(
    story: &Story,
    articles: &[&Article],
    runs: &[RunInfo],
    reading: &Reading,
) -> Vec<RunState> {
    let mut states = Vec::with_capacity(runs.len());
    // Per article, per claim (by index): its highlight, once worked out, and whether its
    // tab stop is taken. Thousands of runs on a large story.
    let mut seen = [(); 2].map(|_| Seen {
        classes: vec![None; story.claims.len()],
        stops: vec![false; story.claims.len()],
    });
    for run in runs {
        let (Some(article), Some(seen)) = (articles.get(run.article), seen.get_mut(run.article))
        else {
            states.push(None);
            continue;
        };
        states.push(run_state(
            story,
            article,
            &run.claims,
            &run.follows,
            seen,
            reading,
        ));
    }
    states
}

struct Seen {
    classes: Vec<Option<String>>,
    stops: Vec<bool>,
}

fn run_state(
    story: &Story,
    article: &Article,
    claims: &[usize],
    before: &[usize],
    seen: &mut Seen,
    reading: &Reading,
) -> RunState {
    let shown: Vec<usize> = claims
        .iter()
        .copied()
        .filter(|&c| reading.shows(c))
        .collect();
    let target = shown.iter().find(|c| !before.contains(c)).or(shown.first());
    let (index, claim) = target.and_then(|&c| Some((c, story.claims.get(c)?)))?;
    let mut ids = String::new();
    for claim in shown.iter().filter_map(|&c| story.claims.get(c)) {
        if !ids.is_empty() {
            ids.push(' ');
        }
        ids.push_str(&claim.id);
    }
    let mut class = match seen.classes.get_mut(index) {
        Some(cached) => cached
            .get_or_insert_with(|| quote_class(story, claim, &article.id))
            .clone(),
        None => quote_class(story, claim, &article.id),
    };
    if shown.len() > 1 {
        class.push_str(" overlap");
    }
    let selected = reading.selected.is_some_and(|s| shown.contains(&s));
    if selected {
        class.push_str(" selected");
    }
    let stop = seen
        .stops
        .get_mut(index)
        .is_some_and(|taken| !std::mem::replace(taken, true));
    Some(RunLink {
        claim: claim.id.to_string(),
        claims: ids,
        class,
        stop,
        selected,
    })
}

/// Every attribute a run's element may carry, with its value in `state` (`None`: absent),
/// for the first draw and for every patch alike.
pub fn run_attributes(state: &RunState) -> [(&'static str, Option<String>); 6] {
    let link = state.as_ref();
    let class = match link {
        Some(link) => format!("{TEXT_RUN_CLASS} {}", link.class),
        None => TEXT_RUN_CLASS.to_owned(),
    };
    [
        ("class", Some(class)),
        ("href", link.map(|l| claim_link(&l.claim))),
        (DATA_CLAIM, link.map(|l| l.claim.clone())),
        (DATA_CLAIMS, link.map(|l| l.claims.clone())),
        (
            "tabindex",
            link.filter(|l| !l.stop).map(|_| "-1".to_owned()),
        ),
        (
            "aria-current",
            link.filter(|l| l.selected).map(|_| "true".to_owned()),
        ),
    ]
}

/// A quote's highlight: coloured by the side of the claim's source in this article, and
/// dashed when the article names someone who relayed it.
fn quote_class(story: &Story, claim: &Claim, article: &str) -> String {
    let appearance = claim.appearances.iter().find(|a| a.article == article);
    let side = appearance
        .and_then(|a| a.chain.first())
        .and_then(|link| story.actor(link.actors.first()?))
        .and_then(|actor| story.sides.iter().position(|side| side.id == actor.side));
    let mut class = side_class("quote", side.unwrap_or(0));
    if appearance.is_some_and(|a| a.chain.len() > 1) {
        class.push_str(" relayed");
    }
    class
}

fn side_class(kind: &str, side: usize) -> String {
    format!("{kind} side-{}", side % SIDE_COLOURS)
}

/// What the highlights mean, in words: colour is never the only cue.
fn legend(story: &Story) -> Element {
    let mut sides = Element::new("ul").set("aria-label", "Sides");
    for (i, side) in story.sides.iter().enumerate() {
        sides = sides.child(
            Element::new("li")
                .set("class", side_class("swatch", i))
                .text(side.label.to_string()),
        );
    }
    Element::new("div")
        .set("class", "legend")
        .child(Element::new("p").text(
            "Quotes are coloured by their source’s side, underlined dashed where the article names a relay, framed where two claims share words.",
        ))
        .child(sides)
}

/// The claims both articles carry and the filters let through: for each, the two
/// wordings one above the other with what differs marked, each article's attribution,
/// what else each says in the same breath, and a flag where the figures differ.
fn alignment(
    story: &Story,
    comparison: &Comparison,
    articles: [&Article; 2],
    names: &[String; 2],
) -> Element {
    let mut table = Element::new("table")
        .set("class", "alignment")
        .child(Element::new("caption").text(
            "Struck through: only in the first article. Underlined: only in the second. Wavy: worded differently.",
        ))
        .child(
            Element::new("thead").child(
                Element::new("tr")
                    .child(Element::new("th").set("scope", "col").text("Article"))
                    .child(Element::new("th").set("scope", "col").text("Wording and attribution")),
            ),
        );
    for shared in comparison.shared.iter() {
        let Some(claim) = story.claims.get(shared.claim) else {
            continue;
        };
        let mut head = Element::new("th")
            .set("colspan", "2")
            .set("scope", "rowgroup")
            .child(claim_anchor(claim));
        if figures_differ(claim) {
            head = head.child(figures_flag(claim));
        }
        let mut rows = part_of(claim, shared.claim, "tbody").child(Element::new("tr").child(head));
        for ((article, name), side) in articles.iter().zip(names).zip(shared.sides.iter()) {
            let words = wording(claim, &article.id).unwrap_or_default();
            let mut cell = Element::new("td").child(marked_wording(&words, &side.marks));
            for appearance in claim.appearances.iter().filter(|a| a.article == article.id) {
                cell = cell.child(chain(story, &appearance.chain, name.clone()));
            }
            if !side.also.is_empty() {
                let mut also = Element::new("ul");
                for other in side.also.iter().filter_map(|&c| story.claims.get(c)) {
                    also = also.child(Element::new("li").child(claim_anchor(other)));
                }
                cell = cell.child(
                    Element::new("div")
                        .set("class", "also")
                        .child(Element::new("p").text(format!("Said with it, only in {name}:")))
                        .child(also),
                );
            }
            rows = rows.child(
                Element::new("tr")
                    .child(
                        Element::new("th")
                            .set("scope", "row")
                            .text(article.id.to_ascii_uppercase()),
                    )
                    .child(cell),
            );
        }
        table = table.child(rows);
    }
    table
}

/// "Figures differ: “between 11,000 and 12,000” against “up to 12,000”".
fn figures_flag(claim: &Claim) -> Element {
    let mut phrases = String::new();
    for figure in claim.figures.iter() {
        if !phrases.is_empty() {
            phrases.push_str(" against ");
        }
        phrases.push('“');
        phrases.push_str(&figure.phrase);
        phrases.push('”');
    }
    Element::new("p")
        .set("class", "flag")
        .child(Element::new("strong").text("Figures differ: "))
        .text(phrases)
}

/// A wording with its differing runs marked: removed words struck through, added ones
/// underlined, changed ones with a wavy line.
fn marked_wording(words: &str, marks: &[Marked]) -> Element {
    let mut wording = Element::new("p").set("class", "wording");
    let mut at = 0;
    for mark in marks {
        let (Some(before), Some(marked)) =
            (words.get(at..mark.at.start), words.get(mark.at.clone()))
        else {
            continue;
        };
        let tag = match mark.kind {
            Kind::Removed => "del",
            Kind::Added => "ins",
            Kind::Replaced | Kind::Same => "mark",
        };
        wording = wording.text(before).child(Element::new(tag).text(marked));
        at = mark.at.end;
    }
    wording.text(words.get(at..).unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::{compared, comparison};
    use crate::load_tests::small_story;
    use crate::markup::html;

    /// The default pair's page, as published.
    fn drawn(story: &Story) -> Vec<Element> {
        let pair = compared(story).expect("two articles");
        compare_page(story, pair, &comparison(story, pair))
    }

    /// The articles' texts, as drawn.
    fn texts(parts: &[Element]) -> &Element {
        parts
            .iter()
            .find(|p| p.has_class("texts"))
            .expect("the texts")
    }

    /// The runs of the texts, as the page reads them from their elements.
    fn runs_read(parts: &[Element]) -> Vec<RunInfo> {
        texts(parts)
            .elements()
            .enumerate()
            .flat_map(|(article, text)| {
                text.descendants()
                    .into_iter()
                    .filter(|e| e.attribute(DATA_RUN).is_some())
                    .map(move |run| {
                        RunInfo::read(
                            article,
                            run.attribute(DATA_RUN),
                            run.attribute(DATA_FOLLOWS),
                        )
                    })
            })
            .collect()
    }

    /// The runs of each article's text that link to a claim, as (link target, claims,
    /// tab stop): the states the page gives the runs the published file holds.
    fn runs(
        story: &Story,
        parts: &[Element],
        reading: &Reading,
    ) -> Vec<Vec<(String, String, bool)>> {
        let read = runs_read(parts);
        let pair = compared(story).expect("two articles");
        let states = run_states(story, &pair, &read, reading);
        let mut found = vec![Vec::new(), Vec::new()];
        for (run, state) in read.iter().zip(states) {
            if let (Some(link), Some(article)) = (state, found.get_mut(run.article)) {
                article.push((link.claim, link.claims, link.stop));
            }
        }
        found
    }

    #[test]
    fn every_claim_shown_is_marked_in_each_article_that_carries_it_with_one_tab_stop() {
        let story = small_story();
        // As first drawn: every claim shown, none selected.
        let parts = drawn(&story);
        let every: Vec<usize> = (0..story.claims.len()).collect();
        let reading = Reading {
            matches: &every,
            selected: None,
        };
        let articles = compared(&story).expect("two articles");
        for (runs, article) in runs(&story, &parts, &reading).iter().zip(articles) {
            for claim in story.claims.iter().filter(|c| c.appears_in(&article.id)) {
                let covering = runs
                    .iter()
                    .filter(|(_, ids, _)| ids.split(' ').any(|id| id == &*claim.id));
                assert!(covering.count() > 0, "{} in {}", claim.id, article.id);
                let stops = runs
                    .iter()
                    .filter(|(target, _, stop)| *target == *claim.id && *stop);
                assert_eq!(
                    stops.count(),
                    1,
                    "{} has one tab stop in {}",
                    claim.id,
                    article.id
                );
            }
        }
    }

    #[test]
    fn an_article_s_own_text_is_written_out_escaped() {
        let mut story = small_story();
        let mut articles = story.articles.to_vec();
        articles[0].headline = "Seals <b>& \"stays\"</b>".into();
        story.articles = articles.into();
        let written = html(&drawn(&story));
        assert!(
            written.contains("<cite>Seals &lt;b&gt;&amp; &quot;stays&quot;&lt;/b&gt;</cite>"),
            "{written}"
        );
        assert!(!written.contains("<b>"));
    }

    #[test]
    fn filters_leave_out_the_marks_of_other_claims_and_light_the_selected_one() {
        // The small fixture: north-40-wounded (index 0) is in both articles,
        // south-supplies-low (1) only in A, south-supplies-low-via-wire (2) only in B.
        let story = small_story();
        let parts = drawn(&story);
        let reading = Reading {
            matches: &[0],
            selected: Some(0),
        };
        let pair = compared(&story).expect("two articles");
        let states = run_states(&story, &pair, &runs_read(&parts), &reading);
        let links: Vec<&RunLink> = states.iter().flatten().collect();
        assert!(!links.is_empty());
        for link in &links {
            assert_eq!(
                (&*link.claim, &*link.claims),
                ("north-40-wounded", "north-40-wounded")
            );
            assert!(
                link.selected && link.class.ends_with(" selected"),
                "{}",
                link.class
            );
        }
        assert_eq!(
            links.iter().filter(|l| l.stop).count(),
            2,
            "a tab stop in each article"
        );
        assert!(
            states.iter().any(Option::is_none),
            "the other claims' runs are plain words"
        );
        // What the page hides by: the table's row stands for the shared claim, each list's
        // item for the claim only one article carries.
        let all: Vec<&Element> = parts.iter().flat_map(Element::descendants).collect();
        let standing = |tag: &str| -> Vec<&str> {
            all.iter()
                .filter(|e| e.tag == tag)
                .filter_map(|e| e.attribute(DATA_SHOWS))
                .collect()
        };
        assert_eq!(standing("tbody"), ["0"]);
        assert_eq!(standing("li"), ["1", "2"]);
        let summary = summary_of(&story, pair, &[0]).text_content();
        assert!(
            summary.starts_with("Claims shown: 1 in both · 0 only in A · 0 only in B"),
            "{summary}"
        );
    }

    proptest::proptest! {
        /// The page gives the i-th run drawn the i-th state: each run linked to a claim
        /// holds words of that claim's quotes in its article, whatever the filters.
        #[test]
        fn each_run_drawn_gets_the_state_of_its_own_words(
            chosen in proptest::collection::vec(proptest::bool::ANY, 60),
            selected in proptest::option::of(0usize..60),
        ) {
            let story = crate::synthetic::story(60, 2);
            let matches: Vec<usize> =
                chosen.iter().enumerate().filter(|(_, on)| **on).map(|(i, _)| i).collect();
            let parts = drawn(&story);
            let reading = Reading { matches: &matches, selected };
            let articles = compared(&story).expect("two articles");
            let mut states = run_states(&story, &articles, &runs_read(&parts), &reading).into_iter();
            for (text, article) in texts(&parts).elements().zip(articles) {
                for run in text.descendants().into_iter().filter(|e| e.attribute(DATA_RUN).is_some()) {
                    let state = states.next().expect("a state for every run");
                    let Some(link) = state else {
                        continue;
                    };
                    let id = link.claim.as_str();
                    proptest::prop_assert!(matches.iter().any(|&m| *story.claims[m].id == *id));
                    let claim = story.claim(id).expect("a claim of the story");
                    let words = run.text_content();
                    let quoted = claim
                        .appearances
                        .iter()
                        .filter(|a| a.article == article.id)
                        .flat_map(|a| a.quotes.iter())
                        .any(|quote| quote.contains(words.as_str()));
                    proptest::prop_assert!(quoted, "{words:?} is not quoted by {id}");
                }
            }
        }
    }

    #[test]
    fn every_row_of_each_list_is_published_for_the_page_to_page() {
        let story = crate::synthetic::story(2500, 2);
        let parts = drawn(&story);
        let every: Vec<usize> = (0..story.claims.len()).collect();
        let articles = compared(&story).expect("two articles");
        let found = coverage(&story, &every, &articles[0].id, &articles[1].id);
        assert!(
            found.only_first.len() > 2 * PAGE,
            "{}",
            found.only_first.len()
        );
        let lists: Vec<&Element> = parts
            .iter()
            .filter(|e| e.attribute(DATA_PAGE).is_some())
            .collect();
        assert_eq!(
            lists.len(),
            3,
            "in both, only in the first, only in the second"
        );
        for (list, want) in lists
            .iter()
            .zip([&found.shared, &found.only_first, &found.only_second])
        {
            assert_eq!(list.attribute(DATA_PAGE), Some(&*PAGE.to_string()));
            let rows: Vec<usize> = list
                .descendants()
                .into_iter()
                .filter_map(|e| e.attribute(DATA_SHOWS)?.parse().ok())
                .collect();
            assert_eq!(&rows, want);
        }
        // Each list's "Show more" follows it.
        for (i, part) in parts.iter().enumerate() {
            if part.attribute(DATA_PAGE).is_some() {
                let next = parts.get(i + 1).expect("a button after the list");
                assert_eq!(next.attribute(DATA_ACTION), Some(&*Action::ShowMore.key()));
            }
        }
    }

    #[test]
    fn a_wording_marks_what_the_other_words_differently() {
        let marks = [
            Marked {
                at: 0..3,
                kind: Kind::Removed,
            },
            Marked {
                at: 8..13,
                kind: Kind::Replaced,
            },
        ];
        let wording = marked_wording("But the seals stay", &marks);
        assert_eq!(
            html(&[wording]),
            r#"<p class="wording"><del>But</del> the <mark>seals</mark> stay</p>"#
        );
        // A mark that does not fit the wording is left out, not a panic.
        let wrong = [Marked {
            at: 10..99,
            kind: Kind::Added,
        }];
        assert_eq!(marked_wording("short", &wrong).text_content(), "short");
    }
}
