//! The Figures view as `claimline site` publishes it, and what the page reads of it:
//! each quantity's view drawn once, whole, with every figure; the page only shows,
//! hides and marks its parts as the reader filters and selects (`DATA_SHOWS`).

use super::view::{figures_view, no_figures, FiguresReading};
use crate::markup::card::more_button;
use crate::markup::Element;
use crate::model::Story;
use crate::url_state::{href, UrlState, View};

/// The chart's widths as published: for a wide column and for a phone. The page shows
/// the one that fits its column (a container query in the stylesheet).
pub const PUBLISHED_WIDTHS: [f64; 2] = [880.0, 340.0];

/// The Figures view of one quantity as `claimline site` publishes it: every figure,
/// nothing selected, each part standing for claims carrying their indices
/// (`DATA_SHOWS`) so that the page only shows, hides and marks it as the reader
/// filters and selects, with a notice for when the filters leave none and a button for
/// more table rows, both hidden.
pub fn figures_page(story: &Story, quantity: &str) -> Vec<Element> {
    let every: Vec<usize> = (0..story.claims.len()).collect();
    let quantity_href = |id: &str| {
        href(&UrlState {
            view: View::Figures,
            quantity: Some(id.to_owned()),
            ..UrlState::default()
        })
    };
    let reading = FiguresReading {
        matches: &every,
        quantity: Some(quantity),
        selected: None,
        widths: &PUBLISHED_WIDTHS,
        quantity_href: &quantity_href,
    };
    let mut parts = figures_view(story, &reading);
    // "Show more" right after the table, whose rows it adds to; then the notice.
    parts.push(more_button());
    parts.push(no_figures().set("hidden", ""));
    parts
}

/// The file of the quantity asked for, from the page's list (`quantity=path`, space-
/// separated, the default first): the quantity's own, else the default's. With the
/// quantity it is for.
pub fn file_for<'a>(list: &'a str, asked: Option<&str>) -> Option<(&'a str, &'a str)> {
    let files = || list.split(' ').filter_map(|pair| pair.split_once('='));
    files()
        .find(|(quantity, _)| Some(*quantity) == asked)
        .or_else(|| files().next())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_quantity_asked_for_gets_its_own_file_else_the_default() {
        let list = "killed=data/figures-1.html wounded=data/figures-2.html";
        assert_eq!(
            file_for(list, Some("wounded")),
            Some(("wounded", "data/figures-2.html"))
        );
        assert_eq!(
            file_for(list, None),
            Some(("killed", "data/figures-1.html"))
        );
        assert_eq!(
            file_for(list, Some("moon")),
            Some(("killed", "data/figures-1.html"))
        );
        assert_eq!(file_for("", Some("moon")), None);
    }
}
