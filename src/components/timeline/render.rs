//! Draws a scene (the core's plain description of the drawing) into the SVG, keeping
//! keyboard focus where it was.

use crate::markup::fill_elements;
use claimline_core::markup::Element;
use leptos::prelude::document;
use wasm_bindgen::JsCast;

/// Replaces what `parent` holds with `elements`, keeping keyboard focus on the mark or
/// cluster that had it (matched by `data-mark` or `data-days`).
pub fn draw(parent: &web_sys::Element, elements: &[Element]) {
    let focused = focused_key(parent);
    fill_elements(parent, elements);
    if let Some((name, key)) = focused {
        focus_by_key(parent, name, &key);
    }
}

/// The key attribute of the element inside `parent` that has focus.
fn focused_key(parent: &web_sys::Element) -> Option<(&'static str, String)> {
    let active = document().active_element()?;
    if !parent.contains(Some(&active)) {
        return None;
    }
    ["data-mark", "data-days"]
        .into_iter()
        .find_map(|name| Some((name, active.get_attribute(name)?)))
}

/// Focuses the element inside `parent` whose `name` attribute is `key`, without
/// scrolling the page.
pub fn focus_by_key(parent: &web_sys::Element, name: &str, key: &str) {
    let found = parent
        .query_selector_all(&format!("[{name}]"))
        .ok()
        .and_then(|all| {
            (0..all.length())
                .filter_map(|i| all.item(i)?.dyn_into::<web_sys::SvgElement>().ok())
                .find(|e| e.get_attribute(name).as_deref() == Some(key))
        });
    if let Some(element) = found {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = element.focus_with_options(&options);
    }
}
