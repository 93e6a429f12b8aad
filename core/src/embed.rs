//! Writes a story as the Rust expression that builds it as a `static` of borrowed data,
//! so the app embeds the story already parsed and carries no JSON code. The expression
//! names the model's types unqualified and `Cow`: the including module imports them.
//!
//! The articles' paragraphs are written once, as constants, and every longer text found
//! in one (a quote, above all) as a slice of it: the download carries the articles'
//! words once, not again for each quote.

use crate::compare::{Comparison, Kind, Marked, SharedClaim, Side, Span};
use crate::model::{
    Actor, ActorKind, Appearance, Article, Background, Claim, Date, Figure, Label, Link, List,
    Period, Precision, Qualifier, Story, Text, Verification, VerificationStatus, When,
};
use std::fmt::Write as _;
use std::ops::Range;

/// The story as a Rust expression of type `Story`.
pub fn to_rust(story: &Story) -> String {
    // One constant per paragraph: an array of them would be copied into every
    // constant expression that indexes it, which on a story of thousands of paragraphs
    // exhausts the compiler's memory.
    let mut out = Out {
        code: String::from(
            "{ const fn part(text: &'static str, start: usize, end: usize) -> &'static str { \
             text.split_at(start).1.split_at(end - start).0 } ",
        ),
        ..Out::default()
    };
    for article in story.articles.iter() {
        for paragraph in article.paragraphs.iter() {
            let _ = write!(
                out,
                "const P{}: &str = {:?};",
                out.paragraphs.len(),
                &**paragraph
            );
            out.paragraphs.push((article.id.clone(), paragraph.clone()));
        }
    }
    story.emit(&mut out);
    out.push('}');
    out.code
}

/// The Compare view's comparison as a Rust expression of type `Comparison`.
pub fn comparison_to_rust(comparison: &Comparison) -> String {
    let mut out = Out::default();
    comparison.emit(&mut out);
    out.code
}

/// The code written so far; the paragraphs it has as constants `P0`, `P1`…, each with
/// its article; and, while an appearance's quotes are written, their article.
#[derive(Default)]
struct Out {
    code: String,
    paragraphs: Vec<(Text, Text)>,
    quoting: Option<Text>,
}

impl Out {
    fn push_str(&mut self, text: &str) {
        self.code.push_str(text);
    }

    fn push(&mut self, c: char) {
        self.code.push(c);
    }

    /// Where the paragraph constants hold `text`: a paragraph itself, or, for a quote,
    /// the place of it in a paragraph of the quote's article.
    fn find(&self, text: &str) -> Option<(usize, usize)> {
        self.paragraphs
            .iter()
            .enumerate()
            .find_map(|(i, (article, paragraph))| match &self.quoting {
                Some(quoting) if quoting == article => Some((i, paragraph.find(text)?)),
                None if paragraph == text => Some((i, 0)),
                _ => None,
            })
    }
}

impl std::fmt::Write for Out {
    fn write_str(&mut self, text: &str) -> std::fmt::Result {
        self.code.push_str(text);
        Ok(())
    }
}

trait Emit {
    fn emit(&self, out: &mut Out);
}

impl Emit for Text {
    fn emit(&self, out: &mut Out) {
        let _ = match out.find(self) {
            Some((i, 0)) if out.paragraphs[i].1.len() == self.len() => {
                write!(out, "Cow::Borrowed(P{i})")
            }
            Some((i, at)) => write!(out, "Cow::Borrowed(part(P{i}, {at}, {}))", at + self.len()),
            None => write!(out, "Cow::Borrowed({:?})", &**self),
        };
    }
}

/// Written by hand, not by `emit_struct!`, to write its quotes as slices of their
/// article's paragraphs; the check below still fails to compile on a new field.
impl Emit for Appearance {
    fn emit(&self, out: &mut Out) {
        out.push_str("Appearance { article: ");
        self.article.emit(out);
        out.push_str(", chain: ");
        self.chain.emit(out);
        out.push_str(", quotes: ");
        out.quoting = Some(self.article.clone());
        self.quotes.emit(out);
        out.quoting = None;
        out.push('}');
    }
}
const _: fn(Appearance) = |Appearance {
                               article: _,
                               chain: _,
                               quotes: _,
                           }| {};

impl<T: Emit + Clone> Emit for List<T> {
    fn emit(&self, out: &mut Out) {
        out.push_str("Cow::Borrowed(&[");
        for item in self.iter() {
            item.emit(out);
            out.push(',');
        }
        out.push_str("])");
    }
}

impl<T: Emit> Emit for Option<T> {
    fn emit(&self, out: &mut Out) {
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
            fn emit(&self, out: &mut Out) {
                let _ = write!(out, "{:?}", self);
            }
        }
    )*};
}
emit_as_debug!(u64, u8, i32, usize, Range<usize>);

macro_rules! emit_enum {
    ($($ty:ident),*) => {$(
        impl Emit for $ty {
            fn emit(&self, out: &mut Out) {
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
            fn emit(&self, out: &mut Out) {
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
    When { start, end, precision, phrase, inferred }
    Date { year, month, day }
    Comparison { texts, shared }
    SharedClaim { claim, sides }
    Side { marks, also }
    Span { at, claims }
    Marked { at, kind }
}
