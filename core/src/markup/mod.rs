//! Page content as plain data — elements, attributes and text — built here, written
//! out as escaped HTML (`html`) and handed to the browser by one small renderer in the
//! page. Building content this way instead of with a template per element kind keeps
//! the download small, and what a view shows can be checked natively.

pub mod card;
pub mod compare;
pub mod data_files;
pub mod detail;
pub mod facets;
pub mod facts;
mod html;
pub mod masthead;
pub mod nav;
pub mod notice;
pub mod published;
pub mod seam;

pub use html::{html, nodes_html};

use crate::words::coordinate;

/// A piece of content: an element, or text (always escaped when written as HTML).
#[derive(Clone, Debug, PartialEq)]
pub enum Node {
    Element(Element),
    Text(String),
}

/// One element: its tag, attributes and children.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Element {
    pub tag: &'static str,
    pub attributes: Vec<(&'static str, String)>,
    pub children: Vec<Node>,
}

impl Element {
    #[inline(never)]
    pub fn new(tag: &'static str) -> Element {
        Element {
            tag,
            ..Element::default()
        }
    }

    pub fn set(self, name: &'static str, value: impl Into<String>) -> Element {
        self.with_attribute(name, value.into())
    }

    /// An attribute holding a coordinate, written without float formatting.
    pub fn at(self, name: &'static str, value: f64) -> Element {
        self.set(name, coordinate(value))
    }

    pub fn text(self, text: impl Into<String>) -> Element {
        self.with_child(Node::Text(text.into()))
    }

    pub fn child(self, child: Element) -> Element {
        self.with_child(Node::Element(child))
    }

    // The builder's steps are called from every view, hundreds of times: kept out of
    // line, and apart from the conversions of their generic callers, they are written
    // into the download once (docs/SIZE.md).
    #[inline(never)]
    fn with_attribute(mut self, name: &'static str, value: String) -> Element {
        self.attributes.push((name, value));
        self
    }

    #[inline(never)]
    fn with_child(mut self, child: Node) -> Element {
        self.children.push(child);
        self
    }

    /// Appends each element, in order: `None` adds nothing.
    pub fn children(mut self, children: impl IntoIterator<Item = Element>) -> Element {
        self.children
            .extend(children.into_iter().map(Node::Element));
        self
    }

    /// The value of an attribute, if set.
    pub fn attribute(&self, name: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
    }

    /// The child elements, skipping text.
    pub fn elements(&self) -> impl Iterator<Item = &Element> {
        self.children.iter().filter_map(|node| match node {
            Node::Element(element) => Some(element),
            Node::Text(_) => None,
        })
    }

    /// All the text inside, as a reader would see it run together.
    pub fn text_content(&self) -> String {
        let mut text = String::new();
        collect_text(&self.children, &mut text);
        text
    }

    /// This element and every element inside it, depth first.
    pub fn descendants(&self) -> Vec<&Element> {
        let mut found = vec![self];
        for child in self.elements() {
            found.extend(child.descendants());
        }
        found
    }

    /// Whether `class` is one of the element's classes.
    pub fn has_class(&self, class: &str) -> bool {
        self.attribute("class")
            .is_some_and(|all| all.split(' ').any(|c| c == class))
    }
}

fn collect_text(nodes: &[Node], into: &mut String) {
    for node in nodes {
        match node {
            Node::Text(text) => into.push_str(text),
            Node::Element(element) => collect_text(&element.children, into),
        }
    }
}

impl From<Element> for Node {
    fn from(element: Element) -> Node {
        Node::Element(element)
    }
}
