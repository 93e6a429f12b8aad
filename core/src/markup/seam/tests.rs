//! The seam's contract: every selector the page looks up by matches markup the core
//! writes, laid out as the page lays it out; every action reads back from its key.

use super::*;
use crate::compare::comparison;
use crate::explore::Explorer;
use crate::load_tests::small_story;
use crate::markup::compare::compare_page;
use crate::markup::detail::{detail, Offers};
use crate::markup::{card, facets, masthead, nav, notice, Element, Node};
use crate::model::Story;
use crate::timeline::{
    controls, default_window, layout, marks, scene, LaneIndex, LayoutOptions, Scale, SceneInput,
};
use crate::url_state::UrlState;

/// Every selector the page uses, with its name for the failure message.
const SELECTORS: &[(&str, &str)] = &[
    ("CLAIM_LINK", CLAIM_LINK),
    ("VIEW_LINK", VIEW_LINK),
    ("ACTION", ACTION),
    ("PRESSED", PRESSED),
    ("TIMELINE_CLAIM", TIMELINE_CLAIM),
    ("MARK", MARK),
    ("CLUSTER", CLUSTER),
    ("EDGE", EDGE),
    ("SELECTED_MARK", SELECTED_MARK),
    ("CLAIMS_PART", CLAIMS_PART),
    ("FIGURE_MARK", FIGURE_MARK),
    ("QUANTITY_LINK", QUANTITY_LINK),
    ("SHOWN_PART", SHOWN_PART),
    ("PAGED_LIST", PAGED_LIST),
    ("ROVING_GROUP", ROVING_GROUP),
    ("FIGURE_GLYPH", FIGURE_GLYPH),
    ("TEXT", TEXT),
    ("TEXT_RUN", TEXT_RUN),
    ("SEARCH_BOX", SEARCH_BOX),
    ("TEXT_FIELD", TEXT_FIELD),
    ("TALLY", TALLY),
    ("CLEAR_ALL", CLEAR_ALL),
    ("FACET_HOLDER", FACET_HOLDER),
    ("FACET_GROUP", FACET_GROUP),
    ("FACET_BOX", FACET_BOX),
    ("FACET_COUNT", FACET_COUNT),
    ("FIRST_EXTRA_BOX", FIRST_EXTRA_BOX),
    ("LIST", LIST),
    ("EMPTY", EMPTY),
    ("MORE", MORE),
    ("ROW_LINK", ROW_LINK),
    ("SHARE_BLOCK", SHARE_BLOCK),
    ("SHARE_STATUS", SHARE_STATUS),
    ("FIRST_CLAIM", FIRST_CLAIM),
];

/// A story with every part the page looks for: a facet long enough to fold, claims in
/// both articles, figures, periods. The small fixture plus generated claimants.
fn story() -> Story {
    let mut story = crate::synthetic::story(120, 5);
    let small = small_story();
    story.periods = small.periods;
    // The first claim, which the page below selects, is one the opening window shows.
    let every: Vec<usize> = (0..story.claims.len()).collect();
    let found = marks(&story, &every, crate::view::DateMode::Made).marks;
    let window = default_window(&found).expect("marks");
    let shown = found
        .iter()
        .find(|m| f64::from(m.start) >= window.start && f64::from(m.end) <= window.end)
        .expect("a claim in the window")
        .claim;
    let mut claims = story.claims.to_vec();
    claims.swap(0, shown);
    story.claims = claims.into();
    story
}

/// The page as the app lays it out, from the core's markup alone: the filters, the
/// view links, a notice, and in `main` the list (a row selected), a timeline (a claim
/// selected), the Compare view and the claim detail.
fn page(story: &Story) -> Element {
    let explorer = Explorer::new(story);
    let every: Vec<usize> = (0..story.claims.len()).collect();
    let selected = story.claims.first().map(|c| c.id.to_string());

    let mut holder = Element::new("details");
    for group in facets::facet_groups(&explorer) {
        holder = holder.child(group);
    }
    let filters = Element::new("aside").children(facets::filters_frame().into_iter().map(|part| {
        if part.tag == "details" {
            part.children(holder.elements().cloned().collect::<Vec<_>>())
        } else {
            part
        }
    }));

    let mut list = Element::new("section").children(card::list_frame());
    let rows: Vec<Element> = story.claims.iter().map(|c| card::card(story, c)).collect();
    for child in &mut list.children {
        if let Node::Element(e) = child {
            if e.tag == "ol" {
                e.children.extend(rows.iter().cloned().map(Node::Element));
            }
        }
    }

    let found = marks(story, &every, crate::view::DateMode::Made).marks;
    let lanes = LaneIndex::new(story, crate::view::LaneMode::Claimant).lanes(&found);
    let window = default_window(&found).expect("marks");
    let scale = Scale::new(window, 600.0);
    let laid = layout(
        story,
        &found,
        &lanes,
        &scale,
        &LayoutOptions::default(),
        &[0],
    );
    let drawn = scene(&SceneInput {
        story,
        marks: &found,
        lanes: &lanes,
        layout: &laid,
        scale: &scale,
        dates: crate::view::DateMode::Made,
        selected: Some(0),
        tab_stop: None,
        near: None,
    });
    let timeline = Element::new("section")
        .children(controls(Default::default(), 1))
        .child(
            Element::new("div")
                .child(Element::new("svg").children(drawn.head))
                .child(Element::new("svg").children(drawn.elements)),
        );

    let comparison = comparison(story);
    let compared = Element::new("div").children(compare_page(story, &comparison));

    let offers = Offers {
        share: true,
        compare: true,
    };
    let panel = Element::new("section").children(detail(story, selected.as_deref(), offers));
    let no_such = Element::new("section").children(detail(story, Some("no-such-claim"), offers));

    // The Figures view as published, for the default quantity.
    let quantity = crate::figures::default_quantity(story).expect("figures");
    let figures = Element::new("section")
        .set("id", FIGURES_VIEW)
        .children(crate::figures::figures_page(story, quantity));

    Element::new("body")
        .child(Element::new("header").children(masthead::masthead(story)))
        .child(Element::new("nav").children(nav::view_links(&UrlState::default())))
        .children(notice::link_notice(&["q=x".to_owned()]))
        .child(filters)
        .child(
            Element::new("main")
                .child(list)
                .child(timeline)
                .child(compared)
                .child(panel)
                .child(no_such)
                .child(figures),
        )
}

/// One compound selector: a tag, classes, an id, attributes, and `:not(…)`s of those.
#[derive(Debug, Default)]
struct Compound {
    tag: Option<String>,
    classes: Vec<String>,
    id: Option<String>,
    /// Name, and the value with its operator (`=` whole, `~=` one of the words).
    attributes: Vec<(String, Option<(bool, String)>)>,
    not: Vec<Compound>,
}

/// Reads the selectors the page uses (a small, sufficient subset of CSS); panics on any
/// other syntax, so a selector the test cannot read fails loudly.
fn parse_compound(text: &str) -> Compound {
    let mut compound = Compound::default();
    let mut rest = text;
    let name_end = |s: &str| s.find(['.', '#', '[', ':']).unwrap_or(s.len());
    let end = name_end(rest);
    if end > 0 {
        compound.tag = Some(rest[..end].to_owned());
    }
    rest = &rest[end..];
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix(":not(") {
            let close = after.find(')').expect("a closing parenthesis");
            compound.not.push(parse_compound(&after[..close]));
            rest = &after[close + 1..];
        } else if let Some(after) = rest.strip_prefix('[') {
            let close = after.find(']').expect("a closing bracket");
            let inside = &after[..close];
            let attribute = match inside.split_once('=') {
                None => (inside.to_owned(), None),
                Some((name, value)) => {
                    let (name, word) = match name.strip_suffix('~') {
                        Some(name) => (name, true),
                        None => (name, false),
                    };
                    let value = value.trim_matches('"').to_owned();
                    (name.to_owned(), Some((word, value)))
                }
            };
            compound.attributes.push(attribute);
            rest = &after[close + 1..];
        } else if let Some(after) = rest.strip_prefix('.') {
            let end = name_end(after);
            compound.classes.push(after[..end].to_owned());
            rest = &after[end..];
        } else if let Some(after) = rest.strip_prefix('#') {
            let end = name_end(after);
            compound.id = Some(after[..end].to_owned());
            rest = &after[end..];
        } else {
            panic!("selector syntax the contract does not read: {rest}");
        }
    }
    compound
}

fn matches_compound(element: &Element, compound: &Compound) -> bool {
    compound.tag.as_ref().is_none_or(|t| element.tag == t)
        && compound.classes.iter().all(|c| element.has_class(c))
        && compound
            .id
            .as_ref()
            .is_none_or(|id| element.attribute("id") == Some(id))
        && compound
            .attributes
            .iter()
            .all(|(name, value)| match (element.attribute(name), value) {
                (None, _) => false,
                (Some(_), None) => true,
                (Some(have), Some((false, want))) => have == want,
                (Some(have), Some((true, want))) => have.split(' ').any(|w| w == want),
            })
        && compound.not.iter().all(|n| !matches_compound(element, n))
}

/// How many elements under `root` match `selector`: compounds joined by descendant
/// combinators, alternatives by commas.
fn count(root: &Element, selector: &str) -> usize {
    let alternatives: Vec<Vec<Compound>> = selector
        .split(',')
        .map(|one| one.split_whitespace().map(parse_compound).collect())
        .collect();
    let mut found = 0;
    let mut ancestors: Vec<&Element> = Vec::new();
    walk(root, &mut ancestors, &mut |element, ancestors| {
        let hit = alternatives.iter().any(|chain| {
            let Some((last, before)) = chain.split_last() else {
                return false;
            };
            matches_compound(element, last) && {
                // Each earlier compound matches some ancestor, in order.
                let mut wanted = before.iter().rev().peekable();
                for ancestor in ancestors.iter().rev() {
                    if wanted.peek().is_some_and(|c| matches_compound(ancestor, c)) {
                        wanted.next();
                    }
                }
                wanted.peek().is_none()
            }
        });
        found += usize::from(hit);
    });
    found
}

fn walk<'a>(
    element: &'a Element,
    ancestors: &mut Vec<&'a Element>,
    visit: &mut dyn FnMut(&'a Element, &[&'a Element]),
) {
    visit(element, ancestors);
    ancestors.push(element);
    for child in element.elements() {
        walk(child, ancestors, visit);
    }
    ancestors.pop();
}

#[test]
fn every_selector_the_page_uses_matches_markup_the_core_writes() {
    let story = story();
    let page = page(&story);
    let missing: Vec<&str> = SELECTORS
        .iter()
        .filter(|(_, selector)| count(&page, selector) == 0)
        .map(|(name, selector)| {
            eprintln!("{name} = {selector} matches nothing");
            *name
        })
        .collect();
    assert!(
        missing.is_empty(),
        "selectors matching nothing: {missing:?}"
    );
    // The selectors made from a claim's id find that claim's parts.
    let first = &story.claims[0].id;
    assert!(count(&page, &links_to(first)) > 0);
    let part = page
        .descendants()
        .into_iter()
        .find_map(|e| e.attribute(DATA_CLAIMS))
        .and_then(|ids| ids.split(' ').next_back())
        .expect("a part of the Compare view standing for claims")
        .to_owned();
    assert!(count(&page, &parts_of(&part)) > 0);
    // The Figures view's marks are found by their figure, and its table's "Show more".
    let mark = page
        .descendants()
        .into_iter()
        .find_map(|e| crate::figures::parse_figure_key(e.attribute(DATA_FIGURE)?))
        .expect("a figure's mark");
    assert_eq!(
        count(&page, &figure_mark_of(mark.0, mark.1)),
        2,
        "one in each chart"
    );
    // Each "Show more" of a published view comes right after its list, where the page
    // looks for the list it adds to.
    let mut published_buttons = 0;
    for parent in page.descendants() {
        let children: Vec<&Element> = parent.elements().collect();
        for pair in children.windows(2) {
            let more = pair[1].attribute(DATA_ACTION) == Some(&*Action::ShowMore.key());
            if more && pair[0].attribute(DATA_PAGE).is_some() {
                published_buttons += 1;
            }
        }
    }
    assert!(
        published_buttons >= 4,
        "the Compare view's three lists and the figures table"
    );
    for name in [
        DATA_MARK,
        DATA_ACTION,
        DATA_VIEW,
        DATA_DAYS,
        DATA_FIGURE,
        DATA_QUANTITY,
        DATA_SHOWS,
    ] {
        assert!(count(&page, &having(name)) > 0, "{name}");
    }
    // The ids the page finds by.
    for id in [
        DETAIL_HEADING,
        LIST_HEADING,
        LINK_FALLBACK,
        SEARCH,
        FIGURES_VIEW,
        FIGURES_TABLE,
        FIGURES_TOOLTIP_HOLDER,
    ] {
        let present = count(&page, &format!("#{id}")) > 0;
        // The copy-by-hand link appears only once the clipboard refused.
        assert!(present || id == LINK_FALLBACK, "#{id}");
    }
    assert!(count(&page, &format!("#{}", claim_row(first))) == 1);
    assert!(count(&page, &format!("#{}", compared_claim(&part))) == 1);
}

#[test]
fn the_contract_reads_selectors_as_a_browser_does() {
    let tree = Element::new("main").child(Element::new("ol").set("class", "claims").child(
        Element::new("li").set("class", "claim selected").child(
            Element::new("h3").child(Element::new("a").set(DATA_CLAIM, "x").set("tabindex", "-1")),
        ),
    ));
    assert_eq!(count(&tree, "main a[data-claim]"), 1);
    assert_eq!(count(&tree, "li.claim.selected h3 a"), 1);
    assert_eq!(count(&tree, "a[data-claim=\"x\"]"), 1);
    assert_eq!(count(&tree, "a[data-claim]:not([tabindex=\"-1\"])"), 0);
    assert_eq!(count(&tree, "ol li[class~=\"selected\"]"), 1);
    assert_eq!(count(&tree, "h3 main a"), 0, "ancestors in order");
    assert_eq!(count(&tree, "section a, li"), 1);
}

#[test]
fn every_action_reads_back_from_its_key_and_nothing_else_reads() {
    let mut all: Vec<Action> = Action::PLAIN.iter().map(|(a, _)| *a).collect();
    all.extend(LaneMode::ALL.map(Action::Lanes));
    all.extend(DateMode::ALL.map(Action::Dates));
    all.extend(Copyable::ALL.map(Action::Copy));
    let mut keys: Vec<String> = all.iter().map(|a| a.key()).collect();
    for action in &all {
        assert_eq!(Action::from_key(&action.key()), Some(*action));
    }
    keys.sort();
    keys.dedup();
    assert_eq!(keys.len(), all.len(), "keys are distinct");
    for junk in [
        "",
        "lanes",
        "lanes-",
        "dates-never",
        "zoom",
        "fit",
        "close ",
    ] {
        assert_eq!(Action::from_key(junk), None, "{junk}");
    }
}

#[test]
fn the_skip_link_is_in_the_page_shell() {
    let shell = include_str!("../../../../index.html");
    assert!(shell.contains(&format!("class=\"{}\"", &SKIP_LINK[1..])));
}
