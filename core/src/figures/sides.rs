//! How a side is told apart on the chart: a class for its colour, and a glyph whose
//! shape tells it without colour.

use crate::markup::Element;
use crate::model::Story;
use crate::words::coordinate;

/// Sides are told apart by a class for a colour (six, as the Compare view's highlights,
/// repeating after) and a glyph for its shape (eight, so the outlets' side, a story's
/// seventh, still has one of its own).
pub const SIDE_COLOURS: usize = 6;
pub const GLYPHS: usize = 8;
/// The class of the side at `side` in the story: its colour, as in the Compare view.
pub fn side_class(side: usize) -> String {
    format!("side-{}", side % SIDE_COLOURS)
}

/// The side an actor is on, by its place in the story's sides.
pub fn side_of_actor(story: &Story, actor: &str) -> Option<usize> {
    let actor = story.actor(actor)?;
    story.sides.iter().position(|s| s.id == actor.side)
}

/// A side's glyph, centred on `(x, y)`, for the side at `side` in the story: its shape
/// tells the sides apart without colour.
pub fn glyph(side: usize, x: f64, y: f64) -> Element {
    let c = coordinate;
    let d = match side % GLYPHS {
        0 => {
            return Element::new("circle")
                .set("class", "glyph")
                .at("cx", x)
                .at("cy", y)
                .set("r", "4")
        }
        // A square.
        1 => format!("M{} {}h7v7h-7Z", c(x - 3.5), c(y - 3.5)),
        // A diamond.
        2 => format!("M{} {}l5 5l-5 5l-5-5Z", c(x), c(y - 5.0)),
        // A four-pointed star.
        3 => format!(
            "M{} {}l1.5 3.5l3.5 1.5l-3.5 1.5l-1.5 3.5l-1.5-3.5l-3.5-1.5l3.5-1.5Z",
            c(x),
            c(y - 5.0)
        ),
        // A plus.
        4 => format!("M{} {}h3v3h3v3h-3v3h-3v-3h-3v-3h3Z", c(x - 1.5), c(y - 4.5)),
        // An hourglass.
        5 => format!("M{} {}h8l-8 8h8Z", c(x - 4.0), c(y - 4.0)),
        // A cross.
        6 => format!(
            "M{} {}l2 2l2-2l1.5 1.5l-2 2l2 2l-1.5 1.5l-2-2l-2 2l-1.5-1.5l2-2l-2-2Z",
            c(x - 2.0),
            c(y - 5.5)
        ),
        // A bow tie.
        _ => format!("M{} {}v8l8-8v8Z", c(x - 4.0), c(y - 4.0)),
    };
    Element::new("path").set("class", "glyph").set("d", d)
}
