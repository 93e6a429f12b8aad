//! The Compare view: drawn by `claimline site` as one file for the coverage table and
//! one per pair of articles side by side (`markup::compare`), the pair's and the
//! table's fetched when the view opens or another pair is chosen; then its texts' runs
//! are given their state (`texts`), its lists and rows shown, hidden and paged
//! (`published`), and its summary filled, on every filter or selection change. One
//! listener handles its links and buttons, and lights a claim up everywhere the view
//! shows it while the pointer or the keyboard focus is on one of its parts.

use super::delegate::Delegate;
use super::published::{mark_out, show_more, Files};
use super::story_view::StoryView;
use crate::browser::{
    action, as_click, closest, element_by_id, focus, is_plain_click, scroll_into_view, select_all,
    target_element, HistoryMode,
};
use crate::data::named_file;
use crate::markup::fill;
use claimline_core::compare::{pair_listed, table_file};
use claimline_core::markup::compare::{summary_of, Reading};
use claimline_core::markup::data_files::{loading, unreadable};
use claimline_core::markup::seam::{
    compared_claim, having, parts_of, selected_quote_in, Action, CLAIMS_PART, COMPARE,
    COMPARE_DRAWN, COMPARE_SECOND_SHOWN, COMPARE_SUMMARY, COMPARE_VIEW, DATA_ACTION, DATA_CELL,
    DATA_CLAIMS, DATA_LIT, DATA_PAIR, PAIR_LINK, PRESSED,
};
use claimline_core::markup::Element;
use claimline_core::model::Article;
use leptos::prelude::*;
use texts::Texts;

mod texts;

#[component]
pub fn Compare() -> impl IntoView {
    let view = StoryView::get();
    let (delegate, files) = (Delegate::new(), Files::new());
    // The texts' runs once the view is in, and the pair's file they came from; the
    // article whose quote a cell of the table asked to see; a count "Show more" bumps.
    let texts = StoredValue::new_local(None::<Texts>);
    let quote_in = StoredValue::new_local(None::<web_sys::Element>);
    let more = RwSignal::new(0usize);
    Effect::new(move |_| {
        more.track();
        let Some(root) = element_by_id(COMPARE_VIEW) else {
            return;
        };
        let Some(list) = named_file(COMPARE_DRAWN, "content") else {
            let words = "The comparison of the articles is not part of this page.";
            return fill(&root, &[Element::new("p").text(words)]);
        };
        let listed = view
            .state
            .with(|s| pair_listed(view.story, &list, s.articles.as_deref()));
        let pair = listed.map(|(pair, _)| pair);
        // What is drawn is known by the pair's file (none: the table alone).
        let key = listed.map_or("", |(_, file)| file).to_owned();
        if texts.with_value(|t| t.as_ref().map(|t| &*t.file) != Some(&*key)) {
            // The pair's file, then the table's.
            let wanted = [listed.map(|(_, file)| file), table_file(&list)];
            let mut markup = String::new();
            for file in wanted.into_iter().flatten() {
                match files.get(file) {
                    None => return fill(&root, &[loading("the comparison of the articles")]),
                    Some(Err(failure)) => {
                        return fill(&root, &[unreadable("The comparison", Some(file), failure)]);
                    }
                    Some(Ok(part)) => markup.push_str(&part),
                }
            }
            let first = texts.with_value(Option::is_none);
            root.set_inner_html(&markup);
            texts.set_value(Some(Texts::found(&root, key)));
            // Opened with a claim selected (a shared link, "Compare wordings").
            match view.selected.get_untracked() {
                Some(id) if first && quote_in.with_value(Option::is_none) => {
                    scroll_into_view(&compared_claim(&id), true)
                }
                _ => {}
            }
        }
        // One article alone: its text, in the table's file.
        let shown: Vec<&Article> = match pair {
            Some(pair) => pair.to_vec(),
            None => view.story.articles.iter().take(1).collect(),
        };
        let selected = view.selected_index();
        view.with_matches(|matches| {
            let reading = Reading { matches, selected };
            texts.update_value(|texts| {
                if let Some(texts) = texts {
                    texts.patch(view.story, &shown, &reading);
                }
            });
            mark_out(&root, matches, selected);
            if let (Some(holder), Some(pair)) = (element_by_id(COMPARE_SUMMARY), pair) {
                fill(&holder, &[summary_of(view.story, pair, matches)]);
            }
        });
        // A cell's quote, now marked in its article's text: keyboard focus goes there,
        // the cell having gone with the pair it was drawn with.
        let cell = quote_in.try_update_value(Option::take).flatten();
        if let Some(article) = cell.and_then(|cell| cell.get_attribute(DATA_CELL)) {
            if let Ok(Some(quote)) = root.query_selector(&selected_quote_in(&article)) {
                focus(&quote);
            }
        }
        // One listener for the view's links, buttons and the claim under the pointer or
        // focus, dropped with the view.
        let handle = {
            let root = root.clone();
            move |event: web_sys::Event| match as_click(&event) {
                Some(click) => {
                    match closest(&event, PAIR_LINK) {
                        Some(link) if is_plain_click(click) => {
                            event.prevent_default();
                            follow_pair_link(view, &link, quote_in);
                        }
                        Some(_) => {}
                        None => view.follow_claim_link(click),
                    }
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

/// A link to a pair of texts followed in place: the pair set; for a cell of the table,
/// its row's claim selected too, and its quote in the cell's article brought into view
/// once marked.
fn follow_pair_link(
    view: StoryView,
    link: &web_sys::Element,
    quote_in: StoredValue<Option<web_sys::Element>, LocalStorage>,
) {
    let pair = link.get_attribute(DATA_PAIR);
    let claim = Some(link)
        .filter(|link| link.has_attribute(DATA_CELL))
        .and_then(|link| link.closest(CLAIMS_PART).ok().flatten())
        .and_then(|row| row.get_attribute(DATA_CLAIMS));
    quote_in.set_value(Some(link.clone()));
    view.change(HistoryMode::Push, |s| {
        s.articles = pair;
        if claim.is_some() {
            s.claim = claim;
        }
    });
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
        let Some(key) = button.get_attribute(DATA_ACTION) else {
            continue;
        };
        let pressed = (key == second_key) == second;
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
