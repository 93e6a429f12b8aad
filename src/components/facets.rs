use super::delegate::Delegate;
use super::story_view::StoryView;
use crate::browser::{action, element_by_id, focus, is_wide, target_element, HistoryMode};
use crate::markup::{append, fill};
use claimline_core::explore::{Facet, Filters};
use claimline_core::markup::facets::{facet_groups, filters_frame};
use claimline_core::markup::seam::{
    Action, CLEAR_ALL, COLLAPSED, DATA_FACET, DATA_VALUE, FACET_BOX, FACET_COUNT, FACET_GROUP,
    FACET_HOLDER, FILTERS, FIRST_EXTRA_BOX, SEARCH, SEARCH_BOX, TALLY,
};
use claimline_core::words;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;

/// Search, the live count, clear-all and one group of checkboxes per facet, each value
/// with the number of claims it would give.
#[component]
pub fn Facets() -> impl IntoView {
    let view = StoryView::get();
    // The frame and groups are built once; each change then sets every box and count in
    // place.
    let boxes = StoredValue::new_local(Vec::<(HtmlInputElement, web_sys::Element)>::new());
    let delegate = Delegate::new();
    Effect::new(move |_| {
        let Some(aside) = element_by_id(FILTERS) else {
            return;
        };
        delegate.attach(&aside, EVENTS, move |event| handle(view, &event));
        if boxes.with_value(Vec::is_empty) {
            boxes.set_value(build_frame(view, &aside));
        }
        view.outcome.with(|outcome| {
            view.filters.with(|filters| {
                show_filters(
                    &aside,
                    filters,
                    outcome.matches.len(),
                    view.story.claims.len(),
                );
                boxes.with_value(|boxes| {
                    let options = Facet::ALL.into_iter().flat_map(|facet| {
                        let values = view.explorer.options(facet).iter().enumerate();
                        values.map(move |(index, option)| (facet, index, option))
                    });
                    for ((input, count), (facet, index, option)) in boxes.iter().zip(options) {
                        input.set_checked(filters.is_selected(facet, &option.value));
                        count.set_text_content(Some(&outcome.counts.at(facet, index).to_string()));
                    }
                });
            });
        });
    });
    view! { <aside id=FILTERS class="facets" aria-label="Filters"></aside> }
}

/// The search box holds the search (set only when it differs, so typing keeps its
/// caret), the tally counts the claims shown, and "Clear all" is offered only when
/// there is something to clear. Set in place: plain DOM calls cost the download less
/// than reactive attributes.
fn show_filters(aside: &web_sys::Element, filters: &Filters, shown: usize, total: usize) {
    let search = aside
        .query_selector(SEARCH_BOX)
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<HtmlInputElement>().ok());
    if let Some(search) = search.filter(|s| s.value() != filters.query) {
        search.set_value(&filters.query);
    }
    if let Ok(Some(tally)) = aside.query_selector(TALLY) {
        tally.set_text_content(Some(&words::tally(shown, total)));
    }
    if let Ok(Some(clear)) = aside.query_selector(CLEAR_ALL) {
        let _ = clear.toggle_attribute_with_force("disabled", filters.is_empty());
    }
}

/// The events the filters handle, all on their frame.
const EVENTS: &[&str] = &["submit", "input", "click", "change"];

/// Typing in the search box searches (rewriting the history entry), a checkbox toggles
/// its value, "Clear all" clears; the form is never sent.
fn handle(view: StoryView, event: &web_sys::Event) {
    let Some(target) = target_element(event) else {
        return;
    };
    match &*event.type_() {
        "submit" => event.prevent_default(),
        "input" if target.id() == SEARCH => {
            let query = target
                .dyn_ref::<HtmlInputElement>()
                .map(HtmlInputElement::value)
                .unwrap_or_default();
            view.change(HistoryMode::Replace, |s| s.filters.query = query);
        }
        "click" => match action(event) {
            Some(Action::ClearFilters) => view.clear_filters(),
            Some(Action::ShowAllValues) => show_all_values(&target),
            _ => {}
        },
        "change" => {
            let facet = target
                .get_attribute(DATA_FACET)
                .and_then(|f| Facet::from_key(&f));
            if let (Some(facet), Some(value)) = (facet, target.get_attribute(DATA_VALUE)) {
                view.change(HistoryMode::Push, |s| s.filters.toggle(facet, &value));
            }
        }
        _ => {}
    }
}

/// Shows every value of the facet whose "Show all" was pressed, and moves focus to the
/// first value it brought in, as the button it was on goes.
fn show_all_values(button: &web_sys::Element) {
    let Some(group) = button.closest(FACET_GROUP).ok().flatten() else {
        return;
    };
    let _ = group.class_list().remove_1(COLLAPSED);
    if let Ok(Some(first)) = group.query_selector(FIRST_EXTRA_BOX) {
        focus(&first);
    }
    button.remove();
}

/// Draws the frame, with the facet groups after the summary (open beside the list,
/// folded on a phone), and returns each box with its count.
fn build_frame(
    view: StoryView,
    aside: &web_sys::Element,
) -> Vec<(HtmlInputElement, web_sys::Element)> {
    fill(aside, &filters_frame());
    let Ok(Some(holder)) = aside.query_selector(FACET_HOLDER) else {
        return Vec::new();
    };
    if is_wide() {
        let _ = holder.set_attribute("open", "");
    }
    append(&holder, &facet_groups(view.explorer));
    let (Ok(inputs), Ok(counts)) = (
        holder.query_selector_all(FACET_BOX),
        holder.query_selector_all(FACET_COUNT),
    ) else {
        return Vec::new();
    };
    (0..inputs.length())
        .filter_map(|i| {
            let input = inputs.item(i)?.dyn_into::<HtmlInputElement>().ok()?;
            let count = counts.item(i)?.dyn_into::<web_sys::Element>().ok()?;
            Some((input, count))
        })
        .collect()
}
