use super::claim_card::ClaimCard;
use super::story_view::StoryView;
use claimline_core::explore::paging::rows_to_show;
use claimline_core::words::group_thousands;
use leptos::prelude::*;

/// Rows added at a time: enough to read on, few enough that a filter change on a
/// story of thousands of claims still redraws within a frame.
const PAGE: usize = 100;

/// The claims that pass the filters, a page at a time, keyed by position in the story
/// so a row whose claim stays in the list is never re-rendered.
#[component]
pub fn ClaimList() -> impl IntoView {
    let view = StoryView::get();
    let selected_index = view
        .selected
        .get_untracked()
        .and_then(|id| view.story.claims.iter().position(|c| c.id == id));
    let limit = RwSignal::new(
        view.matches
            .with_untracked(|m| rows_to_show(m, selected_index, PAGE)),
    );
    let rows = move || {
        view.matches
            .with(|m| m.iter().take(limit.get()).copied().collect::<Vec<_>>())
    };
    let hidden = move || view.matches.with(Vec::len).saturating_sub(limit.get());
    let more_label = move || {
        let next = hidden().min(PAGE);
        format!(
            "Show {next} more ({} not shown)",
            group_thousands(hidden() as u64)
        )
    };
    let clear = move |_| view.clear_filters();
    view! {
        <section class="list" aria-labelledby="list-heading">
            <h2 id="list-heading" class="visually-hidden">"Claims"</h2>
            <Show when=move || view.matches.with(Vec::is_empty)>
                <p class="empty">
                    "No claim matches these filters. "
                    <button type="button" on:click=clear>"Clear all filters"</button>
                </p>
            </Show>
            <ol class="claims">
                <For each=rows key=|index| *index let:index>
                    <ClaimCard index />
                </For>
            </ol>
            <Show when=move || { hidden() > 0 }>
                <button type="button" class="more" on:click=move |_| limit.update(|l| *l += PAGE)>
                    {more_label}
                </button>
            </Show>
        </section>
    }
}
