//! How many rows of a long list to render.

/// How many rows the claim list shows at first: a page, or as many pages as it takes
/// to include the selected claim when a link names one further down. Bounding the
/// rows keeps a filter change to one frame however large the story.
pub fn rows_to_show(matches: &[usize], selected: Option<usize>, page: usize) -> usize {
    let position = selected.and_then(|claim| matches.iter().position(|&m| m == claim));
    let needed = position.map_or(0, |p| p + 1);
    needed.div_ceil(page).max(1) * page
}

#[cfg(test)]
mod tests {
    use super::*;

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
