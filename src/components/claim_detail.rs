use super::claim_link::ClaimLink;
use super::dom_ids::{claim_row, DETAIL, DETAIL_HEADING};
use super::facts::{Chain, Dates, Figures};
use super::share::ShareLink;
use super::story_view::StoryView;
use crate::browser::focus_after_render;
use claimline_core::model::text::highlight;
use claimline_core::model::{Appearance, Claim};
use claimline_core::related::related;
use claimline_core::words::{article_name, verification_label};
use leptos::prelude::*;

const RELATED_LIMIT: usize = 6;

/// Everything about the selected claim, or a notice when the link names no such claim.
#[component]
pub fn ClaimDetail() -> impl IntoView {
    let view = StoryView::get();
    let body = move || {
        match view.selected.get() {
            None => view! {
                <h2 id=DETAIL_HEADING tabindex="-1">"No claim selected"</h2>
                <p class="hint">"Select a claim to read its quotes in context, see related claims and copy a link to it."</p>
            }
            .into_any(),
            Some(id) => match view.story.claim(&id) {
                Some(claim) => view! { <Detail claim /> }.into_any(),
                None => view! { <NoSuchClaim id /> }.into_any(),
            },
        }
    };
    view! {
        <section id=DETAIL class="detail" aria-labelledby=DETAIL_HEADING>
            {body}
        </section>
    }
}

#[component]
fn NoSuchClaim(id: String) -> impl IntoView {
    let view = StoryView::get();
    view! {
        <h2 id=DETAIL_HEADING tabindex="-1">"No such claim"</h2>
        <div class="notice" role="alert">
            <p>"This story has no claim with the id “" <code>{id}</code> "”. The link may be mistyped or cut short."</p>
            <button type="button" on:click=move |_| view.select(None)>"Show all claims"</button>
        </div>
    }
}

#[component]
fn Detail(claim: &'static Claim) -> impl IntoView {
    let view = StoryView::get();
    let story = view.story;
    let topics = claim
        .topics
        .iter()
        .map(|t| story.topic_label(t).unwrap_or(t).to_owned())
        .collect::<Vec<_>>()
        .join(", ");
    let verification = claim.verification.as_ref().map(|v| {
        view! {
            <p class="verification">
                <strong>{verification_label(Some(v.status))} ": "</strong>{v.note.clone()}
            </p>
        }
    });
    let appearances = claim
        .appearances
        .iter()
        .map(|a| view! { <InContext appearance=a /> })
        .collect_view();
    let related = related(story, claim, RELATED_LIMIT)
        .into_iter()
        .map(
            |other| view! { <li><ClaimLink claim=other>{other.statement.clone()}</ClaimLink></li> },
        )
        .collect_view();
    let close = move |_| {
        view.select(None);
        focus_after_render(format!("#{} a", claim_row(&claim.id)));
    };
    view! {
        <div class="detail-head">
            <h2 id=DETAIL_HEADING tabindex="-1">{claim.statement.clone()}</h2>
            <button type="button" class="close" on:click=close>"Close"</button>
        </div>
        <Chain claim />
        <Dates claim explain=true />
        <Figures claim />
        <p class="topics"><strong>"Topics: "</strong>{topics}</p>
        {verification}
        <ShareLink claim />
        <h3>"In the articles"</h3>
        {appearances}
        <h3>"Related claims"</h3>
        <ul class="related">{related}</ul>
    }
}

/// Each paragraph of one article that carries the claim, with the quotes marked.
#[component]
fn InContext(appearance: &'static Appearance) -> impl IntoView {
    let story = StoryView::get().story;
    let Some(article) = story.article(&appearance.article) else {
        return ().into_any();
    };
    let quotes: Vec<&str> = appearance.quotes.iter().map(|q| &**q).collect();
    let paragraphs = article
        .paragraphs
        .iter()
        .filter(|p| quotes.iter().any(|q| p.contains(q)))
        .map(|paragraph| {
            let segments = highlight(paragraph, &quotes)
                .into_iter()
                .map(|s| match s.marked {
                    true => view! { <mark>{s.text}</mark> }.into_any(),
                    false => s.text.into_any(),
                })
                .collect_view();
            view! { <blockquote><p>{segments}</p></blockquote> }
        })
        .collect_view();
    view! {
        <figure class="in-context">
            <figcaption>
                <strong>{article_name(story, &article.id)}</strong>
                " — " <cite>{article.headline.clone()}</cite>
            </figcaption>
            {paragraphs}
        </figure>
    }
    .into_any()
}
