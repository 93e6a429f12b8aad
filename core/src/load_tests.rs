//! Loading and validation, checked on a small hand-made story and broken copies of it.

use crate::load::{load, Loaded};
use crate::model::{Figure, Qualifier, Story};
use serde_json::Value;

const SMALL_STORY: &str = include_str!("../tests/fixtures/small-story.json");

/// A hand-made story of three claims in two articles, for tests across the crate.
pub fn small_story() -> Story {
    match load(SMALL_STORY) {
        Ok(loaded) => loaded.story,
        Err(message) => panic!("the small story loads: {message}"),
    }
}

/// The bundled news story (`stories/kursk.json`), for tests that check what the app
/// shows of real data.
pub fn bundled_story() -> Story {
    match load(include_str!("../../stories/kursk.json")) {
        Ok(loaded) => loaded.story,
        Err(message) => panic!("the bundled story loads: {message}"),
    }
}

/// A figure of a made-up quantity, with its qualifier and bounds, worded "several
/// hundred", for tests of how figures are drawn and written.
pub fn figure(qualifier: Qualifier, low: Option<u64>, high: Option<u64>) -> Figure {
    Figure {
        quantity: "q".into(),
        low,
        high,
        qualifier,
        phrase: "several hundred".into(),
        period: None,
    }
}

fn small() -> Value {
    serde_json::from_str(SMALL_STORY).expect("fixture is JSON")
}

fn problems_of(value: &Value) -> Vec<String> {
    match load(&value.to_string()) {
        Ok(Loaded { problems, .. }) => problems.iter().map(ToString::to_string).collect(),
        Err(message) => vec![message],
    }
}

#[test]
fn small_story_is_valid() {
    assert_eq!(problems_of(&small()), Vec::<String>::new());
}

#[test]
fn a_quote_not_in_its_article_names_claim_and_field() {
    let mut story = small();
    story["claims"][1]["appearances"][0]["quotes"][0] =
        "The South minister said supplies ran out.".into();
    let problems = problems_of(&story);
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(
        problems[0].starts_with(
            "claim “south-supplies-low”, field appearances[0].quotes[0]: not found verbatim"
        ),
        "{problems:?}"
    );
    // The sentence it was meant to cover is now covered by nothing.
    assert!(
        problems[1].contains("sentence belongs to no claim"),
        "{problems:?}"
    );
}

#[test]
fn dangling_references_and_duplicate_ids_are_named() {
    let mut story = small();
    story["claims"][0]["appearances"][0]["chain"][0]["actors"][0] = "nobody".into();
    story["claims"][0]["topics"][0] = "weather".into();
    story["claims"][2]["id"] = "north-40-wounded".into();
    story["actors"][0]["side"] = "east".into();
    let problems = problems_of(&story);
    for expected in [
        "claim “north-40-wounded”, field appearances[0].chain[0].actors[0]: “nobody” does not name a known item",
        "claim “north-40-wounded”, field topics[0]: “weather” does not name a known item",
        "claim “north-40-wounded”, field id: more than one claim has this id",
        "actor “daily”, field side: “east” does not name a known item",
    ] {
        assert!(
            problems.iter().any(|p| p == expected),
            "missing {expected:?} in {problems:?}"
        );
    }
}

#[test]
fn a_period_needs_a_claim_with_a_time_it_is_about() {
    let mut story = small();
    story["periods"][0]["claim"] = "north-40-wounded".into();
    story["periods"]
        .as_array_mut()
        .expect("periods")
        .push(serde_json::json!({ "label": " ", "claim": "nothing" }));
    let problems = problems_of(&story);
    for expected in [
        "period “The supply shortage”, field claim: “north-40-wounded” gives no time it is about: no span",
        "period “ ”, field label: a period needs a name",
        "period “ ”, field claim: “nothing” does not name a known item",
    ] {
        assert!(
            problems.iter().any(|p| p == expected),
            "missing {expected:?} in {problems:?}"
        );
    }
}

#[test]
fn malformed_ids_and_dates_are_named() {
    let mut story = small();
    story["claims"][0]["id"] = "North 40".into();
    story["claims"][2]["about"]["end"] = "2024-12-30".into();
    let problems = problems_of(&story);
    assert!(
        problems
            .iter()
            .any(|p| p.starts_with("claim “North 40”, field id:")),
        "{problems:?}"
    );
    assert!(
        problems.iter().any(|p| p.starts_with(
            "claim “south-supplies-low-via-wire”, field about: start and end do not match"
        )),
        "{problems:?}"
    );
}

#[test]
fn a_shape_error_names_the_claim_and_the_field() {
    let mut story = small();
    story["claims"][1]["made"] = serde_json::json!({ "start": "2024-02-30", "end": "2024-02-30", "precision": "day", "phrase": null, "inferred": null });
    let message = problems_of(&story).join("\n");
    assert!(
        message.contains("claim “south-supplies-low”") && message.contains("2024-02-30"),
        "{message}"
    );

    let mut story = small();
    story["claims"][0]
        .as_object_mut()
        .expect("claim object")
        .remove("statement");
    let message = problems_of(&story).join("\n");
    assert!(
        message.contains("claim “north-40-wounded”") && message.contains("statement"),
        "{message}"
    );
}

#[test]
fn text_that_is_not_json_gets_a_message() {
    let message = load("{ not json").err().expect("must fail");
    assert_eq!(message, "1:3: not valid JSON: key must be a string");
}

/// Every problem `check` finds in a story, as it prints them.
fn checked(value: &Value) -> Vec<String> {
    let text = serde_json::to_string_pretty(value).expect("JSON");
    crate::load::check(&text)
        .problems
        .iter()
        .map(ToString::to_string)
        .collect()
}

#[test]
fn check_reports_every_shape_problem_at_once_with_its_path_and_place() {
    let mut story = small();
    story["claims"][2]["about"]["infered"] = "from Monday".into();
    story["claims"][0]["statement"] = 3.into();
    story["actors"][1]["kind"] = "alien".into();
    story["titel"] = "typo".into();
    let problems = checked(&story);
    assert_eq!(problems.len(), 4, "{problems:#?}");
    let text = problems.join("\n");
    for expected in [
        "claims[2].about.infered (claim “south-supplies-low-via-wire”): unknown field “infered” (a misspelling?): the fields here are start, end, precision, phrase, inferred",
        "claims[0].statement (claim “north-40-wounded”): invalid type: integer “3”, expected a string",
        "actors[1].kind (actor “",
        "titel: unknown field “titel”",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in\n{text}");
    }
    // Each at the line of its field in the pretty-printed text.
    let pretty = serde_json::to_string_pretty(&story).expect("JSON");
    let line_of = |needle: &str| {
        pretty
            .lines()
            .position(|l| l.contains(needle))
            .expect("in text")
            + 1
    };
    let infered = problems
        .iter()
        .find(|p| p.contains("infered"))
        .expect("found");
    assert!(
        infered.starts_with(&format!("{}:", line_of("\"infered\""))),
        "{infered}"
    );
}

#[test]
fn check_reports_every_validation_problem_with_its_whole_path() {
    let mut story = small();
    story["claims"][1]["appearances"][0]["quotes"][0] = "Not in the article.".into();
    story["claims"][0]["topics"][0] = "weather".into();
    story["language"] = "English".into();
    let problems = checked(&story);
    let text = problems.join("\n");
    for expected in [
        "claims[1].appearances[0].quotes[0] (claim “south-supplies-low”): not found verbatim",
        "claims[0].topics[0] (claim “north-40-wounded”): “weather” does not name a known item",
        "language (the story): “English” is not a language tag",
        "(article “",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in\n{text}");
    }
    assert!(
        problems
            .iter()
            .all(|p| p.split(':').take(2).all(|n| n.parse::<usize>().is_ok())),
        "{text}"
    );
}

#[test]
fn a_json_syntax_error_gives_its_line_and_column() {
    let problems = crate::load::check("{\n  \"title\": \"x\",\n  \"claims\": [}\n").problems;
    assert_eq!(problems.len(), 1);
    assert_eq!((problems[0].at.line, problems[0].at.column), (3, 14));
    assert!(
        problems[0].message.starts_with("not valid JSON"),
        "{:?}",
        problems[0]
    );
}
