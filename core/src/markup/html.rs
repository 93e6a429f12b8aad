//! Markup written out as HTML text, for the page to hand to the browser's parser in one
//! call: building the same content node by node crosses into the browser once per
//! element, attribute and text, which on a large timeline costs more than the drawing.
//! Every text and attribute value is escaped here, so no story text can become markup.

use super::{Element, Node};
use crate::model::direction::left_open;

/// `elements`, one after the other, as HTML. Inside an `<svg>` the browser reads the
/// same text as SVG.
pub fn html(elements: &[Element]) -> String {
    let mut out = String::new();
    for element in elements {
        write_element(element, &mut out);
    }
    out
}

/// `nodes`, one after the other, as HTML.
pub fn nodes_html(nodes: &[Node]) -> String {
    let mut out = String::new();
    write_nodes(nodes, &mut out);
    out
}

fn write_nodes(nodes: &[Node], out: &mut String) {
    for node in nodes {
        match node {
            Node::Element(element) => write_element(element, out),
            Node::Text(text) => escape(text, out),
        }
    }
}

fn write_element(element: &Element, out: &mut String) {
    out.push('<');
    out.push_str(element.tag);
    for (name, value) in &element.attributes {
        out.push(' ');
        out.push_str(name);
        out.push_str("=\"");
        escape(value, out);
        out.push('"');
    }
    out.push('>');
    // A void element has no end tag; what it holds would be read as its siblings.
    if is_void(element.tag) {
        return;
    }
    write_nodes(&element.children, out);
    out.push_str("</");
    out.push_str(element.tag);
    out.push('>');
}

/// HTML's elements that never have content or an end tag.
fn is_void(tag: &str) -> bool {
    matches!(
        tag,
        "area"
            | "base"
            | "br"
            | "col"
            | "embed"
            | "hr"
            | "img"
            | "input"
            | "link"
            | "meta"
            | "source"
            | "track"
            | "wbr"
    )
}

/// Escapes what could end a text or a double-quoted attribute value, or start markup,
/// and closes any direction control the text leaves open, so that it cannot reverse
/// the page's own words after it.
fn escape(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out.push_str(&left_open(text));
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Reads back what `escape` wrote.
    fn unescape(text: &str) -> String {
        text.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&amp;", "&")
    }

    #[test]
    fn elements_attributes_and_text_are_written_in_order() {
        let list = Element::new("ul").set("class", "claims").child(
            Element::new("li")
                .text("Seoul says ")
                .child(Element::new("strong").text("12,000")),
        );
        assert_eq!(
            html(&[list, Element::new("p")]),
            r#"<ul class="claims"><li>Seoul says <strong>12,000</strong></li></ul><p></p>"#
        );
    }

    #[test]
    fn an_input_has_no_end_tag() {
        let label = Element::new("label")
            .child(Element::new("input").set("type", "checkbox"))
            .text("Russia");
        assert_eq!(
            html(&[label]),
            r#"<label><input type="checkbox">Russia</label>"#
        );
    }

    #[test]
    fn markup_in_story_text_stays_text() {
        let p = Element::new("p")
            .set("title", r#""><script>"#)
            .text("<b>&amp;</b>");
        assert_eq!(
            html(&[p]),
            r#"<p title="&quot;&gt;&lt;script&gt;">&lt;b&gt;&amp;amp;&lt;/b&gt;</p>"#
        );
        assert_eq!(nodes_html(&[Node::Text("a < b".into())]), "a &lt; b");
    }

    proptest! {
        /// Whatever a text or an attribute holds, the written markup has exactly the
        /// element's own tags, and reads back to the same text.
        #[test]
        fn any_text_reads_back_and_adds_no_markup(text in any::<String>(), value in any::<String>()) {
            let written = html(&[Element::new("p").set("title", value.clone()).text(text.clone())]);
            prop_assert_eq!(written.matches('<').count(), 2);
            prop_assert_eq!(written.matches('>').count(), 2);
            prop_assert_eq!(written.matches('"').count(), 2);
            let inner = written
                .strip_prefix("<p title=\"")
                .and_then(|w| w.strip_suffix("</p>"))
                .and_then(|w| w.split_once("\">"));
            let Some((written_value, written_text)) = inner else {
                return Err(TestCaseError::fail(format!("not one p element: {written}")));
            };
            // Each reads back whole, then whatever closes a direction it left open.
            prop_assert_eq!(unescape(written_value), format!("{value}{}", left_open(&value)));
            prop_assert_eq!(unescape(written_text), format!("{text}{}", left_open(&text)));
        }
    }

    #[test]
    fn a_direction_left_open_in_story_text_ends_with_it() {
        let name = Element::new("strong").text("Abu\u{202E}");
        let p = Element::new("p").child(name).text(" said");
        assert_eq!(
            html(&[p]),
            "<p><strong>Abu\u{202E}\u{202C}</strong> said</p>"
        );
    }
}
