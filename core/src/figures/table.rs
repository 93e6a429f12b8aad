//! Every figure of the quantity as a table row, for screen readers and copying: the
//! figure as written, its qualifier, period, claimant, attribution, articles and the
//! claim's date, and a link that selects the claim. Paged like the claims list.

use super::wording::{figure_words, qualifier_words, time_words};
use crate::explore::paging::PAGE;
use crate::markup::card::claim_anchor;
use crate::markup::facts::chains;
use crate::markup::seam::{DATA_PAGE, DATA_SHOWS, FIGURES_TABLE};
use crate::markup::Element;
use crate::model::Story;
use crate::timeline::claimants;
use crate::words::{article_name, group_thousands};

const COLUMNS: [&str; 8] = [
    "Figure",
    "Qualifier",
    "Period",
    "Claimant",
    "Attribution",
    "Articles",
    "Made",
    "Claim",
];

/// The table of `rows` (`(claim, figure)`, in the order to list them), every one of
/// them: the page shows a page at a time (`DATA_PAGE`).
pub fn table(story: &Story, rows: &[(usize, usize)], selected: Option<usize>) -> Element {
    let head = Element::new("tr").children(
        COLUMNS
            .iter()
            .map(|name| Element::new("th").set("scope", "col").text(*name)),
    );
    let body = rows
        .iter()
        .filter_map(|&(claim, figure)| row(story, claim, figure, selected));
    let count = match rows.len() {
        1 => "1 figure".to_owned(),
        n => format!("{} figures", group_thousands(n as u64)),
    };
    Element::new("table")
        .set("id", FIGURES_TABLE)
        .set("class", "figures-table")
        .set(DATA_PAGE, PAGE.to_string())
        .child(Element::new("caption").text(format!(
            "{count}: in time order, then those not placed in time"
        )))
        .child(Element::new("thead").child(head))
        .child(Element::new("tbody").children(body))
}

fn row(story: &Story, index: usize, position: usize, selected: Option<usize>) -> Option<Element> {
    let claim = story.claims.get(index)?;
    let figure = claim.figures.get(position)?;
    let cell = |text: String| Element::new("td").text(text);
    let period = time_words(claim, figure).unwrap_or_else(|| "no date given".to_owned());
    let inferred = match &figure.period {
        Some(period) => period.is_inferred(),
        None => super::wording::as_of(claim).is_some_and(|w| w.is_inferred()),
    };
    let period_cell = match inferred {
        true => Element::new("td").text(format!("{period} ")).child(
            Element::new("span")
                .set("class", "inferred")
                .text("inferred"),
        ),
        false => cell(period),
    };
    let articles = claim
        .appearances
        .iter()
        .map(|a| article_name(story, &a.article))
        .collect::<Vec<_>>()
        .join("; ");
    let made = claim
        .made
        .as_ref()
        .map_or("not given".to_owned(), ToString::to_string);
    let tr = Element::new("tr")
        .child(
            Element::new("th")
                .set("scope", "row")
                .text(figure_words(figure)),
        )
        .child(cell(qualifier_words(figure)))
        .child(period_cell)
        .child(cell(claimants(story, claim)))
        .child(Element::new("td").children(chains(story, claim)))
        .child(cell(articles))
        .child(cell(made))
        .child(Element::new("td").child(claim_anchor(claim)));
    let tr = tr.set(DATA_SHOWS, index.to_string());
    Some(match selected == Some(index) {
        true => tr.set("aria-current", "true"),
        false => tr,
    })
}
