//! The Leptos views: thin layers over the core crate, one component per file.

mod app;
mod claim_detail;
mod claim_list;
mod compare;
mod delegate;
mod facets;
mod figures;
mod link_notice;
mod published;
mod scheduled;
mod story_view;
mod timeline;
mod tooltip;
mod view_nav;

pub use app::App;
