//! The bundled story is the product: it must load cleanly and say what the articles say.

// A test, not the page: the page's size rules (clippy.toml) do not bind it.
#![allow(clippy::disallowed_methods, clippy::disallowed_types)]

use claimline_core::compare::{compared, comparison, Comparison};
use claimline_core::explore::{Explorer, Facet, Filters};
use claimline_core::load::parse;
use claimline_core::model::text::sentences;
use claimline_core::model::validate::validate;
use claimline_core::model::{
    ActorKind, Claim, Date, Precision, Qualifier, VerificationStatus, When,
};

use claimline_core::model::Story;
use std::sync::LazyLock;

/// The story the build publishes, as `claimline site` reads it.
static BUNDLED: LazyLock<Story> = LazyLock::new(|| {
    parse(include_str!("../stories/kursk.json")).unwrap_or_else(|message| panic!("{message}"))
});

static COMPARISON: LazyLock<Comparison> = LazyLock::new(|| {
    let pair = compared(&BUNDLED).unwrap_or_else(|| panic!("two articles"));
    comparison(&BUNDLED, pair)
});

fn explorer() -> Explorer {
    Explorer::new(&BUNDLED)
}

#[test]
fn the_articles_share_six_claims() {
    assert_eq!(COMPARISON.shared.len(), 6, "the claims both articles carry");
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
    // B's "Monday" is 23 or 30 Dec 2024 (its Sunday post is after A's past 17 Dec) and
    // B is from December 2024; A is from that Sunday (22 or 29 Dec) to the end of 2024.
    let published = |id: &str| story.article(id).map(|a| a.published.to_string());
    assert_eq!(published("b").as_deref(), Some("23–31 Dec 2024"));
    assert_eq!(published("a").as_deref(), Some("22–31 Dec 2024"));
}

#[test]
fn no_date_resolved_against_a_publication_span_is_a_point_inside_it() {
    for claim in BUNDLED.claims.iter() {
        for (place, when) in all_dates(claim) {
            let why = when.inferred.as_deref().unwrap_or_default();
            if why.contains("article A’s publication") || why.contains("article B’s publication")
            {
                assert_ne!(when.precision, Precision::Day, "{place}: {why}");
                assert!(
                    when.end.is_some_and(|end| when.start < end),
                    "{place}: a span, not a day"
                );
            }
        }
    }
}

#[test]
fn zelenskyys_figure_is_more_than_3000_killed_or_wounded_on_telegram() {
    let claim = BUNDLED
        .claim("zelenskyy-over-3000-killed-or-wounded")
        .expect("the headline claim");
    assert_eq!(claim.sources(), ["zelenskyy"]);
    let chain = &claim.appearances[0].chain;
    assert_eq!(chain[0].channel.as_deref(), Some("Telegram post"));
    let figure = &claim.figures[0];
    assert_eq!(figure.quantity, "nk-killed-or-wounded");
    assert_eq!(
        (figure.low, figure.qualifier),
        (Some(3000), Qualifier::MoreThan)
    );
    let made = claim.made.as_ref().expect("made on Monday");
    assert_eq!(made.to_string(), "23–30 Dec 2024", "Monday 23 or 30 Dec");
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
    let mut shown: Vec<&str> = explorer
        .apply(&filters)
        .matches
        .iter()
        .map(|&i| &*BUNDLED.claims[i].id)
        .collect();
    shown.sort_unstable();
    // Read from stories/kursk.json: the claims whose chain, in some article, starts
    // with Zelenskyy (two in article A, four in B).
    let expected = [
        "zelenskyy-over-3000-killed-or-wounded",
        "zelenskyy-risk-more-nk-troops-and-equipment",
        "zelenskyy-russia-burns-faces-to-hide-losses",
        "zelenskyy-russia-uses-nk-soldiers-in-assaults",
        "zelenskyy-video-russians-burning-nk-bodies",
        "zelenskyy-vows-tangible-responses",
    ];
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

/// Every time a claim is dated with, with where it sits, for messages.
fn all_dates(claim: &Claim) -> Vec<(String, &When)> {
    let mut dates = Vec::new();
    if let Some(made) = &claim.made {
        dates.push((format!("{} made", claim.id), made));
    }
    if let Some(about) = &claim.about {
        dates.push((format!("{} about", claim.id), about));
    }
    for (i, figure) in claim.figures.iter().enumerate() {
        if let Some(period) = &figure.period {
            dates.push((format!("{} figures[{i}].period", claim.id), period));
        }
    }
    dates
}

#[test]
fn every_actor_is_a_source_a_relay_or_an_outlet() {
    let story = &BUNDLED;
    for actor in story.actors.iter() {
        let named = story.articles.iter().any(|a| a.outlet == actor.id)
            || story
                .claims
                .iter()
                .flat_map(|c| c.appearances.iter())
                .flat_map(|a| a.chain.iter())
                .any(|link| link.actors.contains(&actor.id));
        assert!(named, "actor {} is named by no claim or article", actor.id);
    }
}

#[test]
fn figures_and_dates_quote_the_articles_words() {
    let story = &BUNDLED;
    for claim in story.claims.iter() {
        let quotes: Vec<&str> = claim
            .appearances
            .iter()
            .flat_map(|a| a.quotes.iter().map(|q| &**q))
            .collect();
        for figure in claim.figures.iter() {
            assert!(
                quotes.iter().any(|q| q.contains(&*figure.phrase)),
                "{}: figure phrase “{}” is not in the claim's quotes",
                claim.id,
                figure.phrase
            );
        }
        let paragraphs: Vec<&str> = claim
            .appearances
            .iter()
            .filter_map(|a| story.article(&a.article))
            .flat_map(|a| a.paragraphs.iter().map(|p| &**p))
            .collect();
        for (place, when) in all_dates(claim) {
            if let Some(phrase) = &when.phrase {
                assert!(
                    paragraphs.iter().any(|p| p.contains(&**phrase)),
                    "{place}: phrase “{phrase}” is not in the articles that carry the claim"
                );
            }
        }
    }
}

#[test]
fn a_date_is_stated_only_when_the_text_gives_its_year() {
    for claim in BUNDLED.claims.iter() {
        for (place, when) in all_dates(claim) {
            if when.inferred.is_none() {
                let year = when.start.year.to_string();
                let phrase = when.phrase.as_deref().unwrap_or_default();
                assert!(
                    phrase.contains(&year),
                    "{place}: marked as stated, but “{phrase}” gives no year"
                );
            }
        }
    }
}

#[test]
fn casualty_counts_since_a_start_are_open_spans_the_text_gives_no_end_for() {
    let story = &BUNDLED;
    for id in [
        "us-official-several-hundred-nk-casualties",
        "sk-intelligence-100-killed-1000-injured",
    ] {
        let claim = story.claim(id).expect("casualty claim");
        for figure in claim.figures.iter() {
            let period = figure.period.as_ref().expect("the count's period");
            assert_eq!(period.precision, Precision::Period, "{id}");
            assert_eq!(period.end, None, "{id}: “since”, with no end in the text");
            assert!(period.is_inferred(), "{id}");
        }
    }
}

#[test]
fn remarks_quoted_in_a_report_are_not_dated_to_the_report() {
    let story = &BUNDLED;
    // Yonhap's report "on Monday": 23 or 30 Dec 2024, so no later than the 30th.
    let monday = Date::parse("2024-12-30");
    for id in [
        "jcs-nk-preparing-to-rotate-or-increase-troops",
        "jcs-nk-supplying-rocket-launchers-and-artillery",
        "jcs-nk-moving-to-supply-suicide-drones",
        "seoul-expects-more-nk-troops-and-equipment",
    ] {
        let claim = story.claim(id).expect("a claim Yonhap reported");
        assert!(claim.relays().iter().any(|r| *r == "yonhap"), "{id}");
        let made = claim.made.as_ref().expect("bounded by the report");
        assert_eq!(made.precision, Precision::Period, "{id}: no false point");
        assert_eq!(made.end, monday, "{id}: no later than the report");
        assert!(made.end.is_some_and(|end| made.start < end), "{id}");
    }
}

#[test]
fn verification_follows_the_articles_words() {
    let story = &BUNDLED;
    let status = |id: &str| {
        story
            .claim(id)
            .unwrap_or_else(|| panic!("claim {id}"))
            .verification
            .as_ref()
            .map(|v| v.status)
    };
    for id in [
        "drone-unit-video-over-20-nk-bodies",
        "sso-killed-north-korean-soldiers",
        "sso-false-russian-documents",
        "sso-tuva-place-of-birth",
        "sso-korean-signatures",
        "sso-russia-hides-nk-presence",
    ] {
        assert_eq!(status(id), Some(VerificationStatus::NotVerified), "{id}");
    }
    for id in [
        "zelenskyy-over-3000-killed-or-wounded",
        "nk-heavy-losses-in-kursk",
        "zelenskyy-video-russians-burning-nk-bodies",
    ] {
        assert_eq!(status(id), Some(VerificationStatus::Alleged), "{id}");
    }
}

#[test]
fn no_relay_is_named_where_the_sentence_names_none() {
    let story = &BUNDLED;
    let kovalenko = story
        .claim("kovalenko-images-before-bodies-removed")
        .expect("Kovalenko's claim");
    assert_eq!(
        kovalenko.relays().len(),
        0,
        "that sentence names no channel"
    );
    let estimate = story
        .claim("nk-troops-in-russia-up-to-12000")
        .expect("troop estimate");
    assert_eq!(
        estimate.relays().len(),
        0,
        "neither article says the officials relayed the intelligence estimates"
    );
}

#[test]
fn vague_amounts_follow_the_documented_conventions() {
    for figure in BUNDLED.claims.iter().flat_map(|c| c.figures.iter()) {
        let bounds = (figure.low, figure.high);
        match &*figure.phrase {
            "several hundred" => assert_eq!(bounds, (Some(200), Some(999))),
            "tens of thousands" => assert_eq!(bounds, (Some(20_000), Some(99_999))),
            _ => {}
        }
    }
}

#[test]
fn each_article_attributes_the_troop_estimate_in_its_own_words() {
    let claim = BUNDLED
        .claim("nk-troops-in-russia-up-to-12000")
        .expect("troop estimate");
    assert!(!claim.attributed_alike());
    let source = |article: &str| {
        let appearance = claim
            .appearances
            .iter()
            .find(|a| a.article == article)
            .expect("carried by both");
        assert_eq!(appearance.chain.len(), 1, "no relay invented between them");
        appearance.chain[0].clone()
    };
    assert_eq!(
        source("a").actors.iter().map(|a| &**a).collect::<Vec<_>>(),
        [
            "us-intelligence",
            "ukrainian-intelligence",
            "south-korean-intelligence"
        ]
    );
    assert_eq!(
        source("b").actors.iter().map(|a| &**a).collect::<Vec<_>>(),
        [
            "us-officials",
            "south-korean-officials",
            "ukrainian-officials"
        ]
    );
    // Filtering by US officials finds the claim article B gives to them.
    let mut filters = Filters::default();
    filters.select(Facet::Claimant, "us-officials");
    let index = BUNDLED
        .claims
        .iter()
        .position(|c| c.id == claim.id)
        .expect("in the story");
    assert!(explorer().apply(&filters).matches.contains(&index));
}

/// The first link of the chain an article gives a claim: its source and channel.
fn source_in<'a>(claim: &'a Claim, article: &str) -> (Vec<&'a str>, Option<&'a str>) {
    let appearance = claim
        .appearances
        .iter()
        .find(|a| a.article == article)
        .unwrap_or_else(|| panic!("{} in article {article}", claim.id));
    let link = &appearance.chain[0];
    (
        link.actors.iter().map(|a| &**a).collect(),
        link.channel.as_deref(),
    )
}

/// The claims with a quote inside the given paragraph of an article.
fn quoting(article: &str, paragraph: usize) -> Vec<&'static str> {
    let text = &BUNDLED.article(article).expect("an article").paragraphs[paragraph];
    BUNDLED
        .claims
        .iter()
        .filter(|c| {
            c.appearances
                .iter()
                .filter(|a| a.article == article)
                .flat_map(|a| a.quotes.iter())
                .any(|q| text.contains(&**q))
        })
        .map(|c| &*c.id)
        .collect()
}

#[test]
fn what_the_ssos_sunday_post_carries_takes_its_date_its_channel_and_bs_verification() {
    // The claims read as parts of the post article B dates "On Sunday" (22 or 29 Dec
    // 2024), whose images ABC News could not verify; two are carried by article A only.
    let mut expected = vec![
        "sso-killed-north-korean-soldiers",
        "sso-killed-three-and-seized-documents",
        "sso-false-russian-documents",
        "sso-russia-hides-nk-presence",
        "sso-tuva-place-of-birth",
        "sso-korean-signatures",
        "sso-russia-hides-losses-and-foreign-presence",
    ];
    expected.sort_unstable();
    let sunday = (Date::parse("2024-12-22"), Date::parse("2024-12-29"));
    let mut dated: Vec<&str> = BUNDLED
        .claims
        .iter()
        .filter(|c| {
            c.made
                .as_ref()
                .is_some_and(|m| (Some(m.start), m.end) == sunday)
        })
        .map(|c| &*c.id)
        .collect();
    dated.sort_unstable();
    assert_eq!(dated, expected);
    for id in expected {
        let claim = BUNDLED.claim(id).expect("a claim");
        let verification = claim.verification.as_ref().expect("verification");
        assert_eq!(verification.status, VerificationStatus::NotVerified, "{id}");
        assert!(
            verification
                .note
                .contains("not immediately able to independently verify"),
            "{id}: the note quotes article B"
        );
        if claim.appears_in("b") {
            assert_eq!(
                source_in(claim, "b"),
                (vec!["ukraine-sso"], Some("post")),
                "{id}"
            );
        }
    }
}

#[test]
fn a_claim_one_article_carries_takes_both_the_others_date_and_verification_or_neither() {
    for claim in BUNDLED.claims.iter() {
        let [appearance] = &claim.appearances[..] else {
            continue;
        };
        let other = if appearance.article == "a" {
            "article B"
        } else {
            "article A"
        };
        let dated_by_other = all_dates(claim).iter().any(|(_, when)| {
            when.inferred
                .as_deref()
                .is_some_and(|why| why.contains(other))
        });
        let verified_by_other = claim
            .verification
            .as_ref()
            .is_some_and(|v| v.note.to_lowercase().contains(&other.to_lowercase()));
        assert_eq!(
            dated_by_other, verified_by_other,
            "{}: takes {other}’s date and not its verification, or the reverse",
            claim.id
        );
    }
}

#[test]
fn each_paragraphs_own_words_decide_its_channel() {
    // Article A's lead names no channel, but its words are the statement's that its
    // next paragraphs quote: every claim quoting it gives that channel.
    let lead = quoting("a", 0);
    assert_eq!(
        lead,
        [
            "sso-false-russian-documents",
            "sso-russia-hides-nk-presence"
        ]
    );
    for id in lead {
        let claim = BUNDLED.claim(id).expect("a claim");
        assert_eq!(
            source_in(claim, "a"),
            (vec!["ukrainian-army"], Some("statement")),
            "{id}"
        );
    }
    // Only the second of B's two SSO figure sentences names the Telegram channel.
    let claim = |id| BUNDLED.claim(id).expect("a claim");
    assert_eq!(quoting("b", 4), ["sso-over-100-casualties-in-three-days"]);
    assert_eq!(
        source_in(claim("sso-over-100-casualties-in-three-days"), "b"),
        (vec!["ukraine-sso"], None)
    );
    assert_eq!(quoting("b", 5), ["sso-77-killed-40-wounded-in-three-days"]);
    assert_eq!(
        source_in(claim("sso-77-killed-40-wounded-in-three-days"), "b"),
        (vec!["ukraine-sso"], Some("Telegram post"))
    );
    // The signatures sentence is dated by the Sunday post, so it is that post's.
    assert_eq!(quoting("b", 9), ["sso-korean-signatures"]);
}

#[test]
fn the_outlets_own_qualifier_does_not_make_its_claim_alleged() {
    let outlets: Vec<&str> = BUNDLED
        .actors
        .iter()
        .filter(|a| a.kind == ActorKind::NewsOrganisation)
        .map(|a| &*a.id)
        .collect();
    for claim in BUNDLED.claims.iter() {
        let own_voice = claim.sources().iter().all(|s| outlets.contains(&&***s));
        if own_voice {
            let status = claim.verification.as_ref().map(|v| v.status);
            assert_ne!(status, Some(VerificationStatus::Alleged), "{}", claim.id);
        }
    }
}

#[test]
fn seventy_years_ago_is_the_documented_band_of_a_round_number_of_years() {
    let claim = BUNDLED
        .claim("tactics-apparent-korean-war-reference")
        .expect("the outlet's reading of the tactics");
    let about = claim.about.as_ref().expect("the time it refers to");
    // 65 to 75 years before 2024, article A's year (docs/DATA.md, dates by convention).
    assert_eq!(
        (Some(about.start), about.end),
        (Date::parse("1949-01-01"), Date::parse("1959-12-31"))
    );
    assert!(about.is_inferred());
}

#[test]
fn statements_say_no_more_than_their_quotes() {
    let statement = |id: &str| &*BUNDLED.claim(id).expect("a claim").statement;
    // Zelenskyy says the Russians are "trying to burn" the faces, not that they do.
    assert!(
        statement("zelenskyy-russia-burns-faces-to-hide-losses").contains("trying to burn"),
        "{}",
        statement("zelenskyy-russia-burns-faces-to-hide-losses")
    );
    // The uniforms are described for the attacks the unit reported, not in general.
    assert!(statement("nk-troops-wear-different-uniforms").contains("the infantry attacks"));
    // "Have engaged" runs to article A's publication, which ends with 2024.
    let fought = BUNDLED
        .claim("nk-troops-fought-alongside-russians-in-kursk")
        .and_then(|c| c.about.as_ref())
        .expect("the time it is about");
    assert_eq!(
        (Some(fought.start), fought.end),
        (Date::parse("2024-08-01"), Date::parse("2024-12-31"))
    );
}
