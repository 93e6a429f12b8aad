//! The story in forms to take away, written beside its page: the claims as CSV (one row
//! per claim, and one per figure in a second file), the story as JSON, the claims as
//! schema.org `Claim`s in JSON-LD, and every quote as a W3C Web Annotation anchored in
//! its article's text. Each names the story and its version: the hash of its data file,
//! which changes whenever anything in the story does.

use super::Output;
use crate::model::{Appearance, Claim, Figure, Story, Text, When};
use crate::words::{actor_names, article_name, figure_value};
use serde_json::{json, Value};

/// Where the exports go in the story's folder.
pub const EXPORTS_DIR: &str = "exports";

/// The exports, each with the name the page's masthead gives its link.
pub fn exports(story: &Story, version: &str) -> Vec<(&'static str, Output)> {
    let file = |name: &str, text: String| Output {
        path: format!("{EXPORTS_DIR}/{name}"),
        bytes: text.into_bytes(),
    };
    let json_text = |value: &Value| html_safe_json(value);
    vec![
        (
            "claims (CSV)",
            file("claims.csv", claims_csv(story, version)),
        ),
        (
            "figures (CSV)",
            file("figures.csv", figures_csv(story, version)),
        ),
        (
            "story (JSON)",
            file("story.json", json_text(&story_json(story, version))),
        ),
        (
            "claims (schema.org JSON-LD)",
            file("claims.jsonld", json_text(&claims_ld(story, version))),
        ),
        (
            "quotes (Web Annotations)",
            file("quotes.jsonld", json_text(&annotations(story, version))),
        ),
    ]
}

/// JSON as it may be pasted into a page's `<script type="application/ld+json">`: every
/// `<` written `\u003c` (the same string to a JSON reader), so no text of the story can
/// close the script (`</script>`) or open a comment (`<!--`) in it. In JSON a `<` can
/// only stand inside a string, so the replacement never touches the syntax.
pub fn html_safe_json(value: &Value) -> String {
    serde_json::to_string_pretty(value)
        .unwrap_or_default()
        .replace('<', "\\u003c")
}

/// One CSV cell: quoted when it holds a comma, quote or line break. A cell a
/// spreadsheet would run as a formula starts with an apostrophe instead: one whose
/// first character is a tab or a return, or whose first character that is not a space,
/// tab, return, line feed or `;` (a spreadsheet may start a new cell at a `;`, and skips
/// the blanks before a formula) is `=`, `+`, `-` or `@`.
pub fn cell(text: &str) -> String {
    let lead = text.trim_start_matches([' ', '\t', '\r', '\n', ';']);
    let runs = text.starts_with(['\t', '\r']) || lead.starts_with(['=', '+', '-', '@']);
    let text = match runs {
        true => format!("'{text}"),
        false => text.to_owned(),
    };
    match text.contains([',', '"', '\n', '\r']) {
        true => format!("\"{}\"", text.replace('"', "\"\"")),
        false => text,
    }
}

/// Every CSV starts with a UTF-8 byte-order mark: without it, spreadsheets that guess
/// the encoding read curly quotes and accents as another encoding's characters.
const BYTE_ORDER_MARK: char = '\u{FEFF}';

fn csv(header: &[&str], rows: impl Iterator<Item = Vec<String>>) -> String {
    let mut out = String::from(BYTE_ORDER_MARK);
    let line =
        |cells: Vec<String>| cells.iter().map(|c| cell(c)).collect::<Vec<_>>().join(",") + "\r\n";
    out.push_str(&line(header.iter().map(|h| (*h).to_owned()).collect()));
    for row in rows {
        out.push_str(&line(row));
    }
    out
}

fn when_words(when: Option<&When>) -> [String; 3] {
    match when {
        None => [String::new(), String::new(), String::new()],
        Some(when) => [
            when.to_string(),
            when.start.iso(),
            when.end.map_or(String::new(), |end| end.iso()),
        ],
    }
}

fn claimants(story: &Story, claim: &Claim) -> String {
    actor_names(story, claim.sources())
}

fn outlets(story: &Story, claim: &Claim) -> String {
    let names: Vec<String> = claim
        .appearances
        .iter()
        .filter_map(|a| story.article(&a.article))
        .map(|article| {
            let outlet = story
                .actor(&article.outlet)
                .map_or(&*article.outlet, |o| &*o.name);
            format!("{} ({})", outlet, article.headline)
        })
        .collect();
    names.join("; ")
}

/// The figures each article gives the claim (those its quotes hold), by article:
/// "A · Unnamed outlet: 3 North Korean soldiers killed; B · ABC News: …". An article
/// that gives none is left out.
fn figures_by_article(story: &Story, claim: &Claim) -> String {
    let versions: Vec<String> = claim
        .appearances
        .iter()
        .filter_map(|appearance| {
            let given: Vec<String> = claim
                .figures
                .iter()
                .filter(|figure| appearance.gives(figure))
                .map(|figure| {
                    let quantity = story.quantity_label(&figure.quantity);
                    format!(
                        "{} {}",
                        figure_value(figure),
                        quantity.unwrap_or(&figure.quantity)
                    )
                })
                .collect();
            let name = article_name(story, &appearance.article);
            (!given.is_empty()).then(|| format!("{name}: {}", given.join(", ")))
        })
        .collect();
    versions.join("; ")
}

/// One row per claim, crediting each figure to the articles that give it.
pub fn claims_csv(story: &Story, version: &str) -> String {
    let header = [
        "id",
        "statement",
        "claimants",
        "relays",
        "articles",
        "figures",
        "made",
        "made_start",
        "made_end",
        "about",
        "about_start",
        "about_end",
        "topics",
        "verification",
        "note",
        "story",
        "version",
    ];
    let rows = story.claims.iter().map(|claim| {
        let [made, made_start, made_end] = when_words(claim.made.as_ref());
        let [about, about_start, about_end] = when_words(claim.about.as_ref());
        let topics: Vec<&str> = claim.topics.iter().map(|t| &**t).collect();
        vec![
            claim.id.to_string(),
            claim.statement.to_string(),
            claimants(story, claim),
            actor_names(story, claim.relays()),
            outlets(story, claim),
            figures_by_article(story, claim),
            made,
            made_start,
            made_end,
            about,
            about_start,
            about_end,
            topics.join("; "),
            claim
                .verification
                .as_ref()
                .map_or(String::new(), |v| v.status.key().to_owned()),
            claim.note.as_deref().unwrap_or_default().to_owned(),
            story.title.to_string(),
            version.to_owned(),
        ]
    });
    csv(&header, rows)
}

/// The sides of `actors`, by their labels, each once.
fn sides_of(story: &Story, actors: &[&Text]) -> String {
    let mut labels: Vec<&str> = Vec::new();
    for actor in actors.iter().filter_map(|id| story.actor(id)) {
        let label = story.side_label(&actor.side).unwrap_or(&actor.side);
        if !labels.contains(&label) {
            labels.push(label);
        }
    }
    labels.join("; ")
}

/// One row per report of a figure: the figure as one article gives it (its quotes hold
/// the figure's words), with that article's date for the claim beside the figure's own
/// period, the claimants that article names, and labels where the story has ids (the
/// claim's, quantity's and article's ids kept for joining). A figure no article gives
/// still has its row, with the claim's date and no article.
pub fn figures_csv(story: &Story, version: &str) -> String {
    let header = [
        "claim",
        "quantity",
        "quantity_id",
        "qualifier",
        "low",
        "high",
        "phrase",
        "made",
        "made_start",
        "made_end",
        "period",
        "period_start",
        "period_end",
        "claimants",
        "claimant_sides",
        "article",
        "outlet",
        "headline",
        "story",
        "version",
    ];
    let rows = story.claims.iter().flat_map(|claim| {
        claim.figures.iter().flat_map(move |figure| {
            let reports: Vec<Option<&Appearance>> =
                match claim.reports_of(figure).collect::<Vec<_>>() {
                    none if none.is_empty() => vec![None],
                    some => some.into_iter().map(Some).collect(),
                };
            reports
                .into_iter()
                .map(move |report| figure_row(story, claim, figure, report, version))
        })
    });
    csv(&header, rows)
}

fn figure_row(
    story: &Story,
    claim: &Claim,
    figure: &Figure,
    report: Option<&Appearance>,
    version: &str,
) -> Vec<String> {
    let made = report.map_or(claim.made.as_ref(), |a| a.made(claim));
    let [made, made_start, made_end] = when_words(made);
    let [period, start, end] = when_words(figure.period.as_ref());
    let number = |n: Option<u64>| n.map_or(String::new(), |n| n.to_string());
    let sources: Vec<&Text> = match report {
        Some(appearance) => appearance
            .chain
            .iter()
            .take(1)
            .flat_map(|link| link.actors.iter())
            .collect(),
        None => claim.sources(),
    };
    let article = report.and_then(|a| story.article(&a.article));
    vec![
        claim.id.to_string(),
        story
            .quantity_label(&figure.quantity)
            .unwrap_or(&figure.quantity)
            .to_owned(),
        figure.quantity.to_string(),
        serde_json::to_value(figure.qualifier)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default(),
        number(figure.low),
        number(figure.high),
        figure.phrase.to_string(),
        made,
        made_start,
        made_end,
        period,
        start,
        end,
        actor_names(story, sources.iter().copied()),
        sides_of(story, &sources),
        article.map_or(String::new(), |a| a.id.to_string()),
        article.map_or(String::new(), |a| {
            story
                .actor(&a.outlet)
                .map_or(&*a.outlet, |o| &*o.name)
                .to_owned()
        }),
        article.map_or(String::new(), |a| a.headline.to_string()),
        story.title.to_string(),
        version.to_owned(),
    ]
}

/// The story as `claimline check` reads it, with its name and version.
pub fn story_json(story: &Story, version: &str) -> Value {
    json!({ "name": &*story.title, "version": version, "story": story })
}

/// The claims as schema.org `Claim`s: who makes each (`author`), the articles it
/// appears in (`appearance`), when it was made. No verdicts: Claimline gives none.
pub fn claims_ld(story: &Story, version: &str) -> Value {
    let articles: Vec<Value> = story
        .articles
        .iter()
        .map(|article| {
            let outlet = story
                .actor(&article.outlet)
                .map_or(&*article.outlet, |o| &*o.name);
            let mut work = json!({
                "@type": "NewsArticle",
                "@id": format!("#article-{}", article.id),
                "headline": &*article.headline,
                "publisher": { "@type": "Organization", "name": outlet },
                "datePublished": article.published.start.iso(),
            });
            if let Some(url) = &article.url {
                work["url"] = json!(&**url);
            }
            work
        })
        .collect();
    let claims: Vec<Value> = story
        .claims
        .iter()
        .map(|claim| {
            let authors: Vec<Value> = claim
                .sources()
                .into_iter()
                .filter_map(|id| story.actor(id))
                .map(|actor| {
                    let kind = match actor.kind {
                        crate::model::ActorKind::Person => "Person",
                        _ => "Organization",
                    };
                    json!({ "@type": kind, "name": &*actor.name })
                })
                .collect();
            let appearances: Vec<Value> = claim
                .appearances
                .iter()
                .map(|a| json!({ "@id": format!("#article-{}", a.article) }))
                .collect();
            let mut item = json!({
                "@type": "Claim",
                "@id": format!("#claim-{}", claim.id),
                "url": format!("../?claim={}", claim.id),
                "text": &*claim.statement,
                "author": authors,
                "appearance": appearances,
            });
            if let Some(made) = &claim.made {
                item["dateCreated"] = json!(made.start.iso());
            }
            item
        })
        .collect();
    json!({
        "@context": "https://schema.org",
        "@type": "Dataset",
        "name": &*story.title,
        "description": &*story.description,
        "version": version,
        "hasPart": articles.into_iter().chain(claims).collect::<Vec<Value>>(),
    })
}

/// Code points of context either side of a quote.
const CONTEXT: usize = 32;

/// An article's text as the annotations count in it: its paragraphs, a blank line
/// between each two.
pub fn article_text(paragraphs: &[impl AsRef<str>]) -> String {
    let parts: Vec<&str> = paragraphs.iter().map(AsRef::as_ref).collect();
    parts.join("\n\n")
}

/// Every quote of every claim as a W3C Web Annotation: its claim's statement as the
/// body, its place in the article's text as the target, by the words (with some before
/// and after) and by position in code points.
pub fn annotations(story: &Story, version: &str) -> Value {
    // Each article's text once, with the code points before each byte: thousands of
    // quotes are then placed without counting from the start for each.
    let texts: Vec<(String, Vec<usize>)> = story
        .articles
        .iter()
        .map(|article| {
            let text = article_text(&article.paragraphs);
            let mut before = vec![0; text.len() + 1];
            for (count, (at, c)) in text.char_indices().enumerate() {
                before[at..at + c.len_utf8()].fill(count);
                before[at + c.len_utf8()] = count + 1;
            }
            (text, before)
        })
        .collect();
    let mut items = Vec::new();
    for claim in story.claims.iter() {
        for appearance in claim.appearances.iter() {
            let Some((article, (text, before))) = story
                .articles
                .iter()
                .zip(&texts)
                .find(|(article, _)| article.id == appearance.article)
            else {
                continue;
            };
            let source = article.url.as_deref().map_or(
                format!("urn:claimline:article:{}", article.id),
                str::to_owned,
            );
            for quote in appearance.quotes.iter() {
                let Some(at) = text.find(&**quote) else {
                    continue;
                };
                let start = before[at];
                let end = before[at + quote.len()];
                let mut prefix: Vec<char> = text[..at].chars().rev().take(CONTEXT).collect();
                prefix.reverse();
                let prefix: String = prefix.into_iter().collect();
                let suffix: String = text[at + quote.len()..].chars().take(CONTEXT).collect();
                items.push(json!({
                    "type": "Annotation",
                    "id": format!("#quote-{}", items.len() + 1),
                    "motivation": "identifying",
                    "body": {
                        "type": "TextualBody",
                        "purpose": "describing",
                        "value": &*claim.statement,
                        "id": format!("../?claim={}", claim.id),
                    },
                    "target": {
                        "source": source,
                        "selector": [
                            { "type": "TextQuoteSelector", "exact": &**quote, "prefix": prefix, "suffix": suffix },
                            { "type": "TextPositionSelector", "start": start, "end": end },
                        ],
                    },
                }));
            }
        }
    }
    json!({
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "type": "AnnotationCollection",
        "label": format!("{}, version {version}: every quote, in its article", story.title),
        "total": items.len(),
        "first": { "type": "AnnotationPage", "items": items },
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load_tests::{bundled_story, cheese_roll_story, small_story};

    #[test]
    fn a_cell_a_spreadsheet_would_run_is_written_as_text() {
        assert_eq!(cell("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(cell("-5"), "'-5");
        assert_eq!(cell("@x"), "'@x");
        assert_eq!(cell("+1"), "'+1");
        assert_eq!(cell("plain"), "plain");
        assert_eq!(cell("a, \"b\""), "\"a, \"\"b\"\"\"");
        assert_eq!(cell("=1,2"), "\"'=1,2\"");
    }

    #[test]
    fn a_formula_after_blanks_or_a_semicolon_is_written_as_text() {
        assert_eq!(cell(" =1+1"), "' =1+1");
        assert_eq!(cell(";=1+1"), "';=1+1");
        assert_eq!(cell(" ; @SUM(A1)"), "' ; @SUM(A1)");
        assert_eq!(cell("\tplain"), "'\tplain");
        assert_eq!(cell("\n-2"), "\"'\n-2\"");
        assert_eq!(cell("a =1"), "a =1");
        assert_eq!(cell("; plain"), "; plain");
    }

    #[test]
    fn every_csv_starts_with_a_byte_order_mark() {
        let story = bundled_story();
        assert!(claims_csv(&story, "v1").starts_with("\u{FEFF}id,statement,"));
        assert!(figures_csv(&story, "v1").starts_with("\u{FEFF}claim,quantity,"));
    }

    #[test]
    fn a_figure_row_gives_its_claims_date_and_labels_beside_the_ids() {
        let story = bundled_story();
        let figures = figures_csv(&story, "v1");
        let lines: Vec<&str> = figures.split("\r\n").collect();
        assert_eq!(
            lines[0],
            "\u{FEFF}claim,quantity,quantity_id,qualifier,low,high,phrase,made,made_start,\
             made_end,period,period_start,period_end,claimants,claimant_sides,article,outlet,\
             headline,story,version"
        );
        assert_eq!(
            lines[1],
            "sso-killed-three-and-seized-documents,North Korean soldiers killed,nk-killed,\
             exact,3,3,three North Korean soldiers,22–29 Dec 2024,2024-12-22,2024-12-29,,,,\
             Ukraine's Special Operations Forces (SSO),Ukraine,a,Unnamed outlet,Ukraine says \
             North Korean soldiers in Kursk carried false Russian documents,North Korean \
             soldiers fighting for Russia in Kursk,v1"
        );
        // The troop estimate: each article's row names the sources that article gives.
        assert!(lines[2].starts_with(
            "nk-troops-in-russia-up-to-12000,North Korean troops in Russia,\
             nk-troops-in-russia,between,11000,12000,\"between 11,000 and 12,000\",,,,,,,"
        ));
        assert!(lines[2].contains(",United States; Ukraine; South Korea,a,"));
    }

    /// The small story with a second figure for its first claim, "About 40", which only
    /// article b's quote holds, and b dating the claim a day earlier.
    fn two_versions() -> Story {
        let mut story = small_story();
        let mut claims = story.claims.to_vec();
        let mut about = claims[0].figures[0].clone();
        about.qualifier = crate::model::Qualifier::About;
        about.phrase = "About 40".into();
        claims[0].figures = vec![claims[0].figures[0].clone(), about].into();
        let mut appearances = claims[0].appearances.to_vec();
        let mut made = claims[0].made.clone().expect("a date");
        made.start = crate::model::Date::parse("2024-12-22").expect("a date");
        made.end = Some(made.start);
        made.inferred = None;
        appearances[1].made = Some(made);
        claims[0].appearances = appearances.into();
        story.claims = claims.into();
        story
    }

    #[test]
    fn each_figure_is_credited_to_the_article_that_gives_it_with_its_date() {
        let story = two_versions();
        let figures = figures_csv(&story, "v1");
        let lines: Vec<&str> = figures.split("\r\n").collect();
        assert_eq!(
            &lines[1..],
            [
                "north-40-wounded,Soldiers wounded,wounded,exact,40,40,40 soldiers,\
                 23 Dec 2024,2024-12-23,2024-12-23,,,,North army,North,a,The Daily,\
                 Fighting goes on,A small story for tests,v1",
                "north-40-wounded,Soldiers wounded,wounded,about,40,40,About 40,\
                 22 Dec 2024,2024-12-22,2024-12-22,,,,North army,North,b,The Weekly,\
                 Supplies run low,A small story for tests,v1",
                "",
            ]
        );
        let claims = claims_csv(&story, "v1");
        let first = claims.split("\r\n").nth(1).expect("a row");
        assert!(
            first.contains(
                ",A · The Daily: 40 Soldiers wounded; B · The Weekly: about 40 Soldiers \
                 wounded,"
            ),
            "{first}"
        );
    }

    #[test]
    fn in_the_six_outlet_story_each_outlet_s_crowd_figure_is_its_own() {
        let story = cheese_roll_story();
        let figures = figures_csv(&story, "v1");
        // (article, qualifier, low): the Evening Star's text and headline each give one.
        let articles = ["gazette", "radio", "courier", "star", "clarion", "bulletin"];
        let given: Vec<(&str, &str, &str)> = figures
            .split("\r\n")
            .filter(|line| line.starts_with("crowd-about-two-thousand,"))
            .map(|line| {
                let cells: Vec<&str> = line.split(',').collect();
                let article = articles
                    .into_iter()
                    .find(|id| line.contains(&format!(",{id},")))
                    .unwrap_or_default();
                (article, cells[3], cells[4])
            })
            .collect();
        assert_eq!(
            given,
            [
                ("gazette", "exact", "2100"),
                ("radio", "exact", "2100"),
                ("star", "exact", "2100"),
                ("courier", "about", "2000"),
                ("star", "exact", "2000"),
                ("clarion", "more-than", "2000"),
                ("bulletin", "at-least", "1900"),
            ]
        );
        let line = |claim: &str, article: &str| {
            figures
                .split("\r\n")
                .find(|l| l.starts_with(claim) && l.contains(&format!(",{article},")))
                .map(str::to_owned)
        };
        assert_eq!(
            line("crowd-about-two-thousand", "bulletin").as_deref(),
            Some(
                "crowd-about-two-thousand,Spectators on Grindle Knoll,spectators,at-least,1900,,\
                 \"at least 1,900\",,,,,,,\"Hortensia Bramble, chair of the cheese roll \
                 committee\",The cheese roll committee,bulletin,The Fernhollow Bulletin,Cheese \
                 roll: the week after,The Grindlewick cheese roll: who claims what,v1"
            )
        );
        // The outlet's own date for the claim: the Courier dates the council's cap.
        assert!(line("runners-capped-at-60", "courier")
            .is_some_and(|l| l.contains(",9 May 2025,2025-05-09,2025-05-09,")));
        let claims = claims_csv(&story, "v1");
        assert!(claims.contains(
            "\"GAZETTE · The Grindlewick Gazette: 2,100 Spectators on Grindle Knoll; RADIO · \
             Radio Brackenvale: 2,100 Spectators on Grindle Knoll; COURIER · The Valley Courier: \
             about 2,000 Spectators on Grindle Knoll; STAR · The Wrenfold Evening Star: 2,100 \
             Spectators on Grindle Knoll, 2,000 Spectators on Grindle Knoll; CLARION · The \
             Knollside Clarion: more than 2,000 Spectators on Grindle Knoll; BULLETIN · The \
             Fernhollow Bulletin: at least 1,900 Spectators on Grindle Knoll\""
        ));
    }

    #[test]
    fn the_claims_csv_has_a_row_per_claim_and_the_figures_csv_one_per_report() {
        let story = bundled_story();
        let claims = claims_csv(&story, "v1");
        // Rows end in CRLF; no cell of the bundled story holds a line break.
        assert_eq!(
            claims.split("\r\n").filter(|l| !l.is_empty()).count(),
            1 + story.claims.len()
        );
        let figures = figures_csv(&story, "v1");
        // A row per report: each figure once for each article whose quotes hold it.
        let count: usize = story
            .claims
            .iter()
            .flat_map(|c| c.figures.iter().map(|f| c.reports_of(f).count().max(1)))
            .sum();
        assert_eq!(
            figures.split("\r\n").filter(|l| !l.is_empty()).count(),
            1 + count
        );
        assert!(claims.contains(",v1\r\n"), "each row names the version");
    }

    #[test]
    fn the_json_ld_has_every_claim_with_its_author_and_no_verdict() {
        let story = bundled_story();
        let ld = claims_ld(&story, "v1");
        let parts = ld["hasPart"].as_array().expect("parts");
        let claims: Vec<&Value> = parts.iter().filter(|p| p["@type"] == "Claim").collect();
        assert_eq!(claims.len(), story.claims.len());
        assert!(claims
            .iter()
            .all(|c| c["author"].as_array().is_some_and(|a| !a.is_empty())));
        assert!(!ld.to_string().contains("reviewRating"));
    }

    #[test]
    fn json_written_for_a_page_closes_no_script_and_opens_no_comment() {
        let value = json!({ "headline": "a </script><!-- b", "<key>": 1 });
        let text = html_safe_json(&value);
        assert!(!text.contains('<'), "{text}");
        assert!(text.contains(r#""a \u003c/script>\u003c!-- b""#), "{text}");
        let read: Value = serde_json::from_str(&text).expect("still JSON");
        assert_eq!(read, value);

        let mut story = bundled_story();
        story.title = "Kursk </script><!--".into();
        for (_, output) in exports(&story, "v1") {
            if output.path.ends_with("json") || output.path.ends_with("jsonld") {
                let text = String::from_utf8(output.bytes).expect("UTF-8");
                assert!(
                    !text.contains("</") && !text.contains("<!"),
                    "{}",
                    output.path
                );
                assert!(text.contains("Kursk \\u003c/script>"), "{}", output.path);
            }
        }
    }

    #[test]
    fn every_quote_is_anchored_where_its_selectors_say() {
        let story = bundled_story();
        let collection = annotations(&story, "v1");
        let items = collection["first"]["items"].as_array().expect("items");
        let quotes: usize = story
            .claims
            .iter()
            .flat_map(|c| c.appearances.iter())
            .map(|a| a.quotes.len())
            .sum();
        assert_eq!(items.len(), quotes);
        for item in items {
            let source = item["target"]["source"].as_str().expect("source");
            let id = source.rsplit(':').next().expect("an article id");
            let article = story.article(id).expect("the article");
            let text: Vec<char> = article_text(&article.paragraphs).chars().collect();
            let selectors = item["target"]["selector"].as_array().expect("selectors");
            let exact = selectors[0]["exact"].as_str().expect("exact");
            let (start, end) = (
                selectors[1]["start"].as_u64().expect("start") as usize,
                selectors[1]["end"].as_u64().expect("end") as usize,
            );
            let found: String = text[start..end].iter().collect();
            assert_eq!(found, exact);
            let prefix = selectors[0]["prefix"].as_str().expect("prefix");
            let before: String = text[start - prefix.chars().count()..start].iter().collect();
            assert_eq!(before, prefix);
        }
    }
}
