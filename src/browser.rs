//! The few browser calls the app makes: the page's query string, history, whether the
//! browser offers Web Share, focus and scrolling. Every failure comes back as a value or does nothing;
//! nothing here panics.

use claimline_core::markup::seam::{self, Action};
use leptos::prelude::{document, request_animation_frame};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// The page's element with this id. Parts find their holder this way, rather than by a
/// `NodeRef` per element type, each of which costs the download its own code
/// (docs/SIZE.md): a part's effects run once it is mounted, so its holder is there.
pub fn element_by_id(id: &str) -> Option<web_sys::Element> {
    document().get_element_by_id(id)
}

/// The elements inside `parent` that match `selector`, in document order; none when
/// the selector is not valid.
pub fn select_all(parent: &web_sys::Element, selector: &str) -> Vec<web_sys::Element> {
    let Ok(all) = parent.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..all.length())
        .filter_map(|i| all.item(i)?.dyn_into::<web_sys::Element>().ok())
        .collect()
}

/// Whether a navigation adds a history entry or rewrites the current one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HistoryMode {
    Push,
    Replace,
}

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// The page's query string, with its `?` (empty when there is none).
pub fn current_query() -> String {
    window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// Points the address bar at `query` on this same page, keeping path and sub-path.
pub fn write_query(query: &str, mode: HistoryMode) {
    let Some(window) = window() else { return };
    let target = if query.is_empty() {
        window.location().pathname().unwrap_or_else(|_| "./".into())
    } else {
        query.to_owned()
    };
    if let Ok(history) = window.history() {
        // A refused history write leaves the page working; only the address bar lags.
        let _ = match mode {
            HistoryMode::Push => history.push_state_with_url(&JsValue::NULL, "", Some(&target)),
            HistoryMode::Replace => {
                history.replace_state_with_url(&JsValue::NULL, "", Some(&target))
            }
        };
    }
}

/// Whether the browser offers Web Share.
pub fn can_share() -> bool {
    window().is_some_and(|w| {
        js_sys::Reflect::has(w.navigator().as_ref(), &JsValue::from_str("share")).unwrap_or(false)
    })
}

/// Whether the page is laid out in columns (the stylesheet's 960 px breakpoint), so the
/// claim detail sits beside the list rather than below it.
pub fn is_wide() -> bool {
    window()
        .and_then(|w| w.inner_width().ok())
        .and_then(|width| width.as_f64())
        .is_some_and(|width| width >= 960.0)
}

/// Moves focus, once the next render is done, to the first element matching `selector`:
/// the detail heading after a selection, the claim's own link after closing the detail,
/// so keyboard and screen-reader users stay where they acted.
pub fn focus_after_render(selector: String) {
    request_animation_frame(move || {
        if let Ok(Some(element)) = document().query_selector(&selector) {
            focus(&element);
        }
    });
}

// HTML and SVG elements share `focus` (the HTMLOrSVGElement mixin), and the binding
// calls it by name, so one binding serves both: a timeline mark is SVG.

/// Moves keyboard focus to an HTML or SVG element, scrolling it into view.
pub fn focus(element: &web_sys::Element) {
    let _ = element.unchecked_ref::<web_sys::HtmlElement>().focus();
}

/// Moves keyboard focus to an HTML or SVG element, leaving the page where it is.
pub fn focus_in_place(element: &web_sys::Element) {
    let _ = element
        .unchecked_ref::<web_sys::HtmlElement>()
        .focus_with_options(&without_scrolling());
}

/// Focus options that leave the page where it is.
fn without_scrolling() -> web_sys::FocusOptions {
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    options
}

/// Scrolls the element with this id into view: centred, or with its top at the top.
pub fn scroll_into_view(id: &str, centred: bool) {
    if let Some(element) = document().get_element_by_id(id) {
        scroll_to(
            &element,
            match centred {
                true => web_sys::ScrollLogicalPosition::Center,
                false => web_sys::ScrollLogicalPosition::Start,
            },
        );
    }
}

/// Scrolls the page the least that brings `element` into view.
pub fn reveal(element: &web_sys::Element) {
    scroll_to(element, web_sys::ScrollLogicalPosition::Nearest);
}

fn scroll_to(element: &web_sys::Element, block: web_sys::ScrollLogicalPosition) {
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(block);
    element.scroll_into_view_with_scroll_into_view_options(&options);
}

/// Calls `handle` for each event named in `events` on `target` until the returned
/// value is dropped: one closure however many events. The handler is `Fn`, so an event
/// it causes while it runs (a `focus()` dispatches focus events at once) may call it
/// again: a `FnMut` closure called again while running throws instead.
pub fn listen(
    target: &web_sys::EventTarget,
    events: &'static [&'static str],
    handle: impl Fn(web_sys::Event) + 'static,
) -> Listening {
    let closure = Closure::<dyn Fn(web_sys::Event)>::new(handle);
    for name in events {
        let _ = target.add_event_listener_with_callback(name, closure.as_ref().unchecked_ref());
    }
    Listening {
        target: target.clone(),
        events,
        closure,
    }
}

/// Listeners added by `listen`. Dropping this removes them, so a part that leaves the
/// page (held by its `components::Delegate`) takes its listeners on the window with it: one
/// left behind would run on a part that is gone.
pub struct Listening {
    target: web_sys::EventTarget,
    events: &'static [&'static str],
    closure: Closure<dyn Fn(web_sys::Event)>,
}

impl Drop for Listening {
    fn drop(&mut self) {
        for name in self.events {
            let _ = self
                .target
                .remove_event_listener_with_callback(name, self.closure.as_ref().unchecked_ref());
        }
    }
}

/// The element an event happened on.
pub fn target_element(event: &web_sys::Event) -> Option<web_sys::Element> {
    event.target()?.dyn_into::<web_sys::Element>().ok()
}

/// The nearest element matching `selector` from the event's target outwards.
pub fn closest(event: &web_sys::Event, selector: &str) -> Option<web_sys::Element> {
    target_element(event)?.closest(selector).ok().flatten()
}

/// The action of the button an event came from, if it came from one: how every part's
/// single listener tells its buttons apart.
pub fn action(event: &web_sys::Event) -> Option<Action> {
    let key = closest(event, seam::ACTION)?.get_attribute(seam::DATA_ACTION)?;
    Action::from_key(&key)
}

/// The event as a click, if it is one.
pub fn as_click(event: &web_sys::Event) -> Option<&web_sys::MouseEvent> {
    (event.type_() == "click").then(|| event.unchecked_ref())
}

/// Whether a click on a link is a plain left click, which the page handles in place;
/// any other (a modifier, the middle button) is left to the browser: a new tab, a copy.
pub fn is_plain_click(event: &web_sys::MouseEvent) -> bool {
    event.button() == 0
        && !(event.ctrl_key() || event.meta_key() || event.shift_key() || event.alt_key())
}
