//! Unicode's direction controls in story text. An embedding, override or isolate left
//! open runs on past the text that opened it, to the end of its paragraph: a name
//! ending in U+202E would reverse the page's own words after it.

/// Closes an embedding or override (U+202A, U+202B, U+202D, U+202E).
const POP_DIRECTIONAL_FORMATTING: char = '\u{202C}';
/// Closes an isolate (U+2066, U+2067, U+2068).
const POP_DIRECTIONAL_ISOLATE: char = '\u{2069}';

/// What closes the direction controls `text` leaves open, innermost first: empty
/// when it leaves none (most text has no control at all, and costs no allocation).
pub fn left_open(text: &str) -> String {
    let mut open: Vec<char> = Vec::new();
    for c in text.chars() {
        match c {
            '\u{202A}' | '\u{202B}' | '\u{202D}' | '\u{202E}' => {
                open.push(POP_DIRECTIONAL_FORMATTING)
            }
            '\u{2066}'..='\u{2068}' => open.push(POP_DIRECTIONAL_ISOLATE),
            POP_DIRECTIONAL_FORMATTING if open.last() == Some(&POP_DIRECTIONAL_FORMATTING) => {
                open.pop();
            }
            // An isolate's end also ends what was opened inside it.
            POP_DIRECTIONAL_ISOLATE => {
                if let Some(at) = open.iter().rposition(|&c| c == POP_DIRECTIONAL_ISOLATE) {
                    open.truncate(at);
                }
            }
            // A paragraph's end ends everything.
            '\n' | '\r' | '\u{2029}' => open.clear(),
            _ => {}
        }
    }
    open.iter().rev().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_is_left_open_is_closed_innermost_first() {
        assert_eq!(left_open("Seoul"), "");
        assert_eq!(left_open("a\u{202E}b"), "\u{202C}");
        assert_eq!(left_open("\u{2067}a\u{202B}b"), "\u{202C}\u{2069}");
        assert_eq!(left_open("\u{202E}closed\u{202C} after"), "");
        assert_eq!(
            left_open("\u{2068}x\u{202E}y\u{2069}"),
            "",
            "an isolate's end ends all inside it"
        );
        assert_eq!(left_open("\u{202E}one paragraph\nthe next"), "");
        // A stray closer opens nothing.
        assert_eq!(left_open("\u{202C}\u{2069}"), "");
    }
}
