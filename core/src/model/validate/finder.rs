//! Finds many passages in many texts in one pass over each text (Aho–Corasick), so
//! checking costs the length of the articles and quotes, however many quotes there
//! are and however often one recurs: a short quote repeated through a long paragraph,
//! or a story of thousands of quotes (11 s of 12 at 10,000 claims when every quote was
//! compared with every paragraph).

use std::collections::HashSet;
use std::ops::Range;

/// No node: the end of a chain of passages' ends.
const NONE: u32 = u32::MAX;
const ROOT: u32 = 0;

/// The passages as a trie of their bytes, each node knowing the longest suffix of its
/// bytes that is also a node, so a search never steps back in the text.
pub(super) struct Finder<'a> {
    nodes: Vec<Node<'a>>,
    /// The root's edges by byte (`ROOT` for none): most steps of a search start there.
    from_root: [u32; 256],
    /// Every other node's edges, a node's together: `edges[node.edges]`.
    edges: Vec<(u8, u32)>,
}

struct Node<'a> {
    /// Where its edges lie in `Finder::edges`.
    edges: Range<u32>,
    /// How many bytes lead here from the root.
    depth: u32,
    /// The node of the longest proper suffix of these bytes.
    fail: u32,
    /// The passage these bytes spell, when they spell one.
    passage: Option<&'a str>,
    /// The nearest node along `fail` (itself not included) that spells a passage.
    shorter: u32,
}

/// What a search finds: the passages that occur somewhere, and for each text the
/// stretches some passage covers, in order and disjoint.
pub(super) struct Found<'a> {
    pub passages: HashSet<&'a str>,
    pub covered: Vec<Vec<Range<usize>>>,
}

impl<'a> Finder<'a> {
    pub(super) fn new(passages: &[&'a str]) -> Finder<'a> {
        let mut finder = Finder {
            nodes: vec![Node::at(0)],
            from_root: [ROOT; 256],
            edges: Vec::new(),
        };
        // Each node's edges while the trie grows.
        let mut children: Vec<Vec<(u8, u32)>> = vec![Vec::new()];
        for &passage in passages.iter().filter(|p| !p.is_empty()) {
            let mut node = ROOT;
            for &byte in passage.as_bytes() {
                let known = children[node as usize].iter().find(|(b, _)| *b == byte);
                node = match known {
                    Some(&(_, next)) => next,
                    None => {
                        let next = finder.nodes.len() as u32;
                        let depth = finder.nodes[node as usize].depth + 1;
                        finder.nodes.push(Node::at(depth));
                        children.push(Vec::new());
                        children[node as usize].push((byte, next));
                        next
                    }
                };
            }
            finder.nodes[node as usize].passage = Some(passage);
        }
        for (node, edges) in finder.nodes.iter_mut().zip(&children) {
            let start = finder.edges.len() as u32;
            finder.edges.extend(edges);
            node.edges = start..finder.edges.len() as u32;
        }
        for &(byte, child) in &children[ROOT as usize] {
            finder.from_root[usize::from(byte)] = child;
        }
        // Shallower nodes first, so each node's suffix is known before its children's.
        let mut queue: Vec<u32> = vec![ROOT];
        let mut at = 0;
        while let Some(&parent) = queue.get(at) {
            at += 1;
            for &(byte, child) in &children[parent as usize] {
                let fail = match parent {
                    ROOT => ROOT,
                    _ => finder.step(finder.nodes[parent as usize].fail, byte),
                };
                let suffix = &finder.nodes[fail as usize];
                let shorter = match suffix.passage {
                    Some(_) => fail,
                    None => suffix.shorter,
                };
                let node = &mut finder.nodes[child as usize];
                node.fail = fail;
                node.shorter = shorter;
                queue.push(child);
            }
        }
        finder
    }

    /// The node after `byte` from `node`, falling back along suffixes as needed.
    fn step(&self, mut node: u32, byte: u8) -> u32 {
        while node != ROOT {
            let here = &self.nodes[node as usize];
            let edges = &self.edges[here.edges.start as usize..here.edges.end as usize];
            if let Some(&(_, next)) = edges.iter().find(|(b, _)| *b == byte) {
                return next;
            }
            node = here.fail;
        }
        self.from_root[usize::from(byte)]
    }

    /// Every passage found in any of `texts`, and what each text has covered.
    pub(super) fn find_in<'t>(&self, texts: impl Iterator<Item = &'t str>) -> Found<'a> {
        // Whether a node's passage was found; once one is, so are all its `shorter`.
        let mut seen = vec![false; self.nodes.len()];
        let mut found = Found {
            passages: HashSet::new(),
            covered: Vec::new(),
        };
        for text in texts {
            let mut covered: Vec<Range<usize>> = Vec::new();
            let mut node = ROOT;
            for (at, &byte) in text.as_bytes().iter().enumerate() {
                node = self.step(node, byte);
                let here = &self.nodes[node as usize];
                let mut ending = match here.passage {
                    Some(_) => node,
                    None => here.shorter,
                };
                if ending == NONE {
                    continue;
                }
                // The longest passage ending here covers what the shorter ones do.
                let end = at + 1;
                cover(
                    &mut covered,
                    end - self.nodes[ending as usize].depth as usize..end,
                );
                while ending != NONE && !seen[ending as usize] {
                    seen[ending as usize] = true;
                    let node = &self.nodes[ending as usize];
                    found.passages.extend(node.passage);
                    ending = node.shorter;
                }
            }
            found.covered.push(covered);
        }
        found
    }
}

impl Node<'_> {
    fn at(depth: u32) -> Self {
        Node {
            edges: 0..0,
            depth,
            fail: ROOT,
            passage: None,
            shorter: NONE,
        }
    }
}

/// Adds `range` to stretches kept in order and disjoint; ranges come by their ends.
fn cover(covered: &mut Vec<Range<usize>>, range: Range<usize>) {
    let mut start = range.start;
    while let Some(last) = covered.last() {
        if last.end < start {
            break;
        }
        start = start.min(last.start);
        covered.pop();
    }
    covered.push(start..range.end);
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Which bytes of `text` lie in any of `ranges`.
    fn bytes_in(text: &str, ranges: &[Range<usize>]) -> Vec<bool> {
        (0..text.len())
            .map(|at| ranges.iter().any(|r| r.contains(&at)))
            .collect()
    }

    proptest! {
        /// The one-pass finder finds what a search for each passage in each text
        /// finds, overlapping passages and passages inside others too.
        #[test]
        fn the_finder_finds_what_a_search_for_each_passage_finds(
            texts in proptest::collection::vec("[ab é.]{0,60}", 1..3),
            // Places in the first text, and lengths: passages cut from it.
            cuts in proptest::collection::vec((0usize..60, 0usize..20), 0..8),
        ) {
            let passages: Vec<&str> = cuts
                .iter()
                .filter_map(|&(start, len)| texts[0].get(start..(start + len).min(texts[0].len())))
                .filter(|p| !p.is_empty())
                .chain(["zz", "a", "ab ab ab", "é é", "b a"])
                .collect();
            let found = Finder::new(&passages).find_in(texts.iter().map(String::as_str));
            let mut expected_passages = HashSet::new();
            for (text, covered) in texts.iter().zip(&found.covered) {
                let mut expected = Vec::new();
                for &passage in &passages {
                    for (at, _) in text.char_indices() {
                        if text[at..].starts_with(passage) {
                            expected_passages.insert(passage);
                            expected.push(at..at + passage.len());
                        }
                    }
                }
                prop_assert_eq!(bytes_in(text, covered), bytes_in(text, &expected));
                prop_assert!(covered.windows(2).all(|w| w[0].end < w[1].start), "{:?}", covered);
            }
            prop_assert_eq!(found.passages, expected_passages);
        }
    }

    #[test]
    fn a_short_passage_repeated_through_a_text_covers_each_place_it_lies() {
        let text = "Yes. No. Yes. Yes.";
        let found = Finder::new(&["Yes.", "Maybe."]).find_in([text].into_iter());
        assert_eq!(found.passages, HashSet::from(["Yes."]));
        assert_eq!(found.covered, vec![vec![0..4, 9..13, 14..18]]);
    }
}
