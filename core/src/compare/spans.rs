//! Where each claim's quotes lie in an article's text, for highlighting.

use crate::model::text::occurrences;
use crate::model::Story;
use crate::small_sort::sort_by;
use std::ops::Range;

/// A run of a paragraph and the claims (story indices) whose quotes cover it: none for
/// plain text, several where quotes overlap (two claims in one sentence).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Span {
    pub at: Range<usize>,
    pub claims: Vec<usize>,
}

/// For each paragraph of `article`, its runs in order, covering it whole, cut wherever
/// a quote of one of `claims` begins or ends.
pub fn spans(story: &Story, article: &str, claims: &[usize]) -> Vec<Vec<Span>> {
    let Some(found) = story.article(article) else {
        return Vec::new();
    };
    found
        .paragraphs
        .iter()
        .map(|paragraph| {
            let quoted: Vec<(Range<usize>, usize)> = claims
                .iter()
                .filter_map(|&index| Some((story.claims.get(index)?, index)))
                .flat_map(|(claim, index)| {
                    claim
                        .appearances
                        .iter()
                        .filter(|a| a.article == article)
                        .flat_map(|a| a.quotes.iter())
                        .flat_map(|quote| occurrences(paragraph, quote))
                        .map(move |range| (range, index))
                })
                .collect();
            runs(paragraph.len(), &quoted)
        })
        .collect()
}

/// Cuts `0..len` at every start and end of `quoted`, naming for each run the claims
/// whose ranges cover it.
fn runs(len: usize, quoted: &[(Range<usize>, usize)]) -> Vec<Span> {
    let mut cuts: Vec<usize> = quoted
        .iter()
        .flat_map(|(range, _)| [range.start, range.end])
        .chain([0, len])
        .collect();
    sort_by(&mut cuts, |a, b| a.cmp(b));
    cuts.dedup();
    cuts.windows(2)
        .map(|pair| {
            let at = pair[0]..pair[1];
            let mut claims: Vec<usize> = quoted
                .iter()
                .filter(|(range, _)| range.start <= at.start && at.end <= range.end)
                .map(|&(_, claim)| claim)
                .collect();
            claims.dedup();
            Span { at, claims }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlapping_quotes_cut_runs_that_name_every_claim_covering_them() {
        // "aaaa bbbb cccc": claim 1 quotes "aaaa bbbb", claim 2 "bbbb cccc".
        let quoted = [(0..9, 1), (5..14, 2)];
        let found = runs(14, &quoted);
        let named: Vec<(Range<usize>, Vec<usize>)> =
            found.into_iter().map(|s| (s.at, s.claims)).collect();
        assert_eq!(
            named,
            [(0..5, vec![1]), (5..9, vec![1, 2]), (9..14, vec![2])]
        );
        assert_eq!(
            runs(3, &[]),
            [Span {
                at: 0..3,
                claims: vec![]
            }]
        );
    }

    #[test]
    fn every_quote_of_the_bundled_kind_is_found_and_runs_cover_each_paragraph() {
        let story = crate::load_tests::small_story();
        let every: Vec<usize> = (0..story.claims.len()).collect();
        for article in story.articles.iter() {
            let paragraphs = spans(&story, &article.id, &every);
            assert_eq!(paragraphs.len(), article.paragraphs.len());
            for (runs, paragraph) in paragraphs.iter().zip(article.paragraphs.iter()) {
                let mut at = 0;
                for run in runs {
                    assert_eq!(run.at.start, at);
                    at = run.at.end;
                }
                assert_eq!(at, paragraph.len());
            }
            for (index, claim) in story.claims.iter().enumerate() {
                for appearance in claim.appearances.iter().filter(|a| a.article == article.id) {
                    for quote in appearance.quotes.iter() {
                        let highlighted: String = paragraphs
                            .iter()
                            .zip(article.paragraphs.iter())
                            .flat_map(|(runs, p)| {
                                runs.iter()
                                    .filter(|r| r.claims.contains(&index))
                                    .map(|r| &p[r.at.clone()])
                            })
                            .collect();
                        assert!(highlighted.contains(&**quote), "{quote}");
                    }
                }
            }
        }
        assert!(spans(&story, "no-such-article", &every).is_empty());
    }
}
