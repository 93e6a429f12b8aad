//! Which window to open on: where the claims are dense, all of them, or one span.

use super::marks::Mark;
use super::scale::Window;
use crate::small_sort::sort_keyed;

/// The share of marks the default window holds.
const DENSE_SHARE: f64 = 0.8;
/// The narrowest default window: three weeks, so a pile-up on one day still shows
/// the days around it.
const LEAST_DEFAULT_DAYS: f64 = 21.0;
/// Room left on either side, as a share of the span shown.
const PADDING: f64 = 0.08;

/// Where the claims are dense: the shortest span holding the middles of at least 80% of
/// the marks, padded a little and at least three weeks wide. `None` without marks.
pub fn default_window(marks: &[Mark]) -> Option<Window> {
    // Twice each middle, a whole number, so the crate's one sort serves here too.
    let mut doubled: Vec<(i64, usize)> = marks
        .iter()
        .map(|m| ((m.time() * 2.0).round() as i64, 0))
        .collect();
    if doubled.is_empty() {
        return None;
    }
    sort_keyed(&mut doubled);
    let times: Vec<f64> = doubled.iter().map(|&(t, _)| t as f64 / 2.0).collect();
    let needed = ((times.len() as f64 * DENSE_SHARE).ceil() as usize).clamp(1, times.len());
    let (from, to) = times
        .windows(needed)
        .map(|w| (w[0], w[needed - 1]))
        .min_by(|a, b| (a.1 - a.0).total_cmp(&(b.1 - b.0)))?;
    // Whole days around the middles found.
    Some(around(from.floor(), to.floor() + 1.0, LEAST_DEFAULT_DAYS))
}

/// The share of the window kept over the claims however it is panned or zoomed.
const KEPT_OVER_CLAIMS: f64 = 0.25;

/// The days the marks cover, from the first one's start to the last one's end (which
/// is exclusive). `None` without marks.
pub fn extent(marks: &[Mark]) -> Option<(f64, f64)> {
    let start = marks.iter().map(|m| m.start).min()?;
    let end = marks.iter().map(|m| m.end).max()?;
    Some((f64::from(start), f64::from(end)))
}

/// Every mark in full, padded a little (if they span more than the widest window, the
/// latest ones). `None` without marks.
pub fn fit_all(marks: &[Mark]) -> Option<Window> {
    let (start, end) = extent(marks)?;
    let window = around(start, end, 0.0);
    // When it does not all fit, the latest claims are what a news story is about.
    Some(if window.end < end {
        window.pan(end - window.end)
    } else {
        window
    })
}

/// `window`, moved back as little as it takes for a quarter of it (or all the claims,
/// when they span less) to lie over the claims' `extent`: panning and zooming never
/// leave the reader in an empty stretch of time. The span stays the same.
pub fn keep_near(window: Window, extent: Option<(f64, f64)>) -> Window {
    let Some((first, last)) = extent else {
        return window;
    };
    let keep = (window.span() * KEPT_OVER_CLAIMS).min(last - first);
    // Within a rounding error is near enough: a window it moved stays where it is.
    const SLACK: f64 = 1e-6;
    if window.start > last - keep + SLACK {
        window.pan(last - keep - window.start)
    } else if window.end < first + keep - SLACK {
        window.pan(first + keep - window.end)
    } else {
        window
    }
}

/// A window showing `[start, end)` with a little room on each side, at least `least`
/// days wide: what a click on a cluster zooms to.
pub fn around(start: f64, end: f64, least: f64) -> Window {
    let span = (end - start).max(0.0);
    let padded = (span * (1.0 + 2.0 * PADDING)).max(if least.is_finite() { least } else { 0.0 });
    let middle = start / 2.0 + end / 2.0;
    Window::new(middle - padded / 2.0, middle + padded / 2.0)
}

#[cfg(test)]
mod kept_near_tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn a_moved_window_always_shows_claims(
            start in -5000.0..5000.0f64,
            span in 3.0..4000.0f64,
            first in -500i32..500,
            length in 1i32..400,
        ) {
            let window = Window::new(start, start + span);
            let (first, last) = (f64::from(first), f64::from(first + length));
            let kept = keep_near(window, Some((first, last)));
            prop_assert!((kept.span() - window.span()).abs() < 1e-6);
            let over = kept.end.min(last) - kept.start.max(first);
            let wanted = (window.span() * KEPT_OVER_CLAIMS).min(last - first);
            prop_assert!(over >= wanted - 1e-5, "{kept:?} shows {over} of {wanted} days of claims");
            // A window already over the claims is left alone.
            prop_assert_eq!(keep_near(kept, Some((first, last))), kept);
            prop_assert_eq!(keep_near(window, None), window);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timeline::marks::Shape;
    use crate::timeline::scale::{MAX_SPAN_DAYS, MIN_SPAN_DAYS};

    fn point(claim: usize, day: i32) -> Mark {
        Mark {
            claim,
            start: day,
            end: day + 1,
            shape: Shape::Point,
            inferred: false,
        }
    }

    #[test]
    fn no_marks_no_window() {
        assert_eq!(default_window(&[]), None);
        assert_eq!(fit_all(&[]), None);
    }

    #[test]
    fn the_default_window_finds_the_dense_part() {
        // Nine claims over ten days in December 2024, one in 1950.
        let dec = 20_058; // 1 Dec 2024
        let mut marks: Vec<Mark> = (0..9).map(|i| point(i, dec + i as i32)).collect();
        marks.push(point(9, -7300));
        let w = default_window(&marks).unwrap();
        assert!(
            w.start <= f64::from(dec) && w.end >= f64::from(dec + 9),
            "{w:?}"
        );
        assert!(w.span() < 60.0, "{w:?}");
        assert!(w.span() >= LEAST_DEFAULT_DAYS);
        let all = fit_all(&marks).unwrap();
        assert!(
            all.start <= -7300.0 && all.end >= f64::from(dec + 9),
            "{all:?}"
        );
    }

    #[test]
    fn a_pile_up_on_one_day_opens_three_weeks_around_it() {
        let marks: Vec<Mark> = (0..50).map(|i| point(i, 100)).collect();
        let w = default_window(&marks).unwrap();
        assert_eq!(w.span(), LEAST_DEFAULT_DAYS);
        assert!(w.start < 100.0 && w.end > 101.0);
        let all = fit_all(&marks).unwrap();
        assert!(all.span() >= MIN_SPAN_DAYS && all.start <= 100.0 && all.end >= 101.0);
    }

    #[test]
    fn fitting_more_than_the_widest_window_keeps_the_latest() {
        let marks = [point(0, -200_000), point(1, 20_000)];
        let w = fit_all(&marks).unwrap();
        assert_eq!(w.span(), MAX_SPAN_DAYS);
        assert!(w.end >= 20_001.0 && w.start > -200_000.0, "{w:?}");
    }

    #[test]
    fn around_pads_and_never_fails() {
        let w = around(100.0, 200.0, 0.0);
        assert!(w.start < 100.0 && w.end > 200.0 && w.span() < 130.0);
        let w = around(f64::NAN, f64::INFINITY, f64::NAN);
        assert!(w.start.is_finite() && w.span() >= MIN_SPAN_DAYS);
    }
}
