//! Filtering the claims by facets and search, with the count each facet value would
//! give. Pure logic over a [`Story`]: checked natively by `cargo test`.

mod filters;
pub mod paging;

pub use crate::facet::{Facet, PerFacet, IN_ALL_ARTICLES, NO_NOTE};
pub use filters::Filters;

use crate::model::text::{contains, fold_for_search};
use crate::model::{Claim, Story};
use crate::small_sort::sort_by;
use crate::words::option_label;

/// One choosable value of a facet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FacetOption {
    pub value: String,
    pub label: String,
}

/// The filter index of a story: for each claim, the facet values and search text it is
/// filtered by, worked out once.
pub struct Explorer {
    facts: Vec<ClaimFacts>,
    options: PerFacet<Vec<FacetOption>>,
}

struct ClaimFacts {
    /// Per facet, the claim's values as positions in that facet's options.
    values: PerFacet<Vec<usize>>,
    /// Folded statement and quotes, for search.
    haystack: String,
}

/// Filters resolved against the options: per facet, the chosen option positions, or
/// `None` when the facet is not in use.
type Choice = PerFacet<Option<Vec<usize>>>;

impl Explorer {
    pub fn new(story: &Story) -> Explorer {
        let values: Vec<PerFacet<Vec<String>>> = story
            .claims
            .iter()
            .map(|c| facet_values(story, c))
            .collect();
        let mut explorer = Explorer {
            facts: Vec::new(),
            options: PerFacet::from_fn(|facet| options_of(story, &values, facet)),
        };
        explorer.facts = story
            .claims
            .iter()
            .zip(&values)
            .map(|(claim, values)| ClaimFacts {
                values: PerFacet::from_fn(|facet| {
                    values[facet]
                        .iter()
                        .filter_map(|v| explorer.option_index(facet, v))
                        .collect()
                }),
                haystack: haystack_of(claim),
            })
            .collect();
        explorer
    }

    /// The values a facet offers, most common first: a stable order that does not jump
    /// about as filters change.
    pub fn options(&self, facet: Facet) -> &[FacetOption] {
        &self.options[facet]
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
        let mut counts = PerFacet::from_fn(|facet| vec![0; self.options[facet].len()]);
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
                    for &option in &facts.values[facet] {
                        counts[facet][option] += 1;
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
        let choice = PerFacet::from_fn(|facet| {
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
        terms.iter().all(|term| contains(haystack, term))
    }

    /// A bit per facet whose choice the claim does not meet.
    fn failed_facets(&self, claim: usize, choice: &Choice) -> u8 {
        let values = &self.facts[claim].values;
        Facet::ALL
            .iter()
            .fold(0, |failed, &facet| match &choice[facet] {
                Some(chosen) if !values[facet].iter().any(|v| chosen.contains(v)) => {
                    failed | facet.bit()
                }
                _ => failed,
            })
    }
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
pub struct FacetCounts(PerFacet<Vec<usize>>);

impl FacetCounts {
    pub fn at(&self, facet: Facet, option: usize) -> usize {
        self.0[facet].get(option).copied().unwrap_or(0)
    }
}

fn search_terms(query: &str) -> Vec<String> {
    fold_for_search(query)
        .split_whitespace()
        .map(str::to_owned)
        .collect()
}

/// A claim's values for each facet, as ids.
fn facet_values(story: &Story, claim: &Claim) -> PerFacet<Vec<String>> {
    PerFacet::from_fn(|facet| match facet {
        Facet::Claimant => distinct(claim.sources().into_iter().map(|id| &**id)),
        Facet::Side => distinct(
            claim
                .sources()
                .iter()
                .filter_map(|id| story.actor(id))
                .map(|actor| &*actor.side),
        ),
        Facet::Relay => distinct(claim.relays().into_iter().map(|id| &**id)),
        Facet::Topic => distinct(claim.topics.iter().map(|id| &**id)),
        Facet::Article => {
            // Each article that carries the claim, and "every article" when all of two
            // or more do: never "only", which with more than two articles no single
            // value could mean.
            let every =
                story.articles.len() > 1 && story.articles.iter().all(|a| claim.appears_in(&a.id));
            let every = every.then_some(IN_ALL_ARTICLES);
            distinct(
                every
                    .into_iter()
                    .chain(claim.appearances.iter().map(|a| &*a.article)),
            )
        }
        Facet::Verification => vec![claim
            .verification
            .as_ref()
            .map_or(NO_NOTE, |v| v.status.key())
            .to_owned()],
    })
}

/// The folded statement and quotes a search looks in.
fn haystack_of(claim: &Claim) -> String {
    let mut haystack = fold_for_search(&claim.statement);
    for quote in claim.appearances.iter().flat_map(|a| a.quotes.iter()) {
        haystack.push('\n');
        haystack.push_str(&fold_for_search(quote));
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

fn options_of(story: &Story, values: &[PerFacet<Vec<String>>], facet: Facet) -> Vec<FacetOption> {
    let mut frequency: Vec<(String, usize)> = Vec::new();
    for value in values.iter().flat_map(|v| &v[facet]) {
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
    sort_by(&mut options, |a, b| {
        b.0.cmp(&a.0).then_with(|| a.1.label.cmp(&b.1.label))
    });
    options.into_iter().map(|(_, o)| o).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load_tests::{cheese_roll_story, many_outlets, small_story};
    use crate::model::Story;

    thread_local! {
        static STORY: Story = small_story();
    }

    fn explorer() -> Explorer {
        Explorer::new(&small_story())
    }

    fn ids(explorer: &Explorer, filters: &Filters) -> Vec<String> {
        explorer
            .apply(filters)
            .matches
            .iter()
            .map(|&i| STORY.with(|story| story.claims[i].id.to_string()))
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
    fn article_facet_offers_each_article_s_claims_and_those_in_both() {
        let explorer = explorer();
        assert_eq!(
            ids(&explorer, &filters(&[(Facet::Article, IN_ALL_ARTICLES)])),
            ["north-40-wounded"]
        );
        assert_eq!(
            ids(&explorer, &filters(&[(Facet::Article, "a")])),
            ["north-40-wounded", "south-supplies-low"]
        );
        // Two claims in each article, one in both.
        let labels: Vec<&str> = explorer
            .options(Facet::Article)
            .iter()
            .map(|o| o.label.as_str())
            .collect();
        assert_eq!(labels, ["A · The Daily", "B · The Weekly", "Both articles"]);
    }

    #[test]
    fn with_four_articles_each_offers_every_claim_it_carries() {
        // Claim 0 in every article, claim 1 in C alone, claim 2 in A and C.
        let carried = [0b1111, 0b0100, 0b0101];
        let story = many_outlets(4, |claim, article| carried[claim] & (1 << article) != 0);
        let explorer = Explorer::new(&story);
        let ids = |value: &str| -> Vec<&str> {
            let outcome = explorer.apply(&filters(&[(Facet::Article, value)]));
            outcome
                .matches
                .iter()
                .map(|&i| &*story.claims[i].id)
                .collect()
        };
        let (all, alone, two) = (
            "north-40-wounded",
            "south-supplies-low",
            "south-supplies-low-via-wire",
        );
        assert_eq!(ids("c"), [all, alone, two]);
        assert_eq!(ids("a"), [all, two]);
        assert_eq!(ids("b"), [all]);
        assert_eq!(ids("d"), [all]);
        assert_eq!(ids(IN_ALL_ARTICLES), [all]);
        let labels: Vec<&str> = explorer
            .options(Facet::Article)
            .iter()
            .map(|o| o.label.as_str())
            .collect();
        assert_eq!(
            labels,
            [
                "C · Paper C",
                "A · Paper A",
                "All 4 articles",
                "B · Paper B",
                "D · Paper D"
            ]
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
    fn in_the_six_outlet_story_each_article_counts_the_claims_it_carries() {
        let story = cheese_roll_story();
        let explorer = Explorer::new(&story);
        let counts = explorer.apply(&Filters::default()).counts;
        let offered: Vec<(&str, usize)> = explorer
            .options(Facet::Article)
            .iter()
            .enumerate()
            .map(|(i, o)| (o.label.as_str(), counts.at(Facet::Article, i)))
            .collect();
        assert_eq!(
            offered,
            [
                ("BULLETIN · The Fernhollow Bulletin", 10),
                ("COURIER · The Valley Courier", 9),
                ("GAZETTE · The Grindlewick Gazette", 9),
                ("CLARION · The Knollside Clarion", 8),
                ("STAR · The Wrenfold Evening Star", 8),
                ("RADIO · Radio Brackenvale", 6),
                ("All 6 articles", 1),
            ]
        );
        let radio: Vec<&str> = explorer
            .apply(&filters(&[(Facet::Article, "radio")]))
            .matches
            .iter()
            .map(|&i| &*story.claims[i].id)
            .collect();
        assert_eq!(
            radio,
            [
                "crowd-about-two-thousand",
                "crumb-won-the-roll",
                "fitch-reached-cheese-first",
                "council-lets-race-go-ahead",
                "field-of-runners",
                "dozens-hurt-on-slope",
            ]
        );
    }

    /// Each option's count against the list choosing it gives, under each of `chosen`.
    fn counts_keep_their_promises(explorer: &Explorer, chosen: &[Filters]) -> Result<(), String> {
        for chosen in chosen {
            let counts = explorer.apply(chosen).counts;
            for facet in Facet::ALL {
                for (index, option) in explorer.options(facet).iter().enumerate() {
                    let mut instead = chosen.clone();
                    instead.retain(facet, |_| false);
                    instead.select(facet, &option.value);
                    let promised = counts.at(facet, index);
                    let given = explorer.apply(&instead).matches.len();
                    if promised != given {
                        return Err(format!(
                            "{facet:?}={} with {chosen:?}: {promised} promised, {given} given",
                            option.value
                        ));
                    }
                }
            }
        }
        Ok(())
    }

    #[test]
    fn every_count_is_the_length_of_the_list_it_promises() {
        let explorer = explorer();
        let chosen = [
            Filters::default(),
            filters(&[(Facet::Side, "south")]),
            filters(&[(Facet::Topic, "supply"), (Facet::Verification, "alleged")]),
            Filters::with_query("low"),
        ];
        counts_keep_their_promises(&explorer, &chosen).unwrap_or_else(|e| panic!("{e}"));
    }

    proptest::proptest! {
        /// In a story of 3 to 20 articles, each carrying any of the claims, every
        /// article option's count is the list it gives.
        #[test]
        fn every_count_keeps_its_promise_over_many_articles(
            articles in 3usize..=20,
            carried in proptest::collection::vec(proptest::num::u32::ANY, 3),
            article in 0usize..20,
        ) {
            let story = many_outlets(articles, |claim, at| carried[claim] & (1 << at) != 0);
            let explorer = Explorer::new(&story);
            let letter = char::from(b'a' + (article % articles) as u8).to_string();
            let chosen = [
                Filters::default(),
                filters(&[(Facet::Article, &letter)]),
                filters(&[(Facet::Article, IN_ALL_ARTICLES), (Facet::Side, "south")]),
                filters(&[(Facet::Article, &letter), (Facet::Topic, "supply")]),
            ];
            counts_keep_their_promises(&explorer, &chosen).map_err(proptest::test_runner::TestCaseError::fail)?;
            // An article's option lists exactly the claims it carries.
            let given = explorer.apply(&filters(&[(Facet::Article, &letter)])).matches;
            let carries: Vec<usize> = (0..story.claims.len()).filter(|&i| story.claims[i].appears_in(&letter)).collect();
            proptest::prop_assert_eq!(given, carries);
        }
    }

    proptest::proptest! {
        // Each case generates and indexes a story: a few dozen cover 3 to 20 articles.
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(24))]

        /// The same over generated stories of 3 to 20 articles, under each article's
        /// choice and "every article".
        #[test]
        fn every_count_keeps_its_promise_in_generated_stories(
            articles in 3usize..=20,
            seed in proptest::num::u64::ANY,
        ) {
            let story = crate::synthetic::story_of(60, articles, seed);
            let explorer = Explorer::new(&story);
            let mut chosen = vec![Filters::default(), filters(&[(Facet::Article, IN_ALL_ARTICLES)])];
            chosen.extend(story.articles.iter().map(|a| filters(&[(Facet::Article, &a.id)])));
            counts_keep_their_promises(&explorer, &chosen).map_err(proptest::test_runner::TestCaseError::fail)?;
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
}
