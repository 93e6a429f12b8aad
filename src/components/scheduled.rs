//! A timer or an animation frame that a part asked for, ended with the part: a callback
//! that ran after its part left the page would read disposed state, which traps.

use leptos::leptos_dom::helpers::{
    request_animation_frame_with_handle, set_timeout_with_handle, AnimationFrameRequestHandle,
    TimeoutHandle,
};
use leptos::prelude::*;
use std::time::Duration;

#[derive(Clone, Copy)]
enum Pending {
    Timer(TimeoutHandle),
    Frame(AnimationFrameRequestHandle),
}

/// At most one pending callback: asking again replaces it, and the part leaving the
/// page (the owner it was made under being cleaned up) cancels it.
#[derive(Clone, Copy)]
pub struct Scheduled(StoredValue<Option<Pending>>);

impl Scheduled {
    pub fn new() -> Scheduled {
        let scheduled = Scheduled(StoredValue::new(None));
        on_cleanup(move || scheduled.cancel());
        scheduled
    }

    /// Runs `then` once `delay` has passed with no newer request.
    pub fn after(self, delay: Duration, then: impl FnOnce() + 'static) {
        self.cancel();
        let pending = set_timeout_with_handle(self.running(then), delay).ok();
        self.0.set_value(pending.map(Pending::Timer));
    }

    /// Runs `then` before the next paint, once the page has been laid out.
    pub fn next_frame(self, then: impl FnOnce() + 'static) {
        self.cancel();
        let pending = request_animation_frame_with_handle(self.running(then)).ok();
        self.0.set_value(pending.map(Pending::Frame));
    }

    pub fn cancel(self) {
        match self.0.try_update_value(Option::take).flatten() {
            Some(Pending::Timer(timer)) => timer.clear(),
            Some(Pending::Frame(frame)) => frame.cancel(),
            None => {}
        }
    }

    /// `then`, forgetting its handle first: it is no longer pending once it runs.
    fn running(self, then: impl FnOnce() + 'static) -> impl FnOnce() + 'static {
        move || {
            self.0.set_value(None);
            then();
        }
    }
}
