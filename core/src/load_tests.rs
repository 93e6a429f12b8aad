//! Loading and validation, checked on a small hand-made story and broken copies of it.

use crate::load::{load, Loaded};
use crate::model::{Actor, ActorKind, Appearance, Figure, Qualifier, Story};
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

/// The small story told by `count` outlets (up to 26): article `a`'s text again as
/// articles `a`, `b`, `c`, … by "Paper A", "Paper B", …; claim `i` carried by article
/// `j` when `carries(i, j)` (by the first article when by none), as claim `i` first
/// appears in the small story. For tests of stories of many articles.
pub fn many_outlets(count: usize, carries: impl Fn(usize, usize) -> bool) -> Story {
    let mut story = small_story();
    let model = story.articles[0].clone();
    let mut actors = story.actors.to_vec();
    actors.retain(|actor| actor.side != "outlet");
    let mut articles = Vec::new();
    for letter in (b'a'..=b'z').take(count).map(char::from) {
        let outlet = format!("paper-{letter}");
        actors.push(Actor {
            id: outlet.clone().into(),
            name: format!("Paper {}", letter.to_ascii_uppercase()).into(),
            kind: ActorKind::NewsOrganisation,
            side: "outlet".into(),
        });
        let mut article = model.clone();
        article.id = letter.to_string().into();
        article.outlet = outlet.into();
        articles.push(article);
    }
    let mut claims = story.claims.to_vec();
    for (i, claim) in claims.iter_mut().enumerate() {
        let first = claim.appearances[0].clone();
        let mut appearances: Vec<_> = articles
            .iter()
            .enumerate()
            .filter(|&(j, _)| carries(i, j))
            .map(|(_, article)| Appearance {
                article: article.id.clone(),
                ..first.clone()
            })
            .collect();
        if appearances.is_empty() {
            appearances.push(Appearance {
                article: articles[0].id.clone(),
                ..first
            });
        }
        claim.appearances = appearances.into();
    }
    story.actors = actors.into();
    story.articles = articles.into();
    story.claims = claims.into();
    story
}

/// The made-up story of six outlets (`tests/fixtures/stories/grindlewick-cheese-roll.json`):
/// claims that several outlets carry, each with its own figures, dates and sources.
pub fn cheese_roll_story() -> Story {
    match load(include_str!(
        "../../tests/fixtures/stories/grindlewick-cheese-roll.json"
    )) {
        Ok(loaded) => loaded.story,
        Err(message) => panic!("the cheese roll story loads: {message}"),
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
fn a_claim_id_the_page_uses_for_itself_is_refused() {
    for taken in ["view", "summary", "drawn"] {
        let mut story = small();
        story["claims"][2]["id"] = taken.into();
        let expected =
            format!("claim “{taken}”, field id: the page uses this id for itself: choose another");
        let problems = problems_of(&story);
        assert!(problems.contains(&expected), "{problems:?}");
    }
    let mut story = small();
    story["claims"][2]["id"] = "views".into();
    assert!(!problems_of(&story)
        .iter()
        .any(|p| p.contains("uses this id")));
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

/// Everything `check` says of a text: each problem as printed, and the checks skipped.
fn checked_text(text: &str) -> (Vec<String>, usize) {
    let checked = crate::load::check(text);
    let problems = checked.problems.iter().map(ToString::to_string).collect();
    (problems, checked.skipped)
}

fn pretty(value: &Value) -> String {
    serde_json::to_string_pretty(value).expect("JSON")
}

/// The line of the first line of `text` holding `needle`, counted from 1.
fn line_of(text: &str, needle: &str) -> usize {
    text.lines()
        .position(|l| l.contains(needle))
        .expect("in text")
        + 1
}

#[test]
fn items_that_read_are_checked_while_another_has_a_typo() {
    let mut story = small();
    story["claims"][0]["notes"] = "a typo of note".into();
    story["claims"][1]["appearances"][0]["quotes"][0] = "Not in the article.".into();
    story["claims"][2]["appearances"][0]["chain"][0]["actors"][0] = "nobody".into();
    let (problems, skipped) = checked_text(&pretty(&story));
    let text = problems.join("\n");
    for expected in [
        "claims[0].notes (claim “north-40-wounded”): unknown field “notes” (a misspelling?)",
        "claims[1].appearances[0].quotes[0] (claim “south-supplies-low”): not found verbatim in one paragraph, or the headline, of article “a”: “Not in the article.”",
        "claims[2].appearances[0].chain[0].actors[0] (claim “south-supplies-low-via-wire”): “nobody” does not name a known item",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in\n{text}");
    }
    // The unread claim quotes both articles: whether their sentences are covered
    // waits for it, and is said to.
    // So does whether every actor is named by some claim.
    assert_eq!(problems.len(), 3, "{text}");
    assert_eq!(skipped, 3);
}

#[test]
fn a_problem_after_an_unread_item_keeps_the_item_s_place_in_the_file() {
    let mut story = small();
    story["claims"][0]["statement"] = 3.into();
    let (topic, line) = unknown_topic_after(story);
    assert!(
        topic.starts_with(&format!(
            "{line}:9: claims[2].topics[0] (claim “south-supplies-low-via-wire”)"
        )),
        "{topic}"
    );
}

#[test]
fn a_reference_to_an_unread_item_is_not_called_unknown() {
    let mut story = small();
    // The army's entry does not read; claims name it, and it is on a side.
    story["actors"][2]["kind"] = "army".into();
    // A list that is not a list: every reference to a topic waits for it.
    story["topics"] = 3.into();
    let (problems, skipped) = checked_text(&pretty(&story));
    let text = problems.join("\n");
    assert_eq!(problems.len(), 2, "{text}");
    assert!(text.contains("actors[2].kind (actor “north-army”): unknown variant “army”"));
    assert!(text.contains("topics: invalid type: integer “3”, expected a sequence"));
    // The army's two chains, its side, and the claims' four topics.
    assert_eq!(skipped, 7, "{text}");
}

#[test]
fn every_missing_field_of_the_story_is_reported_in_one_run() {
    let mut story = small();
    let top = story.as_object_mut().expect("object");
    top.remove("description");
    top.remove("language");
    let (problems, _) = checked_text(&pretty(&story));
    assert_eq!(
        problems,
        [
            "1:1: missing field “description”",
            "1:1: missing field “language”"
        ]
    );
}

#[test]
fn a_claim_made_after_every_article_carrying_it_was_published_is_named() {
    let mut story = small();
    // Both its articles were published on 23 December 2024.
    story["claims"][0]["made"]["start"] = "2024-12-24".into();
    story["claims"][0]["made"]["end"] = "2024-12-26".into();
    story["claims"][0]["made"]["precision"] = "period".into();
    assert_eq!(
        problems_of(&story),
        ["claim “north-40-wounded”, field made: made from 24 Dec 2024, after every article carrying it was published (the last on 23 Dec 2024): a claim is made by the time an article reports it"]
    );
    // A span that starts by the publication may end after it: the claim was made on
    // one of its days.
    story["claims"][0]["made"]["start"] = "2024-12-23".into();
    assert_eq!(problems_of(&story), Vec::<String>::new());
}

#[test]
fn a_key_given_twice_is_reported_where_it_is_given_again() {
    let text = pretty(&small()).replacen(
        "\"note\": \"page furniture\"",
        "\"note\": \"page furniture\",\n          \"note\": \"furniture\"",
        1,
    );
    let (problems, _) = checked_text(&text);
    let line = line_of(&text, "\"note\": \"furniture\"");
    assert_eq!(
        problems,
        [format!(
            "{line}:11: articles[0].background[0].note: duplicate key “note”: the later value would win"
        )]
    );
}

#[test]
fn a_byte_order_mark_is_skipped_and_columns_count_from_after_it() {
    let clean = format!("\u{feff}{}", pretty(&small()));
    assert_eq!(checked_text(&clean).0, Vec::<String>::new());
    let mut story = small();
    story["language"] = "English".into();
    let one_line = format!("\u{feff}{}", story);
    let line = story.to_string();
    // Columns count characters: the text before the field has curly quotes.
    let before = &line[..line.find("\"language\"").expect("in text")];
    let column = before.chars().count() + 1;
    let problems = checked_text(&one_line).0;
    assert!(
        problems[0].starts_with(&format!("1:{column}: language (the story)")),
        "{problems:?}"
    );
}

#[test]
fn text_that_is_not_utf_8_is_placed_at_its_first_bad_byte() {
    let text = pretty(&small());
    let at = text.find("Fighting goes on").expect("in text") + "Fighting ".len();
    let mut bytes = text.into_bytes();
    bytes.insert(at, 0xFF);
    let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
    // The line before the bad byte is ASCII: its bytes are its characters.
    let column = at
        - bytes[..at]
            .iter()
            .rposition(|&b| b == b'\n')
            .expect("a line");
    let problems: Vec<String> = crate::load::check_bytes(&bytes)
        .problems
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        problems,
        [format!(
            "{line}:{column}: not UTF-8 text from here (the byte 0xFF): save the file as UTF-8"
        )]
    );
}

#[test]
fn a_deeply_nested_value_leaves_later_places_right() {
    let mut story = small();
    let deep: Value =
        serde_json::from_str(&format!("{}{}", "[".repeat(70), "]".repeat(70))).expect("JSON");
    story["claims"][0]["note"] = deep;
    let (topic, line) = unknown_topic_after(story);
    assert!(topic.starts_with(&format!("{line}:")), "{topic}");
}

/// Gives the last claim the unknown topic “weather”, after whatever `story` already
/// holds: the problem as printed, and the line the topic stands on.
fn unknown_topic_after(mut story: Value) -> (String, usize) {
    story["claims"][2]["topics"][0] = "weather".into();
    let text = pretty(&story);
    let (problems, _) = checked_text(&text);
    let topic = problems
        .into_iter()
        .find(|p| p.contains("“weather”"))
        .expect("reported");
    (topic, line_of(&text, "\"weather\""))
}

#[test]
fn nesting_deeper_than_json_is_read_says_where() {
    let text = format!(
        "{{\n  \"title\": {}{}\n}}",
        "[".repeat(200),
        "]".repeat(200)
    );
    let (problems, _) = checked_text(&text);
    assert_eq!(problems.len(), 1);
    assert!(
        problems[0].starts_with("2:")
            && problems[0].ends_with("not valid JSON: nested more than 128 lists or objects deep"),
        "{problems:?}"
    );
}

#[test]
fn an_address_without_a_host_is_not_a_web_address() {
    for url in [
        "https://",
        "http:///path",
        "https://exa mple.org/",
        "https://?q",
        "example.org",
    ] {
        let mut story = small();
        story["articles"][0]["url"] = url.into();
        assert_eq!(
            problems_of(&story),
            [format!(
                "article “a”, field url: “{url}” is not a web address (https://…)"
            )],
            "{url}"
        );
    }
    let mut story = small();
    story["articles"][0]["url"] = "https://news.example.org:8080/a?b=c#d".into();
    assert_eq!(problems_of(&story), Vec::<String>::new());
}

#[test]
fn a_syntax_error_s_column_counts_characters() {
    let (problems, _) = checked_text("{\"a\": \"ééé\",\n \"é\": \"é\", x}");
    assert_eq!(problems, ["2:12: not valid JSON: key must be a string"]);
}

#[test]
fn a_direction_left_open_in_a_name_is_a_problem_at_its_place() {
    let mut story = small();
    story["actors"][0]["name"] = "North army\u{202E}".into();
    story["actors"][1]["name"] = "South \u{2067}army\u{2069}".into();
    let text = pretty(&story);
    let (problems, _) = checked_text(&text);
    let left_open: Vec<&String> = problems
        .iter()
        .filter(|p| p.contains("direction control"))
        .collect();
    assert_eq!(left_open.len(), 1, "{problems:?}");
    let line = line_of(&text, "North army\u{202E}");
    assert!(
        left_open[0].starts_with(&format!("{line}:")) && left_open[0].contains("actors[0].name"),
        "{}",
        left_open[0]
    );
}

#[test]
fn a_figure_an_actor_or_a_date_phrase_with_nothing_behind_it_is_reported() {
    let mut story = small();
    story["claims"][0]["figures"][0]["phrase"] = "forty soldiers".into();
    story["claims"][0]["made"]["phrase"] = "on Tuesday".into();
    story["articles"][1]["published"]["phrase"] = "23 December".into();
    story["actors"]
        .as_array_mut()
        .expect("actors")
        .push(serde_json::json!({ "id": "bystander", "name": "A bystander", "kind": "person", "side": "north" }));
    let problems = problems_of(&story);
    for expected in [
        "claim “north-40-wounded”, field figures[0].phrase: “forty soldiers” is in none of the claim’s quotes: a figure is given in the words of an outlet that reports it",
        "claim “north-40-wounded”, field made.phrase: “on Tuesday” is not in the text of the articles carrying the claim: a date’s phrase is the words it comes from",
        "article “b”, field published.phrase: “23 December” is not in the text of the article: a date’s phrase is the words it comes from",
        "actor “bystander”, field id: no claim names this actor and no article is by it: remove it, or name it",
    ] {
        assert!(
            problems.iter().any(|p| p == expected),
            "missing {expected:?} in {problems:?}"
        );
    }
    assert_eq!(problems.len(), 4, "{problems:?}");
}

#[test]
fn each_outlet_may_date_a_claim_and_quote_its_headline() {
    let mut story = small();
    story["format"] = 2.into();
    let appearance = &mut story["claims"][1]["appearances"][0];
    appearance["quotes"]
        .as_array_mut()
        .expect("quotes")
        .push("Fighting goes on".into());
    appearance["made"] = serde_json::json!({ "start": "2024-12-22", "end": "2024-12-22",
        "precision": "day", "phrase": "on Monday", "inferred": "Monday before publication" });
    story["claims"][0]["figures"][0]["qualifier"] = "at-least".into();
    assert_eq!(problems_of(&story), Vec::<String>::new());

    let Ok(loaded) = load(&story.to_string()) else {
        panic!("the story loads");
    };
    let claim = &loaded.story.claims[1];
    let made = claim.appearances[0]
        .made(claim)
        .map(|when| when.start.to_string());
    assert_eq!(made.as_deref(), Some("22 Dec 2024"));
    assert_eq!(
        loaded.story.claims[0].figures[0].qualifier,
        Qualifier::AtLeast
    );
    // Only article a's quote holds "40 soldiers"; b says "About 40".
    let figure = &loaded.story.claims[0].figures[0];
    let reporters: Vec<&str> = loaded.story.claims[0]
        .reports_of(figure)
        .map(|a| &*a.article)
        .collect();
    assert_eq!(reporters, ["a"]);
}

#[test]
fn an_outlets_date_after_its_article_and_a_format_from_the_future_are_reported() {
    let mut story = small();
    story["claims"][1]["appearances"][0]["made"] = serde_json::json!({ "start": "2024-12-24",
        "end": "2024-12-24", "precision": "day", "phrase": "on Wednesday", "inferred": null });
    let problems = problems_of(&story);
    for expected in [
        "claim “south-supplies-low”, field appearances[0].made: made from 24 Dec 2024, after the article was published (by 23 Dec 2024): an outlet reports a claim once it is made",
        "claim “south-supplies-low”, field appearances[0].made.phrase: “on Wednesday” is not in the text of the articles carrying the claim: a date’s phrase is the words it comes from",
    ] {
        assert!(
            problems.iter().any(|p| p == expected),
            "missing {expected:?} in {problems:?}"
        );
    }
    for (format, expected) in [
        (serde_json::json!(3), "format: the story is written in format 3; this claimline reads formats 1 to 2: use a newer claimline"),
        (serde_json::json!("two"), "format: the format is a version number, 1 to 2"),
    ] {
        let mut story = small();
        story["format"] = format;
        let problems = problems_of(&story);
        assert!(
            problems.len() == 1 && problems[0].ends_with(expected),
            "{problems:?}"
        );
    }
}

/// A made-up story of five claims in four articles by four outlets, carried each its
/// own way (figures, dates, sources), for the Compare view's tests.
pub fn four_outlets() -> Story {
    match load(include_str!("../tests/fixtures/four-outlets.json")) {
        Ok(loaded) => loaded.story,
        Err(message) => panic!("the four-outlet story loads: {message}"),
    }
}

#[test]
fn four_outlets_is_valid() {
    let text = include_str!("../tests/fixtures/four-outlets.json");
    let value: Value = serde_json::from_str(text).expect("fixture is JSON");
    assert_eq!(problems_of(&value), Vec::<String>::new());
}
