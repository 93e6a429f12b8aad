//! How many rows of a long list to render, and how to go from one set of rows to the
//! next without rebuilding the rows both share.

/// Rows a long list shows at first and adds with each "Show more": the claims list and
/// the published views' lists alike. Enough to read on, few enough that a filter change
/// on a story of thousands of claims stays within a frame or two.
pub const PAGE: usize = 100;

/// How many rows the claim list shows at first: a page, or as many pages as it takes
/// to include the selected claim when a link names one further down. Bounding the
/// rows keeps a filter change to one frame however large the story.
pub fn rows_to_show(matches: &[usize], selected: Option<usize>, page: usize) -> usize {
    let position = selected.and_then(|claim| matches.iter().position(|&m| m == claim));
    let needed = position.map_or(0, |p| p + 1);
    needed.div_ceil(page).max(1) * page
}

/// One step from the rows shown to the rows to show; rows are claim indices.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowEdit {
    Remove(usize),
    /// Insert the row before another row already shown, or at the end.
    Insert {
        row: usize,
        before: Option<usize>,
    },
}

/// The removals and insertions that turn the rows `shown` into `wanted`. Both are in
/// story order (ascending), as filtering keeps them, so one merge finds them; a row in
/// both stays where it is, untouched.
pub fn row_edits(shown: &[usize], wanted: &[usize]) -> Vec<RowEdit> {
    let mut edits = Vec::new();
    let mut old = shown.iter().copied().peekable();
    for &row in wanted {
        while let Some(gone) = old.next_if(|&o| o < row) {
            edits.push(RowEdit::Remove(gone));
        }
        if old.next_if_eq(&row).is_none() {
            let before = old.peek().copied();
            edits.push(RowEdit::Insert { row, before });
        }
    }
    edits.extend(old.map(RowEdit::Remove));
    edits
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Applies edits the way the page does to its list of rows.
    fn apply(shown: &[usize], edits: &[RowEdit]) -> Vec<usize> {
        let mut rows = shown.to_vec();
        for edit in edits {
            match *edit {
                RowEdit::Remove(row) => rows.retain(|&r| r != row),
                RowEdit::Insert { row, before } => {
                    let at = before
                        .and_then(|b| rows.iter().position(|&r| r == b))
                        .unwrap_or(rows.len());
                    rows.insert(at, row);
                }
            }
        }
        rows
    }

    fn ascending() -> impl Strategy<Value = Vec<usize>> {
        proptest::collection::btree_set(0usize..60, 0..30).prop_map(|s| s.into_iter().collect())
    }

    proptest! {
        #[test]
        fn edits_turn_the_rows_shown_into_the_rows_wanted(shown in ascending(), wanted in ascending()) {
            let edits = row_edits(&shown, &wanted);
            prop_assert_eq!(apply(&shown, &edits), wanted.clone());
            // A row in both is neither removed nor inserted again.
            let touched = edits.iter().filter(|e| match **e {
                RowEdit::Remove(r) | RowEdit::Insert { row: r, .. } => shown.contains(&r) && wanted.contains(&r),
            }).count();
            prop_assert_eq!(touched, 0);
        }
    }

    #[test]
    fn the_list_shows_a_page_or_enough_pages_to_reach_the_selection() {
        let matches: Vec<usize> = (0..1000).map(|i| i * 2).collect();
        assert_eq!(rows_to_show(&matches, None, 100), 100);
        assert_eq!(rows_to_show(&matches, Some(10), 100), 100);
        assert_eq!(rows_to_show(&matches, Some(198), 100), 100, "the 100th row");
        assert_eq!(rows_to_show(&matches, Some(200), 100), 200, "the 101st row");
        assert_eq!(
            rows_to_show(&matches, Some(1999), 100),
            100,
            "not in the list"
        );
        assert_eq!(rows_to_show(&[], Some(3), 100), 100);
    }
}
