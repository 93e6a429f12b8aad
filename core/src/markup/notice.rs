//! The notice that names the parts of a link the page could not use.

use super::seam::{Action, DATA_ACTION};
use super::Element;

/// The notice for what a link held that was left out; nothing when all was understood.
pub fn link_notice(ignored: &[String]) -> Option<Element> {
    if ignored.is_empty() {
        return None;
    }
    Some(
        Element::new("div")
            .set("class", "notice")
            .set("role", "status")
            .child(
                Element::new("p")
                    .text("Parts of this link were not understood and were left out: ")
                    .child(Element::new("code").text(ignored.join(", "))),
            )
            .child(
                Element::new("button")
                    .set("type", "button")
                    .set(DATA_ACTION, Action::DismissNotice.key())
                    .text("Dismiss"),
            ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_notice_names_every_part_left_out_and_can_be_dismissed() {
        assert_eq!(link_notice(&[]), None);
        let notice = link_notice(&["side=mars".into(), "colour=blue".into()]);
        let notice = notice.expect("a notice for two parts");
        assert!(notice
            .text_content()
            .contains("left out: side=mars, colour=blue"));
        let buttons: Vec<_> = notice
            .descendants()
            .into_iter()
            .filter(|e| e.tag == "button")
            .collect();
        assert_eq!(buttons.len(), 1);
        assert_eq!(
            buttons[0].attribute(DATA_ACTION),
            Some(&*Action::DismissNotice.key())
        );
    }
}
