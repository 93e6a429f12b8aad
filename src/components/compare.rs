//! The Compare view: the core's markup (`markup::compare`), redrawn when the filters,
//! the selection or the article shown on a phone change. One listener handles its
//! links and buttons, and lights a claim up everywhere the view shows it while the
//! pointer or the keyboard focus is on one of its parts.

use super::delegate::Delegate;
use super::story_view::StoryView;
use crate::browser::{
    action, as_click, element_by_id, scroll_into_view, select_all, target_element,
};
use crate::data::{fetch_bytes, named_file, read_data, OnDemand};
use crate::markup::{fill, redraw};
use claimline_core::compare::{compared, Comparison};
use claimline_core::data_file::Contents;
use claimline_core::markup::compare::{compare, Reading};
use claimline_core::markup::data_files::{loading, unreadable, Failure};
use claimline_core::markup::seam::{
    compared_claim, having, parts_of, Action, CLAIMS_PART, COMPARE, COMPARE_SECOND_SHOWN,
    COMPARE_VIEW, COMPARISON_DATA, DATA_ACTION, DATA_CLAIMS, DATA_LIT, PRESSED,
};
use leptos::prelude::*;

#[component]
pub fn Compare() -> impl IntoView {
    let view = StoryView::get();
    let delegate = Delegate::new();
    fetch_comparison(view);
    // Whether the comparison was drawn yet: the listener goes on then, once.
    Effect::new(move |drawn: Option<bool>| {
        let Some(root) = element_by_id(COMPARE_VIEW) else {
            return false;
        };
        let comparison = match view.comparison.get() {
            OnDemand::Ready(comparison) => comparison,
            OnDemand::Failed(failure) => {
                let file = named_file(COMPARISON_DATA, "content");
                let notice = unreadable("The comparison", file.as_deref(), failure);
                fill(&root, &[notice]);
                return false;
            }
            OnDemand::NotAsked | OnDemand::Pending => {
                fill(&root, &[loading("the comparison of the two articles")]);
                return false;
            }
        };
        let (selected, second_shown) = (view.selected_index(), second_shown(&root));
        let content = view.with_matches(|matches| {
            let reading = Reading {
                matches,
                selected,
                second_shown,
            };
            compare(view.story, comparison, &reading)
        });
        redraw(&root, &content, &[DATA_ACTION]);
        if drawn == Some(true) {
            return true;
        }
        // One listener for the view's links, buttons and the claim under the pointer or
        // focus, dropped with the view.
        let handle = {
            let root = root.clone();
            move |event: web_sys::Event| match as_click(&event) {
                Some(click) => {
                    view.follow_claim_link(click);
                    match action(&event) {
                        Some(Action::ShowFirst) => show_second(&root, false),
                        Some(Action::ShowSecond) => show_second(&root, true),
                        _ => {}
                    }
                }
                _ => light_up(&root, &event),
            }
        };
        delegate.attach(&root, EVENTS, handle);
        // Opened with a claim selected (a shared link, "Compare wordings"): its row.
        if let Some(id) = view.selected.get_untracked() {
            scroll_into_view(&compared_claim(&id), true);
        }
        true
    });
    view! { <div id=COMPARE_VIEW class=COMPARE></div> }
}

/// Fetches the comparison the first time the view opens; a story with no two articles
/// to compare has none to fetch.
fn fetch_comparison(view: StoryView) {
    if !matches!(view.comparison.get_untracked(), OnDemand::NotAsked) {
        return;
    }
    let outcome = match (compared(view.story), named_file(COMPARISON_DATA, "content")) {
        (None, _) => OnDemand::Ready(Box::leak(Box::<Comparison>::default())),
        (Some(_), None) => OnDemand::Failed(Failure::NotNamed),
        (Some(_), Some(file)) => {
            // Runs once this call has returned: the view shows it is loading meanwhile.
            wasm_bindgen_futures::spawn_local(async move {
                let fetched = fetch_bytes(&file).await;
                let outcome = match read_data(fetched, Contents::Comparison) {
                    Ok(comparison) => OnDemand::Ready(comparison),
                    Err(failure) => OnDemand::Failed(failure),
                };
                // The page may have moved on; the signal lives as long as the page does.
                view.comparison.set(outcome);
            });
            OnDemand::Pending
        }
    };
    view.comparison.set(outcome);
}

/// The events the view handles.
const EVENTS: &[&str] = &["click", "mouseover", "mouseleave", "focusin"];

/// Which article a narrow screen shows is the view's own, not the address bar's: a
/// class on the view's frame, which its redraws leave alone.
fn second_shown(root: &web_sys::Element) -> bool {
    root.class_name() == COMPARE_SECOND_SHOWN
}

/// Shows the first or the second article on a narrow screen, and says so on the switch.
fn show_second(root: &web_sys::Element, second: bool) {
    root.set_class_name(if second {
        COMPARE_SECOND_SHOWN
    } else {
        COMPARE
    });
    let second_key = Action::ShowSecond.key();
    for button in select_all(root, PRESSED) {
        let pressed =
            (button.get_attribute(DATA_ACTION).as_deref() == Some(&*second_key)) == second;
        let _ = button.set_attribute("aria-pressed", if pressed { "true" } else { "false" });
    }
}

/// Lights up every part of the claims the event's target stands for (none, outside
/// any claim), and puts out the rest.
fn light_up(root: &web_sys::Element, event: &web_sys::Event) {
    for lit in select_all(root, &having(DATA_LIT)) {
        let _ = lit.remove_attribute(DATA_LIT);
    }
    let claims = target_element(event)
        .and_then(|target| target.closest(CLAIMS_PART).ok().flatten())
        .and_then(|part| part.get_attribute(DATA_CLAIMS));
    for claim in claims.iter().flat_map(|ids| ids.split(' ')) {
        for part in select_all(root, &parts_of(claim)) {
            let _ = part.set_attribute(DATA_LIT, "");
        }
    }
}
