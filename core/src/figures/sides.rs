//! How a side is told apart on the chart: a class for its colour, and a glyph whose
//! shape tells it without colour.

use crate::markup::Element;
use crate::model::Story;
use crate::words::coordinate;

/// Sides are told apart by a class for a colour (the style sheet's twelve, shared with
/// the Compare view's highlights) and a glyph for its shape, as many: past twelve both
/// repeat, and the side's name, always beside them, tells them apart.
pub const SIDE_COLOURS: usize = 12;
pub const GLYPHS: usize = 12;
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
        7 => format!("M{} {}v8l8-8v8Z", c(x - 4.0), c(y - 4.0)),
        // A triangle, point up.
        8 => format!("M{} {}l5 9h-10Z", c(x), c(y - 5.0)),
        // A triangle, point down.
        9 => format!("M{} {}h10l-5 9Z", c(x - 5.0), c(y - 4.0)),
        // A house: a square with a pointed top.
        10 => format!("M{} {}l4-4l4 4v5h-8Z", c(x - 4.0), c(y - 1.0)),
        // A bar, wider than high.
        _ => format!("M{} {}h11v5h-11Z", c(x - 5.5), c(y - 2.5)),
    };
    Element::new("path").set("class", "glyph").set("d", d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn twelve_sides_have_a_colour_and_a_shape_each_then_both_repeat() {
        let classes: Vec<String> = (0..12).map(side_class).collect();
        let expected: Vec<String> = (0..12).map(|i| format!("side-{i}")).collect();
        assert_eq!(classes, expected);
        // A glyph drawn at the origin is its shape alone.
        let shape = |side: usize| {
            let drawn = glyph(side, 0.0, 0.0);
            format!("{}{:?}", drawn.tag, drawn.attribute("d"))
        };
        let shapes: Vec<String> = (0..12).map(shape).collect();
        for (i, a) in shapes.iter().enumerate() {
            for (j, b) in shapes.iter().enumerate().skip(i + 1) {
                assert_ne!(a, b, "sides {i} and {j} share a glyph");
            }
        }
        assert_eq!(side_class(12), "side-0");
        assert_eq!(shape(12), shapes[0]);
        assert_eq!(shape(23), shapes[11]);
    }
}
