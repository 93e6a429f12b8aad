//! Text helpers over article paragraphs: sentences, quote spans, highlighting, search folding.

use std::ops::Range;

/// Words whose trailing full stop does not end a sentence.
const ABBREVIATIONS: [&str; 6] = ["Lt", "Gen", "Mr", "Dr", "St", "Col"];

const CLOSERS: [char; 4] = ['”', '’', '"', ')'];

/// Byte ranges of the sentences of a paragraph, trimmed of surrounding spaces.
///
/// A sentence ends at `.`, `!` or `?` (plus any closing quote), followed by white space
/// and then a capital, digit or opening quote. Titles such as "Lt." and initials such
/// as the "S." of "U.S." do not end one.
pub fn sentences(paragraph: &str) -> Vec<Range<usize>> {
    let mut found = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = paragraph.char_indices().collect();
    for (i, &(at, c)) in chars.iter().enumerate() {
        if !matches!(c, '.' | '!' | '?') || (c == '.' && is_abbreviation(&paragraph[..at])) {
            continue;
        }
        let mut next = i + 1;
        while chars.get(next).is_some_and(|&(_, c)| CLOSERS.contains(&c)) {
            next += 1;
        }
        let end = chars.get(next).map_or(paragraph.len(), |&(at, _)| at);
        let followed_by_space = chars.get(next).is_some_and(|&(_, c)| c.is_whitespace());
        let mut after = next;
        while chars.get(after).is_some_and(|&(_, c)| c.is_whitespace()) {
            after += 1;
        }
        let starts_sentence = chars
            .get(after)
            .is_some_and(|&(_, c)| c.is_uppercase() || c.is_ascii_digit() || "“‘\"(".contains(c));
        if followed_by_space && starts_sentence {
            found.push(start..end);
            start = chars[after].0;
        }
    }
    if start < paragraph.len() && !paragraph[start..].trim().is_empty() {
        found.push(start..paragraph.trim_end().len());
    }
    found
}

fn is_abbreviation(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(')
        .next()
        .unwrap_or("");
    let last = word.rsplit('.').next().unwrap_or(word);
    ABBREVIATIONS.contains(&last)
        || (last.chars().count() == 1 && last.chars().all(char::is_uppercase))
}

/// Byte ranges of every occurrence of `needle` in `haystack` (empty needles match nowhere).
pub fn occurrences(haystack: &str, needle: &str) -> Vec<Range<usize>> {
    if needle.is_empty() {
        return Vec::new();
    }
    haystack
        .match_indices(needle)
        .map(|(at, _)| at..at + needle.len())
        .collect()
}

/// A run of paragraph text, marked when it lies inside a highlighted quote.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Segment<'a> {
    pub text: &'a str,
    pub marked: bool,
}

/// Splits a paragraph into plain and marked runs, marking every occurrence of every quote.
/// Overlapping quotes merge into one marked run.
pub fn highlight<'a>(paragraph: &'a str, quotes: &[&str]) -> Vec<Segment<'a>> {
    let mut ranges: Vec<Range<usize>> = quotes
        .iter()
        .flat_map(|quote| occurrences(paragraph, quote))
        .collect();
    ranges.sort_unstable_by_key(|r| (r.start, r.end));
    let mut merged: Vec<Range<usize>> = Vec::new();
    for range in ranges {
        match merged.last_mut() {
            Some(last) if range.start <= last.end => last.end = last.end.max(range.end),
            _ => merged.push(range),
        }
    }
    let mut segments = Vec::new();
    let mut at = 0;
    for range in merged {
        if range.start > at {
            segments.push(Segment {
                text: &paragraph[at..range.start],
                marked: false,
            });
        }
        segments.push(Segment {
            text: &paragraph[range.clone()],
            marked: true,
        });
        at = range.end;
    }
    if at < paragraph.len() {
        segments.push(Segment {
            text: &paragraph[at..],
            marked: false,
        });
    }
    segments
}

/// Lower-cases and straightens typographic quotes and dashes, so that a search typed on
/// a plain keyboard ("ukraine's") finds the article's wording ("Ukraine’s").
pub fn fold(text: &str) -> String {
    text.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            '’' | '‘' | 'ʼ' => '\'',
            '“' | '”' => '"',
            '–' | '—' => '-',
            'і' => 'i', // Cyrillic i, as in the article's "Andriі"
            other => other,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(p: &str) -> Vec<&str> {
        sentences(p).into_iter().map(|r| &p[r]).collect()
    }

    #[test]
    fn splits_sentences_with_quotes_and_abbreviations() {
        assert_eq!(
            split("Lt. Andriі Kovalenko said so. Then “they left.” U.S. officials agree. Done"),
            vec![
                "Lt. Andriі Kovalenko said so.",
                "Then “they left.”",
                "U.S. officials agree.",
                "Done"
            ]
        );
        assert_eq!(
            split("Gen. Oleksandr Syrskyi — on the battle. 77 North Koreans were killed."),
            vec![
                "Gen. Oleksandr Syrskyi — on the battle.",
                "77 North Koreans were killed."
            ]
        );
        assert_eq!(
            split("setting fire to soldiers. North Koreans."),
            vec!["setting fire to soldiers.", "North Koreans."]
        );
        assert_eq!(split("No full stop at all"), vec!["No full stop at all"]);
        assert!(split("   ").is_empty());
    }

    #[test]
    fn highlights_every_quote_and_merges_overlaps() {
        let p = "one two three four";
        let marked: Vec<_> = highlight(p, &["two", "two three", "four"])
            .into_iter()
            .map(|s| (s.text, s.marked))
            .collect();
        assert_eq!(
            marked,
            vec![
                ("one ", false),
                ("two three", true),
                (" ", false),
                ("four", true)
            ]
        );
        assert_eq!(
            highlight(p, &["absent", ""]),
            vec![Segment {
                text: p,
                marked: false
            }]
        );
    }

    #[test]
    fn folds_typography_for_search() {
        assert_eq!(fold("Ukraine’s “Andriі” – X"), "ukraine's \"andrii\" - x");
    }
}
