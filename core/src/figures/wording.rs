//! Words for figures in the Figures view: a figure with its time, its qualifier as the
//! chart draws it, and the sentence naming figures that cannot all be true.

use super::disagree::Disagreements;
use super::plotted::{Plotted, Report};
use super::report::given;
use super::shape::ABOUT_BAND_PERCENT;
use crate::model::{Figure, Qualifier, Story, When};
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

/// A period in the text's own words where it gives them.
pub(super) fn period_words(period: &When) -> String {
    match (&period.phrase, period.end) {
        (Some(phrase), _) => phrase.to_string(),
        (None, None) => period.to_string(),
        (None, Some(_)) => format!("over {period}"),
    }
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

/// The sentences saying which reports cannot both be true, naming each figure with its
/// claimant and outlet: "These figures cannot both be true: A senior US official
/// (unnamed) · Unnamed outlet: several hundred since October; Volodymyr Zelenskyy · ABC
/// News: more than 3,000, as of 23–30 Dec 2024." Each with the reports it names;
/// then, when there are more pairs than named, a sentence saying so, which names none.
pub fn disagreement_sentences(
    story: &Story,
    plotted: &[Plotted],
    found: &Disagreements,
) -> Vec<(String, Vec<Report>)> {
    let named = |position: usize| {
        let report = plotted.get(position)?.report();
        let given = given(story, report)?;
        let time = given
            .time_words()
            .map_or(String::new(), |t| match given.figure.period {
                Some(_) => format!(" {t}"),
                None => format!(", {t}"),
            });
        let value = figure_value(given.figure);
        Some((format!("{}: {value}{time}", given.reporter(story)), report))
    };
    let mut sentences: Vec<(String, Vec<Report>)> = found
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

/// The sentences naming a source that different outlets give different numbers for in
/// one claim, whether or not the numbers can both be true: "The herders' guild is
/// reported as 1,000 by The Daily Lantern and 1,020 by Hill Gazette, Ridge Courier."
/// Each with the reports
/// it names, up to `keep` of them; then, when there are more, a sentence saying so.
pub fn same_source_sentences(
    story: &Story,
    reports: &[Report],
    keep: usize,
) -> Vec<(String, Vec<Report>)> {
    let mut sentences = Vec::new();
    let mut more = false;
    for (_, source, named) in same_source_groups(story, reports) {
        if sentences.len() == keep {
            more = true;
            break;
        }
        // Each value once, with the outlets giving it, in the order first given.
        let mut values: Vec<(String, Vec<String>)> = Vec::new();
        for &report in &named {
            let Some(given) = given(story, report) else {
                continue;
            };
            let (value, outlet) = (figure_value(given.figure), given.outlet(story));
            match values.iter_mut().find(|(v, _)| *v == value) {
                Some((_, outlets)) if !outlets.contains(&outlet) => outlets.push(outlet),
                Some(_) => {}
                None => values.push((value, vec![outlet])),
            }
        }
        let said: Vec<String> = values
            .into_iter()
            .map(|(value, outlets)| format!("{value} by {}", outlets.join(", ")))
            .collect();
        sentences.push((
            format!("{source} is reported as {}.", in_a_list(&said)),
            named,
        ));
    }
    if more {
        sentences.push((
            "Other sources are given different numbers by different outlets too; the table lists every figure."
                .to_owned(),
            Vec::new(),
        ));
    }
    sentences
}

/// Per claim, per source, the reports of a source that different outlets give
/// different values: `(claim, source's name, reports)`, in the order of `reports`' first.
fn same_source_groups(story: &Story, reports: &[Report]) -> Vec<(usize, String, Vec<Report>)> {
    let mut groups: Vec<(usize, String, Vec<Report>)> = Vec::new();
    for &report in reports {
        let Some(given) = given(story, report) else {
            continue;
        };
        let source = given.claimant(story);
        match groups
            .iter_mut()
            .find(|(claim, name, _)| *claim == report.0 && *name == source)
        {
            Some((_, _, named)) => named.push(report),
            None => groups.push((report.0, source, vec![report])),
        }
    }
    // Different numbers, and from more than one outlet: one outlet's two numbers (its
    // headline's and its text's) are its own, not a difference between outlets.
    groups.retain(|(_, _, named)| {
        let differs = |of: &dyn Fn(&Report) -> Option<String>| {
            let first = named.first().and_then(of);
            named.iter().any(|r| of(r) != first)
        };
        differs(&|r| given(story, *r).map(|g| figure_value(g.figure)))
            && differs(&|r| given(story, *r).map(|g| g.appearance.article.to_string()))
    });
    groups
}

/// "a", "a and b", "a; b; and c": semicolons past two, as each item may hold commas.
fn in_a_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [first, second] => format!("{first} and {second}"),
        [init @ .., last] => format!("{}; and {last}", init.join("; ")),
    }
}
