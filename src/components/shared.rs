//! The state every component shares: the story and the view in the address bar.

use crate::browser::{write_query, HistoryMode};
use crate::explore::{Explorer, Filters, Outcome};
use crate::url_state::{print, UrlState};
use leptos::prelude::*;

/// Copied into every component through context. The signal holds the whole view; the
/// memos let each part re-render only when its own slice changes.
#[derive(Clone, Copy)]
pub struct Shared {
    pub explorer: &'static Explorer<'static>,
    pub state: RwSignal<UrlState>,
    pub filters: Memo<Filters>,
    /// The filters applied: matching claims and per-option counts, in one pass.
    pub outcome: Memo<Outcome>,
    /// Indices of the claims that pass the filters.
    pub matches: Memo<Vec<usize>>,
    pub selected: Memo<Option<String>>,
}

impl Shared {
    pub fn new(explorer: &'static Explorer<'static>, initial: UrlState) -> Shared {
        let state = RwSignal::new(initial);
        let filters = Memo::new(move |_| state.with(|s| s.filters.clone()));
        let outcome = Memo::new(move |_| filters.with(|f| explorer.apply(f)));
        let matches = Memo::new(move |_| outcome.with(|o| o.matches.clone()));
        let selected = Memo::new(move |_| state.with(|s| s.claim.clone()));
        Shared {
            explorer,
            state,
            filters,
            outcome,
            matches,
            selected,
        }
    }

    pub fn get() -> Shared {
        expect_context::<Shared>()
    }

    /// Applies an edit to the view and writes it to the address bar.
    pub fn change(&self, mode: HistoryMode, edit: impl FnOnce(&mut UrlState)) {
        let mut next = self.state.get_untracked();
        edit(&mut next);
        if next != self.state.get_untracked() {
            write_query(&print(&next), mode);
            self.state.set(next);
        }
    }

    /// Drops every filter and the search, adding a history entry.
    pub fn clear_filters(&self) {
        self.change(HistoryMode::Push, |s| s.filters = Filters::default());
    }

    /// Selects a claim (or none), adding a history entry so Back returns to the last one.
    pub fn select(&self, claim: Option<String>) {
        self.change(HistoryMode::Push, |s| s.claim = claim);
    }
}
