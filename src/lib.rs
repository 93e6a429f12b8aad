//! Claimline's web front end: the bundled story, the Leptos views and the few browser
//! calls, thin over `claimline_core`, which holds the model and all pure logic.

mod browser;
pub mod bundled;
mod components;
mod markup;

pub use components::App;

use leptos::prelude::document;
use wasm_bindgen::JsCast;

/// Mounts the app in the page's `#app`, between the skip link and the reading guide
/// that `index.html` carries as they are; in the body when there is no `#app`.
pub fn start() {
    let holder = document()
        .get_element_by_id("app")
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        .or_else(|| document().body());
    if let Some(holder) = holder {
        leptos::mount::mount_to(holder, App).forget();
    }
}
