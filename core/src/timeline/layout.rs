//! Where each mark and label goes for one window and width: rows within each lane so
//! that no two labels overlap, clusters for what does not fit, and counts of what lies
//! outside the window. Only marks that show in the window are placed, so the drawing
//! stays the same size however large the story.

use super::lanes::Lane;
use super::marks::{Mark, Shape};
use super::scale::Scale;
use crate::bounded::bounded;
use crate::model::{Figure, Story};
use crate::small_sort::sort_by;
use crate::words::figures_short;
use std::cell::OnceCell;

/// Sizes the layout works with, in pixels and characters.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LayoutOptions {
    /// Estimated width of one label character: err wide, so labels never collide.
    pub px_per_char: f64,
    /// Longer statements are cut to this many characters, "…" included.
    pub max_label_chars: usize,
    /// Label rows per lane; what does not fit goes to one more row of clusters.
    pub max_rows: usize,
    /// The least width a mark takes, so a one-day point stays visible and clickable.
    pub min_mark_px: f64,
    /// How far back an undated claim's tail reaches from its "no later than" day.
    pub tail_px: f64,
    /// Space kept clear between two boxes in a row.
    pub gap_px: f64,
}

impl Default for LayoutOptions {
    fn default() -> LayoutOptions {
        LayoutOptions {
            px_per_char: 7.5,
            max_label_chars: 36,
            max_rows: 3,
            min_mark_px: 10.0,
            tail_px: 24.0,
            gap_px: 6.0,
        }
    }
}

impl LayoutOptions {
    /// The options with every size a finite number in a sensible range, so no input
    /// can make the layout misbehave.
    fn sane(self) -> LayoutOptions {
        let size = |v: f64, fallback: f64, max: f64| {
            if v.is_finite() {
                bounded(v, 0.0, max)
            } else {
                fallback
            }
        };
        let default = LayoutOptions::default();
        LayoutOptions {
            px_per_char: size(self.px_per_char, default.px_per_char, 100.0),
            max_label_chars: self.max_label_chars.min(1000),
            // At least one row: the selected claim always has one to be drawn in.
            max_rows: self.max_rows.clamp(1, 100),
            // At least a pixel: a box always has width, so each row holds a bounded
            // number of them.
            min_mark_px: size(self.min_mark_px, default.min_mark_px, 1000.0).max(1.0),
            tail_px: size(self.tail_px, default.tail_px, 1000.0),
            gap_px: size(self.gap_px, default.gap_px, 1000.0),
        }
    }
}

/// The timeline for one window and width.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Layout {
    /// One per lane, in lane order (lanes with nothing in the window included, empty).
    pub lanes: Vec<LaneLayout>,
    /// Claims wholly before the window.
    pub before: Beyond,
    /// Claims wholly after the window.
    pub after: Beyond,
}

/// What lies off one edge of the window.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Beyond {
    /// How many claims, each counted once whatever its lanes.
    pub count: usize,
    /// The day of the nearest of them: the last day of the latest one before the
    /// window, the first day of the earliest one after it.
    pub nearest: Option<i32>,
}

/// One lane's items.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LaneLayout {
    /// Label rows in use (at most `max_rows`); clusters, if any, are in the row after.
    pub rows: usize,
    pub marks: Vec<Placed>,
    pub clusters: Vec<Cluster>,
}

impl LaneLayout {
    /// Rows the lane needs drawn: its label rows and, if it has clusters, their row.
    pub fn row_count(&self) -> usize {
        self.rows + usize::from(!self.clusters.is_empty())
    }
}

/// A mark placed with its label. Its box, `box_start..box_end` in its row, holds the
/// mark (`x..mark_end`) and the label: from `x` rightwards, or, where the drawing's
/// right edge leaves too little room, leftwards to `mark_end` (`label_before`). No other
/// box in the lane's row overlaps it.
#[derive(Clone, Debug, PartialEq)]
pub struct Placed {
    /// Index into the marks.
    pub mark: usize,
    /// The claim's index in the story.
    pub claim: usize,
    pub row: usize,
    /// Where the mark is drawn from and to, within the drawing. For a point, at least
    /// `min_mark_px`; for an undated claim, its tail, ending at its "no later than" day.
    pub x: f64,
    pub mark_end: f64,
    /// Where the label's room starts and ends.
    pub box_start: f64,
    pub box_end: f64,
    /// The label ends at the mark's end instead of starting at its start.
    pub label_before: bool,
    /// The mark goes on before the window's start / after its end.
    pub cut_start: bool,
    pub cut_end: bool,
    /// The claim's figures in short (">3,000", "77, 40") when its cut statement does
    /// not show them: what tells two claims of one claimant apart.
    pub figures: Option<String>,
    /// The statement, cut with "…" so that figures and statement fit `max_label_chars`.
    pub label: String,
}

/// Marks that found no row, merged where they overlap: drawn as one "+N" in the lane's
/// last row. A click can zoom to its span.
#[derive(Clone, Debug, PartialEq)]
pub struct Cluster {
    pub row: usize,
    /// The extent of its marks, and where its label's room ends.
    pub x: f64,
    pub mark_end: f64,
    pub box_end: f64,
    /// The days its marks cover, `end` exclusive.
    pub start: i32,
    pub end: i32,
    /// The claims in it (story indices), left to right. Its count is their number.
    pub claims: Vec<usize>,
    /// "+N".
    pub label: String,
}

impl Cluster {
    pub fn count(&self) -> usize {
        self.claims.len()
    }
}

/// A mark about to be placed: its extent in pixels. Its label is only worked out
/// once it has a row, so marks that end up in clusters cost no text work.
struct Candidate {
    mark: usize,
    x: f64,
    mark_end: f64,
}

/// Lays out `lanes` of `marks` on `scale`. Any input is accepted: sizes out of range are
/// brought into range, indices that name nothing are skipped. The claims to `keep`
/// (story indices: the selected one, the one keyboard focus is on) are never hidden in
/// a cluster: their marks in the window take the first rows of their lanes, and the
/// rest are laid out around them.
pub fn layout(
    story: &Story,
    marks: &[Mark],
    lanes: &[Lane],
    scale: &Scale,
    options: &LayoutOptions,
    keep: &[usize],
) -> Layout {
    let options = options.sane();
    let scale = Scale::new(scale.window, scale.width);
    let context = LaneContext {
        story,
        marks,
        scale: &scale,
        options: &options,
        keep,
        outlet: None,
    };
    Layout {
        lanes: lanes.iter().map(|lane| context.lay_out(lane)).collect(),
        before: before(marks, scale.window.start),
        after: after(marks, scale.window.end),
    }
}

/// Marks ending at or before `start`; the nearest is the latest last day among them.
fn before(marks: &[Mark], start: f64) -> Beyond {
    let mut found = Beyond::default();
    for mark in marks.iter().filter(|m| f64::from(m.end) <= start) {
        found.count += 1;
        let last_day = mark.end.saturating_sub(1);
        found.nearest = Some(found.nearest.map_or(last_day, |n| n.max(last_day)));
    }
    found
}

/// Marks starting at or after `end`; the nearest is the earliest first day among them.
fn after(marks: &[Mark], end: f64) -> Beyond {
    let mut found = Beyond::default();
    for mark in marks.iter().filter(|m| f64::from(m.start) >= end) {
        found.count += 1;
        found.nearest = Some(found.nearest.map_or(mark.start, |n| n.min(mark.start)));
    }
    found
}

/// What every lane of one layout is laid out with.
#[derive(Clone, Copy)]
struct LaneContext<'a> {
    story: &'a Story,
    marks: &'a [Mark],
    scale: &'a Scale,
    options: &'a LayoutOptions,
    keep: &'a [usize],
    /// In an outlet's lane, its article: a label gives only the figures it reports.
    outlet: Option<&'a str>,
}

impl LaneContext<'_> {
    fn lay_out(&self, lane: &Lane) -> LaneLayout {
        let outlet = lane.by_outlet.then_some(&*lane.key);
        let this = LaneContext { outlet, ..*self };
        this.lay_out_marks(lane)
    }

    fn lay_out_marks(&self, lane: &Lane) -> LaneLayout {
        let (scale, options) = (self.scale, self.options);
        let window = scale.window;
        let is_kept = |mark: &Mark| self.keep.contains(&mark.claim);
        let mut candidates: Vec<(Candidate, &Mark)> = lane
            .marks
            .iter()
            .filter_map(|&m| Some((m, self.marks.get(m)?)))
            .filter(|(_, mark)| window.intersects(f64::from(mark.start), f64::from(mark.end)))
            .map(|(m, mark)| (candidate(m, mark, scale, options), mark))
            .collect();
        // Lanes come in time order, so this is nearly sorted already and cheap. A kept
        // mark goes first among marks at its place.
        sort_by(&mut candidates, |(a, ma), (b, mb)| {
            a.x.total_cmp(&b.x)
                .then(is_kept(mb).cmp(&is_kept(ma)))
                .then(a.mark.cmp(&b.mark))
        });
        // The kept marks' places, in the order of `keep`: the first in the first row,
        // the next in the second… Marks before one in its row must end clear of it.
        let mut reserved: Vec<(usize, f64, f64)> = Vec::new();
        for &claim in self.keep {
            let found = candidates.iter().find(|(_, mark)| mark.claim == claim);
            if let Some((candidate, mark)) = found {
                let taken = reserved.iter().any(|(m, _, _)| *m == candidate.mark);
                if !taken && reserved.len() < options.max_rows {
                    let start = self.label(mark, candidate).box_start;
                    reserved.push((candidate.mark, candidate.x, start));
                }
            }
        }

        let mut row_ends: Vec<f64> = Vec::with_capacity(options.max_rows);
        let mut placed = Vec::new();
        let mut clusters = Clusters::new(options);
        for (candidate, mark) in candidates {
            let held = reserved.iter().position(|(m, _, _)| *m == candidate.mark);
            // A box starts at its mark or before it: with every row taken up to there,
            // the mark goes to a cluster, and its label needs no working out.
            let full = row_ends.len() >= options.max_rows
                && row_ends
                    .iter()
                    .all(|&end| candidate.x < end + options.gap_px);
            if full && held.is_none() {
                clusters.add(&candidate, mark);
                continue;
            }
            // The label is worked out only when a row's choice needs its width: a
            // label before its mark, or one that must end clear of a kept mark; and
            // once the mark has its row. Marks that end in clusters cost no text work.
            let labelled = OnceCell::new();
            let label = || labelled.get_or_init(|| self.label(mark, &candidate));
            let box_start = match self.label_goes_before(mark, &candidate) {
                true => label().box_start,
                false => candidate.x,
            };
            let row = match held {
                Some(row) => {
                    while row_ends.len() <= row {
                        row_ends.push(f64::NEG_INFINITY);
                    }
                    Some(row)
                }
                None => {
                    let clear_of_reserved = |row: usize| {
                        reserved.get(row).is_none_or(|&(_, x, start)| {
                            candidate.x > x || label().box_end + options.gap_px <= start
                        })
                    };
                    let free = (0..row_ends.len()).find(|&row| {
                        box_start >= row_ends[row] + options.gap_px && clear_of_reserved(row)
                    });
                    match free {
                        Some(row) => Some(row),
                        None if row_ends.len() < options.max_rows
                            && clear_of_reserved(row_ends.len()) =>
                        {
                            row_ends.push(f64::NEG_INFINITY);
                            Some(row_ends.len() - 1)
                        }
                        None => None,
                    }
                }
            };
            let Some(row) = row else {
                clusters.add(&candidate, mark);
                continue;
            };
            let labelled = labelled
                .into_inner()
                .unwrap_or_else(|| self.label(mark, &candidate));
            row_ends[row] = labelled.box_end;
            placed.push(Placed {
                mark: candidate.mark,
                claim: mark.claim,
                row,
                x: candidate.x,
                mark_end: candidate.mark_end,
                box_start: labelled.box_start,
                box_end: labelled.box_end,
                label_before: labelled.before,
                cut_start: f64::from(mark.start) < window.start,
                cut_end: f64::from(mark.end) > window.end,
                figures: labelled.figures,
                label: labelled.label,
            });
        }
        // Clusters take the row below the label rows.
        let rows = row_ends.len();
        LaneLayout {
            rows,
            marks: placed,
            clusters: clusters.finish(rows),
        }
    }

    /// A mark's label and its room: the figures the cut statement leaves out, then the
    /// statement, cut shorter near the drawing's right edge so that no label runs out of
    /// it; where that leaves fewer than `MIN_LABEL_CHARS`, the label goes before the
    /// mark instead, ending at it.
    fn label(&self, mark: &Mark, candidate: &Candidate) -> Labelled {
        let options = self.options;
        let chars_in = |px: f64| (px / options.px_per_char).max(0.0) as usize;
        let after = chars_in(self.scale.width - candidate.x);
        let before = self.label_goes_before(mark, candidate);
        let room = match before {
            true => chars_in(candidate.mark_end),
            false => after,
        };
        let (figures, label, chars) = self.label_text(mark, options.max_label_chars.min(room));
        let width = chars as f64 * options.px_per_char;
        let (box_start, box_end) = match before {
            true => (
                candidate.x.min(candidate.mark_end - width),
                candidate.mark_end,
            ),
            false => (candidate.x, candidate.mark_end.max(candidate.x + width)),
        };
        Labelled {
            figures,
            label,
            box_start,
            box_end,
            before,
        }
    }

    /// Whether the label goes before its mark: the right edge leaves fewer than
    /// `MIN_LABEL_CHARS` after it, fewer than the statement has, and there is more room
    /// before.
    fn label_goes_before(&self, mark: &Mark, candidate: &Candidate) -> bool {
        let options = self.options;
        let chars_in = |px: f64| (px / options.px_per_char).max(0.0) as usize;
        let after = chars_in(self.scale.width - candidate.x);
        // Counting the statement's characters only near the edge, where it matters.
        after < MIN_LABEL_CHARS
            && chars_in(candidate.mark_end) > after
            && after
                < self.story.claims.get(mark.claim).map_or(0, |c| {
                    options.max_label_chars.min(c.statement.chars().count())
                })
    }

    /// The figures the statement cut to `budget` characters leaves out, and the
    /// statement cut shorter to make room for them; with how many characters in all.
    fn label_text(&self, mark: &Mark, budget: usize) -> (Option<String>, String, usize) {
        let claim = self.story.claims.get(mark.claim);
        let statement = claim.map_or("", |c| &*c.statement);
        let (label, chars) = truncate(statement, budget);
        let reported = |figure: &&Figure| match (self.outlet, claim) {
            (Some(article), Some(claim)) => claim
                .appearances
                .iter()
                .any(|a| a.article == article && a.gives(figure)),
            _ => true,
        };
        let figures = claim.map_or(&[][..], |c| &c.figures[..]);
        let Some(figures) = figures_short(figures.iter().filter(reported), &label) else {
            return (None, label, chars);
        };
        // The figures, cut too if they alone fill the room, and a space before the
        // statement's cut.
        let (figures, taken) = truncate(&figures, budget);
        if taken + 1 >= budget {
            return (Some(figures), String::new(), taken);
        }
        let (label, chars) = truncate(statement, budget - taken - 1);
        (Some(figures), label, taken + 1 + chars)
    }
}

/// A label that would show fewer characters than this after its mark goes before it.
const MIN_LABEL_CHARS: usize = 12;

/// A mark's label, worked out before its row is chosen (it decides what fits).
struct Labelled {
    figures: Option<String>,
    label: String,
    box_start: f64,
    box_end: f64,
    before: bool,
}

/// A mark's extent: from its start (clamped to the drawing) to its end, at least
/// `min_mark_px` wide; for an undated claim, its tail.
fn candidate(m: usize, mark: &Mark, scale: &Scale, options: &LayoutOptions) -> Candidate {
    let clamp = |x: f64| bounded(x, 0.0, scale.width);
    let (x, mark_end) = match mark.shape {
        Shape::NoLaterThan => {
            let end = clamp(scale.x(f64::from(mark.end)));
            (clamp(end - options.tail_px), end)
        }
        Shape::Point | Shape::Range | Shape::Since => (
            clamp(scale.x(f64::from(mark.start))),
            clamp(scale.x(f64::from(mark.end))),
        ),
    };
    Candidate {
        mark: m,
        x,
        mark_end: mark_end.max(x + options.min_mark_px),
    }
}

/// Leftovers merged where they overlap (each taking its mark's room and its "+N"
/// label's). They arrive left to right, and a cluster only grows to the right, so once
/// the next one starts clear of it, no later one can overlap it.
struct Clusters<'o> {
    options: &'o LayoutOptions,
    done: Vec<Cluster>,
}

impl<'o> Clusters<'o> {
    fn new(options: &'o LayoutOptions) -> Clusters<'o> {
        Clusters {
            options,
            done: Vec::new(),
        }
    }

    fn add(&mut self, candidate: &Candidate, mark: &Mark) {
        let gap = self.options.gap_px;
        if let Some(last) = self.done.last_mut() {
            if candidate.x < last.box_end + gap {
                last.mark_end = last.mark_end.max(candidate.mark_end);
                last.start = last.start.min(mark.start);
                last.end = last.end.max(mark.end);
                last.claims.push(mark.claim);
                last.box_end = cluster_box_end(last, self.options.px_per_char);
                return;
            }
        }
        let mut cluster = Cluster {
            row: 0,
            x: candidate.x,
            mark_end: candidate.mark_end,
            box_end: candidate.mark_end,
            start: mark.start,
            end: mark.end,
            claims: vec![mark.claim],
            label: String::new(),
        };
        cluster.box_end = cluster_box_end(&cluster, self.options.px_per_char);
        self.done.push(cluster);
    }

    fn finish(self, row: usize) -> Vec<Cluster> {
        let mut done = self.done;
        for cluster in &mut done {
            cluster.row = row;
            cluster.label = format!("+{}", cluster.claims.len());
        }
        done
    }
}

/// Where a cluster's room ends: past its marks and its "+N".
fn cluster_box_end(cluster: &Cluster, px_per_char: f64) -> f64 {
    let digits = cluster.claims.len().max(1).ilog10() as usize + 1;
    let label_end = cluster.x + (1 + digits) as f64 * px_per_char;
    cluster.mark_end.max(label_end)
}

/// The statement cut to `max` characters, the last of them "…" when it was longer,
/// and how many characters that is. The cut falls between words where there is one,
/// so the label reads as the start of the statement (and of the mark's name).
pub(crate) fn truncate(text: &str, max: usize) -> (String, usize) {
    let mut chars = text.char_indices();
    match chars.nth(max) {
        None => (text.to_owned(), text.chars().count()),
        Some(_) if max == 0 => (String::new(), 0),
        Some(_) => {
            let cut_at = text
                .char_indices()
                .nth(max - 1)
                .map_or(text.len(), |(at, _)| at);
            let (head, tail) = text.split_at_checked(cut_at).unwrap_or((text, ""));
            let whole_words = match tail.starts_with(char::is_whitespace) {
                true => cut_at,
                // Not even the first word fits: the ellipsis alone says there is more.
                false => head.rfind(char::is_whitespace).unwrap_or(0),
            };
            let mut kept = text.get(..whole_words).unwrap_or_default().trim_end();
            // An aside cut open ("unit (in…") reads as neither the text nor its name.
            if let Some(space) = kept.rfind(' ') {
                if let Some((before, aside)) = kept.split_at_checked(space) {
                    if aside
                        .get(1..)
                        .is_some_and(|a| a.starts_with(['(', '[', '“', '"']))
                    {
                        kept = before.trim_end();
                    }
                }
            }
            let label = format!("{kept}…");
            let count = label.chars().count();
            (label, count)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::truncate;

    #[test]
    fn labels_are_cut_between_words_and_never_open_an_aside() {
        assert_eq!(truncate("Short", 10).0, "Short");
        assert_eq!(
            truncate("North Korean troops crossed", 16).0,
            "North Korean…"
        );
        assert_eq!(
            truncate("The Ukrainian unit (in context, the drone unit)", 24).0,
            "The Ukrainian unit…"
        );
        assert_eq!(truncate("Neither Russia nor North Korea", 6).0, "…");
        let (label, chars) = truncate("Zelenskyy says more than 3,000 were killed", 20);
        assert_eq!((label.as_str(), chars), ("Zelenskyy says more…", 20));
    }
}
