//! A story's data file: what `claimline site` writes beside the app, and the page reads
//! at start.
//!
//! A file is a header of 15 bytes — a mark that the file is Claimline's, the format
//! version, what it holds, and a checksum of the rest — then the value in Claimline's
//! compact encoding (`codec`). The checksum lets the page tell a damaged or cut file
//! from a story, and say so, instead of showing garbled text.

pub mod codec;

use codec::{Decode, Input};

/// The version of the data format this build reads and writes. Raise it whenever the
/// model's shape changes: a page never misreads a file written for another shape.
pub const FORMAT_VERSION: u16 = 2;

const MAGIC: [u8; 4] = *b"CLMN";
const HEADER_LEN: usize = MAGIC.len() + 2 + 1 + 8;

/// What a data file holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Contents {
    Story = 1,
}

/// Why a data file cannot be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unreadable {
    /// It is not a Claimline data file at all (an error page, another file).
    NotClaimline,
    /// It was written for another version of the format.
    OtherVersion(u16),
    /// It is a Claimline data file, but of something else.
    OtherContents,
    /// It is cut short or its bytes were changed.
    Damaged,
}

/// Reads a data file of the expected contents. Its text is borrowed from `bytes`, which
/// the page keeps for as long as it runs.
pub fn decode<T: Decode>(bytes: &'static [u8], contents: Contents) -> Result<T, Unreadable> {
    let mut input = Input::new(payload(bytes, contents)?);
    match T::decode(&mut input) {
        Some(value) if input.is_empty() => Ok(value),
        _ => Err(Unreadable::Damaged),
    }
}

/// The checked payload of a data file.
fn payload(bytes: &'static [u8], contents: Contents) -> Result<&'static [u8], Unreadable> {
    let (header, payload) = bytes
        .split_at_checked(HEADER_LEN)
        .ok_or(Unreadable::NotClaimline)?;
    let (magic, rest) = header.split_at(MAGIC.len());
    if magic != MAGIC {
        return Err(Unreadable::NotClaimline);
    }
    let version = u16::from_le_bytes([rest[0], rest[1]]);
    if version != FORMAT_VERSION {
        return Err(Unreadable::OtherVersion(version));
    }
    if rest[2] != contents as u8 {
        return Err(Unreadable::OtherContents);
    }
    let mut checksum = [0; 8];
    checksum.copy_from_slice(&rest[3..]);
    if u64::from_le_bytes(checksum) != fnv1a(payload) {
        return Err(Unreadable::Damaged);
    }
    Ok(payload)
}

/// The 64-bit FNV-1a hash: the data file's checksum, and the content hash in its name.
pub fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Writes a data file.
#[cfg(any(test, feature = "load"))]
pub fn encode<T: codec::Encode>(value: &T, contents: Contents) -> Vec<u8> {
    let mut output = codec::Output::default();
    value.encode(&mut output);
    let payload = output.bytes;
    let mut file = Vec::with_capacity(HEADER_LEN + payload.len());
    file.extend_from_slice(&MAGIC);
    file.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    file.push(contents as u8);
    file.extend_from_slice(&fnv1a(&payload).to_le_bytes());
    file.extend_from_slice(&payload);
    file
}

#[cfg(test)]
mod tests;
