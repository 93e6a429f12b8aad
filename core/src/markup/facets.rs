//! The filter groups: one fieldset per facet, a checkbox per value with the number of
//! claims it would give. Built once; the page then keeps each box's state and count.

use super::seam::{Action, COLLAPSED, DATA_ACTION, DATA_FACET, DATA_VALUE, SEARCH};
use super::Element;
use crate::explore::Explorer;
use crate::facet::Facet;
use crate::words::{facet_plural, facet_title};

/// How many of a facet's values show before "Show all": its most frequent ones.
pub const SHOWN_AT_FIRST: usize = 6;

/// The filters' frame: the search, the live count with "Clear all", and the folding
/// holder the facet groups go in (folded on a phone, so the claims come first).
pub fn filters_frame() -> Vec<Element> {
    vec![
        Element::new("form")
            .set("role", "search")
            .child(
                Element::new("label")
                    .set("for", SEARCH)
                    .text("Search statements and quotes"),
            )
            .child(
                Element::new("input")
                    .set("id", SEARCH)
                    .set("type", "search")
                    .set("placeholder", "Search statements and quotes")
                    .set("autocomplete", "off"),
            ),
        Element::new("div")
            .set("class", "tally")
            .child(
                Element::new("p")
                    .set("class", "total")
                    .set("role", "status"),
            )
            .child(
                Element::new("button")
                    .set("type", "button")
                    .set(DATA_ACTION, Action::ClearFilters.key())
                    .text("Clear all"),
            ),
        Element::new("details").set("class", "facet-groups").child(
            Element::new("summary")
                .text("Filter by claimant, side, relay, topic, article, verification"),
        ),
    ]
}

/// Every facet's group, boxes unticked and counts empty. Each box carries its facet
/// and value in `data-facet` and `data-value`; the boxes and the `.count`s come in
/// the order of [`Facet::ALL`], then of [`Explorer::options`]. A facet with many
/// values shows its first few, in the page's flow (no scroll box of its own), and a
/// button that shows the rest.
pub fn facet_groups(explorer: &Explorer) -> Vec<Element> {
    Facet::ALL
        .into_iter()
        .map(|facet| {
            let all = explorer.options(facet);
            let folded = all.len() > SHOWN_AT_FIRST + 1;
            let options = all.iter().enumerate().map(|(index, option)| {
                let id = format!("facet-{}-{}", facet.key(), option.value);
                let item = match folded && index >= SHOWN_AT_FIRST {
                    true => Element::new("li").set("class", "extra"),
                    false => Element::new("li"),
                };
                item.child(
                    Element::new("input")
                        .set("type", "checkbox")
                        .set("id", id.as_str())
                        .set(DATA_FACET, facet.key())
                        .set(DATA_VALUE, option.value.as_str()),
                )
                .child(
                    Element::new("label")
                        .set("for", id)
                        .text(option.label.as_str())
                        .child(Element::new("span").set("class", "count")),
                )
            });
            let class = match folded {
                true => format!("facet facet-{} {COLLAPSED}", facet.key()),
                false => format!("facet facet-{}", facet.key()),
            };
            let show_all = folded.then(|| {
                Element::new("button")
                    .set("type", "button")
                    .set("class", "show-all")
                    .set(DATA_ACTION, Action::ShowAllValues.key())
                    .text(format!("Show all {} {}", all.len(), facet_plural(facet)))
            });
            Element::new("fieldset")
                .set("class", class)
                .child(Element::new("legend").text(facet_title(facet)))
                .child(Element::new("ul").children(options))
                .children(show_all)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load_tests::small_story;

    #[test]
    fn each_option_is_a_labelled_box_naming_its_facet_and_value() {
        let story = small_story();
        let explorer = Explorer::new(&story);
        let groups = facet_groups(&explorer);
        assert_eq!(groups.len(), Facet::ALL.len());
        let all: Vec<&Element> = groups.iter().flat_map(Element::descendants).collect();
        let boxes: Vec<&&Element> = all.iter().filter(|e| e.tag == "input").collect();
        let expected: usize = Facet::ALL.iter().map(|&f| explorer.options(f).len()).sum();
        assert_eq!(boxes.len(), expected);
        for input in boxes {
            let id = input.attribute("id").expect("id");
            let facet = input.attribute(DATA_FACET).expect("facet");
            let value = input.attribute(DATA_VALUE).expect("value");
            assert_eq!(id, format!("facet-{facet}-{value}"));
            assert!(all
                .iter()
                .any(|e| e.tag == "label" && e.attribute("for") == Some(id)));
        }
    }

    #[test]
    fn a_facet_with_many_values_shows_its_first_few_and_offers_the_rest() {
        let story = crate::synthetic::story(300, 7);
        let explorer = Explorer::new(&story);
        let mut folded = 0;
        for (facet, group) in Facet::ALL.into_iter().zip(facet_groups(&explorer)) {
            let values = explorer.options(facet).len();
            let items: Vec<&Element> = group
                .descendants()
                .into_iter()
                .filter(|e| e.tag == "li")
                .collect();
            assert_eq!(items.len(), values);
            let extra = items.iter().filter(|li| li.has_class("extra")).count();
            let button = group.descendants().into_iter().find(|e| e.tag == "button");
            if values > SHOWN_AT_FIRST + 1 {
                folded += 1;
                assert!(group.has_class(COLLAPSED));
                assert_eq!(extra, values - SHOWN_AT_FIRST);
                assert!(items[..SHOWN_AT_FIRST]
                    .iter()
                    .all(|li| !li.has_class("extra")));
                let button = button.expect("a Show all button");
                assert_eq!(
                    button.attribute(DATA_ACTION),
                    Some(&*Action::ShowAllValues.key())
                );
                assert_eq!(
                    button.text_content(),
                    format!("Show all {values} {}", facet_plural(facet))
                );
            } else {
                assert!(!group.has_class(COLLAPSED) && extra == 0 && button.is_none());
            }
        }
        assert!(
            folded > 0,
            "the generated story has a facet with many values"
        );
    }
}
