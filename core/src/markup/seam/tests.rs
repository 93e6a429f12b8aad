//! The seam's contract: every selector the page uses matches markup the core writes,
//! inside the holder the page looks in; every action reads back from its key.

use super::*;
use crate::compare::comparison;
use crate::load_tests::small_story;
use crate::markup::compare::compare_page;
use crate::markup::compare::table::table_page;
use crate::markup::detail::{detail, Offers};
use crate::markup::{notice, Element, Node};
use crate::model::Story;
use crate::publish::first_view::first_view;
use crate::timeline::{
    controls, default_window, layout, marks, scene, LaneIndex, LayoutOptions, Scale, SceneInput,
};

/// Every selector the page uses, with its name for the failure message and the holder
/// the page looks in (`None`: the whole page, as for events caught anywhere). A
/// selector that also matches elsewhere must still match inside its holder, so the
/// contract fails when the meant element goes.
const SELECTORS: &[(&str, &str, Option<&str>)] = &[
    ("CLAIM_LINK", CLAIM_LINK, None),
    ("VIEW_LINK", VIEW_LINK, Some(VIEWS)),
    ("ACTION", ACTION, None),
    ("PRESSED", PRESSED, Some(COMPARE_VIEW)),
    ("TIMELINE_CLAIM", TIMELINE_CLAIM, Some(TIMELINE_LANES)),
    ("MARK", MARK, Some(TIMELINE_LANES)),
    ("CLUSTER", CLUSTER, Some(TIMELINE_LANES)),
    ("EDGE", EDGE, Some(TIMELINE_FRAME)),
    ("SELECTED_MARK", SELECTED_MARK, Some(TIMELINE_LANES)),
    ("CLAIMS_PART", CLAIMS_PART, Some(COMPARE_VIEW)),
    ("TEXT", TEXT, Some(COMPARE_VIEW)),
    ("TEXT_RUN", TEXT_RUN, Some(COMPARE_VIEW)),
    ("PAIR_LINK", PAIR_LINK, Some(COMPARE_VIEW)),
    ("SHOWN_PART", SHOWN_PART, Some(COMPARE_VIEW)),
    ("PAGED_LIST", PAGED_LIST, Some(COMPARE_VIEW)),
    ("FIGURE_MARK", FIGURE_MARK, Some(FIGURES_VIEW)),
    ("QUANTITY_LINK", QUANTITY_LINK, Some(FIGURES_VIEW)),
    ("SHOWN_PART", SHOWN_PART, Some(FIGURES_VIEW)),
    ("PAGED_LIST", PAGED_LIST, Some(FIGURES_VIEW)),
    ("ROVING_GROUP", ROVING_GROUP, Some(FIGURES_VIEW)),
    ("FIGURE_GLYPH", FIGURE_GLYPH, Some(FIGURES_VIEW)),
    ("EMPTY", EMPTY, Some(FIGURES_VIEW)),
    ("SEARCH_BOX", SEARCH_BOX, Some(FILTERS)),
    ("TALLY", TALLY, Some(FILTERS)),
    ("CLEAR_ALL", CLEAR_ALL, Some(FILTERS)),
    ("FACET_HOLDER", FACET_HOLDER, Some(FILTERS)),
    ("LIST", LIST, Some(CLAIMS_LIST)),
    ("EMPTY", EMPTY, Some(CLAIMS_LIST)),
    ("MORE", MORE, Some(CLAIMS_LIST)),
    ("ROW_LINK", ROW_LINK, Some(CLAIMS_LIST)),
    ("SHARE_BLOCK", SHARE_BLOCK, Some(DETAIL)),
    ("FIRST_CLAIM", FIRST_CLAIM, None),
];

/// The selectors the page looks for inside an element it found by another: the facet
/// groups inside the filters' folding holder, a group's parts inside a group, the
/// share status inside the share block.
const NESTED: &[(&str, &str, &str)] = &[
    ("FACET_GROUP", FACET_GROUP, FACET_HOLDER),
    ("FACET_BOX", FACET_BOX, FACET_HOLDER),
    ("FACET_COUNT", FACET_COUNT, FACET_HOLDER),
    ("FIRST_EXTRA_BOX", FIRST_EXTRA_BOX, FACET_GROUP),
    ("SHARE_STATUS", SHARE_STATUS, SHARE_BLOCK),
];

/// `selector` looked up inside the element with id `holder`: each alternative scoped.
fn inside(holder: &str, selector: &str) -> String {
    selector
        .split(',')
        .map(|one| format!("#{holder} {}", one.trim()))
        .collect::<Vec<_>>()
        .join(", ")
}

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

/// The element with id `id` under `root`, to fill as the app fills its holder.
fn holder<'a>(root: &'a mut Element, id: &str) -> &'a mut Element {
    fn find<'a>(element: &'a mut Element, id: &str) -> Option<&'a mut Element> {
        if element.attribute("id") == Some(id) {
            return Some(element);
        }
        element.children.iter_mut().find_map(|child| match child {
            Node::Element(e) => find(e, id),
            Node::Text(_) => None,
        })
    }
    find(root, id).unwrap_or_else(|| panic!("no #{id} in the published page"))
}

/// Gives `element` these children.
fn fill(element: &mut Element, children: Vec<Element>) {
    element.children = children.into_iter().map(Node::Element).collect();
}

/// The page as published (`first_view`: the view links, the notice's holder, the
/// filters, the list and the detail, in their holders), with a claim open in the
/// detail, a link's notice, and in `main` the other views as the app fills their
/// holders: a timeline (a claim selected), the Compare view and the Figures view.
fn page(story: &Story) -> Element {
    let mut page = Element::new("body").children(first_view(story));

    let offers = Offers {
        share: true,
        compare: true,
    };
    let selected = story.claims.first().map(|c| c.id.to_string());
    fill(
        holder(&mut page, DETAIL),
        detail(story, selected.as_deref(), offers),
    );
    fill(
        holder(&mut page, NOTICE_HOLDER),
        notice::link_notice(&["q=x".to_owned()])
            .into_iter()
            .collect(),
    );

    let every: Vec<usize> = (0..story.claims.len()).collect();
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
        .child(
            Element::new("div")
                .set("id", TIMELINE_CONTROLS)
                .children(controls(Default::default(), 1)),
        )
        .child(
            Element::new("div")
                .set("id", TIMELINE_FRAME)
                .child(
                    Element::new("svg")
                        .set("id", TIMELINE_AXIS)
                        .children(drawn.head),
                )
                .child(
                    Element::new("svg")
                        .set("id", TIMELINE_LANES)
                        .children(drawn.elements),
                ),
        );

    let pair = crate::compare::compared(story).expect("two articles");
    let compared = Element::new("div")
        .set("id", COMPARE_VIEW)
        .children(compare_page(story, pair, &comparison(story, pair)))
        .children(table_page(story));

    // The Figures view as published, for the default quantity.
    let quantity = crate::figures::default_quantity(story).expect("figures");
    let figures = Element::new("div")
        .set("id", FIGURES_VIEW)
        .children(crate::figures::figures_page(story, quantity));

    holder(&mut page, WORKSPACE)
        .children
        .extend([timeline, compared, figures].map(Node::Element));
    page
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
    let scoped = SELECTORS
        .iter()
        .map(|(name, selector, holder)| {
            let looked_up = holder.map_or(selector.to_string(), |h| inside(h, selector));
            (*name, looked_up)
        })
        .chain(
            NESTED
                .iter()
                .map(|(name, selector, within)| (*name, format!("{within} {selector}"))),
        );
    let missing: Vec<String> = scoped
        .filter(|(_, selector)| count(&page, selector) == 0)
        .map(|(name, selector)| format!("{name} = {selector}"))
        .collect();
    assert!(
        missing.is_empty(),
        "selectors matching nothing where the page looks: {missing:?}"
    );
    // Escape is the search box's own while typing: the page asks whether the key's
    // target is a field.
    let search = page
        .descendants()
        .into_iter()
        .find(|e| e.attribute("id") == Some(SEARCH))
        .expect("the search box");
    assert_eq!(
        count(search, TEXT_FIELD),
        1,
        "the search box is a text field"
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
    assert_eq!(count(&page, &figure_mark_of(mark)), 2, "one in each chart");
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
        DATA_REPORTED_IN,
    ] {
        assert!(count(&page, &having(name)) > 0, "{name}");
    }
    // The ids the page finds by.
    for id in [
        DETAIL_HEADING,
        LIST_HEADING,
        SEARCH,
        FIGURES_VIEW,
        FIGURES_TABLE,
        FIGURES_TOOLTIP_HOLDER,
    ] {
        assert_eq!(count(&page, &format!("#{id}")), 1, "#{id}");
    }
    // `LINK_FALLBACK` is not here: only web/page.js writes it, and `tests/seam.rs`
    // holds it to the seam's spelling there.
    let listed = page
        .descendants()
        .into_iter()
        .find(|e| e.attribute("id") == Some(CLAIMS_LIST))
        .and_then(|list| {
            list.descendants()
                .into_iter()
                .find_map(|e| e.attribute(DATA_CLAIM))
        })
        .expect("a claim in the list");
    assert_eq!(
        count(
            &page,
            &inside(CLAIMS_LIST, &format!("#{}", claim_row(listed)))
        ),
        1
    );
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
