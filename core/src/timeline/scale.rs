//! The visible stretch of time and how it maps onto pixels. Knows nothing of claims or
//! lanes, so any view that plots against time (the timeline, the figures) shares it.

use crate::bounded::bounded;
use crate::model::Date;

/// The narrowest window: a few days, so a day-precision mark is still a visible width.
pub const MIN_SPAN_DAYS: f64 = 3.0;
/// The widest window: 150 years, enough for a story reaching back to the 1950s.
pub const MAX_SPAN_DAYS: f64 = 150.0 * 365.2425;

/// The earliest day a window may show: 1 January of year 1.
pub fn first_day() -> f64 {
    f64::from(
        Date {
            year: 1,
            month: 1,
            day: 1,
        }
        .day_number(),
    )
}

/// The day after the last a window may show: 1 January 10000, past every four-digit year.
pub fn last_day() -> f64 {
    f64::from(
        Date {
            year: 10_000,
            month: 1,
            day: 1,
        }
        .day_number(),
    )
}

/// A stretch of time in day numbers (see [`Date::day_number`]), `end` exclusive: day
/// `d` covers `[d, d + 1)`. Every constructor and operation keeps it valid: finite,
/// between [`MIN_SPAN_DAYS`] and [`MAX_SPAN_DAYS`] wide, within years 1 to 9999.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Window {
    pub start: f64,
    pub end: f64,
}

impl Window {
    /// A window from `start` to `end`, made valid: swapped if reversed, widened or
    /// narrowed about its middle to the allowed span, shifted inside the allowed years.
    /// A bound that is not a number is taken from the other one; with neither, the
    /// window starts on 1 January 1970.
    pub fn new(start: f64, end: f64) -> Window {
        let (start, end) = match (start.is_finite(), end.is_finite()) {
            (true, true) => (start.min(end), start.max(end)),
            (true, false) => (start, start + MIN_SPAN_DAYS),
            (false, true) => (end - MIN_SPAN_DAYS, end),
            (false, false) => (0.0, MIN_SPAN_DAYS),
        };
        let span = bounded(end - start, MIN_SPAN_DAYS, MAX_SPAN_DAYS);
        let middle = start / 2.0 + end / 2.0;
        Window::placed(middle - span / 2.0, span)
    }

    /// A window of whole days, `end` exclusive: what a link carries.
    pub fn from_days(start: i32, end: i32) -> Window {
        Window::new(f64::from(start), f64::from(end))
    }

    /// Keeps the span and moves the window inside the allowed years.
    fn placed(start: f64, span: f64) -> Window {
        let start = bounded(start, first_day(), last_day() - span);
        Window {
            start,
            end: start + span,
        }
    }

    /// How many days the window shows.
    pub fn span(self) -> f64 {
        self.end - self.start
    }

    /// Zooms by `factor` (above 1 zooms in) about `anchor`, a day that stays under the
    /// same pixel. A factor that is not a positive number leaves the window as it is;
    /// an anchor that is not a number zooms about the middle.
    pub fn zoom(self, factor: f64, anchor: f64) -> Window {
        if !(factor.is_finite() && factor > 0.0) {
            return self;
        }
        // Far-off anchors are brought near the allowed years so the arithmetic stays finite.
        let reach = MAX_SPAN_DAYS * 2.0;
        let anchor = if anchor.is_finite() {
            bounded(anchor, first_day() - reach, last_day() + reach)
        } else {
            self.start + self.span() / 2.0
        };
        let span = bounded(self.span() / factor, MIN_SPAN_DAYS, MAX_SPAN_DAYS);
        // The anchor keeps its share of the width on either side.
        let share = (anchor - self.start) / self.span();
        Window::placed(anchor - share * span, span)
    }

    /// Moves the window later by `days` (earlier when negative), keeping its span.
    pub fn pan(self, days: f64) -> Window {
        if !days.is_finite() {
            return self;
        }
        Window::placed(self.start + days, self.span())
    }

    /// The window as whole days, rounded to the nearest, for a link. Reading them back
    /// with [`Window::from_days`] gives a window within half a day of this one.
    pub fn days(self) -> (i32, i32) {
        // Within i32 by construction: the window lies inside years 1 to 9999.
        let start = self.start.round() as i32;
        let end = self.end.round() as i32;
        (start, end.max(start + MIN_SPAN_DAYS as i32))
    }

    /// Whether a span of days `[start, end)` shows in the window, at least in part.
    pub fn intersects(self, start: f64, end: f64) -> bool {
        start < self.end && end > self.start
    }

    /// The window moved as little as it takes for `[start, end)` to show, with `margin`
    /// (a share of the span, at most a third) kept clear at the edge it comes in from.
    /// A span wider than the window shows its start. The span stays the same.
    pub fn reveal(self, start: f64, end: f64, margin: f64) -> Window {
        if !(start.is_finite() && end.is_finite()) {
            return self;
        }
        let span = self.span();
        let margin = if margin.is_finite() {
            bounded(margin, 0.0, 1.0 / 3.0) * span
        } else {
            0.0
        };
        let end = end.min(start + span - 2.0 * margin);
        if start < self.start + margin {
            Window::placed(start - margin, span)
        } else if end > self.end - margin {
            Window::placed(end + margin - span, span)
        } else {
            self
        }
    }
}

/// Days to pixels for one window and width: `x = 0` is the window's start.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scale {
    pub window: Window,
    pub width: f64,
}

/// The widest drawing a scale accepts; more is surely an error, and bounding it bounds
/// how many ticks and marks a layout can make.
pub const MAX_WIDTH_PX: f64 = 100_000.0;

impl Scale {
    /// A scale drawing `window` across `width` pixels. A width that is not a positive
    /// number is taken as 1 pixel; widths are capped at [`MAX_WIDTH_PX`].
    pub fn new(window: Window, width: f64) -> Scale {
        let window = Window::new(window.start, window.end);
        let width = if width.is_finite() {
            bounded(width, 1.0, MAX_WIDTH_PX)
        } else if width == f64::INFINITY {
            MAX_WIDTH_PX
        } else {
            1.0
        };
        Scale { window, width }
    }

    /// Pixels per day.
    pub fn px_per_day(&self) -> f64 {
        self.width / self.window.span()
    }

    /// The pixel of a day number (outside `0..width` when the day is off the window).
    pub fn x(&self, day: f64) -> f64 {
        (day - self.window.start) * self.px_per_day()
    }

    /// The day number under a pixel.
    pub fn day(&self, x: f64) -> f64 {
        self.window.start + x / self.px_per_day()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn day(text: &str) -> f64 {
        f64::from(Date::parse(text).unwrap().day_number())
    }

    #[test]
    fn windows_are_always_valid() {
        for (start, end) in [
            (f64::NAN, f64::NAN),
            (f64::INFINITY, f64::NEG_INFINITY),
            (5.0, 5.0),
            (10.0, 0.0),
            (-1e300, 1e300),
            (f64::NAN, 100.0),
            (1e12, 1e12 + 10.0),
        ] {
            let w = Window::new(start, end);
            assert!(w.start.is_finite() && w.end.is_finite(), "{w:?}");
            assert!(w.span() >= MIN_SPAN_DAYS - 1e-9, "{w:?}");
            assert!(w.span() <= MAX_SPAN_DAYS + 1e-9, "{w:?}");
            assert!(w.start >= first_day() && w.end <= last_day(), "{w:?}");
        }
        let reversed = Window::new(day("2024-12-31"), day("2024-12-01"));
        assert_eq!(reversed.start, day("2024-12-01"));
        let point = Window::new(100.0, 100.0);
        assert_eq!(
            (point.start, point.end),
            (98.5, 101.5),
            "widened about its middle"
        );
    }

    #[test]
    fn zoom_limits_hold() {
        let w = Window::new(day("2024-12-01"), day("2025-01-01"));
        assert_eq!(w.zoom(1e9, w.start).span(), MIN_SPAN_DAYS);
        assert_eq!(w.zoom(1e-9, w.start).span(), MAX_SPAN_DAYS);
        assert_eq!(w.zoom(f64::NAN, w.start), w);
        assert_eq!(w.zoom(-2.0, w.start), w);
        assert_eq!(w.zoom(0.0, w.start), w);
        let about_middle = w.zoom(2.0, f64::NAN);
        assert_eq!(about_middle.start + about_middle.end, w.start + w.end);
        assert_eq!(about_middle.span(), w.span() / 2.0);
    }

    #[test]
    fn pan_keeps_the_span_and_stops_at_the_limits() {
        let w = Window::new(day("2024-12-01"), day("2025-01-01"));
        let later = w.pan(10.0);
        assert_eq!(later.start, w.start + 10.0);
        assert_eq!(later.span(), w.span());
        let far = w.pan(-1e12);
        assert_eq!(far.start, first_day());
        assert_eq!(far.span(), w.span());
        assert_eq!(w.pan(f64::NAN), w);
    }

    #[test]
    fn whole_days_read_back() {
        let w = Window::new(day("2024-12-01") + 0.4, day("2024-12-31") - 0.2);
        let (start, end) = w.days();
        assert_eq!(f64::from(start), day("2024-12-01"));
        assert_eq!(f64::from(end), day("2024-12-31"));
        let back = Window::from_days(start, end);
        assert!((back.start - w.start).abs() <= 0.5 && (back.end - w.end).abs() <= 0.5);
        // A narrow window whose bounds round together still reads back valid.
        let narrow = Window::new(10.4, 13.4);
        let (s, e) = narrow.days();
        assert!(f64::from(e - s) >= MIN_SPAN_DAYS);
        // A hostile link cannot make an invalid window.
        let wild = Window::from_days(i32::MAX, i32::MIN);
        assert!(wild.span() <= MAX_SPAN_DAYS && wild.start >= first_day());
    }

    #[test]
    fn reveal_moves_as_little_as_needed() {
        let w = Window::new(100.0, 200.0);
        assert_eq!(w.reveal(150.0, 151.0, 0.1), w, "already in view");
        let later = w.reveal(250.0, 251.0, 0.1);
        assert_eq!((later.start, later.end), (161.0, 261.0));
        let earlier = w.reveal(50.0, 51.0, 0.1);
        assert_eq!((earlier.start, earlier.end), (40.0, 140.0));
        let wide = w.reveal(300.0, 900.0, 0.0);
        assert_eq!(wide.start, 300.0, "a wide span shows its start");
        assert_eq!(w.reveal(f64::NAN, 1.0, 0.1), w);
    }

    #[test]
    fn scale_maps_days_to_pixels_and_back() {
        let s = Scale::new(Window::new(100.0, 200.0), 1000.0);
        assert_eq!(s.x(100.0), 0.0);
        assert_eq!(s.x(150.0), 500.0);
        assert_eq!(s.day(500.0), 150.0);
        for width in [0.0, -5.0, f64::NAN, f64::NEG_INFINITY] {
            let s = Scale::new(Window::new(0.0, 10.0), width);
            assert_eq!(s.width, 1.0);
            assert!(s.x(5.0).is_finite());
        }
        assert_eq!(
            Scale::new(Window::new(0.0, 10.0), f64::INFINITY).width,
            MAX_WIDTH_PX
        );
    }

    proptest! {
        #[test]
        fn zoom_keeps_the_anchor_under_its_pixel(
            start in -30_000.0f64..30_000.0,
            span in MIN_SPAN_DAYS..20_000.0,
            share in -0.5f64..1.5,
            factor in 0.01f64..100.0,
            width in 100.0f64..3000.0,
        ) {
            let before = Window::new(start, start + span);
            let anchor = before.start + share * before.span();
            let after = before.zoom(factor, anchor);
            let x_before = Scale::new(before, width).x(anchor);
            let x_after = Scale::new(after, width).x(anchor);
            prop_assert!((x_before - x_after).abs() < 1e-6, "{x_before} → {x_after}");
            let wanted = (span / factor).clamp(MIN_SPAN_DAYS, MAX_SPAN_DAYS);
            prop_assert!((after.span() - wanted).abs() < 1e-6);
        }

        #[test]
        fn any_window_and_width_give_finite_pixels(
            start in proptest::num::f64::ANY,
            end in proptest::num::f64::ANY,
            width in proptest::num::f64::ANY,
            day in -1e7f64..1e7,
        ) {
            let scale = Scale::new(Window::new(start, end), width);
            prop_assert!(scale.x(day).is_finite());
            prop_assert!(scale.day(scale.x(day)).is_finite());
        }
    }
}
