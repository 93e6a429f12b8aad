//! Writes a story as the Rust expression that builds it as a `static` of borrowed data,
//! so the app embeds the story already parsed and carries no JSON code. The expression
//! names the model's types unqualified and `Cow`: the including module imports them.

use crate::compare::{Comparison, Kind, Marked, SharedClaim, Side, Span};
use crate::model::{
    Actor, ActorKind, Appearance, Article, Background, Claim, Date, Figure, Label, Link, List,
    Period, Precision, Qualifier, Story, Text, Verification, VerificationStatus, When,
};
use std::fmt::Write as _;
use std::ops::Range;

/// The story as a Rust expression of type `Story`.
pub fn to_rust(story: &Story) -> String {
    code_of(story)
}

/// The Compare view's comparison as a Rust expression of type `Comparison`.
pub fn comparison_to_rust(comparison: &Comparison) -> String {
    code_of(comparison)
}

fn code_of(value: &impl Emit) -> String {
    let mut code = String::new();
    value.emit(&mut code);
    code
}

trait Emit {
    fn emit(&self, out: &mut String);
}

impl Emit for Text {
    fn emit(&self, out: &mut String) {
        let _ = write!(out, "Cow::Borrowed({:?})", &**self);
    }
}

impl<T: Emit + Clone> Emit for List<T> {
    fn emit(&self, out: &mut String) {
        out.push_str("Cow::Borrowed(&[");
        for item in self.iter() {
            item.emit(out);
            out.push(',');
        }
        out.push_str("])");
    }
}

impl<T: Emit> Emit for Option<T> {
    fn emit(&self, out: &mut String) {
        match self {
            Some(value) => {
                out.push_str("Some(");
                value.emit(out);
                out.push(')');
            }
            None => out.push_str("None"),
        }
    }
}

macro_rules! emit_as_debug {
    ($($ty:ty),*) => {$(
        impl Emit for $ty {
            fn emit(&self, out: &mut String) {
                let _ = write!(out, "{:?}", self);
            }
        }
    )*};
}
emit_as_debug!(u64, u8, i32, usize, Range<usize>);

macro_rules! emit_enum {
    ($($ty:ident),*) => {$(
        impl Emit for $ty {
            fn emit(&self, out: &mut String) {
                let _ = write!(out, concat!(stringify!($ty), "::{:?}"), self);
            }
        }
    )*};
}
emit_enum!(ActorKind, Kind, Precision, Qualifier, VerificationStatus);

/// A struct literal naming every field: a field added to the model and not here fails
/// to compile, so the embedded story can never silently drop one.
macro_rules! emit_struct {
    ($($ty:ident { $($field:ident),* })*) => {$(
        impl Emit for $ty {
            fn emit(&self, out: &mut String) {
                out.push_str(concat!(stringify!($ty), " {"));
                $(
                    out.push_str(concat!(stringify!($field), ": "));
                    self.$field.emit(out);
                    out.push(',');
                )*
                out.push('}');
            }
        }
        const _: fn($ty) = |$ty { $($field: _),* }| {};
    )*};
}
emit_struct! {
    Story { title, sides, topics, quantities, actors, articles, claims, periods }
    Period { label, claim }
    Label { id, label }
    Actor { id, name, kind, side }
    Article { id, outlet, headline, headline_note, dateline, published, paragraphs, background }
    Background { text, note }
    Claim { id, statement, made, about, figures, topics, verification, appearances }
    Link { actors, channel }
    Figure { quantity, low, high, qualifier, phrase, period }
    Verification { status, note }
    Appearance { article, chain, quotes }
    When { start, end, precision, phrase, inferred }
    Date { year, month, day }
    Comparison { texts, shared }
    SharedClaim { claim, sides }
    Side { marks, also }
    Span { at, claims }
    Marked { at, kind }
}
