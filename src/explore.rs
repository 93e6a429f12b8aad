//! Filtering the claims by facets and search, the per-value counts, and related claims.
//! Pure logic over a [`Story`]: checked natively by `cargo test`.

use crate::model::text::fold;
use crate::model::{Claim, Story, VerificationStatus};

/// The attributes claims can be filtered by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Facet {
    Claimant,
    Side,
    Relay,
    Topic,
    Article,
    Verification,
}

impl Facet {
    pub const ALL: [Facet; 6] = [
        Facet::Claimant,
        Facet::Side,
        Facet::Relay,
        Facet::Topic,
        Facet::Article,
        Facet::Verification,
    ];

    /// The query-string key, also used as a DOM id fragment.
    pub fn key(self) -> &'static str {
        match self {
            Facet::Claimant => "claimant",
            Facet::Side => "side",
            Facet::Relay => "relay",
            Facet::Topic => "topic",
            Facet::Article => "article",
            Facet::Verification => "verification",
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            Facet::Claimant => "Claimant",
            Facet::Side => "Side",
            Facet::Relay => "Relayed by",
            Facet::Topic => "Topic",
            Facet::Article => "Article",
            Facet::Verification => "Verification",
        }
    }

    fn index(self) -> usize {
        self as usize
    }

    fn bit(self) -> u8 {
        1 << self as u8
    }
}

/// The article-facet value of claims every article carries.
pub const IN_ALL_ARTICLES: &str = "all";
/// The verification-facet value of claims with no verification note.
pub const NO_NOTE: &str = "none";

/// What the reader has chosen to see. Within a facet values OR together; across facets
/// (and the search) they AND.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filters {
    selected: [Vec<String>; 6],
    pub query: String,
}

impl Filters {
    /// No facet chosen, only a search.
    pub fn with_query(query: impl Into<String>) -> Filters {
        Filters {
            query: query.into(),
            ..Filters::default()
        }
    }

    pub fn selected(&self, facet: Facet) -> &[String] {
        &self.selected[facet.index()]
    }

    pub fn is_selected(&self, facet: Facet, value: &str) -> bool {
        self.selected(facet).iter().any(|v| v == value)
    }

    /// Adds a value to a facet, keeping the first occurrence of duplicates.
    pub fn select(&mut self, facet: Facet, value: &str) {
        if !self.is_selected(facet, value) {
            self.selected[facet.index()].push(value.to_owned());
        }
    }

    pub fn toggle(&mut self, facet: Facet, value: &str) {
        let values = &mut self.selected[facet.index()];
        match values.iter().position(|v| v == value) {
            Some(at) => {
                values.remove(at);
            }
            None => values.push(value.to_owned()),
        }
    }

    pub fn retain(&mut self, facet: Facet, mut keep: impl FnMut(&str) -> bool) {
        self.selected[facet.index()].retain(|v| keep(v));
    }

    pub fn is_empty(&self) -> bool {
        self.query.trim().is_empty() && self.selected.iter().all(Vec::is_empty)
    }
}

/// One choosable value of a facet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FacetOption {
    pub value: String,
    pub label: String,
}

/// A story with, for each claim, the facet values and search text it is filtered by,
/// worked out once.
pub struct Explorer<'s> {
    pub story: &'s Story,
    facts: Vec<ClaimFacts>,
    options: [Vec<FacetOption>; 6],
}

struct ClaimFacts {
    /// Per facet, the claim's values as positions in that facet's options.
    values: [Vec<usize>; 6],
    /// Folded statement and quotes, for search.
    haystack: String,
}

/// Filters resolved against the options: per facet, the chosen option positions, or
/// `None` when the facet is not in use.
type Choice = [Option<Vec<usize>>; 6];

impl<'s> Explorer<'s> {
    pub fn new(story: &'s Story) -> Explorer<'s> {
        let values: Vec<[Vec<String>; 6]> = story
            .claims
            .iter()
            .map(|c| facet_values(story, c))
            .collect();
        let options = Facet::ALL.map(|facet| options_of(story, &values, facet));
        let mut explorer = Explorer {
            story,
            facts: Vec::new(),
            options,
        };
        explorer.facts = story
            .claims
            .iter()
            .zip(&values)
            .map(|(claim, values)| ClaimFacts {
                values: Facet::ALL.map(|facet| {
                    values[facet.index()]
                        .iter()
                        .filter_map(|v| explorer.option_index(facet, v))
                        .collect()
                }),
                haystack: haystack_of(claim),
            })
            .collect();
        explorer
    }

    pub fn claims(&self) -> &'s [Claim] {
        &self.story.claims
    }

    /// The values a facet offers, most common first: a stable order that does not jump
    /// about as filters change.
    pub fn options(&self, facet: Facet) -> &[FacetOption] {
        &self.options[facet.index()]
    }

    /// Where a value stands in [`Explorer::options`], if the facet offers it.
    pub fn option_index(&self, facet: Facet, value: &str) -> Option<usize> {
        self.options(facet).iter().position(|o| o.value == value)
    }

    pub fn has_option(&self, facet: Facet, value: &str) -> bool {
        self.option_index(facet, value).is_some()
    }

    /// The claims that pass the filters, and what choosing each option instead would
    /// give: one pass over the claims, whatever the number of facets.
    pub fn apply(&self, filters: &Filters) -> Outcome {
        let (choice, terms) = self.resolve(filters);
        let mut matches = Vec::new();
        let mut counts = self
            .options
            .each_ref()
            .map(|options| vec![0; options.len()]);
        for (i, facts) in self.facts.iter().enumerate() {
            if !self.found(i, &terms) {
                continue;
            }
            let failed = self.failed_facets(i, &choice);
            if failed == 0 {
                matches.push(i);
            }
            for facet in Facet::ALL {
                // Passes every facet but this one, whose choice the count replaces.
                if failed & !facet.bit() == 0 {
                    for &option in &facts.values[facet.index()] {
                        counts[facet.index()][option] += 1;
                    }
                }
            }
        }
        Outcome {
            matches,
            counts: FacetCounts(counts),
        }
    }

    fn resolve(&self, filters: &Filters) -> (Choice, Vec<String>) {
        let choice = Facet::ALL.map(|facet| {
            let chosen = filters.selected(facet);
            (!chosen.is_empty()).then(|| {
                chosen
                    .iter()
                    .filter_map(|v| self.option_index(facet, v))
                    .collect()
            })
        });
        (choice, search_terms(&filters.query))
    }

    fn found(&self, claim: usize, terms: &[String]) -> bool {
        let haystack = &self.facts[claim].haystack;
        terms.iter().all(|term| haystack.contains(term.as_str()))
    }

    /// A bit per facet whose choice the claim does not meet.
    fn failed_facets(&self, claim: usize, choice: &Choice) -> u8 {
        let values = &self.facts[claim].values;
        Facet::ALL
            .iter()
            .fold(0, |failed, &facet| match &choice[facet.index()] {
                Some(chosen) if !values[facet.index()].iter().any(|v| chosen.contains(v)) => {
                    failed | facet.bit()
                }
                _ => failed,
            })
    }

    /// Claims about the same quantity, then claims sharing topics, most shared first.
    pub fn related(&self, claim: &Claim, limit: usize) -> Vec<&'s Claim> {
        let quantities: Vec<&str> = claim.figures.iter().map(|f| &*f.quantity).collect();
        let mut scored: Vec<(usize, usize, &'s Claim)> = self
            .claims()
            .iter()
            .enumerate()
            .filter(|(_, other)| other.id != claim.id)
            .filter_map(|(i, other)| {
                let same_quantity = other
                    .figures
                    .iter()
                    .any(|f| quantities.contains(&&*f.quantity));
                let shared_topics = other
                    .topics
                    .iter()
                    .filter(|t| claim.topics.contains(t))
                    .count();
                let score = usize::from(same_quantity) * 100 + shared_topics;
                (score > 0).then_some((score, i, other))
            })
            .collect();
        scored.sort_unstable_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        scored.into_iter().take(limit).map(|(_, _, c)| c).collect()
    }
}

/// How many rows the claim list shows at first: a page, or as many pages as it takes
/// to include the selected claim when a link names one further down. Bounding the
/// rows keeps a filter change to one frame however large the story.
pub fn rows_to_show(matches: &[usize], selected: Option<usize>, page: usize) -> usize {
    let position = selected.and_then(|claim| matches.iter().position(|&m| m == claim));
    let needed = position.map_or(0, |p| p + 1);
    needed.div_ceil(page).max(1) * page
}

/// What [`Explorer::apply`] gives for a set of filters.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Outcome {
    /// Indices of the claims that pass the filters, in story order.
    pub matches: Vec<usize>,
    /// For each facet and option: how many claims there would be with that option
    /// chosen in place of the facet's current choice, every other facet and the search kept.
    pub counts: FacetCounts,
}

/// Per-facet counts, in the order of [`Explorer::options`].
#[derive(Debug, Default, PartialEq, Eq)]
pub struct FacetCounts([Vec<usize>; 6]);

impl FacetCounts {
    pub fn at(&self, facet: Facet, option: usize) -> usize {
        self.0[facet.index()].get(option).copied().unwrap_or(0)
    }
}

fn search_terms(query: &str) -> Vec<String> {
    fold(query).split_whitespace().map(str::to_owned).collect()
}

/// A claim's values for each facet, as ids.
fn facet_values(story: &Story, claim: &Claim) -> [Vec<String>; 6] {
    let sources = claim.sources().iter().map(|id| &**id);
    let sides = claim
        .sources()
        .iter()
        .filter_map(|id| story.actor(id))
        .map(|actor| &*actor.side);
    let articles = if story.articles.iter().all(|a| claim.appears_in(&a.id)) {
        vec![IN_ALL_ARTICLES.to_owned()]
    } else {
        distinct(claim.appearances.iter().map(|a| &*a.article))
    };
    let verification = match claim.verification.as_ref().map(|v| v.status) {
        Some(VerificationStatus::NotVerified) => "not-verified",
        Some(VerificationStatus::Alleged) => "alleged",
        None => NO_NOTE,
    };
    [
        distinct(sources),
        distinct(sides),
        distinct(claim.relays().map(|id| &**id)),
        distinct(claim.topics.iter().map(|id| &**id)),
        articles,
        vec![verification.to_owned()],
    ]
}

/// The folded statement and quotes a search looks in.
fn haystack_of(claim: &Claim) -> String {
    let mut haystack = fold(&claim.statement);
    for quote in claim.appearances.iter().flat_map(|a| a.quotes.iter()) {
        haystack.push('\n');
        haystack.push_str(&fold(quote));
    }
    haystack
}

/// The values in first-seen order, each once.
fn distinct<'a>(values: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut seen: Vec<String> = Vec::new();
    for value in values {
        if !seen.iter().any(|v| v == value) {
            seen.push(value.to_owned());
        }
    }
    seen
}

fn options_of(story: &Story, values: &[[Vec<String>; 6]], facet: Facet) -> Vec<FacetOption> {
    let mut frequency: Vec<(String, usize)> = Vec::new();
    for value in values.iter().flat_map(|v| &v[facet.index()]) {
        match frequency.iter_mut().find(|(v, _)| v == value) {
            Some((_, n)) => *n += 1,
            None => frequency.push((value.clone(), 1)),
        }
    }
    let mut options: Vec<(usize, FacetOption)> = frequency
        .into_iter()
        .map(|(value, n)| {
            let label = option_label(story, facet, &value);
            (n, FacetOption { value, label })
        })
        .collect();
    options.sort_unstable_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.label.cmp(&b.1.label)));
    options.into_iter().map(|(_, o)| o).collect()
}

fn option_label(story: &Story, facet: Facet, value: &str) -> String {
    let known = match facet {
        Facet::Claimant | Facet::Relay => story.actor(value).map(|a| a.name.to_string()),
        Facet::Side => story.side_label(value).map(str::to_owned),
        Facet::Topic => story.topic_label(value).map(str::to_owned),
        Facet::Article if value == IN_ALL_ARTICLES => Some(match story.articles.len() {
            2 => "Both articles".to_owned(),
            n => format!("All {n} articles"),
        }),
        Facet::Article => story
            .article(value)
            .map(|a| format!("Only {}", article_name(story, &a.id))),
        Facet::Verification => Some(
            match value {
                "not-verified" => "Outlet could not verify",
                "alleged" => "Presented as alleged",
                _ => "No verification note",
            }
            .to_owned(),
        ),
    };
    known.unwrap_or_else(|| value.to_owned())
}

/// "A · Unnamed outlet": the article's id in capitals and its outlet's name.
pub fn article_name(story: &Story, article: &str) -> String {
    let outlet = story
        .article(article)
        .and_then(|a| story.actor(&a.outlet))
        .map_or("", |actor| &*actor.name);
    format!("{} · {outlet}", article.to_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::fixture_tests::SMALL_STORY;
    use crate::model::load;

    fn explorer() -> Explorer<'static> {
        let loaded = load(SMALL_STORY).expect("fixture loads");
        Explorer::new(Box::leak(Box::new(loaded.story)))
    }

    fn ids(explorer: &Explorer, filters: &Filters) -> Vec<String> {
        explorer
            .apply(filters)
            .matches
            .iter()
            .map(|&i| explorer.claims()[i].id.to_string())
            .collect()
    }

    fn filters(choices: &[(Facet, &str)]) -> Filters {
        let mut filters = Filters::default();
        for &(facet, value) in choices {
            filters.select(facet, value);
        }
        filters
    }

    #[test]
    fn no_filter_shows_every_claim() {
        let explorer = explorer();
        assert_eq!(explorer.apply(&Filters::default()).matches, vec![0, 1, 2]);
    }

    #[test]
    fn values_or_within_a_facet_and_facets_and_together() {
        let explorer = explorer();
        let either_side = filters(&[(Facet::Side, "north"), (Facet::Side, "south")]);
        assert_eq!(ids(&explorer, &either_side).len(), 3);
        let south_relayed = filters(&[(Facet::Side, "south"), (Facet::Relay, "wire")]);
        assert_eq!(
            ids(&explorer, &south_relayed),
            ["south-supplies-low-via-wire"]
        );
        let contradictory = filters(&[(Facet::Side, "north"), (Facet::Topic, "supply")]);
        assert!(ids(&explorer, &contradictory).is_empty());
    }

    #[test]
    fn article_facet_separates_shared_claims_from_single_ones() {
        let explorer = explorer();
        assert_eq!(
            ids(&explorer, &filters(&[(Facet::Article, IN_ALL_ARTICLES)])),
            ["north-40-wounded"]
        );
        assert_eq!(
            ids(&explorer, &filters(&[(Facet::Article, "a")])),
            ["south-supplies-low"]
        );
        // One claim each, so ordered by label.
        let labels: Vec<&str> = explorer
            .options(Facet::Article)
            .iter()
            .map(|o| o.label.as_str())
            .collect();
        assert_eq!(
            labels,
            ["Both articles", "Only A · The Daily", "Only B · The Weekly"]
        );
    }

    #[test]
    fn search_matches_statements_and_quotes_in_every_term() {
        let explorer = explorer();
        let search = |query: &str| ids(&explorer, &Filters::with_query(query));
        assert_eq!(
            search("  RUNNING low "),
            ["south-supplies-low", "south-supplies-low-via-wire"]
        );
        assert_eq!(search("wire “running"), ["south-supplies-low-via-wire"]);
        assert_eq!(
            search("monday"),
            ["north-40-wounded"],
            "found in a quote only"
        );
    }

    fn count(explorer: &Explorer, counts: &FacetCounts, facet: Facet, value: &str) -> usize {
        explorer
            .option_index(facet, value)
            .map_or(0, |i| counts.at(facet, i))
    }

    #[test]
    fn counts_say_what_choosing_each_value_would_give() {
        let explorer = explorer();
        let chosen = filters(&[(Facet::Side, "south")]);
        let counts = explorer.apply(&chosen).counts;
        let count = |facet, value| count(&explorer, &counts, facet, value);
        // Other values of the chosen facet count as if chosen instead.
        assert_eq!(count(Facet::Side, "north"), 1);
        assert_eq!(count(Facet::Side, "south"), 2);
        // Other facets count within the current choice.
        assert_eq!(count(Facet::Topic, "supply"), 2);
        assert_eq!(count(Facet::Topic, "casualties"), 1);
        assert_eq!(count(Facet::Verification, NO_NOTE), 0);
        assert_eq!(count(Facet::Verification, "unknown-value"), 0);
    }

    #[test]
    fn every_count_is_the_length_of_the_list_it_promises() {
        let explorer = explorer();
        for chosen in [
            Filters::default(),
            filters(&[(Facet::Side, "south")]),
            filters(&[(Facet::Topic, "supply"), (Facet::Verification, "alleged")]),
            Filters::with_query("low"),
        ] {
            let counts = explorer.apply(&chosen).counts;
            for facet in Facet::ALL {
                for (index, option) in explorer.options(facet).iter().enumerate() {
                    let mut instead = chosen.clone();
                    instead.retain(facet, |_| false);
                    instead.select(facet, &option.value);
                    let promised = counts.at(facet, index);
                    assert_eq!(
                        promised,
                        explorer.apply(&instead).matches.len(),
                        "{facet:?}={} with {chosen:?}",
                        option.value
                    );
                }
            }
        }
    }

    #[test]
    fn a_value_the_story_does_not_offer_matches_nothing() {
        let explorer = explorer();
        assert!(explorer
            .apply(&filters(&[(Facet::Side, "east")]))
            .matches
            .is_empty());
    }

    #[test]
    fn the_list_shows_a_page_or_enough_pages_to_reach_the_selection() {
        let matches: Vec<usize> = (0..1000).map(|i| i * 2).collect();
        assert_eq!(rows_to_show(&matches, None, 100), 100);
        assert_eq!(rows_to_show(&matches, Some(10), 100), 100);
        assert_eq!(rows_to_show(&matches, Some(198), 100), 100, "the 100th row");
        assert_eq!(rows_to_show(&matches, Some(200), 100), 200, "the 101st row");
        assert_eq!(
            rows_to_show(&matches, Some(1999), 100),
            100,
            "not in the list"
        );
        assert_eq!(rows_to_show(&[], Some(3), 100), 100);
    }

    #[test]
    fn related_claims_share_a_quantity_or_topic() {
        let explorer = explorer();
        let claim = &explorer.claims()[1];
        let related: Vec<&str> = explorer.related(claim, 5).iter().map(|c| &*c.id).collect();
        assert_eq!(related, ["south-supplies-low-via-wire"]);
    }
}
