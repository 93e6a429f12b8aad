//! Which reports of one quantity cannot all be true at once, and the sentence that says
//! so (docs/DATA.md, "Figures that disagree"). A report is one outlet's version of a
//! figure, so two outlets giving one source different numbers are compared too.
//!
//! Two reports disagree when their values cannot meet and their times overlap by at
//! least a day:
//! - values: what each allows, read from its words: "more than N" runs from N + 1 to no
//!   end, "up to N" and "nearly N" from 0 to N, "about N" is N (its band is Claimline's
//!   drawing, not the source's claim), a vague amount ("several hundred") its
//!   convention's bounds;
//! - times: each a span of days: its period, or the days its as-of date may be (one
//!   day, a month, or the days between an outlet's "Monday" and its publication). A
//!   date known only to a span may be any of its days, so two figures whose spans
//!   share a day may be of the same day; spans that only touch never meet.
//!
//! But a count over less time is expected to be lower, so where the lower figure holds
//! for a shorter time than the higher they do not disagree: 50 killed "in just three
//! days" does not gainsay about 100 killed "since they were sent to Kursk", nor 100 as
//! of one day several hundred counted over the months around it. Where the lower holds
//! for at least as long (a figure as of a date holds for no time), they do: "more than
//! 3,000" as of 23 December against "several hundred" since October. The rule reads
//! figures, not events: it cannot tell two counts of different places apart.

use super::plotted::Plotted;
use crate::model::{Figure, Qualifier, Story};

/// The pairs of figures that disagree, as positions in the plotted figures.
#[derive(Clone, Default, PartialEq, Eq)]
#[cfg_attr(test, derive(Debug))]
pub struct Disagreements {
    /// Up to the number asked for: pairs with the selected claim first (its figure
    /// first in the pair), then in time order of their first figure.
    pub pairs: Vec<(usize, usize)>,
    /// How many pairs disagree in all.
    pub count: usize,
    /// For each plotted figure, whether it is in any disagreeing pair.
    pub involved: Vec<bool>,
}

/// What the rule reads of one plotted figure.
struct Reading {
    low: u64,
    /// `None`: no upper bound.
    high: Option<u64>,
    start: i32,
    /// Exclusive.
    end: i32,
    over_period: bool,
}

/// The disagreeing pairs among `plotted`, keeping up to `keep` of them.
pub fn disagreements(
    story: &Story,
    plotted: &[Plotted],
    selected: Option<usize>,
    keep: usize,
) -> Disagreements {
    let readings: Vec<Option<Reading>> = plotted.iter().map(|p| reading(story, p)).collect();
    let mut found = Disagreements {
        involved: vec![false; plotted.len()],
        ..Disagreements::default()
    };
    let mut others = Vec::new();
    for (i, a) in readings.iter().enumerate() {
        let Some(a) = a else { continue };
        for (j, b) in readings.iter().enumerate().skip(i + 1) {
            let Some(b) = b else { continue };
            if !disagree(a, b) {
                continue;
            }
            found.count += 1;
            found.involved[i] = true;
            found.involved[j] = true;
            let of_selected =
                |at: usize| plotted.get(at).is_some_and(|p| Some(p.claim) == selected);
            match (of_selected(i), of_selected(j)) {
                (true, _) if found.pairs.len() < keep => found.pairs.push((i, j)),
                (false, true) if found.pairs.len() < keep => found.pairs.push((j, i)),
                (false, false) if others.len() < keep => others.push((i, j)),
                _ => {}
            }
        }
    }
    let room = keep.saturating_sub(found.pairs.len());
    found.pairs.extend(others.into_iter().take(room));
    found
}

fn reading(story: &Story, plotted: &Plotted) -> Option<Reading> {
    let figure = story
        .claims
        .get(plotted.claim)?
        .figures
        .get(plotted.figure)?;
    let (low, high) = allowed(figure);
    Some(Reading {
        low,
        high,
        start: plotted.time.start,
        end: plotted.time.end,
        over_period: plotted.over_period,
    })
}

/// The values a figure allows, by its words: from `low` to `high` inclusive.
pub fn allowed(figure: &Figure) -> (u64, Option<u64>) {
    let (low, high) = (figure.low, figure.high);
    match figure.qualifier {
        Qualifier::MoreThan => (low.or(high).map_or(0, |n| n.saturating_add(1)), None),
        Qualifier::AtLeast => (low.or(high).unwrap_or(0), None),
        Qualifier::UpTo | Qualifier::Nearly => (0, high.or(low)),
        Qualifier::Exact | Qualifier::About | Qualifier::Between | Qualifier::Several => {
            (low.or(high).unwrap_or(0), high.or(low))
        }
    }
}

fn disagree(a: &Reading, b: &Reading) -> bool {
    let below = |x: &Reading, y: &Reading| x.high.is_some_and(|high| high < y.low);
    let (lower, higher) = match (below(a, b), below(b, a)) {
        (true, _) => (a, b),
        (_, true) => (b, a),
        _ => return false,
    };
    times_meet(a, b) && lower.days() >= higher.days()
}

impl Reading {
    /// How long the figure holds for: its period's days, none for a figure as of a date.
    fn days(&self) -> i32 {
        match self.over_period {
            true => self.end - self.start,
            false => 0,
        }
    }
}

/// Whether the two spans share at least one day (`end` is exclusive).
fn times_meet(a: &Reading, b: &Reading) -> bool {
    a.start.max(b.start) < a.end.min(b.end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timeline::{Mark, Shape};
    use proptest::prelude::*;

    fn plain(low: u64, high: Option<u64>, start: i32, end: i32, over_period: bool) -> Reading {
        Reading {
            low,
            high,
            start,
            end,
            over_period,
        }
    }

    #[test]
    fn values_apart_over_the_same_time_disagree() {
        let more_than_3000_on_day_10 = plain(3001, None, 10, 11, false);
        let several_hundred_over_1_to_10 = plain(200, Some(999), 1, 11, true);
        assert!(disagree(
            &more_than_3000_on_day_10,
            &several_hundred_over_1_to_10
        ));
        assert!(disagree(
            &several_hundred_over_1_to_10,
            &more_than_3000_on_day_10
        ));
        // On a day outside the period: no time in common.
        let later = plain(3001, None, 20, 21, false);
        assert!(!disagree(&later, &several_hundred_over_1_to_10));
        // Values that can meet never disagree.
        let up_to_500 = plain(0, Some(500), 10, 11, false);
        assert!(!disagree(&up_to_500, &several_hundred_over_1_to_10));
    }

    #[test]
    fn a_lower_count_over_a_shorter_time_does_not_disagree_but_a_higher_one_does() {
        let about_100_since_day_1 = plain(100, Some(100), 1, 30, true);
        let fifty_in_three_days = plain(50, Some(50), 20, 23, true);
        assert!(!disagree(&about_100_since_day_1, &fifty_in_three_days));
        let two_hundred_in_three_days = plain(200, Some(200), 20, 23, true);
        assert!(disagree(&about_100_since_day_1, &two_hundred_in_three_days));
        // The same period: as long.
        let fifty_since_day_1 = plain(50, Some(50), 1, 30, true);
        assert!(disagree(&about_100_since_day_1, &fifty_since_day_1));
        // Overlapping in part, the lower over less time.
        let ten_over_25_to_40 = plain(10, Some(10), 25, 40, true);
        assert!(!disagree(&about_100_since_day_1, &ten_over_25_to_40));
        // As of a day within the period: lower is no disagreement, higher is.
        assert!(!disagree(
            &about_100_since_day_1,
            &plain(20, Some(20), 10, 11, false)
        ));
        assert!(disagree(
            &about_100_since_day_1,
            &plain(500, None, 10, 11, false)
        ));
    }

    #[test]
    fn figures_as_of_dates_meet_when_their_spans_share_a_day() {
        let a = plain(5, Some(5), 10, 11, false);
        assert!(disagree(&a, &plain(6, Some(6), 10, 11, false)));
        assert!(!disagree(&a, &plain(6, Some(6), 11, 12, false)));
        // One outlet's "Thursday evening" (day 10) against another's "said Friday",
        // inferred to the days 10 to 12: they may be the same day.
        let friday_or_so = plain(6, Some(6), 10, 13, false);
        assert!(disagree(&a, &friday_or_so));
        // Two months sharing days, and two spans that only touch.
        let month = plain(6, Some(6), 1, 31, false);
        assert!(disagree(&plain(5, Some(5), 20, 40, false), &month));
        assert!(!disagree(&plain(5, Some(5), 31, 40, false), &month));
        // An as-of span reaching past a period's end still meets it.
        let period = plain(100, Some(100), 1, 12, true);
        assert!(disagree(&period, &plain(500, Some(500), 11, 20, false)));
        assert!(!disagree(&period, &plain(500, Some(500), 12, 20, false)));
    }

    #[test]
    fn the_words_set_what_a_figure_allows() {
        let figure = |qualifier, low, high| Figure {
            quantity: "q".into(),
            low,
            high,
            qualifier,
            phrase: "w".into(),
            period: None,
        };
        assert_eq!(
            allowed(&figure(Qualifier::MoreThan, Some(3000), None)),
            (3001, None)
        );
        assert_eq!(
            allowed(&figure(Qualifier::UpTo, None, Some(12)),),
            (0, Some(12))
        );
        assert_eq!(
            allowed(&figure(Qualifier::Nearly, None, Some(1000))),
            (0, Some(1000))
        );
        assert_eq!(
            allowed(&figure(Qualifier::About, Some(100), Some(100))),
            (100, Some(100))
        );
        assert_eq!(
            allowed(&figure(Qualifier::Several, Some(200), Some(999))),
            (200, Some(999))
        );
        assert_eq!(
            allowed(&figure(Qualifier::Exact, Some(3), Some(3))),
            (3, Some(3))
        );
        assert_eq!(
            allowed(&figure(Qualifier::MoreThan, Some(u64::MAX), None)),
            (u64::MAX, None)
        );
    }

    fn plotted(claim: usize, start: i32, length: i32, over_period: bool) -> Plotted {
        Plotted {
            claim,
            figure: 0,
            appearance: 0,
            time: Mark {
                claim,
                start,
                end: start + length,
                shape: if length == 1 {
                    Shape::Point
                } else {
                    Shape::Range
                },
                inferred: false,
            },
            over_period,
        }
    }

    proptest! {
        #[test]
        fn disagreeing_pairs_have_values_apart_and_times_in_common(
            seed in 0u64..1000,
            shapes in proptest::collection::vec((0i32..40, 1i32..20, any::<bool>()), 2..30),
        ) {
            let story = crate::synthetic::story(shapes.len() * 6, seed);
            // Give the first figures of the story these times.
            let figures: Vec<(usize, usize)> = story
                .claims
                .iter()
                .enumerate()
                .flat_map(|(c, claim)| (0..claim.figures.len()).map(move |f| (c, f)))
                .take(shapes.len())
                .collect();
            let plotted: Vec<Plotted> = figures
                .iter()
                .zip(&shapes)
                .map(|(&(claim, figure), &(start, length, over))| Plotted {
                    figure,
                    ..plotted(claim, start, length, over)
                })
                .collect();
            let found = disagreements(&story, &plotted, None, usize::MAX);
            prop_assert_eq!(found.pairs.len(), found.count);
            for &(i, j) in &found.pairs {
                let (a, b) = (&plotted[i], &plotted[j]);
                let value = |p: &Plotted| allowed(&story.claims[p.claim].figures[p.figure]);
                let ((a_low, a_high), (b_low, b_high)) = (value(a), value(b));
                let apart = a_high.is_some_and(|h| h < b_low) || b_high.is_some_and(|h| h < a_low);
                prop_assert!(apart, "{:?} {:?}", value(a), value(b));
                let overlap = a.time.start < b.time.end && b.time.start < a.time.end;
                prop_assert!(overlap, "{a:?} {b:?}");
                prop_assert!(found.involved[i] && found.involved[j]);
            }
            let involved = found.involved.iter().filter(|&&x| x).count();
            prop_assert!(involved <= 2 * found.count);
            let few = disagreements(&story, &plotted, None, 1);
            prop_assert_eq!(few.count, found.count);
            prop_assert!(few.pairs.len() <= 1);
        }
    }
}
