use super::story_view::StoryView;
use crate::markup::{build, HTML};
use claimline_core::explore::paging::{row_edits, rows_to_show, RowEdit};
use claimline_core::markup::card::card;
use claimline_core::words::group_thousands;
use leptos::html::Ol;
use leptos::prelude::*;

/// Rows added at a time: enough to read on, few enough that a filter change on a
/// story of thousands of claims still redraws within a frame.
const PAGE: usize = 100;

/// The claims that pass the filters, a page at a time. Each row is built once from the
/// core's markup and kept, so a filter change only inserts and removes rows.
#[component]
pub fn ClaimList() -> impl IntoView {
    let view = StoryView::get();
    let selected_index = untrack(|| view.selected_index());
    let limit = RwSignal::new(
        view.matches
            .with_untracked(|m| rows_to_show(m, selected_index, PAGE)),
    );
    let hidden = move || view.matches.with(Vec::len).saturating_sub(limit.get());
    let more_label = move || {
        let next = hidden().min(PAGE);
        format!(
            "Show {next} more ({} not shown)",
            group_thousands(hidden() as u64)
        )
    };
    let clear = move |_| view.clear_filters();
    let list = NodeRef::<Ol>::new();
    let rows = StoredValue::new_local(Rows::new(view.story.claims.len()));
    Effect::new(move |_| {
        let Some(list) = list.get() else { return };
        let wanted = view
            .matches
            .with(|m| m.iter().take(limit.get()).copied().collect::<Vec<_>>());
        let selected = view.selected_index();
        rows.update_value(|rows| rows.show(view, &list, wanted, selected));
    });
    view! {
        <section class="list" aria-labelledby="list-heading">
            <h2 id="list-heading" class="visually-hidden">"Claims"</h2>
            <Show when=move || view.matches.with(Vec::is_empty)>
                <p class="empty">
                    "No claim matches these filters. "
                    <button type="button" on:click=clear>"Clear all filters"</button>
                </p>
            </Show>
            <ol class="claims" node_ref=list on:click=move |e| { view.follow_claim_link(&e); }></ol>
            <Show when=move || { hidden() > 0 }>
                <button type="button" class="more" on:click=move |_| limit.update(|l| *l += PAGE)>
                    {more_label}
                </button>
            </Show>
        </section>
    }
}

/// The rows built so far, by claim index, and which are shown and selected.
struct Rows {
    built: Vec<Option<web_sys::Element>>,
    shown: Vec<usize>,
    selected: Option<usize>,
}

impl Rows {
    fn new(claims: usize) -> Rows {
        Rows {
            built: vec![None; claims],
            shown: Vec::new(),
            selected: None,
        }
    }

    /// Shows the `wanted` rows in `list`, marking the selected one.
    fn show(
        &mut self,
        view: StoryView,
        list: &web_sys::Element,
        wanted: Vec<usize>,
        selected: Option<usize>,
    ) {
        for edit in row_edits(&self.shown, &wanted) {
            match edit {
                RowEdit::Remove(row) => {
                    if let Some(Some(element)) = self.built.get(row) {
                        element.remove();
                    }
                }
                RowEdit::Insert { row, before } => {
                    let before = before.and_then(|b| self.built.get(b).cloned().flatten());
                    if let Some(element) = self.row(view, row) {
                        let _ = list.insert_before(&element, before.as_ref().map(AsRef::as_ref));
                    }
                }
            }
        }
        self.shown = wanted;
        for (row, is_selected) in [(self.selected, false), (selected, true)] {
            if let Some(Some(element)) = row.and_then(|r| self.built.get(r)) {
                mark_selected(element, is_selected);
            }
        }
        self.selected = selected;
    }

    /// The row for a claim, built on first use.
    fn row(&mut self, view: StoryView, index: usize) -> Option<web_sys::Element> {
        let slot = self.built.get_mut(index)?;
        if slot.is_none() {
            let claim = view.claim(index)?;
            *slot = build(&card(view.story, claim), HTML);
        }
        slot.clone()
    }
}

/// Marks a row and its link as the selected claim's, or clears the marks.
fn mark_selected(row: &web_sys::Element, selected: bool) {
    let _ = row.set_attribute("class", if selected { "claim selected" } else { "claim" });
    if let Ok(Some(link)) = row.query_selector("h3 a") {
        let _ = match selected {
            true => link.set_attribute("aria-current", "true"),
            false => link.remove_attribute("aria-current"),
        };
    }
}
