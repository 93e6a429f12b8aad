//! The Leptos views: thin layers over the pure modules, one component per file.

mod app;
mod claim_card;
mod claim_detail;
mod claim_link;
mod claim_list;
mod facets;
mod facts;
mod link_notice;
mod share;
mod shared;

pub use app::App;
