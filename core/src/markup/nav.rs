//! The links between views: each keeps the rest of the state (filters, selection) and
//! carries its view in `data-view`; the current one is marked.

use super::seam::DATA_VIEW;
use super::Element;
use crate::url_state::{href, UrlState};
use crate::view::View;
use crate::words::view_title;

/// The list of views, an item each.
pub fn view_links(state: &UrlState) -> Vec<Element> {
    let items = View::ALL.into_iter().map(|target| {
        let link = Element::new("a")
            .set(
                "href",
                href(&UrlState {
                    view: target,
                    ..state.clone()
                }),
            )
            .set(DATA_VIEW, target.key());
        let link = match state.view == target {
            true => link.set("aria-current", "page"),
            false => link,
        };
        Element::new("li").child(link.text(view_title(target)))
    });
    vec![Element::new("ul").children(items)]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_view_link_keeps_the_state_and_only_the_current_is_marked() {
        let state = UrlState {
            claim: Some("a-claim".into()),
            view: View::Timeline,
            ..UrlState::default()
        };
        let list = view_links(&state);
        let links: Vec<&Element> = list
            .iter()
            .flat_map(Element::descendants)
            .filter(|e| e.tag == "a")
            .collect();
        assert_eq!(links.len(), View::ALL.len());
        for link in &links {
            assert!(link
                .attribute("href")
                .is_some_and(|h| h.contains("claim=a-claim")));
        }
        let current: Vec<&str> = links
            .iter()
            .filter(|l| l.attribute("aria-current") == Some("page"))
            .filter_map(|l| l.attribute(DATA_VIEW))
            .collect();
        assert_eq!(current, ["timeline"]);
    }
}
