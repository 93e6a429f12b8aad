//! A small static page for every claim (`claims/<id>.html`), written at publish time:
//! the claim drawn (statement, who made it and through whom in each article, dates,
//! figures, the quotes in their paragraphs), the preview a chat or a social site shows
//! for its link, and a link that opens the app on it. It needs no script.

use super::Output;
use crate::cite::share_text;
use crate::markup::detail::in_context;
use crate::markup::facts::{chains, dates, figures};
use crate::markup::seam::claim_page_path;
use crate::markup::{html, Element};
use crate::model::{Claim, Story};
use crate::url_state::claim_link;

pub use crate::markup::seam::CLAIMS_DIR;

/// The page of every claim; `stylesheet` is the app's, as the story's folder names it.
pub fn claim_pages(story: &Story, stylesheet: &str) -> Vec<Output> {
    story
        .claims
        .iter()
        .map(|claim| Output {
            path: claim_page_path(&claim.id),
            bytes: claim_page(story, claim, stylesheet).into_bytes(),
        })
        .collect()
}

fn claim_page(story: &Story, claim: &Claim, stylesheet: &str) -> String {
    let shared = share_text(story, claim);
    let meta = |property: &'static str, name: &'static str, content: &str| {
        Element::new("meta")
            .set(property, name)
            .set("content", content.to_owned())
    };
    let head = [
        Element::new("meta").set("charset", "utf-8"),
        meta("name", "viewport", "width=device-width, initial-scale=1"),
        Element::new("meta").set("http-equiv", "Content-Security-Policy").set(
            "content",
            "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'",
        ),
        meta("name", "color-scheme", "light dark"),
        meta("name", "description", &shared),
        meta("property", "og:type", "article"),
        meta("property", "og:title", &shared),
        meta("property", "og:description", &story.title),
        meta("property", "og:site_name", "Claimline"),
        meta("name", "twitter:card", "summary"),
        meta("name", "twitter:title", &shared),
        meta("name", "twitter:description", &story.title),
        Element::new("title").text(format!("{} · Claimline", claim.statement)),
        Element::new("link")
            .set("rel", "stylesheet")
            .set("href", format!("../{stylesheet}")),
        Element::new("link")
            .set("rel", "icon")
            .set("href", "../favicon.svg")
            .set("type", "image/svg+xml"),
    ];
    let open = Element::new("p").set("class", "open-in-app").child(
        Element::new("a")
            .set("href", format!("../{}", claim_link(&claim.id)))
            .text("Open this claim in the story, with every other claim"),
    );
    let body = Element::new("body").child(
        Element::new("main")
            .set("class", "claim-page")
            .child(
                Element::new("p")
                    .set("class", "brand")
                    .child(Element::new("a").set("href", "../").text(&*story.title)),
            )
            .child(Element::new("h1").text(&*claim.statement))
            .child(open)
            .children(chains(story, claim))
            .child(dates(claim, true))
            .children(figures(story, claim))
            .children(claim.note.as_ref().map(|note| {
                Element::new("p")
                    .set("class", "note")
                    .child(Element::new("strong").text("Editors’ note: "))
                    .text(&**note)
            }))
            .child(Element::new("h2").text("In the articles"))
            .children(
                claim
                    .appearances
                    .iter()
                    .filter_map(|a| in_context(story, a)),
            ),
    );
    format!(
        "<!doctype html><html lang=\"{}\"><head>{}</head>{}</html>\n",
        story.language,
        html(&head),
        html(&[body])
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load_tests::bundled_story;

    #[test]
    fn a_claims_page_previews_who_said_it_where_and_when_and_opens_the_app_on_it() {
        let story = bundled_story();
        let claim = story
            .claim("zelenskyy-over-3000-killed-or-wounded")
            .expect("the claim");
        let shared = share_text(&story, claim);
        assert_eq!(
            shared,
            "More than 3,000 North Korean soldiers are believed to have been killed or \
             wounded in Russia’s Kursk region, according to preliminary data, says Volodymyr \
             Zelenskyy, reported by ABC News"
        );
        let pages = claim_pages(&story, "main-1.css");
        assert_eq!(pages.len(), story.claims.len());
        let page = pages
            .iter()
            .find(|p| p.path == "claims/zelenskyy-over-3000-killed-or-wounded.html")
            .expect("its page");
        let text = String::from_utf8_lossy(&page.bytes);
        assert!(
            text.contains(&format!("property=\"og:title\" content=\"{shared}\"")),
            "{text}"
        );
        assert!(
            text.contains("href=\"../?claim=zelenskyy-over-3000-killed-or-wounded\""),
            "{text}"
        );
        assert!(text.contains("href=\"../main-1.css\""));
        assert!(
            text.contains("<mark>"),
            "the quotes marked in their paragraphs"
        );
    }
}
