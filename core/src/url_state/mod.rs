//! The whole view as a query string, e.g. `?claim=x&side=ukraine,south-korea&q=tuva`,
//! so a link works on any static host under any sub-path and survives reload.
//!
//! [`parse`] accepts any string and never fails; [`reconcile`] then drops what the story
//! does not know, saying what it dropped.

mod form;

use crate::explore::{Explorer, Facet, Filters};
use crate::model::validate::is_well_formed_id;
use crate::model::Date;
use crate::model::Story;
pub use crate::view::{DateMode, DayRange, LaneMode, TimelineState, View};
use form::encode;

/// Everything a link carries.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UrlState {
    pub view: View,
    /// The quantity the Figures view shows, as the link gave it (`None`: the one with
    /// the most figures).
    pub quantity: Option<String>,
    /// The articles the Compare view sets side by side, comma-separated as the link
    /// gave them (`None`: the two that share the most claims; one: it and its best
    /// partner). Kept as one text, as the page only looks it up in a list.
    pub articles: Option<String>,
    /// The selected claim's id, exactly as the link gave it (it may name no claim).
    pub claim: Option<String>,
    pub filters: Filters,
    pub timeline: TimelineState,
    /// The compact page for a frame on another site (`embed=1`): no filters, a link out
    /// to the full app.
    pub embed: bool,
}

/// Caps that keep a hostile link from making the page do unbounded work.
const MAX_QUERY_CHARS: usize = 200;
const MAX_VALUES: usize = 64;
const MAX_ID_CHARS: usize = 200;

/// Reads a query string (with or without its leading `?`). Never fails: parameters it
/// does not understand are returned as `key=value` notes.
pub fn parse(query: &str) -> (UrlState, Vec<String>) {
    let mut state = UrlState::default();
    let mut ignored = Vec::new();
    let (mut from, mut to) = (None, None);
    let query = query.strip_prefix('?').unwrap_or(query);
    for (key, value) in form::pairs(query) {
        let facet = Facet::from_key(&key);
        match (key.as_ref(), facet) {
            (_, Some(facet)) => {
                for item in value.split(',').filter(|v| !v.is_empty()) {
                    if is_well_formed_id(item) && state.filters.selected(facet).len() < MAX_VALUES {
                        state.filters.select(facet, item);
                    } else {
                        ignored.push(format!("{key}={}", clip(item)));
                    }
                }
            }
            ("view", _) => match View::from_key(&value) {
                Some(view) => state.view = view,
                None => ignored.push(format!("view={}", clip(&value))),
            },
            ("lanes", _) => match LaneMode::from_key(&value) {
                Some(lanes) => state.timeline.lanes = lanes,
                None => ignored.push(format!("lanes={}", clip(&value))),
            },
            ("dates", _) => match DateMode::from_key(&value) {
                Some(dates) => state.timeline.dates = dates,
                None => ignored.push(format!("dates={}", clip(&value))),
            },
            ("from", _) => from = Some(clip(&value)),
            ("to", _) => to = Some(clip(&value)),
            ("claim", _) => state.claim = (!value.is_empty()).then(|| clip(&value)),
            ("quantity", _) if is_well_formed_id(&value) => state.quantity = Some(value),
            ("articles", _)
                if value.split(',').count() <= 2 && value.split(',').all(is_well_formed_id) =>
            {
                state.articles = Some(value)
            }
            ("q", _) => state.filters.query = value.chars().take(MAX_QUERY_CHARS).collect(),
            ("embed", _) if value == "1" => state.embed = true,
            _ => ignored.push(format!("{}={}", clip(&key), clip(&value))),
        }
    }
    match (from, to) {
        (None, None) => {}
        (from, to) => {
            let day = |text: &Option<String>| text.as_deref().and_then(Date::parse);
            match (day(&from), day(&to)) {
                (Some(from), Some(to)) if from <= to => {
                    state.timeline.window = Some(DayRange { from, to });
                }
                _ => ignored.extend(
                    [("from", from), ("to", to)]
                        .into_iter()
                        .filter_map(|(key, value)| Some(format!("{key}={}", value?))),
                ),
            }
        }
    }
    (state, ignored)
}

fn clip(text: &str) -> String {
    text.chars().take(MAX_ID_CHARS).collect()
}

/// Writes the state as a query string starting with `?`, or an empty string for the
/// default state. Ids never need escaping; the search text is form-encoded.
pub fn print(state: &UrlState) -> String {
    let mut pairs: Vec<String> = Vec::new();
    if state.view != View::default() {
        pairs.push(format!("view={}", state.view.key()));
    }
    if let Some(quantity) = &state.quantity {
        pairs.push(format!("quantity={quantity}"));
    }
    if let Some(articles) = &state.articles {
        pairs.push(format!("articles={articles}"));
    }
    if let Some(claim) = &state.claim {
        pairs.push(format!("claim={}", encode(claim)));
    }
    let timeline = &state.timeline;
    if timeline.lanes != LaneMode::default() {
        pairs.push(format!("lanes={}", timeline.lanes.key()));
    }
    if timeline.dates != DateMode::default() {
        pairs.push(format!("dates={}", timeline.dates.key()));
    }
    if let Some(DayRange { from, to }) = timeline.window {
        pairs.push(format!("from={}&to={}", from.iso(), to.iso()));
    }
    for facet in Facet::ALL {
        let values = state.filters.selected(facet);
        if !values.is_empty() {
            pairs.push(format!("{}={}", facet.key(), values.join(",")));
        }
    }
    if !state.filters.query.is_empty() {
        pairs.push(format!("q={}", encode(&state.filters.query)));
    }
    if state.embed {
        pairs.push("embed=1".to_owned());
    }
    if pairs.is_empty() {
        String::new()
    } else {
        format!("?{}", pairs.join("&"))
    }
}

/// A state as a link's `href`: its query string, or `./` (this page, no query) for the
/// default state, since an empty `href` would keep the current query.
pub fn href(state: &UrlState) -> String {
    match print(state) {
        query if query.is_empty() => "./".to_owned(),
        query => query,
    }
}

/// The link to one claim on its own, with no filter: what a claim's `href` is.
pub fn claim_link(id: &str) -> String {
    print(&UrlState {
        claim: Some(id.to_owned()),
        ..UrlState::default()
    })
}

/// Drops facet values and a quantity the story does not offer, returning a note for
/// each. The selected claim is kept even when unknown: the page says "no such claim".
pub fn reconcile(state: &mut UrlState, story: &Story, explorer: &Explorer) -> Vec<String> {
    let mut dropped = Vec::new();
    if let Some(quantity) = state
        .quantity
        .take_if(|q| story.quantity_label(q).is_none())
    {
        dropped.push(format!("quantity={quantity}"));
    }
    let unknown = |asked: &mut String| asked.split(',').any(|id| story.article(id).is_none());
    if let Some(articles) = state.articles.take_if(unknown) {
        dropped.push(format!("articles={articles}"));
    }
    for facet in Facet::ALL {
        state.filters.retain(facet, |value| {
            let known = explorer.has_option(facet, value);
            if !known {
                dropped.push(format!("{}={value}", facet.key()));
            }
            known
        });
    }
    dropped
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn reads_the_brief_example() {
        let (state, ignored) = parse("?view=claims&claim=abc-1&side=ukraine,south-korea&q=tuva");
        assert!(ignored.is_empty());
        assert_eq!(state.claim.as_deref(), Some("abc-1"));
        assert_eq!(
            state.filters.selected(Facet::Side),
            ["ukraine", "south-korea"]
        );
        assert_eq!(state.filters.query, "tuva");
        assert_eq!(
            print(&state),
            "?claim=abc-1&side=ukraine,south-korea&q=tuva"
        );
    }

    #[test]
    fn notes_what_it_does_not_understand() {
        let (state, ignored) = parse("view=map&side=<b>x</b>,russia&utm=1&claim=");
        assert_eq!(state.view, View::Claims);
        assert_eq!(state.filters.selected(Facet::Side), ["russia"]);
        assert_eq!(state.claim, None);
        assert_eq!(ignored, ["view=map", "side=<b>x</b>", "utm=1"]);
    }

    #[test]
    fn decodes_search_text() {
        let (state, _) = parse("q=ukraine%E2%80%99s+%22tuva%22%26more");
        assert_eq!(state.filters.query, "ukraine’s \"tuva\"&more");
        assert_eq!(parse(&print(&state)).0, state);
    }

    #[test]
    fn a_claim_link_names_the_claim_alone() {
        assert_eq!(claim_link("abc-1"), "?claim=abc-1");
        assert_eq!(claim_link("<b>"), "?claim=%3Cb%3E");
    }

    #[test]
    fn reads_a_timeline_link() {
        let (state, ignored) =
            parse("?view=timeline&lanes=side&dates=about&from=2024-08-01&to=2024-12-31");
        assert!(ignored.is_empty(), "{ignored:?}");
        assert_eq!(state.view, View::Timeline);
        assert_eq!(state.timeline.lanes, LaneMode::Side);
        assert_eq!(state.timeline.dates, DateMode::About);
        let window = state.timeline.window.expect("a window");
        assert_eq!(
            (window.from.iso(), window.to.iso()),
            ("2024-08-01".into(), "2024-12-31".into())
        );
        assert_eq!(
            print(&state),
            "?view=timeline&lanes=side&dates=about&from=2024-08-01&to=2024-12-31"
        );
    }

    #[test]
    fn reads_and_writes_lanes_by_outlet() {
        let (state, ignored) = parse("?view=timeline&lanes=outlet");
        assert!(ignored.is_empty(), "{ignored:?}");
        assert_eq!(state.timeline.lanes, LaneMode::Outlet);
        assert_eq!(print(&state), "?view=timeline&lanes=outlet");
        let (state, ignored) = parse("?view=timeline&lanes=outlets");
        assert_eq!(state.timeline.lanes, LaneMode::Claimant);
        assert_eq!(ignored, ["lanes=outlets"]);
    }

    #[test]
    fn a_broken_window_is_dropped_whole_and_named() {
        for (query, notes) in [
            (
                "from=2024-12-31&to=2024-08-01",
                vec!["from=2024-12-31", "to=2024-08-01"],
            ),
            (
                "from=2024-02-30&to=2024-03-01",
                vec!["from=2024-02-30", "to=2024-03-01"],
            ),
            ("from=2024-01-01", vec!["from=2024-01-01"]),
            (
                "to=soon&lanes=river&dates=",
                vec!["lanes=river", "dates=", "to=soon"],
            ),
        ] {
            let (state, ignored) = parse(query);
            assert_eq!(state.timeline, TimelineState::default(), "{query}");
            assert_eq!(ignored, notes, "{query}");
        }
    }

    #[test]
    fn an_href_is_never_empty() {
        assert_eq!(href(&UrlState::default()), "./");
        let timeline = UrlState {
            view: View::Timeline,
            ..UrlState::default()
        };
        assert_eq!(href(&timeline), "?view=timeline");
    }

    #[test]
    fn default_state_prints_nothing() {
        assert_eq!(print(&UrlState::default()), "");
        assert_eq!(parse("").0, UrlState::default());
    }

    #[test]
    fn a_figures_link_keeps_a_quantity_the_story_counts_and_names_one_it_does_not() {
        let story = crate::load_tests::small_story();
        let explorer = Explorer::new(&story);
        let known = story.quantities.first().expect("a quantity").id.to_string();
        let (mut state, ignored) = parse(&format!("?view=figures&quantity={known}"));
        assert!(ignored.is_empty(), "{ignored:?}");
        assert_eq!(state.view, View::Figures);
        assert!(reconcile(&mut state, &story, &explorer).is_empty());
        assert_eq!(print(&state), format!("?view=figures&quantity={known}"));
        let (mut unknown, _) = parse("?view=figures&quantity=moon-landings");
        assert_eq!(
            reconcile(&mut unknown, &story, &explorer),
            ["quantity=moon-landings"]
        );
        assert_eq!(unknown.quantity, None);
        let (malformed, ignored) = parse("?quantity=<b>");
        assert_eq!(
            (malformed.quantity, ignored),
            (None, vec!["quantity=<b>".to_owned()])
        );
    }

    #[test]
    fn a_compare_link_names_its_two_articles_and_drops_what_it_cannot_use() {
        let story = crate::load_tests::four_outlets();
        let explorer = Explorer::new(&story);
        let (state, ignored) = parse("?view=compare&articles=c,e");
        assert!(ignored.is_empty(), "{ignored:?}");
        assert_eq!(state.view, View::Compare);
        assert_eq!(state.articles.as_deref(), Some("c,e"));
        assert_eq!(print(&state), "?view=compare&articles=c,e");
        // An article the story does not have drops the pair, named; the default shows.
        let mut unknown = state.clone();
        assert_eq!(reconcile(&mut unknown, &story, &explorer), ["articles=c,e"]);
        assert_eq!(unknown.articles, None);
        assert_eq!(print(&unknown), "?view=compare");
        let (mut one, _) = parse("?view=compare&articles=d");
        assert!(reconcile(&mut one, &story, &explorer).is_empty());
        assert_eq!(one.articles.as_deref(), Some("d"));
        for (query, note) in [
            ("?articles=a,b,c", "articles=a,b,c"),
            ("?articles=a,<b>", "articles=a,<b>"),
            ("?articles=a,,b", "articles=a,,b"),
            ("?articles=", "articles="),
        ] {
            let (state, ignored) = parse(query);
            assert_eq!(
                (state.articles, ignored),
                (None, vec![note.to_owned()]),
                "{query}"
            );
        }
    }

    fn id() -> impl Strategy<Value = String> {
        proptest::collection::vec("[a-z0-9]{1,8}", 1..4).prop_map(|words| words.join("-"))
    }

    fn state() -> impl Strategy<Value = UrlState> {
        let values = || proptest::collection::vec(id(), 0..4);
        let day = || {
            (1000..=9999i32, 1..=12u8, 1..=28u8).prop_map(|(year, month, day)| Date {
                year,
                month,
                day,
            })
        };
        let window = proptest::option::of((day(), day()).prop_map(|(a, b)| DayRange {
            from: a.min(b),
            to: a.max(b),
        }));
        (
            (
                proptest::option::of(id()),
                proptest::option::of(id()),
                proptest::option::of(
                    proptest::collection::vec(id(), 1..3).prop_map(|ids| ids.join(",")),
                ),
            ),
            proptest::array::uniform6(values()),
            "\\PC{0,40}",
            (0..View::ALL.len(), 0..2usize, 0..2usize, window),
            any::<bool>(),
        )
            .prop_map(
                |(
                    (claim, quantity, articles),
                    selected,
                    query,
                    (view, lanes, dates, window),
                    embed,
                )| {
                    let mut filters = Filters::default();
                    for (facet, values) in Facet::ALL.into_iter().zip(selected) {
                        for value in values {
                            filters.select(facet, &value);
                        }
                    }
                    filters.query = query;
                    UrlState {
                        view: View::ALL[view],
                        quantity,
                        articles,
                        claim,
                        filters,
                        timeline: TimelineState {
                            lanes: LaneMode::ALL[lanes],
                            dates: DateMode::ALL[dates],
                            window,
                        },
                        embed,
                    }
                },
            )
    }

    proptest! {
        #[test]
        fn parse_reads_back_what_print_writes(state in state()) {
            let (read, ignored) = parse(&print(&state));
            prop_assert!(ignored.is_empty());
            prop_assert_eq!(read, state);
        }

        #[test]
        fn no_input_panics(query in "\\PC*|[?&=,%+a-z0-9-]{0,60}") {
            let (state, _) = parse(&query);
            // Whatever was read prints and reads back to the same state.
            prop_assert_eq!(parse(&print(&state)).0, state);
        }
    }
}
