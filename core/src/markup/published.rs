//! What a view `claimline site` draws and the page only shows, hides and marks has in
//! common: each part standing for claims carries their story indices (`DATA_SHOWS`),
//! written and read back here.

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

#[cfg(test)]
mod tests {
    use super::*;

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
