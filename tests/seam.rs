//! The page spells no name of the seam itself: every selector and `data-*` name it
//! looks up by comes from `claimline_core::markup::seam`, whose contract test holds
//! them against the markup the core writes. A name spelled here instead would fail
//! silently the day the core renames it.

use std::fs;
use std::path::{Path, PathBuf};

/// Calls that take a selector.
const LOOKUPS: [&str; 4] = [
    "query_selector(",
    "query_selector_all(",
    "closest(",
    "select_all(",
];

/// Where a page source spells a seam name of its own: a `data-*` name in a string, or
/// a string literal handed straight to a lookup.
fn offences(source: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (number, line) in source.lines().enumerate() {
        let code = line.trim_start();
        if code.starts_with("//") {
            continue;
        }
        let literal_lookup = LOOKUPS.iter().any(|call| {
            code.match_indices(call)
                .any(|(at, _)| code[at + call.len()..].trim_start().starts_with('"'))
        });
        let named_data = code.contains("\"data-") || code.contains("[data-");
        if literal_lookup || named_data {
            found.push(format!("line {}: {}", number + 1, code));
        }
    }
    found
}

fn rust_files(folder: &Path, into: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(folder).expect("a readable folder").flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, into);
        } else if path.extension().is_some_and(|e| e == "rs") {
            into.push(path);
        }
    }
}

#[test]
fn the_page_looks_elements_up_by_the_seam_alone() {
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    assert!(files.len() > 10, "the page's sources are found");
    let mut all = Vec::new();
    for file in files {
        let source = fs::read_to_string(&file).expect("a readable source");
        for offence in offences(&source) {
            all.push(format!("{}: {offence}", file.display()));
        }
    }
    assert!(
        all.is_empty(),
        "names to take from the seam:\n{}",
        all.join("\n")
    );
}

#[test]
fn the_check_sees_a_name_spelled_in_the_page() {
    let spelled = r#"
        // A comment may say "data-claim".
        let row = list.query_selector(".claim");
        let id = mark.get_attribute("data-mark");
        let ok = list.query_selector(ROW_LINK);
        let also = select_all(root, &having(DATA_LIT));
    "#;
    let found = offences(spelled);
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found[0].contains(".claim") && found[1].contains("data-mark"));
}

/// `web/page.js` is plain script, so it spells the names it needs; each must be the
/// seam's, and each action it answers one the core's markup gives a button.
#[test]
fn the_page_script_spells_the_seam_s_names() {
    use claimline_core::markup::seam::{
        claim_page_path, claim_takeaway_path, Action, Copyable, CLAIMS_LIST, DATA_REPORT, DETAIL,
        LINK_FALLBACK, MASTHEAD, OPEN_FULL, PREDRAWN, SHARE_BLOCK, SHARE_STATUS, TAKEAWAY_END,
        TAKEAWAY_LINK,
    };
    let script = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("web/page.js"))
        .expect("web/page.js");
    let id = "${id}";
    let names = [
        format!("'#{DETAIL} [data-action]'"),
        format!("'[{PREDRAWN}] #{CLAIMS_LIST}'"),
        format!("'{SHARE_BLOCK}'"),
        format!("'{SHARE_STATUS}'"),
        // The field for copying a link by hand, which only this script writes.
        format!("id: '{LINK_FALLBACK}'"),
        format!("'#{MASTHEAD} h1'"),
        format!("'{OPEN_FULL}'"),
        format!("`{}`", claim_page_path(id)),
        format!("`{}`", claim_takeaway_path(id)),
        format!("String.fromCharCode({})", TAKEAWAY_END as u32),
        format!("String.fromCharCode({})", TAKEAWAY_LINK as u32),
        format!("'{}'", Action::Share.key()),
        format!("dataset.{}", DATA_REPORT.trim_start_matches("data-")),
    ];
    for name in names {
        assert!(script.contains(&name), "web/page.js does not spell {name}");
    }
    for what in Copyable::ALL {
        assert!(
            script.contains(&format!(" {}: '", what.key())),
            "web/page.js answers no copy-{}",
            what.key()
        );
        assert_eq!(
            Action::from_key(&format!("copy-{}", what.key())),
            Some(Action::Copy(what))
        );
    }
}
