use super::story_view::StoryView;
use crate::browser::{absolute_url, can_share, copy_text, share};
use claimline_core::model::Claim;
use claimline_core::url_state::print;
use leptos::prelude::*;
use leptos::task::spawn_local;

#[derive(Clone, PartialEq)]
enum CopyState {
    Idle,
    Copied,
    /// The Clipboard API was refused: the link is shown to copy by hand.
    Refused(String),
}

/// Copy link (with a visible fallback when the clipboard is refused) and, where the
/// browser has Web Share, Share. The link carries the whole view: claim, filters, search.
#[component]
pub fn ShareLink(claim: &'static Claim) -> impl IntoView {
    let view = StoryView::get();
    let copy_state = RwSignal::new(CopyState::Idle);
    let link = move || absolute_url(&print(&view.state.get_untracked()));
    let copy = move |_| {
        let url = link();
        spawn_local(async move {
            let next = match copy_text(&url).await {
                Ok(()) => CopyState::Copied,
                Err(()) => CopyState::Refused(url),
            };
            copy_state.set(next);
        });
    };
    let share_button = can_share().then(|| {
        let title = claim.statement.clone();
        let on_share = move |_| {
            let (title, url) = (title.clone(), link());
            spawn_local(async move { share(&title, &url).await });
        };
        view! { <button type="button" on:click=on_share>"Share…"</button> }
    });
    let status = move || {
        match copy_state.get() {
            CopyState::Idle => ().into_any(),
            CopyState::Copied => "Link copied.".into_any(),
            CopyState::Refused(url) => view! {
                <label for="link-fallback">"Copying was refused; copy this link instead:"</label>
                <input id="link-fallback" type="text" readonly prop:value=url on:focus=|e| select_all(&e) />
            }
            .into_any(),
        }
    };
    view! {
        <div class="share">
            <button type="button" on:click=copy>"Copy link"</button>
            {share_button}
            <div class="share-status" role="status">{status}</div>
        </div>
    }
}

fn select_all(event: &leptos::ev::FocusEvent) {
    if let Some(input) = event
        .target()
        .and_then(|t| leptos::wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlInputElement>(t).ok())
    {
        input.select();
    }
}
