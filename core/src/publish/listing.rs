//! The index page of a folder of several stories: each story's title, outlets and
//! dates, linking to its own page. Static, with no script: it only links.

use crate::markup::{html, Element};
use crate::model::Story;

/// A story as the index page lists it: the story, and its folder beside the page.
pub struct Listed<'a> {
    pub story: &'a Story,
    pub folder: String,
}

/// The index page, styled by the app's stylesheet (`stylesheet`, a path in the site).
pub fn listing(stories: &[Listed], stylesheet: &str) -> String {
    let items: Vec<Element> = stories.iter().map(item).collect();
    let body =
        Element::new("body").child(Element::new("main").set("class", "stories").children(vec![
            Element::new("p").set("class", "brand").text("Claimline"),
            Element::new("h1").text("Stories"),
            Element::new("ul").children(items),
        ]));
    let head = [
        Element::new("meta").set("charset", "utf-8"),
        Element::new("meta")
            .set("name", "viewport")
            .set("content", "width=device-width, initial-scale=1"),
        Element::new("meta").set("http-equiv", "Content-Security-Policy").set(
            "content",
            "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'",
        ),
        Element::new("meta").set("name", "color-scheme").set("content", "light dark"),
        Element::new("meta")
            .set("name", "description")
            .set("content", format!("{} stories: who claims what in each", stories.len())),
        Element::new("title").text("Stories · Claimline"),
        Element::new("link").set("rel", "stylesheet").set("href", stylesheet),
        Element::new("link")
            .set("rel", "icon")
            .set("href", "favicon.svg")
            .set("type", "image/svg+xml"),
    ];
    format!(
        "<!doctype html><html lang=\"en\"><head>{}</head>{}</html>\n",
        html(&head),
        html(&[body])
    )
}

fn item(listed: &Listed) -> Element {
    let story = listed.story;
    let mut outlets: Vec<&str> = Vec::new();
    for article in story.articles.iter() {
        let name = story
            .actor(&article.outlet)
            .map_or(&*article.outlet, |a| &*a.name);
        if !outlets.contains(&name) {
            outlets.push(name);
        }
    }
    let published = story.articles.iter().map(|a| a.published.start);
    let dates = match (published.clone().min(), published.max()) {
        (Some(first), Some(last)) if first != last => format!("{first} – {last}"),
        (Some(first), _) => first.to_string(),
        _ => String::new(),
    };
    Element::new("li")
        .set("lang", &*story.language)
        .child(
            Element::new("h2").child(
                Element::new("a")
                    .set("href", format!("{}/", listed.folder))
                    .text(&*story.title),
            ),
        )
        .child(Element::new("p").text(&*story.description))
        .child(Element::new("p").set("class", "sources").text(format!(
            "{} · {} claims · {dates}",
            outlets.join(", "),
            story.claims.len()
        )))
}
