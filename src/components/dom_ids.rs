//! Element ids more than one component refers to, each written once.

/// The claim detail panel.
pub const DETAIL: &str = "detail";
/// The detail's heading, where focus goes after a selection.
pub const DETAIL_HEADING: &str = "detail-heading";

/// A claim's row in the list.
pub fn claim_row(claim: &str) -> String {
    format!("claim-{claim}")
}
