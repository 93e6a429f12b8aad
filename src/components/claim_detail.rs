use super::delegate::Delegate;
use super::story_view::StoryView;
use crate::browser::{
    absolute_url, action, as_click, can_share, closest, copy_text, focus_after_render, share,
    target_element,
};
use crate::markup::{fill, fill_nodes};
use claimline_core::markup::detail::{
    copy_status, detail, Copied, Offers, CLOSE, COPY_LINK, SHARE, SHOW_ALL,
};
use claimline_core::markup::ids::{claim_row, DETAIL, DETAIL_HEADING, LINK_FALLBACK};
use claimline_core::url_state::{print, View};
use leptos::ev::MouseEvent;
use leptos::html::Section;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

/// One panel for every view: everything about the selected claim, a notice when the
/// link names no such claim, or a hint. Its content is the core's markup, redrawn when
/// the selection changes; its buttons and links are handled here, once for all.
#[component]
pub fn ClaimDetail() -> impl IntoView {
    let view = StoryView::get();
    let panel = NodeRef::<Section>::new();
    let sharing = can_share();
    let on_click = move |event: &MouseEvent| {
        view.follow_claim_link(event);
        view.follow_view_link(event);
        let action = action(event);
        match action.as_deref() {
            Some(CLOSE) => {
                let closed = view.selected.get_untracked();
                view.select(None);
                if let Some(id) = closed {
                    focus_after_render(format!("#{} a", claim_row(&id)));
                }
            }
            Some(SHOW_ALL) => view.select(None),
            Some(COPY_LINK) => copy_link(view, closest(event, ".share")),
            Some(SHARE) => share_link(view),
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
    let delegate = Delegate::new();
    Effect::new(move |_| {
        let Some(panel) = panel.get() else { return };
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
        view.selected
            .with(|id| fill(&panel, &detail(view.story, id.as_deref(), offers)));
    });
    view! {
        <section id=DETAIL class="detail" aria-labelledby=DETAIL_HEADING node_ref=panel></section>
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
        let status = share_block.and_then(|b| b.query_selector(".share-status").ok().flatten());
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
