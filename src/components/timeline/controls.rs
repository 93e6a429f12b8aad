use super::{TimelineView, ZOOM_STEP};
use claimline_core::timeline::{date_mode_title, lane_mode_title, left_off_note};
use claimline_core::timeline::{fit_all, DateMode, LaneMode};
use claimline_core::url_state::TimelineState;
use leptos::prelude::*;

/// Lanes and dates (each a step in history), zoom, fit all, and how many claims the
/// axis cannot place.
#[component]
pub fn Controls() -> impl IntoView {
    let timeline = TimelineView::get();
    let lanes = switches(
        timeline,
        LaneMode::ALL,
        lane_mode_title,
        |s| s.lanes,
        |s, mode| s.lanes = mode,
    );
    let dates = switches(
        timeline,
        DateMode::ALL,
        date_mode_title,
        |s| s.dates,
        |s, mode| s.dates = mode,
    );
    let fit = move |_| {
        if let Some(window) = timeline
            .arranged
            .with_untracked(|a| fit_all(&a.marks.marks))
        {
            timeline.move_to(window);
        }
    };
    let dense = move |_| {
        if let Some(window) = timeline.arranged.with_untracked(|a| a.dense) {
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
                <button type="button" aria-label="Zoom in" on:click=move |_| timeline.zoom_by(ZOOM_STEP)>"+"</button>
                <button type="button" aria-label="Zoom out" on:click=move |_| timeline.zoom_by(1.0 / ZOOM_STEP)>"−"</button>
                <button type="button" on:click=dense>"Busiest"</button>
                <button type="button" on:click=fit>"Fit all"</button>
            </div>
        </div>
        {left_off}
    }
}

/// One button per mode, the current one pressed; a press is a step in history.
fn switches<M: Copy + PartialEq + Send + Sync + 'static>(
    timeline: TimelineView,
    modes: [M; 2],
    title: fn(M) -> &'static str,
    current: fn(&TimelineState) -> M,
    choose: fn(&mut TimelineState, M),
) -> impl IntoView {
    modes
        .into_iter()
        .map(|mode| {
            let pressed = move || (current(&timeline.settings()) == mode).to_string();
            view! {
                <button type="button" aria-pressed=pressed on:click=move |_| timeline.set(|s| choose(s, mode))>
                    {title(mode)}
                </button>
            }
        })
        .collect_view()
}
