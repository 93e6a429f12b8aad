//! Claimline's web front end: the bundled story, the Leptos views and the few browser
//! calls, thin over `claimline_core`, which holds the model and all pure logic.

mod browser;
pub mod bundled;
mod components;
mod markup;

pub use components::App;
