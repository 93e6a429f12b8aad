//! Claimline's web front end: the Leptos views and the few browser calls, thin over
//! `claimline_core`, which holds the model and all pure logic. The app is generic: it
//! reads its story from the data file the page names.

mod browser;
mod components;
mod data;
mod markup;

pub use components::App;

use claimline_core::data_file::Contents;
use claimline_core::markup::data_files::{unreadable, Failure};
use claimline_core::markup::seam::{APP, STORY_DATA};
use claimline_core::model::Story;
use leptos::prelude::document;
use wasm_bindgen::JsCast;

/// Fetches the story the page names and mounts the app in the page's `#app`, between
/// the skip link and masthead and the reading guide that `index.html` carries as they
/// are (in the body when there is no `#app`), in place of the default view published
/// there. A story that cannot be read is said so, above that view.
pub fn start() {
    let holder = browser::element_by_id(APP)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        .or_else(|| document().body());
    let Some(holder) = holder else { return };
    wasm_bindgen_futures::spawn_local(async move {
        let file = data::named_file(STORY_DATA, "href");
        let fetched = match &file {
            Some(file) => data::fetch_bytes(file).await,
            None => Err(Failure::NotNamed),
        };
        let story = data::read_data::<Story>(fetched, Contents::Story);
        match story {
            Ok(story) => markup::take_over(&holder, || {
                leptos::mount::mount_to(holder.clone(), move || leptos::view! { <App story /> })
                    .forget()
            }),
            // Above the claims published in the page, which stay readable.
            Err(failure) => {
                let first = holder.first_element_child();
                let message = unreadable("The story", file.as_deref(), failure);
                markup::insert(&holder, &message, first.as_ref());
            }
        }
    });
}
