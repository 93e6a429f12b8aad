use super::*;
use crate::model::Story;
use crate::synthetic;
use proptest::prelude::*;

/// A file's bytes kept for as long as the tests run, as the page keeps its data file.
fn kept(bytes: Vec<u8>) -> &'static [u8] {
    Box::leak(bytes.into_boxed_slice())
}

/// Two values are the same story when they write the same JSON.
fn json_of<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).expect("the model writes JSON")
}

#[test]
fn a_small_story_reads_back_as_written() {
    let story = crate::load_tests::small_story();
    let file = encode(&story, Contents::Story);
    let read: Story = decode(kept(file.clone()), Contents::Story).expect("reads back");
    assert_eq!(json_of(&read), json_of(&story));
}

/// Every field of the model, as real stories fill them, in the order `read` reads them.
#[test]
fn the_published_stories_read_back_as_written() {
    for json in [
        include_str!("../../../stories/kursk.json"),
        include_str!("../../../tests/fixtures/stories/harbour-regatta.json"),
    ] {
        let story = crate::load::parse(json).expect("a story");
        let read: Story =
            decode(kept(encode(&story, Contents::Story)), Contents::Story).expect("reads back");
        assert_eq!(json_of(&read), json_of(&story));
    }
}

#[test]
fn a_file_of_another_version_or_kind_says_so() {
    let mut file = encode(&crate::load_tests::small_story(), Contents::Story);
    // Another kind of file, as a later format may add.
    let mut other = file.clone();
    other[6] = 9;
    assert_eq!(
        decode::<Story>(kept(other), Contents::Story).err(),
        Some(Unreadable::OtherContents)
    );
    file[4..6].copy_from_slice(&7u16.to_le_bytes());
    assert_eq!(
        decode::<Story>(kept(file.clone()), Contents::Story).err(),
        Some(Unreadable::OtherVersion(7))
    );
    assert_eq!(
        decode::<Story>(b"<!doctype html><title>Not found</title>", Contents::Story).err(),
        Some(Unreadable::NotClaimline)
    );
    assert_eq!(
        decode::<Story>(b"", Contents::Story).err(),
        Some(Unreadable::NotClaimline)
    );
}

#[test]
fn a_cut_or_changed_file_is_damaged() {
    let file = encode(&crate::load_tests::small_story(), Contents::Story);
    for cut in [HEADER_LEN, HEADER_LEN + 1, file.len() / 2, file.len() - 1] {
        assert_eq!(
            decode::<Story>(kept(file[..cut].to_vec()), Contents::Story).err(),
            Some(Unreadable::Damaged),
            "cut at {cut}"
        );
    }
    let mut changed = file.clone();
    changed[file.len() / 2] ^= 0x20;
    assert_eq!(
        decode::<Story>(kept(changed.clone()), Contents::Story).err(),
        Some(Unreadable::Damaged)
    );
}

/// A file with a good header over any payload, so the decoder itself meets the bytes.
fn with_good_header(payload: &[u8]) -> Vec<u8> {
    let mut file = MAGIC.to_vec();
    file.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    file.push(Contents::Story as u8);
    file.extend_from_slice(&fnv1a(payload).to_le_bytes());
    file.extend_from_slice(payload);
    file
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn any_generated_story_reads_back_as_written(claims in 1usize..120, seed in any::<u64>()) {
        let story = synthetic::story(claims, seed);
        let read: Story = decode(kept(encode(&story, Contents::Story)), Contents::Story)
            .expect("reads back");
        prop_assert_eq!(json_of(&read), json_of(&story));
    }

    #[test]
    fn random_bytes_are_refused_without_panicking(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        prop_assert!(decode::<Story>(kept(bytes.clone()), Contents::Story).is_err());
        // Past the header too: random payloads never make a story, nor a panic.
        let _ = decode::<Story>(kept(with_good_header(&bytes)), Contents::Story);
    }

    #[test]
    fn a_story_cut_anywhere_is_refused(cut in 0usize..10_000, flip in 0usize..10_000) {
        let file = encode(&crate::load_tests::small_story(), Contents::Story);
        let cut = cut % file.len();
        prop_assert!(decode::<Story>(kept(file[..cut].to_vec()), Contents::Story).is_err());
        let mut flipped = file.clone();
        let at = flip % file.len();
        flipped[at] ^= 1;
        prop_assert!(decode::<Story>(kept(flipped.clone()), Contents::Story).is_err());
    }
}
