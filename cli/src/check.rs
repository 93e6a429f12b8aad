//! `claimline check`: every problem of each story file, at its line and column.

use claimline_core::load::check;
use claimline_core::model::Story;
use std::path::{Path, PathBuf};

/// Checks each file and prints every problem as `file:line:column: path (item): what`;
/// gives the stories when all are clean, else how many problems there were.
pub fn check_files(files: &[PathBuf]) -> Result<Vec<Story>, String> {
    let mut stories = Vec::new();
    let mut problems = 0;
    for file in files {
        match check_file(file) {
            Ok(story) => {
                println!(
                    "{}: no problems ({} claims)",
                    file.display(),
                    story.claims.len()
                );
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

/// The story, or the number of problems printed.
fn check_file(file: &Path) -> Result<Story, usize> {
    let json = match std::fs::read_to_string(file) {
        Ok(json) => json,
        Err(error) => {
            println!("{}: cannot be read: {error}", file.display());
            return Err(1);
        }
    };
    let checked = check(&json);
    for problem in &checked.problems {
        println!("{}:{problem}", file.display());
    }
    match checked.story {
        Some(story) if checked.problems.is_empty() => Ok(story),
        _ => Err(checked.problems.len().max(1)),
    }
}
