//! Turns the core's markup into DOM. Text goes in as text nodes, never as markup.
//! Elements take their parent's namespace, so the same calls draw HTML and SVG.

use claimline_core::markup::{Element, Node};
use leptos::prelude::document;
use wasm_bindgen::JsCast;

/// The namespace of HTML elements.
pub const HTML: Option<&str> = Some("http://www.w3.org/1999/xhtml");

/// Replaces what `parent` holds with `nodes`.
pub fn fill(parent: &web_sys::Element, nodes: &[Node]) {
    parent.set_text_content(None);
    let namespace = parent.namespace_uri();
    for node in nodes {
        append(parent, node, namespace.as_deref());
    }
}

/// Replaces what `parent` holds with `elements`.
pub fn fill_elements(parent: &web_sys::Element, elements: &[Element]) {
    parent.set_text_content(None);
    append_elements(parent, elements);
}

/// Adds `elements` after what `parent` holds.
pub fn append_elements(parent: &web_sys::Element, elements: &[Element]) {
    let namespace = parent.namespace_uri();
    for element in elements {
        append_element(parent, element, namespace.as_deref());
    }
}

/// Builds one element and everything inside it, in `namespace`.
pub fn build(element: &Element, namespace: Option<&str>) -> Option<web_sys::Element> {
    let built = document().create_element_ns(namespace, element.tag).ok()?;
    for (name, value) in &element.attributes {
        let _ = built.set_attribute(name, value);
    }
    for child in &element.children {
        append(&built, child, namespace);
    }
    Some(built)
}

fn append(parent: &web_sys::Element, node: &Node, namespace: Option<&str>) {
    match node {
        Node::Element(element) => append_element(parent, element, namespace),
        Node::Text(text) => {
            let _ = parent.append_child(&document().create_text_node(text));
        }
    }
}

fn append_element(parent: &web_sys::Element, element: &Element, namespace: Option<&str>) {
    if let Some(built) = build(element, namespace) {
        let _ = parent.append_child(&built);
    }
}

/// Replaces what `parent` holds with `elements`, keeping keyboard focus on the element
/// that had it: the new element whose attribute (the first of `keys` the focused one
/// carries) has the same value.
pub fn redraw(parent: &web_sys::Element, elements: &[Element], keys: &[&'static str]) {
    let focused = focused_key(parent, keys);
    fill_elements(parent, elements);
    if let Some((name, key)) = focused {
        focus_by_key(parent, name, &key);
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
/// scrolling the page.
pub fn focus_by_key(parent: &web_sys::Element, name: &str, key: &str) {
    let Ok(all) = parent.query_selector_all(&format!("[{name}]")) else {
        return;
    };
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    let found = (0..all.length())
        .filter_map(|i| all.item(i)?.dyn_into::<web_sys::Element>().ok())
        .find(|e| e.get_attribute(name).as_deref() == Some(key));
    let Some(element) = found else { return };
    match element.dyn_into::<web_sys::HtmlElement>() {
        Ok(html) => {
            let _ = html.focus_with_options(&options);
        }
        Err(other) => {
            if let Ok(svg) = other.dyn_into::<web_sys::SvgElement>() {
                let _ = svg.focus_with_options(&options);
            }
        }
    }
}
