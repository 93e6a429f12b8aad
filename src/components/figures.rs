//! The Figures view. `claimline site` drew each quantity's view whole (`figures::
//! figures_page`); the page fetches the shown quantity's file when it is first asked
//! for, puts it in as it is, and then only shows, hides and marks its parts as the
//! reader filters and selects. One listener handles its links, buttons and keys and
//! shows a mark's tooltip.

use super::delegate::Delegate;
use super::published::{mark_out_of_articles, set, show_more, Files};
use super::story_view::StoryView;
use super::tooltip::{hide, show};
use crate::browser::{
    action, as_click, closest, element_by_id, focus, is_plain_click, select_all, HistoryMode,
};
use crate::data::named_file;
use crate::markup::fill;
use claimline_core::bounded::bounded;
use claimline_core::explore::Facet;
use claimline_core::figures::{file_for, step_among, Spot};
use claimline_core::markup::data_files::{loading, unreadable};
use claimline_core::markup::seam::{
    Action, DATA_CLAIM, DATA_QUANTITY, EMPTY, FIGURES_DATA, FIGURES_TABLE, FIGURES_TOOLTIP_HOLDER,
    FIGURES_VIEW, FIGURE_GLYPH, FIGURE_MARK, QUANTITY_LINK, ROVING_GROUP,
};
use claimline_core::markup::Element;
use claimline_core::timeline::step_for_key;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[component]
pub fn Figures() -> impl IntoView {
    let view = StoryView::get();
    let (delegate, files) = (Delegate::new(), Files::new());
    // The file in the view now, and a count "Show more" bumps.
    let shown_file = StoredValue::new_local(None::<String>);
    let more = RwSignal::new(0usize);
    Effect::new(move |_| {
        more.track();
        let Some(root) = element_by_id(FIGURES_VIEW) else {
            return;
        };
        let Some(list) = named_file(FIGURES_DATA, "content") else {
            return fill(
                &root,
                &[Element::new("p").text("This story counts nothing: it has no figures.")],
            );
        };
        let asked = view.state.with(|s| s.quantity.clone());
        let Some((_, file)) = file_for(&list, asked.as_deref()) else {
            return;
        };
        match files.get(file) {
            None => fill(&root, &[loading("the figures")]),
            Some(Err(failure)) => fill(&root, &[unreadable("The figures", Some(file), failure)]),
            Some(Ok(markup)) => {
                if shown_file.with_value(|f| f.as_deref() != Some(file)) {
                    root.set_inner_html(&markup);
                    shown_file.set_value(Some(file.to_owned()));
                }
                let selected = view.selected_index();
                // Each mark is one outlet's report: under the article filter, only the
                // chosen articles' reports show, whichever claims pass.
                view.filters.with(|filters| {
                    let chosen = filters.selected(Facet::Article);
                    view.with_matches(|m| mark_out_of_articles(&root, m, selected, chosen))
                });
                // The notice for when the filters leave no figure, in place of the table.
                if let (Ok(Some(empty)), Some(table)) =
                    (root.query_selector(EMPTY), element_by_id(FIGURES_TABLE))
                {
                    set(&empty, "hidden", !table.has_attribute("hidden"), "");
                }
            }
        }
        delegate.attach(&root, EVENTS, move |event| handle(view, more, event));
    });
    view! { <div id=FIGURES_VIEW class="figures"></div> }
}

/// The events the view handles.
const EVENTS: &[&str] = &[
    "click",
    "keydown",
    "mouseover",
    "mouseleave",
    "focusin",
    "focusout",
];

fn handle(view: StoryView, more: RwSignal<usize>, event: web_sys::Event) {
    let mark = closest(&event, FIGURE_MARK);
    match event.type_().as_str() {
        "click" => {
            let Some(click) = as_click(&event) else {
                return;
            };
            view.follow_claim_link(click);
            match action(&event) {
                Some(Action::ShowMore) if show_more(&event) => more.update(|n| *n += 1),
                Some(Action::ClearFilters) => view.clear_filters(),
                _ => {}
            }
            let quantity =
                closest(&event, QUANTITY_LINK).and_then(|a| a.get_attribute(DATA_QUANTITY));
            if let Some(quantity) = quantity.filter(|_| is_plain_click(click)) {
                event.prevent_default();
                view.change(HistoryMode::Push, |s| s.quantity = Some(quantity));
            }
        }
        "keydown" => {
            if let Some(mark) = mark {
                step_from(&mark, &event);
            }
        }
        "mouseover" | "focusin" => match mark {
            Some(mark) => show_tooltip(view, &mark),
            None => hide_tooltip(),
        },
        _ => hide_tooltip(),
    }
}

/// Moves keyboard focus from `mark` to the mark of its chart an arrow, Home or End
/// leads to, and makes that the chart's one tab stop.
fn step_from(mark: &web_sys::Element, event: &web_sys::Event) {
    let Some(step) = event
        .dyn_ref::<web_sys::KeyboardEvent>()
        .and_then(|key| step_for_key(&key.key()))
    else {
        return;
    };
    let Some(chart) = mark.closest(ROVING_GROUP).ok().flatten() else {
        return;
    };
    event.prevent_default();
    let marks: Vec<web_sys::Element> = select_all(&chart, FIGURE_MARK)
        .into_iter()
        .filter(|m| !m.has_attribute("hidden"))
        .collect();
    let spots: Vec<Spot> = marks
        .iter()
        .map(|m| {
            let glyph = m
                .query_selector(FIGURE_GLYPH)
                .ok()
                .flatten()
                .unwrap_or_else(|| m.clone());
            let at = glyph.get_bounding_client_rect();
            Spot {
                x: at.x() + at.width() / 2.0,
                y: at.y() + at.height() / 2.0,
            }
        })
        .collect();
    let Some(from) = marks.iter().position(|m| m == mark) else {
        return;
    };
    let Some(next) = step_among(&spots, from, step).and_then(|to| marks.get(to)) else {
        return;
    };
    let _ = mark.set_attribute("tabindex", "-1");
    let _ = next.set_attribute("tabindex", "0");
    focus(next);
}

/// The figure as its mark names it, and the claim, just below the mark, kept within
/// the chart.
fn show_tooltip(view: StoryView, mark: &web_sys::Element) {
    let Some(holder) = element_by_id(FIGURES_TOOLTIP_HOLDER) else {
        return;
    };
    let claim = mark
        .get_attribute(DATA_CLAIM)
        .and_then(|id| view.story.claim(&id));
    let (Some(claim), Some(plot)) = (claim, holder.parent_element()) else {
        return hide(&holder);
    };
    let content = Element::new("div")
        .set("class", "tooltip")
        .set("aria-hidden", "true")
        .child(
            Element::new("p")
                .set("class", "tooltip-figure")
                .text(mark.get_attribute("aria-label").unwrap_or_default()),
        )
        .child(
            Element::new("p")
                .set("class", "tooltip-statement")
                .text(&*claim.statement),
        );
    let (frame, at) = (
        plot.get_bounding_client_rect(),
        mark.get_bounding_client_rect(),
    );
    let left = bounded(
        at.left() - frame.left(),
        0.0,
        frame.width() - TOOLTIP_WIDTH_PX,
    );
    show(&holder, content, left, at.bottom() - frame.top());
}

/// The tooltip's widest in the stylesheet, to keep it inside the chart.
const TOOLTIP_WIDTH_PX: f64 = 280.0;

fn hide_tooltip() {
    if let Some(holder) = element_by_id(FIGURES_TOOLTIP_HOLDER) {
        hide(&holder);
    }
}
