use super::super::tooltip::{hide, show};
use super::TimelineView;
use crate::browser::element_by_id;
use claimline_core::bounded::bounded;
use claimline_core::markup::seam::TOOLTIP_HOLDER;
use claimline_core::timeline::tooltip;
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
    Effect::new(move |_| {
        let Some(holder) = element_by_id(TOOLTIP_HOLDER) else {
            return;
        };
        let shown = hover.get().and_then(|hover| {
            let claim = story.claims.get(hover.claim)?;
            let mark = timeline
                .arranged
                .with(|a| a.marks.marks.get(hover.mark).copied())?;
            // Kept inside the frame: flipped to the left of the mark near the right edge.
            let left = bounded(hover.x, 0.0, timeline.extent.with(|e| e.width) - 280.0);
            let dates = timeline.settings().dates;
            Some((tooltip(story, claim, &mark, dates), left, hover.y))
        });
        match shown {
            Some((content, left, top)) => show(&holder, content, left, top),
            None => hide(&holder),
        }
    });
    view! { <div id=TOOLTIP_HOLDER class="tooltip-holder"></div> }
}
