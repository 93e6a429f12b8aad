//! Moving between claims with the keyboard: along a lane in time order, or to the
//! claim nearest in time in the lane above or below. Works on all of a lane's marks,
//! not only those in the window, so the view can pan to wherever a step lands.

use super::lanes::Lane;
use super::marks::Mark;

/// A claim where it stands in one lane (a claim can stand in several).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Focus {
    /// Index into the lanes.
    pub lane: usize,
    /// Index into the marks.
    pub mark: usize,
}

/// A keyboard move.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Step {
    /// The next claim in time in the same lane.
    Later,
    /// The previous claim in time in the same lane.
    Earlier,
    /// The earliest claim of the timeline (in the topmost lane holding one as early).
    First,
    /// The latest claim of the timeline (in the topmost lane holding one as late).
    Last,
    /// The claim nearest in time in the lane above.
    Up,
    /// The claim nearest in time in the lane below.
    Down,
}

/// The step a key asks for, on the timeline and among the figures alike.
pub fn step_for_key(key: &str) -> Option<Step> {
    Some(match key {
        "ArrowRight" => Step::Later,
        "ArrowLeft" => Step::Earlier,
        "ArrowUp" => Step::Up,
        "ArrowDown" => Step::Down,
        "Home" => Step::First,
        "End" => Step::Last,
        _ => return None,
    })
}

/// Where a step from `from` lands; `None` at an edge, or when `from` stands nowhere.
pub fn step(lanes: &[Lane], marks: &[Mark], from: Focus, step: Step) -> Option<Focus> {
    let lane = lanes.get(from.lane)?;
    let at = lane.marks.iter().position(|&m| m == from.mark)?;
    let in_lane = |position: usize| {
        lane.marks.get(position).map(|&mark| Focus {
            lane: from.lane,
            mark,
        })
    };
    match step {
        Step::Later => in_lane(at + 1),
        Step::Earlier => in_lane(at.checked_sub(1)?),
        Step::First => end_of_time(lanes, marks, false),
        Step::Last => end_of_time(lanes, marks, true),
        Step::Up => nearest(
            lanes,
            marks,
            from.lane.checked_sub(1)?,
            marks.get(from.mark)?,
        ),
        Step::Down => nearest(lanes, marks, from.lane + 1, marks.get(from.mark)?),
    }
}

/// Where a claim first stands: the topmost lane holding it. For a selection made in
/// another view.
pub fn focus_of(lanes: &[Lane], marks: &[Mark], claim: usize) -> Option<Focus> {
    lanes.iter().enumerate().find_map(|(l, lane)| {
        lane.marks
            .iter()
            .find(|&&m| marks.get(m).is_some_and(|mark| mark.claim == claim))
            .map(|&mark| Focus { lane: l, mark })
    })
}

/// The earliest claim of the timeline, or with `latest` the latest: where Home and End
/// go from anywhere in it.
pub fn end_of_time(lanes: &[Lane], marks: &[Mark], latest: bool) -> Option<Focus> {
    let mut best: Option<(Focus, f64)> = None;
    for (l, lane) in lanes.iter().enumerate() {
        for &m in &lane.marks {
            let Some(mark) = marks.get(m) else { continue };
            let time = if latest { mark.time() } else { -mark.time() };
            if best.is_none_or(|(_, t)| time > t) {
                best = Some((Focus { lane: l, mark: m }, time));
            }
        }
    }
    best.map(|(focus, _)| focus)
}

/// The mark in lane `l` nearest in time to `to`; the earlier one on a tie.
fn nearest(lanes: &[Lane], marks: &[Mark], l: usize, to: &Mark) -> Option<Focus> {
    let time = to.time();
    lanes
        .get(l)?
        .marks
        .iter()
        .filter_map(|&m| Some((m, marks.get(m)?.time())))
        .min_by(|a, b| {
            (a.1 - time)
                .abs()
                .total_cmp(&(b.1 - time).abs())
                .then(a.1.total_cmp(&b.1))
        })
        .map(|(mark, _)| Focus { lane: l, mark })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timeline::marks::Shape;

    fn mark(claim: usize, start: i32, end: i32) -> Mark {
        Mark {
            claim,
            start,
            end,
            shape: Shape::Range,
            inferred: false,
        }
    }

    fn lane(marks: Vec<usize>) -> Lane {
        Lane {
            key: String::new(),
            by_outlet: false,
            label: String::new(),
            side: String::new(),
            marks,
        }
    }

    /// Lane 0: marks 0 (day 10), 1 (day 20), 2 (day 30); lane 1: marks 3 (day 14),
    /// 4 (day 25), and 1 again (a joint claim).
    fn fixture() -> (Vec<Lane>, Vec<Mark>) {
        let marks = vec![
            mark(0, 10, 11),
            mark(1, 20, 21),
            mark(2, 30, 31),
            mark(3, 14, 15),
            mark(4, 25, 26),
        ];
        (vec![lane(vec![0, 1, 2]), lane(vec![3, 1, 4])], marks)
    }

    fn at(lane: usize, mark: usize) -> Focus {
        Focus { lane, mark }
    }

    #[test]
    fn steps_along_a_lane_stop_at_its_ends() {
        let (lanes, marks) = fixture();
        let go = |from, s| step(&lanes, &marks, from, s);
        assert_eq!(go(at(0, 0), Step::Later), Some(at(0, 1)));
        assert_eq!(go(at(0, 1), Step::Earlier), Some(at(0, 0)));
        assert_eq!(go(at(0, 2), Step::Later), None);
        assert_eq!(go(at(0, 0), Step::Earlier), None);
        // Home and End reach the ends of the whole timeline, from any lane.
        assert_eq!(go(at(1, 1), Step::Last), Some(at(0, 2)));
        assert_eq!(go(at(1, 4), Step::First), Some(at(0, 0)));
        assert_eq!(end_of_time(&lanes, &marks, false), Some(at(0, 0)));
        assert_eq!(end_of_time(&[], &marks, true), None);
        // The joint claim steps within the lane it is focused in.
        assert_eq!(go(at(1, 1), Step::Later), Some(at(1, 4)));
    }

    #[test]
    fn up_and_down_land_nearest_in_time() {
        let (lanes, marks) = fixture();
        let go = |from, s| step(&lanes, &marks, from, s);
        assert_eq!(go(at(0, 0), Step::Down), Some(at(1, 3)), "10 → 14");
        assert_eq!(go(at(0, 2), Step::Down), Some(at(1, 4)), "30 → 25");
        assert_eq!(
            go(at(1, 4), Step::Up),
            Some(at(0, 1)),
            "25: 20 and 30 tie, earlier wins"
        );
        assert_eq!(go(at(0, 0), Step::Up), None);
        assert_eq!(go(at(1, 3), Step::Down), None);
    }

    #[test]
    fn a_focus_that_stands_nowhere_goes_nowhere() {
        let (lanes, marks) = fixture();
        assert_eq!(step(&lanes, &marks, at(5, 0), Step::Later), None);
        assert_eq!(step(&lanes, &marks, at(0, 3), Step::Later), None);
        assert_eq!(step(&[], &[], at(0, 0), Step::Down), None);
    }

    #[test]
    fn a_claim_is_found_in_its_topmost_lane() {
        let (lanes, marks) = fixture();
        assert_eq!(focus_of(&lanes, &marks, 1), Some(at(0, 1)));
        assert_eq!(focus_of(&lanes, &marks, 4), Some(at(1, 4)));
        assert_eq!(focus_of(&lanes, &marks, 9), None);
    }
}
