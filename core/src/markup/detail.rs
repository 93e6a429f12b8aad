//! The claim detail: everything about the selected claim, a notice when the link names
//! no such claim, or a hint when none is selected. Buttons carry a `data-action` the
//! page handles; links to other claims carry `data-claim`.

use super::card::claim_anchor;
use super::facts::{chains, dates, figures};
use super::seam::{claim_page_path, CLAIM_ADDRESS};
use super::seam::{
    Action, Copyable, DATA_ACTION, DATA_PAIR, DATA_QUANTITY, DATA_REPORT, DATA_VIEW, DETAIL_HEADING,
};
use super::Element;
use crate::cite::citation;
use crate::compare::pairs::by_publication;
use crate::model::text::{contains, highlight};
use crate::model::{Appearance, Claim, Story};
use crate::related::related;
use crate::url_state::{href, UrlState, View};
use crate::words::{article_name, verification_label};

const RELATED_LIMIT: usize = 6;

/// What the panel offers beyond the claim itself.
#[derive(Clone, Copy)]
pub struct Offers {
    /// A Share button: the browser offers Web Share.
    pub share: bool,
    /// A link to the claim in the Compare view: the reader is elsewhere.
    pub compare: bool,
}

/// The panel's content for the selection as the link gave it.
pub fn detail(story: &Story, selected: Option<&str>, offers: Offers) -> Vec<Element> {
    match selected {
        None => vec![
            heading("No claim selected"),
            Element::new("p").set("class", "hint").text(
                "Select a claim to read its quotes in context, see related claims, and copy a link to it or its citation.",
            ),
            share_block(vec![button(Action::Copy(Copyable::Embed), "Embed this view")]),
        ],
        Some(id) => match story.claim(id) {
            Some(claim) => claim_detail(story, claim, offers),
            None => no_such_claim(id),
        },
    }
}

fn heading(text: impl Into<String>) -> Element {
    Element::new("h2")
        .set("id", DETAIL_HEADING)
        .set("tabindex", "-1")
        .text(text)
}

fn button(action: Action, label: &str) -> Element {
    Element::new("button")
        .set("type", "button")
        .set(DATA_ACTION, action.key())
        .text(label)
}

/// The buttons that take the claim or the view elsewhere, and the line saying how it
/// went.
fn share_block(buttons: Vec<Element>) -> Element {
    Element::new("div")
        .set("class", "share")
        .children(buttons)
        .child(
            Element::new("div")
                .set("class", "share-status")
                .set("role", "status"),
        )
}

fn no_such_claim(id: &str) -> Vec<Element> {
    vec![
        heading("No such claim"),
        Element::new("div")
            .set("class", "notice")
            .set("role", "alert")
            .child(
                Element::new("p")
                    .text("This story has no claim with the id “")
                    .child(Element::new("code").text(id))
                    .text("”. The link may be mistyped or cut short."),
            )
            .child(button(Action::ShowAllClaims, "Show all claims")),
    ]
}

fn claim_detail(story: &Story, claim: &Claim, offers: Offers) -> Vec<Element> {
    let topics = claim
        .topics
        .iter()
        .map(|t| story.topic_label(t).unwrap_or(t))
        .collect::<Vec<_>>()
        .join(", ");
    let verification = claim.verification.as_ref().map(|v| {
        Element::new("p")
            .set("class", "verification")
            .child(Element::new("strong").text(format!("{}: ", verification_label(Some(v.status)))))
            .text(v.note.to_string())
    });
    let mut buttons = vec![
        button(Action::Copy(Copyable::Link), "Copy link"),
        button(Action::Copy(Copyable::Citation), "Copy citation"),
        button(Action::Copy(Copyable::CslJson), "Copy as CSL-JSON"),
    ];
    buttons.extend(offers.share.then(|| button(Action::Share, "Share…")));
    buttons.push(button(Action::Copy(Copyable::Embed), "Embed"));
    let share = share_block(buttons);
    let related = related(story, claim, RELATED_LIMIT)
        .into_iter()
        .map(|other| Element::new("li").child(claim_anchor(other)));
    let mut parts = vec![Element::new("div")
        .set("class", "detail-head")
        .child(heading(claim.statement.to_string()))
        .child(button(Action::CloseDetail, "Close").set("class", "close"))];
    parts.extend(chains(story, claim));
    parts.push(dates(claim, true));
    parts.extend(figures(story, claim));
    parts.extend(figures_links(story, claim));
    parts.push(
        Element::new("p")
            .set("class", "topics")
            .child(Element::new("strong").text("Topics: "))
            .text(topics),
    );
    parts.extend(verification);
    // The story's editors' words, not the articles': said so.
    parts.extend(claim.note.as_ref().map(|note| {
        Element::new("p")
            .set("class", "note")
            .child(Element::new("strong").text("Editors’ note: "))
            .text(&**note)
    }));
    parts.push(cite_as(story, claim));
    parts.push(share);
    parts.push(Element::new("h3").text("In the articles"));
    if offers.compare && story.articles.len() > 1 {
        // Worded by more than one article: there are wordings to set side by side.
        let shared = claim
            .appearances
            .windows(2)
            .any(|pair| pair[0].article != pair[1].article);
        parts.push(Element::new("p").child(compare_link(story, claim, shared)));
    }
    for (at, appearance) in claim.appearances.iter().enumerate() {
        parts.extend(in_context(story, appearance));
        // Each article's version cited on its own, when there is more than one.
        if claim.appearances.len() > 1 {
            let label = format!(
                "Copy citation of {}",
                article_name(story, &appearance.article)
            );
            let copy = button(Action::Copy(Copyable::Citation), &label);
            parts.push(share_block(vec![copy.set(DATA_REPORT, at.to_string())]));
        }
    }
    parts.push(Element::new("h3").text("Related claims"));
    parts.push(Element::new("ul").set("class", "related").children(related));
    parts
}

/// The claim's citation, ending in its own page's address: for paper only (hidden on
/// screen, where Copy citation gives it), so a printed claim says where it is from.
fn cite_as(story: &Story, claim: &Claim) -> Element {
    let path = claim_page_path(&claim.id);
    Element::new("p")
        .set("class", "cite-as")
        .set("hidden", "")
        .child(Element::new("strong").text("Cite as: "))
        .text(format!("{} ", citation(story, claim)))
        .child(
            Element::new("a")
                .set("class", CLAIM_ADDRESS)
                .set("href", path.clone())
                .text(path),
        )
}

/// The full address of a claim's own page, from the address of the page showing it.
pub fn claim_address(page: &str, claim: &str) -> String {
    let page = page.split(['?', '#']).next().unwrap_or_default();
    let folder = page.rfind('/').map_or("", |at| &page[..=at]);
    format!("{folder}{}", claim_page_path(claim))
}

/// The claim in the Compare view: its two wordings side by side (`shared`: two
/// articles carry it, the first two to publish it), or where the one article that does
/// gives it, beside the article it shares most with.
fn compare_link(story: &Story, claim: &Claim, shared: bool) -> Element {
    let carrying: Vec<&str> = by_publication(story)
        .into_iter()
        .filter(|a| claim.appearances.iter().any(|c| c.article == a.id))
        .map(|a| &*a.id)
        .take(2)
        .collect();
    let state = UrlState {
        view: View::Compare,
        claim: Some(claim.id.to_string()),
        articles: Some(carrying.join(",")),
        ..UrlState::default()
    };
    let label = match shared {
        true => "Compare wordings",
        false => "Compare the articles",
    };
    Element::new("a")
        .set("href", href(&state))
        .set(DATA_VIEW, View::Compare.key())
        .set(DATA_PAIR, carrying.join(","))
        .text(label)
}

/// A link to the Figures view for each quantity the claim counts, with the claim still
/// selected there.
fn figures_links(story: &Story, claim: &Claim) -> Option<Element> {
    let mut quantities: Vec<&str> = Vec::new();
    for figure in claim.figures.iter() {
        if !quantities.contains(&&*figure.quantity) {
            quantities.push(&figure.quantity);
        }
    }
    let several = quantities.len() > 1;
    let links = quantities.into_iter().map(|quantity| {
        let state = UrlState {
            view: View::Figures,
            quantity: Some(quantity.to_owned()),
            claim: Some(claim.id.to_string()),
            ..UrlState::default()
        };
        let label = match several {
            true => format!(
                "See all figures of “{}”",
                story.quantity_label(quantity).unwrap_or(quantity)
            ),
            false => "See all figures of this quantity".to_owned(),
        };
        Element::new("li").child(
            Element::new("a")
                .set("href", href(&state))
                .set(DATA_VIEW, View::Figures.key())
                .set(DATA_QUANTITY, quantity)
                .text(label),
        )
    });
    (!claim.figures.is_empty()).then(|| {
        Element::new("ul")
            .set("class", "figures-links")
            .children(links)
    })
}

/// Each paragraph of one article that carries the claim, with the quotes marked.
pub fn in_context(story: &Story, appearance: &Appearance) -> Option<Element> {
    let article = story.article(&appearance.article)?;
    let quotes: Vec<&str> = appearance.quotes.iter().map(|q| &**q).collect();
    let paragraphs = article
        .paragraphs
        .iter()
        .filter(|p| quotes.iter().any(|q| contains(p, q)))
        .map(|paragraph| {
            let text = highlight(paragraph, &quotes).into_iter().fold(
                Element::new("p"),
                |text, segment| match segment.marked {
                    true => text.child(Element::new("mark").text(segment.text)),
                    false => text.text(segment.text),
                },
            );
            Element::new("blockquote").child(text)
        });
    Some(
        Element::new("figure")
            .set("class", "in-context")
            .child(
                Element::new("figcaption")
                    .child(Element::new("strong").text(article_name(story, &article.id)))
                    .text(" — ")
                    .child(Element::new("cite").text(article.headline.to_string())),
            )
            .children(paragraphs),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load_tests::small_story;
    use crate::markup::Node;

    const OFFERS: Offers = Offers {
        share: false,
        compare: true,
    };

    fn text_of(story: &Story, id: &str) -> String {
        detail(story, Some(id), OFFERS)
            .iter()
            .map(Element::text_content)
            .collect()
    }

    #[test]
    fn a_claim_s_own_address_is_beside_the_page_showing_it() {
        let page = "https://example.org/s/index.html?claim=a&view=figures#x";
        assert_eq!(
            claim_address(page, "b"),
            "https://example.org/s/claims/b.html"
        );
        assert_eq!(
            claim_address("https://example.org/s/?claim=a/c", "b"),
            "https://example.org/s/claims/b.html"
        );
    }

    #[test]
    fn the_claim_carries_its_citation_and_address_for_paper() {
        let story = small_story();
        let claim = &story.claims[0];
        let parts = detail(&story, Some(&claim.id), OFFERS);
        let cite = parts
            .iter()
            .find(|p| p.attribute("class") == Some("cite-as"))
            .expect("a citation");
        assert_eq!(cite.attribute("hidden"), Some(""), "on paper only");
        let text = cite.text_content();
        assert!(text.starts_with("Cite as: According to "), "{text}");
        assert!(
            text.ends_with(&format!("Claimline: claims/{}.html", claim.id)),
            "{text}"
        );
    }

    #[test]
    fn an_editors_note_is_shown_as_theirs_and_only_where_there_is_one() {
        let mut story = small_story();
        let mut claims = story.claims.to_vec();
        claims[0].note = Some("Worded as the minister gives it.".into());
        story.claims = claims.into();
        let (noted, plain) = (&story.claims[0].id, &story.claims[1].id);
        assert!(text_of(&story, noted).contains("Editors’ note: Worded as the minister gives it."));
        assert!(!text_of(&story, plain).contains("Editors’ note"));
    }

    /// The buttons under `parts` that copy a citation, as (label, `data-report`).
    fn citation_buttons(parts: &[Element]) -> Vec<(String, Option<String>)> {
        fn walk(element: &Element, found: &mut Vec<(String, Option<String>)>) {
            if element.attribute(DATA_ACTION) == Some("copy-citation") {
                let report = element.attribute(DATA_REPORT).map(str::to_owned);
                found.push((element.text_content(), report));
            }
            for child in element.children.iter() {
                if let Node::Element(child) = child {
                    walk(child, found);
                }
            }
        }
        let mut found = Vec::new();
        parts.iter().for_each(|part| walk(part, &mut found));
        found
    }

    #[test]
    fn each_article_s_version_of_a_claim_has_its_own_copy_citation() {
        let story = small_story();
        let both = detail(&story, Some("north-40-wounded"), OFFERS);
        assert_eq!(
            citation_buttons(&both),
            [
                ("Copy citation".to_owned(), None),
                (
                    "Copy citation of A · The Daily".to_owned(),
                    Some("0".to_owned())
                ),
                (
                    "Copy citation of B · The Weekly".to_owned(),
                    Some("1".to_owned())
                ),
            ]
        );
        // One article: its version is the claim's, cited once.
        let one = detail(&story, Some("south-supplies-low"), OFFERS);
        assert_eq!(citation_buttons(&one), [("Copy citation".to_owned(), None)]);
    }
}
