//! The views the page offers, and the timeline's own settings.

use crate::model::Date;

/// The views over one shared state (filters and selection); `key` is the `view=` value.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum View {
    #[default]
    Claims,
    Timeline,
    Compare,
    Figures,
}

impl View {
    pub const ALL: [View; 4] = [View::Claims, View::Timeline, View::Compare, View::Figures];

    pub fn key(self) -> &'static str {
        match self {
            View::Claims => "claims",
            View::Timeline => "timeline",
            View::Compare => "compare",
            View::Figures => "figures",
        }
    }

    pub fn from_key(key: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.key() == key)
    }
}

/// How the timeline groups claims into lanes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum LaneMode {
    #[default]
    Claimant,
    Side,
    /// A lane per article: each outlet's report of a claim, at the date it gives.
    Outlet,
}

/// Which of a claim's dates places it on the timeline.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum DateMode {
    /// When the claim was made.
    #[default]
    Made,
    /// The time the claim is about.
    About,
}

impl LaneMode {
    pub const ALL: [LaneMode; 3] = [LaneMode::Claimant, LaneMode::Side, LaneMode::Outlet];

    /// The `lanes=` value.
    pub fn key(self) -> &'static str {
        match self {
            LaneMode::Claimant => "claimant",
            LaneMode::Side => "side",
            LaneMode::Outlet => "outlet",
        }
    }

    pub fn from_key(key: &str) -> Option<LaneMode> {
        LaneMode::ALL.into_iter().find(|m| m.key() == key)
    }
}

impl DateMode {
    pub const ALL: [DateMode; 2] = [DateMode::Made, DateMode::About];

    /// The `dates=` value.
    pub fn key(self) -> &'static str {
        match self {
            DateMode::Made => "made",
            DateMode::About => "about",
        }
    }

    pub fn from_key(key: &str) -> Option<DateMode> {
        DateMode::ALL.into_iter().find(|m| m.key() == key)
    }
}

/// The days a timeline shows, first and last included (`from=` and `to=`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DayRange {
    pub from: Date,
    pub to: Date,
}

/// What a shared timeline link restores besides filters and selection. No window means
/// the default one: where the claims are dense.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TimelineState {
    pub lanes: LaneMode,
    pub dates: DateMode,
    pub window: Option<DayRange>,
}
