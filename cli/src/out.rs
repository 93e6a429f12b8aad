//! What `claimline` prints. A reader that stops reading (`claimline check … | head`)
//! ends the printing, not the work: the check's status and the files `site` writes
//! stay as they would be. Every line is shown with its control characters escaped, so
//! text from a story cannot move the cursor, erase a line or reorder what follows.

use std::io::{self, Write};

/// A line to standard output; nothing once the reader has gone.
pub fn say(line: &str) {
    let mut out = io::stdout().lock();
    // A closed pipe, or any other failure to print, loses only the printing.
    let _ = writeln!(out, "{}", escaped(line));
}

/// A line to standard error, as `say`.
pub fn warn(line: &str) {
    let _ = writeln!(io::stderr().lock(), "{}", escaped(line));
}

/// `text` with every control character (line breaks and terminal escapes among them)
/// and every character that reorders text on screen written as its escape, `\u{1b}`.
pub fn escaped(text: &str) -> String {
    let mut shown = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_control() || reorders(c) {
            shown.extend(c.escape_default());
        } else {
            shown.push(c);
        }
    }
    shown
}

/// The bidirectional embeddings, overrides and isolates, and the line and paragraph
/// separators: invisible, they change how the rest of a line reads.
fn reorders(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{2028}' | '\u{2029}')
}

#[cfg(test)]
mod tests {
    use super::escaped;

    #[test]
    fn control_characters_are_shown_escaped_and_the_rest_as_written() {
        assert_eq!(
            escaped("“é”\u{1b}[2K\rno problems\n\u{202e}x\t"),
            "“é”\\u{1b}[2K\\rno problems\\n\\u{202e}x\\t"
        );
    }
}
