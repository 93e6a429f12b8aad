//! The views the page offers.

/// The views over one shared state (filters and selection); `key` is the `view=` value.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum View {
    #[default]
    Claims,
    Timeline,
}

impl View {
    pub const ALL: [View; 2] = [View::Claims, View::Timeline];

    pub fn key(self) -> &'static str {
        match self {
            View::Claims => "claims",
            View::Timeline => "timeline",
        }
    }

    pub fn from_key(key: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.key() == key)
    }
}
