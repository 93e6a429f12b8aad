use super::*;
use crate::data_file::decode;
use crate::load_tests::small_story;

/// The release build's page as Trunk minifies it, in short.
const MINIFIED: &str = "<!doctype html><html lang=en><meta charset=utf-8>\
<meta content=\"Who claims what in a news story.\" name=description><title>Claimline</title>\
<link href=./main-1.css rel=stylesheet><script type=module>import init from './app.js';</script></head>\
<body><header class=masthead id=masthead></header><div id=app></div></body></html>";

#[test]
fn a_story_page_has_the_story_s_language_title_description_and_data_files() {
    let mut story = small_story();
    story.title = "Fish & <chips>".into();
    story.language = "fr".into();
    let files = DataFiles::of(&story);
    let page = story_page(MINIFIED, &story, &files, "v1").expect("a page");
    assert!(
        page.starts_with("<!doctype html><html lang=\"fr\"><meta charset=utf-8>"),
        "{page}"
    );
    assert!(
        page.contains("<title>Fish &amp; &lt;chips&gt; · Claimline</title>"),
        "{page}"
    );
    assert_eq!(page.matches("name=\"description\"").count(), 1, "{page}");
    assert!(!page.contains("Who claims what in a news story."), "{page}");
    assert!(page.contains(&format!(
        "<link rel=\"preload\" href=\"{}\" as=\"fetch\" crossorigin=\"\" id=\"story-data\">",
        files.story.path
    )));
    let compare = files
        .compare_view
        .as_ref()
        .expect("two articles to compare");
    // The table's file, then the one pair's, by its key.
    let (key, pair) = files.compare_pairs.first().expect("one pair");
    assert_eq!(files.compare_pairs.len(), 1);
    assert!(page.contains(&format!(
        "content=\"table={} {key}={}\" id=\"compare-drawn\"",
        compare.path, pair.path
    )));
    // The Figures view's files, the default quantity's first, each named by its quantity.
    let (first, figures) = files.figures.first().expect("figures to draw");
    assert_eq!(
        Some(first.as_str()),
        crate::figures::default_quantity(&story)
    );
    assert!(page.contains("id=\"figures-data\""));
    assert!(page.contains(&format!("{first}={}", figures.path)));
    assert!(page.contains("<script type=module>import init from './app.js';</script>"));
    assert!(page.contains("<header class=masthead id=masthead><p class=\"brand\">Claimline</p><h1>Fish &amp; &lt;chips&gt;</h1>"), "{page}");
}

#[test]
fn publishing_again_replaces_what_the_last_publication_wrote() {
    let story = small_story();
    let files = DataFiles::of(&story);
    let once = story_page(MINIFIED, &story, &files, "v1").expect("a page");
    let twice = story_page(&once, &story, &files, "v1").expect("a page");
    assert_eq!(once, twice);
    let mut other = small_story();
    other.title = "Another".into();
    let other_files = DataFiles::of(&other);
    let over = story_page(&once, &other, &other_files, "v2").expect("a page");
    assert!(!over.contains(&files.story.path) && over.contains(&other_files.story.path));
}

#[test]
fn a_page_that_is_not_the_app_s_is_refused() {
    let story = small_story();
    let files = DataFiles::of(&story);
    let error = story_page("<p>hello</p>", &story, &files, "v1").err();
    assert_eq!(error.as_deref(), Some("the app's page has no <html>"));
}

#[test]
fn data_files_are_named_by_their_content_and_read_back() {
    let story = small_story();
    let files = DataFiles::of(&story);
    assert!(files.story.path.starts_with("data/story-") && files.story.path.ends_with(".clm"));
    let read: crate::model::Story = decode(
        Box::leak(files.story.bytes.clone().into_boxed_slice()),
        crate::data_file::Contents::Story,
    )
    .expect("reads");
    assert_eq!(read.claims.len(), story.claims.len());
    let mut changed = small_story();
    changed.title = "Changed".into();
    assert_ne!(DataFiles::of(&changed).story.path, files.story.path);
    assert_eq!(
        DataFiles::of(&story).story.path,
        files.story.path,
        "the same bytes, the same name"
    );
}

#[test]
fn the_index_page_lists_every_story_with_its_outlets_and_links_to_it() {
    let first = small_story();
    let mut second = small_story();
    second.title = "The second".into();
    let page = listing(
        &[
            Listed {
                story: &first,
                folder: "small".into(),
            },
            Listed {
                story: &second,
                folder: "second".into(),
            },
        ],
        "small/main-1.css",
    );
    assert!(
        page.contains("<a href=\"small/\">A small story for tests</a>"),
        "{page}"
    );
    assert!(
        page.contains("<a href=\"second/\">The second</a>"),
        "{page}"
    );
    assert!(page.contains("href=\"small/main-1.css\""));
    for article in first.articles.iter() {
        let outlet = first.actor(&article.outlet).expect("outlet");
        assert!(page.contains(&*outlet.name), "{page}");
    }
    assert!(!page.contains("<script"), "the index page runs no script");
}

#[test]
fn the_page_holds_the_default_view_drawn_its_claims_linking_to_their_own_pages() {
    let story = small_story();
    let files = DataFiles::of(&story);
    let page = story_page(MINIFIED, &story, &files, "v1").expect("a page");
    let app = &page[page.find("<div id=app>").expect("the app's holder")..];
    for claim in story.claims.iter() {
        let row = format!(
            "<li class=\"claim\" id=\"{}\">",
            crate::markup::seam::claim_row(&claim.id)
        );
        assert!(app.contains(&row), "no row for {}", claim.id);
        let link = format!(
            "href=\"claims/{}.html\" data-claim=\"{}\"",
            claim.id, claim.id
        );
        assert!(
            app.contains(&link),
            "{} does not link to its page",
            claim.id
        );
    }
    let all = crate::words::tally(story.claims.len(), story.claims.len());
    assert!(app.contains(&format!("<p class=\"total\" role=\"status\">{all}</p>")));
    // Every value's count is the number of claims choosing it would give, counted by
    // hand from the fixture's three claims: north-40-wounded (North army in both
    // articles, casualties, no note), south-supplies-low (the South minister in A only,
    // supply, alleged) and south-supplies-low-via-wire (the South minister through the
    // wire agency in B only, supply and casualties, not verified).
    let drawn: Vec<(&str, &str, &str)> = app
        .split("data-facet=\"")
        .skip(1)
        .map(|box_on| {
            let between = |after: &str, before: char| {
                let rest = &box_on[box_on.find(after).expect(after) + after.len()..];
                &rest[..rest.find(before).expect("an end")]
            };
            let facet = &box_on[..box_on.find('"').expect("the facet's end")];
            (
                facet,
                between("data-value=\"", '"'),
                between("<span class=\"count\">", '<'),
            )
        })
        .collect();
    let expected = [
        ("claimant", "south-minister", "2"),
        ("claimant", "north-army", "1"),
        ("side", "south", "2"),
        ("side", "north", "1"),
        ("relay", "wire", "1"),
        ("topic", "casualties", "2"),
        ("topic", "supply", "2"),
        ("article", "a", "2"),
        ("article", "b", "2"),
        ("article", "all", "1"),
        ("verification", "none", "1"),
        ("verification", "not-verified", "1"),
        ("verification", "alleged", "1"),
    ];
    assert_eq!(drawn, expected);
    assert!(app.contains("class=\"more\" data-action=\"show-more\" hidden=\"\""));
}

#[test]
fn a_long_story_s_page_holds_its_first_page_of_claims_and_says_how_many_follow() {
    let story = crate::synthetic::story(130, 5);
    let files = DataFiles::of(&story);
    let page = story_page(MINIFIED, &story, &files, "v1").expect("a page");
    let rows = page.matches("<li class=\"claim\"").count();
    assert_eq!(rows, crate::explore::paging::PAGE);
    let label = crate::markup::card::more_label(30, crate::explore::paging::PAGE);
    assert!(
        page.contains(&format!("data-action=\"show-more\">{label}</button>")),
        "{label}"
    );
}

#[test]
fn the_worker_keeps_the_page_and_the_files_it_is_given_under_its_version() {
    let files = vec!["app-1.wasm".to_owned(), "claims/a.html".to_owned()];
    let worker = offline::service_worker(&files, "0123456789abcdef");
    let source = String::from_utf8(worker.bytes).expect("text");
    assert_eq!(worker.path, "sw.js");
    assert!(
        source.contains(r#"const VERSION = "0123456789abcdef";"#),
        "{source}"
    );
    assert!(
        source.contains(r#"const FILES = ["./","app-1.wasm","claims/a.html"];"#),
        "{source}"
    );
    assert!(!source.contains("__"), "every placeholder is filled");
}

#[test]
fn the_version_changes_with_the_app_and_with_the_story() {
    let story = small_story();
    let files = DataFiles::of(&story);
    let app = ["app-1.wasm".to_owned()];
    let version = offline::version(&app, files.all());
    assert_eq!(
        version,
        offline::version(&app, files.all()),
        "the same publication, the same version"
    );
    assert_ne!(
        version,
        offline::version(&["app-2.wasm".to_owned()], files.all())
    );
    let mut other = small_story();
    other.title = "Another".into();
    assert_ne!(version, offline::version(&app, DataFiles::of(&other).all()));
    let page = story_page(MINIFIED, &story, &files, &version).expect("a page");
    assert!(page.contains(&format!(
        "<meta name=\"claimline-version\" content=\"{version}\">"
    )));
    assert!(page.contains("<link rel=\"manifest\" href=\"manifest.webmanifest\">"));
}

#[test]
fn the_manifest_names_the_story_and_starts_in_its_own_folder() {
    let story = small_story();
    let manifest: serde_json::Value =
        serde_json::from_slice(&offline::manifest(&story).bytes).expect("JSON");
    assert_eq!(manifest["name"], format!("{} · Claimline", story.title));
    assert_eq!(manifest["start_url"], "./");
    assert_eq!(manifest["scope"], "./");
    assert_eq!(manifest["lang"], &*story.language);
    assert_eq!(manifest["icons"][0]["src"], "favicon.svg");
}
