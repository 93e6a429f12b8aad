//! Sorting for the short lists the page sorts: facet options, a paragraph's quote spans.
//!
//! The standard library's sorts are built for long slices and cost the page about 3 KB
//! of WebAssembly per element type; an insertion sort costs a tenth of that and is as
//! fast for a few hundred items. Stable: equal items keep their order.

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
