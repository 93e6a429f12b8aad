//! The state every view shares: the story, its filter index, and the reader's view of
//! it as the address bar holds it, with what derives from that.

use crate::browser::{closest, focus_after_render, is_plain_click, write_query, HistoryMode};
use claimline_core::explore::{Explorer, Filters, Outcome};
use claimline_core::markup::seam::{
    CLAIM_LINK, DATA_CLAIM, DATA_PAIR, DATA_QUANTITY, DATA_VIEW, DETAIL_HEADING, VIEW_LINK,
};
use claimline_core::model::{Claim, Story};
use claimline_core::url_state::{print, UrlState, View};
use leptos::ev::MouseEvent;
use leptos::prelude::*;

/// Copied into every component through context. The signal holds the whole view; the
/// memos let each part re-render only when its own slice changes.
#[derive(Clone, Copy)]
pub struct StoryView {
    pub story: &'static Story,
    /// The facet and search index: for the filters and the counts beside them.
    pub explorer: &'static Explorer,
    pub state: RwSignal<UrlState>,
    /// The view shown: claims list, timeline.
    pub current: Memo<View>,
    pub filters: Memo<Filters>,
    /// The filters applied: matching claims and per-option counts, in one pass.
    pub outcome: Memo<Outcome>,
    /// The selected claim's id, as the link gave it: it may name no claim.
    pub selected: Memo<Option<String>>,
    /// The view as it will be once a deferred change (the timeline's window while it
    /// moves) reaches the address bar: written before any other change, so none is lost.
    draft: StoredValue<Option<UrlState>>,
    /// The link that selected the claim shown: where focus returns when it closes.
    pub opener: StoredValue<Option<web_sys::Element>, LocalStorage>,
}

impl StoryView {
    pub fn new(story: &'static Story, explorer: &'static Explorer, initial: UrlState) -> StoryView {
        let state = RwSignal::new(initial);
        let current = Memo::new(move |_| state.with(|s| s.view));
        let filters = Memo::new(move |_| state.with(|s| s.filters.clone()));
        let outcome = Memo::new(move |_| filters.with(|f| explorer.apply(f)));
        let selected = Memo::new(move |_| state.with(|s| s.claim.clone()));
        StoryView {
            story,
            explorer,
            state,
            current,
            filters,
            outcome,
            selected,
            draft: StoredValue::new(None),
            opener: StoredValue::new_local(None),
        }
    }

    pub fn get() -> StoryView {
        expect_context::<StoryView>()
    }

    /// Reads the indices of the claims that pass the filters, in story order; tracks
    /// the filters.
    pub fn with_matches<R>(&self, read: impl FnOnce(&[usize]) -> R) -> R {
        self.outcome.with(|o| read(&o.matches))
    }

    /// The claim at a position in the story.
    pub fn claim(&self, index: usize) -> Option<&'static Claim> {
        self.story.claims.get(index)
    }

    /// The selected claim's position in the story; tracks the selection.
    pub fn selected_index(&self) -> Option<usize> {
        self.selected
            .with(|id| id.as_deref().and_then(|id| self.story.claim_index(id)))
    }

    /// Handles a plain click on a link to a claim (an `a` with `data-claim`, anywhere in
    /// the markup the event passed through): selects the claim in place and moves focus
    /// to its detail. Any other click is left to the browser: a new tab, a copy.
    pub fn follow_claim_link(&self, event: &MouseEvent) {
        let Some(link) = closest(event, CLAIM_LINK) else {
            return;
        };
        if is_plain_click(event) {
            event.prevent_default();
            let claim = link.get_attribute(DATA_CLAIM);
            self.opener.set_value(Some(link));
            self.select(claim);
            focus_after_render(format!("#{DETAIL_HEADING}"));
        }
    }

    /// Handles a plain click on a link to another view (an `a` with `data-view`, and
    /// `data-quantity` for a quantity of the Figures view, `data-pair` for a pair of
    /// the Compare view's texts): switches in place, keeping the rest of the state,
    /// and adds a history entry.
    pub fn follow_view_link(&self, event: &MouseEvent) {
        let Some(link) = closest(event, VIEW_LINK) else {
            return;
        };
        let target = link
            .get_attribute(DATA_VIEW)
            .and_then(|key| View::from_key(&key));
        if let Some(target) = target.filter(|_| is_plain_click(event)) {
            event.prevent_default();
            let quantity = link.get_attribute(DATA_QUANTITY);
            let pair = link.get_attribute(DATA_PAIR);
            self.change(HistoryMode::Push, |s| {
                s.view = target;
                if quantity.is_some() {
                    s.quantity = quantity;
                }
                if pair.is_some() {
                    s.articles = pair;
                }
            });
        }
    }

    /// The one way the view changes: applies an edit and writes it to the address bar.
    /// A deferred change is written first, into the entry it was made on.
    pub fn change(&self, mode: HistoryMode, edit: impl FnOnce(&mut UrlState)) {
        let current = self.state.get_untracked();
        let mut next = match self.draft.try_update_value(Option::take).flatten() {
            Some(draft) => {
                if mode == HistoryMode::Push && draft != current {
                    write_query(&print(&draft), HistoryMode::Replace);
                }
                draft
            }
            None => current.clone(),
        };
        edit(&mut next);
        if next != current {
            write_query(&print(&next), mode);
            self.state.set(next);
        }
    }

    /// Records a change for the address bar without writing it yet: for a value that
    /// moves many times a second. The next `change` or `settle` writes it.
    pub fn defer(&self, edit: impl FnOnce(&mut UrlState)) {
        let mut next = self
            .draft
            .with_value(Clone::clone)
            .unwrap_or_else(|| self.state.get_untracked());
        edit(&mut next);
        self.draft.set_value(Some(next));
    }

    /// Writes the deferred change, replacing the history entry.
    pub fn settle(&self) {
        self.change(HistoryMode::Replace, |_| {});
    }

    /// Shows the view the address bar holds now (Back, Forward). A deferred change still
    /// waiting belonged to the entry left behind and is dropped: history writes only the
    /// current entry, and by `popstate` that is the one arrived at. So only moves still
    /// streaming in (a wheel, a held key) wait; a step, or a drag let go, is written.
    pub fn restore(&self, state: UrlState) {
        self.draft.set_value(None);
        self.state.set(state);
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
