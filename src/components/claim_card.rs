use super::claim_link::ClaimLink;
use super::facts::{Chain, Dates, Figures};
use super::shared::Shared;
use leptos::prelude::*;

/// One claim in the list: statement (a link to it), attribution, dates and figures.
#[component]
pub fn ClaimCard(index: usize) -> impl IntoView {
    let shared = Shared::get();
    let Some(claim) = shared.explorer.claims().get(index) else {
        return ().into_any();
    };
    let id: &'static str = &claim.id;
    let is_selected = move || shared.selected.with(|s| s.as_deref() == Some(id));
    view! {
        <li class="claim" class:selected=is_selected id=format!("claim-{id}")>
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
