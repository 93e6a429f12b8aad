//! Sorting, with an eye on the page's download: the standard library's sorts cost the
//! page their own code for each element type and comparison they are used with (clippy
//! refuses them in the page; their cost: docs/SIZE.md).
//!
//! - [`sort_by`]: an insertion sort, a small fraction of that, as fast for a few hundred items
//!   or a nearly sorted list (facet options, quote spans, a lane's marks by pixel).
//! - [`sort_keyed`]: a heapsort for long lists (timeline marks by date, tens of
//!   thousands of them): O(n log n) in a few hundred bytes, where the standard sort
//!   brings a pattern-defeating quicksort. Callers pack what they sort by into
//!   the key; the index makes every pair distinct, so stability does not arise.

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

/// Sorts `(key, index)` pairs by key, then index.
pub fn sort_keyed(pairs: &mut [(i64, usize)]) {
    // Build a max-heap, then move its top to the end of the shrinking heap, n times.
    for start in (0..pairs.len() / 2).rev() {
        sift_down(pairs, start);
    }
    for end in (1..pairs.len()).rev() {
        pairs.swap(0, end);
        sift_down(&mut pairs[..end], 0);
    }
}

/// Moves `heap[at]` down until neither child is greater.
fn sift_down(heap: &mut [(i64, usize)], mut at: usize) {
    loop {
        let mut child = 2 * at + 1;
        if child >= heap.len() {
            return;
        }
        if child + 1 < heap.len() && heap[child] < heap[child + 1] {
            child += 1;
        }
        if heap[at] >= heap[child] {
            return;
        }
        heap.swap(at, child);
        at = child;
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

        #[test]
        fn sorts_keyed_pairs_as_the_standard_sort_does(mut pairs in proptest::collection::vec((-50i64..50, 0usize..1000), 0..300)) {
            let mut expected = pairs.clone();
            expected.sort();
            sort_keyed(&mut pairs);
            prop_assert_eq!(pairs, expected);
        }
    }
}
