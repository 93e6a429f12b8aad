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
    let page = story_page(MINIFIED, &story, &files).expect("a page");
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
    assert!(page.contains(&format!(
        "content=\"{}\" id=\"compare-drawn\"",
        compare.path
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
    let once = story_page(MINIFIED, &story, &files).expect("a page");
    let twice = story_page(&once, &story, &files).expect("a page");
    assert_eq!(once, twice);
    let mut other = small_story();
    other.title = "Another".into();
    let other_files = DataFiles::of(&other);
    let over = story_page(&once, &other, &other_files).expect("a page");
    assert!(!over.contains(&files.story.path) && over.contains(&other_files.story.path));
}

#[test]
fn a_page_that_is_not_the_app_s_is_refused() {
    let story = small_story();
    let files = DataFiles::of(&story);
    let error = story_page("<p>hello</p>", &story, &files).err();
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
