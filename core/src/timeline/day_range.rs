//! Windows as a link carries them: whole days, first and last included.

use super::scale::Window;
use crate::model::Date;
use crate::view::DayRange;

impl Window {
    /// The window showing `range`'s days, both ends included.
    pub fn of_range(range: DayRange) -> Window {
        let from = range.from.day_number();
        Window::from_days(from, range.to.day_number().saturating_add(1))
    }

    /// The whole days the window shows, rounded to the nearest: what a link carries.
    /// Reading it back with [`Window::of_range`] gives a window within half a day.
    pub fn range(self) -> DayRange {
        let (start, end) = self.days();
        DayRange {
            from: Date::from_day_number(start),
            to: Date::from_day_number(end - 1),
        }
    }

    /// The window a link to it reopens: whole days, as [`Window::range`] gives them.
    pub fn snapped(self) -> Window {
        Window::of_range(self.range())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn a_snapped_window_is_what_its_link_reopens(start in -1000.0..1000.0f64, span in 0.0..400.0f64) {
            let snapped = Window::new(start, start + span).snapped();
            prop_assert_eq!(Window::of_range(snapped.range()), snapped);
            prop_assert_eq!(snapped.snapped(), snapped);
            prop_assert!((snapped.start - Window::new(start, start + span).start).abs() <= 0.5);
        }
    }
}
