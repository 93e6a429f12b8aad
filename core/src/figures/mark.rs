//! One report's mark as SVG: a link to its claim holding a hit area, its time's cues,
//! its value's shape, its side's glyph and, where there is room, its claimant's and
//! outlet's names.

use super::labels::Spot;
use super::plotted::{Plotted, Report};
use super::report::Given;
use super::shape::{ValueMark, ValueShape};
use super::sides::{glyph, side_class};
use super::wording::figure_words;
use crate::markup::seam::{DATA_CLAIM, DATA_FIGURE, DATA_REPORTED_IN, DATA_SHOWS};
use crate::markup::Element;
use crate::model::Story;
use crate::timeline::Shape;
use crate::url_state::claim_link;
use crate::words::coordinate;

/// Half the height a band of "about N" takes at least, so it shows at any zoom.
const LEAST_BAND_HALF_PX: f64 = 3.0;

/// The key of a report's mark in `data-figure`: its claim's index, the figure's and
/// the appearance's.
pub fn figure_key((claim, figure, appearance): Report) -> String {
    format!("{claim}-{figure}-{appearance}")
}

/// Reads a `data-figure` key back; `None` for anything else.
pub fn parse_figure_key(key: &str) -> Option<Report> {
    let mut numbers = key.split('-').map(|n| n.parse().ok());
    let report = (numbers.next()??, numbers.next()??, numbers.next()??);
    numbers.next().is_none().then_some(report)
}

/// A mark's place: its time across (`x0`, `x1`, and `x` where its value is drawn), its
/// value up (`y_low` and `y_high`, the plot's edge where open; `y` where its glyph and
/// name go).
#[derive(Clone, Copy)]
pub(super) struct Geometry {
    pub(super) x0: f64,
    pub(super) x1: f64,
    pub(super) x: f64,
    pub(super) y: f64,
    pub(super) y_low: f64,
    pub(super) y_high: f64,
}

/// The plot's box: left, top, right, bottom.
#[derive(Clone, Copy)]
pub(super) struct Plot {
    pub(super) left: f64,
    pub(super) top: f64,
    pub(super) right: f64,
    pub(super) bottom: f64,
}

/// One report to draw, with what it is drawn from.
pub(super) struct Drawn<'a> {
    /// Its position among the plotted reports.
    pub(super) position: usize,
    pub(super) plotted: &'a Plotted,
    pub(super) given: Given<'a>,
    pub(super) mark: ValueMark,
    pub(super) geometry: Geometry,
    /// The claimant's and outlet's names as the label beside it shows them.
    pub(super) name: String,
}

/// Where the side's glyph goes: on the value a figure gives, or beside a range, whose
/// middle is no value the source gives.
pub(super) fn glyph_x(drawn: &Drawn) -> f64 {
    match drawn.mark.shape {
        ValueShape::Range => column(drawn, RANGE_HALF_PX).0 - 7.0,
        ValueShape::Convention => column(drawn, BAND_HALF_PX).0 - 7.0,
        _ => drawn.geometry.x,
    }
}

/// Half the width of a range's bar, and of a band, at a date.
const RANGE_HALF_PX: f64 = 4.0;
const BAND_HALF_PX: f64 = 6.0;

/// A report's mark: a link to its claim holding a hit area, its time's cues, its
/// value's shape, its side's glyph and, where there is room, its claimant's and
/// outlet's names.
pub(super) fn mark_element(
    story: &Story,
    selected: Option<usize>,
    drawn: &Drawn,
    plot: Plot,
    spot: Option<Spot>,
    tab_stop: bool,
    disputed: bool,
) -> Element {
    let (plotted, given, g) = (drawn.plotted, drawn.given, &drawn.geometry);
    let side = given.side(story).unwrap_or(0);
    let selected = selected == Some(plotted.claim);
    let mut class = format!(
        "figure-mark {} {} {}",
        shape_class(drawn.mark.shape),
        if plotted.over_period { "over" } else { "as-of" },
        side_class(side)
    );
    for (on, word) in [
        (plotted.time.inferred, " inferred"),
        (disputed, " disputed"),
        (selected, " selected"),
    ] {
        if on {
            class.push_str(word);
        }
    }
    let mut label = format!("{}, {}", figure_words(given.figure), given.reporter(story));
    if let Some(time) = given.time_words() {
        label.push_str(&format!(", {time}"));
    }
    if plotted.time.inferred {
        label.push_str(" (inferred)");
    }
    if disputed {
        label.push_str(". Cannot be true with another figure of this quantity");
    }
    let link = Element::new("a")
        .set("href", claim_link(&given.claim.id))
        .set("class", class)
        .set(DATA_CLAIM, given.claim.id.to_string())
        .set(DATA_FIGURE, figure_key(plotted.report()))
        .set(DATA_SHOWS, plotted.claim.to_string())
        .set(DATA_REPORTED_IN, given.appearance.article.to_string())
        .set("tabindex", if tab_stop { "0" } else { "-1" })
        .set("aria-label", label);
    let link = match selected {
        true => link.set("aria-current", "true"),
        false => link,
    };
    let glyph_at = glyph_x(drawn);
    let link = link
        .child(hit_area(drawn, glyph_at))
        .children(time_cue(drawn))
        .children(value_shape(drawn, plot))
        .child(glyph(side, glyph_at, g.y));
    match spot {
        Some(spot) => link.child(name_element(spot, &drawn.name)),
        None => link,
    }
}

fn shape_class(shape: ValueShape) -> &'static str {
    match shape {
        ValueShape::Point => "point",
        ValueShape::Range => "range",
        ValueShape::OpenUp => "open-up",
        ValueShape::OpenDown => "open-down",
        ValueShape::About => "about",
        ValueShape::Convention => "convention",
    }
}

/// The stretch across a mark takes: its period, or a narrow column at its date.
fn column(drawn: &Drawn, half: f64) -> (f64, f64) {
    let g = drawn.geometry;
    match drawn.plotted.over_period {
        true => (g.x0, g.x1.max(g.x0 + 2.0)),
        false => (g.x - half, g.x + half),
    }
}

/// A transparent box over the mark, for the pointer.
fn hit_area(drawn: &Drawn, glyph_at: f64) -> Element {
    let g = drawn.geometry;
    let (left, right) = column(drawn, BAND_HALF_PX);
    let (top, bottom) = match drawn.mark.shape {
        ValueShape::Range | ValueShape::Convention => (g.y_high - 4.0, g.y_low + 4.0),
        _ => (g.y - 8.0, g.y + 8.0),
    };
    let left = left.min(glyph_at - 6.0);
    Element::new("rect")
        .set("class", "hit")
        .at("x", left)
        .at("y", top)
        .at("width", (right - left).max(1.0))
        .at("height", (bottom - top).max(1.0))
}

/// An SVG line of the chart, from one point to another.
pub(super) fn line(class: &'static str, (x1, y1): (f64, f64), (x2, y2): (f64, f64)) -> Element {
    Element::new("line")
        .set("class", class)
        .at("x1", x1)
        .at("x2", x2)
        .at("y1", y1)
        .at("y2", y2)
}

/// How the time is drawn beyond the value's shape: an as-of date known only to a span
/// (a month, two days) gets a thin line over it, never a point; a period left open
/// gets an arrow at the end it is drawn to, as on the timeline.
fn time_cue(drawn: &Drawn) -> Vec<Element> {
    let (g, time) = (drawn.geometry, drawn.plotted.time);
    let mut cues = Vec::new();
    if !drawn.plotted.over_period && time.shape != Shape::Point {
        cues.push(line("when", (g.x0, g.y), (g.x1, g.y)));
    }
    if time.shape == Shape::Since {
        let d = format!(
            "M{} {}l5 5l-5 5",
            coordinate(g.x1 + 2.0),
            coordinate(g.y - 5.0)
        );
        cues.push(Element::new("path").set("class", "open-end").set("d", d));
    }
    cues
}

/// The figure's value: a level over its period, a bar or band between bounds, an
/// arrow to the plot's edge where a bound is open.
fn value_shape(drawn: &Drawn, plot: Plot) -> Vec<Element> {
    let g = drawn.geometry;
    let mut parts = Vec::new();
    let level = |class: &'static str| line(class, (g.x0, g.y), (g.x1.max(g.x0 + 2.0), g.y));
    let single = matches!(
        drawn.mark.shape,
        ValueShape::Point | ValueShape::OpenUp | ValueShape::OpenDown | ValueShape::About
    );
    if drawn.plotted.over_period && single {
        parts.push(level("shape level"));
    }
    let box_between = |class: &'static str, half: f64, top: f64, bottom: f64| {
        let (left, right) = column(drawn, half);
        Element::new("rect")
            .set("class", class)
            .at("x", left)
            .at("y", top)
            .at("width", right - left)
            .at("height", (bottom - top).max(2.0))
    };
    match drawn.mark.shape {
        ValueShape::Point => {}
        ValueShape::Range => {
            parts.push(box_between("shape range", RANGE_HALF_PX, g.y_high, g.y_low))
        }
        ValueShape::Convention => parts.push(box_between(
            "shape convention",
            BAND_HALF_PX,
            g.y_high,
            g.y_low,
        )),
        ValueShape::About => {
            let (top, bottom) = (
                g.y_high.min(g.y - LEAST_BAND_HALF_PX),
                g.y_low.max(g.y + LEAST_BAND_HALF_PX),
            );
            parts.insert(0, box_between("band", BAND_HALF_PX, top, bottom));
        }
        ValueShape::OpenUp => parts.push(arrow(g.x, g.y, plot.top)),
        ValueShape::OpenDown => {
            parts.push(arrow(g.x, g.y, plot.bottom));
            // The cap: the value it stops at.
            let cap = format!("M{} {}h10", coordinate(g.x - 5.0), coordinate(g.y));
            parts.push(Element::new("path").set("class", "shape cap").set("d", cap));
        }
    }
    parts
}

/// A line from `from` to the plot's edge at `to`, with an arrowhead there: the bound
/// the words leave open.
fn arrow(x: f64, from: f64, to: f64) -> Element {
    let back = if to < from { 6.0 } else { -6.0 };
    let d = format!(
        "M{x} {from}V{to}M{left} {head}L{x} {to}L{right} {head}",
        x = coordinate(x),
        from = coordinate(from),
        to = coordinate(to),
        left = coordinate(x - 4.0),
        right = coordinate(x + 4.0),
        head = coordinate(to + back),
    );
    Element::new("path").set("class", "shape open").set("d", d)
}

/// The claimant's and outlet's names beside the mark, hidden from screen readers: the link's own
/// name says it whole.
fn name_element(spot: Spot, name: &str) -> Element {
    let text = Element::new("text")
        .set("class", "label")
        .set("aria-hidden", "true")
        .at("x", spot.x)
        .at("y", spot.baseline);
    let text = match spot.end_anchored {
        true => text.set("text-anchor", "end"),
        false => text,
    };
    text.text(name)
}
