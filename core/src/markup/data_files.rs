//! What the page says about its data files: while one is on its way, and when one
//! cannot be read (the story, in place of the page; the comparison, in place of the
//! Compare view). Never a blank page.

use super::Element;
use crate::data_file::Unreadable;

/// Why a data file could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Failure {
    /// The page names no data file: `index.html` was not written by `claimline site`.
    NotNamed,
    /// The server answered with this HTTP status instead of the file.
    Status(u16),
    /// No answer came (offline, or the request was refused).
    NoAnswer,
    /// The file came, but cannot be read.
    Unreadable(Unreadable),
    /// A drawn view's file came, but something else came in its place (a server's own
    /// page, say).
    NotAView,
}

impl Failure {
    /// What went wrong, in words for a reader of the page.
    pub fn reason(self) -> String {
        match self {
            Failure::NotNamed => "This page names no story data file: it was not published \
                                  with “claimline site”."
                .into(),
            Failure::Status(404) => "Its data file is missing from the server (404).".into(),
            Failure::Status(status) => {
                format!("The server did not send its data file (HTTP status {status}).")
            }
            Failure::NoAnswer => "Its data file could not be fetched: the connection \
                                  may be down. Reload to try again."
                .into(),
            Failure::NotAView => "The server sent something other than the view Claimline \
                                  published: another page in its place, perhaps. Publish \
                                  the story again with “claimline site”."
                .into(),
            Failure::Unreadable(Unreadable::NotClaimline) => {
                "Its data file is not a Claimline story file.".into()
            }
            Failure::Unreadable(Unreadable::OtherVersion(version)) => format!(
                "Its data file was written for version {version} of Claimline's format; this \
                 page reads version {}. Publish the story again with this version's \
                 “claimline site”.",
                crate::data_file::FORMAT_VERSION
            ),
            Failure::Unreadable(Unreadable::OtherContents) => {
                "Its data file holds something other than what the page asked for.".into()
            }
            Failure::Unreadable(Unreadable::Damaged) => {
                "Its data file is damaged: it is cut short or its bytes were changed. \
                 Publish the story again."
                    .into()
            }
        }
    }
}

/// The notice shown in place of what could not be read; `file` is the data file's
/// address as the page names it, so whoever publishes the page can find it.
pub fn unreadable(what: &str, file: Option<&str>, failure: Failure) -> Element {
    let mut notice = Element::new("div")
        .set("class", "notice unreadable")
        .set("role", "alert")
        .child(Element::new("h2").text(format!("{what} could not be opened")))
        .child(Element::new("p").text(failure.reason()));
    if let Some(file) = file {
        notice = notice.child(
            Element::new("p")
                .text("File: ")
                .child(Element::new("code").text(file)),
        );
    }
    notice
}

/// What a view shows while its data file is on its way.
pub fn loading(what: &str) -> Element {
    Element::new("p")
        .set("class", "loading")
        .set("role", "status")
        .text(format!("Loading {what}…"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_failure_says_what_happened_and_names_the_file() {
        let notice = unreadable(
            "The story",
            Some("data/story-1.clm"),
            Failure::Unreadable(Unreadable::OtherVersion(9)),
        );
        let text = notice.text_content();
        assert!(text.starts_with("The story could not be opened"), "{text}");
        assert!(
            text.contains("version 9") && text.contains("data/story-1.clm"),
            "{text}"
        );
        assert_eq!(notice.attribute("role"), Some("alert"));
        let missing = unreadable("The story", None, Failure::Status(404)).text_content();
        assert!(missing.contains("missing"), "{missing}");
        for failure in [
            Failure::NotNamed,
            Failure::Status(500),
            Failure::NoAnswer,
            Failure::Unreadable(Unreadable::NotClaimline),
            Failure::Unreadable(Unreadable::OtherContents),
            Failure::Unreadable(Unreadable::Damaged),
            Failure::NotAView,
        ] {
            assert!(failure.reason().ends_with('.'), "{failure:?}");
        }
    }
}
