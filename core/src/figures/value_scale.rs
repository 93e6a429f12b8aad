//! The value axis: logarithmic, from the 1, 2 or 5 times a power of ten at or below the
//! smallest bound drawn to the one at or above the largest, so that 3 and 3,000 both
//! stand clear of the floor on one chart, and figures within one decade (11,000 and
//! 12,000) are not pressed into a corner of it. Bounds a figure leaves open are not on
//! it: they are drawn as arrows to its edge.

use crate::bounded::bounded;
use crate::words::group_thousands;

/// The steps the axis's ends and gridlines fall on: 1, 2 and 5 times each power of ten,
/// counted from 1 (step 0) to 10^19 (step 57), the largest power of ten a `u64` holds.
const LAST_STEP: u32 = 57;
/// Up to this many decades, gridlines at every step; beyond, at powers of ten and the
/// axis's ends.
const FINE_UP_TO_DECADES: f64 = 3.0;
/// The closest two gridlines' labels may come, in pixels: a line of small text.
const LEAST_TICK_GAP_PX: f64 = 14.0;

/// Values to pixels, from the value of step `low` (at `bottom`) to that of step `high`
/// (at `top`).
#[derive(Clone, Copy, PartialEq)]
#[cfg_attr(test, derive(Debug))]
pub struct ValueScale {
    low: u32,
    high: u32,
    top: f64,
    bottom: f64,
}

/// A gridline of the value axis.
#[derive(Clone, PartialEq)]
#[cfg_attr(test, derive(Debug))]
pub struct ValueTick {
    pub value: u64,
    pub y: f64,
    /// "1", "200", "5,000".
    pub label: String,
}

impl ValueScale {
    /// The scale for `values` (the finite bounds drawn), between the pixels `top` and
    /// `bottom`; with no values, 1 to 10.
    pub fn fitted(values: impl IntoIterator<Item = u64>, top: f64, bottom: f64) -> ValueScale {
        let (mut least, mut most) = (u64::MAX, 0);
        for value in values {
            least = least.min(value);
            most = most.max(value);
        }
        let (low, high) = match least <= most {
            true => (step_at_or_below(least), step_at_or_above(most)),
            false => (0, 3),
        };
        let low = low.min(LAST_STEP - 1);
        ValueScale {
            low,
            high: high.max(low + 1),
            top,
            bottom: bottom.max(top + 1.0),
        }
    }

    /// The pixel of a value: values below the floor (0, or below 1) sit on it, values
    /// above the top at it.
    pub fn y(&self, value: u64) -> f64 {
        let (floor, ceiling) = (log(step_value(self.low)), log(step_value(self.high)));
        let place = (log(value.max(1)) - floor) / (ceiling - floor);
        bounded(
            self.bottom - place * (self.bottom - self.top),
            self.top,
            self.bottom,
        )
    }

    /// The gridlines, bottom to top: at every step over a few decades, else at the
    /// axis's ends and the powers of ten between (every other one, or fewer, when they
    /// are many); never closer than a line of text.
    pub fn ticks(&self) -> Vec<ValueTick> {
        let decades = log(step_value(self.high)) - log(step_value(self.low));
        let fine = decades <= FINE_UP_TO_DECADES;
        let room = ((self.bottom - self.top) / LEAST_TICK_GAP_PX).max(1.0);
        let stride = (decades / room).ceil().max(1.0) as u32;
        let mut kept: Vec<ValueTick> = Vec::new();
        for step in self.low..=self.high {
            let end = step == self.low || step == self.high;
            let power = step % 3 == 0 && (step / 3).is_multiple_of(stride);
            if !(fine || end || power) {
                continue;
            }
            let value = step_value(step);
            let y = self.y(value);
            if kept
                .last()
                .is_some_and(|last| last.y - y < LEAST_TICK_GAP_PX)
            {
                continue;
            }
            kept.push(ValueTick {
                value,
                y,
                label: group_thousands(value),
            });
        }
        kept
    }
}

fn log(value: u64) -> f64 {
    (value as f64).log10()
}

/// The value of a step: 1, 2, 5, 10, 20, 50, … (10^19 at most).
fn step_value(step: u32) -> u64 {
    let step = step.min(LAST_STEP);
    let times = match step % 3 {
        0 => 1,
        1 => 2,
        _ => 5,
    };
    10u64.pow(step / 3) * times
}

/// The last step at or below `value` (step 0 for 0).
fn step_at_or_below(value: u64) -> u32 {
    (0..=LAST_STEP)
        .take_while(|&step| step_value(step) <= value)
        .last()
        .unwrap_or(0)
}

/// The first step at or above `value`, or the last there is.
fn step_at_or_above(value: u64) -> u32 {
    (0..=LAST_STEP)
        .find(|&step| step_value(step) >= value)
        .unwrap_or(LAST_STEP)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn labels(scale: &ValueScale) -> Vec<String> {
        scale.ticks().into_iter().map(|t| t.label).collect()
    }

    #[test]
    fn three_and_three_thousand_are_both_readable() {
        let scale = ValueScale::fitted([3, 3000], 10.0, 250.0);
        assert_eq!(labels(&scale), ["2", "10", "100", "1,000", "5,000"]);
        let (three, thousands) = (scale.y(3), scale.y(3000));
        // Each clear of the axis's ends and their gridlines: neither is squashed.
        assert!(scale.bottom - three > 10.0, "{three}");
        assert!(thousands - scale.top > 10.0, "{thousands}");
        assert!(three > thousands, "up is more");
    }

    #[test]
    fn few_decades_get_one_two_five_and_many_get_powers_of_ten() {
        let fine = ValueScale::fitted([3, 700], 10.0, 250.0);
        assert_eq!(
            labels(&fine),
            ["2", "5", "10", "20", "50", "100", "200", "500", "1,000"]
        );
        let scale = ValueScale::fitted([2, 90_000_000], 10.0, 250.0);
        assert_eq!(
            labels(&scale),
            [
                "2",
                "10",
                "100",
                "1,000",
                "10,000",
                "100,000",
                "1,000,000",
                "10,000,000",
                "100,000,000"
            ]
        );
        let short = ValueScale::fitted([1, 10u64.pow(19)], 0.0, 60.0);
        let got = short.ticks();
        assert!(got.len() < 10, "{got:?}");
        for pair in got.windows(2) {
            assert!(pair[0].y - pair[1].y >= LEAST_TICK_GAP_PX);
        }
    }

    #[test]
    fn figures_within_a_decade_fill_the_axis() {
        let troops = ValueScale::fitted([11_000, 12_000], 0.0, 200.0);
        assert_eq!(labels(&troops), ["10,000", "20,000"]);
        assert!(troops.y(11_000) - troops.y(12_000) > 20.0, "apart");
    }

    #[test]
    fn one_value_gets_a_step_and_nothing_gets_one_to_ten() {
        let one = ValueScale::fitted([100], 0.0, 100.0);
        assert_eq!(labels(&one), ["100", "200"]);
        assert_eq!(one.y(100), 100.0);
        let none = ValueScale::fitted([], 0.0, 100.0);
        assert_eq!(labels(&none), ["1", "2", "5", "10"]);
        assert_eq!(none.y(0), 100.0, "0 sits on the floor");
        let huge = ValueScale::fitted([u64::MAX], 0.0, 100.0);
        assert_eq!(huge.y(u64::MAX), 0.0);
    }

    proptest! {
        #[test]
        fn every_bound_lies_inside_the_chart_and_the_scale_rises(
            values in proptest::collection::vec(any::<u64>(), 1..20),
            top in 0.0f64..100.0,
            height in 20.0f64..600.0,
        ) {
            let scale = ValueScale::fitted(values.iter().copied(), top, top + height);
            let mut sorted = values.clone();
            sorted.sort();
            let mut previous = f64::INFINITY;
            for value in sorted {
                let y = scale.y(value);
                prop_assert!(y >= top && y <= top + height, "{value} at {y}");
                prop_assert!(y <= previous, "monotonic");
                previous = y;
            }
            let ticks = scale.ticks();
            prop_assert!(!ticks.is_empty());
            for pair in ticks.windows(2) {
                prop_assert!(pair[0].value < pair[1].value);
                prop_assert!(pair[0].y - pair[1].y >= LEAST_TICK_GAP_PX - 1e-9);
            }
            for tick in &ticks {
                prop_assert!(tick.y >= top && tick.y <= top + height);
            }
            // The scale spans every bound (up to the largest power of ten it holds):
            // none is pressed against an edge it does not reach.
            let least = values.iter().copied().min().unwrap_or(0).max(1);
            let most = values.iter().copied().max().unwrap_or(0).min(step_value(LAST_STEP));
            prop_assert!(step_value(scale.low) <= least);
            prop_assert!(most <= step_value(scale.high));
        }
    }
}
