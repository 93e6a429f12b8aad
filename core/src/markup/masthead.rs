//! The page's head: the story's title, the articles it is drawn from, each with its
//! headline, dateline and publication date (and how that date was worked out, when the
//! text does not give it), and a line on how to read a claim, linking to the page's
//! fuller guide (`#reading`, in `index.html`). `claimline site` writes it into the page,
//! so it is there before and without the app.

use super::Element;
use crate::model::{Article, Precision, Story, When};
use crate::words::article_name;

/// Up to this many articles the masthead's line names each; beyond, it counts them and
/// gives the days they span, and the list that opens names them.
pub const NAMED_UP_TO: usize = 4;

/// The masthead's content.
pub fn masthead(story: &Story) -> Vec<Element> {
    let count = story.articles.len();
    let sources = match days_spanned(story) {
        Some(days) if count > NAMED_UP_TO => format!("{count} articles, {days}"),
        _ => story
            .articles
            .iter()
            .map(|a| format!("{} ({})", article_name(story, &a.id), a.published))
            .collect::<Vec<_>>()
            .join("; "),
    };
    let articles = story.articles.iter().map(|a| article_item(story, a));
    vec![
        Element::new("p").set("class", "brand").text("Claimline"),
        Element::new("h1").text(&*story.title),
        Element::new("details").set("class", "sources").children([
            Element::new("summary").text(format!("Who claims what, from {sources}")),
            Element::new("ul").set("class", "articles").children(articles),
        ]),
        Element::new("p")
            .set("class", "how-to-read")
            .text("Each claim names who made it; “→” leads to who passed it on. A date marked “inferred” was worked out from the text, which says how. ")
            .child(Element::new("a").set("href", "#reading").text("How to read a claim")),
    ]
}

/// The days the story's articles were published over: "12–19 Dec 2024".
fn days_spanned(story: &Story) -> Option<When> {
    let published = story.articles.iter().map(|a| &a.published);
    let start = published.clone().map(|when| when.start).min()?;
    let last = published.map(|when| when.last_day(|| when.start)).max()?;
    Some(When {
        start,
        end: Some(last),
        precision: Precision::Period,
        phrase: None,
        inferred: None,
    })
}

/// One article: its name, its headline (a link to it where the story gives its
/// address), what the headline is when not the outlet's own, its dateline and when it
/// was published.
fn article_item(story: &Story, article: &Article) -> Element {
    let headline = match &article.url {
        Some(url) => Element::new("a")
            .set("href", &**url)
            .text(&*article.headline),
        None => Element::new("span").text(&*article.headline),
    };
    let mut item = Element::new("li")
        .child(Element::new("strong").text(article_name(story, &article.id)))
        .text(": ")
        .child(Element::new("cite").child(headline));
    if let Some(note) = &article.headline_note {
        item = item.text(format!(" ({note})"));
    }
    let mut published = format!("Published {}", article.published);
    if let Some(dateline) = &article.dateline {
        published = format!("{dateline} · {published}");
    }
    let mut line = Element::new("span")
        .set("class", "published")
        .text(published);
    if let Some(reason) = &article.published.inferred {
        line = line
            .text(" ")
            .child(
                Element::new("span")
                    .set("class", "inferred")
                    .text("inferred"),
            )
            .text(format!(": {reason}"));
    }
    item.child(line)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load_tests::small_story;
    use crate::model::Date;

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
            assert!(sources.contains(&*article.headline), "{sources}");
        }
        let guide = &head[3];
        assert!(guide.text_content().contains('→') && guide.text_content().contains("inferred"));
        let link = guide.elements().next().expect("a link to the guide");
        assert_eq!(link.attribute("href"), Some("#reading"));
    }

    /// The small story's first article, `count` times over, published over 12 to 19
    /// December 2024.
    fn story_of(count: usize) -> Story {
        let mut story = small_story();
        let first = Date::parse("2024-12-12").expect("a date").day_number();
        let articles: Vec<Article> = (0..count)
            .map(|i| {
                let mut article = story.articles[0].clone();
                article.id = format!("a{i}").into();
                article.published.start = Date::from_day_number(first + (i % 8) as i32);
                article.published.end = Some(article.published.start);
                article
            })
            .collect();
        story.articles = articles.into();
        story
    }

    fn summary(story: &Story) -> String {
        let head = masthead(story);
        let summary = head[2].elements().next().expect("a summary");
        summary.text_content()
    }

    #[test]
    fn beyond_a_handful_of_articles_the_line_counts_them_and_the_list_names_each() {
        let story = story_of(20);
        assert_eq!(
            summary(&story),
            "Who claims what, from 20 articles, 12–19 Dec 2024"
        );
        let head = masthead(&story);
        let items = head[2].descendants().into_iter().filter(|e| e.tag == "li");
        assert_eq!(items.count(), 20);
        // Four are still named one by one, each with its day.
        assert_eq!(
            summary(&story_of(4)),
            "Who claims what, from A0 · The Daily (12 Dec 2024); A1 · The Daily (13 Dec 2024); \
             A2 · The Daily (14 Dec 2024); A3 · The Daily (15 Dec 2024)"
        );
        assert_eq!(
            summary(&story_of(5)),
            "Who claims what, from 5 articles, 12–16 Dec 2024"
        );
    }

    #[test]
    fn an_article_links_to_its_address_and_says_how_its_date_was_worked_out() {
        let mut story = small_story();
        let mut articles = story.articles.to_vec();
        articles[0].url = Some("https://example.org/a".into());
        articles[0].dateline = Some("PORTSMOUTH".into());
        articles[0].headline_note = Some("the outlet's headline, shortened".into());
        articles[1].published.inferred = Some("From the weekday in its first paragraph.".into());
        story.articles = articles.into();
        let head = masthead(&story);
        let items: Vec<&Element> = head[2]
            .descendants()
            .into_iter()
            .filter(|e| e.tag == "li")
            .collect();
        let first = items[0].text_content();
        assert!(
            first.contains("PORTSMOUTH · Published")
                && first.contains("(the outlet's headline, shortened)"),
            "{first}"
        );
        let link = items[0]
            .descendants()
            .into_iter()
            .find(|e| e.tag == "a")
            .expect("a link");
        assert_eq!(link.attribute("href"), Some("https://example.org/a"));
        let second = items[1].text_content();
        assert!(
            second.contains("inferred: From the weekday in its first paragraph."),
            "{second}"
        );
        assert!(
            items[1].descendants().iter().all(|e| e.tag != "a"),
            "no address, no link"
        );
    }
}
