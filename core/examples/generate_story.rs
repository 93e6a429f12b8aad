//! Writes a generated story as JSON, for benchmarks: the app embeds it in place of the
//! bundled story when built with `CLAIMLINE_STORY=<file>`.
//!
//!     cargo run --release -p claimline-core --features load --example generate_story -- 10000 target/bench/story-10000.json --articles 20
//!
//! Arguments: the number of claims (default 10,000), the file to write (default
//! `target/bench/story-<N>.json`), and a seed (default 1); `--articles K`, anywhere, the
//! number of articles (default 8, from 1 to 1,000). The same arguments always write the
//! same file.

use claimline_core::model::validate::validate;
use claimline_core::synthetic;
use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    match run() {
        Ok(message) => {
            println!("{message}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<String, String> {
    let (articles, positional) = articles_option(std::env::args().skip(1).collect())?;
    let mut args = positional.into_iter();
    let count: usize = match args.next() {
        Some(n) => n
            .parse()
            .map_err(|_| format!("“{n}” is not a number of claims"))?,
        None => 10_000,
    };
    let out = args.next().map_or_else(
        || PathBuf::from(format!("target/bench/story-{count}.json")),
        PathBuf::from,
    );
    let seed: u64 = match args.next() {
        Some(s) => s.parse().map_err(|_| format!("“{s}” is not a seed"))?,
        None => 1,
    };
    let story = synthetic::story_of(count, articles, seed);
    // The generator promises a valid story; a broken promise must not reach a benchmark.
    let problems = validate(&story);
    if let Some(first) = problems.first() {
        return Err(format!(
            "the generated story has {} problems, the first: {first}",
            problems.len()
        ));
    }
    let json = serde_json::to_string(&story).map_err(|e| e.to_string())?;
    if let Some(dir) = out.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    std::fs::write(&out, &json).map_err(|e| format!("{}: {e}", out.display()))?;
    Ok(format!(
        "wrote {}: {} claims, {} actors, {} articles, {} bytes",
        out.display(),
        story.claims.len(),
        story.actors.len(),
        story.articles.len(),
        json.len()
    ))
}

/// `--articles K` taken out of the arguments: the article count, and the others in order.
fn articles_option(args: Vec<String>) -> Result<(usize, Vec<String>), String> {
    let mut articles = synthetic::DEFAULT_ARTICLES;
    let mut rest = Vec::new();
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        if arg != "--articles" {
            rest.push(arg);
            continue;
        }
        let k = args.next().ok_or("--articles needs a number of articles")?;
        articles = k
            .parse()
            .ok()
            .filter(|k| (1..=synthetic::MAX_ARTICLES).contains(k))
            .ok_or_else(|| {
                format!(
                    "“{k}” is not a number of articles from 1 to {}",
                    synthetic::MAX_ARTICLES
                )
            })?;
    }
    Ok((articles, rest))
}
