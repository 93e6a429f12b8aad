//! A generated story of any number of claims, for benchmarks and scale tests: the same
//! story for the same seed, and always valid (quotes verbatim in the paragraphs, which
//! are made of them, and every sentence covered).
//!
//! It is shaped like real coverage: 60 claimants over six sides and the outlets, most
//! claims made in the last weeks of 2024, some in earlier years, a few back to the
//! 1950s; every precision; stated, inferred and missing dates; joint sources and relays;
//! figures of six quantities with every qualifier, as of a date or over a period (closed
//! or left open); claims carried by one article, two, or several, worded differently in
//! each, some with an outlet's own date or its own figure, over any number of articles
//! (eight by default), each by its own outlet until the outlets' names run out.

use crate::model::date::days_in_month;
use crate::model::{
    Actor, ActorKind, Appearance, Article, Background, Claim, Date, Figure, Label, Link, Period,
    Precision, Qualifier, Story, Text, Verification, VerificationStatus, When,
};
use crate::words::group_thousands;

/// The number of articles when none is asked for.
pub const DEFAULT_ARTICLES: usize = 8;
/// The most articles a generated story may have.
pub const MAX_ARTICLES: usize = 1000;

/// A story of `claims` claims over the default number of articles, the same for the
/// same `seed`.
pub fn story(claims: usize, seed: u64) -> Story {
    story_of(claims, DEFAULT_ARTICLES, seed)
}

/// A story of `claims` claims over `articles` articles (at least one, at most
/// `MAX_ARTICLES`), the same for the same arguments.
pub fn story_of(claims: usize, articles: usize, seed: u64) -> Story {
    let articles = articles.clamp(1, MAX_ARTICLES);
    let mut rng = Rng(seed);
    // Each article has its own outlet while there are names for them.
    let outlets = articles.min(OUTLETS.len());
    let actors = actors(outlets);
    let drafts: Vec<Draft> = (0..articles).map(article).collect();
    // The figures' periods, and the outlets' own versions of a claim, come from streams
    // of their own, so that adding them left every other choice as it was.
    let mut periods = Rng(seed ^ 0x5EED_F16E_0000_0001);
    let mut versions = Rng(seed ^ 0x5EED_0071_E700_0002);
    let mut writer = Writer {
        rng: &mut rng,
        periods: &mut periods,
        versions: &mut versions,
        actors: &actors,
        outlets,
        articles: drafts,
    };
    let claims: Vec<Claim> = (0..claims).map(|i| writer.claim(i)).collect();
    let articles: Vec<Article> = writer.articles.into_iter().map(Draft::finish).collect();
    // Only the actors some claim names or some article is by, and their sides: a story
    // names no one it does not use.
    let used = |actor: &Actor| {
        articles.iter().any(|a| a.outlet == actor.id)
            || claims
                .iter()
                .any(|c| c.sources().contains(&&actor.id) || c.relays().contains(&&actor.id))
    };
    let actors: Vec<Actor> = actors
        .iter()
        .map(|a| a.actor.clone())
        .filter(used)
        .collect();
    let sides: Vec<Label> = SIDES
        .iter()
        .map(|s| label(s.id, s.label))
        .chain([label(OUTLET_SIDE, "The outlets")])
        .filter(|side| actors.iter().any(|a| a.side == side.id))
        .collect();
    Story {
        title: format!("A generated story of {} claims", claims.len()).into(),
        description: text("Generated claims for measuring Claimline at scale: not news."),
        language: text("en"),
        sides: sides.into(),
        topics: TOPICS
            .iter()
            .map(|t| label(t.id, t.label))
            .collect::<Vec<_>>()
            .into(),
        quantities: QUANTITIES
            .iter()
            .map(|q| label(q.id, q.label))
            .collect::<Vec<_>>()
            .into(),
        actors: actors.into(),
        articles: articles.into(),
        periods: context_periods(&claims).into(),
        claims: claims.into(),
    }
}

/// Two periods, as a story's context: the times the first claims with one are about.
fn context_periods(claims: &[Claim]) -> Vec<Period> {
    claims
        .iter()
        .filter(|claim| claim.about.is_some())
        .take(2)
        .enumerate()
        .map(|(i, claim)| Period {
            label: format!("Context period {}", i + 1).into(),
            claim: claim.id.clone(),
        })
        .collect()
}

/// splitmix64: tiny, fast and good enough to spread test data.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (0 when `n` is 0).
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }

    fn percent(&mut self, chance: u64) -> bool {
        self.next() % 100 < chance
    }

    /// A day number in `first..=last`.
    fn day_in(&mut self, first: i32, last: i32) -> i32 {
        let span = usize::try_from(last - first).unwrap_or(0) + 1;
        first + i32::try_from(self.below(span)).unwrap_or(0)
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> Option<&'a T> {
        items.get(self.below(items.len()))
    }
}

struct SideSpec {
    id: &'static str,
    label: &'static str,
    adjective: &'static str,
}

const SIDES: [SideSpec; 6] = [
    side("ukraine", "Ukraine", "Ukrainian"),
    side("russia", "Russia", "Russian"),
    side("north-korea", "North Korea", "North Korean"),
    side("south-korea", "South Korea", "South Korean"),
    side("united-states", "United States", "US"),
    side("europe", "Europe", "European"),
];

const fn side(id: &'static str, label: &'static str, adjective: &'static str) -> SideSpec {
    SideSpec {
        id,
        label,
        adjective,
    }
}

const OUTLET_SIDE: &str = "outlet";

/// Roles every side has: (id, words, kind). Nine roles over six sides, and six outlets:
/// 60 claimants.
const ROLES: [(&str, &str, ActorKind); 9] = [
    (
        "defence-ministry",
        "defence ministry",
        ActorKind::Government,
    ),
    ("officials", "officials", ActorKind::Unnamed),
    ("general-staff", "general staff", ActorKind::Military),
    ("intelligence", "intelligence service", ActorKind::Agency),
    (
        "foreign-ministry",
        "foreign ministry",
        ActorKind::Government,
    ),
    ("army", "army", ActorKind::Military),
    ("lawmaker", "lawmaker", ActorKind::Person),
    (
        "presidential-office",
        "presidential office",
        ActorKind::Government,
    ),
    (
        "news-agency",
        "state news agency",
        ActorKind::NewsOrganisation,
    ),
];

/// Invented outlets, one per article in order, cycling when there are more articles.
const OUTLETS: [(&str, &str); 20] = [
    ("daily-ledger", "Daily Ledger"),
    ("evening-courier", "Evening Courier"),
    ("harbour-times", "Harbour Times"),
    ("morning-dispatch", "Morning Dispatch"),
    ("northern-wire", "Northern Wire"),
    ("capital-record", "Capital Record"),
    ("valley-sentinel", "Valley Sentinel"),
    ("river-gazette", "River Gazette"),
    ("weekly-lantern", "Weekly Lantern"),
    ("coastal-herald", "Coastal Herald"),
    ("market-chronicle", "Market Chronicle"),
    ("upland-observer", "Upland Observer"),
    ("plain-speaker", "Plain Speaker"),
    ("night-bulletin", "Night Bulletin"),
    ("border-post", "Border Post"),
    ("county-telegraph", "County Telegraph"),
    ("city-tribune", "City Tribune"),
    ("lakeside-monitor", "Lakeside Monitor"),
    ("southern-mercury", "Southern Mercury"),
    ("eastern-clarion", "Eastern Clarion"),
];

struct TopicSpec {
    id: &'static str,
    label: &'static str,
    /// What is claimed when there is no figure; `{}` is a place.
    clause: &'static str,
}

const TOPICS: [TopicSpec; 8] = [
    topic(
        "casualties",
        "Casualties",
        "heavy losses were suffered near {}",
    ),
    topic(
        "troop-presence",
        "Troop presence",
        "fresh units arrived near {}",
    ),
    topic(
        "weapons-supply",
        "Weapons supply",
        "rocket launchers were shipped to forces near {}",
    ),
    topic(
        "false-documents",
        "False documents",
        "soldiers near {} carried false identity papers",
    ),
    topic(
        "concealment",
        "Concealment",
        "losses near {} were hidden from the public",
    ),
    topic(
        "tactics",
        "Tactics",
        "infantry near {} attacked in small waves",
    ),
    topic(
        "diplomacy",
        "Diplomacy",
        "talks on the fighting near {} were proposed",
    ),
    topic(
        "training",
        "Training",
        "recruits were trained for weeks before reaching {}",
    ),
];

const fn topic(id: &'static str, label: &'static str, clause: &'static str) -> TopicSpec {
    TopicSpec { id, label, clause }
}

struct QuantitySpec {
    id: &'static str,
    label: &'static str,
    /// Follows the figure; `{}` is a place.
    clause: &'static str,
    /// Index into `TOPICS`.
    topic: usize,
    low: u64,
    high: u64,
}

const QUANTITIES: [QuantitySpec; 6] = [
    quantity(
        "troops",
        "Soldiers deployed",
        "soldiers were deployed near {}",
        1,
        1000,
        15000,
    ),
    quantity(
        "killed",
        "Soldiers killed",
        "soldiers were killed near {}",
        0,
        10,
        3000,
    ),
    quantity(
        "wounded",
        "Soldiers wounded",
        "soldiers were wounded near {}",
        0,
        10,
        3000,
    ),
    quantity(
        "killed-or-wounded",
        "Soldiers killed or wounded",
        "soldiers were killed or wounded near {}",
        0,
        100,
        5000,
    ),
    quantity(
        "shells",
        "Artillery shells supplied",
        "artillery shells were delivered to units near {}",
        2,
        1000,
        100_000,
    ),
    quantity(
        "drones",
        "Drones supplied",
        "drones were supplied to forces near {}",
        2,
        10,
        500,
    ),
];

const fn quantity(
    id: &'static str,
    label: &'static str,
    clause: &'static str,
    topic: usize,
    low: u64,
    high: u64,
) -> QuantitySpec {
    QuantitySpec {
        id,
        label,
        clause,
        topic,
        low,
        high,
    }
}

const PLACES: [&str; 12] = [
    "Sudzha",
    "Kursk",
    "Pokrovsk",
    "Kupiansk",
    "Bakhmut",
    "Belgorod",
    "Kharkiv",
    "Zaporizhzhia",
    "Donetsk",
    "Avdiivka",
    "Vovchansk",
    "Toretsk",
];

const CHANNELS: [Option<&str>; 5] = [
    None,
    Some("statement"),
    Some("Telegram post"),
    Some("post on X"),
    Some("briefing"),
];

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

const FURNITURE: &str = "SHARE THIS ARTICLE";
/// Articles come out from 16 December 2024, every other day.
const FIRST_PUBLISHED: Date = Date {
    year: 2024,
    month: 12,
    day: 16,
};

fn label(id: &str, label: &str) -> Label {
    Label {
        id: id.to_owned().into(),
        label: label.to_owned().into(),
    }
}

fn text(s: impl Into<String>) -> Text {
    Text::from(s.into())
}

/// An actor and how a sentence names it at its start and within it.
struct Claimant {
    actor: Actor,
    opening: String,
    inner: String,
}

/// Role by role, so that the most frequent claimants (the first few) span the sides;
/// then the first `outlets` outlets.
fn actors(outlets: usize) -> Vec<Claimant> {
    let mut all = Vec::new();
    for (role, words, kind) in ROLES {
        for side in &SIDES {
            let name = format!("{} {words}", side.adjective);
            let (opening, inner) = match kind {
                ActorKind::Person => (format!("A {name}"), format!("a {name}")),
                ActorKind::Unnamed => (name.clone(), name.clone()),
                _ => (format!("The {name}"), format!("the {name}")),
            };
            all.push(Claimant {
                actor: Actor {
                    id: text(format!("{}-{role}", side.id)),
                    name: text(name),
                    kind,
                    side: text(side.id),
                },
                opening,
                inner,
            });
        }
    }
    for &(id, name) in OUTLETS.iter().take(outlets) {
        all.push(Claimant {
            actor: Actor {
                id: text(id),
                name: text(name),
                kind: ActorKind::NewsOrganisation,
                side: text(OUTLET_SIDE),
            },
            opening: format!("The {name}"),
            inner: format!("the {name}"),
        });
    }
    all
}

/// An article while its quotes are gathered.
struct Draft {
    article: Article,
    quotes: Vec<String>,
}

fn article(i: usize) -> Draft {
    let (outlet, outlet_name) = OUTLETS[i % OUTLETS.len()];
    let day = FIRST_PUBLISHED.day_number() + 2 * i as i32;
    let date = Date::from_day_number(day);
    let published = match i % 4 {
        // One article gives no date at all: a span, inferred.
        1 => When {
            start: date,
            end: Some(Date::from_day_number(day + 1)),
            precision: Precision::Period,
            phrase: None,
            inferred: Some(text(
                "The text gives no date; its latest news is from the day before.",
            )),
        },
        3 => When {
            start: date,
            end: Some(date),
            precision: Precision::Day,
            phrase: Some(text(weekday(day))),
            inferred: Some(text(
                "The weekday in the dateline resolved against the dates in the text.",
            )),
        },
        _ => When {
            start: date,
            end: Some(date),
            precision: Precision::Day,
            phrase: None,
            inferred: None,
        },
    };
    Draft {
        article: Article {
            id: text(article_id(i)),
            outlet: text(outlet),
            headline: text(format!("Fighting goes on, {outlet_name} reports")),
            headline_note: i
                .is_multiple_of(3)
                .then(|| text("The outlet's headline, shortened.")),
            dateline: i.is_multiple_of(2).then(|| text("KYIV")),
            url: (i % 4 == 1).then(|| text(format!("https://example.org/{outlet}/{i}"))),
            paragraphs: Vec::new().into(),
            background: [Background {
                text: text(FURNITURE),
                note: Some(text("page furniture")),
            }]
            .into_iter()
            .chain(published.phrase.clone().map(|weekday| Background {
                text: weekday,
                note: Some(text("dateline")),
            }))
            .collect::<Vec<_>>()
            .into(),
            published,
        },
        quotes: Vec::new(),
    }
}

/// "a" to "z", then "aa", "ab" and on: a short id for any number of articles.
fn article_id(i: usize) -> String {
    let mut id = Vec::new();
    let mut n = i + 1;
    while n > 0 {
        let digit = (n - 1) % 26;
        id.push(b'a' + digit as u8);
        n = (n - 1) / 26;
    }
    id.reverse();
    String::from_utf8_lossy(&id).into_owned()
}

impl Draft {
    /// Paragraphs of three quotes each, after the page furniture.
    fn finish(self) -> Article {
        let mut paragraphs = vec![text(FURNITURE)];
        // A dateline's weekday, where the publication date is read from one.
        paragraphs.extend(self.article.published.phrase.clone());
        paragraphs.extend(self.quotes.chunks(3).map(|chunk| text(chunk.join(" "))));
        Article {
            paragraphs: paragraphs.into(),
            ..self.article
        }
    }
}

struct Writer<'r> {
    rng: &'r mut Rng,
    /// Chooses the figures' periods.
    periods: &'r mut Rng,
    /// Chooses the articles beyond two that carry a claim, and each outlet's own date
    /// and figure.
    versions: &'r mut Rng,
    actors: &'r [Claimant],
    /// How many outlets have articles: the last of `actors`.
    outlets: usize,
    articles: Vec<Draft>,
}

/// Who the claim comes from, through whom and when, as its first article gives it.
struct Said<'a> {
    sources: &'a [usize],
    relay: Option<usize>,
    made: Option<&'a When>,
    own_voice: bool,
}

/// An outlet's own version of a claim: its date for it, and its own figure with the
/// clause that gives it; `None` where it follows the claim.
#[derive(Default)]
struct Version {
    made: Option<When>,
    clause: Option<String>,
    figure: Option<Figure>,
}

/// Which stretch of time a date is drawn from.
#[derive(Clone, Copy)]
enum Era {
    /// The month before the first article: where most claims are.
    Recent,
    /// Earlier in 2024.
    ThisYear,
    /// 2015 to 2023.
    Decade,
    /// 1954 to 2014.
    Older,
    /// The Korean War, 1950 to 1953.
    KoreanWar,
    /// 2025, for claims about what is expected.
    NextYear,
}

impl<'r> Writer<'r> {
    fn claim(&mut self, i: usize) -> Claim {
        let rng = &mut *self.rng;
        let own_voice = rng.percent(6);
        let claimant_count = self.actors.len() - self.outlets;
        let source = if own_voice {
            claimant_count + rng.below(self.outlets)
        } else if rng.percent(50) {
            rng.below(claimant_count)
        } else {
            // Skewed: a few claimants make many more claims than the rest.
            let reach = rng.below(claimant_count) + 1;
            rng.below(reach)
        };
        let mut sources = vec![source];
        if !own_voice && rng.percent(6) {
            let other = rng.below(claimant_count);
            if other != source {
                sources.push(other);
            }
        }
        let relay = (!own_voice && rng.percent(25)).then(|| {
            // A state news agency (the last role) or an outlet.
            let agencies = (claimant_count - SIDES.len())..self.actors.len();
            agencies.start + rng.below(agencies.len())
        });
        let relay = relay.filter(|r| !sources.contains(r));

        let (statement_clause, figure, topic) = self.what();
        let rng = &mut *self.rng;
        let made = (!rng.percent(12)).then(|| {
            let era = match rng.below(100) {
                0..=44 => Era::Recent,
                45..=74 => Era::ThisYear,
                75..=87 => Era::Decade,
                88..=95 => Era::Older,
                _ => Era::KoreanWar,
            };
            dated(rng, era, last_made(), false)
        });
        // An outlet's own statement is made as it is published: it gives no other date.
        let made = made.filter(|_| !own_voice);
        let about = (!rng.percent(45)).then(|| {
            let era = match rng.below(100) {
                0..=9 => Era::KoreanWar,
                10..=14 => Era::NextYear,
                15..=54 => Era::Recent,
                55..=79 => Era::ThisYear,
                80..=91 => Era::Decade,
                _ => Era::Older,
            };
            dated(rng, era, last_about(), true)
        });
        let mut about = about;
        let figure = figure.map(|mut figure| {
            if rng.percent(30) {
                figure.period = about.clone();
            }
            // A count over a period is about that period, as the text says it.
            if let Some(period) = figure_period(self.periods, made.as_ref()) {
                figure.period = Some(period.clone());
                about = Some(period);
            }
            figure
        });
        let mut topics = vec![text(TOPICS[topic].id)];
        if rng.percent(20) {
            let other = rng.below(TOPICS.len());
            if other != topic {
                topics.push(text(TOPICS[other].id));
            }
        }

        let clause = match &about {
            Some(when) => format!("{statement_clause} {}", phrase_of(when)),
            None => statement_clause.clone(),
        };
        let articles = self.articles_for(source, own_voice);
        let mut figures: Vec<Figure> = figure.into_iter().collect();
        let mut appearances = Vec::new();
        let said = Said {
            sources: &sources,
            relay,
            made: made.as_ref(),
            own_voice,
        };
        for (n, &a) in articles.iter().enumerate() {
            // One outlet's own figure at most, beside the claim's.
            let mut version = match (n, &*figures) {
                (0, _) => Version::default(),
                (_, [only]) => self.version(made.as_ref(), Some(only), &clause),
                _ => self.version(made.as_ref(), None, &clause),
            };
            let mut quote = self.version_quote(&version, &said, &clause, n);
            // An outlet's own figure counts only where its words are in this quote
            // alone, and the claim's are not: each figure is credited to its outlets.
            let first = figures.first().map_or("", |f| &*f.phrase);
            let apart = |own: &Figure| {
                crate::model::text::contains(&quote, &own.phrase)
                    && !crate::model::text::contains(&quote, first)
                    && !crate::model::text::contains(&clause, &own.phrase)
            };
            if version.figure.as_ref().is_some_and(|own| !apart(own)) {
                version.figure = None;
                version.clause = None;
                quote = self.version_quote(&version, &said, &clause, n);
            }
            let own_figure = version.figure;
            if let Some(draft) = self.articles.get_mut(a) {
                draft.quotes.push(quote.clone());
                figures.extend(own_figure);
                appearances.push(Appearance {
                    article: draft.article.id.clone(),
                    chain: Vec::new().into(),
                    quotes: vec![text(quote)].into(),
                    made: version.made,
                });
            }
        }

        let rng = &mut *self.rng;
        let verification = match rng.below(100) {
            0..=14 => Some(Verification {
                status: VerificationStatus::NotVerified,
                note: text("The outlet says it could not independently verify the claim."),
            }),
            15..=22 => Some(Verification {
                status: VerificationStatus::Alleged,
                note: text("The article presents it as alleged."),
            }),
            _ => None,
        };
        let channel = rng.pick(&CHANNELS).copied().flatten();
        let mut chain = vec![Link {
            actors: sources
                .iter()
                .map(|&s| self.actors[s].actor.id.clone())
                .collect::<Vec<_>>()
                .into(),
            channel: channel.map(text),
        }];
        if let Some(relay) = relay {
            chain.push(Link {
                actors: vec![self.actors[relay].actor.id.clone()].into(),
                channel: Some(text("news agency report")),
            });
        }
        let source_id = &self.actors[source].actor.id;
        let id = format!("{source_id}-{}-{i}", TOPICS[topic].id);
        Claim {
            id: text(if id.len() <= 64 {
                id
            } else {
                format!("claim-{i}")
            }),
            statement: text(format!("{}.", capitalised(&statement_clause))),
            made,
            about,
            figures: figures.into(),
            topics: topics.into(),
            verification,
            note: i
                .is_multiple_of(7)
                .then(|| text("Worded as the outlet gives it.")),
            // Every article gives the same chain; two differ only in their wording.
            appearances: appearances
                .into_iter()
                .map(|a| Appearance {
                    chain: chain.clone().into(),
                    ..a
                })
                .collect::<Vec<_>>()
                .into(),
        }
    }

    /// What is claimed: a clause, its figure if it has one, and its topic.
    fn what(&mut self) -> (String, Option<Figure>, usize) {
        let rng = &mut *self.rng;
        let place = rng.pick(&PLACES).copied().unwrap_or("Kursk");
        if rng.percent(40) {
            let q = &QUANTITIES[rng.below(QUANTITIES.len())];
            let figure = figure(rng, q);
            let clause = format!("{} {}", figure.phrase, q.clause.replace("{}", place));
            (clause, Some(figure), q.topic)
        } else {
            let topic = rng.below(TOPICS.len());
            (TOPICS[topic].clause.replace("{}", place), None, topic)
        }
    }

    /// The articles carrying a claim: an outlet's own claim is in its own article; any
    /// other in one article, or in two, worded differently.
    fn articles_for(&mut self, source: usize, own_voice: bool) -> Vec<usize> {
        let rng = &mut *self.rng;
        if own_voice {
            let outlet = &self.actors[source].actor.id;
            let own = self
                .articles
                .iter()
                .position(|d| d.article.outlet == *outlet);
            return own.into_iter().collect();
        }
        let count = self.articles.len();
        let first = rng.below(count);
        let mut chosen = vec![first];
        if rng.percent(30) {
            let second = (first + 1 + rng.below(count - 1)) % count;
            if second != first {
                chosen.push(second);
            }
        }
        // One claim in eight is carried more widely, by three to six outlets, as a
        // story's main claims are.
        let versions = &mut *self.versions;
        if count >= 3 && versions.percent(12) {
            let wanted = 3 + versions.below(count.min(6) - 2);
            let offset = versions.below(count);
            let others = (0..count).map(|step| (first + offset + step) % count);
            for other in others {
                if chosen.len() >= wanted {
                    break;
                }
                if !chosen.contains(&other) {
                    chosen.push(other);
                }
            }
        }
        chosen
    }

    /// The sentence the `n`th article carries the claim in, in its outlet's version.
    fn version_quote(&self, version: &Version, said: &Said, clause: &str, n: usize) -> String {
        if said.own_voice {
            // Not opening the sentence: a figure keeps its words as they are.
            return format!("Reporters found that {clause}.");
        }
        let clause = version.clause.as_deref().unwrap_or(clause);
        let made = version.made.as_ref().or(said.made);
        self.quote(said.sources, said.relay, made, clause, n % 2 == 1)
    }

    /// How an outlet after the first gives a claim: now and then with its own date for
    /// it (the day after the claim's, stated in full) or its own figure ("at least" or
    /// "roughly" another number).
    fn version(&mut self, made: Option<&When>, figure: Option<&Figure>, clause: &str) -> Version {
        let rng = &mut *self.versions;
        let own_date = rng.percent(25);
        let own_figure = rng.percent(40);
        let made = made
            .filter(|made| own_date && made.precision == Precision::Day)
            .map(|made| made.start.day_number() + 1)
            .filter(|&day| day <= last_made())
            .map(|day| {
                let date = Date::from_day_number(day);
                let month = MONTHS[usize::from(date.month.clamp(1, 12)) - 1];
                When {
                    start: date,
                    end: Some(date),
                    precision: Precision::Day,
                    phrase: Some(text(format!("on {} {month} {}", date.day, date.year))),
                    inferred: None,
                }
            });
        let Some(figure) = figure.filter(|_| own_figure) else {
            return Version {
                made,
                ..Version::default()
            };
        };
        let value = figure.low.or(figure.high).unwrap_or(0);
        let other = value + (value / 20).max(1);
        let (qualifier, low, high, phrase) = if rng.percent(50) {
            let words = format!("at least {}", group_thousands(other));
            (Qualifier::AtLeast, Some(other), None, words)
        } else {
            let words = format!("roughly {}", group_thousands(other));
            (Qualifier::About, Some(other), Some(other), words)
        };
        let own = Figure {
            low,
            high,
            qualifier,
            phrase: text(phrase),
            ..figure.clone()
        };
        Version {
            made,
            clause: clause
                .strip_prefix(&*figure.phrase)
                .map(|rest| format!("{}{rest}", own.phrase)),
            figure: Some(own),
        }
    }

    /// One sentence attributing the clause: "The X said on … that …." or, in the other
    /// wording, "…, the X said on …."
    fn quote(
        &self,
        sources: &[usize],
        relay: Option<usize>,
        made: Option<&When>,
        clause: &str,
        second_wording: bool,
    ) -> String {
        let names = |opening: bool| -> String {
            let name = |(n, &s): (usize, &usize)| {
                let claimant = &self.actors[s];
                if opening && n == 0 {
                    claimant.opening.clone()
                } else {
                    claimant.inner.clone()
                }
            };
            sources
                .iter()
                .enumerate()
                .map(name)
                .collect::<Vec<_>>()
                .join(" and ")
        };
        let when = made
            .map(|w| format!(" {}", phrase_of(w)))
            .unwrap_or_default();
        let relay = relay.map(|r| &self.actors[r].inner);
        if second_wording {
            let by = relay
                .map(|r| format!(", according to {r}"))
                .unwrap_or_default();
            format!("{}, {} said{when}{by}.", capitalised(clause), names(false))
        } else {
            match relay {
                Some(r) => format!(
                    "According to {r}, {} said{when} that {clause}.",
                    names(false)
                ),
                None => format!("{} said{when} that {clause}.", names(true)),
            }
        }
    }
}

// Generated stories are for tests and benchmarks, never in the page.
#[allow(clippy::disallowed_methods)]
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

fn figure(rng: &mut Rng, q: &QuantitySpec) -> Figure {
    let round = |v: u64| match v {
        0..=99 => v,
        100..=9_999 => v / 10 * 10,
        _ => v / 1000 * 1000,
    };
    let span = usize::try_from(q.high - q.low).unwrap_or(0);
    let value = round(q.low + rng.below(span) as u64);
    let n = group_thousands;
    let (qualifier, low, high, phrase) = match rng.below(7) {
        0 => (Qualifier::Exact, Some(value), Some(value), n(value)),
        1 => (
            Qualifier::MoreThan,
            Some(value),
            None,
            format!("more than {}", n(value)),
        ),
        2 => (
            Qualifier::UpTo,
            None,
            Some(value),
            format!("up to {}", n(value)),
        ),
        3 => (
            Qualifier::About,
            Some(value),
            Some(value),
            format!("about {}", n(value)),
        ),
        4 => (
            Qualifier::Nearly,
            None,
            Some(value),
            format!("nearly {}", n(value)),
        ),
        5 => {
            let upper = round(value + value / 10 + 1);
            (
                Qualifier::Between,
                Some(value),
                Some(upper),
                format!("between {} and {}", n(value), n(upper)),
            )
        }
        // Vague amounts take the bounds docs/DATA.md gives them by convention.
        _ if value >= 20_000 => (
            Qualifier::Several,
            Some(20_000),
            Some(99_999),
            "tens of thousands".to_owned(),
        ),
        _ => (
            Qualifier::Several,
            Some(200),
            Some(999),
            "several hundred".to_owned(),
        ),
    };
    Figure {
        quantity: text(q.id),
        low,
        high,
        qualifier,
        phrase: text(phrase),
        period: None,
    }
}

/// The period a count covers, for two figures in five: a closed one ("in the 12 days
/// to 14 December") or one the text leaves open ("since 5 October"), ending no later
/// than the claim was made.
fn figure_period(rng: &mut Rng, made: Option<&When>) -> Option<When> {
    let end = made
        .and_then(|m| m.end)
        .map_or(last_made(), |day| day.day_number());
    let kind = rng.below(100);
    if kind < 60 {
        return None;
    }
    let open = kind >= 80;
    let length = if open {
        10 + rng.below(110)
    } else {
        2 + rng.below(29)
    };
    let start = Date::from_day_number(end - i32::try_from(length).unwrap_or(1));
    let end = Date::from_day_number(end);
    let month = |date: Date| MONTHS[usize::from(date.month.clamp(1, 12)) - 1];
    let inferred = rng.percent(30);
    Some(When {
        start,
        end: (!open).then_some(end),
        precision: Precision::Period,
        phrase: Some(text(match open {
            true => format!("since {} {}", start.day, month(start)),
            false => format!("in the {length} days to {} {}", end.day, month(end)),
        })),
        inferred: inferred.then(|| text("the year, which the text leaves out, from the article")),
    })
}

/// The day before the first article: no claim is made after it.
fn last_made() -> i32 {
    FIRST_PUBLISHED.day_number() - 1
}

/// Claims may be about up to the end of 2025.
fn last_about() -> i32 {
    Date {
        year: 2025,
        month: 12,
        day: 31,
    }
    .day_number()
}

fn day_of(year: i32, month: u8, day: u8) -> i32 {
    Date { year, month, day }.day_number()
}

/// A date from an era, at some precision, stated or inferred, never past `limit`.
/// A date up to `limit`; a time a claim is about may be a span the text leaves open.
fn dated(rng: &mut Rng, era: Era, limit: i32, may_be_open: bool) -> When {
    let (first, last) = match era {
        Era::Recent => (last_made() - 30, last_made()),
        Era::ThisYear => (day_of(2024, 1, 1), last_made() - 31),
        Era::Decade => (day_of(2015, 1, 1), day_of(2023, 12, 31)),
        Era::Older => (day_of(1954, 1, 1), day_of(2014, 12, 31)),
        Era::KoreanWar => (day_of(1950, 6, 25), day_of(1953, 7, 27)),
        Era::NextYear => (day_of(2025, 1, 1), day_of(2025, 12, 31)),
    };
    let day = rng.day_in(first, last.min(limit));
    let inferred = rng.percent(45);
    let date = Date::from_day_number(day);
    let month = MONTHS[usize::from(date.month.clamp(1, 12)) - 1];
    let mut when = match rng.below(100) {
        0..=59 => {
            let (phrase, why) = if inferred && day <= last_made() && last_made() - day < 7 {
                let weekday = weekday(day);
                (
                    format!("on {weekday}"),
                    format!("“{weekday}” resolved against the publication date"),
                )
            } else {
                (
                    format!("on {} {month}", date.day),
                    "the year, which the text leaves out, from the dates around it".to_owned(),
                )
            };
            When {
                start: date,
                end: Some(date),
                precision: Precision::Day,
                phrase: Some(text(if inferred {
                    phrase
                } else {
                    format!("on {} {month} {}", date.day, date.year)
                })),
                inferred: inferred.then(|| text(why)),
            }
        }
        60..=74 => When {
            start: Date { day: 1, ..date },
            end: Some(Date {
                day: days_in_month(date.year, date.month),
                ..date
            }),
            precision: Precision::Month,
            phrase: Some(text(if inferred {
                format!("in {month}")
            } else {
                format!("in {month} {}", date.year)
            })),
            inferred: inferred
                .then(|| text("the year, which the text leaves out, from the article")),
        },
        75..=84 => When {
            start: Date {
                month: 1,
                day: 1,
                ..date
            },
            end: Some(Date {
                month: 12,
                day: 31,
                ..date
            }),
            precision: Precision::Year,
            phrase: Some(text(if inferred {
                "that year".to_owned()
            } else {
                format!("in {}", date.year)
            })),
            inferred: inferred.then(|| text("the year named earlier in the article")),
        },
        // A span the text leaves open: "since" a day, to when the claim was made.
        _ if may_be_open && rng.percent(25) => When {
            start: date,
            end: None,
            precision: Precision::Period,
            phrase: Some(text(format!("since {} {month}", date.day))),
            inferred: inferred.then(|| text("the year named earlier in the article")),
        },
        _ => {
            let end = (day + i32::try_from(rng.below(120)).unwrap_or(0)).min(limit);
            let end_date = Date::from_day_number(end.max(day));
            When {
                start: date,
                end: Some(end_date),
                precision: Precision::Period,
                phrase: Some(text(if inferred {
                    "over those weeks".to_owned()
                } else {
                    format!(
                        "from {} {month} {} to {} {} {}",
                        date.day,
                        date.year,
                        end_date.day,
                        MONTHS[usize::from(end_date.month.clamp(1, 12)) - 1],
                        end_date.year
                    )
                })),
                inferred: inferred.then(|| text("the span of the events the article describes")),
            }
        }
    };
    // A month or year that runs past the limit ("earlier this month", "this year") is
    // only known up to it: a period, not the whole month or year.
    if when.end.is_some_and(|end| end.day_number() > limit) {
        when.end = Some(Date::from_day_number(limit));
        when.phrase = Some(text(if when.precision == Precision::Month {
            "earlier this month"
        } else {
            "this year"
        }));
        when.precision = Precision::Period;
        when.inferred = Some(text("read as up to the day before publication"));
    }
    when
}

/// The name of a day's weekday (1 January 1970 was a Thursday).
fn weekday(day: i32) -> &'static str {
    WEEKDAYS[usize::try_from((day + 3).rem_euclid(7)).unwrap_or(0)]
}

/// The words a quote dates a claim with.
fn phrase_of(when: &When) -> String {
    when.phrase
        .as_deref()
        .map_or_else(|| when.to_string(), str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::parse;
    use crate::model::validate::validate;

    fn problems(story: &Story) -> Vec<String> {
        validate(story).iter().map(ToString::to_string).collect()
    }

    #[test]
    fn generated_stories_are_valid() {
        for (n, seed) in [(0, 1), (1, 2), (40, 3), (700, 4)] {
            let story = story(n, seed);
            assert_eq!(story.claims.len(), n);
            assert_eq!(
                problems(&story),
                Vec::<String>::new(),
                "{n} claims, seed {seed}"
            );
        }
    }

    #[test]
    fn stories_of_one_to_twenty_articles_are_valid() {
        for (claims, articles, seed) in [(60, 1, 7), (400, 20, 8), (300, 3, 9), (50, 27, 10)] {
            let story = story_of(claims, articles, seed);
            assert_eq!(story.articles.len(), articles);
            assert_eq!(
                problems(&story),
                Vec::<String>::new(),
                "{claims} claims over {articles} articles, seed {seed}"
            );
        }
    }

    #[test]
    fn twenty_articles_come_from_twenty_outlets_with_ids_a_to_t() {
        let story = story_of(400, 20, 8);
        let ids: Vec<&str> = story.articles.iter().map(|a| &*a.id).collect();
        assert_eq!(ids.concat(), "abcdefghijklmnopqrst");
        let mut outlets: Vec<&str> = story.articles.iter().map(|a| &*a.outlet).collect();
        outlets.sort_unstable();
        outlets.dedup();
        assert_eq!(outlets.len(), 20);
        let more = story_of(10, 28, 1);
        let ids: Vec<&str> = more.articles.iter().skip(25).map(|a| &*a.id).collect();
        assert_eq!(ids, ["z", "aa", "ab"]);
    }

    #[test]
    fn one_article_carries_every_claim() {
        let story = story_of(60, 1, 7);
        assert!(story.claims.iter().all(|c| c.appearances.len() == 1));
    }

    #[test]
    fn outlets_give_their_own_versions_of_shared_claims() {
        let story = story_of(2000, 20, 12);
        let widely = story
            .claims
            .iter()
            .filter(|c| c.appearances.len() >= 3)
            .count();
        assert!(
            widely * 20 >= story.claims.len(),
            "{widely} claims in 3 or more"
        );
        assert!(story.claims.iter().any(|c| c.appearances.len() >= 5));
        let own_dates = story
            .claims
            .iter()
            .flat_map(|c| c.appearances.iter())
            .filter(|a| a.made.is_some())
            .count();
        assert!(
            own_dates >= 20,
            "{own_dates} appearances with their own date"
        );
        // A figure given by one outlet of several, the claim's other figure by others.
        let own_figures = story
            .claims
            .iter()
            .filter(|c| c.figures.len() == 2)
            .filter(|c| {
                c.figures.iter().all(|f| {
                    let by = c.reports_of(f).count();
                    by >= 1 && by < c.appearances.len()
                })
            })
            .count();
        assert!(
            own_figures >= 20,
            "{own_figures} claims with an outlet's own figure"
        );
        assert!(story
            .claims
            .iter()
            .flat_map(|c| c.figures.iter())
            .any(|f| f.qualifier == Qualifier::AtLeast));
    }

    #[test]
    fn the_same_seed_gives_the_same_story() {
        let a = format!("{:?}", story(200, 9));
        assert_eq!(a, format!("{:?}", story(200, 9)));
        assert_ne!(a, format!("{:?}", story(200, 10)));
    }

    #[test]
    fn generated_stories_have_every_kind_of_date_and_attribution() {
        let story = story(2000, 5);
        let dates: Vec<&When> = story
            .claims
            .iter()
            .flat_map(|c| c.made.iter().chain(c.about.iter()))
            .collect();
        for precision in [
            Precision::Day,
            Precision::Month,
            Precision::Year,
            Precision::Period,
        ] {
            assert!(
                dates.iter().any(|w| w.precision == precision),
                "{precision:?}"
            );
        }
        assert!(dates.iter().any(|w| w.is_inferred()));
        assert!(dates.iter().any(|w| !w.is_inferred()));
        assert!(dates.iter().any(|w| w.start.year <= 1950));
        let made_2024 = story
            .claims
            .iter()
            .filter(|c| c.made.as_ref().is_some_and(|w| w.start.year == 2024))
            .count();
        assert!(made_2024 * 2 > story.claims.len(), "most made in 2024");
        assert!(story.claims.iter().any(|c| c.made.is_none()));
        assert!(story.claims.iter().any(|c| c.about.is_none()));
        assert!(story.claims.iter().any(|c| c.sources().len() > 1));
        assert!(story
            .claims
            .iter()
            .any(|c| c.appearances.iter().any(|a| a.chain.len() > 1)));
        assert!(story.claims.iter().any(|c| c.appearances.len() > 1));
        assert!(story.claims.iter().any(|c| !c.figures.is_empty()));
        assert!(story.claims.iter().any(|c| c.verification.is_some()));
        let claimants: std::collections::HashSet<&str> = story
            .claims
            .iter()
            .flat_map(|c| c.sources().into_iter().map(|s| &**s))
            .collect();
        // 54 claimants over six sides, and the outlets of the eight articles.
        assert_eq!(story.actors.len(), 62);
        assert!(claimants.len() >= 50, "{} claimants", claimants.len());
        assert!(story.articles.len() >= 4);
    }

    #[test]
    fn a_few_hundred_claims_give_every_qualifier_and_every_kind_of_period() {
        let story = story(300, 6);
        let figures: Vec<&Figure> = story.claims.iter().flat_map(|c| c.figures.iter()).collect();
        for qualifier in [
            Qualifier::Exact,
            Qualifier::MoreThan,
            Qualifier::UpTo,
            Qualifier::About,
            Qualifier::Nearly,
            Qualifier::Between,
            Qualifier::Several,
        ] {
            assert!(
                figures.iter().any(|f| f.qualifier == qualifier),
                "{qualifier:?}"
            );
        }
        let periods = |open: bool| {
            figures
                .iter()
                .filter_map(|f| f.period.as_ref())
                .filter(|p| p.end.is_none() == open)
                .count()
        };
        assert!(figures.iter().any(|f| f.period.is_none()), "as of a date");
        assert!(periods(false) >= 5, "closed periods: {}", periods(false));
        assert!(periods(true) >= 5, "open periods: {}", periods(true));
        let mut quantities: Vec<&str> = figures.iter().map(|f| &*f.quantity).collect();
        quantities.sort();
        quantities.dedup();
        assert_eq!(quantities.len(), QUANTITIES.len());
        // A figure over a period is dated by it, so its words are in the quote.
        for claim in story.claims.iter() {
            for period in claim.figures.iter().filter_map(|f| f.period.as_ref()) {
                assert_eq!(claim.about.as_ref(), Some(period), "{}", claim.id);
            }
        }
        assert_eq!(problems(&story), Vec::<String>::new());
    }

    #[test]
    fn json_reads_back_as_the_same_story() {
        for story in [story(300, 11), crate::load_tests::small_story()] {
            let json = serde_json::to_string(&story).unwrap();
            let read = parse(&json).unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(format!("{read:?}"), format!("{story:?}"));
        }
        let json = serde_json::to_string(&story(1, 1)).unwrap();
        assert!(
            json.contains(
                r#""published":{"start":"2024-12-16","end":"2024-12-16","precision":"day""#
            ),
            "{json}"
        );
    }
}
