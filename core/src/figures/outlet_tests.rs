//! Figures per outlet, on a made-up story of five outlets (tests/fixtures/stories/
//! sheep-count.json): the herders' guild's count of missing sheep, given as 1,000 by
//! the Lantern (A), 1,020 by the Gazette (B, dating it a day later) and the Courier
//! (C), and "more than 1,000" by the Post (D); the ferry company's 200 "in recent
//! days" (3–4 March, in C) and 150 "last week" (26 Feb – 2 Mar, in D).

use super::disagree::disagreements;
use super::plotted::{placement, Report};
use super::view::{figures_view, FiguresReading};
use super::wording::{disagreement_sentences, same_source_sentences};
use crate::load::load;
use crate::markup::seam::{DATA_FIGURE, DATA_REPORTED_IN, DATA_SHOWS, FIGURES_TABLE};
use crate::markup::Element;
use crate::model::Story;

const QUANTITY: &str = "sheep-missing";
/// Claims by their place in the story.
const GUILD: usize = 0;
const FERRY_200: usize = 1;
const FERRY_150: usize = 2;

fn story() -> Story {
    match load(include_str!(
        "../../../tests/fixtures/stories/sheep-count.json"
    )) {
        Ok(loaded) => loaded.story,
        Err(message) => panic!("the sheep count loads: {message}"),
    }
}

fn every(story: &Story) -> Vec<usize> {
    (0..story.claims.len()).collect()
}

fn drawn(story: &Story, matches: &[usize]) -> Vec<Element> {
    figures_view(
        story,
        &FiguresReading {
            matches,
            quantity: Some(QUANTITY),
            selected: None,
            widths: &[880.0],
            quantity_href: &|id| format!("?quantity={id}"),
        },
    )
}

fn all(parts: &[Element]) -> Vec<&Element> {
    parts.iter().flat_map(Element::descendants).collect()
}

#[test]
fn each_outlets_report_of_a_figure_is_one_row_in_time_order() {
    let story = story();
    let placed = placement(&story, &every(&story), QUANTITY);
    let rows: Vec<Report> = placed.rows().collect();
    // (claim, figure, appearance): the ferry's 150 from 26 Feb, its 200 from 3 Mar, the
    // guild's three figures as of Monday 4 Mar (1,000 in A, 1,020 in C, more than 1,000
    // in D), then the Gazette's 1,020, which it dates Tuesday 5 Mar.
    assert_eq!(
        rows,
        [
            (FERRY_150, 0, 0),
            (FERRY_200, 0, 0),
            (GUILD, 0, 0),
            (GUILD, 1, 2),
            (GUILD, 2, 3),
            (GUILD, 1, 1),
        ]
    );
    assert!(placed.unplaced.is_empty());
}

#[test]
fn reports_conflict_when_their_values_cannot_meet_and_their_days_overlap() {
    let story = story();
    let placed = placement(&story, &every(&story), QUANTITY);
    let found = disagreements(&story, &placed.plotted, None, usize::MAX);
    let mut pairs: Vec<(Report, Report)> = found
        .pairs
        .iter()
        .map(|&(a, b)| {
            let (a, b) = (placed.plotted[a].report(), placed.plotted[b].report());
            (a.min(b), a.max(b))
        })
        .collect();
    pairs.sort();
    assert_eq!(
        pairs,
        [
            // On Monday the Lantern's 1,000 cannot be the Courier's 1,020 nor the Post's
            // "more than 1,000".
            ((GUILD, 0, 0), (GUILD, 1, 2)),
            ((GUILD, 0, 0), (GUILD, 2, 3)),
            // The ferry's 200 over 3–4 March overlaps Monday by a day, so it meets the
            // three Monday reports...
            ((GUILD, 0, 0), (FERRY_200, 0, 0)),
            ((GUILD, 1, 2), (FERRY_200, 0, 0)),
            ((GUILD, 2, 3), (FERRY_200, 0, 0)),
        ]
    );
    // ...but not the Gazette's Tuesday, nor does the Gazette's 1,020 on Tuesday meet the
    // Lantern's 1,000 on Monday; the ferry's 150, ending 2 March, only touches the 200.
    let involved = |report: Report| {
        let at = placed.plotted.iter().position(|p| p.report() == report);
        found.involved[at.expect("plotted")]
    };
    assert!(!involved((GUILD, 1, 1)));
    assert!(!involved((FERRY_150, 0, 0)));
    assert_eq!(found.count, 5);
}

#[test]
fn a_conflict_names_each_report_with_its_claimant_and_outlet() {
    let story = story();
    let placed = placement(&story, &every(&story), QUANTITY);
    let found = disagreements(&story, &placed.plotted, None, usize::MAX);
    let sentences = disagreement_sentences(&story, &placed.plotted, &found);
    let (text, reports) = &sentences[0];
    assert_eq!(
        text,
        "These figures cannot both be true: The ferry company · Ridge Courier: 200, as of 3–4 Mar 2030; The herders' guild · The Daily Lantern: 1,000, as of 4 Mar 2030."
    );
    assert_eq!(reports, &[(FERRY_200, 0, 0), (GUILD, 0, 0)]);
}

#[test]
fn one_source_given_different_numbers_by_different_outlets_is_named() {
    let story = story();
    let placed = placement(&story, &every(&story), QUANTITY);
    let rows: Vec<Report> = placed.rows().collect();
    let sentences = same_source_sentences(&story, &rows, 40);
    let texts: Vec<&str> = sentences.iter().map(|(text, _)| text.as_str()).collect();
    assert_eq!(
        texts,
        ["The herders' guild is reported as 1,000 by The Daily Lantern; 1,020 by Ridge Courier, Hill Gazette; and more than 1,000 by Meadow Post."]
    );
    // Only the Courier and the Gazette: both give 1,020, nothing to name.
    let same = [(GUILD, 1, 2), (GUILD, 1, 1)];
    assert!(same_source_sentences(&story, &same, 40).is_empty());
    // Two values, "and" between them.
    let two = [(GUILD, 0, 0), (GUILD, 1, 1)];
    assert_eq!(
        same_source_sentences(&story, &two, 40)[0].0,
        "The herders' guild is reported as 1,000 by The Daily Lantern and 1,020 by Hill Gazette."
    );
    // Kept to the number asked for, then said to be more.
    assert_eq!(same_source_sentences(&story, &rows, 0).len(), 1);
}

#[test]
fn marks_and_rows_name_the_outlet_and_carry_their_article_for_the_filter() {
    let story = story();
    let parts = drawn(&story, &every(&story));
    let elements = all(&parts);
    let marks: Vec<&&Element> = elements
        .iter()
        .filter(|e| e.attribute(DATA_FIGURE).is_some())
        .collect();
    assert_eq!(marks.len(), 6, "one per report");
    let gazette = marks
        .iter()
        .find(|m| m.attribute(DATA_FIGURE) == Some("0-1-1"))
        .expect("the Gazette's mark");
    assert_eq!(
        gazette.attribute("aria-label"),
        Some(
            "1,020 (“1,020 sheep”), The herders' guild · Hill Gazette, as of 5 Mar 2030 (inferred)"
        )
    );
    assert_eq!(gazette.attribute(DATA_SHOWS), Some("0"));
    assert_eq!(gazette.attribute(DATA_REPORTED_IN), Some("b"));
    // Beside a mark, where there is room, the same two names: the Gazette's, a day
    // after the Courier's equal figure, has none, as it would overprint the Courier's.
    let label = |key: &str| {
        let mark = marks.iter().find(|m| m.attribute(DATA_FIGURE) == Some(key));
        mark.map(|m| m.text_content()).unwrap_or_default()
    };
    assert_eq!(label("0-1-2"), "The herders' guild · Ridge Courier");
    assert_eq!(label("0-0-0"), "The herders' guild · The Daily Lantern");
    assert_eq!(label("0-1-1"), "");

    let table = elements
        .iter()
        .find(|e| e.attribute("id") == Some(FIGURES_TABLE))
        .expect("a table");
    let heads: Vec<String> = table
        .descendants()
        .into_iter()
        .filter(|e| e.tag == "th" && e.attribute("scope") == Some("col"))
        .map(Element::text_content)
        .collect();
    assert_eq!(heads[3..5], ["Claimant", "Outlet"]);
    let rows: Vec<&Element> = table
        .descendants()
        .into_iter()
        .filter(|e| e.tag == "tr" && e.attribute(DATA_SHOWS).is_some())
        .collect();
    let outlets: Vec<String> = rows
        .iter()
        .map(|row| {
            row.elements()
                .nth(4)
                .map(Element::text_content)
                .unwrap_or_default()
        })
        .collect();
    assert_eq!(
        outlets,
        [
            "D · Meadow Post",
            "C · Ridge Courier",
            "A · The Daily Lantern",
            "C · Ridge Courier",
            "D · Meadow Post",
            "B · Hill Gazette",
        ]
    );
    let reported_in: Vec<&str> = rows
        .iter()
        .filter_map(|row| row.attribute(DATA_REPORTED_IN))
        .collect();
    assert_eq!(reported_in, ["d", "c", "a", "c", "d", "b"]);
    // The Gazette's row gives the date it gives the claim.
    assert!(
        rows[5].text_content().contains("5 Mar 2030"),
        "{}",
        rows[5].text_content()
    );

    // The sentence naming the guild's numbers stands for every outlet it names.
    let same_source = elements
        .iter()
        .find(|e| e.has_class("same-source"))
        .expect("the same-source note");
    let sentence = same_source.elements().next().expect("a sentence");
    assert_eq!(sentence.attribute(DATA_SHOWS), Some("0"));
    assert_eq!(sentence.attribute(DATA_REPORTED_IN), Some("a c d b"));
}

/// The made-up cheese roll of six outlets (tests/fixtures/stories/
/// grindlewick-cheese-roll.json).
fn cheese_roll() -> Story {
    let json = include_str!("../../../tests/fixtures/stories/grindlewick-cheese-roll.json");
    match load(json) {
        Ok(loaded) => loaded.story,
        Err(message) => panic!("the cheese roll loads: {message}"),
    }
}

#[test]
fn in_the_cheese_roll_the_first_aiders_count_is_five_in_two_outlets_and_eleven_in_a_third() {
    let story = cheese_roll();
    let placed = placement(&story, &every(&story), "hurt");
    let rows: Vec<Report> = placed.rows().collect();
    let texts: Vec<String> = same_source_sentences(&story, &rows, 40)
        .into_iter()
        .map(|(text, _)| text)
        .collect();
    assert_eq!(
        texts,
        ["Edna Pimm, leader of the volunteer first aid post is reported as 5 by The Grindlewick Gazette, The Fernhollow Bulletin and 11 by The Wrenfold Evening Star."]
    );
    let found = disagreements(&story, &placed.plotted, None, usize::MAX);
    // 5 (twice) and 11 on the Saturday, and "dozens" hurt that day: each pair but the
    // two fives.
    assert_eq!(found.count, 5);
}

#[test]
fn an_outlet_giving_two_numbers_in_its_own_voice_is_named_once_and_not_as_two_outlets() {
    let story = cheese_roll();
    let placed = placement(&story, &every(&story), "spectators");
    let rows: Vec<Report> = placed.rows().collect();
    let texts: Vec<String> = same_source_sentences(&story, &rows, 40)
        .into_iter()
        .map(|(text, _)| text)
        .collect();
    // The Evening Star's own 2,100 and headline's 2,000 are one outlet's: not named as
    // a source outlets differ on.
    assert_eq!(
        texts,
        ["Hortensia Bramble, chair of the cheese roll committee is reported as 2,100 by The Grindlewick Gazette and at least 1,900 by The Fernhollow Bulletin."]
    );
    let found = disagreements(&story, &placed.plotted, None, usize::MAX);
    let sentences = disagreement_sentences(&story, &placed.plotted, &found);
    assert!(
        sentences.iter().any(|(text, _)| text.ends_with(
            "The Wrenfold Evening Star: 2,100, as of 10 May 2025; The Wrenfold Evening Star: 2,000, as of 10 May 2025."
        )),
        "{sentences:?}"
    );
    assert!(sentences
        .iter()
        .all(|(text, _)| !text.contains("The Wrenfold Evening Star · The Wrenfold Evening Star")));
}
