use super::story_view::StoryView;
use crate::browser::{is_wide, target_element, HistoryMode};
use crate::markup::append;
use claimline_core::explore::{Facet, Filters};
use claimline_core::markup::facets::facet_groups;
use leptos::html::Details;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;

/// Search, the live count, clear-all and one group of checkboxes per facet, each value
/// with the number of claims it would give.
#[component]
pub fn Facets() -> impl IntoView {
    let view = StoryView::get();
    let total = view.story.claims.len();
    let count_text = move || {
        let shown = view.with_matches(<[usize]>::len);
        match shown == total {
            true => format!("All {total} claims"),
            false => format!("{shown} of {total} claims"),
        }
    };
    let on_search = move |event| {
        let query = event_target_value(&event);
        view.change(HistoryMode::Replace, |s| s.filters.query = query);
    };
    let clear = move |_| view.clear_filters();
    // The groups are built once; each change then sets every box and count in place.
    let groups = NodeRef::<Details>::new();
    let boxes = StoredValue::new_local(Vec::<(HtmlInputElement, web_sys::Element)>::new());
    Effect::new(move |_| {
        let Some(groups) = groups.get() else { return };
        if boxes.with_value(Vec::is_empty) {
            boxes.set_value(build_groups(view, &groups));
        }
        view.outcome.with(|outcome| {
            view.filters.with(|filters| {
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
    let on_change = move |event: web_sys::Event| {
        let Some(input) = target_element(&event) else {
            return;
        };
        let facet = input
            .get_attribute("data-facet")
            .and_then(|f| Facet::from_key(&f));
        if let (Some(facet), Some(value)) = (facet, input.get_attribute("data-value")) {
            view.change(HistoryMode::Push, |s| s.filters.toggle(facet, &value));
        }
    };
    view! {
        <aside class="facets" aria-label="Filters">
            <form role="search" on:submit=|event| event.prevent_default()>
                <label for="search">"Search statements and quotes"</label>
                <input
                    id="search"
                    type="search"
                    autocomplete="off"
                    prop:value=move || view.filters.with(|f| f.query.clone())
                    on:input=on_search
                />
            </form>
            <div class="tally">
                <p class="total" role="status">{count_text}</p>
                <button type="button" on:click=clear disabled=move || view.filters.with(Filters::is_empty)>
                    "Clear all"
                </button>
            </div>
            // Folded on a phone, so the claims come first; open beside the list.
            <details class="facet-groups" open=is_wide() node_ref=groups on:change=on_change>
                <summary>"Filter by claimant, side, relay, topic, article, verification"</summary>
            </details>
        </aside>
    }
}

/// Appends the facet groups after the summary and returns each box with its count.
fn build_groups(
    view: StoryView,
    holder: &web_sys::Element,
) -> Vec<(HtmlInputElement, web_sys::Element)> {
    append(holder, &facet_groups(view.explorer));
    let (Ok(inputs), Ok(counts)) = (
        holder.query_selector_all("input[data-facet]"),
        holder.query_selector_all(".count"),
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
