//! Where values lie in a JSON text, by their paths (`claims[3].appearances[0]`), so a
//! problem found in the parsed story can be shown at its line and column; and the keys
//! an object gives twice, which a parser lets the last one win silently. One walk over
//! the text for every path asked and every key, then one for every line and column:
//! a file of thousands of problems costs no more than a clean one.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::fmt::Write;

/// A place in the text, both counted from 1; the column in characters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

impl Position {
    pub const START: Position = Position { line: 1, column: 1 };
}

/// A key an object gives more than once: its later place, and its path there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Repeated {
    pub key: String,
    pub path: String,
    pub at: Position,
}

/// What a walk over a text found: where each path asked lies, in the order asked, and
/// every repeated key, in the text's order.
pub struct Scan {
    pub places: Vec<Position>,
    pub repeated: Vec<Repeated>,
}

/// Where the value at each of `paths` starts (for an object's member, its key; for a
/// path the text lacks, such as a missing field, where its nearest enclosing value
/// does), and every repeated key. A text that is not JSON is walked as far as it goes.
pub fn scan(text: &str, paths: &[&str]) -> Scan {
    let mut wanted: HashMap<&str, Option<usize>> = HashMap::new();
    for path in paths {
        let mut path = *path;
        loop {
            wanted.insert(path, None);
            match path.rfind(['.', '[']) {
                Some(cut) => path = &path[..cut],
                None if path.is_empty() => break,
                None => path = "",
            }
        }
    }
    let mut walker = Walker {
        bytes: text.as_bytes(),
        at: 0,
        path: String::new(),
        wanted,
        repeated: Vec::new(),
    };
    walker.value(0, Look::Here);
    let Walker {
        wanted, repeated, ..
    } = walker;
    let starts: Vec<usize> = paths
        .iter()
        .map(|path| nearest_start(&wanted, path))
        .collect();
    let mut bytes: Vec<usize> = starts.clone();
    bytes.extend(repeated.iter().map(|r| r.1));
    let lines = Lines::of(text, bytes);
    Scan {
        places: starts.iter().map(|&byte| lines.at(byte)).collect(),
        repeated: repeated
            .into_iter()
            .map(|(key, byte, path)| Repeated {
                key,
                path,
                at: lines.at(byte),
            })
            .collect(),
    }
}

/// The line and column of one byte of a text.
pub fn place(text: &str, byte: usize) -> Position {
    Lines::of(text, vec![byte]).at(byte)
}

/// The start of the value at `path`, or of the nearest value enclosing it.
fn nearest_start(wanted: &HashMap<&str, Option<usize>>, path: &str) -> usize {
    let mut path = path;
    loop {
        if let Some(Some(byte)) = wanted.get(path) {
            return *byte;
        }
        match path.rfind(['.', '[']) {
            Some(cut) => path = &path[..cut],
            None if path.is_empty() => return 0,
            None => path = "",
        }
    }
}

/// Lines and columns of given bytes of a text, worked out in one pass along it.
struct Lines {
    /// Each byte asked, with its place, by byte.
    places: Vec<(usize, Position)>,
}

impl Lines {
    fn of(text: &str, mut bytes: Vec<usize>) -> Lines {
        bytes.sort_unstable();
        bytes.dedup();
        let mut places = Vec::with_capacity(bytes.len());
        let (mut cursor, mut place) = (0, Position::START);
        for asked in bytes {
            let mut byte = asked.min(text.len()).max(cursor);
            while !text.is_char_boundary(byte) {
                byte -= 1;
            }
            let passed = text.get(cursor..byte).unwrap_or_default();
            match passed.rfind('\n') {
                Some(last) => {
                    place.line += passed.bytes().filter(|&b| b == b'\n').count();
                    place.column = passed[last + 1..].chars().count() + 1;
                }
                None => place.column += passed.chars().count(),
            }
            cursor = cursor.max(byte);
            places.push((asked, place));
        }
        Lines { places }
    }

    fn at(&self, byte: usize) -> Position {
        let i = self.places.partition_point(|&(b, _)| b < byte);
        self.places
            .get(i)
            .map_or(Position::START, |&(_, place)| place)
    }
}

struct Walker<'b, 'p> {
    bytes: &'b [u8],
    at: usize,
    /// The path of the value being walked; extended and cut back as the walk goes.
    path: String,
    /// The paths asked (with what encloses them), and where each starts once seen.
    wanted: HashMap<&'p str, Option<usize>>,
    /// Each repeated key, where it is, and its path.
    repeated: Vec<(String, usize, String)>,
}

/// As deep as serde_json reads (its recursion limit): a text nested deeper is not
/// JSON to it, so it is never walked that far.
const MAX_DEPTH: usize = 128;

impl Walker<'_, '_> {
    fn skip_space(&mut self) {
        while self.bytes.get(self.at).is_some_and(u8::is_ascii_whitespace) {
            self.at += 1;
        }
    }

    /// Marks where the value at `self.path` starts, if it is wanted; gives whether it
    /// is, that is, whether any value inside it may be.
    fn mark(&mut self, byte: usize) -> bool {
        match self.wanted.get_mut(self.path.as_str()) {
            Some(start) => {
                *start = Some(byte);
                true
            }
            None => false,
        }
    }

    /// Walks one value at `self.path`; false where the text stops being JSON.
    fn value(&mut self, depth: usize, look: Look) -> bool {
        self.skip_space();
        // The paths wanted include all that enclose them: below a value not wanted,
        // none is.
        let inside = match look {
            Look::Here => self.mark(self.at),
            Look::Inside => true,
            Look::Nowhere => false,
        };
        match self.bytes.get(self.at) {
            Some(b'{') if depth < MAX_DEPTH => self.object(depth, inside),
            Some(b'[') if depth < MAX_DEPTH => self.array(depth, inside),
            Some(b'"') => self.string(),
            Some(b'{' | b'[') => false,
            Some(_) => {
                while self
                    .bytes
                    .get(self.at)
                    .is_some_and(|b| !matches!(b, b',' | b']' | b'}') && !b.is_ascii_whitespace())
                {
                    self.at += 1;
                }
                true
            }
            None => false,
        }
    }

    fn object(&mut self, depth: usize, look: bool) -> bool {
        self.at += 1;
        let mut keys = Keys::default();
        let outer = self.path.len();
        loop {
            self.skip_space();
            match self.bytes.get(self.at) {
                Some(b'}') => {
                    self.at += 1;
                    return true;
                }
                Some(b',') => self.at += 1,
                Some(b'"') => {
                    let key_start = self.at;
                    if !self.string() {
                        return false;
                    }
                    let key = key_text(&self.bytes[key_start..self.at]);
                    if outer > 0 {
                        self.path.push('.');
                    }
                    self.path.push_str(&key);
                    // A member's place is its key.
                    let inside = look && self.mark(key_start);
                    if let Some(key) = keys.repeated(key) {
                        self.repeated.push((key, key_start, self.path.clone()));
                    }
                    self.skip_space();
                    if self.bytes.get(self.at) != Some(&b':') {
                        return false;
                    }
                    self.at += 1;
                    let look = if inside { Look::Inside } else { Look::Nowhere };
                    let walked = self.value(depth + 1, look);
                    self.path.truncate(outer);
                    if !walked {
                        return false;
                    }
                }
                _ => return false,
            }
        }
    }

    fn array(&mut self, depth: usize, look: bool) -> bool {
        self.at += 1;
        let outer = self.path.len();
        let mut index = 0usize;
        loop {
            self.skip_space();
            match self.bytes.get(self.at) {
                Some(b']') => {
                    self.at += 1;
                    return true;
                }
                Some(b',') => self.at += 1,
                Some(_) => {
                    let _ = write!(self.path, "[{index}]");
                    let look = if look { Look::Here } else { Look::Nowhere };
                    let walked = self.value(depth + 1, look);
                    self.path.truncate(outer);
                    if !walked {
                        return false;
                    }
                    index += 1;
                }
                None => return false,
            }
        }
    }

    /// Steps over a string, escapes and all, to just past its closing quote.
    fn string(&mut self) -> bool {
        self.at += 1;
        while let Some(&byte) = self.bytes.get(self.at) {
            self.at += 1;
            match byte {
                b'"' => return true,
                b'\\' => self.at += 1,
                _ => {}
            }
        }
        false
    }
}

/// Whether to look for a value's place: at it, only inside it (a member, placed at its
/// key), or not at all (nothing wanted lies in it).
#[derive(Clone, Copy)]
enum Look {
    Here,
    Inside,
    Nowhere,
}

/// The keys of one object so far. Most objects have a few, compared in place; a
/// large one is hashed.
#[derive(Default)]
struct Keys<'b> {
    few: Vec<Cow<'b, str>>,
    many: HashSet<Cow<'b, str>>,
}

/// Beyond this many keys, an object's are hashed.
const FEW: usize = 16;

impl<'b> Keys<'b> {
    /// Adds a key; gives it back when the object has it already.
    fn repeated(&mut self, key: Cow<'b, str>) -> Option<String> {
        if self.few.contains(&key) || self.many.contains(&key) {
            return Some(key.into_owned());
        }
        if self.few.len() < FEW {
            self.few.push(key);
        } else {
            self.many.insert(key);
        }
        None
    }
}

/// A key as the story reads it: its quoted text with any escapes undone.
fn key_text(quoted: &[u8]) -> Cow<'_, str> {
    let inner = quoted.get(1..quoted.len().saturating_sub(1)).unwrap_or(&[]);
    if inner.contains(&b'\\') {
        if let Ok(key) = serde_json::from_slice::<String>(quoted) {
            return Cow::Owned(key);
        }
    }
    String::from_utf8_lossy(inner)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "{\n  \"title\": \"A \\\"b\\\"\",\n  \"claims\": [\n    { \"id\": \"x\" },\n    {\n      \"id\": \"é-y\", \"quotes\": [\"q\", \"r\"]\n    }\n  ]\n}";

    fn at(path: &str) -> (usize, usize) {
        let p = scan(TEXT, &[path]).places[0];
        (p.line, p.column)
    }

    #[test]
    fn finds_members_by_their_key_and_items_by_their_start() {
        assert_eq!(at("title"), (2, 3));
        assert_eq!(at("claims"), (3, 3));
        assert_eq!(at("claims[0]"), (4, 5));
        assert_eq!(at("claims[0].id"), (4, 7));
        assert_eq!(at("claims[1]"), (5, 5));
        assert_eq!(at("claims[1].quotes[1]"), (6, 36));
    }

    #[test]
    fn a_path_the_text_lacks_is_shown_at_what_encloses_it() {
        assert_eq!(at("claims[1].statement"), (5, 5));
        assert_eq!(at("claims[7].id"), (3, 3));
        assert_eq!(at("nothing"), (1, 1));
        assert_eq!(at(""), (1, 1));
    }

    #[test]
    fn many_paths_are_placed_in_one_walk_in_the_order_asked() {
        let places = scan(
            TEXT,
            &[
                "claims[1].quotes[1]",
                "title",
                "claims[1].quotes[1]",
                "claims[0]",
            ],
        )
        .places;
        let places: Vec<(usize, usize)> = places.iter().map(|p| (p.line, p.column)).collect();
        assert_eq!(places, [(6, 36), (2, 3), (6, 36), (4, 5)]);
    }

    #[test]
    fn every_place_on_one_long_line_is_counted_in_characters() {
        let text = "{\"é\": [\"ü\", \"ö\", {\"a\": \"é\"}]}";
        let places = scan(text, &["é[2].a", "é[1]", "é"]).places;
        let places: Vec<(usize, usize)> = places.iter().map(|p| (p.line, p.column)).collect();
        assert_eq!(places, [(1, 19), (1, 13), (1, 2)]);
    }

    #[test]
    fn a_value_nested_deeper_than_64_does_not_throw_later_places_off() {
        let deep = format!("{}{}", "[".repeat(100), "]".repeat(100));
        let text = format!("{{\"a\": {deep},\n \"b\": 1}}");
        assert_eq!(
            scan(&text, &["b"]).places[0],
            Position { line: 2, column: 2 }
        );
    }

    #[test]
    fn a_repeated_key_is_found_at_its_later_place_with_its_path() {
        let text =
            "{\"claims\": [{\"note\": \"x\",\n  \"n\\u006fte\": \"y\"}], \"a\": {\"note\": 1}}";
        let repeated = scan(text, &[]).repeated;
        assert_eq!(
            repeated,
            [Repeated {
                key: "note".into(),
                path: "claims[0].note".into(),
                at: Position { line: 2, column: 3 },
            }]
        );
    }

    #[test]
    fn text_that_is_not_json_is_walked_as_far_as_it_goes() {
        let places = scan("{\"a\": [1, {\"b\": ", &["a[1].b"]).places;
        assert_eq!(
            places[0],
            Position {
                line: 1,
                column: 12
            }
        );
        let _ = scan("\"unterminated", &["x"]);
        let _ = scan(&"[".repeat(10_000), &["[0][0]"]);
    }
}
