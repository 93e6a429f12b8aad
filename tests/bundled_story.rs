//! The bundled story is the product: it must load cleanly and say what the articles say.

use claimline::bundled::BUNDLED;
use claimline_core::explore::{Explorer, Facet, Filters};
use claimline_core::load::parse;
use claimline_core::model::text::sentences;
use claimline_core::model::validate::validate;
use claimline_core::model::Qualifier;

fn explorer() -> Explorer {
    Explorer::new(&BUNDLED)
}

#[test]
fn bundled_story_is_valid() {
    let problems: Vec<String> = validate(&BUNDLED).iter().map(ToString::to_string).collect();
    assert!(
        problems.is_empty(),
        "the bundled story has problems:\n{}",
        problems.join("\n")
    );
}

#[test]
fn the_embedded_story_is_the_data_file() {
    let parsed =
        parse(include_str!("../src/data/story.json")).unwrap_or_else(|message| panic!("{message}"));
    assert_eq!(format!("{parsed:?}"), format!("{BUNDLED:?}"));
}

#[test]
fn bundled_story_has_several_dozen_claims() {
    assert!(BUNDLED.claims.len() >= 30, "expected several dozen claims");
}

#[test]
fn articles_are_the_seed_texts_paragraph_for_paragraph() {
    let story = &BUNDLED;
    let a = story.article("a").expect("article a");
    let b = story.article("b").expect("article b");
    assert_eq!(a.paragraphs.len(), 15);
    assert!(a.paragraphs[0]
        .starts_with("North Korean soldiers fighting alongside Russian forces in Kursk"));
    assert!(
        a.paragraphs
            .iter()
            .any(|p| p.contains("Lt. Andriі Kovalenko")),
        "the Cyrillic і is kept"
    );
    assert_eq!(
        b.headline,
        "Ukraines Zelenskyy says 3,000 North Koreans killed or wounded in Russia fighting"
    );
    assert_eq!(b.paragraphs.first().map(|p| &**p), Some("SHARE NOW"));
    assert_eq!(
        b.paragraphs.last().map(|p| &**p),
        Some("Copyright © 2024, ABC Audio. All rights reserved.")
    );
    assert!(
        b.paragraphs
            .iter()
            .any(|p| p.contains("more 3,000 North Korean soldiers")),
        "the text is kept as published"
    );
    let sentence_count: usize = story
        .articles
        .iter()
        .flat_map(|a| a.paragraphs.iter())
        .map(|p| sentences(p).len())
        .sum();
    assert!(sentence_count > 40);
}

#[test]
fn publication_dates_are_inferred_and_say_why() {
    let story = &BUNDLED;
    for article in story.articles.iter() {
        let reason = article.published.inferred.as_deref().unwrap_or_default();
        assert!(
            reason.len() > 40,
            "article {} must say how its date was inferred",
            article.id
        );
    }
    assert_eq!(
        story
            .article("b")
            .map(|b| b.published.to_string())
            .as_deref(),
        Some("23 Dec 2024")
    );
}

#[test]
fn zelenskyys_figure_is_more_than_3000_killed_or_wounded_on_telegram() {
    let claim = BUNDLED
        .claim("zelenskyy-over-3000-killed-or-wounded")
        .expect("the headline claim");
    assert_eq!(claim.sources(), ["zelenskyy"]);
    assert_eq!(claim.chain[0].channel.as_deref(), Some("Telegram post"));
    let figure = &claim.figures[0];
    assert_eq!(figure.quantity, "nk-killed-or-wounded");
    assert_eq!(
        (figure.low, figure.qualifier),
        (Some(3000), Qualifier::MoreThan)
    );
    let made = claim.made.as_ref().expect("made on Monday");
    assert_eq!(made.to_string(), "23 Dec 2024");
    assert!(made.is_inferred(), "“Monday” is resolved, so inferred");
}

#[test]
fn the_troop_estimate_is_one_claim_worded_two_ways() {
    let claim = BUNDLED
        .claim("nk-troops-in-russia-up-to-12000")
        .expect("troop estimate");
    assert!(claim.appears_in("a") && claim.appears_in("b"));
    let mut figures: Vec<_> = claim
        .figures
        .iter()
        .map(|f| (f.low, f.high, f.qualifier))
        .collect();
    figures.sort_by_key(|f| f.0);
    assert_eq!(
        figures,
        [
            (None, Some(12000), Qualifier::UpTo),
            (Some(11000), Some(12000), Qualifier::Between)
        ]
    );
}

#[test]
fn filtering_by_a_claimant_gives_exactly_their_claims() {
    let explorer = explorer();
    let mut filters = Filters::default();
    filters.select(Facet::Claimant, "zelenskyy");
    let shown = explorer.apply(&filters).matches;
    let expected: Vec<usize> = (0..BUNDLED.claims.len())
        .filter(|&i| BUNDLED.claims[i].sources().iter().any(|s| s == "zelenskyy"))
        .collect();
    assert!(expected.len() >= 4);
    assert_eq!(shown, expected);
    let counts = explorer.apply(&Filters::default()).counts;
    let zelenskyy = explorer
        .option_index(Facet::Claimant, "zelenskyy")
        .expect("a claimant");
    assert_eq!(counts.at(Facet::Claimant, zelenskyy), expected.len());
}

#[test]
fn search_finds_tuva_with_a_plain_apostrophe() {
    let explorer = explorer();
    let filters = Filters::with_query("Tuva");
    let ids: Vec<&str> = explorer
        .apply(&filters)
        .matches
        .iter()
        .map(|&i| &*BUNDLED.claims[i].id)
        .collect();
    assert!(ids.contains(&"sso-tuva-place-of-birth"), "{ids:?}");
    let filters = Filters::with_query("ukraine's special");
    assert!(
        !explorer.apply(&filters).matches.is_empty(),
        "straight apostrophe matches the article’s curly one"
    );
}
