//! Text cut into the units a reader compares: words, numbers and punctuation marks.

use std::ops::Range;

/// A word, a number or a punctuation mark, and where it lies in its text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token<'a> {
    pub text: &'a str,
    pub at: Range<usize>,
}

/// The tokens of `text`, in order; spaces separate them and are not tokens.
///
/// A word keeps its inner apostrophes and hyphens ("Ukraine’s", "cross-border"); a
/// number keeps its thousands separators and decimal point ("11,000", "3.5"), so a
/// changed figure is one changed token. Every other mark is a token of its own.
pub fn tokens(text: &str) -> Vec<Token<'_>> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut found = Vec::new();
    let mut i = 0;
    while let Some(&(start, c)) = chars.get(i) {
        i += 1;
        if c.is_whitespace() {
            continue;
        }
        if c.is_alphanumeric() {
            let mut before = c;
            while let Some(&(_, next)) = chars.get(i) {
                let after = chars.get(i + 1).map(|&(_, after)| after);
                let inside =
                    next.is_alphanumeric() || after.is_some_and(|after| joins(before, next, after));
                if !inside {
                    break;
                }
                before = next;
                i += 1;
            }
        }
        let end = chars.get(i).map_or(text.len(), |&(at, _)| at);
        found.push(Token {
            text: &text[start..end],
            at: start..end,
        });
    }
    found
}

/// Whether `mark`, between `before` and `after`, stays inside a token: an apostrophe
/// or hyphen inside a word, a comma or point inside a number.
fn joins(before: char, mark: char, after: char) -> bool {
    match mark {
        '\'' | '’' | '-' | '‑' => before.is_alphanumeric() && after.is_alphanumeric(),
        ',' | '.' => before.is_ascii_digit() && after.is_ascii_digit(),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        tokens(text).into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn numbers_with_separators_are_one_token() {
        assert_eq!(
            texts("between 11,000 and 12,000 troops, 3.5 km."),
            ["between", "11,000", "and", "12,000", "troops", ",", "3.5", "km", "."]
        );
    }

    #[test]
    fn words_keep_inner_apostrophes_and_hyphens_and_marks_stand_alone() {
        assert_eq!(
            texts("Ukraine’s “cross-border” incursion — in August."),
            [
                "Ukraine’s",
                "“",
                "cross-border",
                "”",
                "incursion",
                "—",
                "in",
                "August",
                "."
            ]
        );
        assert_eq!(
            texts("troops' - end, 1,"),
            ["troops", "'", "-", "end", ",", "1", ","]
        );
    }

    #[test]
    fn each_token_says_where_it_lies() {
        let text = "  Seals, photographs ";
        for token in tokens(text) {
            assert_eq!(&text[token.at.clone()], token.text);
        }
        assert!(tokens(" \n ").is_empty());
    }
}
