//! Every outlet's report of a figure of the quantity as a table row, for screen readers
//! and copying: the figure as written, its qualifier, period, the claimant and outlet
//! that report gives, its attribution, the date that outlet gives the claim, and a
//! link that selects the claim. Paged like the claims list.

use super::plotted::Report;
use super::report::given;
use super::wording::{figure_words, qualifier_words};
use crate::explore::paging::PAGE;
use crate::markup::card::claim_anchor;
use crate::markup::facts::chain;
use crate::markup::seam::{DATA_PAGE, DATA_REPORTED_IN, DATA_SHOWS, FIGURES_TABLE};
use crate::markup::Element;
use crate::model::Story;
use crate::words::{article_name, group_thousands};

const COLUMNS: [&str; 8] = [
    "Figure",
    "Qualifier",
    "Period",
    "Claimant",
    "Outlet",
    "Attribution",
    "Made",
    "Claim",
];

/// The table of `rows` (reports, in the order to list them), every one of them: the
/// page shows a page at a time (`DATA_PAGE`).
pub fn table(story: &Story, rows: &[Report], selected: Option<usize>) -> Element {
    let head = Element::new("tr").children(
        COLUMNS
            .iter()
            .map(|name| Element::new("th").set("scope", "col").text(*name)),
    );
    let body = rows
        .iter()
        .filter_map(|&report| row(story, report, selected));
    let count = match rows.len() {
        1 => "1 figure as an outlet reports it".to_owned(),
        n => format!(
            "{} figures as each outlet reports them",
            group_thousands(n as u64)
        ),
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

fn row(story: &Story, report: Report, selected: Option<usize>) -> Option<Element> {
    let index = report.0;
    let given = given(story, report)?;
    let (claim, figure, appearance) = (given.claim, given.figure, given.appearance);
    let cell = |text: String| Element::new("td").text(text);
    let period = given
        .time_words()
        .unwrap_or_else(|| "no date given".to_owned());
    let period_cell = match given.inferred() {
        true => Element::new("td").text(format!("{period} ")).child(
            Element::new("span")
                .set("class", "inferred")
                .text("inferred"),
        ),
        false => cell(period),
    };
    let article = article_name(story, &appearance.article);
    let made = appearance
        .made(claim)
        .map_or("not given".to_owned(), ToString::to_string);
    let tr = Element::new("tr")
        .child(
            Element::new("th")
                .set("scope", "row")
                .text(figure_words(figure)),
        )
        .child(cell(qualifier_words(figure)))
        .child(period_cell)
        .child(cell(given.claimant(story)))
        .child(cell(article.clone()))
        .child(Element::new("td").child(chain(story, &appearance.chain, article)))
        .child(cell(made))
        .child(Element::new("td").child(claim_anchor(claim)));
    let tr = tr
        .set(DATA_SHOWS, index.to_string())
        .set(DATA_REPORTED_IN, appearance.article.to_string());
    Some(match selected == Some(index) {
        true => tr.set("aria-current", "true"),
        false => tr,
    })
}
