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
}

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

/// How finely a [`When`] pins down its time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
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
pub struct When {
    pub start: Date,
    pub end: Date,
    pub precision: Precision,
    pub phrase: Option<Text>,
    pub inferred: Option<Text>,
}

impl When {
    pub fn is_inferred(&self) -> bool {
        self.inferred.is_some()
    }

    /// Whether start, end and precision agree; `None` when they do, else why not.
    pub fn inconsistency(&self) -> Option<&'static str> {
        let (start, end) = (self.start, self.end);
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
/// "1 Oct – 23 Dec 2024". Never shows a point where the span is wider.
impl fmt::Display for When {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (start, end) = (self.start, self.end);
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
            end: Date::parse(end).unwrap(),
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
}
