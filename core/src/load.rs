//! Turns the JSON text of a story into a [`Story`], with messages that say where it broke.
//! For the app's build script and the tests; the app itself embeds the story already parsed.

use crate::model::validate::{validate, Problem};
use crate::model::{Actor, Article, Claim, Story};
use serde::de::DeserializeOwned;
use serde_json::Value;

/// A story that parsed, and anything [`validate`] found wrong with it.
pub struct Loaded {
    pub story: Story,
    pub problems: Vec<Problem>,
}

/// Parses and validates a story.
pub fn load(json: &str) -> Result<Loaded, String> {
    let story = parse(json)?;
    let problems = validate(&story);
    Ok(Loaded { story, problems })
}

/// Parses a story. A file that does not parse gives one message naming, where it can,
/// the item and the field at fault.
pub fn parse(json: &str) -> Result<Story, String> {
    serde_json::from_str::<Story>(json)
        .map_err(|error| locate(json).unwrap_or_else(|| format!("story data: {error}")))
}

/// Finds the first actor, article or claim that fails to parse on its own, so the
/// message can name it rather than give only a line and column.
fn locate(json: &str) -> Option<String> {
    let value: Value = serde_json::from_str(json).ok()?;
    [
        (
            "actors",
            "actor",
            try_parse::<Actor> as fn(&Value) -> Option<String>,
        ),
        ("articles", "article", try_parse::<Article>),
        ("claims", "claim", try_parse::<Claim>),
    ]
    .into_iter()
    .find_map(|(list, kind, parse)| {
        value
            .get(list)?
            .as_array()?
            .iter()
            .enumerate()
            .find_map(|(i, item)| {
                let error = parse(item)?;
                let name = item.get("id").and_then(Value::as_str).map_or_else(
                    || format!("{kind} #{}", i + 1),
                    |id| format!("{kind} “{id}”"),
                );
                Some(format!("story data, {name}: {error}"))
            })
    })
}

fn try_parse<T: DeserializeOwned>(item: &Value) -> Option<String> {
    T::deserialize(item).err().map(|e| e.to_string())
}
