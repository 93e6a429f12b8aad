//! The Figures view end to end: the bundled story's figures, the markup the page draws,
//! filters, paging, and a story of 10,000 claims.

use super::chart::CHART_HEIGHT_PX;
use super::disagree::disagreements;
use super::mark::{figure_key, parse_figure_key};
use super::plotted::placement;
use super::published::figures_page;
use super::quantities::default_quantity;
use super::view::{figures_view, FiguresReading};
use super::wording::{disagreement_sentences, PAIRS_NAMED};
use crate::explore::paging::PAGE;
use crate::load_tests::bundled_story;
use crate::markup::seam::{
    Action, DATA_ACTION, DATA_CLAIM, DATA_FIGURE, DATA_PAGE, DATA_QUANTITY, DATA_SHOWS,
    FIGURES_TABLE,
};
use crate::markup::{html, Element};
use crate::model::Story;
use crate::url_state::claim_link;

fn every(story: &Story) -> Vec<usize> {
    (0..story.claims.len()).collect()
}

fn href(id: &str) -> String {
    format!("?view=figures&quantity={id}")
}

fn view(story: &Story, matches: &[usize], quantity: &str, selected: Option<usize>) -> Vec<Element> {
    figures_view(
        story,
        &FiguresReading {
            matches,
            quantity: Some(quantity),
            selected,
            widths: &[640.0],
            quantity_href: &href,
        },
    )
}

fn all(parts: &[Element]) -> Vec<&Element> {
    parts.iter().flat_map(Element::descendants).collect()
}

fn marks(parts: &[Element]) -> Vec<&Element> {
    all(parts)
        .into_iter()
        .filter(|e| e.attribute(DATA_FIGURE).is_some())
        .collect()
}

fn index(story: &Story, id: &str) -> usize {
    story.claim_index(id).expect("a claim")
}

#[test]
fn zelenskyys_more_than_3000_cannot_be_true_with_the_us_officials_several_hundred() {
    let story = bundled_story();
    let placed = placement(&story, &every(&story), "nk-killed-or-wounded");
    let found = disagreements(&story, &placed.plotted, None, usize::MAX);
    assert_eq!(found.count, 1, "{found:?}");
    let (a, b) = found.pairs[0];
    let mut claims = [placed.plotted[a].claim, placed.plotted[b].claim];
    claims.sort();
    let mut expected = [
        index(&story, "zelenskyy-over-3000-killed-or-wounded"),
        index(&story, "us-official-several-hundred-nk-casualties"),
    ];
    expected.sort();
    assert_eq!(claims, expected);
    // The SSO's "more than 100 casualties" over three days can be true with either.
    let sso = index(&story, "sso-over-100-casualties-in-three-days");
    let at = placed
        .plotted
        .iter()
        .position(|p| p.claim == sso)
        .expect("plotted");
    assert!(!found.involved[at]);
    let sentences = disagreement_sentences(&story, &placed.plotted, &found);
    assert_eq!(sentences[0].1.len(), 2, "it names both claims");
    let texts: Vec<&str> = sentences.iter().map(|(text, _)| text.as_str()).collect();
    assert_eq!(
        texts,
        ["These figures cannot both be true: A senior US official (unnamed) · Unnamed outlet: several hundred since October; Volodymyr Zelenskyy · ABC News: more than 3,000, as of 23–30 Dec 2024."]
    );
}

#[test]
fn in_the_bundled_story_only_the_killed_or_wounded_disagree() {
    let story = bundled_story();
    for quantity in story.quantities.iter() {
        let placed = placement(&story, &every(&story), &quantity.id);
        let found = disagreements(&story, &placed.plotted, None, usize::MAX);
        let expected = usize::from(quantity.id == "nk-killed-or-wounded");
        assert_eq!(found.count, expected, "{}: {found:?}", quantity.id);
    }
}

#[test]
fn the_view_shows_the_quantities_the_chart_the_note_and_the_table() {
    let story = bundled_story();
    let zelenskyy = index(&story, "zelenskyy-over-3000-killed-or-wounded");
    let parts = view(
        &story,
        &every(&story),
        "nk-killed-or-wounded",
        Some(zelenskyy),
    );
    let elements = all(&parts);

    let links: Vec<&&Element> = elements
        .iter()
        .filter(|e| e.attribute(DATA_QUANTITY).is_some())
        .collect();
    assert_eq!(links.len(), story.quantities.len());
    let current: Vec<&&&Element> = links
        .iter()
        .filter(|e| e.attribute("aria-current") == Some("page"))
        .collect();
    assert_eq!(current.len(), 1);
    assert_eq!(
        current[0].attribute("href"),
        Some("?view=figures&quantity=nk-killed-or-wounded")
    );
    assert!(
        current[0].text_content().ends_with("(3)"),
        "{}",
        current[0].text_content()
    );

    let drawn = marks(&parts);
    assert_eq!(drawn.len(), 3);
    for mark in &drawn {
        let id = mark.attribute(DATA_CLAIM).expect("a claim id");
        assert_eq!(mark.attribute("href"), Some(&*claim_link(id)));
        let (claim, figure, appearance) =
            parse_figure_key(mark.attribute(DATA_FIGURE).unwrap()).expect("a key");
        assert_eq!(story.claims[claim].id, id);
        assert_eq!(
            figure_key((claim, figure, appearance)),
            mark.attribute(DATA_FIGURE).unwrap()
        );
        assert!(mark.has_class("figure-mark"));
        assert!(
            mark.attribute("class")
                .unwrap()
                .split(' ')
                .any(|c| c.starts_with("side-")),
            "a side's class"
        );
        let name = mark.attribute("aria-label").expect("a name");
        assert!(
            name.contains(&*story.claims[claim].figures[figure].phrase),
            "{name}"
        );
    }
    let stops: Vec<&&Element> = drawn
        .iter()
        .filter(|m| m.attribute("tabindex") == Some("0"))
        .collect();
    assert_eq!(stops.len(), 1, "one tab stop");
    assert_eq!(
        stops[0].attribute(DATA_CLAIM),
        Some(&*story.claims[zelenskyy].id),
        "the selected"
    );
    let current: Vec<&&Element> = drawn
        .iter()
        .filter(|m| m.attribute("aria-current") == Some("true"))
        .collect();
    assert_eq!(current.len(), 1);
    assert!(current[0].has_class("selected") && current[0].has_class("disputed"));
    let named = drawn
        .iter()
        .filter(|m| m.elements().any(|e| e.has_class("label")))
        .count();
    assert_eq!(named, 3, "room for every claimant's name");
    assert!(drawn
        .iter()
        .any(|m| m.text_content().contains("Volodymyr Zelenskyy")));

    let note = elements
        .iter()
        .find(|e| e.attribute("role") == Some("note"))
        .expect("a note");
    assert!(note.text_content().starts_with(
        "These figures cannot both be true: Volodymyr Zelenskyy · ABC News: more than 3,000"
    ));

    let table = elements
        .iter()
        .find(|e| e.attribute("id") == Some(FIGURES_TABLE))
        .expect("a table");
    let rows: Vec<&Element> = table
        .descendants()
        .into_iter()
        .filter(|e| e.tag == "tr" && e.elements().any(|c| c.tag == "td"))
        .collect();
    assert_eq!(rows.len(), 3);
    for row in rows {
        assert!(
            row.descendants()
                .iter()
                .any(|e| e.attribute(DATA_CLAIM).is_some()),
            "a link to its claim"
        );
    }
    assert_eq!(
        table.attribute(DATA_PAGE),
        Some(&*PAGE.to_string()),
        "paged by the page"
    );
}

#[test]
fn marks_are_in_time_order_so_the_arrows_step_through_them() {
    let story = crate::synthetic::story(600, 4);
    let matches = every(&story);
    let parts = view(&story, &matches, "troops", None);
    let keys: Vec<(usize, usize, usize)> = marks(&parts)
        .iter()
        .filter_map(|m| parse_figure_key(m.attribute(DATA_FIGURE)?))
        .collect();
    let placed = placement(&story, &matches, "troops");
    let order: Vec<(usize, usize, usize)> = placed.plotted.iter().map(|p| p.report()).collect();
    assert_eq!(keys, order);
    assert!(keys.len() > 10);
    let stops: Vec<&Element> = marks(&parts)
        .into_iter()
        .filter(|m| m.attribute("tabindex") == Some("0"))
        .collect();
    assert_eq!(stops.len(), 1, "one tab stop");
    assert_eq!(
        stops[0].attribute(DATA_FIGURE),
        Some(&*figure_key(keys[0])),
        "the first, with nothing selected"
    );
}

#[test]
fn every_qualifier_and_every_time_has_its_drawing() {
    let story = crate::synthetic::story(600, 4);
    let matches = every(&story);
    let mut classes: Vec<String> = Vec::new();
    let mut paths: Vec<String> = Vec::new();
    for quantity in story.quantities.iter() {
        let parts = view(&story, &matches, &quantity.id, None);
        for mark in marks(&parts) {
            classes.extend(
                mark.attribute("class")
                    .unwrap()
                    .split(' ')
                    .map(str::to_owned),
            );
            for part in mark.descendants() {
                paths.extend(part.attribute("class").map(str::to_owned));
            }
        }
    }
    for class in [
        "point",
        "range",
        "open-up",
        "open-down",
        "about",
        "convention",
        "over",
        "as-of",
        "inferred",
        "disputed",
    ] {
        assert!(classes.iter().any(|c| c == class), "{class}");
    }
    for part in [
        "open-end",
        "when",
        "band",
        "shape level",
        "shape open",
        "shape cap",
        "glyph",
        "hit",
    ] {
        assert!(paths.iter().any(|c| c == part), "{part}");
    }
}

#[test]
fn open_bounds_run_to_the_plots_edge_and_everything_fits_a_phone() {
    let story = crate::synthetic::story(600, 4);
    let matches = every(&story);
    for quantity in story.quantities.iter() {
        let parts = figures_view(
            &story,
            &FiguresReading {
                matches: &matches,
                quantity: Some(&quantity.id),
                selected: None,
                widths: &[300.0],
                quantity_href: &href,
            },
        );
        let svg = all(&parts)
            .into_iter()
            .find(|e| e.tag == "svg" && e.has_class("figures-chart"))
            .expect("a chart");
        assert_eq!(svg.attribute("width"), Some("300"));
        let number =
            |e: &Element, name: &str| e.attribute(name).and_then(|v| v.parse::<f64>().ok());
        for element in svg.descendants() {
            for name in ["x", "x1", "x2", "cx"] {
                if let Some(x) = number(element, name) {
                    assert!(
                        (-20.0..=300.0).contains(&x),
                        "{name}={x} in {:?}",
                        element.attribute("class")
                    );
                }
            }
            for name in ["y", "y1", "y2", "cy"] {
                if let Some(y) = number(element, name) {
                    assert!((0.0..=CHART_HEIGHT_PX).contains(&y), "{name}={y}");
                }
            }
            if element.tag == "text" {
                let x = number(element, "x").unwrap();
                let chars = element.text_content().chars().count() as f64;
                let (left, right) = match element.attribute("text-anchor") {
                    Some("end") => (x - chars * 6.5, x),
                    _ => (x, x + chars * 6.5),
                };
                assert!(left >= 0.0 && right <= 300.0, "{}", element.text_content());
            }
        }
        // An arrow of "more than" ends at the top of the plot, one of "up to" at its bottom.
        for mark in marks(&parts) {
            let arrow = mark
                .descendants()
                .into_iter()
                .find(|e| e.attribute("class") == Some("shape open"));
            let Some(arrow) = arrow else { continue };
            let d = arrow.attribute("d").unwrap();
            if mark.has_class("open-up") {
                assert!(d.contains("V12M"), "{d}");
            } else {
                assert!(d.contains(&format!("V{}M", CHART_HEIGHT_PX - 26.0)), "{d}");
            }
        }
    }
}

#[test]
fn filters_leave_only_their_figures_and_the_note_follows() {
    let story = bundled_story();
    // Only Ukraine's claimants: Zelenskyy's figure stands alone, nothing disagrees.
    let ukraine: Vec<usize> = every(&story)
        .into_iter()
        .filter(|&i| {
            story.claims[i]
                .sources()
                .iter()
                .any(|s| story.actor(s).is_some_and(|a| a.side == "ukraine"))
        })
        .collect();
    let parts = view(&story, &ukraine, "nk-killed-or-wounded", None);
    let drawn = marks(&parts);
    assert_eq!(drawn.len(), 2);
    for mark in drawn {
        let claim = story
            .claim_index(mark.attribute(DATA_CLAIM).unwrap())
            .unwrap();
        assert!(ukraine.contains(&claim));
    }
    assert!(!all(&parts)
        .iter()
        .any(|e| e.attribute("role") == Some("note")));

    let none = view(&story, &[], "nk-killed-or-wounded", None);
    let text: String = none.iter().map(Element::text_content).collect();
    assert!(
        text.contains("No figures of this quantity pass the filters"),
        "{text}"
    );
    assert!(all(&none)
        .iter()
        .any(|e| e.attribute(DATA_ACTION) == Some(&*Action::ClearFilters.key())));
    let counts: Vec<String> = all(&none)
        .iter()
        .filter(|e| e.attribute(DATA_QUANTITY).is_some())
        .map(|e| e.text_content())
        .collect();
    assert_eq!(counts.len(), story.quantities.len());
    assert!(counts.iter().all(|c| c.ends_with("(0)")), "{counts:?}");
}

#[test]
fn a_figure_with_no_date_is_listed_under_the_chart_and_in_the_table() {
    // Every figure of the bundled story has a time: one is taken away.
    let mut story = bundled_story();
    let undated = index(&story, "sso-killed-three-and-seized-documents");
    story.claims.to_mut()[undated].made = None;
    let parts = view(&story, &every(&story), "nk-killed", None);
    let unplaced = all(&parts)
        .into_iter()
        .find(|e| e.has_class("unplaced"))
        .expect("a list");
    let three = &story.claims[index(&story, "sso-killed-three-and-seized-documents")];
    assert!(unplaced
        .text_content()
        .contains("three North Korean soldiers"));
    assert!(unplaced
        .descendants()
        .iter()
        .any(|e| e.attribute(DATA_CLAIM) == Some(&*three.id)));
    assert_eq!(marks(&parts).len(), 3);
    let rows = all(&parts).into_iter().filter(|e| e.tag == "tr").count();
    assert_eq!(rows, 1 + 4, "a heading row and every figure");
}

#[test]
fn a_marks_name_gives_the_figure_as_written_its_claimant_outlet_and_date() {
    let story = bundled_story();
    let zelenskyy = index(&story, "zelenskyy-over-3000-killed-or-wounded");
    let parts = view(&story, &every(&story), "nk-killed-or-wounded", None);
    let mark = marks(&parts)
        .into_iter()
        .find(|m| m.attribute(DATA_CLAIM) == Some(&*story.claims[zelenskyy].id))
        .expect("Zelenskyy's mark");
    let name = mark.attribute("aria-label").unwrap_or_default();
    assert!(
        name.contains(
            "more than 3,000 (“exceeds 3,000 people”), Volodymyr Zelenskyy · ABC News, as of 23–30 Dec 2024"
        ),
        "{name}"
    );
}

#[test]
fn ten_thousand_claims_draw_every_figure_and_page_the_table() {
    let story = crate::synthetic::story(10_000, 2024);
    let matches = every(&story);
    let quantity = default_quantity(&story).expect("a quantity");
    let placed = placement(&story, &matches, quantity);
    assert!(placed.plotted.len() > 400, "{}", placed.plotted.len());
    let parts = figures_page(&story, quantity);
    assert!(!html(&parts).is_empty());
    let marks = marks(&parts);
    assert_eq!(
        marks.len(),
        2 * placed.plotted.len(),
        "a chart for each width"
    );
    assert!(marks.iter().all(|m| m.attribute(DATA_SHOWS).is_some()));
    let table = all(&parts)
        .into_iter()
        .find(|e| e.attribute("id") == Some(FIGURES_TABLE))
        .expect("a table");
    let rows: Vec<&Element> = table
        .descendants()
        .into_iter()
        .filter(|e| e.tag == "tr")
        .collect();
    assert_eq!(
        rows.len(),
        1 + placed.rows().count(),
        "every figure, for the page to page"
    );
    assert!(rows[1..].iter().all(|r| r.attribute(DATA_SHOWS).is_some()));
    let more = all(&parts)
        .into_iter()
        .find(|e| e.attribute(DATA_ACTION) == Some(&*Action::ShowMore.key()))
        .expect("Show more");
    assert!(
        more.attribute("hidden").is_some(),
        "the page shows it when rows are left"
    );
    let note = all(&parts)
        .into_iter()
        .find(|e| e.attribute("role") == Some("note"))
        .expect("a note");
    let sentences = note
        .elements()
        .filter(|p| p.attribute(DATA_SHOWS).is_some())
        .count();
    assert!(
        sentences > PAIRS_NAMED,
        "more pairs than the page names at once, for other filters"
    );
}
