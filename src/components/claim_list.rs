use super::claim_card::ClaimCard;
use super::shared::Shared;
use leptos::prelude::*;

/// The claims that pass the filters, keyed by position in the story so a row whose claim
/// stays in the list is never re-rendered.
#[component]
pub fn ClaimList() -> impl IntoView {
    let shared = Shared::get();
    let clear = move |_| shared.clear_filters();
    view! {
        <section class="list" aria-labelledby="list-heading">
            <h2 id="list-heading" class="visually-hidden">"Claims"</h2>
            <Show when=move || shared.matches.with(Vec::is_empty)>
                <p class="empty">
                    "No claim matches these filters. "
                    <button type="button" on:click=clear>"Clear all filters"</button>
                </p>
            </Show>
            <ol class="claims">
                <For each=move || shared.matches.get() key=|index| *index let:index>
                    <ClaimCard index />
                </For>
            </ol>
        </section>
    }
}
