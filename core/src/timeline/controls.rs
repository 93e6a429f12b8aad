//! The timeline's controls and tooltip as markup. The controls' buttons carry their
//! `Action` in `data-action`, for the page to handle them all in one place.

use super::marks::Mark;
use super::wording::{claimants, date_mode_title, lane_mode_title, left_off_note, mark_when};
use crate::markup::Element;
use crate::model::{Claim, Story};
use crate::view::TimelineState;
use crate::view::{DateMode, LaneMode};
use crate::words::figure_line;

/// What a control does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    Lanes(LaneMode),
    Dates(DateMode),
    ZoomIn,
    ZoomOut,
    /// Back to where the claims are dense.
    Busiest,
    FitAll,
}

impl Action {
    /// The action as `data-action` holds it.
    pub fn key(self) -> String {
        match self {
            Action::Lanes(mode) => format!("lanes-{}", mode.key()),
            Action::Dates(mode) => format!("dates-{}", mode.key()),
            Action::ZoomIn => "zoom-in".into(),
            Action::ZoomOut => "zoom-out".into(),
            Action::Busiest => "busiest".into(),
            Action::FitAll => "fit-all".into(),
        }
    }

    /// Reads `data-action` back; `None` for anything else.
    pub fn from_key(key: &str) -> Option<Action> {
        let action = match key.split_once('-') {
            Some(("lanes", mode)) => Action::Lanes(LaneMode::from_key(mode)?),
            Some(("dates", mode)) => Action::Dates(DateMode::from_key(mode)?),
            _ => match key {
                "zoom-in" => Action::ZoomIn,
                "zoom-out" => Action::ZoomOut,
                "busiest" => Action::Busiest,
                "fit-all" => Action::FitAll,
                _ => return None,
            },
        };
        Some(action)
    }
}

fn button(action: Action, label: &str) -> Element {
    Element::new("button")
        .set("type", "button")
        .set("data-action", action.key())
        .text(label)
}

fn group(label: &str, buttons: impl IntoIterator<Item = Element>) -> Element {
    Element::new("div")
        .set("role", "group")
        .set("aria-label", label)
        .children(buttons)
}

/// A pair of switches, the current one pressed.
fn switch(action: Action, label: &str, on: bool) -> Element {
    button(action, label).set("aria-pressed", if on { "true" } else { "false" })
}

/// Lanes and dates, zoom, busiest and fit all; then, when some filtered claims cannot be
/// placed, how many.
pub fn controls(settings: TimelineState, left_off: usize) -> Vec<Element> {
    let lanes = LaneMode::ALL.map(|mode| {
        switch(
            Action::Lanes(mode),
            lane_mode_title(mode),
            settings.lanes == mode,
        )
    });
    let dates = DateMode::ALL.map(|mode| {
        switch(
            Action::Dates(mode),
            date_mode_title(mode),
            settings.dates == mode,
        )
    });
    let zoom = [
        button(Action::ZoomIn, "+").set("aria-label", "Zoom in"),
        button(Action::ZoomOut, "−").set("aria-label", "Zoom out"),
        button(Action::Busiest, "Busiest"),
        button(Action::FitAll, "Fit all"),
    ];
    let mut parts = vec![Element::new("div")
        .set("class", "timeline-controls")
        .child(group("Lanes", lanes))
        .child(group("Place claims by", dates))
        .child(group("Zoom", zoom))];
    if left_off > 0 {
        parts.push(
            Element::new("p")
                .set("class", "left-off")
                .text(left_off_note(settings.dates, left_off)),
        );
    }
    parts
}

/// The statement, who claims it and when. The page places it (the policy allows no
/// inline style attributes).
pub fn tooltip(story: &Story, claim: &Claim, mark: &Mark, dates: DateMode) -> Element {
    Element::new("div")
        .set("class", "tooltip")
        .set("aria-hidden", "true")
        .child(
            Element::new("p")
                .set("class", "tooltip-statement")
                .text(&*claim.statement),
        )
        .children(claim.figures.iter().map(|figure| {
            Element::new("p")
                .set("class", "tooltip-figure")
                .text(figure_line(story, figure))
        }))
        .child(Element::new("p").text(claimants(story, claim)))
        .child(Element::new("p").text(mark_when(claim, mark, dates)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_action_reads_back_from_its_key() {
        let all = [
            Action::Lanes(LaneMode::Claimant),
            Action::Lanes(LaneMode::Side),
            Action::Dates(DateMode::Made),
            Action::Dates(DateMode::About),
            Action::ZoomIn,
            Action::ZoomOut,
            Action::Busiest,
            Action::FitAll,
        ];
        for action in all {
            assert_eq!(Action::from_key(&action.key()), Some(action));
        }
        for junk in ["", "lanes", "lanes-", "dates-never", "zoom", "fit"] {
            assert_eq!(Action::from_key(junk), None, "{junk}");
        }
    }

    #[test]
    fn the_current_modes_are_pressed_and_the_left_off_note_only_when_needed() {
        let settings = TimelineState {
            lanes: LaneMode::Side,
            dates: DateMode::About,
            window: None,
        };
        let parts = controls(settings, 0);
        assert_eq!(parts.len(), 1);
        let pressed: Vec<String> = parts[0]
            .descendants()
            .into_iter()
            .filter(|e| e.attribute("aria-pressed") == Some("true"))
            .map(Element::text_content)
            .collect();
        assert_eq!(pressed, ["By side", "Time it is about"]);
        let parts = controls(settings, 2);
        assert!(parts[1].text_content().starts_with("2 claims"));
    }
}
