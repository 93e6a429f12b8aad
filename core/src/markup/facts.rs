//! The facts of one claim, shown the same way in the list and in the detail:
//! attribution chain, dates and figures.

use super::Element;
use crate::model::{Appearance, Claim, Link, Story, When};
use crate::words::{actor_names, article_name, figure_line};

/// Source first, then each relay, then the article: "Zelenskyy (Telegram post) → B · ABC
/// News". Articles that attribute the claim alike share one chain; where they differ,
/// each article's chain is shown, since that difference is what a reader compares.
pub fn chains(story: &Story, claim: &Claim) -> Vec<Element> {
    let groups: Vec<Vec<&Appearance>> = if claim.attributed_alike() {
        vec![claim.appearances.iter().collect()]
    } else {
        claim.appearances.iter().map(|a| vec![a]).collect()
    };
    groups
        .into_iter()
        .filter_map(|group| {
            let articles = group
                .iter()
                .map(|a| article_name(story, &a.article))
                .collect::<Vec<_>>()
                .join(" and ");
            Some(chain(story, &group.first()?.chain, articles))
        })
        .collect()
}

/// One attribution chain, source first, ending with `articles`, the articles that give
/// the claim this way.
pub fn chain(story: &Story, links: &[Link], articles: String) -> Element {
    let links = links.iter().map(|link| {
        let item = Element::new("li").text(actor_names(story, link.actors.iter()));
        match &link.channel {
            Some(channel) => item.child(
                Element::new("span")
                    .set("class", "channel")
                    .text(format!(" ({channel})")),
            ),
            None => item,
        }
    });
    Element::new("ol")
        .set("class", "chain")
        .set(
            "aria-label",
            format!("Attribution in {articles}, source first"),
        )
        .children(links)
        .child(Element::new("li").set("class", "outlet").text(articles))
}

/// When the claim was made and what time it is about; inferred dates say so, and with
/// `explain` also say how they were inferred.
pub fn dates(claim: &Claim, explain: bool) -> Element {
    let rows = [("Made", &claim.made), ("About", &claim.about)];
    let list = rows
        .into_iter()
        .filter_map(|(term, when)| Some((term, when.as_ref()?)))
        .fold(
            Element::new("dl").set("class", "dates"),
            |list, (term, when)| {
                list.child(Element::new("dt").text(term))
                    .child(date_value(when, explain))
            },
        );
    match claim.made.is_none() && claim.about.is_none() {
        true => list
            .child(Element::new("dt").text("Date"))
            .child(Element::new("dd").text("not given in the text")),
        false => list,
    }
}

fn date_value(when: &When, explain: bool) -> Element {
    let value = Element::new("dd").text(when.to_string());
    let Some(why) = &when.inferred else {
        return value;
    };
    let value = value.text(" ").child(
        Element::new("span")
            .set("class", "inferred")
            .text("inferred"),
    );
    match explain {
        true => value.child(
            Element::new("span")
                .set("class", "reason")
                .text(why.to_string()),
        ),
        false => value,
    }
}

/// The claim's figures as a list, or nothing when it gives none.
pub fn figures(story: &Story, claim: &Claim) -> Option<Element> {
    (!claim.figures.is_empty()).then(|| {
        Element::new("ul")
            .set("class", "figures")
            .set("aria-label", "Figures")
            .children(
                claim
                    .figures
                    .iter()
                    .map(|figure| Element::new("li").text(figure_line(story, figure))),
            )
    })
}
