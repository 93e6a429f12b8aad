use super::{Pace, TimelineView, ZOOM_STEP};
use crate::browser::{action, element_by_id};
use crate::components::delegate::Delegate;
use crate::markup::redraw;
use claimline_core::markup::seam::{Action, DATA_ACTION, TIMELINE_CONTROLS};
use claimline_core::timeline::{controls, fit_all};
use leptos::prelude::*;

/// Lanes and dates (each a step in history), zoom, busiest, fit all, and how many
/// claims the axis cannot place: the core's markup, redrawn as the settings change.
#[component]
pub fn Controls() -> impl IntoView {
    let timeline = TimelineView::get();
    let on_click = move |event: &web_sys::Event| match action(event) {
        Some(Action::Lanes(mode)) => timeline.set(|s| s.lanes = mode),
        Some(Action::Dates(mode)) => timeline.set(|s| s.dates = mode),
        Some(Action::ZoomIn) => timeline.zoom_by(ZOOM_STEP, Pace::Once),
        Some(Action::ZoomOut) => timeline.zoom_by(1.0 / ZOOM_STEP, Pace::Once),
        Some(Action::Busiest) => {
            if let Some(window) = timeline.arranged.with_untracked(|a| a.dense) {
                timeline.step_to(window, Pace::Once);
            }
        }
        Some(Action::FitAll) => {
            let all = timeline
                .arranged
                .with_untracked(|a| fit_all(&a.marks.marks));
            if let Some(window) = all {
                timeline.step_to(window, Pace::Once);
            }
        }
        _ => {}
    };
    let delegate = Delegate::new();
    Effect::new(move |_| {
        let Some(holder) = element_by_id(TIMELINE_CONTROLS) else {
            return;
        };
        delegate.attach(&holder, &["click"], move |event| on_click(&event));
        let left_off = timeline.arranged.with(|a| a.marks.left_off);
        redraw(
            &holder,
            &controls(timeline.settings(), left_off),
            &[DATA_ACTION],
        );
    });
    view! { <div id=TIMELINE_CONTROLS class="timeline-head"></div> }
}
