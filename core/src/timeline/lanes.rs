//! Lanes of the timeline: one per claimant, per side or per outlet. A claim sits in the
//! lane of each of its claimants (or their sides), as the claimant filter counts it
//! under each; by outlet, in the lane of each article carrying it, at that article's date
//! (see [`super::lane_marks`]).

use super::marks::Mark;
use crate::model::Story;
use crate::small_sort::{sort_by, sort_keyed};
use crate::view::LaneMode;
use crate::words::article_name;

/// A lane with the marks it shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Lane {
    /// The actor id, side id or article id the lane stands for.
    pub key: String,
    /// Whether the lane is an outlet's (its key an article's id): its marks are that
    /// article's reports, labelled with the figures it gives.
    pub by_outlet: bool,
    /// The actor's name or the side's label.
    pub label: String,
    /// The side id the lane belongs to (its own id in side lanes; empty when unknown).
    pub side: String,
    /// Indices into the marks, in time order: by start, then end, then claim.
    pub marks: Vec<usize>,
}

/// The lanes of a story in one mode, worked out once: their order and each claim's
/// lanes. Lanes follow the story's order of sides; within a side, the claimant with
/// more claims in the whole story comes first, then by label. Counting the whole story
/// rather than the filtered claims keeps lanes from jumping about as filters change.
#[derive(Clone, Debug)]
pub struct LaneIndex {
    mode: LaneMode,
    lanes: Vec<LaneInfo>,
    /// Claim `c`'s lanes are `claim_lanes[offsets[c]..offsets[c + 1]]`, as positions
    /// in `lanes`: one flat list rather than a list per claim.
    claim_lanes: Vec<usize>,
    offsets: Vec<usize>,
}

#[derive(Clone, Debug)]
struct LaneInfo {
    key: String,
    label: String,
    side: String,
}

impl LaneIndex {
    pub fn new(story: &Story, mode: LaneMode) -> LaneIndex {
        // Lists searched in order rather than maps: a story names tens of actors and
        // sides, and maps would add to the page's download.
        let actor = |id: &str| story.actors.iter().find(|a| a.id == id);
        // Lanes in first-seen order: (key, side, claims in the whole story).
        let mut found: Vec<(&str, &str, usize)> = Vec::new();
        let mut claim_lanes = Vec::with_capacity(story.claims.len());
        let mut offsets = Vec::with_capacity(story.claims.len() + 1);
        offsets.push(0);
        for claim in story.claims.iter() {
            let first = claim_lanes.len();
            if mode == LaneMode::Outlet {
                // Every appearance, a second one in the same article too, so that a
                // claim's marks (one per appearance) and its lanes pair up in order.
                for appearance in claim.appearances.iter() {
                    let lane = lane_for(&mut found, &appearance.article, "");
                    claim_lanes.push(lane);
                    found[lane].2 += 1;
                }
                offsets.push(claim_lanes.len());
                continue;
            }
            for source in claim.sources() {
                let actor = actor(source);
                // An actor the story does not know (only in invalid data) still gets a
                // lane of its own, on no side.
                let (key, side) = match (mode, actor) {
                    (LaneMode::Claimant, Some(a)) => (&*a.id, &*a.side),
                    (LaneMode::Claimant, None) => (&**source, ""),
                    (_, Some(a)) => (&*a.side, &*a.side),
                    (_, None) => ("", ""),
                };
                let lane = lane_for(&mut found, key, side);
                if !claim_lanes[first..].contains(&lane) {
                    claim_lanes.push(lane);
                    found[lane].2 += 1;
                }
            }
            offsets.push(claim_lanes.len());
        }

        let infos: Vec<(usize, usize, LaneInfo)> = found
            .iter()
            .map(|&(key, side, count)| {
                let label = match mode {
                    LaneMode::Claimant => actor(key).map_or(key, |a| &*a.name).to_owned(),
                    LaneMode::Side if key.is_empty() => "Unknown side".to_owned(),
                    LaneMode::Side => story.side_label(key).unwrap_or(key).to_owned(),
                    LaneMode::Outlet => article_name(story, key),
                };
                // Sides in story order, unknown sides last; outlets in the story's
                // order of articles.
                let rank = match mode {
                    LaneMode::Outlet => story.articles.iter().position(|a| &*a.id == key),
                    _ => story.sides.iter().position(|s| s.id == side),
                }
                .unwrap_or(usize::MAX);
                let info = LaneInfo {
                    key: key.to_owned(),
                    label,
                    side: side.to_owned(),
                };
                (rank, count, info)
            })
            .collect();
        let mut order: Vec<usize> = (0..infos.len()).collect();
        sort_by(&mut order, |&a, &b| {
            let ((a_rank, a_count, a), (b_rank, b_count, b)) = (&infos[a], &infos[b]);
            a_rank
                .cmp(b_rank)
                .then(b_count.cmp(a_count))
                .then_with(|| a.label.cmp(&b.label))
                .then_with(|| a.key.cmp(&b.key))
        });
        let mut position = vec![0; order.len()];
        for (new, &old) in order.iter().enumerate() {
            position[old] = new;
        }
        for lane in &mut claim_lanes {
            *lane = position[*lane];
        }
        let mut infos: Vec<Option<LaneInfo>> = infos.into_iter().map(|(_, _, i)| Some(i)).collect();
        let lanes = order
            .iter()
            .filter_map(|&old| infos.get_mut(old).and_then(Option::take))
            .collect();
        LaneIndex {
            mode,
            lanes,
            claim_lanes,
            offsets,
        }
    }

    pub fn mode(&self) -> LaneMode {
        self.mode
    }

    /// The lanes of the story's claim at `claim`, as positions in lane order.
    fn of_claim(&self, claim: usize) -> &[usize] {
        let from = self.offsets.get(claim).copied().unwrap_or(0);
        let to = self.offsets.get(claim + 1).copied().unwrap_or(from);
        self.claim_lanes.get(from..to).unwrap_or(&[])
    }

    /// The lanes that have marks, in lane order, each with its marks in time order.
    pub fn lanes(&self, marks: &[Mark]) -> Vec<Lane> {
        let mut members: Vec<Vec<usize>> = vec![Vec::new(); self.lanes.len()];
        // Marks in time order once, so every lane fills in time order.
        let mut ordered: Vec<(i64, usize)> = marks
            .iter()
            .enumerate()
            .map(|(m, mark)| (time_key(mark), m))
            .collect();
        sort_keyed(&mut ordered);
        for (m, mark) in ordered
            .into_iter()
            .filter_map(|(_, m)| Some((m, marks.get(m)?)))
        {
            let mut lanes = self.of_claim(mark.claim);
            if self.mode == LaneMode::Outlet {
                // By outlet a claim has one mark per appearance, one after the other:
                // which of its marks this is picks its one lane.
                let mut nth = 0;
                while nth < m
                    && marks
                        .get(m - nth - 1)
                        .is_some_and(|b| b.claim == mark.claim)
                {
                    nth += 1;
                }
                lanes = lanes.get(nth..=nth).unwrap_or(&[]);
            }
            for &lane in lanes {
                if let Some(members) = members.get_mut(lane) {
                    members.push(m);
                }
            }
        }
        self.lanes
            .iter()
            .zip(members)
            .filter(|(_, marks)| !marks.is_empty())
            .map(|(info, members)| Lane {
                key: info.key.clone(),
                by_outlet: self.mode == LaneMode::Outlet,
                label: info.label.clone(),
                side: info.side.clone(),
                marks: members,
            })
            .collect()
    }
}

/// The position of the lane `key` among those found so far, adding it when new.
fn lane_for<'a>(found: &mut Vec<(&'a str, &'a str, usize)>, key: &'a str, side: &'a str) -> usize {
    match found.iter().position(|(k, _, _)| *k == key) {
        Some(lane) => lane,
        None => {
            found.push((key, side, 0));
            found.len() - 1
        }
    }
}

/// Orders marks by start, then end, then claim, packed into one key: days of years 1 to
/// 9999 fit in 22 bits once offset, which leaves 19 bits for the claim's index (ties
/// past that fall back to mark order, which follows the claims asked for).
fn time_key(mark: &Mark) -> i64 {
    const DAY_BITS: u32 = 22;
    let day = |d: i32| (i64::from(d) + (1 << 20)).clamp(0, (1 << DAY_BITS) - 1);
    let claim = mark.claim as i64 & ((1 << 19) - 1);
    (day(mark.start) << (DAY_BITS + 19)) | (day(mark.end) << 19) | claim
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load_tests::small_story;
    use crate::model::Date;
    use crate::timeline::mark_description;
    use crate::timeline::marks::{lane_marks, marks};
    use crate::view::DateMode;

    fn keys(lanes: &[Lane]) -> Vec<&str> {
        lanes.iter().map(|l| l.key.as_str()).collect()
    }

    #[test]
    fn lanes_follow_sides_then_counts() {
        let story = small_story();
        let all = marks(&story, &[0, 1, 2], DateMode::Made).marks;
        let by_claimant = LaneIndex::new(&story, LaneMode::Claimant).lanes(&all);
        // Sides in story order: north, then south.
        assert_eq!(keys(&by_claimant), ["north-army", "south-minister"]);
        assert_eq!(by_claimant[1].marks.len(), 2);
        assert_eq!(by_claimant[1].label, "South minister");
        let by_side = LaneIndex::new(&story, LaneMode::Side).lanes(&all);
        assert_eq!(keys(&by_side), ["north", "south"]);
        assert_eq!(by_side[0].label, "North");
    }

    #[test]
    fn a_joint_claim_is_in_each_claimants_lane_and_once_per_side() {
        let mut story = small_story();
        let mut claims = story.claims.to_vec();
        // North army and South minister together, plus the wire (south) twice over.
        claims[0].set_sources_everywhere(&["north-army", "south-minister", "wire", "wire"]);
        story.claims = claims.into();
        let all = marks(&story, &[0], DateMode::Made).marks;
        let by_claimant = LaneIndex::new(&story, LaneMode::Claimant).lanes(&all);
        assert_eq!(keys(&by_claimant), ["north-army", "south-minister", "wire"]);
        assert!(by_claimant.iter().all(|l| l.marks == [0]));
        let by_side = LaneIndex::new(&story, LaneMode::Side).lanes(&all);
        assert_eq!(keys(&by_side), ["north", "south"]);
        assert!(by_side.iter().all(|l| l.marks == [0]));
    }

    #[test]
    fn more_claims_come_first_within_a_side_and_ties_go_by_label() {
        let mut story = small_story();
        let mut claims = story.claims.to_vec();
        // The wire (south) now claims two claims, the minister one.
        for claim in &mut claims[1..] {
            claim.set_sources_everywhere(&["wire"]);
        }
        claims[0].set_sources_everywhere(&["south-minister"]);
        story.claims = claims.into();
        let all = marks(&story, &[0, 1, 2], DateMode::Made).marks;
        let lanes = LaneIndex::new(&story, LaneMode::Claimant).lanes(&all);
        assert_eq!(keys(&lanes), ["wire", "south-minister"]);
        // With the filter down to the minister's claim alone, the order holds.
        let one = marks(&story, &[0], DateMode::Made).marks;
        assert_eq!(
            keys(&LaneIndex::new(&story, LaneMode::Claimant).lanes(&one)),
            ["south-minister"]
        );
    }

    #[test]
    fn unknown_actors_get_a_lane_of_their_own_last() {
        let mut story = small_story();
        let mut claims = story.claims.to_vec();
        claims[0].set_sources_everywhere(&["ghost"]);
        story.claims = claims.into();
        let all = marks(&story, &[0, 1], DateMode::Made).marks;
        let lanes = LaneIndex::new(&story, LaneMode::Claimant).lanes(&all);
        assert_eq!(keys(&lanes), ["south-minister", "ghost"]);
        assert_eq!(lanes[1].label, "ghost");
        let sides = LaneIndex::new(&story, LaneMode::Side).lanes(&all);
        assert_eq!(sides[1].label, "Unknown side");
    }

    #[test]
    fn by_outlet_a_claim_sits_in_each_articles_lane_at_the_date_that_article_gives() {
        let mut story = small_story();
        let mut claims = story.claims.to_vec();
        // Article b says the wounded were counted two days before a does.
        let mut appearances = claims[0].appearances.to_vec();
        let mut made = claims[0].made.clone().expect("a date");
        made.start = Date::parse("2024-12-21").expect("a date");
        made.end = Some(made.start);
        made.inferred = None;
        appearances[1].made = Some(made);
        claims[0].appearances = appearances.into();
        story.claims = claims.into();
        let found = lane_marks(&story, &[0, 1, 2], DateMode::Made, LaneMode::Outlet).marks;
        let lanes = LaneIndex::new(&story, LaneMode::Outlet).lanes(&found);
        assert_eq!(keys(&lanes), ["a", "b"]);
        assert_eq!(lanes[0].label, "A · The Daily");
        let days = |lane: &Lane| -> Vec<(usize, String)> {
            let mark = |&m: &usize| &found[m];
            let day = |m: &Mark| Date::from_day_number(m.start).to_string();
            lane.marks
                .iter()
                .map(mark)
                .map(|m| (m.claim, day(m)))
                .collect()
        };
        // The unstated ones no later than their own article's publication.
        assert_eq!(
            days(&lanes[0]),
            [(0, "23 Dec 2024".to_owned()), (1, "23 Dec 2024".to_owned())]
        );
        assert_eq!(
            days(&lanes[1]),
            [(0, "21 Dec 2024".to_owned()), (2, "23 Dec 2024".to_owned())]
        );
        // Its words give b's date, not the claim's.
        let in_b = &found[lanes[1].marks[0]];
        let words = mark_description(&story, &story.claims[0], in_b, DateMode::Made, None);
        assert!(words.starts_with("21 Dec 2024."), "{words}");
        let in_a = &found[lanes[0].marks[0]];
        let words = mark_description(&story, &story.claims[0], in_a, DateMode::Made, None);
        assert!(words.starts_with("23 Dec 2024, inferred."), "{words}");
    }

    #[test]
    fn by_outlet_a_claim_with_no_time_it_is_about_is_left_off_once() {
        let story = small_story();
        let found = lane_marks(&story, &[0, 1, 2], DateMode::About, LaneMode::Outlet);
        // Only the claim relayed by the wire, in b alone, says what time it is about.
        assert_eq!(found.left_off, 2);
        let lanes = LaneIndex::new(&story, LaneMode::Outlet).lanes(&found.marks);
        assert_eq!(keys(&lanes), ["b"]);
        assert_eq!(lanes[0].marks.len(), 1);
    }

    #[test]
    fn marks_in_a_lane_are_in_time_order() {
        let story = crate::synthetic::story(300, 7);
        let all: Vec<usize> = (0..story.claims.len()).collect();
        let got = marks(&story, &all, DateMode::Made).marks;
        for lane in LaneIndex::new(&story, LaneMode::Claimant).lanes(&got) {
            for pair in lane.marks.windows(2) {
                let (a, b) = (&got[pair[0]], &got[pair[1]]);
                assert!((a.start, a.end, a.claim) <= (b.start, b.end, b.claim));
            }
        }
    }
}
