use super::shared::Shared;
use crate::browser::{is_wide, HistoryMode};
use crate::explore::{Facet, Filters};
use leptos::prelude::*;

/// Search, the live count, clear-all and one group of checkboxes per facet, each value
/// with the number of claims it would give.
#[component]
pub fn Facets() -> impl IntoView {
    let shared = Shared::get();
    let explorer = shared.explorer;
    let total = explorer.claims().len();
    let count_text = move || {
        let shown = shared.matches.with(Vec::len);
        match shown == total {
            true => format!("All {total} claims"),
            false => format!("{shown} of {total} claims"),
        }
    };
    let on_search = move |event| {
        let query = event_target_value(&event);
        shared.change(HistoryMode::Replace, |s| s.filters.query = query);
    };
    let clear = move |_| shared.clear_filters();
    let groups = Facet::ALL
        .into_iter()
        .map(|facet| {
            let options = explorer
                .options(facet)
                .iter()
                .enumerate()
                .map(|(index, option)| {
                    let value = option.value.as_str();
                    let input_id = format!("facet-{}-{value}", facet.key());
                    let count = move || shared.outcome.with(|o| o.counts.at(facet, index));
                    let checked = move || shared.filters.with(|f| f.is_selected(facet, value));
                    let toggle = move |_| shared.change(HistoryMode::Push, |s| s.filters.toggle(facet, value));
                    view! {
                        <li>
                            <input type="checkbox" id=input_id.clone() prop:checked=checked on:change=toggle />
                            <label for=input_id>
                                {option.label.clone()}
                                <span class="count">{count}</span>
                            </label>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <fieldset class=format!("facet facet-{}", facet.key())>
                    <legend>{facet.title()}</legend>
                    <ul>{options}</ul>
                </fieldset>
            }
        })
        .collect_view();
    view! {
        <aside class="facets" aria-label="Filters">
            <form role="search" on:submit=|event| event.prevent_default()>
                <label for="search">"Search statements and quotes"</label>
                <input
                    id="search"
                    type="search"
                    autocomplete="off"
                    prop:value=move || shared.filters.with(|f| f.query.clone())
                    on:input=on_search
                />
            </form>
            <div class="tally">
                <p class="total" role="status">{count_text}</p>
                <button type="button" on:click=clear disabled=move || shared.filters.with(Filters::is_empty)>
                    "Clear all"
                </button>
            </div>
            // Folded on a phone, so the claims come first; open beside the list.
            <details class="facet-groups" open=is_wide()>
                <summary>"Filter by claimant, side, relay, topic, article, verification"</summary>
                {groups}
            </details>
        </aside>
    }
}
