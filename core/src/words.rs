//! Words for showing model values: figures, attribution, articles, facets and their
//! values, verification. One place, so every view phrases a thing the same way.

use crate::bounded::bounded;
use crate::facet::{Facet, IN_ALL_ARTICLES};
use crate::model::text::contains;
use crate::model::{Figure, Qualifier, Story, Text, VerificationStatus};
use crate::view::View;

/// "more than 3,000", "between 11,000 and 12,000", "up to 12,000", "several hundred".
pub fn figure_value(figure: &Figure) -> String {
    written(
        figure,
        [
            "more than ",
            "at least ",
            "up to ",
            "about ",
            "nearly ",
            "between ",
            " and ",
        ],
    )
}

/// A figure in a few characters, for a label beside a mark: "77", ">3,000", "≤12,000",
/// "~100", "<1,000", "11,000–12,000"; a vague one ("several hundred") as written.
pub fn figure_short(figure: &Figure) -> String {
    written(figure, [">", "≥", "≤", "~", "<", "", "–"])
}

/// A figure with the words for its qualifier: more than, at least, up to, about,
/// nearly, and what goes before and between a range's bounds.
fn written(figure: &Figure, [more, at_least, up_to, about, nearly, from, to]: [&str; 7]) -> String {
    let n = |v: Option<u64>| v.map(group_thousands).unwrap_or_default();
    let (low, high) = (figure.low, figure.high);
    match figure.qualifier {
        Qualifier::Exact => match low.or(high) {
            Some(value) => group_thousands(value),
            None => figure.phrase.to_string(),
        },
        Qualifier::MoreThan => format!("{more}{}", n(low.or(high))),
        Qualifier::AtLeast => format!("{at_least}{}", n(low.or(high))),
        Qualifier::UpTo => format!("{up_to}{}", n(high.or(low))),
        Qualifier::About => format!("{about}{}", n(low.or(high))),
        Qualifier::Nearly => format!("{nearly}{}", n(high.or(low))),
        Qualifier::Between => format!("{from}{}{to}{}", n(low), n(high)),
        Qualifier::Several => figure.phrase.to_string(),
    }
}

/// Figures in short, joined ("77, 40"), leaving out those `shown` already writes (a
/// statement that begins "More than 3,000"); `None` when nothing is left.
pub fn figures_short<'a>(
    figures: impl IntoIterator<Item = &'a Figure>,
    shown: &str,
) -> Option<String> {
    let missing: Vec<String> = figures
        .into_iter()
        .filter(|figure| {
            let values = [figure.low, figure.high];
            let written = values.iter().flatten().any(|&v| writes_number(shown, v))
                || (figure.qualifier == Qualifier::Several && contains(shown, &figure.phrase));
            !written
        })
        .map(figure_short)
        .collect();
    (!missing.is_empty()).then(|| missing.join(", "))
}

/// Whether `text` writes `value` as a number of its own, grouped by thousands: "3,000"
/// in "more than 3,000 soldiers", but not "3" in "2023" or in "3,000".
fn writes_number(text: &str, value: u64) -> bool {
    let number = group_thousands(value);
    let bytes = text.as_bytes();
    let digit = |at: usize| bytes.get(at).is_some_and(u8::is_ascii_digit);
    let mut at = 0;
    while at < bytes.len() {
        if !digit(at) {
            at += 1;
            continue;
        }
        // A whole number: digits, and commas between digits.
        let start = at;
        while digit(at) || (bytes.get(at) == Some(&b',') && digit(at + 1)) {
            at += 1;
        }
        if bytes.get(start..at) == Some(number.as_bytes()) {
            return true;
        }
    }
    false
}

/// 12000 → "12,000".
pub fn group_thousands(value: u64) -> String {
    let digits = value.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// "North Korean soldiers killed or wounded: more than 3,000 (1 Oct – 23 Dec 2024)".
pub fn figure_line(story: &Story, figure: &Figure) -> String {
    let quantity = story
        .quantity_label(&figure.quantity)
        .unwrap_or(&figure.quantity);
    let mut line = format!("{quantity}: {}", figure_value(figure));
    if let Some(period) = &figure.period {
        line.push_str(&format!(" ({period})"));
    }
    line
}

/// The names of actors, joined: "US intelligence, Ukrainian intelligence and South
/// Korean intelligence".
pub fn actor_names<'a>(story: &Story, actors: impl IntoIterator<Item = &'a Text>) -> String {
    let names: Vec<&str> = actors
        .into_iter()
        .map(|id| story.actor(id).map_or(&**id, |a| &*a.name))
        .collect();
    match names.as_slice() {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// "A · Unnamed outlet": the article's id in capitals and its outlet's name.
pub fn article_name(story: &Story, article: &str) -> String {
    let outlet = story
        .article(article)
        .and_then(|a| story.actor(&a.outlet))
        .map_or("", |actor| &*actor.name);
    // Ids are lower-case ASCII (validated), so ASCII upper-casing is exact and spares
    // the page the Unicode case tables.
    format!("{} · {outlet}", article.to_ascii_uppercase())
}

/// The filters' tally: how many claims the view shows, of all the story's.
pub fn tally(shown: usize, total: usize) -> String {
    match shown == total {
        true => format!("All {total} claims"),
        false => format!("{shown} of {total} claims"),
    }
}

/// A view's name in the page's navigation.
pub fn view_title(view: View) -> &'static str {
    match view {
        View::Claims => "Claims",
        View::Timeline => "Timeline",
        View::Compare => "Compare",
        View::Figures => "Figures",
    }
}

/// The heading of a facet's group of values.
pub fn facet_title(facet: Facet) -> &'static str {
    match facet {
        Facet::Claimant => "Claimant",
        Facet::Side => "Side",
        Facet::Relay => "Relayed by",
        Facet::Topic => "Topic",
        Facet::Article => "Article",
        Facet::Verification => "Verification",
    }
}

/// A facet's values, counted: "Show all 20 claimants".
pub fn facet_plural(facet: Facet) -> &'static str {
    match facet {
        Facet::Claimant => "claimants",
        Facet::Side => "sides",
        Facet::Relay => "relays",
        Facet::Topic => "topics",
        Facet::Article => "articles",
        Facet::Verification => "verification notes",
    }
}

/// What a claim's verification status, or the lack of a note, means to a reader.
pub fn verification_label(status: Option<VerificationStatus>) -> &'static str {
    match status {
        Some(VerificationStatus::NotVerified) => "Outlet could not verify",
        Some(VerificationStatus::Alleged) => "Presented as alleged",
        None => "No verification note",
    }
}

/// The words for one value of a facet; an unknown value shows as itself.
pub fn option_label(story: &Story, facet: Facet, value: &str) -> String {
    let known = match facet {
        Facet::Claimant | Facet::Relay => story.actor(value).map(|a| a.name.to_string()),
        Facet::Side => story.side_label(value).map(str::to_owned),
        Facet::Topic => story.topic_label(value).map(str::to_owned),
        Facet::Article if value == IN_ALL_ARTICLES => Some(match story.articles.len() {
            2 => "Both articles".to_owned(),
            n => format!("All {n} articles"),
        }),
        Facet::Article => story.article(value).map(|a| article_name(story, &a.id)),
        Facet::Verification => {
            Some(verification_label(VerificationStatus::from_key(value)).to_owned())
        }
    };
    known.unwrap_or_else(|| value.to_owned())
}

/// A coordinate for an SVG attribute or a style, to a tenth of a pixel: "12.5", "-3",
/// "0". Written with integers: the standard float formatting would weigh on the page's
/// download (docs/SIZE.md).
pub fn coordinate(value: f64) -> String {
    // Non-numbers draw at 0; a drawing is never wider than a few hundred thousand pixels.
    let tenths = if value.is_finite() {
        bounded((value * 10.0).round(), -1e12, 1e12) as i64
    } else {
        0
    };
    let (whole, tenth) = (tenths / 10, (tenths % 10).abs());
    let sign = if tenths < 0 && whole == 0 { "-" } else { "" };
    match tenth {
        0 => format!("{sign}{whole}"),
        _ => format!("{sign}{whole}.{tenth}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load_tests::figure;

    #[test]
    fn words_figures_with_their_qualifier() {
        assert_eq!(
            figure_value(&figure(Qualifier::Between, Some(11000), Some(12000))),
            "between 11,000 and 12,000"
        );
        assert_eq!(
            figure_value(&figure(Qualifier::UpTo, None, Some(12000))),
            "up to 12,000"
        );
        assert_eq!(
            figure_value(&figure(Qualifier::MoreThan, Some(3000), None)),
            "more than 3,000"
        );
        assert_eq!(
            figure_value(&figure(Qualifier::Exact, Some(47), Some(47))),
            "47"
        );
        assert_eq!(
            figure_value(&figure(Qualifier::Several, Some(200), Some(999))),
            "several hundred"
        );
    }

    #[test]
    fn short_figures_fit_beside_a_mark() {
        for (qualifier, low, high, short) in [
            (Qualifier::Exact, Some(77), Some(77), "77"),
            (Qualifier::MoreThan, Some(3000), None, ">3,000"),
            (Qualifier::UpTo, None, Some(12000), "≤12,000"),
            (Qualifier::About, Some(100), Some(100), "~100"),
            (Qualifier::Nearly, None, Some(1000), "<1,000"),
            (
                Qualifier::Between,
                Some(11000),
                Some(12000),
                "11,000–12,000",
            ),
            (Qualifier::Several, Some(200), Some(999), "several hundred"),
        ] {
            assert_eq!(figure_short(&figure(qualifier, low, high)), short);
        }
    }

    #[test]
    fn a_number_is_found_only_as_a_number_of_its_own() {
        assert!(writes_number("More than 3,000 North", 3000));
        assert!(writes_number("killed 3 of them", 3));
        assert!(writes_number("(77)", 77));
        assert!(!writes_number("in 2023", 3));
        assert!(!writes_number("3,000 soldiers", 3));
        assert!(!writes_number("13 soldiers", 3));
        assert!(!writes_number("300", 3));
        assert!(writes_number("3, then 4", 3));
    }

    #[test]
    fn a_label_gets_the_figures_its_statement_leaves_out() {
        let casualties = [
            figure(Qualifier::MoreThan, Some(100), None),
            figure(Qualifier::Exact, Some(77), Some(77)),
            figure(Qualifier::Exact, Some(40), Some(40)),
        ];
        assert_eq!(
            figures_short(&casualties, "Ukraine’s special…").as_deref(),
            Some(">100, 77, 40")
        );
        assert_eq!(
            figures_short(&casualties, "More than 100, 77 killed…").as_deref(),
            Some("40")
        );
        let vague = [figure(Qualifier::Several, Some(200), Some(999))];
        assert_eq!(
            figures_short(&vague, "North Korea has several hundred…"),
            None
        );
        assert_eq!(figures_short(&[], "Anything"), None);
    }

    #[test]
    fn writes_coordinates_to_a_tenth() {
        for (value, text) in [
            (0.0, "0"),
            (12.0, "12"),
            (12.54, "12.5"),
            (12.56, "12.6"),
            (-0.25, "-0.3"),
            (-3.0, "-3"),
            (-12.5, "-12.5"),
            (f64::NAN, "0"),
            (f64::INFINITY, "0"),
        ] {
            assert_eq!(coordinate(value), text, "{value}");
        }
        for tenths in -2000..2000 {
            let value = f64::from(tenths) / 10.0;
            let read: f64 = coordinate(value).parse().expect("a number");
            assert!((read - value).abs() < 1e-9, "{value}");
        }
    }

    #[test]
    fn groups_thousands() {
        assert_eq!(group_thousands(0), "0");
        assert_eq!(group_thousands(999), "999");
        assert_eq!(group_thousands(1000), "1,000");
        assert_eq!(group_thousands(1234567), "1,234,567");
    }
}
