//! The notice that names the parts of a link the page could not use.

use super::seam::{Action, DATA_ACTION};
use super::Element;

/// How many parts left out the notice names, and how many characters of each it
/// repeats: a crafted link of a megabyte still makes a short notice.
const NAMED_PARTS: usize = 10;
const PART_CHARS: usize = 60;

/// The notice for what a link held that was left out; nothing when all was understood.
pub fn link_notice(ignored: &[String]) -> Option<Element> {
    if ignored.is_empty() {
        return None;
    }
    let named: Vec<String> = ignored
        .iter()
        .take(NAMED_PARTS)
        .map(|part| shortened(part))
        .collect();
    let more = ignored.len().saturating_sub(NAMED_PARTS);
    Some(
        Element::new("div")
            .set("class", "notice")
            .set("role", "status")
            .child(
                Element::new("p")
                    .text("Parts of this link were not understood and were left out: ")
                    .child(Element::new("code").text(named.join(", ")))
                    .text(match more {
                        0 => String::new(),
                        more => format!(", and {more} more"),
                    }),
            )
            .child(
                Element::new("button")
                    .set("type", "button")
                    .set(DATA_ACTION, Action::DismissNotice.key())
                    .text("Dismiss"),
            ),
    )
}

/// A part as written, or its first characters and an ellipsis when it is long.
fn shortened(part: &str) -> String {
    match part.char_indices().nth(PART_CHARS) {
        None => part.to_owned(),
        Some(_) => {
            let cut = part
                .char_indices()
                .nth(PART_CHARS - 1)
                .map_or(0, |(at, _)| at);
            format!("{}…", &part[..cut])
        }
    }
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

    #[test]
    fn a_huge_crafted_link_makes_a_short_notice() {
        // 25,000 unknown sides of 60 characters each: a link of about 1.6 MB.
        let ignored: Vec<String> = (0..25_000)
            .map(|i| format!("side={i:0>55}"))
            .chain(["side=".to_owned() + &"é".repeat(1_000_000)])
            .collect();
        let mut first = ignored.clone();
        first.rotate_right(1);
        let notice = link_notice(&first).expect("a notice");
        let said = notice.descendants().into_iter().find(|e| e.tag == "p");
        let text = said.expect("its sentence").text_content();
        assert!(text.chars().count() < 800, "{} characters", text.len());
        assert!(text.ends_with(", and 24991 more"), "{text}");
        let long = format!("side={}…", "é".repeat(54));
        assert!(
            text.contains(&format!("left out: {long}, side=000")),
            "{text}"
        );
        // A part of exactly 60 characters is shown whole.
        assert_eq!(shortened(&ignored[0]), ignored[0]);
        assert_eq!(ignored[0].chars().count(), 60);
    }
}
