//! Tests for codecs; expected results were produced by CPython 3.11
//! (src/text/testgen/codecs_tests.py).
use super::*;

fn flat<T>(r: Result<T, CodecError>) -> Result<T, (&'static str, usize, usize, String)> {
    r.map_err(|e| match e {
        CodecError::Decode {
            start,
            end,
            message,
            ..
        } => ("Decode", start, end, message),
        CodecError::Encode {
            start,
            end,
            message,
            ..
        } => ("Encode", start, end, message),
        CodecError::Lookup(m) => ("Lookup", 0, 0, m),
        CodecError::Type(m) => ("Type", 0, 0, m),
    })
}

#[test]
fn decode_matches_cpython() {
    assert_eq!(
        flat(decode(b"\xff", "utf-8", "strict")),
        Err((
            "Decode",
            0,
            1,
            "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"
        ))
        .map_err(|(k, s, e, m): (&str, usize, usize, &str)| (k, s, e, m.to_string()))
    );
    assert_eq!(
        flat(decode(b"a\xe4\xb8x", "utf-8", "strict")),
        Err((
            "Decode",
            1,
            3,
            "'utf-8' codec can't decode bytes in position 1-2: invalid continuation byte"
        ))
        .map_err(|(k, s, e, m): (&str, usize, usize, &str)| (k, s, e, m.to_string()))
    );
    assert_eq!(
        flat(decode(b"\xe4\xb8", "utf-8", "strict")),
        Err((
            "Decode",
            0,
            2,
            "'utf-8' codec can't decode bytes in position 0-1: unexpected end of data"
        ))
        .map_err(|(k, s, e, m): (&str, usize, usize, &str)| (k, s, e, m.to_string()))
    );
    assert_eq!(
        flat(decode(b"\xe0\x80", "utf-8", "strict")),
        Err((
            "Decode",
            0,
            1,
            "'utf-8' codec can't decode byte 0xe0 in position 0: invalid continuation byte"
        ))
        .map_err(|(k, s, e, m): (&str, usize, usize, &str)| (k, s, e, m.to_string()))
    );
    assert_eq!(
        flat(decode(b"\xed\xa0\x80", "utf-8", "strict")),
        Err((
            "Decode",
            0,
            1,
            "'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte"
        ))
        .map_err(|(k, s, e, m): (&str, usize, usize, &str)| (k, s, e, m.to_string()))
    );
    assert_eq!(
        flat(decode(b"\xf4\x90\x80\x80", "utf-8", "strict")),
        Err((
            "Decode",
            0,
            1,
            "'utf-8' codec can't decode byte 0xf4 in position 0: invalid continuation byte"
        ))
        .map_err(|(k, s, e, m): (&str, usize, usize, &str)| (k, s, e, m.to_string()))
    );
    assert_eq!(
        flat(decode(b"\xc0\xaf", "utf-8", "strict")),
        Err((
            "Decode",
            0,
            1,
            "'utf-8' codec can't decode byte 0xc0 in position 0: invalid start byte"
        ))
        .map_err(|(k, s, e, m): (&str, usize, usize, &str)| (k, s, e, m.to_string()))
    );
    assert_eq!(
        flat(decode(b"\xe9\xe9", "ascii", "strict")),
        Err((
            "Decode",
            0,
            1,
            "'ascii' codec can't decode byte 0xe9 in position 0: ordinal not in range(128)"
        ))
        .map_err(|(k, s, e, m): (&str, usize, usize, &str)| (k, s, e, m.to_string()))
    );
    assert_eq!(
        flat(decode(b"a\xff\xfeb\xe4\xb8", "utf-8", "replace")),
        Ok("a\u{fffd}\u{fffd}b\u{fffd}".to_string())
            .map_err(|(k, s, e, m): (&str, usize, usize, &str)| (k, s, e, m.to_string()))
    );
    assert_eq!(
        flat(decode(b"a\xff\xe4\xb8", "utf-8", "ignore")),
        Ok("a".to_string()).map_err(|(k, s, e, m): (&str, usize, usize, &str)| (
            k,
            s,
            e,
            m.to_string()
        ))
    );
    assert_eq!(
        flat(decode(b"a\xff\xe4\xb8", "utf-8", "backslashreplace")),
        Ok("a\\xff\\xe4\\xb8".to_string()).map_err(|(k, s, e, m): (&str, usize, usize, &str)| (
            k,
            s,
            e,
            m.to_string()
        ))
    );
    assert_eq!(
        flat(decode(b"\xe9", "latin-1", "strict")),
        Ok("\u{e9}".to_string()).map_err(|(k, s, e, m): (&str, usize, usize, &str)| (
            k,
            s,
            e,
            m.to_string()
        ))
    );
    assert_eq!(
        flat(decode(b"\xe9\x80", "ascii", "replace")),
        Ok("\u{fffd}\u{fffd}".to_string()).map_err(|(k, s, e, m): (&str, usize, usize, &str)| (
            k,
            s,
            e,
            m.to_string()
        ))
    );
    assert_eq!(
        flat(decode(b"x\xff", "utf-8", "foo")),
        Err(("Lookup", 0, 0, "unknown error handler name 'foo'"))
            .map_err(|(k, s, e, m): (&str, usize, usize, &str)| (k, s, e, m.to_string()))
    );
    assert_eq!(
        flat(decode(b"x", "utf-8", "foo")),
        Ok("x".to_string()).map_err(|(k, s, e, m): (&str, usize, usize, &str)| (
            k,
            s,
            e,
            m.to_string()
        ))
    );
    assert_eq!(
        flat(decode(b"x", "utf-9", "strict")),
        Err(("Lookup", 0, 0, "unknown encoding: utf-9"))
            .map_err(|(k, s, e, m): (&str, usize, usize, &str)| (k, s, e, m.to_string()))
    );
    assert_eq!(
        flat(decode(b"\xff", "utf-8", "xmlcharrefreplace")),
        Err((
            "Type",
            0,
            0,
            "don't know how to handle UnicodeDecodeError in error callback"
        ))
        .map_err(|(k, s, e, m): (&str, usize, usize, &str)| (k, s, e, m.to_string()))
    );
    assert_eq!(
        flat(decode(b"\xef\xbb\xbfa", "utf-8", "strict")),
        Ok("\u{feff}a".to_string()).map_err(|(k, s, e, m): (&str, usize, usize, &str)| (
            k,
            s,
            e,
            m.to_string()
        ))
    );
    assert_eq!(
        flat(decode(b"\xef\xbb\xbfa", "utf-8-sig", "strict")),
        Ok("a".to_string()).map_err(|(k, s, e, m): (&str, usize, usize, &str)| (
            k,
            s,
            e,
            m.to_string()
        ))
    );
    assert_eq!(
        flat(decode(b"\xf0\x9f\x98", "utf-8", "strict")),
        Err((
            "Decode",
            0,
            3,
            "'utf-8' codec can't decode bytes in position 0-2: unexpected end of data"
        ))
        .map_err(|(k, s, e, m): (&str, usize, usize, &str)| (k, s, e, m.to_string()))
    );
    assert_eq!(
        flat(decode(b"\xf0\x9f\x98\x80\xf0", "utf-8", "replace")),
        Ok("\u{1f600}\u{fffd}".to_string()).map_err(|(k, s, e, m): (&str, usize, usize, &str)| (
            k,
            s,
            e,
            m.to_string()
        ))
    );
    assert_eq!(
        flat(decode(b"\xff", "utf-8-sig", "strict")),
        Err((
            "Decode",
            0,
            1,
            "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"
        ))
        .map_err(|(k, s, e, m): (&str, usize, usize, &str)| (k, s, e, m.to_string()))
    );
    assert_eq!(
        flat(decode(b"\xef\xbb\xbfa\xff", "utf-8-sig", "strict")),
        Err((
            "Decode",
            1,
            2,
            "'utf-8' codec can't decode byte 0xff in position 1: invalid start byte"
        ))
        .map_err(|(k, s, e, m): (&str, usize, usize, &str)| (k, s, e, m.to_string()))
    );
    assert_eq!(
        flat(decode(
            b"\xe2\x82\xac ok \xf0\x9f\x98\x80",
            "UTF8",
            "strict"
        )),
        Ok("\u{20ac} ok \u{1f600}".to_string())
            .map_err(|(k, s, e, m): (&str, usize, usize, &str)| (k, s, e, m.to_string()))
    );
    assert_eq!(
        flat(decode(b"\xf8\x88\x80\x80\x80", "utf-8", "replace")),
        Ok("\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}".to_string())
            .map_err(|(k, s, e, m): (&str, usize, usize, &str)| (k, s, e, m.to_string()))
    );
    assert_eq!(
        flat(decode(
            b"\xe1\x80\xe2\xf0\x91\x92\xf1\xbfA",
            "utf-8",
            "replace"
        )),
        Ok("\u{fffd}\u{fffd}\u{fffd}\u{fffd}A".to_string())
            .map_err(|(k, s, e, m): (&str, usize, usize, &str)| (k, s, e, m.to_string()))
    );
    assert_eq!(
        flat(decode(b"\x80abc", "ascii", "backslashreplace")),
        Ok("\\x80abc".to_string()).map_err(|(k, s, e, m): (&str, usize, usize, &str)| (
            k,
            s,
            e,
            m.to_string()
        ))
    );
}

#[test]
fn encode_matches_cpython() {
    assert_eq!(
        flat(encode("\u{e9}", "ascii", "strict")),
        Err((
            "Encode",
            0,
            1,
            "'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)"
        ))
        .map_err(|(k, s, e, m): (&str, usize, usize, &str)| (k, s, e, m.to_string()))
    );
    assert_eq!(
        flat(encode("a\u{e9}\u{e9}\u{20ac}b", "ascii", "strict")),
        Err((
            "Encode",
            1,
            4,
            "'ascii' codec can't encode characters in position 1-3: ordinal not in range(128)"
        ))
        .map_err(|(k, s, e, m): (&str, usize, usize, &str)| (k, s, e, m.to_string()))
    );
    assert_eq!(flat(encode("a\u{20ac}", "latin-1", "strict")), Err(("Encode", 1, 2, "'latin-1' codec can't encode character '\\u20ac' in position 1: ordinal not in range(256)")).map_err(|(k, s, e, m): (&str, usize, usize, &str)| (k, s, e, m.to_string())));
    assert_eq!(
        flat(encode("a\u{20ac}\u{1f600}b", "latin-1", "replace")),
        Ok(b"a??b".to_vec()).map_err(|(k, s, e, m): (&str, usize, usize, &str)| (
            k,
            s,
            e,
            m.to_string()
        ))
    );
    assert_eq!(
        flat(encode("a\u{e9}\u{1f600}", "ascii", "backslashreplace")),
        Ok(b"a\x5cxe9\x5cU0001f600".to_vec())
            .map_err(|(k, s, e, m): (&str, usize, usize, &str)| (k, s, e, m.to_string()))
    );
    assert_eq!(
        flat(encode("a\u{e9}\u{1f600}", "ascii", "xmlcharrefreplace")),
        Ok(b"a&#233;&#128512;".to_vec()).map_err(|(k, s, e, m): (&str, usize, usize, &str)| (
            k,
            s,
            e,
            m.to_string()
        ))
    );
    assert_eq!(
        flat(encode("a\u{e9}", "ascii", "ignore")),
        Ok(b"a".to_vec()).map_err(|(k, s, e, m): (&str, usize, usize, &str)| (
            k,
            s,
            e,
            m.to_string()
        ))
    );
    assert_eq!(
        flat(encode("\u{e9}", "ascii", "foo")),
        Err(("Lookup", 0, 0, "unknown error handler name 'foo'"))
            .map_err(|(k, s, e, m): (&str, usize, usize, &str)| (k, s, e, m.to_string()))
    );
    assert_eq!(
        flat(encode("a", "ascii", "foo")),
        Ok(b"a".to_vec()).map_err(|(k, s, e, m): (&str, usize, usize, &str)| (
            k,
            s,
            e,
            m.to_string()
        ))
    );
    assert_eq!(
        flat(encode("\u{e9}\u{1f600}", "utf-8", "strict")),
        Ok(b"\xc3\xa9\xf0\x9f\x98\x80".to_vec())
            .map_err(|(k, s, e, m): (&str, usize, usize, &str)| (k, s, e, m.to_string()))
    );
    assert_eq!(
        flat(encode("\u{e9}", "UTF8", "strict")),
        Ok(b"\xc3\xa9".to_vec()).map_err(|(k, s, e, m): (&str, usize, usize, &str)| (
            k,
            s,
            e,
            m.to_string()
        ))
    );
    assert_eq!(
        flat(encode("\u{e9}", "Latin_1", "strict")),
        Ok(b"\xe9".to_vec()).map_err(|(k, s, e, m): (&str, usize, usize, &str)| (
            k,
            s,
            e,
            m.to_string()
        ))
    );
    assert_eq!(
        flat(encode("\u{e9}", "iso-8859-1", "strict")),
        Ok(b"\xe9".to_vec()).map_err(|(k, s, e, m): (&str, usize, usize, &str)| (
            k,
            s,
            e,
            m.to_string()
        ))
    );
    assert_eq!(
        flat(encode("\u{e9}", "us-ascii", "strict")),
        Err((
            "Encode",
            0,
            1,
            "'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)"
        ))
        .map_err(|(k, s, e, m): (&str, usize, usize, &str)| (k, s, e, m.to_string()))
    );
    assert_eq!(
        flat(encode("\u{e9}", "l1", "strict")),
        Ok(b"\xe9".to_vec()).map_err(|(k, s, e, m): (&str, usize, usize, &str)| (
            k,
            s,
            e,
            m.to_string()
        ))
    );
    assert_eq!(
        flat(encode("\u{e9}", "latin", "strict")),
        Ok(b"\xe9".to_vec()).map_err(|(k, s, e, m): (&str, usize, usize, &str)| (
            k,
            s,
            e,
            m.to_string()
        ))
    );
    assert_eq!(
        flat(encode("\u{e9}", "utf_8", "strict")),
        Ok(b"\xc3\xa9".to_vec()).map_err(|(k, s, e, m): (&str, usize, usize, &str)| (
            k,
            s,
            e,
            m.to_string()
        ))
    );
    assert_eq!(
        flat(encode("\u{e9}", "U8", "strict")),
        Ok(b"\xc3\xa9".to_vec()).map_err(|(k, s, e, m): (&str, usize, usize, &str)| (
            k,
            s,
            e,
            m.to_string()
        ))
    );
    assert_eq!(
        flat(encode("\u{e9}", "cp65001", "strict")),
        Ok(b"\xc3\xa9".to_vec()).map_err(|(k, s, e, m): (&str, usize, usize, &str)| (
            k,
            s,
            e,
            m.to_string()
        ))
    );
    assert_eq!(
        flat(encode("\u{e9}", " utf-8 ", "strict")),
        Ok(b"\xc3\xa9".to_vec()).map_err(|(k, s, e, m): (&str, usize, usize, &str)| (
            k,
            s,
            e,
            m.to_string()
        ))
    );
    assert_eq!(
        flat(encode("\u{e9}", "utf-8-sig", "strict")),
        Ok(b"\xef\xbb\xbf\xc3\xa9".to_vec()).map_err(|(k, s, e, m): (&str, usize, usize, &str)| (
            k,
            s,
            e,
            m.to_string()
        ))
    );
    assert_eq!(flat(encode("\u{1f600}x", "latin-1", "strict")), Err(("Encode", 0, 1, "'latin-1' codec can't encode character '\\U0001f600' in position 0: ordinal not in range(256)")).map_err(|(k, s, e, m): (&str, usize, usize, &str)| (k, s, e, m.to_string())));
    assert_eq!(
        flat(encode("\u{20ac}\u{20ac}", "latin1", "strict")),
        Err((
            "Encode",
            0,
            2,
            "'latin-1' codec can't encode characters in position 0-1: ordinal not in range(256)"
        ))
        .map_err(|(k, s, e, m): (&str, usize, usize, &str)| (k, s, e, m.to_string()))
    );
}
