//! What the chart's marks mean, in words beside it: each side's glyph, and how each
//! kind of figure and time is drawn. Colour is never the only cue.

use super::shape::ABOUT_BAND_PERCENT;
use super::sides::{glyph, side_class};
use crate::markup::Element;
use crate::model::Story;

/// The sides whose figures are drawn (positions in the story's sides), each with its
/// glyph and label; then the key to the shapes.
pub fn legend(story: &Story, sides: &[usize]) -> Element {
    let items = sides.iter().filter_map(|&position| {
        let side = story.sides.get(position)?;
        let swatch = Element::new("svg")
            .set("class", "glyph-key")
            .set("aria-hidden", "true")
            .set("width", "12")
            .set("height", "12")
            .set("viewBox", "-6 -6 12 12")
            .child(glyph(position, 0.0, 0.0));
        Some(
            Element::new("li")
                .set("class", side_class(position))
                .child(swatch)
                .text(format!(" {}", side.label)),
        )
    });
    Element::new("div")
        .set("class", "figures-legend")
        .child(
            Element::new("ul")
                .set("aria-label", "Sides, by colour and shape")
                .children(items),
        )
        .child(Element::new("p").text(format!(
            "Values rise on a log scale, so that tens and thousands both read. A dot is an exact figure; a bar, a range the source gives; an arrow to the edge, a bound the words leave open (“more than” up, “up to” and “nearly” down); a light band, the ±{ABOUT_BAND_PERCENT}% Claimline draws around “about”; a dashed box, the bounds Claimline gives vague words (“several hundred”: 200 to 999), not the source’s. A line across is a count over a period, with an arrow where the period is left open; a thin line, a date known only to a span. Inferred dates are drawn dashed."
        )))
}
