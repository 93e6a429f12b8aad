//! The timeline's layout, as pure functions a view draws: the time scale and its ticks
//! (shared with any view plotting against time), claims as marks, lanes by claimant,
//! side or outlet, rows and clusters for one window, and keyboard steps.
//!
//! A view chains them, each step cheap to redo when its inputs change:
//! filtered claims → [`lane_marks`] (per date and lane mode) → [`LaneIndex::lanes`] (per lane mode)
//! → [`layout`] (per window and width) → draw; [`ticks`] per window and width.

mod controls;
mod day_range;
mod framing;
mod lanes;
mod layout;
mod marks;
mod navigate;
mod publications;
mod scale;
mod scene;
mod ticks;
mod wording;

#[cfg(test)]
mod tests;

pub use crate::view::{DateMode, LaneMode};
pub use controls::{controls, tooltip};
pub use framing::{around, default_window, extent, fit_all, keep_near};
pub use lanes::{Lane, LaneIndex};
pub use layout::{layout, Beyond, Cluster, LaneLayout, Layout, LayoutOptions, Placed};
pub use marks::{date_of, lane_marks, marks, Mark, Marks, Shape};
// For the figures view, which places a figure's time as the timeline places a claim's.
pub(crate) use layout::truncate;
pub(crate) use marks::{dated_mark, last_day as span_last_day, publications};
pub use navigate::{end_of_time, focus_of, step, step_for_key, Focus, Step};
pub use scale::{first_day, last_day, Scale, Window, MAX_SPAN_DAYS, MAX_WIDTH_PX, MIN_SPAN_DAYS};
pub use scene::{
    mark_key, near_viewport, parse_cluster_days, parse_mark_key, scene, Scene, SceneInput, AXIS_PX,
};
pub use ticks::{ticks, Tick, DEFAULT_MIN_GAP_PX};
pub use wording::{
    claimants, date_mode_title, days_words, lane_mode_title, left_off_note, mark_description,
    mark_when, window_words,
};
