//! Where each claim's quotes lie in an article's text, for highlighting.

use super::comparison::Span;
use crate::model::text::occurrences;
use crate::model::Story;
use crate::small_sort::sort_by;
use std::ops::Range;

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

/// The claims given in the same breath as `claim` in an article (its `spans`): those
/// whose quotes overlap one of its own, in the order they first do.
pub fn overlapping(runs: &[Vec<Span>], claim: usize) -> Vec<usize> {
    let mut found: Vec<usize> = Vec::new();
    for span in runs.iter().flatten().filter(|s| s.claims.contains(&claim)) {
        for &other in span.claims.iter() {
            if other != claim && !found.contains(&other) {
                found.push(other);
            }
        }
    }
    found
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
            Span {
                at,
                claims: claims.into(),
            }
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
        let named: Vec<(Range<usize>, Vec<usize>)> = found
            .into_iter()
            .map(|s| (s.at, s.claims.to_vec()))
            .collect();
        assert_eq!(
            named,
            [(0..5, vec![1]), (5..9, vec![1, 2]), (9..14, vec![2])]
        );
        assert_eq!(
            runs(3, &[]),
            [Span {
                at: 0..3,
                claims: vec![].into()
            }]
        );
    }

    #[test]
    fn claims_in_the_same_breath_are_those_sharing_a_run() {
        // Claim 1 overlaps 2 in one paragraph and 3 in another; 4 stands apart.
        let paragraphs = [
            runs(14, &[(0..9, 1), (5..14, 2)]),
            runs(20, &[(0..6, 3), (4..10, 1), (12..20, 4)]),
        ];
        assert_eq!(overlapping(&paragraphs, 1), [2, 3]);
        assert_eq!(overlapping(&paragraphs, 2), [1]);
        assert_eq!(overlapping(&paragraphs, 4), Vec::<usize>::new());
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
