//! The Leptos views: thin layers over the core crate, one component per file.

mod app;
mod claim_card;
mod claim_detail;
mod claim_link;
mod claim_list;
mod dom_ids;
mod facets;
mod facts;
mod link_notice;
mod share;
mod story_view;
#[cfg(feature = "timeline")]
mod timeline;
#[cfg(feature = "timeline")]
mod view_nav;

pub use app::App;
