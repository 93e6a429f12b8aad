//! Element ids that the markup writes and the page looks up, each written once.

/// The claim detail panel.
pub const DETAIL: &str = "detail";
/// The detail's heading, where focus goes after a selection.
pub const DETAIL_HEADING: &str = "detail-heading";
/// The claim list's heading, which names its section.
pub const LIST_HEADING: &str = "list-heading";
/// The input showing the link to copy by hand when the clipboard is refused.
pub const LINK_FALLBACK: &str = "link-fallback";

/// A claim's row in the Compare view: in the table of claims both articles carry, or
/// in the list of those only one does.
pub fn compared_claim(claim: &str) -> String {
    format!("compare-{claim}")
}

/// A claim's row in the list.
pub fn claim_row(claim: &str) -> String {
    format!("claim-{claim}")
}
