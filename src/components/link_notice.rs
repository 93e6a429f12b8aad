use super::delegate::Delegate;
use crate::browser::{action, element_by_id};
use crate::markup::fill;
use claimline_core::markup::notice::link_notice;
use claimline_core::markup::seam::{Action, NOTICE_HOLDER};
use leptos::prelude::*;

/// Tells the reader which parts of their link were left out, until dismissed. The
/// parts are the link's own text, so they are escaped like every story text.
#[component]
pub fn LinkNotice(ignored: RwSignal<Vec<String>>) -> impl IntoView {
    let delegate = Delegate::new();
    Effect::new(move |_| {
        if let Some(holder) = element_by_id(NOTICE_HOLDER) {
            ignored.with(|notes| fill(&holder, link_notice(notes).as_slice()));
            delegate.attach(&holder, &["click"], move |event| {
                if action(&event) == Some(Action::DismissNotice) {
                    ignored.set(Vec::new());
                }
            });
        }
    });
    view! { <div id=NOTICE_HOLDER></div> }
}
