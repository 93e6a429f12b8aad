//! The whole chain, claims to layout, over generated and hand-made stories: what the
//! drawing promises (no overlap, every claim in the window once per lane, right counts
//! off the window) at every zoom and for awkward data.

use super::*;
use crate::load_tests::small_story;
use crate::model::{Date, Precision, Story, When};
use crate::synthetic;
use proptest::prelude::*;
use std::collections::{BTreeSet, HashMap};

fn day(text: &str) -> f64 {
    f64::from(Date::parse(text).unwrap().day_number())
}

/// Everything a view computes for one window and width.
struct Drawn {
    marks: Vec<Mark>,
    lanes: Vec<Lane>,
    scale: Scale,
    layout: Layout,
}

fn draw(
    story: &Story,
    claims: &[usize],
    dates: DateMode,
    lanes: LaneMode,
    window: Window,
    width: f64,
    options: &LayoutOptions,
) -> Drawn {
    let marks = marks(story, claims, dates).marks;
    let lanes = LaneIndex::new(story, lanes).lanes(&marks);
    let scale = Scale::new(window, width);
    let layout = layout(story, &marks, &lanes, &scale, options, &[]);
    Drawn {
        marks,
        lanes,
        scale,
        layout,
    }
}

fn all(story: &Story) -> Vec<usize> {
    (0..story.claims.len()).collect()
}

/// Checks every promise of a layout, returning the first broken one.
fn broken_promise(drawn: &Drawn, options: &LayoutOptions) -> Option<String> {
    let Drawn {
        marks,
        lanes,
        scale,
        layout,
    } = drawn;
    let window = scale.window;
    let mark_of: HashMap<usize, &Mark> = marks.iter().map(|m| (m.claim, m)).collect();
    if layout.lanes.len() != lanes.len() {
        return Some("one layout per lane".into());
    }
    let mut shown: BTreeSet<usize> = BTreeSet::new();
    for (l, (lane, laid)) in lanes.iter().zip(&layout.lanes).enumerate() {
        // Boxes per row: (x, box end).
        let mut rows: Vec<Vec<(f64, f64)>> = vec![Vec::new(); laid.row_count()];
        for p in &laid.marks {
            if p.row >= laid.rows || laid.rows > options.max_rows.max(1) {
                return Some(format!("lane {l}: label row {} of {}", p.row, laid.rows));
            }
            if !(p.x.is_finite()
                && p.box_end >= p.mark_end
                && p.mark_end > p.x
                && p.box_start <= p.x
                && p.box_start >= 0.0)
            {
                return Some(format!("lane {l}: a bad box {p:?}"));
            }
            if p.label.chars().count() > options.max_label_chars {
                return Some(format!("lane {l}: label too long: {}", p.label));
            }
            rows[p.row].push((p.box_start, p.box_end));
        }
        for c in &laid.clusters {
            if c.row != laid.rows || c.label != format!("+{}", c.count()) {
                return Some(format!("lane {l}: a cluster out of place {c:?}"));
            }
            rows[c.row].push((c.x, c.box_end));
        }
        for (r, row) in rows.iter_mut().enumerate() {
            row.sort_by(|a, b| a.0.total_cmp(&b.0));
            for pair in row.windows(2) {
                if pair[1].0 < pair[0].1 + options.gap_px {
                    return Some(format!(
                        "lane {l} row {r}: {:?} overlaps {:?}",
                        pair[0], pair[1]
                    ));
                }
            }
        }
        // The claims of this lane that show in the window, each exactly once.
        let mut expected: Vec<usize> = lane
            .marks
            .iter()
            .map(|&m| marks[m])
            .filter(|m| f64::from(m.start) < window.end && f64::from(m.end) > window.start)
            .map(|m| m.claim)
            .collect();
        let mut got: Vec<usize> = laid.marks.iter().map(|p| p.claim).collect();
        got.extend(laid.clusters.iter().flat_map(|c| c.claims.iter().copied()));
        expected.sort_unstable();
        got.sort_unstable();
        if got != expected {
            return Some(format!("lane {l}: placed {got:?}, expected {expected:?}"));
        }
        // A cluster's span is its claims'.
        for c in &laid.clusters {
            let of = |claim: &usize| mark_of.get(claim).copied();
            let start = c.claims.iter().filter_map(of).map(|m| m.start).min();
            let end = c.claims.iter().filter_map(of).map(|m| m.end).max();
            if (Some(c.start), Some(c.end)) != (start, end) {
                return Some(format!("lane {l}: cluster span {c:?}"));
            }
        }
        shown.extend(got);
    }
    // Every mark is in a lane here, so each claim either shows or lies off one edge.
    let (before, after) = (layout.before, layout.after);
    if shown.len() + before.count + after.count != marks.len() {
        return Some(format!(
            "{} shown + {} before + {} after != {} marks",
            shown.len(),
            before.count,
            after.count,
            marks.len()
        ));
    }
    let hidden: Vec<&Mark> = marks.iter().filter(|m| !shown.contains(&m.claim)).collect();
    let latest_before = hidden
        .iter()
        .filter(|m| f64::from(m.start) < window.start)
        .map(|m| m.end - 1)
        .max();
    let earliest_after = hidden
        .iter()
        .filter(|m| f64::from(m.start) >= window.end)
        .map(|m| m.start)
        .min();
    if (before.nearest, after.nearest) != (latest_before, earliest_after) {
        return Some(format!("nearest off-window days {before:?} {after:?}"));
    }
    None
}

fn assert_kept(drawn: &Drawn, options: &LayoutOptions) {
    if let Some(broken) = broken_promise(drawn, options) {
        panic!("{broken}");
    }
}

/// How many items a lane can hold at most: bounded by the width, not by the story.
fn item_bound(drawn: &Drawn, options: &LayoutOptions) -> usize {
    let per_row = (drawn.scale.width / options.min_mark_px.max(1.0)).ceil() as usize + 1;
    drawn.lanes.len() * (options.max_rows + 1) * per_row
}

#[test]
fn the_small_story_shows_in_full_in_its_default_window() {
    let story = small_story();
    let claims = all(&story);
    let found = marks(&story, &claims, DateMode::Made).marks;
    let window = default_window(&found).unwrap();
    let options = LayoutOptions::default();
    for lanes in LaneMode::ALL {
        let drawn = draw(
            &story,
            &claims,
            DateMode::Made,
            lanes,
            window,
            900.0,
            &options,
        );
        assert_kept(&drawn, &options);
        let placed: usize = drawn.layout.lanes.iter().map(|l| l.marks.len()).sum();
        assert_eq!(placed, 3, "{lanes:?}: nothing clustered at this width");
        assert_eq!(drawn.layout.before.count + drawn.layout.after.count, 0);
    }
}

#[test]
fn no_claims_no_lanes() {
    let story = synthetic::story(0, 1);
    let options = LayoutOptions::default();
    let drawn = draw(
        &story,
        &[],
        DateMode::Made,
        LaneMode::Claimant,
        Window::new(0.0, 10.0),
        500.0,
        &options,
    );
    assert!(drawn.lanes.is_empty() && drawn.layout.lanes.is_empty());
    assert_eq!(drawn.layout.before, Beyond::default());
    assert_eq!(default_window(&drawn.marks), None);
}

#[test]
fn one_claim_shows_once_with_its_whole_statement() {
    let story = small_story();
    let options = LayoutOptions::default();
    let window = Window::new(day("2024-12-20"), day("2024-12-27"));
    let drawn = draw(
        &story,
        &[0],
        DateMode::Made,
        LaneMode::Side,
        window,
        700.0,
        &options,
    );
    assert_kept(&drawn, &options);
    let [lane] = &drawn.layout.lanes[..] else {
        panic!("one lane");
    };
    let [placed] = &lane.marks[..] else {
        panic!("one mark");
    };
    assert_eq!(placed.label, "Forty soldiers were wounded.");
    // 23 December is the fourth of seven days: it starts three sevenths in.
    assert!((placed.x - 300.0).abs() < 1e-9, "{placed:?}");
    assert!(!placed.cut_start && !placed.cut_end);
}

#[test]
fn undated_claims_are_tails_ending_at_their_article_never_points() {
    let mut story = synthetic::story(120, 3);
    let mut claims = story.claims.to_vec();
    // Undated through and through: no outlet's date, no figure's period either.
    for claim in &mut claims {
        claim.made = None;
        claim.about = None;
        let mut appearances = claim.appearances.to_vec();
        appearances.iter_mut().for_each(|a| a.made = None);
        claim.appearances = appearances.into();
        let mut figures = claim.figures.to_vec();
        figures.iter_mut().for_each(|f| f.period = None);
        claim.figures = figures.into();
    }
    story.claims = claims.into();
    let claims = all(&story);
    let made = marks(&story, &claims, DateMode::Made);
    assert_eq!(made.left_off, 0);
    assert!(made.marks.iter().all(|m| m.shape == Shape::NoLaterThan));
    for mark in &made.marks {
        let latest = story.claims[mark.claim]
            .appearances
            .iter()
            .filter_map(|a| story.article(&a.article))
            .map(|a| a.published.last_day(|| a.published.start).day_number())
            .max();
        assert_eq!(Some(mark.end - 1), latest);
    }
    let about = marks(&story, &claims, DateMode::About);
    assert_eq!((about.marks.len(), about.left_off), (0, 120));

    let options = LayoutOptions::default();
    let window = fit_all(&made.marks).unwrap();
    let drawn = draw(
        &story,
        &claims,
        DateMode::Made,
        LaneMode::Side,
        window,
        1200.0,
        &options,
    );
    assert_kept(&drawn, &options);
    for placed in drawn.layout.lanes.iter().flat_map(|l| &l.marks) {
        let end_x = drawn.scale.x(f64::from(drawn.marks[placed.mark].end));
        assert!(
            (placed.mark_end - end_x).abs() < 1e-9,
            "the tail ends at its day"
        );
        assert!(placed.x < placed.mark_end - options.min_mark_px / 2.0);
    }
}

#[test]
fn far_off_dates_share_an_axis_with_recent_ones() {
    let mut story = small_story();
    let mut claims = story.claims.to_vec();
    // Five more claims on the day of the first, so 1950 is the odd one out.
    for n in 0..5 {
        let mut copy = claims[0].clone();
        copy.id = format!("copy-{n}").into();
        claims.push(copy);
    }
    claims[1].made = Some(When {
        start: Date::parse("1950-06-25").unwrap(),
        end: Some(Date::parse("1950-06-25").unwrap()),
        precision: Precision::Day,
        phrase: None,
        inferred: None,
    });
    story.claims = claims.into();
    let claims = all(&story);
    let found = marks(&story, &claims, DateMode::Made).marks;
    let everything = fit_all(&found).unwrap();
    assert!(everything.start <= day("1950-06-25") && everything.end >= day("2024-12-24"));
    let options = LayoutOptions::default();
    let drawn = draw(
        &story,
        &claims,
        DateMode::Made,
        LaneMode::Claimant,
        everything,
        800.0,
        &options,
    );
    assert_kept(&drawn, &options);
    let labels: Vec<String> = ticks(&drawn.scale, DEFAULT_MIN_GAP_PX)
        .into_iter()
        .map(|t| t.label)
        .collect();
    assert!(
        labels.contains(&"1960".to_owned()) && labels.contains(&"2020".to_owned()),
        "{labels:?}"
    );

    // The dense default leaves 1950 off, and says which way it is.
    let dense = default_window(&found).unwrap();
    let drawn = draw(
        &story,
        &claims,
        DateMode::Made,
        LaneMode::Claimant,
        dense,
        800.0,
        &options,
    );
    assert_kept(&drawn, &options);
    assert_eq!(drawn.layout.before.count, 1);
    assert_eq!(drawn.layout.before.nearest, Some(day("1950-06-25") as i32));
    assert_eq!(drawn.layout.after.count, 0);
}

#[test]
fn a_pile_up_on_one_day_fills_the_rows_then_clusters() {
    let mut story = synthetic::story(500, 8);
    let mut claims = story.claims.to_vec();
    let one_day = Date::parse("2024-12-10").unwrap();
    for claim in &mut claims {
        claim.made = Some(When {
            start: one_day,
            end: Some(one_day),
            precision: Precision::Day,
            phrase: None,
            inferred: None,
        });
    }
    story.claims = claims.into();
    let claims = all(&story);
    let options = LayoutOptions::default();
    for window in [
        Window::new(day("2024-12-08"), day("2024-12-13")),
        Window::new(day("2024-01-01"), day("2025-01-01")),
        Window::new(day("1950-01-01"), day("2030-01-01")),
    ] {
        let drawn = draw(
            &story,
            &claims,
            DateMode::Made,
            LaneMode::Side,
            window,
            1000.0,
            &options,
        );
        assert_kept(&drawn, &options);
        for (lane, laid) in drawn.lanes.iter().zip(&drawn.layout.lanes) {
            assert_eq!(laid.rows, options.max_rows, "every row used");
            // All on one day: the leftovers overlap, so they merge into one cluster.
            assert_eq!(laid.clusters.len(), 1, "{window:?}");
            let cluster = &laid.clusters[0];
            assert_eq!(cluster.count() + laid.marks.len(), lane.marks.len());
            assert_eq!(
                (cluster.start, cluster.end),
                (one_day.day_number(), one_day.day_number() + 1)
            );
        }
        // A click on the cluster zooms to days around it.
        let zoomed = around(
            f64::from(one_day.day_number()),
            f64::from(one_day.day_number() + 1),
            7.0,
        );
        assert!(zoomed.intersects(
            f64::from(one_day.day_number()),
            f64::from(one_day.day_number() + 1)
        ));
    }
}

#[test]
fn a_range_wider_than_the_window_shows_from_its_edge() {
    let story = synthetic::story(400, 12);
    let claims = all(&story);
    let found = marks(&story, &claims, DateMode::About).marks;
    let Some(wide) = found
        .iter()
        .copied()
        .filter(|m| m.shape == Shape::Range)
        .max_by_key(|m| m.end - m.start)
    else {
        panic!("some claim is about a span");
    };
    assert!(wide.end - wide.start > 20, "{wide:?}");
    let middle = f64::from(wide.start + wide.end) / 2.0;
    let window = Window::new(middle - 3.0, middle + 3.0);
    let options = LayoutOptions::default();
    let drawn = draw(
        &story,
        &[wide.claim],
        DateMode::About,
        LaneMode::Claimant,
        window,
        600.0,
        &options,
    );
    assert_kept(&drawn, &options);
    let placed: Vec<&Placed> = drawn.layout.lanes.iter().flat_map(|l| &l.marks).collect();
    assert_eq!(placed.len(), story.claims[wide.claim].sources().len());
    for p in placed {
        assert!(p.cut_start && p.cut_end);
        assert_eq!(
            (p.x, p.mark_end),
            (0.0, 600.0),
            "drawn across the whole width"
        );
    }
}

#[test]
fn a_joint_claim_shows_in_each_of_its_lanes() {
    let story = synthetic::story(600, 21);
    let Some(joint) = story.claims.iter().position(|c| c.sources().len() > 1) else {
        panic!("some claim has joint sources");
    };
    let found = marks(&story, &[joint], DateMode::Made).marks;
    let window = default_window(&found).unwrap();
    let options = LayoutOptions::default();
    let drawn = draw(
        &story,
        &[joint],
        DateMode::Made,
        LaneMode::Claimant,
        window,
        800.0,
        &options,
    );
    assert_kept(&drawn, &options);
    assert_eq!(drawn.lanes.len(), story.claims[joint].sources().len());
    assert!(drawn.layout.lanes.iter().all(|l| l.marks.len() == 1));
}

#[test]
fn ten_thousand_claims_stay_bounded_at_every_zoom() {
    let story = synthetic::story(10_000, 2024);
    let claims = all(&story);
    let options = LayoutOptions::default();
    let found = marks(&story, &claims, DateMode::Made).marks;
    let dense = default_window(&found).unwrap();
    for window in [
        Window::new(day("2024-12-09"), day("2024-12-14")),
        dense,
        Window::new(day("2024-01-01"), day("2025-01-01")),
        fit_all(&found).unwrap(),
    ] {
        for lanes in LaneMode::ALL {
            let drawn = draw(
                &story,
                &claims,
                DateMode::Made,
                lanes,
                window,
                1200.0,
                &options,
            );
            assert_kept(&drawn, &options);
            let items: usize = drawn
                .layout
                .lanes
                .iter()
                .map(|l| l.marks.len() + l.clusters.len())
                .sum();
            assert!(items <= item_bound(&drawn, &options), "{items} items");
        }
    }
}

#[test]
fn keyboard_steps_visit_every_claim_of_a_lane_in_time_order() {
    let story = synthetic::story(300, 4);
    let found = marks(&story, &all(&story), DateMode::Made).marks;
    let lanes = LaneIndex::new(&story, LaneMode::Side).lanes(&found);
    for (l, lane) in lanes.iter().enumerate() {
        let mut at = Focus {
            lane: l,
            mark: lane.marks[0],
        };
        let mut visited = vec![at.mark];
        while let Some(next) = step(&lanes, &found, at, Step::Later) {
            assert!(found[next.mark].start >= found[at.mark].start);
            visited.push(next.mark);
            at = next;
        }
        assert_eq!(visited, lane.marks);
        // Home and End go to the ends of the whole timeline.
        let time = |focus: Option<Focus>| found[focus.unwrap().mark].time();
        let times = || {
            lanes
                .iter()
                .flat_map(|l| &l.marks)
                .map(|&m| found[m].time())
        };
        assert_eq!(
            time(step(&lanes, &found, at, Step::First)),
            times().fold(f64::INFINITY, f64::min)
        );
        assert_eq!(
            time(step(&lanes, &found, at, Step::Last)),
            times().fold(f64::NEG_INFINITY, f64::max)
        );
        if l + 1 < lanes.len() {
            let down = step(&lanes, &found, at, Step::Down).unwrap();
            assert_eq!(down.lane, l + 1);
            let best = lanes[l + 1]
                .marks
                .iter()
                .map(|&m| (found[m].time() - found[at.mark].time()).abs())
                .fold(f64::INFINITY, f64::min);
            assert_eq!(
                (found[down.mark].time() - found[at.mark].time()).abs(),
                best
            );
        }
    }
}

/// Prints how long the layout of 10,000 claims takes: run with
/// `cargo test --release -p claimline-core -- --ignored --nocapture layout_time`.
#[test]
#[ignore]
fn layout_time() {
    use std::time::Instant;
    let story = synthetic::story(10_000, 2024);
    let claims = all(&story);
    let options = LayoutOptions::default();
    let started = Instant::now();
    let found = marks(&story, &claims, DateMode::Made).marks;
    let marked = started.elapsed();
    let index = LaneIndex::new(&story, LaneMode::Claimant);
    let indexed = started.elapsed() - marked;
    let started = Instant::now();
    let lanes = index.lanes(&found);
    let laned = started.elapsed();
    for (name, window) in [
        ("dense", default_window(&found).unwrap()),
        ("all", fit_all(&found).unwrap()),
    ] {
        let scale = Scale::new(window, 1200.0);
        let runs = 50;
        let started = Instant::now();
        let mut items = 0;
        for _ in 0..runs {
            let laid = layout(&story, &found, &lanes, &scale, &options, &[]);
            items = laid
                .lanes
                .iter()
                .map(|l| l.marks.len() + l.clusters.len())
                .sum();
        }
        println!(
            "layout of 10,000 claims ({name} window, {} lanes, {items} items): {:?} per run",
            lanes.len(),
            started.elapsed() / runs
        );
    }
    println!("marks {marked:?}, lane index {indexed:?}, lanes {laned:?}");
}

fn window() -> impl Strategy<Value = Window> {
    (
        day("1940-01-01")..day("2030-01-01"),
        MIN_SPAN_DAYS.ln()..MAX_SPAN_DAYS.ln(),
    )
        .prop_map(|(start, log_span)| Window::new(start, start + log_span.exp()))
}

fn options() -> impl Strategy<Value = LayoutOptions> {
    (
        3.0f64..12.0,
        0usize..60,
        0usize..5,
        1.0f64..20.0,
        0.0f64..40.0,
        0.0f64..10.0,
    )
        .prop_map(
            |(px_per_char, max_label_chars, max_rows, min_mark_px, tail_px, gap_px)| {
                LayoutOptions {
                    px_per_char,
                    max_label_chars,
                    max_rows,
                    min_mark_px,
                    tail_px,
                    gap_px,
                }
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn every_layout_keeps_its_promises(
        size in 0usize..250,
        seed in any::<u64>(),
        every in 1usize..4,
        about in any::<bool>(),
        by_side in any::<bool>(),
        window in window(),
        width in prop_oneof![Just(0.0), 1.0f64..3000.0, Just(f64::NAN)],
        options in options(),
    ) {
        let story = synthetic::story(size, seed);
        // A filter: every n-th claim.
        let claims: Vec<usize> = (0..size).step_by(every).collect();
        let dates = if about { DateMode::About } else { DateMode::Made };
        let lanes = if by_side { LaneMode::Side } else { LaneMode::Claimant };
        let drawn = draw(&story, &claims, dates, lanes, window, width, &options);
        let broken = broken_promise(&drawn, &options);
        prop_assert!(broken.is_none(), "{}", broken.unwrap_or_default());
        let items: usize = drawn.layout.lanes.iter().map(|l| l.marks.len() + l.clusters.len()).sum();
        prop_assert!(items <= item_bound(&drawn, &options));
    }

    #[test]
    fn a_selected_claim_is_drawn_on_its_own_wherever_it_shows(
        size in 1usize..250,
        seed in any::<u64>(),
        by_side in any::<bool>(),
        window in window(),
        width in 1.0f64..3000.0,
        options in options(),
        pick in any::<prop::sample::Index>(),
        also in any::<prop::sample::Index>(),
    ) {
        let story = synthetic::story(size, seed);
        let claims = all(&story);
        let lanes = if by_side { LaneMode::Side } else { LaneMode::Claimant };
        let unselected = draw(&story, &claims, DateMode::Made, lanes, window, width, &options);
        let shown: Vec<usize> = unselected
            .marks
            .iter()
            .filter(|m| window.intersects(f64::from(m.start), f64::from(m.end)))
            .map(|m| m.claim)
            .collect();
        prop_assume!(!shown.is_empty());
        // The selected claim and the one keyboard focus is on.
        let (selected, focused) = (shown[pick.index(shown.len())], shown[also.index(shown.len())]);
        let kept = [selected, focused];
        let drawn = Drawn {
            layout: layout(&story, &unselected.marks, &unselected.lanes, &unselected.scale, &options, &kept),
            ..unselected
        };
        // Every promise still holds: no overlap, every claim once per lane, counts.
        let broken = broken_promise(&drawn, &options);
        prop_assert!(broken.is_none(), "{}", broken.unwrap_or_default());
        for (lane, laid) in drawn.lanes.iter().zip(&drawn.layout.lanes) {
            for claim in kept {
                let carries = lane.marks.iter().any(|&m| {
                    let mark = &drawn.marks[m];
                    mark.claim == claim && window.intersects(f64::from(mark.start), f64::from(mark.end))
                });
                let rows = options.max_rows.max(1);
                // Kept on its own, unless two kept claims share a lane that has one row.
                let room = rows >= 2 || selected == focused || claim == selected;
                prop_assert!(!room || !laid.clusters.iter().any(|c| c.claims.contains(&claim)), "clustered");
                if room {
                    prop_assert_eq!(carries, laid.marks.iter().any(|p| p.claim == claim));
                }
            }
            let selected_row = laid.marks.iter().find(|p| p.claim == selected).map(|p| p.row);
            prop_assert!(selected_row.is_none_or(|row| row == 0), "the selected claim takes the first row");
        }
    }
}

#[test]
fn labels_stay_inside_the_drawing_and_say_something_near_its_right_edge() {
    let story = crate::synthetic::story(400, 11);
    let every: Vec<usize> = (0..story.claims.len()).collect();
    let found = marks(&story, &every, DateMode::Made).marks;
    let lanes = LaneIndex::new(&story, LaneMode::Claimant).lanes(&found);
    let options = LayoutOptions::default();
    for width in [240.0, 600.0, 1200.0] {
        let window = default_window(&found).expect("marks");
        let scale = Scale::new(window, width);
        for lane in layout(&story, &found, &lanes, &scale, &options, &[]).lanes {
            for placed in lane.marks {
                let figures = placed.figures.as_ref().map_or(0, |f| f.chars().count() + 1);
                let chars = placed.label.chars().count() + figures;
                let extent = chars as f64 * options.px_per_char;
                let (start, end) = match placed.label_before {
                    true => (placed.mark_end - extent, placed.mark_end),
                    false => (placed.x, placed.x + extent),
                };
                assert!(
                    start >= -0.01 && end <= width + options.px_per_char,
                    "{start}..{end} outside {width}: {placed:?}"
                );
                // At least a word: the label is cut between words.
                let said = placed.label.trim_end_matches('…').trim();
                assert!(
                    !said.is_empty() || placed.figures.is_some(),
                    "a label that still says something: {placed:?}"
                );
            }
        }
    }
}
