//! Words for the timeline: its switches, and each claim's place on the axis, for the
//! tooltip and for screen readers.

use super::marks::{date_of, Mark, Shape};
use super::scale::Window;
use crate::model::{Claim, Date, Story, When};
use crate::view::{DateMode, LaneMode};
use crate::words::actor_names;
use std::borrow::Cow;

/// A lane mode's button.
pub fn lane_mode_title(mode: LaneMode) -> &'static str {
    match mode {
        LaneMode::Claimant => "By claimant",
        LaneMode::Side => "By side",
        LaneMode::Outlet => "By outlet",
    }
}

/// A date mode's button.
pub fn date_mode_title(mode: DateMode) -> &'static str {
    match mode {
        DateMode::Made => "When made",
        DateMode::About => "Time it is about",
    }
}

/// Why some filtered claims are not on the axis.
pub fn left_off_note(mode: DateMode, count: usize) -> String {
    match (mode, count) {
        (DateMode::About, 1) => "1 claim gives no time it is about: not on the axis.".to_owned(),
        (DateMode::About, n) => format!("{n} claims give no time they are about: not on the axis."),
        (DateMode::Made, 1) => "1 claim has no date to place it by: not on the axis.".to_owned(),
        (DateMode::Made, n) => {
            format!("{n} claims have no date to place them by: not on the axis.")
        }
    }
}

/// Who makes a claim: "Volodymyr Zelenskyy", "US intelligence and South Korean intelligence".
pub fn claimants(story: &Story, claim: &Claim) -> String {
    actor_names(story, claim.sources())
}

/// The date a mark was placed by: by outlet, the date an article gives of its own when
/// the mark starts on it; else the claim's.
fn placed_by<'a>(claim: &'a Claim, mark: &Mark, mode: DateMode) -> Option<Cow<'a, When>> {
    let mut own = claim.appearances.iter().filter_map(|a| a.made.as_ref());
    match own.find(|when| {
        mode == DateMode::Made
            && when.start.day_number() == mark.start
            && when.last_day(|| when.start).day_number() + 1 == mark.end
    }) {
        Some(when) => Some(Cow::Borrowed(when)),
        None => date_of(claim, mode),
    }
}

/// When a mark places its claim, honestly: "Made 22 Dec 2024 (inferred: …)", "Made: no
/// date in the text; no later than 23 Dec 2024, when article B was published".
pub fn mark_when(claim: &Claim, mark: &Mark, mode: DateMode) -> String {
    let term = match mode {
        DateMode::Made => "Made",
        DateMode::About => "About",
    };
    match (mark.shape, placed_by(claim, mark, mode)) {
        (Shape::NoLaterThan, _) | (_, None) => {
            let last = mark.last_day();
            let inferred = if mark.inferred {
                " (itself inferred)"
            } else {
                ""
            };
            format!(
                "{term}: no date in the text; no later than {last}, when the last article carrying it was published{inferred}"
            )
        }
        (_, Some(when)) => match &when.inferred {
            Some(why) => format!("{term} {when} (inferred: {why})"),
            None => format!("{term} {when}"),
        },
    }
}

/// A mark's accessible name: date, claimant, then what its label shows (the `figures`
/// it leads with, if any) and the whole statement.
pub fn mark_description(
    story: &Story,
    claim: &Claim,
    mark: &Mark,
    mode: DateMode,
    figures: Option<&str>,
) -> String {
    let when = match mark.shape {
        Shape::NoLaterThan => format!("undated, no later than {}", mark.last_day()),
        Shape::Point | Shape::Range | Shape::Since => placed_by(claim, mark, mode)
            .map(|when| when.to_string())
            .unwrap_or_default(),
    };
    let inferred = if mark.inferred && mark.shape != Shape::NoLaterThan {
        ", inferred"
    } else {
        ""
    };
    let figures = figures.map_or(String::new(), |f| format!("{f} "));
    format!(
        "{when}{inferred}. {}: {figures}{}",
        claimants(story, claim),
        claim.statement
    )
}

/// Whole days, `end` exclusive: "23 Dec 2024", or "22 Dec 2024 to 24 Dec 2024".
pub fn days_words(start: i32, end: i32) -> String {
    let (first, last) = (Date::from_day_number(start), Date::from_day_number(end - 1));
    match first >= last {
        true => first.to_string(),
        false => format!("{first} to {last}"),
    }
}

/// The days a window shows: "1 Aug 2024 to 31 Dec 2024".
pub fn window_words(window: Window) -> String {
    let range = window.range();
    format!("{} to {}", range.from, range.to)
}
