use super::claim_detail::HEADING_ID;
use super::shared::Shared;
use crate::model::Claim;
use leptos::ev::MouseEvent;
use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;

/// A real link to one claim (`?claim=id`): it opens in a new tab and copies as a link
/// address; a plain click selects the claim in place and moves focus to its detail.
#[component]
pub fn ClaimLink(claim: &'static Claim, children: Children) -> impl IntoView {
    let shared = Shared::get();
    let id: &'static str = &claim.id;
    let is_selected = move || shared.selected.with(|s| s.as_deref() == Some(id));
    let on_click = move |event: MouseEvent| {
        let modified = event.ctrl_key() || event.meta_key() || event.shift_key() || event.alt_key();
        if event.button() != 0 || modified {
            return;
        }
        event.prevent_default();
        shared.select(Some(id.to_owned()));
        focus_after_render(format!("#{HEADING_ID}"));
    };
    view! {
        <a href=format!("?claim={id}") aria-current=move || is_selected().then_some("true") on:click=on_click>
            {children()}
        </a>
    }
}

/// Moves focus, once the next render is done, to the first element matching `selector`:
/// the detail heading after a selection, the claim's own link after closing the detail,
/// so keyboard and screen-reader users stay where they acted.
pub fn focus_after_render(selector: String) {
    request_animation_frame(move || {
        let element = document().query_selector(&selector).ok().flatten();
        if let Some(element) = element.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = element.focus();
        }
    });
}
