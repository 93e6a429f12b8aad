//! The story as stored, and what it promises beyond its shape (see docs/DATA.md).

mod cow;
pub mod date;
pub mod direction;
pub mod story;
pub mod text;
pub mod validate;

pub use cow::{List, Text};
pub use date::{Date, Precision, When};
pub use story::*;
pub use validate::Problem;
