//! Word by word, how one wording of a claim becomes another.

use super::comparison::Kind;
use super::tokens::Token;
use crate::model::text::fold;
use similar::{capture_diff_slices, Algorithm, DiffOp};
use std::ops::Range;

/// One run of the comparison: its tokens in the first and in the second wording (an
/// empty range, where the run has none there).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    pub kind: Kind,
    pub first: Range<usize>,
    pub second: Range<usize>,
}

/// The changes from `first` to `second`, in order, covering both whole. Tokens match
/// when they read the same folded (`text::fold`): "Ukraine’s" and "Ukraine's" are the
/// same word. Punctuation alone between two changes joins them, so "stamps and photos"
/// against "seals, photographs" reads as one change, not three around a shared comma.
pub fn word_diff(first: &[Token], second: &[Token]) -> Vec<Change> {
    let folded =
        |tokens: &[Token]| -> Vec<String> { tokens.iter().map(|t| fold(t.text)).collect() };
    let (old, new) = (folded(first), folded(second));
    // Positions come from lengths walked in order: the ops' own indices for the side
    // a deletion or insertion does not touch are not always where the run sits.
    let (mut at_first, mut at_second) = (0, 0);
    let runs: Vec<Change> = capture_diff_slices(Algorithm::Patience, &old, &new)
        .into_iter()
        .map(|op| {
            let (kind, first_len, second_len) = match op {
                DiffOp::Equal { len, .. } => (Kind::Same, len, len),
                DiffOp::Delete { old_len, .. } => (Kind::Removed, old_len, 0),
                DiffOp::Insert { new_len, .. } => (Kind::Added, 0, new_len),
                DiffOp::Replace {
                    old_len, new_len, ..
                } => (Kind::Replaced, old_len, new_len),
            };
            let change = Change {
                kind,
                first: at_first..at_first + first_len,
                second: at_second..at_second + second_len,
            };
            (at_first, at_second) = (change.first.end, change.second.end);
            change
        })
        .collect();
    join_changes(&runs, first)
}

/// Joins changes that touch, or that only punctuation separates, into one.
fn join_changes(runs: &[Change], first: &[Token]) -> Vec<Change> {
    let only_marks = |range: &Range<usize>| {
        first.get(range.clone()).is_some_and(|tokens| {
            tokens
                .iter()
                .all(|t| !t.text.chars().any(char::is_alphanumeric))
        })
    };
    let mut joined: Vec<Change> = Vec::new();
    for (i, run) in runs.iter().enumerate() {
        let between_changes = i > 0
            && runs.get(i + 1).is_some_and(|next| next.kind != Kind::Same)
            && runs[i - 1].kind != Kind::Same;
        let changed = run.kind != Kind::Same || (between_changes && only_marks(&run.first));
        match joined.last_mut() {
            Some(last) if changed && last.kind != Kind::Same => {
                last.first.end = run.first.end;
                last.second.end = run.second.end;
                last.kind = match (last.first.is_empty(), last.second.is_empty()) {
                    (_, true) => Kind::Removed,
                    (true, _) => Kind::Added,
                    _ => Kind::Replaced,
                };
            }
            _ => joined.push(run.clone()),
        }
    }
    joined
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::tokens::tokens;
    use proptest::prelude::*;

    /// The words of each side a change covers, joined by spaces.
    fn words(tokens: &[Token], range: &Range<usize>) -> String {
        tokens[range.clone()]
            .iter()
            .map(|t| t.text)
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn the_two_articles_word_the_documents_differently() {
        let a = "do not have all the stamps and photos, the patronymic names are given in the Russian manner";
        let b = "do not have all the seals, photographs, the patronymics are given in the Russian manner";
        let (ta, tb) = (tokens(a), tokens(b));
        let changed: Vec<(String, String)> = word_diff(&ta, &tb)
            .into_iter()
            .filter(|change| change.kind != Kind::Same)
            .map(|change| (words(&ta, &change.first), words(&tb, &change.second)))
            .collect();
        assert_eq!(
            changed,
            [
                // The comma after each is shared, but only punctuation separates it
                // from the change that follows: one change reads better than three.
                ("stamps and photos ,".into(), "seals , photographs ,".into()),
                ("patronymic names".into(), "patronymics".into()),
            ]
        );
    }

    #[test]
    fn a_changed_figure_is_one_changed_token() {
        let (a, b) = (tokens("between 11,000 and 12,000"), tokens("up to 12,000"));
        assert_eq!(
            word_diff(&a, &b),
            [
                Change {
                    kind: Kind::Replaced,
                    first: 0..3,
                    second: 0..2
                },
                Change {
                    kind: Kind::Same,
                    first: 3..4,
                    second: 2..3
                },
            ]
        );
    }

    proptest! {
        /// The changes cover each wording whole, in order, once; and what they call the
        /// same reads the same.
        #[test]
        fn changes_cover_both_wordings_in_order(
            a in "[a-c ,.’']{0,40}",
            b in "[a-c ,.’']{0,40}",
        ) {
            let (ta, tb) = (tokens(&a), tokens(&b));
            let (mut at_first, mut at_second) = (0, 0);
            let mut was_same = false;
            for Change { kind, first, second } in word_diff(&ta, &tb) {
                match kind {
                    Kind::Same => {
                        for (x, y) in ta[first.clone()].iter().zip(&tb[second.clone()]) {
                            prop_assert_eq!(fold(x.text), fold(y.text));
                        }
                        prop_assert_eq!(first.len(), second.len());
                    }
                    Kind::Removed => prop_assert!(!first.is_empty() && second.is_empty()),
                    Kind::Added => prop_assert!(first.is_empty() && !second.is_empty()),
                    Kind::Replaced => prop_assert!(!first.is_empty() && !second.is_empty()),
                }
                prop_assert!(kind == Kind::Same || was_same || at_first == 0 && at_second == 0,
                    "two changes in a row are one");
                was_same = kind == Kind::Same;
                prop_assert_eq!(first.start, at_first);
                prop_assert_eq!(second.start, at_second);
                at_first = first.end;
                at_second = second.end;
            }
            prop_assert_eq!(at_first, ta.len());
            prop_assert_eq!(at_second, tb.len());
        }
    }
}
