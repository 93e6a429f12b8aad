//! Putting a publication into `--out` without losing anything: `site` writes only the
//! files it owns (listed in `.claimline-site`), refuses to replace any other, never
//! writes through a symbolic link, and swaps the new publication in so that a failure
//! at any step leaves the earlier one working.
//!
//! Why this way: `--out` may hold the author's own files (drafts, the story file
//! itself), so the publication cannot be a folder renamed over the old one. Instead
//! the whole publication is first written to a staging folder inside `--out` (the same
//! file system, so each move is a rename; and the one place `site` is known to be
//! allowed to write), then moved in file by file: files named by their content first
//! (new names, nothing is replaced), then the claims' pages and the worker (each
//! rename replaces one complete file by another), the story's page last. Until then the
//! old page is served with its own data files; the old files go only once the new page
//! is in place.

use claimline_core::publish::{offline::WORKER, Output};
use std::collections::BTreeSet;
use std::fs;
use std::io::ErrorKind;
use std::path::{Component, Path};

/// The list of the files `site` wrote in a folder, one path a line.
pub const OWNED: &str = ".claimline-site";
/// Where a publication is written before it is moved in; removed afterwards.
const STAGING: &str = ".claimline-staging";

/// Writes `files` (paths relative to `out`) into `out`, removes the files of the
/// previous publication that this one no longer has, and lists what it wrote.
pub fn put(out: &Path, files: &[Output]) -> Result<(), String> {
    fs::create_dir_all(out).map_err(|e| format!("{}: {e}", out.display()))?;
    let owned = owned(out)?;
    let mut foreign = Vec::new();
    for file in files {
        if present(out, &file.path)? && !owned.contains(&file.path) {
            foreign.push(out.join(&file.path).display().to_string());
        }
    }
    if !foreign.is_empty() {
        return Err(format!(
            "{} already in {} and not written by “claimline site”; nothing was published. \
             Move them elsewhere (or publish into another folder), then publish again:\n{}",
            if foreign.len() == 1 {
                "a file is"
            } else {
                "files are"
            },
            out.display(),
            foreign.join("\n")
        ));
    }
    let staging = out.join(STAGING);
    let outcome = stage(&staging, files).and_then(|()| {
        // Everything this run may leave in `out`, should it stop half way: still owned.
        let mut both = owned.clone();
        both.extend(files.iter().map(|file| file.path.clone()));
        list(out, &staging, &both)?;
        move_in(out, &staging, files)?;
        let kept: BTreeSet<String> = files.iter().map(|file| file.path.clone()).collect();
        for stale in owned.difference(&kept) {
            remove(out, stale)?;
        }
        list(out, &staging, &kept)
    });
    // The staging folder is this run's alone: it goes whatever happened.
    let _ = fs::remove_dir_all(&staging);
    outcome
}

/// The paths the previous publication listed; none when there was none.
fn owned(out: &Path) -> Result<BTreeSet<String>, String> {
    let file = out.join(OWNED);
    if fs::symlink_metadata(&file).is_ok_and(|m| m.file_type().is_symlink()) {
        return Err(symlink(&file));
    }
    match fs::read_to_string(&file) {
        Ok(text) => Ok(text
            .lines()
            .filter(|line| !line.is_empty() && !line.starts_with('#'))
            // A path that leads out of the folder is none of `site`'s, whoever wrote it.
            .filter(|line| inside(line))
            .map(str::to_owned)
            .collect()),
        Err(e) if e.kind() == ErrorKind::NotFound => Ok(BTreeSet::new()),
        Err(e) => Err(format!("{}: {e}", file.display())),
    }
}

/// A relative path of plain names: nothing that climbs out of the folder.
fn inside(path: &str) -> bool {
    Path::new(path)
        .components()
        .all(|c| matches!(c, Component::Normal(_)))
}

/// Whether `path` exists under `out`, having checked that no part of it, the file
/// itself included, is a symbolic link: `site` never writes or deletes through one.
fn present(out: &Path, path: &str) -> Result<bool, String> {
    let mut at = out.to_path_buf();
    for part in Path::new(path).components() {
        at.push(part);
        match fs::symlink_metadata(&at) {
            Ok(meta) if meta.file_type().is_symlink() => return Err(symlink(&at)),
            Ok(_) => {}
            Err(e) if e.kind() == ErrorKind::NotFound => return Ok(false),
            Err(e) => return Err(format!("{}: {e}", at.display())),
        }
    }
    Ok(true)
}

fn symlink(path: &Path) -> String {
    format!(
        "{} is a symbolic link: “claimline site” never writes through one, so nothing was \
         published. Put a real folder or file there, or publish into another folder",
        path.display()
    )
}

/// Writes every file under the staging folder, made afresh.
fn stage(staging: &Path, files: &[Output]) -> Result<(), String> {
    match fs::symlink_metadata(staging) {
        Ok(meta) if meta.is_dir() => fs::remove_dir_all(staging),
        Ok(_) => fs::remove_file(staging),
        Err(_) => Ok(()),
    }
    .map_err(|e| format!("{}: {e}", staging.display()))?;
    for file in files {
        write(&staging.join(&file.path), &file.bytes)?;
    }
    Ok(())
}

fn write(file: &Path, bytes: &[u8]) -> Result<(), String> {
    if let Some(parent) = file.parent() {
        fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
    }
    fs::write(file, bytes).map_err(|e| format!("{}: {e}", file.display()))
}

/// Moves the staged files into `out`, the pages that name the others last.
fn move_in(out: &Path, staging: &Path, files: &[Output]) -> Result<(), String> {
    let mut order: Vec<&str> = files.iter().map(|file| &*file.path).collect();
    order.sort_by_key(|path| last(path));
    for path in order {
        let to = out.join(path);
        // Checked again: the folder may have changed since the check before staging.
        present(out, path)?;
        if let Some(parent) = to.parent() {
            fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
        }
        fs::rename(staging.join(path), &to).map_err(|e| {
            format!(
                "{}: {e}: publishing stopped there; the earlier publication still works, \
                 with some new files beside it. Fix this and publish again",
                to.display()
            )
        })?;
    }
    Ok(())
}

/// When a file is moved in: those named by their content first, then the claims'
/// pages, the worker, each story's page, and the index of several stories.
fn last(path: &str) -> u8 {
    let name = path.rsplit('/').next().unwrap_or(path);
    match (name, path.contains('/')) {
        ("index.html", false) => 3,
        ("index.html", true) => 2,
        (WORKER, _) => 1,
        _ => 0,
    }
}

/// Removes a file of the previous publication, and its folder once empty.
fn remove(out: &Path, path: &str) -> Result<(), String> {
    if !present(out, path)? {
        return Ok(());
    }
    let file = out.join(path);
    if !fs::symlink_metadata(&file).is_ok_and(|m| m.is_file()) {
        return Ok(());
    }
    fs::remove_file(&file).map_err(|e| format!("{}: {e}", file.display()))?;
    // Only an empty folder goes: anything else in it is kept.
    let mut folder = file.parent();
    while let Some(dir) = folder.filter(|dir| *dir != out) {
        if fs::remove_dir(dir).is_err() {
            break;
        }
        folder = dir.parent();
    }
    Ok(())
}

/// Writes the list of owned files, by rename so that it is never half written.
fn list(out: &Path, staging: &Path, paths: &BTreeSet<String>) -> Result<(), String> {
    let mut text = String::from(
        "# The files \"claimline site\" wrote here, and the only ones it replaces or removes.\n",
    );
    for path in paths {
        text.push_str(path);
        text.push('\n');
    }
    let staged = staging.join(OWNED);
    write(&staged, text.as_bytes())?;
    let to = out.join(OWNED);
    fs::rename(&staged, &to).map_err(|e| format!("{}: {e}", to.display()))
}
