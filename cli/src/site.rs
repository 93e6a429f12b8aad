//! `claimline site`: checks the stories, then writes a folder for any static host: the
//! app's files, each story's data files and its page; for several stories, one folder
//! each and an index page listing them.

use crate::check::check_files;
use crate::out::say;
use claimline_core::model::Story;
use claimline_core::publish::{
    claim_pages, claim_takeaways, listing, offline, story_page, DataFiles, Listed, CLAIMS_DIR,
    DATA_DIR,
};
use std::fs;
use std::path::{Path, PathBuf};

pub fn publish(files: &[PathBuf], app: &Path, out: &Path) -> Result<(), String> {
    let stories =
        check_files(files).map_err(|problems| format!("{problems}: nothing was published"))?;
    let template = fs::read_to_string(app.join("index.html")).map_err(|e| {
        format!(
            "{}: {e} (is it the app's release build?)",
            app.join("index.html").display()
        )
    })?;
    if let [story] = &stories[..] {
        publish_story(story, &template, app, out)?;
        say(&format!("published “{}” in {}", story.title, out.display()));
        return Ok(());
    }
    let folders = folders(files)?;
    let mut listed = Vec::new();
    for ((story, folder), file) in stories.iter().zip(&folders).zip(files) {
        let dir = out.join(folder);
        publish_story(story, &template, app, &dir)?;
        say(&format!(
            "published {} as {}",
            file.display(),
            dir.display()
        ));
        listed.push(Listed {
            story,
            folder: folder.clone(),
        });
    }
    // The index page is styled by the app's stylesheet, and shows its icon.
    let stylesheet = copy_matching(app, out, |name| name.ends_with(".css"))?;
    copy_matching(app, out, |name| name == "favicon.svg")?;
    let stylesheet =
        stylesheet.ok_or("the app has no stylesheet (is it the app's release build?)")?;
    write(out, "index.html", listing(&listed, &stylesheet).as_bytes())?;
    say(&format!(
        "wrote the index of {} stories in {}",
        stories.len(),
        out.display()
    ));
    Ok(())
}

/// One story's folder: the app's files, its data files and its page. Publishing into
/// the app's own folder (as the build does) writes only the story's files.
fn publish_story(story: &Story, template: &str, app: &Path, dir: &Path) -> Result<(), String> {
    let files = DataFiles::of(story);
    let app_files = app_files(app)?;
    // The app's page carries its stylesheet inline; the claims' pages link its file.
    let css = app_files
        .iter()
        .find(|name| name.ends_with(".css"))
        .ok_or("the app has no stylesheet (is it the app's release build?)")?;
    let mut pages = claim_pages(story, css);
    pages.extend(claim_takeaways(story));
    let version = offline::version(&app_files, files.all().chain(&pages));
    let page = story_page(template, story, &files, &version)?;
    fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    if !same_folder(app, dir) {
        copy_matching(app, dir, is_app_file)?;
    }
    // Data files and claims' pages of an earlier publication go: a claim since removed
    // keeps no page.
    for folder in [DATA_DIR, CLAIMS_DIR] {
        let old = dir.join(folder);
        if old.exists() {
            fs::remove_dir_all(&old).map_err(|e| format!("{}: {e}", old.display()))?;
        }
    }
    let manifest = offline::manifest(story);
    // What the worker keeps at the first visit: the app, the story's files, and the
    // claims' pages while there are not too many.
    let mut kept = app_files;
    kept.push(manifest.path.clone());
    kept.extend(files.all().map(|file| file.path.clone()));
    if story.claims.len() <= offline::CLAIM_PAGES_KEPT {
        kept.extend(pages.iter().map(|page| page.path.clone()));
    }
    let worker = offline::service_worker(&kept, &version);
    for output in files.all().chain(&pages).chain([&manifest, &worker]) {
        write(dir, &output.path, &output.bytes)?;
    }
    write(dir, "index.html", page.as_bytes())
}

/// The app's own files, by name: everything in its folder but the page and what a
/// publication writes beside it.
fn app_files(app: &Path) -> Result<Vec<String>, String> {
    file_names(app, is_app_file)
}

fn is_app_file(name: &str) -> bool {
    !["index.html", offline::WORKER, offline::MANIFEST].contains(&name)
}

/// The names of the files (not folders) in `dir` that are `wanted`, sorted.
fn file_names(dir: &Path, wanted: impl Fn(&str) -> bool) -> Result<Vec<String>, String> {
    let entries = fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut names: Vec<String> = entries
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|name| wanted(name))
        .collect();
    names.sort();
    Ok(names)
}

/// A folder name for each story, from its file's name: lower-case letters, digits and
/// hyphens, so that it reads well in an address.
fn folders(files: &[PathBuf]) -> Result<Vec<String>, String> {
    let mut folders: Vec<String> = Vec::new();
    for file in files {
        let stem = file.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        let folder: String = stem
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() {
                    c.to_ascii_lowercase()
                } else {
                    '-'
                }
            })
            .collect();
        let folder = folder.trim_matches('-').to_owned();
        if folder.is_empty() || folders.contains(&folder) || folder == DATA_DIR {
            return Err(format!(
                "{}: its file name gives the folder “{folder}”, which is empty or taken: rename the file",
                file.display()
            ));
        }
        folders.push(folder);
    }
    Ok(folders)
}

fn same_folder(a: &Path, b: &Path) -> bool {
    matches!((a.canonicalize(), b.canonicalize()), (Ok(a), Ok(b)) if a == b)
}

/// Copies the files of the app's folder (not its sub-folders: the app is flat) whose
/// names pass `wanted`; gives the name of the last one copied.
fn copy_matching(
    from: &Path,
    to: &Path,
    wanted: impl Fn(&str) -> bool,
) -> Result<Option<String>, String> {
    fs::create_dir_all(to).map_err(|e| format!("{}: {e}", to.display()))?;
    let mut names = file_names(from, wanted)?;
    for name in &names {
        fs::copy(from.join(name), to.join(name))
            .map_err(|e| format!("{}: {e}", to.join(name).display()))?;
    }
    Ok(names.pop())
}

fn write(dir: &Path, path: &str, bytes: &[u8]) -> Result<(), String> {
    let file = dir.join(path);
    if let Some(parent) = file.parent() {
        fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
    }
    fs::write(&file, bytes).map_err(|e| format!("{}: {e}", file.display()))
}
