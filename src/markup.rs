//! Puts the core's markup into the page. The core writes it out as escaped HTML
//! (`claimline_core::markup::html`), and the browser parses it in one call: as HTML, or
//! as SVG inside an `<svg>`. One call per redraw instead of one per element, attribute
//! and text is what keeps large timelines quick to redraw.

use crate::browser::{focus_in_place, select_all};
use claimline_core::markup::seam::{having, DATA_CLAIM, DATA_VIEW};
use claimline_core::markup::{html, Element};
use leptos::prelude::document;

/// Replaces what `parent` holds with `elements`.
pub fn fill(parent: &web_sys::Element, elements: &[Element]) {
    parent.set_inner_html(&html(elements));
}

/// Adds `elements` after what `parent` holds.
pub fn append(parent: &web_sys::Element, elements: &[Element]) {
    let _ = parent.insert_adjacent_html("beforeend", &html(elements));
}

/// Adds `element` just before `next`, or at the end of `parent` without one, and
/// returns the element made.
pub fn insert(
    parent: &web_sys::Element,
    element: &Element,
    next: Option<&web_sys::Element>,
) -> Option<web_sys::Element> {
    let markup = html(std::slice::from_ref(element));
    match next {
        Some(next) => {
            next.insert_adjacent_html("beforebegin", &markup).ok()?;
            next.previous_element_sibling()
        }
        None => {
            parent.insert_adjacent_html("beforeend", &markup).ok()?;
            parent.last_element_child()
        }
    }
}

/// Replaces the view published in `holder` with the app `mount` puts there, which
/// draws the same elements: in one task, before the browser paints again, so nothing
/// flashes or moves, and keyboard focus comes back to the element it was on.
pub fn take_over(holder: &web_sys::Element, mount: impl FnOnce()) {
    let focused = focused_key(holder, &["id", DATA_CLAIM, DATA_VIEW]);
    holder.set_inner_html("");
    mount();
    if let Some((name, key)) = focused {
        let holder = holder.clone();
        // The parts fill their holders in effects, which run before the next frame.
        leptos::prelude::request_animation_frame(move || {
            let _ = focus_by_key(&holder, name, &key);
        });
    }
}

/// Replaces what `parent` holds with `elements`, keeping keyboard focus on the element
/// that had it: the new element whose attribute (the first of `keys` the focused one
/// carries) has the same value.
pub fn redraw(parent: &web_sys::Element, elements: &[Element], keys: &[&'static str]) {
    let focused = focused_key(parent, keys);
    fill(parent, elements);
    if let Some((name, key)) = focused {
        let _ = focus_by_key(parent, name, &key);
    }
}

/// The key attribute of the element inside `parent` that has focus.
fn focused_key(parent: &web_sys::Element, keys: &[&'static str]) -> Option<(&'static str, String)> {
    let active = document().active_element()?;
    if !parent.contains(Some(&active)) {
        return None;
    }
    keys.iter()
        .find_map(|&name| Some((name, active.get_attribute(name)?)))
}

/// Focuses the element inside `parent` whose `name` attribute is `key`, without
/// scrolling the page, and returns it.
pub fn focus_by_key(parent: &web_sys::Element, name: &str, key: &str) -> Option<web_sys::Element> {
    let found = select_all(parent, &having(name))
        .into_iter()
        .find(|e| e.get_attribute(name).as_deref() == Some(key))?;
    focus_in_place(&found);
    Some(found)
}
