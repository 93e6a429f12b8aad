//! One outlet's report of a figure, read whole: the claim, the figure and the
//! appearance (the article) that gives it, with who it names as the source, which
//! outlet, and as of when. Every part of the view says a report this one way.

use super::plotted::Report;
use super::sides::side_of_actor;
use super::wording::period_words;
use crate::model::{Appearance, Claim, Figure, Story, When};
use crate::words::actor_names;

/// A report with what it is read from.
#[derive(Clone, Copy)]
pub struct Given<'a> {
    pub claim: &'a Claim,
    pub figure: &'a Figure,
    pub appearance: &'a Appearance,
}

/// The report at `(claim, figure, appearance)`; `None` when the story has no such one.
pub fn given(story: &Story, (claim, figure, appearance): Report) -> Option<Given<'_>> {
    let claim = story.claims.get(claim)?;
    Some(Given {
        claim,
        figure: claim.figures.get(figure)?,
        appearance: claim.appearances.get(appearance)?,
    })
}

impl<'a> Given<'a> {
    /// Whom this outlet names as the source: its chain's first link; an outlet that
    /// names none speaks in its own voice, so it is the claimant.
    pub fn claimant(&self, story: &Story) -> String {
        match self.appearance.chain.first() {
            Some(source) => actor_names(story, source.actors.iter()),
            None => self.outlet(story),
        }
    }

    /// The outlet whose article gives the figure: its name, else the article's id.
    pub fn outlet(&self, story: &Story) -> String {
        let id = &*self.appearance.article;
        let outlet = story.article(id).and_then(|a| story.actor(&a.outlet));
        outlet.map_or_else(|| id.to_ascii_uppercase(), |actor| actor.name.to_string())
    }

    /// "Volodymyr Zelenskyy · ABC News": the source, then the outlet reporting it; an
    /// outlet speaking in its own voice once.
    pub fn reporter(&self, story: &Story) -> String {
        let (claimant, outlet) = (self.claimant(story), self.outlet(story));
        match claimant == outlet {
            true => outlet,
            false => format!("{claimant} · {outlet}"),
        }
    }

    /// The date a figure without a period is given as of: the time the claim is
    /// about, else when this outlet says it was made.
    pub fn as_of(&self) -> Option<&'a When> {
        as_of(self.claim, self.appearance)
    }

    /// When the figure holds: its period ("since October", "over 14–17 Dec 2024"), or
    /// the date it is given as of ("as of 23 Dec 2024"); `None` when neither is known.
    pub fn time_words(&self) -> Option<String> {
        match &self.figure.period {
            Some(period) => Some(period_words(period)),
            None => self.as_of().map(|when| format!("as of {when}")),
        }
    }

    /// Whether its time was worked out rather than stated.
    pub fn inferred(&self) -> bool {
        match &self.figure.period {
            Some(period) => period.is_inferred(),
            None => self.as_of().is_some_and(When::is_inferred),
        }
    }

    /// The side of the source this outlet names, by its place in the story's sides.
    pub fn side(&self, story: &Story) -> Option<usize> {
        let source = self.appearance.chain.first()?.actors.first()?;
        side_of_actor(story, source)
    }
}

/// The date a report without a period is given as of (see [`Given::as_of`]).
pub fn as_of<'a>(claim: &'a Claim, appearance: &'a Appearance) -> Option<&'a When> {
    claim.about.as_ref().or_else(|| appearance.made(claim))
}
