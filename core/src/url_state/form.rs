//! Form encoding (`application/x-www-form-urlencoded`), as query strings carry it: the
//! little of it links need, written here because the `form_urlencoded` crate cost the
//! download 1.8 KB gzip for the same two functions (docs/SIZE.md).

/// The `key=value` pairs of a query string, decoded: `+` is a space, `%XX` a byte, and
/// bytes that are not UTF-8 become U+FFFD. Empty pairs (`&&`) are skipped; a pair with
/// no `=` has an empty value. A `%` not followed by two hex digits stays as written.
pub fn pairs(query: &str) -> impl Iterator<Item = (String, String)> + '_ {
    query
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            (decode(key), decode(value))
        })
}

fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut at = 0;
    while let Some(&byte) = bytes.get(at) {
        let escaped = match (byte, bytes.get(at + 1..at + 3)) {
            (b'%', Some(&[high, low])) => hex(high).zip(hex(low)).map(|(h, l)| h * 16 + l),
            _ => None,
        };
        match (escaped, byte) {
            (Some(decoded), _) => {
                out.push(decoded);
                at += 3;
                continue;
            }
            (None, b'+') => out.push(b' '),
            (None, other) => out.push(other),
        }
        at += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(digit: u8) -> Option<u8> {
    match digit {
        b'0'..=b'9' => Some(digit - b'0'),
        b'a'..=b'f' => Some(digit - b'a' + 10),
        b'A'..=b'F' => Some(digit - b'A' + 10),
        _ => None,
    }
}

/// Encodes `text` as a query value: letters, digits and `*-._` as they are, a space as
/// `+`, every other byte as `%XX`.
pub fn encode(text: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(text.len());
    for &byte in text.as_bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'*' | b'-' | b'.' | b'_' => {
                out.push(char::from(byte));
            }
            b' ' => out.push('+'),
            _ => {
                out.push('%');
                out.push(char::from(HEX[usize::from(byte >> 4)]));
                out.push(char::from(HEX[usize::from(byte & 15)]));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn decodes_as_browsers_encode() {
        let got: Vec<(String, String)> =
            pairs("q=ukraine%E2%80%99s+%22tuva%22%26more&&flag&bad=%zz%4").collect();
        let want = [
            ("q", "ukraine’s \"tuva\"&more"),
            ("flag", ""),
            ("bad", "%zz%4"),
        ];
        assert_eq!(
            got,
            want.map(|(k, v)| (k.to_owned(), v.to_owned())).to_vec()
        );
        assert_eq!(decode("%FF%41"), "\u{FFFD}A", "bytes that are not UTF-8");
        assert_eq!(encode("a b&c’"), "a+b%26c%E2%80%99");
    }

    proptest! {
        #[test]
        fn what_is_encoded_decodes_back(text in any::<String>()) {
            let encoded = encode(&text);
            prop_assert!(!encoded.contains(['&', '=', '#', ' ']));
            prop_assert_eq!(decode(&encoded), text);
        }

        #[test]
        fn any_query_decodes_without_panicking(query in any::<String>()) {
            for (key, value) in pairs(&query) {
                prop_assert!(key.len() + value.len() <= 3 * query.len());
            }
        }
    }
}
