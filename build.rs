//! Embeds the bundled story: parses `src/data/story.json` with the app's own model
//! types and writes it out as a `static` of borrowed data, so the app starts with the
//! story in memory and carries no JSON parser. A file that does not parse fails the
//! build with a message naming the item and the field; `cargo test` checks the rest.

use std::fmt::Write as _;
use std::{env, fs, path::Path};

// The model's own files, so the build parses exactly as the app's types define.
// (They refer to each other as `super::…`: here, this crate's root.)
#[allow(dead_code)]
#[path = "src/model/date.rs"]
mod date;
#[allow(dead_code)]
#[path = "src/model/load.rs"]
mod load;
#[allow(dead_code)]
#[path = "src/model/story.rs"]
mod story;
#[allow(dead_code)]
#[path = "src/model/text.rs"]
mod text;
#[allow(dead_code)]
#[path = "src/model/validate.rs"]
mod validate;

use date::{Date, Precision, When};
use story::*;

/// The story the app bundles, unless `CLAIMLINE_STORY` names another file (benchmarks
/// build a generated 10,000-claim story this way).
const STORY: &str = "src/data/story.json";

fn main() {
    println!("cargo::rerun-if-env-changed=CLAIMLINE_STORY");
    let story_file = env::var("CLAIMLINE_STORY").unwrap_or_else(|_| STORY.to_owned());
    for watched in [story_file.as_str(), "src/model"] {
        println!("cargo::rerun-if-changed={watched}");
    }
    let json =
        fs::read_to_string(&story_file).unwrap_or_else(|e| panic!("cannot read {story_file}: {e}"));
    let story = match load::parse(&json) {
        Ok(story) => story,
        Err(message) => {
            eprintln!("error: {story_file}: {message}");
            std::process::exit(1);
        }
    };
    let mut code = String::from("pub static BUNDLED: Story = ");
    story.emit(&mut code);
    code.push(';');
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("bundled_story.rs");
    fs::write(out, code).expect("write the bundled story");
}

/// Writes a value as the Rust expression that builds it in a `static`.
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
emit_as_debug!(u64, u8, i32);

macro_rules! emit_enum {
    ($($ty:ident),*) => {$(
        impl Emit for $ty {
            fn emit(&self, out: &mut String) {
                let _ = write!(out, concat!(stringify!($ty), "::{:?}"), self);
            }
        }
    )*};
}
emit_enum!(ActorKind, Precision, Qualifier, VerificationStatus);

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
    Story { title, sides, topics, quantities, actors, articles, claims }
    Label { id, label }
    Actor { id, name, kind, side }
    Article { id, outlet, headline, headline_note, dateline, published, paragraphs, background }
    Background { text, note }
    Claim { id, statement, chain, made, about, figures, topics, verification, appearances }
    Link { actors, channel }
    Figure { quantity, low, high, qualifier, phrase, period }
    Verification { status, note }
    Appearance { article, quotes }
    When { start, end, precision, phrase, inferred }
    Date { year, month, day }
}
