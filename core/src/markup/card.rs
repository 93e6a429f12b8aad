//! One claim in the list: its statement as a link to it, attribution, dates, figures.

use super::facts::{chains, dates, figures};
use super::seam::{claim_row, Action, DATA_ACTION, DATA_CLAIM, LIST_HEADING, ROW};
use super::Element;
use crate::model::{Claim, Story};
use crate::url_state::claim_link;

/// A link that selects `claim` in place; the page handles every such link by its
/// `data-claim`.
pub fn claim_anchor(claim: &Claim) -> Element {
    Element::new("a")
        .set("href", claim_link(&claim.id))
        .set(DATA_CLAIM, claim.id.to_string())
        .text(claim.statement.to_string())
}

/// The list row for `claim`, unselected: the page marks the selected row in place.
pub fn card(story: &Story, claim: &Claim) -> Element {
    Element::new("li")
        .set("class", ROW)
        .set("id", claim_row(&claim.id))
        .child(
            Element::new("h3")
                .set("class", "statement")
                .child(claim_anchor(claim)),
        )
        .children(chains(story, claim))
        .child(dates(claim, false))
        .children(figures(story, claim))
}

/// The list's frame, built once: its heading, the notice for when nothing matches, the
/// list itself and the button for more rows. The notice and the button start hidden.
pub fn list_frame() -> Vec<Element> {
    vec![
        Element::new("h2")
            .set("id", LIST_HEADING)
            .set("class", "visually-hidden")
            .text("Claims"),
        Element::new("p")
            .set("class", "empty")
            .set("hidden", "")
            .text("No claim matches these filters. ")
            .child(
                Element::new("button")
                    .set("type", "button")
                    .set(DATA_ACTION, Action::ClearFilters.key())
                    .text("Clear all filters"),
            ),
        Element::new("ol").set("class", "claims"),
        more_button(),
    ]
}

/// The button for more rows of the list before it, hidden until the page has rows to
/// add and labels it ([`more_label`]).
pub fn more_button() -> Element {
    Element::new("button")
        .set("type", "button")
        .set("class", "more")
        .set(DATA_ACTION, Action::ShowMore.key())
        .set("hidden", "")
}

/// The label of the button for more rows, when `hidden` rows are not shown.
pub fn more_label(hidden: usize, page: usize) -> String {
    format!(
        "Show {} more ({} not shown)",
        hidden.min(page),
        crate::words::group_thousands(hidden as u64)
    )
}
