//! `claimline site`: checks the stories, then writes a folder for any static host: the
//! app's files, each story's data files and its page; for several stories, one folder
//! each and an index page listing them.

use crate::check::check_files;
use crate::out::say;
use crate::swap::put;
use claimline_core::model::Story;
use claimline_core::publish::{
    claim_pages, claim_takeaways, listing, offline, story_page, DataFiles, Listed, Output, DATA_DIR,
};
use std::fs;
use std::path::{Path, PathBuf};

pub fn publish(files: &[PathBuf], app: &Path, out: &Path) -> Result<(), String> {
    let stories =
        check_files(files).map_err(|problems| format!("{problems}: nothing was published"))?;
    // The app's page is the template of every story's: publishing over it would lose it.
    if resolved(out).starts_with(resolved(app)) {
        return Err(format!(
            "{} is the app's folder {} or inside it: publishing there would replace the \
             app's own page, so nothing was published. Give --out another folder",
            out.display(),
            app.display()
        ));
    }
    let template = fs::read_to_string(app.join("index.html")).map_err(|e| {
        format!(
            "{}: {e} (is it the app's release build?)",
            app.join("index.html").display()
        )
    })?;
    let app_files = app_files(app)?;
    if let [story] = &stories[..] {
        put(out, &story_files(story, &template, &app_files)?)?;
        say(&format!("published “{}” in {}", story.title, out.display()));
        return Ok(());
    }
    let folders = folders(files)?;
    let mut listed = Vec::new();
    let mut outputs = Vec::new();
    for (story, folder) in stories.iter().zip(&folders) {
        outputs.extend(
            story_files(story, &template, &app_files)?
                .into_iter()
                .map(|file| Output {
                    path: format!("{folder}/{}", file.path),
                    bytes: file.bytes,
                }),
        );
        listed.push(Listed {
            story,
            folder: folder.clone(),
        });
    }
    // The index page is styled by the app's stylesheet, and shows its icon.
    let stylesheet = stylesheet(&app_files)?;
    let shared = app_files
        .iter()
        .filter(|file| file.path == stylesheet || file.path == "favicon.svg");
    outputs.extend(shared.map(|file| Output {
        path: file.path.clone(),
        bytes: file.bytes.clone(),
    }));
    outputs.push(Output {
        path: "index.html".to_owned(),
        bytes: listing(&listed, &stylesheet).into_bytes(),
    });
    put(out, &outputs)?;
    for (file, folder) in files.iter().zip(&folders) {
        say(&format!(
            "published {} as {}",
            file.display(),
            out.join(folder).display()
        ));
    }
    say(&format!(
        "wrote the index of {} stories in {}",
        stories.len(),
        out.display()
    ));
    Ok(())
}

/// One story's folder: the app's files, its data files and its page.
fn story_files(story: &Story, template: &str, app_files: &[Output]) -> Result<Vec<Output>, String> {
    let files = DataFiles::of(story);
    let names: Vec<String> = app_files.iter().map(|file| file.path.clone()).collect();
    // The app's page carries its stylesheet inline; the claims' pages link its file.
    let mut pages = claim_pages(story, &stylesheet(app_files)?);
    pages.extend(claim_takeaways(story));
    let version = offline::version(&names, files.all().chain(&pages));
    let page = story_page(template, story, &files, &version)?;
    let manifest = offline::manifest(story);
    // What the worker keeps at the first visit: the app, the story's files, and the
    // claims' pages while there are not too many.
    let mut kept = names;
    kept.push(manifest.path.clone());
    kept.extend(files.all().map(|file| file.path.clone()));
    if story.claims.len() <= offline::CLAIM_PAGES_KEPT {
        kept.extend(pages.iter().map(|page| page.path.clone()));
    }
    let worker = offline::service_worker(&kept, &version);
    let mut outputs: Vec<Output> = app_files
        .iter()
        .map(|file| Output {
            path: file.path.clone(),
            bytes: file.bytes.clone(),
        })
        .collect();
    let DataFiles {
        story: story_file,
        compare_view,
        compare_pairs,
        figures,
        exports,
    } = files;
    outputs.push(story_file);
    outputs.extend(compare_view);
    outputs.extend(compare_pairs.into_iter().map(|(_, file)| file));
    outputs.extend(figures.into_iter().map(|(_, file)| file));
    outputs.extend(exports.into_iter().map(|(_, file)| file));
    outputs.extend(pages);
    outputs.extend([manifest, worker]);
    outputs.push(Output {
        path: "index.html".to_owned(),
        bytes: page.into_bytes(),
    });
    Ok(outputs)
}

fn stylesheet(app_files: &[Output]) -> Result<String, String> {
    app_files
        .iter()
        .map(|file| file.path.clone())
        .find(|name| name.ends_with(".css"))
        .ok_or_else(|| "the app has no stylesheet (is it the app's release build?)".to_owned())
}

/// The app's own files, by name and content: every file in its folder but the page,
/// what a publication writes beside it, and hidden files. The app is flat: its
/// sub-folders are a publication's. A file that is a symbolic link is read through it
/// when it leads to a file in the app's folder; any other is refused, never skipped.
fn app_files(app: &Path) -> Result<Vec<Output>, String> {
    let entries = fs::read_dir(app).map_err(|e| format!("{}: {e}", app.display()))?;
    let home = resolved(app);
    let mut files = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| format!("{}: {e}", app.display()))?;
        let path = entry.path();
        let Ok(name) = entry.file_name().into_string() else {
            continue;
        };
        if !is_app_file(&name) {
            continue;
        }
        let kind = entry
            .file_type()
            .map_err(|e| format!("{}: {e}", path.display()))?;
        if kind.is_symlink() {
            let target = path.canonicalize().ok();
            if !target
                .as_ref()
                .is_some_and(|target| target.is_file() && target.starts_with(&home))
            {
                return Err(format!(
                    "{} is a symbolic link to {}, not to a file in the app's folder: \
                     nothing was published. Put the file itself there",
                    path.display(),
                    fs::read_link(&path)
                        .map(|to| to.display().to_string())
                        .unwrap_or_else(|_| "nothing".to_owned())
                ));
            }
        } else if !kind.is_file() {
            continue;
        }
        let bytes = fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        files.push(Output { path: name, bytes });
    }
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(files)
}

fn is_app_file(name: &str) -> bool {
    !name.starts_with('.') && !["index.html", offline::WORKER, offline::MANIFEST].contains(&name)
}

/// A path with its links and `..` resolved, as far as it exists; the rest as given.
fn resolved(path: &Path) -> PathBuf {
    let mut existing = path;
    let mut rest = Vec::new();
    loop {
        if let Ok(real) = existing.canonicalize() {
            return rest.iter().rev().fold(real, |at, part| at.join(part));
        }
        match (existing.parent(), existing.file_name()) {
            (Some(parent), Some(name)) => {
                rest.push(name.to_owned());
                existing = if parent.as_os_str().is_empty() {
                    Path::new(".")
                } else {
                    parent
                };
            }
            _ => return path.to_path_buf(),
        }
    }
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
