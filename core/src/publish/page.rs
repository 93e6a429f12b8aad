//! A story's page: the app's `index.html` with the story's own language, title and
//! description, and the links to its data files. The template is the release build's
//! page, minified or not, or a page published before (publishing again replaces what
//! the last publication wrote).

use crate::markup::masthead::masthead;
use crate::markup::seam::{APP, COMPARE_DRAWN, FIGURES_DATA, MASTHEAD, OPEN_FULL, STORY_DATA};
use crate::markup::{html, nodes_html, Element, Node};
use crate::model::Story;
use std::ops::Range;

use super::first_view::first_view;
use super::offline::MANIFEST;
use super::DataFiles;

/// The `<meta>` naming the publication's version, which `web/page.js` reads.
const VERSION: &str = "claimline-version";

/// The story's page, from the app's page; an error when the template is not one.
/// `version` names the publication (`offline::version`): the page's script compares it
/// with a new service worker's to know whether a reload would bring anything new.
pub fn story_page(
    template: &str,
    story: &Story,
    files: &DataFiles,
    version: &str,
) -> Result<String, String> {
    let mut page = template.to_owned();
    let language = Element::new("html").set("lang", &*story.language);
    replace_start_tag(&mut page, "html", &start_tag(&language))?;
    let title = tag(&page, "title").ok_or("the app's page has no <title>")?;
    let title_text = Node::Text(format!("{} · Claimline", story.title));
    set_content(&mut page, title, "title", &nodes_html(&[title_text]))?;

    // What the last publication wrote goes; the story's own description and links come in.
    remove_tags(&mut page, "meta", |tag| {
        attribute(tag, "name") == Some("description")
            || attribute(tag, "id") == Some(FIGURES_DATA)
            || attribute(tag, "id") == Some(COMPARE_DRAWN)
            || attribute(tag, "name") == Some(VERSION)
    });
    remove_tags(&mut page, "link", |tag| {
        attribute(tag, "id") == Some(STORY_DATA) || attribute(tag, "rel") == Some("manifest")
    });
    let mut head = vec![
        Element::new("meta")
            .set("name", "description")
            .set("content", &*story.description),
        // Asked for at once, so the story arrives with the WebAssembly, not after it.
        Element::new("link")
            .set("rel", "preload")
            .set("href", &files.story.path)
            .set("as", "fetch")
            .set("crossorigin", "")
            .set("id", STORY_DATA),
        Element::new("link")
            .set("rel", "manifest")
            .set("href", MANIFEST),
        Element::new("meta")
            .set("name", VERSION)
            .set("content", version),
    ];
    if let Some(drawn) = &files.compare_view {
        head.push(
            Element::new("meta")
                .set("name", "claimline-compare")
                .set("content", compare_list(&drawn.path, &files.compare_pairs))
                .set("id", COMPARE_DRAWN),
        );
    }
    if !files.figures.is_empty() {
        head.push(
            Element::new("meta")
                .set("name", "claimline-figures")
                .set("content", figures_list(&files.figures))
                .set("id", FIGURES_DATA),
        );
    }
    let head_end = page
        .find("</head>")
        .ok_or("the app's page has no </head>")?;
    page.insert_str(head_end, &html(&head));
    // The story's head, drawn now: the page shows it before and without the app.
    let header =
        with_id(&page, "header", MASTHEAD).ok_or("the app's page has no <header id=masthead>")?;
    let mut head = masthead(story);
    head.push(exports_links(&files.exports));
    head.push(
        Element::new("a")
            .set("id", OPEN_FULL)
            .set("href", "./")
            .set("target", "_blank")
            .text("Open the whole story in Claimline"),
    );
    set_content(&mut page, header, "header", &html(&head))?;
    // The default view, drawn now: the claims show before the app runs, and without it.
    let app = with_id(&page, "div", APP).ok_or("the app's page has no <div id=app>")?;
    set_content(&mut page, app, "div", &html(&first_view(story)))?;
    Ok(page)
}

/// The links to the story's exports, in the page's head: written now, they cost the
/// page no code and work without it. Folded into one line under "Download", where a
/// reader looks for downloads, so a phone's first screen keeps the view.
fn exports_links(exports: &[(&'static str, super::Output)]) -> Element {
    let links = exports.iter().map(|(words, file)| {
        Element::new("li").child(
            Element::new("a")
                .set("href", &file.path)
                .set("download", "")
                .text(*words),
        )
    });
    Element::new("details")
        .set("class", "exports")
        .child(Element::new("summary").text("Download the story"))
        .child(Element::new("ul").children(links))
}

/// The Figures view's files as the page's `<meta>` names them: `quantity=path`, space-
/// separated, the default quantity first (`figures::files` reads it back).
/// The Compare view's files as the page's head lists them: the table's (`table=path`),
/// then each pair's (`a,c=path`), space-separated (`compare::pair_file` reads them).
fn compare_list(table: &str, pairs: &[(String, super::Output)]) -> String {
    let mut list = format!("{}={table}", crate::compare::pairs::TABLE_KEY);
    for (key, file) in pairs {
        list.push_str(&format!(" {key}={}", file.path));
    }
    list
}

fn figures_list(files: &[(String, super::Output)]) -> String {
    let pairs: Vec<String> = files
        .iter()
        .map(|(quantity, file)| format!("{quantity}={}", file.path))
        .collect();
    pairs.join(" ")
}

/// Replaces what the element whose start tag lies at `start` holds, up to its end tag.
fn set_content(
    page: &mut String,
    start: Range<usize>,
    name: &str,
    content: &str,
) -> Result<(), String> {
    let end = matching_end(page, start.end, name)
        .ok_or_else(|| format!("the app's page has no </{name}> for its <{name}>"))?;
    page.replace_range(start.end..end, content);
    Ok(())
}

/// Where the end tag lies that closes an element of `name` open at `from`, past the
/// elements of the same name inside it (a page published before holds such).
fn matching_end(page: &str, from: usize, name: &str) -> Option<usize> {
    let close = format!("</{name}>");
    let mut opened = tags(&page[from..], name)
        .into_iter()
        .map(|at| at.start + from)
        .peekable();
    let (mut depth, mut at) = (1, from);
    loop {
        let end = at + page[at..].find(&close)?;
        while opened.next_if(|&open| open < end).is_some() {
            depth += 1;
        }
        depth -= 1;
        if depth == 0 {
            return Some(end);
        }
        at = end + close.len();
    }
}

/// The start tag of the first `<name>` whose id is `id`.
fn with_id(page: &str, name: &str, id: &str) -> Option<Range<usize>> {
    tags(page, name)
        .into_iter()
        .find(|at| attribute(&page[at.clone()], "id") == Some(id))
}

/// An element's start tag as HTML: its markup without the end tag.
fn start_tag(element: &Element) -> String {
    let mut markup = html(std::slice::from_ref(element));
    markup.truncate(markup.len() - format!("</{}>", element.tag).len());
    markup
}

fn replace_start_tag(page: &mut String, name: &str, with: &str) -> Result<(), String> {
    let at = tag(page, name).ok_or_else(|| format!("the app's page has no <{name}>"))?;
    page.replace_range(at, with);
    Ok(())
}

/// Where the first start tag `<name …>` lies.
fn tag(page: &str, name: &str) -> Option<Range<usize>> {
    tags(page, name).into_iter().next()
}

/// Where each start tag `<name …>` lies, in order.
fn tags(page: &str, name: &str) -> Vec<Range<usize>> {
    let open = format!("<{name}");
    page.match_indices(&open)
        .map(|(at, _)| at)
        .filter(|&at| {
            let next = page[at + open.len()..].chars().next();
            matches!(next, Some(c) if c == '>' || c == '/' || c.is_whitespace())
        })
        .filter_map(|at| Some(at..at + page[at..].find('>')? + 1))
        .collect()
}

fn remove_tags(page: &mut String, name: &str, doomed: impl Fn(&str) -> bool) {
    let mut found = tags(page, name);
    found.retain(|at| doomed(&page[at.clone()]));
    for at in found.into_iter().rev() {
        page.replace_range(at, "");
    }
}

/// The value of an attribute of one start tag, quoted or not (a minifier drops quotes).
fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let mut rest = tag;
    while let Some(at) = rest.find(name) {
        let before = rest[..at].chars().next_back();
        let after = &rest[at + name.len()..];
        rest = after;
        if !matches!(before, Some(c) if c.is_whitespace()) {
            continue;
        }
        let Some(value) = after.strip_prefix('=') else {
            continue;
        };
        return Some(match value.chars().next() {
            Some(quote @ ('"' | '\'')) => value[1..].split(quote).next().unwrap_or(""),
            _ => value
                .split(|c: char| c.is_whitespace() || c == '>')
                .next()
                .unwrap_or(""),
        });
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_attributes_quoted_or_not() {
        let tag = r#"<meta content="a b" name=description id='x'>"#;
        assert_eq!(attribute(tag, "name"), Some("description"));
        assert_eq!(attribute(tag, "content"), Some("a b"));
        assert_eq!(attribute(tag, "id"), Some("x"));
        assert_eq!(attribute(tag, "lang"), None);
        assert_eq!(
            attribute("<link rel=preload href=a.clm>", "href"),
            Some("a.clm")
        );
    }

    #[test]
    fn finds_the_end_tag_past_nested_elements_of_the_same_name() {
        let page = "<div id=app><div><div></div></div><p></p></div><div></div>";
        assert_eq!(matching_end(page, 12, "div"), Some(41));
        assert_eq!(matching_end("<div>", 5, "div"), None);
    }

    #[test]
    fn finds_start_tags_by_their_whole_name() {
        let page = "<header><head><html lang=en><title>x</title>";
        assert_eq!(tag(page, "head"), Some(8..14));
        assert_eq!(tag(page, "html"), Some(14..28));
    }
}
