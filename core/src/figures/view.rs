//! The Figures view's content, the one call the page makes to draw it, and the tooltip
//! of a mark.

use super::chart::{chart, ChartInput};
use super::control::quantity_links;
use super::disagree::disagreements;
use super::legend::legend;
use super::plotted::{placement, Placement, Report};
use super::quantities::{chosen_quantity, quantity_counts};
use super::report::given;
use super::table::table;
use super::wording::{disagreement_sentences, figure_words, same_source_sentences};
use super::wording::{PAIRS_NAMED, PAIRS_PUBLISHED};
use crate::explore::paging::PAGE;
use crate::markup::card::claim_anchor;
use crate::markup::published::indices;
use crate::markup::seam::{
    Action, DATA_ACTION, DATA_PAGE, DATA_REPORTED_IN, DATA_SHOWS, FIGURES_TOOLTIP_HOLDER,
};
use crate::markup::Element;
use crate::model::Story;

/// What the view is drawn for: the claims passing the filters (story indices,
/// ascending), the quantity asked for (`None`, or one the story does not know: the
/// default), the selected claim, the widths to draw the chart at (one chart each, for
/// the stylesheet to choose from), and how to write the address of the view showing
/// another quantity.
pub struct FiguresReading<'a> {
    pub matches: &'a [usize],
    pub quantity: Option<&'a str>,
    pub selected: Option<usize>,
    pub widths: &'a [f64],
    pub quantity_href: &'a dyn Fn(&str) -> String,
}

/// The view: its heading, the quantities, the chart (or why there is none), what
/// cannot all be true, the sources outlets give different numbers, the key, the
/// reports not placed in time, and the table.
pub fn figures_view(story: &Story, reading: &FiguresReading) -> Vec<Element> {
    let mut parts = vec![Element::new("h2").text("Figures")];
    let counts = quantity_counts(story, reading.matches);
    let Some(quantity) = chosen_quantity(story, reading.quantity) else {
        parts.push(Element::new("p").text("This story counts nothing: it has no figures."));
        return parts;
    };
    parts.push(quantity_links(
        &counts,
        Some(quantity),
        reading.quantity_href,
    ));
    let label = story.quantity_label(quantity).unwrap_or(quantity);
    parts.push(Element::new("h3").text(label));
    let found = placement(story, reading.matches, quantity);
    let rows: Vec<Report> = found.rows().collect();
    if rows.is_empty() {
        parts.push(no_figures());
        return parts;
    }
    let disagreeing = disagreements(story, &found.plotted, reading.selected, PAIRS_PUBLISHED);
    if !found.plotted.is_empty() {
        // The tooltip's holder beside the charts, which places it over the marks.
        let charts = reading.widths.iter().map(|&width| {
            chart(&ChartInput {
                story,
                plotted: &found.plotted,
                involved: &disagreeing.involved,
                selected: reading.selected,
                width,
                quantity: label,
            })
        });
        parts.push(
            Element::new("div")
                .set("class", "figures-plot")
                .children(charts)
                .child(
                    Element::new("div")
                        .set("id", FIGURES_TOOLTIP_HOLDER)
                        .set("class", "tooltip-holder"),
                ),
        );
    }
    let sentences = disagreement_sentences(story, &found.plotted, &disagreeing);
    parts.extend(note(story, "disagreements", sentences));
    let same_source = same_source_sentences(story, &rows, PAIRS_PUBLISHED);
    parts.extend(note(story, "same-source", same_source));
    if !found.plotted.is_empty() {
        parts.push(legend(story, &sides_drawn(story, &found)));
    }
    parts.extend(unplaced(story, &found));
    parts.push(table(story, &rows, reading.selected));
    parts
}

/// Sentences in a note, each naming reports shown only when they all are; `None`
/// without any.
fn note(
    story: &Story,
    class: &'static str,
    sentences: Vec<(String, Vec<Report>)>,
) -> Option<Element> {
    (!sentences.is_empty()).then(|| {
        Element::new("div")
            .set("class", class)
            .set("role", "note")
            .set(DATA_PAGE, PAIRS_NAMED.to_string())
            .children(sentences.into_iter().map(|(text, reports)| {
                let sentence = Element::new("p").text(text);
                match reports.is_empty() {
                    true => sentence,
                    false => standing_for(story, sentence, &reports),
                }
            }))
    })
}

/// A part standing for reports: it shows when the filters let all their claims through
/// and, under the article filter, all their articles.
fn standing_for(story: &Story, part: Element, reports: &[Report]) -> Element {
    let mut claims: Vec<usize> = Vec::new();
    let mut articles: Vec<&str> = Vec::new();
    for &report in reports {
        if !claims.contains(&report.0) {
            claims.push(report.0);
        }
        let article = given(story, report).map(|g| &*g.appearance.article);
        if let Some(article) = article.filter(|a| !articles.contains(a)) {
            articles.push(article);
        }
    }
    part.set(DATA_SHOWS, indices(&claims))
        .set(DATA_REPORTED_IN, articles.join(" "))
}

/// What the view says when the filters leave no figure of the quantity, with the ways
/// out.
pub(super) fn no_figures() -> Element {
    Element::new("p")
        .set("class", "empty")
        .text("No figures of this quantity pass the filters. ")
        .child(
            Element::new("button")
                .set("type", "button")
                .set(DATA_ACTION, Action::ClearFilters.key())
                .text("Clear all filters"),
        )
        .text(" or choose another quantity above.")
}

/// The positions in the story's sides of the sides whose figures are drawn, in order.
fn sides_drawn(story: &Story, found: &Placement) -> Vec<usize> {
    let mut sides: Vec<usize> = Vec::new();
    for plotted in &found.plotted {
        let side = given(story, plotted.report()).and_then(|g| g.side(story));
        if let Some(side) = side.filter(|s| !sides.contains(s)) {
            sides.push(side);
        }
    }
    crate::small_sort::sort_by(&mut sides, |a, b| a.cmp(b));
    sides
}

/// The reports with no date, in words under the chart.
fn unplaced(story: &Story, found: &Placement) -> Option<Element> {
    let items: Vec<Element> = found
        .unplaced
        .iter()
        .filter_map(|&report| {
            let given = given(story, report)?;
            let item = Element::new("li")
                .text(format!(
                    "{}: {} — ",
                    given.reporter(story),
                    figure_words(given.figure)
                ))
                .child(claim_anchor(given.claim));
            Some(standing_for(story, item, &[report]))
        })
        .collect();
    (!items.is_empty()).then(|| {
        Element::new("div")
            .set("class", "unplaced")
            .set(DATA_PAGE, PAGE.to_string())
            .child(Element::new("p").text("Not placed in time, as their claims give no date:"))
            .child(Element::new("ul").children(items))
    })
}
