//! Where the claimants' names go beside their marks: the first place that overlaps no
//! name already placed and stays inside the plot, tried in order (right of the mark,
//! left of it, above, below); a name that finds none is left out rather than printed
//! over another (the table names every claimant).

/// A line of label text, in pixels: its height, and the width of a character, erring wide.
pub const LINE_PX: f64 = 12.0;
pub const CHAR_PX: f64 = 6.5;
/// The gap between a mark's anchor and its name.
const GAP_PX: f64 = 7.0;

/// A name to place: beside the point `(x, y)`, `chars` characters long.
#[derive(Clone, Copy)]
pub struct Wanted {
    pub x: f64,
    pub y: f64,
    pub chars: usize,
}

/// Where a name goes: its text's start (or end, when `end_anchored`) and baseline.
#[derive(Clone, Copy, PartialEq)]
#[cfg_attr(test, derive(Debug))]
pub struct Spot {
    pub x: f64,
    pub baseline: f64,
    pub end_anchored: bool,
}

/// A box taken: left, top, right, bottom.
type Taken = (f64, f64, f64, f64);

/// A spot for each name, in the order given, within `plot` (left, top, right, bottom);
/// names earlier in `order` (indices into `wanted`) are placed first.
pub fn place(wanted: &[Wanted], order: &[usize], plot: Taken) -> Vec<Option<Spot>> {
    let mut spots = vec![None; wanted.len()];
    let mut taken: Vec<Taken> = Vec::new();
    for &index in order {
        let Some(name) = wanted.get(index) else {
            continue;
        };
        let width = name.chars as f64 * CHAR_PX;
        let (x, y) = (name.x, name.y);
        let half = LINE_PX / 2.0;
        // Each try: the box, and the spot it gives.
        let tries = [
            ((x + GAP_PX, y - half, x + GAP_PX + width, y + half), false),
            ((x - GAP_PX - width, y - half, x - GAP_PX, y + half), true),
            (
                (
                    x - width / 2.0,
                    y - GAP_PX - LINE_PX,
                    x + width / 2.0,
                    y - GAP_PX,
                ),
                false,
            ),
            (
                (
                    x - width / 2.0,
                    y + GAP_PX,
                    x + width / 2.0,
                    y + GAP_PX + LINE_PX,
                ),
                false,
            ),
        ];
        let free = tries.iter().find(|(found, _)| {
            inside(found, &plot) && !taken.iter().any(|other| overlap(found, other))
        });
        if let (Some(&(found, end_anchored)), Some(spot)) = (free, spots.get_mut(index)) {
            taken.push(found);
            *spot = Some(Spot {
                x: if end_anchored { found.2 } else { found.0 },
                baseline: found.3 - 2.0,
                end_anchored,
            });
        }
    }
    spots
}

fn inside(a: &Taken, plot: &Taken) -> bool {
    a.0 >= plot.0 && a.1 >= plot.1 && a.2 <= plot.2 && a.3 <= plot.3
}

fn overlap(a: &Taken, b: &Taken) -> bool {
    a.0 < b.2 && b.0 < a.2 && a.1 < b.3 && b.1 < a.3
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn taken_by(spot: &Spot, chars: usize) -> Taken {
        let width = chars as f64 * CHAR_PX;
        let left = if spot.end_anchored {
            spot.x - width
        } else {
            spot.x
        };
        // Shrunk by a hair, for the rounding of working it back.
        let hair = 1e-6;
        (
            left + hair,
            spot.baseline + 2.0 - LINE_PX + hair,
            left + width - hair,
            spot.baseline + 2.0 - hair,
        )
    }

    #[test]
    fn a_name_goes_right_of_its_mark_then_left_above_below_or_nowhere() {
        let plot = (0.0, 0.0, 300.0, 100.0);
        let one = |x: f64| Wanted {
            x,
            y: 50.0,
            chars: 10,
        };
        let got = place(
            &[one(100.0), one(102.0), one(104.0), one(106.0), one(290.0)],
            &[0, 1, 2, 3, 4],
            plot,
        );
        let spots: Vec<Spot> = got.iter().flatten().copied().collect();
        assert_eq!(spots.len(), 5, "{got:?}");
        assert!(!spots[0].end_anchored && spots[0].x > 100.0, "right");
        assert!(spots[1].end_anchored && spots[1].x < 102.0, "left");
        assert!(spots[2].baseline < 50.0, "above");
        assert!(spots[3].baseline > 50.0, "below");
        assert!(spots[4].end_anchored, "at the right edge: to the left");
        let crowded: Vec<Wanted> = (0..40).map(|i| one(100.0 + f64::from(i))).collect();
        let order: Vec<usize> = (0..40).collect();
        let placed = place(&crowded, &order, plot).iter().flatten().count();
        assert_eq!(placed, 4, "the rest left out, not overprinted");
    }

    proptest! {
        #[test]
        fn names_never_overlap_nor_leave_the_plot(
            points in proptest::collection::vec((0.0f64..300.0, 0.0f64..200.0, 1usize..20), 0..60),
        ) {
            let wanted: Vec<Wanted> = points.iter().map(|&(x, y, chars)| Wanted { x, y, chars }).collect();
            let order: Vec<usize> = (0..wanted.len()).rev().collect();
            let plot = (0.0, 0.0, 300.0, 200.0);
            let spots = place(&wanted, &order, plot);
            let boxes: Vec<Taken> = spots
                .iter()
                .zip(&wanted)
                .filter_map(|(spot, w)| Some(taken_by(&(*spot)?, w.chars)))
                .collect();
            for (i, a) in boxes.iter().enumerate() {
                prop_assert!(inside(a, &plot), "{a:?}");
                for b in &boxes[i + 1..] {
                    prop_assert!(!overlap(a, b), "{a:?} {b:?}");
                }
            }
        }
    }
}
