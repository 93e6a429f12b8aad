//! Mouse, touch and pen on the drawing: drag to pan, pinch or Ctrl/⌘ + wheel to zoom,
//! a sideways wheel to pan. Plain vertical wheeling is left to the page, so the page
//! still scrolls over the timeline.

use super::TimelineView;
use crate::browser::{element_by_id, focus_in_place};
use claimline_core::markup::seam::TIMELINE_FRAME;
use leptos::ev::{PointerEvent, WheelEvent};
use leptos::prelude::*;

/// How far a pointer moves before a press becomes a drag (and no longer a click).
const DRAG_THRESHOLD_PX: f64 = 4.0;
/// Zoom per pixel of wheel travel: a notch (about 100 px) zooms by about a fifth.
const WHEEL_ZOOM_PER_PX: f64 = 0.002;
/// Pixels per wheel line, for wheels that count in lines.
const WHEEL_LINE_PX: f64 = 16.0;

/// The pointers down on the drawing and what they are doing.
#[derive(Clone, Debug, Default)]
struct Pointers {
    /// Pointer id and its last x, relative to the frame.
    down: Vec<(i32, f64)>,
    /// Where the first pointer went down.
    start_x: f64,
    dragging: bool,
    /// The last press turned into a drag: the click it ends with selects nothing.
    dragged: bool,
}

#[derive(Clone, Copy)]
pub struct Gestures {
    timeline: TimelineView,
    pointers: StoredValue<Pointers>,
}

impl Gestures {
    pub fn new(timeline: TimelineView) -> Gestures {
        Gestures {
            timeline,
            pointers: StoredValue::new(Pointers::default()),
        }
    }

    /// Whether the click now arriving ends a drag rather than being a click.
    pub fn was_drag(&self) -> bool {
        self.pointers.with_value(|p| p.dragged)
    }

    /// The pointer's x within the frame.
    fn x(&self, client_x: i32) -> f64 {
        let left = element_by_id(TIMELINE_FRAME)
            .map_or(0.0, |frame| frame.get_bounding_client_rect().left());
        f64::from(client_x) - left
    }

    pub fn down(&self, event: &PointerEvent) {
        if event.pointer_type() == "mouse" && event.button() != 0 {
            return;
        }
        let x = self.x(event.client_x());
        self.pointers.update_value(|p| {
            if p.down.is_empty() {
                p.start_x = x;
                p.dragging = false;
                p.dragged = false;
            }
            p.down.retain(|(id, _)| *id != event.pointer_id());
            p.down.push((event.pointer_id(), x));
        });
    }

    pub fn moving(&self, event: &PointerEvent) {
        let x = self.x(event.client_x());
        let id = event.pointer_id();
        let Some((before, others)) = self.pointers.with_value(|p| {
            let at = p.down.iter().position(|(down, _)| *down == id)?;
            let others: Vec<f64> = p
                .down
                .iter()
                .filter(|(d, _)| *d != id)
                .map(|(_, x)| *x)
                .collect();
            Some((p.down[at].1, others))
        }) else {
            return;
        };
        let scale = untrack(|| self.timeline.scale());
        match others.as_slice() {
            // One pointer: a drag pans, once it has gone far enough to not be a click.
            [] => {
                let start_x = self.pointers.with_value(|p| p.start_x);
                let dragging = self.pointers.with_value(|p| p.dragging)
                    || (x - start_x).abs() > DRAG_THRESHOLD_PX;
                if dragging {
                    self.start_drag(event);
                    let days = (before - x) / scale.px_per_day();
                    self.timeline.move_to(scale.window.pan(days));
                }
            }
            // Two pointers: the pinch zooms about the point between them.
            [other, ..] => {
                let (was, now) = ((before - other).abs(), (x - other).abs());
                if was > 1.0 && now > 1.0 {
                    self.start_drag(event);
                    let anchor = scale.day((x + other) / 2.0);
                    self.timeline.move_to(scale.window.zoom(now / was, anchor));
                }
            }
        }
        self.pointers.update_value(|p| {
            if let Some(entry) = p.down.iter_mut().find(|(down, _)| *down == id) {
                entry.1 = x;
            }
        });
    }

    /// From the first move that pans or zooms, the frame keeps the pointer, so the
    /// gesture goes on when the pointer leaves it, and keyboard focus, so a mark the
    /// press landed on is not focused again after every redraw.
    fn start_drag(&self, event: &PointerEvent) {
        let started = self.pointers.with_value(|p| p.dragging);
        if !started {
            self.pointers.update_value(|p| {
                p.dragging = true;
                p.dragged = true;
            });
            if let Some(frame) = element_by_id(TIMELINE_FRAME) {
                let _ = frame.set_pointer_capture(event.pointer_id());
                focus_in_place(&frame);
            }
        }
    }

    pub fn up(&self, event: &PointerEvent) {
        let let_go = self
            .pointers
            .try_update_value(|p| {
                p.down.retain(|(id, _)| *id != event.pointer_id());
                let let_go = p.down.is_empty() && p.dragging;
                if p.down.is_empty() {
                    p.dragging = false;
                }
                let_go
            })
            .unwrap_or(false);
        // A drag or pinch let go has come to rest: its window goes into the history
        // entry it was made on now, so that Back straight after it loses nothing.
        if let_go {
            self.timeline.settle();
        }
    }

    pub fn wheel(&self, event: &WheelEvent) {
        let unit = if event.delta_mode() == 1 {
            WHEEL_LINE_PX
        } else {
            1.0
        };
        let (dx, dy) = (event.delta_x() * unit, event.delta_y() * unit);
        let scale = untrack(|| self.timeline.scale());
        if event.ctrl_key() || event.meta_key() {
            event.prevent_default();
            let anchor = scale.day(self.x(event.client_x()));
            let factor = (-dy * WHEEL_ZOOM_PER_PX).exp();
            self.timeline.move_to(scale.window.zoom(factor, anchor));
        } else if dx.abs() > dy.abs() || event.shift_key() {
            event.prevent_default();
            let px = if dx.abs() > dy.abs() { dx } else { dy };
            self.timeline
                .move_to(scale.window.pan(px / scale.px_per_day()));
        }
    }
}
