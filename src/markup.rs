//! Turns the core's markup into DOM. Text goes in as text nodes, never as markup.
//! Elements take their parent's namespace, so the same calls draw HTML and SVG.

use claimline_core::markup::{Element, Node};
use leptos::prelude::document;

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
