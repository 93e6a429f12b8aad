//! What the page offers to take a claim elsewhere, written for every claim at publish
//! time (`claims/<id>.txt`), so the page carries no citation code: the share text, the
//! citation, the claim as CSL-JSON for reference managers, then the citation of each
//! outlet's version (one per appearance, in the claim's order), each ended by [`END`].
//! Only the page knows the address it is served from: [`LINK`] marks where the claim's
//! link goes (after each citation; the first CSL item's `URL`, and its `note`), and the
//! page puts it there as it reads the file (`web/page.js`, on Copy or Share).

use super::Output;
use crate::cite::{citation, date, outlet, share_text, version_citation};
use crate::markup::seam::{claim_takeaway_path, TAKEAWAY_END as END, TAKEAWAY_LINK as LINK};
use crate::model::{Claim, Date, Story, When};
use serde_json::{json, Value};

/// Every claim's file.
pub fn claim_takeaways(story: &Story) -> Vec<Output> {
    story
        .claims
        .iter()
        .map(|claim| {
            let cited = format!("{} {LINK}", unmarked(&citation(story, claim)));
            let mut csl = csl(story, claim);
            unmark_strings(&mut csl);
            csl[0]["URL"] = json!(LINK.to_string());
            csl[0]["note"] = json!(cited);
            let csl = link_unescaped(&serde_json::to_string_pretty(&csl).unwrap_or_default());
            let shared = unmarked(&share_text(story, claim));
            let mut file = format!("{shared}{END}{cited}{END}{csl}{END}");
            for appearance in claim.appearances.iter() {
                let version = unmarked(&version_citation(story, claim, appearance));
                file.push_str(&format!("{version} {LINK}{END}"));
            }
            Output {
                path: claim_takeaway_path(&claim.id),
                bytes: file.into_bytes(),
            }
        })
        .collect()
}

/// The story's text without the file's two marks, which no reader sees: left in, one
/// would end a part early or take the claim's link.
fn unmarked(text: &str) -> String {
    text.replace([END, LINK], "")
}

/// [`unmarked`] for every string in a JSON value.
fn unmark_strings(value: &mut Value) {
    match value {
        Value::String(text) => *text = unmarked(text),
        Value::Array(items) => items.iter_mut().for_each(unmark_strings),
        Value::Object(fields) => fields.values_mut().for_each(unmark_strings),
        _ => {}
    }
}

/// JSON writes the link's mark escaped (`\u001f`); the page looks for it as it is.
/// Read escape by escape, so a story's own backslash before "u001f" stays text.
fn link_unescaped(json: &str) -> String {
    const ESCAPED: &str = "\\u001f";
    let mut out = String::with_capacity(json.len());
    let mut rest = json;
    while let Some(at) = rest.find('\\') {
        out.push_str(&rest[..at]);
        let escape = &rest[at..];
        let length = match escape.starts_with(ESCAPED) {
            true => {
                out.push(LINK);
                ESCAPED.len()
            }
            // Every other escape is two characters, or six for \uXXXX.
            false => {
                let length = if escape.starts_with("\\u") { 6 } else { 2 };
                let length = length.min(escape.len());
                out.push_str(&escape[..length]);
                length
            }
        };
        rest = &escape[length..];
    }
    out.push_str(rest);
    out
}

/// The claim as CSL items: its page on Claimline, a web page, then each article that reports it, its date marked `circa` when
/// inferred.
fn csl(story: &Story, claim: &Claim) -> Value {
    let mut items = vec![json!({
        "id": &*claim.id,
        "type": "webpage",
        "title": &*claim.statement,
        "container-title": format!("Claimline: {}", story.title),
        "issued": claim.made.as_ref().map(csl_date),
    })];
    for appearance in claim.appearances.iter() {
        let Some(article) = story.article(&appearance.article) else {
            continue;
        };
        let mut item = json!({
            "id": &*article.id,
            "type": "article-newspaper",
            "title": &*article.headline,
            "container-title": outlet(story, appearance),
            "issued": csl_date(&article.published),
            "note": format!("Published {}", date(&article.published)),
        });
        if let Some(url) = &article.url {
            item["URL"] = json!(&**url);
        }
        items.push(item);
    }
    Value::Array(items)
}

/// A CSL date: its first and last day, `circa` when inferred.
fn csl_date(when: &When) -> Value {
    let day = |d: Date| json!([d.year, d.month, d.day]);
    let mut parts = vec![day(when.start)];
    parts.extend(when.end.filter(|&end| end != when.start).map(day));
    match when.inferred {
        Some(_) => json!({ "date-parts": parts, "circa": true }),
        None => json!({ "date-parts": parts }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load_tests::small_story;

    /// A claim's file with `statement` and `headline` in the story, read as the page
    /// reads it: its three parts, the link put in.
    fn read_back(statement: &str, headline: &str, link: &str) -> Vec<String> {
        let mut story = small_story();
        let mut claims = story.claims.to_vec();
        claims[0].statement = statement.to_owned().into();
        story.claims = claims.into();
        let mut articles = story.articles.to_vec();
        for article in articles.iter_mut() {
            article.headline = headline.to_owned().into();
        }
        story.articles = articles.into();
        let file = &claim_takeaways(&story)[0];
        let text = String::from_utf8(file.bytes.clone()).expect("text");
        text.replace(LINK, link)
            .split(END)
            .map(str::to_owned)
            .collect()
    }

    #[test]
    fn the_file_s_marks_in_story_text_neither_end_a_part_nor_take_the_link() {
        let link = "https://example.org/claims/x.html";
        let parts = read_back("A\u{1e}B\u{1f}C \\u001f", "H\u{1f}\u{1e}", link);
        assert_eq!(
            parts.len(),
            6,
            "three parts and two versions' citations, each ended"
        );
        assert!(parts[0].starts_with("ABC \\u001f, says"), "{}", parts[0]);
        assert!(parts[1].contains("“H”"), "{}", parts[1]);
        let read: Value = serde_json::from_str(&parts[2]).expect("JSON");
        assert_eq!(read[0]["title"], "ABC \\u001f");
        assert_eq!(read[0]["URL"], link);
    }

    proptest::proptest! {
        /// Any story text comes back as written, less the file's two marks.
        #[test]
        fn any_story_text_comes_back_whole(statement in "\\PC*|[\\x00-\\x7f\u{1e}\u{1f}]{0,40}", headline in "[a\\\\u001f\u{1e}\u{1f}]{0,12}") {
            let link = "https://example.org/claims/x.html";
            let parts = read_back(&statement, &headline, link);
            let clean = |t: &str| t.replace(['\u{1e}', '\u{1f}'], "");
            proptest::prop_assert_eq!(parts.len(), 6);
            let clean_statement = clean(&statement);
            let shared = clean_statement.strip_suffix('.').unwrap_or(&clean_statement);
            let cited = format!("Claimline: {link}");
            // A long statement is cut to keep the share text short.
            if shared.chars().count() <= 60 {
                proptest::prop_assert!(parts[0].starts_with(shared));
            }
            proptest::prop_assert!(!parts[0].contains([END, LINK]), "{}", parts[0]);
            proptest::prop_assert!(parts[1].ends_with(&cited));
            proptest::prop_assert!(parts[3].ends_with(&cited));
            proptest::prop_assert!(parts[4].ends_with(&cited));
            let read: Value = serde_json::from_str(&parts[2]).map_err(|e| proptest::test_runner::TestCaseError::fail(e.to_string()))?;
            proptest::prop_assert_eq!(&read[0]["title"], &json!(clean(&statement)));
            proptest::prop_assert_eq!(&read[1]["title"], &json!(clean(&headline)));
            proptest::prop_assert_eq!(&read[0]["URL"], &json!(link));
            proptest::prop_assert_eq!(&read[0]["note"], &json!(parts[1]));
        }
    }

    #[test]
    fn each_claim_s_file_holds_its_share_text_citation_and_csl_items() {
        let story = small_story();
        let files = claim_takeaways(&story);
        assert_eq!(files.len(), story.claims.len());
        for (file, claim) in files.iter().zip(story.claims.iter()) {
            assert_eq!(file.path, format!("claims/{}.txt", claim.id));
            // As the page reads it, with its link.
            let link = "https://example.org/s/claims/x.html";
            let text = String::from_utf8(file.bytes.clone()).expect("text");
            let text = text.replace(LINK, link);
            let parts: Vec<&str> = text.split(END).collect();
            assert_eq!(parts.len(), 4 + claim.appearances.len(), "each part ended");
            assert_eq!(parts[0], share_text(&story, claim));
            for (part, appearance) in parts[3..].iter().zip(claim.appearances.iter()) {
                let version = version_citation(&story, claim, appearance);
                assert_eq!(*part, format!("{version} {link}"));
            }
            assert_eq!(parts[1], format!("{} {link}", citation(&story, claim)));
            let read: Value = serde_json::from_str(parts[2]).expect("JSON");
            let items = read.as_array().expect("a list");
            assert_eq!(items[0]["URL"], link);
            assert_eq!(items[0]["note"], parts[1]);
            assert_eq!(items.len(), 1 + claim.appearances.len());
            assert_eq!(items[0]["title"], &*claim.statement);
            assert_eq!(
                items[0]["container-title"],
                format!("Claimline: {}", story.title)
            );
            for (item, appearance) in items[1..].iter().zip(claim.appearances.iter()) {
                let article = story.article(&appearance.article).expect("an article");
                assert_eq!(item["type"], "article-newspaper");
                assert_eq!(item["title"], &*article.headline);
                assert_eq!(
                    item["issued"]["date-parts"][0][0],
                    article.published.start.year
                );
                let circa = article.published.inferred.as_ref().map(|_| true);
                assert_eq!(item["issued"]["circa"].as_bool(), circa);
            }
        }
    }
}
