//! `claimline` as a story author runs it: on good and broken files, and publishing.

#![allow(clippy::disallowed_methods, clippy::disallowed_types)]

use std::ffi::OsStr;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const REGATTA: &str = "../tests/fixtures/stories/harbour-regatta.json";
const SMALL: &str = "../core/tests/fixtures/small-story.json";

fn claimline(args: &[impl AsRef<OsStr>]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_claimline"))
        .args(args)
        .output()
        .expect("claimline runs")
}

/// `claimline site` on these stories, with the app in `app`, into `out`.
fn site(stories: &[&str], app: &Path, out: &Path) -> Output {
    let mut args: Vec<&OsStr> = vec![OsStr::new("site")];
    args.extend(stories.iter().map(OsStr::new));
    args.extend([
        OsStr::new("--app"),
        app.as_os_str(),
        OsStr::new("--out"),
        out.as_os_str(),
    ]);
    claimline(&args)
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// A fresh folder under the build's own temporary space.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).expect("scratch folder");
    dir
}

/// A release build of the app, in short: its page, script, module and stylesheet.
fn fake_app(dir: &Path) -> PathBuf {
    let app = dir.join("app");
    fs::create_dir_all(&app).expect("app folder");
    fs::write(
        app.join("index.html"),
        "<!doctype html><html lang=en><meta charset=utf-8>\
         <meta content=\"Who claims what.\" name=description><title>Claimline</title>\
         <link href=./main-1.css rel=stylesheet></head><body><header class=masthead id=masthead></header><div id=app></div></body></html>",
    )
    .expect("page");
    for (name, text) in [
        ("main-1.css", "body{}"),
        ("app-1.js", "//"),
        ("app-1_bg.wasm", "\0asm"),
        ("favicon.svg", "<svg/>"),
    ] {
        fs::write(app.join(name), text).expect("app file");
    }
    app
}

/// A copy of a story file with `edit` applied to its JSON.
fn broken(dir: &Path, name: &str, edit: impl FnOnce(&mut serde_json::Value)) -> PathBuf {
    let mut story: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(REGATTA).expect("fixture")).expect("JSON");
    edit(&mut story);
    let file = dir.join(name);
    fs::write(&file, serde_json::to_string_pretty(&story).expect("JSON")).expect("write");
    file
}

#[test]
fn a_clean_story_passes_the_check() {
    let output = claimline(&["check", REGATTA, SMALL]);
    assert!(output.status.success(), "{}", stdout(&output));
    assert!(stdout(&output).contains("harbour-regatta.json: no problems (16 claims)"));
}

#[test]
fn every_problem_is_reported_at_once_with_its_place_path_and_item() {
    let dir = scratch("check-broken");
    let file = broken(&dir, "broken.json", |story| {
        story["claims"][2]["appearances"][0]["quotes"][0] =
            "Words the article never printed.".into();
        story["claims"][4]["made"]["infered"] = "a typo".into();
        story["claims"][5]["topics"][0] = "no-such-topic".into();
        story["claims"][6]["appearances"][0]["chain"][0]["actors"][0] = "nobody".into();
    });
    let file = file.to_str().expect("path");
    let output = claimline(&["check", file]);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    // The typo is a shape problem; the claims that read are checked all the same.
    for expected in [
        "claims[4].made.infered (claim “",
        "unknown field “infered” (a misspelling?)",
        "claims[2].appearances[0].quotes[0] (claim “",
        "not found verbatim in one paragraph",
        "claims[5].topics[0] (claim “",
        "claims[6].appearances[0].chain[0].actors[0] (claim “",
        "“nobody” does not name a known item",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in\n{text}");
    }
    // What rests on the unread claim (the coverage of its articles) waits for it.
    assert!(
        text.contains("skipped, resting on items that could not be read"),
        "{text}"
    );
    let line = text
        .lines()
        .find(|l| l.contains("infered"))
        .expect("reported");
    let place: Vec<&str> = line
        .trim_start_matches(file)
        .trim_start_matches(':')
        .splitn(3, ':')
        .collect();
    assert!(
        place[0].parse::<usize>().is_ok() && place[1].parse::<usize>().is_ok(),
        "{line}"
    );

    let file = broken(&dir, "unfaithful.json", |story| {
        story["claims"][2]["appearances"][0]["quotes"][0] =
            "Words the article never printed.".into();
        story["claims"][5]["topics"][0] = "no-such-topic".into();
        story["articles"][0]["url"] = "ftp://nowhere".into();
    });
    let output = claimline(&["check", file.to_str().expect("path")]);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    for expected in [
        "claims[2].appearances[0].quotes[0] (claim “",
        "not found verbatim in one paragraph",
        "claims[5].topics[0] (claim “",
        "“no-such-topic” does not name a known item",
        "articles[0].url (article “",
        "sentence belongs to no claim",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in\n{text}");
    }
    assert!(text.lines().count() >= 4, "{text}");
}

#[test]
fn a_json_syntax_error_names_its_line_and_column() {
    let dir = scratch("check-syntax");
    let file = dir.join("cut.json");
    fs::write(
        &file,
        "{\n  \"title\": \"Cut\",\n  \"claims\": [\n    {\"id\": }\n",
    )
    .expect("write");
    let output = claimline(&["check", file.to_str().expect("path")]);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    assert!(
        text.contains("cut.json:4:12: not valid JSON: expected value"),
        "{text}"
    );
}

#[test]
fn a_story_is_published_beside_the_app_with_its_own_page() {
    let dir = scratch("site-one");
    let app = fake_app(&dir);
    let out = dir.join("out");
    let output = site(&[REGATTA], &app, &out);
    assert!(
        output.status.success(),
        "{}{}",
        stdout(&output),
        String::from_utf8_lossy(&output.stderr)
    );
    let page = fs::read_to_string(out.join("index.html")).expect("page");
    assert!(
        page.contains("<title>The Saltmarsh Harbour regatta: who claims what · Claimline</title>"),
        "{page}"
    );
    assert!(
        page.contains("<html lang=\"en\">") && !page.contains("Who claims what."),
        "{page}"
    );
    for name in ["main-1.css", "app-1.js", "app-1_bg.wasm", "favicon.svg"] {
        assert!(out.join(name).exists(), "{name}");
    }
    let data: Vec<String> = fs::read_dir(out.join("data"))
        .expect("data folder")
        .map(|e| e.expect("entry").file_name().into_string().expect("name"))
        .collect();
    // The story, its Compare view (the table, and its one pair of articles) and a
    // Figures view per quantity with figures.
    let kind = |prefix: &str| data.iter().filter(|n| n.starts_with(prefix)).count();
    assert_eq!((kind("story-"), kind("compare-")), (1, 2), "{data:?}");
    assert!(kind("figures-") > 0, "{data:?}");
    assert_eq!(data.len(), 3 + kind("figures-"), "nothing else: {data:?}");
    for name in &data {
        assert!(page.contains(&format!("data/{name}")), "{name} is linked");
    }
    // Nothing of the bundled story reaches another story's site.
    for file in fs::read_dir(&out)
        .expect("out")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.is_file())
    {
        let text = String::from_utf8_lossy(&fs::read(&file).expect("read")).to_lowercase();
        for word in ["kursk", "korea", "ukrain", "zelensk"] {
            assert!(!text.contains(word), "{} has {word}", file.display());
        }
    }
}

#[test]
fn several_stories_get_a_folder_each_and_an_index_page() {
    let dir = scratch("site-two");
    let app = fake_app(&dir);
    let out = dir.join("out");
    let output = site(&[REGATTA, SMALL], &app, &out);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    for folder in ["harbour-regatta", "small-story"] {
        assert!(out.join(folder).join("index.html").exists(), "{folder}");
        assert!(out.join(folder).join("app-1_bg.wasm").exists(), "{folder}");
    }
    let index = fs::read_to_string(out.join("index.html")).expect("index");
    assert!(
        index.contains(
            "<a href=\"harbour-regatta/\">The Saltmarsh Harbour regatta: who claims what</a>"
        ),
        "{index}"
    );
    assert!(
        index.contains("<a href=\"small-story/\">A small story for tests</a>"),
        "{index}"
    );
    assert!(
        index.contains("The Saltmarsh Herald") && index.contains("href=\"main-1.css\""),
        "{index}"
    );
    assert!(out.join("main-1.css").exists());
}

#[test]
fn a_broken_story_publishes_nothing() {
    let dir = scratch("site-broken");
    let app = fake_app(&dir);
    let file = broken(&dir, "broken.json", |story| {
        story["claims"][0]["statement"] = 3.into()
    });
    let out = dir.join("out");
    let output = site(&[file.to_str().expect("path")], &app, &out);
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("nothing was published"));
    assert!(!out.exists());
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// The files under `dir`, as `/`-separated paths relative to it, sorted.
fn tree(dir: &Path) -> Vec<String> {
    let mut found = Vec::new();
    let mut folders = vec![dir.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in fs::read_dir(&folder).expect("folder") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                folders.push(path);
            } else {
                let relative = path.strip_prefix(dir).expect("under dir");
                found.push(relative.to_string_lossy().replace('\\', "/"));
            }
        }
    }
    found.sort();
    found
}

/// The regatta with its first claim's statement reworded, as a correction would.
fn corrected(dir: &Path) -> PathBuf {
    broken(dir, "harbour-regatta.json", |story| {
        story["claims"][0]["statement"] =
            "The race committee gave the Harbour Mile to the Saltmarsh crew.".into()
    })
}

/// Every data file and claim's page the story's page at `dir` links, with whether it
/// is there.
fn linked_files_exist(dir: &Path) {
    let page = fs::read_to_string(dir.join("index.html")).expect("page");
    let mut linked = 0;
    for part in page.split('"').filter(|part| part.starts_with("data/")) {
        linked += 1;
        assert!(dir.join(part).is_file(), "{part} is linked but gone");
    }
    assert!(linked > 0, "the page links its data files: {page}");
}

#[test]
fn publishing_again_replaces_only_what_site_wrote() {
    let dir = scratch("site-again");
    let app = fake_app(&dir);
    let out = dir.join("out");
    assert!(site(&[REGATTA], &app, &out).status.success());
    let first = tree(&out);
    // The author's own files, beside and among the published ones.
    for (path, text) in [
        ("data/regatta.json", "the story"),
        ("data/draft.json", "a draft"),
        ("claims/notes.txt", "notes"),
        ("drafts/next.json", "the next story"),
    ] {
        fs::create_dir_all(out.join(path).parent().expect("folder")).expect("folder");
        fs::write(out.join(path), text).expect("author's file");
    }
    let story = corrected(&dir);
    let output = site(&[story.to_str().expect("path")], &app, &out);
    assert!(output.status.success(), "{}", stderr(&output));
    for (path, text) in [
        ("data/regatta.json", "the story"),
        ("data/draft.json", "a draft"),
        ("claims/notes.txt", "notes"),
        ("drafts/next.json", "the next story"),
    ] {
        assert_eq!(
            fs::read_to_string(out.join(path)).ok().as_deref(),
            Some(text)
        );
    }
    linked_files_exist(&out);
    // What went are the first publication's data files, named by their old content.
    let second = tree(&out);
    let gone: Vec<&String> = first.iter().filter(|p| !second.contains(p)).collect();
    assert!(
        gone.iter().any(|path| path.starts_with("data/story-")),
        "{gone:?}"
    );
    let page = fs::read_to_string(out.join("index.html")).expect("page");
    for path in gone {
        assert!(
            path.starts_with("data/") && !page.contains(path.as_str()),
            "{path}"
        );
    }
}

#[test]
fn site_refuses_to_replace_a_file_it_did_not_write() {
    let dir = scratch("site-foreign");
    let app = fake_app(&dir);
    let out = dir.join("out");
    fs::create_dir_all(&out).expect("out");
    fs::write(out.join("index.html"), "my own page").expect("page");
    fs::write(out.join("sw.js"), "my own worker").expect("worker");
    let output = site(&[REGATTA], &app, &out);
    assert_eq!(output.status.code(), Some(1));
    let message = stderr(&output);
    assert!(
        message.contains("not written by “claimline site”"),
        "{message}"
    );
    for name in ["index.html", "sw.js"] {
        assert!(
            message.contains(&out.join(name).display().to_string()),
            "{message}"
        );
    }
    assert_eq!(tree(&out), ["index.html", "sw.js"]);
    assert_eq!(
        fs::read_to_string(out.join("index.html")).expect("page"),
        "my own page"
    );
}

#[cfg(unix)]
#[test]
fn site_never_writes_through_a_symbolic_link() {
    let dir = scratch("site-symlink");
    let app = fake_app(&dir);
    let elsewhere = dir.join("elsewhere");
    fs::create_dir_all(&elsewhere).expect("elsewhere");
    let out = dir.join("out");
    fs::create_dir_all(&out).expect("out");
    std::os::unix::fs::symlink(&elsewhere, out.join("claims")).expect("link");
    let output = site(&[REGATTA], &app, &out);
    assert_eq!(output.status.code(), Some(1));
    let message = stderr(&output);
    assert!(
        message.contains(&format!(
            "{} is a symbolic link",
            out.join("claims").display()
        )),
        "{message}"
    );
    assert!(tree(&elsewhere).is_empty());
    assert!(!out.join("index.html").exists());
}

#[test]
fn site_refuses_to_publish_into_the_app_s_own_folder() {
    let dir = scratch("site-in-place");
    let app = fake_app(&dir);
    let template = fs::read_to_string(app.join("index.html")).expect("page");
    for out in [app.clone(), app.join("."), app.join("site")] {
        let output = site(&[SMALL], &app, &out);
        assert_eq!(output.status.code(), Some(1), "{}", out.display());
        assert!(
            stderr(&output).contains("the app's folder"),
            "{}",
            stderr(&output)
        );
    }
    assert_eq!(
        fs::read_to_string(app.join("index.html")).expect("page"),
        template
    );
    assert!(!app.join("data").exists() && !app.join("site").exists());
}

#[cfg(unix)]
#[test]
fn an_app_file_that_is_a_link_is_published_by_its_content_or_refused() {
    let dir = scratch("site-app-link");
    let app = fake_app(&dir);
    fs::create_dir_all(app.join("build")).expect("folder");
    fs::write(app.join("build/app-2.js"), "// the script").expect("script");
    std::os::unix::fs::symlink("build/app-2.js", app.join("app-2.js")).expect("link");
    let out = dir.join("out");
    let output = site(&[REGATTA], &app, &out);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(
        fs::read_to_string(out.join("app-2.js")).ok().as_deref(),
        Some("// the script")
    );
    // A link out of the app's folder: refused, and said so.
    fs::write(dir.join("outside.js"), "// not the app's").expect("script");
    std::os::unix::fs::symlink(dir.join("outside.js"), app.join("app-3.js")).expect("link");
    let again = dir.join("again");
    let output = site(&[REGATTA], &app, &again);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains(&format!(
            "{} is a symbolic link",
            app.join("app-3.js").display()
        )),
        "{}",
        stderr(&output)
    );
    assert!(!stdout(&output).contains("published"));
    assert!(!again.join("index.html").exists());
}

#[test]
fn a_failure_half_way_leaves_the_earlier_publication_whole() {
    let dir = scratch("site-fails");
    let app = fake_app(&dir);
    let out = dir.join("out");
    assert!(site(&[REGATTA], &app, &out).status.success());
    let page = fs::read_to_string(out.join("index.html")).expect("page");
    let claims: Vec<String> = tree(&out)
        .into_iter()
        .filter(|path| path.starts_with("claims/"))
        .collect();
    assert!(!claims.is_empty());
    // A folder where a file of the publication must go: writing it fails.
    fs::remove_file(out.join("manifest.webmanifest")).expect("manifest");
    fs::create_dir_all(out.join("manifest.webmanifest/in-the-way")).expect("folder");
    let story = corrected(&dir);
    let output = site(&[story.to_str().expect("path")], &app, &out);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("manifest.webmanifest"),
        "{}",
        stderr(&output)
    );
    assert_eq!(
        fs::read_to_string(out.join("index.html")).expect("page"),
        page
    );
    linked_files_exist(&out);
    for path in &claims {
        assert!(out.join(path).is_file(), "{path} is gone");
    }
    // Once the way is clear, publishing again completes, leaving nothing stale.
    fs::remove_dir_all(out.join("manifest.webmanifest")).expect("folder");
    let output = site(&[story.to_str().expect("path")], &app, &out);
    assert!(output.status.success(), "{}", stderr(&output));
    linked_files_exist(&out);
    let stories = tree(&out)
        .into_iter()
        .filter(|path| path.starts_with("data/story-"))
        .count();
    assert_eq!(stories, 1);
}

#[test]
fn a_command_without_what_it_needs_says_how_to_use_it() {
    let output = claimline(&["site", REGATTA]);
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("--app DIR and --out DIR"));
    let output = claimline(&[] as &[&str]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("usage:"));
}

#[test]
fn a_file_of_many_problems_prints_the_first_200_and_counts_the_rest() {
    let dir = scratch("check-many");
    let file = broken(&dir, "many.json", |story| {
        story["claims"][0]["topics"] = (0..250)
            .map(|i| serde_json::Value::from(format!("no-topic-{i}")))
            .collect();
    });
    let output = claimline(&["check", file.to_str().expect("path")]);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    let shown = text
        .lines()
        .filter(|l| l.contains("does not name a known item"))
        .count();
    assert_eq!(shown, 200, "{text}");
    assert!(
        text.lines().last().is_some_and(
            |l| l.ends_with("many.json: and 50 more problems (the first 200 are shown)")
        ),
        "{text}"
    );
    assert!(String::from_utf8_lossy(&output.stderr).contains("claimline: 250 problems"));
}

/// `claimline` with its standard output already closed, as `claimline … | head -0`
/// leaves it: its exit status and what it wrote on standard error.
fn with_stdout_closed(args: &[&OsStr]) -> (Option<i32>, String) {
    let (reader, writer) = std::io::pipe().expect("pipe");
    drop(reader);
    let output = Command::new(env!("CARGO_BIN_EXE_claimline"))
        .args(args)
        .stdout(writer)
        .output()
        .expect("claimline runs");
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn a_closed_standard_output_ends_the_printing_not_the_work() {
    let dir = scratch("closed-stdout");
    let file = broken(&dir, "broken.json", |story| {
        story["claims"][5]["topics"][0] = "no-such-topic".into();
    });
    let (status, stderr) = with_stdout_closed(&[OsStr::new("check"), file.as_os_str()]);
    assert_eq!(status, Some(1), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(stderr.contains("claimline: 1 problem"), "{stderr}");
    let (status, stderr) = with_stdout_closed(&[OsStr::new("check"), OsStr::new(REGATTA)]);
    assert_eq!(status, Some(0), "{stderr}");

    // Several stories: each is published, and the index, though nothing can be told.
    let app = fake_app(&dir);
    let out = dir.join("out");
    let args = [
        OsStr::new("site"),
        OsStr::new(REGATTA),
        OsStr::new(SMALL),
        OsStr::new("--app"),
        app.as_os_str(),
        OsStr::new("--out"),
        out.as_os_str(),
    ];
    let (status, stderr) = with_stdout_closed(&args);
    assert_eq!(status, Some(0), "{stderr}");
    for page in [
        "harbour-regatta/index.html",
        "small-story/index.html",
        "index.html",
    ] {
        assert!(out.join(page).exists(), "{page}");
    }
}

#[test]
fn terminal_escapes_in_a_story_are_printed_escaped() {
    let dir = scratch("check-escapes");
    let file = broken(&dir, "escapes.json", |story| {
        story["claims"][2]["appearances"][0]["quotes"][0] =
            "\u{1b}[1A\u{1b}[2K\rescapes.json: no problems (16 claims)".into();
    });
    let output = claimline(&["check", file.to_str().expect("path")]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        !output.stdout.iter().any(|&b| b == 0x1b || b == b'\r'),
        "{:?}",
        stdout(&output)
    );
    let text = stdout(&output);
    assert!(
        text.contains("“\\u{1b}[1A\\u{1b}[2K\\rescapes.json: no problems (16 claims)”"),
        "{text}"
    );
}

#[test]
fn a_file_that_is_not_utf_8_is_told_where() {
    let dir = scratch("check-latin1");
    let file = dir.join("latin1.json");
    fs::write(&file, b"{\n  \"title\": \"Caf\xe9\"\n}\n").expect("write");
    let output = claimline(&["check", file.to_str().expect("path")]);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    assert!(
        text.contains("latin1.json:2:16: not UTF-8 text from here (the byte 0xE9)"),
        "{text}"
    );
}

/// Not a test but a measurement, run by hand: how long `check` takes on files made to
/// be slow for a checker that is not linear. Use a release build:
/// `cargo test --release -p claimline-cli --test cli -- --ignored --nocapture`.
#[test]
#[ignore]
fn check_timings() {
    let dir = scratch("check-timings");
    let small: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(SMALL).expect("fixture")).expect("JSON");
    let mut repeated = small.clone();
    // A short quote through a paragraph of 0.9 MB.
    repeated["articles"][1]["paragraphs"]
        .as_array_mut()
        .expect("paragraphs")
        .push("Yes. ".repeat(180_000).into());
    repeated["claims"][1]["appearances"]
        .as_array_mut()
        .expect("appearances")
        .push(serde_json::json!({
            "article": "b",
            "chain": [{ "actors": ["south-minister"], "channel": null }],
            "quotes": ["Yes."]
        }));
    let mut files = vec![("repeated-quote", repeated)];
    // A problem a claim, 8,000 and 20,000 of them, in 8 and 20 MB.
    for claims in [8_000, 20_000] {
        let mut story = small.clone();
        let list = story["claims"].as_array_mut().expect("claims");
        let model = list[1].clone();
        for i in 0..claims {
            let mut claim = model.clone();
            claim["id"] = format!("extra-{i}").into();
            claim["statement"] = format!("Supplies are running low. {}", "x".repeat(380)).into();
            claim["topics"] = serde_json::json!(["no-such-topic"]);
            list.push(claim);
        }
        files.push((
            if claims == 8_000 {
                "problems-8mb"
            } else {
                "problems-20mb"
            },
            story,
        ));
    }
    for (name, story) in files {
        let file = dir.join(format!("{name}.json"));
        let text = serde_json::to_string_pretty(&story).expect("JSON");
        fs::write(&file, &text).expect("write");
        let started = std::time::Instant::now();
        let output = claimline(&["check", file.to_str().expect("path")]);
        println!(
            "{name}: {:.1} MB, {:.2} s, {}",
            text.len() as f64 / 1e6,
            started.elapsed().as_secs_f64(),
            String::from_utf8_lossy(&output.stderr).trim()
        );
    }
}
