//! The Timeline view: the filtered claims on an SVG time axis, in lanes by claimant or
//! side, placed by when they were made or what time they are about. The layout is the
//! core's (`claimline_core::timeline`); this folder draws it and turns the reader's
//! gestures into windows.

mod controls;
mod drawing;
mod gestures;
mod tooltip;

use super::scheduled::Scheduled;
use super::story_view::StoryView;
use crate::browser::HistoryMode;
use claimline_core::timeline::{
    default_window, extent, focus_of, keep_near, marks, Focus, Lane, LaneIndex, LaneMode, Mark,
    Marks, Scale, Window,
};
use claimline_core::url_state::TimelineState;
use leptos::prelude::*;
use std::time::Duration;

/// How long the window rests before the address bar gets it: a drag or a wheel sends
/// dozens of moves a second, and browsers limit how often history may be rewritten.
const SETTLE: Duration = Duration::from_millis(300);
/// How much one zoom step (a button, a key) zooms.
const ZOOM_STEP: f64 = 1.6;
/// The share of the window kept clear when it moves to bring a claim in.
const REVEAL_MARGIN: f64 = 0.1;

/// How a step of the window reaches the address bar.
#[derive(Clone, Copy, PartialEq)]
enum Pace {
    /// A step of its own (a click, a key pressed): written at once.
    Once,
    /// A key held down, repeating its step many times a second: written once the window
    /// rests, as a drag is.
    Held,
}

impl Pace {
    fn of(event: &web_sys::KeyboardEvent) -> Pace {
        if event.repeat() {
            Pace::Held
        } else {
            Pace::Once
        }
    }
}

/// The filtered claims as marks, in lanes: redone only when the filters, the lane mode
/// or the date mode change, not while the window moves.
#[derive(Clone, Debug, Default, PartialEq)]
struct Arranged {
    marks: Marks,
    lanes: Vec<Lane>,
    /// Where the marks are dense: the window shown when nothing else says which.
    dense: Option<Window>,
    /// The days the marks cover: moves keep the window over them.
    extent: Option<(f64, f64)>,
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
    /// The wait for the window to rest.
    settling: Scheduled,
    /// The frame after a redraw, when keyboard focus moves to the redrawn mark.
    refocus: Scheduled,
}

impl TimelineView {
    fn get() -> TimelineView {
        expect_context::<TimelineView>()
    }

    /// Lanes, dates and the linked window; tracked.
    fn settings(&self) -> TimelineState {
        self.view.state.with(|s| s.timeline)
    }

    /// The window shown: being moved, else the link's, else where the claims are dense
    /// (moved to take in the selected claim); tracked.
    fn window(&self) -> Window {
        self.moved
            .get()
            .or_else(|| self.settings().window.map(Window::of_range))
            .or_else(|| {
                let dense = self.arranged.with(|a| a.dense)?;
                Some(self.with_selected_in(dense))
            })
            .unwrap_or_else(|| fallback_window(self.view))
    }

    /// `window`, moved as little as it takes to show the selected claim; tracked.
    fn with_selected_in(&self, window: Window) -> Window {
        let Some(mark) = self.selected_mark() else {
            return window;
        };
        window
            .reveal(f64::from(mark.start), f64::from(mark.end), REVEAL_MARGIN)
            .snapped()
    }

    /// Where the selected claim first stands on the timeline; tracked.
    fn selected_focus(&self) -> Option<Focus> {
        let claim = self.view.selected_index()?;
        self.arranged
            .with(|a| focus_of(&a.lanes, &a.marks.marks, claim))
    }

    /// The selected claim's mark; tracked.
    fn selected_mark(&self) -> Option<Mark> {
        let focus = self.selected_focus()?;
        self.arranged
            .with(|a| a.marks.marks.get(focus.mark).copied())
    }

    fn scale(&self) -> Scale {
        Scale::new(self.window(), self.extent.with(|e| e.width))
    }

    /// Moves the window by one of a stream of moves (a drag, a pinch, a wheel) now, and
    /// into the address bar once it rests: then it is snapped to whole days, so what the
    /// reader sees is what the link reopens.
    fn move_to(&self, window: Window) {
        self.show(self.kept_near(window));
    }

    /// Moves the window by a whole step (a button, a key, a cluster), snapped. A step
    /// of its own is written into its history entry at once: Back straight after it
    /// cannot write it any more, as history writes only the entry arrived at.
    fn step_to(&self, window: Window, pace: Pace) {
        self.show(self.kept_near(window).snapped());
        if pace == Pace::Once {
            self.settle();
        }
    }

    /// `window`, moved back over the claims if it has left them.
    fn kept_near(&self, window: Window) -> Window {
        keep_near(window, self.arranged.with_untracked(|a| a.extent))
    }

    /// Draws `window` now, and defers it to the address bar until it rests.
    fn show(&self, window: Window) {
        self.moved.set(Some(window));
        self.view
            .defer(|s| s.timeline.window = Some(window.range()));
        let this = *self;
        self.settling.after(SETTLE, move || this.settle());
    }

    /// Zooms about the middle of the window: in for a factor above 1.
    fn zoom_by(&self, factor: f64, pace: Pace) {
        let window = untrack(|| self.window());
        self.step_to(
            window.zoom(factor, window.start + window.span() / 2.0),
            pace,
        );
    }

    /// The window has rested: the address bar gets it, and the drawing follows the
    /// address bar again.
    fn settle(&self) {
        self.settling.cancel();
        self.view.settle();
        self.moved.set(None);
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
    // Each lane mode's index is worked out once per visit, and dropped with the view.
    let by_claimant = LaneIndex::new(story, LaneMode::Claimant);
    let by_side = LaneIndex::new(story, LaneMode::Side);
    let arranged = Memo::new(move |_| {
        let TimelineState { lanes, dates, .. } = view.state.with(|s| s.timeline);
        let marks = view.with_matches(|matches| marks(story, matches, dates));
        let index = match lanes {
            LaneMode::Claimant => &by_claimant,
            LaneMode::Side => &by_side,
        };
        let lanes = index.lanes(&marks.marks);
        let dense = default_window(&marks.marks);
        let extent = extent(&marks.marks);
        Arranged {
            marks,
            lanes,
            dense,
            extent,
        }
    });
    let timeline = TimelineView {
        view,
        arranged,
        moved: RwSignal::new(None),
        extent: RwSignal::new(Extent::default()),
        roving: RwSignal::new(None),
        settling: Scheduled::new(),
        refocus: Scheduled::new(),
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
    // A window being moved reaches the address bar when the view leaves (its timer
    // ends with the view, as `Scheduled` does).
    on_cleanup(move || timeline.view.settle());
    // A claim selected while here (a related claim, the keyboard) is brought into the
    // window and takes the tab stop; one selected on arrival does so through `window`.
    let shown = StoredValue::new(None::<Option<usize>>);
    Effect::new(move |_| {
        let selected = view.selected_index();
        let before = shown.get_value();
        shown.set_value(Some(selected));
        if before == Some(selected) {
            return;
        }
        untrack(|| {
            // Set only when it moves: every write redraws the timeline.
            let focus = timeline.selected_focus();
            if focus.is_some() && timeline.roving.get() != focus {
                timeline.roving.set(focus);
            }
            let window = timeline.window();
            let outside = timeline
                .selected_mark()
                .is_some_and(|m| !window.intersects(f64::from(m.start), f64::from(m.end)));
            if before.is_some() && outside {
                timeline.step_to(timeline.with_selected_in(window), Pace::Once);
            }
        });
    });
    provide_context(timeline);

    view! {
        <section class="timeline" aria-label="Timeline">
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
        .map(|a| a.published.last_day(|| a.published.start).day_number())
        .max()
        .unwrap_or(0);
    Window::from_days(last - 30, last + 1)
}
