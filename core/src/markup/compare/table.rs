//! The coverage table as `claimline site` publishes it, in a file of its own: a column
//! per article in publication order, a row per claim; each cell how that article
//! carries the claim, a link opening its quote in the article's text (`DATA_CELL`);
//! each row standing for its claim (`DATA_SHOWS`), marked where the outlets part. Two
//! orders: as published (first appearance), and by how many articles carry a claim,
//! each written on its button for the page to lay the rows out by (`DATA_SORT`).

use super::super::card::{claim_anchor, more_button};
use super::super::seam::{DATA_CELL, DATA_CLAIMS, DATA_PAGE, DATA_PAIR, DATA_SHOWS};
use super::super::Element;
use super::article_text;
use crate::compare::compared;
use crate::compare::pairs::{by_publication, pair_with};
use crate::compare::spans;
use crate::compare::table::{carried, counts, orders, row_marks, Carried, Source};
use crate::explore::paging::PAGE;
use crate::model::{Article, Claim, Story};
use crate::words::article_name;

/// The table's file: its heading, the order's radio buttons, and the table in each
/// order in a region that scrolls sideways; with one article, says there is nothing to
/// set beside it, and gives its text.
pub fn table_page(story: &Story) -> Vec<Element> {
    let articles = by_publication(story);
    let mut parts = vec![Element::new("h3").text("Every article, claim by claim")];
    if let [only] = articles[..] {
        parts.push(Element::new("p").text("This story has one article: nothing to set beside it."));
        // Its text with its quotes, as a pair's file would give it.
        let every: Vec<usize> = (0..story.claims.len()).collect();
        let runs = spans(story, &only.id, &every);
        let name = article_name(story, &only.id);
        parts.push(
            Element::new("div")
                .set("class", "texts")
                .child(article_text(only, &name, &runs)),
        );
    }
    parts.push(order_choice());
    let [first, by_count] = orders(story);
    let shown = compared(story).map(|pair| pair.map(|a| &*a.id));
    for (order, class, words) in [
        (first, "by-first", "by first appearance"),
        (by_count, "by-count", "by how many articles carry each"),
    ] {
        let mut body = Element::new("tbody");
        for index in order {
            if let Some(claim) = story.claims.get(index) {
                body = body.child(row(story, &articles, claim, index, shown));
            }
        }
        let table = Element::new("table")
            .set("class", "carried")
            .child(Element::new("caption").text(format!(
                "How each of the {} articles carries each claim, {words}; the articles in order of publication",
                articles.len()
            )))
            .child(head(story, &articles))
            .child(body);
        // The page hides and shows rows (`DATA_SHOWS`) and pages them; "Show more"
        // follows the region.
        parts.push(
            Element::new("div")
                .set("class", format!("coverage-region {class}"))
                .set("role", "region")
                .set(
                    "aria-label",
                    format!("Coverage table {words}, scrolls sideways"),
                )
                .set("tabindex", "0")
                .set(DATA_PAGE, PAGE.to_string())
                .child(table),
        );
        parts.push(more_button());
    }
    parts
}

/// The two orders of the table, as radio buttons the stylesheet reads.
fn order_choice() -> Element {
    let mut group = Element::new("fieldset")
        .set("class", "sort")
        .child(Element::new("legend").text("Order of claims"));
    for (value, words) in [
        ("first", "By first appearance"),
        ("count", "By articles carrying"),
    ] {
        let mut input = Element::new("input")
            .set("type", "radio")
            .set("name", "coverage-order")
            .set("value", value);
        if value == "first" {
            input = input.set("checked", "");
        }
        group = group.child(Element::new("label").child(input).text(words));
    }
    group
}

/// A column head per article: its id and outlet, date, and what it carries.
fn head(story: &Story, articles: &[&Article]) -> Element {
    let mut row = Element::new("tr").child(Element::new("th").set("scope", "col").text("Claim"));
    for article in articles {
        let counts = counts(story, article);
        row = row.child(
            Element::new("th")
                .set("scope", "col")
                .child(Element::new("span").text(article_name(story, &article.id)))
                .child(
                    Element::new("span")
                        .set("class", "date")
                        .text(article.published.to_string()),
                )
                .child(Element::new("span").set("class", "counts").text(format!(
                    "{} claims: {} attributed, {} in its own voice",
                    counts.carried, counts.attributed, counts.own_voice
                ))),
        );
    }
    Element::new("thead").child(row)
}

/// A claim's row: the statement as its head with the row's marks, then a cell per
/// article.
fn row(
    story: &Story,
    articles: &[&Article],
    claim: &Claim,
    index: usize,
    shown: Option<[&str; 2]>,
) -> Element {
    let marks = row_marks(story, claim);
    let mut flags = Vec::new();
    if let Some(only) = &marks.only_in {
        flags.push(format!(
            "Only in {} of {}",
            only.to_ascii_uppercase(),
            articles.len()
        ));
    }
    if marks.figures_differ {
        flags.push("Figures differ".to_owned());
    }
    if marks.sources_differ {
        flags.push("Sources differ".to_owned());
    }
    let mut head = Element::new("th")
        .set("scope", "row")
        .child(claim_anchor(claim));
    if !flags.is_empty() {
        head = head.child(
            Element::new("ul")
                .set("class", "row-marks")
                .children(flags.into_iter().map(|f| Element::new("li").text(f))),
        );
    }
    let mut row = Element::new("tr")
        .set(DATA_CLAIMS, claim.id.to_string())
        .set(DATA_SHOWS, index.to_string())
        .child(head);
    for article in articles {
        let cell = match carried(story, claim, article) {
            Some(carried) => {
                // The link names the default pair holding the article: the page sets the
                // article beside the one it shows first (`pair_with`).
                let pair = match shown {
                    Some(shown) => pair_with(story, shown, &article.id),
                    None => vec![article.id.to_string()],
                };
                let ids: Vec<&str> = pair.iter().map(String::as_str).collect();
                let link = Element::new("a")
                    .set("href", cell_href(&ids, &claim.id))
                    .set(DATA_PAIR, ids.join(","))
                    .set(DATA_CELL, article.id.to_string());
                Element::new("td").child(cell_words(link, &carried))
            }
            None => Element::new("td")
                .set("class", "absent")
                .text("not carried"),
        };
        row = row.child(cell);
    }
    row
}

fn cell_href(articles: &[&str], claim: &str) -> String {
    format!(
        "?view=compare&articles={}&claim={claim}",
        articles.join(",")
    )
}

/// A cell's words: the source (or "own voice"), its channel, each relay, the hedge,
/// the figures and the article's own date, each on its line.
fn cell_words(link: Element, carried: &Carried) -> Element {
    let source = match &carried.source {
        Source::OwnVoice => "In its own voice".to_owned(),
        Source::Unnamed(names) | Source::Named(names) => names.clone(),
    };
    let source = match &carried.channel {
        Some(channel) => format!("{source} ({channel})"),
        None => source,
    };
    let mut lines = vec![("source", source)];
    for relay in &carried.via {
        lines.push(("via", format!("via {relay}")));
    }
    if let Some(hedge) = carried.hedge {
        lines.push(("hedge", hedge.to_owned()));
    }
    if !carried.figures.is_empty() {
        lines.push(("figures", carried.figures.join(", ")));
    }
    if let Some(made) = &carried.made {
        lines.push(("made", format!("dated {made}")));
    }
    let mut link = link;
    for (class, words) in lines {
        link = link.child(Element::new("span").set("class", class).text(words));
    }
    link
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load_tests::four_outlets;
    use crate::markup::html;

    /// The table in one order: 0 by first appearance, 1 by articles carrying.
    fn table(parts: &[Element], order: usize) -> &Element {
        parts
            .iter()
            .flat_map(|p| p.descendants())
            .filter(|e| e.tag == "table")
            .nth(order)
            .expect("the table")
    }

    fn rows(table: &Element) -> Vec<&Element> {
        table
            .descendants()
            .into_iter()
            .filter(|e| e.tag == "tr" && e.attribute(DATA_SHOWS).is_some())
            .collect()
    }

    #[test]
    fn the_table_has_a_column_per_article_by_publication_and_a_row_per_claim() {
        let story = four_outlets();
        let parts = table_page(&story);
        let table = table(&parts, 0);
        let heads: Vec<String> = table
            .descendants()
            .into_iter()
            .filter(|e| e.tag == "th" && e.attribute("scope") == Some("col"))
            .map(|e| e.text_content())
            .collect();
        assert_eq!(
            heads,
            [
                "Claim",
                "B · Lantern Weekly1 Mar 20262 claims: 2 attributed, 0 in its own voice",
                "A · Festival Daily2 Mar 20263 claims: 1 attributed, 2 in its own voice",
                "C · Town Courier3 Mar 20263 claims: 3 attributed, 0 in its own voice",
                "D · Evening Lamp3 Mar 20261 claims: 0 attributed, 1 in its own voice",
            ]
        );
        let rows = rows(table);
        let shows: Vec<&str> = rows
            .iter()
            .filter_map(|r| r.attribute(DATA_SHOWS))
            .collect();
        assert_eq!(shows, ["0", "3", "1", "4", "2"], "by first appearance");
        // lanterns-ready: in B, A and C, not D; figures and sources differ.
        let cells: Vec<String> = rows[0].elements().map(Element::text_content).collect();
        assert_eq!(
            cells,
            [
                "Hundreds of lanterns were ready.Figures differSources differ",
                "Town council520",
                "Town councilabout 500",
                "Unnamed officialsvia Lamplight Wire520",
                "not carried",
            ]
        );
        // boats-late: B alone, from the radio, not verified.
        let boats: Vec<String> = rows[1].elements().map(Element::text_content).collect();
        assert_eq!(
            boats[..2],
            [
                "The boats will be late.Only in B of 4",
                "Harbour master (local radio)Outlet could not verify",
            ]
        );
        // rain-delay: D's own date.
        let rain: Vec<String> = rows[2].elements().map(Element::text_content).collect();
        assert_eq!(rain[4], "In its own voicedated 27 Feb 2026");
    }

    #[test]
    fn a_cell_opens_its_quote_beside_the_first_article_shown() {
        // The default pair is A and C: a cell of C keeps it; one of B sets B beside A.
        let story = four_outlets();
        let written = html(&table_page(&story));
        assert!(
            written.contains(r#"href="?view=compare&amp;articles=a,c&amp;claim=lanterns-ready" data-pair="a,c" data-cell="c""#),
            "{written}"
        );
        assert!(written.contains(
            r#"href="?view=compare&amp;articles=b,a&amp;claim=boats-late" data-pair="b,a" data-cell="b""#
        ));
    }

    #[test]
    fn each_order_is_a_table_in_a_region_that_scrolls_with_a_name() {
        let story = four_outlets();
        let parts = table_page(&story);
        let order = |i: usize| -> Vec<String> {
            rows(table(&parts, i))
                .iter()
                .filter_map(|r| r.attribute(DATA_SHOWS).map(str::to_owned))
                .collect()
        };
        assert_eq!(order(0), ["0", "3", "1", "4", "2"]);
        assert_eq!(order(1), ["0", "1", "4", "3", "2"]);
        let regions: Vec<&Element> = parts
            .iter()
            .filter(|p| p.attribute("role") == Some("region"))
            .collect();
        assert_eq!(regions.len(), 2);
        for region in regions {
            assert_eq!(region.attribute("tabindex"), Some("0"));
            assert!(region.attribute("aria-label").is_some());
        }
        let radios = parts
            .iter()
            .flat_map(|p| p.descendants())
            .filter(|e| e.attribute("type") == Some("radio"))
            .count();
        assert_eq!(radios, 2);
    }

    #[test]
    fn one_article_says_so_and_still_has_its_column() {
        let mut story = four_outlets();
        story.articles.to_mut().truncate(1);
        let parts = table_page(&story);
        let words: String = parts.iter().map(Element::text_content).collect();
        assert!(words.contains("This story has one article"), "{words}");
        assert!(!words.contains("Only in"), "one article alone is no mark");
        assert!(
            words.contains("About 500 lanterns were ready"),
            "its text: {words}"
        );
    }
}
