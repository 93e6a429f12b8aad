//! The attributes claims are filtered by, and a value kept per facet.

use std::ops::{Index, IndexMut};

/// The attributes claims can be filtered by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Facet {
    Claimant,
    Side,
    Relay,
    Topic,
    Article,
    Verification,
}

impl Facet {
    pub const ALL: [Facet; 6] = [
        Facet::Claimant,
        Facet::Side,
        Facet::Relay,
        Facet::Topic,
        Facet::Article,
        Facet::Verification,
    ];

    /// The query-string key, also used as a DOM id fragment.
    pub fn key(self) -> &'static str {
        match self {
            Facet::Claimant => "claimant",
            Facet::Side => "side",
            Facet::Relay => "relay",
            Facet::Topic => "topic",
            Facet::Article => "article",
            Facet::Verification => "verification",
        }
    }

    pub fn from_key(key: &str) -> Option<Facet> {
        Facet::ALL.into_iter().find(|f| f.key() == key)
    }

    /// One bit per facet, for sets of facets in a `u8`.
    pub(crate) fn bit(self) -> u8 {
        1 << self as u8
    }
}

/// The article-facet value of claims every article carries.
pub const IN_ALL_ARTICLES: &str = "all";
/// The verification-facet value of claims with no verification note.
pub const NO_NOTE: &str = "none";

/// One `T` for each facet, indexed by [`Facet`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PerFacet<T>([T; Facet::ALL.len()]);

impl<T> PerFacet<T> {
    pub fn from_fn(make: impl FnMut(Facet) -> T) -> PerFacet<T> {
        PerFacet(Facet::ALL.map(make))
    }

    pub fn iter(&self) -> impl Iterator<Item = &T> {
        self.0.iter()
    }
}

impl<T> Index<Facet> for PerFacet<T> {
    type Output = T;
    fn index(&self, facet: Facet) -> &T {
        &self.0[facet as usize]
    }
}

impl<T> IndexMut<Facet> for PerFacet<T> {
    fn index_mut(&mut self, facet: Facet) -> &mut T {
        &mut self.0[facet as usize]
    }
}
