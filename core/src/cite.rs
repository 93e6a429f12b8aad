//! What a reader takes from the page with a claim: the text a chat shows beside its
//! link, and a citation giving the chain and the article of each report, both written
//! at publish time (`publish::takeaway`, `publish::claim_page`). Both start from who
//! makes the claim, so it never reads as a fact on its own, and say when a date was
//! inferred.

use crate::model::{Appearance, Claim, Story, When};
use crate::words::actor_names;

/// Who makes the claim, the outlets that report it and when, then the claim:
/// "Volodymyr Zelenskyy, via ABC News, 23 Dec 2024: More than 3,000 …".
pub fn share_text(story: &Story, claim: &Claim) -> String {
    let mut outlets: Vec<&str> = Vec::new();
    for appearance in claim.appearances.iter() {
        if let Some(outlet) = outlet(story, appearance).filter(|o| !outlets.contains(o)) {
            outlets.push(outlet);
        }
    }
    let when = claim.made.as_ref().or_else(|| {
        let article = story.article(&claim.appearances.first()?.article)?;
        Some(&article.published)
    });
    let mut text = actor_names(story, claim.sources());
    if !outlets.is_empty() {
        text.push_str(", via ");
        text.push_str(&outlets.join(" and "));
    }
    if let Some(when) = when {
        text.push_str(", ");
        text.push_str(&date(when));
    }
    format!("{text}: {}", claim.statement)
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
    let mut text = format!(
        "According to {}: {}",
        reports.join("; and "),
        claim.statement
    );
    if let Some(made) = &claim.made {
        text.push_str(" Made ");
        text.push_str(&date(made));
        text.push('.');
    }
    text.push_str(&format!(" In “{}”, Claimline:", story.title));
    text
}

/// One article's report of a claim: its chain, source first, then the article.
fn report(story: &Story, appearance: &Appearance) -> String {
    let links: Vec<String> = appearance
        .chain
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
        text.push_str(", as reported by ");
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
    use crate::load_tests::small_story;

    #[test]
    fn the_share_text_and_the_citation_start_from_who_makes_the_claim() {
        let story = small_story();
        for claim in story.claims.iter() {
            let sources = actor_names(&story, claim.sources());
            let shared = share_text(&story, claim);
            assert!(shared.starts_with(&sources), "{shared}");
            assert!(
                shared.ends_with(&format!(": {}", claim.statement)),
                "{shared}"
            );
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
                    assert!(shared.contains(outlet), "{shared}");
                }
            }
        }
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
}
