//! Which reports of a quantity the chart plots, and when each holds: over its figure's
//! period, or as of the claim's date as the outlet gives it. A report is one outlet's
//! version of a figure: the figure of a claim as one appearance (one article) gives it.

use super::report::as_of;
use crate::model::{Appearance, Claim, Figure, Story};
use crate::small_sort::sort_keyed;
use crate::timeline::{dated_mark, publications, span_last_day, Mark};

/// One report placed in time.
#[derive(Clone, Copy, PartialEq, Eq)]
#[cfg_attr(test, derive(Debug))]
pub struct Plotted {
    /// The claim's index in the story, the figure's among its figures and the
    /// appearance's (the article that gives it) among its appearances.
    pub claim: usize,
    pub figure: usize,
    pub appearance: usize,
    /// The days it holds for, as the timeline would draw that date: a day, a span, or a
    /// span left open ("since October", drawn to when the outlet says it was said).
    /// `inferred` when the date was worked out rather than stated.
    pub time: Mark,
    /// A count over its own period ("in just three days"), not a figure as of the
    /// claim's date ("already exceeds 3,000").
    pub over_period: bool,
}

/// One outlet's report of a figure: `(claim, figure, appearance)`, story indices.
pub type Report = (usize, usize, usize);

/// The reports of one quantity among some claims.
#[derive(Clone, Default, PartialEq, Eq)]
#[cfg_attr(test, derive(Debug))]
pub struct Placement {
    /// In time order: by first day, then story order.
    pub plotted: Vec<Plotted>,
    /// Reports with no date at all, from the claim, the outlet or a period, in story
    /// order.
    pub unplaced: Vec<Report>,
}

impl Plotted {
    pub fn report(&self) -> Report {
        (self.claim, self.figure, self.appearance)
    }
}

impl Placement {
    /// Every report, as the table lists them: those in time order, then the unplaced.
    pub fn rows(&self) -> impl Iterator<Item = Report> + '_ {
        let placed = self.plotted.iter().map(Plotted::report);
        placed.chain(self.unplaced.iter().copied())
    }
}

/// The appearances of a claim that report a figure, by position: those whose quotes
/// hold its words. A figure no quote holds (which `check` refuses) is credited to every
/// appearance, so that it is not lost.
pub fn reporting(claim: &Claim, figure: &Figure) -> Vec<usize> {
    let giving = claim.appearances.iter().enumerate();
    let found: Vec<usize> = giving
        .filter(|(_, a)| a.gives(figure))
        .map(|(at, _)| at)
        .collect();
    match found.is_empty() {
        true => (0..claim.appearances.len()).collect(),
        false => found,
    }
}

/// The reports of `quantity` that the claims at `matches` (story indices) give.
pub fn placement(story: &Story, matches: &[usize], quantity: &str) -> Placement {
    let published = publications(story);
    let mut found = Placement::default();
    let mut keyed: Vec<(i64, usize)> = Vec::new();
    for &index in matches {
        let Some(claim) = story.claims.get(index) else {
            continue;
        };
        for (position, figure) in claim.figures.iter().enumerate() {
            if figure.quantity != quantity {
                continue;
            }
            for at in reporting(claim, figure) {
                let Some(appearance) = claim.appearances.get(at) else {
                    continue;
                };
                match time_of(index, claim, figure, appearance, &published) {
                    Some((time, over_period)) => {
                        keyed.push((i64::from(time.start), found.plotted.len()));
                        found.plotted.push(Plotted {
                            claim: index,
                            figure: position,
                            appearance: at,
                            time,
                            over_period,
                        });
                    }
                    None => found.unplaced.push((index, position, at)),
                }
            }
        }
    }
    // Keyed by first day, ties by position: story order.
    sort_keyed(&mut keyed);
    let in_story_order = std::mem::take(&mut found.plotted);
    found.plotted = keyed
        .iter()
        .filter_map(|&(_, at)| in_story_order.get(at).copied())
        .collect();
    found
}

/// A figure's period, else the date it is given as of (`report::as_of`). A span left
/// open reaches to when this outlet says the claim was made, else as the timeline
/// draws it.
fn time_of(
    index: usize,
    claim: &Claim,
    figure: &Figure,
    appearance: &Appearance,
    published: &[(&str, (i32, bool))],
) -> Option<(Mark, bool)> {
    let (when, over_period) = match &figure.period {
        Some(period) => (period, true),
        None => (as_of(claim, appearance)?, false),
    };
    let last = match appearance.made.as_ref().and_then(|made| made.end) {
        Some(made) => when.last_day(|| made),
        None => span_last_day(claim, when, published),
    };
    Some((dated_mark(index, when, last), over_period))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load_tests::bundled_story;
    use crate::model::Date;
    use crate::timeline::Shape;

    fn day(text: &str) -> i32 {
        Date::parse(text).unwrap().day_number()
    }

    fn find<'a>(story: &Story, placement: &'a Placement, claim: &str) -> &'a Plotted {
        let index = story.claim_index(claim).expect("a claim");
        let found = placement.plotted.iter().find(|p| p.claim == index);
        found.expect("plotted")
    }

    #[test]
    fn a_figure_holds_over_its_period_or_as_of_its_claims_date() {
        let story = bundled_story();
        let every: Vec<usize> = (0..story.claims.len()).collect();
        let placed = placement(&story, &every, "nk-killed-or-wounded");
        assert_eq!(placed.plotted.len(), 3);
        assert!(placed.unplaced.is_empty());

        // "already exceeds 3,000": no period and no time it is about, so as of the
        // days it may have been said ("Monday": 23 or 30 Dec), not one of them.
        let zelenskyy = find(&story, &placed, "zelenskyy-over-3000-killed-or-wounded");
        assert!(!zelenskyy.over_period);
        assert_eq!(zelenskyy.time.shape, Shape::Range);
        assert_eq!(
            (zelenskyy.time.start, zelenskyy.time.end),
            (day("2024-12-23"), day("2024-12-31"))
        );

        // "since October": open, drawn to the last article carrying it, as the
        // timeline draws an open span whose claim gives no date it was made.
        let official = find(&story, &placed, "us-official-several-hundred-nk-casualties");
        assert!(official.over_period);
        assert_eq!(official.time.shape, Shape::Since);
        assert_eq!(official.time.start, day("2024-10-01"));
        assert_eq!(official.time.last_day(), Date::parse("2024-12-31").unwrap());

        // "over three days of operations": a closed period.
        let sso = find(&story, &placed, "sso-over-100-casualties-in-three-days");
        assert!(sso.over_period);
        assert_eq!(sso.time.shape, Shape::Range);
        assert_eq!(
            (sso.time.start, sso.time.end),
            (day("2024-12-20"), day("2024-12-31"))
        );

        let starts: Vec<i32> = placed.plotted.iter().map(|p| p.time.start).collect();
        assert!(starts.windows(2).all(|w| w[0] <= w[1]), "time order");
    }

    #[test]
    fn a_figure_whose_claim_gives_no_date_is_not_placed_and_inferred_dates_say_so() {
        // Every figure of the bundled story has a time: one is taken away.
        let mut story = bundled_story();
        let three = story
            .claim_index("sso-killed-three-and-seized-documents")
            .expect("a claim");
        story.claims.to_mut()[three].made = None;
        let every: Vec<usize> = (0..story.claims.len()).collect();
        let killed = placement(&story, &every, "nk-killed");
        assert_eq!(killed.unplaced, vec![(three, 0, 0)], "in article A only");
        assert_eq!(killed.rows().count(), 4);
        assert_eq!(
            killed.rows().last(),
            Some((three, 0, 0)),
            "the unplaced last"
        );

        let troops = placement(&story, &every, "nk-troops-in-russia");
        assert_eq!(troops.plotted.len(), 2, "two wordings of one claim");
        for plotted in &troops.plotted {
            assert!(!plotted.over_period);
            assert!(plotted.time.inferred, "its time is inferred: {plotted:?}");
            assert_eq!(
                plotted.time.shape,
                Shape::Range,
                "a span of days, not a point"
            );
        }
    }

    #[test]
    fn only_the_claims_passing_the_filters_give_figures() {
        let story = crate::synthetic::story(400, 3);
        let every: Vec<usize> = (0..story.claims.len()).collect();
        let some: Vec<usize> = every.iter().copied().filter(|i| i % 3 == 0).collect();
        let all = placement(&story, &every, "killed");
        let few = placement(&story, &some, "killed");
        assert!(!few.plotted.is_empty() && few.plotted.len() < all.plotted.len());
        for (claim, figure, _) in few.rows() {
            assert_eq!(claim % 3, 0);
            assert_eq!(story.claims[claim].figures[figure].quantity, "killed");
        }
        let expected = some
            .iter()
            .flat_map(|&i| story.claims[i].figures.iter())
            .filter(|f| f.quantity == "killed")
            .count();
        assert_eq!(few.rows().count(), expected);
        assert_eq!(placement(&story, &[99_999], "killed"), Placement::default());
    }
}
