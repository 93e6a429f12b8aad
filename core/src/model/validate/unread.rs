//! What of a story file could not be read (an item or field of the wrong shape), so
//! that the checks resting on it are skipped, not failed: a claim naming an actor whose
//! entry has a typo is not told the actor is unknown.

use std::collections::{HashMap, HashSet};

#[derive(Debug, Default)]
pub struct Unread {
    /// The ids of unread items, by their list: `"actors"` → `"wire"`.
    ids: HashMap<&'static str, HashSet<String>>,
    /// Lists with an unread item whose id could not be read either.
    without_id: HashSet<&'static str>,
    /// The articles unread claims appear in, as far as their appearances read.
    claims_in: HashSet<String>,
    /// Whether an unread claim's articles could not be read: it may be in any.
    claims_anywhere: bool,
    /// The story's own fields (`title`) that could not be read.
    fields: HashSet<&'static str>,
}

impl Unread {
    /// An item of `list` that could not be read, with its id when that could be.
    pub fn item(&mut self, list: &'static str, id: Option<&str>) {
        match id {
            Some(id) => {
                self.ids.entry(list).or_default().insert(id.to_owned());
            }
            None => {
                self.without_id.insert(list);
            }
        }
    }

    /// An unread claim appears in these articles (`None`: they could not be read).
    pub fn claim_in(&mut self, articles: Option<Vec<&str>>) {
        match articles {
            Some(articles) => self
                .claims_in
                .extend(articles.into_iter().map(str::to_owned)),
            None => self.claims_anywhere = true,
        }
    }

    /// One of the story's own fields could not be read.
    pub fn field(&mut self, name: &'static str) {
        self.fields.insert(name);
    }

    /// Whether `id` may name an unread item of `list`.
    pub(super) fn may_name(&self, list: &'static str, id: &str) -> bool {
        self.without_id.contains(list) || self.ids.get(list).is_some_and(|ids| ids.contains(id))
    }

    /// Whether some item of `list` could not be read.
    pub(super) fn lacks_any(&self, list: &'static str) -> bool {
        self.without_id.contains(list) || self.ids.contains_key(list)
    }

    /// Whether an unread claim may appear in `article`.
    pub(super) fn may_appear_in(&self, article: &str) -> bool {
        self.claims_anywhere || self.claims_in.contains(article)
    }

    pub(super) fn lacks_field(&self, name: &str) -> bool {
        self.fields.contains(name)
    }
}
