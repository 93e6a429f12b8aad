use super::story_view::StoryView;
use crate::browser::{is_wide, HistoryMode};
use claimline_core::explore::{Facet, Filters};
use claimline_core::words::facet_title;
use leptos::prelude::*;

/// Search, the live count, clear-all and one group of checkboxes per facet, each value
/// with the number of claims it would give.
#[component]
pub fn Facets() -> impl IntoView {
    let view = StoryView::get();
    let explorer = view.explorer;
    let total = view.story.claims.len();
    let count_text = move || {
        let shown = view.matches.with(Vec::len);
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
                    let count = move || view.outcome.with(|o| o.counts.at(facet, index));
                    let checked = move || view.filters.with(|f| f.is_selected(facet, value));
                    let toggle = move |_| view.change(HistoryMode::Push, |s| s.filters.toggle(facet, value));
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
                    <legend>{facet_title(facet)}</legend>
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
            <details class="facet-groups" open=is_wide()>
                <summary>"Filter by claimant, side, relay, topic, article, verification"</summary>
                {groups}
            </details>
        </aside>
    }
}
