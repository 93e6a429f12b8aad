//! The Compare view: the two articles side by side with each claim's quotes marked in
//! their text, the claims both carry aligned (each article's wording, word diff and
//! attribution), and the claims only one carries. Everything that stands for a claim
//! carries its id in `data-claims`, so the page can light up all of a claim at once;
//! links to a claim carry `data-claim`, as everywhere.

use super::card::claim_anchor;
use super::facts::chain;
use super::seam::{compared_claim, Action, DATA_ACTION, DATA_CLAIM, DATA_CLAIMS};
use super::Element;
use crate::compare::{compared, coverage, figures_differ, wording, Comparison, Kind, Marked, Span};
use crate::model::{Article, Claim, Story};
use crate::url_state::claim_link;
use crate::words::{article_name, group_thousands};

/// Highlight colours: one per side, in the story's order of sides, repeating after.
const SIDE_COLOURS: usize = 6;

/// What the reader chose: the claims passing the filters (story indices, in order), the
/// selected claim and, on a narrow screen, whether the second article is the one shown
/// (the page shows it; the switch says so).
pub struct Reading<'a> {
    pub matches: &'a [usize],
    pub selected: Option<usize>,
    pub second_shown: bool,
}

impl Reading<'_> {
    fn shows(&self, claim: usize) -> bool {
        self.matches.binary_search(&claim).is_ok()
    }
}

/// The view's content: `comparison` is the story's own (`compare::comparison`).
pub fn compare(story: &Story, comparison: &Comparison, reading: &Reading) -> Vec<Element> {
    let mut parts = vec![Element::new("h2").text("Compare the articles")];
    let Some(articles) = compared(story) else {
        parts.push(Element::new("p").text("This story has one article: nothing to compare."));
        return parts;
    };
    let names = articles.map(|article| article_name(story, &article.id));
    let found = coverage(story, reading.matches, &articles[0].id, &articles[1].id);
    let counts = [
        found.shared.len(),
        found.only_first.len(),
        found.only_second.len(),
    ];
    parts.push(summary(counts, articles));
    parts.push(switch(&names, reading.second_shown));
    let mut texts = Element::new("div").set("class", "texts");
    for (article, (name, runs)) in articles
        .iter()
        .zip(names.iter().zip(comparison.texts.iter()))
    {
        texts = texts.child(article_text(story, article, name, runs, reading));
    }
    parts.push(texts);
    parts.push(legend(story));
    parts.push(Element::new("h3").text("Claims in both"));
    parts.push(alignment(story, comparison, articles, &names, reading));
    for (name, only) in names.iter().zip([&found.only_first, &found.only_second]) {
        parts.push(Element::new("h3").text(format!("Only in {name}")));
        let mut list = Element::new("ul").set("class", "only");
        for claim in only.iter().filter_map(|&i| story.claims.get(i)) {
            list = list.child(part_of(claim, "li").child(claim_anchor(claim)));
        }
        parts.push(list);
    }
    parts
}

/// An element standing for `claim` in the view: found by its id, lit up with it.
fn part_of(claim: &Claim, tag: &'static str) -> Element {
    Element::new(tag)
        .set("id", compared_claim(&claim.id))
        .set(DATA_CLAIMS, claim.id.to_string())
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

/// The switch between the two articles, for screens too narrow to show both.
fn switch(names: &[String; 2], second_shown: bool) -> Element {
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
                .set(
                    "aria-pressed",
                    if (i == 1) == second_shown {
                        "true"
                    } else {
                        "false"
                    },
                )
                .text(&names[i]),
        );
    }
    group
}

/// One article's full text with the quotes of the claims shown marked. Each marked run
/// links to a claim (where quotes overlap, one that begins there); a claim is one tab
/// stop per article, however many runs it spans.
fn article_text(
    story: &Story,
    article: &Article,
    name: &str,
    runs: &[impl AsRef<[Span]>],
    reading: &Reading,
) -> Element {
    let mut text = Element::new("article").set("class", "text").child(
        Element::new("h3")
            .text(name)
            .child(Element::new("cite").text(article.headline.to_string())),
    );
    let mut stops: Vec<usize> = Vec::new();
    for (paragraph, runs) in article.paragraphs.iter().zip(runs) {
        let mut before: &[usize] = &[];
        let mut line = Element::new("p");
        for run in runs.as_ref() {
            let words = paragraph.get(run.at.clone()).unwrap_or_default();
            let shown: Vec<usize> = run
                .claims
                .iter()
                .copied()
                .filter(|&c| reading.shows(c))
                .collect();
            let target = shown.iter().find(|c| !before.contains(c)).or(shown.first());
            before = &run.claims;
            let Some((index, claim)) = target.and_then(|&c| Some((c, story.claims.get(c)?))) else {
                line = line.text(words);
                continue;
            };
            let mut ids = String::new();
            for claim in shown.iter().filter_map(|&c| story.claims.get(c)) {
                if !ids.is_empty() {
                    ids.push(' ');
                }
                ids.push_str(&claim.id);
            }
            let mut class = quote_class(story, claim, &article.id);
            let mut link = Element::new("a")
                .set("href", claim_link(&claim.id))
                .set(DATA_CLAIM, claim.id.to_string())
                .set(DATA_CLAIMS, ids);
            if shown.len() > 1 {
                class.push_str(" overlap");
            }
            if reading.selected.is_some_and(|s| shown.contains(&s)) {
                class.push_str(" selected");
                link = link.set("aria-current", "true");
            }
            if stops.contains(&index) {
                link = link.set("tabindex", "-1");
            }
            stops.push(index);
            line = line.child(link.set("class", class).text(words));
        }
        text = text.child(line);
    }
    text
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
    reading: &Reading,
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
    for shared in comparison.shared.iter().filter(|s| reading.shows(s.claim)) {
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
        let mut rows = part_of(claim, "tbody").child(Element::new("tr").child(head));
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
    use crate::compare::comparison;
    use crate::load_tests::small_story;
    use crate::markup::html;

    fn view(story: &Story, matches: &[usize], selected: Option<usize>) -> Vec<Element> {
        let reading = Reading {
            matches,
            selected,
            second_shown: false,
        };
        compare(story, &comparison(story), &reading)
    }

    /// The marked runs of each article's text, as (link target, claims, tab stop).
    fn runs(parts: &[Element]) -> Vec<Vec<(String, String, bool)>> {
        let texts = parts
            .iter()
            .find(|p| p.has_class("texts"))
            .expect("the texts");
        texts
            .elements()
            .map(|text| {
                text.descendants()
                    .into_iter()
                    .filter(|e| e.has_class("quote"))
                    .map(|run| {
                        let attribute = |name| run.attribute(name).unwrap_or_default().to_owned();
                        (
                            attribute(DATA_CLAIM),
                            attribute(DATA_CLAIMS),
                            run.attribute("tabindex").is_none(),
                        )
                    })
                    .collect()
            })
            .collect()
    }

    #[test]
    fn every_claim_shown_is_marked_in_each_article_that_carries_it_with_one_tab_stop() {
        let story = small_story();
        let every: Vec<usize> = (0..story.claims.len()).collect();
        let parts = view(&story, &every, None);
        let articles = compared(&story).expect("two articles");
        for (runs, article) in runs(&parts).iter().zip(articles) {
            for claim in story.claims.iter().filter(|c| c.appears_in(&article.id)) {
                let covering = runs
                    .iter()
                    .filter(|(_, ids, _)| ids.split(' ').any(|id| id == &*claim.id));
                assert!(covering.count() > 0, "{} in {}", claim.id, article.id);
                let stops = runs
                    .iter()
                    .filter(|(target, _, stop)| *target == *claim.id && *stop);
                assert!(
                    stops.count() <= 1,
                    "{} has one tab stop in {}",
                    claim.id,
                    article.id
                );
            }
        }
        // Nothing is left as raw text to parse: the whole view writes out as escaped HTML.
        assert!(html(&parts).contains("Compare the articles"));
    }

    #[test]
    fn filters_leave_out_the_marks_rows_and_list_items_of_other_claims() {
        let story = small_story();
        let shared = comparison(&story)
            .shared
            .first()
            .expect("a shared claim")
            .claim;
        let parts = view(&story, &[shared], Some(shared));
        let id = &*story.claims[shared].id;
        for (target, ids, _) in runs(&parts).into_iter().flatten() {
            assert_eq!((target.as_str(), ids.as_str()), (id, id));
        }
        let all: Vec<&Element> = parts.iter().flat_map(Element::descendants).collect();
        let rows: Vec<&str> = all
            .iter()
            .filter(|e| e.tag == "tbody")
            .filter_map(|e| e.attribute(DATA_CLAIMS))
            .collect();
        assert_eq!(rows, [id]);
        assert!(all
            .iter()
            .filter(|e| e.tag == "li")
            .all(|e| e.attribute(DATA_CLAIMS).is_none()));
        let selected = all
            .iter()
            .filter(|e| e.attribute("aria-current") == Some("true"));
        assert_eq!(selected.count(), 2, "its run in each article");
        let summary = all
            .iter()
            .find(|e| e.has_class("coverage"))
            .expect("summary")
            .text_content();
        assert!(
            summary.starts_with("Claims shown: 1 in both · 0 only in A · 0 only in B"),
            "{summary}"
        );
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
