//! How a figure is drawn on the value axis, from its qualifier and bounds: never more
//! precise than the words, and never with a bound the source does not give.

use crate::model::{Figure, Qualifier};

/// What the value axis shows of a figure.
#[derive(Clone, Copy, PartialEq, Eq)]
#[cfg_attr(test, derive(Debug))]
pub enum ValueShape {
    /// An exact figure ("77"): one value.
    Point,
    /// "between 11,000 and 12,000": a bar between the source's own bounds.
    Range,
    /// "more than 3,000": a mark at 3,000, open upwards to the chart's edge.
    OpenUp,
    /// "up to 12,000", "nearly 1,000": a cap at the value, open downwards.
    OpenDown,
    /// "about 100": a point with a short, lighter band of [`ABOUT_BAND_PERCENT`] either
    /// side, Claimline's reading of "about", never the source's interval.
    About,
    /// "several hundred": the bounds docs/DATA.md gives such words by convention,
    /// drawn as a convention (dashed), never as the source's interval.
    Convention,
}

/// How far either side of "about N" its band reaches, in percent of N (docs/DATA.md).
pub const ABOUT_BAND_PERCENT: u64 = 10;

/// A figure's shape on the value axis with the values it is drawn at. An open side is
/// `None`: drawn to the chart's edge, never at a made-up bound.
#[derive(Clone, Copy, PartialEq, Eq)]
#[cfg_attr(test, derive(Debug))]
pub struct ValueMark {
    pub shape: ValueShape,
    /// The one value the figure gives, where it gives one (an exact figure, the N of
    /// "more than N", "up to N", "about N").
    pub value: Option<u64>,
    pub low: Option<u64>,
    pub high: Option<u64>,
}

impl ValueMark {
    /// The values the drawing reaches, for fitting the scale.
    pub fn bounds(&self) -> impl Iterator<Item = u64> {
        [self.low, self.value, self.high].into_iter().flatten()
    }
}

/// The shape of `figure` on the value axis.
pub fn value_mark(figure: &Figure) -> ValueMark {
    let (low, high) = (figure.low, figure.high);
    let one = |value: Option<u64>, shape| ValueMark {
        shape,
        value,
        low: value,
        high: value,
    };
    match figure.qualifier {
        Qualifier::Exact => one(low.or(high), ValueShape::Point),
        Qualifier::MoreThan | Qualifier::AtLeast => ValueMark {
            high: None,
            ..one(low.or(high), ValueShape::OpenUp)
        },
        Qualifier::UpTo | Qualifier::Nearly => ValueMark {
            low: None,
            ..one(high.or(low), ValueShape::OpenDown)
        },
        Qualifier::About => {
            let (from, to) = (low.or(high).unwrap_or(0), high.or(low).unwrap_or(0));
            let reach = |n: u64| n / 100 * ABOUT_BAND_PERCENT + n % 100 * ABOUT_BAND_PERCENT / 100;
            ValueMark {
                shape: ValueShape::About,
                value: (from == to).then_some(from),
                low: Some(from - reach(from)),
                high: Some(to.saturating_add(reach(to))),
            }
        }
        Qualifier::Between => ValueMark {
            shape: ValueShape::Range,
            value: None,
            low,
            high,
        },
        Qualifier::Several => ValueMark {
            shape: ValueShape::Convention,
            value: None,
            low,
            high,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load_tests::figure;

    fn mark(qualifier: Qualifier, low: Option<u64>, high: Option<u64>) -> ValueMark {
        value_mark(&figure(qualifier, low, high))
    }

    #[test]
    fn each_qualifier_has_its_shape_and_no_made_up_bound() {
        let exact = mark(Qualifier::Exact, Some(77), Some(77));
        assert_eq!(
            exact,
            ValueMark {
                shape: ValueShape::Point,
                value: Some(77),
                low: Some(77),
                high: Some(77)
            }
        );
        let between = mark(Qualifier::Between, Some(11_000), Some(12_000));
        assert_eq!(between.shape, ValueShape::Range);
        assert_eq!((between.low, between.high), (Some(11_000), Some(12_000)));
        assert_eq!(
            between.value, None,
            "no best estimate the source does not give"
        );

        let more = mark(Qualifier::MoreThan, Some(3000), None);
        assert_eq!(more.shape, ValueShape::OpenUp);
        assert_eq!(
            (more.value, more.low, more.high),
            (Some(3000), Some(3000), None)
        );

        for qualifier in [Qualifier::UpTo, Qualifier::Nearly] {
            let capped = mark(qualifier, None, Some(12_000));
            assert_eq!(capped.shape, ValueShape::OpenDown);
            assert_eq!(
                (capped.value, capped.low, capped.high),
                (Some(12_000), None, Some(12_000))
            );
        }

        let about = mark(Qualifier::About, Some(100), Some(100));
        assert_eq!(about.shape, ValueShape::About);
        assert_eq!(
            (about.value, about.low, about.high),
            (Some(100), Some(90), Some(110))
        );

        let vague = mark(Qualifier::Several, Some(200), Some(999));
        assert_eq!(vague.shape, ValueShape::Convention);
        assert_eq!(
            (vague.low, vague.high, vague.value),
            (Some(200), Some(999), None)
        );
    }

    #[test]
    fn bands_never_overflow_and_bounds_feed_the_scale() {
        let huge = mark(Qualifier::About, Some(u64::MAX), Some(u64::MAX));
        assert_eq!(huge.high, Some(u64::MAX));
        assert!(huge.low.is_some_and(|low| low < u64::MAX));
        let small = mark(Qualifier::About, Some(7), Some(7));
        assert_eq!(
            (small.low, small.high),
            (Some(7), Some(7)),
            "a tenth of 7 rounds away"
        );
        let more = mark(Qualifier::MoreThan, Some(20), None);
        assert_eq!(more.bounds().collect::<Vec<_>>(), [20, 20]);
    }
}
