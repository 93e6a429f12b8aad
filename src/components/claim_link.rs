use super::dom_ids::DETAIL_HEADING;
use super::story_view::StoryView;
use crate::browser::{focus_after_render, is_plain_click};
use claimline_core::model::Claim;
use claimline_core::url_state::claim_link;
use leptos::ev::MouseEvent;
use leptos::prelude::*;

/// A real link to one claim: it opens in a new tab and copies as a link address; a
/// plain click selects the claim in place and moves focus to its detail.
#[component]
pub fn ClaimLink(claim: &'static Claim, children: Children) -> impl IntoView {
    let view = StoryView::get();
    let id: &'static str = &claim.id;
    let on_click = move |event: MouseEvent| {
        if !is_plain_click(&event) {
            return;
        }
        event.prevent_default();
        view.select(Some(id.to_owned()));
        focus_after_render(format!("#{DETAIL_HEADING}"));
    };
    view! {
        <a href=claim_link(id) aria-current=move || view.is_selected(id).then_some("true") on:click=on_click>
            {children()}
        </a>
    }
}
