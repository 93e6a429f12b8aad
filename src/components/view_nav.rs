use super::story_view::StoryView;
use crate::browser::{is_plain_click, HistoryMode};
use claimline_core::url_state::{href, UrlState, View};
use claimline_core::words::view_title;
use leptos::ev::MouseEvent;
use leptos::prelude::*;

/// The views, as real links that keep the rest of the state (filters, selection); the
/// current one is marked. A plain click switches in place and adds a history entry.
#[component]
pub fn ViewNav() -> impl IntoView {
    let view = StoryView::get();
    let links = View::ALL
        .into_iter()
        .map(|target| {
            let link = move || {
                view.state.with(|state| {
                    href(&UrlState {
                        view: target,
                        ..state.clone()
                    })
                })
            };
            let current = move || (view.current.get() == target).then_some("page");
            let on_click = move |event: MouseEvent| {
                if is_plain_click(&event) {
                    event.prevent_default();
                    view.change(HistoryMode::Push, |s| s.view = target);
                }
            };
            view! {
                <li><a href=link aria-current=current on:click=on_click>{view_title(target)}</a></li>
            }
        })
        .collect_view();
    view! {
        <nav class="views" aria-label="Views">
            <ul>{links}</ul>
        </nav>
    }
}
