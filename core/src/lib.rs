//! Claimline's pure core: the story model and everything computed from it — loading
//! and validation, filtering and facet counts, related claims, how the articles
//! compare, the view as a query string, and the words every view shows. Nothing here
//! knows a browser; `cargo test` checks it all natively.

// The page's size rules (clippy.toml, docs/SIZE.md) bind what the page runs, not the
// tests.
#![cfg_attr(test, allow(clippy::disallowed_methods, clippy::disallowed_types))]

pub mod bounded;
pub mod cite;
pub mod compare;
pub mod data_file;
pub mod explore;
pub mod facet;
pub mod figures;
pub mod markup;
pub mod model;
#[cfg(any(test, feature = "publish"))]
pub mod publish;
pub mod related;
pub(crate) mod small_sort;
pub mod timeline;
pub mod url_state;
pub mod view;
pub mod words;

#[cfg(any(test, feature = "load"))]
pub mod load;
#[cfg(any(test, feature = "load"))]
pub mod synthetic;

#[cfg(test)]
mod load_tests;
