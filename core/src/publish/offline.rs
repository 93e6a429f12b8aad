//! What makes a published story open offline and install as an app: its web app
//! manifest, and its service worker (`sw.js`) listing this publication's files. The
//! page's `page.js` registers the worker; everything here is relative to the story's
//! folder, so it works under any sub-path.

use super::Output;
use crate::data_file::fnv1a;
use crate::model::Story;

/// The worker's file, beside the story's page: its scope is the story's folder.
pub const WORKER: &str = "sw.js";
/// The manifest's file, linked from the page's head.
pub const MANIFEST: &str = "manifest.webmanifest";
/// Up to this many claims, every claim's page is kept at the first visit, so a shared
/// claim opens offline; beyond, each is kept once it has been opened.
pub const CLAIM_PAGES_KEPT: usize = 500;

/// The publication's version: a hash of the app's file names (each named by its
/// content) and of the story's files, so any change to either is a new version.
pub fn version<'a>(app_files: &[String], outputs: impl IntoIterator<Item = &'a Output>) -> String {
    let mut all = Vec::new();
    for name in app_files {
        all.extend_from_slice(name.as_bytes());
        all.push(0);
    }
    for output in outputs {
        all.extend_from_slice(output.path.as_bytes());
        all.push(0);
        all.extend_from_slice(&output.bytes);
    }
    format!("{:016x}", fnv1a(&all))
}

/// The worker, kept files first: the page itself (`./`), then `files`.
pub fn service_worker(files: &[String], version: &str) -> Output {
    let mut kept = vec!["./".to_owned()];
    kept.extend(files.iter().cloned());
    let list = serde_json::to_string(&kept).unwrap_or_else(|_| "[]".to_owned());
    let source = include_str!("sw.js")
        .replacen("\"__VERSION__\"", &format!("\"{version}\""), 1)
        .replacen("__FILES__", &list, 1);
    Output {
        path: WORKER.to_owned(),
        bytes: source.into_bytes(),
    }
}

/// The manifest: the story's title and language, the app's icon, and the story's
/// folder as where it starts and what it covers.
pub fn manifest(story: &Story) -> Output {
    let manifest = serde_json::json!({
        "name": format!("{} · Claimline", story.title),
        "short_name": "Claimline",
        "description": &*story.description,
        "lang": &*story.language,
        "start_url": "./",
        "scope": "./",
        "display": "standalone",
        "background_color": "#fbfbf8",
        "theme_color": "#fbfbf8",
        "icons": [{ "src": "favicon.svg", "sizes": "any", "type": "image/svg+xml" }],
    });
    Output {
        path: MANIFEST.to_owned(),
        bytes: manifest.to_string().into_bytes(),
    }
}
