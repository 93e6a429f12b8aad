use super::delegate::Delegate;
use super::story_view::StoryView;
use crate::browser::{as_click, element_by_id};
use crate::markup::redraw;
use claimline_core::markup::nav::view_links;
use claimline_core::markup::seam::{DATA_VIEW, VIEWS};
use leptos::prelude::*;

/// The views, as real links that keep the rest of the state (filters, selection); the
/// current one is marked. A plain click switches in place and adds a history entry.
#[component]
pub fn ViewNav() -> impl IntoView {
    let view = StoryView::get();
    let delegate = Delegate::new();
    Effect::new(move |_| {
        if let Some(links) = element_by_id(VIEWS) {
            view.state
                .with(|state| redraw(&links, &view_links(state), &[DATA_VIEW]));
            delegate.attach(&links, &["click"], move |event| {
                if let Some(click) = as_click(&event) {
                    view.follow_view_link(click);
                }
            });
        }
    });
    view! { <nav id=VIEWS class="views" aria-label="Views"></nav> }
}
