//! Labelled ticks along the time axis, in units that suit the zoom: days, weeks, months,
//! quarters, years, decades, centuries.

use super::scale::Scale;
use crate::model::date::days_in_month;
use crate::model::Date;

/// One tick: where it falls and what it says. A major tick starts a larger unit (a
/// month among days, a year among months, a decade among years) and names it.
#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    /// The day number the tick marks the start of.
    pub day: i32,
    /// Its pixel on the scale.
    pub x: f64,
    /// "23 Dec", "Dec 2024" (major, among days), "Dec", "2025" (major, among months), "1950".
    pub label: String,
    pub major: bool,
}

/// A tick gap that fits the widest label ("Dec 2024") in a 12 px font with room between.
pub const DEFAULT_MIN_GAP_PX: f64 = 72.0;

/// The narrowest gap [`ticks`] accepts, which bounds how many ticks it can make.
const LEAST_GAP_PX: f64 = 8.0;

#[derive(Clone, Copy, Debug, PartialEq)]
enum Unit {
    /// Days of the month counted from the 1st in steps of this many days.
    Days(i32),
    /// Months counted from January in steps of this many months.
    Months(i32),
    /// Years that are multiples of this many.
    Years(i32),
}

/// Finest first, each with the fewest days between two of its ticks, so that the
/// chosen unit never crowds labels (a month is never shorter than 28 days).
const UNITS: [(Unit, f64); 15] = [
    (Unit::Days(1), 1.0),
    (Unit::Days(2), 2.0),
    (Unit::Days(7), 7.0),
    (Unit::Days(14), 13.0),
    (Unit::Months(1), 28.0),
    (Unit::Months(3), 89.0),
    (Unit::Months(6), 181.0),
    (Unit::Years(1), 365.0),
    (Unit::Years(2), 730.0),
    (Unit::Years(5), 1826.0),
    (Unit::Years(10), 3652.0),
    (Unit::Years(20), 7305.0),
    (Unit::Years(50), 18262.0),
    (Unit::Years(100), 36524.0),
    (Unit::Years(500), 182_621.0),
];

/// The ticks of a scale, left to right, at least `min_gap_px` apart (not less than 8 px;
/// choose it wider than the widest label, 8 characters; not a number means the default). Uses the finest unit whose
/// ticks keep that gap; where a month's uneven length still brings two ticks too close,
/// the minor one gives way.
pub fn ticks(scale: &Scale, min_gap_px: f64) -> Vec<Tick> {
    // A gap wider than the drawing simply leaves room for one tick.
    let gap = if min_gap_px.is_nan() {
        DEFAULT_MIN_GAP_PX
    } else {
        min_gap_px.max(LEAST_GAP_PX)
    };
    let px_per_day = scale.px_per_day();
    let unit = UNITS
        .iter()
        .find(|(_, days)| days * px_per_day >= gap)
        .map_or(Unit::Years(500), |&(unit, _)| unit);
    let window = scale.window;
    // Bounded by the window, which lies within years 1 to 9999.
    let first = Date::from_day_number(window.start.floor() as i32);
    let last = window.end.ceil() as i32;
    let mut kept: Vec<Tick> = Vec::new();
    for date in unit_starts(unit, first, last) {
        let day = date.day_number();
        if f64::from(day) < window.start || f64::from(day) >= window.end {
            continue;
        }
        let (label, major) = label(unit, date);
        let tick = Tick {
            day,
            x: scale.x(f64::from(day)),
            label,
            major,
        };
        match kept.last() {
            Some(previous) if tick.x - previous.x < gap => {
                // Too close: a major tick displaces a minor one, else the newcomer goes.
                if tick.major && !previous.major {
                    kept.pop();
                    kept.push(tick);
                }
            }
            _ => kept.push(tick),
        }
    }
    kept
}

/// The start dates of a unit from the one at or before `first` to the day `last`.
fn unit_starts(unit: Unit, first: Date, last: i32) -> impl Iterator<Item = Date> {
    let mut year = first.year;
    let mut month = i32::from(first.month);
    let mut day = 1;
    match unit {
        Unit::Days(_) => {}
        Unit::Months(step) => month = 1 + (month - 1) / step * step,
        Unit::Years(step) => {
            year = year.div_euclid(step) * step;
            month = 1;
        }
    }
    std::iter::from_fn(move || {
        let date = Date {
            year,
            month: u8::try_from(month).unwrap_or(1),
            day: u8::try_from(day).unwrap_or(1),
        };
        if date.day_number() >= last {
            return None;
        }
        match unit {
            Unit::Days(step) => {
                let length = i32::from(days_in_month(year, date.month));
                // The last tick of a month keeps at least a full step before the next 1st.
                if day + step <= length + 1 - step {
                    day += step;
                } else {
                    (year, month) = next_month(year, month, 1);
                    day = 1;
                }
            }
            Unit::Months(step) => (year, month) = next_month(year, month, step),
            Unit::Years(step) => year += step,
        }
        Some(date)
    })
}

fn next_month(year: i32, month: i32, step: i32) -> (i32, i32) {
    let index = month - 1 + step;
    (year + index.div_euclid(12), index.rem_euclid(12) + 1)
}

fn label(unit: Unit, date: Date) -> (String, bool) {
    let month = date.month_name();
    match unit {
        Unit::Days(_) if date.day == 1 => (format!("{month} {}", date.year), true),
        Unit::Days(_) => (format!("{} {month}", date.day), false),
        Unit::Months(_) if date.month == 1 => (date.year.to_string(), true),
        Unit::Months(_) => (month.to_owned(), false),
        Unit::Years(step) => {
            let every = match step {
                1 | 2 | 5 => 10,
                10 => 50,
                20 | 50 => 100,
                _ => 1000,
            };
            (date.year.to_string(), date.year.rem_euclid(every) == 0)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timeline::scale::{Window, MAX_SPAN_DAYS, MIN_SPAN_DAYS};
    use proptest::prelude::*;

    fn day(text: &str) -> f64 {
        f64::from(Date::parse(text).unwrap().day_number())
    }

    fn labels(from: &str, to: &str, width: f64) -> Vec<(String, bool)> {
        let scale = Scale::new(Window::new(day(from), day(to)), width);
        ticks(&scale, DEFAULT_MIN_GAP_PX)
            .into_iter()
            .map(|t| (t.label, t.major))
            .collect()
    }

    fn owned(expected: &[(&str, bool)]) -> Vec<(String, bool)> {
        expected.iter().map(|&(l, m)| (l.to_owned(), m)).collect()
    }

    #[test]
    fn days_name_the_month_at_its_start() {
        assert_eq!(
            labels("2024-11-29", "2024-12-04", 800.0),
            owned(&[
                ("29 Nov", false),
                ("30 Nov", false),
                ("Dec 2024", true),
                ("2 Dec", false),
                ("3 Dec", false),
            ])
        );
    }

    #[test]
    fn weeks_count_from_the_first_of_the_month() {
        let got = labels("2024-11-01", "2025-01-01", 800.0);
        assert_eq!(
            got,
            owned(&[
                ("Nov 2024", true),
                ("8 Nov", false),
                ("15 Nov", false),
                ("22 Nov", false),
                ("Dec 2024", true),
                ("8 Dec", false),
                ("15 Dec", false),
                ("22 Dec", false),
            ])
        );
    }

    #[test]
    fn months_name_the_year_in_january() {
        let got = labels("2024-10-15", "2025-04-15", 800.0);
        assert_eq!(
            got,
            owned(&[
                ("Nov", false),
                ("Dec", false),
                ("2025", true),
                ("Feb", false),
                ("Mar", false),
                ("Apr", false),
            ])
        );
    }

    #[test]
    fn decades_reach_back_to_the_1950s() {
        let got = labels("1948-01-01", "2026-01-01", 800.0);
        assert_eq!(
            got,
            owned(&[
                ("1950", true),
                ("1960", false),
                ("1970", false),
                ("1980", false),
                ("1990", false),
                ("2000", true),
                ("2010", false),
                ("2020", false),
            ])
        );
    }

    #[test]
    fn a_tick_too_close_gives_way_to_a_major_one() {
        // Twenty years are at least 7,305 days but for those over 1900, which is no
        // leap year: 1900 to 1920 is 7,304. At a scale where 7,305 days just make the
        // gap, 1920 is a hair too close to 1900 and gives way to it.
        let window = Window::new(day("1890-01-01"), day("2030-01-01"));
        let width = window.span() * DEFAULT_MIN_GAP_PX / 7305.0 * (1.0 + 1e-9);
        let got = ticks(&Scale::new(window, width), DEFAULT_MIN_GAP_PX);
        let labels: Vec<&str> = got.iter().map(|t| t.label.as_str()).collect();
        assert_eq!(labels, ["1900", "1940", "1960", "1980", "2000", "2020"]);
        assert!(got[0].major);
    }

    #[test]
    fn a_narrow_drawing_still_gets_spaced_ticks() {
        let scale = Scale::new(Window::new(0.0, MAX_SPAN_DAYS), 100.0);
        let got = ticks(&scale, DEFAULT_MIN_GAP_PX);
        assert!(got.len() <= 2, "{got:?}");
        let tiny = Scale::new(Window::new(0.0, 10.0), 0.0);
        assert!(ticks(&tiny, f64::NAN).len() <= 1);
    }

    fn window() -> impl Strategy<Value = Window> {
        (
            -30_000.0f64..40_000.0,
            MIN_SPAN_DAYS.ln()..MAX_SPAN_DAYS.ln(),
        )
            .prop_map(|(start, log_span)| Window::new(start, start + log_span.exp()))
    }

    proptest! {
        #[test]
        fn ticks_increase_and_keep_their_gap(
            window in window(),
            width in 1.0f64..4000.0,
            gap in 8.0f64..200.0,
        ) {
            let scale = Scale::new(window, width);
            let got = ticks(&scale, gap);
            for pair in got.windows(2) {
                prop_assert!(pair[0].day < pair[1].day);
                prop_assert!(pair[1].x - pair[0].x >= gap - 1e-9, "{pair:?}");
            }
            for tick in &got {
                prop_assert!(f64::from(tick.day) >= window.start && f64::from(tick.day) < window.end);
                prop_assert!(tick.x >= 0.0 && tick.x < scale.width + 1e-9);
                prop_assert!(tick.label.chars().count() <= 8, "{}", tick.label);
            }
            // Wide enough drawings always get at least one label to read the time by.
            if width >= 4.0 * gap {
                prop_assert!(!got.is_empty(), "{window:?} at {width}px");
            }
        }
    }
}
