use super::shared::Shared;
use crate::model::Claim;
use leptos::ev::MouseEvent;
use leptos::prelude::*;

/// A real link to one claim (`?claim=id`): it opens in a new tab and copies as a link
/// address; a plain click selects the claim in place and moves focus to its detail.
#[component]
pub fn ClaimLink(claim: &'static Claim, children: Children) -> impl IntoView {
    let shared = Shared::get();
    let id = claim.id.as_str();
    let is_selected = move || shared.selected.with(|s| s.as_deref() == Some(id));
    let on_click = move |event: MouseEvent| {
        let modified = event.ctrl_key() || event.meta_key() || event.shift_key() || event.alt_key();
        if event.button() != 0 || modified {
            return;
        }
        event.prevent_default();
        shared.select(Some(id.to_owned()));
        focus_detail();
    };
    view! {
        <a href=format!("?claim={id}") aria-current=move || is_selected().then_some("true") on:click=on_click>
            {children()}
        </a>
    }
}

/// Moves focus to the detail heading once it has rendered, so keyboard and screen-reader
/// users land on what they selected.
pub fn focus_detail() {
    request_animation_frame(|| {
        if let Some(heading) = document().get_element_by_id(super::claim_detail::HEADING_ID) {
            if let Ok(heading) = leptos::wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(heading) {
                let _ = heading.focus();
            }
        }
    });
}
