//! The chart as SVG markup: time across on the timeline's scale, the value up on a log
//! scale, the gridlines of both, and one mark per figure in time order (`mark`), one
//! of them the chart's tab stop: the arrows do the rest.

use super::labels::{place, Wanted, CHAR_PX};
use super::mark::{glyph_x, line, mark_element, Drawn, Geometry, Plot};
use super::plotted::Plotted;
use super::report::{given, Given};
use super::shape::{value_mark, ValueMark};
use super::value_scale::{ValueScale, ValueTick};
use crate::bounded::bounded;
use crate::markup::seam::DATA_ROVING;
use crate::markup::Element;
use crate::model::Story;
use crate::timeline::{fit_all, ticks, truncate, Scale, Tick, Window};
use crate::timeline::{Mark, DEFAULT_MIN_GAP_PX};
use crate::words::coordinate;

/// The chart's height; its width is the page's to give.
pub const CHART_HEIGHT_PX: f64 = 280.0;
/// Room above the plot for an arrowhead, below it for the time axis's labels, right of
/// it for the last time label.
const TOP_PX: f64 = 12.0;
const AXIS_PX: f64 = 26.0;
const RIGHT_PX: f64 = 12.0;
/// The width drawn when the page gives none it has measured, the narrowest and the widest.
const DEFAULT_WIDTH_PX: f64 = 640.0;
const LEAST_WIDTH_PX: f64 = 240.0;
const WIDEST_PX: f64 = 4000.0;
/// The claimant's and outlet's names beside a mark are cut to this many characters, at
/// the end, so that what shows is the start of the mark's name (the mark's link and
/// the table name them whole).
const NAME_CHARS: usize = 40;
/// How far inside the plot's edges the values run, so that a figure at the lowest or
/// highest gridline stands apart from an arrow to the edge.
const VALUE_INSET_PX: f64 = 8.0;
/// What the chart is drawn from.
pub struct ChartInput<'a> {
    pub story: &'a Story,
    /// In time order.
    pub plotted: &'a [Plotted],
    /// Which of them disagree with another (`Disagreements::involved`).
    pub involved: &'a [bool],
    pub selected: Option<usize>,
    /// The width the page gives, in pixels.
    pub width: f64,
    /// The quantity's label, for the chart's name.
    pub quantity: &'a str,
}

/// The width to draw at: the page's, within reason.
pub fn chart_width(width: f64) -> f64 {
    match width.is_finite() && width > 0.0 {
        true => bounded(width, LEAST_WIDTH_PX, WIDEST_PX),
        false => DEFAULT_WIDTH_PX,
    }
}

/// The chart: an `<svg>` of the given width.
pub fn chart(input: &ChartInput) -> Element {
    let width = chart_width(input.width);
    let story = input.story;
    let figures: Vec<(usize, &Plotted, Given, ValueMark)> = input
        .plotted
        .iter()
        .enumerate()
        .filter_map(|(position, p)| {
            let given = given(story, p.report())?;
            Some((position, p, given, value_mark(given.figure)))
        })
        .collect();
    let bottom = CHART_HEIGHT_PX - AXIS_PX;
    let bounds = figures.iter().flat_map(|figure| figure.3.bounds());
    let values = ValueScale::fitted(bounds, TOP_PX + VALUE_INSET_PX, bottom - VALUE_INSET_PX);
    let value_ticks = values.ticks();
    let longest = value_ticks.iter().map(|t| t.label.chars().count()).max();
    let plot = Plot {
        left: longest.unwrap_or(1) as f64 * CHAR_PX + 8.0,
        top: TOP_PX,
        right: width - RIGHT_PX,
        bottom,
    };
    let times: Vec<Mark> = input.plotted.iter().map(|p| p.time).collect();
    let window = fit_all(&times).unwrap_or_else(|| Window::new(0.0, 0.0));
    let scale = Scale::new(window, plot.right - plot.left);
    let across = |day: i32| bounded(plot.left + scale.x(f64::from(day)), plot.left, plot.right);
    let drawn: Vec<Drawn> = figures
        .into_iter()
        .map(|(position, plotted, given, mark)| {
            let (x0, x1) = (across(plotted.time.start), across(plotted.time.end));
            let y_low = mark.low.map_or(plot.bottom, |v| values.y(v));
            let y_high = mark.high.map_or(plot.top, |v| values.y(v));
            let geometry = Geometry {
                x0,
                x1,
                x: (x0 + x1) / 2.0,
                y: mark.value.map_or((y_low + y_high) / 2.0, |v| values.y(v)),
                y_low,
                y_high,
            };
            let name = truncate(&given.reporter(story), NAME_CHARS).0;
            Drawn {
                position,
                plotted,
                given,
                mark,
                geometry,
                name,
            }
        })
        .collect();

    let wanted: Vec<Wanted> = drawn
        .iter()
        .map(|d| Wanted {
            x: glyph_x(d),
            y: d.geometry.y,
            chars: d.name.chars().count(),
        })
        .collect();
    // The selected claim's names first, so that they show wherever there is room.
    let is_selected = |d: &Drawn| input.selected == Some(d.plotted.claim);
    let (mut order, others): (Vec<usize>, Vec<usize>) =
        (0..drawn.len()).partition(|&i| drawn.get(i).is_some_and(is_selected));
    order.extend(others);
    // Names may reach into the margins, short of the time axis's labels.
    let room = (plot.left, 2.0, width - 2.0, plot.bottom + 4.0);
    let spots = place(&wanted, &order, room);
    let tab_stop = drawn.iter().position(is_selected).unwrap_or(0);
    let marks = drawn.iter().zip(spots).enumerate().map(|(i, (d, spot))| {
        let disputed = input.involved.get(d.position).copied().unwrap_or(false);
        mark_element(
            story,
            input.selected,
            d,
            plot,
            spot,
            i == tab_stop,
            disputed,
        )
    });

    let time_ticks = ticks(&scale, DEFAULT_MIN_GAP_PX);
    let count = input.plotted.len();
    Element::new("svg")
        .set("class", "figures-chart")
        .set(DATA_ROVING, "")
        .set("role", "group")
        .set(
            "aria-label",
            format!(
                "{}: {count} {} by time, across, and value, up, on a log scale",
                input.quantity,
                if count == 1 { "figure" } else { "figures" }
            ),
        )
        .at("width", width)
        .at("height", CHART_HEIGHT_PX)
        .set(
            "viewBox",
            format!("0 0 {} {}", coordinate(width), coordinate(CHART_HEIGHT_PX)),
        )
        .child(value_axis(&value_ticks, plot))
        .child(time_axis(&time_ticks, plot, width))
        .child(
            Element::new("g")
                .set("class", "figure-marks")
                .children(marks),
        )
}

/// The horizontal gridlines and their values, at the plot's left.
fn value_axis(ticks: &[ValueTick], plot: Plot) -> Element {
    let lines = ticks.iter().flat_map(|tick| {
        [
            line("grid", (plot.left, tick.y), (plot.right, tick.y)),
            Element::new("text")
                .set("class", "tick")
                .at("x", plot.left - 4.0)
                .at("y", tick.y + 4.0)
                .set("text-anchor", "end")
                .text(tick.label.clone()),
        ]
    });
    Element::new("g")
        .set("class", "value-axis")
        .set("aria-hidden", "true")
        .children(lines)
}

/// The vertical gridlines of the time axis, labelled below the plot; a label that would
/// run off the chart's right edge ends at its line instead, or, with no room there, is
/// left out.
fn time_axis(ticks: &[Tick], plot: Plot, width: f64) -> Element {
    let mut axis = Element::new("g")
        .set("class", "time-axis")
        .set("aria-hidden", "true");
    let mut last_end = f64::NEG_INFINITY;
    for tick in ticks {
        let x = plot.left + tick.x;
        let major =
            |plain: &'static str, major: &'static str| if tick.major { major } else { plain };
        axis = axis.child(line(
            major("grid", "grid major"),
            (x, plot.top),
            (x, plot.bottom),
        ));
        let length = tick.label.chars().count() as f64 * CHAR_PX;
        let (at, anchor_end) = match x + 3.0 + length <= width {
            true => (x + 3.0, false),
            false if x - 3.0 - length > last_end => (x - 3.0, true),
            false => continue,
        };
        last_end = if anchor_end { at } else { at + length };
        let label = Element::new("text")
            .set("class", major("tick", "tick major"))
            .at("x", at)
            .at("y", plot.bottom + 16.0);
        let label = match anchor_end {
            true => label.set("text-anchor", "end"),
            false => label,
        };
        axis = axis.child(label.text(tick.label.clone()));
    }
    axis
}
