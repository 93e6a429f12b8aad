//! Which claims two articles share and which only one carries, how each words a
//! claim, and whether a claim's figures disagree.

use crate::model::{Claim, Figure, Story};

/// The claims (story indices, in story order) both articles carry, and those only
/// the first or only the second does: of all the story's articles, no other carries
/// them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Coverage {
    pub shared: Vec<usize>,
    pub only_first: Vec<usize>,
    pub only_second: Vec<usize>,
}

/// Sorts `claims` by the articles that carry them; a claim in neither, or only in one
/// of them and another article too, is left out.
pub fn coverage(story: &Story, claims: &[usize], first: &str, second: &str) -> Coverage {
    let mut found = Coverage::default();
    for &index in claims {
        let Some(claim) = story.claims.get(index) else {
            continue;
        };
        let alone = |article: &str| claim.appearances.iter().all(|a| a.article == article);
        match (claim.appears_in(first), claim.appears_in(second)) {
            (true, true) => found.shared.push(index),
            (true, false) if alone(first) => found.only_first.push(index),
            (false, true) if alone(second) => found.only_second.push(index),
            _ => {}
        }
    }
    found
}

/// How `article` words the claim: its quotes there, in order, joined by " … ".
pub fn wording(claim: &Claim, article: &str) -> Option<String> {
    let quotes: Vec<&str> = claim
        .appearances
        .iter()
        .filter(|a| a.article == article)
        .flat_map(|a| a.quotes.iter().map(|q| &**q))
        .collect();
    (!quotes.is_empty()).then(|| quotes.join(" … "))
}

/// Whether the claim gives one quantity two ways: the troop estimate is "between
/// 11,000 and 12,000" in one article and "up to 12,000" in the other.
pub fn figures_differ(claim: &Claim) -> bool {
    let figures = &claim.figures;
    figures.iter().enumerate().any(|(i, a)| {
        figures[i + 1..]
            .iter()
            .any(|b| a.quantity == b.quantity && !same_amount(a, b))
    })
}

fn same_amount(a: &Figure, b: &Figure) -> bool {
    (a.low, a.high, a.qualifier) == (b.low, b.high, b.qualifier)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load_tests::small_story;

    #[test]
    fn claims_sort_into_shared_and_each_article_alone() {
        let story = small_story();
        let every: Vec<usize> = (0..story.claims.len()).collect();
        let found = coverage(&story, &every, "a", "b");
        let all: usize = found.shared.len() + found.only_first.len() + found.only_second.len();
        assert_eq!(all, story.claims.len());
        for &i in &found.shared {
            assert!(story.claims[i].appears_in("a") && story.claims[i].appears_in("b"));
        }
        for &i in &found.only_first {
            assert!(!story.claims[i].appears_in("b"));
        }
        for &i in &found.only_second {
            assert!(!story.claims[i].appears_in("a"));
        }
        assert_eq!(coverage(&story, &[], "a", "b"), Coverage::default());
        assert_eq!(coverage(&story, &[99], "a", "b"), Coverage::default());
    }

    #[test]
    fn only_in_an_article_means_no_other_article_of_the_story_carries_it() {
        // rain-delay (1) is in A and D; crowd-happy (2) in C alone; music-late (4) in
        // A and C; lanterns-ready (0) in A, B and C; boats-late (3) in B alone.
        let story = crate::load_tests::four_outlets();
        let every: Vec<usize> = (0..story.claims.len()).collect();
        let found = coverage(&story, &every, "a", "c");
        assert_eq!(
            found,
            Coverage {
                shared: vec![0, 4],
                only_first: vec![],
                only_second: vec![2],
            }
        );
        let found = coverage(&story, &every, "b", "d");
        assert_eq!(
            (found.shared, found.only_first, found.only_second),
            (vec![], vec![3], vec![])
        );
    }

    #[test]
    fn a_wording_is_the_articles_own_quotes() {
        let story = small_story();
        for claim in story.claims.iter() {
            for article in ["a", "b"] {
                match wording(claim, article) {
                    Some(words) => {
                        assert!(claim.appears_in(article));
                        for appearance in claim.appearances.iter().filter(|a| a.article == article)
                        {
                            for quote in appearance.quotes.iter() {
                                assert!(words.contains(&**quote));
                            }
                        }
                    }
                    None => assert!(!claim.appears_in(article)),
                }
            }
        }
    }

    #[test]
    fn one_quantity_given_two_ways_is_flagged() {
        let mut claim = small_story().claims[0].clone();
        let figure = claim.figures.first().cloned().expect("a figure");
        claim.figures = vec![figure.clone(), figure.clone()].into();
        assert!(!figures_differ(&claim), "the same amount twice");
        let mut up_to = figure.clone();
        up_to.low = None;
        up_to.qualifier = crate::model::Qualifier::UpTo;
        claim.figures = vec![figure.clone(), up_to.clone()].into();
        assert!(figures_differ(&claim));
        let mut other = up_to;
        other.quantity = "something-else".into();
        claim.figures = vec![figure, other].into();
        assert!(!figures_differ(&claim), "different quantities");
    }
}
