//! What a reader takes from the page with a claim: the text a chat shows beside its
//! link, and citations giving the chain and the article of each report (of the whole
//! claim, and of each outlet's version of it), written at publish time
//! (`publish::takeaway`, `publish::claim_page`). Each says who makes the claim, so it
//! never reads as a fact on its own, and says when a date was inferred.

use crate::model::{Appearance, Claim, Story, When};
use crate::small_sort::sort_by;
use crate::timeline::truncate;
use crate::words::actor_names;

/// The most characters a share text has: a link preview's title shows about this
/// much, however many outlets carry the claim.
pub const SHARE_LIMIT: usize = 199;

/// The claim first, then who makes it through whom, when, and at most two of the
/// outlets that report it so: "More than 3,000 … were killed, says Volodymyr
/// Zelenskyy, 23 Dec 2024, reported by ABC News and 3 other outlets". Outlets that
/// give the claim another chain are named apart ("; the SSO via Yonhap, reported by
/// DW") or counted ("; 2 more outlets attribute it otherwise"), so no source reads as
/// speaking through every outlet. Within [`SHARE_LIMIT`] characters: when the whole
/// does not fit, the date goes, then the second outlet named, then the statement is
/// cut (never below [`SHARE_STATEMENT_MIN`] characters).
pub fn share_text(story: &Story, claim: &Claim) -> String {
    let mut groups: Vec<(usize, Group)> = by_chain(story, claim).into_iter().enumerate().collect();
    // The chain most outlets give leads; ties keep story order.
    sort_by(&mut groups, |(i, a), (j, b)| {
        b.outlets.len().cmp(&a.outlets.len()).then(i.cmp(j))
    });
    let groups: Vec<Group> = groups.into_iter().map(|(_, group)| group).collect();
    let statement = claim
        .statement
        .strip_suffix('.')
        .unwrap_or(&claim.statement);
    let fits = |tail: &String| statement.chars().count() + tail.chars().count() <= SHARE_LIMIT;
    let shortest = attribution(&groups, false, 1);
    let tail = [(true, 2), (false, 2)]
        .into_iter()
        .map(|(dated, most)| attribution(&groups, dated, most))
        .find(fits)
        .unwrap_or(shortest);
    let room = SHARE_LIMIT.saturating_sub(tail.chars().count());
    let text = format!(
        "{}{tail}",
        truncate(statement, room.max(SHARE_STATEMENT_MIN)).0
    );
    truncate(&text, SHARE_LIMIT).0
}

/// The fewest characters of the statement a share text keeps, however long the rest.
pub const SHARE_STATEMENT_MIN: usize = 40;

/// ", says <chain>, <date>, reported by <outlets>", each chain with the outlets that
/// give it, at most `most` outlets named.
fn attribution(groups: &[Group], dated: bool, most: usize) -> String {
    let mut tail = String::new();
    let mut named = 0;
    let mut others = 0;
    for (at, group) in groups.iter().enumerate() {
        if at > 0 && named >= most {
            others += group.outlets.len();
            continue;
        }
        tail.push_str(if at == 0 { ", says " } else { "; " });
        tail.push_str(&group.chain);
        if let Some(when) = group.when.filter(|_| at == 0 && dated) {
            tail.push_str(", ");
            tail.push_str(&date(when));
        }
        // An outlet speaking in its own voice is not said to report itself.
        if group.outlets == [group.chain.as_str()] {
            if at > 0 {
                tail.push_str(", in its own voice");
            }
            named += 1;
            continue;
        }
        if let Some((first, rest)) = group.outlets.split_first() {
            tail.push_str(", reported by ");
            tail.push_str(first);
            named += 1;
            match rest {
                [] => {}
                [second] if named < most => {
                    tail.push_str(&format!(" and {second}"));
                    named += 1;
                }
                _ => tail.push_str(&format!(" and {}", other_outlets(rest.len()))),
            }
        }
    }
    match others {
        0 => {}
        1 => tail.push_str("; 1 more outlet attributes it otherwise"),
        n => tail.push_str(&format!("; {n} more outlets attribute it otherwise")),
    }
    tail
}

fn other_outlets(n: usize) -> String {
    match n {
        1 => "1 other outlet".to_owned(),
        n => format!("{n} other outlets"),
    }
}

/// The appearances that give the claim the same chain, in words ("the SSO via
/// Yonhap"), with their outlets (each once) and the first one's date for the claim.
struct Group<'a> {
    chain: String,
    outlets: Vec<&'a str>,
    when: Option<&'a When>,
}

fn by_chain<'a>(story: &'a Story, claim: &'a Claim) -> Vec<Group<'a>> {
    let mut groups: Vec<Group> = Vec::new();
    for appearance in claim.appearances.iter() {
        let links: Vec<String> = appearance
            .chain
            .iter()
            .map(|link| actor_names(story, link.actors.iter()))
            .collect();
        let chain = links.join(" via ");
        let at = match groups.iter().position(|g| g.chain == chain) {
            Some(at) => at,
            None => {
                let when = appearance.made(claim).or_else(|| {
                    story
                        .article(&appearance.article)
                        .map(|article| &article.published)
                });
                groups.push(Group {
                    chain,
                    outlets: Vec::new(),
                    when,
                });
                groups.len() - 1
            }
        };
        let outlets = &mut groups[at].outlets;
        if let Some(name) = outlet(story, appearance).filter(|o| !outlets.contains(o)) {
            outlets.push(name);
        }
    }
    groups
}

/// A citation of the claim: for each article that reports it, the chain it gives
/// ("according to Volodymyr Zelenskyy (Telegram post), as reported by ABC News,
/// “Headline”, 23 Dec 2024"), then the claim, when it was made, and the story on
/// Claimline, ending "Claimline:" for the claim's link, which only the page knows in
/// full, to follow.
pub fn citation(story: &Story, claim: &Claim) -> String {
    let reports: Vec<String> = claim
        .appearances
        .iter()
        .map(|appearance| report(story, appearance))
        .collect();
    cited(story, claim, &reports.join("; and "), claim.made.as_ref())
}

/// A citation of one outlet's version of the claim: its chain and article, and when
/// that article says the claim was made.
pub fn version_citation(story: &Story, claim: &Claim, appearance: &Appearance) -> String {
    cited(
        story,
        claim,
        &report(story, appearance),
        appearance.made(claim),
    )
}

fn cited(story: &Story, claim: &Claim, reports: &str, made: Option<&When>) -> String {
    let mut text = format!("According to {reports}: {}", claim.statement);
    if let Some(made) = made {
        text.push_str(" Made ");
        text.push_str(&date(made));
        text.push('.');
    }
    text.push_str(&format!(" In “{}”, Claimline:", story.title));
    text
}

/// One article's report of a claim: its chain, source first, then the article. The
/// outlet closing its own chain is named once, as the one reporting: "according to The
/// Daily, “Headline”", not "according to The Daily, as reported by The Daily".
fn report(story: &Story, appearance: &Appearance) -> String {
    let outlet_id = story.article(&appearance.article).map(|a| &*a.outlet);
    let mut chain = &appearance.chain[..];
    if let Some((last, before)) = chain.split_last() {
        let the_outlet = last.channel.is_none() && last.actors.len() == 1;
        if the_outlet && outlet_id == last.actors.first().map(|a| &**a) {
            chain = before;
        }
    }
    let links: Vec<String> = chain
        .iter()
        .map(|link| {
            let names = actor_names(story, link.actors.iter());
            match &link.channel {
                Some(channel) => format!("{names} ({channel})"),
                None => names,
            }
        })
        .collect();
    let mut text = links.join(", via ");
    if let Some(article) = story.article(&appearance.article) {
        if !text.is_empty() {
            text.push_str(", as reported by ");
        }
        text.push_str(outlet(story, appearance).unwrap_or("an unnamed outlet"));
        text.push_str(&format!(
            ", “{}”, {}",
            article.headline,
            date(&article.published)
        ));
        if let Some(url) = &article.url {
            text.push_str(", ");
            text.push_str(url);
        }
    }
    text
}

pub(crate) fn outlet<'a>(story: &'a Story, appearance: &Appearance) -> Option<&'a str> {
    let article = story.article(&appearance.article)?;
    story.actor(&article.outlet).map(|o| &*o.name)
}

/// A date as the page writes it, saying so when it was inferred.
pub(crate) fn date(when: &When) -> String {
    match when.inferred {
        Some(_) => format!("{when} (date inferred)"),
        None => when.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load_tests::{bundled_story, cheese_roll_story, many_outlets, small_story};
    use crate::model::Link;

    /// The small story told by five outlets, claim 0 given in article `j` the chain
    /// `chains[j]` (actor ids, source first).
    fn five_outlets(chains: [&[&str]; 5]) -> Story {
        let mut story = many_outlets(5, |_, _| true);
        let mut claims = story.claims.to_vec();
        let mut appearances = claims[0].appearances.to_vec();
        for (appearance, chain) in appearances.iter_mut().zip(chains) {
            let links: Vec<Link> = chain
                .iter()
                .map(|&actor| Link {
                    actors: vec![actor.to_owned().into()].into(),
                    channel: None,
                })
                .collect();
            appearance.chain = links.into();
        }
        claims[0].appearances = appearances.into();
        story.claims = claims.into();
        story
    }

    #[test]
    fn the_share_text_gives_the_claim_first_then_each_chain_with_its_outlets() {
        let story = bundled_story();
        let shared = |id: &str| share_text(&story, story.claim(id).expect("the claim"));
        assert_eq!(
            shared("sso-killed-north-korean-soldiers"),
            "North Korean soldiers were killed in Russia’s Kursk region, says Ukraine's \
             Special Operations Forces (SSO), 22–29 Dec 2024 (date inferred), reported by \
             Unnamed outlet and ABC News"
        );
        // Two chains, one per outlet: neither source is said to speak through both;
        // the second is counted rather than named, to keep more of the claim.
        assert_eq!(
            shared("sso-false-russian-documents"),
            "North Korean soldiers fighting alongside Russian forces in Kursk received \
             false Russian military documents…, says The Ukrainian army, reported by \
             Unnamed outlet; 1 more outlet attributes it otherwise"
        );
        // An outlet in its own voice is not also said to report itself.
        assert_eq!(
            shared("full-scale-invasion-began-february-2022"),
            "Russia’s full-scale invasion began in February 2022, says ABC News, 23–31 Dec \
             2024 (date inferred)"
        );
    }

    #[test]
    fn a_claim_five_outlets_carry_names_two_of_them_and_counts_the_rest() {
        let army = ["north-army"].as_slice();
        let relayed = ["north-army", "wire"].as_slice();
        let story = five_outlets([army, army, relayed, relayed, army]);
        assert_eq!(
            share_text(&story, &story.claims[0]),
            "Forty soldiers were wounded, says North army, 23 Dec 2024 (date inferred), \
             reported by Paper A and 2 other outlets; North army via Wire agency, reported \
             by Paper C and 1 other outlet"
        );
        let story = five_outlets([
            army,
            ["south-minister"].as_slice(),
            ["wire"].as_slice(),
            relayed,
            army,
        ]);
        assert_eq!(
            share_text(&story, &story.claims[0]),
            "Forty soldiers were wounded, says North army, 23 Dec 2024 (date inferred), \
             reported by Paper A and Paper E; 3 more outlets attribute it otherwise"
        );
    }

    #[test]
    fn the_six_outlet_story_s_previews_name_two_outlets_at_most() {
        let story = cheese_roll_story();
        let shared = |id: &str| share_text(&story, story.claim(id).expect("the claim"));
        // Six outlets, five chains: the source two of them give leads.
        assert_eq!(
            shared("crowd-about-two-thousand"),
            "About two thousand people watched the…, says Hortensia Bramble, chair of the \
             cheese roll committee, reported by The Grindlewick Gazette and 1 other outlet; \
             4 more outlets attribute it otherwise"
        );
        // Five outlets, each its own chain: two named, three counted.
        assert_eq!(
            shared("crumb-won-the-roll"),
            "Perpetua Crumb, a Grindlewick baker, won the cheese roll, says The Grindlewick \
             Gazette, 11 May 2025; Hillcountry Press Agency, reported by Radio Brackenvale; 3 \
             more outlets attribute it otherwise"
        );
        // Four outlets, one chain.
        assert_eq!(
            shared("council-lets-race-go-ahead"),
            "The parish council decided that the cheese roll would go ahead on the wet slope, \
             says Grindlewick Parish Council, 8 May 2025 (date inferred), reported by The \
             Grindlewick Gazette and 3 other outlets"
        );
    }

    proptest::proptest! {
        /// However many outlets carry a claim, by whatever chains, its share text starts
        /// with the claim, names at most two outlets and stays within the limit.
        #[test]
        fn any_claim_s_share_text_is_short_and_starts_with_the_claim(
            chains in proptest::collection::vec(0usize..4, 1..=20),
            words in proptest::collection::vec("[a-z]{1,12}", 1..60),
        ) {
            let mut story = many_outlets(chains.len(), |_, _| true);
            let options: [&[&str]; 4] = [&["north-army"], &["south-minister"], &["north-army", "wire"], &["wire", "south-minister"]];
            let mut claims = story.claims.to_vec();
            let mut appearances = claims[0].appearances.to_vec();
            for (appearance, &chain) in appearances.iter_mut().zip(&chains) {
                let links: Vec<Link> = options[chain]
                    .iter()
                    .map(|&actor| Link { actors: vec![actor.to_owned().into()].into(), channel: None })
                    .collect();
                appearance.chain = links.into();
            }
            claims[0].appearances = appearances.into();
            claims[0].statement = format!("{}.", words.join(" ")).into();
            story.claims = claims.into();
            let shared = share_text(&story, &story.claims[0]);
            proptest::prop_assert!(shared.chars().count() < 200, "{}", shared);
            proptest::prop_assert!(shared.starts_with(&format!("{} ", words[0])) || shared.starts_with(&format!("{},", words[0])) || shared.starts_with(&format!("{}…", words[0])), "{}", shared);
            proptest::prop_assert!(shared.contains(", says "), "{}", shared);
            proptest::prop_assert!(shared.matches("Paper ").count() <= 2, "{}", shared);
        }
    }

    #[test]
    fn the_citation_starts_from_who_makes_the_claim() {
        let story = small_story();
        for claim in story.claims.iter() {
            let sources = actor_names(&story, claim.sources());
            let cited = citation(&story, claim);
            assert!(
                cited.starts_with(&format!("According to {sources}")),
                "{cited}"
            );
            assert!(cited.ends_with(&format!("In “{}”, Claimline:", story.title)));
            for appearance in claim.appearances.iter() {
                let article = story.article(&appearance.article).expect("an article");
                assert!(
                    cited.contains(&format!("“{}”", article.headline)),
                    "{cited}"
                );
                if let Some(outlet) = outlet(&story, appearance) {
                    assert!(
                        cited.contains(&format!("as reported by {outlet}")),
                        "{cited}"
                    );
                }
            }
        }
    }

    #[test]
    fn a_version_s_citation_gives_its_outlet_s_chain_article_and_date() {
        let mut story = small_story();
        let mut claims = story.claims.to_vec();
        let mut appearances = claims[0].appearances.to_vec();
        let day = crate::model::Date::parse("2024-12-22").expect("a date");
        appearances[1].made = Some(When {
            start: day,
            end: Some(day),
            precision: crate::model::Precision::Day,
            phrase: None,
            inferred: None,
        });
        claims[0].appearances = appearances.into();
        story.claims = claims.into();
        let claim = &story.claims[0];
        assert_eq!(
            version_citation(&story, claim, &claim.appearances[1]),
            "According to North army (statement), as reported by The Weekly, “Supplies run \
             low”, 23 Dec 2024: Forty soldiers were wounded. Made 22 Dec 2024. In “A small \
             story for tests”, Claimline:"
        );
        assert_eq!(
            version_citation(&story, claim, &claim.appearances[0]),
            "According to North army (statement), as reported by The Daily, “Fighting goes \
             on”, 23 Dec 2024: Forty soldiers were wounded. Made 23 Dec 2024 (date \
             inferred). In “A small story for tests”, Claimline:"
        );
    }

    #[test]
    fn an_inferred_date_is_said_to_be_inferred() {
        let story = small_story();
        let inferred = story
            .claims
            .iter()
            .find(|c| c.made.as_ref().is_some_and(|m| m.inferred.is_some()))
            .expect("a claim made on an inferred date");
        let made = inferred.made.as_ref().expect("made");
        assert!(share_text(&story, inferred).contains(&format!("{made} (date inferred)")));
        assert!(citation(&story, inferred).contains(&format!("Made {made} (date inferred).")));
    }

    #[test]
    fn an_outlet_in_its_own_voice_is_named_once() {
        let story = cheese_roll_story();
        let claim = story.claim("roll-held-since-1894").expect("the claim");
        let bulletin = claim
            .appearances
            .iter()
            .find(|a| a.article == "bulletin")
            .expect("the Bulletin's version");
        assert_eq!(
            version_citation(&story, claim, bulletin),
            "According to The Fernhollow Bulletin, “Cheese roll: the week after”, 14 May 2025, \
             https://example.org/fernhollow-bulletin/cheese-roll-the-week-after: The cheese roll \
             has been held on Grindle Knoll every spring since 1894. In “The Grindlewick cheese \
             roll: who claims what”, Claimline:"
        );
    }
}
