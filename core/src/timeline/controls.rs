//! The timeline's controls and tooltip as markup. The controls' buttons carry their
//! `seam::Action` in `data-action`, for the page to handle them all in one place.

use super::marks::Mark;
use super::wording::{claimants, date_mode_title, lane_mode_title, left_off_note, mark_when};
use crate::markup::seam::{Action, DATA_ACTION};
use crate::markup::Element;
use crate::model::{Claim, Story};
use crate::view::TimelineState;
use crate::view::{DateMode, LaneMode};
use crate::words::figure_line;

fn button(action: Action, label: &str) -> Element {
    Element::new("button")
        .set("type", "button")
        .set(DATA_ACTION, action.key())
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
        let lanes: Vec<String> = parts[0]
            .descendants()
            .into_iter()
            .filter(|e| e.attribute("aria-label") == Some("Lanes"))
            .flat_map(|group| {
                group
                    .elements()
                    .map(Element::text_content)
                    .collect::<Vec<_>>()
            })
            .collect();
        assert_eq!(lanes, ["By claimant", "By side", "By outlet"]);
        let parts = controls(settings, 2);
        assert!(parts[1].text_content().starts_with("2 claims"));
    }
}
