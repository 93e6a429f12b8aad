use super::claim_detail::ClaimDetail;
use super::claim_list::ClaimList;
use super::facets::Facets;
use super::notices::Notices;
use super::shared::Shared;
use crate::browser::current_query;
use crate::explore::{article_name, Explorer};
use crate::model::{load, Loaded, Problem, BUNDLED_STORY};
use crate::url_state::{parse, reconcile, UrlState};
use leptos::prelude::*;

/// Loads the bundled story; a story that cannot be read gets a message, not a panic.
#[component]
pub fn App() -> impl IntoView {
    match load(BUNDLED_STORY) {
        Ok(Loaded { story, problems }) => {
            // The story lives as long as the page: leaking it lets every view borrow it.
            let explorer: &'static Explorer = Box::leak(Box::new(Explorer::new(story)));
            view! { <Workspace explorer problems /> }.into_any()
        }
        Err(message) => view! {
            <main class="broken">
                <h1>"Claimline"</h1>
                <div class="notice" role="alert">
                    <p>"The story data could not be read, so there is nothing to show."</p>
                    <p><code>{message}</code></p>
                </div>
            </main>
        }
        .into_any(),
    }
}

/// The page's view as the address bar gives it, with what could not be used.
fn state_from_address(explorer: &Explorer) -> (UrlState, Vec<String>) {
    let (mut state, mut ignored) = parse(&current_query());
    ignored.extend(reconcile(&mut state, explorer));
    (state, ignored)
}

#[component]
fn Workspace(explorer: &'static Explorer, problems: Vec<Problem>) -> impl IntoView {
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
        <Notices ignored problems />
        <div class="layout">
            <Facets />
            <main class="workspace">
                <ClaimList />
                <ClaimDetail />
            </main>
        </div>
    }
}

/// On arrival from a link, scrolls the selected claim's row into view.
fn bring_selection_into_view(shared: Shared) {
    let Some(id) = shared.selected.get_untracked() else {
        return;
    };
    request_animation_frame(move || {
        if let Some(row) = document().get_element_by_id(&format!("claim-{id}")) {
            let options = web_sys::ScrollIntoViewOptions::new();
            options.set_block(web_sys::ScrollLogicalPosition::Center);
            row.scroll_into_view_with_scroll_into_view_options(&options);
        }
    });
}
