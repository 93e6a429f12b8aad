//! A part's one delegated listener (or its listener on the window). Leptos's typed
//! `on:` handlers each bring their own code into the download (docs/SIZE.md); one plain
//! listener per part, dispatching on the event's type and target, costs a closure.

use crate::browser::{listen, Listening};
use leptos::prelude::*;

/// Holds a part's listener: attached once its element is in the page (or, on the
/// window, from the part's first effect), removed when the part leaves the page.
#[derive(Clone, Copy)]
pub struct Delegate(StoredValue<Vec<Listening>, LocalStorage>);

impl Delegate {
    pub fn new() -> Delegate {
        Delegate(StoredValue::new_local(Vec::new()))
    }

    /// Calls `handle` for each of `events` on `target`. Only the first call attaches:
    /// the part's effect may call it on every run.
    pub fn attach(
        self,
        target: &web_sys::EventTarget,
        events: &'static [&'static str],
        handle: impl Fn(web_sys::Event) + 'static,
    ) {
        if self.0.with_value(Vec::is_empty) {
            self.0.set_value(vec![listen(target, events, handle)]);
        }
    }
}
