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
}
