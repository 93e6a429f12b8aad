//! What the page offers to take a claim elsewhere, written for every claim at publish
//! time (`claims/<id>.txt`), so the page carries no citation code: the share text, the
//! citation, and the claim as CSL-JSON for reference managers, in that order, each
//! ended by [`END`]. Only the page knows the address it is served from: [`LINK`] marks
//! where the claim's link goes (after the citation; the first CSL item's `URL`, and
//! its `note`), and the page puts it there as it reads the file (`web/page.js`, on
//! Copy or Share).

use super::Output;
use crate::cite::{citation, date, outlet, share_text};
use crate::markup::seam::{claim_takeaway_path, TAKEAWAY_END as END, TAKEAWAY_LINK as LINK};
use crate::model::{Claim, Date, Story, When};
use serde_json::{json, Value};

/// Every claim's file.
pub fn claim_takeaways(story: &Story) -> Vec<Output> {
    story
        .claims
        .iter()
        .map(|claim| {
            let cited = format!("{} {LINK}", citation(story, claim));
            let mut csl = csl(story, claim);
            csl[0]["URL"] = json!(LINK.to_string());
            csl[0]["note"] = json!(cited);
            // JSON writes the mark escaped; the page looks for it as it is.
            let csl = serde_json::to_string_pretty(&csl)
                .unwrap_or_default()
                .replace("\\u001f", &LINK.to_string());
            let file = format!("{}{END}{cited}{END}{csl}{END}", share_text(story, claim));
            Output {
                path: claim_takeaway_path(&claim.id),
                bytes: file.into_bytes(),
            }
        })
        .collect()
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
            assert_eq!(parts.len(), 4, "three parts, each ended");
            assert_eq!(parts[0], share_text(&story, claim));
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
