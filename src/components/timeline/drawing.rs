use super::gestures::Gestures;
use super::tooltip::{Hover, Tooltip};
use super::{Extent, Pace, TimelineView, REVEAL_MARGIN, ZOOM_STEP};
use crate::browser::{element_by_id, reveal, target_element};
use crate::components::delegate::Delegate;
use crate::components::scheduled::Scheduled;
use crate::markup::{focus_by_key, redraw};
use claimline_core::markup::seam::{
    CLUSTER, DATA_DAYS, DATA_EDGE, DATA_MARK, EDGE, MARK, SELECTED_MARK, TIMELINE_AXIS,
    TIMELINE_CLAIM, TIMELINE_FRAME, TIMELINE_LANES,
};
use claimline_core::timeline::window_words;
use claimline_core::timeline::{
    around, end_of_time, layout, mark_key, near_viewport, parse_cluster_days, parse_mark_key,
    scene, step, step_for_key, Focus, LayoutOptions, SceneInput, Step,
};
use claimline_core::words::coordinate;
use leptos::ev::{KeyboardEvent, MouseEvent, PointerEvent, WheelEvent};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// How much of the window an arrow key on the frame pans.
const PAN_SHARE: f64 = 0.2;

/// The frame (which takes focus to pan and zoom), its edge buttons, the SVG and the
/// tooltip. The SVG's content is drawn from the core's scene; events are handled here
/// once for every mark, by the `data-mark` and `data-days` the scene puts on them.
#[component]
pub fn Drawing() -> impl IntoView {
    let timeline = TimelineView::get();
    let view = timeline.view;
    let hover = RwSignal::new(None::<Hover>);
    let gestures = Gestures::new(timeline);

    // The drawing is as wide as its frame, and drawn near the viewport, now and
    // whenever the page is resized or scrolled.
    let measure = move || {
        let Some(frame) = element_by_id(TIMELINE_FRAME) else {
            return;
        };
        let viewport = window().inner_height().ok().and_then(|h| h.as_f64());
        let extent = Extent {
            width: f64::from(frame.client_width()),
            near: viewport.map(|h| near_viewport(frame.get_bounding_client_rect().top(), h)),
        };
        if timeline.extent.get_untracked() != extent {
            timeline.extent.set(extent);
        }
    };

    // A newly selected claim's mark is scrolled into view once drawn (the page moves
    // only if it is off screen).
    let (revealed, reveal_later) = (StoredValue::new(None::<usize>), Scheduled::new());
    // Lays out and redraws whenever the claims, the window, the width, the selection or
    // the tab stop change.
    Effect::new(move |_| {
        let Extent { width, near } = timeline.extent.get();
        let Some(svg) = element_by_id(TIMELINE_LANES) else {
            return;
        };
        if width <= 0.0 {
            // Not measured yet: a drawing now would be thrown away at once.
            return;
        }
        let selected = view.selected_index();
        let tab_stop = timeline.roving.get();
        let dates = timeline.settings().dates;
        let scale = timeline.scale();
        let drawn = timeline.arranged.with(|arranged| {
            // The selected claim, and the one keyboard focus is on, are drawn on their own.
            let focused = tab_stop
                .and_then(|f| arranged.marks.marks.get(f.mark))
                .map(|m| m.claim);
            let keep: Vec<usize> = selected.into_iter().chain(focused).collect();
            let layout = layout(
                view.story,
                &arranged.marks.marks,
                &arranged.lanes,
                &scale,
                &LayoutOptions::default(),
                &keep,
            );
            scene(&SceneInput {
                story: view.story,
                marks: &arranged.marks.marks,
                lanes: &arranged.lanes,
                layout: &layout,
                scale: &scale,
                dates,
                selected,
                tab_stop,
                near,
            })
        });
        let width = coordinate(scale.width);
        let _ = svg.set_attribute("width", &width);
        let _ = svg.set_attribute("height", &coordinate(drawn.height));
        if let Some(head) = element_by_id(TIMELINE_AXIS) {
            let _ = head.set_attribute("width", &width);
            let _ = head.set_attribute("height", &coordinate(drawn.head_height));
            redraw(&head, &drawn.head, &[DATA_EDGE]);
        }
        if let Some(frame) = element_by_id(TIMELINE_FRAME) {
            let described = format!(
                "Timeline, {}. Drag, or use the arrow keys, to move in time; + and − zoom; Tab reaches the claims.",
                window_words(scale.window)
            );
            let _ = frame.set_attribute("aria-label", &described);
        }
        redraw(&svg, &drawn.elements, &[DATA_MARK, DATA_DAYS]);
        if selected.is_some() && revealed.get_value() != selected {
            revealed.set_value(selected);
            reveal_later.next_frame(move || {
                if let Ok(Some(mark)) = svg.query_selector(SELECTED_MARK) {
                    reveal(&mark);
                }
            });
        }
    });

    let on_click = move |event: &MouseEvent| {
        let Some(target) = target_element(event) else {
            return;
        };
        // A mark, or a context period's bar: each links to a claim.
        if let Some(mark) = target.closest(TIMELINE_CLAIM).ok().flatten() {
            if gestures.was_drag() {
                // The press panned the timeline: it selects nothing.
                event.prevent_default();
            } else {
                if let Some(focus) = mark
                    .get_attribute(DATA_MARK)
                    .and_then(|k| parse_mark_key(&k))
                {
                    timeline.roving.set(Some(focus));
                }
                view.follow_claim_link(event);
            }
        } else if let Some(cluster) = target.closest(CLUSTER).ok().flatten() {
            if !gestures.was_drag() {
                zoom_to_cluster(timeline, &cluster);
            }
        } else if let Some(edge) = target.closest(EDGE).ok().flatten() {
            go_to_edge(timeline, &edge);
        }
    };

    let on_key = move |event: &KeyboardEvent| {
        let Some(target) = target_element(event) else {
            return;
        };
        let key = event.key();
        let pace = Pace::of(event);
        if let Some(focus) = target
            .get_attribute(DATA_MARK)
            .and_then(|k| parse_mark_key(&k))
        {
            if let Some(step_to) = step_for_key(&key) {
                event.prevent_default();
                move_focus(timeline, focus, step_to, pace);
            }
            return;
        }
        if target.has_attribute(DATA_DAYS) || target.has_attribute(DATA_EDGE) {
            if matches!(key.as_str(), "Enter" | " ") {
                event.prevent_default();
                zoom_to_cluster(timeline, &target);
                go_to_edge(timeline, &target);
            }
            return;
        }
        let on_frame = element_by_id(TIMELINE_FRAME).is_some_and(|frame| frame == target);
        if !on_frame {
            return;
        }
        let window = untrack(|| timeline.window());
        match key.as_str() {
            "ArrowLeft" => timeline.step_to(window.pan(-window.span() * PAN_SHARE), pace),
            "ArrowRight" => timeline.step_to(window.pan(window.span() * PAN_SHARE), pace),
            "+" | "=" => timeline.zoom_by(ZOOM_STEP, pace),
            "-" | "_" => timeline.zoom_by(1.0 / ZOOM_STEP, pace),
            "Home" | "End" => {
                let latest = key == "End";
                let end = timeline
                    .arranged
                    .with_untracked(|a| end_of_time(&a.lanes, &a.marks.marks, latest));
                if let Some(end) = end {
                    focus_mark(timeline, end, pace);
                }
            }
            _ => return,
        }
        event.prevent_default();
    };

    // The tooltip follows the mark under the pointer or with keyboard focus.
    let show = move |target: Option<web_sys::Element>| {
        let mark = target.and_then(|t| t.closest(MARK).ok().flatten());
        let found = mark.and_then(|mark| {
            let focus = parse_mark_key(&mark.get_attribute(DATA_MARK)?)?;
            let claim = timeline
                .arranged
                .with_untracked(|a| a.marks.marks.get(focus.mark).map(|m| m.claim))?;
            let frame = element_by_id(TIMELINE_FRAME)?;
            let (outer, inner) = (
                frame.get_bounding_client_rect(),
                mark.get_bounding_client_rect(),
            );
            Some(Hover {
                claim,
                mark: focus.mark,
                x: inner.left() - outer.left(),
                y: inner.bottom() - outer.top(),
            })
        });
        hover.set(found);
    };

    // One listener for every event on the frame: each listener of its own would cost
    // the download a template attribute.
    let handle = move |event: web_sys::Event| {
        let kind = event.type_();
        if let Some(event) = event.dyn_ref::<PointerEvent>() {
            match kind.as_str() {
                "pointerdown" => gestures.down(event),
                "pointermove" => gestures.moving(event),
                "pointerup" | "pointercancel" => gestures.up(event),
                "pointerover" => show(target_element(event)),
                "pointerleave" => hover.set(None),
                // A click arrives as a PointerEvent in some engines.
                _ => on_click(event),
            }
        } else if let Some(event) = event.dyn_ref::<WheelEvent>() {
            gestures.wheel(event);
        } else if let Some(event) = event.dyn_ref::<MouseEvent>() {
            on_click(event);
        } else if let Some(event) = event.dyn_ref::<KeyboardEvent>() {
            on_key(event);
        } else if kind == "focusin" {
            show(target_element(&event));
        } else if kind == "focusout" {
            hover.set(None);
        }
    };
    let (on_frame, on_page) = (Delegate::new(), Delegate::new());
    Effect::new(move |_| {
        if let Some(frame) = element_by_id(TIMELINE_FRAME) {
            measure();
            on_page.attach(&window(), &["resize", "scroll"], move |_| measure());
            on_frame.attach(&frame, FRAME_EVENTS, handle);
        }
    });

    view! {
        <div id=TIMELINE_FRAME class="timeline-frame" tabindex="0" role="group">
            <svg id=TIMELINE_LANES class="timeline-svg"></svg>
            // After the lanes, so that Tab reaches the claims first; drawn above them.
            <svg id=TIMELINE_AXIS class="timeline-svg timeline-axis"></svg>
            <Tooltip hover />
        </div>
    }
}

/// The events the frame handles.
const FRAME_EVENTS: &[&str] = &[
    "click",
    "keydown",
    "pointerdown",
    "pointermove",
    "pointerup",
    "pointercancel",
    "pointerover",
    "pointerleave",
    "wheel",
    "focusin",
    "focusout",
];

/// Moves keyboard focus one step, panning the window when the claim lies outside it.
fn move_focus(timeline: super::TimelineView, from: Focus, step_to: Step, pace: Pace) {
    let to = timeline
        .arranged
        .with_untracked(|a| step(&a.lanes, &a.marks.marks, from, step_to));
    if let Some(to) = to {
        focus_mark(timeline, to, pace);
    }
}

/// Moves keyboard focus to a mark, panning the window when it lies outside it.
fn focus_mark(timeline: super::TimelineView, to: Focus, pace: Pace) {
    let Some(mark) = timeline
        .arranged
        .with_untracked(|a| a.marks.marks.get(to.mark).copied())
    else {
        return;
    };
    timeline.roving.set(Some(to));
    let window = untrack(|| timeline.window());
    let revealed = window.reveal(f64::from(mark.start), f64::from(mark.end), REVEAL_MARGIN);
    if revealed != window {
        timeline.step_to(revealed, pace);
    }
    // After the redraw the mark is a new element: focus it by its key, and scroll to
    // it when it lies in a lane out of view.
    timeline.refocus.next_frame(move || {
        if let Some(svg) = element_by_id(TIMELINE_LANES) {
            if let Some(mark) = focus_by_key(&svg, DATA_MARK, &mark_key(to)) {
                reveal(&mark);
            }
        }
    });
}

fn zoom_to_cluster(timeline: super::TimelineView, cluster: &web_sys::Element) {
    if let Some((start, end)) = cluster
        .get_attribute(DATA_DAYS)
        .and_then(|d| parse_cluster_days(&d))
    {
        timeline.step_to(around(f64::from(start), f64::from(end), 0.0), Pace::Once);
    }
}

/// Brings the nearest claim beyond an edge into view.
fn go_to_edge(timeline: super::TimelineView, edge: &web_sys::Element) {
    if let Some(day) = edge
        .get_attribute(DATA_EDGE)
        .and_then(|d| d.parse::<i32>().ok())
    {
        let day = f64::from(day);
        let window = untrack(|| timeline.window());
        timeline.step_to(window.reveal(day, day + 1.0, REVEAL_MARGIN), Pace::Once);
    }
}
