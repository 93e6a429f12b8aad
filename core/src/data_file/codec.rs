//! The data file's encoding, written and read by hand: one list of each type's fields
//! (`wire_struct!`) gives both directions, so they cannot drift apart. serde's derived
//! readers, with postcard's format (the same as this one), cost the page 1.9 KB gzip
//! more than these few functions (docs/SIZE.md).
//!
//! Unsigned integers are LEB128 varints, signed ones zigzagged first, `u8` itself; text
//! and lists are their length then their contents; an option is 0 or 1 then the value;
//! a unit enum is its variant's index; a struct is its fields in the listed order.
//! Text is borrowed from the file, which lives as long as the page.

use crate::model::{
    Actor, ActorKind, Appearance, Article, Background, Claim, Date, Figure, Label, Link, List,
    Period, Precision, Qualifier, Story, Text, Verification, VerificationStatus, When,
};
use std::borrow::Cow;

/// The bytes still to read.
pub struct Input {
    rest: &'static [u8],
}

impl Input {
    pub fn new(bytes: &'static [u8]) -> Input {
        Input { rest: bytes }
    }

    pub fn is_empty(&self) -> bool {
        self.rest.is_empty()
    }

    #[inline(never)]
    fn byte(&mut self) -> Option<u8> {
        let (&first, rest) = self.rest.split_first()?;
        self.rest = rest;
        Some(first)
    }

    #[inline(never)]
    fn varint(&mut self) -> Option<u64> {
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let byte = self.byte()?;
            value |= u64::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Some(value);
            }
        }
        None
    }

    #[inline(never)]
    fn take(&mut self, len: usize) -> Option<&'static [u8]> {
        let (taken, rest) = self.rest.split_at_checked(len)?;
        self.rest = rest;
        Some(taken)
    }

    fn len(&mut self) -> Option<usize> {
        let len = usize::try_from(self.varint()?).ok()?;
        // Every item takes at least a byte: a longer list is a damaged file, and
        // refusing it spares an allocation the file's size cannot back.
        (len <= self.rest.len()).then_some(len)
    }
}

/// A value of the model, read from its encoding; `None` when the bytes are not one.
pub trait Decode: Sized {
    fn decode(input: &mut Input) -> Option<Self>;
}

/// A value of the model, written in its encoding.
#[cfg(any(test, feature = "load"))]
pub trait Encode {
    fn encode(&self, output: &mut Output);
}

/// The bytes written.
#[cfg(any(test, feature = "load"))]
#[derive(Default)]
pub struct Output {
    pub bytes: Vec<u8>,
}

#[cfg(any(test, feature = "load"))]
impl Output {
    fn varint(&mut self, mut value: u64) {
        loop {
            let byte = (value & 0x7f) as u8;
            value >>= 7;
            if value == 0 {
                self.bytes.push(byte);
                return;
            }
            self.bytes.push(byte | 0x80);
        }
    }
}

impl Decode for u8 {
    fn decode(input: &mut Input) -> Option<Self> {
        input.byte()
    }
}

impl Decode for u64 {
    fn decode(input: &mut Input) -> Option<Self> {
        input.varint()
    }
}

impl Decode for usize {
    fn decode(input: &mut Input) -> Option<Self> {
        usize::try_from(input.varint()?).ok()
    }
}

impl Decode for i32 {
    fn decode(input: &mut Input) -> Option<Self> {
        let zigzag = u32::try_from(input.varint()?).ok()?;
        Some(((zigzag >> 1) as i32) ^ -((zigzag & 1) as i32))
    }
}

#[cfg(any(test, feature = "load"))]
mod encode_primitives {
    use super::*;

    impl Encode for u8 {
        fn encode(&self, output: &mut Output) {
            output.bytes.push(*self);
        }
    }

    impl Encode for u64 {
        fn encode(&self, output: &mut Output) {
            output.varint(*self);
        }
    }

    impl Encode for usize {
        fn encode(&self, output: &mut Output) {
            output.varint(*self as u64);
        }
    }

    impl Encode for i32 {
        fn encode(&self, output: &mut Output) {
            output.varint(u64::from(((*self << 1) ^ (*self >> 31)) as u32));
        }
    }

    impl Encode for str {
        fn encode(&self, output: &mut Output) {
            self.len().encode(output);
            output.bytes.extend_from_slice(self.as_bytes());
        }
    }

    impl Encode for Text {
        fn encode(&self, output: &mut Output) {
            (**self).encode(output);
        }
    }

    impl<T: Encode + Clone> Encode for List<T> {
        fn encode(&self, output: &mut Output) {
            self.len().encode(output);
            for item in self.iter() {
                item.encode(output);
            }
        }
    }

    impl<T: Encode> Encode for Option<T> {
        fn encode(&self, output: &mut Output) {
            match self {
                None => output.bytes.push(0),
                Some(value) => {
                    output.bytes.push(1);
                    value.encode(output);
                }
            }
        }
    }

    impl Encode for Date {
        fn encode(&self, output: &mut Output) {
            self.year.encode(output);
            self.month.encode(output);
            self.day.encode(output);
        }
    }
}

impl Decode for Text {
    #[inline(never)]
    fn decode(input: &mut Input) -> Option<Self> {
        let len = input.len()?;
        let text = std::str::from_utf8(input.take(len)?).ok()?;
        Some(Cow::Borrowed(text))
    }
}

impl<T: Decode + Clone> Decode for List<T> {
    fn decode(input: &mut Input) -> Option<Self> {
        let len = input.len()?;
        let mut items = Vec::with_capacity(len);
        for _ in 0..len {
            items.push(T::decode(input)?);
        }
        Some(Cow::Owned(items))
    }
}

impl<T: Decode> Decode for Option<T> {
    fn decode(input: &mut Input) -> Option<Self> {
        match input.byte()? {
            0 => Some(None),
            1 => T::decode(input).map(Some),
            _ => None,
        }
    }
}

impl Decode for Date {
    fn decode(input: &mut Input) -> Option<Self> {
        Some(Date {
            year: i32::decode(input)?,
            month: u8::decode(input)?,
            day: u8::decode(input)?,
        })
    }
}

/// Both directions of each struct: its fields, in the order they are written.
macro_rules! wire_struct {
    ($($name:ident { $($field:ident),* $(,)? })*) => {$(
        impl Decode for $name {
            fn decode(input: &mut Input) -> Option<Self> {
                Some($name { $($field: Decode::decode(input)?),* })
            }
        }

        #[cfg(any(test, feature = "load"))]
        impl Encode for $name {
            fn encode(&self, output: &mut Output) {
                let $name { $($field),* } = self;
                $($field.encode(output);)*
            }
        }
    )*};
}

/// Both directions of each unit enum: its variants, in the order of their indices.
macro_rules! wire_enum {
    ($($name:ident [ $($variant:ident),* $(,)? ])*) => {$(
        impl Decode for $name {
            fn decode(input: &mut Input) -> Option<Self> {
                const VARIANTS: &[$name] = &[$($name::$variant),*];
                VARIANTS.get(usize::decode(input)?).copied()
            }
        }

        #[cfg(any(test, feature = "load"))]
        impl Encode for $name {
            fn encode(&self, output: &mut Output) {
                const VARIANTS: &[$name] = &[$($name::$variant),*];
                let index = VARIANTS.iter().position(|v| v == self).unwrap_or(0);
                index.encode(output);
            }
        }
    )*};
}

wire_struct! {
    Story { title, description, language, sides, topics, quantities, actors, articles, claims, periods }
    Period { label, claim }
    Label { id, label }
    Actor { id, name, kind, side }
    Article { id, outlet, headline, headline_note, dateline, url, published, paragraphs, background }
    Background { text, note }
    Claim { id, statement, made, about, figures, topics, verification, note, appearances }
    Link { actors, channel }
    Figure { quantity, low, high, qualifier, phrase, period }
    Verification { status, note }
    Appearance { article, chain, quotes, made }
    When { start, end, precision, phrase, inferred }
}

wire_enum! {
    ActorKind [Person, Agency, Government, Military, NewsOrganisation, Unnamed]
    Qualifier [Exact, MoreThan, AtLeast, UpTo, About, Nearly, Between, Several]
    VerificationStatus [NotVerified, Alleged]
    Precision [Day, Month, Year, Period]
}
