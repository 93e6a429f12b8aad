use super::claim_detail::ClaimDetail;
use super::claim_detail::DETAIL_ID;
use super::claim_list::ClaimList;
use super::facets::Facets;
use super::link_notice::LinkNotice;
use super::shared::Shared;
use crate::browser::{current_query, is_wide};
use crate::explore::{article_name, Explorer};
use crate::model::BUNDLED;
use crate::url_state::{parse, reconcile, UrlState};
use leptos::prelude::*;

/// The page: the bundled story, explored. The story is a `static` checked by the tests,
/// so there is nothing to load and nothing that can fail to parse here.
#[component]
pub fn App() -> impl IntoView {
    // The index lives as long as the page: leaking it lets every view borrow it.
    let explorer: &'static Explorer<'static> = Box::leak(Box::new(Explorer::new(&BUNDLED)));
    view! { <Workspace explorer /> }
}

/// The page's view as the address bar gives it, with what could not be used.
fn state_from_address(explorer: &Explorer) -> (UrlState, Vec<String>) {
    let (mut state, mut ignored) = parse(&current_query());
    ignored.extend(reconcile(&mut state, explorer));
    (state, ignored)
}

#[component]
fn Workspace(explorer: &'static Explorer<'static>) -> impl IntoView {
    let (initial, ignored) = state_from_address(explorer);
    let shared = Shared::new(explorer, initial);
    provide_context(shared);
    let ignored = RwSignal::new(ignored);
    // Back and forward restore the view that was current then.
    let _ = window_event_listener(leptos::ev::popstate, move |_| {
        let (state, notes) = state_from_address(explorer);
        ignored.set(notes);
        shared.state.set(state);
    });
    bring_selection_into_view(shared);
    // The tab and history entries name the claim being read.
    Effect::new(move |_| {
        let claim = shared
            .selected
            .with(|id| id.as_deref().and_then(|id| explorer.story.claim(id)));
        let subject = claim.map_or(&explorer.story.title, |claim| &claim.statement);
        document().set_title(&format!("{subject} · Claimline"));
    });

    let story = &explorer.story;
    let sources = story
        .articles
        .iter()
        .map(|a| format!("{} ({})", article_name(story, &a.id), a.published))
        .collect::<Vec<_>>()
        .join("; ");
    view! {
        <header class="masthead">
            <p class="brand">"Claimline"</p>
            <h1>{story.title.clone()}</h1>
            <p class="sources">"Who claims what, from " {sources}</p>
        </header>
        <LinkNotice ignored />
        <div class="layout">
            <Facets />
            <main class="workspace">
                <ClaimList />
                <ClaimDetail />
            </main>
        </div>
    }
}

/// On arrival from a link naming a claim, brings it into view: its row in the list
/// when the detail sits beside the list, else the detail itself (or its "no such
/// claim" notice), which on a phone comes after the list.
fn bring_selection_into_view(shared: Shared) {
    let Some(id) = shared.selected.get_untracked() else {
        return;
    };
    request_animation_frame(move || {
        let (target, block) = match is_wide() {
            true => (
                format!("claim-{id}"),
                web_sys::ScrollLogicalPosition::Center,
            ),
            false => (DETAIL_ID.to_owned(), web_sys::ScrollLogicalPosition::Start),
        };
        if let Some(element) = document().get_element_by_id(&target) {
            let options = web_sys::ScrollIntoViewOptions::new();
            options.set_block(block);
            element.scroll_into_view_with_scroll_into_view_options(&options);
        }
    });
}
