//! The facts of one claim, shown the same way in the list and in the detail:
//! attribution chain, dates, figures and the articles that carry it.

use super::story_view::StoryView;
use claimline_core::model::{Appearance, Claim, When};
use claimline_core::words::{actor_names, article_name, figure_line};
use leptos::prelude::*;

/// Source first, then each relay, then the article: "Zelenskyy (Telegram post) → B · ABC
/// News". Articles that attribute the claim alike share one chain; where they differ,
/// each article's chain is shown, since that difference is what a reader compares.
#[component]
pub fn Chain(claim: &'static Claim) -> impl IntoView {
    let story = StoryView::get().story;
    let groups: Vec<Vec<&'static Appearance>> = if claim.attributed_alike() {
        vec![claim.appearances.iter().collect()]
    } else {
        claim.appearances.iter().map(|a| vec![a]).collect()
    };
    groups
        .into_iter()
        .filter_map(|group| {
            let chain = &group.first()?.chain;
            let links = chain
                .iter()
                .map(|link| {
                    let channel = link
                        .channel
                        .as_ref()
                        .map(|c| view! { <span class="channel">" (" {c.clone()} ")"</span> });
                    view! { <li>{actor_names(story, link.actors.iter())} {channel}</li> }
                })
                .collect_view();
            let articles = group
                .iter()
                .map(|a| article_name(story, &a.article))
                .collect::<Vec<_>>()
                .join(" and ");
            let label = format!("Attribution in {articles}, source first");
            Some(view! {
                <ol class="chain" aria-label=label>
                    {links}
                    <li class="outlet">{articles}</li>
                </ol>
            })
        })
        .collect_view()
}

/// When the claim was made and what time it is about; inferred dates say so, and with
/// `explain` also say how they were inferred.
#[component]
pub fn Dates(claim: &'static Claim, #[prop(optional)] explain: bool) -> impl IntoView {
    let row = move |term: &'static str, when: &'static Option<When>| {
        when.as_ref().map(|when| {
            let inferred = when.inferred.as_ref().map(|why| {
                let reason = explain.then(|| view! { <span class="reason">{why.clone()}</span> });
                view! { " " <span class="inferred">"inferred"</span> {reason} }
            });
            view! {
                <dt>{term}</dt>
                <dd>{when.to_string()} {inferred}</dd>
            }
        })
    };
    let undated = claim.made.is_none() && claim.about.is_none();
    view! {
        <dl class="dates">
            {row("Made", &claim.made)}
            {row("About", &claim.about)}
            {undated.then(|| view! { <dt>"Date"</dt><dd>"not given in the text"</dd> })}
        </dl>
    }
}

#[component]
pub fn Figures(claim: &'static Claim) -> impl IntoView {
    let story = StoryView::get().story;
    (!claim.figures.is_empty()).then(|| {
        let items = claim
            .figures
            .iter()
            .map(|figure| view! { <li>{figure_line(story, figure)}</li> })
            .collect_view();
        view! { <ul class="figures" aria-label="Figures">{items}</ul> }
    })
}
