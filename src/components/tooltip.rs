//! A tooltip beside a mark, for the timeline and the figures: the core's markup put in
//! its holder and placed through the style object (the page's policy refuses style
//! attributes). For the eye only: the mark's accessible name carries the same words.

use crate::markup::fill;
use claimline_core::markup::Element;
use claimline_core::words::coordinate;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

/// Shows `content` in `holder`, its corner at (`left`, `top`) pixels in the holder's
/// positioned parent.
pub fn show(holder: &web_sys::Element, content: Element, left: f64, top: f64) {
    fill(holder, &[content]);
    let Some(tip) = holder
        .first_element_child()
        .and_then(|tip| tip.dyn_into::<HtmlElement>().ok())
    else {
        return;
    };
    let style = tip.style();
    for (property, value) in [("left", left), ("top", top)] {
        let _ = style.set_property(property, &(coordinate(value) + "px"));
    }
}

pub fn hide(holder: &web_sys::Element) {
    holder.set_text_content(None);
}
