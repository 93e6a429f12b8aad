//! The Timeline view: the filtered claims on an SVG time axis, in lanes by claimant or
//! side, placed by when they were made or what time they are about. The layout is the
//! core's (`claimline_core::timeline`); this folder draws it and turns the reader's
//! gestures into windows.

mod controls;
mod drawing;
mod gestures;
mod tooltip;

use super::story_view::StoryView;
use crate::browser::HistoryMode;
use claimline_core::timeline::{
    default_window, marks, Focus, Lane, LaneIndex, LaneMode, Marks, Scale, Window,
};
use claimline_core::url_state::TimelineState;
use leptos::leptos_dom::helpers::{set_timeout_with_handle, TimeoutHandle};
use leptos::prelude::*;
use std::time::Duration;

/// How long the window rests before the address bar gets it: a drag or a wheel sends
/// dozens of moves a second, and browsers limit how often history may be rewritten.
const SETTLE: Duration = Duration::from_millis(300);
/// How much one zoom step (a button, a key) zooms.
const ZOOM_STEP: f64 = 1.6;

/// The filtered claims as marks, in lanes: redone only when the filters, the lane mode
/// or the date mode change, not while the window moves.
#[derive(Clone, Debug, Default, PartialEq)]
struct Arranged {
    marks: Marks,
    lanes: Vec<Lane>,
    /// Where the marks are dense: the window shown when nothing else says which.
    dense: Option<Window>,
}

/// Where the drawing sits on the page.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct Extent {
    /// Its width in pixels.
    width: f64,
    /// The part of it near the viewport (`timeline::near_viewport`).
    near: Option<(f64, f64)>,
}

/// What the timeline's parts share, through context. Few reactive values on purpose:
/// each kind costs the page's download; the layout is worked out where it is drawn.
#[derive(Clone, Copy)]
struct TimelineView {
    view: StoryView,
    arranged: Memo<Arranged>,
    /// The window while the reader moves it, before the address bar has it.
    moved: RwSignal<Option<Window>>,
    /// The drawing's width and the part near the viewport, as laid out by the page.
    extent: RwSignal<Extent>,
    /// The mark that takes Tab into the timeline (a roving tab stop).
    roving: RwSignal<Option<Focus>>,
    settle: StoredValue<Option<TimeoutHandle>>,
}

impl TimelineView {
    fn get() -> TimelineView {
        expect_context::<TimelineView>()
    }

    /// Lanes, dates and the linked window; tracked.
    fn settings(&self) -> TimelineState {
        self.view.state.with(|s| s.timeline)
    }

    /// The window shown: being moved, else the link's, else where the claims are dense;
    /// tracked.
    fn window(&self) -> Window {
        self.moved
            .get()
            .or_else(|| self.settings().window.map(Window::of_range))
            .or_else(|| self.arranged.with(|a| a.dense))
            .unwrap_or_else(|| fallback_window(self.view))
    }

    fn scale(&self) -> Scale {
        Scale::new(self.window(), self.extent.with(|e| e.width))
    }

    /// Moves the window now, and into the address bar once it rests.
    fn move_to(&self, window: Window) {
        self.moved.set(Some(window));
        if let Some(pending) = self.settle.get_value() {
            pending.clear();
        }
        let this = *self;
        let handle = set_timeout_with_handle(move || this.commit(), SETTLE).ok();
        self.settle.set_value(handle);
    }

    /// Zooms about the middle of the window: in for a factor above 1.
    fn zoom_by(&self, factor: f64) {
        let window = untrack(|| self.window());
        self.move_to(window.zoom(factor, window.start + window.span() / 2.0));
    }

    /// Writes the moved window to the address bar, replacing the history entry.
    fn commit(&self) {
        self.settle.set_value(None);
        if let Some(window) = self.moved.get_untracked() {
            let range = window.range();
            self.view
                .change(HistoryMode::Replace, |s| s.timeline.window = Some(range));
        }
    }

    /// Changes lanes or dates: a step the reader can go back from.
    fn set(&self, edit: impl FnOnce(&mut TimelineState)) {
        self.view
            .change(HistoryMode::Push, |s| edit(&mut s.timeline));
    }
}

/// The timeline of the currently filtered claims, with its controls and tooltip.
#[component]
pub fn Timeline() -> impl IntoView {
    let view = StoryView::get();
    let story = view.story;
    // Each lane mode's index is worked out once, for the page's life.
    let by_claimant: &'static LaneIndex =
        Box::leak(Box::new(LaneIndex::new(story, LaneMode::Claimant)));
    let by_side: &'static LaneIndex = Box::leak(Box::new(LaneIndex::new(story, LaneMode::Side)));
    let arranged = Memo::new(move |_| {
        let TimelineState { lanes, dates, .. } = view.state.with(|s| s.timeline);
        let marks = view.with_matches(|matches| marks(story, matches, dates));
        let index = match lanes {
            LaneMode::Claimant => by_claimant,
            LaneMode::Side => by_side,
        };
        let lanes = index.lanes(&marks.marks);
        let dense = default_window(&marks.marks);
        Arranged {
            marks,
            lanes,
            dense,
        }
    });
    let timeline = TimelineView {
        view,
        arranged,
        moved: RwSignal::new(None),
        extent: RwSignal::new(Extent::default()),
        roving: RwSignal::new(None),
        settle: StoredValue::new(None),
    };
    // A window from elsewhere (a link, Back, Forward) replaces the one being moved.
    Effect::new(move |_| {
        let linked = view.state.with(|s| s.timeline.window);
        if let Some(window) = timeline.moved.get_untracked() {
            if linked != Some(window.range()) {
                timeline.moved.set(None);
            }
        }
    });
    provide_context(timeline);

    view! {
        <section class="timeline" aria-labelledby="timeline-heading">
            <h2 id="timeline-heading" class="visually-hidden">"Timeline"</h2>
            <controls::Controls />
            <drawing::Drawing />
        </section>
    }
}

/// The window shown when no claim can be placed: the month before the latest article.
fn fallback_window(view: StoryView) -> Window {
    let last = view
        .story
        .articles
        .iter()
        .map(|a| a.published.end.day_number())
        .max()
        .unwrap_or(0);
    Window::from_days(last - 30, last + 1)
}
