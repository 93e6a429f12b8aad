//! The timeline as SVG elements to draw: the axis, the articles' publication days, each
//! lane's heading, marks and clusters, as plain data. The page turns it into elements
//! with a few generic-free calls, rather than a template per element kind, which keeps
//! the download small; and what is drawn can be checked here, natively.

use super::lanes::Lane;
use super::layout::{truncate, Beyond, Cluster, LaneLayout, Layout, LayoutOptions, Placed};
use super::marks::{last_day, publications, Mark, Shape};
use super::navigate::Focus;
use super::publications::{publication_marks, publication_text, Published, PUBLICATION_ROWS};
use super::scale::Scale;
use super::ticks::{ticks, Tick, DEFAULT_MIN_GAP_PX};
use super::wording::{days_words, mark_description};
use crate::markup::seam::{DATA_CLAIM, DATA_DAYS, DATA_EDGE, DATA_MARK};
use crate::markup::Element;
use crate::model::Story;
use crate::url_state::claim_link;
use crate::view::DateMode;
use crate::words::{coordinate, group_thousands};

/// Heights in pixels: the axis band (tick labels, then the edge buttons), one row of
/// publication labels in the head, a lane's heading, one row of marks.
pub const AXIS_PX: f64 = 48.0;
pub const PUBLICATION_PX: f64 = 13.0;
pub const LANE_HEAD_PX: f64 = 18.0;
pub const ROW_PX: f64 = 24.0;
pub const LANE_GAP_PX: f64 = 8.0;
/// The height of one context period's row, below the axis.
pub const PERIOD_PX: f64 = 18.0;
/// Up to this many marks a drawing is drawn whole; beyond it, only the lanes near the
/// viewport. Every drawn node costs the browser style and layout work on each redraw,
/// and a large story's lanes run many screens down the page.
pub const DRAWN_WHOLE_UP_TO: usize = 150;

/// The part of a drawing to draw when it is large (`SceneInput::near`), in pixels from
/// its top: the viewport and one viewport's height either side, in whole viewports, so
/// it only changes (and the drawing redraws) once a scroll has gone a viewport's way.
/// `top` is where the drawing's top is in the viewport.
pub fn near_viewport(top: f64, viewport_height: f64) -> (f64, f64) {
    let step = viewport_height.max(1.0);
    let from = ((-top) / step).floor() * step - step;
    (from, from + 3.0 * step)
}

/// A drawing in two parts: its head (tick labels, edge buttons, each article's
/// publication), which the page keeps in sight while the lanes scroll, and its body
/// (grid, publication lines, context periods, lanes), each with its height.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Scene {
    pub head: Vec<Element>,
    pub head_height: f64,
    pub elements: Vec<Element>,
    pub height: f64,
}

/// What a scene is drawn from besides the layout.
pub struct SceneInput<'a> {
    pub story: &'a Story,
    pub marks: &'a [Mark],
    pub lanes: &'a [Lane],
    pub layout: &'a Layout,
    pub scale: &'a Scale,
    pub dates: DateMode,
    /// The selected claim's index in the story.
    pub selected: Option<usize>,
    /// The mark Tab lands on; the first mark drawn when it is not drawn.
    pub tab_stop: Option<Focus>,
    /// The part of the drawing near the viewport, in pixels from its top: when the
    /// drawing is large, lanes outside it are left undrawn (the tab stop's lane never).
    /// `None` draws every lane.
    pub near: Option<(f64, f64)>,
}

/// The key a mark's element carries in `data-mark`: its lane and mark.
pub fn mark_key(focus: Focus) -> String {
    format!("{}-{}", focus.lane, focus.mark)
}

/// Reads a `data-mark` key back; `None` for anything else.
pub fn parse_mark_key(key: &str) -> Option<Focus> {
    let (lane, mark) = key.split_once('-')?;
    Some(Focus {
        lane: lane.parse().ok()?,
        mark: mark.parse().ok()?,
    })
}

/// The scene for one layout.
pub fn scene(input: &SceneInput) -> Scene {
    let lanes = &input.layout.lanes;
    let periods_end = input.story.periods.len() as f64 * PERIOD_PX;
    let tops = lane_tops(lanes, periods_end);
    let height = tops.last().copied().unwrap_or(periods_end);
    let placed = |focus: &Focus| {
        lanes
            .get(focus.lane)
            .is_some_and(|lane| lane.marks.iter().any(|p| p.mark == focus.mark))
    };
    let kept_stop = input.tab_stop.filter(placed);
    let large = lanes.iter().map(|l| l.marks.len()).sum::<usize>() > DRAWN_WHOLE_UP_TO;
    let near = input.near.filter(|_| large);
    let drawn: Vec<usize> = (0..lanes.len())
        .filter(|&index| {
            let (top, bottom) = (tops[index], tops[index + 1]);
            kept_stop.is_some_and(|stop| stop.lane == index)
                || near.is_none_or(|(from, to)| bottom > from && top < to)
        })
        .collect();
    let tab_stop = kept_stop.or_else(|| {
        drawn.iter().find_map(|&lane| {
            let first = lanes[lane].marks.first()?;
            Some(Focus {
                lane,
                mark: first.mark,
            })
        })
    });
    let ticks = ticks(input.scale, DEFAULT_MIN_GAP_PX);
    let mut head = vec![tick_labels(&ticks), publication_labels(input)];
    head.extend(edge(input.layout.before, false, input.scale.width));
    head.extend(edge(input.layout.after, true, input.scale.width));
    let rows = input.story.articles.len().min(PUBLICATION_ROWS);
    let head_height = AXIS_PX + rows as f64 * PUBLICATION_PX;
    let mut elements = vec![grid(&ticks, height), publication_lines(input, height)];
    for index in drawn {
        if let (Some(placed), Some(lane)) = (lanes.get(index), input.lanes.get(index)) {
            elements.push(lane_group(
                input,
                index,
                tops[index],
                placed,
                lane,
                tab_stop,
            ));
        }
    }
    // After the lanes, so that Tab reaches the claims first.
    elements.push(periods(input));
    Scene {
        head,
        head_height,
        elements,
        height,
    }
}

/// Where each lane starts, the first below `above`, and (last) where the drawing ends.
fn lane_tops(lanes: &[LaneLayout], above: f64) -> Vec<f64> {
    let mut tops = Vec::with_capacity(lanes.len() + 1);
    let mut top = above + LANE_GAP_PX;
    for lane in lanes {
        tops.push(top);
        top += LANE_HEAD_PX + lane.row_count().max(1) as f64 * ROW_PX + LANE_GAP_PX;
    }
    tops.push(top);
    tops
}

/// The ticks' labels, along the top of the head.
fn tick_labels(ticks: &[Tick]) -> Element {
    let labels = ticks.iter().map(|tick| {
        Element::new("text")
            .set("class", if tick.major { "tick major" } else { "tick" })
            .at("x", tick.x + 3.0)
            .set("y", "18")
            .text(tick.label.clone())
    });
    Element::new("g").set("class", "axis").children(labels)
}

/// The ticks' lines, down the whole body.
fn grid(ticks: &[Tick], bottom: f64) -> Element {
    let lines = ticks.iter().map(|tick| {
        Element::new("line")
            .set("class", if tick.major { "tick major" } else { "tick" })
            .at("x1", tick.x)
            .at("x2", tick.x)
            .set("y1", "0")
            .at("y2", bottom)
    });
    Element::new("g").set("class", "grid").children(lines)
}

/// The story's context periods, a row each below the axis: a bar over the part of
/// the period in the window, linking to the claim that gives its span and words.
fn periods(input: &SceneInput) -> Element {
    let scale = input.scale;
    let px_per_char = LayoutOptions::default().px_per_char;
    let rows = input.story.periods.iter().enumerate();
    let published = publications(input.story);
    let bars = rows.filter_map(|(row, period)| {
        let (claim, when) = input.story.period_span(period)?;
        let start = scale.x(f64::from(when.start.day_number())).max(0.0);
        let end = scale
            .x(f64::from(last_day(claim, when, &published).day_number()) + 1.0)
            .min(scale.width);
        if end <= start {
            return None;
        }
        let top = row as f64 * PERIOD_PX + 2.0;
        let room = ((end - start - 8.0) / px_per_char).max(0.0) as usize;
        let (class, inferred) = match when.is_inferred() {
            true => ("period inferred", ", inferred"),
            false => ("period", ""),
        };
        Some(
            Element::new("a")
                .set("href", claim_link(&claim.id))
                .set("class", class)
                .set(DATA_CLAIM, claim.id.to_string())
                .set(
                    "aria-label",
                    format!("Context: {}, {when}{inferred}", period.label),
                )
                .child(
                    Element::new("rect")
                        .at("x", start)
                        .at("y", top)
                        .at("width", end - start)
                        .at("height", PERIOD_PX - 4.0),
                )
                .child(
                    Element::new("text")
                        .set("aria-hidden", "true")
                        .at("x", start + 4.0)
                        .at("y", top + 11.0)
                        .text(truncate(&period.label, room).0),
                ),
        )
    });
    Element::new("g").set("class", "periods").children(bars)
}

/// Where each article's publication line stands, for the articles published within
/// the window: the end of its publication day. No claim it carries is later.
fn publication_days<'a>(input: &'a SceneInput) -> impl Iterator<Item = Published> + 'a {
    let scale = input.scale;
    input
        .story
        .articles
        .iter()
        .enumerate()
        .filter_map(move |(article, a)| {
            let day = a.published.last_day(|| a.published.start).day_number();
            let x = scale.x(f64::from(day) + 1.0);
            (0.0..=scale.width)
                .contains(&x)
                .then_some(Published { article, x, day })
        })
}

/// A dashed line down the body on each article's publication day.
fn publication_lines(input: &SceneInput, bottom: f64) -> Element {
    let lines = publication_days(input).map(|Published { x, .. }| {
        Element::new("line")
            .at("x1", x)
            .at("x2", x)
            .set("y1", "0")
            .at("y2", bottom)
    });
    Element::new("g")
        .set("class", "publication")
        .children(lines)
}

/// "A published" for each article, in the head's rows, ending at its line (or starting
/// there near the left edge); articles that would overprint are one "3 articles" mark,
/// a button naming them that zooms in to their days.
fn publication_labels(input: &SceneInput) -> Element {
    let px_per_char = LayoutOptions::default().px_per_char;
    let articles = &input.story.articles;
    let mut published = Vec::new();
    for p in publication_days(input) {
        published.push(p);
    }
    let mut labels = Element::new("g").set("class", "publication");
    for mark in publication_marks(&published, articles, px_per_char) {
        let y = AXIS_PX + PUBLICATION_PX * (mark.row as f64 + 1.0) - 3.0;
        let text = Element::new("text")
            .at("x", mark.text_x())
            .at("y", y)
            .set("text-anchor", if mark.anchor_end { "end" } else { "start" })
            .text(publication_text(articles, &mark.articles));
        if mark.articles.len() < 2 {
            labels = labels.child(text);
            continue;
        }
        // "3 articles: C, D, E", the ids as the labels write them.
        let mut named = format!("{} articles", mark.articles.len());
        for (n, &a) in mark.articles.iter().enumerate() {
            named.push_str(if n > 0 { ", " } else { ": " });
            let id = articles.get(a).map_or("", |a| &*a.id);
            named.push_str(&id.to_ascii_uppercase());
        }
        let group = Element::new("g")
            .set("class", "publication-group")
            .set("role", "button")
            .set("tabindex", "0")
            .set(DATA_DAYS, format!("{}:{}", mark.first, mark.last + 1))
            // Its title names it, for a screen reader as for a pointer.
            .child(Element::new("title").text(named))
            .child(text);
        labels = labels.child(group);
    }
    labels
}

fn lane_group(
    input: &SceneInput,
    index: usize,
    top: f64,
    placed: &LaneLayout,
    lane: &Lane,
    tab_stop: Option<Focus>,
) -> Element {
    // A long name is cut to the drawing's width (a phone's), whole in its title.
    let room = ((input.scale.width - 8.0) / LANE_LABEL_PX_PER_CHAR).max(1.0) as usize;
    let (name, _) = truncate(&lane.label, room);
    let label = Element::new("text")
        .set("class", "lane-label")
        .set("x", "4")
        .at("y", top + 13.0);
    let label = match name.len() < lane.label.len() {
        true => label
            .child(Element::new("title").text(lane.label.clone()))
            .text(name),
        false => label.text(name),
    };
    let group = Element::new("g")
        .set("class", format!("lane side-{}", lane.side))
        .child(label);
    let group = placed.marks.iter().fold(group, |group, p| {
        let focus = Focus {
            lane: index,
            mark: p.mark,
        };
        match input.marks.get(p.mark) {
            Some(mark) => group.child(mark_element(input, focus, top, p, mark, tab_stop)),
            None => group,
        }
    });
    placed.clusters.iter().fold(group, |group, cluster| {
        group.child(cluster_element(top, cluster))
    })
}

/// The width of a bold lane name's character, erring wide.
const LANE_LABEL_PX_PER_CHAR: f64 = 8.0;

fn row_y(top: f64, row: usize) -> f64 {
    top + LANE_HEAD_PX + row as f64 * ROW_PX
}

/// A claim: a link to it, with a hit area, its shape and its label below the shape.
fn mark_element(
    input: &SceneInput,
    focus: Focus,
    top: f64,
    placed: &Placed,
    mark: &Mark,
    tab_stop: Option<Focus>,
) -> Element {
    let Some(claim) = input.story.claims.get(placed.claim) else {
        return Element::new("g");
    };
    let y = row_y(top, placed.row);
    let (x, end) = (placed.x, placed.mark_end.max(placed.x + 1.0));
    let middle = y + 5.0;
    let selected = input.selected == Some(placed.claim);
    let shape = match mark.shape {
        Shape::Point => Element::new("circle")
            .set("class", "shape")
            .at("cx", (x + end) / 2.0)
            .at("cy", middle)
            .set("r", "4.5"),
        Shape::Range => Element::new("rect")
            .set("class", "shape")
            .at("x", x)
            .at("y", middle - 3.5)
            .at("width", end - x)
            .set("height", "7")
            .set(
                "rx",
                if placed.cut_start || placed.cut_end {
                    "0"
                } else {
                    "3.5"
                },
            ),
        // A bar to when the claim was made, and an arrow on: the text gives no end.
        Shape::Since => Element::new("path").set("class", "shape").set(
            "d",
            format!(
                "M{} {}H{}V{}H{}ZM{} {}l5 5l-5 5",
                coordinate(x),
                coordinate(middle - 3.5),
                coordinate(end),
                coordinate(middle + 3.5),
                coordinate(x),
                coordinate(end + 2.0),
                coordinate(middle - 5.0),
            ),
        ),
        // A tail reaching back from the last day it can have been made, then a bar.
        Shape::NoLaterThan => Element::new("path").set("class", "shape").set(
            "d",
            format!(
                "M{} {}H{}M{} {}V{}",
                coordinate(x),
                coordinate(middle),
                coordinate(end),
                coordinate(end),
                coordinate(middle - 5.0),
                coordinate(middle + 5.0)
            ),
        ),
    };
    let kind = match mark.shape {
        Shape::Point => "point",
        Shape::Range => "range",
        Shape::Since => "since",
        Shape::NoLaterThan => "undated",
    };
    let mut class = format!("mark {kind}");
    if mark.inferred {
        class.push_str(" inferred");
    }
    if selected {
        class.push_str(" selected");
    }
    let link = Element::new("a")
        .set("href", claim_link(&claim.id))
        .set("class", class)
        .set(DATA_MARK, mark_key(focus))
        .set(DATA_CLAIM, claim.id.to_string())
        .set("tabindex", if tab_stop == Some(focus) { "0" } else { "-1" })
        .set(
            "aria-label",
            mark_description(
                input.story,
                claim,
                mark,
                input.dates,
                placed.figures.as_deref(),
            ),
        );
    let link = if selected {
        link.set("aria-current", "true")
    } else {
        link
    };
    link.child(
        Element::new("rect")
            .set("class", "hit")
            .at("x", placed.box_start)
            .at("y", y)
            .at("width", (placed.box_end - placed.box_start).max(1.0))
            .at("height", ROW_PX - 2.0),
    )
    .child(shape)
    .child(label_element(placed, y + 20.0))
}

/// A mark's label: the figures its statement leaves out, in bold, then the statement.
/// Cut short to fit, so not the name: the link's label holds it whole.
fn label_element(placed: &Placed, y: f64) -> Element {
    let text = Element::new("text")
        .set("class", "label")
        .set("aria-hidden", "true")
        .at("y", y);
    let text = match placed.label_before {
        true => text.at("x", placed.mark_end).set("text-anchor", "end"),
        false => text.at("x", placed.x),
    };
    match &placed.figures {
        Some(figures) => text
            .child(
                Element::new("tspan")
                    .set("class", "figure")
                    .text(figures.as_str()),
            )
            .text(format!(" {}", placed.label)),
        None => text.text(placed.label.clone()),
    }
}

/// Claims that found no row, as "+N": a button that zooms in to them.
fn cluster_element(top: f64, cluster: &Cluster) -> Element {
    let y = row_y(top, cluster.row);
    Element::new("g")
        .set("class", "cluster")
        .set("role", "button")
        .set("tabindex", "0")
        .set(DATA_DAYS, format!("{}:{}", cluster.start, cluster.end))
        .set(
            "aria-label",
            format!(
                "{} more {}, {}: zoom in",
                cluster.count(),
                if cluster.count() == 1 {
                    "claim"
                } else {
                    "claims"
                },
                days_words(cluster.start, cluster.end)
            ),
        )
        .child(
            Element::new("rect")
                .at("x", cluster.x)
                .at("y", y + 2.0)
                .at("width", (cluster.box_end - cluster.x).max(1.0))
                .at("height", ROW_PX - 4.0)
                .set("rx", "9"),
        )
        .child(
            Element::new("text")
                .at("x", cluster.x + 6.0)
                .at("y", y + 16.0)
                .text(cluster.label.clone()),
        )
}

/// Width of an edge button: room for "← 10,000 earlier".
const EDGE_PX: f64 = 120.0;

/// A button at one edge of the axis saying how many claims lie beyond it; it carries
/// the nearest one's day in `data-edge`, for the page to bring it into view.
fn edge(beyond: Beyond, later: bool, width: f64) -> Option<Element> {
    let day = beyond.nearest.filter(|_| beyond.count > 0)?;
    let count = group_thousands(beyond.count as u64);
    let (x, text) = match later {
        true => (width - EDGE_PX - 2.0, format!("{count} later →")),
        false => (2.0, format!("← {count} earlier")),
    };
    let claims = if beyond.count == 1 { "claim" } else { "claims" };
    let side = if later { "later" } else { "earlier" };
    Some(
        Element::new("g")
            .set("class", format!("edge {side}"))
            .set("role", "button")
            .set("tabindex", "0")
            .set(DATA_EDGE, day.to_string())
            .set(
                "aria-label",
                format!("{count} {side}: {claims} outside the window, move to the nearest"),
            )
            .child(
                Element::new("rect")
                    .at("x", x)
                    .set("y", "26")
                    .at("width", EDGE_PX)
                    .set("height", "18")
                    .set("rx", "9"),
            )
            .child(
                Element::new("text")
                    .at("x", x + EDGE_PX / 2.0)
                    .set("y", "39")
                    .set("text-anchor", "middle")
                    .text(text),
            ),
    )
}

/// Reads a cluster's `data-days` back: the days it covers, `end` exclusive.
pub fn parse_cluster_days(days: &str) -> Option<(i32, i32)> {
    let (start, end) = days.split_once(':')?;
    Some((start.parse().ok()?, end.parse().ok()?))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timeline::{
        default_window, layout, marks, LaneIndex, LaneMode, LayoutOptions, Window,
    };

    /// Every element of a scene, depth first.
    fn all(elements: &[Element]) -> Vec<&Element> {
        elements.iter().flat_map(Element::descendants).collect()
    }

    fn draw(claims: usize, selected: Option<usize>) -> (Scene, crate::model::Story) {
        draw_near(claims, LaneMode::Side, selected, None, None)
    }

    fn draw_near(
        claims: usize,
        mode: LaneMode,
        selected: Option<usize>,
        tab_stop: Option<Focus>,
        near: Option<(f64, f64)>,
    ) -> (Scene, crate::model::Story) {
        let story = crate::synthetic::story(claims, 3);
        let every: Vec<usize> = (0..story.claims.len()).collect();
        let found = marks(&story, &every, DateMode::Made).marks;
        let lanes = LaneIndex::new(&story, mode).lanes(&found);
        let window = default_window(&found).expect("marks");
        let scale = Scale::new(window, 900.0);
        let laid = layout(
            &story,
            &found,
            &lanes,
            &scale,
            &LayoutOptions::default(),
            &[],
        );
        let drawn = scene(&SceneInput {
            story: &story,
            marks: &found,
            lanes: &lanes,
            layout: &laid,
            scale: &scale,
            dates: DateMode::Made,
            selected,
            tab_stop,
            near,
        });
        (drawn, story)
    }

    #[test]
    fn each_placed_mark_is_a_named_link_and_one_is_the_tab_stop() {
        let (drawn, story) = draw(400, None);
        let links: Vec<&Element> = all(&drawn.elements)
            .into_iter()
            .filter(|e| e.has_class("mark"))
            .collect();
        assert!(!links.is_empty());
        for link in &links {
            let key = link.attribute(DATA_MARK).expect("a key");
            let focus = parse_mark_key(key).expect("a key that reads back");
            assert_eq!(mark_key(focus), key);
            let id = link.attribute(DATA_CLAIM).expect("a claim id");
            let claim = story.claims.iter().find(|c| c.id == id).expect("a claim");
            assert_eq!(link.attribute("href"), Some(&*claim_link(id)));
            let name = link.attribute("aria-label").expect("an accessible name");
            assert!(name.ends_with(&*claim.statement), "{name}");
        }
        let stops = links
            .iter()
            .filter(|l| l.attribute("tabindex") == Some("0"))
            .count();
        assert_eq!(stops, 1, "one tab stop: arrows do the rest");
        assert!(drawn.height > 0.0 && drawn.head_height >= AXIS_PX);
    }

    #[test]
    fn the_selected_claim_is_marked_current_wherever_it_stands() {
        let (plain, _) = draw(200, None);
        let first = all(&plain.elements)
            .into_iter()
            .find(|e| e.has_class("mark"))
            .and_then(|a| a.attribute(DATA_CLAIM).map(str::to_owned))
            .expect("a mark");
        let story = crate::synthetic::story(200, 3);
        let index = story.claims.iter().position(|c| c.id == first);
        let (drawn, _) = draw(200, index);
        let current: Vec<&Element> = all(&drawn.elements)
            .into_iter()
            .filter(|e| e.attribute("aria-current") == Some("true"))
            .collect();
        assert!(!current.is_empty());
        for link in current {
            assert_eq!(link.attribute(DATA_CLAIM), Some(first.as_str()));
            assert!(link
                .attribute("class")
                .is_some_and(|c| c.contains("selected")));
        }
    }

    #[test]
    fn claims_beyond_the_window_get_an_edge_button_naming_their_count() {
        let (drawn, _) = draw(400, None);
        let edges: Vec<&Element> = all(&drawn.head)
            .into_iter()
            .filter(|e| e.attribute(DATA_EDGE).is_some())
            .collect();
        assert!(!edges.is_empty(), "the dense window leaves some claims out");
        for edge in edges {
            let day: i32 = edge
                .attribute(DATA_EDGE)
                .and_then(|d| d.parse().ok())
                .expect("a day");
            assert!(day != 0);
            assert!(edge
                .attribute("aria-label")
                .is_some_and(|l| l.contains("outside the window")));
        }
    }

    /// The lanes a scene draws, by index.
    fn lanes_drawn(scene: &Scene) -> Vec<usize> {
        let mut lanes: Vec<usize> = all(&scene.elements)
            .into_iter()
            .filter_map(|e| parse_mark_key(e.attribute(DATA_MARK)?))
            .map(|focus| focus.lane)
            .collect();
        lanes.dedup();
        lanes
    }

    #[test]
    fn a_large_drawing_leaves_out_lanes_far_from_the_viewport_but_never_the_tab_stop() {
        let (whole, _) = draw_near(2_000, LaneMode::Claimant, None, None, None);
        let every = lanes_drawn(&whole);
        assert!(every.len() > 3, "{every:?}");
        let placed = all(&whole.elements)
            .into_iter()
            .filter(|e| e.has_class("mark"))
            .count();
        assert!(placed > DRAWN_WHOLE_UP_TO, "{placed} marks: not large");

        let near = (0.0, 300.0);
        let (top_only, _) = draw_near(2_000, LaneMode::Claimant, None, None, Some(near));
        let kept = lanes_drawn(&top_only);
        assert!(!kept.is_empty() && kept.len() < every.len(), "{kept:?}");
        assert_eq!(kept, every[..kept.len()], "the lanes at the top");
        assert_eq!(top_only.height, whole.height, "the page keeps its length");

        let far = *every.last().expect("lanes");
        let far_mark = all(&whole.elements)
            .into_iter()
            .filter_map(|e| parse_mark_key(e.attribute(DATA_MARK)?))
            .find(|focus| focus.lane == far)
            .expect("a mark in the last lane");
        let (with_stop, _) = draw_near(2_000, LaneMode::Claimant, None, Some(far_mark), Some(near));
        let kept_with_stop = lanes_drawn(&with_stop);
        assert!(kept_with_stop.contains(&far), "{kept_with_stop:?}");
        assert_eq!(kept_with_stop.len(), kept.len() + 1);
    }

    #[test]
    fn the_part_near_the_viewport_covers_it_and_moves_by_whole_viewports() {
        for top in [500.0, 0.0, -1.0, -899.0, -900.0, -5000.5] {
            let (from, to) = near_viewport(top, 900.0);
            assert!(from <= -top && to >= -top + 900.0, "{top}: {from}..{to}");
            assert_eq!(to - from, 2700.0);
            assert_eq!(from % 900.0, 0.0);
        }
        assert_eq!(near_viewport(-10.0, 900.0), near_viewport(-800.0, 900.0));
        assert_eq!(
            near_viewport(-10.0, 0.0).1 - near_viewport(-10.0, 0.0).0,
            3.0
        );
    }

    #[test]
    fn a_small_drawing_is_drawn_whole_wherever_the_viewport_is() {
        let (whole, _) = draw(60, None);
        let placed = all(&whole.elements)
            .into_iter()
            .filter(|e| e.has_class("mark"))
            .count();
        assert!(placed <= DRAWN_WHOLE_UP_TO, "{placed} marks: not small");
        let (near_top, _) = draw_near(60, LaneMode::Side, None, None, Some((0.0, 100.0)));
        assert_eq!(near_top, whole);
    }

    #[test]
    fn each_context_period_is_a_bar_in_its_own_row_linking_to_its_claim() {
        let (drawn, story) = draw(400, None);
        assert_eq!(story.periods.len(), 2);
        let bars: Vec<&Element> = all(&drawn.elements)
            .into_iter()
            .filter(|e| e.has_class("period"))
            .collect();
        assert!(
            !bars.is_empty(),
            "some period reaches into the dense window"
        );
        let px_per_char = LayoutOptions::default().px_per_char;
        for bar in bars {
            let id = bar.attribute(DATA_CLAIM).expect("a claim");
            let row = story.periods.iter().position(|p| p.claim == id);
            let row = row.expect("a period");
            let period = &story.periods[row];
            assert_eq!(bar.attribute("href"), Some(&*claim_link(id)));
            let name = bar.attribute("aria-label").expect("a name");
            assert!(
                name.starts_with(&format!("Context: {}, ", period.label)),
                "{name}"
            );
            let rect = bar.elements().find(|e| e.tag == "rect").expect("a bar");
            let number = |e: &Element, name: &str| -> f64 {
                e.attribute(name).and_then(|v| v.parse().ok()).expect(name)
            };
            let (x, width) = (number(rect, "x"), number(rect, "width"));
            assert!(
                x >= 0.0 && width > 0.0 && x + width <= 900.0 + 0.1,
                "{x} {width}"
            );
            let label = bar.text_content();
            assert!(
                label.chars().count() as f64 * px_per_char <= width,
                "{label}"
            );
            assert_eq!(number(rect, "y"), row as f64 * PERIOD_PX + 2.0);
        }
        let strip_end = 2.0 * PERIOD_PX;
        for lane_label in all(&drawn.elements)
            .into_iter()
            .filter(|e| e.has_class("lane-label"))
        {
            let y: f64 = lane_label
                .attribute("y")
                .and_then(|v| v.parse().ok())
                .expect("y");
            assert!(y > strip_end, "lanes start below the periods");
        }
    }

    #[test]
    fn the_head_carries_the_ticks_and_the_publications_in_two_rows() {
        let (drawn, story) = draw(200, None);
        let head = all(&drawn.head);
        let texts: Vec<&&Element> = head.iter().filter(|e| e.tag == "text").collect();
        assert!(
            texts.iter().any(|t| t.has_class("tick")),
            "tick labels in the head"
        );
        let rows = [
            AXIS_PX + PUBLICATION_PX - 3.0,
            AXIS_PX + 2.0 * PUBLICATION_PX - 3.0,
        ];
        let published: Vec<f64> = texts
            .iter()
            .filter(|t| t.text_content().ends_with(" published"))
            .map(|t| t.attribute("y").and_then(|y| y.parse().ok()).expect("y"))
            .collect();
        assert!(!published.is_empty());
        assert!(published.iter().all(|y| rows.contains(y)), "{published:?}");
        assert!(story.articles.len() >= 2);
        assert_eq!(drawn.head_height, AXIS_PX + 2.0 * PUBLICATION_PX);
        // Nothing of the head is drawn again in the body, but the tick lines.
        assert!(!all(&drawn.elements)
            .iter()
            .any(|e| e.has_class("edge") || e.has_class("axis")));
    }

    #[test]
    fn articles_that_would_overprint_are_one_mark_naming_them_that_zooms_in() {
        let mut story = crate::synthetic::story(60, 3);
        // Twenty articles, the first one's copies on its day.
        let mut articles = story.articles.to_vec();
        let first = articles[0].clone();
        while articles.len() < 20 {
            let mut copy = first.clone();
            copy.id = format!("x{}", articles.len()).into();
            articles.push(copy);
        }
        story.articles = articles.into();
        let every: Vec<usize> = (0..story.claims.len()).collect();
        let found = marks(&story, &every, DateMode::Made).marks;
        let lanes = LaneIndex::new(&story, LaneMode::Side).lanes(&found);
        let day = first
            .published
            .last_day(|| first.published.start)
            .day_number();
        let scale = Scale::new(Window::from_days(day - 20, day + 10), 900.0);
        let laid = layout(
            &story,
            &found,
            &lanes,
            &scale,
            &LayoutOptions::default(),
            &[],
        );
        let drawn = scene(&SceneInput {
            story: &story,
            marks: &found,
            lanes: &lanes,
            layout: &laid,
            scale: &scale,
            dates: DateMode::Made,
            selected: None,
            tab_stop: None,
            near: None,
        });
        assert_eq!(drawn.head_height, AXIS_PX + 2.0 * PUBLICATION_PX);
        let head = all(&drawn.head);
        let groups: Vec<&&Element> = head
            .iter()
            .filter(|e| e.has_class("publication-group"))
            .collect();
        assert_eq!(groups.len(), 1, "one day, one group");
        let group = groups[0];
        assert_eq!(group.attribute("role"), Some("button"));
        assert_eq!(group.attribute("tabindex"), Some("0"));
        assert_eq!(
            group.attribute(DATA_DAYS),
            Some(format!("{day}:{}", day + 1).as_str())
        );
        let title = group.elements().find(|e| e.tag == "title").expect("a name");
        let named = title.text_content();
        // The first article and the first copy have a row each; the other eleven copies
        // join the copy's label.
        assert!(named.starts_with("12 articles: X8, X9, "), "{named}");
        assert!(named.ends_with(", X19"), "{named}");
    }

    #[test]
    fn keys_that_are_not_keys_read_as_nothing() {
        for key in [
            "",
            "1",
            "a-b",
            "1-",
            "-2",
            "1-2-3",
            "99999999999999999999-1",
        ] {
            assert_eq!(parse_mark_key(key), None, "{key}");
        }
        assert_eq!(parse_cluster_days("10:20"), Some((10, 20)));
        assert_eq!(parse_cluster_days("10-20"), None);
    }
}
