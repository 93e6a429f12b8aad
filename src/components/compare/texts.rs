//! The compared texts' runs: published as plain elements, each carrying its claims;
//! the page reads them once, gives each its state and then patches them, rewriting only
//! the runs whose state a filter or selection change alters.

use crate::browser::select_all;
use claimline_core::markup::compare::{run_attributes, run_states, Reading, RunInfo, RunState};
use claimline_core::markup::seam::{DATA_FOLLOWS, DATA_RUN, TEXT, TEXT_RUN};
use claimline_core::model::{Article, Story};

pub struct Texts {
    runs: Vec<(web_sys::Element, RunState)>,
    read: Vec<RunInfo>,
    /// The pair's file they came from (none: the table's alone).
    pub file: String,
}

impl Texts {
    /// The runs just put in `root` from `file`, in document order, plain, each with what
    /// it carries.
    pub fn found(root: &web_sys::Element, file: String) -> Texts {
        let (mut runs, mut read) = (Vec::new(), Vec::new());
        for (article, text) in select_all(root, TEXT).into_iter().enumerate() {
            for run in select_all(&text, TEXT_RUN) {
                let attribute = |name| run.get_attribute(name);
                read.push(RunInfo::read(
                    article,
                    attribute(DATA_RUN).as_deref(),
                    attribute(DATA_FOLLOWS).as_deref(),
                ));
                runs.push((run, None));
            }
        }
        Texts { runs, read, file }
    }

    /// Brings every run of the `articles` shown to its state under `reading`.
    pub fn patch(&mut self, story: &Story, articles: &[&Article], reading: &Reading) {
        let states = run_states(story, articles, &self.read, reading);
        for ((element, drawn), state) in self.runs.iter_mut().zip(states) {
            if *drawn == state {
                continue;
            }
            for (name, value) in run_attributes(&state) {
                let _ = match value {
                    Some(value) => element.set_attribute(name, &value),
                    None => element.remove_attribute(name),
                };
            }
            *drawn = state;
        }
    }
}
