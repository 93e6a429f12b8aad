//! The seam between the markup the core writes and the page that finds its way in it
//! again: every element id, `data-*` attribute, class and selector the page relies on,
//! and every button's action, spelled once, here. The core's markup writes with these
//! names and the page looks up with them; a contract test (below) checks that every
//! selector the page uses matches markup the core writes, and the app's own test
//! (`tests/seam.rs`) that the page spells no name of its own.

use crate::view::{DateMode, LaneMode};

// Attributes.

/// On every button: its [`Action`].
pub const DATA_ACTION: &str = "data-action";
/// On every link to a claim (list row, timeline mark or period, quote, table row): the
/// claim's id.
pub const DATA_CLAIM: &str = "data-claim";
/// On a part of the Compare view: the ids of the claims it stands for, space-separated.
pub const DATA_CLAIMS: &str = "data-claims";
/// On a run of a compared text that carries claims: their story indices, and those of
/// them the run before carries too (`markup::compare::RunInfo`).
pub const DATA_RUN: &str = "data-run";
pub const DATA_FOLLOWS: &str = "data-follows";
/// On a link to another view: the view's key.
pub const DATA_VIEW: &str = "data-view";
/// On a timeline mark: its lane and mark (`timeline::mark_key`).
pub const DATA_MARK: &str = "data-mark";
/// On a timeline cluster: the days it covers (`timeline::parse_cluster_days`).
pub const DATA_DAYS: &str = "data-days";
/// On a timeline edge button: the day of the nearest claim beyond it.
pub const DATA_EDGE: &str = "data-edge";
/// On a mark of the Figures chart: its claim, figure and appearance
/// (`figures::figure_key`).
pub const DATA_FIGURE: &str = "data-figure";
/// On a part of the published Figures view standing for outlets' reports: the ids of
/// the articles they come from, space-separated; when the article filter is chosen,
/// the page shows it only when all of them are chosen.
pub const DATA_REPORTED_IN: &str = "data-reported-in";
/// On a link choosing the Figures view's quantity: the quantity's id.
pub const DATA_QUANTITY: &str = "data-quantity";
/// On an article's Copy citation in the claim detail: which of the claim's appearances
/// it cites (its index), whose citation `web/page.js` copies from the takeaway file.
pub const DATA_REPORT: &str = "data-report";
/// On a part of the published Figures view (a mark, a table row, a sentence): the story
/// indices of the claims it stands for, space-separated; the page shows it only when
/// the filters let all of them through.
pub const DATA_SHOWS: &str = "data-shows";
/// On a list of a published view: how many of its shown rows (`DATA_SHOWS`) it shows
/// at a time; the "Show more" button after it adds as many again.
pub const DATA_PAGE: &str = "data-page";
/// Set by the page, not the core: on such a list, the rows "Show more" added.
pub const DATA_EXTRA: &str = "data-extra";
/// On a group of marks of a published view: one tab stop among its shown marks, the
/// selected claim's or the first, the arrow keys moving between them.
pub const DATA_ROVING: &str = "data-roving";
/// On a facet's checkbox: its facet and value.
pub const DATA_FACET: &str = "data-facet";
pub const DATA_VALUE: &str = "data-value";
/// Set by the page, not the core: on every part of the claim being pointed at in the
/// Compare view (the stylesheet lights them up).
pub const DATA_LIT: &str = "data-lit";
/// In the Compare view: on a link to a pair of texts (a cell of the coverage table is
/// one; so is the claim detail's link to the Compare view), its articles ("a,c"); on an article's text, its id; on a cell, its article,
/// whose quote the page brings into view.
pub const DATA_PAIR: &str = "data-pair";
pub const DATA_TEXT: &str = "data-text";
pub const DATA_CELL: &str = "data-cell";

// Element ids.

/// The claim detail panel.
pub const DETAIL: &str = "detail";
/// The detail's heading, where focus goes after a selection.
pub const DETAIL_HEADING: &str = "detail-heading";
/// The claim list's heading, which names its section.
pub const LIST_HEADING: &str = "list-heading";
/// The input showing the link to copy by hand when the clipboard is refused.
pub const LINK_FALLBACK: &str = "link-fallback";
/// The search box.
pub const SEARCH: &str = "search";
/// The claims list's section.
pub const CLAIMS_LIST: &str = "claims";
/// The filters' panel.
pub const FILTERS: &str = "filters";
/// The view links.
pub const VIEWS: &str = "views";
/// The timeline's drawing: its lanes, and its head (the axis that stays in sight).
pub const TIMELINE_LANES: &str = "timeline-lanes";
pub const TIMELINE_AXIS: &str = "timeline-axis";
/// The timeline's frame, which takes focus to pan and zoom; its switches above it; the
/// holder of its tooltip.
pub const TIMELINE_FRAME: &str = "timeline-frame";
pub const TIMELINE_CONTROLS: &str = "timeline-controls";
pub const TOOLTIP_HOLDER: &str = "tooltip-holder";
/// The Compare view's frame, and the holder of its summary, filled under the filters.
pub const COMPARE_VIEW: &str = "compare-view";
pub const COMPARE_SUMMARY: &str = "compare-summary";
/// The Figures view's holder, its table, and the holder of a mark's tooltip.
pub const FIGURES_VIEW: &str = "figures-view";
pub const FIGURES_TABLE: &str = "figures-table";
pub const FIGURES_TOOLTIP_HOLDER: &str = "figures-tooltip";
/// Where the notice of a link's parts left out goes.
pub const NOTICE_HOLDER: &str = "link-notice";
/// The view and the claim detail beside it; the skip link leads here.
pub const WORKSPACE: &str = "main";
/// Where the app mounts, in `index.html`: `claimline site` draws the default view in it,
/// which the app replaces with itself when it starts.
pub const APP: &str = "app";
/// Marks the default view as published in `#app`, until the app replaces it: what a
/// test waits to see gone to know the app has started.
pub const PREDRAWN: &str = "data-predrawn";
/// The page's head, in `index.html`: `claimline site` writes the story's masthead in it.
pub const MASTHEAD: &str = "masthead";
/// The page's `<link rel="preload">` of the story's data file, which `claimline site`
/// writes into `index.html`: the page reads its `href` to fetch the story.
pub const STORY_DATA: &str = "story-data";
/// The page's `<meta>` naming, in its `content`, the Compare view as published, fetched
/// when the view first opens.
pub const COMPARE_DRAWN: &str = "compare-drawn";
/// The page's `<meta>` naming, in its `content`, the Figures view's file for each
/// quantity (`figures::files`), each fetched when the view first shows that quantity.
pub const FIGURES_DATA: &str = "figures-data";

/// The masthead's link out of an embedded page (`embed=1`) to the same view in the
/// full app, shown only embedded; `web/page.js` gives it its address when followed,
/// and marks the page's root `embedded` for the stylesheet.
pub const OPEN_FULL: &str = "open-full";

/// Where `claimline site` writes the claims' own pages, in the story's folder.
pub const CLAIMS_DIR: &str = "claims";

/// A claim's own page, relative to the story's folder: what Copy link and Share give.
pub fn claim_page_path(claim: &str) -> String {
    format!("{CLAIMS_DIR}/{claim}.html")
}

/// What `claimline site` writes for taking a claim elsewhere (`publish::takeaway`):
/// its share text, citation and CSL-JSON, fetched by `web/page.js` on Copy or Share.
pub fn claim_takeaway_path(claim: &str) -> String {
    format!("{CLAIMS_DIR}/{claim}.txt")
}
/// Ends each part of a claim's takeaway file (the ASCII record separator).
pub const TAKEAWAY_END: char = '\u{1e}';
/// Where the page puts the claim's link in its takeaway file (the unit separator).
pub const TAKEAWAY_LINK: char = '\u{1f}';

/// The class of the link to the claim's own page in its printed citation, whose text
/// the page makes the page's full address (`detail::claim_address`).
pub const CLAIM_ADDRESS: &str = "claim-address";

/// Every fixed element id of the page (the story page's own `reading` footer too).
pub const PAGE_IDS: [&str; 28] = [
    DETAIL,
    DETAIL_HEADING,
    LIST_HEADING,
    LINK_FALLBACK,
    SEARCH,
    CLAIMS_LIST,
    FILTERS,
    VIEWS,
    TIMELINE_LANES,
    TIMELINE_AXIS,
    TIMELINE_FRAME,
    TIMELINE_CONTROLS,
    TOOLTIP_HOLDER,
    COMPARE_VIEW,
    COMPARE_SUMMARY,
    FIGURES_VIEW,
    FIGURES_TABLE,
    FIGURES_TOOLTIP_HOLDER,
    NOTICE_HOLDER,
    WORKSPACE,
    APP,
    MASTHEAD,
    STORY_DATA,
    COMPARE_DRAWN,
    FIGURES_DATA,
    OPEN_FULL,
    "reading",
    "reading-heading",
];

/// Whether a claim with this id would give one of its elements a fixed id of the page
/// (`view` makes the Compare row `compare-view`, the view's own id).
pub fn claim_id_taken(claim: &str) -> bool {
    let ids = [claim_row(claim), compared_claim(claim)];
    ids.iter().any(|id| PAGE_IDS.contains(&id.as_str()))
}

/// A claim's row in the list.
pub fn claim_row(claim: &str) -> String {
    format!("claim-{claim}")
}

/// A claim's row in the Compare view: in the table of claims both articles carry, or
/// in the list of those only one does.
pub fn compared_claim(claim: &str) -> String {
    format!("compare-{claim}")
}

// Classes the page sets or takes away.

/// A facet group showing only its first values (and any ticked) until "Show all".
pub const COLLAPSED: &str = "collapsed";
/// A list row's classes, plain and selected.
pub const ROW: &str = "claim";
pub const ROW_SELECTED: &str = "claim selected";
/// The detail panel's classes, closed and with a claim open (a sheet, on a phone).
pub const PANEL: &str = "detail";
pub const PANEL_OPEN: &str = "detail open";
/// The Compare view's classes, showing the first article on a phone or the second.
pub const COMPARE: &str = "compare";
pub const COMPARE_SECOND_SHOWN: &str = "compare second-shown";
/// Every run of a compared text that carries a claim, whether the filters show it or not.
pub const TEXT_RUN_CLASS: &str = "run";

// Selectors the page looks elements up by, each matching markup the core writes.

/// A link to a claim, anywhere.
pub const CLAIM_LINK: &str = "a[data-claim]";
/// A link to another view.
pub const VIEW_LINK: &str = "a[data-view]";
/// A button with an action.
pub const ACTION: &str = "[data-action]";
/// A button that shows its state as pressed (the Compare view's switch).
pub const PRESSED: &str = "[aria-pressed]";
/// On the timeline: what links to a claim (a mark, a context period), a mark, a
/// cluster, an edge button, the selected mark.
pub const TIMELINE_CLAIM: &str = "[data-claim]";
pub const MARK: &str = "[data-mark]";
pub const CLUSTER: &str = "[data-days]";
pub const EDGE: &str = "[data-edge]";
pub const SELECTED_MARK: &str = "a.mark[aria-current]";
/// In the Compare view: a part standing for claims; an article's text, and a run of it
/// carrying a claim.
pub const CLAIMS_PART: &str = "[data-claims]";
pub const TEXT: &str = ".texts article.text";
pub const TEXT_RUN: &str = "a.run";
/// In the Compare view: a link to a pair of texts (or a cell of the coverage table).
pub const PAIR_LINK: &str = "a[data-pair]";
/// In the Figures view: a mark, a quantity's link.
pub const FIGURE_MARK: &str = "a[data-figure]";
pub const QUANTITY_LINK: &str = "a[data-quantity]";
/// In a published view: a part the filters show or hide, a list paged, a group of
/// marks with one tab stop.
pub const SHOWN_PART: &str = "[data-shows]";
pub const PAGED_LIST: &str = "[data-page]";
pub const ROVING_GROUP: &str = "[data-roving]";
/// In the Figures view: a mark's glyph, where the arrow keys measure it from.
pub const FIGURE_GLYPH: &str = ".glyph";
/// In the filters: the search box, the tally, "Clear all", the folding holder of the
/// groups, a group, a checkbox and its count, the first value "Show all" brings in.
pub const SEARCH_BOX: &str = "input[type=search]";
pub const TALLY: &str = ".total";
pub const CLEAR_ALL: &str = ".tally button";
pub const FACET_HOLDER: &str = "details";
pub const FACET_GROUP: &str = "fieldset";
pub const FACET_BOX: &str = "input[data-facet]";
pub const FACET_COUNT: &str = ".count";
pub const FIRST_EXTRA_BOX: &str = ".extra input";
/// In the list: the list, its "no match" notice, its "Show more", a row's link.
pub const LIST: &str = "ol";
pub const EMPTY: &str = ".empty";
pub const MORE: &str = ".more";
pub const ROW_LINK: &str = "h3 a";
/// In the detail: the share block and its status line.
pub const SHARE_BLOCK: &str = ".share";
pub const SHARE_STATUS: &str = ".share-status";
/// A field of the reader's own, where keys are typing (Escape clears a search).
pub const TEXT_FIELD: &str = "input, textarea";
/// The page shell's skip link (in `index.html`), the first Tab stop.
pub const SKIP_LINK: &str = ".skip-link";
/// The first claim of the view shown, where the skip link goes (a timeline's tab stop,
/// not its other marks).
pub const FIRST_CLAIM: &str = "main a[data-claim]:not([tabindex=\"-1\"])";

/// The selector of an element whose `name` attribute is present.
pub fn having(name: &str) -> String {
    format!("[{name}]")
}

/// The parts of the Compare view standing for `claim` (among others).
pub fn parts_of(claim: &str) -> String {
    format!("[{DATA_CLAIMS}~=\"{claim}\"]")
}

/// The selected claim's quote in one article's compared text.
pub fn selected_quote_in(article: &str) -> String {
    format!(".texts article[{DATA_TEXT}=\"{article}\"] a.run[aria-current]")
}

/// The Figures chart's mark of one outlet's report of a figure of a claim (story
/// indices, as `figures::figure_key` writes them).
pub fn figure_mark_of(report: (usize, usize, usize)) -> String {
    format!(
        "a[{DATA_FIGURE}=\"{}\"]",
        crate::figures::figure_key(report)
    )
}

/// The links to `claim` in the view shown. Ids in a story are plain (validated), so
/// one makes a safe selector; the page only asks for claims the story has.
pub fn links_to(claim: &str) -> String {
    format!("main a[{DATA_CLAIM}=\"{claim}\"]")
}

/// What a button does, as its `data-action` holds it: every button of every view.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// The list's "Clear all filters" and the filters' "Clear all".
    ClearFilters,
    /// More rows of the list before it (the claims, or a published view's list).
    ShowMore,
    /// Closes the claim detail.
    CloseDetail,
    /// Leaves a link's unknown claim for the whole list.
    ShowAllClaims,
    /// Copies the claim's link, its citation, its CSL-JSON or the view's embed code.
    Copy(Copyable),
    Share,
    /// On a phone, which article the Compare view shows.
    ShowFirst,
    ShowSecond,
    /// Puts away the notice of what a link held that was left out.
    DismissNotice,
    /// Shows every value of a long facet.
    ShowAllValues,
    /// The timeline's lanes, dates and zoom.
    Lanes(LaneMode),
    Dates(DateMode),
    ZoomIn,
    ZoomOut,
    /// Back to where the claims are dense.
    Busiest,
    FitAll,
}

impl Action {
    /// Every action without data, with its key.
    const PLAIN: [(Action, &'static str); 13] = [
        (Action::ClearFilters, "clear-filters"),
        (Action::ShowMore, "show-more"),
        (Action::CloseDetail, "close"),
        (Action::ShowAllClaims, "show-all"),
        (Action::Share, "share"),
        (Action::ShowFirst, "show-first"),
        (Action::ShowSecond, "show-second"),
        (Action::DismissNotice, "dismiss"),
        (Action::ShowAllValues, "show-all-values"),
        (Action::ZoomIn, "zoom-in"),
        (Action::ZoomOut, "zoom-out"),
        (Action::Busiest, "busiest"),
        (Action::FitAll, "fit-all"),
    ];

    /// The action as `data-action` holds it.
    pub fn key(self) -> String {
        match self {
            Action::Lanes(mode) => format!("lanes-{}", mode.key()),
            Action::Dates(mode) => format!("dates-{}", mode.key()),
            Action::Copy(what) => format!("copy-{}", what.key()),
            plain => Action::PLAIN
                .iter()
                .find(|(action, _)| *action == plain)
                .map_or(String::new(), |(_, key)| (*key).to_owned()),
        }
    }

    /// Reads `data-action` back; `None` for anything else.
    pub fn from_key(key: &str) -> Option<Action> {
        match key.split_once('-') {
            Some(("lanes", mode)) => Some(Action::Lanes(LaneMode::from_key(mode)?)),
            Some(("dates", mode)) => Some(Action::Dates(DateMode::from_key(mode)?)),
            Some(("copy", what)) => Some(Action::Copy(Copyable::from_key(what)?)),
            _ => Action::PLAIN
                .iter()
                .find(|(_, k)| *k == key)
                .map(|(action, _)| *action),
        }
    }
}

/// What a copy button copies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Copyable {
    /// The claim's own page.
    Link,
    Citation,
    CslJson,
    /// An `<iframe>` of the view as it is, compact.
    Embed,
}

impl Copyable {
    pub const ALL: [Copyable; 4] = [
        Copyable::Link,
        Copyable::Citation,
        Copyable::CslJson,
        Copyable::Embed,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Copyable::Link => "link",
            Copyable::Citation => "citation",
            Copyable::CslJson => "csl",
            Copyable::Embed => "embed",
        }
    }

    pub fn from_key(key: &str) -> Option<Copyable> {
        Copyable::ALL.into_iter().find(|what| what.key() == key)
    }
}

#[cfg(test)]
mod tests;
