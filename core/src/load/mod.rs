//! Turns the JSON text of a story into a [`Story`], and checks it: every problem at
//! once, each at its line and column with its JSON path. For `claimline` and the
//! tests; the page reads the story's data file instead (`data_file`).

// Loading runs in `claimline`, never in the page: the page's size rules (clippy.toml)
// do not bind it.
#![allow(clippy::disallowed_methods, clippy::disallowed_types)]

mod positions;

pub use positions::{Position, Positions};

use crate::model::validate::{validate, Problem};
use crate::model::{Actor, Article, Claim, Label, Period, Story};
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
    read_story(json)
        .map(|(story, _)| story)
        .map_err(|problems| {
            problems.first().map_or_else(
                || "the story does not parse".to_owned(),
                ToString::to_string,
            )
        })
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

/// The story, when its shape is right, and every problem found: first those of its
/// shape (one per item at most: each item is read on its own, so one typo does not
/// hide the rest), then, once the shape is right, everything [`validate`] knows.
pub struct Checked {
    pub story: Option<Story>,
    pub problems: Vec<Found>,
}

pub fn check(json: &str) -> Checked {
    match read_story(json) {
        Ok((story, positions)) => Checked {
            problems: validate(&story)
                .into_iter()
                .map(|problem| Found {
                    at: positions.find(&problem.path),
                    path: problem.path,
                    subject: Some(problem.subject),
                    message: problem.message,
                })
                .collect(),
            story: Some(story),
        },
        Err(problems) => Checked {
            story: None,
            problems,
        },
    }
}

/// The story and where its values lie in the text, or every problem of its shape.
fn read_story(json: &str) -> Result<(Story, Positions<'_>), Vec<Found>> {
    let value: Value = serde_json::from_str(json).map_err(|error| {
        let message = error.to_string();
        // serde_json ends its message with the place, which `Found` gives itself.
        let message = message
            .rsplit_once(" at line ")
            .map_or(message.as_str(), |(m, _)| m);
        vec![Found {
            at: Position {
                line: error.line().max(1),
                column: error.column().max(1),
            },
            path: String::new(),
            subject: None,
            message: format!("not valid JSON: {message}"),
        }]
    })?;
    let positions = Positions::of(json);
    let problems = shape_problems(&value, &positions);
    if !problems.is_empty() {
        return Err(problems);
    }
    match read::<Story>(&value) {
        Ok(story) => Ok((story, positions)),
        Err((path, message)) => Err(vec![located(&positions, path, message)]),
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

/// serde's messages in an author's words where they differ: "unknown field `infered`,
/// expected one of …" names the fields it could have been, and names are in quotes.
fn plain_words(message: &str) -> String {
    if let Some(rest) = message.strip_prefix("unknown field `") {
        if let Some((field, expected)) = rest.split_once("`, expected ") {
            let expected = expected.strip_prefix("one of ").unwrap_or(expected);
            return format!(
                "unknown field “{field}” (a misspelling?): the fields here are {}",
                expected.replace('`', "")
            );
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

/// Each list's items read on their own, then the story around them.
fn shape_problems(value: &Value, positions: &Positions) -> Vec<Found> {
    let mut problems = Vec::new();
    let Some(top) = value.as_object() else {
        let message = "a story file holds one JSON object: { \"title\": …, \"claims\": [ … ] }";
        return vec![located(positions, String::new(), message.into())];
    };
    type Reader = fn(&Value) -> Result<(), (String, String)>;
    fn reads<T: DeserializeOwned>(item: &Value) -> Result<(), (String, String)> {
        read::<T>(item).map(drop)
    }
    let lists: [(&str, &str, Reader); 7] = [
        ("sides", "side", reads::<Label>),
        ("topics", "topic", reads::<Label>),
        ("quantities", "quantity", reads::<Label>),
        ("actors", "actor", reads::<Actor>),
        ("articles", "article", reads::<Article>),
        ("claims", "claim", reads::<Claim>),
        ("periods", "period", reads::<Period>),
    ];
    for &(list, kind, read_item) in &lists {
        let Some(items) = top.get(list).and_then(Value::as_array) else {
            continue;
        };
        for (i, item) in items.iter().enumerate() {
            if let Err((path, message)) = read_item(item) {
                let path = join(&format!("{list}[{i}]"), &path);
                let mut found = located(positions, path, message);
                found.subject = item_name(kind, item);
                problems.push(found);
            }
        }
    }
    // The story's own fields, with its lists (read above, item by item) left empty.
    let frame = top
        .iter()
        .map(|(key, value)| match value {
            Value::Array(_) if lists.iter().any(|(list, ..)| list == key) => {
                (key.clone(), Value::Array(Vec::new()))
            }
            _ => (key.clone(), value.clone()),
        })
        .collect();
    if let Err((path, message)) = read::<Story>(&Value::Object(frame)) {
        problems.push(located(positions, path, message));
    }
    problems
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

fn located(positions: &Positions, path: String, message: String) -> Found {
    Found {
        at: positions.find(&path),
        path,
        subject: None,
        message,
    }
}
