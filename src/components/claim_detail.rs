use super::delegate::Delegate;
use super::scheduled::Scheduled;
use super::story_view::StoryView;
use crate::browser::{action, as_click, can_share, element_by_id, focus, target_element};
use crate::markup::fill;
use claimline_core::markup::detail::{claim_address, detail, Offers};
use claimline_core::markup::seam::{
    links_to, Action, CLAIM_ADDRESS, DETAIL, DETAIL_HEADING, PANEL, PANEL_OPEN, TEXT_FIELD,
};
use claimline_core::url_state::View;
use leptos::ev::{KeyboardEvent, MouseEvent};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// One panel for every view: everything about the selected claim, a notice when the
/// link names no such claim, or a hint. Its content is the core's markup, redrawn when
/// the selection changes; its buttons and links are handled here, once for all.
#[component]
pub fn ClaimDetail() -> impl IntoView {
    let view = StoryView::get();
    let sharing = can_share();
    let on_click = move |event: &MouseEvent| {
        view.follow_claim_link(event);
        view.follow_view_link(event);
        // Copy and Share are page.js's: plain script costs the download less.
        if let Some(Action::CloseDetail | Action::ShowAllClaims) = action(event) {
            view.select(None);
        }
    };
    let (delegate, on_page) = (Delegate::new(), Delegate::new());
    let refocus = Scheduled::new();
    // Escape closes the claim, wherever focus is but in a field of its own.
    on_page.attach(&window(), &["keydown"], move |event| {
        let typing =
            target_element(&event).is_some_and(|t| t.closest(TEXT_FIELD).ok().flatten().is_some());
        let escape = event
            .dyn_ref::<KeyboardEvent>()
            .is_some_and(|k| k.key() == "Escape");
        if escape && !typing && view.selected.with_untracked(Option::is_some) {
            view.select(None);
        }
    });
    // The claim shown last, to give focus back when it closes.
    let shown = StoredValue::new(None::<usize>);
    Effect::new(move |_| {
        let selected = view.selected.get();
        let Some(panel) = element_by_id(DETAIL) else {
            return;
        };
        delegate.attach(&panel, &["click"], move |event| {
            if let Some(click) = as_click(&event) {
                on_click(click);
            }
        });
        let offers = Offers {
            share: sharing,
            compare: view.current.get() != View::Compare,
        };
        fill(&panel, &detail(view.story, selected.as_deref(), offers));
        if let Some(id) = selected.as_deref() {
            show_claim_address(&panel, id);
        }
        // Open, on a phone, is a sheet over the view, where the reader is.
        panel.set_class_name(if selected.is_some() {
            PANEL_OPEN
        } else {
            PANEL
        });
        let index = selected
            .as_deref()
            .and_then(|id| view.story.claim_index(id));
        if let (Some(closed), None) = (shown.get_value(), &selected) {
            refocus.next_frame(move || return_focus(view, &panel, closed));
        }
        shown.set_value(index);
    });
    view! {
        <section id=DETAIL class=PANEL aria-labelledby=DETAIL_HEADING></section>
    }
}

/// After the claim closed (Close, Escape, Back), focus goes back to what opened it, or
/// to the claim's own link in the view, unless the reader has moved it on already.
fn return_focus(view: StoryView, panel: &web_sys::Element, closed: usize) {
    let active = document().active_element();
    let body = document().body().map(web_sys::Element::from);
    let lost = active.is_none_or(|a| Some(&a) == body.as_ref() || panel.contains(Some(&a)));
    let Some(closed) = view.claim(closed).filter(|_| lost) else {
        return;
    };
    let opener = view
        .opener
        .try_update_value(Option::take)
        .flatten()
        .filter(|e| e.is_connected());
    // Ids in the story are plain (validated), so one makes a safe selector.
    let target = opener.or_else(|| {
        document()
            .query_selector(&links_to(&closed.id))
            .ok()
            .flatten()
    });
    if let Some(target) = target {
        focus(&target);
    }
}

/// The claim's own page in its printed citation, written out in full: only the page
/// knows the address it is served from.
fn show_claim_address(panel: &web_sys::Element, claim: &str) {
    let Ok(page) = window().location().href() else {
        return;
    };
    if let Ok(Some(link)) = panel.query_selector(&format!(".{CLAIM_ADDRESS}")) {
        link.set_text_content(Some(&claim_address(&page, claim)));
    }
}
