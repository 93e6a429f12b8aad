//! One claim in the list: its statement as a link to it, attribution, dates, figures.

use super::facts::{chains, dates, figures};
use super::ids::claim_row;
use super::Element;
use crate::model::{Claim, Story};
use crate::url_state::claim_link;

/// A link that selects `claim` in place; the page handles every such link by its
/// `data-claim`.
pub fn claim_anchor(claim: &Claim) -> Element {
    Element::new("a")
        .set("href", claim_link(&claim.id))
        .set("data-claim", claim.id.to_string())
        .text(claim.statement.to_string())
}

/// The list row for `claim`, unselected: the page marks the selected row in place.
pub fn card(story: &Story, claim: &Claim) -> Element {
    Element::new("li")
        .set("class", "claim")
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
