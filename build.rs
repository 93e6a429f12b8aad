//! Embeds the bundled story: parses `src/data/story.json` with the core crate's model
//! and writes it out as a `static` of borrowed data, so the app starts with the story in
//! memory and carries no JSON parser. A file that does not parse fails the build with a
//! message naming the item and the field; `cargo test` checks the rest. What the Compare
//! view shows of the two articles side by side (quote runs, word diffs) is worked out
//! here too, so the app carries no diff or text-search code.

use std::{env, fs, path::Path};

/// The story the app bundles, unless `CLAIMLINE_STORY` names another file (benchmarks
/// build generated stories of thousands of claims this way).
const STORY: &str = "src/data/story.json";

fn main() {
    println!("cargo::rerun-if-env-changed=CLAIMLINE_STORY");
    let story_file = env::var("CLAIMLINE_STORY").unwrap_or_else(|_| STORY.to_owned());
    println!("cargo::rerun-if-changed={story_file}");
    let json =
        fs::read_to_string(&story_file).unwrap_or_else(|e| panic!("cannot read {story_file}: {e}"));
    let story = match claimline_core::load::parse(&json) {
        Ok(story) => story,
        Err(message) => {
            eprintln!("error: {story_file}: {message}");
            std::process::exit(1);
        }
    };
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).to_owned();
    let code = claimline_core::embed::to_rust(&story);
    fs::write(out.join("bundled_story.rs"), code).expect("write the bundled story");
    let comparison = claimline_core::compare::comparison(&story);
    let code = claimline_core::embed::comparison_to_rust(&comparison);
    fs::write(out.join("bundled_comparison.rs"), code).expect("write the comparison");
}
