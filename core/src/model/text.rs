//! Text helpers over article paragraphs: sentences, quote spans, highlighting, search folding.

use crate::small_sort::sort_by;
use std::ops::Range;

/// Words whose trailing full stop does not end a sentence.
const ABBREVIATIONS: [&str; 8] = ["Lt", "Gen", "Mr", "Mrs", "Ms", "Dr", "St", "Col"];

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
        if !matches!(c, '.' | '!' | '?')
            || (c == '.' && is_abbreviation(paragraph.get(..at).unwrap_or_default()))
        {
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
            start = chars.get(after).map_or(start, |&(at, _)| at);
        }
    }
    if paragraph
        .get(start..)
        .is_some_and(|rest| !rest.trim().is_empty())
    {
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

/// Byte ranges of every occurrence of `needle` in `haystack`, left to right and not
/// overlapping (empty needles match nowhere). A scan over bytes, which is exact for
/// UTF-8 (a match can only start at a character): the standard searcher would bring
/// its own code and its panic messages into the page (docs/SIZE.md).
pub fn occurrences(haystack: &str, needle: &str) -> Vec<Range<usize>> {
    let (bytes, wanted) = (haystack.as_bytes(), needle.as_bytes());
    let mut found = Vec::new();
    let mut at = 0;
    while !wanted.is_empty() && at + wanted.len() <= bytes.len() {
        if bytes.get(at) == wanted.first() && bytes.get(at..at + wanted.len()) == Some(wanted) {
            found.push(at..at + wanted.len());
            at += wanted.len();
        } else {
            at += 1;
        }
    }
    found
}

/// Whether `needle` occurs in `haystack`, by the same scan.
pub fn contains(haystack: &str, needle: &str) -> bool {
    let wanted = needle.as_bytes();
    let Some(first) = wanted.first() else {
        return true;
    };
    // The first byte before the whole: publishing checks every paragraph of an
    // article against each of thousands of quotes (28 s at 10,000 claims without it).
    haystack
        .as_bytes()
        .windows(wanted.len())
        .any(|w| w.first() == Some(first) && w == wanted)
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
    sort_by(&mut ranges, |a, b| (a.start, a.end).cmp(&(b.start, b.end)));
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
                text: paragraph.get(at..range.start).unwrap_or_default(),
                marked: false,
            });
        }
        segments.push(Segment {
            text: paragraph.get(range.clone()).unwrap_or_default(),
            marked: true,
        });
        at = range.end;
    }
    if at < paragraph.len() {
        segments.push(Segment {
            text: paragraph.get(at..).unwrap_or_default(),
            marked: false,
        });
    }
    segments
}

/// Lower-cases, straightens typographic quotes and dashes and makes no-break spaces
/// plain, so that a search typed on a plain keyboard ("ukraine's") finds the article's
/// wording ("Ukraine’s").
pub fn fold(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '’' | '‘' | 'ʼ' => '\'',
            '“' | '”' => '"',
            '–' | '—' => '-',
            '\u{a0}' | '\u{2009}' | '\u{202f}' => ' ', // no-break and thin spaces
            'і' => 'i',                                // Cyrillic i, as in the article's "Andriі"
            other => lower_case(other),
        })
        .collect()
}

/// [`fold`], and figures written with thousands separators ("3,000", "12 000") as
/// plain digits ("3000"): what a search compares, on both sides, so a figure is found
/// however the reader types it.
pub fn fold_for_search(text: &str) -> String {
    join_digit_groups(&fold(text))
}

/// Drops the separators inside a figure grouped by thousands: a first group of one to
/// three digits, then groups of exactly three after a comma or a space (`fold` has
/// made no-break and thin spaces plain). "2024 100" is two numbers, as is "1,5":
/// neither is grouped by thousands.
fn join_digit_groups(text: &str) -> String {
    let bytes = text.as_bytes();
    let digit = |at: usize| bytes.get(at).is_some_and(u8::is_ascii_digit);
    let mut joined = String::with_capacity(text.len());
    // Where the text not yet copied starts; digits in the figure's current group, and
    // whether a separator was dropped in the figure.
    let (mut kept_from, mut group, mut grouped) = (0, 0, false);
    for (at, &byte) in bytes.iter().enumerate() {
        if byte.is_ascii_digit() {
            group += 1;
            continue;
        }
        let group_fits = if grouped {
            group == 3
        } else {
            (1..=3).contains(&group)
        };
        let three_follow = digit(at + 1) && digit(at + 2) && digit(at + 3) && !digit(at + 4);
        grouped = matches!(byte, b',' | b' ') && group_fits && three_follow;
        if grouped {
            joined.push_str(text.get(kept_from..at).unwrap_or_default());
            kept_from = at + 1;
        }
        group = 0;
    }
    joined.push_str(text.get(kept_from..).unwrap_or_default());
    joined
}

/// The lower case of a Latin, Greek or Cyrillic capital, else the character itself.
/// Worked out rather than looked up: the standard library's Unicode case tables would
/// weigh on the page's download (docs/SIZE.md), and a story here is written in these
/// scripts. (Other scripts still match, only case-sensitively.)
fn lower_case(c: char) -> char {
    let code = c as u32;
    let lower = match code {
        0x41..=0x5A => code + 0x20,                 // A–Z
        0xC0..=0xDE if code != 0xD7 => code + 0x20, // À–Þ, not ×
        0x100..=0x137 | 0x14A..=0x177 if code.is_multiple_of(2) && code != 0x130 => code + 1, // Ā, Ŋ… pairs
        0x139..=0x148 | 0x179..=0x17E if !code.is_multiple_of(2) => code + 1, // Ĺ, Ź… pairs
        0x178 => 0xFF,                                                        // Ÿ
        0x391..=0x3A9 if code != 0x3A2 => code + 0x20,                        // Α–Ω
        0x400..=0x40F => code + 0x50,                                         // Ѐ–Џ
        0x410..=0x42F => code + 0x20,                                         // А–Я
        _ => code,
    };
    char::from_u32(lower).unwrap_or(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The byte scans find what the standard library's searcher finds.
        #[test]
        fn the_scans_agree_with_the_standard_search(haystack in "[ab€ ]{0,24}", needle in "[ab€]{0,3}") {
            proptest::prop_assert_eq!(contains(&haystack, &needle), haystack.contains(needle.as_str()));
            let standard: Vec<Range<usize>> = match needle.is_empty() {
                true => Vec::new(),
                false => haystack.match_indices(needle.as_str()).map(|(at, _)| at..at + needle.len()).collect(),
            };
            proptest::prop_assert_eq!(occurrences(&haystack, &needle), standard);
        }
    }

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
        assert_eq!(
            split("Ms. Penhallow counted. Mrs. Quill agreed."),
            vec!["Ms. Penhallow counted.", "Mrs. Quill agreed."]
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
    fn a_search_finds_figures_however_they_are_grouped() {
        for (written, folded) in [
            ("More than 3,000 killed", "more than 3000 killed"),
            ("3 000", "3000"),
            ("between 11,000 and 12,000", "between 11000 and 12000"),
            ("1,234,567 and 1\u{202f}234\u{a0}567", "1234567 and 1234567"),
            // Not thousands: kept apart.
            ("in 2024 100 died", "in 2024 100 died"),
            ("1,5 or 12,34 or 1234,567", "1,5 or 12,34 or 1234,567"),
            ("77, 40", "77, 40"),
            ("1,0000", "1,0000"),
        ] {
            assert_eq!(fold_for_search(written), folded, "{written}");
        }
    }

    proptest::proptest! {
        #[test]
        fn any_grouping_of_a_figure_folds_to_its_digits(n in 0u64..10_000_000_000, sep in proptest::sample::select(vec![",", " ", "\u{a0}", "\u{202f}"])) {
            let digits = n.to_string();
            let mut grouped = String::new();
            for (i, c) in digits.chars().enumerate() {
                if i > 0 && (digits.len() - i) % 3 == 0 {
                    grouped.push_str(sep);
                }
                grouped.push(c);
            }
            proptest::prop_assert_eq!(fold_for_search(&format!("about {grouped} soldiers")), format!("about {digits} soldiers"));
        }
    }

    #[test]
    fn folds_typography_for_search() {
        assert_eq!(fold("Ukraine’s “Andriі” – X"), "ukraine's \"andrii\" - x");
    }

    #[test]
    fn lower_cases_latin_greek_and_cyrillic_as_the_standard_library_does() {
        let scripts = ('\u{0}'..='\u{24F}')
            .chain('\u{370}'..='\u{3FF}')
            .chain('\u{400}'..='\u{45F}');
        for c in scripts.filter(|c| !"’‘ʼ“”–—і\u{a0}".contains(*c)) {
            let mut std_lower = c.to_lowercase();
            let expected = match (std_lower.next(), std_lower.next()) {
                (Some(one), None) => one,
                _ => c, // no single-character lower case (İ)
            };
            let ours = lower_case(c);
            // Ours covers the common capitals; where it leaves a letter alone it must
            // be one it does not claim to cover, never a wrong lower case.
            assert!(
                ours == expected || ours == c,
                "{c:?}: {ours:?} vs {expected:?}"
            );
        }
        for (capital, small) in [
            ('A', 'a'),
            ('Z', 'z'),
            ('É', 'é'),
            ('Ł', 'ł'),
            ('Ž', 'ž'),
            ('Ω', 'ω'),
            ('Я', 'я'),
            ('Ї', 'ї'),
        ] {
            assert_eq!(lower_case(capital), small);
        }
    }
}
