use super::story_view::StoryView;
use crate::browser::{closest, is_plain_click, HistoryMode};
use crate::markup::redraw;
use claimline_core::markup::nav::view_links;
use claimline_core::url_state::View;
use leptos::ev::MouseEvent;
use leptos::html::Ul;
use leptos::prelude::*;

/// The views, as real links that keep the rest of the state (filters, selection); the
/// current one is marked. A plain click switches in place and adds a history entry.
#[component]
pub fn ViewNav() -> impl IntoView {
    let view = StoryView::get();
    let links = NodeRef::<Ul>::new();
    Effect::new(move |_| {
        if let Some(links) = links.get() {
            view.state
                .with(|state| redraw(&links, &view_links(state), &["data-view"]));
        }
    });
    let on_click = move |event: MouseEvent| {
        let target = closest(&event, "a[data-view]")
            .and_then(|a| a.get_attribute("data-view"))
            .and_then(|key| View::from_key(&key));
        if let Some(target) = target.filter(|_| is_plain_click(&event)) {
            event.prevent_default();
            view.change(HistoryMode::Push, |s| s.view = target);
        }
    };
    view! {
        <nav class="views" aria-label="Views" on:click=on_click>
            <ul node_ref=links></ul>
        </nav>
    }
}
