//! What the reader has chosen to see.

use crate::facet::{Facet, PerFacet};

/// Chosen facet values and a search. Within a facet values OR together; across facets
/// (and the search) they AND.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filters {
    selected: PerFacet<Vec<String>>,
    pub query: String,
}

impl Filters {
    /// No facet chosen, only a search.
    pub fn with_query(query: impl Into<String>) -> Filters {
        Filters {
            query: query.into(),
            ..Filters::default()
        }
    }

    pub fn selected(&self, facet: Facet) -> &[String] {
        &self.selected[facet]
    }

    pub fn is_selected(&self, facet: Facet, value: &str) -> bool {
        self.selected(facet).iter().any(|v| v == value)
    }

    /// Adds a value to a facet, keeping the first occurrence of duplicates.
    pub fn select(&mut self, facet: Facet, value: &str) {
        if !self.is_selected(facet, value) {
            self.selected[facet].push(value.to_owned());
        }
    }

    pub fn toggle(&mut self, facet: Facet, value: &str) {
        let values = &mut self.selected[facet];
        match values.iter().position(|v| v == value) {
            Some(at) => {
                values.remove(at);
            }
            None => values.push(value.to_owned()),
        }
    }

    pub fn retain(&mut self, facet: Facet, mut keep: impl FnMut(&str) -> bool) {
        self.selected[facet].retain(|v| keep(v));
    }

    pub fn is_empty(&self) -> bool {
        self.query.trim().is_empty() && self.selected.iter().all(Vec::is_empty)
    }
}
