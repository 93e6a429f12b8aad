//! What a view `claimline site` draws and the page only shows, hides and marks has in
//! common: each part standing for claims carries their story indices (`DATA_SHOWS`),
//! written and read back here; and the marks that open and close each such file.

use crate::data_file::{Unreadable, FORMAT_VERSION};
use crate::facet::IN_ALL_ARTICLES;
use crate::markup::data_files::Failure;

/// Claims as `DATA_SHOWS` (and a compared text's runs) hold them: story indices,
/// space-separated.
pub fn indices(claims: &[usize]) -> String {
    let written: Vec<String> = claims.iter().map(usize::to_string).collect();
    written.join(" ")
}

/// Claims read back from [`indices`]; `None` when any is not a number.
pub fn read_indices(written: &str) -> Option<Vec<usize>> {
    written
        .split(' ')
        .filter(|i| !i.is_empty())
        .map(|i| i.parse().ok())
        .collect()
}

/// Whether the filters let through every claim a part stands for; `matches` ascending.
/// A part naming no claim it can read is not shown.
pub fn shows(written: &str, matches: &[usize]) -> bool {
    match read_indices(written) {
        Some(claims) if !claims.is_empty() => {
            claims.iter().all(|c| matches.binary_search(c).is_ok())
        }
        _ => false,
    }
}

/// Whether a part standing for outlets' reports shows under the article filter's
/// `chosen` values: every article it names (`DATA_REPORTED_IN`, space-separated ids)
/// is chosen; or no article is, or "in every article" is, which leaves a claim's every
/// report.
pub fn from_chosen_articles(written: &str, chosen: &[String]) -> bool {
    let is = |value: &str| chosen.iter().any(|c| c == value);
    chosen.is_empty() || is(IN_ALL_ARTICLES) || written.split(' ').all(is)
}

/// How a published view's file opens, before the format's version and `-->`: so the
/// page can tell the view it asked for from another page a server sent in its place.
const VIEW_MARK: &str = "<!--claimline view ";
/// How it closes, so a file cut short is told from a whole one.
const VIEW_END: &str = "<!--end of view-->";

/// A drawn view's markup as `claimline site` writes its file: marked at both ends.
pub fn view_file(markup: &str) -> String {
    format!("{VIEW_MARK}{FORMAT_VERSION}-->{markup}{VIEW_END}")
}

/// The markup of a fetched view file, or what is wrong with it: not a view at all,
/// another version's, or cut short or not text.
pub fn read_view_file(bytes: Vec<u8>) -> Result<String, Failure> {
    let text = String::from_utf8(bytes).map_err(|_| Failure::Unreadable(Unreadable::Damaged))?;
    let (version, rest) = text
        .strip_prefix(VIEW_MARK)
        .and_then(|after| after.split_once("-->"))
        .ok_or(Failure::NotAView)?;
    let version: u16 = version.parse().map_err(|_| Failure::NotAView)?;
    if version != FORMAT_VERSION {
        return Err(Failure::Unreadable(Unreadable::OtherVersion(version)));
    }
    let markup = rest
        .strip_suffix(VIEW_END)
        .ok_or(Failure::Unreadable(Unreadable::Damaged))?;
    Ok(markup.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_report_shows_only_when_all_its_articles_are_chosen() {
        let chosen = |ids: &[&str]| ids.iter().map(|id| id.to_string()).collect::<Vec<_>>();
        assert!(from_chosen_articles("b", &[]), "no article chosen");
        assert!(from_chosen_articles("b", &chosen(&["a", "b"])));
        assert!(!from_chosen_articles("b", &chosen(&["a", "c"])));
        assert!(from_chosen_articles("a c", &chosen(&["c", "a"])));
        assert!(!from_chosen_articles("a c", &chosen(&["a"])));
        // Whole ids, not parts of them.
        assert!(!from_chosen_articles("ab", &chosen(&["a", "b"])));
        // The claims in every article: every report of them.
        assert!(from_chosen_articles("b", &chosen(&[IN_ALL_ARTICLES])));
    }

    #[test]
    fn a_view_file_reads_back_and_anything_else_says_what_it_is() {
        let file = view_file("<p>Hi</p>");
        assert_eq!(file, "<!--claimline view 2--><p>Hi</p><!--end of view-->");
        assert_eq!(
            read_view_file(file.clone().into_bytes()),
            Ok("<p>Hi</p>".into())
        );
        let garbage = b"<!DOCTYPE html><html><body>Not found</body></html>".to_vec();
        assert_eq!(read_view_file(garbage), Err(Failure::NotAView));
        assert_eq!(read_view_file(Vec::new()), Err(Failure::NotAView));
        let newer = b"<!--claimline view 7--><p>Hi</p><!--end of view-->".to_vec();
        assert_eq!(
            read_view_file(newer),
            Err(Failure::Unreadable(Unreadable::OtherVersion(7)))
        );
        let cut = file.as_bytes()[..file.len() - 3].to_vec();
        assert_eq!(
            read_view_file(cut),
            Err(Failure::Unreadable(Unreadable::Damaged))
        );
        assert_eq!(
            read_view_file(vec![0xff, 0xfe, 0x00]),
            Err(Failure::Unreadable(Unreadable::Damaged))
        );
    }

    #[test]
    fn a_part_shows_when_every_claim_it_stands_for_passes() {
        let matches = [2, 5, 9];
        assert!(shows("5", &matches));
        assert!(shows("2 9", &matches));
        assert!(!shows("2 3", &matches));
        assert!(!shows("", &matches));
        assert!(!shows("x", &matches));
        assert_eq!(indices(&[4, 17]), "4 17");
        assert_eq!(read_indices("4 17"), Some(vec![4, 17]));
        assert_eq!(read_indices(""), Some(vec![]));
        assert_eq!(read_indices("4 x"), None);
        assert!(shows(&indices(&[5, 9]), &matches));
    }
}
