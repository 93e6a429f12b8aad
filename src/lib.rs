//! Claimline: who claims what in a news story, when, and how each outlet reported it.
//!
//! `model`, `explore`, `present` and `url_state` are pure Rust, tested natively;
//! `browser` and `components` are the thin web layer over them.

pub mod explore;
pub mod model;
pub mod present;
pub mod url_state;

mod browser;
mod components;

pub use components::App;
