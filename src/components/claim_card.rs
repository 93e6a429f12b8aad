use super::claim_link::ClaimLink;
use super::dom_ids::claim_row;
use super::facts::{Chain, Dates, Figures};
use super::story_view::StoryView;
use leptos::prelude::*;

/// One claim in the list: statement (a link to it), attribution, dates and figures.
#[component]
pub fn ClaimCard(index: usize) -> impl IntoView {
    let view = StoryView::get();
    let Some(claim) = view.claim(index) else {
        return ().into_any();
    };
    let id: &'static str = &claim.id;
    view! {
        <li class="claim" class:selected=move || view.is_selected(id) id=claim_row(id)>
            <h3 class="statement">
                <ClaimLink claim>{claim.statement.clone()}</ClaimLink>
            </h3>
            <Chain claim />
            <Dates claim />
            <Figures claim />
        </li>
    }
    .into_any()
}
