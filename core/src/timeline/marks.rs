//! Claims as marks on the time axis: which date, and how honestly it can be drawn.

use crate::model::{Claim, Date, Precision, Story, When};
use crate::view::{DateMode, LaneMode};
use std::borrow::Cow;

/// How a mark is drawn, so that no date looks more precise than it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Shape {
    /// One known day.
    Point,
    /// Somewhere or throughout a span: a month, a year, a period.
    Range,
    /// From a known start to an end the text leaves open ("since October"): drawn to
    /// when the claim was made, its end fading out.
    Since,
    /// The text gives no date: made no later than the day the mark ends on (the latest
    /// publication of an article carrying it), drawn as a tail reaching back from there.
    NoLaterThan,
}

/// One claim on the axis. Days are day numbers; `end` is exclusive, so a one-day mark
/// has `end == start + 1`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Mark {
    /// The claim's index in the story.
    pub claim: usize,
    pub start: i32,
    pub end: i32,
    pub shape: Shape,
    /// The date was inferred rather than stated (for a [`Shape::NoLaterThan`] mark: the
    /// publication date it ends on was).
    pub inferred: bool,
}

impl Mark {
    /// The day the mark is compared by when looking for the nearest claim in time: its
    /// middle, or for an open-ended mark its one known bound.
    pub fn time(&self) -> f64 {
        match self.shape {
            Shape::NoLaterThan => f64::from(self.end) - 0.5,
            Shape::Point | Shape::Range | Shape::Since => {
                (f64::from(self.start) + f64::from(self.end)) / 2.0
            }
        }
    }

    /// The last day the mark covers: for an undated claim, the day it was made no later than.
    pub fn last_day(&self) -> Date {
        Date::from_day_number(self.end.saturating_sub(1))
    }
}

/// The date of a claim that `mode` places it by, if the data gives one. Without a date
/// of its own, a claim is placed by what its parts say: made when its articles say it
/// was (the span of their dates, marked inferred, when they differ: never one outlet's
/// date as if all gave it); about the period of its first figure that has one.
pub fn date_of(claim: &Claim, mode: DateMode) -> Option<Cow<'_, When>> {
    match mode {
        DateMode::Made => claim
            .made
            .as_ref()
            .map(Cow::Borrowed)
            .or_else(|| outlets_dates(claim)),
        DateMode::About => claim
            .about
            .as_ref()
            .or_else(|| claim.figures.iter().find_map(|f| f.period.as_ref()))
            .map(Cow::Borrowed),
    }
}

/// When a claim without its own date was made by its articles' own dates: the one they
/// agree on, or the days from the earliest to the latest.
fn outlets_dates(claim: &Claim) -> Option<Cow<'_, When>> {
    let mut own = claim.appearances.iter().filter_map(|a| a.made.as_ref());
    let first = own.next()?;
    let (mut start, mut last) = (first.start, first.last_day(|| first.start));
    let mut differ = false;
    for when in own {
        differ |= when.start != first.start || when.end != first.end;
        start = start.min(when.start);
        last = last.max(when.last_day(|| when.start));
    }
    if !differ {
        return Some(Cow::Borrowed(first));
    }
    Some(Cow::Owned(When {
        start,
        end: Some(last),
        precision: Precision::Period,
        phrase: None,
        inferred: Some("its articles give different dates; this spans them".into()),
    }))
}

/// The marks of some claims, and how many had no date to place them by.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Marks {
    /// In the order of the claims asked for.
    pub marks: Vec<Mark>,
    /// Claims left off the axis: in [`DateMode::About`], those about no stated time; in
    /// [`DateMode::Made`], undated claims in no known article (only in invalid data).
    pub left_off: usize,
}

/// The marks of the claims at `claims` (indices into the story's claims, such as the
/// filtered list) on the dates `mode` chooses. Indices past the end are skipped.
pub fn marks(story: &Story, claims: &[usize], mode: DateMode) -> Marks {
    lane_marks(story, claims, mode, LaneMode::Claimant)
}

/// The marks for lanes in `lanes` mode: one per claim, or by outlet one per appearance
/// of each claim, in its order, placed at the date that article gives when made
/// ([`Appearance::made`]), an undated one no later than that article's publication. A
/// claim one of whose appearances cannot be placed is left off whole, so that its
/// marks and its appearances always pair up.
///
/// [`Appearance::made`]: crate::model::Appearance::made
pub fn lane_marks(story: &Story, claims: &[usize], dates: DateMode, lanes: LaneMode) -> Marks {
    let published = publications(story);
    let by_outlet = lanes == LaneMode::Outlet;
    let mut found = Marks::default();
    for &index in claims {
        let Some(claim) = story.claims.get(index) else {
            continue;
        };
        let before = found.marks.len();
        let each = if by_outlet {
            claim.appearances.len()
        } else {
            1
        };
        for k in 0..each {
            let outlet = claim.appearances.get(k).filter(|_| by_outlet);
            let when = match (outlet, dates) {
                (Some(appearance), DateMode::Made) => appearance.made(claim).map(Cow::Borrowed),
                _ => date_of(claim, dates),
            };
            let placed = match (when.as_deref(), outlet) {
                (Some(when), _) => Some(dated_mark(index, when, last_day(claim, when, &published))),
                (None, _) if dates == DateMode::About => None,
                (None, None) => undated_mark(index, claim, &published),
                (None, Some(appearance)) => published
                    .iter()
                    .find(|(id, _)| *id == &*appearance.article)
                    .map(|(_, (day, inferred))| no_later_than(index, *day, *inferred)),
            };
            let Some(mark) = placed else {
                found.marks.truncate(before);
                break;
            };
            found.marks.push(mark);
        }
        if found.marks.len() == before {
            found.left_off += 1;
        }
    }
    found
}

/// The last day of each article's publication, and whether it was inferred. A list,
/// not a map: a story has a handful of articles.
pub fn publications(story: &Story) -> Vec<(&str, (i32, bool))> {
    story
        .articles
        .iter()
        .map(|a| {
            let when = &a.published;
            let last = when.last_day(|| when.start).day_number();
            (&*a.id, (last, when.is_inferred()))
        })
        .collect()
}

/// The last day a claim's span is drawn to: its end, or for an open span ("since
/// October") as far as it is known to reach: to when the claim was made, or, when that
/// is not given, to the latest article carrying it.
pub fn last_day(claim: &Claim, when: &When, published: &[(&str, (i32, bool))]) -> Date {
    let until = || match date_of(claim, DateMode::Made).and_then(|made| made.end) {
        Some(made) => made,
        None => latest_publication(claim, published)
            .map_or(when.start, |(day, _)| Date::from_day_number(day)),
    };
    when.last_day(until)
}

/// A claim's mark for one of its dates, drawn to `last` (see [`last_day`]): also how
/// the figures view places a figure's time.
pub(crate) fn dated_mark(claim: usize, when: &When, last: Date) -> Mark {
    let (a, b) = (when.start.day_number(), last.day_number());
    let (start, end) = (a.min(b), a.max(b).saturating_add(1));
    // A day is a point only when the data says it is one day; a month, a year or a
    // wider period is never drawn as one, whatever its bounds say.
    let one_day = end - start == 1;
    let shape = match when.precision {
        _ if when.end.is_none() => Shape::Since,
        Precision::Day | Precision::Period if one_day => Shape::Point,
        _ => Shape::Range,
    };
    Mark {
        claim,
        start,
        end,
        shape,
        inferred: when.is_inferred(),
    }
}

/// The last day of the latest article carrying a claim, and whether it was inferred.
fn latest_publication(claim: &Claim, published: &[(&str, (i32, bool))]) -> Option<(i32, bool)> {
    claim
        .appearances
        .iter()
        .filter_map(|a| {
            published
                .iter()
                .find(|(id, _)| *id == &*a.article)
                .map(|(_, p)| *p)
        })
        .max_by_key(|(day, _)| *day)
}

fn undated_mark(claim: usize, c: &Claim, published: &[(&str, (i32, bool))]) -> Option<Mark> {
    let (last, inferred) = latest_publication(c, published)?;
    Some(no_later_than(claim, last, inferred))
}

/// An undated claim's mark: made no later than the day `last`.
fn no_later_than(claim: usize, last: i32, inferred: bool) -> Mark {
    let end = last.saturating_add(1);
    Mark {
        claim,
        start: end - 1,
        end,
        shape: Shape::NoLaterThan,
        inferred,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load_tests::small_story;
    use crate::model::Date;

    fn day(text: &str) -> i32 {
        Date::parse(text).unwrap().day_number()
    }

    #[test]
    fn each_date_is_drawn_at_its_precision() {
        let story = small_story();
        let all = [0, 1, 2];
        let made = marks(&story, &all, DateMode::Made);
        assert_eq!(made.left_off, 0);
        let [stated, undated, relayed] = made.marks[..] else {
            panic!("three marks: {made:?}");
        };
        assert_eq!(
            stated,
            Mark {
                claim: 0,
                start: day("2024-12-23"),
                end: day("2024-12-24"),
                shape: Shape::Point,
                inferred: true,
            }
        );
        // Undated: no later than the (stated) publication of article a.
        assert_eq!(undated.shape, Shape::NoLaterThan);
        assert_eq!(undated.end, day("2024-12-24"));
        assert!(!undated.inferred);
        assert_eq!(relayed.claim, 2);

        let about = marks(&story, &all, DateMode::About);
        assert_eq!(
            about.left_off, 2,
            "only one claim says what time it is about"
        );
        assert_eq!(about.marks.len(), 1);
        let month = about.marks[0];
        assert_eq!(month.shape, Shape::Range);
        assert_eq!(
            (month.start, month.end),
            (day("2024-12-01"), day("2025-01-01"))
        );
        assert!(month.inferred);
    }

    #[test]
    fn an_undated_claim_ends_at_its_latest_article() {
        let mut story = small_story();
        let mut articles = story.articles.to_vec();
        articles[1].published.start = Date::parse("2025-01-10").unwrap();
        articles[1].published.end = Some(Date::parse("2025-01-12").unwrap());
        articles[1].published.inferred = Some("from the text".into());
        story.articles = articles.into();
        let mut claims = story.claims.to_vec();
        claims[0].made = None;
        story.claims = claims.into();
        let got = marks(&story, &[0], DateMode::Made).marks;
        assert_eq!(got[0].end, day("2025-01-13"), "b is later than a");
        assert_eq!(got[0].shape, Shape::NoLaterThan);
        assert!(got[0].inferred, "b's date was inferred");
    }

    #[test]
    fn a_one_day_month_is_still_a_range_and_unknown_indices_are_skipped() {
        let mut story = small_story();
        let mut claims = story.claims.to_vec();
        let mut when = claims[0].made.clone().unwrap();
        when.precision = Precision::Month;
        claims[0].made = Some(when);
        // An undated claim in an unknown article has nothing to place it by.
        claims[1].appearances = vec![crate::model::Appearance {
            article: "zz".into(),
            chain: Vec::new().into(),
            quotes: Vec::new().into(),
            made: None,
        }]
        .into();
        story.claims = claims.into();
        let got = marks(&story, &[0, 1, 99], DateMode::Made);
        assert_eq!(got.marks.len(), 1);
        assert_eq!(got.marks[0].shape, Shape::Range);
        assert_eq!(got.left_off, 1);
    }

    #[test]
    fn an_open_span_is_drawn_to_when_the_claim_was_made() {
        let mut story = crate::synthetic::story(40, 2);
        let mut claims = story.claims.to_vec();
        let index = claims
            .iter()
            .position(|c| match (&c.made, &c.about) {
                (Some(made), Some(about)) => made.end.is_some_and(|end| about.start < end),
                _ => false,
            })
            .expect("a claim made after the time it is about began");
        let mut about = claims[index].about.clone().expect("about");
        about.end = None;
        about.precision = Precision::Period;
        claims[index].about = Some(about);
        let made = claims[index]
            .made
            .clone()
            .expect("made")
            .end
            .expect("a day");
        story.claims = claims.into();
        let got = marks(&story, &[index], DateMode::About).marks;
        assert_eq!(got[0].shape, Shape::Since);
        assert_eq!(got[0].last_day(), made);
    }
}
