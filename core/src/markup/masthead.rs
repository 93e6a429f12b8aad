//! The page's head: the story's title, the articles it is drawn from, and a line on how
//! to read a claim, linking to the page's fuller guide (`#reading`, in `index.html`).

use super::Element;
use crate::model::Story;
use crate::words::article_name;

/// The masthead's content.
pub fn masthead(story: &Story) -> Vec<Element> {
    let sources = story
        .articles
        .iter()
        .map(|a| format!("{} ({})", article_name(story, &a.id), a.published))
        .collect::<Vec<_>>()
        .join("; ");
    vec![
        Element::new("p").set("class", "brand").text("Claimline"),
        Element::new("h1").text(&*story.title),
        Element::new("p")
            .set("class", "sources")
            .text(format!("Who claims what, from {sources}")),
        Element::new("p")
            .set("class", "how-to-read")
            .text("Each claim names who made it; “→” leads to who passed it on. A date marked “inferred” was worked out from the text, which says how. ")
            .child(Element::new("a").set("href", "#reading").text("How to read a claim")),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load_tests::small_story;

    #[test]
    fn names_the_story_its_articles_and_how_to_read_a_claim() {
        let story = small_story();
        let head = masthead(&story);
        assert_eq!(head[1].text_content(), &*story.title);
        let sources = head[2].text_content();
        for article in story.articles.iter() {
            assert!(
                sources.contains(&article_name(&story, &article.id)),
                "{sources}"
            );
        }
        let guide = &head[3];
        assert!(guide.text_content().contains('→') && guide.text_content().contains("inferred"));
        let link = guide.elements().next().expect("a link to the guide");
        assert_eq!(link.attribute("href"), Some("#reading"));
    }
}
