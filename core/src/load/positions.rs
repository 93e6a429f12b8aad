//! Where each value of a JSON text lies, by its path (`claims[3].appearances[0]`), so a
//! problem found in the parsed story can be shown at its line and column.

/// A place in the text, both counted from 1; the column in characters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

/// The paths of a JSON text's values, each with the byte where its value starts (for
/// an object's member, its key). Built once per file; a text that is not JSON gives
/// what was read before the fault.
pub struct Positions<'a> {
    text: &'a str,
    starts: Vec<(String, usize)>,
}

impl<'a> Positions<'a> {
    pub fn of(text: &'a str) -> Positions<'a> {
        let mut walker = Walker {
            bytes: text.as_bytes(),
            at: 0,
            starts: Vec::new(),
        };
        walker.value(String::new(), 0);
        let mut starts = walker.starts;
        starts.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        Positions { text, starts }
    }

    /// Where the value at `path` starts; for a path the text does not have (a missing
    /// field), where its nearest enclosing value does.
    pub fn find(&self, path: &str) -> Position {
        let mut path = path;
        loop {
            if let Ok(i) = self.starts.binary_search_by(|(p, _)| p.as_str().cmp(path)) {
                return self.position(self.starts[i].1);
            }
            match path.rfind(['.', '[']) {
                Some(cut) => path = &path[..cut],
                None if path.is_empty() => return Position { line: 1, column: 1 },
                None => path = "",
            }
        }
    }

    fn position(&self, byte: usize) -> Position {
        let before = &self.text[..byte.min(self.text.len())];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |at| at + 1);
        Position {
            line,
            column: before[line_start..].chars().count() + 1,
        }
    }
}

struct Walker<'b> {
    bytes: &'b [u8],
    at: usize,
    starts: Vec<(String, usize)>,
}

/// Deeper than any story goes: a text nested further is not walked into.
const MAX_DEPTH: usize = 64;

impl Walker<'_> {
    fn skip_space(&mut self) {
        while self.bytes.get(self.at).is_some_and(u8::is_ascii_whitespace) {
            self.at += 1;
        }
    }

    /// Walks one value at `path`; false where the text stops being JSON.
    fn value(&mut self, path: String, depth: usize) -> bool {
        self.skip_space();
        if !self.starts.iter().rev().take(1).any(|(p, _)| *p == path) {
            self.starts.push((path.clone(), self.at));
        }
        match self.bytes.get(self.at) {
            Some(b'{') if depth < MAX_DEPTH => self.object(&path, depth),
            Some(b'[') if depth < MAX_DEPTH => self.array(&path, depth),
            Some(b'"') => self.string(),
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

    fn object(&mut self, path: &str, depth: usize) -> bool {
        self.at += 1;
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
                    let key = String::from_utf8_lossy(&self.bytes[key_start + 1..self.at - 1]);
                    let member = match path {
                        "" => key.into_owned(),
                        _ => format!("{path}.{key}"),
                    };
                    self.starts.push((member.clone(), key_start));
                    self.skip_space();
                    if self.bytes.get(self.at) != Some(&b':') {
                        return false;
                    }
                    self.at += 1;
                    if !self.value(member, depth + 1) {
                        return false;
                    }
                }
                _ => return false,
            }
        }
    }

    fn array(&mut self, path: &str, depth: usize) -> bool {
        self.at += 1;
        let mut index = 0;
        loop {
            self.skip_space();
            match self.bytes.get(self.at) {
                Some(b']') => {
                    self.at += 1;
                    return true;
                }
                Some(b',') => self.at += 1,
                Some(_) => {
                    if !self.value(format!("{path}[{index}]"), depth + 1) {
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

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "{\n  \"title\": \"A \\\"b\\\"\",\n  \"claims\": [\n    { \"id\": \"x\" },\n    {\n      \"id\": \"é-y\", \"quotes\": [\"q\", \"r\"]\n    }\n  ]\n}";

    fn at(path: &str) -> (usize, usize) {
        let p = Positions::of(TEXT).find(path);
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
    fn text_that_is_not_json_is_walked_as_far_as_it_goes() {
        let positions = Positions::of("{\"a\": [1, {\"b\": ");
        assert_eq!(
            positions.find("a[1].b"),
            Position {
                line: 1,
                column: 12
            }
        );
        let _ = Positions::of("\"unterminated");
        let _ = Positions::of(&"[".repeat(10_000));
    }
}
