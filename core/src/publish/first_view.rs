//! The default view, drawn at publish time into the page's `#app`: the view links, the
//! filters with their counts, the first page of claims and the empty claim panel,
//! element for element as the app draws them when it starts on a link with no query,
//! so the reader has the claims before the WebAssembly runs and the app takes over
//! without a shift. Without script the claims stay readable, each linking to its own
//! page (`claim_page`); the controls that need the app are hidden by the stylesheet.

use crate::explore::paging::{rows_to_show, PAGE};
use crate::explore::{Explorer, Facet, Filters, Outcome};
use crate::markup::card::{card, list_frame, more_label};
use crate::markup::detail::{detail, Offers};
use crate::markup::facets::{facet_groups, filters_frame};
use crate::markup::nav::view_links;
use crate::markup::seam::{
    claim_page_path, Action, CLAIMS_LIST, DATA_ACTION, DATA_CLAIM, DETAIL, DETAIL_HEADING,
    FACET_COUNT, FILTERS, LIST_HEADING, NOTICE_HOLDER, PANEL, PREDRAWN, TALLY, VIEWS, WORKSPACE,
};
use crate::markup::{Element, Node};
use crate::model::Story;
use crate::url_state::UrlState;
use crate::words::tally;

/// What the app's `#app` holds once it has started on the story's plain address.
pub fn first_view(story: &Story) -> Vec<Element> {
    let explorer = Explorer::new(story);
    let outcome = explorer.apply(&Filters::default());
    let no_share = Offers {
        share: false,
        compare: true,
    };
    let workspace = Element::new("main")
        .set("id", WORKSPACE)
        .set("class", "workspace")
        .child(
            Element::new("section")
                .set("id", CLAIMS_LIST)
                .set("class", "list")
                .set("aria-labelledby", LIST_HEADING)
                .children(claims_list(story, &outcome.matches)),
        )
        .child(
            Element::new("section")
                .set("id", DETAIL)
                .set("class", PANEL)
                .set("aria-labelledby", DETAIL_HEADING)
                .children(detail(story, None, no_share)),
        );
    vec![
        Element::new("nav")
            .set("id", VIEWS)
            .set("class", "views")
            .set("aria-label", "Views")
            .children(view_links(&UrlState::default())),
        Element::new("div").set("id", NOTICE_HOLDER),
        Element::new("div")
            .set("class", "layout")
            .set(PREDRAWN, "")
            .child(
                Element::new("aside")
                    .set("id", FILTERS)
                    .set("class", "facets")
                    .set("aria-label", "Filters")
                    .children(filters(&explorer, &outcome, story.claims.len())),
            )
            .child(workspace),
    ]
}

/// The filters as the app sets them with nothing chosen: every value's count, the
/// tally of all claims, "Clear all" disabled.
fn filters(explorer: &Explorer, outcome: &Outcome, total: usize) -> Vec<Element> {
    let mut counts = Facet::ALL.into_iter().flat_map(|facet| {
        let options = 0..explorer.options(facet).len();
        options.map(move |index| outcome.counts.at(facet, index).to_string())
    });
    let mut groups = facet_groups(explorer);
    for group in &mut groups {
        visit(group, &mut |element| {
            if element.has_class(class_of(FACET_COUNT)) {
                element.children = counts.next().into_iter().map(Node::Text).collect();
            }
        });
    }
    let clear = Action::ClearFilters.key();
    let mut frame = filters_frame();
    for part in &mut frame {
        visit(part, &mut |element| match element.tag {
            "p" if element.has_class(class_of(TALLY)) => {
                element.children = vec![Node::Text(tally(total, total))];
            }
            "button" if element.attribute(DATA_ACTION) == Some(&*clear) => {
                element.attributes.push(("disabled", String::new()));
            }
            // Open, as the app opens it beside the claims; on a phone, where the app
            // folds it, the stylesheet hides the groups of the published one.
            "details" => {
                element.attributes.push(("open", String::new()));
                element.children.extend(groups.drain(..).map(Node::Element));
            }
            _ => {}
        });
    }
    frame
}

/// The list's first page of `matches`, each claim linking to its own page (the app's
/// links select in place), and "Show more" labelled when there are more.
fn claims_list(story: &Story, matches: &[usize]) -> Vec<Element> {
    let shown = rows_to_show(matches, None, PAGE).min(matches.len());
    let mut rows = matches
        .get(..shown)
        .unwrap_or_default()
        .iter()
        .filter_map(|&index| story.claims.get(index))
        .map(|claim| {
            let mut row = card(story, claim);
            let own_page = claim_page_path(&claim.id);
            visit(&mut row, &mut |element| {
                if element.attribute(DATA_CLAIM).is_some() {
                    set_attribute(element, "href", &own_page);
                }
            });
            Node::Element(row)
        });
    let hidden = matches.len() - shown;
    let mut list = list_frame();
    for part in &mut list {
        match part.tag {
            "ol" => part.children = rows.by_ref().collect(),
            "button" if hidden > 0 => {
                part.attributes.retain(|(name, _)| *name != "hidden");
                part.children = vec![Node::Text(more_label(hidden, PAGE))];
            }
            _ => {}
        }
    }
    list
}

/// The class a seam selector of one class (`.count`) names.
fn class_of(selector: &'static str) -> &'static str {
    selector.trim_start_matches('.')
}

/// Calls `f` on `element` and every element inside it, depth first, in document order.
fn visit(element: &mut Element, f: &mut impl FnMut(&mut Element)) {
    f(element);
    for child in &mut element.children {
        if let Node::Element(child) = child {
            visit(child, f);
        }
    }
}

fn set_attribute(element: &mut Element, name: &'static str, value: &str) {
    match element.attributes.iter_mut().find(|(n, _)| *n == name) {
        Some((_, old)) => value.clone_into(old),
        None => element.attributes.push((name, value.to_owned())),
    }
}
