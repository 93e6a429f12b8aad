//! The filter groups: one fieldset per facet, a checkbox per value with the number of
//! claims it would give. Built once; the page then keeps each box's state and count.

use super::Element;
use crate::explore::Explorer;
use crate::facet::Facet;
use crate::words::facet_title;

/// Every facet's group, boxes unticked and counts empty. Each box carries its facet
/// and value in `data-facet` and `data-value`; the boxes and the `.count`s come in
/// the order of [`Facet::ALL`], then of [`Explorer::options`].
pub fn facet_groups(explorer: &Explorer) -> Vec<Element> {
    Facet::ALL
        .into_iter()
        .map(|facet| {
            let options = explorer.options(facet).iter().map(|option| {
                let id = format!("facet-{}-{}", facet.key(), option.value);
                Element::new("li")
                    .child(
                        Element::new("input")
                            .set("type", "checkbox")
                            .set("id", id.as_str())
                            .set("data-facet", facet.key())
                            .set("data-value", option.value.as_str()),
                    )
                    .child(
                        Element::new("label")
                            .set("for", id)
                            .text(option.label.as_str())
                            .child(Element::new("span").set("class", "count")),
                    )
            });
            Element::new("fieldset")
                .set("class", format!("facet facet-{}", facet.key()))
                .child(Element::new("legend").text(facet_title(facet)))
                .child(Element::new("ul").children(options))
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
            let facet = input.attribute("data-facet").expect("facet");
            let value = input.attribute("data-value").expect("value");
            assert_eq!(id, format!("facet-{facet}-{value}"));
            assert!(all
                .iter()
                .any(|e| e.tag == "label" && e.attribute("for") == Some(id)));
        }
    }
}
