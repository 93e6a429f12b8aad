//! The views `claimline site` drew (the Figures view's quantities, the Compare view):
//! their files fetched when first shown and kept, put in as they are, then only shown,
//! hidden, paged and marked as the reader filters and selects. What the page does to
//! them is one pass, the same for every such view ([`mark_out`]).

use crate::browser::{closest, select_all};
use crate::data::fetch_bytes;
use claimline_core::explore::paging::rows_to_show;
use claimline_core::markup::card::more_label;
use claimline_core::markup::data_files::Failure;
use claimline_core::markup::published::{from_chosen_articles, read_view_file, shows};
use claimline_core::markup::seam::{
    DATA_EXTRA, DATA_PAGE, DATA_REPORTED_IN, DATA_SHOWS, FIGURE_MARK, MORE, PAGED_LIST,
    ROVING_GROUP, SHOWN_PART,
};
use leptos::prelude::*;

/// A file's address and its text once fetched (`None` while on its way).
type Fetched = (String, Option<Result<String, Failure>>);

/// The files fetched so far, and a count bumped when one arrives, which the views'
/// effects read.
#[derive(Clone, Copy)]
pub struct Files {
    fetched: StoredValue<Vec<Fetched>, LocalStorage>,
    arrived: RwSignal<usize>,
}

impl Files {
    pub fn new() -> Files {
        Files {
            fetched: StoredValue::new_local(Vec::new()),
            arrived: RwSignal::new(0),
        }
    }

    /// The file's text, fetched the first time it is asked for: `None` until it comes.
    /// Tracks its arrival.
    pub fn get(self, file: &str) -> Option<Result<String, Failure>> {
        self.arrived.track();
        let known = self.fetched.with_value(|all| {
            all.iter()
                .find(|(at, _)| at == file)
                .map(|(_, got)| got.clone())
        });
        match known {
            Some(got) => got,
            None => {
                self.fetched
                    .update_value(|all| all.push((file.to_owned(), None)));
                self.fetch(file.to_owned());
                None
            }
        }
    }

    fn fetch(self, file: String) {
        wasm_bindgen_futures::spawn_local(async move {
            let got = fetch_bytes(&file).await.and_then(read_view_file);
            // The view may have gone, and its store with it.
            let _ = self.fetched.try_update_value(|all| {
                if let Some(entry) = all.iter_mut().find(|(at, _)| *at == file) {
                    entry.1 = Some(got);
                }
            });
            let _ = self.arrived.try_update(|n| *n += 1);
        });
    }
}

/// Shows the parts of `root` whose claims the filters let through and hides the rest,
/// marks the selected claim's, shows each list a page at a time (as far as the selected
/// claim's row) with its "Show more" labelled, hides a list left empty, and gives each
/// group of marks one tab stop.
pub fn mark_out(root: &web_sys::Element, matches: &[usize], selected: Option<usize>) {
    mark_out_of_articles(root, matches, selected, &[]);
}

/// [`mark_out`], where a part standing for outlets' reports (`DATA_REPORTED_IN`) also
/// shows only when the article filter chose its articles (`chosen`, none: any).
pub fn mark_out_of_articles(
    root: &web_sys::Element,
    matches: &[usize],
    selected: Option<usize>,
    chosen: &[String],
) {
    let selected = selected.map(|s| s.to_string());
    for part in select_all(root, SHOWN_PART) {
        let claims = part.get_attribute(DATA_SHOWS).unwrap_or_default();
        let articles = part.get_attribute(DATA_REPORTED_IN);
        let from_chosen = articles.is_none_or(|a| from_chosen_articles(&a, chosen));
        set(
            &part,
            "hidden",
            !(from_chosen && shows(&claims, matches)),
            "",
        );
        set(
            &part,
            "aria-current",
            selected.as_deref() == Some(&*claims),
            "true",
        );
    }
    for list in select_all(root, PAGED_LIST) {
        let rows: Vec<web_sys::Element> = select_all(&list, SHOWN_PART)
            .into_iter()
            .filter(|row| !row.has_attribute("hidden"))
            .collect();
        let (page, extra) = (number(&list, DATA_PAGE).max(1), number(&list, DATA_EXTRA));
        let claims: Vec<usize> = rows
            .iter()
            .map(|row| {
                row.get_attribute(DATA_SHOWS)
                    .and_then(|c| c.parse().ok())
                    .unwrap_or(usize::MAX)
            })
            .collect();
        let chosen = selected.as_deref().and_then(|s| s.parse().ok());
        let limit = rows_to_show(&claims, chosen, page) + extra;
        for row in rows.iter().skip(limit) {
            set(row, "hidden", true, "");
        }
        set(&list, "hidden", rows.is_empty(), "");
        let more = list
            .next_element_sibling()
            .filter(|next| next.matches(MORE).unwrap_or(false));
        if let Some(more) = more {
            let hidden = rows.len().saturating_sub(limit);
            set(&more, "hidden", hidden == 0, "");
            more.set_text_content(Some(&more_label(hidden, page)));
        }
    }
    for group in select_all(root, ROVING_GROUP) {
        let marks: Vec<web_sys::Element> = select_all(&group, FIGURE_MARK)
            .into_iter()
            .filter(|m| !m.has_attribute("hidden"))
            .collect();
        let stop = marks
            .iter()
            .position(|m| m.has_attribute("aria-current"))
            .unwrap_or(0);
        for (i, mark) in marks.iter().enumerate() {
            let _ = mark.set_attribute("tabindex", if i == stop { "0" } else { "-1" });
        }
    }
}

/// "Show more" clicked: the list before the button shows a page more. Whether the event
/// was one.
pub fn show_more(event: &web_sys::Event) -> bool {
    let list = closest(event, MORE).and_then(|more| more.previous_element_sibling());
    let Some(list) = list.filter(|l| l.has_attribute(DATA_PAGE)) else {
        return false;
    };
    let extra = number(&list, DATA_EXTRA) + number(&list, DATA_PAGE);
    let _ = list.set_attribute(DATA_EXTRA, &extra.to_string());
    true
}

/// The whole number an attribute holds; 0 for none.
fn number(element: &web_sys::Element, name: &str) -> usize {
    element
        .get_attribute(name)
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}

/// Sets the attribute `name` to `value` when `on`, else takes it away.
pub fn set(element: &web_sys::Element, name: &str, on: bool, value: &str) {
    let _ = match on {
        true => element.set_attribute(name, value),
        false => element.remove_attribute(name),
    };
}
