//! `claimline check`: every problem of each story file, at its line and column.

use crate::out::say;
use claimline_core::load::check_bytes;
use claimline_core::model::Story;
use std::path::{Path, PathBuf};

/// How many problems of a file are printed; the rest are counted. A file broken
/// throughout (a wrong encoding, a list pasted twice) says as much in its first ones.
pub const SHOWN: usize = 200;

/// Checks each file and prints every problem as `file:line:column: path (item): what`;
/// gives the stories when all are clean, else how many problems there were.
pub fn check_files(files: &[PathBuf]) -> Result<Vec<Story>, String> {
    let mut stories = Vec::new();
    let mut problems = 0;
    for file in files {
        match check_file(file) {
            Ok(story) => {
                say(&format!(
                    "{}: no problems ({} claims)",
                    file.display(),
                    story.claims.len()
                ));
                stories.push(story);
            }
            Err(found) => problems += found,
        }
    }
    match problems {
        0 => Ok(stories),
        1 => Err("1 problem".into()),
        n => Err(format!("{n} problems")),
    }
}

/// The story, or the number of problems found.
fn check_file(file: &Path) -> Result<Story, usize> {
    let name = file.display();
    let bytes = match std::fs::read(file) {
        Ok(bytes) => bytes,
        Err(error) => {
            say(&format!("{name}: cannot be read: {error}"));
            return Err(1);
        }
    };
    let checked = check_bytes(&bytes);
    for problem in checked.problems.iter().take(SHOWN) {
        say(&format!("{name}:{problem}"));
    }
    if let Some(more) = checked.problems.len().checked_sub(SHOWN).filter(|&n| n > 0) {
        say(&format!(
            "{name}: and {more} more {} (the first {SHOWN} are shown)",
            if more == 1 { "problem" } else { "problems" }
        ));
    }
    if checked.skipped > 0 {
        let count = match checked.skipped {
            1 => "1 check".to_owned(),
            n => format!("{n} checks"),
        };
        say(&format!(
            "{name}: {count} skipped, resting on items that could not be read: check \
             again once those are fixed"
        ));
    }
    match checked.story {
        Some(story) if checked.problems.is_empty() => Ok(story),
        _ => Err(checked.problems.len().max(1)),
    }
}
