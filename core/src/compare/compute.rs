//! Works out the comparison the page embeds (`comparison::Comparison`): for the build
//! script and the tests only (feature `diff`).

use super::comparison::{Comparison, Kind, Marked, SharedClaim, Side};
use crate::compare::{coverage, overlapping, spans, tokens, word_diff, wording, Change, Token};
use crate::model::{Article, List, Story};
use std::ops::Range;

/// The comparison of two articles.
pub fn comparison(story: &Story, articles: [&Article; 2]) -> Comparison {
    let every: Vec<usize> = (0..story.claims.len()).collect();
    let texts = articles.map(|article| spans(story, &article.id, &every));
    let found = coverage(story, &every, &articles[0].id, &articles[1].id);
    let only = [&found.only_first, &found.only_second];
    let shared = found
        .shared
        .iter()
        .filter_map(|&claim| {
            let wordings = articles.map(|a| wording(&story.claims[claim], &a.id));
            let [Some(first), Some(second)] = &wordings else {
                return None;
            };
            let tokens = [tokens(first), tokens(second)];
            let changes = word_diff(&tokens[0], &tokens[1]);
            let side = |i: usize, range: fn(&Change) -> &Range<usize>| Side {
                marks: marks(&tokens[i], &changes, range),
                also: overlapping(&texts[i], claim)
                    .into_iter()
                    .filter(|c| only[i].contains(c))
                    .collect::<Vec<_>>()
                    .into(),
            };
            Some(SharedClaim {
                claim,
                sides: vec![side(0, |c| &c.first), side(1, |c| &c.second)].into(),
            })
        })
        .collect::<Vec<_>>()
        .into();
    Comparison {
        texts: texts
            .map(|t| List::from(t.into_iter().map(List::from).collect::<Vec<_>>()))
            .to_vec()
            .into(),
        shared,
    }
}

/// The changed runs of one side's tokens, as byte ranges of its wording.
fn marks(side: &[Token], changes: &[Change], range: fn(&Change) -> &Range<usize>) -> List<Marked> {
    changes
        .iter()
        .filter(|change| change.kind != Kind::Same)
        .filter_map(|change| {
            let run = side.get(range(change).clone())?;
            Some(Marked {
                at: run.first()?.at.start..run.last()?.at.end,
                kind: change.kind,
            })
        })
        .collect::<Vec<_>>()
        .into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::{compared, wording};
    use crate::load_tests::small_story;

    #[test]
    fn each_shared_claim_has_its_wordings_marked_where_they_differ() {
        let story = small_story();
        let articles = compared(&story).expect("two articles");
        let found = comparison(&story, articles);
        assert_eq!(found.texts.len(), 2);
        assert!(!found.shared.is_empty(), "the small story shares a claim");
        for shared in found.shared.iter() {
            let claim = &story.claims[shared.claim];
            assert_eq!(shared.sides.len(), 2);
            for (side, article) in shared.sides.iter().zip(articles) {
                let words = wording(claim, &article.id).expect("a wording");
                let mut end = 0;
                for mark in side.marks.iter() {
                    assert!(
                        mark.at.start >= end && mark.at.start < mark.at.end,
                        "in order"
                    );
                    assert!(words.get(mark.at.clone()).is_some(), "on character bounds");
                    assert_ne!(mark.kind, Kind::Same);
                    end = mark.at.end;
                }
                assert!(end <= words.len());
                for &also in side.also.iter() {
                    assert!(story.claims[also].appears_in(&article.id));
                    assert!(!claim.appears_in(&article.id) || also != shared.claim);
                }
            }
        }
    }

    #[test]
    fn a_run_only_one_wording_has_is_marked_in_it_alone() {
        let mut story = small_story();
        let pair = compared(&story).expect("two articles");
        let claim = comparison(&story, pair)
            .shared
            .first()
            .expect("a shared claim")
            .claim;
        let first = compared(&story).expect("two articles")[0].id.clone();
        for appearance in story.claims.to_mut()[claim].appearances.to_mut() {
            let quote = match appearance.article == first {
                true => "alpha beta gamma, and more besides",
                false => "Alpha beta gamma",
            };
            appearance.quotes = vec![quote.into()].into();
        }
        let pair = compared(&story).expect("two articles");
        let found = comparison(&story, pair);
        let shared = found
            .shared
            .iter()
            .find(|s| s.claim == claim)
            .expect("still shared");
        let removed = Marked {
            at: 16..34,
            kind: Kind::Removed,
        };
        assert_eq!(&*shared.sides[0].marks, &[removed][..]);
        assert!(shared.sides[1].marks.is_empty());
    }
}
