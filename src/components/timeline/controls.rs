use super::TimelineView;
use claimline_core::timeline::{date_mode_title, lane_mode_title, left_off_note};
use claimline_core::timeline::{default_window, fit_all, DateMode, LaneMode};
use leptos::prelude::*;

/// How much one press of a zoom button zooms.
const ZOOM_STEP: f64 = 1.6;

/// Lanes and dates (each a step in history), zoom, fit all, and how many claims the
/// axis cannot place.
#[component]
pub fn Controls() -> impl IntoView {
    let timeline = TimelineView::get();
    let lanes = LaneMode::ALL
        .into_iter()
        .map(|mode| {
            let pressed = move || (timeline.settings().lanes == mode).to_string();
            view! {
                <button type="button" aria-pressed=pressed on:click=move |_| timeline.set(|s| s.lanes = mode)>
                    {lane_mode_title(mode)}
                </button>
            }
        })
        .collect_view();
    let dates = DateMode::ALL
        .into_iter()
        .map(|mode| {
            let pressed = move || (timeline.settings().dates == mode).to_string();
            view! {
                <button type="button" aria-pressed=pressed on:click=move |_| timeline.set(|s| s.dates = mode)>
                    {date_mode_title(mode)}
                </button>
            }
        })
        .collect_view();
    let zoom = move |factor: f64| {
        let window = untrack(|| timeline.window());
        timeline.move_to(window.zoom(factor, window.start + window.span() / 2.0));
    };
    let fit = move |_| {
        if let Some(window) = timeline
            .arranged
            .with_untracked(|a| fit_all(&a.marks.marks))
        {
            timeline.move_to(window);
        }
    };
    let dense = move |_| {
        if let Some(window) = timeline
            .arranged
            .with_untracked(|a| default_window(&a.marks.marks))
        {
            timeline.move_to(window);
        }
    };
    let left_off = move || {
        let count = timeline.arranged.with(|a| a.marks.left_off);
        let dates = timeline.settings().dates;
        (count > 0).then(|| view! { <p class="left-off">{left_off_note(dates, count)}</p> })
    };
    view! {
        <div class="timeline-controls">
            <div role="group" aria-label="Lanes">{lanes}</div>
            <div role="group" aria-label="Place claims by">{dates}</div>
            <div role="group" aria-label="Zoom">
                <button type="button" aria-label="Zoom in" on:click=move |_| zoom(ZOOM_STEP)>"+"</button>
                <button type="button" aria-label="Zoom out" on:click=move |_| zoom(1.0 / ZOOM_STEP)>"−"</button>
                <button type="button" on:click=dense>"Busiest"</button>
                <button type="button" on:click=fit>"Fit all"</button>
            </div>
        </div>
        {left_off}
    }
}
