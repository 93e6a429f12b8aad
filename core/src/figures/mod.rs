//! The Figures view, pure: every outlet's report of a figure of one quantity on one
//! time axis (a figure two outlets give is two reports), with its qualifier, its
//! period, its claimant and its outlet; the reports that cannot all be true, and the
//! sources outlets give different numbers, named in sentences. `claimline site` draws each quantity's view once
//! ([`figures_page`]); the page fetches the one shown ([`file_for`]), only shows, hides
//! and marks its parts (`markup::published`), and moves between its marks with the
//! arrow keys ([`step_among`]).
//!
//! - **Time** runs across on the timeline's scale (`timeline::Scale`, fitted to the
//!   figures as the timeline's "Fit all" is). A figure over a period ("in just three
//!   days", "since October") spans it; one without is as of its claim's date (the time
//!   it is about, else when the outlet says it was made) and stands at it. A period left open is drawn
//!   to the claim's last day with an arrow there, as the timeline draws it; an as-of
//!   date known only to a month or a span gets a thin line over it, never a point.
//!   Inferred dates carry the timeline's `inferred` class. A figure whose claim gives
//!   no date at all is listed under the chart in words.
//! - **Value** rises on a log10 scale from the power of ten at or below the smallest
//!   bound drawn to the one at or above the largest (at least one decade), so "about
//!   100", "three" and "more than 3,000" all stand clear of the floor and of each other;
//!   gridlines at 1, 2 and 5 of each decade over up to three decades, at powers of ten
//!   beyond, labelled in full ("5,000"). A bound the words leave open is never given a
//!   value: "more than N" is an arrow from N to the top edge, "up to N" and "nearly N"
//!   a cap at N with an arrow to the bottom edge.
//! - **Shapes** ([`ValueShape`]): an exact figure is a point; "between" a bar between
//!   the source's bounds; "about N" a point with a lighter band of ±10% (Claimline's, as
//!   docs/DATA.md says, not the source's); a vague amount ("several hundred") a dashed
//!   box between the bounds docs/DATA.md gives such words by convention.
//! - **Sides** are told apart by a class (`side-N`, N the side's place in the story,
//!   modulo six, as in the Compare view) and by a glyph's shape (eight of them); each
//!   mark names its claimant and outlet beside it where there is room, without
//!   overprinting another name (the table names them all).
//! - **Disagreements**: see [`disagree`].

mod chart;
mod control;
pub mod disagree;
mod labels;
mod legend;
mod mark;
pub mod navigate;
mod plotted;
mod published;
mod quantities;
mod report;
mod shape;
mod sides;
mod table;
mod value_scale;
mod view;
mod wording;

#[cfg(test)]
mod outlet_tests;
#[cfg(test)]
mod tests;

pub use mark::{figure_key, parse_figure_key};
pub use navigate::{step_among, Spot};
pub use published::{figures_page, file_for};
pub use quantities::default_quantity;
