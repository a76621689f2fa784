//! Tests for number_parse; expected results were produced by CPython 3.11
//! (src/text/testgen/number_parse_tests.py).
use super::*;

#[test]
fn parse_int_matches_cpython() {
    let cases: Vec<(String, u32, Result<&str, TextError>)> = vec![
        ("09".to_string(), 0, Err(TextError::Value("invalid literal for int() with base 0: '09'".into()))),
        ("1_".to_string(), 10, Err(TextError::Value("invalid literal for int() with base 10: '1_'".into()))),
        ("_1".to_string(), 10, Err(TextError::Value("invalid literal for int() with base 10: '_1'".into()))),
        ("1__0".to_string(), 10, Err(TextError::Value("invalid literal for int() with base 10: '1__0'".into()))),
        ("0x_1f".to_string(), 0, Ok("31")),
        ("0x_1f".to_string(), 16, Ok("31")),
        ("0_x1".to_string(), 0, Err(TextError::Value("invalid literal for int() with base 0: '0_x1'".into()))),
        (" 12 ".to_string(), 10, Ok("12")),
        ("\u{661}\u{662}".to_string(), 10, Ok("12")),
        ("12\u{2003}".to_string(), 10, Ok("12")),
        ("0b102".to_string(), 0, Err(TextError::Value("invalid literal for int() with base 0: '0b102'".into()))),
        ("z".to_string(), 36, Ok("35")),
        ("Z".to_string(), 36, Ok("35")),
        ("1".to_string(), 1, Err(TextError::Value("int() base must be >= 2 and <= 36, or 0".into()))),
        ("1".to_string(), 37, Err(TextError::Value("int() base must be >= 2 and <= 36, or 0".into()))),
        ("".to_string(), 10, Err(TextError::Value("invalid literal for int() with base 10: ''".into()))),
        ("  ".to_string(), 10, Err(TextError::Value("invalid literal for int() with base 10: '  '".into()))),
        ("+".to_string(), 10, Err(TextError::Value("invalid literal for int() with base 10: '+'".into()))),
        ("-0".to_string(), 0, Ok("0")),
        ("00".to_string(), 0, Ok("0")),
        ("0_0".to_string(), 0, Ok("0")),
        ("0_1".to_string(), 0, Err(TextError::Value("invalid literal for int() with base 0: '0_1'".into()))),
        ("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx".to_string(), 10, Err(TextError::Value("invalid literal for int() with base 10: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx".into()))),
        ("0o17".to_string(), 8, Ok("15")),
        ("0O17".to_string(), 0, Ok("15")),
        ("12".to_string(), 2, Err(TextError::Value("invalid literal for int() with base 2: '12'".into()))),
        ("\u{0}".to_string(), 10, Err(TextError::Value("invalid literal for int() with base 10: '\\x00'".into()))),
        ("1\u{0}".to_string(), 10, Err(TextError::Value("invalid literal for int() with base 10: '1\\x00'".into()))),
        ("\u{216b}".to_string(), 10, Err(TextError::Value("invalid literal for int() with base 10: '\u{216b}'".into()))),
        ("\u{661}_\u{662}".to_string(), 10, Ok("12")),
        ("\u{660}x1".to_string(), 0, Ok("1")),
        ("1e5".to_string(), 10, Err(TextError::Value("invalid literal for int() with base 10: '1e5'".into()))),
        ("-0x1F".to_string(), 16, Ok("-31")),
        ("0x".to_string(), 16, Err(TextError::Value("invalid literal for int() with base 16: '0x'".into()))),
        ("0x".to_string(), 0, Err(TextError::Value("invalid literal for int() with base 0: '0x'".into()))),
        ("-  1".to_string(), 10, Err(TextError::Value("invalid literal for int() with base 10: '-  1'".into()))),
        (" -1 ".to_string(), 10, Ok("-1")),
        ("\u{9}+7\u{a}".to_string(), 10, Ok("7")),
        ("123456789012345678901234567890".to_string(), 10, Ok("123456789012345678901234567890")),
        ("-ffffffffffffffffffff".to_string(), 16, Ok("-1208925819614629174706175")),
        ("zzzz".to_string(), 36, Ok("1679615")),
        ("1".repeat(4301), 10, Err(TextError::Value("Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit".into()))),
        (format!("{}x", "1".repeat(5000)), 10, Err(TextError::Value("Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit".into()))),
        ("1_".repeat(4400) + "1", 10, Err(TextError::Value("Exceeds the limit (4300 digits) for integer string conversion: value has 4401 digits; use sys.set_int_max_str_digits() to increase the limit".into()))),
        ("0b_1".to_string(), 2, Ok("1")),
        ("0b__1".to_string(), 2, Err(TextError::Value("invalid literal for int() with base 2: '0b__1'".into()))),
        ("1_000_000".to_string(), 0, Ok("1000000")),
        ("0_".to_string(), 0, Err(TextError::Value("invalid literal for int() with base 0: '0_'".into()))),
        ("00_0".to_string(), 0, Ok("0")),
        ("0 0".to_string(), 10, Err(TextError::Value("invalid literal for int() with base 10: '0 0'".into()))),
        ("\u{663}\u{664}".to_string(), 0, Ok("34")),
        ("0x1g".to_string(), 16, Err(TextError::Value("invalid literal for int() with base 16: '0x1g'".into()))),
        ("10".to_string(), 3, Ok("3")),
        ("-10".to_string(), 7, Ok("-7")),
    ];
    for (s, b, want) in cases {
        let got = parse_int(&s, b, DEFAULT_MAX_STR_DIGITS).map(|v| v.to_string());
        assert_eq!(
            got.as_deref().map_err(|e| e.clone()),
            want.clone(),
            "int({s:?}, {b})"
        );
    }
    assert_eq!(
        parse_int(&"1".repeat(4300), 10, DEFAULT_MAX_STR_DIGITS)
            .unwrap()
            .to_string(),
        "1".repeat(4300)
    );
    assert_eq!(
        parse_int(&"7".repeat(5000), 10, 0)
            .unwrap()
            .to_string()
            .len(),
        5000
    );
    assert_eq!(
        parse_int(&"f".repeat(5000), 16, DEFAULT_MAX_STR_DIGITS)
            .unwrap()
            .bits(),
        20000
    );
}

#[test]
fn parse_float_matches_cpython() {
    let cases: &[(&str, Result<&str, TextError>)] = &[
        ("1.5", Ok("1.5")),
        ("1_000.5", Ok("1000.5")),
        (
            "1__0",
            Err(TextError::Value(
                "could not convert string to float: '1__0'".into(),
            )),
        ),
        (
            "_1",
            Err(TextError::Value(
                "could not convert string to float: '_1'".into(),
            )),
        ),
        (
            "1_",
            Err(TextError::Value(
                "could not convert string to float: '1_'".into(),
            )),
        ),
        (
            "1._5",
            Err(TextError::Value(
                "could not convert string to float: '1._5'".into(),
            )),
        ),
        (
            "1_.5",
            Err(TextError::Value(
                "could not convert string to float: '1_.5'".into(),
            )),
        ),
        ("1e1_0", Ok("10000000000.0")),
        ("inf", Ok("inf")),
        ("-Infinity", Ok("-inf")),
        ("+nan", Ok("nan")),
        ("-nan", Ok("nan")),
        (
            "nan(1)",
            Err(TextError::Value(
                "could not convert string to float: 'nan(1)'".into(),
            )),
        ),
        (
            "infinit",
            Err(TextError::Value(
                "could not convert string to float: 'infinit'".into(),
            )),
        ),
        ("  1.5\u{a}", Ok("1.5")),
        (
            "1.5e",
            Err(TextError::Value(
                "could not convert string to float: '1.5e'".into(),
            )),
        ),
        (".5", Ok("0.5")),
        ("5.", Ok("5.0")),
        (
            ".",
            Err(TextError::Value(
                "could not convert string to float: '.'".into(),
            )),
        ),
        (
            "0x10",
            Err(TextError::Value(
                "could not convert string to float: '0x10'".into(),
            )),
        ),
        ("1e400", Ok("inf")),
        ("-1e400", Ok("-inf")),
        ("1e-400", Ok("0.0")),
        ("\u{661}.\u{665}", Ok("1.5")),
        (
            "1 5",
            Err(TextError::Value(
                "could not convert string to float: '1 5'".into(),
            )),
        ),
        (
            "",
            Err(TextError::Value(
                "could not convert string to float: ''".into(),
            )),
        ),
        ("iNF", Ok("inf")),
        (
            "1,5",
            Err(TextError::Value(
                "could not convert string to float: '1,5'".into(),
            )),
        ),
        ("\u{2002}1.5\u{2003}", Ok("1.5")),
        ("1e+5", Ok("100000.0")),
        ("1E-5", Ok("1e-05")),
        (
            "++1",
            Err(TextError::Value(
                "could not convert string to float: '++1'".into(),
            )),
        ),
        (
            "e5",
            Err(TextError::Value(
                "could not convert string to float: 'e5'".into(),
            )),
        ),
        ("-0", Ok("-0.0")),
        ("-0.0", Ok("-0.0")),
        ("1e-5", Ok("1e-05")),
        ("0.1", Ok("0.1")),
        ("123456789012345678", Ok("1.2345678901234568e+17")),
        ("2.5e-324", Ok("5e-324")),
        ("1.7976931348623157e308", Ok("1.7976931348623157e+308")),
        ("1.7976931348623159e308", Ok("inf")),
        ("+.5e-3", Ok("0.0005")),
        ("5_5.5_5e5_5", Ok("5.555e+56")),
        (
            "\u{0}1",
            Err(TextError::Value(
                "could not convert string to float: '\\x001'".into(),
            )),
        ),
        ("NaN", Ok("nan")),
        ("-iNfInItY", Ok("-inf")),
        (
            "1.5_",
            Err(TextError::Value(
                "could not convert string to float: '1.5_'".into(),
            )),
        ),
        (
            "1e",
            Err(TextError::Value(
                "could not convert string to float: '1e'".into(),
            )),
        ),
        (
            "1e+",
            Err(TextError::Value(
                "could not convert string to float: '1e+'".into(),
            )),
        ),
        ("0001.5", Ok("1.5")),
    ];
    for (s, want) in cases {
        let got = parse_float(s).map(crate::text::float_repr::float_repr);
        assert_eq!(
            got.as_deref().map_err(|e| e.clone()),
            want.clone(),
            "float({s:?})"
        );
    }
}

#[test]
fn int_to_text_matches_cpython() {
    let big: BigInt = BigInt::from(10).pow(4300);
    assert_eq!(int_to_decimal(&big, DEFAULT_MAX_STR_DIGITS), Err(TextError::Value("Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit".into())));
    let ok: BigInt = BigInt::from(10).pow(4299);
    assert_eq!(
        int_to_decimal(&-ok.clone(), DEFAULT_MAX_STR_DIGITS)
            .unwrap()
            .len(),
        4301
    );
    let huge: BigInt = BigInt::from(7).pow(100000);
    assert!(int_to_decimal(&huge, DEFAULT_MAX_STR_DIGITS).is_err());
    assert_eq!(int_to_str_radix(&"0".parse::<BigInt>().unwrap(), 2), "0b0");
    assert_eq!(int_to_str_radix(&"0".parse::<BigInt>().unwrap(), 8), "0o0");
    assert_eq!(int_to_str_radix(&"0".parse::<BigInt>().unwrap(), 16), "0x0");
    assert_eq!(int_to_str_radix(&"1".parse::<BigInt>().unwrap(), 2), "0b1");
    assert_eq!(int_to_str_radix(&"1".parse::<BigInt>().unwrap(), 8), "0o1");
    assert_eq!(int_to_str_radix(&"1".parse::<BigInt>().unwrap(), 16), "0x1");
    assert_eq!(
        int_to_str_radix(&"-1".parse::<BigInt>().unwrap(), 2),
        "-0b1"
    );
    assert_eq!(
        int_to_str_radix(&"-1".parse::<BigInt>().unwrap(), 8),
        "-0o1"
    );
    assert_eq!(
        int_to_str_radix(&"-1".parse::<BigInt>().unwrap(), 16),
        "-0x1"
    );
    assert_eq!(
        int_to_str_radix(&"31".parse::<BigInt>().unwrap(), 2),
        "0b11111"
    );
    assert_eq!(
        int_to_str_radix(&"31".parse::<BigInt>().unwrap(), 8),
        "0o37"
    );
    assert_eq!(
        int_to_str_radix(&"31".parse::<BigInt>().unwrap(), 16),
        "0x1f"
    );
    assert_eq!(
        int_to_str_radix(&"-31".parse::<BigInt>().unwrap(), 2),
        "-0b11111"
    );
    assert_eq!(
        int_to_str_radix(&"-31".parse::<BigInt>().unwrap(), 8),
        "-0o37"
    );
    assert_eq!(
        int_to_str_radix(&"-31".parse::<BigInt>().unwrap(), 16),
        "-0x1f"
    );
    assert_eq!(
        int_to_str_radix(&"255".parse::<BigInt>().unwrap(), 2),
        "0b11111111"
    );
    assert_eq!(
        int_to_str_radix(&"255".parse::<BigInt>().unwrap(), 8),
        "0o377"
    );
    assert_eq!(
        int_to_str_radix(&"255".parse::<BigInt>().unwrap(), 16),
        "0xff"
    );
    assert_eq!(
        int_to_str_radix(&"1180591620717411303424".parse::<BigInt>().unwrap(), 2),
        "0b10000000000000000000000000000000000000000000000000000000000000000000000"
    );
    assert_eq!(
        int_to_str_radix(&"1180591620717411303424".parse::<BigInt>().unwrap(), 8),
        "0o200000000000000000000000"
    );
    assert_eq!(
        int_to_str_radix(&"1180591620717411303424".parse::<BigInt>().unwrap(), 16),
        "0x400000000000000000"
    );
    assert_eq!(
        int_to_str_radix(&"-36893488147419103232".parse::<BigInt>().unwrap(), 2),
        "-0b100000000000000000000000000000000000000000000000000000000000000000"
    );
    assert_eq!(
        int_to_str_radix(&"-36893488147419103232".parse::<BigInt>().unwrap(), 8),
        "-0o4000000000000000000000"
    );
    assert_eq!(
        int_to_str_radix(&"-36893488147419103232".parse::<BigInt>().unwrap(), 16),
        "-0x20000000000000000"
    );
}

#[test]
fn bytes_parsing_matches_cpython() {
    assert_eq!(
        parse_int_bytes(b"12", "b'12'", 10, DEFAULT_MAX_STR_DIGITS)
            .map(|v| v.to_string())
            .as_deref()
            .map_err(|e| e.clone()),
        Ok("12")
    );
    assert_eq!(
        parse_int_bytes(b" 12\x0a", "b' 12\\n'", 10, DEFAULT_MAX_STR_DIGITS)
            .map(|v| v.to_string())
            .as_deref()
            .map_err(|e| e.clone()),
        Ok("12")
    );
    assert_eq!(
        parse_int_bytes(b"x", "b'x'", 10, DEFAULT_MAX_STR_DIGITS)
            .map(|v| v.to_string())
            .as_deref()
            .map_err(|e| e.clone()),
        Err(TextError::Value(
            "invalid literal for int() with base 10: b'x'".into()
        ))
    );
    assert_eq!(
        parse_int_bytes(b"\xff1", "b'\\xff1'", 10, DEFAULT_MAX_STR_DIGITS)
            .map(|v| v.to_string())
            .as_deref()
            .map_err(|e| e.clone()),
        Err(TextError::Value(
            "invalid literal for int() with base 10: b'\\xff1'".into()
        ))
    );
    assert_eq!(
        parse_int_bytes(b"1_0", "b'1_0'", 0, DEFAULT_MAX_STR_DIGITS)
            .map(|v| v.to_string())
            .as_deref()
            .map_err(|e| e.clone()),
        Ok("10")
    );
    assert_eq!(
        parse_int_bytes(b"0x1f", "b'0x1f'", 0, DEFAULT_MAX_STR_DIGITS)
            .map(|v| v.to_string())
            .as_deref()
            .map_err(|e| e.clone()),
        Ok("31")
    );
    assert_eq!(
        parse_int_bytes(b"\xa012", "b'\\xa012'", 10, DEFAULT_MAX_STR_DIGITS)
            .map(|v| v.to_string())
            .as_deref()
            .map_err(|e| e.clone()),
        Err(TextError::Value(
            "invalid literal for int() with base 10: b'\\xa012'".into()
        ))
    );
    assert_eq!(
        parse_int_bytes(b"-0b11", "b'-0b11'", 0, DEFAULT_MAX_STR_DIGITS)
            .map(|v| v.to_string())
            .as_deref()
            .map_err(|e| e.clone()),
        Ok("-3")
    );
    assert_eq!(
        parse_float_bytes(b"1.5", "b'1.5'")
            .map(crate::text::float_repr::float_repr)
            .as_deref()
            .map_err(|e| e.clone()),
        Ok("1.5")
    );
    assert_eq!(
        parse_float_bytes(b"x", "b'x'")
            .map(crate::text::float_repr::float_repr)
            .as_deref()
            .map_err(|e| e.clone()),
        Err(TextError::Value(
            "could not convert string to float: b'x'".into()
        ))
    );
    assert_eq!(
        parse_float_bytes(b" 1e3 ", "b' 1e3 '")
            .map(crate::text::float_repr::float_repr)
            .as_deref()
            .map_err(|e| e.clone()),
        Ok("1000.0")
    );
    assert_eq!(
        parse_float_bytes(b"\xff", "b'\\xff'")
            .map(crate::text::float_repr::float_repr)
            .as_deref()
            .map_err(|e| e.clone()),
        Err(TextError::Value(
            "could not convert string to float: b'\\xff'".into()
        ))
    );
    assert_eq!(
        parse_float_bytes(b"1_0.5", "b'1_0.5'")
            .map(crate::text::float_repr::float_repr)
            .as_deref()
            .map_err(|e| e.clone()),
        Ok("10.5")
    );
    assert_eq!(
        parse_float_bytes(b"inf", "b'inf'")
            .map(crate::text::float_repr::float_repr)
            .as_deref()
            .map_err(|e| e.clone()),
        Ok("inf")
    );
}
