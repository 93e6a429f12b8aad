use super::TimelineView;
use claimline_core::bounded::bounded;
use claimline_core::timeline::{claimants, mark_when};
use claimline_core::words::coordinate;
use leptos::prelude::*;

/// The claim under the pointer or keyboard focus, and where its row is drawn.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Hover {
    pub claim: usize,
    pub mark: usize,
    pub x: f64,
    pub y: f64,
}

/// The statement, who claims it and when, beside the hovered or focused mark. The
/// same words are the mark's accessible name, so this is for the eye only.
#[component]
pub fn Tooltip(hover: RwSignal<Option<Hover>>) -> impl IntoView {
    let timeline = TimelineView::get();
    let story = timeline.view.story;
    move || {
        let hover = hover.get()?;
        let claim = story.claims.get(hover.claim)?;
        let mark = timeline
            .arranged
            .with(|a| a.marks.marks.get(hover.mark).copied())?;
        let dates = timeline.settings().dates;
        let width = timeline.width.get();
        // Kept inside the frame: flipped to the left of the mark near the right edge.
        let left = bounded(hover.x, 0.0, width - 280.0);
        Some(view! {
            <div class="tooltip" aria-hidden="true" style:left=format!("{}px", coordinate(left)) style:top=format!("{}px", coordinate(hover.y))>
                <p class="tooltip-statement">{claim.statement.clone()}</p>
                <p>{claimants(story, claim)}</p>
                <p>{mark_when(claim, &mark, dates)}</p>
            </div>
        })
    }
}
