//! Claims related to one claim: the same quantity counted, then shared topics.

use crate::model::{Claim, Story};

/// Up to `limit` claims about the same quantity, then claims sharing topics, most
/// shared first, in story order among equals. One pass keeping the best few: no sort
/// of the whole story, however large.
pub fn related<'s>(story: &'s Story, claim: &Claim, limit: usize) -> Vec<&'s Claim> {
    let quantities: Vec<&str> = claim.figures.iter().map(|f| &*f.quantity).collect();
    // (score, claim), best first.
    let mut best: Vec<(usize, &'s Claim)> = Vec::with_capacity(limit + 1);
    for other in story.claims.iter().filter(|other| other.id != claim.id) {
        let same_quantity = other
            .figures
            .iter()
            .any(|f| quantities.contains(&&*f.quantity));
        let shared_topics = other
            .topics
            .iter()
            .filter(|t| claim.topics.contains(t))
            .count();
        let score = usize::from(same_quantity) * 100 + shared_topics;
        if score == 0 {
            continue;
        }
        // After every kept claim of at least this score: earlier claims win ties.
        let at = best.iter().take_while(|(kept, _)| *kept >= score).count();
        if at < limit {
            best.insert(at, (score, other));
            best.truncate(limit);
        }
    }
    best.into_iter().map(|(_, c)| c).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load_tests::small_story;

    fn ids(related: Vec<&Claim>) -> Vec<&str> {
        related.into_iter().map(|c| &*c.id).collect()
    }

    #[test]
    fn related_claims_share_a_quantity_or_topic() {
        let story = small_story();
        let claim = &story.claims[1];
        assert_eq!(
            ids(related(&story, claim, 5)),
            ["south-supplies-low-via-wire"]
        );
    }

    #[test]
    fn same_quantity_outranks_topics_and_ties_keep_story_order() {
        let mut story = small_story();
        let base = story.claims[0].clone();
        let mut claims = vec![base.clone()];
        for (i, (quantity, topics)) in [
            ("other", vec!["supply"]),
            ("wounded", vec![]),
            ("other", vec!["casualties"]),
            ("wounded", vec!["casualties"]),
            ("other", vec!["casualties"]),
        ]
        .into_iter()
        .enumerate()
        {
            let mut claim = base.clone();
            claim.id = format!("c{i}").into();
            let mut figures = claim.figures.to_vec();
            figures
                .iter_mut()
                .for_each(|f| f.quantity = quantity.into());
            claim.figures = figures.into();
            claim.topics = topics
                .into_iter()
                .map(Into::into)
                .collect::<Vec<_>>()
                .into();
            claims.push(claim);
        }
        story.claims = claims.into();
        let first = &story.claims[0];
        assert_eq!(ids(related(&story, first, 10)), ["c3", "c1", "c2", "c4"]);
        assert_eq!(ids(related(&story, first, 2)), ["c3", "c1"]);
        assert!(related(&story, first, 0).is_empty());
    }
}
