//! The six-outlet fixture story: it must pass the check and hold the facts it was written
//! to show, so that every view has several outlets' versions of one claim to draw.

// A test, not the page: the page's size rules (clippy.toml) do not bind it.
#![allow(clippy::disallowed_methods, clippy::disallowed_types)]

use claimline_core::load::parse;
use claimline_core::model::validate::validate;
use claimline_core::model::{Claim, Date, Qualifier, Story, VerificationStatus};
use claimline_core::timeline::{
    lane_marks, layout, mark_when, marks, LaneIndex, LayoutOptions, Scale, Shape, Window,
};
use claimline_core::view::{DateMode, LaneMode};
use std::sync::LazyLock;

static STORY: LazyLock<Story> = LazyLock::new(|| {
    parse(include_str!(
        "fixtures/stories/grindlewick-cheese-roll.json"
    ))
    .unwrap_or_else(|message| panic!("{message}"))
});

fn claim(id: &str) -> &'static Claim {
    STORY.claim(id).unwrap_or_else(|| panic!("no claim {id}"))
}

/// The articles whose quotes give the figure written with these words.
fn reporters(claim: &'static Claim, phrase: &str) -> Vec<&'static str> {
    let figure = claim
        .figures
        .iter()
        .find(|f| f.phrase == phrase)
        .unwrap_or_else(|| panic!("claim {} has no figure “{phrase}”", claim.id));
    claim.reports_of(figure).map(|a| &*a.article).collect()
}

#[test]
fn the_story_passes_the_check() {
    let problems: Vec<String> = validate(&STORY).iter().map(ToString::to_string).collect();
    assert!(problems.is_empty(), "problems:\n{}", problems.join("\n"));
}

#[test]
fn six_outlets_each_write_one_article() {
    let ids: Vec<&str> = STORY.articles.iter().map(|a| &*a.id).collect();
    assert_eq!(
        ids,
        ["gazette", "radio", "courier", "star", "clarion", "bulletin"]
    );
    let mut outlets: Vec<&str> = STORY.articles.iter().map(|a| &*a.outlet).collect();
    outlets.sort_unstable();
    outlets.dedup();
    assert_eq!(outlets.len(), 6, "six distinct outlets");
    assert_eq!(STORY.claims.len(), 28);
    assert_eq!(STORY.sides.len(), 7);
}

#[test]
fn one_claim_is_carried_by_all_six_and_five_more_by_three_to_five() {
    let by_all: Vec<&str> = STORY
        .claims
        .iter()
        .filter(|c| c.appearances.len() == 6)
        .map(|c| &*c.id)
        .collect();
    assert_eq!(by_all, ["crowd-about-two-thousand"]);
    let widely: Vec<(&str, usize)> = STORY
        .claims
        .iter()
        .filter(|c| (3..=5).contains(&c.appearances.len()))
        .map(|c| (&*c.id, c.appearances.len()))
        .collect();
    assert_eq!(
        widely,
        [
            ("crumb-won-the-roll", 5),
            ("fitch-reached-cheese-first", 4),
            ("council-lets-race-go-ahead", 4),
            ("first-aid-treated-runners", 3),
            ("roll-held-since-1894", 3),
        ]
    );
}

#[test]
fn each_crowd_figure_belongs_to_the_outlets_that_printed_it() {
    let crowd = claim("crowd-about-two-thousand");
    assert_eq!(reporters(crowd, "2,100"), ["gazette", "radio", "star"]);
    assert_eq!(reporters(crowd, "about 2,000"), ["courier"]);
    assert_eq!(reporters(crowd, "2,000 turn out"), ["star"]);
    assert_eq!(reporters(crowd, "more than 2,000 people"), ["clarion"]);
    assert_eq!(reporters(crowd, "at least 1,900"), ["bulletin"]);
    let at_least = crowd.figures.iter().find(|f| f.phrase == "at least 1,900");
    assert_eq!(at_least.map(|f| f.qualifier), Some(Qualifier::AtLeast));
}

#[test]
fn the_evening_stars_headline_carries_its_own_figure() {
    let star = STORY.article("star").expect("article star");
    let crowd = claim("crowd-about-two-thousand");
    let version = crowd
        .appearances
        .iter()
        .find(|a| a.article == "star")
        .expect("the Star carries the crowd");
    assert_eq!(star.headline, "2,000 turn out for Grindlewick cheese roll");
    assert!(version.quotes.contains(&star.headline));
    assert!(!star.paragraphs.iter().any(|p| p.contains("2,000")));
}

#[test]
fn the_first_aid_leader_is_given_five_by_two_outlets_and_eleven_by_one() {
    let treated = claim("first-aid-treated-runners");
    assert_eq!(reporters(treated, "five runners"), ["gazette", "bulletin"]);
    assert_eq!(reporters(treated, "11 runners"), ["star"]);
    for appearance in treated.appearances.iter() {
        assert_eq!(appearance.chain.len(), 1);
        assert_eq!(appearance.chain[0].actors.as_ref(), ["edna-pimm"]);
    }
}

#[test]
fn outlets_date_the_councils_word_differently() {
    let go_ahead = claim("council-lets-race-go-ahead");
    assert!(
        go_ahead.made.is_none(),
        "no date stretched over the outlets"
    );
    let dates: Vec<(&str, Option<Date>, Option<&str>)> = go_ahead
        .appearances
        .iter()
        .map(|a| {
            let made = a.made(go_ahead);
            (
                &*a.article,
                made.map(|w| w.start),
                made.and_then(|w| w.phrase.as_deref()),
            )
        })
        .collect();
    assert_eq!(
        dates,
        [
            (
                "gazette",
                Date::parse("2025-05-08"),
                Some("on Thursday evening")
            ),
            ("radio", None, None),
            ("courier", Date::parse("2025-05-09"), Some("said Friday")),
            ("bulletin", Date::parse("2025-05-09"), Some("on Friday")),
        ]
    );
}

#[test]
fn outlets_give_the_crowd_to_different_sources() {
    let crowd = claim("crowd-about-two-thousand");
    let sources: Vec<(&str, Vec<&str>)> = crowd
        .appearances
        .iter()
        .map(|a| {
            let chain = a.chain.iter().flat_map(|l| l.actors.iter().map(|x| &**x));
            (&*a.article, chain.collect())
        })
        .collect();
    assert_eq!(
        sources,
        [
            ("gazette", vec!["hortensia-bramble"]),
            (
                "radio",
                vec!["cheese-roll-committee", "hillcountry-press-agency"]
            ),
            ("courier", vec!["organisers-unnamed"]),
            ("star", vec!["wrenfold-evening-star"]),
            ("clarion", vec!["council-officials"]),
            ("bulletin", vec!["hortensia-bramble"]),
        ]
    );
    assert!(!crowd.attributed_alike());
}

#[test]
fn hedged_and_unverified_claims_are_marked() {
    let status = |id| claim(id).verification.as_ref().map(|v| v.status);
    assert_eq!(
        status("crumb-started-early"),
        Some(VerificationStatus::NotVerified)
    );
    assert_eq!(
        status("dozens-hurt-on-slope"),
        Some(VerificationStatus::NotVerified)
    );
    assert_eq!(
        status("go-ahead-followed-first-aid-advice"),
        Some(VerificationStatus::Alleged)
    );
    assert_eq!(status("crumb-won-the-roll"), None);
}

#[test]
fn the_roll_since_1894_is_an_open_context_period() {
    let labels: Vec<&str> = STORY.periods.iter().map(|p| &*p.label).collect();
    assert_eq!(
        labels,
        [
            "Cheese rolls since 1894",
            "The knoll’s path closed for repairs"
        ]
    );
    let (_, since) = STORY.period_span(&STORY.periods[0]).expect("a span");
    assert_eq!(Some(since.start), Date::parse("1894-01-01"));
    assert!(since.end.is_none());
}

/// Where the claims lanes place a claim: its mark's first and last day, its shape, and
/// how its date reads.
fn placed(id: &str, dates: DateMode) -> (Date, Date, Shape, String) {
    let index = STORY
        .claims
        .iter()
        .position(|c| c.id == id)
        .unwrap_or_else(|| panic!("no claim {id}"));
    let found = marks(&STORY, &[index], dates).marks;
    let [mark] = found[..] else {
        panic!("one mark for {id}: {found:?}");
    };
    let first = Date::from_day_number(mark.start);
    let words = mark_when(claim(id), &mark, dates);
    (first, mark.last_day(), mark.shape, words)
}

#[test]
fn a_claim_only_its_outlets_date_spans_their_dates_in_a_claimants_lane() {
    // The Gazette says Thursday 8 May; the Courier and the Bulletin Friday 9 May.
    let (first, last, shape, words) = placed("council-lets-race-go-ahead", DateMode::Made);
    assert_eq!(first, Date::parse("2025-05-08").unwrap());
    assert_eq!(last, Date::parse("2025-05-09").unwrap());
    assert_eq!(shape, Shape::Range);
    assert!(
        words.starts_with("Made 8–9 May 2025 (inferred: its articles give different dates"),
        "{words}"
    );
}

#[test]
fn a_claim_about_no_stated_time_is_placed_by_its_figures_period() {
    // "Hundreds of runners have been hurt … since the first roll": since 1894.
    let (first, _, shape, words) = placed("hundreds-hurt-since-first-roll", DateMode::About);
    assert_eq!(first, Date::parse("1894-01-01").unwrap());
    assert_eq!(shape, Shape::Since);
    assert!(words.starts_with("About since Jan 1894"), "{words}");
}

#[test]
fn by_outlet_a_label_gives_only_the_crowd_its_outlet_printed() {
    let crowd = STORY
        .claims
        .iter()
        .position(|c| c.id == "crowd-about-two-thousand")
        .expect("the crowd claim");
    let found = lane_marks(&STORY, &[crowd], DateMode::Made, LaneMode::Outlet).marks;
    let lanes = LaneIndex::new(&STORY, LaneMode::Outlet).lanes(&found);
    let may = |day: &str| f64::from(Date::parse(day).unwrap().day_number());
    let scale = Scale::new(Window::new(may("2025-05-01"), may("2025-05-20")), 1200.0);
    let laid = layout(
        &STORY,
        &found,
        &lanes,
        &scale,
        &LayoutOptions::default(),
        &[],
    );
    let figures: Vec<(&str, Option<&str>)> = lanes
        .iter()
        .zip(&laid.lanes)
        .map(|(lane, laid)| (&*lane.key, laid.marks[0].figures.as_deref()))
        .collect();
    // The statement says "About two thousand"; each outlet printed its own count.
    assert_eq!(
        figures,
        [
            ("gazette", Some("2,100")),
            ("radio", Some("2,100")),
            ("courier", Some("~2,000")),
            ("star", Some("2,100, 2,000")),
            ("clarion", Some(">2,000")),
            ("bulletin", Some("≥1,900")),
        ]
    );
}
