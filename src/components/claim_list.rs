use super::delegate::Delegate;
use super::story_view::StoryView;
use crate::browser::{action, as_click, element_by_id};
use crate::markup::{fill, insert};
use claimline_core::explore::paging::{row_edits, rows_to_show, RowEdit, PAGE};
use claimline_core::markup::card::{card, list_frame, more_label};
use claimline_core::markup::seam::{
    Action, CLAIMS_LIST, EMPTY, LIST, LIST_HEADING, MORE, ROW, ROW_LINK, ROW_SELECTED,
};
use leptos::prelude::*;

/// The claims that pass the filters, a page at a time. The list is the core's markup:
/// each row is built once and kept, so a filter change only inserts and removes rows.
#[component]
pub fn ClaimList() -> impl IntoView {
    let view = StoryView::get();
    let selected_index = untrack(|| view.selected_index());
    let limit = RwSignal::new(untrack(|| {
        view.with_matches(|m| rows_to_show(m, selected_index, PAGE))
    }));
    let rows = StoredValue::new_local(None::<Rows>);
    let delegate = Delegate::new();
    Effect::new(move |_| {
        let Some(section) = element_by_id(CLAIMS_LIST) else {
            return;
        };
        delegate.attach(&section, &["click"], move |event| {
            if let Some(click) = as_click(&event) {
                view.follow_claim_link(click);
            }
            match action(&event) {
                Some(Action::ClearFilters) => view.clear_filters(),
                Some(Action::ShowMore) => limit.update(|l| *l += PAGE),
                _ => {}
            }
        });
        let (wanted, hidden) = view.with_matches(|m| {
            let shown = m.len().min(limit.get());
            (m[..shown].to_vec(), m.len() - shown)
        });
        let selected = view.selected_index();
        rows.update_value(|rows| {
            let rows = rows.get_or_insert_with(|| Rows::new(view, &section));
            rows.show(view, wanted, selected, hidden);
        });
    });
    view! { <section id=CLAIMS_LIST class="list" aria-labelledby=LIST_HEADING></section> }
}

/// The list's elements, the rows built so far (by claim index), and which are shown
/// and selected.
struct Rows {
    list: Option<web_sys::Element>,
    empty: Option<web_sys::Element>,
    more: Option<web_sys::Element>,
    built: Vec<Option<web_sys::Element>>,
    shown: Vec<usize>,
    selected: Option<usize>,
}

impl Rows {
    fn new(view: StoryView, section: &web_sys::Element) -> Rows {
        fill(section, &list_frame());
        let find = |selector: &str| section.query_selector(selector).ok().flatten();
        Rows {
            list: find(LIST),
            empty: find(EMPTY),
            more: find(MORE),
            built: vec![None; view.story.claims.len()],
            shown: Vec::new(),
            selected: None,
        }
    }

    /// Shows the `wanted` rows, marking the selected one, and says how many are hidden.
    fn show(
        &mut self,
        view: StoryView,
        wanted: Vec<usize>,
        selected: Option<usize>,
        hidden: usize,
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
                    self.insert(view, row, before.as_ref());
                }
            }
        }
        for (row, is_selected) in [(self.selected, false), (selected, true)] {
            if let Some(Some(element)) = row.and_then(|r| self.built.get(r)) {
                mark_selected(element, is_selected);
            }
        }
        if let Some(empty) = &self.empty {
            let _ = empty.toggle_attribute_with_force("hidden", !wanted.is_empty());
        }
        if let Some(more) = &self.more {
            let _ = more.toggle_attribute_with_force("hidden", hidden == 0);
            more.set_text_content(Some(&more_label(hidden, PAGE)));
        }
        self.shown = wanted;
        self.selected = selected;
    }

    /// Puts a claim's row back before `next` (at the end without one), building it
    /// on first use.
    fn insert(&mut self, view: StoryView, index: usize, next: Option<&web_sys::Element>) {
        let (Some(list), Some(slot)) = (&self.list, self.built.get_mut(index)) else {
            return;
        };
        match slot {
            Some(row) => {
                let _ = list.insert_before(row, next.map(AsRef::as_ref));
            }
            None => {
                if let Some(claim) = view.claim(index) {
                    *slot = insert(list, &card(view.story, claim), next);
                }
            }
        }
    }
}

/// Marks a row and its link as the selected claim's, or clears the marks.
fn mark_selected(row: &web_sys::Element, selected: bool) {
    let _ = row.set_attribute("class", if selected { ROW_SELECTED } else { ROW });
    if let Ok(Some(link)) = row.query_selector(ROW_LINK) {
        let _ = match selected {
            true => link.set_attribute("aria-current", "true"),
            false => link.remove_attribute("aria-current"),
        };
    }
}
