//! The story's quantities as the view offers them: how many figures each has among the
//! claims passing the filters, and which one the view opens on.

use crate::model::Story;

/// A quantity and how many figures of it the claims passing the filters give.
#[derive(Clone, Copy, PartialEq, Eq)]
#[cfg_attr(test, derive(Debug))]
pub struct QuantityCount<'s> {
    pub id: &'s str,
    pub label: &'s str,
    pub count: usize,
}

/// Every quantity of the story, in its order, with its figures among `matches` (story
/// indices); a quantity with none there is listed with 0.
pub fn quantity_counts<'s>(story: &'s Story, matches: &[usize]) -> Vec<QuantityCount<'s>> {
    let counts = figures_per_quantity(story, matches.iter().copied());
    story
        .quantities
        .iter()
        .zip(counts)
        .map(|(quantity, count)| QuantityCount {
            id: &quantity.id,
            label: &quantity.label,
            count,
        })
        .collect()
}

/// The quantity the view opens on: the one with the most figures in the whole story
/// (not under the filters, so it does not jump as they change), the first of equals.
/// `None` when the story has no quantity.
pub fn default_quantity(story: &Story) -> Option<&str> {
    let counts = figures_per_quantity(story, 0..story.claims.len());
    let mut best: Option<(usize, usize)> = None;
    for (position, &count) in counts.iter().enumerate() {
        if best.is_none_or(|(_, most)| count > most) {
            best = Some((position, count));
        }
    }
    let (position, _) = best?;
    story.quantities.get(position).map(|q| &*q.id)
}

/// The quantity to show: the one asked for if the story knows it, else the default.
pub fn chosen_quantity<'s>(story: &'s Story, asked: Option<&str>) -> Option<&'s str> {
    let known = asked.and_then(|id| story.quantities.iter().find(|q| q.id == id));
    known.map(|q| &*q.id).or_else(|| default_quantity(story))
}

/// For each quantity, in story order, how many figures of it the claims at `claims`
/// give. A list searched in order rather than a map: a story has a handful of quantities.
fn figures_per_quantity(story: &Story, claims: impl Iterator<Item = usize>) -> Vec<usize> {
    let mut counts = vec![0; story.quantities.len()];
    for claim in claims.filter_map(|index| story.claims.get(index)) {
        for figure in claim.figures.iter() {
            let position = story
                .quantities
                .iter()
                .position(|q| q.id == figure.quantity);
            if let Some(count) = position.and_then(|p| counts.get_mut(p)) {
                *count += 1;
            }
        }
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load_tests::bundled_story;

    #[test]
    fn the_view_opens_on_the_quantity_with_the_most_figures() {
        let story = bundled_story();
        // Killed: three, about 100, 50 and 77; killed or wounded: three; wounded: three.
        assert_eq!(default_quantity(&story), Some("nk-killed"));
        let every: Vec<usize> = (0..story.claims.len()).collect();
        let counts = quantity_counts(&story, &every);
        assert_eq!(counts.len(), story.quantities.len());
        let total: usize = counts.iter().map(|c| c.count).sum();
        let figures: usize = story.claims.iter().map(|c| c.figures.len()).sum();
        assert_eq!(total, figures);
        let none = quantity_counts(&story, &[]);
        assert!(none.iter().all(|c| c.count == 0), "every quantity, with 0");
        assert_eq!(none.len(), story.quantities.len());
    }

    #[test]
    fn equal_counts_go_to_the_first_in_story_order_and_unknown_ids_are_told() {
        let mut story = crate::load_tests::small_story();
        let mut claims = story.claims.to_vec();
        for claim in &mut claims {
            claim.figures = Vec::new().into();
        }
        story.claims = claims.into();
        let first = story.quantities.first().map(|q| q.id.to_string());
        assert_eq!(default_quantity(&story).map(str::to_owned), first);
        assert_eq!(
            chosen_quantity(&story, Some("no-such-quantity")).map(str::to_owned),
            first
        );
        story.quantities = Vec::new().into();
        assert_eq!(default_quantity(&story), None);
    }
}
