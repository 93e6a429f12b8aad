//! The Compare view: drawn by `claimline site` (`markup::compare::compare_page`) and
//! fetched with the comparison when the view first opens; then its texts' runs are
//! given their state (`texts`), its lists shown, hidden and paged (`published`), and
//! its summary filled, on every filter or selection change. One listener handles its links and buttons, and lights a claim up
//! everywhere the view shows it while the pointer or the keyboard focus is on one of
//! its parts.

use super::delegate::Delegate;
use super::published::{mark_out, show_more, Files};
use super::story_view::StoryView;
use crate::browser::{
    action, as_click, element_by_id, scroll_into_view, select_all, target_element,
};
use crate::data::named_file;
use crate::markup::fill;
use claimline_core::compare::compared;
use claimline_core::markup::compare::{summary_of, Reading};
use claimline_core::markup::data_files::{loading, unreadable};
use claimline_core::markup::seam::{
    compared_claim, having, parts_of, Action, CLAIMS_PART, COMPARE, COMPARE_DRAWN,
    COMPARE_SECOND_SHOWN, COMPARE_SUMMARY, COMPARE_VIEW, DATA_ACTION, DATA_CLAIMS, DATA_LIT,
    PRESSED,
};
use claimline_core::markup::Element;
use leptos::prelude::*;
use texts::Texts;

mod texts;

#[component]
pub fn Compare() -> impl IntoView {
    let view = StoryView::get();
    let (delegate, files) = (Delegate::new(), Files::new());
    // The texts' runs once the view is in; a count "Show more" bumps.
    let texts = StoredValue::new_local(None::<Texts>);
    let more = RwSignal::new(0usize);
    Effect::new(move |_| {
        more.track();
        let Some(root) = element_by_id(COMPARE_VIEW) else {
            return;
        };
        let Some(file) = named_file(COMPARE_DRAWN, "content") else {
            let words = match compared(view.story) {
                None => "This story has one article: nothing to compare.",
                Some(_) => "The comparison of the articles is not part of this page.",
            };
            return fill(&root, &[Element::new("p").text(words)]);
        };
        match files.get(&file) {
            None => return fill(&root, &[loading("the comparison of the two articles")]),
            Some(Err(failure)) => {
                return fill(&root, &[unreadable("The comparison", Some(&file), failure)]);
            }
            Some(Ok(markup)) if texts.with_value(Option::is_none) => {
                root.set_inner_html(&markup);
                texts.set_value(Some(Texts::found(&root)));
                // Opened with a claim selected (a shared link, "Compare wordings").
                if let Some(id) = view.selected.get_untracked() {
                    scroll_into_view(&compared_claim(&id), true);
                }
            }
            Some(Ok(_)) => {}
        }
        let selected = view.selected_index();
        view.with_matches(|matches| {
            let reading = Reading { matches, selected };
            texts.update_value(|texts| {
                if let Some(texts) = texts {
                    texts.patch(view.story, &reading);
                }
            });
            mark_out(&root, matches, selected);
            if let (Some(holder), Some(summary)) = (
                element_by_id(COMPARE_SUMMARY),
                summary_of(view.story, matches),
            ) {
                fill(&holder, &[summary]);
            }
        });
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
                        Some(Action::ShowMore) if show_more(&event) => more.update(|n| *n += 1),
                        _ => {}
                    }
                }
                _ => light_up(&root, &event),
            }
        };
        delegate.attach(&root, EVENTS, handle);
    });
    view! { <div id=COMPARE_VIEW class=COMPARE></div> }
}

/// The events the view handles.
const EVENTS: &[&str] = &["click", "mouseover", "mouseleave", "focusin"];

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
