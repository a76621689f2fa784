//! Tests for format_string; expected results were produced by CPython 3.11
//! (src/text/testgen/format_string_tests.py).
use super::*;
use crate::text::format_spec::{format_int_with, format_str_with};
use std::collections::HashMap;

#[derive(Clone, Debug)]
enum V {
    S(String),
    I(i64),
    A,
}

struct Args {
    pos: Vec<V>,
    kw: HashMap<&'static str, V>,
}

impl FormatArgs for Args {
    type Obj = V;
    type Error = TextError;
    fn positional(&mut self, i: usize) -> Result<V, TextError> {
        self.pos
            .get(i)
            .cloned()
            .ok_or_else(|| replacement_index_error(i))
    }
    fn keyword(&mut self, n: &str) -> Result<V, TextError> {
        self.kw
            .get(n)
            .cloned()
            .ok_or_else(|| TextError::Key(format!("'{n}'")))
    }
    fn getattr(&mut self, o: V, n: &str) -> Result<V, TextError> {
        match (o, n) {
            (V::A, "x") => Ok(V::I(5)),
            (V::A, "y") => Ok(V::S("why".into())),
            _ => Err(TextError::Type(format!("attr {n}"))),
        }
    }
    fn getitem_index(&mut self, o: V, i: usize) -> Result<V, TextError> {
        match o {
            V::A => Ok(V::I(i as i64 * 10)),
            V::S(s) => s
                .chars()
                .nth(i)
                .map(|c| V::S(c.to_string()))
                .ok_or_else(|| TextError::Index("string index out of range".into())),
            V::I(_) => Err(TextError::Type("'int' object is not subscriptable".into())),
        }
    }
    fn getitem_key(&mut self, o: V, k: &str) -> Result<V, TextError> {
        match o {
            V::A => Ok(V::S(format!("k{k}"))),
            V::S(_) => Err(TextError::Type(
                "string indices must be integers, not 'str'".into(),
            )),
            V::I(_) => Err(TextError::Type("'int' object is not subscriptable".into())),
        }
    }
    fn convert(&mut self, o: V, c: char) -> Result<V, TextError> {
        Ok(V::S(match (o, c) {
            (V::S(s), 'r' | 'a') => format!("'{s}'"),
            (V::S(s), _) => s,
            (V::I(i), _) => i.to_string(),
            (V::A, _) => "<A>".into(),
        }))
    }
    fn format(&mut self, o: V, spec: &str) -> Result<String, TextError> {
        match o {
            V::S(s) => format_str_with(&s, spec),
            V::I(i) => format_int_with(&i.into(), spec, "int"),
            V::A => Ok("<A>".into()),
        }
    }
}

fn args() -> Args {
    let pos = vec![V::S("ab".into()), V::S("cd".into()), V::S("ef".into())];
    let kw = HashMap::from([
        ("a", V::A),
        ("w", V::I(7)),
        ("b", V::I(3)),
        ("c", V::I(4)),
        ("p", V::I(2)),
    ]);
    Args { pos, kw }
}

#[test]
fn templates_match_cpython() {
    let cases: &[(&str, Result<&str, TextError>)] = &[
        (
            "{",
            Err(TextError::Value(
                "Single '{' encountered in format string".into(),
            )),
        ),
        (
            "}",
            Err(TextError::Value(
                "Single '}' encountered in format string".into(),
            )),
        ),
        (
            "a}b",
            Err(TextError::Value(
                "Single '}' encountered in format string".into(),
            )),
        ),
        (
            "{0",
            Err(TextError::Value("expected '}' before end of string".into())),
        ),
        (
            "{0!r",
            Err(TextError::Value("unmatched '{' in format spec".into())),
        ),
        ("{!r}", Ok("'ab'")),
        (
            "{0!r:",
            Err(TextError::Value("unmatched '{' in format spec".into())),
        ),
        (
            "{0!}",
            Err(TextError::Value("unmatched '{' in format spec".into())),
        ),
        (
            "{0!rr}",
            Err(TextError::Value(
                "expected ':' after conversion specifier".into(),
            )),
        ),
        (
            "{0!x}",
            Err(TextError::Value("Unknown conversion specifier x".into())),
        ),
        (
            "{0!}",
            Err(TextError::Value("Unknown conversion specifier \\x1".into())),
        ),
        (
            "{0:{1}}",
            Err(TextError::Value(
                "Invalid format specifier 'cd' for object of type 'str'".into(),
            )),
        ),
        (
            "{0:{1:{2}}}",
            Err(TextError::Value("Max string recursion exceeded".into())),
        ),
        (
            "{a.}",
            Err(TextError::Value("Empty attribute in format string".into())),
        ),
        (
            "{a[}",
            Err(TextError::Value("expected '}' before end of string".into())),
        ),
        (
            "{a[0]x}",
            Err(TextError::Value(
                "Only '.' or '[' may follow ']' in format field specifier".into(),
            )),
        ),
        (
            "{a..x}",
            Err(TextError::Value("Empty attribute in format string".into())),
        ),
        ("{0[0]}", Ok("a")),
        (
            "{a{b}",
            Err(TextError::Value("unexpected '{' in field name".into())),
        ),
        (
            "{}{0}",
            Err(TextError::Value(
                "cannot switch from automatic field numbering to manual field specification".into(),
            )),
        ),
        (
            "{0}{}",
            Err(TextError::Value(
                "cannot switch from manual field specification to automatic field numbering".into(),
            )),
        ),
        (
            "{5}",
            Err(TextError::Index(
                "Replacement index 5 out of range for positional args tuple".into(),
            )),
        ),
        ("{a[-1]}", Ok("k-1")),
        ("{a[01]}", Ok("10")),
        (
            "{0:{}}{}",
            Err(TextError::Value(
                "cannot switch from manual field specification to automatic field numbering".into(),
            )),
        ),
        ("{a.x:>{w}}", Ok("      5")),
        ("{{}}", Ok("{}")),
        ("}}{{", Ok("}{")),
        (
            "{:{:{}}}",
            Err(TextError::Value("Max string recursion exceeded".into())),
        ),
        (
            "{!}",
            Err(TextError::Value("unmatched '{' in format spec".into())),
        ),
        ("{:}", Ok("ab")),
        ("{0!s:}", Ok("ab")),
        (
            "{0:}}",
            Err(TextError::Value(
                "Single '}' encountered in format string".into(),
            )),
        ),
        (
            "{0:{{}}}",
            Err(TextError::Value(
                "Invalid format specifier '{}' for object of type 'str'".into(),
            )),
        ),
        (
            "{a:{b:{c}}}",
            Err(TextError::Value("Max string recursion exceeded".into())),
        ),
        (
            "{a[99999999999999999999]}",
            Err(TextError::Value(
                "Too many decimal digits in format string".into(),
            )),
        ),
        (
            "{99999999999999999999}",
            Err(TextError::Value(
                "Too many decimal digits in format string".into(),
            )),
        ),
        ("{ 0}", Err(TextError::Key("' 0'".into()))),
        ("{0 }", Err(TextError::Key("'0 '".into()))),
        (
            "{a[]}",
            Err(TextError::Value("Empty attribute in format string".into())),
        ),
        ("{a.x!r:^{w}.{p}}", Ok("   5   ")),
        ("x{}y{}z", Ok("xabycdz")),
        (
            "{0!s",
            Err(TextError::Value("unmatched '{' in format spec".into())),
        ),
        (
            "{0:x",
            Err(TextError::Value("unmatched '{' in format spec".into())),
        ),
        (
            "{0:{",
            Err(TextError::Value("unmatched '{' in format spec".into())),
        ),
        (
            "{!",
            Err(TextError::Value(
                "end of string while looking for conversion specifier".into(),
            )),
        ),
        (
            "{0[",
            Err(TextError::Value("expected '}' before end of string".into())),
        ),
        (
            "{0[}",
            Err(TextError::Value("expected '}' before end of string".into())),
        ),
        ("{0]}", Err(TextError::Key("'0]'".into()))),
        (
            "{:>{}}",
            Err(TextError::Value(
                "Invalid format specifier '>cd' for object of type 'str'".into(),
            )),
        ),
        (
            "{0:{1}{2}}",
            Err(TextError::Value(
                "Invalid format specifier 'cdef' for object of type 'str'".into(),
            )),
        ),
        ("{w:{b}d}|{p:+}", Ok("  7|+2")),
        ("{a.y[1]}", Ok("h")),
        ("{0[1]}{1[0]}", Ok("bc")),
        ("{zz}", Err(TextError::Key("'zz'".into()))),
        ("{2!r:>{w}}", Ok("   'ef'")),
        ("{w:#{p}x}", Ok("0x7")),
        ("{:*^{w}}", Ok("**ab***")),
        ("{a[:]}", Ok("k:")),
        (
            "{}{}{}{}",
            Err(TextError::Index(
                "Replacement index 3 out of range for positional args tuple".into(),
            )),
        ),
        ("é{0}ü{w:0>{b}}", Ok("éabü007")),
        ("{0!a}", Ok("'ab'")),
    ];
    for (t, want) in cases {
        let got = format_template(t, &mut args());
        assert_eq!(got.as_deref().map_err(|e| e.clone()), want.clone(), "{t:?}");
    }
}

#[test]
fn parse_helpers() {
    let pieces = parse_template("a{0!r:>{w}}b{{").unwrap();
    assert_eq!(
        pieces,
        vec![
            TemplatePiece::Literal("a".into()),
            TemplatePiece::Field {
                name: "0".into(),
                conversion: Some('r'),
                spec: ">{w}".into()
            },
            TemplatePiece::Literal("b{".into())
        ]
    );
    let (first, rest) = parse_field_name("x.y[0][k]").unwrap();
    assert_eq!(first, FieldFirst::Name("x".into()));
    assert_eq!(
        rest,
        vec![
            FieldAccess::Attr("y".into()),
            FieldAccess::Index(0),
            FieldAccess::Key("k".into())
        ]
    );
    assert_eq!(
        parse_field_name("a[").unwrap_err(),
        TextError::Value("Missing ']' in format string".into())
    );
}
