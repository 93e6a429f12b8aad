//! Calendar dates and the spans claims are dated with.

use super::cow::Text;
use serde::{Deserialize, Deserializer};
use std::fmt;

/// A proleptic Gregorian calendar date. Ordered chronologically.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

impl Date {
    /// Parses `YYYY-MM-DD`, rejecting anything that is not a real calendar day.
    pub fn parse(text: &str) -> Option<Date> {
        let mut parts = text.split('-');
        let (year, month, day) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() || year.len() != 4 || month.len() != 2 || day.len() != 2 {
            return None;
        }
        let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        if !(digits(year) && digits(month) && digits(day)) {
            return None;
        }
        let date = Date {
            year: year.parse().ok()?,
            month: month.parse().ok()?,
            day: day.parse().ok()?,
        };
        let valid = (1..=12).contains(&date.month)
            && date.day >= 1
            && date.day <= days_in_month(date.year, date.month);
        valid.then_some(date)
    }

    /// `YYYY-MM-DD`, as [`Date::parse`] reads it.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    pub fn month_name(self) -> &'static str {
        MONTHS[usize::from(self.month.clamp(1, 12)) - 1]
    }

    pub fn is_first_of_month(self) -> bool {
        self.day == 1
    }

    pub fn is_last_of_month(self) -> bool {
        self.day == days_in_month(self.year, self.month)
    }

    /// Days since 1 January 1970 (negative before it), on the proleptic Gregorian
    /// calendar: the time axis counts in these. Saturates rather than overflows; a month
    /// or day out of range (only a hand-built `Date` can have one) is clamped first.
    pub fn day_number(self) -> i32 {
        // Counting from 1 March puts the leap day last, so every year's day of the year
        // follows from its month alone (H. Hinnant's days-from-civil).
        let month = i64::from(self.month.clamp(1, 12));
        let day = i64::from(self.day.clamp(1, 31));
        let year = i64::from(self.year) - i64::from(month <= 2);
        let era = year.div_euclid(400);
        let year_of_era = year - era * 400;
        let shifted_month = (month + 9) % 12;
        let day_of_year = (153 * shifted_month + 2) / 5 + day - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        let days = era * DAYS_PER_ERA + day_of_era - DAYS_FROM_0000_03_01_TO_1970;
        days.clamp(i64::from(i32::MIN), i64::from(i32::MAX)) as i32
    }

    /// The date a [`Date::day_number`] stands for; the inverse of it for every real date.
    pub fn from_day_number(days: i32) -> Date {
        let days = i64::from(days) + DAYS_FROM_0000_03_01_TO_1970;
        let era = days.div_euclid(DAYS_PER_ERA);
        let day_of_era = days - era * DAYS_PER_ERA;
        let year_of_era =
            (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let shifted_month = (5 * day_of_year + 2) / 153;
        let day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
        let month = if shifted_month < 10 {
            shifted_month + 3
        } else {
            shifted_month - 9
        };
        let year = year_of_era + era * 400 + i64::from(month <= 2);
        // Any i32 of days is within ±6 million years: every cast below is exact.
        Date {
            year: year as i32,
            month: month as u8,
            day: day as u8,
        }
    }
}

/// Days in 400 Gregorian years, after which the calendar repeats.
const DAYS_PER_ERA: i64 = 146_097;
/// From 1 March of year 0 to 1 January 1970.
const DAYS_FROM_0000_03_01_TO_1970: i64 = 719_468;

pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        _ => 31,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {} {}", self.day, self.month_name(), self.year)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Date::parse(&text).ok_or_else(|| {
            serde::de::Error::custom(format!("“{text}” is not a valid YYYY-MM-DD date"))
        })
    }
}

/// Written as the data has it, `YYYY-MM-DD`.
#[cfg(any(test, feature = "load"))]
impl serde::Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.iso())
    }
}

/// How finely a [`When`] pins down its time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[cfg_attr(any(test, feature = "load"), derive(serde::Serialize))]
#[serde(rename_all = "kebab-case")]
pub enum Precision {
    Day,
    Month,
    Year,
    /// Any other span: "since October", "over three days", "earlier this month".
    Period,
}

/// A time a claim was made or is about: an inclusive span of days with its precision,
/// the words it comes from, and, when it was not stated in full, how it was resolved.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[cfg_attr(any(test, feature = "load"), derive(serde::Serialize))]
#[serde(deny_unknown_fields)]
pub struct When {
    pub start: Date,
    /// The last day; `None` when the text gives none ("since October"): the span runs
    /// from `start` to at least the time the claim was made, and is drawn as open.
    pub end: Option<Date>,
    pub precision: Precision,
    pub phrase: Option<Text>,
    pub inferred: Option<Text>,
}

impl When {
    pub fn is_inferred(&self) -> bool {
        self.inferred.is_some()
    }

    /// The last day, or for an open span what `until` gives: the latest it is known to
    /// reach (worked out only for an open span).
    pub fn last_day(&self, until: impl FnOnce() -> Date) -> Date {
        self.end.unwrap_or_else(until).max(self.start)
    }

    /// Whether start, end and precision agree; `None` when they do, else why not.
    pub fn inconsistency(&self) -> Option<&'static str> {
        let start = self.start;
        let Some(end) = self.end else {
            return (self.precision != Precision::Period)
                .then_some("an open span (no end) needs the precision “period”");
        };
        if start > end {
            return Some("start is after end");
        }
        let fits = match self.precision {
            Precision::Day => start == end,
            Precision::Month => {
                start.year == end.year
                    && start.month == end.month
                    && start.is_first_of_month()
                    && end.is_last_of_month()
            }
            Precision::Year => {
                start.year == end.year
                    && (start.month, start.day) == (1, 1)
                    && (end.month, end.day) == (12, 31)
            }
            Precision::Period => true,
        };
        (!fits).then_some("start and end do not match the precision")
    }
}

/// Human wording of a span at its precision: "23 Dec 2024", "Nov 2024", "2024",
/// "1 Oct – 23 Dec 2024", "since Oct 2024". Never shows a point where the span is wider.
impl fmt::Display for When {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let start = self.start;
        let Some(end) = self.end else {
            return match start.is_first_of_month() {
                true => write!(f, "since {} {}", start.month_name(), start.year),
                false => write!(f, "since {start}"),
            };
        };
        match self.precision {
            Precision::Day => write!(f, "{start}"),
            Precision::Month => write!(f, "{} {}", start.month_name(), start.year),
            Precision::Year => write!(f, "{}", start.year),
            Precision::Period if start == end => write!(f, "{start}"),
            Precision::Period if start.year != end.year => write!(f, "{start} – {end}"),
            Precision::Period if start.month != end.month => {
                write!(f, "{} {} – {end}", start.day, start.month_name())
            }
            Precision::Period => write!(
                f,
                "{}–{} {} {}",
                start.day,
                end.day,
                start.month_name(),
                start.year
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn when(start: &str, end: &str, precision: Precision) -> When {
        When {
            start: Date::parse(start).unwrap(),
            end: Some(Date::parse(end).unwrap()),
            precision,
            phrase: None,
            inferred: None,
        }
    }

    #[test]
    fn parses_only_real_days() {
        assert_eq!(
            Date::parse("2024-02-29"),
            Some(Date {
                year: 2024,
                month: 2,
                day: 29
            })
        );
        for bad in [
            "2023-02-29",
            "2024-13-01",
            "2024-00-10",
            "2024-1-01",
            "24-01-01",
            "2024-01-01-",
            "",
            "2024-0a-01",
            "+024-01-01",
        ] {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn dates_order_chronologically() {
        assert!(Date::parse("2024-11-30") < Date::parse("2024-12-01"));
        assert!(Date::parse("2023-12-31") < Date::parse("2024-01-01"));
    }

    #[test]
    fn shows_spans_at_their_precision() {
        assert_eq!(
            when("2024-12-23", "2024-12-23", Precision::Day).to_string(),
            "23 Dec 2024"
        );
        assert_eq!(
            when("2024-11-01", "2024-11-30", Precision::Month).to_string(),
            "Nov 2024"
        );
        assert_eq!(
            when("2024-01-01", "2024-12-31", Precision::Year).to_string(),
            "2024"
        );
        assert_eq!(
            when("2024-10-01", "2024-12-23", Precision::Period).to_string(),
            "1 Oct – 23 Dec 2024"
        );
        assert_eq!(
            when("2024-12-14", "2024-12-16", Precision::Period).to_string(),
            "14–16 Dec 2024"
        );
        assert_eq!(
            when("1950-06-25", "1953-07-27", Precision::Period).to_string(),
            "25 Jun 1950 – 27 Jul 1953"
        );
    }

    #[test]
    fn day_numbers_count_from_1970() {
        let day = |text| Date::parse(text).unwrap().day_number();
        assert_eq!(day("1970-01-01"), 0);
        assert_eq!(day("1970-01-02"), 1);
        assert_eq!(day("1969-12-31"), -1);
        assert_eq!(
            day("2000-03-01") - day("2000-02-28"),
            2,
            "2000 is a leap year"
        );
        assert_eq!(day("1900-03-01") - day("1900-02-28"), 1, "1900 is not");
        assert_eq!(day("2024-12-23") - day("2024-01-01"), 357);
        assert_eq!(day("1950-06-25") - day("1950-01-01"), 175);
        assert_eq!(day("2001-01-01") - day("1601-01-01"), 146_097);
    }

    #[test]
    fn day_numbers_round_trip_over_four_millennia() {
        let mut expected = Date {
            year: 1,
            month: 1,
            day: 1,
        };
        let first = expected.day_number();
        // Walk day by day with the calendar rules alone, so the conversion is checked
        // against counting rather than against itself.
        for n in first..Date::parse("4001-01-01").unwrap().day_number() {
            assert_eq!(Date::from_day_number(n), expected, "day {n}");
            assert_eq!(expected.day_number(), n, "{expected:?}");
            expected = if expected.is_last_of_month() {
                match expected.month {
                    12 => Date {
                        year: expected.year + 1,
                        month: 1,
                        day: 1,
                    },
                    m => Date {
                        month: m + 1,
                        day: 1,
                        ..expected
                    },
                }
            } else {
                Date {
                    day: expected.day + 1,
                    ..expected
                }
            };
        }
    }

    #[test]
    fn day_numbers_never_overflow() {
        for n in [i32::MIN, i32::MIN + 1, -1, 0, i32::MAX - 1, i32::MAX] {
            assert_eq!(Date::from_day_number(n).day_number(), n);
        }
        let far = Date {
            year: i32::MAX,
            month: 12,
            day: 31,
        };
        assert_eq!(far.day_number(), i32::MAX);
    }

    #[test]
    fn checks_precision_against_span() {
        assert_eq!(
            when("2024-11-01", "2024-11-30", Precision::Month).inconsistency(),
            None
        );
        assert!(when("2024-11-01", "2024-11-29", Precision::Month)
            .inconsistency()
            .is_some());
        assert!(when("2024-11-02", "2024-11-02", Precision::Day)
            .inconsistency()
            .is_none());
        assert!(when("2024-11-02", "2024-11-03", Precision::Day)
            .inconsistency()
            .is_some());
        assert!(when("2024-12-02", "2024-11-03", Precision::Period)
            .inconsistency()
            .is_some());
    }

    #[test]
    fn an_open_span_reads_as_since_and_needs_the_period_precision() {
        let mut since = when("2024-10-01", "2024-12-23", Precision::Period);
        since.end = None;
        assert_eq!(since.to_string(), "since Oct 2024");
        assert_eq!(since.inconsistency(), None);
        let until = Date::parse("2024-12-23").unwrap();
        assert_eq!(since.last_day(|| until), until);
        since.start = Date::parse("2024-10-05").unwrap();
        assert_eq!(since.to_string(), "since 5 Oct 2024");
        since.precision = Precision::Month;
        assert!(since.inconsistency().is_some());
    }
}
