//! Turns the JSON text of a story into a [`Story`], and checks it: every problem at
//! once, each at its line and column with its JSON path. For `claimline` and the
//! tests; the page reads the story's data file instead (`data_file`).

// Loading runs in `claimline`, never in the page: the page's size rules (clippy.toml)
// do not bind it.
#![allow(clippy::disallowed_methods, clippy::disallowed_types)]

mod positions;

pub use positions::Position;

use crate::model::direction::left_open;
use crate::model::validate::{validate, validate_read, Problem, Unread};
use crate::model::{List, Story, Text};
use serde::de::DeserializeOwned;
use serde_json::Value;
use std::fmt;

/// A story that parsed, and anything [`validate`] found wrong with it.
pub struct Loaded {
    pub story: Story,
    pub problems: Vec<Problem>,
}

/// Parses and validates a story; a story that does not parse gives its first problem.
pub fn load(json: &str) -> Result<Loaded, String> {
    let story = parse(json)?;
    let problems = validate(&story);
    Ok(Loaded { story, problems })
}

/// Parses a story; one that does not gives its first problem, located.
pub fn parse(json: &str) -> Result<Story, String> {
    let json = without_bom(json);
    let mut reading = read_story(json).map_err(|found| found.to_string())?;
    match reading.problems.is_empty() {
        true => Ok(reading.story),
        false => {
            reading.problems.truncate(1);
            let found = placed(json, reading.problems);
            Err(found.iter().map(ToString::to_string).collect())
        }
    }
}

/// One problem of a story file, where it lies.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    pub at: Position,
    /// The JSON path of the field at fault (`claims[3].appearances[0].quotes[1]`);
    /// empty for the file as a whole.
    pub path: String,
    /// The item at fault (`claim “tuva-place-of-birth”`), when it has an id.
    pub subject: Option<String>,
    pub message: String,
}

impl fmt::Display for Found {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: ", self.at.line, self.at.column)?;
        if !self.path.is_empty() {
            write!(f, "{}", self.path)?;
        }
        if let Some(subject) = &self.subject {
            write!(f, " ({subject})")?;
        }
        if !self.path.is_empty() || self.subject.is_some() {
            f.write_str(": ")?;
        }
        f.write_str(&self.message)
    }
}

/// The story, when its shape is right, and every problem found: keys given twice,
/// those of its shape (one per item at most: each item is read on its own, so one
/// typo does not hide the rest), then everything [`validate_read`] finds in what could
/// be read.
pub struct Checked {
    pub story: Option<Story>,
    pub problems: Vec<Found>,
    /// Checks not made because they rest on items that could not be read.
    pub skipped: usize,
}

/// Checks a story file as read from disk: text that is not UTF-8 is placed at its first
/// bad byte.
pub fn check_bytes(bytes: &[u8]) -> Checked {
    match std::str::from_utf8(bytes) {
        Ok(json) => check(json),
        Err(error) => {
            let good = bytes.get(..error.valid_up_to()).unwrap_or_default();
            let good = std::str::from_utf8(good).unwrap_or_default();
            let good = without_bom(good);
            let bad = bytes.get(error.valid_up_to()).copied().unwrap_or_default();
            Checked {
                story: None,
                problems: vec![Found {
                    at: positions::place(good, good.len()),
                    path: String::new(),
                    subject: None,
                    message: format!(
                        "not UTF-8 text from here (the byte 0x{bad:02X}): save the file as UTF-8"
                    ),
                }],
                skipped: 0,
            }
        }
    }
}

/// Every problem of a story file's text, each placed: keys given twice, then each
/// item's shape, then what validating what could be read finds.
pub fn check(json: &str) -> Checked {
    let json = without_bom(json);
    let reading = match read_story(json) {
        Ok(reading) => reading,
        Err(found) => {
            return Checked {
                story: None,
                problems: vec![found],
                skipped: 0,
            }
        }
    };
    let validation = validate_read(&reading.story, &reading.unread);
    let read_whole = reading.problems.is_empty();
    let mut pending = reading.problems;
    pending.extend(validation.problems.into_iter().map(|problem| Pending {
        path: reading.read.original_path(&problem.path),
        subject: Some(problem.subject),
        message: problem.message,
    }));
    Checked {
        problems: placed(json, pending),
        story: read_whole.then_some(reading.story),
        skipped: validation.skipped,
    }
}

/// A story file may start with a byte order mark, which editors on some systems write
/// and show no sign of: it is no part of the JSON, and columns count from after it.
fn without_bom(json: &str) -> &str {
    json.strip_prefix('\u{feff}').unwrap_or(json)
}

/// A problem found, before it is placed in the text.
struct Pending {
    path: String,
    subject: Option<String>,
    message: String,
}

/// Each problem at its line and column, after those of keys given twice: one walk over
/// the text for all of them.
fn placed(json: &str, pending: Vec<Pending>) -> Vec<Found> {
    let paths: Vec<&str> = pending.iter().map(|p| p.path.as_str()).collect();
    let scan = positions::scan(json, &paths);
    let repeated = scan.repeated.into_iter().map(|repeated| Found {
        at: repeated.at,
        path: repeated.path,
        subject: None,
        message: format!(
            "duplicate key “{}”: the later value would win",
            repeated.key
        ),
    });
    let found = pending.into_iter().zip(scan.places).map(|(p, at)| Found {
        at,
        path: p.path,
        subject: p.subject,
        message: p.message,
    });
    repeated.chain(found).collect()
}

/// What could be read of a story: the story made of the items that read, each problem
/// of its shape, what could not be read, and where the items read came from.
struct Reading {
    story: Story,
    problems: Vec<Pending>,
    unread: Unread,
    read: ReadItems,
}

/// The newest version of the story format this build reads. A file says its version in
/// `format`; one without it is of version 1, which every later version still reads.
/// Version 2 added each outlet's own date for a claim (`appearances[].made`), quotes in
/// a headline, and the qualifier `at-least`.
pub const STORY_FORMAT: u64 = 2;

/// The story's own fields, in the order the format gives them.
const FIELDS: [&str; 11] = [
    "format",
    "title",
    "description",
    "language",
    "sides",
    "topics",
    "quantities",
    "actors",
    "articles",
    "claims",
    "periods",
];

/// The story as far as it reads; only text that is not JSON, or JSON that is not an
/// object, gives nothing.
fn read_story(json: &str) -> Result<Reading, Found> {
    let value: Value = serde_json::from_str(json).map_err(|error| {
        let message = error.to_string();
        // serde_json ends its message with the place, which `Found` gives itself.
        let message = message
            .rsplit_once(" at line ")
            .map_or(message.as_str(), |(m, _)| m);
        let message = match message {
            "recursion limit exceeded" => "nested more than 128 lists or objects deep",
            message => message,
        };
        Found {
            at: syntax_place(json, error.line(), error.column()),
            path: String::new(),
            subject: None,
            message: format!("not valid JSON: {message}"),
        }
    })?;
    let Some(top) = value.as_object() else {
        return Err(Found {
            at: Position::START,
            path: String::new(),
            subject: None,
            message: "a story file holds one JSON object: { \"title\": …, \"claims\": [ … ] }"
                .into(),
        });
    };
    let mut reader = Reader {
        top,
        problems: Vec::new(),
        unread: Unread::default(),
        read: ReadItems::default(),
    };
    for key in top.keys().filter(|key| !FIELDS.contains(&key.as_str())) {
        reader.problem(key.clone(), None, unknown_field(key, &FIELDS.join(", ")));
    }
    directions_left_open(&value, &mut Vec::new(), &mut reader);
    reader.format();
    let story = Story {
        title: reader.text("title"),
        description: reader.text("description"),
        language: reader.text("language"),
        sides: reader.list("sides", "side", true),
        topics: reader.list("topics", "topic", true),
        quantities: reader.list("quantities", "quantity", true),
        actors: reader.list("actors", "actor", true),
        articles: reader.list("articles", "article", true),
        claims: reader.list("claims", "claim", true),
        periods: reader.list("periods", "period", false),
    };
    Ok(Reading {
        story,
        problems: reader.problems,
        unread: reader.unread,
        read: reader.read,
    })
}

/// Each text of the story that leaves a direction control open (an override, an
/// embedding or an isolate): in the page it would reverse the words after it.
fn directions_left_open<'v>(value: &'v Value, at: &mut Vec<Step<'v>>, reader: &mut Reader) {
    match value {
        Value::String(text) if !left_open(text).is_empty() => {
            let path = at.iter().fold(String::new(), |path, step| match step {
                Step::Key(key) if path.is_empty() => (*key).to_owned(),
                Step::Key(key) => join(&path, key),
                Step::Index(index) => format!("{path}[{index}]"),
            });
            reader.problem(
                path,
                None,
                "a direction control (U+202A–U+202E or U+2066–U+2068) is left open: it \
                 would turn the words after this text around; close it (U+202C, U+2069) \
                 or remove it"
                    .into(),
            );
        }
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                at.push(Step::Index(index));
                directions_left_open(item, at, reader);
                at.pop();
            }
        }
        Value::Object(members) => {
            for (key, item) in members {
                at.push(Step::Key(key));
                directions_left_open(item, at, reader);
                at.pop();
            }
        }
        _ => {}
    }
}

/// One step of a JSON path: a member's key or an item's index.
enum Step<'v> {
    Key(&'v str),
    Index(usize),
}

/// serde_json's place of a syntax error, whose column counts bytes, with its column
/// in characters as every other place is given.
fn syntax_place(json: &str, line: usize, byte_column: usize) -> Position {
    let line_start = match line {
        0 | 1 => 0,
        line => json
            .match_indices('\n')
            .nth(line - 2)
            .map_or(json.len(), |(at, _)| at + 1),
    };
    positions::place(json, line_start + byte_column.saturating_sub(1))
}

/// Reads the story's fields one by one, and each list's items one by one, noting
/// what does not read.
struct Reader<'v> {
    top: &'v serde_json::Map<String, Value>,
    problems: Vec<Pending>,
    unread: Unread,
    read: ReadItems,
}

impl Reader<'_> {
    fn problem(&mut self, path: String, subject: Option<String>, message: String) {
        self.problems.push(Pending {
            path,
            subject,
            message,
        });
    }

    /// Reports a `format` this build cannot read; a file without one is of version 1.
    fn format(&mut self) {
        let Some(value) = self.top.get("format") else {
            return;
        };
        let message = match value.as_u64() {
            Some(version) if (1..=STORY_FORMAT).contains(&version) => return,
            Some(version) if version > STORY_FORMAT => format!(
                "the story is written in format {version}; this claimline reads formats 1 \
                 to {STORY_FORMAT}: use a newer claimline"
            ),
            _ => format!("the format is a version number, 1 to {STORY_FORMAT}"),
        };
        self.problem("format".to_owned(), None, message);
    }

    fn text(&mut self, field: &'static str) -> Text {
        let Some(value) = self.top.get(field) else {
            self.unread.field(field);
            self.problem(String::new(), None, format!("missing field “{field}”"));
            return Text::default();
        };
        read::<Text>(value).unwrap_or_else(|(_, message)| {
            self.unread.field(field);
            self.problem(field.to_owned(), None, message);
            Text::default()
        })
    }

    /// The items of a list that read; `required`: whether it may be left out.
    fn list<T: DeserializeOwned + Clone>(
        &mut self,
        list: &'static str,
        kind: &str,
        required: bool,
    ) -> List<T> {
        let items = match self.top.get(list) {
            None if !required => return List::default(),
            None => {
                self.unread.item(list, None);
                self.problem(String::new(), None, format!("missing field “{list}”"));
                return List::default();
            }
            Some(value) => match value.as_array() {
                Some(items) => items,
                None => {
                    let message = read::<Vec<Value>>(value).err().map(|(_, m)| m);
                    self.unread.item(list, None);
                    self.problem(list.to_owned(), None, message.unwrap_or_default());
                    return List::default();
                }
            },
        };
        let mut read_items = Vec::with_capacity(items.len());
        let mut indices = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            match read::<T>(item) {
                Ok(read_item) => {
                    read_items.push(read_item);
                    indices.push(i);
                }
                Err((path, message)) => {
                    let id = item.get("id").and_then(Value::as_str);
                    self.unread.item(list, id);
                    if list == "claims" {
                        self.unread.claim_in(articles_of(item));
                    }
                    let path = join(&format!("{list}[{i}]"), &path);
                    self.problem(path, item_name(kind, item), message);
                }
            }
        }
        if indices.len() < items.len() {
            self.read.indices.push((list, indices));
        }
        read_items.into()
    }
}

/// The articles a claim's appearances name, if they read.
fn articles_of(claim: &Value) -> Option<Vec<&str>> {
    claim
        .get("appearances")?
        .as_array()?
        .iter()
        .map(|appearance| appearance.get("article")?.as_str())
        .collect()
}

/// Where the items read came from, in lists that lost some: the story's `claims[3]`
/// is the file's `claims[4]` when one before it did not read.
#[derive(Default)]
struct ReadItems {
    indices: Vec<(&'static str, Vec<usize>)>,
}

impl ReadItems {
    /// A path into the story read, as a path into the file.
    fn original_path(&self, path: &str) -> String {
        for (list, indices) in &self.indices {
            let Some(rest) = path
                .strip_prefix(list)
                .and_then(|rest| rest.strip_prefix('['))
            else {
                continue;
            };
            let Some((index, rest)) = rest.split_once(']') else {
                continue;
            };
            if let Some(original) = index.parse::<usize>().ok().and_then(|i| indices.get(i)) {
                return format!("{list}[{original}]{rest}");
            }
        }
        path.to_owned()
    }
}

/// What `T` cannot read of `value`: the path within it and the message.
fn read<T: DeserializeOwned>(value: &Value) -> Result<T, (String, String)> {
    serde_path_to_error::deserialize::<_, T>(value).map_err(|error| {
        let path = error.path().to_string();
        let path = if path == "." { String::new() } else { path };
        (path, plain_words(&error.into_inner().to_string()))
    })
}

fn unknown_field(field: &str, expected: &str) -> String {
    format!("unknown field “{field}” (a misspelling?): the fields here are {expected}")
}

/// serde's messages in an author's words where they differ: "unknown field `infered`,
/// expected one of …" names the fields it could have been, and names are in quotes.
fn plain_words(message: &str) -> String {
    if let Some(rest) = message.strip_prefix("unknown field `") {
        if let Some((field, expected)) = rest.split_once("`, expected ") {
            let expected = expected.strip_prefix("one of ").unwrap_or(expected);
            return unknown_field(field, &expected.replace('`', ""));
        }
    }
    let mut quoted = String::new();
    for (i, part) in message.split('`').enumerate() {
        if i > 0 {
            quoted.push(if i % 2 == 1 { '“' } else { '”' });
        }
        quoted.push_str(part);
    }
    quoted
}

fn join(prefix: &str, path: &str) -> String {
    match path {
        "" => prefix.to_owned(),
        _ if path.starts_with('[') => format!("{prefix}{path}"),
        _ => format!("{prefix}.{path}"),
    }
}

/// An item's name, as problems name it: `claim “x”`.
fn item_name(kind: &str, item: &Value) -> Option<String> {
    let id = item.get("id").or_else(|| item.get("label"))?.as_str()?;
    Some(format!("{kind} “{id}”"))
}
