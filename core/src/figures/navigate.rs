//! Moving between the chart's marks with the keyboard, over the marks as the page finds
//! them laid out (in time order, as drawn): left and right through time, Home and End
//! to its ends, up and down to the mark nearest in time with a higher or lower value.

use crate::timeline::Step;

/// Where a mark stands: across (time) and down (value: up is higher), in pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Spot {
    pub x: f64,
    pub y: f64,
}

/// Where a step from the mark at `from` lands among `marks` (in time order); `None` at
/// an edge or from nowhere.
pub fn step_among(marks: &[Spot], from: usize, step: Step) -> Option<usize> {
    let here = marks.get(from)?;
    match step {
        Step::Later => (from + 1 < marks.len()).then_some(from + 1),
        Step::Earlier => from.checked_sub(1),
        Step::First => (!marks.is_empty()).then_some(0),
        Step::Last => marks.len().checked_sub(1),
        Step::Up | Step::Down => {
            let wanted = |other: &Spot| match step {
                Step::Up => other.y < here.y,
                _ => other.y > here.y,
            };
            let mut best: Option<(usize, f64)> = None;
            for (position, other) in marks.iter().enumerate().filter(|(_, m)| wanted(m)) {
                let distance = (other.x - here.x).abs();
                if best.is_none_or(|(_, nearest)| distance < nearest) {
                    best = Some((position, distance));
                }
            }
            best.map(|(position, _)| position)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_go_through_time_and_to_the_nearest_higher_or_lower_mark() {
        let spot = |x, y| Spot { x, y };
        let marks = [
            spot(10.0, 50.0),
            spot(20.0, 90.0),
            spot(25.0, 20.0),
            spot(80.0, 10.0),
        ];
        assert_eq!(step_among(&marks, 0, Step::Later), Some(1));
        assert_eq!(step_among(&marks, 0, Step::Earlier), None);
        assert_eq!(step_among(&marks, 3, Step::Later), None);
        assert_eq!(step_among(&marks, 2, Step::First), Some(0));
        assert_eq!(step_among(&marks, 0, Step::Last), Some(3));
        assert_eq!(
            step_among(&marks, 1, Step::Up),
            Some(2),
            "higher, nearest in time"
        );
        assert_eq!(step_among(&marks, 0, Step::Down), Some(1));
        assert_eq!(step_among(&marks, 3, Step::Up), None, "nothing higher");
        assert_eq!(step_among(&marks, 9, Step::Later), None, "from nowhere");
    }
}
