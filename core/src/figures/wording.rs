//! Words for figures in the Figures view: a figure with its time, its qualifier as the
//! chart draws it, and the sentence naming figures that cannot all be true.

use super::disagree::Disagreements;
use super::plotted::Plotted;
use super::shape::ABOUT_BAND_PERCENT;
use crate::model::{Claim, Figure, Qualifier, Story, When};
use crate::timeline::{claimants, date_of, DateMode};
use crate::words::{figure_value, group_thousands};

/// The figure and, when its words say more, the words themselves: "more than 3,000
/// (“exceeds 3,000 people”)", "several hundred".
pub fn figure_words(figure: &Figure) -> String {
    let value = figure_value(figure);
    match value == *figure.phrase {
        true => value,
        false => format!("{value} (“{}”)", figure.phrase),
    }
}

/// When the figure holds: its period ("since October", "over 14–17 Dec 2024"), or the
/// date it is given as of ("as of 23 Dec 2024"); `None` when neither is known.
pub fn time_words(claim: &Claim, figure: &Figure) -> Option<String> {
    match &figure.period {
        Some(period) => Some(period_words(period)),
        None => as_of(claim).map(|when| format!("as of {when}")),
    }
}

/// A period in the text's own words where it gives them.
fn period_words(period: &When) -> String {
    match (&period.phrase, period.end) {
        (Some(phrase), _) => phrase.to_string(),
        (None, None) => period.to_string(),
        (None, Some(_)) => format!("over {period}"),
    }
}

/// The date a figure without a period is given as of.
pub fn as_of(claim: &Claim) -> Option<&When> {
    date_of(claim, DateMode::About).or_else(|| date_of(claim, DateMode::Made))
}

/// The qualifier as the chart draws it.
pub fn qualifier_words(figure: &Figure) -> String {
    let bounds = |low: Option<u64>, high: Option<u64>| match (low, high) {
        (Some(low), Some(high)) => format!("{} to {}", group_thousands(low), group_thousands(high)),
        _ => "bounds not given".to_owned(),
    };
    match figure.qualifier {
        Qualifier::Exact => "exact".to_owned(),
        Qualifier::MoreThan => "more than: open upwards".to_owned(),
        Qualifier::AtLeast => "at least: open upwards, the figure itself included".to_owned(),
        Qualifier::UpTo => "up to: open downwards".to_owned(),
        Qualifier::Nearly => "nearly: just under, open downwards".to_owned(),
        Qualifier::About => {
            format!("about: drawn with a band of ±{ABOUT_BAND_PERCENT}% that is Claimline’s, not the source’s")
        }
        Qualifier::Between => "between: the source’s own bounds".to_owned(),
        Qualifier::Several => format!(
            "vague: {} by Claimline’s convention, not the source’s",
            bounds(figure.low, figure.high)
        ),
    }
}

/// How many pairs the page names at once; the rest are there for other filters.
pub const PAIRS_NAMED: usize = 3;

/// The most pairs of disagreeing figures a published view names; the page shows the
/// first few the filters let through.
pub const PAIRS_PUBLISHED: usize = 40;

/// The sentences saying which figures cannot both be true, naming each claimant and
/// figure: "These figures cannot both be true: Volodymyr Zelenskyy: more than 3,000,
/// as of 23 Dec 2024; A senior US official (unnamed): several hundred since October."
/// Each with the claims (story indices) it names; then, when there are more pairs than
/// named, a sentence saying so, which names none.
pub fn disagreement_sentences(
    story: &Story,
    plotted: &[Plotted],
    found: &Disagreements,
) -> Vec<(String, Vec<usize>)> {
    let named = |position: usize| {
        let p = plotted.get(position)?;
        let claim = story.claims.get(p.claim)?;
        let figure = claim.figures.get(p.figure)?;
        let time = time_words(claim, figure).map_or(String::new(), |t| match figure.period {
            Some(_) => format!(" {t}"),
            None => format!(", {t}"),
        });
        Some((
            format!(
                "{}: {}{time}",
                claimants(story, claim),
                figure_value(figure)
            ),
            p.claim,
        ))
    };
    let mut sentences: Vec<(String, Vec<usize>)> = found
        .pairs
        .iter()
        .filter_map(|&(a, b)| {
            let ((first, of_first), (second, of_second)) = (named(a)?, named(b)?);
            Some((
                format!("These figures cannot both be true: {first}; {second}."),
                vec![of_first, of_second],
            ))
        })
        .collect();
    if found.count > sentences.len() {
        sentences.push((
            "Other pairs of these figures cannot both be true either; the table lists every figure."
                .to_owned(),
            Vec::new(),
        ));
    }
    sentences
}
