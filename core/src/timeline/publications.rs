//! The head's publication marks: one label per article ("C published") at the end of
//! its publication day, in a few rows; articles whose labels would overprint there are
//! one mark instead ("3 articles"), which names them all.

use crate::model::Article;
use crate::small_sort::sort_keyed;

/// Rows of the head given to publication labels, whatever the number of articles.
pub const PUBLICATION_ROWS: usize = 2;
/// Room kept between two labels in a row, and between a label and its line.
const GAP_PX: f64 = 6.0;
const LINE_GAP_PX: f64 = 3.0;

/// An article published within the window: its place in the story, the x of its
/// publication line and its last day of publication.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Published {
    pub article: usize,
    pub x: f64,
    pub day: i32,
}

/// A label in the head: one article's, or a group's.
#[derive(Clone, Debug, PartialEq)]
pub struct PublicationMark {
    pub row: usize,
    /// The articles it stands for (positions in the story), by publication.
    pub articles: Vec<usize>,
    /// Where its text starts and ends: it ends at its first article's line, or starts
    /// there when the line is too near the left edge.
    pub start: f64,
    pub end: f64,
    pub anchor_end: bool,
    /// The days its articles were published over, `last` included.
    pub first: i32,
    pub last: i32,
}

impl PublicationMark {
    /// Where the text is anchored: its end, or its start (see `anchor_end`).
    pub fn text_x(&self) -> f64 {
        if self.anchor_end {
            self.end
        } else {
            self.start
        }
    }
}

/// The label of one article ("C published") or of a group ("3 articles"), by the
/// articles' positions in the story.
pub fn publication_text(articles: &[Article], of: &[usize]) -> String {
    match of {
        [one] => {
            let id = articles.get(*one).map_or("", |a| &*a.id);
            format!("{} published", id.to_ascii_uppercase())
        }
        many => format!("{} articles", many.len()),
    }
}

/// Lays the labels out in [`PUBLICATION_ROWS`] rows: each article's label goes in the
/// first row where it clears the last label by [`GAP_PX`]; one that clears none joins
/// the mark placed last, the nearest before it.
pub fn publication_marks(
    published: &[Published],
    articles: &[Article],
    px_per_char: f64,
) -> Vec<PublicationMark> {
    // By day, then by place in the story: left to right, as the lines stand.
    let mut order: Vec<(i64, usize)> = Vec::new();
    for (i, p) in published.iter().enumerate() {
        order.push((i64::from(p.day) << 20 | p.article as i64 & 0xF_FFFF, i));
    }
    sort_keyed(&mut order);
    // Ids are ASCII (validated), so a label's bytes are its characters.
    let width = |of: &[usize]| publication_text(articles, of).len() as f64 * px_per_char;
    let mut marks: Vec<PublicationMark> = Vec::new();
    // Per row: the mark drawn last in it.
    let mut last: [Option<usize>; PUBLICATION_ROWS] = [None; PUBLICATION_ROWS];
    let end_of = |marks: &[PublicationMark], row: Option<usize>| {
        row.and_then(|m| marks.get(m))
            .map_or(f64::NEG_INFINITY, |m| m.end)
    };
    for &(_, i) in &order {
        let Some(&p) = published.get(i) else { continue };
        let (start, end, anchor_end) = span_at(p.x, width(&[p.article]));
        let free = (0..PUBLICATION_ROWS).find(|&row| start >= end_of(&marks, last[row]) + GAP_PX);
        if let Some(row) = free {
            last[row] = Some(marks.len());
            marks.push(PublicationMark {
                row,
                articles: vec![p.article],
                start,
                end,
                anchor_end,
                first: p.day,
                last: p.day,
            });
            continue;
        }
        // No row is clear: it joins the mark placed last, the nearest before it.
        let Some(mark) = marks.last_mut() else {
            continue;
        };
        // Its label keeps the first article's place: "N articles" is no longer than
        // "X published" for up to 99 articles.
        mark.articles.push(p.article);
        mark.last = p.day;
    }
    marks
}

/// Where a label `width` wide goes for a line at `x`: ending just before it, or
/// starting just after it when it would run off the left edge.
fn span_at(x: f64, width: f64) -> (f64, f64, bool) {
    match x - LINE_GAP_PX >= width {
        true => (x - LINE_GAP_PX - width, x - LINE_GAP_PX, true),
        false => (x + LINE_GAP_PX, x + LINE_GAP_PX + width, false),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PX: f64 = 6.5;

    fn lay(xs: &[f64]) -> Vec<PublicationMark> {
        // Articles "a", "b"…: each label is 11 characters, "A published".
        let first = crate::load_tests::small_story().articles[0].clone();
        let articles: Vec<Article> = (0..xs.len())
            .map(|i| {
                let mut article = first.clone();
                article.id = ((b'a' + i as u8) as char).to_string().into();
                article
            })
            .collect();
        let published: Vec<Published> = xs
            .iter()
            .enumerate()
            .map(|(article, &x)| Published {
                article,
                x,
                day: 100 + article as i32,
            })
            .collect();
        publication_marks(&published, &articles, PX)
    }

    /// Two marks in one row overlap, or come closer than the gap.
    fn overprinted(marks: &[PublicationMark]) -> Option<(usize, usize)> {
        for (i, a) in marks.iter().enumerate() {
            for (j, b) in marks.iter().enumerate().skip(i + 1) {
                if a.row == b.row && a.start < b.end + GAP_PX && b.start < a.end + GAP_PX {
                    return Some((i, j));
                }
            }
        }
        None
    }

    fn every_article_once(marks: &[PublicationMark], count: usize) {
        let mut all: Vec<usize> = marks.iter().flat_map(|m| m.articles.clone()).collect();
        all.sort_unstable();
        assert_eq!(all, (0..count).collect::<Vec<_>>());
    }

    #[test]
    fn one_article_is_one_label_ending_at_its_line_or_starting_there_near_the_edge() {
        let marks = lay(&[400.0]);
        assert_eq!(marks.len(), 1);
        // "A published": 11 characters.
        assert_eq!((marks[0].start, marks[0].end), (400.0 - 3.0 - 71.5, 397.0));
        assert!(marks[0].anchor_end);
        let near_edge = lay(&[20.0]);
        assert_eq!((near_edge[0].start, near_edge[0].anchor_end), (23.0, false));
    }

    #[test]
    fn six_articles_days_apart_each_get_a_label_of_their_own() {
        let xs = [120.0, 220.0, 320.0, 420.0, 520.0, 620.0];
        let marks = lay(&xs);
        assert_eq!(marks.len(), 6);
        assert!(marks.iter().all(|m| m.articles.len() == 1));
        assert_eq!(overprinted(&marks), None);
        // Two on one day share it in two rows.
        let marks = lay(&[300.0, 300.0]);
        assert_eq!(marks.iter().map(|m| m.row).collect::<Vec<_>>(), [0, 1]);
    }

    #[test]
    fn twenty_articles_over_a_few_days_group_where_they_would_overprint() {
        // Four days 150 px apart, five articles on each.
        let xs: Vec<f64> = (0..20).map(|i| 150.0 * (1 + i / 5) as f64).collect();
        let marks = lay(&xs);
        assert_eq!(overprinted(&marks), None, "{marks:?}");
        every_article_once(&marks, 20);
        // Each day: one label, then a group of the other four in the second row.
        let groups: Vec<&PublicationMark> = marks.iter().filter(|m| m.articles.len() > 1).collect();
        assert_eq!(groups.len(), 4, "{marks:?}");
        assert_eq!(marks.len(), 4 * 2);
        assert!(groups
            .iter()
            .all(|g| g.articles.len() == 4 && g.first == g.last - 3));
    }

    #[test]
    fn twenty_articles_on_a_narrow_axis_never_overprint() {
        for width in [60.0, 390.0, 1200.0] {
            let xs: Vec<f64> = (0..20).map(|i| width * (i as f64 / 19.0)).collect();
            let marks = lay(&xs);
            assert_eq!(overprinted(&marks), None, "at {width} px: {marks:?}");
            every_article_once(&marks, 20);
            assert!(marks.iter().all(|m| m.row < PUBLICATION_ROWS));
        }
    }
}
