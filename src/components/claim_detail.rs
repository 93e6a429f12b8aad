use super::delegate::Delegate;
use super::scheduled::Scheduled;
use super::story_view::StoryView;
use crate::browser::{
    absolute_url, action, as_click, can_share, closest, copy_text, element_by_id, focus, share,
    target_element,
};
use crate::markup::{fill, fill_nodes};
use claimline_core::markup::detail::{copy_status, detail, Copied, Offers};
use claimline_core::markup::seam::{
    links_to, Action, DETAIL, DETAIL_HEADING, LINK_FALLBACK, PANEL, PANEL_OPEN, SHARE_BLOCK,
    SHARE_STATUS, TEXT_FIELD,
};
use claimline_core::url_state::{print, View};
use leptos::ev::{KeyboardEvent, MouseEvent};
use leptos::prelude::*;
use leptos::task::spawn_local;
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
        match action(event) {
            Some(Action::CloseDetail | Action::ShowAllClaims) => view.select(None),
            Some(Action::CopyLink) => copy_link(view, closest(event, SHARE_BLOCK)),
            Some(Action::Share) => share_link(view),
            _ => {}
        }
    };
    // The link shown to copy by hand is selected whole, ready to copy.
    let on_focus = move |event: &web_sys::Event| {
        let input = target_element(event)
            .filter(|target| target.id() == LINK_FALLBACK)
            .and_then(|i| i.dyn_into::<web_sys::HtmlInputElement>().ok());
        if let Some(input) = input {
            input.select();
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
        delegate.attach(&panel, &["click", "focusin"], move |event| {
            match as_click(&event) {
                Some(click) => on_click(click),
                None => on_focus(&event),
            }
        });
        let offers = Offers {
            share: sharing,
            compare: view.current.get() != View::Compare,
        };
        fill(&panel, &detail(view.story, selected.as_deref(), offers));
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

/// The link to the whole view: claim, filters, search.
fn link(view: StoryView) -> String {
    absolute_url(&print(&view.state.get_untracked()))
}

/// Copies the link, then says so in the share block's status line, or shows the link
/// to copy by hand when the clipboard is refused.
fn copy_link(view: StoryView, share_block: Option<web_sys::Element>) {
    let url = link(view);
    spawn_local(async move {
        let copied = match copy_text(&url).await {
            Ok(()) => Copied::Done,
            Err(()) => Copied::Refused(url),
        };
        let status = share_block.and_then(|b| b.query_selector(SHARE_STATUS).ok().flatten());
        if let Some(status) = status {
            fill_nodes(&status, &copy_status(&copied));
        }
    });
}

fn share_link(view: StoryView) {
    let title = view
        .selected
        .with_untracked(|id| id.as_deref().and_then(|id| view.story.claim(id)))
        .map_or_else(String::new, |claim| claim.statement.to_string());
    let url = link(view);
    spawn_local(async move { share(&title, &url).await });
}
