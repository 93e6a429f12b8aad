//! `claimline`: checks story files, and publishes them beside the app as a folder any
//! static host can serve.
//!
//!     claimline check STORY.json…
//!     claimline site STORY.json… --app DIR --out DIR

// A native tool: the page's size rules (clippy.toml) do not bind it.
#![allow(clippy::disallowed_methods, clippy::disallowed_types)]

mod check;
mod out;
mod site;
mod swap;

use out::{say, warn};

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage:
  claimline check STORY.json…                      report every problem of each story file
  claimline site STORY.json… --app DIR --out DIR   check, then publish the stories with the
                                                   app's release build (DIR from trunk build)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let outcome = match args.split_first() {
        Some((command, rest)) if command == "check" && !rest.is_empty() => {
            let files: Vec<PathBuf> = rest.iter().map(PathBuf::from).collect();
            check::check_files(&files).map(|_| ())
        }
        Some((command, rest)) if command == "site" => {
            site_args(rest).and_then(|(stories, app, out)| site::publish(&stories, &app, &out))
        }
        Some((help, _)) if help == "--help" || help == "-h" || help == "help" => {
            USAGE.lines().for_each(say);
            return ExitCode::SUCCESS;
        }
        _ => {
            USAGE.lines().for_each(warn);
            return ExitCode::from(2);
        }
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            // Each line on its own, so that none carries a line break from a story.
            let mut lines = message.lines();
            warn(&format!("claimline: {}", lines.next().unwrap_or_default()));
            lines.for_each(warn);
            ExitCode::FAILURE
        }
    }
}

/// The story files, `--app` and `--out` of `claimline site`.
fn site_args(args: &[String]) -> Result<(Vec<PathBuf>, PathBuf, PathBuf), String> {
    let (mut stories, mut app, mut out) = (Vec::new(), None, None);
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--app" => app = args.next().map(PathBuf::from),
            "--out" => out = args.next().map(PathBuf::from),
            flag if flag.starts_with("--") => {
                return Err(format!("unknown option {flag}\n{USAGE}"))
            }
            file => stories.push(PathBuf::from(file)),
        }
    }
    match (stories.is_empty(), app, out) {
        (false, Some(app), Some(out)) => Ok((stories, app, out)),
        _ => Err(format!(
            "site needs story files, --app DIR and --out DIR\n{USAGE}"
        )),
    }
}
