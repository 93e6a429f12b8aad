//! Sorting, with an eye on the page's download: the standard library's sorts cost about
//! 3 KB of WebAssembly for each element type and comparison they are used with.
//!
//! - [`sort_by`]: an insertion sort, a tenth of that, as fast for a few hundred items
//!   or a nearly sorted list (facet options, quote spans, a lane's marks by pixel).
//! - [`sort_keyed`]: the standard sort, used for one element type only, for long lists:
//!   callers pack what they sort by into the key.

use std::cmp::Ordering;

/// Sorts `items` in place by `compare`, keeping equal items in their order.
pub fn sort_by<T>(items: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    for i in 1..items.len() {
        let mut at = i;
        while at > 0 && compare(&items[at - 1], &items[at]) == Ordering::Greater {
            items.swap(at - 1, at);
            at -= 1;
        }
    }
}

/// Sorts `(key, index)` pairs by key, then index: the one instantiation of the standard
/// sort in the crate.
pub fn sort_keyed(pairs: &mut [(i64, usize)]) {
    pairs.sort_unstable();
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn sorts_as_the_standard_stable_sort_does(mut items in proptest::collection::vec((0u8..8, any::<u16>()), 0..60)) {
            let mut expected = items.clone();
            expected.sort_by_key(|item| item.0);
            sort_by(&mut items, |a, b| a.0.cmp(&b.0));
            prop_assert_eq!(items, expected);
        }
    }
}
