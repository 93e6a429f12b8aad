//! Which figures the chart plots, and when each holds: over its own period, or as of
//! the claim's date.

use crate::model::{Claim, Figure, Story};
use crate::small_sort::sort_keyed;
use crate::timeline::{date_of, dated_mark, publications, span_last_day, DateMode, Mark};

/// One figure placed in time.
#[derive(Clone, Copy, PartialEq, Eq)]
#[cfg_attr(test, derive(Debug))]
pub struct Plotted {
    /// The claim's index in the story, and the figure's among its figures.
    pub claim: usize,
    pub figure: usize,
    /// The days it holds for, as the timeline would draw that date: a day, a span, or a
    /// span left open ("since October", drawn to the claim's last day). `inferred`
    /// when the date was worked out rather than stated.
    pub time: Mark,
    /// A count over its own period ("in just three days"), not a figure as of the
    /// claim's date ("already exceeds 3,000").
    pub over_period: bool,
}

/// The figures of one quantity among some claims.
#[derive(Clone, Default, PartialEq, Eq)]
#[cfg_attr(test, derive(Debug))]
pub struct Placement {
    /// In time order: by first day, then story order.
    pub plotted: Vec<Plotted>,
    /// Figures whose claim gives no date at all, nor the figure a period: `(claim,
    /// figure)`, in story order.
    pub unplaced: Vec<(usize, usize)>,
}

impl Placement {
    /// Every figure, as the table lists them: those in time order, then the unplaced.
    pub fn rows(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        let placed = self.plotted.iter().map(|p| (p.claim, p.figure));
        placed.chain(self.unplaced.iter().copied())
    }
}

/// The figures of `quantity` that the claims at `matches` (story indices) give.
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
            match time_of(index, claim, figure, &published) {
                Some((time, over_period)) => {
                    keyed.push((i64::from(time.start), found.plotted.len()));
                    found.plotted.push(Plotted {
                        claim: index,
                        figure: position,
                        time,
                        over_period,
                    });
                }
                None => found.unplaced.push((index, position)),
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

/// A figure's period, else the date the timeline places its claim by when placing by
/// the time it is about (the `about`, else when it was made).
fn time_of(
    index: usize,
    claim: &Claim,
    figure: &Figure,
    published: &[(&str, (i32, bool))],
) -> Option<(Mark, bool)> {
    let (when, over_period) = match &figure.period {
        Some(period) => (period, true),
        None => (
            date_of(claim, DateMode::About).or_else(|| date_of(claim, DateMode::Made))?,
            false,
        ),
    };
    let last = span_last_day(claim, when, published);
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
        assert_eq!(killed.unplaced, vec![(three, 0)]);
        assert_eq!(killed.rows().count(), 4);
        assert_eq!(killed.rows().last(), Some((three, 0)), "the unplaced last");

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
        for (claim, figure) in few.rows() {
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
