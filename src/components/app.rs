use super::claim_detail::ClaimDetail;
use super::claim_list::ClaimList;
use super::compare::Compare;
use super::delegate::Delegate;
use super::facets::Facets;
use super::figures::Figures;
use super::link_notice::LinkNotice;
use super::story_view::StoryView;
use super::timeline::Timeline;
use super::view_nav::ViewNav;
use crate::browser::{current_query, element_by_id, focus, scroll_into_view};
use claimline_core::explore::Explorer;
use claimline_core::markup::seam::{claim_row, FIRST_CLAIM, SKIP_LINK, WORKSPACE};
use claimline_core::model::Story;
use claimline_core::url_state::{parse, reconcile, UrlState, View};
use leptos::prelude::*;

/// The page: a story, explored. The story was read from its data file once, and lives
/// as long as the page.
#[component]
pub fn App(story: &'static Story) -> impl IntoView {
    // The index lives as long as the page too: leaking it lets every view borrow it.
    let explorer: &'static Explorer = Box::leak(Box::new(Explorer::new(story)));
    let (initial, ignored) = state_from_address(story, explorer);
    let view = StoryView::new(story, explorer, initial);
    provide_context(view);
    let ignored = RwSignal::new(ignored);
    // Back and forward restore the view that was current then.
    Delegate::new().attach(&window(), &["popstate"], move |_| {
        let (state, notes) = state_from_address(story, explorer);
        ignored.set(notes);
        view.restore(state);
    });
    bring_selection_into_view(view);
    // The tab and history entries name the claim being read, and views other than the
    // list take the wider column: one effect, as each costs the download its own code.
    Effect::new(move |_| {
        let claim = view
            .selected
            .with(|id| id.as_deref().and_then(|id| view.story.claim(id)));
        let subject = claim.map_or(&view.story.title, |claim| &claim.statement);
        document().set_title(&format!("{subject} · Claimline"));
        let wide = view.current.get() != View::Claims;
        if let Some(workspace) = element_by_id(WORKSPACE) {
            workspace.set_class_name(if wide {
                "workspace wide-view"
            } else {
                "workspace"
            });
        }
    });
    // The page's skip link (in index.html, the first Tab stop) goes to the first claim.
    if let Ok(Some(skip)) = document().query_selector(SKIP_LINK) {
        Delegate::new().attach(&skip, &["click"], move |event| {
            event.prevent_default();
            skip_to_claims();
        });
    }
    view! {
        <ViewNav />
        <LinkNotice ignored />
        <div class="layout">
            <Facets />
            <main id=WORKSPACE class="workspace">
                {move || main_view(view.current.get())}
                <ClaimDetail />
            </main>
        </div>
    }
}

/// Moves keyboard focus to the first claim of the view shown (a timeline's roving tab
/// stop, not its other marks), as a reader skipping the page's head expects.
fn skip_to_claims() {
    if let Ok(Some(first)) = document().query_selector(FIRST_CLAIM) {
        focus(&first);
    }
}

/// The page's view as the address bar gives it, with what could not be used.
fn state_from_address(story: &Story, explorer: &Explorer) -> (UrlState, Vec<String>) {
    let (mut state, mut ignored) = parse(&current_query());
    ignored.extend(reconcile(&mut state, story, explorer));
    (state, ignored)
}

/// On arrival from a link naming a claim, brings its row in the list into view; the
/// detail is beside the list, or on a phone a sheet over it. The other views bring
/// their own mark or row for the claim into view when they open.
fn bring_selection_into_view(view: StoryView) {
    let Some(id) = view.selected.get_untracked() else {
        return;
    };
    if view.current.get_untracked() != View::Claims {
        return;
    }
    request_animation_frame(move || scroll_into_view(&claim_row(&id), true));
}

/// The view beside the claim detail.
fn main_view(current: View) -> AnyView {
    match current {
        View::Timeline => view! { <Timeline /> }.into_any(),
        View::Claims => view! { <ClaimList /> }.into_any(),
        View::Compare => view! { <Compare /> }.into_any(),
        View::Figures => view! { <Figures /> }.into_any(),
    }
}
