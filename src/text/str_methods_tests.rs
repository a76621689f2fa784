//! Tests for str_methods; expected results were produced by CPython 3.11
//! (src/text/testgen/str_methods_tests.py).
#![allow(clippy::bool_assert_comparison)]
use super::*;

#[test]
fn str_methods_match_cpython() {
    assert_eq!(find("abcabc", "", Some(0), Some(3)), 0);
    assert_eq!(rfind("abcabc", "", Some(0), Some(3)), 3);
    assert_eq!(count("abcabc", "", Some(0), Some(3)), 4);
    assert_eq!(startswith("abcabc", "", Some(0), Some(3)), true);
    assert_eq!(endswith("abcabc", "", Some(0), Some(3)), true);
    assert_eq!(find("abcabc", "", Some(0), Some(1)), 0);
    assert_eq!(rfind("abcabc", "", Some(0), Some(1)), 1);
    assert_eq!(count("abcabc", "", Some(0), Some(1)), 2);
    assert_eq!(startswith("abcabc", "", Some(0), Some(1)), true);
    assert_eq!(endswith("abcabc", "", Some(0), Some(1)), true);
    assert_eq!(find("abcabc", "", Some(0), Some(0)), 0);
    assert_eq!(rfind("abcabc", "", Some(0), Some(0)), 0);
    assert_eq!(count("abcabc", "", Some(0), Some(0)), 1);
    assert_eq!(startswith("abcabc", "", Some(0), Some(0)), true);
    assert_eq!(endswith("abcabc", "", Some(0), Some(0)), true);
    assert_eq!(find("abcabc", "", Some(1), Some(-10)), -1);
    assert_eq!(rfind("abcabc", "", Some(1), Some(-10)), -1);
    assert_eq!(count("abcabc", "", Some(1), Some(-10)), 0);
    assert_eq!(startswith("abcabc", "", Some(1), Some(-10)), false);
    assert_eq!(endswith("abcabc", "", Some(1), Some(-10)), false);
    assert_eq!(find("abcabc", "", Some(1), Some(1)), 1);
    assert_eq!(rfind("abcabc", "", Some(1), Some(1)), 1);
    assert_eq!(count("abcabc", "", Some(1), Some(1)), 1);
    assert_eq!(startswith("abcabc", "", Some(1), Some(1)), true);
    assert_eq!(endswith("abcabc", "", Some(1), Some(1)), true);
    assert_eq!(find("abcabc", "", Some(1), None), 1);
    assert_eq!(rfind("abcabc", "", Some(1), None), 6);
    assert_eq!(count("abcabc", "", Some(1), None), 6);
    assert_eq!(startswith("abcabc", "", Some(1), None), true);
    assert_eq!(endswith("abcabc", "", Some(1), None), true);
    assert_eq!(find("abcabc", "", Some(5), Some(10)), 5);
    assert_eq!(rfind("abcabc", "", Some(5), Some(10)), 6);
    assert_eq!(count("abcabc", "", Some(5), Some(10)), 2);
    assert_eq!(startswith("abcabc", "", Some(5), Some(10)), true);
    assert_eq!(endswith("abcabc", "", Some(5), Some(10)), true);
    assert_eq!(find("abcabc", "", Some(5), Some(-2)), -1);
    assert_eq!(rfind("abcabc", "", Some(5), Some(-2)), -1);
    assert_eq!(count("abcabc", "", Some(5), Some(-2)), 0);
    assert_eq!(startswith("abcabc", "", Some(5), Some(-2)), false);
    assert_eq!(endswith("abcabc", "", Some(5), Some(-2)), false);
    assert_eq!(find("abcabc", "", Some(5), Some(1)), -1);
    assert_eq!(rfind("abcabc", "", Some(5), Some(1)), -1);
    assert_eq!(count("abcabc", "", Some(5), Some(1)), 0);
    assert_eq!(startswith("abcabc", "", Some(5), Some(1)), false);
    assert_eq!(endswith("abcabc", "", Some(5), Some(1)), false);
    assert_eq!(find("abcabc", "", Some(-10), Some(0)), 0);
    assert_eq!(rfind("abcabc", "", Some(-10), Some(0)), 0);
    assert_eq!(count("abcabc", "", Some(-10), Some(0)), 1);
    assert_eq!(startswith("abcabc", "", Some(-10), Some(0)), true);
    assert_eq!(endswith("abcabc", "", Some(-10), Some(0)), true);
    assert_eq!(find("abcabc", "", Some(-10), Some(-10)), 0);
    assert_eq!(rfind("abcabc", "", Some(-10), Some(-10)), 0);
    assert_eq!(count("abcabc", "", Some(-10), Some(-10)), 1);
    assert_eq!(startswith("abcabc", "", Some(-10), Some(-10)), true);
    assert_eq!(endswith("abcabc", "", Some(-10), Some(-10)), true);
    assert_eq!(find("abcabc", "", Some(-10), Some(3)), 0);
    assert_eq!(rfind("abcabc", "", Some(-10), Some(3)), 3);
    assert_eq!(count("abcabc", "", Some(-10), Some(3)), 4);
    assert_eq!(startswith("abcabc", "", Some(-10), Some(3)), true);
    assert_eq!(endswith("abcabc", "", Some(-10), Some(3)), true);
    assert_eq!(find("abcabc", "a", Some(10), Some(5)), -1);
    assert_eq!(rfind("abcabc", "a", Some(10), Some(5)), -1);
    assert_eq!(count("abcabc", "a", Some(10), Some(5)), 0);
    assert_eq!(startswith("abcabc", "a", Some(10), Some(5)), false);
    assert_eq!(endswith("abcabc", "a", Some(10), Some(5)), false);
    assert_eq!(find("abcabc", "a", Some(10), Some(3)), -1);
    assert_eq!(rfind("abcabc", "a", Some(10), Some(3)), -1);
    assert_eq!(count("abcabc", "a", Some(10), Some(3)), 0);
    assert_eq!(startswith("abcabc", "a", Some(10), Some(3)), false);
    assert_eq!(endswith("abcabc", "a", Some(10), Some(3)), false);
    assert_eq!(find("abcabc", "a", Some(10), Some(-10)), -1);
    assert_eq!(rfind("abcabc", "a", Some(10), Some(-10)), -1);
    assert_eq!(count("abcabc", "a", Some(10), Some(-10)), 0);
    assert_eq!(startswith("abcabc", "a", Some(10), Some(-10)), false);
    assert_eq!(endswith("abcabc", "a", Some(10), Some(-10)), false);
    assert_eq!(find("abcabc", "a", Some(1), Some(0)), -1);
    assert_eq!(rfind("abcabc", "a", Some(1), Some(0)), -1);
    assert_eq!(count("abcabc", "a", Some(1), Some(0)), 0);
    assert_eq!(startswith("abcabc", "a", Some(1), Some(0)), false);
    assert_eq!(endswith("abcabc", "a", Some(1), Some(0)), false);
    assert_eq!(find("abcabc", "a", Some(1), Some(3)), -1);
    assert_eq!(rfind("abcabc", "a", Some(1), Some(3)), -1);
    assert_eq!(count("abcabc", "a", Some(1), Some(3)), 0);
    assert_eq!(startswith("abcabc", "a", Some(1), Some(3)), false);
    assert_eq!(endswith("abcabc", "a", Some(1), Some(3)), false);
    assert_eq!(find("abcabc", "a", Some(1), Some(-10)), -1);
    assert_eq!(rfind("abcabc", "a", Some(1), Some(-10)), -1);
    assert_eq!(count("abcabc", "a", Some(1), Some(-10)), 0);
    assert_eq!(startswith("abcabc", "a", Some(1), Some(-10)), false);
    assert_eq!(endswith("abcabc", "a", Some(1), Some(-10)), false);
    assert_eq!(find("abcabc", "a", Some(5), Some(5)), -1);
    assert_eq!(rfind("abcabc", "a", Some(5), Some(5)), -1);
    assert_eq!(count("abcabc", "a", Some(5), Some(5)), 0);
    assert_eq!(startswith("abcabc", "a", Some(5), Some(5)), false);
    assert_eq!(endswith("abcabc", "a", Some(5), Some(5)), false);
    assert_eq!(find("abcabc", "a", Some(5), Some(3)), -1);
    assert_eq!(rfind("abcabc", "a", Some(5), Some(3)), -1);
    assert_eq!(count("abcabc", "a", Some(5), Some(3)), 0);
    assert_eq!(startswith("abcabc", "a", Some(5), Some(3)), false);
    assert_eq!(endswith("abcabc", "a", Some(5), Some(3)), false);
    assert_eq!(find("abcabc", "a", Some(5), None), -1);
    assert_eq!(rfind("abcabc", "a", Some(5), None), -1);
    assert_eq!(count("abcabc", "a", Some(5), None), 0);
    assert_eq!(startswith("abcabc", "a", Some(5), None), false);
    assert_eq!(endswith("abcabc", "a", Some(5), None), false);
    assert_eq!(find("abcabc", "a", Some(0), Some(-10)), -1);
    assert_eq!(rfind("abcabc", "a", Some(0), Some(-10)), -1);
    assert_eq!(count("abcabc", "a", Some(0), Some(-10)), 0);
    assert_eq!(startswith("abcabc", "a", Some(0), Some(-10)), false);
    assert_eq!(endswith("abcabc", "a", Some(0), Some(-10)), false);
    assert_eq!(find("abcabc", "a", Some(0), Some(10)), 0);
    assert_eq!(rfind("abcabc", "a", Some(0), Some(10)), 3);
    assert_eq!(count("abcabc", "a", Some(0), Some(10)), 2);
    assert_eq!(startswith("abcabc", "a", Some(0), Some(10)), true);
    assert_eq!(endswith("abcabc", "a", Some(0), Some(10)), false);
    assert_eq!(find("abcabc", "a", Some(0), Some(1)), 0);
    assert_eq!(rfind("abcabc", "a", Some(0), Some(1)), 0);
    assert_eq!(count("abcabc", "a", Some(0), Some(1)), 1);
    assert_eq!(startswith("abcabc", "a", Some(0), Some(1)), true);
    assert_eq!(endswith("abcabc", "a", Some(0), Some(1)), true);
    assert_eq!(find("abcabc", "bc", None, Some(10)), 1);
    assert_eq!(rfind("abcabc", "bc", None, Some(10)), 4);
    assert_eq!(count("abcabc", "bc", None, Some(10)), 2);
    assert_eq!(startswith("abcabc", "bc", None, Some(10)), false);
    assert_eq!(endswith("abcabc", "bc", None, Some(10)), true);
    assert_eq!(find("abcabc", "bc", None, Some(1)), -1);
    assert_eq!(rfind("abcabc", "bc", None, Some(1)), -1);
    assert_eq!(count("abcabc", "bc", None, Some(1)), 0);
    assert_eq!(startswith("abcabc", "bc", None, Some(1)), false);
    assert_eq!(endswith("abcabc", "bc", None, Some(1)), false);
    assert_eq!(find("abcabc", "bc", None, Some(3)), 1);
    assert_eq!(rfind("abcabc", "bc", None, Some(3)), 1);
    assert_eq!(count("abcabc", "bc", None, Some(3)), 1);
    assert_eq!(startswith("abcabc", "bc", None, Some(3)), false);
    assert_eq!(endswith("abcabc", "bc", None, Some(3)), true);
    assert_eq!(find("abcabc", "bc", Some(-2), Some(5)), -1);
    assert_eq!(rfind("abcabc", "bc", Some(-2), Some(5)), -1);
    assert_eq!(count("abcabc", "bc", Some(-2), Some(5)), 0);
    assert_eq!(startswith("abcabc", "bc", Some(-2), Some(5)), false);
    assert_eq!(endswith("abcabc", "bc", Some(-2), Some(5)), false);
    assert_eq!(find("abcabc", "bc", Some(-2), Some(3)), -1);
    assert_eq!(rfind("abcabc", "bc", Some(-2), Some(3)), -1);
    assert_eq!(count("abcabc", "bc", Some(-2), Some(3)), 0);
    assert_eq!(startswith("abcabc", "bc", Some(-2), Some(3)), false);
    assert_eq!(endswith("abcabc", "bc", Some(-2), Some(3)), false);
    assert_eq!(find("abcabc", "bc", Some(-2), Some(0)), -1);
    assert_eq!(rfind("abcabc", "bc", Some(-2), Some(0)), -1);
    assert_eq!(count("abcabc", "bc", Some(-2), Some(0)), 0);
    assert_eq!(startswith("abcabc", "bc", Some(-2), Some(0)), false);
    assert_eq!(endswith("abcabc", "bc", Some(-2), Some(0)), false);
    assert_eq!(find("abcabc", "bc", Some(10), Some(5)), -1);
    assert_eq!(rfind("abcabc", "bc", Some(10), Some(5)), -1);
    assert_eq!(count("abcabc", "bc", Some(10), Some(5)), 0);
    assert_eq!(startswith("abcabc", "bc", Some(10), Some(5)), false);
    assert_eq!(endswith("abcabc", "bc", Some(10), Some(5)), false);
    assert_eq!(find("abcabc", "bc", Some(10), Some(3)), -1);
    assert_eq!(rfind("abcabc", "bc", Some(10), Some(3)), -1);
    assert_eq!(count("abcabc", "bc", Some(10), Some(3)), 0);
    assert_eq!(startswith("abcabc", "bc", Some(10), Some(3)), false);
    assert_eq!(endswith("abcabc", "bc", Some(10), Some(3)), false);
    assert_eq!(find("abcabc", "bc", Some(10), Some(1)), -1);
    assert_eq!(rfind("abcabc", "bc", Some(10), Some(1)), -1);
    assert_eq!(count("abcabc", "bc", Some(10), Some(1)), 0);
    assert_eq!(startswith("abcabc", "bc", Some(10), Some(1)), false);
    assert_eq!(endswith("abcabc", "bc", Some(10), Some(1)), false);
    assert_eq!(find("abcabc", "bc", Some(5), Some(10)), -1);
    assert_eq!(rfind("abcabc", "bc", Some(5), Some(10)), -1);
    assert_eq!(count("abcabc", "bc", Some(5), Some(10)), 0);
    assert_eq!(startswith("abcabc", "bc", Some(5), Some(10)), false);
    assert_eq!(endswith("abcabc", "bc", Some(5), Some(10)), false);
    assert_eq!(find("abcabc", "bc", Some(5), Some(-10)), -1);
    assert_eq!(rfind("abcabc", "bc", Some(5), Some(-10)), -1);
    assert_eq!(count("abcabc", "bc", Some(5), Some(-10)), 0);
    assert_eq!(startswith("abcabc", "bc", Some(5), Some(-10)), false);
    assert_eq!(endswith("abcabc", "bc", Some(5), Some(-10)), false);
    assert_eq!(find("abcabc", "bc", Some(5), Some(-2)), -1);
    assert_eq!(rfind("abcabc", "bc", Some(5), Some(-2)), -1);
    assert_eq!(count("abcabc", "bc", Some(5), Some(-2)), 0);
    assert_eq!(startswith("abcabc", "bc", Some(5), Some(-2)), false);
    assert_eq!(endswith("abcabc", "bc", Some(5), Some(-2)), false);
    assert_eq!(find("abcabc", "c", Some(-10), Some(0)), -1);
    assert_eq!(rfind("abcabc", "c", Some(-10), Some(0)), -1);
    assert_eq!(count("abcabc", "c", Some(-10), Some(0)), 0);
    assert_eq!(startswith("abcabc", "c", Some(-10), Some(0)), false);
    assert_eq!(endswith("abcabc", "c", Some(-10), Some(0)), false);
    assert_eq!(find("abcabc", "c", Some(-10), Some(-2)), 2);
    assert_eq!(rfind("abcabc", "c", Some(-10), Some(-2)), 2);
    assert_eq!(count("abcabc", "c", Some(-10), Some(-2)), 1);
    assert_eq!(startswith("abcabc", "c", Some(-10), Some(-2)), false);
    assert_eq!(endswith("abcabc", "c", Some(-10), Some(-2)), false);
    assert_eq!(find("abcabc", "c", Some(-10), Some(3)), 2);
    assert_eq!(rfind("abcabc", "c", Some(-10), Some(3)), 2);
    assert_eq!(count("abcabc", "c", Some(-10), Some(3)), 1);
    assert_eq!(startswith("abcabc", "c", Some(-10), Some(3)), false);
    assert_eq!(endswith("abcabc", "c", Some(-10), Some(3)), true);
    assert_eq!(find("abcabc", "c", None, Some(5)), 2);
    assert_eq!(rfind("abcabc", "c", None, Some(5)), 2);
    assert_eq!(count("abcabc", "c", None, Some(5)), 1);
    assert_eq!(startswith("abcabc", "c", None, Some(5)), false);
    assert_eq!(endswith("abcabc", "c", None, Some(5)), false);
    assert_eq!(find("abcabc", "c", None, Some(10)), 2);
    assert_eq!(rfind("abcabc", "c", None, Some(10)), 5);
    assert_eq!(count("abcabc", "c", None, Some(10)), 2);
    assert_eq!(startswith("abcabc", "c", None, Some(10)), false);
    assert_eq!(endswith("abcabc", "c", None, Some(10)), true);
    assert_eq!(find("abcabc", "c", None, Some(3)), 2);
    assert_eq!(rfind("abcabc", "c", None, Some(3)), 2);
    assert_eq!(count("abcabc", "c", None, Some(3)), 1);
    assert_eq!(startswith("abcabc", "c", None, Some(3)), false);
    assert_eq!(endswith("abcabc", "c", None, Some(3)), true);
    assert_eq!(find("abcabc", "c", Some(10), Some(1)), -1);
    assert_eq!(rfind("abcabc", "c", Some(10), Some(1)), -1);
    assert_eq!(count("abcabc", "c", Some(10), Some(1)), 0);
    assert_eq!(startswith("abcabc", "c", Some(10), Some(1)), false);
    assert_eq!(endswith("abcabc", "c", Some(10), Some(1)), false);
    assert_eq!(find("abcabc", "c", Some(10), Some(0)), -1);
    assert_eq!(rfind("abcabc", "c", Some(10), Some(0)), -1);
    assert_eq!(count("abcabc", "c", Some(10), Some(0)), 0);
    assert_eq!(startswith("abcabc", "c", Some(10), Some(0)), false);
    assert_eq!(endswith("abcabc", "c", Some(10), Some(0)), false);
    assert_eq!(find("abcabc", "c", Some(10), Some(10)), -1);
    assert_eq!(rfind("abcabc", "c", Some(10), Some(10)), -1);
    assert_eq!(count("abcabc", "c", Some(10), Some(10)), 0);
    assert_eq!(startswith("abcabc", "c", Some(10), Some(10)), false);
    assert_eq!(endswith("abcabc", "c", Some(10), Some(10)), false);
    assert_eq!(find("abcabc", "c", Some(0), Some(5)), 2);
    assert_eq!(rfind("abcabc", "c", Some(0), Some(5)), 2);
    assert_eq!(count("abcabc", "c", Some(0), Some(5)), 1);
    assert_eq!(startswith("abcabc", "c", Some(0), Some(5)), false);
    assert_eq!(endswith("abcabc", "c", Some(0), Some(5)), false);
    assert_eq!(find("abcabc", "c", Some(0), Some(1)), -1);
    assert_eq!(rfind("abcabc", "c", Some(0), Some(1)), -1);
    assert_eq!(count("abcabc", "c", Some(0), Some(1)), 0);
    assert_eq!(startswith("abcabc", "c", Some(0), Some(1)), false);
    assert_eq!(endswith("abcabc", "c", Some(0), Some(1)), false);
    assert_eq!(find("abcabc", "c", Some(0), Some(-2)), 2);
    assert_eq!(rfind("abcabc", "c", Some(0), Some(-2)), 2);
    assert_eq!(count("abcabc", "c", Some(0), Some(-2)), 1);
    assert_eq!(startswith("abcabc", "c", Some(0), Some(-2)), false);
    assert_eq!(endswith("abcabc", "c", Some(0), Some(-2)), false);
    assert_eq!(find("abcabc", "x", Some(5), None), -1);
    assert_eq!(rfind("abcabc", "x", Some(5), None), -1);
    assert_eq!(count("abcabc", "x", Some(5), None), 0);
    assert_eq!(startswith("abcabc", "x", Some(5), None), false);
    assert_eq!(endswith("abcabc", "x", Some(5), None), false);
    assert_eq!(find("abcabc", "x", Some(5), Some(5)), -1);
    assert_eq!(rfind("abcabc", "x", Some(5), Some(5)), -1);
    assert_eq!(count("abcabc", "x", Some(5), Some(5)), 0);
    assert_eq!(startswith("abcabc", "x", Some(5), Some(5)), false);
    assert_eq!(endswith("abcabc", "x", Some(5), Some(5)), false);
    assert_eq!(find("abcabc", "x", Some(5), Some(-2)), -1);
    assert_eq!(rfind("abcabc", "x", Some(5), Some(-2)), -1);
    assert_eq!(count("abcabc", "x", Some(5), Some(-2)), 0);
    assert_eq!(startswith("abcabc", "x", Some(5), Some(-2)), false);
    assert_eq!(endswith("abcabc", "x", Some(5), Some(-2)), false);
    assert_eq!(find("abcabc", "x", Some(1), Some(-2)), -1);
    assert_eq!(rfind("abcabc", "x", Some(1), Some(-2)), -1);
    assert_eq!(count("abcabc", "x", Some(1), Some(-2)), 0);
    assert_eq!(startswith("abcabc", "x", Some(1), Some(-2)), false);
    assert_eq!(endswith("abcabc", "x", Some(1), Some(-2)), false);
    assert_eq!(find("abcabc", "x", Some(1), Some(3)), -1);
    assert_eq!(rfind("abcabc", "x", Some(1), Some(3)), -1);
    assert_eq!(count("abcabc", "x", Some(1), Some(3)), 0);
    assert_eq!(startswith("abcabc", "x", Some(1), Some(3)), false);
    assert_eq!(endswith("abcabc", "x", Some(1), Some(3)), false);
    assert_eq!(find("abcabc", "x", Some(1), Some(10)), -1);
    assert_eq!(rfind("abcabc", "x", Some(1), Some(10)), -1);
    assert_eq!(count("abcabc", "x", Some(1), Some(10)), 0);
    assert_eq!(startswith("abcabc", "x", Some(1), Some(10)), false);
    assert_eq!(endswith("abcabc", "x", Some(1), Some(10)), false);
    assert_eq!(find("abcabc", "x", Some(-10), Some(-10)), -1);
    assert_eq!(rfind("abcabc", "x", Some(-10), Some(-10)), -1);
    assert_eq!(count("abcabc", "x", Some(-10), Some(-10)), 0);
    assert_eq!(startswith("abcabc", "x", Some(-10), Some(-10)), false);
    assert_eq!(endswith("abcabc", "x", Some(-10), Some(-10)), false);
    assert_eq!(find("abcabc", "x", Some(-10), Some(3)), -1);
    assert_eq!(rfind("abcabc", "x", Some(-10), Some(3)), -1);
    assert_eq!(count("abcabc", "x", Some(-10), Some(3)), 0);
    assert_eq!(startswith("abcabc", "x", Some(-10), Some(3)), false);
    assert_eq!(endswith("abcabc", "x", Some(-10), Some(3)), false);
    assert_eq!(find("abcabc", "x", Some(-10), Some(5)), -1);
    assert_eq!(rfind("abcabc", "x", Some(-10), Some(5)), -1);
    assert_eq!(count("abcabc", "x", Some(-10), Some(5)), 0);
    assert_eq!(startswith("abcabc", "x", Some(-10), Some(5)), false);
    assert_eq!(endswith("abcabc", "x", Some(-10), Some(5)), false);
    assert_eq!(find("abcabc", "x", Some(-2), Some(0)), -1);
    assert_eq!(rfind("abcabc", "x", Some(-2), Some(0)), -1);
    assert_eq!(count("abcabc", "x", Some(-2), Some(0)), 0);
    assert_eq!(startswith("abcabc", "x", Some(-2), Some(0)), false);
    assert_eq!(endswith("abcabc", "x", Some(-2), Some(0)), false);
    assert_eq!(find("abcabc", "x", Some(-2), Some(3)), -1);
    assert_eq!(rfind("abcabc", "x", Some(-2), Some(3)), -1);
    assert_eq!(count("abcabc", "x", Some(-2), Some(3)), 0);
    assert_eq!(startswith("abcabc", "x", Some(-2), Some(3)), false);
    assert_eq!(endswith("abcabc", "x", Some(-2), Some(3)), false);
    assert_eq!(find("abcabc", "x", Some(-2), Some(1)), -1);
    assert_eq!(rfind("abcabc", "x", Some(-2), Some(1)), -1);
    assert_eq!(count("abcabc", "x", Some(-2), Some(1)), 0);
    assert_eq!(startswith("abcabc", "x", Some(-2), Some(1)), false);
    assert_eq!(endswith("abcabc", "x", Some(-2), Some(1)), false);
    assert_eq!(find("abcabc", "\u{e9}", Some(1), Some(10)), -1);
    assert_eq!(rfind("abcabc", "\u{e9}", Some(1), Some(10)), -1);
    assert_eq!(count("abcabc", "\u{e9}", Some(1), Some(10)), 0);
    assert_eq!(startswith("abcabc", "\u{e9}", Some(1), Some(10)), false);
    assert_eq!(endswith("abcabc", "\u{e9}", Some(1), Some(10)), false);
    assert_eq!(find("abcabc", "\u{e9}", Some(1), Some(5)), -1);
    assert_eq!(rfind("abcabc", "\u{e9}", Some(1), Some(5)), -1);
    assert_eq!(count("abcabc", "\u{e9}", Some(1), Some(5)), 0);
    assert_eq!(startswith("abcabc", "\u{e9}", Some(1), Some(5)), false);
    assert_eq!(endswith("abcabc", "\u{e9}", Some(1), Some(5)), false);
    assert_eq!(find("abcabc", "\u{e9}", Some(1), Some(3)), -1);
    assert_eq!(rfind("abcabc", "\u{e9}", Some(1), Some(3)), -1);
    assert_eq!(count("abcabc", "\u{e9}", Some(1), Some(3)), 0);
    assert_eq!(startswith("abcabc", "\u{e9}", Some(1), Some(3)), false);
    assert_eq!(endswith("abcabc", "\u{e9}", Some(1), Some(3)), false);
    assert_eq!(find("abcabc", "\u{e9}", Some(-2), Some(10)), -1);
    assert_eq!(rfind("abcabc", "\u{e9}", Some(-2), Some(10)), -1);
    assert_eq!(count("abcabc", "\u{e9}", Some(-2), Some(10)), 0);
    assert_eq!(startswith("abcabc", "\u{e9}", Some(-2), Some(10)), false);
    assert_eq!(endswith("abcabc", "\u{e9}", Some(-2), Some(10)), false);
    assert_eq!(find("abcabc", "\u{e9}", Some(-2), None), -1);
    assert_eq!(rfind("abcabc", "\u{e9}", Some(-2), None), -1);
    assert_eq!(count("abcabc", "\u{e9}", Some(-2), None), 0);
    assert_eq!(startswith("abcabc", "\u{e9}", Some(-2), None), false);
    assert_eq!(endswith("abcabc", "\u{e9}", Some(-2), None), false);
    assert_eq!(find("abcabc", "\u{e9}", Some(-2), Some(-2)), -1);
    assert_eq!(rfind("abcabc", "\u{e9}", Some(-2), Some(-2)), -1);
    assert_eq!(count("abcabc", "\u{e9}", Some(-2), Some(-2)), 0);
    assert_eq!(startswith("abcabc", "\u{e9}", Some(-2), Some(-2)), false);
    assert_eq!(endswith("abcabc", "\u{e9}", Some(-2), Some(-2)), false);
    assert_eq!(find("abcabc", "\u{e9}", None, Some(-10)), -1);
    assert_eq!(rfind("abcabc", "\u{e9}", None, Some(-10)), -1);
    assert_eq!(count("abcabc", "\u{e9}", None, Some(-10)), 0);
    assert_eq!(startswith("abcabc", "\u{e9}", None, Some(-10)), false);
    assert_eq!(endswith("abcabc", "\u{e9}", None, Some(-10)), false);
    assert_eq!(find("abcabc", "\u{e9}", None, Some(0)), -1);
    assert_eq!(rfind("abcabc", "\u{e9}", None, Some(0)), -1);
    assert_eq!(count("abcabc", "\u{e9}", None, Some(0)), 0);
    assert_eq!(startswith("abcabc", "\u{e9}", None, Some(0)), false);
    assert_eq!(endswith("abcabc", "\u{e9}", None, Some(0)), false);
    assert_eq!(find("abcabc", "\u{e9}", None, Some(10)), -1);
    assert_eq!(rfind("abcabc", "\u{e9}", None, Some(10)), -1);
    assert_eq!(count("abcabc", "\u{e9}", None, Some(10)), 0);
    assert_eq!(startswith("abcabc", "\u{e9}", None, Some(10)), false);
    assert_eq!(endswith("abcabc", "\u{e9}", None, Some(10)), false);
    assert_eq!(find("abcabc", "\u{e9}", Some(3), None), -1);
    assert_eq!(rfind("abcabc", "\u{e9}", Some(3), None), -1);
    assert_eq!(count("abcabc", "\u{e9}", Some(3), None), 0);
    assert_eq!(startswith("abcabc", "\u{e9}", Some(3), None), false);
    assert_eq!(endswith("abcabc", "\u{e9}", Some(3), None), false);
    assert_eq!(find("abcabc", "\u{e9}", Some(3), Some(-2)), -1);
    assert_eq!(rfind("abcabc", "\u{e9}", Some(3), Some(-2)), -1);
    assert_eq!(count("abcabc", "\u{e9}", Some(3), Some(-2)), 0);
    assert_eq!(startswith("abcabc", "\u{e9}", Some(3), Some(-2)), false);
    assert_eq!(endswith("abcabc", "\u{e9}", Some(3), Some(-2)), false);
    assert_eq!(find("abcabc", "\u{e9}", Some(3), Some(0)), -1);
    assert_eq!(rfind("abcabc", "\u{e9}", Some(3), Some(0)), -1);
    assert_eq!(count("abcabc", "\u{e9}", Some(3), Some(0)), 0);
    assert_eq!(startswith("abcabc", "\u{e9}", Some(3), Some(0)), false);
    assert_eq!(endswith("abcabc", "\u{e9}", Some(3), Some(0)), false);
    assert_eq!(find("abcabc", "aa", Some(5), None), -1);
    assert_eq!(rfind("abcabc", "aa", Some(5), None), -1);
    assert_eq!(count("abcabc", "aa", Some(5), None), 0);
    assert_eq!(startswith("abcabc", "aa", Some(5), None), false);
    assert_eq!(endswith("abcabc", "aa", Some(5), None), false);
    assert_eq!(find("abcabc", "aa", Some(5), Some(0)), -1);
    assert_eq!(rfind("abcabc", "aa", Some(5), Some(0)), -1);
    assert_eq!(count("abcabc", "aa", Some(5), Some(0)), 0);
    assert_eq!(startswith("abcabc", "aa", Some(5), Some(0)), false);
    assert_eq!(endswith("abcabc", "aa", Some(5), Some(0)), false);
    assert_eq!(find("abcabc", "aa", Some(5), Some(3)), -1);
    assert_eq!(rfind("abcabc", "aa", Some(5), Some(3)), -1);
    assert_eq!(count("abcabc", "aa", Some(5), Some(3)), 0);
    assert_eq!(startswith("abcabc", "aa", Some(5), Some(3)), false);
    assert_eq!(endswith("abcabc", "aa", Some(5), Some(3)), false);
    assert_eq!(find("abcabc", "aa", Some(10), Some(3)), -1);
    assert_eq!(rfind("abcabc", "aa", Some(10), Some(3)), -1);
    assert_eq!(count("abcabc", "aa", Some(10), Some(3)), 0);
    assert_eq!(startswith("abcabc", "aa", Some(10), Some(3)), false);
    assert_eq!(endswith("abcabc", "aa", Some(10), Some(3)), false);
    assert_eq!(find("abcabc", "aa", Some(10), Some(1)), -1);
    assert_eq!(rfind("abcabc", "aa", Some(10), Some(1)), -1);
    assert_eq!(count("abcabc", "aa", Some(10), Some(1)), 0);
    assert_eq!(startswith("abcabc", "aa", Some(10), Some(1)), false);
    assert_eq!(endswith("abcabc", "aa", Some(10), Some(1)), false);
    assert_eq!(find("abcabc", "aa", Some(10), Some(-2)), -1);
    assert_eq!(rfind("abcabc", "aa", Some(10), Some(-2)), -1);
    assert_eq!(count("abcabc", "aa", Some(10), Some(-2)), 0);
    assert_eq!(startswith("abcabc", "aa", Some(10), Some(-2)), false);
    assert_eq!(endswith("abcabc", "aa", Some(10), Some(-2)), false);
    assert_eq!(find("abcabc", "aa", None, Some(0)), -1);
    assert_eq!(rfind("abcabc", "aa", None, Some(0)), -1);
    assert_eq!(count("abcabc", "aa", None, Some(0)), 0);
    assert_eq!(startswith("abcabc", "aa", None, Some(0)), false);
    assert_eq!(endswith("abcabc", "aa", None, Some(0)), false);
    assert_eq!(find("abcabc", "aa", None, None), -1);
    assert_eq!(rfind("abcabc", "aa", None, None), -1);
    assert_eq!(count("abcabc", "aa", None, None), 0);
    assert_eq!(startswith("abcabc", "aa", None, None), false);
    assert_eq!(endswith("abcabc", "aa", None, None), false);
    assert_eq!(find("abcabc", "aa", None, Some(-2)), -1);
    assert_eq!(rfind("abcabc", "aa", None, Some(-2)), -1);
    assert_eq!(count("abcabc", "aa", None, Some(-2)), 0);
    assert_eq!(startswith("abcabc", "aa", None, Some(-2)), false);
    assert_eq!(endswith("abcabc", "aa", None, Some(-2)), false);
    assert_eq!(find("abcabc", "aa", Some(3), None), -1);
    assert_eq!(rfind("abcabc", "aa", Some(3), None), -1);
    assert_eq!(count("abcabc", "aa", Some(3), None), 0);
    assert_eq!(startswith("abcabc", "aa", Some(3), None), false);
    assert_eq!(endswith("abcabc", "aa", Some(3), None), false);
    assert_eq!(find("abcabc", "aa", Some(3), Some(10)), -1);
    assert_eq!(rfind("abcabc", "aa", Some(3), Some(10)), -1);
    assert_eq!(count("abcabc", "aa", Some(3), Some(10)), 0);
    assert_eq!(startswith("abcabc", "aa", Some(3), Some(10)), false);
    assert_eq!(endswith("abcabc", "aa", Some(3), Some(10)), false);
    assert_eq!(find("abcabc", "aa", Some(3), Some(5)), -1);
    assert_eq!(rfind("abcabc", "aa", Some(3), Some(5)), -1);
    assert_eq!(count("abcabc", "aa", Some(3), Some(5)), 0);
    assert_eq!(startswith("abcabc", "aa", Some(3), Some(5)), false);
    assert_eq!(endswith("abcabc", "aa", Some(3), Some(5)), false);
    assert_eq!(find("abcabc", "\u{4e2d}", None, Some(1)), -1);
    assert_eq!(rfind("abcabc", "\u{4e2d}", None, Some(1)), -1);
    assert_eq!(count("abcabc", "\u{4e2d}", None, Some(1)), 0);
    assert_eq!(startswith("abcabc", "\u{4e2d}", None, Some(1)), false);
    assert_eq!(endswith("abcabc", "\u{4e2d}", None, Some(1)), false);
    assert_eq!(find("abcabc", "\u{4e2d}", None, Some(-10)), -1);
    assert_eq!(rfind("abcabc", "\u{4e2d}", None, Some(-10)), -1);
    assert_eq!(count("abcabc", "\u{4e2d}", None, Some(-10)), 0);
    assert_eq!(startswith("abcabc", "\u{4e2d}", None, Some(-10)), false);
    assert_eq!(endswith("abcabc", "\u{4e2d}", None, Some(-10)), false);
    assert_eq!(find("abcabc", "\u{4e2d}", None, Some(3)), -1);
    assert_eq!(rfind("abcabc", "\u{4e2d}", None, Some(3)), -1);
    assert_eq!(count("abcabc", "\u{4e2d}", None, Some(3)), 0);
    assert_eq!(startswith("abcabc", "\u{4e2d}", None, Some(3)), false);
    assert_eq!(endswith("abcabc", "\u{4e2d}", None, Some(3)), false);
    assert_eq!(find("abcabc", "\u{4e2d}", Some(-10), None), -1);
    assert_eq!(rfind("abcabc", "\u{4e2d}", Some(-10), None), -1);
    assert_eq!(count("abcabc", "\u{4e2d}", Some(-10), None), 0);
    assert_eq!(startswith("abcabc", "\u{4e2d}", Some(-10), None), false);
    assert_eq!(endswith("abcabc", "\u{4e2d}", Some(-10), None), false);
    assert_eq!(find("abcabc", "\u{4e2d}", Some(-10), Some(5)), -1);
    assert_eq!(rfind("abcabc", "\u{4e2d}", Some(-10), Some(5)), -1);
    assert_eq!(count("abcabc", "\u{4e2d}", Some(-10), Some(5)), 0);
    assert_eq!(startswith("abcabc", "\u{4e2d}", Some(-10), Some(5)), false);
    assert_eq!(endswith("abcabc", "\u{4e2d}", Some(-10), Some(5)), false);
    assert_eq!(find("abcabc", "\u{4e2d}", Some(-10), Some(-2)), -1);
    assert_eq!(rfind("abcabc", "\u{4e2d}", Some(-10), Some(-2)), -1);
    assert_eq!(count("abcabc", "\u{4e2d}", Some(-10), Some(-2)), 0);
    assert_eq!(startswith("abcabc", "\u{4e2d}", Some(-10), Some(-2)), false);
    assert_eq!(endswith("abcabc", "\u{4e2d}", Some(-10), Some(-2)), false);
    assert_eq!(find("abcabc", "\u{4e2d}", Some(0), Some(3)), -1);
    assert_eq!(rfind("abcabc", "\u{4e2d}", Some(0), Some(3)), -1);
    assert_eq!(count("abcabc", "\u{4e2d}", Some(0), Some(3)), 0);
    assert_eq!(startswith("abcabc", "\u{4e2d}", Some(0), Some(3)), false);
    assert_eq!(endswith("abcabc", "\u{4e2d}", Some(0), Some(3)), false);
    assert_eq!(find("abcabc", "\u{4e2d}", Some(0), Some(-2)), -1);
    assert_eq!(rfind("abcabc", "\u{4e2d}", Some(0), Some(-2)), -1);
    assert_eq!(count("abcabc", "\u{4e2d}", Some(0), Some(-2)), 0);
    assert_eq!(startswith("abcabc", "\u{4e2d}", Some(0), Some(-2)), false);
    assert_eq!(endswith("abcabc", "\u{4e2d}", Some(0), Some(-2)), false);
    assert_eq!(find("abcabc", "\u{4e2d}", Some(0), Some(-10)), -1);
    assert_eq!(rfind("abcabc", "\u{4e2d}", Some(0), Some(-10)), -1);
    assert_eq!(count("abcabc", "\u{4e2d}", Some(0), Some(-10)), 0);
    assert_eq!(startswith("abcabc", "\u{4e2d}", Some(0), Some(-10)), false);
    assert_eq!(endswith("abcabc", "\u{4e2d}", Some(0), Some(-10)), false);
    assert_eq!(find("abcabc", "\u{4e2d}", Some(-2), Some(5)), -1);
    assert_eq!(rfind("abcabc", "\u{4e2d}", Some(-2), Some(5)), -1);
    assert_eq!(count("abcabc", "\u{4e2d}", Some(-2), Some(5)), 0);
    assert_eq!(startswith("abcabc", "\u{4e2d}", Some(-2), Some(5)), false);
    assert_eq!(endswith("abcabc", "\u{4e2d}", Some(-2), Some(5)), false);
    assert_eq!(find("abcabc", "\u{4e2d}", Some(-2), Some(0)), -1);
    assert_eq!(rfind("abcabc", "\u{4e2d}", Some(-2), Some(0)), -1);
    assert_eq!(count("abcabc", "\u{4e2d}", Some(-2), Some(0)), 0);
    assert_eq!(startswith("abcabc", "\u{4e2d}", Some(-2), Some(0)), false);
    assert_eq!(endswith("abcabc", "\u{4e2d}", Some(-2), Some(0)), false);
    assert_eq!(find("abcabc", "\u{4e2d}", Some(-2), Some(10)), -1);
    assert_eq!(rfind("abcabc", "\u{4e2d}", Some(-2), Some(10)), -1);
    assert_eq!(count("abcabc", "\u{4e2d}", Some(-2), Some(10)), 0);
    assert_eq!(startswith("abcabc", "\u{4e2d}", Some(-2), Some(10)), false);
    assert_eq!(endswith("abcabc", "\u{4e2d}", Some(-2), Some(10)), false);
    assert_eq!(find("", "", Some(5), Some(-10)), -1);
    assert_eq!(rfind("", "", Some(5), Some(-10)), -1);
    assert_eq!(count("", "", Some(5), Some(-10)), 0);
    assert_eq!(startswith("", "", Some(5), Some(-10)), false);
    assert_eq!(endswith("", "", Some(5), Some(-10)), false);
    assert_eq!(find("", "", Some(5), Some(1)), -1);
    assert_eq!(rfind("", "", Some(5), Some(1)), -1);
    assert_eq!(count("", "", Some(5), Some(1)), 0);
    assert_eq!(startswith("", "", Some(5), Some(1)), false);
    assert_eq!(endswith("", "", Some(5), Some(1)), false);
    assert_eq!(find("", "", Some(5), Some(5)), -1);
    assert_eq!(rfind("", "", Some(5), Some(5)), -1);
    assert_eq!(count("", "", Some(5), Some(5)), 0);
    assert_eq!(startswith("", "", Some(5), Some(5)), false);
    assert_eq!(endswith("", "", Some(5), Some(5)), false);
    assert_eq!(find("", "", Some(3), Some(1)), -1);
    assert_eq!(rfind("", "", Some(3), Some(1)), -1);
    assert_eq!(count("", "", Some(3), Some(1)), 0);
    assert_eq!(startswith("", "", Some(3), Some(1)), false);
    assert_eq!(endswith("", "", Some(3), Some(1)), false);
    assert_eq!(find("", "", Some(3), Some(0)), -1);
    assert_eq!(rfind("", "", Some(3), Some(0)), -1);
    assert_eq!(count("", "", Some(3), Some(0)), 0);
    assert_eq!(startswith("", "", Some(3), Some(0)), false);
    assert_eq!(endswith("", "", Some(3), Some(0)), false);
    assert_eq!(find("", "", Some(3), Some(3)), -1);
    assert_eq!(rfind("", "", Some(3), Some(3)), -1);
    assert_eq!(count("", "", Some(3), Some(3)), 0);
    assert_eq!(startswith("", "", Some(3), Some(3)), false);
    assert_eq!(endswith("", "", Some(3), Some(3)), false);
    assert_eq!(find("", "", Some(1), Some(0)), -1);
    assert_eq!(rfind("", "", Some(1), Some(0)), -1);
    assert_eq!(count("", "", Some(1), Some(0)), 0);
    assert_eq!(startswith("", "", Some(1), Some(0)), false);
    assert_eq!(endswith("", "", Some(1), Some(0)), false);
    assert_eq!(find("", "", Some(1), Some(-2)), -1);
    assert_eq!(rfind("", "", Some(1), Some(-2)), -1);
    assert_eq!(count("", "", Some(1), Some(-2)), 0);
    assert_eq!(startswith("", "", Some(1), Some(-2)), false);
    assert_eq!(endswith("", "", Some(1), Some(-2)), false);
    assert_eq!(find("", "", Some(1), Some(10)), -1);
    assert_eq!(rfind("", "", Some(1), Some(10)), -1);
    assert_eq!(count("", "", Some(1), Some(10)), 0);
    assert_eq!(startswith("", "", Some(1), Some(10)), false);
    assert_eq!(endswith("", "", Some(1), Some(10)), false);
    assert_eq!(find("", "", Some(10), Some(1)), -1);
    assert_eq!(rfind("", "", Some(10), Some(1)), -1);
    assert_eq!(count("", "", Some(10), Some(1)), 0);
    assert_eq!(startswith("", "", Some(10), Some(1)), false);
    assert_eq!(endswith("", "", Some(10), Some(1)), false);
    assert_eq!(find("", "", Some(10), Some(10)), -1);
    assert_eq!(rfind("", "", Some(10), Some(10)), -1);
    assert_eq!(count("", "", Some(10), Some(10)), 0);
    assert_eq!(startswith("", "", Some(10), Some(10)), false);
    assert_eq!(endswith("", "", Some(10), Some(10)), false);
    assert_eq!(find("", "", Some(10), Some(-2)), -1);
    assert_eq!(rfind("", "", Some(10), Some(-2)), -1);
    assert_eq!(count("", "", Some(10), Some(-2)), 0);
    assert_eq!(startswith("", "", Some(10), Some(-2)), false);
    assert_eq!(endswith("", "", Some(10), Some(-2)), false);
    assert_eq!(find("", "a", Some(3), Some(3)), -1);
    assert_eq!(rfind("", "a", Some(3), Some(3)), -1);
    assert_eq!(count("", "a", Some(3), Some(3)), 0);
    assert_eq!(startswith("", "a", Some(3), Some(3)), false);
    assert_eq!(endswith("", "a", Some(3), Some(3)), false);
    assert_eq!(find("", "a", Some(3), None), -1);
    assert_eq!(rfind("", "a", Some(3), None), -1);
    assert_eq!(count("", "a", Some(3), None), 0);
    assert_eq!(startswith("", "a", Some(3), None), false);
    assert_eq!(endswith("", "a", Some(3), None), false);
    assert_eq!(find("", "a", Some(3), Some(0)), -1);
    assert_eq!(rfind("", "a", Some(3), Some(0)), -1);
    assert_eq!(count("", "a", Some(3), Some(0)), 0);
    assert_eq!(startswith("", "a", Some(3), Some(0)), false);
    assert_eq!(endswith("", "a", Some(3), Some(0)), false);
    assert_eq!(find("", "a", None, Some(-2)), -1);
    assert_eq!(rfind("", "a", None, Some(-2)), -1);
    assert_eq!(count("", "a", None, Some(-2)), 0);
    assert_eq!(startswith("", "a", None, Some(-2)), false);
    assert_eq!(endswith("", "a", None, Some(-2)), false);
    assert_eq!(find("", "a", None, None), -1);
    assert_eq!(rfind("", "a", None, None), -1);
    assert_eq!(count("", "a", None, None), 0);
    assert_eq!(startswith("", "a", None, None), false);
    assert_eq!(endswith("", "a", None, None), false);
    assert_eq!(find("", "a", None, Some(3)), -1);
    assert_eq!(rfind("", "a", None, Some(3)), -1);
    assert_eq!(count("", "a", None, Some(3)), 0);
    assert_eq!(startswith("", "a", None, Some(3)), false);
    assert_eq!(endswith("", "a", None, Some(3)), false);
    assert_eq!(find("", "a", Some(0), Some(3)), -1);
    assert_eq!(rfind("", "a", Some(0), Some(3)), -1);
    assert_eq!(count("", "a", Some(0), Some(3)), 0);
    assert_eq!(startswith("", "a", Some(0), Some(3)), false);
    assert_eq!(endswith("", "a", Some(0), Some(3)), false);
    assert_eq!(find("", "a", Some(0), Some(0)), -1);
    assert_eq!(rfind("", "a", Some(0), Some(0)), -1);
    assert_eq!(count("", "a", Some(0), Some(0)), 0);
    assert_eq!(startswith("", "a", Some(0), Some(0)), false);
    assert_eq!(endswith("", "a", Some(0), Some(0)), false);
    assert_eq!(find("", "a", Some(0), Some(-2)), -1);
    assert_eq!(rfind("", "a", Some(0), Some(-2)), -1);
    assert_eq!(count("", "a", Some(0), Some(-2)), 0);
    assert_eq!(startswith("", "a", Some(0), Some(-2)), false);
    assert_eq!(endswith("", "a", Some(0), Some(-2)), false);
    assert_eq!(find("", "a", Some(1), Some(3)), -1);
    assert_eq!(rfind("", "a", Some(1), Some(3)), -1);
    assert_eq!(count("", "a", Some(1), Some(3)), 0);
    assert_eq!(startswith("", "a", Some(1), Some(3)), false);
    assert_eq!(endswith("", "a", Some(1), Some(3)), false);
    assert_eq!(find("", "a", Some(1), Some(1)), -1);
    assert_eq!(rfind("", "a", Some(1), Some(1)), -1);
    assert_eq!(count("", "a", Some(1), Some(1)), 0);
    assert_eq!(startswith("", "a", Some(1), Some(1)), false);
    assert_eq!(endswith("", "a", Some(1), Some(1)), false);
    assert_eq!(find("", "a", Some(1), Some(10)), -1);
    assert_eq!(rfind("", "a", Some(1), Some(10)), -1);
    assert_eq!(count("", "a", Some(1), Some(10)), 0);
    assert_eq!(startswith("", "a", Some(1), Some(10)), false);
    assert_eq!(endswith("", "a", Some(1), Some(10)), false);
    assert_eq!(find("", "bc", Some(1), None), -1);
    assert_eq!(rfind("", "bc", Some(1), None), -1);
    assert_eq!(count("", "bc", Some(1), None), 0);
    assert_eq!(startswith("", "bc", Some(1), None), false);
    assert_eq!(endswith("", "bc", Some(1), None), false);
    assert_eq!(find("", "bc", Some(1), Some(3)), -1);
    assert_eq!(rfind("", "bc", Some(1), Some(3)), -1);
    assert_eq!(count("", "bc", Some(1), Some(3)), 0);
    assert_eq!(startswith("", "bc", Some(1), Some(3)), false);
    assert_eq!(endswith("", "bc", Some(1), Some(3)), false);
    assert_eq!(find("", "bc", Some(1), Some(10)), -1);
    assert_eq!(rfind("", "bc", Some(1), Some(10)), -1);
    assert_eq!(count("", "bc", Some(1), Some(10)), 0);
    assert_eq!(startswith("", "bc", Some(1), Some(10)), false);
    assert_eq!(endswith("", "bc", Some(1), Some(10)), false);
    assert_eq!(find("", "bc", Some(3), Some(3)), -1);
    assert_eq!(rfind("", "bc", Some(3), Some(3)), -1);
    assert_eq!(count("", "bc", Some(3), Some(3)), 0);
    assert_eq!(startswith("", "bc", Some(3), Some(3)), false);
    assert_eq!(endswith("", "bc", Some(3), Some(3)), false);
    assert_eq!(find("", "bc", Some(3), Some(-2)), -1);
    assert_eq!(rfind("", "bc", Some(3), Some(-2)), -1);
    assert_eq!(count("", "bc", Some(3), Some(-2)), 0);
    assert_eq!(startswith("", "bc", Some(3), Some(-2)), false);
    assert_eq!(endswith("", "bc", Some(3), Some(-2)), false);
    assert_eq!(find("", "bc", Some(3), Some(10)), -1);
    assert_eq!(rfind("", "bc", Some(3), Some(10)), -1);
    assert_eq!(count("", "bc", Some(3), Some(10)), 0);
    assert_eq!(startswith("", "bc", Some(3), Some(10)), false);
    assert_eq!(endswith("", "bc", Some(3), Some(10)), false);
    assert_eq!(find("", "bc", Some(0), Some(10)), -1);
    assert_eq!(rfind("", "bc", Some(0), Some(10)), -1);
    assert_eq!(count("", "bc", Some(0), Some(10)), 0);
    assert_eq!(startswith("", "bc", Some(0), Some(10)), false);
    assert_eq!(endswith("", "bc", Some(0), Some(10)), false);
    assert_eq!(find("", "bc", Some(0), Some(-2)), -1);
    assert_eq!(rfind("", "bc", Some(0), Some(-2)), -1);
    assert_eq!(count("", "bc", Some(0), Some(-2)), 0);
    assert_eq!(startswith("", "bc", Some(0), Some(-2)), false);
    assert_eq!(endswith("", "bc", Some(0), Some(-2)), false);
    assert_eq!(find("", "bc", Some(0), Some(1)), -1);
    assert_eq!(rfind("", "bc", Some(0), Some(1)), -1);
    assert_eq!(count("", "bc", Some(0), Some(1)), 0);
    assert_eq!(startswith("", "bc", Some(0), Some(1)), false);
    assert_eq!(endswith("", "bc", Some(0), Some(1)), false);
    assert_eq!(find("", "bc", None, Some(3)), -1);
    assert_eq!(rfind("", "bc", None, Some(3)), -1);
    assert_eq!(count("", "bc", None, Some(3)), 0);
    assert_eq!(startswith("", "bc", None, Some(3)), false);
    assert_eq!(endswith("", "bc", None, Some(3)), false);
    assert_eq!(find("", "bc", None, Some(-10)), -1);
    assert_eq!(rfind("", "bc", None, Some(-10)), -1);
    assert_eq!(count("", "bc", None, Some(-10)), 0);
    assert_eq!(startswith("", "bc", None, Some(-10)), false);
    assert_eq!(endswith("", "bc", None, Some(-10)), false);
    assert_eq!(find("", "bc", None, Some(-2)), -1);
    assert_eq!(rfind("", "bc", None, Some(-2)), -1);
    assert_eq!(count("", "bc", None, Some(-2)), 0);
    assert_eq!(startswith("", "bc", None, Some(-2)), false);
    assert_eq!(endswith("", "bc", None, Some(-2)), false);
    assert_eq!(find("", "c", Some(-2), Some(1)), -1);
    assert_eq!(rfind("", "c", Some(-2), Some(1)), -1);
    assert_eq!(count("", "c", Some(-2), Some(1)), 0);
    assert_eq!(startswith("", "c", Some(-2), Some(1)), false);
    assert_eq!(endswith("", "c", Some(-2), Some(1)), false);
    assert_eq!(find("", "c", Some(-2), Some(-2)), -1);
    assert_eq!(rfind("", "c", Some(-2), Some(-2)), -1);
    assert_eq!(count("", "c", Some(-2), Some(-2)), 0);
    assert_eq!(startswith("", "c", Some(-2), Some(-2)), false);
    assert_eq!(endswith("", "c", Some(-2), Some(-2)), false);
    assert_eq!(find("", "c", Some(-2), Some(0)), -1);
    assert_eq!(rfind("", "c", Some(-2), Some(0)), -1);
    assert_eq!(count("", "c", Some(-2), Some(0)), 0);
    assert_eq!(startswith("", "c", Some(-2), Some(0)), false);
    assert_eq!(endswith("", "c", Some(-2), Some(0)), false);
    assert_eq!(find("", "c", Some(10), Some(-10)), -1);
    assert_eq!(rfind("", "c", Some(10), Some(-10)), -1);
    assert_eq!(count("", "c", Some(10), Some(-10)), 0);
    assert_eq!(startswith("", "c", Some(10), Some(-10)), false);
    assert_eq!(endswith("", "c", Some(10), Some(-10)), false);
    assert_eq!(find("", "c", Some(10), Some(5)), -1);
    assert_eq!(rfind("", "c", Some(10), Some(5)), -1);
    assert_eq!(count("", "c", Some(10), Some(5)), 0);
    assert_eq!(startswith("", "c", Some(10), Some(5)), false);
    assert_eq!(endswith("", "c", Some(10), Some(5)), false);
    assert_eq!(find("", "c", Some(10), None), -1);
    assert_eq!(rfind("", "c", Some(10), None), -1);
    assert_eq!(count("", "c", Some(10), None), 0);
    assert_eq!(startswith("", "c", Some(10), None), false);
    assert_eq!(endswith("", "c", Some(10), None), false);
    assert_eq!(find("", "c", Some(5), Some(-2)), -1);
    assert_eq!(rfind("", "c", Some(5), Some(-2)), -1);
    assert_eq!(count("", "c", Some(5), Some(-2)), 0);
    assert_eq!(startswith("", "c", Some(5), Some(-2)), false);
    assert_eq!(endswith("", "c", Some(5), Some(-2)), false);
    assert_eq!(find("", "c", Some(5), Some(10)), -1);
    assert_eq!(rfind("", "c", Some(5), Some(10)), -1);
    assert_eq!(count("", "c", Some(5), Some(10)), 0);
    assert_eq!(startswith("", "c", Some(5), Some(10)), false);
    assert_eq!(endswith("", "c", Some(5), Some(10)), false);
    assert_eq!(find("", "c", Some(5), Some(1)), -1);
    assert_eq!(rfind("", "c", Some(5), Some(1)), -1);
    assert_eq!(count("", "c", Some(5), Some(1)), 0);
    assert_eq!(startswith("", "c", Some(5), Some(1)), false);
    assert_eq!(endswith("", "c", Some(5), Some(1)), false);
    assert_eq!(find("", "c", Some(1), Some(0)), -1);
    assert_eq!(rfind("", "c", Some(1), Some(0)), -1);
    assert_eq!(count("", "c", Some(1), Some(0)), 0);
    assert_eq!(startswith("", "c", Some(1), Some(0)), false);
    assert_eq!(endswith("", "c", Some(1), Some(0)), false);
    assert_eq!(find("", "c", Some(1), Some(3)), -1);
    assert_eq!(rfind("", "c", Some(1), Some(3)), -1);
    assert_eq!(count("", "c", Some(1), Some(3)), 0);
    assert_eq!(startswith("", "c", Some(1), Some(3)), false);
    assert_eq!(endswith("", "c", Some(1), Some(3)), false);
    assert_eq!(find("", "c", Some(1), Some(-2)), -1);
    assert_eq!(rfind("", "c", Some(1), Some(-2)), -1);
    assert_eq!(count("", "c", Some(1), Some(-2)), 0);
    assert_eq!(startswith("", "c", Some(1), Some(-2)), false);
    assert_eq!(endswith("", "c", Some(1), Some(-2)), false);
    assert_eq!(find("", "x", Some(0), Some(-10)), -1);
    assert_eq!(rfind("", "x", Some(0), Some(-10)), -1);
    assert_eq!(count("", "x", Some(0), Some(-10)), 0);
    assert_eq!(startswith("", "x", Some(0), Some(-10)), false);
    assert_eq!(endswith("", "x", Some(0), Some(-10)), false);
    assert_eq!(find("", "x", Some(0), None), -1);
    assert_eq!(rfind("", "x", Some(0), None), -1);
    assert_eq!(count("", "x", Some(0), None), 0);
    assert_eq!(startswith("", "x", Some(0), None), false);
    assert_eq!(endswith("", "x", Some(0), None), false);
    assert_eq!(find("", "x", Some(0), Some(1)), -1);
    assert_eq!(rfind("", "x", Some(0), Some(1)), -1);
    assert_eq!(count("", "x", Some(0), Some(1)), 0);
    assert_eq!(startswith("", "x", Some(0), Some(1)), false);
    assert_eq!(endswith("", "x", Some(0), Some(1)), false);
    assert_eq!(find("", "x", Some(-2), Some(3)), -1);
    assert_eq!(rfind("", "x", Some(-2), Some(3)), -1);
    assert_eq!(count("", "x", Some(-2), Some(3)), 0);
    assert_eq!(startswith("", "x", Some(-2), Some(3)), false);
    assert_eq!(endswith("", "x", Some(-2), Some(3)), false);
    assert_eq!(find("", "x", Some(-2), Some(-2)), -1);
    assert_eq!(rfind("", "x", Some(-2), Some(-2)), -1);
    assert_eq!(count("", "x", Some(-2), Some(-2)), 0);
    assert_eq!(startswith("", "x", Some(-2), Some(-2)), false);
    assert_eq!(endswith("", "x", Some(-2), Some(-2)), false);
    assert_eq!(find("", "x", Some(-2), Some(10)), -1);
    assert_eq!(rfind("", "x", Some(-2), Some(10)), -1);
    assert_eq!(count("", "x", Some(-2), Some(10)), 0);
    assert_eq!(startswith("", "x", Some(-2), Some(10)), false);
    assert_eq!(endswith("", "x", Some(-2), Some(10)), false);
    assert_eq!(find("", "x", Some(-10), Some(0)), -1);
    assert_eq!(rfind("", "x", Some(-10), Some(0)), -1);
    assert_eq!(count("", "x", Some(-10), Some(0)), 0);
    assert_eq!(startswith("", "x", Some(-10), Some(0)), false);
    assert_eq!(endswith("", "x", Some(-10), Some(0)), false);
    assert_eq!(find("", "x", Some(-10), Some(10)), -1);
    assert_eq!(rfind("", "x", Some(-10), Some(10)), -1);
    assert_eq!(count("", "x", Some(-10), Some(10)), 0);
    assert_eq!(startswith("", "x", Some(-10), Some(10)), false);
    assert_eq!(endswith("", "x", Some(-10), Some(10)), false);
    assert_eq!(find("", "x", Some(-10), Some(-10)), -1);
    assert_eq!(rfind("", "x", Some(-10), Some(-10)), -1);
    assert_eq!(count("", "x", Some(-10), Some(-10)), 0);
    assert_eq!(startswith("", "x", Some(-10), Some(-10)), false);
    assert_eq!(endswith("", "x", Some(-10), Some(-10)), false);
    assert_eq!(find("", "x", Some(10), Some(-10)), -1);
    assert_eq!(rfind("", "x", Some(10), Some(-10)), -1);
    assert_eq!(count("", "x", Some(10), Some(-10)), 0);
    assert_eq!(startswith("", "x", Some(10), Some(-10)), false);
    assert_eq!(endswith("", "x", Some(10), Some(-10)), false);
    assert_eq!(find("", "x", Some(10), Some(-2)), -1);
    assert_eq!(rfind("", "x", Some(10), Some(-2)), -1);
    assert_eq!(count("", "x", Some(10), Some(-2)), 0);
    assert_eq!(startswith("", "x", Some(10), Some(-2)), false);
    assert_eq!(endswith("", "x", Some(10), Some(-2)), false);
    assert_eq!(find("", "x", Some(10), Some(3)), -1);
    assert_eq!(rfind("", "x", Some(10), Some(3)), -1);
    assert_eq!(count("", "x", Some(10), Some(3)), 0);
    assert_eq!(startswith("", "x", Some(10), Some(3)), false);
    assert_eq!(endswith("", "x", Some(10), Some(3)), false);
    assert_eq!(find("", "\u{e9}", Some(0), Some(0)), -1);
    assert_eq!(rfind("", "\u{e9}", Some(0), Some(0)), -1);
    assert_eq!(count("", "\u{e9}", Some(0), Some(0)), 0);
    assert_eq!(startswith("", "\u{e9}", Some(0), Some(0)), false);
    assert_eq!(endswith("", "\u{e9}", Some(0), Some(0)), false);
    assert_eq!(find("", "\u{e9}", Some(0), Some(5)), -1);
    assert_eq!(rfind("", "\u{e9}", Some(0), Some(5)), -1);
    assert_eq!(count("", "\u{e9}", Some(0), Some(5)), 0);
    assert_eq!(startswith("", "\u{e9}", Some(0), Some(5)), false);
    assert_eq!(endswith("", "\u{e9}", Some(0), Some(5)), false);
    assert_eq!(find("", "\u{e9}", Some(0), None), -1);
    assert_eq!(rfind("", "\u{e9}", Some(0), None), -1);
    assert_eq!(count("", "\u{e9}", Some(0), None), 0);
    assert_eq!(startswith("", "\u{e9}", Some(0), None), false);
    assert_eq!(endswith("", "\u{e9}", Some(0), None), false);
    assert_eq!(find("", "\u{e9}", Some(1), None), -1);
    assert_eq!(rfind("", "\u{e9}", Some(1), None), -1);
    assert_eq!(count("", "\u{e9}", Some(1), None), 0);
    assert_eq!(startswith("", "\u{e9}", Some(1), None), false);
    assert_eq!(endswith("", "\u{e9}", Some(1), None), false);
    assert_eq!(find("", "\u{e9}", Some(1), Some(1)), -1);
    assert_eq!(rfind("", "\u{e9}", Some(1), Some(1)), -1);
    assert_eq!(count("", "\u{e9}", Some(1), Some(1)), 0);
    assert_eq!(startswith("", "\u{e9}", Some(1), Some(1)), false);
    assert_eq!(endswith("", "\u{e9}", Some(1), Some(1)), false);
    assert_eq!(find("", "\u{e9}", Some(1), Some(-10)), -1);
    assert_eq!(rfind("", "\u{e9}", Some(1), Some(-10)), -1);
    assert_eq!(count("", "\u{e9}", Some(1), Some(-10)), 0);
    assert_eq!(startswith("", "\u{e9}", Some(1), Some(-10)), false);
    assert_eq!(endswith("", "\u{e9}", Some(1), Some(-10)), false);
    assert_eq!(find("", "\u{e9}", Some(10), Some(3)), -1);
    assert_eq!(rfind("", "\u{e9}", Some(10), Some(3)), -1);
    assert_eq!(count("", "\u{e9}", Some(10), Some(3)), 0);
    assert_eq!(startswith("", "\u{e9}", Some(10), Some(3)), false);
    assert_eq!(endswith("", "\u{e9}", Some(10), Some(3)), false);
    assert_eq!(find("", "\u{e9}", Some(10), Some(5)), -1);
    assert_eq!(rfind("", "\u{e9}", Some(10), Some(5)), -1);
    assert_eq!(count("", "\u{e9}", Some(10), Some(5)), 0);
    assert_eq!(startswith("", "\u{e9}", Some(10), Some(5)), false);
    assert_eq!(endswith("", "\u{e9}", Some(10), Some(5)), false);
    assert_eq!(find("", "\u{e9}", Some(10), Some(1)), -1);
    assert_eq!(rfind("", "\u{e9}", Some(10), Some(1)), -1);
    assert_eq!(count("", "\u{e9}", Some(10), Some(1)), 0);
    assert_eq!(startswith("", "\u{e9}", Some(10), Some(1)), false);
    assert_eq!(endswith("", "\u{e9}", Some(10), Some(1)), false);
    assert_eq!(find("", "\u{e9}", Some(-2), Some(-2)), -1);
    assert_eq!(rfind("", "\u{e9}", Some(-2), Some(-2)), -1);
    assert_eq!(count("", "\u{e9}", Some(-2), Some(-2)), 0);
    assert_eq!(startswith("", "\u{e9}", Some(-2), Some(-2)), false);
    assert_eq!(endswith("", "\u{e9}", Some(-2), Some(-2)), false);
    assert_eq!(find("", "\u{e9}", Some(-2), Some(5)), -1);
    assert_eq!(rfind("", "\u{e9}", Some(-2), Some(5)), -1);
    assert_eq!(count("", "\u{e9}", Some(-2), Some(5)), 0);
    assert_eq!(startswith("", "\u{e9}", Some(-2), Some(5)), false);
    assert_eq!(endswith("", "\u{e9}", Some(-2), Some(5)), false);
    assert_eq!(find("", "\u{e9}", Some(-2), Some(10)), -1);
    assert_eq!(rfind("", "\u{e9}", Some(-2), Some(10)), -1);
    assert_eq!(count("", "\u{e9}", Some(-2), Some(10)), 0);
    assert_eq!(startswith("", "\u{e9}", Some(-2), Some(10)), false);
    assert_eq!(endswith("", "\u{e9}", Some(-2), Some(10)), false);
    assert_eq!(find("", "aa", Some(3), Some(3)), -1);
    assert_eq!(rfind("", "aa", Some(3), Some(3)), -1);
    assert_eq!(count("", "aa", Some(3), Some(3)), 0);
    assert_eq!(startswith("", "aa", Some(3), Some(3)), false);
    assert_eq!(endswith("", "aa", Some(3), Some(3)), false);
    assert_eq!(find("", "aa", Some(3), Some(1)), -1);
    assert_eq!(rfind("", "aa", Some(3), Some(1)), -1);
    assert_eq!(count("", "aa", Some(3), Some(1)), 0);
    assert_eq!(startswith("", "aa", Some(3), Some(1)), false);
    assert_eq!(endswith("", "aa", Some(3), Some(1)), false);
    assert_eq!(find("", "aa", Some(3), Some(-10)), -1);
    assert_eq!(rfind("", "aa", Some(3), Some(-10)), -1);
    assert_eq!(count("", "aa", Some(3), Some(-10)), 0);
    assert_eq!(startswith("", "aa", Some(3), Some(-10)), false);
    assert_eq!(endswith("", "aa", Some(3), Some(-10)), false);
    assert_eq!(find("", "aa", Some(5), Some(5)), -1);
    assert_eq!(rfind("", "aa", Some(5), Some(5)), -1);
    assert_eq!(count("", "aa", Some(5), Some(5)), 0);
    assert_eq!(startswith("", "aa", Some(5), Some(5)), false);
    assert_eq!(endswith("", "aa", Some(5), Some(5)), false);
    assert_eq!(find("", "aa", Some(5), Some(-2)), -1);
    assert_eq!(rfind("", "aa", Some(5), Some(-2)), -1);
    assert_eq!(count("", "aa", Some(5), Some(-2)), 0);
    assert_eq!(startswith("", "aa", Some(5), Some(-2)), false);
    assert_eq!(endswith("", "aa", Some(5), Some(-2)), false);
    assert_eq!(find("", "aa", Some(5), Some(1)), -1);
    assert_eq!(rfind("", "aa", Some(5), Some(1)), -1);
    assert_eq!(count("", "aa", Some(5), Some(1)), 0);
    assert_eq!(startswith("", "aa", Some(5), Some(1)), false);
    assert_eq!(endswith("", "aa", Some(5), Some(1)), false);
    assert_eq!(find("", "aa", Some(10), Some(1)), -1);
    assert_eq!(rfind("", "aa", Some(10), Some(1)), -1);
    assert_eq!(count("", "aa", Some(10), Some(1)), 0);
    assert_eq!(startswith("", "aa", Some(10), Some(1)), false);
    assert_eq!(endswith("", "aa", Some(10), Some(1)), false);
    assert_eq!(find("", "aa", Some(10), Some(0)), -1);
    assert_eq!(rfind("", "aa", Some(10), Some(0)), -1);
    assert_eq!(count("", "aa", Some(10), Some(0)), 0);
    assert_eq!(startswith("", "aa", Some(10), Some(0)), false);
    assert_eq!(endswith("", "aa", Some(10), Some(0)), false);
    assert_eq!(find("", "aa", Some(10), Some(-2)), -1);
    assert_eq!(rfind("", "aa", Some(10), Some(-2)), -1);
    assert_eq!(count("", "aa", Some(10), Some(-2)), 0);
    assert_eq!(startswith("", "aa", Some(10), Some(-2)), false);
    assert_eq!(endswith("", "aa", Some(10), Some(-2)), false);
    assert_eq!(find("", "aa", None, Some(5)), -1);
    assert_eq!(rfind("", "aa", None, Some(5)), -1);
    assert_eq!(count("", "aa", None, Some(5)), 0);
    assert_eq!(startswith("", "aa", None, Some(5)), false);
    assert_eq!(endswith("", "aa", None, Some(5)), false);
    assert_eq!(find("", "aa", None, Some(-2)), -1);
    assert_eq!(rfind("", "aa", None, Some(-2)), -1);
    assert_eq!(count("", "aa", None, Some(-2)), 0);
    assert_eq!(startswith("", "aa", None, Some(-2)), false);
    assert_eq!(endswith("", "aa", None, Some(-2)), false);
    assert_eq!(find("", "aa", None, Some(0)), -1);
    assert_eq!(rfind("", "aa", None, Some(0)), -1);
    assert_eq!(count("", "aa", None, Some(0)), 0);
    assert_eq!(startswith("", "aa", None, Some(0)), false);
    assert_eq!(endswith("", "aa", None, Some(0)), false);
    assert_eq!(find("", "\u{4e2d}", Some(5), Some(0)), -1);
    assert_eq!(rfind("", "\u{4e2d}", Some(5), Some(0)), -1);
    assert_eq!(count("", "\u{4e2d}", Some(5), Some(0)), 0);
    assert_eq!(startswith("", "\u{4e2d}", Some(5), Some(0)), false);
    assert_eq!(endswith("", "\u{4e2d}", Some(5), Some(0)), false);
    assert_eq!(find("", "\u{4e2d}", Some(5), None), -1);
    assert_eq!(rfind("", "\u{4e2d}", Some(5), None), -1);
    assert_eq!(count("", "\u{4e2d}", Some(5), None), 0);
    assert_eq!(startswith("", "\u{4e2d}", Some(5), None), false);
    assert_eq!(endswith("", "\u{4e2d}", Some(5), None), false);
    assert_eq!(find("", "\u{4e2d}", Some(5), Some(10)), -1);
    assert_eq!(rfind("", "\u{4e2d}", Some(5), Some(10)), -1);
    assert_eq!(count("", "\u{4e2d}", Some(5), Some(10)), 0);
    assert_eq!(startswith("", "\u{4e2d}", Some(5), Some(10)), false);
    assert_eq!(endswith("", "\u{4e2d}", Some(5), Some(10)), false);
    assert_eq!(find("", "\u{4e2d}", None, Some(5)), -1);
    assert_eq!(rfind("", "\u{4e2d}", None, Some(5)), -1);
    assert_eq!(count("", "\u{4e2d}", None, Some(5)), 0);
    assert_eq!(startswith("", "\u{4e2d}", None, Some(5)), false);
    assert_eq!(endswith("", "\u{4e2d}", None, Some(5)), false);
    assert_eq!(find("", "\u{4e2d}", None, Some(1)), -1);
    assert_eq!(rfind("", "\u{4e2d}", None, Some(1)), -1);
    assert_eq!(count("", "\u{4e2d}", None, Some(1)), 0);
    assert_eq!(startswith("", "\u{4e2d}", None, Some(1)), false);
    assert_eq!(endswith("", "\u{4e2d}", None, Some(1)), false);
    assert_eq!(find("", "\u{4e2d}", None, Some(3)), -1);
    assert_eq!(rfind("", "\u{4e2d}", None, Some(3)), -1);
    assert_eq!(count("", "\u{4e2d}", None, Some(3)), 0);
    assert_eq!(startswith("", "\u{4e2d}", None, Some(3)), false);
    assert_eq!(endswith("", "\u{4e2d}", None, Some(3)), false);
    assert_eq!(find("", "\u{4e2d}", Some(0), Some(0)), -1);
    assert_eq!(rfind("", "\u{4e2d}", Some(0), Some(0)), -1);
    assert_eq!(count("", "\u{4e2d}", Some(0), Some(0)), 0);
    assert_eq!(startswith("", "\u{4e2d}", Some(0), Some(0)), false);
    assert_eq!(endswith("", "\u{4e2d}", Some(0), Some(0)), false);
    assert_eq!(find("", "\u{4e2d}", Some(0), None), -1);
    assert_eq!(rfind("", "\u{4e2d}", Some(0), None), -1);
    assert_eq!(count("", "\u{4e2d}", Some(0), None), 0);
    assert_eq!(startswith("", "\u{4e2d}", Some(0), None), false);
    assert_eq!(endswith("", "\u{4e2d}", Some(0), None), false);
    assert_eq!(find("", "\u{4e2d}", Some(0), Some(3)), -1);
    assert_eq!(rfind("", "\u{4e2d}", Some(0), Some(3)), -1);
    assert_eq!(count("", "\u{4e2d}", Some(0), Some(3)), 0);
    assert_eq!(startswith("", "\u{4e2d}", Some(0), Some(3)), false);
    assert_eq!(endswith("", "\u{4e2d}", Some(0), Some(3)), false);
    assert_eq!(find("", "\u{4e2d}", Some(-10), Some(10)), -1);
    assert_eq!(rfind("", "\u{4e2d}", Some(-10), Some(10)), -1);
    assert_eq!(count("", "\u{4e2d}", Some(-10), Some(10)), 0);
    assert_eq!(startswith("", "\u{4e2d}", Some(-10), Some(10)), false);
    assert_eq!(endswith("", "\u{4e2d}", Some(-10), Some(10)), false);
    assert_eq!(find("", "\u{4e2d}", Some(-10), Some(5)), -1);
    assert_eq!(rfind("", "\u{4e2d}", Some(-10), Some(5)), -1);
    assert_eq!(count("", "\u{4e2d}", Some(-10), Some(5)), 0);
    assert_eq!(startswith("", "\u{4e2d}", Some(-10), Some(5)), false);
    assert_eq!(endswith("", "\u{4e2d}", Some(-10), Some(5)), false);
    assert_eq!(find("", "\u{4e2d}", Some(-10), Some(3)), -1);
    assert_eq!(rfind("", "\u{4e2d}", Some(-10), Some(3)), -1);
    assert_eq!(count("", "\u{4e2d}", Some(-10), Some(3)), 0);
    assert_eq!(startswith("", "\u{4e2d}", Some(-10), Some(3)), false);
    assert_eq!(endswith("", "\u{4e2d}", Some(-10), Some(3)), false);
    assert_eq!(find("a", "", Some(1), Some(-10)), -1);
    assert_eq!(rfind("a", "", Some(1), Some(-10)), -1);
    assert_eq!(count("a", "", Some(1), Some(-10)), 0);
    assert_eq!(startswith("a", "", Some(1), Some(-10)), false);
    assert_eq!(endswith("a", "", Some(1), Some(-10)), false);
    assert_eq!(find("a", "", Some(1), Some(5)), 1);
    assert_eq!(rfind("a", "", Some(1), Some(5)), 1);
    assert_eq!(count("a", "", Some(1), Some(5)), 1);
    assert_eq!(startswith("a", "", Some(1), Some(5)), true);
    assert_eq!(endswith("a", "", Some(1), Some(5)), true);
    assert_eq!(find("a", "", Some(1), Some(1)), 1);
    assert_eq!(rfind("a", "", Some(1), Some(1)), 1);
    assert_eq!(count("a", "", Some(1), Some(1)), 1);
    assert_eq!(startswith("a", "", Some(1), Some(1)), true);
    assert_eq!(endswith("a", "", Some(1), Some(1)), true);
    assert_eq!(find("a", "", Some(10), Some(1)), -1);
    assert_eq!(rfind("a", "", Some(10), Some(1)), -1);
    assert_eq!(count("a", "", Some(10), Some(1)), 0);
    assert_eq!(startswith("a", "", Some(10), Some(1)), false);
    assert_eq!(endswith("a", "", Some(10), Some(1)), false);
    assert_eq!(find("a", "", Some(10), None), -1);
    assert_eq!(rfind("a", "", Some(10), None), -1);
    assert_eq!(count("a", "", Some(10), None), 0);
    assert_eq!(startswith("a", "", Some(10), None), false);
    assert_eq!(endswith("a", "", Some(10), None), false);
    assert_eq!(find("a", "", Some(10), Some(-10)), -1);
    assert_eq!(rfind("a", "", Some(10), Some(-10)), -1);
    assert_eq!(count("a", "", Some(10), Some(-10)), 0);
    assert_eq!(startswith("a", "", Some(10), Some(-10)), false);
    assert_eq!(endswith("a", "", Some(10), Some(-10)), false);
    assert_eq!(find("a", "", Some(-2), None), 0);
    assert_eq!(rfind("a", "", Some(-2), None), 1);
    assert_eq!(count("a", "", Some(-2), None), 2);
    assert_eq!(startswith("a", "", Some(-2), None), true);
    assert_eq!(endswith("a", "", Some(-2), None), true);
    assert_eq!(find("a", "", Some(-2), Some(10)), 0);
    assert_eq!(rfind("a", "", Some(-2), Some(10)), 1);
    assert_eq!(count("a", "", Some(-2), Some(10)), 2);
    assert_eq!(startswith("a", "", Some(-2), Some(10)), true);
    assert_eq!(endswith("a", "", Some(-2), Some(10)), true);
    assert_eq!(find("a", "", Some(-2), Some(3)), 0);
    assert_eq!(rfind("a", "", Some(-2), Some(3)), 1);
    assert_eq!(count("a", "", Some(-2), Some(3)), 2);
    assert_eq!(startswith("a", "", Some(-2), Some(3)), true);
    assert_eq!(endswith("a", "", Some(-2), Some(3)), true);
    assert_eq!(find("a", "", Some(-10), Some(0)), 0);
    assert_eq!(rfind("a", "", Some(-10), Some(0)), 0);
    assert_eq!(count("a", "", Some(-10), Some(0)), 1);
    assert_eq!(startswith("a", "", Some(-10), Some(0)), true);
    assert_eq!(endswith("a", "", Some(-10), Some(0)), true);
    assert_eq!(find("a", "", Some(-10), Some(10)), 0);
    assert_eq!(rfind("a", "", Some(-10), Some(10)), 1);
    assert_eq!(count("a", "", Some(-10), Some(10)), 2);
    assert_eq!(startswith("a", "", Some(-10), Some(10)), true);
    assert_eq!(endswith("a", "", Some(-10), Some(10)), true);
    assert_eq!(find("a", "", Some(-10), Some(1)), 0);
    assert_eq!(rfind("a", "", Some(-10), Some(1)), 1);
    assert_eq!(count("a", "", Some(-10), Some(1)), 2);
    assert_eq!(startswith("a", "", Some(-10), Some(1)), true);
    assert_eq!(endswith("a", "", Some(-10), Some(1)), true);
    assert_eq!(find("a", "a", None, Some(-2)), -1);
    assert_eq!(rfind("a", "a", None, Some(-2)), -1);
    assert_eq!(count("a", "a", None, Some(-2)), 0);
    assert_eq!(startswith("a", "a", None, Some(-2)), false);
    assert_eq!(endswith("a", "a", None, Some(-2)), false);
    assert_eq!(find("a", "a", None, Some(1)), 0);
    assert_eq!(rfind("a", "a", None, Some(1)), 0);
    assert_eq!(count("a", "a", None, Some(1)), 1);
    assert_eq!(startswith("a", "a", None, Some(1)), true);
    assert_eq!(endswith("a", "a", None, Some(1)), true);
    assert_eq!(find("a", "a", None, Some(10)), 0);
    assert_eq!(rfind("a", "a", None, Some(10)), 0);
    assert_eq!(count("a", "a", None, Some(10)), 1);
    assert_eq!(startswith("a", "a", None, Some(10)), true);
    assert_eq!(endswith("a", "a", None, Some(10)), true);
    assert_eq!(find("a", "a", Some(10), Some(0)), -1);
    assert_eq!(rfind("a", "a", Some(10), Some(0)), -1);
    assert_eq!(count("a", "a", Some(10), Some(0)), 0);
    assert_eq!(startswith("a", "a", Some(10), Some(0)), false);
    assert_eq!(endswith("a", "a", Some(10), Some(0)), false);
    assert_eq!(find("a", "a", Some(10), Some(3)), -1);
    assert_eq!(rfind("a", "a", Some(10), Some(3)), -1);
    assert_eq!(count("a", "a", Some(10), Some(3)), 0);
    assert_eq!(startswith("a", "a", Some(10), Some(3)), false);
    assert_eq!(endswith("a", "a", Some(10), Some(3)), false);
    assert_eq!(find("a", "a", Some(10), None), -1);
    assert_eq!(rfind("a", "a", Some(10), None), -1);
    assert_eq!(count("a", "a", Some(10), None), 0);
    assert_eq!(startswith("a", "a", Some(10), None), false);
    assert_eq!(endswith("a", "a", Some(10), None), false);
    assert_eq!(find("a", "a", Some(0), Some(5)), 0);
    assert_eq!(rfind("a", "a", Some(0), Some(5)), 0);
    assert_eq!(count("a", "a", Some(0), Some(5)), 1);
    assert_eq!(startswith("a", "a", Some(0), Some(5)), true);
    assert_eq!(endswith("a", "a", Some(0), Some(5)), true);
    assert_eq!(find("a", "a", Some(0), None), 0);
    assert_eq!(rfind("a", "a", Some(0), None), 0);
    assert_eq!(count("a", "a", Some(0), None), 1);
    assert_eq!(startswith("a", "a", Some(0), None), true);
    assert_eq!(endswith("a", "a", Some(0), None), true);
    assert_eq!(find("a", "a", Some(0), Some(1)), 0);
    assert_eq!(rfind("a", "a", Some(0), Some(1)), 0);
    assert_eq!(count("a", "a", Some(0), Some(1)), 1);
    assert_eq!(startswith("a", "a", Some(0), Some(1)), true);
    assert_eq!(endswith("a", "a", Some(0), Some(1)), true);
    assert_eq!(find("a", "a", Some(5), Some(-10)), -1);
    assert_eq!(rfind("a", "a", Some(5), Some(-10)), -1);
    assert_eq!(count("a", "a", Some(5), Some(-10)), 0);
    assert_eq!(startswith("a", "a", Some(5), Some(-10)), false);
    assert_eq!(endswith("a", "a", Some(5), Some(-10)), false);
    assert_eq!(find("a", "a", Some(5), Some(-2)), -1);
    assert_eq!(rfind("a", "a", Some(5), Some(-2)), -1);
    assert_eq!(count("a", "a", Some(5), Some(-2)), 0);
    assert_eq!(startswith("a", "a", Some(5), Some(-2)), false);
    assert_eq!(endswith("a", "a", Some(5), Some(-2)), false);
    assert_eq!(find("a", "a", Some(5), Some(10)), -1);
    assert_eq!(rfind("a", "a", Some(5), Some(10)), -1);
    assert_eq!(count("a", "a", Some(5), Some(10)), 0);
    assert_eq!(startswith("a", "a", Some(5), Some(10)), false);
    assert_eq!(endswith("a", "a", Some(5), Some(10)), false);
    assert_eq!(find("a", "bc", Some(1), None), -1);
    assert_eq!(rfind("a", "bc", Some(1), None), -1);
    assert_eq!(count("a", "bc", Some(1), None), 0);
    assert_eq!(startswith("a", "bc", Some(1), None), false);
    assert_eq!(endswith("a", "bc", Some(1), None), false);
    assert_eq!(find("a", "bc", Some(1), Some(-2)), -1);
    assert_eq!(rfind("a", "bc", Some(1), Some(-2)), -1);
    assert_eq!(count("a", "bc", Some(1), Some(-2)), 0);
    assert_eq!(startswith("a", "bc", Some(1), Some(-2)), false);
    assert_eq!(endswith("a", "bc", Some(1), Some(-2)), false);
    assert_eq!(find("a", "bc", Some(1), Some(-10)), -1);
    assert_eq!(rfind("a", "bc", Some(1), Some(-10)), -1);
    assert_eq!(count("a", "bc", Some(1), Some(-10)), 0);
    assert_eq!(startswith("a", "bc", Some(1), Some(-10)), false);
    assert_eq!(endswith("a", "bc", Some(1), Some(-10)), false);
    assert_eq!(find("a", "bc", Some(5), Some(0)), -1);
    assert_eq!(rfind("a", "bc", Some(5), Some(0)), -1);
    assert_eq!(count("a", "bc", Some(5), Some(0)), 0);
    assert_eq!(startswith("a", "bc", Some(5), Some(0)), false);
    assert_eq!(endswith("a", "bc", Some(5), Some(0)), false);
    assert_eq!(find("a", "bc", Some(5), None), -1);
    assert_eq!(rfind("a", "bc", Some(5), None), -1);
    assert_eq!(count("a", "bc", Some(5), None), 0);
    assert_eq!(startswith("a", "bc", Some(5), None), false);
    assert_eq!(endswith("a", "bc", Some(5), None), false);
    assert_eq!(find("a", "bc", Some(5), Some(1)), -1);
    assert_eq!(rfind("a", "bc", Some(5), Some(1)), -1);
    assert_eq!(count("a", "bc", Some(5), Some(1)), 0);
    assert_eq!(startswith("a", "bc", Some(5), Some(1)), false);
    assert_eq!(endswith("a", "bc", Some(5), Some(1)), false);
    assert_eq!(find("a", "bc", Some(10), Some(-10)), -1);
    assert_eq!(rfind("a", "bc", Some(10), Some(-10)), -1);
    assert_eq!(count("a", "bc", Some(10), Some(-10)), 0);
    assert_eq!(startswith("a", "bc", Some(10), Some(-10)), false);
    assert_eq!(endswith("a", "bc", Some(10), Some(-10)), false);
    assert_eq!(find("a", "bc", Some(10), Some(10)), -1);
    assert_eq!(rfind("a", "bc", Some(10), Some(10)), -1);
    assert_eq!(count("a", "bc", Some(10), Some(10)), 0);
    assert_eq!(startswith("a", "bc", Some(10), Some(10)), false);
    assert_eq!(endswith("a", "bc", Some(10), Some(10)), false);
    assert_eq!(find("a", "bc", Some(10), Some(5)), -1);
    assert_eq!(rfind("a", "bc", Some(10), Some(5)), -1);
    assert_eq!(count("a", "bc", Some(10), Some(5)), 0);
    assert_eq!(startswith("a", "bc", Some(10), Some(5)), false);
    assert_eq!(endswith("a", "bc", Some(10), Some(5)), false);
    assert_eq!(find("a", "bc", Some(0), Some(1)), -1);
    assert_eq!(rfind("a", "bc", Some(0), Some(1)), -1);
    assert_eq!(count("a", "bc", Some(0), Some(1)), 0);
    assert_eq!(startswith("a", "bc", Some(0), Some(1)), false);
    assert_eq!(endswith("a", "bc", Some(0), Some(1)), false);
    assert_eq!(find("a", "bc", Some(0), Some(5)), -1);
    assert_eq!(rfind("a", "bc", Some(0), Some(5)), -1);
    assert_eq!(count("a", "bc", Some(0), Some(5)), 0);
    assert_eq!(startswith("a", "bc", Some(0), Some(5)), false);
    assert_eq!(endswith("a", "bc", Some(0), Some(5)), false);
    assert_eq!(find("a", "bc", Some(0), Some(-10)), -1);
    assert_eq!(rfind("a", "bc", Some(0), Some(-10)), -1);
    assert_eq!(count("a", "bc", Some(0), Some(-10)), 0);
    assert_eq!(startswith("a", "bc", Some(0), Some(-10)), false);
    assert_eq!(endswith("a", "bc", Some(0), Some(-10)), false);
    assert_eq!(find("a", "c", None, Some(5)), -1);
    assert_eq!(rfind("a", "c", None, Some(5)), -1);
    assert_eq!(count("a", "c", None, Some(5)), 0);
    assert_eq!(startswith("a", "c", None, Some(5)), false);
    assert_eq!(endswith("a", "c", None, Some(5)), false);
    assert_eq!(find("a", "c", None, None), -1);
    assert_eq!(rfind("a", "c", None, None), -1);
    assert_eq!(count("a", "c", None, None), 0);
    assert_eq!(startswith("a", "c", None, None), false);
    assert_eq!(endswith("a", "c", None, None), false);
    assert_eq!(find("a", "c", None, Some(-2)), -1);
    assert_eq!(rfind("a", "c", None, Some(-2)), -1);
    assert_eq!(count("a", "c", None, Some(-2)), 0);
    assert_eq!(startswith("a", "c", None, Some(-2)), false);
    assert_eq!(endswith("a", "c", None, Some(-2)), false);
    assert_eq!(find("a", "c", Some(0), Some(0)), -1);
    assert_eq!(rfind("a", "c", Some(0), Some(0)), -1);
    assert_eq!(count("a", "c", Some(0), Some(0)), 0);
    assert_eq!(startswith("a", "c", Some(0), Some(0)), false);
    assert_eq!(endswith("a", "c", Some(0), Some(0)), false);
    assert_eq!(find("a", "c", Some(0), Some(-2)), -1);
    assert_eq!(rfind("a", "c", Some(0), Some(-2)), -1);
    assert_eq!(count("a", "c", Some(0), Some(-2)), 0);
    assert_eq!(startswith("a", "c", Some(0), Some(-2)), false);
    assert_eq!(endswith("a", "c", Some(0), Some(-2)), false);
    assert_eq!(find("a", "c", Some(0), Some(1)), -1);
    assert_eq!(rfind("a", "c", Some(0), Some(1)), -1);
    assert_eq!(count("a", "c", Some(0), Some(1)), 0);
    assert_eq!(startswith("a", "c", Some(0), Some(1)), false);
    assert_eq!(endswith("a", "c", Some(0), Some(1)), false);
    assert_eq!(find("a", "c", Some(3), Some(5)), -1);
    assert_eq!(rfind("a", "c", Some(3), Some(5)), -1);
    assert_eq!(count("a", "c", Some(3), Some(5)), 0);
    assert_eq!(startswith("a", "c", Some(3), Some(5)), false);
    assert_eq!(endswith("a", "c", Some(3), Some(5)), false);
    assert_eq!(find("a", "c", Some(3), None), -1);
    assert_eq!(rfind("a", "c", Some(3), None), -1);
    assert_eq!(count("a", "c", Some(3), None), 0);
    assert_eq!(startswith("a", "c", Some(3), None), false);
    assert_eq!(endswith("a", "c", Some(3), None), false);
    assert_eq!(find("a", "c", Some(3), Some(0)), -1);
    assert_eq!(rfind("a", "c", Some(3), Some(0)), -1);
    assert_eq!(count("a", "c", Some(3), Some(0)), 0);
    assert_eq!(startswith("a", "c", Some(3), Some(0)), false);
    assert_eq!(endswith("a", "c", Some(3), Some(0)), false);
    assert_eq!(find("a", "c", Some(1), Some(3)), -1);
    assert_eq!(rfind("a", "c", Some(1), Some(3)), -1);
    assert_eq!(count("a", "c", Some(1), Some(3)), 0);
    assert_eq!(startswith("a", "c", Some(1), Some(3)), false);
    assert_eq!(endswith("a", "c", Some(1), Some(3)), false);
    assert_eq!(find("a", "c", Some(1), Some(5)), -1);
    assert_eq!(rfind("a", "c", Some(1), Some(5)), -1);
    assert_eq!(count("a", "c", Some(1), Some(5)), 0);
    assert_eq!(startswith("a", "c", Some(1), Some(5)), false);
    assert_eq!(endswith("a", "c", Some(1), Some(5)), false);
    assert_eq!(find("a", "c", Some(1), None), -1);
    assert_eq!(rfind("a", "c", Some(1), None), -1);
    assert_eq!(count("a", "c", Some(1), None), 0);
    assert_eq!(startswith("a", "c", Some(1), None), false);
    assert_eq!(endswith("a", "c", Some(1), None), false);
    assert_eq!(find("a", "x", None, Some(-10)), -1);
    assert_eq!(rfind("a", "x", None, Some(-10)), -1);
    assert_eq!(count("a", "x", None, Some(-10)), 0);
    assert_eq!(startswith("a", "x", None, Some(-10)), false);
    assert_eq!(endswith("a", "x", None, Some(-10)), false);
    assert_eq!(find("a", "x", None, None), -1);
    assert_eq!(rfind("a", "x", None, None), -1);
    assert_eq!(count("a", "x", None, None), 0);
    assert_eq!(startswith("a", "x", None, None), false);
    assert_eq!(endswith("a", "x", None, None), false);
    assert_eq!(find("a", "x", None, Some(5)), -1);
    assert_eq!(rfind("a", "x", None, Some(5)), -1);
    assert_eq!(count("a", "x", None, Some(5)), 0);
    assert_eq!(startswith("a", "x", None, Some(5)), false);
    assert_eq!(endswith("a", "x", None, Some(5)), false);
    assert_eq!(find("a", "x", Some(5), Some(10)), -1);
    assert_eq!(rfind("a", "x", Some(5), Some(10)), -1);
    assert_eq!(count("a", "x", Some(5), Some(10)), 0);
    assert_eq!(startswith("a", "x", Some(5), Some(10)), false);
    assert_eq!(endswith("a", "x", Some(5), Some(10)), false);
    assert_eq!(find("a", "x", Some(5), None), -1);
    assert_eq!(rfind("a", "x", Some(5), None), -1);
    assert_eq!(count("a", "x", Some(5), None), 0);
    assert_eq!(startswith("a", "x", Some(5), None), false);
    assert_eq!(endswith("a", "x", Some(5), None), false);
    assert_eq!(find("a", "x", Some(5), Some(3)), -1);
    assert_eq!(rfind("a", "x", Some(5), Some(3)), -1);
    assert_eq!(count("a", "x", Some(5), Some(3)), 0);
    assert_eq!(startswith("a", "x", Some(5), Some(3)), false);
    assert_eq!(endswith("a", "x", Some(5), Some(3)), false);
    assert_eq!(find("a", "x", Some(-10), Some(-10)), -1);
    assert_eq!(rfind("a", "x", Some(-10), Some(-10)), -1);
    assert_eq!(count("a", "x", Some(-10), Some(-10)), 0);
    assert_eq!(startswith("a", "x", Some(-10), Some(-10)), false);
    assert_eq!(endswith("a", "x", Some(-10), Some(-10)), false);
    assert_eq!(find("a", "x", Some(-10), Some(1)), -1);
    assert_eq!(rfind("a", "x", Some(-10), Some(1)), -1);
    assert_eq!(count("a", "x", Some(-10), Some(1)), 0);
    assert_eq!(startswith("a", "x", Some(-10), Some(1)), false);
    assert_eq!(endswith("a", "x", Some(-10), Some(1)), false);
    assert_eq!(find("a", "x", Some(-10), Some(5)), -1);
    assert_eq!(rfind("a", "x", Some(-10), Some(5)), -1);
    assert_eq!(count("a", "x", Some(-10), Some(5)), 0);
    assert_eq!(startswith("a", "x", Some(-10), Some(5)), false);
    assert_eq!(endswith("a", "x", Some(-10), Some(5)), false);
    assert_eq!(find("a", "x", Some(10), Some(10)), -1);
    assert_eq!(rfind("a", "x", Some(10), Some(10)), -1);
    assert_eq!(count("a", "x", Some(10), Some(10)), 0);
    assert_eq!(startswith("a", "x", Some(10), Some(10)), false);
    assert_eq!(endswith("a", "x", Some(10), Some(10)), false);
    assert_eq!(find("a", "x", Some(10), Some(-2)), -1);
    assert_eq!(rfind("a", "x", Some(10), Some(-2)), -1);
    assert_eq!(count("a", "x", Some(10), Some(-2)), 0);
    assert_eq!(startswith("a", "x", Some(10), Some(-2)), false);
    assert_eq!(endswith("a", "x", Some(10), Some(-2)), false);
    assert_eq!(find("a", "x", Some(10), Some(-10)), -1);
    assert_eq!(rfind("a", "x", Some(10), Some(-10)), -1);
    assert_eq!(count("a", "x", Some(10), Some(-10)), 0);
    assert_eq!(startswith("a", "x", Some(10), Some(-10)), false);
    assert_eq!(endswith("a", "x", Some(10), Some(-10)), false);
    assert_eq!(find("a", "\u{e9}", Some(3), Some(5)), -1);
    assert_eq!(rfind("a", "\u{e9}", Some(3), Some(5)), -1);
    assert_eq!(count("a", "\u{e9}", Some(3), Some(5)), 0);
    assert_eq!(startswith("a", "\u{e9}", Some(3), Some(5)), false);
    assert_eq!(endswith("a", "\u{e9}", Some(3), Some(5)), false);
    assert_eq!(find("a", "\u{e9}", Some(3), Some(1)), -1);
    assert_eq!(rfind("a", "\u{e9}", Some(3), Some(1)), -1);
    assert_eq!(count("a", "\u{e9}", Some(3), Some(1)), 0);
    assert_eq!(startswith("a", "\u{e9}", Some(3), Some(1)), false);
    assert_eq!(endswith("a", "\u{e9}", Some(3), Some(1)), false);
    assert_eq!(find("a", "\u{e9}", Some(3), Some(-2)), -1);
    assert_eq!(rfind("a", "\u{e9}", Some(3), Some(-2)), -1);
    assert_eq!(count("a", "\u{e9}", Some(3), Some(-2)), 0);
    assert_eq!(startswith("a", "\u{e9}", Some(3), Some(-2)), false);
    assert_eq!(endswith("a", "\u{e9}", Some(3), Some(-2)), false);
    assert_eq!(find("a", "\u{e9}", None, Some(3)), -1);
    assert_eq!(rfind("a", "\u{e9}", None, Some(3)), -1);
    assert_eq!(count("a", "\u{e9}", None, Some(3)), 0);
    assert_eq!(startswith("a", "\u{e9}", None, Some(3)), false);
    assert_eq!(endswith("a", "\u{e9}", None, Some(3)), false);
    assert_eq!(find("a", "\u{e9}", None, Some(-2)), -1);
    assert_eq!(rfind("a", "\u{e9}", None, Some(-2)), -1);
    assert_eq!(count("a", "\u{e9}", None, Some(-2)), 0);
    assert_eq!(startswith("a", "\u{e9}", None, Some(-2)), false);
    assert_eq!(endswith("a", "\u{e9}", None, Some(-2)), false);
    assert_eq!(find("a", "\u{e9}", None, Some(-10)), -1);
    assert_eq!(rfind("a", "\u{e9}", None, Some(-10)), -1);
    assert_eq!(count("a", "\u{e9}", None, Some(-10)), 0);
    assert_eq!(startswith("a", "\u{e9}", None, Some(-10)), false);
    assert_eq!(endswith("a", "\u{e9}", None, Some(-10)), false);
    assert_eq!(find("a", "\u{e9}", Some(-2), Some(3)), -1);
    assert_eq!(rfind("a", "\u{e9}", Some(-2), Some(3)), -1);
    assert_eq!(count("a", "\u{e9}", Some(-2), Some(3)), 0);
    assert_eq!(startswith("a", "\u{e9}", Some(-2), Some(3)), false);
    assert_eq!(endswith("a", "\u{e9}", Some(-2), Some(3)), false);
    assert_eq!(find("a", "\u{e9}", Some(-2), Some(0)), -1);
    assert_eq!(rfind("a", "\u{e9}", Some(-2), Some(0)), -1);
    assert_eq!(count("a", "\u{e9}", Some(-2), Some(0)), 0);
    assert_eq!(startswith("a", "\u{e9}", Some(-2), Some(0)), false);
    assert_eq!(endswith("a", "\u{e9}", Some(-2), Some(0)), false);
    assert_eq!(find("a", "\u{e9}", Some(-2), None), -1);
    assert_eq!(rfind("a", "\u{e9}", Some(-2), None), -1);
    assert_eq!(count("a", "\u{e9}", Some(-2), None), 0);
    assert_eq!(startswith("a", "\u{e9}", Some(-2), None), false);
    assert_eq!(endswith("a", "\u{e9}", Some(-2), None), false);
    assert_eq!(find("a", "\u{e9}", Some(0), Some(-2)), -1);
    assert_eq!(rfind("a", "\u{e9}", Some(0), Some(-2)), -1);
    assert_eq!(count("a", "\u{e9}", Some(0), Some(-2)), 0);
    assert_eq!(startswith("a", "\u{e9}", Some(0), Some(-2)), false);
    assert_eq!(endswith("a", "\u{e9}", Some(0), Some(-2)), false);
    assert_eq!(find("a", "\u{e9}", Some(0), Some(1)), -1);
    assert_eq!(rfind("a", "\u{e9}", Some(0), Some(1)), -1);
    assert_eq!(count("a", "\u{e9}", Some(0), Some(1)), 0);
    assert_eq!(startswith("a", "\u{e9}", Some(0), Some(1)), false);
    assert_eq!(endswith("a", "\u{e9}", Some(0), Some(1)), false);
    assert_eq!(find("a", "\u{e9}", Some(0), None), -1);
    assert_eq!(rfind("a", "\u{e9}", Some(0), None), -1);
    assert_eq!(count("a", "\u{e9}", Some(0), None), 0);
    assert_eq!(startswith("a", "\u{e9}", Some(0), None), false);
    assert_eq!(endswith("a", "\u{e9}", Some(0), None), false);
    assert_eq!(find("a", "aa", Some(5), Some(-2)), -1);
    assert_eq!(rfind("a", "aa", Some(5), Some(-2)), -1);
    assert_eq!(count("a", "aa", Some(5), Some(-2)), 0);
    assert_eq!(startswith("a", "aa", Some(5), Some(-2)), false);
    assert_eq!(endswith("a", "aa", Some(5), Some(-2)), false);
    assert_eq!(find("a", "aa", Some(5), None), -1);
    assert_eq!(rfind("a", "aa", Some(5), None), -1);
    assert_eq!(count("a", "aa", Some(5), None), 0);
    assert_eq!(startswith("a", "aa", Some(5), None), false);
    assert_eq!(endswith("a", "aa", Some(5), None), false);
    assert_eq!(find("a", "aa", Some(5), Some(10)), -1);
    assert_eq!(rfind("a", "aa", Some(5), Some(10)), -1);
    assert_eq!(count("a", "aa", Some(5), Some(10)), 0);
    assert_eq!(startswith("a", "aa", Some(5), Some(10)), false);
    assert_eq!(endswith("a", "aa", Some(5), Some(10)), false);
    assert_eq!(find("a", "aa", Some(10), Some(10)), -1);
    assert_eq!(rfind("a", "aa", Some(10), Some(10)), -1);
    assert_eq!(count("a", "aa", Some(10), Some(10)), 0);
    assert_eq!(startswith("a", "aa", Some(10), Some(10)), false);
    assert_eq!(endswith("a", "aa", Some(10), Some(10)), false);
    assert_eq!(find("a", "aa", Some(10), Some(1)), -1);
    assert_eq!(rfind("a", "aa", Some(10), Some(1)), -1);
    assert_eq!(count("a", "aa", Some(10), Some(1)), 0);
    assert_eq!(startswith("a", "aa", Some(10), Some(1)), false);
    assert_eq!(endswith("a", "aa", Some(10), Some(1)), false);
    assert_eq!(find("a", "aa", Some(10), Some(3)), -1);
    assert_eq!(rfind("a", "aa", Some(10), Some(3)), -1);
    assert_eq!(count("a", "aa", Some(10), Some(3)), 0);
    assert_eq!(startswith("a", "aa", Some(10), Some(3)), false);
    assert_eq!(endswith("a", "aa", Some(10), Some(3)), false);
    assert_eq!(find("a", "aa", None, Some(5)), -1);
    assert_eq!(rfind("a", "aa", None, Some(5)), -1);
    assert_eq!(count("a", "aa", None, Some(5)), 0);
    assert_eq!(startswith("a", "aa", None, Some(5)), false);
    assert_eq!(endswith("a", "aa", None, Some(5)), false);
    assert_eq!(find("a", "aa", None, Some(3)), -1);
    assert_eq!(rfind("a", "aa", None, Some(3)), -1);
    assert_eq!(count("a", "aa", None, Some(3)), 0);
    assert_eq!(startswith("a", "aa", None, Some(3)), false);
    assert_eq!(endswith("a", "aa", None, Some(3)), false);
    assert_eq!(find("a", "aa", None, None), -1);
    assert_eq!(rfind("a", "aa", None, None), -1);
    assert_eq!(count("a", "aa", None, None), 0);
    assert_eq!(startswith("a", "aa", None, None), false);
    assert_eq!(endswith("a", "aa", None, None), false);
    assert_eq!(find("a", "aa", Some(1), Some(5)), -1);
    assert_eq!(rfind("a", "aa", Some(1), Some(5)), -1);
    assert_eq!(count("a", "aa", Some(1), Some(5)), 0);
    assert_eq!(startswith("a", "aa", Some(1), Some(5)), false);
    assert_eq!(endswith("a", "aa", Some(1), Some(5)), false);
    assert_eq!(find("a", "aa", Some(1), None), -1);
    assert_eq!(rfind("a", "aa", Some(1), None), -1);
    assert_eq!(count("a", "aa", Some(1), None), 0);
    assert_eq!(startswith("a", "aa", Some(1), None), false);
    assert_eq!(endswith("a", "aa", Some(1), None), false);
    assert_eq!(find("a", "aa", Some(1), Some(-2)), -1);
    assert_eq!(rfind("a", "aa", Some(1), Some(-2)), -1);
    assert_eq!(count("a", "aa", Some(1), Some(-2)), 0);
    assert_eq!(startswith("a", "aa", Some(1), Some(-2)), false);
    assert_eq!(endswith("a", "aa", Some(1), Some(-2)), false);
    assert_eq!(find("a", "\u{4e2d}", Some(10), Some(5)), -1);
    assert_eq!(rfind("a", "\u{4e2d}", Some(10), Some(5)), -1);
    assert_eq!(count("a", "\u{4e2d}", Some(10), Some(5)), 0);
    assert_eq!(startswith("a", "\u{4e2d}", Some(10), Some(5)), false);
    assert_eq!(endswith("a", "\u{4e2d}", Some(10), Some(5)), false);
    assert_eq!(find("a", "\u{4e2d}", Some(10), Some(3)), -1);
    assert_eq!(rfind("a", "\u{4e2d}", Some(10), Some(3)), -1);
    assert_eq!(count("a", "\u{4e2d}", Some(10), Some(3)), 0);
    assert_eq!(startswith("a", "\u{4e2d}", Some(10), Some(3)), false);
    assert_eq!(endswith("a", "\u{4e2d}", Some(10), Some(3)), false);
    assert_eq!(find("a", "\u{4e2d}", Some(10), Some(0)), -1);
    assert_eq!(rfind("a", "\u{4e2d}", Some(10), Some(0)), -1);
    assert_eq!(count("a", "\u{4e2d}", Some(10), Some(0)), 0);
    assert_eq!(startswith("a", "\u{4e2d}", Some(10), Some(0)), false);
    assert_eq!(endswith("a", "\u{4e2d}", Some(10), Some(0)), false);
    assert_eq!(find("a", "\u{4e2d}", Some(5), Some(10)), -1);
    assert_eq!(rfind("a", "\u{4e2d}", Some(5), Some(10)), -1);
    assert_eq!(count("a", "\u{4e2d}", Some(5), Some(10)), 0);
    assert_eq!(startswith("a", "\u{4e2d}", Some(5), Some(10)), false);
    assert_eq!(endswith("a", "\u{4e2d}", Some(5), Some(10)), false);
    assert_eq!(find("a", "\u{4e2d}", Some(5), None), -1);
    assert_eq!(rfind("a", "\u{4e2d}", Some(5), None), -1);
    assert_eq!(count("a", "\u{4e2d}", Some(5), None), 0);
    assert_eq!(startswith("a", "\u{4e2d}", Some(5), None), false);
    assert_eq!(endswith("a", "\u{4e2d}", Some(5), None), false);
    assert_eq!(find("a", "\u{4e2d}", Some(5), Some(-10)), -1);
    assert_eq!(rfind("a", "\u{4e2d}", Some(5), Some(-10)), -1);
    assert_eq!(count("a", "\u{4e2d}", Some(5), Some(-10)), 0);
    assert_eq!(startswith("a", "\u{4e2d}", Some(5), Some(-10)), false);
    assert_eq!(endswith("a", "\u{4e2d}", Some(5), Some(-10)), false);
    assert_eq!(find("a", "\u{4e2d}", Some(3), Some(0)), -1);
    assert_eq!(rfind("a", "\u{4e2d}", Some(3), Some(0)), -1);
    assert_eq!(count("a", "\u{4e2d}", Some(3), Some(0)), 0);
    assert_eq!(startswith("a", "\u{4e2d}", Some(3), Some(0)), false);
    assert_eq!(endswith("a", "\u{4e2d}", Some(3), Some(0)), false);
    assert_eq!(find("a", "\u{4e2d}", Some(3), Some(1)), -1);
    assert_eq!(rfind("a", "\u{4e2d}", Some(3), Some(1)), -1);
    assert_eq!(count("a", "\u{4e2d}", Some(3), Some(1)), 0);
    assert_eq!(startswith("a", "\u{4e2d}", Some(3), Some(1)), false);
    assert_eq!(endswith("a", "\u{4e2d}", Some(3), Some(1)), false);
    assert_eq!(find("a", "\u{4e2d}", Some(3), Some(-2)), -1);
    assert_eq!(rfind("a", "\u{4e2d}", Some(3), Some(-2)), -1);
    assert_eq!(count("a", "\u{4e2d}", Some(3), Some(-2)), 0);
    assert_eq!(startswith("a", "\u{4e2d}", Some(3), Some(-2)), false);
    assert_eq!(endswith("a", "\u{4e2d}", Some(3), Some(-2)), false);
    assert_eq!(find("a", "\u{4e2d}", Some(-2), Some(-10)), -1);
    assert_eq!(rfind("a", "\u{4e2d}", Some(-2), Some(-10)), -1);
    assert_eq!(count("a", "\u{4e2d}", Some(-2), Some(-10)), 0);
    assert_eq!(startswith("a", "\u{4e2d}", Some(-2), Some(-10)), false);
    assert_eq!(endswith("a", "\u{4e2d}", Some(-2), Some(-10)), false);
    assert_eq!(find("a", "\u{4e2d}", Some(-2), Some(5)), -1);
    assert_eq!(rfind("a", "\u{4e2d}", Some(-2), Some(5)), -1);
    assert_eq!(count("a", "\u{4e2d}", Some(-2), Some(5)), 0);
    assert_eq!(startswith("a", "\u{4e2d}", Some(-2), Some(5)), false);
    assert_eq!(endswith("a", "\u{4e2d}", Some(-2), Some(5)), false);
    assert_eq!(find("a", "\u{4e2d}", Some(-2), Some(0)), -1);
    assert_eq!(rfind("a", "\u{4e2d}", Some(-2), Some(0)), -1);
    assert_eq!(count("a", "\u{4e2d}", Some(-2), Some(0)), 0);
    assert_eq!(startswith("a", "\u{4e2d}", Some(-2), Some(0)), false);
    assert_eq!(endswith("a", "\u{4e2d}", Some(-2), Some(0)), false);
    assert_eq!(find("\u{e9}\u{e9}abc\u{e9}", "", Some(0), Some(3)), 0);
    assert_eq!(rfind("\u{e9}\u{e9}abc\u{e9}", "", Some(0), Some(3)), 3);
    assert_eq!(count("\u{e9}\u{e9}abc\u{e9}", "", Some(0), Some(3)), 4);
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "", Some(0), Some(3)),
        true
    );
    assert_eq!(
        endswith("\u{e9}\u{e9}abc\u{e9}", "", Some(0), Some(3)),
        true
    );
    assert_eq!(find("\u{e9}\u{e9}abc\u{e9}", "", Some(0), Some(-2)), 0);
    assert_eq!(rfind("\u{e9}\u{e9}abc\u{e9}", "", Some(0), Some(-2)), 4);
    assert_eq!(count("\u{e9}\u{e9}abc\u{e9}", "", Some(0), Some(-2)), 5);
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "", Some(0), Some(-2)),
        true
    );
    assert_eq!(
        endswith("\u{e9}\u{e9}abc\u{e9}", "", Some(0), Some(-2)),
        true
    );
    assert_eq!(find("\u{e9}\u{e9}abc\u{e9}", "", Some(0), Some(1)), 0);
    assert_eq!(rfind("\u{e9}\u{e9}abc\u{e9}", "", Some(0), Some(1)), 1);
    assert_eq!(count("\u{e9}\u{e9}abc\u{e9}", "", Some(0), Some(1)), 2);
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "", Some(0), Some(1)),
        true
    );
    assert_eq!(
        endswith("\u{e9}\u{e9}abc\u{e9}", "", Some(0), Some(1)),
        true
    );
    assert_eq!(find("\u{e9}\u{e9}abc\u{e9}", "", Some(10), Some(1)), -1);
    assert_eq!(rfind("\u{e9}\u{e9}abc\u{e9}", "", Some(10), Some(1)), -1);
    assert_eq!(count("\u{e9}\u{e9}abc\u{e9}", "", Some(10), Some(1)), 0);
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "", Some(10), Some(1)),
        false
    );
    assert_eq!(
        endswith("\u{e9}\u{e9}abc\u{e9}", "", Some(10), Some(1)),
        false
    );
    assert_eq!(find("\u{e9}\u{e9}abc\u{e9}", "", Some(10), None), -1);
    assert_eq!(rfind("\u{e9}\u{e9}abc\u{e9}", "", Some(10), None), -1);
    assert_eq!(count("\u{e9}\u{e9}abc\u{e9}", "", Some(10), None), 0);
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "", Some(10), None),
        false
    );
    assert_eq!(endswith("\u{e9}\u{e9}abc\u{e9}", "", Some(10), None), false);
    assert_eq!(find("\u{e9}\u{e9}abc\u{e9}", "", Some(10), Some(0)), -1);
    assert_eq!(rfind("\u{e9}\u{e9}abc\u{e9}", "", Some(10), Some(0)), -1);
    assert_eq!(count("\u{e9}\u{e9}abc\u{e9}", "", Some(10), Some(0)), 0);
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "", Some(10), Some(0)),
        false
    );
    assert_eq!(
        endswith("\u{e9}\u{e9}abc\u{e9}", "", Some(10), Some(0)),
        false
    );
    assert_eq!(find("\u{e9}\u{e9}abc\u{e9}", "", Some(-10), Some(-10)), 0);
    assert_eq!(rfind("\u{e9}\u{e9}abc\u{e9}", "", Some(-10), Some(-10)), 0);
    assert_eq!(count("\u{e9}\u{e9}abc\u{e9}", "", Some(-10), Some(-10)), 1);
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "", Some(-10), Some(-10)),
        true
    );
    assert_eq!(
        endswith("\u{e9}\u{e9}abc\u{e9}", "", Some(-10), Some(-10)),
        true
    );
    assert_eq!(find("\u{e9}\u{e9}abc\u{e9}", "", Some(-10), Some(5)), 0);
    assert_eq!(rfind("\u{e9}\u{e9}abc\u{e9}", "", Some(-10), Some(5)), 5);
    assert_eq!(count("\u{e9}\u{e9}abc\u{e9}", "", Some(-10), Some(5)), 6);
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "", Some(-10), Some(5)),
        true
    );
    assert_eq!(
        endswith("\u{e9}\u{e9}abc\u{e9}", "", Some(-10), Some(5)),
        true
    );
    assert_eq!(find("\u{e9}\u{e9}abc\u{e9}", "", Some(-10), Some(3)), 0);
    assert_eq!(rfind("\u{e9}\u{e9}abc\u{e9}", "", Some(-10), Some(3)), 3);
    assert_eq!(count("\u{e9}\u{e9}abc\u{e9}", "", Some(-10), Some(3)), 4);
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "", Some(-10), Some(3)),
        true
    );
    assert_eq!(
        endswith("\u{e9}\u{e9}abc\u{e9}", "", Some(-10), Some(3)),
        true
    );
    assert_eq!(find("\u{e9}\u{e9}abc\u{e9}", "", None, Some(5)), 0);
    assert_eq!(rfind("\u{e9}\u{e9}abc\u{e9}", "", None, Some(5)), 5);
    assert_eq!(count("\u{e9}\u{e9}abc\u{e9}", "", None, Some(5)), 6);
    assert_eq!(startswith("\u{e9}\u{e9}abc\u{e9}", "", None, Some(5)), true);
    assert_eq!(endswith("\u{e9}\u{e9}abc\u{e9}", "", None, Some(5)), true);
    assert_eq!(find("\u{e9}\u{e9}abc\u{e9}", "", None, Some(3)), 0);
    assert_eq!(rfind("\u{e9}\u{e9}abc\u{e9}", "", None, Some(3)), 3);
    assert_eq!(count("\u{e9}\u{e9}abc\u{e9}", "", None, Some(3)), 4);
    assert_eq!(startswith("\u{e9}\u{e9}abc\u{e9}", "", None, Some(3)), true);
    assert_eq!(endswith("\u{e9}\u{e9}abc\u{e9}", "", None, Some(3)), true);
    assert_eq!(find("\u{e9}\u{e9}abc\u{e9}", "", None, None), 0);
    assert_eq!(rfind("\u{e9}\u{e9}abc\u{e9}", "", None, None), 6);
    assert_eq!(count("\u{e9}\u{e9}abc\u{e9}", "", None, None), 7);
    assert_eq!(startswith("\u{e9}\u{e9}abc\u{e9}", "", None, None), true);
    assert_eq!(endswith("\u{e9}\u{e9}abc\u{e9}", "", None, None), true);
    assert_eq!(find("\u{e9}\u{e9}abc\u{e9}", "a", Some(3), None), -1);
    assert_eq!(rfind("\u{e9}\u{e9}abc\u{e9}", "a", Some(3), None), -1);
    assert_eq!(count("\u{e9}\u{e9}abc\u{e9}", "a", Some(3), None), 0);
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "a", Some(3), None),
        false
    );
    assert_eq!(endswith("\u{e9}\u{e9}abc\u{e9}", "a", Some(3), None), false);
    assert_eq!(find("\u{e9}\u{e9}abc\u{e9}", "a", Some(3), Some(0)), -1);
    assert_eq!(rfind("\u{e9}\u{e9}abc\u{e9}", "a", Some(3), Some(0)), -1);
    assert_eq!(count("\u{e9}\u{e9}abc\u{e9}", "a", Some(3), Some(0)), 0);
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "a", Some(3), Some(0)),
        false
    );
    assert_eq!(
        endswith("\u{e9}\u{e9}abc\u{e9}", "a", Some(3), Some(0)),
        false
    );
    assert_eq!(find("\u{e9}\u{e9}abc\u{e9}", "a", Some(3), Some(-10)), -1);
    assert_eq!(rfind("\u{e9}\u{e9}abc\u{e9}", "a", Some(3), Some(-10)), -1);
    assert_eq!(count("\u{e9}\u{e9}abc\u{e9}", "a", Some(3), Some(-10)), 0);
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "a", Some(3), Some(-10)),
        false
    );
    assert_eq!(
        endswith("\u{e9}\u{e9}abc\u{e9}", "a", Some(3), Some(-10)),
        false
    );
    assert_eq!(find("\u{e9}\u{e9}abc\u{e9}", "a", Some(1), Some(0)), -1);
    assert_eq!(rfind("\u{e9}\u{e9}abc\u{e9}", "a", Some(1), Some(0)), -1);
    assert_eq!(count("\u{e9}\u{e9}abc\u{e9}", "a", Some(1), Some(0)), 0);
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "a", Some(1), Some(0)),
        false
    );
    assert_eq!(
        endswith("\u{e9}\u{e9}abc\u{e9}", "a", Some(1), Some(0)),
        false
    );
    assert_eq!(find("\u{e9}\u{e9}abc\u{e9}", "a", Some(1), Some(5)), 2);
    assert_eq!(rfind("\u{e9}\u{e9}abc\u{e9}", "a", Some(1), Some(5)), 2);
    assert_eq!(count("\u{e9}\u{e9}abc\u{e9}", "a", Some(1), Some(5)), 1);
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "a", Some(1), Some(5)),
        false
    );
    assert_eq!(
        endswith("\u{e9}\u{e9}abc\u{e9}", "a", Some(1), Some(5)),
        false
    );
    assert_eq!(find("\u{e9}\u{e9}abc\u{e9}", "a", Some(1), Some(10)), 2);
    assert_eq!(rfind("\u{e9}\u{e9}abc\u{e9}", "a", Some(1), Some(10)), 2);
    assert_eq!(count("\u{e9}\u{e9}abc\u{e9}", "a", Some(1), Some(10)), 1);
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "a", Some(1), Some(10)),
        false
    );
    assert_eq!(
        endswith("\u{e9}\u{e9}abc\u{e9}", "a", Some(1), Some(10)),
        false
    );
    assert_eq!(find("\u{e9}\u{e9}abc\u{e9}", "a", Some(5), None), -1);
    assert_eq!(rfind("\u{e9}\u{e9}abc\u{e9}", "a", Some(5), None), -1);
    assert_eq!(count("\u{e9}\u{e9}abc\u{e9}", "a", Some(5), None), 0);
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "a", Some(5), None),
        false
    );
    assert_eq!(endswith("\u{e9}\u{e9}abc\u{e9}", "a", Some(5), None), false);
    assert_eq!(find("\u{e9}\u{e9}abc\u{e9}", "a", Some(5), Some(1)), -1);
    assert_eq!(rfind("\u{e9}\u{e9}abc\u{e9}", "a", Some(5), Some(1)), -1);
    assert_eq!(count("\u{e9}\u{e9}abc\u{e9}", "a", Some(5), Some(1)), 0);
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "a", Some(5), Some(1)),
        false
    );
    assert_eq!(
        endswith("\u{e9}\u{e9}abc\u{e9}", "a", Some(5), Some(1)),
        false
    );
    assert_eq!(find("\u{e9}\u{e9}abc\u{e9}", "a", Some(5), Some(10)), -1);
    assert_eq!(rfind("\u{e9}\u{e9}abc\u{e9}", "a", Some(5), Some(10)), -1);
    assert_eq!(count("\u{e9}\u{e9}abc\u{e9}", "a", Some(5), Some(10)), 0);
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "a", Some(5), Some(10)),
        false
    );
    assert_eq!(
        endswith("\u{e9}\u{e9}abc\u{e9}", "a", Some(5), Some(10)),
        false
    );
    assert_eq!(find("\u{e9}\u{e9}abc\u{e9}", "a", None, Some(-10)), -1);
    assert_eq!(rfind("\u{e9}\u{e9}abc\u{e9}", "a", None, Some(-10)), -1);
    assert_eq!(count("\u{e9}\u{e9}abc\u{e9}", "a", None, Some(-10)), 0);
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "a", None, Some(-10)),
        false
    );
    assert_eq!(
        endswith("\u{e9}\u{e9}abc\u{e9}", "a", None, Some(-10)),
        false
    );
    assert_eq!(find("\u{e9}\u{e9}abc\u{e9}", "a", None, Some(3)), 2);
    assert_eq!(rfind("\u{e9}\u{e9}abc\u{e9}", "a", None, Some(3)), 2);
    assert_eq!(count("\u{e9}\u{e9}abc\u{e9}", "a", None, Some(3)), 1);
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "a", None, Some(3)),
        false
    );
    assert_eq!(endswith("\u{e9}\u{e9}abc\u{e9}", "a", None, Some(3)), true);
    assert_eq!(find("\u{e9}\u{e9}abc\u{e9}", "a", None, Some(0)), -1);
    assert_eq!(rfind("\u{e9}\u{e9}abc\u{e9}", "a", None, Some(0)), -1);
    assert_eq!(count("\u{e9}\u{e9}abc\u{e9}", "a", None, Some(0)), 0);
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "a", None, Some(0)),
        false
    );
    assert_eq!(endswith("\u{e9}\u{e9}abc\u{e9}", "a", None, Some(0)), false);
    assert_eq!(find("\u{e9}\u{e9}abc\u{e9}", "bc", Some(-2), Some(-10)), -1);
    assert_eq!(
        rfind("\u{e9}\u{e9}abc\u{e9}", "bc", Some(-2), Some(-10)),
        -1
    );
    assert_eq!(count("\u{e9}\u{e9}abc\u{e9}", "bc", Some(-2), Some(-10)), 0);
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "bc", Some(-2), Some(-10)),
        false
    );
    assert_eq!(
        endswith("\u{e9}\u{e9}abc\u{e9}", "bc", Some(-2), Some(-10)),
        false
    );
    assert_eq!(find("\u{e9}\u{e9}abc\u{e9}", "bc", Some(-2), None), -1);
    assert_eq!(rfind("\u{e9}\u{e9}abc\u{e9}", "bc", Some(-2), None), -1);
    assert_eq!(count("\u{e9}\u{e9}abc\u{e9}", "bc", Some(-2), None), 0);
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "bc", Some(-2), None),
        false
    );
    assert_eq!(
        endswith("\u{e9}\u{e9}abc\u{e9}", "bc", Some(-2), None),
        false
    );
    assert_eq!(find("\u{e9}\u{e9}abc\u{e9}", "bc", Some(-2), Some(5)), -1);
    assert_eq!(rfind("\u{e9}\u{e9}abc\u{e9}", "bc", Some(-2), Some(5)), -1);
    assert_eq!(count("\u{e9}\u{e9}abc\u{e9}", "bc", Some(-2), Some(5)), 0);
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "bc", Some(-2), Some(5)),
        false
    );
    assert_eq!(
        endswith("\u{e9}\u{e9}abc\u{e9}", "bc", Some(-2), Some(5)),
        false
    );
    assert_eq!(find("\u{e9}\u{e9}abc\u{e9}", "bc", Some(5), Some(10)), -1);
    assert_eq!(rfind("\u{e9}\u{e9}abc\u{e9}", "bc", Some(5), Some(10)), -1);
    assert_eq!(count("\u{e9}\u{e9}abc\u{e9}", "bc", Some(5), Some(10)), 0);
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "bc", Some(5), Some(10)),
        false
    );
    assert_eq!(
        endswith("\u{e9}\u{e9}abc\u{e9}", "bc", Some(5), Some(10)),
        false
    );
    assert_eq!(find("\u{e9}\u{e9}abc\u{e9}", "bc", Some(5), Some(5)), -1);
    assert_eq!(rfind("\u{e9}\u{e9}abc\u{e9}", "bc", Some(5), Some(5)), -1);
    assert_eq!(count("\u{e9}\u{e9}abc\u{e9}", "bc", Some(5), Some(5)), 0);
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "bc", Some(5), Some(5)),
        false
    );
    assert_eq!(
        endswith("\u{e9}\u{e9}abc\u{e9}", "bc", Some(5), Some(5)),
        false
    );
    assert_eq!(find("\u{e9}\u{e9}abc\u{e9}", "bc", Some(5), Some(3)), -1);
    assert_eq!(rfind("\u{e9}\u{e9}abc\u{e9}", "bc", Some(5), Some(3)), -1);
    assert_eq!(count("\u{e9}\u{e9}abc\u{e9}", "bc", Some(5), Some(3)), 0);
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "bc", Some(5), Some(3)),
        false
    );
    assert_eq!(
        endswith("\u{e9}\u{e9}abc\u{e9}", "bc", Some(5), Some(3)),
        false
    );
    assert_eq!(find("\u{e9}\u{e9}abc\u{e9}", "bc", None, Some(1)), -1);
    assert_eq!(rfind("\u{e9}\u{e9}abc\u{e9}", "bc", None, Some(1)), -1);
    assert_eq!(count("\u{e9}\u{e9}abc\u{e9}", "bc", None, Some(1)), 0);
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "bc", None, Some(1)),
        false
    );
    assert_eq!(
        endswith("\u{e9}\u{e9}abc\u{e9}", "bc", None, Some(1)),
        false
    );
    assert_eq!(find("\u{e9}\u{e9}abc\u{e9}", "bc", None, Some(10)), 3);
    assert_eq!(rfind("\u{e9}\u{e9}abc\u{e9}", "bc", None, Some(10)), 3);
    assert_eq!(count("\u{e9}\u{e9}abc\u{e9}", "bc", None, Some(10)), 1);
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "bc", None, Some(10)),
        false
    );
    assert_eq!(
        endswith("\u{e9}\u{e9}abc\u{e9}", "bc", None, Some(10)),
        false
    );
    assert_eq!(find("\u{e9}\u{e9}abc\u{e9}", "bc", None, Some(-2)), -1);
    assert_eq!(rfind("\u{e9}\u{e9}abc\u{e9}", "bc", None, Some(-2)), -1);
    assert_eq!(count("\u{e9}\u{e9}abc\u{e9}", "bc", None, Some(-2)), 0);
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "bc", None, Some(-2)),
        false
    );
    assert_eq!(
        endswith("\u{e9}\u{e9}abc\u{e9}", "bc", None, Some(-2)),
        false
    );
    assert_eq!(find("\u{e9}\u{e9}abc\u{e9}", "bc", Some(10), Some(-10)), -1);
    assert_eq!(
        rfind("\u{e9}\u{e9}abc\u{e9}", "bc", Some(10), Some(-10)),
        -1
    );
    assert_eq!(count("\u{e9}\u{e9}abc\u{e9}", "bc", Some(10), Some(-10)), 0);
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "bc", Some(10), Some(-10)),
        false
    );
    assert_eq!(
        endswith("\u{e9}\u{e9}abc\u{e9}", "bc", Some(10), Some(-10)),
        false
    );
    assert_eq!(find("\u{e9}\u{e9}abc\u{e9}", "bc", Some(10), None), -1);
    assert_eq!(rfind("\u{e9}\u{e9}abc\u{e9}", "bc", Some(10), None), -1);
    assert_eq!(count("\u{e9}\u{e9}abc\u{e9}", "bc", Some(10), None), 0);
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "bc", Some(10), None),
        false
    );
    assert_eq!(
        endswith("\u{e9}\u{e9}abc\u{e9}", "bc", Some(10), None),
        false
    );
    assert_eq!(find("\u{e9}\u{e9}abc\u{e9}", "bc", Some(10), Some(1)), -1);
    assert_eq!(rfind("\u{e9}\u{e9}abc\u{e9}", "bc", Some(10), Some(1)), -1);
    assert_eq!(count("\u{e9}\u{e9}abc\u{e9}", "bc", Some(10), Some(1)), 0);
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "bc", Some(10), Some(1)),
        false
    );
    assert_eq!(
        endswith("\u{e9}\u{e9}abc\u{e9}", "bc", Some(10), Some(1)),
        false
    );
    assert_eq!(find("\u{e9}\u{e9}abc\u{e9}", "c", Some(0), None), 4);
    assert_eq!(rfind("\u{e9}\u{e9}abc\u{e9}", "c", Some(0), None), 4);
    assert_eq!(count("\u{e9}\u{e9}abc\u{e9}", "c", Some(0), None), 1);
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "c", Some(0), None),
        false
    );
    assert_eq!(endswith("\u{e9}\u{e9}abc\u{e9}", "c", Some(0), None), false);
    assert_eq!(find("\u{e9}\u{e9}abc\u{e9}", "c", Some(0), Some(1)), -1);
    assert_eq!(rfind("\u{e9}\u{e9}abc\u{e9}", "c", Some(0), Some(1)), -1);
    assert_eq!(count("\u{e9}\u{e9}abc\u{e9}", "c", Some(0), Some(1)), 0);
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "c", Some(0), Some(1)),
        false
    );
    assert_eq!(
        endswith("\u{e9}\u{e9}abc\u{e9}", "c", Some(0), Some(1)),
        false
    );
    assert_eq!(find("\u{e9}\u{e9}abc\u{e9}", "c", Some(0), Some(-2)), -1);
    assert_eq!(rfind("\u{e9}\u{e9}abc\u{e9}", "c", Some(0), Some(-2)), -1);
    assert_eq!(count("\u{e9}\u{e9}abc\u{e9}", "c", Some(0), Some(-2)), 0);
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "c", Some(0), Some(-2)),
        false
    );
    assert_eq!(
        endswith("\u{e9}\u{e9}abc\u{e9}", "c", Some(0), Some(-2)),
        false
    );
    assert_eq!(find("\u{e9}\u{e9}abc\u{e9}", "c", None, Some(-2)), -1);
    assert_eq!(rfind("\u{e9}\u{e9}abc\u{e9}", "c", None, Some(-2)), -1);
    assert_eq!(count("\u{e9}\u{e9}abc\u{e9}", "c", None, Some(-2)), 0);
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "c", None, Some(-2)),
        false
    );
    assert_eq!(
        endswith("\u{e9}\u{e9}abc\u{e9}", "c", None, Some(-2)),
        false
    );
    assert_eq!(find("\u{e9}\u{e9}abc\u{e9}", "c", None, Some(5)), 4);
    assert_eq!(rfind("\u{e9}\u{e9}abc\u{e9}", "c", None, Some(5)), 4);
    assert_eq!(count("\u{e9}\u{e9}abc\u{e9}", "c", None, Some(5)), 1);
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "c", None, Some(5)),
        false
    );
    assert_eq!(endswith("\u{e9}\u{e9}abc\u{e9}", "c", None, Some(5)), true);
    assert_eq!(find("\u{e9}\u{e9}abc\u{e9}", "c", None, None), 4);
    assert_eq!(rfind("\u{e9}\u{e9}abc\u{e9}", "c", None, None), 4);
    assert_eq!(count("\u{e9}\u{e9}abc\u{e9}", "c", None, None), 1);
    assert_eq!(startswith("\u{e9}\u{e9}abc\u{e9}", "c", None, None), false);
    assert_eq!(endswith("\u{e9}\u{e9}abc\u{e9}", "c", None, None), false);
    assert_eq!(find("\u{e9}\u{e9}abc\u{e9}", "c", Some(1), Some(0)), -1);
    assert_eq!(rfind("\u{e9}\u{e9}abc\u{e9}", "c", Some(1), Some(0)), -1);
    assert_eq!(count("\u{e9}\u{e9}abc\u{e9}", "c", Some(1), Some(0)), 0);
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "c", Some(1), Some(0)),
        false
    );
    assert_eq!(
        endswith("\u{e9}\u{e9}abc\u{e9}", "c", Some(1), Some(0)),
        false
    );
    assert_eq!(find("\u{e9}\u{e9}abc\u{e9}", "c", Some(1), Some(-10)), -1);
    assert_eq!(rfind("\u{e9}\u{e9}abc\u{e9}", "c", Some(1), Some(-10)), -1);
    assert_eq!(count("\u{e9}\u{e9}abc\u{e9}", "c", Some(1), Some(-10)), 0);
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "c", Some(1), Some(-10)),
        false
    );
    assert_eq!(
        endswith("\u{e9}\u{e9}abc\u{e9}", "c", Some(1), Some(-10)),
        false
    );
    assert_eq!(find("\u{e9}\u{e9}abc\u{e9}", "c", Some(1), Some(3)), -1);
    assert_eq!(rfind("\u{e9}\u{e9}abc\u{e9}", "c", Some(1), Some(3)), -1);
    assert_eq!(count("\u{e9}\u{e9}abc\u{e9}", "c", Some(1), Some(3)), 0);
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "c", Some(1), Some(3)),
        false
    );
    assert_eq!(
        endswith("\u{e9}\u{e9}abc\u{e9}", "c", Some(1), Some(3)),
        false
    );
    assert_eq!(find("\u{e9}\u{e9}abc\u{e9}", "c", Some(5), Some(0)), -1);
    assert_eq!(rfind("\u{e9}\u{e9}abc\u{e9}", "c", Some(5), Some(0)), -1);
    assert_eq!(count("\u{e9}\u{e9}abc\u{e9}", "c", Some(5), Some(0)), 0);
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "c", Some(5), Some(0)),
        false
    );
    assert_eq!(
        endswith("\u{e9}\u{e9}abc\u{e9}", "c", Some(5), Some(0)),
        false
    );
    assert_eq!(find("\u{e9}\u{e9}abc\u{e9}", "c", Some(5), Some(10)), -1);
    assert_eq!(rfind("\u{e9}\u{e9}abc\u{e9}", "c", Some(5), Some(10)), -1);
    assert_eq!(count("\u{e9}\u{e9}abc\u{e9}", "c", Some(5), Some(10)), 0);
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "c", Some(5), Some(10)),
        false
    );
    assert_eq!(
        endswith("\u{e9}\u{e9}abc\u{e9}", "c", Some(5), Some(10)),
        false
    );
    assert_eq!(find("\u{e9}\u{e9}abc\u{e9}", "c", Some(5), Some(1)), -1);
    assert_eq!(rfind("\u{e9}\u{e9}abc\u{e9}", "c", Some(5), Some(1)), -1);
    assert_eq!(count("\u{e9}\u{e9}abc\u{e9}", "c", Some(5), Some(1)), 0);
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "c", Some(5), Some(1)),
        false
    );
    assert_eq!(
        endswith("\u{e9}\u{e9}abc\u{e9}", "c", Some(5), Some(1)),
        false
    );
    assert_eq!(find("\u{e9}\u{e9}abc\u{e9}", "x", Some(5), Some(5)), -1);
    assert_eq!(rfind("\u{e9}\u{e9}abc\u{e9}", "x", Some(5), Some(5)), -1);
    assert_eq!(count("\u{e9}\u{e9}abc\u{e9}", "x", Some(5), Some(5)), 0);
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "x", Some(5), Some(5)),
        false
    );
    assert_eq!(
        endswith("\u{e9}\u{e9}abc\u{e9}", "x", Some(5), Some(5)),
        false
    );
    assert_eq!(find("\u{e9}\u{e9}abc\u{e9}", "x", Some(5), Some(-2)), -1);
    assert_eq!(rfind("\u{e9}\u{e9}abc\u{e9}", "x", Some(5), Some(-2)), -1);
    assert_eq!(count("\u{e9}\u{e9}abc\u{e9}", "x", Some(5), Some(-2)), 0);
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "x", Some(5), Some(-2)),
        false
    );
    assert_eq!(
        endswith("\u{e9}\u{e9}abc\u{e9}", "x", Some(5), Some(-2)),
        false
    );
    assert_eq!(find("\u{e9}\u{e9}abc\u{e9}", "x", Some(5), Some(1)), -1);
    assert_eq!(rfind("\u{e9}\u{e9}abc\u{e9}", "x", Some(5), Some(1)), -1);
    assert_eq!(count("\u{e9}\u{e9}abc\u{e9}", "x", Some(5), Some(1)), 0);
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "x", Some(5), Some(1)),
        false
    );
    assert_eq!(
        endswith("\u{e9}\u{e9}abc\u{e9}", "x", Some(5), Some(1)),
        false
    );
    assert_eq!(find("\u{e9}\u{e9}abc\u{e9}", "x", Some(-2), Some(5)), -1);
    assert_eq!(rfind("\u{e9}\u{e9}abc\u{e9}", "x", Some(-2), Some(5)), -1);
    assert_eq!(count("\u{e9}\u{e9}abc\u{e9}", "x", Some(-2), Some(5)), 0);
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "x", Some(-2), Some(5)),
        false
    );
    assert_eq!(
        endswith("\u{e9}\u{e9}abc\u{e9}", "x", Some(-2), Some(5)),
        false
    );
    assert_eq!(find("\u{e9}\u{e9}abc\u{e9}", "x", Some(-2), None), -1);
    assert_eq!(rfind("\u{e9}\u{e9}abc\u{e9}", "x", Some(-2), None), -1);
    assert_eq!(count("\u{e9}\u{e9}abc\u{e9}", "x", Some(-2), None), 0);
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "x", Some(-2), None),
        false
    );
    assert_eq!(
        endswith("\u{e9}\u{e9}abc\u{e9}", "x", Some(-2), None),
        false
    );
    assert_eq!(find("\u{e9}\u{e9}abc\u{e9}", "x", Some(-2), Some(0)), -1);
    assert_eq!(rfind("\u{e9}\u{e9}abc\u{e9}", "x", Some(-2), Some(0)), -1);
    assert_eq!(count("\u{e9}\u{e9}abc\u{e9}", "x", Some(-2), Some(0)), 0);
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "x", Some(-2), Some(0)),
        false
    );
    assert_eq!(
        endswith("\u{e9}\u{e9}abc\u{e9}", "x", Some(-2), Some(0)),
        false
    );
    assert_eq!(find("\u{e9}\u{e9}abc\u{e9}", "x", Some(10), Some(0)), -1);
    assert_eq!(rfind("\u{e9}\u{e9}abc\u{e9}", "x", Some(10), Some(0)), -1);
    assert_eq!(count("\u{e9}\u{e9}abc\u{e9}", "x", Some(10), Some(0)), 0);
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "x", Some(10), Some(0)),
        false
    );
    assert_eq!(
        endswith("\u{e9}\u{e9}abc\u{e9}", "x", Some(10), Some(0)),
        false
    );
    assert_eq!(find("\u{e9}\u{e9}abc\u{e9}", "x", Some(10), Some(10)), -1);
    assert_eq!(rfind("\u{e9}\u{e9}abc\u{e9}", "x", Some(10), Some(10)), -1);
    assert_eq!(count("\u{e9}\u{e9}abc\u{e9}", "x", Some(10), Some(10)), 0);
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "x", Some(10), Some(10)),
        false
    );
    assert_eq!(
        endswith("\u{e9}\u{e9}abc\u{e9}", "x", Some(10), Some(10)),
        false
    );
    assert_eq!(find("\u{e9}\u{e9}abc\u{e9}", "x", Some(10), Some(3)), -1);
    assert_eq!(rfind("\u{e9}\u{e9}abc\u{e9}", "x", Some(10), Some(3)), -1);
    assert_eq!(count("\u{e9}\u{e9}abc\u{e9}", "x", Some(10), Some(3)), 0);
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "x", Some(10), Some(3)),
        false
    );
    assert_eq!(
        endswith("\u{e9}\u{e9}abc\u{e9}", "x", Some(10), Some(3)),
        false
    );
    assert_eq!(find("\u{e9}\u{e9}abc\u{e9}", "x", Some(1), Some(-2)), -1);
    assert_eq!(rfind("\u{e9}\u{e9}abc\u{e9}", "x", Some(1), Some(-2)), -1);
    assert_eq!(count("\u{e9}\u{e9}abc\u{e9}", "x", Some(1), Some(-2)), 0);
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "x", Some(1), Some(-2)),
        false
    );
    assert_eq!(
        endswith("\u{e9}\u{e9}abc\u{e9}", "x", Some(1), Some(-2)),
        false
    );
    assert_eq!(find("\u{e9}\u{e9}abc\u{e9}", "x", Some(1), Some(0)), -1);
    assert_eq!(rfind("\u{e9}\u{e9}abc\u{e9}", "x", Some(1), Some(0)), -1);
    assert_eq!(count("\u{e9}\u{e9}abc\u{e9}", "x", Some(1), Some(0)), 0);
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "x", Some(1), Some(0)),
        false
    );
    assert_eq!(
        endswith("\u{e9}\u{e9}abc\u{e9}", "x", Some(1), Some(0)),
        false
    );
    assert_eq!(find("\u{e9}\u{e9}abc\u{e9}", "x", Some(1), Some(3)), -1);
    assert_eq!(rfind("\u{e9}\u{e9}abc\u{e9}", "x", Some(1), Some(3)), -1);
    assert_eq!(count("\u{e9}\u{e9}abc\u{e9}", "x", Some(1), Some(3)), 0);
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "x", Some(1), Some(3)),
        false
    );
    assert_eq!(
        endswith("\u{e9}\u{e9}abc\u{e9}", "x", Some(1), Some(3)),
        false
    );
    assert_eq!(
        find("\u{e9}\u{e9}abc\u{e9}", "\u{e9}", Some(10), Some(-2)),
        -1
    );
    assert_eq!(
        rfind("\u{e9}\u{e9}abc\u{e9}", "\u{e9}", Some(10), Some(-2)),
        -1
    );
    assert_eq!(
        count("\u{e9}\u{e9}abc\u{e9}", "\u{e9}", Some(10), Some(-2)),
        0
    );
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "\u{e9}", Some(10), Some(-2)),
        false
    );
    assert_eq!(
        endswith("\u{e9}\u{e9}abc\u{e9}", "\u{e9}", Some(10), Some(-2)),
        false
    );
    assert_eq!(
        find("\u{e9}\u{e9}abc\u{e9}", "\u{e9}", Some(10), Some(-10)),
        -1
    );
    assert_eq!(
        rfind("\u{e9}\u{e9}abc\u{e9}", "\u{e9}", Some(10), Some(-10)),
        -1
    );
    assert_eq!(
        count("\u{e9}\u{e9}abc\u{e9}", "\u{e9}", Some(10), Some(-10)),
        0
    );
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "\u{e9}", Some(10), Some(-10)),
        false
    );
    assert_eq!(
        endswith("\u{e9}\u{e9}abc\u{e9}", "\u{e9}", Some(10), Some(-10)),
        false
    );
    assert_eq!(find("\u{e9}\u{e9}abc\u{e9}", "\u{e9}", Some(10), None), -1);
    assert_eq!(rfind("\u{e9}\u{e9}abc\u{e9}", "\u{e9}", Some(10), None), -1);
    assert_eq!(count("\u{e9}\u{e9}abc\u{e9}", "\u{e9}", Some(10), None), 0);
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "\u{e9}", Some(10), None),
        false
    );
    assert_eq!(
        endswith("\u{e9}\u{e9}abc\u{e9}", "\u{e9}", Some(10), None),
        false
    );
    assert_eq!(
        find("\u{e9}\u{e9}abc\u{e9}", "\u{e9}", Some(-10), Some(10)),
        0
    );
    assert_eq!(
        rfind("\u{e9}\u{e9}abc\u{e9}", "\u{e9}", Some(-10), Some(10)),
        5
    );
    assert_eq!(
        count("\u{e9}\u{e9}abc\u{e9}", "\u{e9}", Some(-10), Some(10)),
        3
    );
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "\u{e9}", Some(-10), Some(10)),
        true
    );
    assert_eq!(
        endswith("\u{e9}\u{e9}abc\u{e9}", "\u{e9}", Some(-10), Some(10)),
        true
    );
    assert_eq!(
        find("\u{e9}\u{e9}abc\u{e9}", "\u{e9}", Some(-10), Some(3)),
        0
    );
    assert_eq!(
        rfind("\u{e9}\u{e9}abc\u{e9}", "\u{e9}", Some(-10), Some(3)),
        1
    );
    assert_eq!(
        count("\u{e9}\u{e9}abc\u{e9}", "\u{e9}", Some(-10), Some(3)),
        2
    );
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "\u{e9}", Some(-10), Some(3)),
        true
    );
    assert_eq!(
        endswith("\u{e9}\u{e9}abc\u{e9}", "\u{e9}", Some(-10), Some(3)),
        false
    );
    assert_eq!(
        find("\u{e9}\u{e9}abc\u{e9}", "\u{e9}", Some(-10), Some(0)),
        -1
    );
    assert_eq!(
        rfind("\u{e9}\u{e9}abc\u{e9}", "\u{e9}", Some(-10), Some(0)),
        -1
    );
    assert_eq!(
        count("\u{e9}\u{e9}abc\u{e9}", "\u{e9}", Some(-10), Some(0)),
        0
    );
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "\u{e9}", Some(-10), Some(0)),
        false
    );
    assert_eq!(
        endswith("\u{e9}\u{e9}abc\u{e9}", "\u{e9}", Some(-10), Some(0)),
        false
    );
    assert_eq!(
        find("\u{e9}\u{e9}abc\u{e9}", "\u{e9}", Some(3), Some(10)),
        5
    );
    assert_eq!(
        rfind("\u{e9}\u{e9}abc\u{e9}", "\u{e9}", Some(3), Some(10)),
        5
    );
    assert_eq!(
        count("\u{e9}\u{e9}abc\u{e9}", "\u{e9}", Some(3), Some(10)),
        1
    );
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "\u{e9}", Some(3), Some(10)),
        false
    );
    assert_eq!(
        endswith("\u{e9}\u{e9}abc\u{e9}", "\u{e9}", Some(3), Some(10)),
        true
    );
    assert_eq!(
        find("\u{e9}\u{e9}abc\u{e9}", "\u{e9}", Some(3), Some(1)),
        -1
    );
    assert_eq!(
        rfind("\u{e9}\u{e9}abc\u{e9}", "\u{e9}", Some(3), Some(1)),
        -1
    );
    assert_eq!(
        count("\u{e9}\u{e9}abc\u{e9}", "\u{e9}", Some(3), Some(1)),
        0
    );
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "\u{e9}", Some(3), Some(1)),
        false
    );
    assert_eq!(
        endswith("\u{e9}\u{e9}abc\u{e9}", "\u{e9}", Some(3), Some(1)),
        false
    );
    assert_eq!(
        find("\u{e9}\u{e9}abc\u{e9}", "\u{e9}", Some(3), Some(3)),
        -1
    );
    assert_eq!(
        rfind("\u{e9}\u{e9}abc\u{e9}", "\u{e9}", Some(3), Some(3)),
        -1
    );
    assert_eq!(
        count("\u{e9}\u{e9}abc\u{e9}", "\u{e9}", Some(3), Some(3)),
        0
    );
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "\u{e9}", Some(3), Some(3)),
        false
    );
    assert_eq!(
        endswith("\u{e9}\u{e9}abc\u{e9}", "\u{e9}", Some(3), Some(3)),
        false
    );
    assert_eq!(
        find("\u{e9}\u{e9}abc\u{e9}", "\u{e9}", Some(0), Some(-2)),
        0
    );
    assert_eq!(
        rfind("\u{e9}\u{e9}abc\u{e9}", "\u{e9}", Some(0), Some(-2)),
        1
    );
    assert_eq!(
        count("\u{e9}\u{e9}abc\u{e9}", "\u{e9}", Some(0), Some(-2)),
        2
    );
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "\u{e9}", Some(0), Some(-2)),
        true
    );
    assert_eq!(
        endswith("\u{e9}\u{e9}abc\u{e9}", "\u{e9}", Some(0), Some(-2)),
        false
    );
    assert_eq!(
        find("\u{e9}\u{e9}abc\u{e9}", "\u{e9}", Some(0), Some(-10)),
        -1
    );
    assert_eq!(
        rfind("\u{e9}\u{e9}abc\u{e9}", "\u{e9}", Some(0), Some(-10)),
        -1
    );
    assert_eq!(
        count("\u{e9}\u{e9}abc\u{e9}", "\u{e9}", Some(0), Some(-10)),
        0
    );
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "\u{e9}", Some(0), Some(-10)),
        false
    );
    assert_eq!(
        endswith("\u{e9}\u{e9}abc\u{e9}", "\u{e9}", Some(0), Some(-10)),
        false
    );
    assert_eq!(
        find("\u{e9}\u{e9}abc\u{e9}", "\u{e9}", Some(0), Some(10)),
        0
    );
    assert_eq!(
        rfind("\u{e9}\u{e9}abc\u{e9}", "\u{e9}", Some(0), Some(10)),
        5
    );
    assert_eq!(
        count("\u{e9}\u{e9}abc\u{e9}", "\u{e9}", Some(0), Some(10)),
        3
    );
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "\u{e9}", Some(0), Some(10)),
        true
    );
    assert_eq!(
        endswith("\u{e9}\u{e9}abc\u{e9}", "\u{e9}", Some(0), Some(10)),
        true
    );
    assert_eq!(find("\u{e9}\u{e9}abc\u{e9}", "aa", Some(0), Some(3)), -1);
    assert_eq!(rfind("\u{e9}\u{e9}abc\u{e9}", "aa", Some(0), Some(3)), -1);
    assert_eq!(count("\u{e9}\u{e9}abc\u{e9}", "aa", Some(0), Some(3)), 0);
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "aa", Some(0), Some(3)),
        false
    );
    assert_eq!(
        endswith("\u{e9}\u{e9}abc\u{e9}", "aa", Some(0), Some(3)),
        false
    );
    assert_eq!(find("\u{e9}\u{e9}abc\u{e9}", "aa", Some(0), Some(-10)), -1);
    assert_eq!(rfind("\u{e9}\u{e9}abc\u{e9}", "aa", Some(0), Some(-10)), -1);
    assert_eq!(count("\u{e9}\u{e9}abc\u{e9}", "aa", Some(0), Some(-10)), 0);
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "aa", Some(0), Some(-10)),
        false
    );
    assert_eq!(
        endswith("\u{e9}\u{e9}abc\u{e9}", "aa", Some(0), Some(-10)),
        false
    );
    assert_eq!(find("\u{e9}\u{e9}abc\u{e9}", "aa", Some(0), Some(10)), -1);
    assert_eq!(rfind("\u{e9}\u{e9}abc\u{e9}", "aa", Some(0), Some(10)), -1);
    assert_eq!(count("\u{e9}\u{e9}abc\u{e9}", "aa", Some(0), Some(10)), 0);
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "aa", Some(0), Some(10)),
        false
    );
    assert_eq!(
        endswith("\u{e9}\u{e9}abc\u{e9}", "aa", Some(0), Some(10)),
        false
    );
    assert_eq!(find("\u{e9}\u{e9}abc\u{e9}", "aa", Some(-10), Some(1)), -1);
    assert_eq!(rfind("\u{e9}\u{e9}abc\u{e9}", "aa", Some(-10), Some(1)), -1);
    assert_eq!(count("\u{e9}\u{e9}abc\u{e9}", "aa", Some(-10), Some(1)), 0);
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "aa", Some(-10), Some(1)),
        false
    );
    assert_eq!(
        endswith("\u{e9}\u{e9}abc\u{e9}", "aa", Some(-10), Some(1)),
        false
    );
    assert_eq!(find("\u{e9}\u{e9}abc\u{e9}", "aa", Some(-10), Some(3)), -1);
    assert_eq!(rfind("\u{e9}\u{e9}abc\u{e9}", "aa", Some(-10), Some(3)), -1);
    assert_eq!(count("\u{e9}\u{e9}abc\u{e9}", "aa", Some(-10), Some(3)), 0);
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "aa", Some(-10), Some(3)),
        false
    );
    assert_eq!(
        endswith("\u{e9}\u{e9}abc\u{e9}", "aa", Some(-10), Some(3)),
        false
    );
    assert_eq!(find("\u{e9}\u{e9}abc\u{e9}", "aa", Some(-10), Some(5)), -1);
    assert_eq!(rfind("\u{e9}\u{e9}abc\u{e9}", "aa", Some(-10), Some(5)), -1);
    assert_eq!(count("\u{e9}\u{e9}abc\u{e9}", "aa", Some(-10), Some(5)), 0);
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "aa", Some(-10), Some(5)),
        false
    );
    assert_eq!(
        endswith("\u{e9}\u{e9}abc\u{e9}", "aa", Some(-10), Some(5)),
        false
    );
    assert_eq!(find("\u{e9}\u{e9}abc\u{e9}", "aa", Some(1), Some(5)), -1);
    assert_eq!(rfind("\u{e9}\u{e9}abc\u{e9}", "aa", Some(1), Some(5)), -1);
    assert_eq!(count("\u{e9}\u{e9}abc\u{e9}", "aa", Some(1), Some(5)), 0);
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "aa", Some(1), Some(5)),
        false
    );
    assert_eq!(
        endswith("\u{e9}\u{e9}abc\u{e9}", "aa", Some(1), Some(5)),
        false
    );
    assert_eq!(find("\u{e9}\u{e9}abc\u{e9}", "aa", Some(1), Some(1)), -1);
    assert_eq!(rfind("\u{e9}\u{e9}abc\u{e9}", "aa", Some(1), Some(1)), -1);
    assert_eq!(count("\u{e9}\u{e9}abc\u{e9}", "aa", Some(1), Some(1)), 0);
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "aa", Some(1), Some(1)),
        false
    );
    assert_eq!(
        endswith("\u{e9}\u{e9}abc\u{e9}", "aa", Some(1), Some(1)),
        false
    );
    assert_eq!(find("\u{e9}\u{e9}abc\u{e9}", "aa", Some(1), Some(10)), -1);
    assert_eq!(rfind("\u{e9}\u{e9}abc\u{e9}", "aa", Some(1), Some(10)), -1);
    assert_eq!(count("\u{e9}\u{e9}abc\u{e9}", "aa", Some(1), Some(10)), 0);
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "aa", Some(1), Some(10)),
        false
    );
    assert_eq!(
        endswith("\u{e9}\u{e9}abc\u{e9}", "aa", Some(1), Some(10)),
        false
    );
    assert_eq!(find("\u{e9}\u{e9}abc\u{e9}", "aa", Some(3), Some(1)), -1);
    assert_eq!(rfind("\u{e9}\u{e9}abc\u{e9}", "aa", Some(3), Some(1)), -1);
    assert_eq!(count("\u{e9}\u{e9}abc\u{e9}", "aa", Some(3), Some(1)), 0);
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "aa", Some(3), Some(1)),
        false
    );
    assert_eq!(
        endswith("\u{e9}\u{e9}abc\u{e9}", "aa", Some(3), Some(1)),
        false
    );
    assert_eq!(find("\u{e9}\u{e9}abc\u{e9}", "aa", Some(3), Some(-10)), -1);
    assert_eq!(rfind("\u{e9}\u{e9}abc\u{e9}", "aa", Some(3), Some(-10)), -1);
    assert_eq!(count("\u{e9}\u{e9}abc\u{e9}", "aa", Some(3), Some(-10)), 0);
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "aa", Some(3), Some(-10)),
        false
    );
    assert_eq!(
        endswith("\u{e9}\u{e9}abc\u{e9}", "aa", Some(3), Some(-10)),
        false
    );
    assert_eq!(find("\u{e9}\u{e9}abc\u{e9}", "aa", Some(3), Some(-2)), -1);
    assert_eq!(rfind("\u{e9}\u{e9}abc\u{e9}", "aa", Some(3), Some(-2)), -1);
    assert_eq!(count("\u{e9}\u{e9}abc\u{e9}", "aa", Some(3), Some(-2)), 0);
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "aa", Some(3), Some(-2)),
        false
    );
    assert_eq!(
        endswith("\u{e9}\u{e9}abc\u{e9}", "aa", Some(3), Some(-2)),
        false
    );
    assert_eq!(find("\u{e9}\u{e9}abc\u{e9}", "\u{4e2d}", None, Some(0)), -1);
    assert_eq!(
        rfind("\u{e9}\u{e9}abc\u{e9}", "\u{4e2d}", None, Some(0)),
        -1
    );
    assert_eq!(count("\u{e9}\u{e9}abc\u{e9}", "\u{4e2d}", None, Some(0)), 0);
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "\u{4e2d}", None, Some(0)),
        false
    );
    assert_eq!(
        endswith("\u{e9}\u{e9}abc\u{e9}", "\u{4e2d}", None, Some(0)),
        false
    );
    assert_eq!(
        find("\u{e9}\u{e9}abc\u{e9}", "\u{4e2d}", None, Some(-10)),
        -1
    );
    assert_eq!(
        rfind("\u{e9}\u{e9}abc\u{e9}", "\u{4e2d}", None, Some(-10)),
        -1
    );
    assert_eq!(
        count("\u{e9}\u{e9}abc\u{e9}", "\u{4e2d}", None, Some(-10)),
        0
    );
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "\u{4e2d}", None, Some(-10)),
        false
    );
    assert_eq!(
        endswith("\u{e9}\u{e9}abc\u{e9}", "\u{4e2d}", None, Some(-10)),
        false
    );
    assert_eq!(find("\u{e9}\u{e9}abc\u{e9}", "\u{4e2d}", None, Some(1)), -1);
    assert_eq!(
        rfind("\u{e9}\u{e9}abc\u{e9}", "\u{4e2d}", None, Some(1)),
        -1
    );
    assert_eq!(count("\u{e9}\u{e9}abc\u{e9}", "\u{4e2d}", None, Some(1)), 0);
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "\u{4e2d}", None, Some(1)),
        false
    );
    assert_eq!(
        endswith("\u{e9}\u{e9}abc\u{e9}", "\u{4e2d}", None, Some(1)),
        false
    );
    assert_eq!(
        find("\u{e9}\u{e9}abc\u{e9}", "\u{4e2d}", Some(-2), Some(3)),
        -1
    );
    assert_eq!(
        rfind("\u{e9}\u{e9}abc\u{e9}", "\u{4e2d}", Some(-2), Some(3)),
        -1
    );
    assert_eq!(
        count("\u{e9}\u{e9}abc\u{e9}", "\u{4e2d}", Some(-2), Some(3)),
        0
    );
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "\u{4e2d}", Some(-2), Some(3)),
        false
    );
    assert_eq!(
        endswith("\u{e9}\u{e9}abc\u{e9}", "\u{4e2d}", Some(-2), Some(3)),
        false
    );
    assert_eq!(
        find("\u{e9}\u{e9}abc\u{e9}", "\u{4e2d}", Some(-2), Some(-10)),
        -1
    );
    assert_eq!(
        rfind("\u{e9}\u{e9}abc\u{e9}", "\u{4e2d}", Some(-2), Some(-10)),
        -1
    );
    assert_eq!(
        count("\u{e9}\u{e9}abc\u{e9}", "\u{4e2d}", Some(-2), Some(-10)),
        0
    );
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "\u{4e2d}", Some(-2), Some(-10)),
        false
    );
    assert_eq!(
        endswith("\u{e9}\u{e9}abc\u{e9}", "\u{4e2d}", Some(-2), Some(-10)),
        false
    );
    assert_eq!(
        find("\u{e9}\u{e9}abc\u{e9}", "\u{4e2d}", Some(-2), Some(-2)),
        -1
    );
    assert_eq!(
        rfind("\u{e9}\u{e9}abc\u{e9}", "\u{4e2d}", Some(-2), Some(-2)),
        -1
    );
    assert_eq!(
        count("\u{e9}\u{e9}abc\u{e9}", "\u{4e2d}", Some(-2), Some(-2)),
        0
    );
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "\u{4e2d}", Some(-2), Some(-2)),
        false
    );
    assert_eq!(
        endswith("\u{e9}\u{e9}abc\u{e9}", "\u{4e2d}", Some(-2), Some(-2)),
        false
    );
    assert_eq!(
        find("\u{e9}\u{e9}abc\u{e9}", "\u{4e2d}", Some(0), Some(10)),
        -1
    );
    assert_eq!(
        rfind("\u{e9}\u{e9}abc\u{e9}", "\u{4e2d}", Some(0), Some(10)),
        -1
    );
    assert_eq!(
        count("\u{e9}\u{e9}abc\u{e9}", "\u{4e2d}", Some(0), Some(10)),
        0
    );
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "\u{4e2d}", Some(0), Some(10)),
        false
    );
    assert_eq!(
        endswith("\u{e9}\u{e9}abc\u{e9}", "\u{4e2d}", Some(0), Some(10)),
        false
    );
    assert_eq!(
        find("\u{e9}\u{e9}abc\u{e9}", "\u{4e2d}", Some(0), Some(5)),
        -1
    );
    assert_eq!(
        rfind("\u{e9}\u{e9}abc\u{e9}", "\u{4e2d}", Some(0), Some(5)),
        -1
    );
    assert_eq!(
        count("\u{e9}\u{e9}abc\u{e9}", "\u{4e2d}", Some(0), Some(5)),
        0
    );
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "\u{4e2d}", Some(0), Some(5)),
        false
    );
    assert_eq!(
        endswith("\u{e9}\u{e9}abc\u{e9}", "\u{4e2d}", Some(0), Some(5)),
        false
    );
    assert_eq!(
        find("\u{e9}\u{e9}abc\u{e9}", "\u{4e2d}", Some(0), Some(-10)),
        -1
    );
    assert_eq!(
        rfind("\u{e9}\u{e9}abc\u{e9}", "\u{4e2d}", Some(0), Some(-10)),
        -1
    );
    assert_eq!(
        count("\u{e9}\u{e9}abc\u{e9}", "\u{4e2d}", Some(0), Some(-10)),
        0
    );
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "\u{4e2d}", Some(0), Some(-10)),
        false
    );
    assert_eq!(
        endswith("\u{e9}\u{e9}abc\u{e9}", "\u{4e2d}", Some(0), Some(-10)),
        false
    );
    assert_eq!(
        find("\u{e9}\u{e9}abc\u{e9}", "\u{4e2d}", Some(3), Some(5)),
        -1
    );
    assert_eq!(
        rfind("\u{e9}\u{e9}abc\u{e9}", "\u{4e2d}", Some(3), Some(5)),
        -1
    );
    assert_eq!(
        count("\u{e9}\u{e9}abc\u{e9}", "\u{4e2d}", Some(3), Some(5)),
        0
    );
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "\u{4e2d}", Some(3), Some(5)),
        false
    );
    assert_eq!(
        endswith("\u{e9}\u{e9}abc\u{e9}", "\u{4e2d}", Some(3), Some(5)),
        false
    );
    assert_eq!(
        find("\u{e9}\u{e9}abc\u{e9}", "\u{4e2d}", Some(3), Some(3)),
        -1
    );
    assert_eq!(
        rfind("\u{e9}\u{e9}abc\u{e9}", "\u{4e2d}", Some(3), Some(3)),
        -1
    );
    assert_eq!(
        count("\u{e9}\u{e9}abc\u{e9}", "\u{4e2d}", Some(3), Some(3)),
        0
    );
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "\u{4e2d}", Some(3), Some(3)),
        false
    );
    assert_eq!(
        endswith("\u{e9}\u{e9}abc\u{e9}", "\u{4e2d}", Some(3), Some(3)),
        false
    );
    assert_eq!(
        find("\u{e9}\u{e9}abc\u{e9}", "\u{4e2d}", Some(3), Some(0)),
        -1
    );
    assert_eq!(
        rfind("\u{e9}\u{e9}abc\u{e9}", "\u{4e2d}", Some(3), Some(0)),
        -1
    );
    assert_eq!(
        count("\u{e9}\u{e9}abc\u{e9}", "\u{4e2d}", Some(3), Some(0)),
        0
    );
    assert_eq!(
        startswith("\u{e9}\u{e9}abc\u{e9}", "\u{4e2d}", Some(3), Some(0)),
        false
    );
    assert_eq!(
        endswith("\u{e9}\u{e9}abc\u{e9}", "\u{4e2d}", Some(3), Some(0)),
        false
    );
    assert_eq!(find("xxxx", "", Some(0), None), 0);
    assert_eq!(rfind("xxxx", "", Some(0), None), 4);
    assert_eq!(count("xxxx", "", Some(0), None), 5);
    assert_eq!(startswith("xxxx", "", Some(0), None), true);
    assert_eq!(endswith("xxxx", "", Some(0), None), true);
    assert_eq!(find("xxxx", "", Some(0), Some(0)), 0);
    assert_eq!(rfind("xxxx", "", Some(0), Some(0)), 0);
    assert_eq!(count("xxxx", "", Some(0), Some(0)), 1);
    assert_eq!(startswith("xxxx", "", Some(0), Some(0)), true);
    assert_eq!(endswith("xxxx", "", Some(0), Some(0)), true);
    assert_eq!(find("xxxx", "", Some(0), Some(3)), 0);
    assert_eq!(rfind("xxxx", "", Some(0), Some(3)), 3);
    assert_eq!(count("xxxx", "", Some(0), Some(3)), 4);
    assert_eq!(startswith("xxxx", "", Some(0), Some(3)), true);
    assert_eq!(endswith("xxxx", "", Some(0), Some(3)), true);
    assert_eq!(find("xxxx", "", Some(10), Some(-10)), -1);
    assert_eq!(rfind("xxxx", "", Some(10), Some(-10)), -1);
    assert_eq!(count("xxxx", "", Some(10), Some(-10)), 0);
    assert_eq!(startswith("xxxx", "", Some(10), Some(-10)), false);
    assert_eq!(endswith("xxxx", "", Some(10), Some(-10)), false);
    assert_eq!(find("xxxx", "", Some(10), Some(5)), -1);
    assert_eq!(rfind("xxxx", "", Some(10), Some(5)), -1);
    assert_eq!(count("xxxx", "", Some(10), Some(5)), 0);
    assert_eq!(startswith("xxxx", "", Some(10), Some(5)), false);
    assert_eq!(endswith("xxxx", "", Some(10), Some(5)), false);
    assert_eq!(find("xxxx", "", Some(10), Some(0)), -1);
    assert_eq!(rfind("xxxx", "", Some(10), Some(0)), -1);
    assert_eq!(count("xxxx", "", Some(10), Some(0)), 0);
    assert_eq!(startswith("xxxx", "", Some(10), Some(0)), false);
    assert_eq!(endswith("xxxx", "", Some(10), Some(0)), false);
    assert_eq!(find("xxxx", "", Some(1), None), 1);
    assert_eq!(rfind("xxxx", "", Some(1), None), 4);
    assert_eq!(count("xxxx", "", Some(1), None), 4);
    assert_eq!(startswith("xxxx", "", Some(1), None), true);
    assert_eq!(endswith("xxxx", "", Some(1), None), true);
    assert_eq!(find("xxxx", "", Some(1), Some(0)), -1);
    assert_eq!(rfind("xxxx", "", Some(1), Some(0)), -1);
    assert_eq!(count("xxxx", "", Some(1), Some(0)), 0);
    assert_eq!(startswith("xxxx", "", Some(1), Some(0)), false);
    assert_eq!(endswith("xxxx", "", Some(1), Some(0)), false);
    assert_eq!(find("xxxx", "", Some(1), Some(-10)), -1);
    assert_eq!(rfind("xxxx", "", Some(1), Some(-10)), -1);
    assert_eq!(count("xxxx", "", Some(1), Some(-10)), 0);
    assert_eq!(startswith("xxxx", "", Some(1), Some(-10)), false);
    assert_eq!(endswith("xxxx", "", Some(1), Some(-10)), false);
    assert_eq!(find("xxxx", "", Some(3), Some(0)), -1);
    assert_eq!(rfind("xxxx", "", Some(3), Some(0)), -1);
    assert_eq!(count("xxxx", "", Some(3), Some(0)), 0);
    assert_eq!(startswith("xxxx", "", Some(3), Some(0)), false);
    assert_eq!(endswith("xxxx", "", Some(3), Some(0)), false);
    assert_eq!(find("xxxx", "", Some(3), Some(3)), 3);
    assert_eq!(rfind("xxxx", "", Some(3), Some(3)), 3);
    assert_eq!(count("xxxx", "", Some(3), Some(3)), 1);
    assert_eq!(startswith("xxxx", "", Some(3), Some(3)), true);
    assert_eq!(endswith("xxxx", "", Some(3), Some(3)), true);
    assert_eq!(find("xxxx", "", Some(3), Some(5)), 3);
    assert_eq!(rfind("xxxx", "", Some(3), Some(5)), 4);
    assert_eq!(count("xxxx", "", Some(3), Some(5)), 2);
    assert_eq!(startswith("xxxx", "", Some(3), Some(5)), true);
    assert_eq!(endswith("xxxx", "", Some(3), Some(5)), true);
    assert_eq!(find("xxxx", "a", Some(-10), Some(0)), -1);
    assert_eq!(rfind("xxxx", "a", Some(-10), Some(0)), -1);
    assert_eq!(count("xxxx", "a", Some(-10), Some(0)), 0);
    assert_eq!(startswith("xxxx", "a", Some(-10), Some(0)), false);
    assert_eq!(endswith("xxxx", "a", Some(-10), Some(0)), false);
    assert_eq!(find("xxxx", "a", Some(-10), Some(5)), -1);
    assert_eq!(rfind("xxxx", "a", Some(-10), Some(5)), -1);
    assert_eq!(count("xxxx", "a", Some(-10), Some(5)), 0);
    assert_eq!(startswith("xxxx", "a", Some(-10), Some(5)), false);
    assert_eq!(endswith("xxxx", "a", Some(-10), Some(5)), false);
    assert_eq!(find("xxxx", "a", Some(-10), Some(-2)), -1);
    assert_eq!(rfind("xxxx", "a", Some(-10), Some(-2)), -1);
    assert_eq!(count("xxxx", "a", Some(-10), Some(-2)), 0);
    assert_eq!(startswith("xxxx", "a", Some(-10), Some(-2)), false);
    assert_eq!(endswith("xxxx", "a", Some(-10), Some(-2)), false);
    assert_eq!(find("xxxx", "a", Some(10), Some(-2)), -1);
    assert_eq!(rfind("xxxx", "a", Some(10), Some(-2)), -1);
    assert_eq!(count("xxxx", "a", Some(10), Some(-2)), 0);
    assert_eq!(startswith("xxxx", "a", Some(10), Some(-2)), false);
    assert_eq!(endswith("xxxx", "a", Some(10), Some(-2)), false);
    assert_eq!(find("xxxx", "a", Some(10), Some(-10)), -1);
    assert_eq!(rfind("xxxx", "a", Some(10), Some(-10)), -1);
    assert_eq!(count("xxxx", "a", Some(10), Some(-10)), 0);
    assert_eq!(startswith("xxxx", "a", Some(10), Some(-10)), false);
    assert_eq!(endswith("xxxx", "a", Some(10), Some(-10)), false);
    assert_eq!(find("xxxx", "a", Some(10), Some(1)), -1);
    assert_eq!(rfind("xxxx", "a", Some(10), Some(1)), -1);
    assert_eq!(count("xxxx", "a", Some(10), Some(1)), 0);
    assert_eq!(startswith("xxxx", "a", Some(10), Some(1)), false);
    assert_eq!(endswith("xxxx", "a", Some(10), Some(1)), false);
    assert_eq!(find("xxxx", "a", Some(-2), None), -1);
    assert_eq!(rfind("xxxx", "a", Some(-2), None), -1);
    assert_eq!(count("xxxx", "a", Some(-2), None), 0);
    assert_eq!(startswith("xxxx", "a", Some(-2), None), false);
    assert_eq!(endswith("xxxx", "a", Some(-2), None), false);
    assert_eq!(find("xxxx", "a", Some(-2), Some(-2)), -1);
    assert_eq!(rfind("xxxx", "a", Some(-2), Some(-2)), -1);
    assert_eq!(count("xxxx", "a", Some(-2), Some(-2)), 0);
    assert_eq!(startswith("xxxx", "a", Some(-2), Some(-2)), false);
    assert_eq!(endswith("xxxx", "a", Some(-2), Some(-2)), false);
    assert_eq!(find("xxxx", "a", Some(-2), Some(-10)), -1);
    assert_eq!(rfind("xxxx", "a", Some(-2), Some(-10)), -1);
    assert_eq!(count("xxxx", "a", Some(-2), Some(-10)), 0);
    assert_eq!(startswith("xxxx", "a", Some(-2), Some(-10)), false);
    assert_eq!(endswith("xxxx", "a", Some(-2), Some(-10)), false);
    assert_eq!(find("xxxx", "a", Some(5), None), -1);
    assert_eq!(rfind("xxxx", "a", Some(5), None), -1);
    assert_eq!(count("xxxx", "a", Some(5), None), 0);
    assert_eq!(startswith("xxxx", "a", Some(5), None), false);
    assert_eq!(endswith("xxxx", "a", Some(5), None), false);
    assert_eq!(find("xxxx", "a", Some(5), Some(-2)), -1);
    assert_eq!(rfind("xxxx", "a", Some(5), Some(-2)), -1);
    assert_eq!(count("xxxx", "a", Some(5), Some(-2)), 0);
    assert_eq!(startswith("xxxx", "a", Some(5), Some(-2)), false);
    assert_eq!(endswith("xxxx", "a", Some(5), Some(-2)), false);
    assert_eq!(find("xxxx", "a", Some(5), Some(-10)), -1);
    assert_eq!(rfind("xxxx", "a", Some(5), Some(-10)), -1);
    assert_eq!(count("xxxx", "a", Some(5), Some(-10)), 0);
    assert_eq!(startswith("xxxx", "a", Some(5), Some(-10)), false);
    assert_eq!(endswith("xxxx", "a", Some(5), Some(-10)), false);
    assert_eq!(find("xxxx", "bc", Some(5), Some(-10)), -1);
    assert_eq!(rfind("xxxx", "bc", Some(5), Some(-10)), -1);
    assert_eq!(count("xxxx", "bc", Some(5), Some(-10)), 0);
    assert_eq!(startswith("xxxx", "bc", Some(5), Some(-10)), false);
    assert_eq!(endswith("xxxx", "bc", Some(5), Some(-10)), false);
    assert_eq!(find("xxxx", "bc", Some(5), None), -1);
    assert_eq!(rfind("xxxx", "bc", Some(5), None), -1);
    assert_eq!(count("xxxx", "bc", Some(5), None), 0);
    assert_eq!(startswith("xxxx", "bc", Some(5), None), false);
    assert_eq!(endswith("xxxx", "bc", Some(5), None), false);
    assert_eq!(find("xxxx", "bc", Some(5), Some(-2)), -1);
    assert_eq!(rfind("xxxx", "bc", Some(5), Some(-2)), -1);
    assert_eq!(count("xxxx", "bc", Some(5), Some(-2)), 0);
    assert_eq!(startswith("xxxx", "bc", Some(5), Some(-2)), false);
    assert_eq!(endswith("xxxx", "bc", Some(5), Some(-2)), false);
    assert_eq!(find("xxxx", "bc", None, Some(1)), -1);
    assert_eq!(rfind("xxxx", "bc", None, Some(1)), -1);
    assert_eq!(count("xxxx", "bc", None, Some(1)), 0);
    assert_eq!(startswith("xxxx", "bc", None, Some(1)), false);
    assert_eq!(endswith("xxxx", "bc", None, Some(1)), false);
    assert_eq!(find("xxxx", "bc", None, None), -1);
    assert_eq!(rfind("xxxx", "bc", None, None), -1);
    assert_eq!(count("xxxx", "bc", None, None), 0);
    assert_eq!(startswith("xxxx", "bc", None, None), false);
    assert_eq!(endswith("xxxx", "bc", None, None), false);
    assert_eq!(find("xxxx", "bc", None, Some(-2)), -1);
    assert_eq!(rfind("xxxx", "bc", None, Some(-2)), -1);
    assert_eq!(count("xxxx", "bc", None, Some(-2)), 0);
    assert_eq!(startswith("xxxx", "bc", None, Some(-2)), false);
    assert_eq!(endswith("xxxx", "bc", None, Some(-2)), false);
    assert_eq!(find("xxxx", "bc", Some(3), Some(10)), -1);
    assert_eq!(rfind("xxxx", "bc", Some(3), Some(10)), -1);
    assert_eq!(count("xxxx", "bc", Some(3), Some(10)), 0);
    assert_eq!(startswith("xxxx", "bc", Some(3), Some(10)), false);
    assert_eq!(endswith("xxxx", "bc", Some(3), Some(10)), false);
    assert_eq!(find("xxxx", "bc", Some(3), Some(1)), -1);
    assert_eq!(rfind("xxxx", "bc", Some(3), Some(1)), -1);
    assert_eq!(count("xxxx", "bc", Some(3), Some(1)), 0);
    assert_eq!(startswith("xxxx", "bc", Some(3), Some(1)), false);
    assert_eq!(endswith("xxxx", "bc", Some(3), Some(1)), false);
    assert_eq!(find("xxxx", "bc", Some(3), Some(3)), -1);
    assert_eq!(rfind("xxxx", "bc", Some(3), Some(3)), -1);
    assert_eq!(count("xxxx", "bc", Some(3), Some(3)), 0);
    assert_eq!(startswith("xxxx", "bc", Some(3), Some(3)), false);
    assert_eq!(endswith("xxxx", "bc", Some(3), Some(3)), false);
    assert_eq!(find("xxxx", "bc", Some(10), Some(3)), -1);
    assert_eq!(rfind("xxxx", "bc", Some(10), Some(3)), -1);
    assert_eq!(count("xxxx", "bc", Some(10), Some(3)), 0);
    assert_eq!(startswith("xxxx", "bc", Some(10), Some(3)), false);
    assert_eq!(endswith("xxxx", "bc", Some(10), Some(3)), false);
    assert_eq!(find("xxxx", "bc", Some(10), None), -1);
    assert_eq!(rfind("xxxx", "bc", Some(10), None), -1);
    assert_eq!(count("xxxx", "bc", Some(10), None), 0);
    assert_eq!(startswith("xxxx", "bc", Some(10), None), false);
    assert_eq!(endswith("xxxx", "bc", Some(10), None), false);
    assert_eq!(find("xxxx", "bc", Some(10), Some(5)), -1);
    assert_eq!(rfind("xxxx", "bc", Some(10), Some(5)), -1);
    assert_eq!(count("xxxx", "bc", Some(10), Some(5)), 0);
    assert_eq!(startswith("xxxx", "bc", Some(10), Some(5)), false);
    assert_eq!(endswith("xxxx", "bc", Some(10), Some(5)), false);
    assert_eq!(find("xxxx", "c", Some(3), Some(10)), -1);
    assert_eq!(rfind("xxxx", "c", Some(3), Some(10)), -1);
    assert_eq!(count("xxxx", "c", Some(3), Some(10)), 0);
    assert_eq!(startswith("xxxx", "c", Some(3), Some(10)), false);
    assert_eq!(endswith("xxxx", "c", Some(3), Some(10)), false);
    assert_eq!(find("xxxx", "c", Some(3), None), -1);
    assert_eq!(rfind("xxxx", "c", Some(3), None), -1);
    assert_eq!(count("xxxx", "c", Some(3), None), 0);
    assert_eq!(startswith("xxxx", "c", Some(3), None), false);
    assert_eq!(endswith("xxxx", "c", Some(3), None), false);
    assert_eq!(find("xxxx", "c", Some(3), Some(-10)), -1);
    assert_eq!(rfind("xxxx", "c", Some(3), Some(-10)), -1);
    assert_eq!(count("xxxx", "c", Some(3), Some(-10)), 0);
    assert_eq!(startswith("xxxx", "c", Some(3), Some(-10)), false);
    assert_eq!(endswith("xxxx", "c", Some(3), Some(-10)), false);
    assert_eq!(find("xxxx", "c", Some(-2), Some(10)), -1);
    assert_eq!(rfind("xxxx", "c", Some(-2), Some(10)), -1);
    assert_eq!(count("xxxx", "c", Some(-2), Some(10)), 0);
    assert_eq!(startswith("xxxx", "c", Some(-2), Some(10)), false);
    assert_eq!(endswith("xxxx", "c", Some(-2), Some(10)), false);
    assert_eq!(find("xxxx", "c", Some(-2), Some(0)), -1);
    assert_eq!(rfind("xxxx", "c", Some(-2), Some(0)), -1);
    assert_eq!(count("xxxx", "c", Some(-2), Some(0)), 0);
    assert_eq!(startswith("xxxx", "c", Some(-2), Some(0)), false);
    assert_eq!(endswith("xxxx", "c", Some(-2), Some(0)), false);
    assert_eq!(find("xxxx", "c", Some(-2), Some(-10)), -1);
    assert_eq!(rfind("xxxx", "c", Some(-2), Some(-10)), -1);
    assert_eq!(count("xxxx", "c", Some(-2), Some(-10)), 0);
    assert_eq!(startswith("xxxx", "c", Some(-2), Some(-10)), false);
    assert_eq!(endswith("xxxx", "c", Some(-2), Some(-10)), false);
    assert_eq!(find("xxxx", "c", Some(0), Some(3)), -1);
    assert_eq!(rfind("xxxx", "c", Some(0), Some(3)), -1);
    assert_eq!(count("xxxx", "c", Some(0), Some(3)), 0);
    assert_eq!(startswith("xxxx", "c", Some(0), Some(3)), false);
    assert_eq!(endswith("xxxx", "c", Some(0), Some(3)), false);
    assert_eq!(find("xxxx", "c", Some(0), None), -1);
    assert_eq!(rfind("xxxx", "c", Some(0), None), -1);
    assert_eq!(count("xxxx", "c", Some(0), None), 0);
    assert_eq!(startswith("xxxx", "c", Some(0), None), false);
    assert_eq!(endswith("xxxx", "c", Some(0), None), false);
    assert_eq!(find("xxxx", "c", Some(0), Some(-2)), -1);
    assert_eq!(rfind("xxxx", "c", Some(0), Some(-2)), -1);
    assert_eq!(count("xxxx", "c", Some(0), Some(-2)), 0);
    assert_eq!(startswith("xxxx", "c", Some(0), Some(-2)), false);
    assert_eq!(endswith("xxxx", "c", Some(0), Some(-2)), false);
    assert_eq!(find("xxxx", "c", Some(10), Some(-10)), -1);
    assert_eq!(rfind("xxxx", "c", Some(10), Some(-10)), -1);
    assert_eq!(count("xxxx", "c", Some(10), Some(-10)), 0);
    assert_eq!(startswith("xxxx", "c", Some(10), Some(-10)), false);
    assert_eq!(endswith("xxxx", "c", Some(10), Some(-10)), false);
    assert_eq!(find("xxxx", "c", Some(10), Some(3)), -1);
    assert_eq!(rfind("xxxx", "c", Some(10), Some(3)), -1);
    assert_eq!(count("xxxx", "c", Some(10), Some(3)), 0);
    assert_eq!(startswith("xxxx", "c", Some(10), Some(3)), false);
    assert_eq!(endswith("xxxx", "c", Some(10), Some(3)), false);
    assert_eq!(find("xxxx", "c", Some(10), Some(0)), -1);
    assert_eq!(rfind("xxxx", "c", Some(10), Some(0)), -1);
    assert_eq!(count("xxxx", "c", Some(10), Some(0)), 0);
    assert_eq!(startswith("xxxx", "c", Some(10), Some(0)), false);
    assert_eq!(endswith("xxxx", "c", Some(10), Some(0)), false);
    assert_eq!(find("xxxx", "x", Some(-10), Some(-10)), -1);
    assert_eq!(rfind("xxxx", "x", Some(-10), Some(-10)), -1);
    assert_eq!(count("xxxx", "x", Some(-10), Some(-10)), 0);
    assert_eq!(startswith("xxxx", "x", Some(-10), Some(-10)), false);
    assert_eq!(endswith("xxxx", "x", Some(-10), Some(-10)), false);
    assert_eq!(find("xxxx", "x", Some(-10), Some(1)), 0);
    assert_eq!(rfind("xxxx", "x", Some(-10), Some(1)), 0);
    assert_eq!(count("xxxx", "x", Some(-10), Some(1)), 1);
    assert_eq!(startswith("xxxx", "x", Some(-10), Some(1)), true);
    assert_eq!(endswith("xxxx", "x", Some(-10), Some(1)), true);
    assert_eq!(find("xxxx", "x", Some(-10), Some(3)), 0);
    assert_eq!(rfind("xxxx", "x", Some(-10), Some(3)), 2);
    assert_eq!(count("xxxx", "x", Some(-10), Some(3)), 3);
    assert_eq!(startswith("xxxx", "x", Some(-10), Some(3)), true);
    assert_eq!(endswith("xxxx", "x", Some(-10), Some(3)), true);
    assert_eq!(find("xxxx", "x", Some(0), Some(3)), 0);
    assert_eq!(rfind("xxxx", "x", Some(0), Some(3)), 2);
    assert_eq!(count("xxxx", "x", Some(0), Some(3)), 3);
    assert_eq!(startswith("xxxx", "x", Some(0), Some(3)), true);
    assert_eq!(endswith("xxxx", "x", Some(0), Some(3)), true);
    assert_eq!(find("xxxx", "x", Some(0), Some(10)), 0);
    assert_eq!(rfind("xxxx", "x", Some(0), Some(10)), 3);
    assert_eq!(count("xxxx", "x", Some(0), Some(10)), 4);
    assert_eq!(startswith("xxxx", "x", Some(0), Some(10)), true);
    assert_eq!(endswith("xxxx", "x", Some(0), Some(10)), true);
    assert_eq!(find("xxxx", "x", Some(0), Some(-2)), 0);
    assert_eq!(rfind("xxxx", "x", Some(0), Some(-2)), 1);
    assert_eq!(count("xxxx", "x", Some(0), Some(-2)), 2);
    assert_eq!(startswith("xxxx", "x", Some(0), Some(-2)), true);
    assert_eq!(endswith("xxxx", "x", Some(0), Some(-2)), true);
    assert_eq!(find("xxxx", "x", Some(1), Some(10)), 1);
    assert_eq!(rfind("xxxx", "x", Some(1), Some(10)), 3);
    assert_eq!(count("xxxx", "x", Some(1), Some(10)), 3);
    assert_eq!(startswith("xxxx", "x", Some(1), Some(10)), true);
    assert_eq!(endswith("xxxx", "x", Some(1), Some(10)), true);
    assert_eq!(find("xxxx", "x", Some(1), Some(-2)), 1);
    assert_eq!(rfind("xxxx", "x", Some(1), Some(-2)), 1);
    assert_eq!(count("xxxx", "x", Some(1), Some(-2)), 1);
    assert_eq!(startswith("xxxx", "x", Some(1), Some(-2)), true);
    assert_eq!(endswith("xxxx", "x", Some(1), Some(-2)), true);
    assert_eq!(find("xxxx", "x", Some(1), Some(3)), 1);
    assert_eq!(rfind("xxxx", "x", Some(1), Some(3)), 2);
    assert_eq!(count("xxxx", "x", Some(1), Some(3)), 2);
    assert_eq!(startswith("xxxx", "x", Some(1), Some(3)), true);
    assert_eq!(endswith("xxxx", "x", Some(1), Some(3)), true);
    assert_eq!(find("xxxx", "x", Some(-2), Some(1)), -1);
    assert_eq!(rfind("xxxx", "x", Some(-2), Some(1)), -1);
    assert_eq!(count("xxxx", "x", Some(-2), Some(1)), 0);
    assert_eq!(startswith("xxxx", "x", Some(-2), Some(1)), false);
    assert_eq!(endswith("xxxx", "x", Some(-2), Some(1)), false);
    assert_eq!(find("xxxx", "x", Some(-2), None), 2);
    assert_eq!(rfind("xxxx", "x", Some(-2), None), 3);
    assert_eq!(count("xxxx", "x", Some(-2), None), 2);
    assert_eq!(startswith("xxxx", "x", Some(-2), None), true);
    assert_eq!(endswith("xxxx", "x", Some(-2), None), true);
    assert_eq!(find("xxxx", "x", Some(-2), Some(-2)), -1);
    assert_eq!(rfind("xxxx", "x", Some(-2), Some(-2)), -1);
    assert_eq!(count("xxxx", "x", Some(-2), Some(-2)), 0);
    assert_eq!(startswith("xxxx", "x", Some(-2), Some(-2)), false);
    assert_eq!(endswith("xxxx", "x", Some(-2), Some(-2)), false);
    assert_eq!(find("xxxx", "\u{e9}", Some(-10), Some(3)), -1);
    assert_eq!(rfind("xxxx", "\u{e9}", Some(-10), Some(3)), -1);
    assert_eq!(count("xxxx", "\u{e9}", Some(-10), Some(3)), 0);
    assert_eq!(startswith("xxxx", "\u{e9}", Some(-10), Some(3)), false);
    assert_eq!(endswith("xxxx", "\u{e9}", Some(-10), Some(3)), false);
    assert_eq!(find("xxxx", "\u{e9}", Some(-10), None), -1);
    assert_eq!(rfind("xxxx", "\u{e9}", Some(-10), None), -1);
    assert_eq!(count("xxxx", "\u{e9}", Some(-10), None), 0);
    assert_eq!(startswith("xxxx", "\u{e9}", Some(-10), None), false);
    assert_eq!(endswith("xxxx", "\u{e9}", Some(-10), None), false);
    assert_eq!(find("xxxx", "\u{e9}", Some(-10), Some(10)), -1);
    assert_eq!(rfind("xxxx", "\u{e9}", Some(-10), Some(10)), -1);
    assert_eq!(count("xxxx", "\u{e9}", Some(-10), Some(10)), 0);
    assert_eq!(startswith("xxxx", "\u{e9}", Some(-10), Some(10)), false);
    assert_eq!(endswith("xxxx", "\u{e9}", Some(-10), Some(10)), false);
    assert_eq!(find("xxxx", "\u{e9}", Some(3), Some(1)), -1);
    assert_eq!(rfind("xxxx", "\u{e9}", Some(3), Some(1)), -1);
    assert_eq!(count("xxxx", "\u{e9}", Some(3), Some(1)), 0);
    assert_eq!(startswith("xxxx", "\u{e9}", Some(3), Some(1)), false);
    assert_eq!(endswith("xxxx", "\u{e9}", Some(3), Some(1)), false);
    assert_eq!(find("xxxx", "\u{e9}", Some(3), Some(3)), -1);
    assert_eq!(rfind("xxxx", "\u{e9}", Some(3), Some(3)), -1);
    assert_eq!(count("xxxx", "\u{e9}", Some(3), Some(3)), 0);
    assert_eq!(startswith("xxxx", "\u{e9}", Some(3), Some(3)), false);
    assert_eq!(endswith("xxxx", "\u{e9}", Some(3), Some(3)), false);
    assert_eq!(find("xxxx", "\u{e9}", Some(3), Some(5)), -1);
    assert_eq!(rfind("xxxx", "\u{e9}", Some(3), Some(5)), -1);
    assert_eq!(count("xxxx", "\u{e9}", Some(3), Some(5)), 0);
    assert_eq!(startswith("xxxx", "\u{e9}", Some(3), Some(5)), false);
    assert_eq!(endswith("xxxx", "\u{e9}", Some(3), Some(5)), false);
    assert_eq!(find("xxxx", "\u{e9}", Some(0), Some(-2)), -1);
    assert_eq!(rfind("xxxx", "\u{e9}", Some(0), Some(-2)), -1);
    assert_eq!(count("xxxx", "\u{e9}", Some(0), Some(-2)), 0);
    assert_eq!(startswith("xxxx", "\u{e9}", Some(0), Some(-2)), false);
    assert_eq!(endswith("xxxx", "\u{e9}", Some(0), Some(-2)), false);
    assert_eq!(find("xxxx", "\u{e9}", Some(0), Some(3)), -1);
    assert_eq!(rfind("xxxx", "\u{e9}", Some(0), Some(3)), -1);
    assert_eq!(count("xxxx", "\u{e9}", Some(0), Some(3)), 0);
    assert_eq!(startswith("xxxx", "\u{e9}", Some(0), Some(3)), false);
    assert_eq!(endswith("xxxx", "\u{e9}", Some(0), Some(3)), false);
    assert_eq!(find("xxxx", "\u{e9}", Some(0), Some(5)), -1);
    assert_eq!(rfind("xxxx", "\u{e9}", Some(0), Some(5)), -1);
    assert_eq!(count("xxxx", "\u{e9}", Some(0), Some(5)), 0);
    assert_eq!(startswith("xxxx", "\u{e9}", Some(0), Some(5)), false);
    assert_eq!(endswith("xxxx", "\u{e9}", Some(0), Some(5)), false);
    assert_eq!(find("xxxx", "\u{e9}", Some(1), Some(-2)), -1);
    assert_eq!(rfind("xxxx", "\u{e9}", Some(1), Some(-2)), -1);
    assert_eq!(count("xxxx", "\u{e9}", Some(1), Some(-2)), 0);
    assert_eq!(startswith("xxxx", "\u{e9}", Some(1), Some(-2)), false);
    assert_eq!(endswith("xxxx", "\u{e9}", Some(1), Some(-2)), false);
    assert_eq!(find("xxxx", "\u{e9}", Some(1), Some(-10)), -1);
    assert_eq!(rfind("xxxx", "\u{e9}", Some(1), Some(-10)), -1);
    assert_eq!(count("xxxx", "\u{e9}", Some(1), Some(-10)), 0);
    assert_eq!(startswith("xxxx", "\u{e9}", Some(1), Some(-10)), false);
    assert_eq!(endswith("xxxx", "\u{e9}", Some(1), Some(-10)), false);
    assert_eq!(find("xxxx", "\u{e9}", Some(1), Some(10)), -1);
    assert_eq!(rfind("xxxx", "\u{e9}", Some(1), Some(10)), -1);
    assert_eq!(count("xxxx", "\u{e9}", Some(1), Some(10)), 0);
    assert_eq!(startswith("xxxx", "\u{e9}", Some(1), Some(10)), false);
    assert_eq!(endswith("xxxx", "\u{e9}", Some(1), Some(10)), false);
    assert_eq!(find("xxxx", "aa", Some(10), Some(-2)), -1);
    assert_eq!(rfind("xxxx", "aa", Some(10), Some(-2)), -1);
    assert_eq!(count("xxxx", "aa", Some(10), Some(-2)), 0);
    assert_eq!(startswith("xxxx", "aa", Some(10), Some(-2)), false);
    assert_eq!(endswith("xxxx", "aa", Some(10), Some(-2)), false);
    assert_eq!(find("xxxx", "aa", Some(10), Some(10)), -1);
    assert_eq!(rfind("xxxx", "aa", Some(10), Some(10)), -1);
    assert_eq!(count("xxxx", "aa", Some(10), Some(10)), 0);
    assert_eq!(startswith("xxxx", "aa", Some(10), Some(10)), false);
    assert_eq!(endswith("xxxx", "aa", Some(10), Some(10)), false);
    assert_eq!(find("xxxx", "aa", Some(10), Some(3)), -1);
    assert_eq!(rfind("xxxx", "aa", Some(10), Some(3)), -1);
    assert_eq!(count("xxxx", "aa", Some(10), Some(3)), 0);
    assert_eq!(startswith("xxxx", "aa", Some(10), Some(3)), false);
    assert_eq!(endswith("xxxx", "aa", Some(10), Some(3)), false);
    assert_eq!(find("xxxx", "aa", None, Some(5)), -1);
    assert_eq!(rfind("xxxx", "aa", None, Some(5)), -1);
    assert_eq!(count("xxxx", "aa", None, Some(5)), 0);
    assert_eq!(startswith("xxxx", "aa", None, Some(5)), false);
    assert_eq!(endswith("xxxx", "aa", None, Some(5)), false);
    assert_eq!(find("xxxx", "aa", None, Some(1)), -1);
    assert_eq!(rfind("xxxx", "aa", None, Some(1)), -1);
    assert_eq!(count("xxxx", "aa", None, Some(1)), 0);
    assert_eq!(startswith("xxxx", "aa", None, Some(1)), false);
    assert_eq!(endswith("xxxx", "aa", None, Some(1)), false);
    assert_eq!(find("xxxx", "aa", None, Some(-2)), -1);
    assert_eq!(rfind("xxxx", "aa", None, Some(-2)), -1);
    assert_eq!(count("xxxx", "aa", None, Some(-2)), 0);
    assert_eq!(startswith("xxxx", "aa", None, Some(-2)), false);
    assert_eq!(endswith("xxxx", "aa", None, Some(-2)), false);
    assert_eq!(find("xxxx", "aa", Some(5), Some(-2)), -1);
    assert_eq!(rfind("xxxx", "aa", Some(5), Some(-2)), -1);
    assert_eq!(count("xxxx", "aa", Some(5), Some(-2)), 0);
    assert_eq!(startswith("xxxx", "aa", Some(5), Some(-2)), false);
    assert_eq!(endswith("xxxx", "aa", Some(5), Some(-2)), false);
    assert_eq!(find("xxxx", "aa", Some(5), Some(0)), -1);
    assert_eq!(rfind("xxxx", "aa", Some(5), Some(0)), -1);
    assert_eq!(count("xxxx", "aa", Some(5), Some(0)), 0);
    assert_eq!(startswith("xxxx", "aa", Some(5), Some(0)), false);
    assert_eq!(endswith("xxxx", "aa", Some(5), Some(0)), false);
    assert_eq!(find("xxxx", "aa", Some(5), Some(5)), -1);
    assert_eq!(rfind("xxxx", "aa", Some(5), Some(5)), -1);
    assert_eq!(count("xxxx", "aa", Some(5), Some(5)), 0);
    assert_eq!(startswith("xxxx", "aa", Some(5), Some(5)), false);
    assert_eq!(endswith("xxxx", "aa", Some(5), Some(5)), false);
    assert_eq!(find("xxxx", "aa", Some(1), Some(1)), -1);
    assert_eq!(rfind("xxxx", "aa", Some(1), Some(1)), -1);
    assert_eq!(count("xxxx", "aa", Some(1), Some(1)), 0);
    assert_eq!(startswith("xxxx", "aa", Some(1), Some(1)), false);
    assert_eq!(endswith("xxxx", "aa", Some(1), Some(1)), false);
    assert_eq!(find("xxxx", "aa", Some(1), Some(5)), -1);
    assert_eq!(rfind("xxxx", "aa", Some(1), Some(5)), -1);
    assert_eq!(count("xxxx", "aa", Some(1), Some(5)), 0);
    assert_eq!(startswith("xxxx", "aa", Some(1), Some(5)), false);
    assert_eq!(endswith("xxxx", "aa", Some(1), Some(5)), false);
    assert_eq!(find("xxxx", "aa", Some(1), Some(-10)), -1);
    assert_eq!(rfind("xxxx", "aa", Some(1), Some(-10)), -1);
    assert_eq!(count("xxxx", "aa", Some(1), Some(-10)), 0);
    assert_eq!(startswith("xxxx", "aa", Some(1), Some(-10)), false);
    assert_eq!(endswith("xxxx", "aa", Some(1), Some(-10)), false);
    assert_eq!(find("xxxx", "\u{4e2d}", Some(-10), Some(5)), -1);
    assert_eq!(rfind("xxxx", "\u{4e2d}", Some(-10), Some(5)), -1);
    assert_eq!(count("xxxx", "\u{4e2d}", Some(-10), Some(5)), 0);
    assert_eq!(startswith("xxxx", "\u{4e2d}", Some(-10), Some(5)), false);
    assert_eq!(endswith("xxxx", "\u{4e2d}", Some(-10), Some(5)), false);
    assert_eq!(find("xxxx", "\u{4e2d}", Some(-10), Some(-2)), -1);
    assert_eq!(rfind("xxxx", "\u{4e2d}", Some(-10), Some(-2)), -1);
    assert_eq!(count("xxxx", "\u{4e2d}", Some(-10), Some(-2)), 0);
    assert_eq!(startswith("xxxx", "\u{4e2d}", Some(-10), Some(-2)), false);
    assert_eq!(endswith("xxxx", "\u{4e2d}", Some(-10), Some(-2)), false);
    assert_eq!(find("xxxx", "\u{4e2d}", Some(-10), None), -1);
    assert_eq!(rfind("xxxx", "\u{4e2d}", Some(-10), None), -1);
    assert_eq!(count("xxxx", "\u{4e2d}", Some(-10), None), 0);
    assert_eq!(startswith("xxxx", "\u{4e2d}", Some(-10), None), false);
    assert_eq!(endswith("xxxx", "\u{4e2d}", Some(-10), None), false);
    assert_eq!(find("xxxx", "\u{4e2d}", None, Some(1)), -1);
    assert_eq!(rfind("xxxx", "\u{4e2d}", None, Some(1)), -1);
    assert_eq!(count("xxxx", "\u{4e2d}", None, Some(1)), 0);
    assert_eq!(startswith("xxxx", "\u{4e2d}", None, Some(1)), false);
    assert_eq!(endswith("xxxx", "\u{4e2d}", None, Some(1)), false);
    assert_eq!(find("xxxx", "\u{4e2d}", None, Some(-2)), -1);
    assert_eq!(rfind("xxxx", "\u{4e2d}", None, Some(-2)), -1);
    assert_eq!(count("xxxx", "\u{4e2d}", None, Some(-2)), 0);
    assert_eq!(startswith("xxxx", "\u{4e2d}", None, Some(-2)), false);
    assert_eq!(endswith("xxxx", "\u{4e2d}", None, Some(-2)), false);
    assert_eq!(find("xxxx", "\u{4e2d}", None, Some(0)), -1);
    assert_eq!(rfind("xxxx", "\u{4e2d}", None, Some(0)), -1);
    assert_eq!(count("xxxx", "\u{4e2d}", None, Some(0)), 0);
    assert_eq!(startswith("xxxx", "\u{4e2d}", None, Some(0)), false);
    assert_eq!(endswith("xxxx", "\u{4e2d}", None, Some(0)), false);
    assert_eq!(find("xxxx", "\u{4e2d}", Some(3), None), -1);
    assert_eq!(rfind("xxxx", "\u{4e2d}", Some(3), None), -1);
    assert_eq!(count("xxxx", "\u{4e2d}", Some(3), None), 0);
    assert_eq!(startswith("xxxx", "\u{4e2d}", Some(3), None), false);
    assert_eq!(endswith("xxxx", "\u{4e2d}", Some(3), None), false);
    assert_eq!(find("xxxx", "\u{4e2d}", Some(3), Some(5)), -1);
    assert_eq!(rfind("xxxx", "\u{4e2d}", Some(3), Some(5)), -1);
    assert_eq!(count("xxxx", "\u{4e2d}", Some(3), Some(5)), 0);
    assert_eq!(startswith("xxxx", "\u{4e2d}", Some(3), Some(5)), false);
    assert_eq!(endswith("xxxx", "\u{4e2d}", Some(3), Some(5)), false);
    assert_eq!(find("xxxx", "\u{4e2d}", Some(3), Some(-10)), -1);
    assert_eq!(rfind("xxxx", "\u{4e2d}", Some(3), Some(-10)), -1);
    assert_eq!(count("xxxx", "\u{4e2d}", Some(3), Some(-10)), 0);
    assert_eq!(startswith("xxxx", "\u{4e2d}", Some(3), Some(-10)), false);
    assert_eq!(endswith("xxxx", "\u{4e2d}", Some(3), Some(-10)), false);
    assert_eq!(find("xxxx", "\u{4e2d}", Some(10), None), -1);
    assert_eq!(rfind("xxxx", "\u{4e2d}", Some(10), None), -1);
    assert_eq!(count("xxxx", "\u{4e2d}", Some(10), None), 0);
    assert_eq!(startswith("xxxx", "\u{4e2d}", Some(10), None), false);
    assert_eq!(endswith("xxxx", "\u{4e2d}", Some(10), None), false);
    assert_eq!(find("xxxx", "\u{4e2d}", Some(10), Some(0)), -1);
    assert_eq!(rfind("xxxx", "\u{4e2d}", Some(10), Some(0)), -1);
    assert_eq!(count("xxxx", "\u{4e2d}", Some(10), Some(0)), 0);
    assert_eq!(startswith("xxxx", "\u{4e2d}", Some(10), Some(0)), false);
    assert_eq!(endswith("xxxx", "\u{4e2d}", Some(10), Some(0)), false);
    assert_eq!(find("xxxx", "\u{4e2d}", Some(10), Some(1)), -1);
    assert_eq!(rfind("xxxx", "\u{4e2d}", Some(10), Some(1)), -1);
    assert_eq!(count("xxxx", "\u{4e2d}", Some(10), Some(1)), 0);
    assert_eq!(startswith("xxxx", "\u{4e2d}", Some(10), Some(1)), false);
    assert_eq!(endswith("xxxx", "\u{4e2d}", Some(10), Some(1)), false);
    assert_eq!(find("aaaa", "", Some(1), Some(3)), 1);
    assert_eq!(rfind("aaaa", "", Some(1), Some(3)), 3);
    assert_eq!(count("aaaa", "", Some(1), Some(3)), 3);
    assert_eq!(startswith("aaaa", "", Some(1), Some(3)), true);
    assert_eq!(endswith("aaaa", "", Some(1), Some(3)), true);
    assert_eq!(find("aaaa", "", Some(1), Some(-2)), 1);
    assert_eq!(rfind("aaaa", "", Some(1), Some(-2)), 2);
    assert_eq!(count("aaaa", "", Some(1), Some(-2)), 2);
    assert_eq!(startswith("aaaa", "", Some(1), Some(-2)), true);
    assert_eq!(endswith("aaaa", "", Some(1), Some(-2)), true);
    assert_eq!(find("aaaa", "", Some(1), Some(0)), -1);
    assert_eq!(rfind("aaaa", "", Some(1), Some(0)), -1);
    assert_eq!(count("aaaa", "", Some(1), Some(0)), 0);
    assert_eq!(startswith("aaaa", "", Some(1), Some(0)), false);
    assert_eq!(endswith("aaaa", "", Some(1), Some(0)), false);
    assert_eq!(find("aaaa", "", Some(-10), Some(10)), 0);
    assert_eq!(rfind("aaaa", "", Some(-10), Some(10)), 4);
    assert_eq!(count("aaaa", "", Some(-10), Some(10)), 5);
    assert_eq!(startswith("aaaa", "", Some(-10), Some(10)), true);
    assert_eq!(endswith("aaaa", "", Some(-10), Some(10)), true);
    assert_eq!(find("aaaa", "", Some(-10), Some(1)), 0);
    assert_eq!(rfind("aaaa", "", Some(-10), Some(1)), 1);
    assert_eq!(count("aaaa", "", Some(-10), Some(1)), 2);
    assert_eq!(startswith("aaaa", "", Some(-10), Some(1)), true);
    assert_eq!(endswith("aaaa", "", Some(-10), Some(1)), true);
    assert_eq!(find("aaaa", "", Some(-10), None), 0);
    assert_eq!(rfind("aaaa", "", Some(-10), None), 4);
    assert_eq!(count("aaaa", "", Some(-10), None), 5);
    assert_eq!(startswith("aaaa", "", Some(-10), None), true);
    assert_eq!(endswith("aaaa", "", Some(-10), None), true);
    assert_eq!(find("aaaa", "", Some(3), Some(3)), 3);
    assert_eq!(rfind("aaaa", "", Some(3), Some(3)), 3);
    assert_eq!(count("aaaa", "", Some(3), Some(3)), 1);
    assert_eq!(startswith("aaaa", "", Some(3), Some(3)), true);
    assert_eq!(endswith("aaaa", "", Some(3), Some(3)), true);
    assert_eq!(find("aaaa", "", Some(3), Some(0)), -1);
    assert_eq!(rfind("aaaa", "", Some(3), Some(0)), -1);
    assert_eq!(count("aaaa", "", Some(3), Some(0)), 0);
    assert_eq!(startswith("aaaa", "", Some(3), Some(0)), false);
    assert_eq!(endswith("aaaa", "", Some(3), Some(0)), false);
    assert_eq!(find("aaaa", "", Some(3), None), 3);
    assert_eq!(rfind("aaaa", "", Some(3), None), 4);
    assert_eq!(count("aaaa", "", Some(3), None), 2);
    assert_eq!(startswith("aaaa", "", Some(3), None), true);
    assert_eq!(endswith("aaaa", "", Some(3), None), true);
    assert_eq!(find("aaaa", "", Some(10), Some(-2)), -1);
    assert_eq!(rfind("aaaa", "", Some(10), Some(-2)), -1);
    assert_eq!(count("aaaa", "", Some(10), Some(-2)), 0);
    assert_eq!(startswith("aaaa", "", Some(10), Some(-2)), false);
    assert_eq!(endswith("aaaa", "", Some(10), Some(-2)), false);
    assert_eq!(find("aaaa", "", Some(10), Some(10)), -1);
    assert_eq!(rfind("aaaa", "", Some(10), Some(10)), -1);
    assert_eq!(count("aaaa", "", Some(10), Some(10)), 0);
    assert_eq!(startswith("aaaa", "", Some(10), Some(10)), false);
    assert_eq!(endswith("aaaa", "", Some(10), Some(10)), false);
    assert_eq!(find("aaaa", "", Some(10), Some(1)), -1);
    assert_eq!(rfind("aaaa", "", Some(10), Some(1)), -1);
    assert_eq!(count("aaaa", "", Some(10), Some(1)), 0);
    assert_eq!(startswith("aaaa", "", Some(10), Some(1)), false);
    assert_eq!(endswith("aaaa", "", Some(10), Some(1)), false);
    assert_eq!(find("aaaa", "a", Some(-10), Some(-10)), -1);
    assert_eq!(rfind("aaaa", "a", Some(-10), Some(-10)), -1);
    assert_eq!(count("aaaa", "a", Some(-10), Some(-10)), 0);
    assert_eq!(startswith("aaaa", "a", Some(-10), Some(-10)), false);
    assert_eq!(endswith("aaaa", "a", Some(-10), Some(-10)), false);
    assert_eq!(find("aaaa", "a", Some(-10), Some(10)), 0);
    assert_eq!(rfind("aaaa", "a", Some(-10), Some(10)), 3);
    assert_eq!(count("aaaa", "a", Some(-10), Some(10)), 4);
    assert_eq!(startswith("aaaa", "a", Some(-10), Some(10)), true);
    assert_eq!(endswith("aaaa", "a", Some(-10), Some(10)), true);
    assert_eq!(find("aaaa", "a", Some(-10), Some(3)), 0);
    assert_eq!(rfind("aaaa", "a", Some(-10), Some(3)), 2);
    assert_eq!(count("aaaa", "a", Some(-10), Some(3)), 3);
    assert_eq!(startswith("aaaa", "a", Some(-10), Some(3)), true);
    assert_eq!(endswith("aaaa", "a", Some(-10), Some(3)), true);
    assert_eq!(find("aaaa", "a", Some(3), Some(0)), -1);
    assert_eq!(rfind("aaaa", "a", Some(3), Some(0)), -1);
    assert_eq!(count("aaaa", "a", Some(3), Some(0)), 0);
    assert_eq!(startswith("aaaa", "a", Some(3), Some(0)), false);
    assert_eq!(endswith("aaaa", "a", Some(3), Some(0)), false);
    assert_eq!(find("aaaa", "a", Some(3), Some(1)), -1);
    assert_eq!(rfind("aaaa", "a", Some(3), Some(1)), -1);
    assert_eq!(count("aaaa", "a", Some(3), Some(1)), 0);
    assert_eq!(startswith("aaaa", "a", Some(3), Some(1)), false);
    assert_eq!(endswith("aaaa", "a", Some(3), Some(1)), false);
    assert_eq!(find("aaaa", "a", Some(3), Some(10)), 3);
    assert_eq!(rfind("aaaa", "a", Some(3), Some(10)), 3);
    assert_eq!(count("aaaa", "a", Some(3), Some(10)), 1);
    assert_eq!(startswith("aaaa", "a", Some(3), Some(10)), true);
    assert_eq!(endswith("aaaa", "a", Some(3), Some(10)), true);
    assert_eq!(find("aaaa", "a", None, Some(5)), 0);
    assert_eq!(rfind("aaaa", "a", None, Some(5)), 3);
    assert_eq!(count("aaaa", "a", None, Some(5)), 4);
    assert_eq!(startswith("aaaa", "a", None, Some(5)), true);
    assert_eq!(endswith("aaaa", "a", None, Some(5)), true);
    assert_eq!(find("aaaa", "a", None, Some(10)), 0);
    assert_eq!(rfind("aaaa", "a", None, Some(10)), 3);
    assert_eq!(count("aaaa", "a", None, Some(10)), 4);
    assert_eq!(startswith("aaaa", "a", None, Some(10)), true);
    assert_eq!(endswith("aaaa", "a", None, Some(10)), true);
    assert_eq!(find("aaaa", "a", None, Some(3)), 0);
    assert_eq!(rfind("aaaa", "a", None, Some(3)), 2);
    assert_eq!(count("aaaa", "a", None, Some(3)), 3);
    assert_eq!(startswith("aaaa", "a", None, Some(3)), true);
    assert_eq!(endswith("aaaa", "a", None, Some(3)), true);
    assert_eq!(find("aaaa", "a", Some(1), Some(-2)), 1);
    assert_eq!(rfind("aaaa", "a", Some(1), Some(-2)), 1);
    assert_eq!(count("aaaa", "a", Some(1), Some(-2)), 1);
    assert_eq!(startswith("aaaa", "a", Some(1), Some(-2)), true);
    assert_eq!(endswith("aaaa", "a", Some(1), Some(-2)), true);
    assert_eq!(find("aaaa", "a", Some(1), Some(1)), -1);
    assert_eq!(rfind("aaaa", "a", Some(1), Some(1)), -1);
    assert_eq!(count("aaaa", "a", Some(1), Some(1)), 0);
    assert_eq!(startswith("aaaa", "a", Some(1), Some(1)), false);
    assert_eq!(endswith("aaaa", "a", Some(1), Some(1)), false);
    assert_eq!(find("aaaa", "a", Some(1), Some(5)), 1);
    assert_eq!(rfind("aaaa", "a", Some(1), Some(5)), 3);
    assert_eq!(count("aaaa", "a", Some(1), Some(5)), 3);
    assert_eq!(startswith("aaaa", "a", Some(1), Some(5)), true);
    assert_eq!(endswith("aaaa", "a", Some(1), Some(5)), true);
    assert_eq!(find("aaaa", "bc", Some(-2), Some(-2)), -1);
    assert_eq!(rfind("aaaa", "bc", Some(-2), Some(-2)), -1);
    assert_eq!(count("aaaa", "bc", Some(-2), Some(-2)), 0);
    assert_eq!(startswith("aaaa", "bc", Some(-2), Some(-2)), false);
    assert_eq!(endswith("aaaa", "bc", Some(-2), Some(-2)), false);
    assert_eq!(find("aaaa", "bc", Some(-2), Some(1)), -1);
    assert_eq!(rfind("aaaa", "bc", Some(-2), Some(1)), -1);
    assert_eq!(count("aaaa", "bc", Some(-2), Some(1)), 0);
    assert_eq!(startswith("aaaa", "bc", Some(-2), Some(1)), false);
    assert_eq!(endswith("aaaa", "bc", Some(-2), Some(1)), false);
    assert_eq!(find("aaaa", "bc", Some(-2), Some(-10)), -1);
    assert_eq!(rfind("aaaa", "bc", Some(-2), Some(-10)), -1);
    assert_eq!(count("aaaa", "bc", Some(-2), Some(-10)), 0);
    assert_eq!(startswith("aaaa", "bc", Some(-2), Some(-10)), false);
    assert_eq!(endswith("aaaa", "bc", Some(-2), Some(-10)), false);
    assert_eq!(find("aaaa", "bc", Some(5), Some(0)), -1);
    assert_eq!(rfind("aaaa", "bc", Some(5), Some(0)), -1);
    assert_eq!(count("aaaa", "bc", Some(5), Some(0)), 0);
    assert_eq!(startswith("aaaa", "bc", Some(5), Some(0)), false);
    assert_eq!(endswith("aaaa", "bc", Some(5), Some(0)), false);
    assert_eq!(find("aaaa", "bc", Some(5), Some(5)), -1);
    assert_eq!(rfind("aaaa", "bc", Some(5), Some(5)), -1);
    assert_eq!(count("aaaa", "bc", Some(5), Some(5)), 0);
    assert_eq!(startswith("aaaa", "bc", Some(5), Some(5)), false);
    assert_eq!(endswith("aaaa", "bc", Some(5), Some(5)), false);
    assert_eq!(find("aaaa", "bc", Some(5), Some(-2)), -1);
    assert_eq!(rfind("aaaa", "bc", Some(5), Some(-2)), -1);
    assert_eq!(count("aaaa", "bc", Some(5), Some(-2)), 0);
    assert_eq!(startswith("aaaa", "bc", Some(5), Some(-2)), false);
    assert_eq!(endswith("aaaa", "bc", Some(5), Some(-2)), false);
    assert_eq!(find("aaaa", "bc", Some(0), Some(3)), -1);
    assert_eq!(rfind("aaaa", "bc", Some(0), Some(3)), -1);
    assert_eq!(count("aaaa", "bc", Some(0), Some(3)), 0);
    assert_eq!(startswith("aaaa", "bc", Some(0), Some(3)), false);
    assert_eq!(endswith("aaaa", "bc", Some(0), Some(3)), false);
    assert_eq!(find("aaaa", "bc", Some(0), Some(5)), -1);
    assert_eq!(rfind("aaaa", "bc", Some(0), Some(5)), -1);
    assert_eq!(count("aaaa", "bc", Some(0), Some(5)), 0);
    assert_eq!(startswith("aaaa", "bc", Some(0), Some(5)), false);
    assert_eq!(endswith("aaaa", "bc", Some(0), Some(5)), false);
    assert_eq!(find("aaaa", "bc", Some(0), Some(-2)), -1);
    assert_eq!(rfind("aaaa", "bc", Some(0), Some(-2)), -1);
    assert_eq!(count("aaaa", "bc", Some(0), Some(-2)), 0);
    assert_eq!(startswith("aaaa", "bc", Some(0), Some(-2)), false);
    assert_eq!(endswith("aaaa", "bc", Some(0), Some(-2)), false);
    assert_eq!(find("aaaa", "bc", Some(-10), None), -1);
    assert_eq!(rfind("aaaa", "bc", Some(-10), None), -1);
    assert_eq!(count("aaaa", "bc", Some(-10), None), 0);
    assert_eq!(startswith("aaaa", "bc", Some(-10), None), false);
    assert_eq!(endswith("aaaa", "bc", Some(-10), None), false);
    assert_eq!(find("aaaa", "bc", Some(-10), Some(5)), -1);
    assert_eq!(rfind("aaaa", "bc", Some(-10), Some(5)), -1);
    assert_eq!(count("aaaa", "bc", Some(-10), Some(5)), 0);
    assert_eq!(startswith("aaaa", "bc", Some(-10), Some(5)), false);
    assert_eq!(endswith("aaaa", "bc", Some(-10), Some(5)), false);
    assert_eq!(find("aaaa", "bc", Some(-10), Some(0)), -1);
    assert_eq!(rfind("aaaa", "bc", Some(-10), Some(0)), -1);
    assert_eq!(count("aaaa", "bc", Some(-10), Some(0)), 0);
    assert_eq!(startswith("aaaa", "bc", Some(-10), Some(0)), false);
    assert_eq!(endswith("aaaa", "bc", Some(-10), Some(0)), false);
    assert_eq!(find("aaaa", "c", Some(5), Some(1)), -1);
    assert_eq!(rfind("aaaa", "c", Some(5), Some(1)), -1);
    assert_eq!(count("aaaa", "c", Some(5), Some(1)), 0);
    assert_eq!(startswith("aaaa", "c", Some(5), Some(1)), false);
    assert_eq!(endswith("aaaa", "c", Some(5), Some(1)), false);
    assert_eq!(find("aaaa", "c", Some(5), Some(3)), -1);
    assert_eq!(rfind("aaaa", "c", Some(5), Some(3)), -1);
    assert_eq!(count("aaaa", "c", Some(5), Some(3)), 0);
    assert_eq!(startswith("aaaa", "c", Some(5), Some(3)), false);
    assert_eq!(endswith("aaaa", "c", Some(5), Some(3)), false);
    assert_eq!(find("aaaa", "c", Some(5), Some(0)), -1);
    assert_eq!(rfind("aaaa", "c", Some(5), Some(0)), -1);
    assert_eq!(count("aaaa", "c", Some(5), Some(0)), 0);
    assert_eq!(startswith("aaaa", "c", Some(5), Some(0)), false);
    assert_eq!(endswith("aaaa", "c", Some(5), Some(0)), false);
    assert_eq!(find("aaaa", "c", Some(10), Some(1)), -1);
    assert_eq!(rfind("aaaa", "c", Some(10), Some(1)), -1);
    assert_eq!(count("aaaa", "c", Some(10), Some(1)), 0);
    assert_eq!(startswith("aaaa", "c", Some(10), Some(1)), false);
    assert_eq!(endswith("aaaa", "c", Some(10), Some(1)), false);
    assert_eq!(find("aaaa", "c", Some(10), Some(5)), -1);
    assert_eq!(rfind("aaaa", "c", Some(10), Some(5)), -1);
    assert_eq!(count("aaaa", "c", Some(10), Some(5)), 0);
    assert_eq!(startswith("aaaa", "c", Some(10), Some(5)), false);
    assert_eq!(endswith("aaaa", "c", Some(10), Some(5)), false);
    assert_eq!(find("aaaa", "c", Some(10), Some(3)), -1);
    assert_eq!(rfind("aaaa", "c", Some(10), Some(3)), -1);
    assert_eq!(count("aaaa", "c", Some(10), Some(3)), 0);
    assert_eq!(startswith("aaaa", "c", Some(10), Some(3)), false);
    assert_eq!(endswith("aaaa", "c", Some(10), Some(3)), false);
    assert_eq!(find("aaaa", "c", Some(0), Some(10)), -1);
    assert_eq!(rfind("aaaa", "c", Some(0), Some(10)), -1);
    assert_eq!(count("aaaa", "c", Some(0), Some(10)), 0);
    assert_eq!(startswith("aaaa", "c", Some(0), Some(10)), false);
    assert_eq!(endswith("aaaa", "c", Some(0), Some(10)), false);
    assert_eq!(find("aaaa", "c", Some(0), None), -1);
    assert_eq!(rfind("aaaa", "c", Some(0), None), -1);
    assert_eq!(count("aaaa", "c", Some(0), None), 0);
    assert_eq!(startswith("aaaa", "c", Some(0), None), false);
    assert_eq!(endswith("aaaa", "c", Some(0), None), false);
    assert_eq!(find("aaaa", "c", Some(0), Some(1)), -1);
    assert_eq!(rfind("aaaa", "c", Some(0), Some(1)), -1);
    assert_eq!(count("aaaa", "c", Some(0), Some(1)), 0);
    assert_eq!(startswith("aaaa", "c", Some(0), Some(1)), false);
    assert_eq!(endswith("aaaa", "c", Some(0), Some(1)), false);
    assert_eq!(find("aaaa", "c", Some(-2), Some(0)), -1);
    assert_eq!(rfind("aaaa", "c", Some(-2), Some(0)), -1);
    assert_eq!(count("aaaa", "c", Some(-2), Some(0)), 0);
    assert_eq!(startswith("aaaa", "c", Some(-2), Some(0)), false);
    assert_eq!(endswith("aaaa", "c", Some(-2), Some(0)), false);
    assert_eq!(find("aaaa", "c", Some(-2), Some(3)), -1);
    assert_eq!(rfind("aaaa", "c", Some(-2), Some(3)), -1);
    assert_eq!(count("aaaa", "c", Some(-2), Some(3)), 0);
    assert_eq!(startswith("aaaa", "c", Some(-2), Some(3)), false);
    assert_eq!(endswith("aaaa", "c", Some(-2), Some(3)), false);
    assert_eq!(find("aaaa", "c", Some(-2), Some(5)), -1);
    assert_eq!(rfind("aaaa", "c", Some(-2), Some(5)), -1);
    assert_eq!(count("aaaa", "c", Some(-2), Some(5)), 0);
    assert_eq!(startswith("aaaa", "c", Some(-2), Some(5)), false);
    assert_eq!(endswith("aaaa", "c", Some(-2), Some(5)), false);
    assert_eq!(find("aaaa", "x", None, Some(10)), -1);
    assert_eq!(rfind("aaaa", "x", None, Some(10)), -1);
    assert_eq!(count("aaaa", "x", None, Some(10)), 0);
    assert_eq!(startswith("aaaa", "x", None, Some(10)), false);
    assert_eq!(endswith("aaaa", "x", None, Some(10)), false);
    assert_eq!(find("aaaa", "x", None, Some(-10)), -1);
    assert_eq!(rfind("aaaa", "x", None, Some(-10)), -1);
    assert_eq!(count("aaaa", "x", None, Some(-10)), 0);
    assert_eq!(startswith("aaaa", "x", None, Some(-10)), false);
    assert_eq!(endswith("aaaa", "x", None, Some(-10)), false);
    assert_eq!(find("aaaa", "x", None, Some(1)), -1);
    assert_eq!(rfind("aaaa", "x", None, Some(1)), -1);
    assert_eq!(count("aaaa", "x", None, Some(1)), 0);
    assert_eq!(startswith("aaaa", "x", None, Some(1)), false);
    assert_eq!(endswith("aaaa", "x", None, Some(1)), false);
    assert_eq!(find("aaaa", "x", Some(10), Some(10)), -1);
    assert_eq!(rfind("aaaa", "x", Some(10), Some(10)), -1);
    assert_eq!(count("aaaa", "x", Some(10), Some(10)), 0);
    assert_eq!(startswith("aaaa", "x", Some(10), Some(10)), false);
    assert_eq!(endswith("aaaa", "x", Some(10), Some(10)), false);
    assert_eq!(find("aaaa", "x", Some(10), Some(-10)), -1);
    assert_eq!(rfind("aaaa", "x", Some(10), Some(-10)), -1);
    assert_eq!(count("aaaa", "x", Some(10), Some(-10)), 0);
    assert_eq!(startswith("aaaa", "x", Some(10), Some(-10)), false);
    assert_eq!(endswith("aaaa", "x", Some(10), Some(-10)), false);
    assert_eq!(find("aaaa", "x", Some(10), Some(5)), -1);
    assert_eq!(rfind("aaaa", "x", Some(10), Some(5)), -1);
    assert_eq!(count("aaaa", "x", Some(10), Some(5)), 0);
    assert_eq!(startswith("aaaa", "x", Some(10), Some(5)), false);
    assert_eq!(endswith("aaaa", "x", Some(10), Some(5)), false);
    assert_eq!(find("aaaa", "x", Some(3), Some(0)), -1);
    assert_eq!(rfind("aaaa", "x", Some(3), Some(0)), -1);
    assert_eq!(count("aaaa", "x", Some(3), Some(0)), 0);
    assert_eq!(startswith("aaaa", "x", Some(3), Some(0)), false);
    assert_eq!(endswith("aaaa", "x", Some(3), Some(0)), false);
    assert_eq!(find("aaaa", "x", Some(3), None), -1);
    assert_eq!(rfind("aaaa", "x", Some(3), None), -1);
    assert_eq!(count("aaaa", "x", Some(3), None), 0);
    assert_eq!(startswith("aaaa", "x", Some(3), None), false);
    assert_eq!(endswith("aaaa", "x", Some(3), None), false);
    assert_eq!(find("aaaa", "x", Some(3), Some(1)), -1);
    assert_eq!(rfind("aaaa", "x", Some(3), Some(1)), -1);
    assert_eq!(count("aaaa", "x", Some(3), Some(1)), 0);
    assert_eq!(startswith("aaaa", "x", Some(3), Some(1)), false);
    assert_eq!(endswith("aaaa", "x", Some(3), Some(1)), false);
    assert_eq!(find("aaaa", "x", Some(-10), Some(10)), -1);
    assert_eq!(rfind("aaaa", "x", Some(-10), Some(10)), -1);
    assert_eq!(count("aaaa", "x", Some(-10), Some(10)), 0);
    assert_eq!(startswith("aaaa", "x", Some(-10), Some(10)), false);
    assert_eq!(endswith("aaaa", "x", Some(-10), Some(10)), false);
    assert_eq!(find("aaaa", "x", Some(-10), None), -1);
    assert_eq!(rfind("aaaa", "x", Some(-10), None), -1);
    assert_eq!(count("aaaa", "x", Some(-10), None), 0);
    assert_eq!(startswith("aaaa", "x", Some(-10), None), false);
    assert_eq!(endswith("aaaa", "x", Some(-10), None), false);
    assert_eq!(find("aaaa", "x", Some(-10), Some(1)), -1);
    assert_eq!(rfind("aaaa", "x", Some(-10), Some(1)), -1);
    assert_eq!(count("aaaa", "x", Some(-10), Some(1)), 0);
    assert_eq!(startswith("aaaa", "x", Some(-10), Some(1)), false);
    assert_eq!(endswith("aaaa", "x", Some(-10), Some(1)), false);
    assert_eq!(find("aaaa", "\u{e9}", Some(1), Some(10)), -1);
    assert_eq!(rfind("aaaa", "\u{e9}", Some(1), Some(10)), -1);
    assert_eq!(count("aaaa", "\u{e9}", Some(1), Some(10)), 0);
    assert_eq!(startswith("aaaa", "\u{e9}", Some(1), Some(10)), false);
    assert_eq!(endswith("aaaa", "\u{e9}", Some(1), Some(10)), false);
    assert_eq!(find("aaaa", "\u{e9}", Some(1), Some(5)), -1);
    assert_eq!(rfind("aaaa", "\u{e9}", Some(1), Some(5)), -1);
    assert_eq!(count("aaaa", "\u{e9}", Some(1), Some(5)), 0);
    assert_eq!(startswith("aaaa", "\u{e9}", Some(1), Some(5)), false);
    assert_eq!(endswith("aaaa", "\u{e9}", Some(1), Some(5)), false);
    assert_eq!(find("aaaa", "\u{e9}", Some(1), None), -1);
    assert_eq!(rfind("aaaa", "\u{e9}", Some(1), None), -1);
    assert_eq!(count("aaaa", "\u{e9}", Some(1), None), 0);
    assert_eq!(startswith("aaaa", "\u{e9}", Some(1), None), false);
    assert_eq!(endswith("aaaa", "\u{e9}", Some(1), None), false);
    assert_eq!(find("aaaa", "\u{e9}", Some(3), None), -1);
    assert_eq!(rfind("aaaa", "\u{e9}", Some(3), None), -1);
    assert_eq!(count("aaaa", "\u{e9}", Some(3), None), 0);
    assert_eq!(startswith("aaaa", "\u{e9}", Some(3), None), false);
    assert_eq!(endswith("aaaa", "\u{e9}", Some(3), None), false);
    assert_eq!(find("aaaa", "\u{e9}", Some(3), Some(10)), -1);
    assert_eq!(rfind("aaaa", "\u{e9}", Some(3), Some(10)), -1);
    assert_eq!(count("aaaa", "\u{e9}", Some(3), Some(10)), 0);
    assert_eq!(startswith("aaaa", "\u{e9}", Some(3), Some(10)), false);
    assert_eq!(endswith("aaaa", "\u{e9}", Some(3), Some(10)), false);
    assert_eq!(find("aaaa", "\u{e9}", Some(3), Some(-2)), -1);
    assert_eq!(rfind("aaaa", "\u{e9}", Some(3), Some(-2)), -1);
    assert_eq!(count("aaaa", "\u{e9}", Some(3), Some(-2)), 0);
    assert_eq!(startswith("aaaa", "\u{e9}", Some(3), Some(-2)), false);
    assert_eq!(endswith("aaaa", "\u{e9}", Some(3), Some(-2)), false);
    assert_eq!(find("aaaa", "\u{e9}", Some(-10), Some(0)), -1);
    assert_eq!(rfind("aaaa", "\u{e9}", Some(-10), Some(0)), -1);
    assert_eq!(count("aaaa", "\u{e9}", Some(-10), Some(0)), 0);
    assert_eq!(startswith("aaaa", "\u{e9}", Some(-10), Some(0)), false);
    assert_eq!(endswith("aaaa", "\u{e9}", Some(-10), Some(0)), false);
    assert_eq!(find("aaaa", "\u{e9}", Some(-10), Some(1)), -1);
    assert_eq!(rfind("aaaa", "\u{e9}", Some(-10), Some(1)), -1);
    assert_eq!(count("aaaa", "\u{e9}", Some(-10), Some(1)), 0);
    assert_eq!(startswith("aaaa", "\u{e9}", Some(-10), Some(1)), false);
    assert_eq!(endswith("aaaa", "\u{e9}", Some(-10), Some(1)), false);
    assert_eq!(find("aaaa", "\u{e9}", Some(-10), None), -1);
    assert_eq!(rfind("aaaa", "\u{e9}", Some(-10), None), -1);
    assert_eq!(count("aaaa", "\u{e9}", Some(-10), None), 0);
    assert_eq!(startswith("aaaa", "\u{e9}", Some(-10), None), false);
    assert_eq!(endswith("aaaa", "\u{e9}", Some(-10), None), false);
    assert_eq!(find("aaaa", "\u{e9}", Some(5), Some(10)), -1);
    assert_eq!(rfind("aaaa", "\u{e9}", Some(5), Some(10)), -1);
    assert_eq!(count("aaaa", "\u{e9}", Some(5), Some(10)), 0);
    assert_eq!(startswith("aaaa", "\u{e9}", Some(5), Some(10)), false);
    assert_eq!(endswith("aaaa", "\u{e9}", Some(5), Some(10)), false);
    assert_eq!(find("aaaa", "\u{e9}", Some(5), Some(1)), -1);
    assert_eq!(rfind("aaaa", "\u{e9}", Some(5), Some(1)), -1);
    assert_eq!(count("aaaa", "\u{e9}", Some(5), Some(1)), 0);
    assert_eq!(startswith("aaaa", "\u{e9}", Some(5), Some(1)), false);
    assert_eq!(endswith("aaaa", "\u{e9}", Some(5), Some(1)), false);
    assert_eq!(find("aaaa", "\u{e9}", Some(5), None), -1);
    assert_eq!(rfind("aaaa", "\u{e9}", Some(5), None), -1);
    assert_eq!(count("aaaa", "\u{e9}", Some(5), None), 0);
    assert_eq!(startswith("aaaa", "\u{e9}", Some(5), None), false);
    assert_eq!(endswith("aaaa", "\u{e9}", Some(5), None), false);
    assert_eq!(find("aaaa", "aa", Some(3), Some(-2)), -1);
    assert_eq!(rfind("aaaa", "aa", Some(3), Some(-2)), -1);
    assert_eq!(count("aaaa", "aa", Some(3), Some(-2)), 0);
    assert_eq!(startswith("aaaa", "aa", Some(3), Some(-2)), false);
    assert_eq!(endswith("aaaa", "aa", Some(3), Some(-2)), false);
    assert_eq!(find("aaaa", "aa", Some(3), None), -1);
    assert_eq!(rfind("aaaa", "aa", Some(3), None), -1);
    assert_eq!(count("aaaa", "aa", Some(3), None), 0);
    assert_eq!(startswith("aaaa", "aa", Some(3), None), false);
    assert_eq!(endswith("aaaa", "aa", Some(3), None), false);
    assert_eq!(find("aaaa", "aa", Some(3), Some(1)), -1);
    assert_eq!(rfind("aaaa", "aa", Some(3), Some(1)), -1);
    assert_eq!(count("aaaa", "aa", Some(3), Some(1)), 0);
    assert_eq!(startswith("aaaa", "aa", Some(3), Some(1)), false);
    assert_eq!(endswith("aaaa", "aa", Some(3), Some(1)), false);
    assert_eq!(find("aaaa", "aa", Some(-2), None), 2);
    assert_eq!(rfind("aaaa", "aa", Some(-2), None), 2);
    assert_eq!(count("aaaa", "aa", Some(-2), None), 1);
    assert_eq!(startswith("aaaa", "aa", Some(-2), None), true);
    assert_eq!(endswith("aaaa", "aa", Some(-2), None), true);
    assert_eq!(find("aaaa", "aa", Some(-2), Some(3)), -1);
    assert_eq!(rfind("aaaa", "aa", Some(-2), Some(3)), -1);
    assert_eq!(count("aaaa", "aa", Some(-2), Some(3)), 0);
    assert_eq!(startswith("aaaa", "aa", Some(-2), Some(3)), false);
    assert_eq!(endswith("aaaa", "aa", Some(-2), Some(3)), false);
    assert_eq!(find("aaaa", "aa", Some(-2), Some(10)), 2);
    assert_eq!(rfind("aaaa", "aa", Some(-2), Some(10)), 2);
    assert_eq!(count("aaaa", "aa", Some(-2), Some(10)), 1);
    assert_eq!(startswith("aaaa", "aa", Some(-2), Some(10)), true);
    assert_eq!(endswith("aaaa", "aa", Some(-2), Some(10)), true);
    assert_eq!(find("aaaa", "aa", Some(5), Some(3)), -1);
    assert_eq!(rfind("aaaa", "aa", Some(5), Some(3)), -1);
    assert_eq!(count("aaaa", "aa", Some(5), Some(3)), 0);
    assert_eq!(startswith("aaaa", "aa", Some(5), Some(3)), false);
    assert_eq!(endswith("aaaa", "aa", Some(5), Some(3)), false);
    assert_eq!(find("aaaa", "aa", Some(5), Some(5)), -1);
    assert_eq!(rfind("aaaa", "aa", Some(5), Some(5)), -1);
    assert_eq!(count("aaaa", "aa", Some(5), Some(5)), 0);
    assert_eq!(startswith("aaaa", "aa", Some(5), Some(5)), false);
    assert_eq!(endswith("aaaa", "aa", Some(5), Some(5)), false);
    assert_eq!(find("aaaa", "aa", Some(5), Some(-10)), -1);
    assert_eq!(rfind("aaaa", "aa", Some(5), Some(-10)), -1);
    assert_eq!(count("aaaa", "aa", Some(5), Some(-10)), 0);
    assert_eq!(startswith("aaaa", "aa", Some(5), Some(-10)), false);
    assert_eq!(endswith("aaaa", "aa", Some(5), Some(-10)), false);
    assert_eq!(find("aaaa", "aa", Some(10), Some(-10)), -1);
    assert_eq!(rfind("aaaa", "aa", Some(10), Some(-10)), -1);
    assert_eq!(count("aaaa", "aa", Some(10), Some(-10)), 0);
    assert_eq!(startswith("aaaa", "aa", Some(10), Some(-10)), false);
    assert_eq!(endswith("aaaa", "aa", Some(10), Some(-10)), false);
    assert_eq!(find("aaaa", "aa", Some(10), Some(5)), -1);
    assert_eq!(rfind("aaaa", "aa", Some(10), Some(5)), -1);
    assert_eq!(count("aaaa", "aa", Some(10), Some(5)), 0);
    assert_eq!(startswith("aaaa", "aa", Some(10), Some(5)), false);
    assert_eq!(endswith("aaaa", "aa", Some(10), Some(5)), false);
    assert_eq!(find("aaaa", "aa", Some(10), Some(10)), -1);
    assert_eq!(rfind("aaaa", "aa", Some(10), Some(10)), -1);
    assert_eq!(count("aaaa", "aa", Some(10), Some(10)), 0);
    assert_eq!(startswith("aaaa", "aa", Some(10), Some(10)), false);
    assert_eq!(endswith("aaaa", "aa", Some(10), Some(10)), false);
    assert_eq!(find("aaaa", "\u{4e2d}", Some(5), Some(3)), -1);
    assert_eq!(rfind("aaaa", "\u{4e2d}", Some(5), Some(3)), -1);
    assert_eq!(count("aaaa", "\u{4e2d}", Some(5), Some(3)), 0);
    assert_eq!(startswith("aaaa", "\u{4e2d}", Some(5), Some(3)), false);
    assert_eq!(endswith("aaaa", "\u{4e2d}", Some(5), Some(3)), false);
    assert_eq!(find("aaaa", "\u{4e2d}", Some(5), None), -1);
    assert_eq!(rfind("aaaa", "\u{4e2d}", Some(5), None), -1);
    assert_eq!(count("aaaa", "\u{4e2d}", Some(5), None), 0);
    assert_eq!(startswith("aaaa", "\u{4e2d}", Some(5), None), false);
    assert_eq!(endswith("aaaa", "\u{4e2d}", Some(5), None), false);
    assert_eq!(find("aaaa", "\u{4e2d}", Some(5), Some(5)), -1);
    assert_eq!(rfind("aaaa", "\u{4e2d}", Some(5), Some(5)), -1);
    assert_eq!(count("aaaa", "\u{4e2d}", Some(5), Some(5)), 0);
    assert_eq!(startswith("aaaa", "\u{4e2d}", Some(5), Some(5)), false);
    assert_eq!(endswith("aaaa", "\u{4e2d}", Some(5), Some(5)), false);
    assert_eq!(find("aaaa", "\u{4e2d}", Some(3), Some(5)), -1);
    assert_eq!(rfind("aaaa", "\u{4e2d}", Some(3), Some(5)), -1);
    assert_eq!(count("aaaa", "\u{4e2d}", Some(3), Some(5)), 0);
    assert_eq!(startswith("aaaa", "\u{4e2d}", Some(3), Some(5)), false);
    assert_eq!(endswith("aaaa", "\u{4e2d}", Some(3), Some(5)), false);
    assert_eq!(find("aaaa", "\u{4e2d}", Some(3), None), -1);
    assert_eq!(rfind("aaaa", "\u{4e2d}", Some(3), None), -1);
    assert_eq!(count("aaaa", "\u{4e2d}", Some(3), None), 0);
    assert_eq!(startswith("aaaa", "\u{4e2d}", Some(3), None), false);
    assert_eq!(endswith("aaaa", "\u{4e2d}", Some(3), None), false);
    assert_eq!(find("aaaa", "\u{4e2d}", Some(3), Some(-10)), -1);
    assert_eq!(rfind("aaaa", "\u{4e2d}", Some(3), Some(-10)), -1);
    assert_eq!(count("aaaa", "\u{4e2d}", Some(3), Some(-10)), 0);
    assert_eq!(startswith("aaaa", "\u{4e2d}", Some(3), Some(-10)), false);
    assert_eq!(endswith("aaaa", "\u{4e2d}", Some(3), Some(-10)), false);
    assert_eq!(find("aaaa", "\u{4e2d}", Some(-10), Some(-2)), -1);
    assert_eq!(rfind("aaaa", "\u{4e2d}", Some(-10), Some(-2)), -1);
    assert_eq!(count("aaaa", "\u{4e2d}", Some(-10), Some(-2)), 0);
    assert_eq!(startswith("aaaa", "\u{4e2d}", Some(-10), Some(-2)), false);
    assert_eq!(endswith("aaaa", "\u{4e2d}", Some(-10), Some(-2)), false);
    assert_eq!(find("aaaa", "\u{4e2d}", Some(-10), Some(0)), -1);
    assert_eq!(rfind("aaaa", "\u{4e2d}", Some(-10), Some(0)), -1);
    assert_eq!(count("aaaa", "\u{4e2d}", Some(-10), Some(0)), 0);
    assert_eq!(startswith("aaaa", "\u{4e2d}", Some(-10), Some(0)), false);
    assert_eq!(endswith("aaaa", "\u{4e2d}", Some(-10), Some(0)), false);
    assert_eq!(find("aaaa", "\u{4e2d}", Some(-10), Some(5)), -1);
    assert_eq!(rfind("aaaa", "\u{4e2d}", Some(-10), Some(5)), -1);
    assert_eq!(count("aaaa", "\u{4e2d}", Some(-10), Some(5)), 0);
    assert_eq!(startswith("aaaa", "\u{4e2d}", Some(-10), Some(5)), false);
    assert_eq!(endswith("aaaa", "\u{4e2d}", Some(-10), Some(5)), false);
    assert_eq!(find("aaaa", "\u{4e2d}", Some(0), Some(10)), -1);
    assert_eq!(rfind("aaaa", "\u{4e2d}", Some(0), Some(10)), -1);
    assert_eq!(count("aaaa", "\u{4e2d}", Some(0), Some(10)), 0);
    assert_eq!(startswith("aaaa", "\u{4e2d}", Some(0), Some(10)), false);
    assert_eq!(endswith("aaaa", "\u{4e2d}", Some(0), Some(10)), false);
    assert_eq!(find("aaaa", "\u{4e2d}", Some(0), Some(3)), -1);
    assert_eq!(rfind("aaaa", "\u{4e2d}", Some(0), Some(3)), -1);
    assert_eq!(count("aaaa", "\u{4e2d}", Some(0), Some(3)), 0);
    assert_eq!(startswith("aaaa", "\u{4e2d}", Some(0), Some(3)), false);
    assert_eq!(endswith("aaaa", "\u{4e2d}", Some(0), Some(3)), false);
    assert_eq!(find("aaaa", "\u{4e2d}", Some(0), None), -1);
    assert_eq!(rfind("aaaa", "\u{4e2d}", Some(0), None), -1);
    assert_eq!(count("aaaa", "\u{4e2d}", Some(0), None), 0);
    assert_eq!(startswith("aaaa", "\u{4e2d}", Some(0), None), false);
    assert_eq!(endswith("aaaa", "\u{4e2d}", Some(0), None), false);
    assert_eq!(find("ab\u{4e2d}cd\u{4e2d}", "", Some(5), Some(1)), -1);
    assert_eq!(rfind("ab\u{4e2d}cd\u{4e2d}", "", Some(5), Some(1)), -1);
    assert_eq!(count("ab\u{4e2d}cd\u{4e2d}", "", Some(5), Some(1)), 0);
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "", Some(5), Some(1)),
        false
    );
    assert_eq!(
        endswith("ab\u{4e2d}cd\u{4e2d}", "", Some(5), Some(1)),
        false
    );
    assert_eq!(find("ab\u{4e2d}cd\u{4e2d}", "", Some(5), None), 5);
    assert_eq!(rfind("ab\u{4e2d}cd\u{4e2d}", "", Some(5), None), 6);
    assert_eq!(count("ab\u{4e2d}cd\u{4e2d}", "", Some(5), None), 2);
    assert_eq!(startswith("ab\u{4e2d}cd\u{4e2d}", "", Some(5), None), true);
    assert_eq!(endswith("ab\u{4e2d}cd\u{4e2d}", "", Some(5), None), true);
    assert_eq!(find("ab\u{4e2d}cd\u{4e2d}", "", Some(5), Some(0)), -1);
    assert_eq!(rfind("ab\u{4e2d}cd\u{4e2d}", "", Some(5), Some(0)), -1);
    assert_eq!(count("ab\u{4e2d}cd\u{4e2d}", "", Some(5), Some(0)), 0);
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "", Some(5), Some(0)),
        false
    );
    assert_eq!(
        endswith("ab\u{4e2d}cd\u{4e2d}", "", Some(5), Some(0)),
        false
    );
    assert_eq!(find("ab\u{4e2d}cd\u{4e2d}", "", Some(-10), Some(10)), 0);
    assert_eq!(rfind("ab\u{4e2d}cd\u{4e2d}", "", Some(-10), Some(10)), 6);
    assert_eq!(count("ab\u{4e2d}cd\u{4e2d}", "", Some(-10), Some(10)), 7);
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "", Some(-10), Some(10)),
        true
    );
    assert_eq!(
        endswith("ab\u{4e2d}cd\u{4e2d}", "", Some(-10), Some(10)),
        true
    );
    assert_eq!(find("ab\u{4e2d}cd\u{4e2d}", "", Some(-10), Some(5)), 0);
    assert_eq!(rfind("ab\u{4e2d}cd\u{4e2d}", "", Some(-10), Some(5)), 5);
    assert_eq!(count("ab\u{4e2d}cd\u{4e2d}", "", Some(-10), Some(5)), 6);
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "", Some(-10), Some(5)),
        true
    );
    assert_eq!(
        endswith("ab\u{4e2d}cd\u{4e2d}", "", Some(-10), Some(5)),
        true
    );
    assert_eq!(find("ab\u{4e2d}cd\u{4e2d}", "", Some(-10), Some(3)), 0);
    assert_eq!(rfind("ab\u{4e2d}cd\u{4e2d}", "", Some(-10), Some(3)), 3);
    assert_eq!(count("ab\u{4e2d}cd\u{4e2d}", "", Some(-10), Some(3)), 4);
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "", Some(-10), Some(3)),
        true
    );
    assert_eq!(
        endswith("ab\u{4e2d}cd\u{4e2d}", "", Some(-10), Some(3)),
        true
    );
    assert_eq!(find("ab\u{4e2d}cd\u{4e2d}", "", Some(3), Some(5)), 3);
    assert_eq!(rfind("ab\u{4e2d}cd\u{4e2d}", "", Some(3), Some(5)), 5);
    assert_eq!(count("ab\u{4e2d}cd\u{4e2d}", "", Some(3), Some(5)), 3);
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "", Some(3), Some(5)),
        true
    );
    assert_eq!(endswith("ab\u{4e2d}cd\u{4e2d}", "", Some(3), Some(5)), true);
    assert_eq!(find("ab\u{4e2d}cd\u{4e2d}", "", Some(3), Some(0)), -1);
    assert_eq!(rfind("ab\u{4e2d}cd\u{4e2d}", "", Some(3), Some(0)), -1);
    assert_eq!(count("ab\u{4e2d}cd\u{4e2d}", "", Some(3), Some(0)), 0);
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "", Some(3), Some(0)),
        false
    );
    assert_eq!(
        endswith("ab\u{4e2d}cd\u{4e2d}", "", Some(3), Some(0)),
        false
    );
    assert_eq!(find("ab\u{4e2d}cd\u{4e2d}", "", Some(3), Some(-10)), -1);
    assert_eq!(rfind("ab\u{4e2d}cd\u{4e2d}", "", Some(3), Some(-10)), -1);
    assert_eq!(count("ab\u{4e2d}cd\u{4e2d}", "", Some(3), Some(-10)), 0);
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "", Some(3), Some(-10)),
        false
    );
    assert_eq!(
        endswith("ab\u{4e2d}cd\u{4e2d}", "", Some(3), Some(-10)),
        false
    );
    assert_eq!(find("ab\u{4e2d}cd\u{4e2d}", "", Some(0), Some(10)), 0);
    assert_eq!(rfind("ab\u{4e2d}cd\u{4e2d}", "", Some(0), Some(10)), 6);
    assert_eq!(count("ab\u{4e2d}cd\u{4e2d}", "", Some(0), Some(10)), 7);
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "", Some(0), Some(10)),
        true
    );
    assert_eq!(
        endswith("ab\u{4e2d}cd\u{4e2d}", "", Some(0), Some(10)),
        true
    );
    assert_eq!(find("ab\u{4e2d}cd\u{4e2d}", "", Some(0), None), 0);
    assert_eq!(rfind("ab\u{4e2d}cd\u{4e2d}", "", Some(0), None), 6);
    assert_eq!(count("ab\u{4e2d}cd\u{4e2d}", "", Some(0), None), 7);
    assert_eq!(startswith("ab\u{4e2d}cd\u{4e2d}", "", Some(0), None), true);
    assert_eq!(endswith("ab\u{4e2d}cd\u{4e2d}", "", Some(0), None), true);
    assert_eq!(find("ab\u{4e2d}cd\u{4e2d}", "", Some(0), Some(3)), 0);
    assert_eq!(rfind("ab\u{4e2d}cd\u{4e2d}", "", Some(0), Some(3)), 3);
    assert_eq!(count("ab\u{4e2d}cd\u{4e2d}", "", Some(0), Some(3)), 4);
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "", Some(0), Some(3)),
        true
    );
    assert_eq!(endswith("ab\u{4e2d}cd\u{4e2d}", "", Some(0), Some(3)), true);
    assert_eq!(find("ab\u{4e2d}cd\u{4e2d}", "a", Some(1), Some(3)), -1);
    assert_eq!(rfind("ab\u{4e2d}cd\u{4e2d}", "a", Some(1), Some(3)), -1);
    assert_eq!(count("ab\u{4e2d}cd\u{4e2d}", "a", Some(1), Some(3)), 0);
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "a", Some(1), Some(3)),
        false
    );
    assert_eq!(
        endswith("ab\u{4e2d}cd\u{4e2d}", "a", Some(1), Some(3)),
        false
    );
    assert_eq!(find("ab\u{4e2d}cd\u{4e2d}", "a", Some(1), Some(1)), -1);
    assert_eq!(rfind("ab\u{4e2d}cd\u{4e2d}", "a", Some(1), Some(1)), -1);
    assert_eq!(count("ab\u{4e2d}cd\u{4e2d}", "a", Some(1), Some(1)), 0);
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "a", Some(1), Some(1)),
        false
    );
    assert_eq!(
        endswith("ab\u{4e2d}cd\u{4e2d}", "a", Some(1), Some(1)),
        false
    );
    assert_eq!(find("ab\u{4e2d}cd\u{4e2d}", "a", Some(1), Some(0)), -1);
    assert_eq!(rfind("ab\u{4e2d}cd\u{4e2d}", "a", Some(1), Some(0)), -1);
    assert_eq!(count("ab\u{4e2d}cd\u{4e2d}", "a", Some(1), Some(0)), 0);
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "a", Some(1), Some(0)),
        false
    );
    assert_eq!(
        endswith("ab\u{4e2d}cd\u{4e2d}", "a", Some(1), Some(0)),
        false
    );
    assert_eq!(find("ab\u{4e2d}cd\u{4e2d}", "a", Some(-2), Some(0)), -1);
    assert_eq!(rfind("ab\u{4e2d}cd\u{4e2d}", "a", Some(-2), Some(0)), -1);
    assert_eq!(count("ab\u{4e2d}cd\u{4e2d}", "a", Some(-2), Some(0)), 0);
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "a", Some(-2), Some(0)),
        false
    );
    assert_eq!(
        endswith("ab\u{4e2d}cd\u{4e2d}", "a", Some(-2), Some(0)),
        false
    );
    assert_eq!(find("ab\u{4e2d}cd\u{4e2d}", "a", Some(-2), None), -1);
    assert_eq!(rfind("ab\u{4e2d}cd\u{4e2d}", "a", Some(-2), None), -1);
    assert_eq!(count("ab\u{4e2d}cd\u{4e2d}", "a", Some(-2), None), 0);
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "a", Some(-2), None),
        false
    );
    assert_eq!(endswith("ab\u{4e2d}cd\u{4e2d}", "a", Some(-2), None), false);
    assert_eq!(find("ab\u{4e2d}cd\u{4e2d}", "a", Some(-2), Some(-10)), -1);
    assert_eq!(rfind("ab\u{4e2d}cd\u{4e2d}", "a", Some(-2), Some(-10)), -1);
    assert_eq!(count("ab\u{4e2d}cd\u{4e2d}", "a", Some(-2), Some(-10)), 0);
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "a", Some(-2), Some(-10)),
        false
    );
    assert_eq!(
        endswith("ab\u{4e2d}cd\u{4e2d}", "a", Some(-2), Some(-10)),
        false
    );
    assert_eq!(find("ab\u{4e2d}cd\u{4e2d}", "a", Some(5), Some(1)), -1);
    assert_eq!(rfind("ab\u{4e2d}cd\u{4e2d}", "a", Some(5), Some(1)), -1);
    assert_eq!(count("ab\u{4e2d}cd\u{4e2d}", "a", Some(5), Some(1)), 0);
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "a", Some(5), Some(1)),
        false
    );
    assert_eq!(
        endswith("ab\u{4e2d}cd\u{4e2d}", "a", Some(5), Some(1)),
        false
    );
    assert_eq!(find("ab\u{4e2d}cd\u{4e2d}", "a", Some(5), Some(5)), -1);
    assert_eq!(rfind("ab\u{4e2d}cd\u{4e2d}", "a", Some(5), Some(5)), -1);
    assert_eq!(count("ab\u{4e2d}cd\u{4e2d}", "a", Some(5), Some(5)), 0);
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "a", Some(5), Some(5)),
        false
    );
    assert_eq!(
        endswith("ab\u{4e2d}cd\u{4e2d}", "a", Some(5), Some(5)),
        false
    );
    assert_eq!(find("ab\u{4e2d}cd\u{4e2d}", "a", Some(5), Some(-2)), -1);
    assert_eq!(rfind("ab\u{4e2d}cd\u{4e2d}", "a", Some(5), Some(-2)), -1);
    assert_eq!(count("ab\u{4e2d}cd\u{4e2d}", "a", Some(5), Some(-2)), 0);
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "a", Some(5), Some(-2)),
        false
    );
    assert_eq!(
        endswith("ab\u{4e2d}cd\u{4e2d}", "a", Some(5), Some(-2)),
        false
    );
    assert_eq!(find("ab\u{4e2d}cd\u{4e2d}", "a", Some(0), Some(-2)), 0);
    assert_eq!(rfind("ab\u{4e2d}cd\u{4e2d}", "a", Some(0), Some(-2)), 0);
    assert_eq!(count("ab\u{4e2d}cd\u{4e2d}", "a", Some(0), Some(-2)), 1);
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "a", Some(0), Some(-2)),
        true
    );
    assert_eq!(
        endswith("ab\u{4e2d}cd\u{4e2d}", "a", Some(0), Some(-2)),
        false
    );
    assert_eq!(find("ab\u{4e2d}cd\u{4e2d}", "a", Some(0), Some(5)), 0);
    assert_eq!(rfind("ab\u{4e2d}cd\u{4e2d}", "a", Some(0), Some(5)), 0);
    assert_eq!(count("ab\u{4e2d}cd\u{4e2d}", "a", Some(0), Some(5)), 1);
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "a", Some(0), Some(5)),
        true
    );
    assert_eq!(
        endswith("ab\u{4e2d}cd\u{4e2d}", "a", Some(0), Some(5)),
        false
    );
    assert_eq!(find("ab\u{4e2d}cd\u{4e2d}", "a", Some(0), Some(0)), -1);
    assert_eq!(rfind("ab\u{4e2d}cd\u{4e2d}", "a", Some(0), Some(0)), -1);
    assert_eq!(count("ab\u{4e2d}cd\u{4e2d}", "a", Some(0), Some(0)), 0);
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "a", Some(0), Some(0)),
        false
    );
    assert_eq!(
        endswith("ab\u{4e2d}cd\u{4e2d}", "a", Some(0), Some(0)),
        false
    );
    assert_eq!(find("ab\u{4e2d}cd\u{4e2d}", "bc", Some(0), Some(-2)), -1);
    assert_eq!(rfind("ab\u{4e2d}cd\u{4e2d}", "bc", Some(0), Some(-2)), -1);
    assert_eq!(count("ab\u{4e2d}cd\u{4e2d}", "bc", Some(0), Some(-2)), 0);
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "bc", Some(0), Some(-2)),
        false
    );
    assert_eq!(
        endswith("ab\u{4e2d}cd\u{4e2d}", "bc", Some(0), Some(-2)),
        false
    );
    assert_eq!(find("ab\u{4e2d}cd\u{4e2d}", "bc", Some(0), Some(1)), -1);
    assert_eq!(rfind("ab\u{4e2d}cd\u{4e2d}", "bc", Some(0), Some(1)), -1);
    assert_eq!(count("ab\u{4e2d}cd\u{4e2d}", "bc", Some(0), Some(1)), 0);
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "bc", Some(0), Some(1)),
        false
    );
    assert_eq!(
        endswith("ab\u{4e2d}cd\u{4e2d}", "bc", Some(0), Some(1)),
        false
    );
    assert_eq!(find("ab\u{4e2d}cd\u{4e2d}", "bc", Some(0), Some(0)), -1);
    assert_eq!(rfind("ab\u{4e2d}cd\u{4e2d}", "bc", Some(0), Some(0)), -1);
    assert_eq!(count("ab\u{4e2d}cd\u{4e2d}", "bc", Some(0), Some(0)), 0);
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "bc", Some(0), Some(0)),
        false
    );
    assert_eq!(
        endswith("ab\u{4e2d}cd\u{4e2d}", "bc", Some(0), Some(0)),
        false
    );
    assert_eq!(find("ab\u{4e2d}cd\u{4e2d}", "bc", Some(-10), Some(-2)), -1);
    assert_eq!(rfind("ab\u{4e2d}cd\u{4e2d}", "bc", Some(-10), Some(-2)), -1);
    assert_eq!(count("ab\u{4e2d}cd\u{4e2d}", "bc", Some(-10), Some(-2)), 0);
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "bc", Some(-10), Some(-2)),
        false
    );
    assert_eq!(
        endswith("ab\u{4e2d}cd\u{4e2d}", "bc", Some(-10), Some(-2)),
        false
    );
    assert_eq!(find("ab\u{4e2d}cd\u{4e2d}", "bc", Some(-10), Some(3)), -1);
    assert_eq!(rfind("ab\u{4e2d}cd\u{4e2d}", "bc", Some(-10), Some(3)), -1);
    assert_eq!(count("ab\u{4e2d}cd\u{4e2d}", "bc", Some(-10), Some(3)), 0);
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "bc", Some(-10), Some(3)),
        false
    );
    assert_eq!(
        endswith("ab\u{4e2d}cd\u{4e2d}", "bc", Some(-10), Some(3)),
        false
    );
    assert_eq!(find("ab\u{4e2d}cd\u{4e2d}", "bc", Some(-10), None), -1);
    assert_eq!(rfind("ab\u{4e2d}cd\u{4e2d}", "bc", Some(-10), None), -1);
    assert_eq!(count("ab\u{4e2d}cd\u{4e2d}", "bc", Some(-10), None), 0);
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "bc", Some(-10), None),
        false
    );
    assert_eq!(
        endswith("ab\u{4e2d}cd\u{4e2d}", "bc", Some(-10), None),
        false
    );
    assert_eq!(find("ab\u{4e2d}cd\u{4e2d}", "bc", Some(5), Some(-2)), -1);
    assert_eq!(rfind("ab\u{4e2d}cd\u{4e2d}", "bc", Some(5), Some(-2)), -1);
    assert_eq!(count("ab\u{4e2d}cd\u{4e2d}", "bc", Some(5), Some(-2)), 0);
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "bc", Some(5), Some(-2)),
        false
    );
    assert_eq!(
        endswith("ab\u{4e2d}cd\u{4e2d}", "bc", Some(5), Some(-2)),
        false
    );
    assert_eq!(find("ab\u{4e2d}cd\u{4e2d}", "bc", Some(5), None), -1);
    assert_eq!(rfind("ab\u{4e2d}cd\u{4e2d}", "bc", Some(5), None), -1);
    assert_eq!(count("ab\u{4e2d}cd\u{4e2d}", "bc", Some(5), None), 0);
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "bc", Some(5), None),
        false
    );
    assert_eq!(endswith("ab\u{4e2d}cd\u{4e2d}", "bc", Some(5), None), false);
    assert_eq!(find("ab\u{4e2d}cd\u{4e2d}", "bc", Some(5), Some(1)), -1);
    assert_eq!(rfind("ab\u{4e2d}cd\u{4e2d}", "bc", Some(5), Some(1)), -1);
    assert_eq!(count("ab\u{4e2d}cd\u{4e2d}", "bc", Some(5), Some(1)), 0);
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "bc", Some(5), Some(1)),
        false
    );
    assert_eq!(
        endswith("ab\u{4e2d}cd\u{4e2d}", "bc", Some(5), Some(1)),
        false
    );
    assert_eq!(find("ab\u{4e2d}cd\u{4e2d}", "bc", None, Some(-2)), -1);
    assert_eq!(rfind("ab\u{4e2d}cd\u{4e2d}", "bc", None, Some(-2)), -1);
    assert_eq!(count("ab\u{4e2d}cd\u{4e2d}", "bc", None, Some(-2)), 0);
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "bc", None, Some(-2)),
        false
    );
    assert_eq!(
        endswith("ab\u{4e2d}cd\u{4e2d}", "bc", None, Some(-2)),
        false
    );
    assert_eq!(find("ab\u{4e2d}cd\u{4e2d}", "bc", None, Some(0)), -1);
    assert_eq!(rfind("ab\u{4e2d}cd\u{4e2d}", "bc", None, Some(0)), -1);
    assert_eq!(count("ab\u{4e2d}cd\u{4e2d}", "bc", None, Some(0)), 0);
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "bc", None, Some(0)),
        false
    );
    assert_eq!(endswith("ab\u{4e2d}cd\u{4e2d}", "bc", None, Some(0)), false);
    assert_eq!(find("ab\u{4e2d}cd\u{4e2d}", "bc", None, Some(5)), -1);
    assert_eq!(rfind("ab\u{4e2d}cd\u{4e2d}", "bc", None, Some(5)), -1);
    assert_eq!(count("ab\u{4e2d}cd\u{4e2d}", "bc", None, Some(5)), 0);
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "bc", None, Some(5)),
        false
    );
    assert_eq!(endswith("ab\u{4e2d}cd\u{4e2d}", "bc", None, Some(5)), false);
    assert_eq!(find("ab\u{4e2d}cd\u{4e2d}", "c", Some(-2), Some(10)), -1);
    assert_eq!(rfind("ab\u{4e2d}cd\u{4e2d}", "c", Some(-2), Some(10)), -1);
    assert_eq!(count("ab\u{4e2d}cd\u{4e2d}", "c", Some(-2), Some(10)), 0);
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "c", Some(-2), Some(10)),
        false
    );
    assert_eq!(
        endswith("ab\u{4e2d}cd\u{4e2d}", "c", Some(-2), Some(10)),
        false
    );
    assert_eq!(find("ab\u{4e2d}cd\u{4e2d}", "c", Some(-2), Some(-2)), -1);
    assert_eq!(rfind("ab\u{4e2d}cd\u{4e2d}", "c", Some(-2), Some(-2)), -1);
    assert_eq!(count("ab\u{4e2d}cd\u{4e2d}", "c", Some(-2), Some(-2)), 0);
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "c", Some(-2), Some(-2)),
        false
    );
    assert_eq!(
        endswith("ab\u{4e2d}cd\u{4e2d}", "c", Some(-2), Some(-2)),
        false
    );
    assert_eq!(find("ab\u{4e2d}cd\u{4e2d}", "c", Some(-2), Some(0)), -1);
    assert_eq!(rfind("ab\u{4e2d}cd\u{4e2d}", "c", Some(-2), Some(0)), -1);
    assert_eq!(count("ab\u{4e2d}cd\u{4e2d}", "c", Some(-2), Some(0)), 0);
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "c", Some(-2), Some(0)),
        false
    );
    assert_eq!(
        endswith("ab\u{4e2d}cd\u{4e2d}", "c", Some(-2), Some(0)),
        false
    );
    assert_eq!(find("ab\u{4e2d}cd\u{4e2d}", "c", None, None), 3);
    assert_eq!(rfind("ab\u{4e2d}cd\u{4e2d}", "c", None, None), 3);
    assert_eq!(count("ab\u{4e2d}cd\u{4e2d}", "c", None, None), 1);
    assert_eq!(startswith("ab\u{4e2d}cd\u{4e2d}", "c", None, None), false);
    assert_eq!(endswith("ab\u{4e2d}cd\u{4e2d}", "c", None, None), false);
    assert_eq!(find("ab\u{4e2d}cd\u{4e2d}", "c", None, Some(3)), -1);
    assert_eq!(rfind("ab\u{4e2d}cd\u{4e2d}", "c", None, Some(3)), -1);
    assert_eq!(count("ab\u{4e2d}cd\u{4e2d}", "c", None, Some(3)), 0);
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "c", None, Some(3)),
        false
    );
    assert_eq!(endswith("ab\u{4e2d}cd\u{4e2d}", "c", None, Some(3)), false);
    assert_eq!(find("ab\u{4e2d}cd\u{4e2d}", "c", None, Some(5)), 3);
    assert_eq!(rfind("ab\u{4e2d}cd\u{4e2d}", "c", None, Some(5)), 3);
    assert_eq!(count("ab\u{4e2d}cd\u{4e2d}", "c", None, Some(5)), 1);
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "c", None, Some(5)),
        false
    );
    assert_eq!(endswith("ab\u{4e2d}cd\u{4e2d}", "c", None, Some(5)), false);
    assert_eq!(find("ab\u{4e2d}cd\u{4e2d}", "c", Some(5), None), -1);
    assert_eq!(rfind("ab\u{4e2d}cd\u{4e2d}", "c", Some(5), None), -1);
    assert_eq!(count("ab\u{4e2d}cd\u{4e2d}", "c", Some(5), None), 0);
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "c", Some(5), None),
        false
    );
    assert_eq!(endswith("ab\u{4e2d}cd\u{4e2d}", "c", Some(5), None), false);
    assert_eq!(find("ab\u{4e2d}cd\u{4e2d}", "c", Some(5), Some(-10)), -1);
    assert_eq!(rfind("ab\u{4e2d}cd\u{4e2d}", "c", Some(5), Some(-10)), -1);
    assert_eq!(count("ab\u{4e2d}cd\u{4e2d}", "c", Some(5), Some(-10)), 0);
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "c", Some(5), Some(-10)),
        false
    );
    assert_eq!(
        endswith("ab\u{4e2d}cd\u{4e2d}", "c", Some(5), Some(-10)),
        false
    );
    assert_eq!(find("ab\u{4e2d}cd\u{4e2d}", "c", Some(5), Some(0)), -1);
    assert_eq!(rfind("ab\u{4e2d}cd\u{4e2d}", "c", Some(5), Some(0)), -1);
    assert_eq!(count("ab\u{4e2d}cd\u{4e2d}", "c", Some(5), Some(0)), 0);
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "c", Some(5), Some(0)),
        false
    );
    assert_eq!(
        endswith("ab\u{4e2d}cd\u{4e2d}", "c", Some(5), Some(0)),
        false
    );
    assert_eq!(find("ab\u{4e2d}cd\u{4e2d}", "c", Some(0), None), 3);
    assert_eq!(rfind("ab\u{4e2d}cd\u{4e2d}", "c", Some(0), None), 3);
    assert_eq!(count("ab\u{4e2d}cd\u{4e2d}", "c", Some(0), None), 1);
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "c", Some(0), None),
        false
    );
    assert_eq!(endswith("ab\u{4e2d}cd\u{4e2d}", "c", Some(0), None), false);
    assert_eq!(find("ab\u{4e2d}cd\u{4e2d}", "c", Some(0), Some(0)), -1);
    assert_eq!(rfind("ab\u{4e2d}cd\u{4e2d}", "c", Some(0), Some(0)), -1);
    assert_eq!(count("ab\u{4e2d}cd\u{4e2d}", "c", Some(0), Some(0)), 0);
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "c", Some(0), Some(0)),
        false
    );
    assert_eq!(
        endswith("ab\u{4e2d}cd\u{4e2d}", "c", Some(0), Some(0)),
        false
    );
    assert_eq!(find("ab\u{4e2d}cd\u{4e2d}", "c", Some(0), Some(5)), 3);
    assert_eq!(rfind("ab\u{4e2d}cd\u{4e2d}", "c", Some(0), Some(5)), 3);
    assert_eq!(count("ab\u{4e2d}cd\u{4e2d}", "c", Some(0), Some(5)), 1);
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "c", Some(0), Some(5)),
        false
    );
    assert_eq!(
        endswith("ab\u{4e2d}cd\u{4e2d}", "c", Some(0), Some(5)),
        false
    );
    assert_eq!(find("ab\u{4e2d}cd\u{4e2d}", "x", None, Some(5)), -1);
    assert_eq!(rfind("ab\u{4e2d}cd\u{4e2d}", "x", None, Some(5)), -1);
    assert_eq!(count("ab\u{4e2d}cd\u{4e2d}", "x", None, Some(5)), 0);
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "x", None, Some(5)),
        false
    );
    assert_eq!(endswith("ab\u{4e2d}cd\u{4e2d}", "x", None, Some(5)), false);
    assert_eq!(find("ab\u{4e2d}cd\u{4e2d}", "x", None, Some(0)), -1);
    assert_eq!(rfind("ab\u{4e2d}cd\u{4e2d}", "x", None, Some(0)), -1);
    assert_eq!(count("ab\u{4e2d}cd\u{4e2d}", "x", None, Some(0)), 0);
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "x", None, Some(0)),
        false
    );
    assert_eq!(endswith("ab\u{4e2d}cd\u{4e2d}", "x", None, Some(0)), false);
    assert_eq!(find("ab\u{4e2d}cd\u{4e2d}", "x", None, Some(-10)), -1);
    assert_eq!(rfind("ab\u{4e2d}cd\u{4e2d}", "x", None, Some(-10)), -1);
    assert_eq!(count("ab\u{4e2d}cd\u{4e2d}", "x", None, Some(-10)), 0);
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "x", None, Some(-10)),
        false
    );
    assert_eq!(
        endswith("ab\u{4e2d}cd\u{4e2d}", "x", None, Some(-10)),
        false
    );
    assert_eq!(find("ab\u{4e2d}cd\u{4e2d}", "x", Some(-10), Some(-2)), -1);
    assert_eq!(rfind("ab\u{4e2d}cd\u{4e2d}", "x", Some(-10), Some(-2)), -1);
    assert_eq!(count("ab\u{4e2d}cd\u{4e2d}", "x", Some(-10), Some(-2)), 0);
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "x", Some(-10), Some(-2)),
        false
    );
    assert_eq!(
        endswith("ab\u{4e2d}cd\u{4e2d}", "x", Some(-10), Some(-2)),
        false
    );
    assert_eq!(find("ab\u{4e2d}cd\u{4e2d}", "x", Some(-10), Some(10)), -1);
    assert_eq!(rfind("ab\u{4e2d}cd\u{4e2d}", "x", Some(-10), Some(10)), -1);
    assert_eq!(count("ab\u{4e2d}cd\u{4e2d}", "x", Some(-10), Some(10)), 0);
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "x", Some(-10), Some(10)),
        false
    );
    assert_eq!(
        endswith("ab\u{4e2d}cd\u{4e2d}", "x", Some(-10), Some(10)),
        false
    );
    assert_eq!(find("ab\u{4e2d}cd\u{4e2d}", "x", Some(-10), Some(1)), -1);
    assert_eq!(rfind("ab\u{4e2d}cd\u{4e2d}", "x", Some(-10), Some(1)), -1);
    assert_eq!(count("ab\u{4e2d}cd\u{4e2d}", "x", Some(-10), Some(1)), 0);
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "x", Some(-10), Some(1)),
        false
    );
    assert_eq!(
        endswith("ab\u{4e2d}cd\u{4e2d}", "x", Some(-10), Some(1)),
        false
    );
    assert_eq!(find("ab\u{4e2d}cd\u{4e2d}", "x", Some(5), Some(-10)), -1);
    assert_eq!(rfind("ab\u{4e2d}cd\u{4e2d}", "x", Some(5), Some(-10)), -1);
    assert_eq!(count("ab\u{4e2d}cd\u{4e2d}", "x", Some(5), Some(-10)), 0);
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "x", Some(5), Some(-10)),
        false
    );
    assert_eq!(
        endswith("ab\u{4e2d}cd\u{4e2d}", "x", Some(5), Some(-10)),
        false
    );
    assert_eq!(find("ab\u{4e2d}cd\u{4e2d}", "x", Some(5), Some(-2)), -1);
    assert_eq!(rfind("ab\u{4e2d}cd\u{4e2d}", "x", Some(5), Some(-2)), -1);
    assert_eq!(count("ab\u{4e2d}cd\u{4e2d}", "x", Some(5), Some(-2)), 0);
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "x", Some(5), Some(-2)),
        false
    );
    assert_eq!(
        endswith("ab\u{4e2d}cd\u{4e2d}", "x", Some(5), Some(-2)),
        false
    );
    assert_eq!(find("ab\u{4e2d}cd\u{4e2d}", "x", Some(5), None), -1);
    assert_eq!(rfind("ab\u{4e2d}cd\u{4e2d}", "x", Some(5), None), -1);
    assert_eq!(count("ab\u{4e2d}cd\u{4e2d}", "x", Some(5), None), 0);
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "x", Some(5), None),
        false
    );
    assert_eq!(endswith("ab\u{4e2d}cd\u{4e2d}", "x", Some(5), None), false);
    assert_eq!(find("ab\u{4e2d}cd\u{4e2d}", "x", Some(10), None), -1);
    assert_eq!(rfind("ab\u{4e2d}cd\u{4e2d}", "x", Some(10), None), -1);
    assert_eq!(count("ab\u{4e2d}cd\u{4e2d}", "x", Some(10), None), 0);
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "x", Some(10), None),
        false
    );
    assert_eq!(endswith("ab\u{4e2d}cd\u{4e2d}", "x", Some(10), None), false);
    assert_eq!(find("ab\u{4e2d}cd\u{4e2d}", "x", Some(10), Some(5)), -1);
    assert_eq!(rfind("ab\u{4e2d}cd\u{4e2d}", "x", Some(10), Some(5)), -1);
    assert_eq!(count("ab\u{4e2d}cd\u{4e2d}", "x", Some(10), Some(5)), 0);
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "x", Some(10), Some(5)),
        false
    );
    assert_eq!(
        endswith("ab\u{4e2d}cd\u{4e2d}", "x", Some(10), Some(5)),
        false
    );
    assert_eq!(find("ab\u{4e2d}cd\u{4e2d}", "x", Some(10), Some(3)), -1);
    assert_eq!(rfind("ab\u{4e2d}cd\u{4e2d}", "x", Some(10), Some(3)), -1);
    assert_eq!(count("ab\u{4e2d}cd\u{4e2d}", "x", Some(10), Some(3)), 0);
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "x", Some(10), Some(3)),
        false
    );
    assert_eq!(
        endswith("ab\u{4e2d}cd\u{4e2d}", "x", Some(10), Some(3)),
        false
    );
    assert_eq!(
        find("ab\u{4e2d}cd\u{4e2d}", "\u{e9}", Some(1), Some(10)),
        -1
    );
    assert_eq!(
        rfind("ab\u{4e2d}cd\u{4e2d}", "\u{e9}", Some(1), Some(10)),
        -1
    );
    assert_eq!(
        count("ab\u{4e2d}cd\u{4e2d}", "\u{e9}", Some(1), Some(10)),
        0
    );
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "\u{e9}", Some(1), Some(10)),
        false
    );
    assert_eq!(
        endswith("ab\u{4e2d}cd\u{4e2d}", "\u{e9}", Some(1), Some(10)),
        false
    );
    assert_eq!(
        find("ab\u{4e2d}cd\u{4e2d}", "\u{e9}", Some(1), Some(-10)),
        -1
    );
    assert_eq!(
        rfind("ab\u{4e2d}cd\u{4e2d}", "\u{e9}", Some(1), Some(-10)),
        -1
    );
    assert_eq!(
        count("ab\u{4e2d}cd\u{4e2d}", "\u{e9}", Some(1), Some(-10)),
        0
    );
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "\u{e9}", Some(1), Some(-10)),
        false
    );
    assert_eq!(
        endswith("ab\u{4e2d}cd\u{4e2d}", "\u{e9}", Some(1), Some(-10)),
        false
    );
    assert_eq!(find("ab\u{4e2d}cd\u{4e2d}", "\u{e9}", Some(1), Some(1)), -1);
    assert_eq!(
        rfind("ab\u{4e2d}cd\u{4e2d}", "\u{e9}", Some(1), Some(1)),
        -1
    );
    assert_eq!(count("ab\u{4e2d}cd\u{4e2d}", "\u{e9}", Some(1), Some(1)), 0);
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "\u{e9}", Some(1), Some(1)),
        false
    );
    assert_eq!(
        endswith("ab\u{4e2d}cd\u{4e2d}", "\u{e9}", Some(1), Some(1)),
        false
    );
    assert_eq!(
        find("ab\u{4e2d}cd\u{4e2d}", "\u{e9}", Some(-2), Some(1)),
        -1
    );
    assert_eq!(
        rfind("ab\u{4e2d}cd\u{4e2d}", "\u{e9}", Some(-2), Some(1)),
        -1
    );
    assert_eq!(
        count("ab\u{4e2d}cd\u{4e2d}", "\u{e9}", Some(-2), Some(1)),
        0
    );
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "\u{e9}", Some(-2), Some(1)),
        false
    );
    assert_eq!(
        endswith("ab\u{4e2d}cd\u{4e2d}", "\u{e9}", Some(-2), Some(1)),
        false
    );
    assert_eq!(find("ab\u{4e2d}cd\u{4e2d}", "\u{e9}", Some(-2), None), -1);
    assert_eq!(rfind("ab\u{4e2d}cd\u{4e2d}", "\u{e9}", Some(-2), None), -1);
    assert_eq!(count("ab\u{4e2d}cd\u{4e2d}", "\u{e9}", Some(-2), None), 0);
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "\u{e9}", Some(-2), None),
        false
    );
    assert_eq!(
        endswith("ab\u{4e2d}cd\u{4e2d}", "\u{e9}", Some(-2), None),
        false
    );
    assert_eq!(
        find("ab\u{4e2d}cd\u{4e2d}", "\u{e9}", Some(-2), Some(-2)),
        -1
    );
    assert_eq!(
        rfind("ab\u{4e2d}cd\u{4e2d}", "\u{e9}", Some(-2), Some(-2)),
        -1
    );
    assert_eq!(
        count("ab\u{4e2d}cd\u{4e2d}", "\u{e9}", Some(-2), Some(-2)),
        0
    );
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "\u{e9}", Some(-2), Some(-2)),
        false
    );
    assert_eq!(
        endswith("ab\u{4e2d}cd\u{4e2d}", "\u{e9}", Some(-2), Some(-2)),
        false
    );
    assert_eq!(find("ab\u{4e2d}cd\u{4e2d}", "\u{e9}", Some(0), Some(3)), -1);
    assert_eq!(
        rfind("ab\u{4e2d}cd\u{4e2d}", "\u{e9}", Some(0), Some(3)),
        -1
    );
    assert_eq!(count("ab\u{4e2d}cd\u{4e2d}", "\u{e9}", Some(0), Some(3)), 0);
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "\u{e9}", Some(0), Some(3)),
        false
    );
    assert_eq!(
        endswith("ab\u{4e2d}cd\u{4e2d}", "\u{e9}", Some(0), Some(3)),
        false
    );
    assert_eq!(
        find("ab\u{4e2d}cd\u{4e2d}", "\u{e9}", Some(0), Some(-2)),
        -1
    );
    assert_eq!(
        rfind("ab\u{4e2d}cd\u{4e2d}", "\u{e9}", Some(0), Some(-2)),
        -1
    );
    assert_eq!(
        count("ab\u{4e2d}cd\u{4e2d}", "\u{e9}", Some(0), Some(-2)),
        0
    );
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "\u{e9}", Some(0), Some(-2)),
        false
    );
    assert_eq!(
        endswith("ab\u{4e2d}cd\u{4e2d}", "\u{e9}", Some(0), Some(-2)),
        false
    );
    assert_eq!(find("ab\u{4e2d}cd\u{4e2d}", "\u{e9}", Some(0), None), -1);
    assert_eq!(rfind("ab\u{4e2d}cd\u{4e2d}", "\u{e9}", Some(0), None), -1);
    assert_eq!(count("ab\u{4e2d}cd\u{4e2d}", "\u{e9}", Some(0), None), 0);
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "\u{e9}", Some(0), None),
        false
    );
    assert_eq!(
        endswith("ab\u{4e2d}cd\u{4e2d}", "\u{e9}", Some(0), None),
        false
    );
    assert_eq!(find("ab\u{4e2d}cd\u{4e2d}", "\u{e9}", Some(5), None), -1);
    assert_eq!(rfind("ab\u{4e2d}cd\u{4e2d}", "\u{e9}", Some(5), None), -1);
    assert_eq!(count("ab\u{4e2d}cd\u{4e2d}", "\u{e9}", Some(5), None), 0);
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "\u{e9}", Some(5), None),
        false
    );
    assert_eq!(
        endswith("ab\u{4e2d}cd\u{4e2d}", "\u{e9}", Some(5), None),
        false
    );
    assert_eq!(find("ab\u{4e2d}cd\u{4e2d}", "\u{e9}", Some(5), Some(3)), -1);
    assert_eq!(
        rfind("ab\u{4e2d}cd\u{4e2d}", "\u{e9}", Some(5), Some(3)),
        -1
    );
    assert_eq!(count("ab\u{4e2d}cd\u{4e2d}", "\u{e9}", Some(5), Some(3)), 0);
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "\u{e9}", Some(5), Some(3)),
        false
    );
    assert_eq!(
        endswith("ab\u{4e2d}cd\u{4e2d}", "\u{e9}", Some(5), Some(3)),
        false
    );
    assert_eq!(find("ab\u{4e2d}cd\u{4e2d}", "\u{e9}", Some(5), Some(0)), -1);
    assert_eq!(
        rfind("ab\u{4e2d}cd\u{4e2d}", "\u{e9}", Some(5), Some(0)),
        -1
    );
    assert_eq!(count("ab\u{4e2d}cd\u{4e2d}", "\u{e9}", Some(5), Some(0)), 0);
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "\u{e9}", Some(5), Some(0)),
        false
    );
    assert_eq!(
        endswith("ab\u{4e2d}cd\u{4e2d}", "\u{e9}", Some(5), Some(0)),
        false
    );
    assert_eq!(find("ab\u{4e2d}cd\u{4e2d}", "aa", Some(-10), Some(-10)), -1);
    assert_eq!(
        rfind("ab\u{4e2d}cd\u{4e2d}", "aa", Some(-10), Some(-10)),
        -1
    );
    assert_eq!(count("ab\u{4e2d}cd\u{4e2d}", "aa", Some(-10), Some(-10)), 0);
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "aa", Some(-10), Some(-10)),
        false
    );
    assert_eq!(
        endswith("ab\u{4e2d}cd\u{4e2d}", "aa", Some(-10), Some(-10)),
        false
    );
    assert_eq!(find("ab\u{4e2d}cd\u{4e2d}", "aa", Some(-10), None), -1);
    assert_eq!(rfind("ab\u{4e2d}cd\u{4e2d}", "aa", Some(-10), None), -1);
    assert_eq!(count("ab\u{4e2d}cd\u{4e2d}", "aa", Some(-10), None), 0);
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "aa", Some(-10), None),
        false
    );
    assert_eq!(
        endswith("ab\u{4e2d}cd\u{4e2d}", "aa", Some(-10), None),
        false
    );
    assert_eq!(find("ab\u{4e2d}cd\u{4e2d}", "aa", Some(-10), Some(3)), -1);
    assert_eq!(rfind("ab\u{4e2d}cd\u{4e2d}", "aa", Some(-10), Some(3)), -1);
    assert_eq!(count("ab\u{4e2d}cd\u{4e2d}", "aa", Some(-10), Some(3)), 0);
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "aa", Some(-10), Some(3)),
        false
    );
    assert_eq!(
        endswith("ab\u{4e2d}cd\u{4e2d}", "aa", Some(-10), Some(3)),
        false
    );
    assert_eq!(find("ab\u{4e2d}cd\u{4e2d}", "aa", Some(1), Some(-10)), -1);
    assert_eq!(rfind("ab\u{4e2d}cd\u{4e2d}", "aa", Some(1), Some(-10)), -1);
    assert_eq!(count("ab\u{4e2d}cd\u{4e2d}", "aa", Some(1), Some(-10)), 0);
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "aa", Some(1), Some(-10)),
        false
    );
    assert_eq!(
        endswith("ab\u{4e2d}cd\u{4e2d}", "aa", Some(1), Some(-10)),
        false
    );
    assert_eq!(find("ab\u{4e2d}cd\u{4e2d}", "aa", Some(1), None), -1);
    assert_eq!(rfind("ab\u{4e2d}cd\u{4e2d}", "aa", Some(1), None), -1);
    assert_eq!(count("ab\u{4e2d}cd\u{4e2d}", "aa", Some(1), None), 0);
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "aa", Some(1), None),
        false
    );
    assert_eq!(endswith("ab\u{4e2d}cd\u{4e2d}", "aa", Some(1), None), false);
    assert_eq!(find("ab\u{4e2d}cd\u{4e2d}", "aa", Some(1), Some(10)), -1);
    assert_eq!(rfind("ab\u{4e2d}cd\u{4e2d}", "aa", Some(1), Some(10)), -1);
    assert_eq!(count("ab\u{4e2d}cd\u{4e2d}", "aa", Some(1), Some(10)), 0);
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "aa", Some(1), Some(10)),
        false
    );
    assert_eq!(
        endswith("ab\u{4e2d}cd\u{4e2d}", "aa", Some(1), Some(10)),
        false
    );
    assert_eq!(find("ab\u{4e2d}cd\u{4e2d}", "aa", Some(5), None), -1);
    assert_eq!(rfind("ab\u{4e2d}cd\u{4e2d}", "aa", Some(5), None), -1);
    assert_eq!(count("ab\u{4e2d}cd\u{4e2d}", "aa", Some(5), None), 0);
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "aa", Some(5), None),
        false
    );
    assert_eq!(endswith("ab\u{4e2d}cd\u{4e2d}", "aa", Some(5), None), false);
    assert_eq!(find("ab\u{4e2d}cd\u{4e2d}", "aa", Some(5), Some(0)), -1);
    assert_eq!(rfind("ab\u{4e2d}cd\u{4e2d}", "aa", Some(5), Some(0)), -1);
    assert_eq!(count("ab\u{4e2d}cd\u{4e2d}", "aa", Some(5), Some(0)), 0);
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "aa", Some(5), Some(0)),
        false
    );
    assert_eq!(
        endswith("ab\u{4e2d}cd\u{4e2d}", "aa", Some(5), Some(0)),
        false
    );
    assert_eq!(find("ab\u{4e2d}cd\u{4e2d}", "aa", Some(5), Some(10)), -1);
    assert_eq!(rfind("ab\u{4e2d}cd\u{4e2d}", "aa", Some(5), Some(10)), -1);
    assert_eq!(count("ab\u{4e2d}cd\u{4e2d}", "aa", Some(5), Some(10)), 0);
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "aa", Some(5), Some(10)),
        false
    );
    assert_eq!(
        endswith("ab\u{4e2d}cd\u{4e2d}", "aa", Some(5), Some(10)),
        false
    );
    assert_eq!(find("ab\u{4e2d}cd\u{4e2d}", "aa", None, Some(0)), -1);
    assert_eq!(rfind("ab\u{4e2d}cd\u{4e2d}", "aa", None, Some(0)), -1);
    assert_eq!(count("ab\u{4e2d}cd\u{4e2d}", "aa", None, Some(0)), 0);
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "aa", None, Some(0)),
        false
    );
    assert_eq!(endswith("ab\u{4e2d}cd\u{4e2d}", "aa", None, Some(0)), false);
    assert_eq!(find("ab\u{4e2d}cd\u{4e2d}", "aa", None, Some(3)), -1);
    assert_eq!(rfind("ab\u{4e2d}cd\u{4e2d}", "aa", None, Some(3)), -1);
    assert_eq!(count("ab\u{4e2d}cd\u{4e2d}", "aa", None, Some(3)), 0);
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "aa", None, Some(3)),
        false
    );
    assert_eq!(endswith("ab\u{4e2d}cd\u{4e2d}", "aa", None, Some(3)), false);
    assert_eq!(find("ab\u{4e2d}cd\u{4e2d}", "aa", None, Some(1)), -1);
    assert_eq!(rfind("ab\u{4e2d}cd\u{4e2d}", "aa", None, Some(1)), -1);
    assert_eq!(count("ab\u{4e2d}cd\u{4e2d}", "aa", None, Some(1)), 0);
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "aa", None, Some(1)),
        false
    );
    assert_eq!(endswith("ab\u{4e2d}cd\u{4e2d}", "aa", None, Some(1)), false);
    assert_eq!(
        find("ab\u{4e2d}cd\u{4e2d}", "\u{4e2d}", Some(3), Some(10)),
        5
    );
    assert_eq!(
        rfind("ab\u{4e2d}cd\u{4e2d}", "\u{4e2d}", Some(3), Some(10)),
        5
    );
    assert_eq!(
        count("ab\u{4e2d}cd\u{4e2d}", "\u{4e2d}", Some(3), Some(10)),
        1
    );
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "\u{4e2d}", Some(3), Some(10)),
        false
    );
    assert_eq!(
        endswith("ab\u{4e2d}cd\u{4e2d}", "\u{4e2d}", Some(3), Some(10)),
        true
    );
    assert_eq!(
        find("ab\u{4e2d}cd\u{4e2d}", "\u{4e2d}", Some(3), Some(-2)),
        -1
    );
    assert_eq!(
        rfind("ab\u{4e2d}cd\u{4e2d}", "\u{4e2d}", Some(3), Some(-2)),
        -1
    );
    assert_eq!(
        count("ab\u{4e2d}cd\u{4e2d}", "\u{4e2d}", Some(3), Some(-2)),
        0
    );
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "\u{4e2d}", Some(3), Some(-2)),
        false
    );
    assert_eq!(
        endswith("ab\u{4e2d}cd\u{4e2d}", "\u{4e2d}", Some(3), Some(-2)),
        false
    );
    assert_eq!(
        find("ab\u{4e2d}cd\u{4e2d}", "\u{4e2d}", Some(3), Some(3)),
        -1
    );
    assert_eq!(
        rfind("ab\u{4e2d}cd\u{4e2d}", "\u{4e2d}", Some(3), Some(3)),
        -1
    );
    assert_eq!(
        count("ab\u{4e2d}cd\u{4e2d}", "\u{4e2d}", Some(3), Some(3)),
        0
    );
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "\u{4e2d}", Some(3), Some(3)),
        false
    );
    assert_eq!(
        endswith("ab\u{4e2d}cd\u{4e2d}", "\u{4e2d}", Some(3), Some(3)),
        false
    );
    assert_eq!(find("ab\u{4e2d}cd\u{4e2d}", "\u{4e2d}", Some(-10), None), 2);
    assert_eq!(
        rfind("ab\u{4e2d}cd\u{4e2d}", "\u{4e2d}", Some(-10), None),
        5
    );
    assert_eq!(
        count("ab\u{4e2d}cd\u{4e2d}", "\u{4e2d}", Some(-10), None),
        2
    );
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "\u{4e2d}", Some(-10), None),
        false
    );
    assert_eq!(
        endswith("ab\u{4e2d}cd\u{4e2d}", "\u{4e2d}", Some(-10), None),
        true
    );
    assert_eq!(
        find("ab\u{4e2d}cd\u{4e2d}", "\u{4e2d}", Some(-10), Some(0)),
        -1
    );
    assert_eq!(
        rfind("ab\u{4e2d}cd\u{4e2d}", "\u{4e2d}", Some(-10), Some(0)),
        -1
    );
    assert_eq!(
        count("ab\u{4e2d}cd\u{4e2d}", "\u{4e2d}", Some(-10), Some(0)),
        0
    );
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "\u{4e2d}", Some(-10), Some(0)),
        false
    );
    assert_eq!(
        endswith("ab\u{4e2d}cd\u{4e2d}", "\u{4e2d}", Some(-10), Some(0)),
        false
    );
    assert_eq!(
        find("ab\u{4e2d}cd\u{4e2d}", "\u{4e2d}", Some(-10), Some(-2)),
        2
    );
    assert_eq!(
        rfind("ab\u{4e2d}cd\u{4e2d}", "\u{4e2d}", Some(-10), Some(-2)),
        2
    );
    assert_eq!(
        count("ab\u{4e2d}cd\u{4e2d}", "\u{4e2d}", Some(-10), Some(-2)),
        1
    );
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "\u{4e2d}", Some(-10), Some(-2)),
        false
    );
    assert_eq!(
        endswith("ab\u{4e2d}cd\u{4e2d}", "\u{4e2d}", Some(-10), Some(-2)),
        false
    );
    assert_eq!(
        find("ab\u{4e2d}cd\u{4e2d}", "\u{4e2d}", Some(0), Some(5)),
        2
    );
    assert_eq!(
        rfind("ab\u{4e2d}cd\u{4e2d}", "\u{4e2d}", Some(0), Some(5)),
        2
    );
    assert_eq!(
        count("ab\u{4e2d}cd\u{4e2d}", "\u{4e2d}", Some(0), Some(5)),
        1
    );
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "\u{4e2d}", Some(0), Some(5)),
        false
    );
    assert_eq!(
        endswith("ab\u{4e2d}cd\u{4e2d}", "\u{4e2d}", Some(0), Some(5)),
        false
    );
    assert_eq!(find("ab\u{4e2d}cd\u{4e2d}", "\u{4e2d}", Some(0), None), 2);
    assert_eq!(rfind("ab\u{4e2d}cd\u{4e2d}", "\u{4e2d}", Some(0), None), 5);
    assert_eq!(count("ab\u{4e2d}cd\u{4e2d}", "\u{4e2d}", Some(0), None), 2);
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "\u{4e2d}", Some(0), None),
        false
    );
    assert_eq!(
        endswith("ab\u{4e2d}cd\u{4e2d}", "\u{4e2d}", Some(0), None),
        true
    );
    assert_eq!(
        find("ab\u{4e2d}cd\u{4e2d}", "\u{4e2d}", Some(0), Some(-2)),
        2
    );
    assert_eq!(
        rfind("ab\u{4e2d}cd\u{4e2d}", "\u{4e2d}", Some(0), Some(-2)),
        2
    );
    assert_eq!(
        count("ab\u{4e2d}cd\u{4e2d}", "\u{4e2d}", Some(0), Some(-2)),
        1
    );
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "\u{4e2d}", Some(0), Some(-2)),
        false
    );
    assert_eq!(
        endswith("ab\u{4e2d}cd\u{4e2d}", "\u{4e2d}", Some(0), Some(-2)),
        false
    );
    assert_eq!(
        find("ab\u{4e2d}cd\u{4e2d}", "\u{4e2d}", Some(-2), Some(-2)),
        -1
    );
    assert_eq!(
        rfind("ab\u{4e2d}cd\u{4e2d}", "\u{4e2d}", Some(-2), Some(-2)),
        -1
    );
    assert_eq!(
        count("ab\u{4e2d}cd\u{4e2d}", "\u{4e2d}", Some(-2), Some(-2)),
        0
    );
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "\u{4e2d}", Some(-2), Some(-2)),
        false
    );
    assert_eq!(
        endswith("ab\u{4e2d}cd\u{4e2d}", "\u{4e2d}", Some(-2), Some(-2)),
        false
    );
    assert_eq!(
        find("ab\u{4e2d}cd\u{4e2d}", "\u{4e2d}", Some(-2), Some(5)),
        -1
    );
    assert_eq!(
        rfind("ab\u{4e2d}cd\u{4e2d}", "\u{4e2d}", Some(-2), Some(5)),
        -1
    );
    assert_eq!(
        count("ab\u{4e2d}cd\u{4e2d}", "\u{4e2d}", Some(-2), Some(5)),
        0
    );
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "\u{4e2d}", Some(-2), Some(5)),
        false
    );
    assert_eq!(
        endswith("ab\u{4e2d}cd\u{4e2d}", "\u{4e2d}", Some(-2), Some(5)),
        false
    );
    assert_eq!(
        find("ab\u{4e2d}cd\u{4e2d}", "\u{4e2d}", Some(-2), Some(0)),
        -1
    );
    assert_eq!(
        rfind("ab\u{4e2d}cd\u{4e2d}", "\u{4e2d}", Some(-2), Some(0)),
        -1
    );
    assert_eq!(
        count("ab\u{4e2d}cd\u{4e2d}", "\u{4e2d}", Some(-2), Some(0)),
        0
    );
    assert_eq!(
        startswith("ab\u{4e2d}cd\u{4e2d}", "\u{4e2d}", Some(-2), Some(0)),
        false
    );
    assert_eq!(
        endswith("ab\u{4e2d}cd\u{4e2d}", "\u{4e2d}", Some(-2), Some(0)),
        false
    );
    assert_eq!(
        index("abc", "d", None, None),
        Err(TextError::Value("substring not found".into()))
    );
    assert_eq!(rindex("abcb", "b", None, None), Ok(3));
    assert_eq!(replace("abc", "", "-", -1).unwrap(), "-a-b-c-");
    assert_eq!(replace("abc", "", "-", 2).unwrap(), "-a-bc");
    assert_eq!(replace("aaa", "a", "b", -1).unwrap(), "bbb");
    assert_eq!(replace("aaa", "a", "bb", 2).unwrap(), "bbbba");
    assert_eq!(replace("", "", "x", -1).unwrap(), "x");
    assert_eq!(
        replace("\u{e9}\u{e9}\u{e9}", "\u{e9}", "e", 2).unwrap(),
        "ee\u{e9}"
    );
    assert_eq!(replace("abc", "x", "y", -1).unwrap(), "abc");
    assert_eq!(replace("abab", "ab", "", -1).unwrap(), "");
    assert_eq!(replace("abc", "", "", 3).unwrap(), "abc");
    assert_eq!(replace("a", "", "xy", 0).unwrap(), "a");
    assert_eq!(split(" a  b  c ", None, -1).unwrap(), vec!["a", "b", "c"]);
    assert_eq!(rsplit(" a  b  c ", None, -1).unwrap(), vec!["a", "b", "c"]);
    assert_eq!(split(" a  b  c ", None, 0).unwrap(), vec!["a  b  c "]);
    assert_eq!(rsplit(" a  b  c ", None, 0).unwrap(), vec![" a  b  c"]);
    assert_eq!(split(" a  b  c ", None, 1).unwrap(), vec!["a", "b  c "]);
    assert_eq!(rsplit(" a  b  c ", None, 1).unwrap(), vec![" a  b", "c"]);
    assert_eq!(split(" a  b  c ", None, 2).unwrap(), vec!["a", "b", "c "]);
    assert_eq!(rsplit(" a  b  c ", None, 2).unwrap(), vec![" a", "b", "c"]);
    assert_eq!(
        split(" a  b  c ", Some(","), -1).unwrap(),
        vec![" a  b  c "]
    );
    assert_eq!(
        rsplit(" a  b  c ", Some(","), -1).unwrap(),
        vec![" a  b  c "]
    );
    assert_eq!(split(" a  b  c ", Some(","), 0).unwrap(), vec![" a  b  c "]);
    assert_eq!(
        rsplit(" a  b  c ", Some(","), 0).unwrap(),
        vec![" a  b  c "]
    );
    assert_eq!(split(" a  b  c ", Some(","), 1).unwrap(), vec![" a  b  c "]);
    assert_eq!(
        rsplit(" a  b  c ", Some(","), 1).unwrap(),
        vec![" a  b  c "]
    );
    assert_eq!(split(" a  b  c ", Some(","), 2).unwrap(), vec![" a  b  c "]);
    assert_eq!(
        rsplit(" a  b  c ", Some(","), 2).unwrap(),
        vec![" a  b  c "]
    );
    assert_eq!(
        split(" a  b  c ", Some(" "), -1).unwrap(),
        vec!["", "a", "", "b", "", "c", ""]
    );
    assert_eq!(
        rsplit(" a  b  c ", Some(" "), -1).unwrap(),
        vec!["", "a", "", "b", "", "c", ""]
    );
    assert_eq!(split(" a  b  c ", Some(" "), 0).unwrap(), vec![" a  b  c "]);
    assert_eq!(
        rsplit(" a  b  c ", Some(" "), 0).unwrap(),
        vec![" a  b  c "]
    );
    assert_eq!(
        split(" a  b  c ", Some(" "), 1).unwrap(),
        vec!["", "a  b  c "]
    );
    assert_eq!(
        rsplit(" a  b  c ", Some(" "), 1).unwrap(),
        vec![" a  b  c", ""]
    );
    assert_eq!(
        split(" a  b  c ", Some(" "), 2).unwrap(),
        vec!["", "a", " b  c "]
    );
    assert_eq!(
        rsplit(" a  b  c ", Some(" "), 2).unwrap(),
        vec![" a  b ", "c", ""]
    );
    assert_eq!(
        split(" a  b  c ", Some(",,"), -1).unwrap(),
        vec![" a  b  c "]
    );
    assert_eq!(
        rsplit(" a  b  c ", Some(",,"), -1).unwrap(),
        vec![" a  b  c "]
    );
    assert_eq!(
        split(" a  b  c ", Some(",,"), 0).unwrap(),
        vec![" a  b  c "]
    );
    assert_eq!(
        rsplit(" a  b  c ", Some(",,"), 0).unwrap(),
        vec![" a  b  c "]
    );
    assert_eq!(
        split(" a  b  c ", Some(",,"), 1).unwrap(),
        vec![" a  b  c "]
    );
    assert_eq!(
        rsplit(" a  b  c ", Some(",,"), 1).unwrap(),
        vec![" a  b  c "]
    );
    assert_eq!(
        split(" a  b  c ", Some(",,"), 2).unwrap(),
        vec![" a  b  c "]
    );
    assert_eq!(
        rsplit(" a  b  c ", Some(",,"), 2).unwrap(),
        vec![" a  b  c "]
    );
    assert_eq!(split("a,b,,c", None, -1).unwrap(), vec!["a,b,,c"]);
    assert_eq!(rsplit("a,b,,c", None, -1).unwrap(), vec!["a,b,,c"]);
    assert_eq!(split("a,b,,c", None, 0).unwrap(), vec!["a,b,,c"]);
    assert_eq!(rsplit("a,b,,c", None, 0).unwrap(), vec!["a,b,,c"]);
    assert_eq!(split("a,b,,c", None, 1).unwrap(), vec!["a,b,,c"]);
    assert_eq!(rsplit("a,b,,c", None, 1).unwrap(), vec!["a,b,,c"]);
    assert_eq!(split("a,b,,c", None, 2).unwrap(), vec!["a,b,,c"]);
    assert_eq!(rsplit("a,b,,c", None, 2).unwrap(), vec!["a,b,,c"]);
    assert_eq!(
        split("a,b,,c", Some(","), -1).unwrap(),
        vec!["a", "b", "", "c"]
    );
    assert_eq!(
        rsplit("a,b,,c", Some(","), -1).unwrap(),
        vec!["a", "b", "", "c"]
    );
    assert_eq!(split("a,b,,c", Some(","), 0).unwrap(), vec!["a,b,,c"]);
    assert_eq!(rsplit("a,b,,c", Some(","), 0).unwrap(), vec!["a,b,,c"]);
    assert_eq!(split("a,b,,c", Some(","), 1).unwrap(), vec!["a", "b,,c"]);
    assert_eq!(rsplit("a,b,,c", Some(","), 1).unwrap(), vec!["a,b,", "c"]);
    assert_eq!(split("a,b,,c", Some(","), 2).unwrap(), vec!["a", "b", ",c"]);
    assert_eq!(
        rsplit("a,b,,c", Some(","), 2).unwrap(),
        vec!["a,b", "", "c"]
    );
    assert_eq!(split("a,b,,c", Some(" "), -1).unwrap(), vec!["a,b,,c"]);
    assert_eq!(rsplit("a,b,,c", Some(" "), -1).unwrap(), vec!["a,b,,c"]);
    assert_eq!(split("a,b,,c", Some(" "), 0).unwrap(), vec!["a,b,,c"]);
    assert_eq!(rsplit("a,b,,c", Some(" "), 0).unwrap(), vec!["a,b,,c"]);
    assert_eq!(split("a,b,,c", Some(" "), 1).unwrap(), vec!["a,b,,c"]);
    assert_eq!(rsplit("a,b,,c", Some(" "), 1).unwrap(), vec!["a,b,,c"]);
    assert_eq!(split("a,b,,c", Some(" "), 2).unwrap(), vec!["a,b,,c"]);
    assert_eq!(rsplit("a,b,,c", Some(" "), 2).unwrap(), vec!["a,b,,c"]);
    assert_eq!(split("a,b,,c", Some(",,"), -1).unwrap(), vec!["a,b", "c"]);
    assert_eq!(rsplit("a,b,,c", Some(",,"), -1).unwrap(), vec!["a,b", "c"]);
    assert_eq!(split("a,b,,c", Some(",,"), 0).unwrap(), vec!["a,b,,c"]);
    assert_eq!(rsplit("a,b,,c", Some(",,"), 0).unwrap(), vec!["a,b,,c"]);
    assert_eq!(split("a,b,,c", Some(",,"), 1).unwrap(), vec!["a,b", "c"]);
    assert_eq!(rsplit("a,b,,c", Some(",,"), 1).unwrap(), vec!["a,b", "c"]);
    assert_eq!(split("a,b,,c", Some(",,"), 2).unwrap(), vec!["a,b", "c"]);
    assert_eq!(rsplit("a,b,,c", Some(",,"), 2).unwrap(), vec!["a,b", "c"]);
    assert_eq!(split("", None, -1).unwrap(), Vec::<&str>::new());
    assert_eq!(rsplit("", None, -1).unwrap(), Vec::<&str>::new());
    assert_eq!(split("", None, 0).unwrap(), Vec::<&str>::new());
    assert_eq!(rsplit("", None, 0).unwrap(), Vec::<&str>::new());
    assert_eq!(split("", None, 1).unwrap(), Vec::<&str>::new());
    assert_eq!(rsplit("", None, 1).unwrap(), Vec::<&str>::new());
    assert_eq!(split("", None, 2).unwrap(), Vec::<&str>::new());
    assert_eq!(rsplit("", None, 2).unwrap(), Vec::<&str>::new());
    assert_eq!(split("", Some(","), -1).unwrap(), vec![""]);
    assert_eq!(rsplit("", Some(","), -1).unwrap(), vec![""]);
    assert_eq!(split("", Some(","), 0).unwrap(), vec![""]);
    assert_eq!(rsplit("", Some(","), 0).unwrap(), vec![""]);
    assert_eq!(split("", Some(","), 1).unwrap(), vec![""]);
    assert_eq!(rsplit("", Some(","), 1).unwrap(), vec![""]);
    assert_eq!(split("", Some(","), 2).unwrap(), vec![""]);
    assert_eq!(rsplit("", Some(","), 2).unwrap(), vec![""]);
    assert_eq!(split("", Some(" "), -1).unwrap(), vec![""]);
    assert_eq!(rsplit("", Some(" "), -1).unwrap(), vec![""]);
    assert_eq!(split("", Some(" "), 0).unwrap(), vec![""]);
    assert_eq!(rsplit("", Some(" "), 0).unwrap(), vec![""]);
    assert_eq!(split("", Some(" "), 1).unwrap(), vec![""]);
    assert_eq!(rsplit("", Some(" "), 1).unwrap(), vec![""]);
    assert_eq!(split("", Some(" "), 2).unwrap(), vec![""]);
    assert_eq!(rsplit("", Some(" "), 2).unwrap(), vec![""]);
    assert_eq!(split("", Some(",,"), -1).unwrap(), vec![""]);
    assert_eq!(rsplit("", Some(",,"), -1).unwrap(), vec![""]);
    assert_eq!(split("", Some(",,"), 0).unwrap(), vec![""]);
    assert_eq!(rsplit("", Some(",,"), 0).unwrap(), vec![""]);
    assert_eq!(split("", Some(",,"), 1).unwrap(), vec![""]);
    assert_eq!(rsplit("", Some(",,"), 1).unwrap(), vec![""]);
    assert_eq!(split("", Some(",,"), 2).unwrap(), vec![""]);
    assert_eq!(rsplit("", Some(",,"), 2).unwrap(), vec![""]);
    assert_eq!(split("  ", None, -1).unwrap(), Vec::<&str>::new());
    assert_eq!(rsplit("  ", None, -1).unwrap(), Vec::<&str>::new());
    assert_eq!(split("  ", None, 0).unwrap(), Vec::<&str>::new());
    assert_eq!(rsplit("  ", None, 0).unwrap(), Vec::<&str>::new());
    assert_eq!(split("  ", None, 1).unwrap(), Vec::<&str>::new());
    assert_eq!(rsplit("  ", None, 1).unwrap(), Vec::<&str>::new());
    assert_eq!(split("  ", None, 2).unwrap(), Vec::<&str>::new());
    assert_eq!(rsplit("  ", None, 2).unwrap(), Vec::<&str>::new());
    assert_eq!(split("  ", Some(","), -1).unwrap(), vec!["  "]);
    assert_eq!(rsplit("  ", Some(","), -1).unwrap(), vec!["  "]);
    assert_eq!(split("  ", Some(","), 0).unwrap(), vec!["  "]);
    assert_eq!(rsplit("  ", Some(","), 0).unwrap(), vec!["  "]);
    assert_eq!(split("  ", Some(","), 1).unwrap(), vec!["  "]);
    assert_eq!(rsplit("  ", Some(","), 1).unwrap(), vec!["  "]);
    assert_eq!(split("  ", Some(","), 2).unwrap(), vec!["  "]);
    assert_eq!(rsplit("  ", Some(","), 2).unwrap(), vec!["  "]);
    assert_eq!(split("  ", Some(" "), -1).unwrap(), vec!["", "", ""]);
    assert_eq!(rsplit("  ", Some(" "), -1).unwrap(), vec!["", "", ""]);
    assert_eq!(split("  ", Some(" "), 0).unwrap(), vec!["  "]);
    assert_eq!(rsplit("  ", Some(" "), 0).unwrap(), vec!["  "]);
    assert_eq!(split("  ", Some(" "), 1).unwrap(), vec!["", " "]);
    assert_eq!(rsplit("  ", Some(" "), 1).unwrap(), vec![" ", ""]);
    assert_eq!(split("  ", Some(" "), 2).unwrap(), vec!["", "", ""]);
    assert_eq!(rsplit("  ", Some(" "), 2).unwrap(), vec!["", "", ""]);
    assert_eq!(split("  ", Some(",,"), -1).unwrap(), vec!["  "]);
    assert_eq!(rsplit("  ", Some(",,"), -1).unwrap(), vec!["  "]);
    assert_eq!(split("  ", Some(",,"), 0).unwrap(), vec!["  "]);
    assert_eq!(rsplit("  ", Some(",,"), 0).unwrap(), vec!["  "]);
    assert_eq!(split("  ", Some(",,"), 1).unwrap(), vec!["  "]);
    assert_eq!(rsplit("  ", Some(",,"), 1).unwrap(), vec!["  "]);
    assert_eq!(split("  ", Some(",,"), 2).unwrap(), vec!["  "]);
    assert_eq!(rsplit("  ", Some(",,"), 2).unwrap(), vec!["  "]);
    assert_eq!(split("a b", None, -1).unwrap(), vec!["a", "b"]);
    assert_eq!(rsplit("a b", None, -1).unwrap(), vec!["a", "b"]);
    assert_eq!(split("a b", None, 0).unwrap(), vec!["a b"]);
    assert_eq!(rsplit("a b", None, 0).unwrap(), vec!["a b"]);
    assert_eq!(split("a b", None, 1).unwrap(), vec!["a", "b"]);
    assert_eq!(rsplit("a b", None, 1).unwrap(), vec!["a", "b"]);
    assert_eq!(split("a b", None, 2).unwrap(), vec!["a", "b"]);
    assert_eq!(rsplit("a b", None, 2).unwrap(), vec!["a", "b"]);
    assert_eq!(split("a b", Some(","), -1).unwrap(), vec!["a b"]);
    assert_eq!(rsplit("a b", Some(","), -1).unwrap(), vec!["a b"]);
    assert_eq!(split("a b", Some(","), 0).unwrap(), vec!["a b"]);
    assert_eq!(rsplit("a b", Some(","), 0).unwrap(), vec!["a b"]);
    assert_eq!(split("a b", Some(","), 1).unwrap(), vec!["a b"]);
    assert_eq!(rsplit("a b", Some(","), 1).unwrap(), vec!["a b"]);
    assert_eq!(split("a b", Some(","), 2).unwrap(), vec!["a b"]);
    assert_eq!(rsplit("a b", Some(","), 2).unwrap(), vec!["a b"]);
    assert_eq!(split("a b", Some(" "), -1).unwrap(), vec!["a", "b"]);
    assert_eq!(rsplit("a b", Some(" "), -1).unwrap(), vec!["a", "b"]);
    assert_eq!(split("a b", Some(" "), 0).unwrap(), vec!["a b"]);
    assert_eq!(rsplit("a b", Some(" "), 0).unwrap(), vec!["a b"]);
    assert_eq!(split("a b", Some(" "), 1).unwrap(), vec!["a", "b"]);
    assert_eq!(rsplit("a b", Some(" "), 1).unwrap(), vec!["a", "b"]);
    assert_eq!(split("a b", Some(" "), 2).unwrap(), vec!["a", "b"]);
    assert_eq!(rsplit("a b", Some(" "), 2).unwrap(), vec!["a", "b"]);
    assert_eq!(split("a b", Some(",,"), -1).unwrap(), vec!["a b"]);
    assert_eq!(rsplit("a b", Some(",,"), -1).unwrap(), vec!["a b"]);
    assert_eq!(split("a b", Some(",,"), 0).unwrap(), vec!["a b"]);
    assert_eq!(rsplit("a b", Some(",,"), 0).unwrap(), vec!["a b"]);
    assert_eq!(split("a b", Some(",,"), 1).unwrap(), vec!["a b"]);
    assert_eq!(rsplit("a b", Some(",,"), 1).unwrap(), vec!["a b"]);
    assert_eq!(split("a b", Some(",,"), 2).unwrap(), vec!["a b"]);
    assert_eq!(rsplit("a b", Some(",,"), 2).unwrap(), vec!["a b"]);
    assert_eq!(
        split("\u{3000}x\u{2003}y\u{1c}z\u{85}", None, -1).unwrap(),
        vec!["x", "y", "z"]
    );
    assert_eq!(
        rsplit("\u{3000}x\u{2003}y\u{1c}z\u{85}", None, -1).unwrap(),
        vec!["x", "y", "z"]
    );
    assert_eq!(
        split("\u{3000}x\u{2003}y\u{1c}z\u{85}", None, 0).unwrap(),
        vec!["x\u{2003}y\u{1c}z\u{85}"]
    );
    assert_eq!(
        rsplit("\u{3000}x\u{2003}y\u{1c}z\u{85}", None, 0).unwrap(),
        vec!["\u{3000}x\u{2003}y\u{1c}z"]
    );
    assert_eq!(
        split("\u{3000}x\u{2003}y\u{1c}z\u{85}", None, 1).unwrap(),
        vec!["x", "y\u{1c}z\u{85}"]
    );
    assert_eq!(
        rsplit("\u{3000}x\u{2003}y\u{1c}z\u{85}", None, 1).unwrap(),
        vec!["\u{3000}x\u{2003}y", "z"]
    );
    assert_eq!(
        split("\u{3000}x\u{2003}y\u{1c}z\u{85}", None, 2).unwrap(),
        vec!["x", "y", "z\u{85}"]
    );
    assert_eq!(
        rsplit("\u{3000}x\u{2003}y\u{1c}z\u{85}", None, 2).unwrap(),
        vec!["\u{3000}x", "y", "z"]
    );
    assert_eq!(
        split("\u{3000}x\u{2003}y\u{1c}z\u{85}", Some(","), -1).unwrap(),
        vec!["\u{3000}x\u{2003}y\u{1c}z\u{85}"]
    );
    assert_eq!(
        rsplit("\u{3000}x\u{2003}y\u{1c}z\u{85}", Some(","), -1).unwrap(),
        vec!["\u{3000}x\u{2003}y\u{1c}z\u{85}"]
    );
    assert_eq!(
        split("\u{3000}x\u{2003}y\u{1c}z\u{85}", Some(","), 0).unwrap(),
        vec!["\u{3000}x\u{2003}y\u{1c}z\u{85}"]
    );
    assert_eq!(
        rsplit("\u{3000}x\u{2003}y\u{1c}z\u{85}", Some(","), 0).unwrap(),
        vec!["\u{3000}x\u{2003}y\u{1c}z\u{85}"]
    );
    assert_eq!(
        split("\u{3000}x\u{2003}y\u{1c}z\u{85}", Some(","), 1).unwrap(),
        vec!["\u{3000}x\u{2003}y\u{1c}z\u{85}"]
    );
    assert_eq!(
        rsplit("\u{3000}x\u{2003}y\u{1c}z\u{85}", Some(","), 1).unwrap(),
        vec!["\u{3000}x\u{2003}y\u{1c}z\u{85}"]
    );
    assert_eq!(
        split("\u{3000}x\u{2003}y\u{1c}z\u{85}", Some(","), 2).unwrap(),
        vec!["\u{3000}x\u{2003}y\u{1c}z\u{85}"]
    );
    assert_eq!(
        rsplit("\u{3000}x\u{2003}y\u{1c}z\u{85}", Some(","), 2).unwrap(),
        vec!["\u{3000}x\u{2003}y\u{1c}z\u{85}"]
    );
    assert_eq!(
        split("\u{3000}x\u{2003}y\u{1c}z\u{85}", Some(" "), -1).unwrap(),
        vec!["\u{3000}x\u{2003}y\u{1c}z\u{85}"]
    );
    assert_eq!(
        rsplit("\u{3000}x\u{2003}y\u{1c}z\u{85}", Some(" "), -1).unwrap(),
        vec!["\u{3000}x\u{2003}y\u{1c}z\u{85}"]
    );
    assert_eq!(
        split("\u{3000}x\u{2003}y\u{1c}z\u{85}", Some(" "), 0).unwrap(),
        vec!["\u{3000}x\u{2003}y\u{1c}z\u{85}"]
    );
    assert_eq!(
        rsplit("\u{3000}x\u{2003}y\u{1c}z\u{85}", Some(" "), 0).unwrap(),
        vec!["\u{3000}x\u{2003}y\u{1c}z\u{85}"]
    );
    assert_eq!(
        split("\u{3000}x\u{2003}y\u{1c}z\u{85}", Some(" "), 1).unwrap(),
        vec!["\u{3000}x\u{2003}y\u{1c}z\u{85}"]
    );
    assert_eq!(
        rsplit("\u{3000}x\u{2003}y\u{1c}z\u{85}", Some(" "), 1).unwrap(),
        vec!["\u{3000}x\u{2003}y\u{1c}z\u{85}"]
    );
    assert_eq!(
        split("\u{3000}x\u{2003}y\u{1c}z\u{85}", Some(" "), 2).unwrap(),
        vec!["\u{3000}x\u{2003}y\u{1c}z\u{85}"]
    );
    assert_eq!(
        rsplit("\u{3000}x\u{2003}y\u{1c}z\u{85}", Some(" "), 2).unwrap(),
        vec!["\u{3000}x\u{2003}y\u{1c}z\u{85}"]
    );
    assert_eq!(
        split("\u{3000}x\u{2003}y\u{1c}z\u{85}", Some(",,"), -1).unwrap(),
        vec!["\u{3000}x\u{2003}y\u{1c}z\u{85}"]
    );
    assert_eq!(
        rsplit("\u{3000}x\u{2003}y\u{1c}z\u{85}", Some(",,"), -1).unwrap(),
        vec!["\u{3000}x\u{2003}y\u{1c}z\u{85}"]
    );
    assert_eq!(
        split("\u{3000}x\u{2003}y\u{1c}z\u{85}", Some(",,"), 0).unwrap(),
        vec!["\u{3000}x\u{2003}y\u{1c}z\u{85}"]
    );
    assert_eq!(
        rsplit("\u{3000}x\u{2003}y\u{1c}z\u{85}", Some(",,"), 0).unwrap(),
        vec!["\u{3000}x\u{2003}y\u{1c}z\u{85}"]
    );
    assert_eq!(
        split("\u{3000}x\u{2003}y\u{1c}z\u{85}", Some(",,"), 1).unwrap(),
        vec!["\u{3000}x\u{2003}y\u{1c}z\u{85}"]
    );
    assert_eq!(
        rsplit("\u{3000}x\u{2003}y\u{1c}z\u{85}", Some(",,"), 1).unwrap(),
        vec!["\u{3000}x\u{2003}y\u{1c}z\u{85}"]
    );
    assert_eq!(
        split("\u{3000}x\u{2003}y\u{1c}z\u{85}", Some(",,"), 2).unwrap(),
        vec!["\u{3000}x\u{2003}y\u{1c}z\u{85}"]
    );
    assert_eq!(
        rsplit("\u{3000}x\u{2003}y\u{1c}z\u{85}", Some(",,"), 2).unwrap(),
        vec!["\u{3000}x\u{2003}y\u{1c}z\u{85}"]
    );
    assert_eq!(split("a, b, c", None, -1).unwrap(), vec!["a,", "b,", "c"]);
    assert_eq!(rsplit("a, b, c", None, -1).unwrap(), vec!["a,", "b,", "c"]);
    assert_eq!(split("a, b, c", None, 0).unwrap(), vec!["a, b, c"]);
    assert_eq!(rsplit("a, b, c", None, 0).unwrap(), vec!["a, b, c"]);
    assert_eq!(split("a, b, c", None, 1).unwrap(), vec!["a,", "b, c"]);
    assert_eq!(rsplit("a, b, c", None, 1).unwrap(), vec!["a, b,", "c"]);
    assert_eq!(split("a, b, c", None, 2).unwrap(), vec!["a,", "b,", "c"]);
    assert_eq!(rsplit("a, b, c", None, 2).unwrap(), vec!["a,", "b,", "c"]);
    assert_eq!(
        split("a, b, c", Some(","), -1).unwrap(),
        vec!["a", " b", " c"]
    );
    assert_eq!(
        rsplit("a, b, c", Some(","), -1).unwrap(),
        vec!["a", " b", " c"]
    );
    assert_eq!(split("a, b, c", Some(","), 0).unwrap(), vec!["a, b, c"]);
    assert_eq!(rsplit("a, b, c", Some(","), 0).unwrap(), vec!["a, b, c"]);
    assert_eq!(split("a, b, c", Some(","), 1).unwrap(), vec!["a", " b, c"]);
    assert_eq!(rsplit("a, b, c", Some(","), 1).unwrap(), vec!["a, b", " c"]);
    assert_eq!(
        split("a, b, c", Some(","), 2).unwrap(),
        vec!["a", " b", " c"]
    );
    assert_eq!(
        rsplit("a, b, c", Some(","), 2).unwrap(),
        vec!["a", " b", " c"]
    );
    assert_eq!(
        split("a, b, c", Some(" "), -1).unwrap(),
        vec!["a,", "b,", "c"]
    );
    assert_eq!(
        rsplit("a, b, c", Some(" "), -1).unwrap(),
        vec!["a,", "b,", "c"]
    );
    assert_eq!(split("a, b, c", Some(" "), 0).unwrap(), vec!["a, b, c"]);
    assert_eq!(rsplit("a, b, c", Some(" "), 0).unwrap(), vec!["a, b, c"]);
    assert_eq!(split("a, b, c", Some(" "), 1).unwrap(), vec!["a,", "b, c"]);
    assert_eq!(rsplit("a, b, c", Some(" "), 1).unwrap(), vec!["a, b,", "c"]);
    assert_eq!(
        split("a, b, c", Some(" "), 2).unwrap(),
        vec!["a,", "b,", "c"]
    );
    assert_eq!(
        rsplit("a, b, c", Some(" "), 2).unwrap(),
        vec!["a,", "b,", "c"]
    );
    assert_eq!(split("a, b, c", Some(",,"), -1).unwrap(), vec!["a, b, c"]);
    assert_eq!(rsplit("a, b, c", Some(",,"), -1).unwrap(), vec!["a, b, c"]);
    assert_eq!(split("a, b, c", Some(",,"), 0).unwrap(), vec!["a, b, c"]);
    assert_eq!(rsplit("a, b, c", Some(",,"), 0).unwrap(), vec!["a, b, c"]);
    assert_eq!(split("a, b, c", Some(",,"), 1).unwrap(), vec!["a, b, c"]);
    assert_eq!(rsplit("a, b, c", Some(",,"), 1).unwrap(), vec!["a, b, c"]);
    assert_eq!(split("a, b, c", Some(",,"), 2).unwrap(), vec!["a, b, c"]);
    assert_eq!(rsplit("a, b, c", Some(",,"), 2).unwrap(), vec!["a, b, c"]);
    assert_eq!(split("x,,y,,", None, -1).unwrap(), vec!["x,,y,,"]);
    assert_eq!(rsplit("x,,y,,", None, -1).unwrap(), vec!["x,,y,,"]);
    assert_eq!(split("x,,y,,", None, 0).unwrap(), vec!["x,,y,,"]);
    assert_eq!(rsplit("x,,y,,", None, 0).unwrap(), vec!["x,,y,,"]);
    assert_eq!(split("x,,y,,", None, 1).unwrap(), vec!["x,,y,,"]);
    assert_eq!(rsplit("x,,y,,", None, 1).unwrap(), vec!["x,,y,,"]);
    assert_eq!(split("x,,y,,", None, 2).unwrap(), vec!["x,,y,,"]);
    assert_eq!(rsplit("x,,y,,", None, 2).unwrap(), vec!["x,,y,,"]);
    assert_eq!(
        split("x,,y,,", Some(","), -1).unwrap(),
        vec!["x", "", "y", "", ""]
    );
    assert_eq!(
        rsplit("x,,y,,", Some(","), -1).unwrap(),
        vec!["x", "", "y", "", ""]
    );
    assert_eq!(split("x,,y,,", Some(","), 0).unwrap(), vec!["x,,y,,"]);
    assert_eq!(rsplit("x,,y,,", Some(","), 0).unwrap(), vec!["x,,y,,"]);
    assert_eq!(split("x,,y,,", Some(","), 1).unwrap(), vec!["x", ",y,,"]);
    assert_eq!(rsplit("x,,y,,", Some(","), 1).unwrap(), vec!["x,,y,", ""]);
    assert_eq!(split("x,,y,,", Some(","), 2).unwrap(), vec!["x", "", "y,,"]);
    assert_eq!(
        rsplit("x,,y,,", Some(","), 2).unwrap(),
        vec!["x,,y", "", ""]
    );
    assert_eq!(split("x,,y,,", Some(" "), -1).unwrap(), vec!["x,,y,,"]);
    assert_eq!(rsplit("x,,y,,", Some(" "), -1).unwrap(), vec!["x,,y,,"]);
    assert_eq!(split("x,,y,,", Some(" "), 0).unwrap(), vec!["x,,y,,"]);
    assert_eq!(rsplit("x,,y,,", Some(" "), 0).unwrap(), vec!["x,,y,,"]);
    assert_eq!(split("x,,y,,", Some(" "), 1).unwrap(), vec!["x,,y,,"]);
    assert_eq!(rsplit("x,,y,,", Some(" "), 1).unwrap(), vec!["x,,y,,"]);
    assert_eq!(split("x,,y,,", Some(" "), 2).unwrap(), vec!["x,,y,,"]);
    assert_eq!(rsplit("x,,y,,", Some(" "), 2).unwrap(), vec!["x,,y,,"]);
    assert_eq!(split("x,,y,,", Some(",,"), -1).unwrap(), vec!["x", "y", ""]);
    assert_eq!(
        rsplit("x,,y,,", Some(",,"), -1).unwrap(),
        vec!["x", "y", ""]
    );
    assert_eq!(split("x,,y,,", Some(",,"), 0).unwrap(), vec!["x,,y,,"]);
    assert_eq!(rsplit("x,,y,,", Some(",,"), 0).unwrap(), vec!["x,,y,,"]);
    assert_eq!(split("x,,y,,", Some(",,"), 1).unwrap(), vec!["x", "y,,"]);
    assert_eq!(rsplit("x,,y,,", Some(",,"), 1).unwrap(), vec!["x,,y", ""]);
    assert_eq!(split("x,,y,,", Some(",,"), 2).unwrap(), vec!["x", "y", ""]);
    assert_eq!(rsplit("x,,y,,", Some(",,"), 2).unwrap(), vec!["x", "y", ""]);
    assert_eq!(
        split("\u{e9} \u{e9}", None, -1).unwrap(),
        vec!["\u{e9}", "\u{e9}"]
    );
    assert_eq!(
        rsplit("\u{e9} \u{e9}", None, -1).unwrap(),
        vec!["\u{e9}", "\u{e9}"]
    );
    assert_eq!(
        split("\u{e9} \u{e9}", None, 0).unwrap(),
        vec!["\u{e9} \u{e9}"]
    );
    assert_eq!(
        rsplit("\u{e9} \u{e9}", None, 0).unwrap(),
        vec!["\u{e9} \u{e9}"]
    );
    assert_eq!(
        split("\u{e9} \u{e9}", None, 1).unwrap(),
        vec!["\u{e9}", "\u{e9}"]
    );
    assert_eq!(
        rsplit("\u{e9} \u{e9}", None, 1).unwrap(),
        vec!["\u{e9}", "\u{e9}"]
    );
    assert_eq!(
        split("\u{e9} \u{e9}", None, 2).unwrap(),
        vec!["\u{e9}", "\u{e9}"]
    );
    assert_eq!(
        rsplit("\u{e9} \u{e9}", None, 2).unwrap(),
        vec!["\u{e9}", "\u{e9}"]
    );
    assert_eq!(
        split("\u{e9} \u{e9}", Some(","), -1).unwrap(),
        vec!["\u{e9} \u{e9}"]
    );
    assert_eq!(
        rsplit("\u{e9} \u{e9}", Some(","), -1).unwrap(),
        vec!["\u{e9} \u{e9}"]
    );
    assert_eq!(
        split("\u{e9} \u{e9}", Some(","), 0).unwrap(),
        vec!["\u{e9} \u{e9}"]
    );
    assert_eq!(
        rsplit("\u{e9} \u{e9}", Some(","), 0).unwrap(),
        vec!["\u{e9} \u{e9}"]
    );
    assert_eq!(
        split("\u{e9} \u{e9}", Some(","), 1).unwrap(),
        vec!["\u{e9} \u{e9}"]
    );
    assert_eq!(
        rsplit("\u{e9} \u{e9}", Some(","), 1).unwrap(),
        vec!["\u{e9} \u{e9}"]
    );
    assert_eq!(
        split("\u{e9} \u{e9}", Some(","), 2).unwrap(),
        vec!["\u{e9} \u{e9}"]
    );
    assert_eq!(
        rsplit("\u{e9} \u{e9}", Some(","), 2).unwrap(),
        vec!["\u{e9} \u{e9}"]
    );
    assert_eq!(
        split("\u{e9} \u{e9}", Some(" "), -1).unwrap(),
        vec!["\u{e9}", "\u{e9}"]
    );
    assert_eq!(
        rsplit("\u{e9} \u{e9}", Some(" "), -1).unwrap(),
        vec!["\u{e9}", "\u{e9}"]
    );
    assert_eq!(
        split("\u{e9} \u{e9}", Some(" "), 0).unwrap(),
        vec!["\u{e9} \u{e9}"]
    );
    assert_eq!(
        rsplit("\u{e9} \u{e9}", Some(" "), 0).unwrap(),
        vec!["\u{e9} \u{e9}"]
    );
    assert_eq!(
        split("\u{e9} \u{e9}", Some(" "), 1).unwrap(),
        vec!["\u{e9}", "\u{e9}"]
    );
    assert_eq!(
        rsplit("\u{e9} \u{e9}", Some(" "), 1).unwrap(),
        vec!["\u{e9}", "\u{e9}"]
    );
    assert_eq!(
        split("\u{e9} \u{e9}", Some(" "), 2).unwrap(),
        vec!["\u{e9}", "\u{e9}"]
    );
    assert_eq!(
        rsplit("\u{e9} \u{e9}", Some(" "), 2).unwrap(),
        vec!["\u{e9}", "\u{e9}"]
    );
    assert_eq!(
        split("\u{e9} \u{e9}", Some(",,"), -1).unwrap(),
        vec!["\u{e9} \u{e9}"]
    );
    assert_eq!(
        rsplit("\u{e9} \u{e9}", Some(",,"), -1).unwrap(),
        vec!["\u{e9} \u{e9}"]
    );
    assert_eq!(
        split("\u{e9} \u{e9}", Some(",,"), 0).unwrap(),
        vec!["\u{e9} \u{e9}"]
    );
    assert_eq!(
        rsplit("\u{e9} \u{e9}", Some(",,"), 0).unwrap(),
        vec!["\u{e9} \u{e9}"]
    );
    assert_eq!(
        split("\u{e9} \u{e9}", Some(",,"), 1).unwrap(),
        vec!["\u{e9} \u{e9}"]
    );
    assert_eq!(
        rsplit("\u{e9} \u{e9}", Some(",,"), 1).unwrap(),
        vec!["\u{e9} \u{e9}"]
    );
    assert_eq!(
        split("\u{e9} \u{e9}", Some(",,"), 2).unwrap(),
        vec!["\u{e9} \u{e9}"]
    );
    assert_eq!(
        rsplit("\u{e9} \u{e9}", Some(",,"), 2).unwrap(),
        vec!["\u{e9} \u{e9}"]
    );
    assert_eq!(
        split("a", Some(""), -1),
        Err(TextError::Value("empty separator".into()))
    );
    assert_eq!(
        splitlines(
            "a\u{a}b\u{d}\u{a}c\u{d}d\u{b}e\u{c}f\u{1c}g\u{1d}h\u{1e}i\u{85}j\u{2028}k\u{2029}l",
            false
        ),
        vec!["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"]
    );
    assert_eq!(
        splitlines(
            "a\u{a}b\u{d}\u{a}c\u{d}d\u{b}e\u{c}f\u{1c}g\u{1d}h\u{1e}i\u{85}j\u{2028}k\u{2029}l",
            true
        ),
        vec![
            "a\u{a}",
            "b\u{d}\u{a}",
            "c\u{d}",
            "d\u{b}",
            "e\u{c}",
            "f\u{1c}",
            "g\u{1d}",
            "h\u{1e}",
            "i\u{85}",
            "j\u{2028}",
            "k\u{2029}",
            "l"
        ]
    );
    assert_eq!(
        splitlines("a\u{a}\u{a}b\u{d}\u{a}", false),
        vec!["a", "", "b"]
    );
    assert_eq!(
        splitlines("a\u{a}\u{a}b\u{d}\u{a}", true),
        vec!["a\u{a}", "\u{a}", "b\u{d}\u{a}"]
    );
    assert_eq!(splitlines("", false), Vec::<&str>::new());
    assert_eq!(splitlines("", true), Vec::<&str>::new());
    assert_eq!(splitlines("x\u{a}", false), vec!["x"]);
    assert_eq!(splitlines("x\u{a}", true), vec!["x\u{a}"]);
    assert_eq!(splitlines("\u{d}\u{d}\u{a}\u{a}", false), vec!["", "", ""]);
    assert_eq!(
        splitlines("\u{d}\u{d}\u{a}\u{a}", true),
        vec!["\u{d}", "\u{d}\u{a}", "\u{a}"]
    );
    assert_eq!(splitlines("no break", false), vec!["no break"]);
    assert_eq!(splitlines("no break", true), vec!["no break"]);
    assert_eq!(strip("  abc  ", None), "abc");
    assert_eq!(lstrip("  abc  ", None), "abc  ");
    assert_eq!(rstrip("  abc  ", None), "  abc");
    assert_eq!(strip("  abc  ", Some("x")), "  abc  ");
    assert_eq!(lstrip("  abc  ", Some("x")), "  abc  ");
    assert_eq!(rstrip("  abc  ", Some("x")), "  abc  ");
    assert_eq!(strip("  abc  ", Some("ax")), "  abc  ");
    assert_eq!(lstrip("  abc  ", Some("ax")), "  abc  ");
    assert_eq!(rstrip("  abc  ", Some("ax")), "  abc  ");
    assert_eq!(strip("  abc  ", Some("")), "  abc  ");
    assert_eq!(lstrip("  abc  ", Some("")), "  abc  ");
    assert_eq!(rstrip("  abc  ", Some("")), "  abc  ");
    assert_eq!(strip("\u{3000}\u{85}ab\u{2003}", None), "ab");
    assert_eq!(lstrip("\u{3000}\u{85}ab\u{2003}", None), "ab\u{2003}");
    assert_eq!(rstrip("\u{3000}\u{85}ab\u{2003}", None), "\u{3000}\u{85}ab");
    assert_eq!(
        strip("\u{3000}\u{85}ab\u{2003}", Some("x")),
        "\u{3000}\u{85}ab\u{2003}"
    );
    assert_eq!(
        lstrip("\u{3000}\u{85}ab\u{2003}", Some("x")),
        "\u{3000}\u{85}ab\u{2003}"
    );
    assert_eq!(
        rstrip("\u{3000}\u{85}ab\u{2003}", Some("x")),
        "\u{3000}\u{85}ab\u{2003}"
    );
    assert_eq!(
        strip("\u{3000}\u{85}ab\u{2003}", Some("ax")),
        "\u{3000}\u{85}ab\u{2003}"
    );
    assert_eq!(
        lstrip("\u{3000}\u{85}ab\u{2003}", Some("ax")),
        "\u{3000}\u{85}ab\u{2003}"
    );
    assert_eq!(
        rstrip("\u{3000}\u{85}ab\u{2003}", Some("ax")),
        "\u{3000}\u{85}ab\u{2003}"
    );
    assert_eq!(
        strip("\u{3000}\u{85}ab\u{2003}", Some("")),
        "\u{3000}\u{85}ab\u{2003}"
    );
    assert_eq!(
        lstrip("\u{3000}\u{85}ab\u{2003}", Some("")),
        "\u{3000}\u{85}ab\u{2003}"
    );
    assert_eq!(
        rstrip("\u{3000}\u{85}ab\u{2003}", Some("")),
        "\u{3000}\u{85}ab\u{2003}"
    );
    assert_eq!(strip("xxaxx", None), "xxaxx");
    assert_eq!(lstrip("xxaxx", None), "xxaxx");
    assert_eq!(rstrip("xxaxx", None), "xxaxx");
    assert_eq!(strip("xxaxx", Some("x")), "a");
    assert_eq!(lstrip("xxaxx", Some("x")), "axx");
    assert_eq!(rstrip("xxaxx", Some("x")), "xxa");
    assert_eq!(strip("xxaxx", Some("ax")), "");
    assert_eq!(lstrip("xxaxx", Some("ax")), "");
    assert_eq!(rstrip("xxaxx", Some("ax")), "");
    assert_eq!(strip("xxaxx", Some("")), "xxaxx");
    assert_eq!(lstrip("xxaxx", Some("")), "xxaxx");
    assert_eq!(rstrip("xxaxx", Some("")), "xxaxx");
    assert_eq!(strip("", None), "");
    assert_eq!(lstrip("", None), "");
    assert_eq!(rstrip("", None), "");
    assert_eq!(strip("", Some("x")), "");
    assert_eq!(lstrip("", Some("x")), "");
    assert_eq!(rstrip("", Some("x")), "");
    assert_eq!(strip("", Some("ax")), "");
    assert_eq!(lstrip("", Some("ax")), "");
    assert_eq!(rstrip("", Some("ax")), "");
    assert_eq!(strip("", Some("")), "");
    assert_eq!(lstrip("", Some("")), "");
    assert_eq!(rstrip("", Some("")), "");
    assert_eq!(strip("abc", None), "abc");
    assert_eq!(lstrip("abc", None), "abc");
    assert_eq!(rstrip("abc", None), "abc");
    assert_eq!(strip("abc", Some("x")), "abc");
    assert_eq!(lstrip("abc", Some("x")), "abc");
    assert_eq!(rstrip("abc", Some("x")), "abc");
    assert_eq!(strip("abc", Some("ax")), "bc");
    assert_eq!(lstrip("abc", Some("ax")), "bc");
    assert_eq!(rstrip("abc", Some("ax")), "abc");
    assert_eq!(strip("abc", Some("")), "abc");
    assert_eq!(lstrip("abc", Some("")), "abc");
    assert_eq!(rstrip("abc", Some("")), "abc");
    assert_eq!(partition("a,b,c", ",").unwrap(), ("a", ",", "b,c"));
    assert_eq!(rpartition("a,b,c", ",").unwrap(), ("a,b", ",", "c"));
    assert_eq!(partition("abc", ",").unwrap(), ("abc", "", ""));
    assert_eq!(rpartition("abc", ",").unwrap(), ("", "", "abc"));
    assert_eq!(partition("", ",").unwrap(), ("", "", ""));
    assert_eq!(rpartition("", ",").unwrap(), ("", "", ""));
    assert_eq!(partition(",", ",").unwrap(), ("", ",", ""));
    assert_eq!(rpartition(",", ",").unwrap(), ("", ",", ""));
    assert_eq!(center("abc", -1, '*').unwrap(), "abc");
    assert_eq!(ljust("abc", -1, '*').unwrap(), "abc");
    assert_eq!(rjust("abc", -1, '*').unwrap(), "abc");
    assert_eq!(center("abc", 0, '*').unwrap(), "abc");
    assert_eq!(ljust("abc", 0, '*').unwrap(), "abc");
    assert_eq!(rjust("abc", 0, '*').unwrap(), "abc");
    assert_eq!(center("abc", 3, '*').unwrap(), "abc");
    assert_eq!(ljust("abc", 3, '*').unwrap(), "abc");
    assert_eq!(rjust("abc", 3, '*').unwrap(), "abc");
    assert_eq!(center("abc", 4, '*').unwrap(), "abc*");
    assert_eq!(ljust("abc", 4, '*').unwrap(), "abc*");
    assert_eq!(rjust("abc", 4, '*').unwrap(), "*abc");
    assert_eq!(center("abc", 5, '*').unwrap(), "*abc*");
    assert_eq!(ljust("abc", 5, '*').unwrap(), "abc**");
    assert_eq!(rjust("abc", 5, '*').unwrap(), "**abc");
    assert_eq!(center("abc", 6, '*').unwrap(), "*abc**");
    assert_eq!(ljust("abc", 6, '*').unwrap(), "abc***");
    assert_eq!(rjust("abc", 6, '*').unwrap(), "***abc");
    assert_eq!(center("abc", 7, '*').unwrap(), "**abc**");
    assert_eq!(ljust("abc", 7, '*').unwrap(), "abc****");
    assert_eq!(rjust("abc", 7, '*').unwrap(), "****abc");
    assert_eq!(center("abc", 8, '*').unwrap(), "**abc***");
    assert_eq!(ljust("abc", 8, '*').unwrap(), "abc*****");
    assert_eq!(rjust("abc", 8, '*').unwrap(), "*****abc");
    assert_eq!(center("ab", -1, '*').unwrap(), "ab");
    assert_eq!(ljust("ab", -1, '*').unwrap(), "ab");
    assert_eq!(rjust("ab", -1, '*').unwrap(), "ab");
    assert_eq!(center("ab", 0, '*').unwrap(), "ab");
    assert_eq!(ljust("ab", 0, '*').unwrap(), "ab");
    assert_eq!(rjust("ab", 0, '*').unwrap(), "ab");
    assert_eq!(center("ab", 3, '*').unwrap(), "*ab");
    assert_eq!(ljust("ab", 3, '*').unwrap(), "ab*");
    assert_eq!(rjust("ab", 3, '*').unwrap(), "*ab");
    assert_eq!(center("ab", 4, '*').unwrap(), "*ab*");
    assert_eq!(ljust("ab", 4, '*').unwrap(), "ab**");
    assert_eq!(rjust("ab", 4, '*').unwrap(), "**ab");
    assert_eq!(center("ab", 5, '*').unwrap(), "**ab*");
    assert_eq!(ljust("ab", 5, '*').unwrap(), "ab***");
    assert_eq!(rjust("ab", 5, '*').unwrap(), "***ab");
    assert_eq!(center("ab", 6, '*').unwrap(), "**ab**");
    assert_eq!(ljust("ab", 6, '*').unwrap(), "ab****");
    assert_eq!(rjust("ab", 6, '*').unwrap(), "****ab");
    assert_eq!(center("ab", 7, '*').unwrap(), "***ab**");
    assert_eq!(ljust("ab", 7, '*').unwrap(), "ab*****");
    assert_eq!(rjust("ab", 7, '*').unwrap(), "*****ab");
    assert_eq!(center("ab", 8, '*').unwrap(), "***ab***");
    assert_eq!(ljust("ab", 8, '*').unwrap(), "ab******");
    assert_eq!(rjust("ab", 8, '*').unwrap(), "******ab");
    assert_eq!(center("", -1, '*').unwrap(), "");
    assert_eq!(ljust("", -1, '*').unwrap(), "");
    assert_eq!(rjust("", -1, '*').unwrap(), "");
    assert_eq!(center("", 0, '*').unwrap(), "");
    assert_eq!(ljust("", 0, '*').unwrap(), "");
    assert_eq!(rjust("", 0, '*').unwrap(), "");
    assert_eq!(center("", 3, '*').unwrap(), "***");
    assert_eq!(ljust("", 3, '*').unwrap(), "***");
    assert_eq!(rjust("", 3, '*').unwrap(), "***");
    assert_eq!(center("", 4, '*').unwrap(), "****");
    assert_eq!(ljust("", 4, '*').unwrap(), "****");
    assert_eq!(rjust("", 4, '*').unwrap(), "****");
    assert_eq!(center("", 5, '*').unwrap(), "*****");
    assert_eq!(ljust("", 5, '*').unwrap(), "*****");
    assert_eq!(rjust("", 5, '*').unwrap(), "*****");
    assert_eq!(center("", 6, '*').unwrap(), "******");
    assert_eq!(ljust("", 6, '*').unwrap(), "******");
    assert_eq!(rjust("", 6, '*').unwrap(), "******");
    assert_eq!(center("", 7, '*').unwrap(), "*******");
    assert_eq!(ljust("", 7, '*').unwrap(), "*******");
    assert_eq!(rjust("", 7, '*').unwrap(), "*******");
    assert_eq!(center("", 8, '*').unwrap(), "********");
    assert_eq!(ljust("", 8, '*').unwrap(), "********");
    assert_eq!(rjust("", 8, '*').unwrap(), "********");
    assert_eq!(center("a", -1, '*').unwrap(), "a");
    assert_eq!(ljust("a", -1, '*').unwrap(), "a");
    assert_eq!(rjust("a", -1, '*').unwrap(), "a");
    assert_eq!(center("a", 0, '*').unwrap(), "a");
    assert_eq!(ljust("a", 0, '*').unwrap(), "a");
    assert_eq!(rjust("a", 0, '*').unwrap(), "a");
    assert_eq!(center("a", 3, '*').unwrap(), "*a*");
    assert_eq!(ljust("a", 3, '*').unwrap(), "a**");
    assert_eq!(rjust("a", 3, '*').unwrap(), "**a");
    assert_eq!(center("a", 4, '*').unwrap(), "*a**");
    assert_eq!(ljust("a", 4, '*').unwrap(), "a***");
    assert_eq!(rjust("a", 4, '*').unwrap(), "***a");
    assert_eq!(center("a", 5, '*').unwrap(), "**a**");
    assert_eq!(ljust("a", 5, '*').unwrap(), "a****");
    assert_eq!(rjust("a", 5, '*').unwrap(), "****a");
    assert_eq!(center("a", 6, '*').unwrap(), "**a***");
    assert_eq!(ljust("a", 6, '*').unwrap(), "a*****");
    assert_eq!(rjust("a", 6, '*').unwrap(), "*****a");
    assert_eq!(center("a", 7, '*').unwrap(), "***a***");
    assert_eq!(ljust("a", 7, '*').unwrap(), "a******");
    assert_eq!(rjust("a", 7, '*').unwrap(), "******a");
    assert_eq!(center("a", 8, '*').unwrap(), "***a****");
    assert_eq!(ljust("a", 8, '*').unwrap(), "a*******");
    assert_eq!(rjust("a", 8, '*').unwrap(), "*******a");
    assert_eq!(center("abcd", -1, '*').unwrap(), "abcd");
    assert_eq!(ljust("abcd", -1, '*').unwrap(), "abcd");
    assert_eq!(rjust("abcd", -1, '*').unwrap(), "abcd");
    assert_eq!(center("abcd", 0, '*').unwrap(), "abcd");
    assert_eq!(ljust("abcd", 0, '*').unwrap(), "abcd");
    assert_eq!(rjust("abcd", 0, '*').unwrap(), "abcd");
    assert_eq!(center("abcd", 3, '*').unwrap(), "abcd");
    assert_eq!(ljust("abcd", 3, '*').unwrap(), "abcd");
    assert_eq!(rjust("abcd", 3, '*').unwrap(), "abcd");
    assert_eq!(center("abcd", 4, '*').unwrap(), "abcd");
    assert_eq!(ljust("abcd", 4, '*').unwrap(), "abcd");
    assert_eq!(rjust("abcd", 4, '*').unwrap(), "abcd");
    assert_eq!(center("abcd", 5, '*').unwrap(), "*abcd");
    assert_eq!(ljust("abcd", 5, '*').unwrap(), "abcd*");
    assert_eq!(rjust("abcd", 5, '*').unwrap(), "*abcd");
    assert_eq!(center("abcd", 6, '*').unwrap(), "*abcd*");
    assert_eq!(ljust("abcd", 6, '*').unwrap(), "abcd**");
    assert_eq!(rjust("abcd", 6, '*').unwrap(), "**abcd");
    assert_eq!(center("abcd", 7, '*').unwrap(), "**abcd*");
    assert_eq!(ljust("abcd", 7, '*').unwrap(), "abcd***");
    assert_eq!(rjust("abcd", 7, '*').unwrap(), "***abcd");
    assert_eq!(center("abcd", 8, '*').unwrap(), "**abcd**");
    assert_eq!(ljust("abcd", 8, '*').unwrap(), "abcd****");
    assert_eq!(rjust("abcd", 8, '*').unwrap(), "****abcd");
    assert_eq!(center("\u{e9}", -1, '*').unwrap(), "\u{e9}");
    assert_eq!(ljust("\u{e9}", -1, '*').unwrap(), "\u{e9}");
    assert_eq!(rjust("\u{e9}", -1, '*').unwrap(), "\u{e9}");
    assert_eq!(center("\u{e9}", 0, '*').unwrap(), "\u{e9}");
    assert_eq!(ljust("\u{e9}", 0, '*').unwrap(), "\u{e9}");
    assert_eq!(rjust("\u{e9}", 0, '*').unwrap(), "\u{e9}");
    assert_eq!(center("\u{e9}", 3, '*').unwrap(), "*\u{e9}*");
    assert_eq!(ljust("\u{e9}", 3, '*').unwrap(), "\u{e9}**");
    assert_eq!(rjust("\u{e9}", 3, '*').unwrap(), "**\u{e9}");
    assert_eq!(center("\u{e9}", 4, '*').unwrap(), "*\u{e9}**");
    assert_eq!(ljust("\u{e9}", 4, '*').unwrap(), "\u{e9}***");
    assert_eq!(rjust("\u{e9}", 4, '*').unwrap(), "***\u{e9}");
    assert_eq!(center("\u{e9}", 5, '*').unwrap(), "**\u{e9}**");
    assert_eq!(ljust("\u{e9}", 5, '*').unwrap(), "\u{e9}****");
    assert_eq!(rjust("\u{e9}", 5, '*').unwrap(), "****\u{e9}");
    assert_eq!(center("\u{e9}", 6, '*').unwrap(), "**\u{e9}***");
    assert_eq!(ljust("\u{e9}", 6, '*').unwrap(), "\u{e9}*****");
    assert_eq!(rjust("\u{e9}", 6, '*').unwrap(), "*****\u{e9}");
    assert_eq!(center("\u{e9}", 7, '*').unwrap(), "***\u{e9}***");
    assert_eq!(ljust("\u{e9}", 7, '*').unwrap(), "\u{e9}******");
    assert_eq!(rjust("\u{e9}", 7, '*').unwrap(), "******\u{e9}");
    assert_eq!(center("\u{e9}", 8, '*').unwrap(), "***\u{e9}****");
    assert_eq!(ljust("\u{e9}", 8, '*').unwrap(), "\u{e9}*******");
    assert_eq!(rjust("\u{e9}", 8, '*').unwrap(), "*******\u{e9}");
    assert_eq!(zfill("-42", 0).unwrap(), "-42");
    assert_eq!(zfill("-42", 2).unwrap(), "-42");
    assert_eq!(zfill("-42", 3).unwrap(), "-42");
    assert_eq!(zfill("-42", 6).unwrap(), "-00042");
    assert_eq!(zfill("+4", 0).unwrap(), "+4");
    assert_eq!(zfill("+4", 2).unwrap(), "+4");
    assert_eq!(zfill("+4", 3).unwrap(), "+04");
    assert_eq!(zfill("+4", 6).unwrap(), "+00004");
    assert_eq!(zfill("abc", 0).unwrap(), "abc");
    assert_eq!(zfill("abc", 2).unwrap(), "abc");
    assert_eq!(zfill("abc", 3).unwrap(), "abc");
    assert_eq!(zfill("abc", 6).unwrap(), "000abc");
    assert_eq!(zfill("", 0).unwrap(), "");
    assert_eq!(zfill("", 2).unwrap(), "00");
    assert_eq!(zfill("", 3).unwrap(), "000");
    assert_eq!(zfill("", 6).unwrap(), "000000");
    assert_eq!(zfill("-", 0).unwrap(), "-");
    assert_eq!(zfill("-", 2).unwrap(), "-0");
    assert_eq!(zfill("-", 3).unwrap(), "-00");
    assert_eq!(zfill("-", 6).unwrap(), "-00000");
    assert_eq!(zfill("42", 0).unwrap(), "42");
    assert_eq!(zfill("42", 2).unwrap(), "42");
    assert_eq!(zfill("42", 3).unwrap(), "042");
    assert_eq!(zfill("42", 6).unwrap(), "000042");
    assert_eq!(zfill("--1", 0).unwrap(), "--1");
    assert_eq!(zfill("--1", 2).unwrap(), "--1");
    assert_eq!(zfill("--1", 3).unwrap(), "--1");
    assert_eq!(zfill("--1", 6).unwrap(), "-000-1");
    assert_eq!(
        expandtabs("a\u{9}b\u{a}\u{9}c\u{d}\u{9}d", -1).unwrap(),
        "ab\u{a}c\u{d}d"
    );
    assert_eq!(
        expandtabs("a\u{9}b\u{a}\u{9}c\u{d}\u{9}d", 0).unwrap(),
        "ab\u{a}c\u{d}d"
    );
    assert_eq!(
        expandtabs("a\u{9}b\u{a}\u{9}c\u{d}\u{9}d", 1).unwrap(),
        "a b\u{a} c\u{d} d"
    );
    assert_eq!(
        expandtabs("a\u{9}b\u{a}\u{9}c\u{d}\u{9}d", 4).unwrap(),
        "a   b\u{a}    c\u{d}    d"
    );
    assert_eq!(
        expandtabs("a\u{9}b\u{a}\u{9}c\u{d}\u{9}d", 8).unwrap(),
        "a       b\u{a}        c\u{d}        d"
    );
    assert_eq!(expandtabs("ab\u{9}", -1).unwrap(), "ab");
    assert_eq!(expandtabs("ab\u{9}", 0).unwrap(), "ab");
    assert_eq!(expandtabs("ab\u{9}", 1).unwrap(), "ab ");
    assert_eq!(expandtabs("ab\u{9}", 4).unwrap(), "ab  ");
    assert_eq!(expandtabs("ab\u{9}", 8).unwrap(), "ab      ");
    assert_eq!(expandtabs("\u{9}", -1).unwrap(), "");
    assert_eq!(expandtabs("\u{9}", 0).unwrap(), "");
    assert_eq!(expandtabs("\u{9}", 1).unwrap(), " ");
    assert_eq!(expandtabs("\u{9}", 4).unwrap(), "    ");
    assert_eq!(expandtabs("\u{9}", 8).unwrap(), "        ");
    assert_eq!(expandtabs("\u{9}\u{9}", -1).unwrap(), "");
    assert_eq!(expandtabs("\u{9}\u{9}", 0).unwrap(), "");
    assert_eq!(expandtabs("\u{9}\u{9}", 1).unwrap(), "  ");
    assert_eq!(expandtabs("\u{9}\u{9}", 4).unwrap(), "        ");
    assert_eq!(expandtabs("\u{9}\u{9}", 8).unwrap(), "                ");
    assert_eq!(expandtabs("abcdefgh\u{9}x", -1).unwrap(), "abcdefghx");
    assert_eq!(expandtabs("abcdefgh\u{9}x", 0).unwrap(), "abcdefghx");
    assert_eq!(expandtabs("abcdefgh\u{9}x", 1).unwrap(), "abcdefgh x");
    assert_eq!(expandtabs("abcdefgh\u{9}x", 4).unwrap(), "abcdefgh    x");
    assert_eq!(
        expandtabs("abcdefgh\u{9}x", 8).unwrap(),
        "abcdefgh        x"
    );
    assert_eq!(expandtabs("\u{e9}\u{9}x", -1).unwrap(), "\u{e9}x");
    assert_eq!(expandtabs("\u{e9}\u{9}x", 0).unwrap(), "\u{e9}x");
    assert_eq!(expandtabs("\u{e9}\u{9}x", 1).unwrap(), "\u{e9} x");
    assert_eq!(expandtabs("\u{e9}\u{9}x", 4).unwrap(), "\u{e9}   x");
    assert_eq!(expandtabs("\u{e9}\u{9}x", 8).unwrap(), "\u{e9}       x");
    assert_eq!(upper("hello World"), "HELLO WORLD");
    assert_eq!(lower("hello World"), "hello world");
    assert_eq!(casefold("hello World"), "hello world");
    assert_eq!(swapcase("hello World"), "HELLO wORLD");
    assert_eq!(title("hello World"), "Hello World");
    assert_eq!(capitalize("hello World"), "Hello world");
    assert_eq!(upper("\u{df}a"), "SSA");
    assert_eq!(lower("\u{df}a"), "\u{df}a");
    assert_eq!(casefold("\u{df}a"), "ssa");
    assert_eq!(swapcase("\u{df}a"), "SSA");
    assert_eq!(title("\u{df}a"), "Ssa");
    assert_eq!(capitalize("\u{df}a"), "Ssa");
    assert_eq!(upper("\u{1c6}abc"), "\u{1c4}ABC");
    assert_eq!(lower("\u{1c6}abc"), "\u{1c6}abc");
    assert_eq!(casefold("\u{1c6}abc"), "\u{1c6}abc");
    assert_eq!(swapcase("\u{1c6}abc"), "\u{1c4}ABC");
    assert_eq!(title("\u{1c6}abc"), "\u{1c5}abc");
    assert_eq!(capitalize("\u{1c6}abc"), "\u{1c5}abc");
    assert_eq!(upper("hELLO wORLD"), "HELLO WORLD");
    assert_eq!(lower("hELLO wORLD"), "hello world");
    assert_eq!(casefold("hELLO wORLD"), "hello world");
    assert_eq!(swapcase("hELLO wORLD"), "Hello World");
    assert_eq!(title("hELLO wORLD"), "Hello World");
    assert_eq!(capitalize("hELLO wORLD"), "Hello world");
    assert_eq!(upper("they're bill's"), "THEY'RE BILL'S");
    assert_eq!(lower("they're bill's"), "they're bill's");
    assert_eq!(casefold("they're bill's"), "they're bill's");
    assert_eq!(swapcase("they're bill's"), "THEY'RE BILL'S");
    assert_eq!(title("they're bill's"), "They'Re Bill'S");
    assert_eq!(capitalize("they're bill's"), "They're bill's");
    assert_eq!(
        upper("\u{391}\u{3a3} \u{391}\u{3a3}\u{391}"),
        "\u{391}\u{3a3} \u{391}\u{3a3}\u{391}"
    );
    assert_eq!(
        lower("\u{391}\u{3a3} \u{391}\u{3a3}\u{391}"),
        "\u{3b1}\u{3c2} \u{3b1}\u{3c3}\u{3b1}"
    );
    assert_eq!(
        casefold("\u{391}\u{3a3} \u{391}\u{3a3}\u{391}"),
        "\u{3b1}\u{3c3} \u{3b1}\u{3c3}\u{3b1}"
    );
    assert_eq!(
        swapcase("\u{391}\u{3a3} \u{391}\u{3a3}\u{391}"),
        "\u{3b1}\u{3c2} \u{3b1}\u{3c3}\u{3b1}"
    );
    assert_eq!(
        title("\u{391}\u{3a3} \u{391}\u{3a3}\u{391}"),
        "\u{391}\u{3c2} \u{391}\u{3c3}\u{3b1}"
    );
    assert_eq!(
        capitalize("\u{391}\u{3a3} \u{391}\u{3a3}\u{391}"),
        "\u{391}\u{3c2} \u{3b1}\u{3c3}\u{3b1}"
    );
    assert_eq!(upper("\u{391}\u{3a3}"), "\u{391}\u{3a3}");
    assert_eq!(lower("\u{391}\u{3a3}"), "\u{3b1}\u{3c2}");
    assert_eq!(casefold("\u{391}\u{3a3}"), "\u{3b1}\u{3c3}");
    assert_eq!(swapcase("\u{391}\u{3a3}"), "\u{3b1}\u{3c2}");
    assert_eq!(title("\u{391}\u{3a3}"), "\u{391}\u{3c2}");
    assert_eq!(capitalize("\u{391}\u{3a3}"), "\u{391}\u{3c2}");
    assert_eq!(upper("\u{1c5}"), "\u{1c4}");
    assert_eq!(lower("\u{1c5}"), "\u{1c6}");
    assert_eq!(casefold("\u{1c5}"), "\u{1c6}");
    assert_eq!(swapcase("\u{1c5}"), "\u{1c5}");
    assert_eq!(title("\u{1c5}"), "\u{1c5}");
    assert_eq!(capitalize("\u{1c5}"), "\u{1c5}");
    assert_eq!(upper("\u{df}"), "SS");
    assert_eq!(lower("\u{df}"), "\u{df}");
    assert_eq!(casefold("\u{df}"), "ss");
    assert_eq!(swapcase("\u{df}"), "SS");
    assert_eq!(title("\u{df}"), "Ss");
    assert_eq!(capitalize("\u{df}"), "Ss");
    assert_eq!(upper("\u{3a3}\u{391} \u{3a3}"), "\u{3a3}\u{391} \u{3a3}");
    assert_eq!(lower("\u{3a3}\u{391} \u{3a3}"), "\u{3c3}\u{3b1} \u{3c3}");
    assert_eq!(casefold("\u{3a3}\u{391} \u{3a3}"), "\u{3c3}\u{3b1} \u{3c3}");
    assert_eq!(swapcase("\u{3a3}\u{391} \u{3a3}"), "\u{3c3}\u{3b1} \u{3c3}");
    assert_eq!(title("\u{3a3}\u{391} \u{3a3}"), "\u{3a3}\u{3b1} \u{3a3}");
    assert_eq!(
        capitalize("\u{3a3}\u{391} \u{3a3}"),
        "\u{3a3}\u{3b1} \u{3c3}"
    );
    assert_eq!(upper("\u{130}stanbul"), "\u{130}STANBUL");
    assert_eq!(lower("\u{130}stanbul"), "i\u{307}stanbul");
    assert_eq!(casefold("\u{130}stanbul"), "i\u{307}stanbul");
    assert_eq!(swapcase("\u{130}stanbul"), "i\u{307}STANBUL");
    assert_eq!(title("\u{130}stanbul"), "\u{130}stanbul");
    assert_eq!(capitalize("\u{130}stanbul"), "\u{130}stanbul");
    assert_eq!(upper("\u{fb01}ne \u{fb02}y"), "FINE FLY");
    assert_eq!(lower("\u{fb01}ne \u{fb02}y"), "\u{fb01}ne \u{fb02}y");
    assert_eq!(casefold("\u{fb01}ne \u{fb02}y"), "fine fly");
    assert_eq!(swapcase("\u{fb01}ne \u{fb02}y"), "FINE FLY");
    assert_eq!(title("\u{fb01}ne \u{fb02}y"), "Fine Fly");
    assert_eq!(capitalize("\u{fb01}ne \u{fb02}y"), "Fine \u{fb02}y");
    assert_eq!(upper("\u{149}"), "\u{2bc}N");
    assert_eq!(lower("\u{149}"), "\u{149}");
    assert_eq!(casefold("\u{149}"), "\u{2bc}n");
    assert_eq!(swapcase("\u{149}"), "\u{2bc}N");
    assert_eq!(title("\u{149}"), "\u{2bc}N");
    assert_eq!(capitalize("\u{149}"), "\u{2bc}N");
    assert_eq!(upper("123abc"), "123ABC");
    assert_eq!(lower("123abc"), "123abc");
    assert_eq!(casefold("123abc"), "123abc");
    assert_eq!(swapcase("123abc"), "123ABC");
    assert_eq!(title("123abc"), "123Abc");
    assert_eq!(capitalize("123abc"), "123abc");
    assert_eq!(upper("a.b_c-d"), "A.B_C-D");
    assert_eq!(lower("a.b_c-d"), "a.b_c-d");
    assert_eq!(casefold("a.b_c-d"), "a.b_c-d");
    assert_eq!(swapcase("a.b_c-d"), "A.B_C-D");
    assert_eq!(title("a.b_c-d"), "A.B_C-D");
    assert_eq!(capitalize("a.b_c-d"), "A.b_c-d");
    assert_eq!(
        upper("\u{38c}\u{3a3}\u{39f}\u{3a3}."),
        "\u{38c}\u{3a3}\u{39f}\u{3a3}."
    );
    assert_eq!(
        lower("\u{38c}\u{3a3}\u{39f}\u{3a3}."),
        "\u{3cc}\u{3c3}\u{3bf}\u{3c2}."
    );
    assert_eq!(
        casefold("\u{38c}\u{3a3}\u{39f}\u{3a3}."),
        "\u{3cc}\u{3c3}\u{3bf}\u{3c3}."
    );
    assert_eq!(
        swapcase("\u{38c}\u{3a3}\u{39f}\u{3a3}."),
        "\u{3cc}\u{3c3}\u{3bf}\u{3c2}."
    );
    assert_eq!(
        title("\u{38c}\u{3a3}\u{39f}\u{3a3}."),
        "\u{38c}\u{3c3}\u{3bf}\u{3c2}."
    );
    assert_eq!(
        capitalize("\u{38c}\u{3a3}\u{39f}\u{3a3}."),
        "\u{38c}\u{3c3}\u{3bf}\u{3c2}."
    );
    assert_eq!(upper("abc\u{345}\u{3a3}"), "ABC\u{399}\u{3a3}");
    assert_eq!(lower("abc\u{345}\u{3a3}"), "abc\u{345}\u{3c2}");
    assert_eq!(casefold("abc\u{345}\u{3a3}"), "abc\u{3b9}\u{3c3}");
    assert_eq!(swapcase("abc\u{345}\u{3a3}"), "ABC\u{399}\u{3c2}");
    assert_eq!(title("abc\u{345}\u{3a3}"), "Abc\u{345}\u{3c2}");
    assert_eq!(capitalize("abc\u{345}\u{3a3}"), "Abc\u{345}\u{3c2}");
    assert_eq!(upper("\u{1c4}emal"), "\u{1c4}EMAL");
    assert_eq!(lower("\u{1c4}emal"), "\u{1c6}emal");
    assert_eq!(casefold("\u{1c4}emal"), "\u{1c6}emal");
    assert_eq!(swapcase("\u{1c4}emal"), "\u{1c6}EMAL");
    assert_eq!(title("\u{1c4}emal"), "\u{1c5}emal");
    assert_eq!(capitalize("\u{1c4}emal"), "\u{1c5}emal");
    assert_eq!(upper("\u{1f88}"), "\u{1f08}\u{399}");
    assert_eq!(lower("\u{1f88}"), "\u{1f80}");
    assert_eq!(casefold("\u{1f88}"), "\u{1f00}\u{3b9}");
    assert_eq!(swapcase("\u{1f88}"), "\u{1f88}");
    assert_eq!(title("\u{1f88}"), "\u{1f88}");
    assert_eq!(capitalize("\u{1f88}"), "\u{1f88}");
    assert_eq!(upper(""), "");
    assert_eq!(lower(""), "");
    assert_eq!(casefold(""), "");
    assert_eq!(swapcase(""), "");
    assert_eq!(title(""), "");
    assert_eq!(capitalize(""), "");
    assert_eq!(upper("MiXeD 123 \u{c7}aSe"), "MIXED 123 \u{c7}ASE");
    assert_eq!(lower("MiXeD 123 \u{c7}aSe"), "mixed 123 \u{e7}ase");
    assert_eq!(casefold("MiXeD 123 \u{c7}aSe"), "mixed 123 \u{e7}ase");
    assert_eq!(swapcase("MiXeD 123 \u{c7}aSe"), "mIxEd 123 \u{e7}AsE");
    assert_eq!(title("MiXeD 123 \u{c7}aSe"), "Mixed 123 \u{c7}ase");
    assert_eq!(capitalize("MiXeD 123 \u{c7}aSe"), "Mixed 123 \u{e7}ase");
    assert_eq!(upper("\u{1f0}"), "J\u{30c}");
    assert_eq!(lower("\u{1f0}"), "\u{1f0}");
    assert_eq!(casefold("\u{1f0}"), "j\u{30c}");
    assert_eq!(swapcase("\u{1f0}"), "J\u{30c}");
    assert_eq!(title("\u{1f0}"), "J\u{30c}");
    assert_eq!(capitalize("\u{1f0}"), "J\u{30c}");
    assert_eq!(isdigit(""), false);
    assert_eq!(isdecimal(""), false);
    assert_eq!(isnumeric(""), false);
    assert_eq!(isalpha(""), false);
    assert_eq!(isalnum(""), false);
    assert_eq!(isspace(""), false);
    assert_eq!(isprintable(""), true);
    assert_eq!(isidentifier(""), false);
    assert_eq!(isupper(""), false);
    assert_eq!(islower(""), false);
    assert_eq!(istitle(""), false);
    assert_eq!(isdigit("abc"), false);
    assert_eq!(isdecimal("abc"), false);
    assert_eq!(isnumeric("abc"), false);
    assert_eq!(isalpha("abc"), true);
    assert_eq!(isalnum("abc"), true);
    assert_eq!(isspace("abc"), false);
    assert_eq!(isprintable("abc"), true);
    assert_eq!(isidentifier("abc"), true);
    assert_eq!(isupper("abc"), false);
    assert_eq!(islower("abc"), true);
    assert_eq!(istitle("abc"), false);
    assert_eq!(isdigit("ABC"), false);
    assert_eq!(isdecimal("ABC"), false);
    assert_eq!(isnumeric("ABC"), false);
    assert_eq!(isalpha("ABC"), true);
    assert_eq!(isalnum("ABC"), true);
    assert_eq!(isspace("ABC"), false);
    assert_eq!(isprintable("ABC"), true);
    assert_eq!(isidentifier("ABC"), true);
    assert_eq!(isupper("ABC"), true);
    assert_eq!(islower("ABC"), false);
    assert_eq!(istitle("ABC"), false);
    assert_eq!(isdigit("Abc"), false);
    assert_eq!(isdecimal("Abc"), false);
    assert_eq!(isnumeric("Abc"), false);
    assert_eq!(isalpha("Abc"), true);
    assert_eq!(isalnum("Abc"), true);
    assert_eq!(isspace("Abc"), false);
    assert_eq!(isprintable("Abc"), true);
    assert_eq!(isidentifier("Abc"), true);
    assert_eq!(isupper("Abc"), false);
    assert_eq!(islower("Abc"), false);
    assert_eq!(istitle("Abc"), true);
    assert_eq!(isdigit("Abc Def"), false);
    assert_eq!(isdecimal("Abc Def"), false);
    assert_eq!(isnumeric("Abc Def"), false);
    assert_eq!(isalpha("Abc Def"), false);
    assert_eq!(isalnum("Abc Def"), false);
    assert_eq!(isspace("Abc Def"), false);
    assert_eq!(isprintable("Abc Def"), true);
    assert_eq!(isidentifier("Abc Def"), false);
    assert_eq!(isupper("Abc Def"), false);
    assert_eq!(islower("Abc Def"), false);
    assert_eq!(istitle("Abc Def"), true);
    assert_eq!(isdigit("Abc def"), false);
    assert_eq!(isdecimal("Abc def"), false);
    assert_eq!(isnumeric("Abc def"), false);
    assert_eq!(isalpha("Abc def"), false);
    assert_eq!(isalnum("Abc def"), false);
    assert_eq!(isspace("Abc def"), false);
    assert_eq!(isprintable("Abc def"), true);
    assert_eq!(isidentifier("Abc def"), false);
    assert_eq!(isupper("Abc def"), false);
    assert_eq!(islower("Abc def"), false);
    assert_eq!(istitle("Abc def"), false);
    assert_eq!(isdigit("\u{1c5}ungla"), false);
    assert_eq!(isdecimal("\u{1c5}ungla"), false);
    assert_eq!(isnumeric("\u{1c5}ungla"), false);
    assert_eq!(isalpha("\u{1c5}ungla"), true);
    assert_eq!(isalnum("\u{1c5}ungla"), true);
    assert_eq!(isspace("\u{1c5}ungla"), false);
    assert_eq!(isprintable("\u{1c5}ungla"), true);
    assert_eq!(isidentifier("\u{1c5}ungla"), true);
    assert_eq!(isupper("\u{1c5}ungla"), false);
    assert_eq!(islower("\u{1c5}ungla"), false);
    assert_eq!(istitle("\u{1c5}ungla"), true);
    assert_eq!(isdigit("1A"), false);
    assert_eq!(isdecimal("1A"), false);
    assert_eq!(isnumeric("1A"), false);
    assert_eq!(isalpha("1A"), false);
    assert_eq!(isalnum("1A"), true);
    assert_eq!(isspace("1A"), false);
    assert_eq!(isprintable("1A"), true);
    assert_eq!(isidentifier("1A"), false);
    assert_eq!(isupper("1A"), true);
    assert_eq!(islower("1A"), false);
    assert_eq!(istitle("1A"), true);
    assert_eq!(isdigit("A1"), false);
    assert_eq!(isdecimal("A1"), false);
    assert_eq!(isnumeric("A1"), false);
    assert_eq!(isalpha("A1"), false);
    assert_eq!(isalnum("A1"), true);
    assert_eq!(isspace("A1"), false);
    assert_eq!(isprintable("A1"), true);
    assert_eq!(isidentifier("A1"), true);
    assert_eq!(isupper("A1"), true);
    assert_eq!(islower("A1"), false);
    assert_eq!(istitle("A1"), true);
    assert_eq!(isdigit("1"), true);
    assert_eq!(isdecimal("1"), true);
    assert_eq!(isnumeric("1"), true);
    assert_eq!(isalpha("1"), false);
    assert_eq!(isalnum("1"), true);
    assert_eq!(isspace("1"), false);
    assert_eq!(isprintable("1"), true);
    assert_eq!(isidentifier("1"), false);
    assert_eq!(isupper("1"), false);
    assert_eq!(islower("1"), false);
    assert_eq!(istitle("1"), false);
    assert_eq!(isdigit("aB"), false);
    assert_eq!(isdecimal("aB"), false);
    assert_eq!(isnumeric("aB"), false);
    assert_eq!(isalpha("aB"), true);
    assert_eq!(isalnum("aB"), true);
    assert_eq!(isspace("aB"), false);
    assert_eq!(isprintable("aB"), true);
    assert_eq!(isidentifier("aB"), true);
    assert_eq!(isupper("aB"), false);
    assert_eq!(islower("aB"), false);
    assert_eq!(istitle("aB"), false);
    assert_eq!(isdigit("123"), true);
    assert_eq!(isdecimal("123"), true);
    assert_eq!(isnumeric("123"), true);
    assert_eq!(isalpha("123"), false);
    assert_eq!(isalnum("123"), true);
    assert_eq!(isspace("123"), false);
    assert_eq!(isprintable("123"), true);
    assert_eq!(isidentifier("123"), false);
    assert_eq!(isupper("123"), false);
    assert_eq!(islower("123"), false);
    assert_eq!(istitle("123"), false);
    assert_eq!(isdigit("\u{661}\u{662}\u{663}"), true);
    assert_eq!(isdecimal("\u{661}\u{662}\u{663}"), true);
    assert_eq!(isnumeric("\u{661}\u{662}\u{663}"), true);
    assert_eq!(isalpha("\u{661}\u{662}\u{663}"), false);
    assert_eq!(isalnum("\u{661}\u{662}\u{663}"), true);
    assert_eq!(isspace("\u{661}\u{662}\u{663}"), false);
    assert_eq!(isprintable("\u{661}\u{662}\u{663}"), true);
    assert_eq!(isidentifier("\u{661}\u{662}\u{663}"), false);
    assert_eq!(isupper("\u{661}\u{662}\u{663}"), false);
    assert_eq!(islower("\u{661}\u{662}\u{663}"), false);
    assert_eq!(istitle("\u{661}\u{662}\u{663}"), false);
    assert_eq!(isdigit("\u{b2}"), true);
    assert_eq!(isdecimal("\u{b2}"), false);
    assert_eq!(isnumeric("\u{b2}"), true);
    assert_eq!(isalpha("\u{b2}"), false);
    assert_eq!(isalnum("\u{b2}"), true);
    assert_eq!(isspace("\u{b2}"), false);
    assert_eq!(isprintable("\u{b2}"), true);
    assert_eq!(isidentifier("\u{b2}"), false);
    assert_eq!(isupper("\u{b2}"), false);
    assert_eq!(islower("\u{b2}"), false);
    assert_eq!(istitle("\u{b2}"), false);
    assert_eq!(isdigit("\u{bd}"), false);
    assert_eq!(isdecimal("\u{bd}"), false);
    assert_eq!(isnumeric("\u{bd}"), true);
    assert_eq!(isalpha("\u{bd}"), false);
    assert_eq!(isalnum("\u{bd}"), true);
    assert_eq!(isspace("\u{bd}"), false);
    assert_eq!(isprintable("\u{bd}"), true);
    assert_eq!(isidentifier("\u{bd}"), false);
    assert_eq!(isupper("\u{bd}"), false);
    assert_eq!(islower("\u{bd}"), false);
    assert_eq!(istitle("\u{bd}"), false);
    assert_eq!(isdigit("\u{4e00}"), false);
    assert_eq!(isdecimal("\u{4e00}"), false);
    assert_eq!(isnumeric("\u{4e00}"), true);
    assert_eq!(isalpha("\u{4e00}"), true);
    assert_eq!(isalnum("\u{4e00}"), true);
    assert_eq!(isspace("\u{4e00}"), false);
    assert_eq!(isprintable("\u{4e00}"), true);
    assert_eq!(isidentifier("\u{4e00}"), true);
    assert_eq!(isupper("\u{4e00}"), false);
    assert_eq!(islower("\u{4e00}"), false);
    assert_eq!(istitle("\u{4e00}"), false);
    assert_eq!(isdigit("\u{216b}"), false);
    assert_eq!(isdecimal("\u{216b}"), false);
    assert_eq!(isnumeric("\u{216b}"), true);
    assert_eq!(isalpha("\u{216b}"), false);
    assert_eq!(isalnum("\u{216b}"), true);
    assert_eq!(isspace("\u{216b}"), false);
    assert_eq!(isprintable("\u{216b}"), true);
    assert_eq!(isidentifier("\u{216b}"), true);
    assert_eq!(isupper("\u{216b}"), true);
    assert_eq!(islower("\u{216b}"), false);
    assert_eq!(istitle("\u{216b}"), true);
    assert_eq!(isdigit("abc1"), false);
    assert_eq!(isdecimal("abc1"), false);
    assert_eq!(isnumeric("abc1"), false);
    assert_eq!(isalpha("abc1"), false);
    assert_eq!(isalnum("abc1"), true);
    assert_eq!(isspace("abc1"), false);
    assert_eq!(isprintable("abc1"), true);
    assert_eq!(isidentifier("abc1"), true);
    assert_eq!(isupper("abc1"), false);
    assert_eq!(islower("abc1"), true);
    assert_eq!(istitle("abc1"), false);
    assert_eq!(isdigit("a b"), false);
    assert_eq!(isdecimal("a b"), false);
    assert_eq!(isnumeric("a b"), false);
    assert_eq!(isalpha("a b"), false);
    assert_eq!(isalnum("a b"), false);
    assert_eq!(isspace("a b"), false);
    assert_eq!(isprintable("a b"), true);
    assert_eq!(isidentifier("a b"), false);
    assert_eq!(isupper("a b"), false);
    assert_eq!(islower("a b"), true);
    assert_eq!(istitle("a b"), false);
    assert_eq!(isdigit(" \u{9}\u{a}"), false);
    assert_eq!(isdecimal(" \u{9}\u{a}"), false);
    assert_eq!(isnumeric(" \u{9}\u{a}"), false);
    assert_eq!(isalpha(" \u{9}\u{a}"), false);
    assert_eq!(isalnum(" \u{9}\u{a}"), false);
    assert_eq!(isspace(" \u{9}\u{a}"), true);
    assert_eq!(isprintable(" \u{9}\u{a}"), false);
    assert_eq!(isidentifier(" \u{9}\u{a}"), false);
    assert_eq!(isupper(" \u{9}\u{a}"), false);
    assert_eq!(islower(" \u{9}\u{a}"), false);
    assert_eq!(istitle(" \u{9}\u{a}"), false);
    assert_eq!(isdigit("\u{3000}"), false);
    assert_eq!(isdecimal("\u{3000}"), false);
    assert_eq!(isnumeric("\u{3000}"), false);
    assert_eq!(isalpha("\u{3000}"), false);
    assert_eq!(isalnum("\u{3000}"), false);
    assert_eq!(isspace("\u{3000}"), true);
    assert_eq!(isprintable("\u{3000}"), false);
    assert_eq!(isidentifier("\u{3000}"), false);
    assert_eq!(isupper("\u{3000}"), false);
    assert_eq!(islower("\u{3000}"), false);
    assert_eq!(istitle("\u{3000}"), false);
    assert_eq!(isdigit("\u{85}"), false);
    assert_eq!(isdecimal("\u{85}"), false);
    assert_eq!(isnumeric("\u{85}"), false);
    assert_eq!(isalpha("\u{85}"), false);
    assert_eq!(isalnum("\u{85}"), false);
    assert_eq!(isspace("\u{85}"), true);
    assert_eq!(isprintable("\u{85}"), false);
    assert_eq!(isidentifier("\u{85}"), false);
    assert_eq!(isupper("\u{85}"), false);
    assert_eq!(islower("\u{85}"), false);
    assert_eq!(istitle("\u{85}"), false);
    assert_eq!(isdigit("\u{200b}"), false);
    assert_eq!(isdecimal("\u{200b}"), false);
    assert_eq!(isnumeric("\u{200b}"), false);
    assert_eq!(isalpha("\u{200b}"), false);
    assert_eq!(isalnum("\u{200b}"), false);
    assert_eq!(isspace("\u{200b}"), false);
    assert_eq!(isprintable("\u{200b}"), false);
    assert_eq!(isidentifier("\u{200b}"), false);
    assert_eq!(isupper("\u{200b}"), false);
    assert_eq!(islower("\u{200b}"), false);
    assert_eq!(istitle("\u{200b}"), false);
    assert_eq!(isdigit("\u{e9}"), false);
    assert_eq!(isdecimal("\u{e9}"), false);
    assert_eq!(isnumeric("\u{e9}"), false);
    assert_eq!(isalpha("\u{e9}"), true);
    assert_eq!(isalnum("\u{e9}"), true);
    assert_eq!(isspace("\u{e9}"), false);
    assert_eq!(isprintable("\u{e9}"), true);
    assert_eq!(isidentifier("\u{e9}"), true);
    assert_eq!(isupper("\u{e9}"), false);
    assert_eq!(islower("\u{e9}"), true);
    assert_eq!(istitle("\u{e9}"), false);
    assert_eq!(isdigit("\u{a0}"), false);
    assert_eq!(isdecimal("\u{a0}"), false);
    assert_eq!(isnumeric("\u{a0}"), false);
    assert_eq!(isalpha("\u{a0}"), false);
    assert_eq!(isalnum("\u{a0}"), false);
    assert_eq!(isspace("\u{a0}"), true);
    assert_eq!(isprintable("\u{a0}"), false);
    assert_eq!(isidentifier("\u{a0}"), false);
    assert_eq!(isupper("\u{a0}"), false);
    assert_eq!(islower("\u{a0}"), false);
    assert_eq!(istitle("\u{a0}"), false);
    assert_eq!(isdigit("_x1"), false);
    assert_eq!(isdecimal("_x1"), false);
    assert_eq!(isnumeric("_x1"), false);
    assert_eq!(isalpha("_x1"), false);
    assert_eq!(isalnum("_x1"), false);
    assert_eq!(isspace("_x1"), false);
    assert_eq!(isprintable("_x1"), true);
    assert_eq!(isidentifier("_x1"), true);
    assert_eq!(isupper("_x1"), false);
    assert_eq!(islower("_x1"), true);
    assert_eq!(istitle("_x1"), false);
    assert_eq!(isdigit("1x"), false);
    assert_eq!(isdecimal("1x"), false);
    assert_eq!(isnumeric("1x"), false);
    assert_eq!(isalpha("1x"), false);
    assert_eq!(isalnum("1x"), true);
    assert_eq!(isspace("1x"), false);
    assert_eq!(isprintable("1x"), true);
    assert_eq!(isidentifier("1x"), false);
    assert_eq!(isupper("1x"), false);
    assert_eq!(islower("1x"), true);
    assert_eq!(istitle("1x"), false);
    assert_eq!(isdigit("x-y"), false);
    assert_eq!(isdecimal("x-y"), false);
    assert_eq!(isnumeric("x-y"), false);
    assert_eq!(isalpha("x-y"), false);
    assert_eq!(isalnum("x-y"), false);
    assert_eq!(isspace("x-y"), false);
    assert_eq!(isprintable("x-y"), true);
    assert_eq!(isidentifier("x-y"), false);
    assert_eq!(isupper("x-y"), false);
    assert_eq!(islower("x-y"), true);
    assert_eq!(istitle("x-y"), false);
    assert_eq!(isdigit("d\u{e9}f"), false);
    assert_eq!(isdecimal("d\u{e9}f"), false);
    assert_eq!(isnumeric("d\u{e9}f"), false);
    assert_eq!(isalpha("d\u{e9}f"), true);
    assert_eq!(isalnum("d\u{e9}f"), true);
    assert_eq!(isspace("d\u{e9}f"), false);
    assert_eq!(isprintable("d\u{e9}f"), true);
    assert_eq!(isidentifier("d\u{e9}f"), true);
    assert_eq!(isupper("d\u{e9}f"), false);
    assert_eq!(islower("d\u{e9}f"), true);
    assert_eq!(istitle("d\u{e9}f"), false);
    assert_eq!(isdigit("\u{1c5}"), false);
    assert_eq!(isdecimal("\u{1c5}"), false);
    assert_eq!(isnumeric("\u{1c5}"), false);
    assert_eq!(isalpha("\u{1c5}"), true);
    assert_eq!(isalnum("\u{1c5}"), true);
    assert_eq!(isspace("\u{1c5}"), false);
    assert_eq!(isprintable("\u{1c5}"), true);
    assert_eq!(isidentifier("\u{1c5}"), true);
    assert_eq!(isupper("\u{1c5}"), false);
    assert_eq!(islower("\u{1c5}"), false);
    assert_eq!(istitle("\u{1c5}"), true);
    assert_eq!(isdigit("\u{391}\u{3a3}"), false);
    assert_eq!(isdecimal("\u{391}\u{3a3}"), false);
    assert_eq!(isnumeric("\u{391}\u{3a3}"), false);
    assert_eq!(isalpha("\u{391}\u{3a3}"), true);
    assert_eq!(isalnum("\u{391}\u{3a3}"), true);
    assert_eq!(isspace("\u{391}\u{3a3}"), false);
    assert_eq!(isprintable("\u{391}\u{3a3}"), true);
    assert_eq!(isidentifier("\u{391}\u{3a3}"), true);
    assert_eq!(isupper("\u{391}\u{3a3}"), true);
    assert_eq!(islower("\u{391}\u{3a3}"), false);
    assert_eq!(istitle("\u{391}\u{3a3}"), false);
    assert_eq!(isdigit("\u{7f}"), false);
    assert_eq!(isdecimal("\u{7f}"), false);
    assert_eq!(isnumeric("\u{7f}"), false);
    assert_eq!(isalpha("\u{7f}"), false);
    assert_eq!(isalnum("\u{7f}"), false);
    assert_eq!(isspace("\u{7f}"), false);
    assert_eq!(isprintable("\u{7f}"), false);
    assert_eq!(isidentifier("\u{7f}"), false);
    assert_eq!(isupper("\u{7f}"), false);
    assert_eq!(islower("\u{7f}"), false);
    assert_eq!(istitle("\u{7f}"), false);
    assert_eq!(isdigit("abc\u{a}"), false);
    assert_eq!(isdecimal("abc\u{a}"), false);
    assert_eq!(isnumeric("abc\u{a}"), false);
    assert_eq!(isalpha("abc\u{a}"), false);
    assert_eq!(isalnum("abc\u{a}"), false);
    assert_eq!(isspace("abc\u{a}"), false);
    assert_eq!(isprintable("abc\u{a}"), false);
    assert_eq!(isidentifier("abc\u{a}"), false);
    assert_eq!(isupper("abc\u{a}"), false);
    assert_eq!(islower("abc\u{a}"), true);
    assert_eq!(istitle("abc\u{a}"), false);
    assert_eq!(isdigit("if"), false);
    assert_eq!(isdecimal("if"), false);
    assert_eq!(isnumeric("if"), false);
    assert_eq!(isalpha("if"), true);
    assert_eq!(isalnum("if"), true);
    assert_eq!(isspace("if"), false);
    assert_eq!(isprintable("if"), true);
    assert_eq!(isidentifier("if"), true);
    assert_eq!(isupper("if"), false);
    assert_eq!(islower("if"), true);
    assert_eq!(istitle("if"), false);
    assert_eq!(isdigit("\u{2170}"), false);
    assert_eq!(isdecimal("\u{2170}"), false);
    assert_eq!(isnumeric("\u{2170}"), true);
    assert_eq!(isalpha("\u{2170}"), false);
    assert_eq!(isalnum("\u{2170}"), true);
    assert_eq!(isspace("\u{2170}"), false);
    assert_eq!(isprintable("\u{2170}"), true);
    assert_eq!(isidentifier("\u{2170}"), true);
    assert_eq!(isupper("\u{2170}"), false);
    assert_eq!(islower("\u{2170}"), true);
    assert_eq!(istitle("\u{2170}"), false);
    assert_eq!(isdigit("\u{aa}"), false);
    assert_eq!(isdecimal("\u{aa}"), false);
    assert_eq!(isnumeric("\u{aa}"), false);
    assert_eq!(isalpha("\u{aa}"), true);
    assert_eq!(isalnum("\u{aa}"), true);
    assert_eq!(isspace("\u{aa}"), false);
    assert_eq!(isprintable("\u{aa}"), true);
    assert_eq!(isidentifier("\u{aa}"), true);
    assert_eq!(isupper("\u{aa}"), false);
    assert_eq!(islower("\u{aa}"), true);
    assert_eq!(istitle("\u{aa}"), false);
    assert_eq!(
        char_at("h\u{e9}llo", -10),
        Err(TextError::Index("string index out of range".into()))
    );
    assert_eq!(char_at("h\u{e9}llo", -1), Ok('\u{6f}'));
    assert_eq!(char_at("h\u{e9}llo", 0), Ok('\u{68}'));
    assert_eq!(char_at("h\u{e9}llo", 1), Ok('\u{e9}'));
    assert_eq!(char_at("h\u{e9}llo", 4), Ok('\u{6f}'));
    assert_eq!(
        char_at("h\u{e9}llo", 10),
        Err(TextError::Index("string index out of range".into()))
    );
    assert_eq!(
        str_slice("h\u{e9}llo", None, None, None).unwrap(),
        "h\u{e9}llo"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", None, None, Some(-3)).unwrap(),
        "o\u{e9}"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", None, None, Some(-1)).unwrap(),
        "oll\u{e9}h"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", None, None, Some(1)).unwrap(),
        "h\u{e9}llo"
    );
    assert_eq!(str_slice("h\u{e9}llo", None, None, Some(2)).unwrap(), "hlo");
    assert_eq!(str_slice("h\u{e9}llo", None, None, Some(3)).unwrap(), "hl");
    assert_eq!(str_slice("h\u{e9}llo", None, Some(-10), None).unwrap(), "");
    assert_eq!(
        str_slice("h\u{e9}llo", None, Some(-10), Some(-3)).unwrap(),
        "o\u{e9}"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", None, Some(-10), Some(-1)).unwrap(),
        "oll\u{e9}h"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", None, Some(-10), Some(1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", None, Some(-10), Some(2)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", None, Some(-10), Some(3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", None, Some(-1), None).unwrap(),
        "h\u{e9}ll"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", None, Some(-1), Some(-3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", None, Some(-1), Some(-1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", None, Some(-1), Some(1)).unwrap(),
        "h\u{e9}ll"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", None, Some(-1), Some(2)).unwrap(),
        "hl"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", None, Some(-1), Some(3)).unwrap(),
        "hl"
    );
    assert_eq!(str_slice("h\u{e9}llo", None, Some(0), None).unwrap(), "");
    assert_eq!(
        str_slice("h\u{e9}llo", None, Some(0), Some(-3)).unwrap(),
        "o\u{e9}"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", None, Some(0), Some(-1)).unwrap(),
        "oll\u{e9}"
    );
    assert_eq!(str_slice("h\u{e9}llo", None, Some(0), Some(1)).unwrap(), "");
    assert_eq!(str_slice("h\u{e9}llo", None, Some(0), Some(2)).unwrap(), "");
    assert_eq!(str_slice("h\u{e9}llo", None, Some(0), Some(3)).unwrap(), "");
    assert_eq!(
        str_slice("h\u{e9}llo", None, Some(2), None).unwrap(),
        "h\u{e9}"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", None, Some(2), Some(-3)).unwrap(),
        "o"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", None, Some(2), Some(-1)).unwrap(),
        "ol"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", None, Some(2), Some(1)).unwrap(),
        "h\u{e9}"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", None, Some(2), Some(2)).unwrap(),
        "h"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", None, Some(2), Some(3)).unwrap(),
        "h"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", None, Some(4), None).unwrap(),
        "h\u{e9}ll"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", None, Some(4), Some(-3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", None, Some(4), Some(-1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", None, Some(4), Some(1)).unwrap(),
        "h\u{e9}ll"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", None, Some(4), Some(2)).unwrap(),
        "hl"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", None, Some(4), Some(3)).unwrap(),
        "hl"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", None, Some(100), None).unwrap(),
        "h\u{e9}llo"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", None, Some(100), Some(-3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", None, Some(100), Some(-1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", None, Some(100), Some(1)).unwrap(),
        "h\u{e9}llo"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", None, Some(100), Some(2)).unwrap(),
        "hlo"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", None, Some(100), Some(3)).unwrap(),
        "hl"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(-10), None, None).unwrap(),
        "h\u{e9}llo"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(-10), None, Some(-3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(-10), None, Some(-1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(-10), None, Some(1)).unwrap(),
        "h\u{e9}llo"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(-10), None, Some(2)).unwrap(),
        "hlo"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(-10), None, Some(3)).unwrap(),
        "hl"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(-10), Some(-10), None).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(-10), Some(-10), Some(-3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(-10), Some(-10), Some(-1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(-10), Some(-10), Some(1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(-10), Some(-10), Some(2)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(-10), Some(-10), Some(3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(-10), Some(-1), None).unwrap(),
        "h\u{e9}ll"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(-10), Some(-1), Some(-3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(-10), Some(-1), Some(-1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(-10), Some(-1), Some(1)).unwrap(),
        "h\u{e9}ll"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(-10), Some(-1), Some(2)).unwrap(),
        "hl"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(-10), Some(-1), Some(3)).unwrap(),
        "hl"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(-10), Some(0), None).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(-10), Some(0), Some(-3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(-10), Some(0), Some(-1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(-10), Some(0), Some(1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(-10), Some(0), Some(2)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(-10), Some(0), Some(3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(-10), Some(2), None).unwrap(),
        "h\u{e9}"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(-10), Some(2), Some(-3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(-10), Some(2), Some(-1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(-10), Some(2), Some(1)).unwrap(),
        "h\u{e9}"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(-10), Some(2), Some(2)).unwrap(),
        "h"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(-10), Some(2), Some(3)).unwrap(),
        "h"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(-10), Some(4), None).unwrap(),
        "h\u{e9}ll"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(-10), Some(4), Some(-3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(-10), Some(4), Some(-1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(-10), Some(4), Some(1)).unwrap(),
        "h\u{e9}ll"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(-10), Some(4), Some(2)).unwrap(),
        "hl"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(-10), Some(4), Some(3)).unwrap(),
        "hl"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(-10), Some(100), None).unwrap(),
        "h\u{e9}llo"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(-10), Some(100), Some(-3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(-10), Some(100), Some(-1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(-10), Some(100), Some(1)).unwrap(),
        "h\u{e9}llo"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(-10), Some(100), Some(2)).unwrap(),
        "hlo"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(-10), Some(100), Some(3)).unwrap(),
        "hl"
    );
    assert_eq!(str_slice("h\u{e9}llo", Some(-2), None, None).unwrap(), "lo");
    assert_eq!(
        str_slice("h\u{e9}llo", Some(-2), None, Some(-3)).unwrap(),
        "lh"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(-2), None, Some(-1)).unwrap(),
        "ll\u{e9}h"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(-2), None, Some(1)).unwrap(),
        "lo"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(-2), None, Some(2)).unwrap(),
        "l"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(-2), None, Some(3)).unwrap(),
        "l"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(-2), Some(-10), None).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(-2), Some(-10), Some(-3)).unwrap(),
        "lh"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(-2), Some(-10), Some(-1)).unwrap(),
        "ll\u{e9}h"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(-2), Some(-10), Some(1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(-2), Some(-10), Some(2)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(-2), Some(-10), Some(3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(-2), Some(-1), None).unwrap(),
        "l"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(-2), Some(-1), Some(-3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(-2), Some(-1), Some(-1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(-2), Some(-1), Some(1)).unwrap(),
        "l"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(-2), Some(-1), Some(2)).unwrap(),
        "l"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(-2), Some(-1), Some(3)).unwrap(),
        "l"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(-2), Some(0), None).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(-2), Some(0), Some(-3)).unwrap(),
        "l"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(-2), Some(0), Some(-1)).unwrap(),
        "ll\u{e9}"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(-2), Some(0), Some(1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(-2), Some(0), Some(2)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(-2), Some(0), Some(3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(-2), Some(2), None).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(-2), Some(2), Some(-3)).unwrap(),
        "l"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(-2), Some(2), Some(-1)).unwrap(),
        "l"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(-2), Some(2), Some(1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(-2), Some(2), Some(2)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(-2), Some(2), Some(3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(-2), Some(4), None).unwrap(),
        "l"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(-2), Some(4), Some(-3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(-2), Some(4), Some(-1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(-2), Some(4), Some(1)).unwrap(),
        "l"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(-2), Some(4), Some(2)).unwrap(),
        "l"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(-2), Some(4), Some(3)).unwrap(),
        "l"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(-2), Some(100), None).unwrap(),
        "lo"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(-2), Some(100), Some(-3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(-2), Some(100), Some(-1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(-2), Some(100), Some(1)).unwrap(),
        "lo"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(-2), Some(100), Some(2)).unwrap(),
        "l"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(-2), Some(100), Some(3)).unwrap(),
        "l"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(0), None, None).unwrap(),
        "h\u{e9}llo"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(0), None, Some(-3)).unwrap(),
        "h"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(0), None, Some(-1)).unwrap(),
        "h"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(0), None, Some(1)).unwrap(),
        "h\u{e9}llo"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(0), None, Some(2)).unwrap(),
        "hlo"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(0), None, Some(3)).unwrap(),
        "hl"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(0), Some(-10), None).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(0), Some(-10), Some(-3)).unwrap(),
        "h"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(0), Some(-10), Some(-1)).unwrap(),
        "h"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(0), Some(-10), Some(1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(0), Some(-10), Some(2)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(0), Some(-10), Some(3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(0), Some(-1), None).unwrap(),
        "h\u{e9}ll"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(0), Some(-1), Some(-3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(0), Some(-1), Some(-1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(0), Some(-1), Some(1)).unwrap(),
        "h\u{e9}ll"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(0), Some(-1), Some(2)).unwrap(),
        "hl"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(0), Some(-1), Some(3)).unwrap(),
        "hl"
    );
    assert_eq!(str_slice("h\u{e9}llo", Some(0), Some(0), None).unwrap(), "");
    assert_eq!(
        str_slice("h\u{e9}llo", Some(0), Some(0), Some(-3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(0), Some(0), Some(-1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(0), Some(0), Some(1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(0), Some(0), Some(2)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(0), Some(0), Some(3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(0), Some(2), None).unwrap(),
        "h\u{e9}"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(0), Some(2), Some(-3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(0), Some(2), Some(-1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(0), Some(2), Some(1)).unwrap(),
        "h\u{e9}"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(0), Some(2), Some(2)).unwrap(),
        "h"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(0), Some(2), Some(3)).unwrap(),
        "h"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(0), Some(4), None).unwrap(),
        "h\u{e9}ll"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(0), Some(4), Some(-3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(0), Some(4), Some(-1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(0), Some(4), Some(1)).unwrap(),
        "h\u{e9}ll"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(0), Some(4), Some(2)).unwrap(),
        "hl"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(0), Some(4), Some(3)).unwrap(),
        "hl"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(0), Some(100), None).unwrap(),
        "h\u{e9}llo"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(0), Some(100), Some(-3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(0), Some(100), Some(-1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(0), Some(100), Some(1)).unwrap(),
        "h\u{e9}llo"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(0), Some(100), Some(2)).unwrap(),
        "hlo"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(0), Some(100), Some(3)).unwrap(),
        "hl"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(1), None, None).unwrap(),
        "\u{e9}llo"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(1), None, Some(-3)).unwrap(),
        "\u{e9}"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(1), None, Some(-1)).unwrap(),
        "\u{e9}h"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(1), None, Some(1)).unwrap(),
        "\u{e9}llo"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(1), None, Some(2)).unwrap(),
        "\u{e9}l"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(1), None, Some(3)).unwrap(),
        "\u{e9}o"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(1), Some(-10), None).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(1), Some(-10), Some(-3)).unwrap(),
        "\u{e9}"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(1), Some(-10), Some(-1)).unwrap(),
        "\u{e9}h"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(1), Some(-10), Some(1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(1), Some(-10), Some(2)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(1), Some(-10), Some(3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(1), Some(-1), None).unwrap(),
        "\u{e9}ll"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(1), Some(-1), Some(-3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(1), Some(-1), Some(-1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(1), Some(-1), Some(1)).unwrap(),
        "\u{e9}ll"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(1), Some(-1), Some(2)).unwrap(),
        "\u{e9}l"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(1), Some(-1), Some(3)).unwrap(),
        "\u{e9}"
    );
    assert_eq!(str_slice("h\u{e9}llo", Some(1), Some(0), None).unwrap(), "");
    assert_eq!(
        str_slice("h\u{e9}llo", Some(1), Some(0), Some(-3)).unwrap(),
        "\u{e9}"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(1), Some(0), Some(-1)).unwrap(),
        "\u{e9}"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(1), Some(0), Some(1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(1), Some(0), Some(2)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(1), Some(0), Some(3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(1), Some(2), None).unwrap(),
        "\u{e9}"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(1), Some(2), Some(-3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(1), Some(2), Some(-1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(1), Some(2), Some(1)).unwrap(),
        "\u{e9}"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(1), Some(2), Some(2)).unwrap(),
        "\u{e9}"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(1), Some(2), Some(3)).unwrap(),
        "\u{e9}"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(1), Some(4), None).unwrap(),
        "\u{e9}ll"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(1), Some(4), Some(-3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(1), Some(4), Some(-1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(1), Some(4), Some(1)).unwrap(),
        "\u{e9}ll"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(1), Some(4), Some(2)).unwrap(),
        "\u{e9}l"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(1), Some(4), Some(3)).unwrap(),
        "\u{e9}"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(1), Some(100), None).unwrap(),
        "\u{e9}llo"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(1), Some(100), Some(-3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(1), Some(100), Some(-1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(1), Some(100), Some(1)).unwrap(),
        "\u{e9}llo"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(1), Some(100), Some(2)).unwrap(),
        "\u{e9}l"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(1), Some(100), Some(3)).unwrap(),
        "\u{e9}o"
    );
    assert_eq!(str_slice("h\u{e9}llo", Some(4), None, None).unwrap(), "o");
    assert_eq!(
        str_slice("h\u{e9}llo", Some(4), None, Some(-3)).unwrap(),
        "o\u{e9}"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(4), None, Some(-1)).unwrap(),
        "oll\u{e9}h"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(4), None, Some(1)).unwrap(),
        "o"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(4), None, Some(2)).unwrap(),
        "o"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(4), None, Some(3)).unwrap(),
        "o"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(4), Some(-10), None).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(4), Some(-10), Some(-3)).unwrap(),
        "o\u{e9}"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(4), Some(-10), Some(-1)).unwrap(),
        "oll\u{e9}h"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(4), Some(-10), Some(1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(4), Some(-10), Some(2)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(4), Some(-10), Some(3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(4), Some(-1), None).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(4), Some(-1), Some(-3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(4), Some(-1), Some(-1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(4), Some(-1), Some(1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(4), Some(-1), Some(2)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(4), Some(-1), Some(3)).unwrap(),
        ""
    );
    assert_eq!(str_slice("h\u{e9}llo", Some(4), Some(0), None).unwrap(), "");
    assert_eq!(
        str_slice("h\u{e9}llo", Some(4), Some(0), Some(-3)).unwrap(),
        "o\u{e9}"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(4), Some(0), Some(-1)).unwrap(),
        "oll\u{e9}"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(4), Some(0), Some(1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(4), Some(0), Some(2)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(4), Some(0), Some(3)).unwrap(),
        ""
    );
    assert_eq!(str_slice("h\u{e9}llo", Some(4), Some(2), None).unwrap(), "");
    assert_eq!(
        str_slice("h\u{e9}llo", Some(4), Some(2), Some(-3)).unwrap(),
        "o"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(4), Some(2), Some(-1)).unwrap(),
        "ol"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(4), Some(2), Some(1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(4), Some(2), Some(2)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(4), Some(2), Some(3)).unwrap(),
        ""
    );
    assert_eq!(str_slice("h\u{e9}llo", Some(4), Some(4), None).unwrap(), "");
    assert_eq!(
        str_slice("h\u{e9}llo", Some(4), Some(4), Some(-3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(4), Some(4), Some(-1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(4), Some(4), Some(1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(4), Some(4), Some(2)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(4), Some(4), Some(3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(4), Some(100), None).unwrap(),
        "o"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(4), Some(100), Some(-3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(4), Some(100), Some(-1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(4), Some(100), Some(1)).unwrap(),
        "o"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(4), Some(100), Some(2)).unwrap(),
        "o"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(4), Some(100), Some(3)).unwrap(),
        "o"
    );
    assert_eq!(str_slice("h\u{e9}llo", Some(10), None, None).unwrap(), "");
    assert_eq!(
        str_slice("h\u{e9}llo", Some(10), None, Some(-3)).unwrap(),
        "o\u{e9}"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(10), None, Some(-1)).unwrap(),
        "oll\u{e9}h"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(10), None, Some(1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(10), None, Some(2)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(10), None, Some(3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(10), Some(-10), None).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(10), Some(-10), Some(-3)).unwrap(),
        "o\u{e9}"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(10), Some(-10), Some(-1)).unwrap(),
        "oll\u{e9}h"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(10), Some(-10), Some(1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(10), Some(-10), Some(2)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(10), Some(-10), Some(3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(10), Some(-1), None).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(10), Some(-1), Some(-3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(10), Some(-1), Some(-1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(10), Some(-1), Some(1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(10), Some(-1), Some(2)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(10), Some(-1), Some(3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(10), Some(0), None).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(10), Some(0), Some(-3)).unwrap(),
        "o\u{e9}"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(10), Some(0), Some(-1)).unwrap(),
        "oll\u{e9}"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(10), Some(0), Some(1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(10), Some(0), Some(2)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(10), Some(0), Some(3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(10), Some(2), None).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(10), Some(2), Some(-3)).unwrap(),
        "o"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(10), Some(2), Some(-1)).unwrap(),
        "ol"
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(10), Some(2), Some(1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(10), Some(2), Some(2)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(10), Some(2), Some(3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(10), Some(4), None).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(10), Some(4), Some(-3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(10), Some(4), Some(-1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(10), Some(4), Some(1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(10), Some(4), Some(2)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(10), Some(4), Some(3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(10), Some(100), None).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(10), Some(100), Some(-3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(10), Some(100), Some(-1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(10), Some(100), Some(1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(10), Some(100), Some(2)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("h\u{e9}llo", Some(10), Some(100), Some(3)).unwrap(),
        ""
    );
    assert_eq!(
        char_at("abc", -10),
        Err(TextError::Index("string index out of range".into()))
    );
    assert_eq!(char_at("abc", -1), Ok('\u{63}'));
    assert_eq!(char_at("abc", 0), Ok('\u{61}'));
    assert_eq!(char_at("abc", 1), Ok('\u{62}'));
    assert_eq!(
        char_at("abc", 4),
        Err(TextError::Index("string index out of range".into()))
    );
    assert_eq!(
        char_at("abc", 10),
        Err(TextError::Index("string index out of range".into()))
    );
    assert_eq!(str_slice("abc", None, None, None).unwrap(), "abc");
    assert_eq!(str_slice("abc", None, None, Some(-3)).unwrap(), "c");
    assert_eq!(str_slice("abc", None, None, Some(-1)).unwrap(), "cba");
    assert_eq!(str_slice("abc", None, None, Some(1)).unwrap(), "abc");
    assert_eq!(str_slice("abc", None, None, Some(2)).unwrap(), "ac");
    assert_eq!(str_slice("abc", None, None, Some(3)).unwrap(), "a");
    assert_eq!(str_slice("abc", None, Some(-10), None).unwrap(), "");
    assert_eq!(str_slice("abc", None, Some(-10), Some(-3)).unwrap(), "c");
    assert_eq!(str_slice("abc", None, Some(-10), Some(-1)).unwrap(), "cba");
    assert_eq!(str_slice("abc", None, Some(-10), Some(1)).unwrap(), "");
    assert_eq!(str_slice("abc", None, Some(-10), Some(2)).unwrap(), "");
    assert_eq!(str_slice("abc", None, Some(-10), Some(3)).unwrap(), "");
    assert_eq!(str_slice("abc", None, Some(-1), None).unwrap(), "ab");
    assert_eq!(str_slice("abc", None, Some(-1), Some(-3)).unwrap(), "");
    assert_eq!(str_slice("abc", None, Some(-1), Some(-1)).unwrap(), "");
    assert_eq!(str_slice("abc", None, Some(-1), Some(1)).unwrap(), "ab");
    assert_eq!(str_slice("abc", None, Some(-1), Some(2)).unwrap(), "a");
    assert_eq!(str_slice("abc", None, Some(-1), Some(3)).unwrap(), "a");
    assert_eq!(str_slice("abc", None, Some(0), None).unwrap(), "");
    assert_eq!(str_slice("abc", None, Some(0), Some(-3)).unwrap(), "c");
    assert_eq!(str_slice("abc", None, Some(0), Some(-1)).unwrap(), "cb");
    assert_eq!(str_slice("abc", None, Some(0), Some(1)).unwrap(), "");
    assert_eq!(str_slice("abc", None, Some(0), Some(2)).unwrap(), "");
    assert_eq!(str_slice("abc", None, Some(0), Some(3)).unwrap(), "");
    assert_eq!(str_slice("abc", None, Some(2), None).unwrap(), "ab");
    assert_eq!(str_slice("abc", None, Some(2), Some(-3)).unwrap(), "");
    assert_eq!(str_slice("abc", None, Some(2), Some(-1)).unwrap(), "");
    assert_eq!(str_slice("abc", None, Some(2), Some(1)).unwrap(), "ab");
    assert_eq!(str_slice("abc", None, Some(2), Some(2)).unwrap(), "a");
    assert_eq!(str_slice("abc", None, Some(2), Some(3)).unwrap(), "a");
    assert_eq!(str_slice("abc", None, Some(4), None).unwrap(), "abc");
    assert_eq!(str_slice("abc", None, Some(4), Some(-3)).unwrap(), "");
    assert_eq!(str_slice("abc", None, Some(4), Some(-1)).unwrap(), "");
    assert_eq!(str_slice("abc", None, Some(4), Some(1)).unwrap(), "abc");
    assert_eq!(str_slice("abc", None, Some(4), Some(2)).unwrap(), "ac");
    assert_eq!(str_slice("abc", None, Some(4), Some(3)).unwrap(), "a");
    assert_eq!(str_slice("abc", None, Some(100), None).unwrap(), "abc");
    assert_eq!(str_slice("abc", None, Some(100), Some(-3)).unwrap(), "");
    assert_eq!(str_slice("abc", None, Some(100), Some(-1)).unwrap(), "");
    assert_eq!(str_slice("abc", None, Some(100), Some(1)).unwrap(), "abc");
    assert_eq!(str_slice("abc", None, Some(100), Some(2)).unwrap(), "ac");
    assert_eq!(str_slice("abc", None, Some(100), Some(3)).unwrap(), "a");
    assert_eq!(str_slice("abc", Some(-10), None, None).unwrap(), "abc");
    assert_eq!(str_slice("abc", Some(-10), None, Some(-3)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(-10), None, Some(-1)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(-10), None, Some(1)).unwrap(), "abc");
    assert_eq!(str_slice("abc", Some(-10), None, Some(2)).unwrap(), "ac");
    assert_eq!(str_slice("abc", Some(-10), None, Some(3)).unwrap(), "a");
    assert_eq!(str_slice("abc", Some(-10), Some(-10), None).unwrap(), "");
    assert_eq!(
        str_slice("abc", Some(-10), Some(-10), Some(-3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("abc", Some(-10), Some(-10), Some(-1)).unwrap(),
        ""
    );
    assert_eq!(str_slice("abc", Some(-10), Some(-10), Some(1)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(-10), Some(-10), Some(2)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(-10), Some(-10), Some(3)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(-10), Some(-1), None).unwrap(), "ab");
    assert_eq!(str_slice("abc", Some(-10), Some(-1), Some(-3)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(-10), Some(-1), Some(-1)).unwrap(), "");
    assert_eq!(
        str_slice("abc", Some(-10), Some(-1), Some(1)).unwrap(),
        "ab"
    );
    assert_eq!(str_slice("abc", Some(-10), Some(-1), Some(2)).unwrap(), "a");
    assert_eq!(str_slice("abc", Some(-10), Some(-1), Some(3)).unwrap(), "a");
    assert_eq!(str_slice("abc", Some(-10), Some(0), None).unwrap(), "");
    assert_eq!(str_slice("abc", Some(-10), Some(0), Some(-3)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(-10), Some(0), Some(-1)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(-10), Some(0), Some(1)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(-10), Some(0), Some(2)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(-10), Some(0), Some(3)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(-10), Some(2), None).unwrap(), "ab");
    assert_eq!(str_slice("abc", Some(-10), Some(2), Some(-3)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(-10), Some(2), Some(-1)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(-10), Some(2), Some(1)).unwrap(), "ab");
    assert_eq!(str_slice("abc", Some(-10), Some(2), Some(2)).unwrap(), "a");
    assert_eq!(str_slice("abc", Some(-10), Some(2), Some(3)).unwrap(), "a");
    assert_eq!(str_slice("abc", Some(-10), Some(4), None).unwrap(), "abc");
    assert_eq!(str_slice("abc", Some(-10), Some(4), Some(-3)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(-10), Some(4), Some(-1)).unwrap(), "");
    assert_eq!(
        str_slice("abc", Some(-10), Some(4), Some(1)).unwrap(),
        "abc"
    );
    assert_eq!(str_slice("abc", Some(-10), Some(4), Some(2)).unwrap(), "ac");
    assert_eq!(str_slice("abc", Some(-10), Some(4), Some(3)).unwrap(), "a");
    assert_eq!(str_slice("abc", Some(-10), Some(100), None).unwrap(), "abc");
    assert_eq!(
        str_slice("abc", Some(-10), Some(100), Some(-3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("abc", Some(-10), Some(100), Some(-1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("abc", Some(-10), Some(100), Some(1)).unwrap(),
        "abc"
    );
    assert_eq!(
        str_slice("abc", Some(-10), Some(100), Some(2)).unwrap(),
        "ac"
    );
    assert_eq!(
        str_slice("abc", Some(-10), Some(100), Some(3)).unwrap(),
        "a"
    );
    assert_eq!(str_slice("abc", Some(-2), None, None).unwrap(), "bc");
    assert_eq!(str_slice("abc", Some(-2), None, Some(-3)).unwrap(), "b");
    assert_eq!(str_slice("abc", Some(-2), None, Some(-1)).unwrap(), "ba");
    assert_eq!(str_slice("abc", Some(-2), None, Some(1)).unwrap(), "bc");
    assert_eq!(str_slice("abc", Some(-2), None, Some(2)).unwrap(), "b");
    assert_eq!(str_slice("abc", Some(-2), None, Some(3)).unwrap(), "b");
    assert_eq!(str_slice("abc", Some(-2), Some(-10), None).unwrap(), "");
    assert_eq!(
        str_slice("abc", Some(-2), Some(-10), Some(-3)).unwrap(),
        "b"
    );
    assert_eq!(
        str_slice("abc", Some(-2), Some(-10), Some(-1)).unwrap(),
        "ba"
    );
    assert_eq!(str_slice("abc", Some(-2), Some(-10), Some(1)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(-2), Some(-10), Some(2)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(-2), Some(-10), Some(3)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(-2), Some(-1), None).unwrap(), "b");
    assert_eq!(str_slice("abc", Some(-2), Some(-1), Some(-3)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(-2), Some(-1), Some(-1)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(-2), Some(-1), Some(1)).unwrap(), "b");
    assert_eq!(str_slice("abc", Some(-2), Some(-1), Some(2)).unwrap(), "b");
    assert_eq!(str_slice("abc", Some(-2), Some(-1), Some(3)).unwrap(), "b");
    assert_eq!(str_slice("abc", Some(-2), Some(0), None).unwrap(), "");
    assert_eq!(str_slice("abc", Some(-2), Some(0), Some(-3)).unwrap(), "b");
    assert_eq!(str_slice("abc", Some(-2), Some(0), Some(-1)).unwrap(), "b");
    assert_eq!(str_slice("abc", Some(-2), Some(0), Some(1)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(-2), Some(0), Some(2)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(-2), Some(0), Some(3)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(-2), Some(2), None).unwrap(), "b");
    assert_eq!(str_slice("abc", Some(-2), Some(2), Some(-3)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(-2), Some(2), Some(-1)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(-2), Some(2), Some(1)).unwrap(), "b");
    assert_eq!(str_slice("abc", Some(-2), Some(2), Some(2)).unwrap(), "b");
    assert_eq!(str_slice("abc", Some(-2), Some(2), Some(3)).unwrap(), "b");
    assert_eq!(str_slice("abc", Some(-2), Some(4), None).unwrap(), "bc");
    assert_eq!(str_slice("abc", Some(-2), Some(4), Some(-3)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(-2), Some(4), Some(-1)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(-2), Some(4), Some(1)).unwrap(), "bc");
    assert_eq!(str_slice("abc", Some(-2), Some(4), Some(2)).unwrap(), "b");
    assert_eq!(str_slice("abc", Some(-2), Some(4), Some(3)).unwrap(), "b");
    assert_eq!(str_slice("abc", Some(-2), Some(100), None).unwrap(), "bc");
    assert_eq!(str_slice("abc", Some(-2), Some(100), Some(-3)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(-2), Some(100), Some(-1)).unwrap(), "");
    assert_eq!(
        str_slice("abc", Some(-2), Some(100), Some(1)).unwrap(),
        "bc"
    );
    assert_eq!(str_slice("abc", Some(-2), Some(100), Some(2)).unwrap(), "b");
    assert_eq!(str_slice("abc", Some(-2), Some(100), Some(3)).unwrap(), "b");
    assert_eq!(str_slice("abc", Some(0), None, None).unwrap(), "abc");
    assert_eq!(str_slice("abc", Some(0), None, Some(-3)).unwrap(), "a");
    assert_eq!(str_slice("abc", Some(0), None, Some(-1)).unwrap(), "a");
    assert_eq!(str_slice("abc", Some(0), None, Some(1)).unwrap(), "abc");
    assert_eq!(str_slice("abc", Some(0), None, Some(2)).unwrap(), "ac");
    assert_eq!(str_slice("abc", Some(0), None, Some(3)).unwrap(), "a");
    assert_eq!(str_slice("abc", Some(0), Some(-10), None).unwrap(), "");
    assert_eq!(str_slice("abc", Some(0), Some(-10), Some(-3)).unwrap(), "a");
    assert_eq!(str_slice("abc", Some(0), Some(-10), Some(-1)).unwrap(), "a");
    assert_eq!(str_slice("abc", Some(0), Some(-10), Some(1)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(0), Some(-10), Some(2)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(0), Some(-10), Some(3)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(0), Some(-1), None).unwrap(), "ab");
    assert_eq!(str_slice("abc", Some(0), Some(-1), Some(-3)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(0), Some(-1), Some(-1)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(0), Some(-1), Some(1)).unwrap(), "ab");
    assert_eq!(str_slice("abc", Some(0), Some(-1), Some(2)).unwrap(), "a");
    assert_eq!(str_slice("abc", Some(0), Some(-1), Some(3)).unwrap(), "a");
    assert_eq!(str_slice("abc", Some(0), Some(0), None).unwrap(), "");
    assert_eq!(str_slice("abc", Some(0), Some(0), Some(-3)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(0), Some(0), Some(-1)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(0), Some(0), Some(1)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(0), Some(0), Some(2)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(0), Some(0), Some(3)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(0), Some(2), None).unwrap(), "ab");
    assert_eq!(str_slice("abc", Some(0), Some(2), Some(-3)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(0), Some(2), Some(-1)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(0), Some(2), Some(1)).unwrap(), "ab");
    assert_eq!(str_slice("abc", Some(0), Some(2), Some(2)).unwrap(), "a");
    assert_eq!(str_slice("abc", Some(0), Some(2), Some(3)).unwrap(), "a");
    assert_eq!(str_slice("abc", Some(0), Some(4), None).unwrap(), "abc");
    assert_eq!(str_slice("abc", Some(0), Some(4), Some(-3)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(0), Some(4), Some(-1)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(0), Some(4), Some(1)).unwrap(), "abc");
    assert_eq!(str_slice("abc", Some(0), Some(4), Some(2)).unwrap(), "ac");
    assert_eq!(str_slice("abc", Some(0), Some(4), Some(3)).unwrap(), "a");
    assert_eq!(str_slice("abc", Some(0), Some(100), None).unwrap(), "abc");
    assert_eq!(str_slice("abc", Some(0), Some(100), Some(-3)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(0), Some(100), Some(-1)).unwrap(), "");
    assert_eq!(
        str_slice("abc", Some(0), Some(100), Some(1)).unwrap(),
        "abc"
    );
    assert_eq!(str_slice("abc", Some(0), Some(100), Some(2)).unwrap(), "ac");
    assert_eq!(str_slice("abc", Some(0), Some(100), Some(3)).unwrap(), "a");
    assert_eq!(str_slice("abc", Some(1), None, None).unwrap(), "bc");
    assert_eq!(str_slice("abc", Some(1), None, Some(-3)).unwrap(), "b");
    assert_eq!(str_slice("abc", Some(1), None, Some(-1)).unwrap(), "ba");
    assert_eq!(str_slice("abc", Some(1), None, Some(1)).unwrap(), "bc");
    assert_eq!(str_slice("abc", Some(1), None, Some(2)).unwrap(), "b");
    assert_eq!(str_slice("abc", Some(1), None, Some(3)).unwrap(), "b");
    assert_eq!(str_slice("abc", Some(1), Some(-10), None).unwrap(), "");
    assert_eq!(str_slice("abc", Some(1), Some(-10), Some(-3)).unwrap(), "b");
    assert_eq!(
        str_slice("abc", Some(1), Some(-10), Some(-1)).unwrap(),
        "ba"
    );
    assert_eq!(str_slice("abc", Some(1), Some(-10), Some(1)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(1), Some(-10), Some(2)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(1), Some(-10), Some(3)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(1), Some(-1), None).unwrap(), "b");
    assert_eq!(str_slice("abc", Some(1), Some(-1), Some(-3)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(1), Some(-1), Some(-1)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(1), Some(-1), Some(1)).unwrap(), "b");
    assert_eq!(str_slice("abc", Some(1), Some(-1), Some(2)).unwrap(), "b");
    assert_eq!(str_slice("abc", Some(1), Some(-1), Some(3)).unwrap(), "b");
    assert_eq!(str_slice("abc", Some(1), Some(0), None).unwrap(), "");
    assert_eq!(str_slice("abc", Some(1), Some(0), Some(-3)).unwrap(), "b");
    assert_eq!(str_slice("abc", Some(1), Some(0), Some(-1)).unwrap(), "b");
    assert_eq!(str_slice("abc", Some(1), Some(0), Some(1)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(1), Some(0), Some(2)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(1), Some(0), Some(3)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(1), Some(2), None).unwrap(), "b");
    assert_eq!(str_slice("abc", Some(1), Some(2), Some(-3)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(1), Some(2), Some(-1)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(1), Some(2), Some(1)).unwrap(), "b");
    assert_eq!(str_slice("abc", Some(1), Some(2), Some(2)).unwrap(), "b");
    assert_eq!(str_slice("abc", Some(1), Some(2), Some(3)).unwrap(), "b");
    assert_eq!(str_slice("abc", Some(1), Some(4), None).unwrap(), "bc");
    assert_eq!(str_slice("abc", Some(1), Some(4), Some(-3)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(1), Some(4), Some(-1)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(1), Some(4), Some(1)).unwrap(), "bc");
    assert_eq!(str_slice("abc", Some(1), Some(4), Some(2)).unwrap(), "b");
    assert_eq!(str_slice("abc", Some(1), Some(4), Some(3)).unwrap(), "b");
    assert_eq!(str_slice("abc", Some(1), Some(100), None).unwrap(), "bc");
    assert_eq!(str_slice("abc", Some(1), Some(100), Some(-3)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(1), Some(100), Some(-1)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(1), Some(100), Some(1)).unwrap(), "bc");
    assert_eq!(str_slice("abc", Some(1), Some(100), Some(2)).unwrap(), "b");
    assert_eq!(str_slice("abc", Some(1), Some(100), Some(3)).unwrap(), "b");
    assert_eq!(str_slice("abc", Some(4), None, None).unwrap(), "");
    assert_eq!(str_slice("abc", Some(4), None, Some(-3)).unwrap(), "c");
    assert_eq!(str_slice("abc", Some(4), None, Some(-1)).unwrap(), "cba");
    assert_eq!(str_slice("abc", Some(4), None, Some(1)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(4), None, Some(2)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(4), None, Some(3)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(4), Some(-10), None).unwrap(), "");
    assert_eq!(str_slice("abc", Some(4), Some(-10), Some(-3)).unwrap(), "c");
    assert_eq!(
        str_slice("abc", Some(4), Some(-10), Some(-1)).unwrap(),
        "cba"
    );
    assert_eq!(str_slice("abc", Some(4), Some(-10), Some(1)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(4), Some(-10), Some(2)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(4), Some(-10), Some(3)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(4), Some(-1), None).unwrap(), "");
    assert_eq!(str_slice("abc", Some(4), Some(-1), Some(-3)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(4), Some(-1), Some(-1)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(4), Some(-1), Some(1)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(4), Some(-1), Some(2)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(4), Some(-1), Some(3)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(4), Some(0), None).unwrap(), "");
    assert_eq!(str_slice("abc", Some(4), Some(0), Some(-3)).unwrap(), "c");
    assert_eq!(str_slice("abc", Some(4), Some(0), Some(-1)).unwrap(), "cb");
    assert_eq!(str_slice("abc", Some(4), Some(0), Some(1)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(4), Some(0), Some(2)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(4), Some(0), Some(3)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(4), Some(2), None).unwrap(), "");
    assert_eq!(str_slice("abc", Some(4), Some(2), Some(-3)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(4), Some(2), Some(-1)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(4), Some(2), Some(1)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(4), Some(2), Some(2)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(4), Some(2), Some(3)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(4), Some(4), None).unwrap(), "");
    assert_eq!(str_slice("abc", Some(4), Some(4), Some(-3)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(4), Some(4), Some(-1)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(4), Some(4), Some(1)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(4), Some(4), Some(2)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(4), Some(4), Some(3)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(4), Some(100), None).unwrap(), "");
    assert_eq!(str_slice("abc", Some(4), Some(100), Some(-3)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(4), Some(100), Some(-1)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(4), Some(100), Some(1)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(4), Some(100), Some(2)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(4), Some(100), Some(3)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(10), None, None).unwrap(), "");
    assert_eq!(str_slice("abc", Some(10), None, Some(-3)).unwrap(), "c");
    assert_eq!(str_slice("abc", Some(10), None, Some(-1)).unwrap(), "cba");
    assert_eq!(str_slice("abc", Some(10), None, Some(1)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(10), None, Some(2)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(10), None, Some(3)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(10), Some(-10), None).unwrap(), "");
    assert_eq!(
        str_slice("abc", Some(10), Some(-10), Some(-3)).unwrap(),
        "c"
    );
    assert_eq!(
        str_slice("abc", Some(10), Some(-10), Some(-1)).unwrap(),
        "cba"
    );
    assert_eq!(str_slice("abc", Some(10), Some(-10), Some(1)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(10), Some(-10), Some(2)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(10), Some(-10), Some(3)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(10), Some(-1), None).unwrap(), "");
    assert_eq!(str_slice("abc", Some(10), Some(-1), Some(-3)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(10), Some(-1), Some(-1)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(10), Some(-1), Some(1)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(10), Some(-1), Some(2)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(10), Some(-1), Some(3)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(10), Some(0), None).unwrap(), "");
    assert_eq!(str_slice("abc", Some(10), Some(0), Some(-3)).unwrap(), "c");
    assert_eq!(str_slice("abc", Some(10), Some(0), Some(-1)).unwrap(), "cb");
    assert_eq!(str_slice("abc", Some(10), Some(0), Some(1)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(10), Some(0), Some(2)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(10), Some(0), Some(3)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(10), Some(2), None).unwrap(), "");
    assert_eq!(str_slice("abc", Some(10), Some(2), Some(-3)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(10), Some(2), Some(-1)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(10), Some(2), Some(1)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(10), Some(2), Some(2)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(10), Some(2), Some(3)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(10), Some(4), None).unwrap(), "");
    assert_eq!(str_slice("abc", Some(10), Some(4), Some(-3)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(10), Some(4), Some(-1)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(10), Some(4), Some(1)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(10), Some(4), Some(2)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(10), Some(4), Some(3)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(10), Some(100), None).unwrap(), "");
    assert_eq!(str_slice("abc", Some(10), Some(100), Some(-3)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(10), Some(100), Some(-1)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(10), Some(100), Some(1)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(10), Some(100), Some(2)).unwrap(), "");
    assert_eq!(str_slice("abc", Some(10), Some(100), Some(3)).unwrap(), "");
    assert_eq!(
        char_at("", -10),
        Err(TextError::Index("string index out of range".into()))
    );
    assert_eq!(
        char_at("", -1),
        Err(TextError::Index("string index out of range".into()))
    );
    assert_eq!(
        char_at("", 0),
        Err(TextError::Index("string index out of range".into()))
    );
    assert_eq!(
        char_at("", 1),
        Err(TextError::Index("string index out of range".into()))
    );
    assert_eq!(
        char_at("", 4),
        Err(TextError::Index("string index out of range".into()))
    );
    assert_eq!(
        char_at("", 10),
        Err(TextError::Index("string index out of range".into()))
    );
    assert_eq!(str_slice("", None, None, None).unwrap(), "");
    assert_eq!(str_slice("", None, None, Some(-3)).unwrap(), "");
    assert_eq!(str_slice("", None, None, Some(-1)).unwrap(), "");
    assert_eq!(str_slice("", None, None, Some(1)).unwrap(), "");
    assert_eq!(str_slice("", None, None, Some(2)).unwrap(), "");
    assert_eq!(str_slice("", None, None, Some(3)).unwrap(), "");
    assert_eq!(str_slice("", None, Some(-10), None).unwrap(), "");
    assert_eq!(str_slice("", None, Some(-10), Some(-3)).unwrap(), "");
    assert_eq!(str_slice("", None, Some(-10), Some(-1)).unwrap(), "");
    assert_eq!(str_slice("", None, Some(-10), Some(1)).unwrap(), "");
    assert_eq!(str_slice("", None, Some(-10), Some(2)).unwrap(), "");
    assert_eq!(str_slice("", None, Some(-10), Some(3)).unwrap(), "");
    assert_eq!(str_slice("", None, Some(-1), None).unwrap(), "");
    assert_eq!(str_slice("", None, Some(-1), Some(-3)).unwrap(), "");
    assert_eq!(str_slice("", None, Some(-1), Some(-1)).unwrap(), "");
    assert_eq!(str_slice("", None, Some(-1), Some(1)).unwrap(), "");
    assert_eq!(str_slice("", None, Some(-1), Some(2)).unwrap(), "");
    assert_eq!(str_slice("", None, Some(-1), Some(3)).unwrap(), "");
    assert_eq!(str_slice("", None, Some(0), None).unwrap(), "");
    assert_eq!(str_slice("", None, Some(0), Some(-3)).unwrap(), "");
    assert_eq!(str_slice("", None, Some(0), Some(-1)).unwrap(), "");
    assert_eq!(str_slice("", None, Some(0), Some(1)).unwrap(), "");
    assert_eq!(str_slice("", None, Some(0), Some(2)).unwrap(), "");
    assert_eq!(str_slice("", None, Some(0), Some(3)).unwrap(), "");
    assert_eq!(str_slice("", None, Some(2), None).unwrap(), "");
    assert_eq!(str_slice("", None, Some(2), Some(-3)).unwrap(), "");
    assert_eq!(str_slice("", None, Some(2), Some(-1)).unwrap(), "");
    assert_eq!(str_slice("", None, Some(2), Some(1)).unwrap(), "");
    assert_eq!(str_slice("", None, Some(2), Some(2)).unwrap(), "");
    assert_eq!(str_slice("", None, Some(2), Some(3)).unwrap(), "");
    assert_eq!(str_slice("", None, Some(4), None).unwrap(), "");
    assert_eq!(str_slice("", None, Some(4), Some(-3)).unwrap(), "");
    assert_eq!(str_slice("", None, Some(4), Some(-1)).unwrap(), "");
    assert_eq!(str_slice("", None, Some(4), Some(1)).unwrap(), "");
    assert_eq!(str_slice("", None, Some(4), Some(2)).unwrap(), "");
    assert_eq!(str_slice("", None, Some(4), Some(3)).unwrap(), "");
    assert_eq!(str_slice("", None, Some(100), None).unwrap(), "");
    assert_eq!(str_slice("", None, Some(100), Some(-3)).unwrap(), "");
    assert_eq!(str_slice("", None, Some(100), Some(-1)).unwrap(), "");
    assert_eq!(str_slice("", None, Some(100), Some(1)).unwrap(), "");
    assert_eq!(str_slice("", None, Some(100), Some(2)).unwrap(), "");
    assert_eq!(str_slice("", None, Some(100), Some(3)).unwrap(), "");
    assert_eq!(str_slice("", Some(-10), None, None).unwrap(), "");
    assert_eq!(str_slice("", Some(-10), None, Some(-3)).unwrap(), "");
    assert_eq!(str_slice("", Some(-10), None, Some(-1)).unwrap(), "");
    assert_eq!(str_slice("", Some(-10), None, Some(1)).unwrap(), "");
    assert_eq!(str_slice("", Some(-10), None, Some(2)).unwrap(), "");
    assert_eq!(str_slice("", Some(-10), None, Some(3)).unwrap(), "");
    assert_eq!(str_slice("", Some(-10), Some(-10), None).unwrap(), "");
    assert_eq!(str_slice("", Some(-10), Some(-10), Some(-3)).unwrap(), "");
    assert_eq!(str_slice("", Some(-10), Some(-10), Some(-1)).unwrap(), "");
    assert_eq!(str_slice("", Some(-10), Some(-10), Some(1)).unwrap(), "");
    assert_eq!(str_slice("", Some(-10), Some(-10), Some(2)).unwrap(), "");
    assert_eq!(str_slice("", Some(-10), Some(-10), Some(3)).unwrap(), "");
    assert_eq!(str_slice("", Some(-10), Some(-1), None).unwrap(), "");
    assert_eq!(str_slice("", Some(-10), Some(-1), Some(-3)).unwrap(), "");
    assert_eq!(str_slice("", Some(-10), Some(-1), Some(-1)).unwrap(), "");
    assert_eq!(str_slice("", Some(-10), Some(-1), Some(1)).unwrap(), "");
    assert_eq!(str_slice("", Some(-10), Some(-1), Some(2)).unwrap(), "");
    assert_eq!(str_slice("", Some(-10), Some(-1), Some(3)).unwrap(), "");
    assert_eq!(str_slice("", Some(-10), Some(0), None).unwrap(), "");
    assert_eq!(str_slice("", Some(-10), Some(0), Some(-3)).unwrap(), "");
    assert_eq!(str_slice("", Some(-10), Some(0), Some(-1)).unwrap(), "");
    assert_eq!(str_slice("", Some(-10), Some(0), Some(1)).unwrap(), "");
    assert_eq!(str_slice("", Some(-10), Some(0), Some(2)).unwrap(), "");
    assert_eq!(str_slice("", Some(-10), Some(0), Some(3)).unwrap(), "");
    assert_eq!(str_slice("", Some(-10), Some(2), None).unwrap(), "");
    assert_eq!(str_slice("", Some(-10), Some(2), Some(-3)).unwrap(), "");
    assert_eq!(str_slice("", Some(-10), Some(2), Some(-1)).unwrap(), "");
    assert_eq!(str_slice("", Some(-10), Some(2), Some(1)).unwrap(), "");
    assert_eq!(str_slice("", Some(-10), Some(2), Some(2)).unwrap(), "");
    assert_eq!(str_slice("", Some(-10), Some(2), Some(3)).unwrap(), "");
    assert_eq!(str_slice("", Some(-10), Some(4), None).unwrap(), "");
    assert_eq!(str_slice("", Some(-10), Some(4), Some(-3)).unwrap(), "");
    assert_eq!(str_slice("", Some(-10), Some(4), Some(-1)).unwrap(), "");
    assert_eq!(str_slice("", Some(-10), Some(4), Some(1)).unwrap(), "");
    assert_eq!(str_slice("", Some(-10), Some(4), Some(2)).unwrap(), "");
    assert_eq!(str_slice("", Some(-10), Some(4), Some(3)).unwrap(), "");
    assert_eq!(str_slice("", Some(-10), Some(100), None).unwrap(), "");
    assert_eq!(str_slice("", Some(-10), Some(100), Some(-3)).unwrap(), "");
    assert_eq!(str_slice("", Some(-10), Some(100), Some(-1)).unwrap(), "");
    assert_eq!(str_slice("", Some(-10), Some(100), Some(1)).unwrap(), "");
    assert_eq!(str_slice("", Some(-10), Some(100), Some(2)).unwrap(), "");
    assert_eq!(str_slice("", Some(-10), Some(100), Some(3)).unwrap(), "");
    assert_eq!(str_slice("", Some(-2), None, None).unwrap(), "");
    assert_eq!(str_slice("", Some(-2), None, Some(-3)).unwrap(), "");
    assert_eq!(str_slice("", Some(-2), None, Some(-1)).unwrap(), "");
    assert_eq!(str_slice("", Some(-2), None, Some(1)).unwrap(), "");
    assert_eq!(str_slice("", Some(-2), None, Some(2)).unwrap(), "");
    assert_eq!(str_slice("", Some(-2), None, Some(3)).unwrap(), "");
    assert_eq!(str_slice("", Some(-2), Some(-10), None).unwrap(), "");
    assert_eq!(str_slice("", Some(-2), Some(-10), Some(-3)).unwrap(), "");
    assert_eq!(str_slice("", Some(-2), Some(-10), Some(-1)).unwrap(), "");
    assert_eq!(str_slice("", Some(-2), Some(-10), Some(1)).unwrap(), "");
    assert_eq!(str_slice("", Some(-2), Some(-10), Some(2)).unwrap(), "");
    assert_eq!(str_slice("", Some(-2), Some(-10), Some(3)).unwrap(), "");
    assert_eq!(str_slice("", Some(-2), Some(-1), None).unwrap(), "");
    assert_eq!(str_slice("", Some(-2), Some(-1), Some(-3)).unwrap(), "");
    assert_eq!(str_slice("", Some(-2), Some(-1), Some(-1)).unwrap(), "");
    assert_eq!(str_slice("", Some(-2), Some(-1), Some(1)).unwrap(), "");
    assert_eq!(str_slice("", Some(-2), Some(-1), Some(2)).unwrap(), "");
    assert_eq!(str_slice("", Some(-2), Some(-1), Some(3)).unwrap(), "");
    assert_eq!(str_slice("", Some(-2), Some(0), None).unwrap(), "");
    assert_eq!(str_slice("", Some(-2), Some(0), Some(-3)).unwrap(), "");
    assert_eq!(str_slice("", Some(-2), Some(0), Some(-1)).unwrap(), "");
    assert_eq!(str_slice("", Some(-2), Some(0), Some(1)).unwrap(), "");
    assert_eq!(str_slice("", Some(-2), Some(0), Some(2)).unwrap(), "");
    assert_eq!(str_slice("", Some(-2), Some(0), Some(3)).unwrap(), "");
    assert_eq!(str_slice("", Some(-2), Some(2), None).unwrap(), "");
    assert_eq!(str_slice("", Some(-2), Some(2), Some(-3)).unwrap(), "");
    assert_eq!(str_slice("", Some(-2), Some(2), Some(-1)).unwrap(), "");
    assert_eq!(str_slice("", Some(-2), Some(2), Some(1)).unwrap(), "");
    assert_eq!(str_slice("", Some(-2), Some(2), Some(2)).unwrap(), "");
    assert_eq!(str_slice("", Some(-2), Some(2), Some(3)).unwrap(), "");
    assert_eq!(str_slice("", Some(-2), Some(4), None).unwrap(), "");
    assert_eq!(str_slice("", Some(-2), Some(4), Some(-3)).unwrap(), "");
    assert_eq!(str_slice("", Some(-2), Some(4), Some(-1)).unwrap(), "");
    assert_eq!(str_slice("", Some(-2), Some(4), Some(1)).unwrap(), "");
    assert_eq!(str_slice("", Some(-2), Some(4), Some(2)).unwrap(), "");
    assert_eq!(str_slice("", Some(-2), Some(4), Some(3)).unwrap(), "");
    assert_eq!(str_slice("", Some(-2), Some(100), None).unwrap(), "");
    assert_eq!(str_slice("", Some(-2), Some(100), Some(-3)).unwrap(), "");
    assert_eq!(str_slice("", Some(-2), Some(100), Some(-1)).unwrap(), "");
    assert_eq!(str_slice("", Some(-2), Some(100), Some(1)).unwrap(), "");
    assert_eq!(str_slice("", Some(-2), Some(100), Some(2)).unwrap(), "");
    assert_eq!(str_slice("", Some(-2), Some(100), Some(3)).unwrap(), "");
    assert_eq!(str_slice("", Some(0), None, None).unwrap(), "");
    assert_eq!(str_slice("", Some(0), None, Some(-3)).unwrap(), "");
    assert_eq!(str_slice("", Some(0), None, Some(-1)).unwrap(), "");
    assert_eq!(str_slice("", Some(0), None, Some(1)).unwrap(), "");
    assert_eq!(str_slice("", Some(0), None, Some(2)).unwrap(), "");
    assert_eq!(str_slice("", Some(0), None, Some(3)).unwrap(), "");
    assert_eq!(str_slice("", Some(0), Some(-10), None).unwrap(), "");
    assert_eq!(str_slice("", Some(0), Some(-10), Some(-3)).unwrap(), "");
    assert_eq!(str_slice("", Some(0), Some(-10), Some(-1)).unwrap(), "");
    assert_eq!(str_slice("", Some(0), Some(-10), Some(1)).unwrap(), "");
    assert_eq!(str_slice("", Some(0), Some(-10), Some(2)).unwrap(), "");
    assert_eq!(str_slice("", Some(0), Some(-10), Some(3)).unwrap(), "");
    assert_eq!(str_slice("", Some(0), Some(-1), None).unwrap(), "");
    assert_eq!(str_slice("", Some(0), Some(-1), Some(-3)).unwrap(), "");
    assert_eq!(str_slice("", Some(0), Some(-1), Some(-1)).unwrap(), "");
    assert_eq!(str_slice("", Some(0), Some(-1), Some(1)).unwrap(), "");
    assert_eq!(str_slice("", Some(0), Some(-1), Some(2)).unwrap(), "");
    assert_eq!(str_slice("", Some(0), Some(-1), Some(3)).unwrap(), "");
    assert_eq!(str_slice("", Some(0), Some(0), None).unwrap(), "");
    assert_eq!(str_slice("", Some(0), Some(0), Some(-3)).unwrap(), "");
    assert_eq!(str_slice("", Some(0), Some(0), Some(-1)).unwrap(), "");
    assert_eq!(str_slice("", Some(0), Some(0), Some(1)).unwrap(), "");
    assert_eq!(str_slice("", Some(0), Some(0), Some(2)).unwrap(), "");
    assert_eq!(str_slice("", Some(0), Some(0), Some(3)).unwrap(), "");
    assert_eq!(str_slice("", Some(0), Some(2), None).unwrap(), "");
    assert_eq!(str_slice("", Some(0), Some(2), Some(-3)).unwrap(), "");
    assert_eq!(str_slice("", Some(0), Some(2), Some(-1)).unwrap(), "");
    assert_eq!(str_slice("", Some(0), Some(2), Some(1)).unwrap(), "");
    assert_eq!(str_slice("", Some(0), Some(2), Some(2)).unwrap(), "");
    assert_eq!(str_slice("", Some(0), Some(2), Some(3)).unwrap(), "");
    assert_eq!(str_slice("", Some(0), Some(4), None).unwrap(), "");
    assert_eq!(str_slice("", Some(0), Some(4), Some(-3)).unwrap(), "");
    assert_eq!(str_slice("", Some(0), Some(4), Some(-1)).unwrap(), "");
    assert_eq!(str_slice("", Some(0), Some(4), Some(1)).unwrap(), "");
    assert_eq!(str_slice("", Some(0), Some(4), Some(2)).unwrap(), "");
    assert_eq!(str_slice("", Some(0), Some(4), Some(3)).unwrap(), "");
    assert_eq!(str_slice("", Some(0), Some(100), None).unwrap(), "");
    assert_eq!(str_slice("", Some(0), Some(100), Some(-3)).unwrap(), "");
    assert_eq!(str_slice("", Some(0), Some(100), Some(-1)).unwrap(), "");
    assert_eq!(str_slice("", Some(0), Some(100), Some(1)).unwrap(), "");
    assert_eq!(str_slice("", Some(0), Some(100), Some(2)).unwrap(), "");
    assert_eq!(str_slice("", Some(0), Some(100), Some(3)).unwrap(), "");
    assert_eq!(str_slice("", Some(1), None, None).unwrap(), "");
    assert_eq!(str_slice("", Some(1), None, Some(-3)).unwrap(), "");
    assert_eq!(str_slice("", Some(1), None, Some(-1)).unwrap(), "");
    assert_eq!(str_slice("", Some(1), None, Some(1)).unwrap(), "");
    assert_eq!(str_slice("", Some(1), None, Some(2)).unwrap(), "");
    assert_eq!(str_slice("", Some(1), None, Some(3)).unwrap(), "");
    assert_eq!(str_slice("", Some(1), Some(-10), None).unwrap(), "");
    assert_eq!(str_slice("", Some(1), Some(-10), Some(-3)).unwrap(), "");
    assert_eq!(str_slice("", Some(1), Some(-10), Some(-1)).unwrap(), "");
    assert_eq!(str_slice("", Some(1), Some(-10), Some(1)).unwrap(), "");
    assert_eq!(str_slice("", Some(1), Some(-10), Some(2)).unwrap(), "");
    assert_eq!(str_slice("", Some(1), Some(-10), Some(3)).unwrap(), "");
    assert_eq!(str_slice("", Some(1), Some(-1), None).unwrap(), "");
    assert_eq!(str_slice("", Some(1), Some(-1), Some(-3)).unwrap(), "");
    assert_eq!(str_slice("", Some(1), Some(-1), Some(-1)).unwrap(), "");
    assert_eq!(str_slice("", Some(1), Some(-1), Some(1)).unwrap(), "");
    assert_eq!(str_slice("", Some(1), Some(-1), Some(2)).unwrap(), "");
    assert_eq!(str_slice("", Some(1), Some(-1), Some(3)).unwrap(), "");
    assert_eq!(str_slice("", Some(1), Some(0), None).unwrap(), "");
    assert_eq!(str_slice("", Some(1), Some(0), Some(-3)).unwrap(), "");
    assert_eq!(str_slice("", Some(1), Some(0), Some(-1)).unwrap(), "");
    assert_eq!(str_slice("", Some(1), Some(0), Some(1)).unwrap(), "");
    assert_eq!(str_slice("", Some(1), Some(0), Some(2)).unwrap(), "");
    assert_eq!(str_slice("", Some(1), Some(0), Some(3)).unwrap(), "");
    assert_eq!(str_slice("", Some(1), Some(2), None).unwrap(), "");
    assert_eq!(str_slice("", Some(1), Some(2), Some(-3)).unwrap(), "");
    assert_eq!(str_slice("", Some(1), Some(2), Some(-1)).unwrap(), "");
    assert_eq!(str_slice("", Some(1), Some(2), Some(1)).unwrap(), "");
    assert_eq!(str_slice("", Some(1), Some(2), Some(2)).unwrap(), "");
    assert_eq!(str_slice("", Some(1), Some(2), Some(3)).unwrap(), "");
    assert_eq!(str_slice("", Some(1), Some(4), None).unwrap(), "");
    assert_eq!(str_slice("", Some(1), Some(4), Some(-3)).unwrap(), "");
    assert_eq!(str_slice("", Some(1), Some(4), Some(-1)).unwrap(), "");
    assert_eq!(str_slice("", Some(1), Some(4), Some(1)).unwrap(), "");
    assert_eq!(str_slice("", Some(1), Some(4), Some(2)).unwrap(), "");
    assert_eq!(str_slice("", Some(1), Some(4), Some(3)).unwrap(), "");
    assert_eq!(str_slice("", Some(1), Some(100), None).unwrap(), "");
    assert_eq!(str_slice("", Some(1), Some(100), Some(-3)).unwrap(), "");
    assert_eq!(str_slice("", Some(1), Some(100), Some(-1)).unwrap(), "");
    assert_eq!(str_slice("", Some(1), Some(100), Some(1)).unwrap(), "");
    assert_eq!(str_slice("", Some(1), Some(100), Some(2)).unwrap(), "");
    assert_eq!(str_slice("", Some(1), Some(100), Some(3)).unwrap(), "");
    assert_eq!(str_slice("", Some(4), None, None).unwrap(), "");
    assert_eq!(str_slice("", Some(4), None, Some(-3)).unwrap(), "");
    assert_eq!(str_slice("", Some(4), None, Some(-1)).unwrap(), "");
    assert_eq!(str_slice("", Some(4), None, Some(1)).unwrap(), "");
    assert_eq!(str_slice("", Some(4), None, Some(2)).unwrap(), "");
    assert_eq!(str_slice("", Some(4), None, Some(3)).unwrap(), "");
    assert_eq!(str_slice("", Some(4), Some(-10), None).unwrap(), "");
    assert_eq!(str_slice("", Some(4), Some(-10), Some(-3)).unwrap(), "");
    assert_eq!(str_slice("", Some(4), Some(-10), Some(-1)).unwrap(), "");
    assert_eq!(str_slice("", Some(4), Some(-10), Some(1)).unwrap(), "");
    assert_eq!(str_slice("", Some(4), Some(-10), Some(2)).unwrap(), "");
    assert_eq!(str_slice("", Some(4), Some(-10), Some(3)).unwrap(), "");
    assert_eq!(str_slice("", Some(4), Some(-1), None).unwrap(), "");
    assert_eq!(str_slice("", Some(4), Some(-1), Some(-3)).unwrap(), "");
    assert_eq!(str_slice("", Some(4), Some(-1), Some(-1)).unwrap(), "");
    assert_eq!(str_slice("", Some(4), Some(-1), Some(1)).unwrap(), "");
    assert_eq!(str_slice("", Some(4), Some(-1), Some(2)).unwrap(), "");
    assert_eq!(str_slice("", Some(4), Some(-1), Some(3)).unwrap(), "");
    assert_eq!(str_slice("", Some(4), Some(0), None).unwrap(), "");
    assert_eq!(str_slice("", Some(4), Some(0), Some(-3)).unwrap(), "");
    assert_eq!(str_slice("", Some(4), Some(0), Some(-1)).unwrap(), "");
    assert_eq!(str_slice("", Some(4), Some(0), Some(1)).unwrap(), "");
    assert_eq!(str_slice("", Some(4), Some(0), Some(2)).unwrap(), "");
    assert_eq!(str_slice("", Some(4), Some(0), Some(3)).unwrap(), "");
    assert_eq!(str_slice("", Some(4), Some(2), None).unwrap(), "");
    assert_eq!(str_slice("", Some(4), Some(2), Some(-3)).unwrap(), "");
    assert_eq!(str_slice("", Some(4), Some(2), Some(-1)).unwrap(), "");
    assert_eq!(str_slice("", Some(4), Some(2), Some(1)).unwrap(), "");
    assert_eq!(str_slice("", Some(4), Some(2), Some(2)).unwrap(), "");
    assert_eq!(str_slice("", Some(4), Some(2), Some(3)).unwrap(), "");
    assert_eq!(str_slice("", Some(4), Some(4), None).unwrap(), "");
    assert_eq!(str_slice("", Some(4), Some(4), Some(-3)).unwrap(), "");
    assert_eq!(str_slice("", Some(4), Some(4), Some(-1)).unwrap(), "");
    assert_eq!(str_slice("", Some(4), Some(4), Some(1)).unwrap(), "");
    assert_eq!(str_slice("", Some(4), Some(4), Some(2)).unwrap(), "");
    assert_eq!(str_slice("", Some(4), Some(4), Some(3)).unwrap(), "");
    assert_eq!(str_slice("", Some(4), Some(100), None).unwrap(), "");
    assert_eq!(str_slice("", Some(4), Some(100), Some(-3)).unwrap(), "");
    assert_eq!(str_slice("", Some(4), Some(100), Some(-1)).unwrap(), "");
    assert_eq!(str_slice("", Some(4), Some(100), Some(1)).unwrap(), "");
    assert_eq!(str_slice("", Some(4), Some(100), Some(2)).unwrap(), "");
    assert_eq!(str_slice("", Some(4), Some(100), Some(3)).unwrap(), "");
    assert_eq!(str_slice("", Some(10), None, None).unwrap(), "");
    assert_eq!(str_slice("", Some(10), None, Some(-3)).unwrap(), "");
    assert_eq!(str_slice("", Some(10), None, Some(-1)).unwrap(), "");
    assert_eq!(str_slice("", Some(10), None, Some(1)).unwrap(), "");
    assert_eq!(str_slice("", Some(10), None, Some(2)).unwrap(), "");
    assert_eq!(str_slice("", Some(10), None, Some(3)).unwrap(), "");
    assert_eq!(str_slice("", Some(10), Some(-10), None).unwrap(), "");
    assert_eq!(str_slice("", Some(10), Some(-10), Some(-3)).unwrap(), "");
    assert_eq!(str_slice("", Some(10), Some(-10), Some(-1)).unwrap(), "");
    assert_eq!(str_slice("", Some(10), Some(-10), Some(1)).unwrap(), "");
    assert_eq!(str_slice("", Some(10), Some(-10), Some(2)).unwrap(), "");
    assert_eq!(str_slice("", Some(10), Some(-10), Some(3)).unwrap(), "");
    assert_eq!(str_slice("", Some(10), Some(-1), None).unwrap(), "");
    assert_eq!(str_slice("", Some(10), Some(-1), Some(-3)).unwrap(), "");
    assert_eq!(str_slice("", Some(10), Some(-1), Some(-1)).unwrap(), "");
    assert_eq!(str_slice("", Some(10), Some(-1), Some(1)).unwrap(), "");
    assert_eq!(str_slice("", Some(10), Some(-1), Some(2)).unwrap(), "");
    assert_eq!(str_slice("", Some(10), Some(-1), Some(3)).unwrap(), "");
    assert_eq!(str_slice("", Some(10), Some(0), None).unwrap(), "");
    assert_eq!(str_slice("", Some(10), Some(0), Some(-3)).unwrap(), "");
    assert_eq!(str_slice("", Some(10), Some(0), Some(-1)).unwrap(), "");
    assert_eq!(str_slice("", Some(10), Some(0), Some(1)).unwrap(), "");
    assert_eq!(str_slice("", Some(10), Some(0), Some(2)).unwrap(), "");
    assert_eq!(str_slice("", Some(10), Some(0), Some(3)).unwrap(), "");
    assert_eq!(str_slice("", Some(10), Some(2), None).unwrap(), "");
    assert_eq!(str_slice("", Some(10), Some(2), Some(-3)).unwrap(), "");
    assert_eq!(str_slice("", Some(10), Some(2), Some(-1)).unwrap(), "");
    assert_eq!(str_slice("", Some(10), Some(2), Some(1)).unwrap(), "");
    assert_eq!(str_slice("", Some(10), Some(2), Some(2)).unwrap(), "");
    assert_eq!(str_slice("", Some(10), Some(2), Some(3)).unwrap(), "");
    assert_eq!(str_slice("", Some(10), Some(4), None).unwrap(), "");
    assert_eq!(str_slice("", Some(10), Some(4), Some(-3)).unwrap(), "");
    assert_eq!(str_slice("", Some(10), Some(4), Some(-1)).unwrap(), "");
    assert_eq!(str_slice("", Some(10), Some(4), Some(1)).unwrap(), "");
    assert_eq!(str_slice("", Some(10), Some(4), Some(2)).unwrap(), "");
    assert_eq!(str_slice("", Some(10), Some(4), Some(3)).unwrap(), "");
    assert_eq!(str_slice("", Some(10), Some(100), None).unwrap(), "");
    assert_eq!(str_slice("", Some(10), Some(100), Some(-3)).unwrap(), "");
    assert_eq!(str_slice("", Some(10), Some(100), Some(-1)).unwrap(), "");
    assert_eq!(str_slice("", Some(10), Some(100), Some(1)).unwrap(), "");
    assert_eq!(str_slice("", Some(10), Some(100), Some(2)).unwrap(), "");
    assert_eq!(str_slice("", Some(10), Some(100), Some(3)).unwrap(), "");
    assert_eq!(
        char_at("\u{4e2d}\u{6587}x", -10),
        Err(TextError::Index("string index out of range".into()))
    );
    assert_eq!(char_at("\u{4e2d}\u{6587}x", -1), Ok('\u{78}'));
    assert_eq!(char_at("\u{4e2d}\u{6587}x", 0), Ok('\u{4e2d}'));
    assert_eq!(char_at("\u{4e2d}\u{6587}x", 1), Ok('\u{6587}'));
    assert_eq!(
        char_at("\u{4e2d}\u{6587}x", 4),
        Err(TextError::Index("string index out of range".into()))
    );
    assert_eq!(
        char_at("\u{4e2d}\u{6587}x", 10),
        Err(TextError::Index("string index out of range".into()))
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", None, None, None).unwrap(),
        "\u{4e2d}\u{6587}x"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", None, None, Some(-3)).unwrap(),
        "x"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", None, None, Some(-1)).unwrap(),
        "x\u{6587}\u{4e2d}"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", None, None, Some(1)).unwrap(),
        "\u{4e2d}\u{6587}x"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", None, None, Some(2)).unwrap(),
        "\u{4e2d}x"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", None, None, Some(3)).unwrap(),
        "\u{4e2d}"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", None, Some(-10), None).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", None, Some(-10), Some(-3)).unwrap(),
        "x"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", None, Some(-10), Some(-1)).unwrap(),
        "x\u{6587}\u{4e2d}"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", None, Some(-10), Some(1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", None, Some(-10), Some(2)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", None, Some(-10), Some(3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", None, Some(-1), None).unwrap(),
        "\u{4e2d}\u{6587}"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", None, Some(-1), Some(-3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", None, Some(-1), Some(-1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", None, Some(-1), Some(1)).unwrap(),
        "\u{4e2d}\u{6587}"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", None, Some(-1), Some(2)).unwrap(),
        "\u{4e2d}"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", None, Some(-1), Some(3)).unwrap(),
        "\u{4e2d}"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", None, Some(0), None).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", None, Some(0), Some(-3)).unwrap(),
        "x"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", None, Some(0), Some(-1)).unwrap(),
        "x\u{6587}"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", None, Some(0), Some(1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", None, Some(0), Some(2)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", None, Some(0), Some(3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", None, Some(2), None).unwrap(),
        "\u{4e2d}\u{6587}"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", None, Some(2), Some(-3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", None, Some(2), Some(-1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", None, Some(2), Some(1)).unwrap(),
        "\u{4e2d}\u{6587}"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", None, Some(2), Some(2)).unwrap(),
        "\u{4e2d}"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", None, Some(2), Some(3)).unwrap(),
        "\u{4e2d}"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", None, Some(4), None).unwrap(),
        "\u{4e2d}\u{6587}x"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", None, Some(4), Some(-3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", None, Some(4), Some(-1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", None, Some(4), Some(1)).unwrap(),
        "\u{4e2d}\u{6587}x"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", None, Some(4), Some(2)).unwrap(),
        "\u{4e2d}x"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", None, Some(4), Some(3)).unwrap(),
        "\u{4e2d}"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", None, Some(100), None).unwrap(),
        "\u{4e2d}\u{6587}x"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", None, Some(100), Some(-3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", None, Some(100), Some(-1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", None, Some(100), Some(1)).unwrap(),
        "\u{4e2d}\u{6587}x"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", None, Some(100), Some(2)).unwrap(),
        "\u{4e2d}x"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", None, Some(100), Some(3)).unwrap(),
        "\u{4e2d}"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(-10), None, None).unwrap(),
        "\u{4e2d}\u{6587}x"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(-10), None, Some(-3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(-10), None, Some(-1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(-10), None, Some(1)).unwrap(),
        "\u{4e2d}\u{6587}x"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(-10), None, Some(2)).unwrap(),
        "\u{4e2d}x"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(-10), None, Some(3)).unwrap(),
        "\u{4e2d}"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(-10), Some(-10), None).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(-10), Some(-10), Some(-3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(-10), Some(-10), Some(-1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(-10), Some(-10), Some(1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(-10), Some(-10), Some(2)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(-10), Some(-10), Some(3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(-10), Some(-1), None).unwrap(),
        "\u{4e2d}\u{6587}"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(-10), Some(-1), Some(-3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(-10), Some(-1), Some(-1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(-10), Some(-1), Some(1)).unwrap(),
        "\u{4e2d}\u{6587}"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(-10), Some(-1), Some(2)).unwrap(),
        "\u{4e2d}"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(-10), Some(-1), Some(3)).unwrap(),
        "\u{4e2d}"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(-10), Some(0), None).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(-10), Some(0), Some(-3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(-10), Some(0), Some(-1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(-10), Some(0), Some(1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(-10), Some(0), Some(2)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(-10), Some(0), Some(3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(-10), Some(2), None).unwrap(),
        "\u{4e2d}\u{6587}"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(-10), Some(2), Some(-3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(-10), Some(2), Some(-1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(-10), Some(2), Some(1)).unwrap(),
        "\u{4e2d}\u{6587}"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(-10), Some(2), Some(2)).unwrap(),
        "\u{4e2d}"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(-10), Some(2), Some(3)).unwrap(),
        "\u{4e2d}"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(-10), Some(4), None).unwrap(),
        "\u{4e2d}\u{6587}x"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(-10), Some(4), Some(-3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(-10), Some(4), Some(-1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(-10), Some(4), Some(1)).unwrap(),
        "\u{4e2d}\u{6587}x"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(-10), Some(4), Some(2)).unwrap(),
        "\u{4e2d}x"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(-10), Some(4), Some(3)).unwrap(),
        "\u{4e2d}"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(-10), Some(100), None).unwrap(),
        "\u{4e2d}\u{6587}x"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(-10), Some(100), Some(-3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(-10), Some(100), Some(-1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(-10), Some(100), Some(1)).unwrap(),
        "\u{4e2d}\u{6587}x"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(-10), Some(100), Some(2)).unwrap(),
        "\u{4e2d}x"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(-10), Some(100), Some(3)).unwrap(),
        "\u{4e2d}"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(-2), None, None).unwrap(),
        "\u{6587}x"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(-2), None, Some(-3)).unwrap(),
        "\u{6587}"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(-2), None, Some(-1)).unwrap(),
        "\u{6587}\u{4e2d}"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(-2), None, Some(1)).unwrap(),
        "\u{6587}x"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(-2), None, Some(2)).unwrap(),
        "\u{6587}"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(-2), None, Some(3)).unwrap(),
        "\u{6587}"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(-2), Some(-10), None).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(-2), Some(-10), Some(-3)).unwrap(),
        "\u{6587}"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(-2), Some(-10), Some(-1)).unwrap(),
        "\u{6587}\u{4e2d}"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(-2), Some(-10), Some(1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(-2), Some(-10), Some(2)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(-2), Some(-10), Some(3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(-2), Some(-1), None).unwrap(),
        "\u{6587}"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(-2), Some(-1), Some(-3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(-2), Some(-1), Some(-1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(-2), Some(-1), Some(1)).unwrap(),
        "\u{6587}"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(-2), Some(-1), Some(2)).unwrap(),
        "\u{6587}"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(-2), Some(-1), Some(3)).unwrap(),
        "\u{6587}"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(-2), Some(0), None).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(-2), Some(0), Some(-3)).unwrap(),
        "\u{6587}"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(-2), Some(0), Some(-1)).unwrap(),
        "\u{6587}"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(-2), Some(0), Some(1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(-2), Some(0), Some(2)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(-2), Some(0), Some(3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(-2), Some(2), None).unwrap(),
        "\u{6587}"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(-2), Some(2), Some(-3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(-2), Some(2), Some(-1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(-2), Some(2), Some(1)).unwrap(),
        "\u{6587}"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(-2), Some(2), Some(2)).unwrap(),
        "\u{6587}"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(-2), Some(2), Some(3)).unwrap(),
        "\u{6587}"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(-2), Some(4), None).unwrap(),
        "\u{6587}x"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(-2), Some(4), Some(-3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(-2), Some(4), Some(-1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(-2), Some(4), Some(1)).unwrap(),
        "\u{6587}x"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(-2), Some(4), Some(2)).unwrap(),
        "\u{6587}"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(-2), Some(4), Some(3)).unwrap(),
        "\u{6587}"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(-2), Some(100), None).unwrap(),
        "\u{6587}x"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(-2), Some(100), Some(-3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(-2), Some(100), Some(-1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(-2), Some(100), Some(1)).unwrap(),
        "\u{6587}x"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(-2), Some(100), Some(2)).unwrap(),
        "\u{6587}"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(-2), Some(100), Some(3)).unwrap(),
        "\u{6587}"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(0), None, None).unwrap(),
        "\u{4e2d}\u{6587}x"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(0), None, Some(-3)).unwrap(),
        "\u{4e2d}"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(0), None, Some(-1)).unwrap(),
        "\u{4e2d}"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(0), None, Some(1)).unwrap(),
        "\u{4e2d}\u{6587}x"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(0), None, Some(2)).unwrap(),
        "\u{4e2d}x"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(0), None, Some(3)).unwrap(),
        "\u{4e2d}"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(0), Some(-10), None).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(0), Some(-10), Some(-3)).unwrap(),
        "\u{4e2d}"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(0), Some(-10), Some(-1)).unwrap(),
        "\u{4e2d}"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(0), Some(-10), Some(1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(0), Some(-10), Some(2)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(0), Some(-10), Some(3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(0), Some(-1), None).unwrap(),
        "\u{4e2d}\u{6587}"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(0), Some(-1), Some(-3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(0), Some(-1), Some(-1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(0), Some(-1), Some(1)).unwrap(),
        "\u{4e2d}\u{6587}"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(0), Some(-1), Some(2)).unwrap(),
        "\u{4e2d}"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(0), Some(-1), Some(3)).unwrap(),
        "\u{4e2d}"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(0), Some(0), None).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(0), Some(0), Some(-3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(0), Some(0), Some(-1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(0), Some(0), Some(1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(0), Some(0), Some(2)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(0), Some(0), Some(3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(0), Some(2), None).unwrap(),
        "\u{4e2d}\u{6587}"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(0), Some(2), Some(-3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(0), Some(2), Some(-1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(0), Some(2), Some(1)).unwrap(),
        "\u{4e2d}\u{6587}"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(0), Some(2), Some(2)).unwrap(),
        "\u{4e2d}"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(0), Some(2), Some(3)).unwrap(),
        "\u{4e2d}"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(0), Some(4), None).unwrap(),
        "\u{4e2d}\u{6587}x"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(0), Some(4), Some(-3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(0), Some(4), Some(-1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(0), Some(4), Some(1)).unwrap(),
        "\u{4e2d}\u{6587}x"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(0), Some(4), Some(2)).unwrap(),
        "\u{4e2d}x"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(0), Some(4), Some(3)).unwrap(),
        "\u{4e2d}"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(0), Some(100), None).unwrap(),
        "\u{4e2d}\u{6587}x"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(0), Some(100), Some(-3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(0), Some(100), Some(-1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(0), Some(100), Some(1)).unwrap(),
        "\u{4e2d}\u{6587}x"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(0), Some(100), Some(2)).unwrap(),
        "\u{4e2d}x"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(0), Some(100), Some(3)).unwrap(),
        "\u{4e2d}"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(1), None, None).unwrap(),
        "\u{6587}x"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(1), None, Some(-3)).unwrap(),
        "\u{6587}"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(1), None, Some(-1)).unwrap(),
        "\u{6587}\u{4e2d}"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(1), None, Some(1)).unwrap(),
        "\u{6587}x"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(1), None, Some(2)).unwrap(),
        "\u{6587}"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(1), None, Some(3)).unwrap(),
        "\u{6587}"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(1), Some(-10), None).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(1), Some(-10), Some(-3)).unwrap(),
        "\u{6587}"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(1), Some(-10), Some(-1)).unwrap(),
        "\u{6587}\u{4e2d}"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(1), Some(-10), Some(1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(1), Some(-10), Some(2)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(1), Some(-10), Some(3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(1), Some(-1), None).unwrap(),
        "\u{6587}"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(1), Some(-1), Some(-3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(1), Some(-1), Some(-1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(1), Some(-1), Some(1)).unwrap(),
        "\u{6587}"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(1), Some(-1), Some(2)).unwrap(),
        "\u{6587}"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(1), Some(-1), Some(3)).unwrap(),
        "\u{6587}"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(1), Some(0), None).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(1), Some(0), Some(-3)).unwrap(),
        "\u{6587}"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(1), Some(0), Some(-1)).unwrap(),
        "\u{6587}"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(1), Some(0), Some(1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(1), Some(0), Some(2)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(1), Some(0), Some(3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(1), Some(2), None).unwrap(),
        "\u{6587}"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(1), Some(2), Some(-3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(1), Some(2), Some(-1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(1), Some(2), Some(1)).unwrap(),
        "\u{6587}"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(1), Some(2), Some(2)).unwrap(),
        "\u{6587}"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(1), Some(2), Some(3)).unwrap(),
        "\u{6587}"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(1), Some(4), None).unwrap(),
        "\u{6587}x"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(1), Some(4), Some(-3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(1), Some(4), Some(-1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(1), Some(4), Some(1)).unwrap(),
        "\u{6587}x"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(1), Some(4), Some(2)).unwrap(),
        "\u{6587}"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(1), Some(4), Some(3)).unwrap(),
        "\u{6587}"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(1), Some(100), None).unwrap(),
        "\u{6587}x"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(1), Some(100), Some(-3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(1), Some(100), Some(-1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(1), Some(100), Some(1)).unwrap(),
        "\u{6587}x"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(1), Some(100), Some(2)).unwrap(),
        "\u{6587}"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(1), Some(100), Some(3)).unwrap(),
        "\u{6587}"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(4), None, None).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(4), None, Some(-3)).unwrap(),
        "x"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(4), None, Some(-1)).unwrap(),
        "x\u{6587}\u{4e2d}"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(4), None, Some(1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(4), None, Some(2)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(4), None, Some(3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(4), Some(-10), None).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(4), Some(-10), Some(-3)).unwrap(),
        "x"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(4), Some(-10), Some(-1)).unwrap(),
        "x\u{6587}\u{4e2d}"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(4), Some(-10), Some(1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(4), Some(-10), Some(2)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(4), Some(-10), Some(3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(4), Some(-1), None).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(4), Some(-1), Some(-3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(4), Some(-1), Some(-1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(4), Some(-1), Some(1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(4), Some(-1), Some(2)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(4), Some(-1), Some(3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(4), Some(0), None).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(4), Some(0), Some(-3)).unwrap(),
        "x"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(4), Some(0), Some(-1)).unwrap(),
        "x\u{6587}"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(4), Some(0), Some(1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(4), Some(0), Some(2)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(4), Some(0), Some(3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(4), Some(2), None).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(4), Some(2), Some(-3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(4), Some(2), Some(-1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(4), Some(2), Some(1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(4), Some(2), Some(2)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(4), Some(2), Some(3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(4), Some(4), None).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(4), Some(4), Some(-3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(4), Some(4), Some(-1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(4), Some(4), Some(1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(4), Some(4), Some(2)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(4), Some(4), Some(3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(4), Some(100), None).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(4), Some(100), Some(-3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(4), Some(100), Some(-1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(4), Some(100), Some(1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(4), Some(100), Some(2)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(4), Some(100), Some(3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(10), None, None).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(10), None, Some(-3)).unwrap(),
        "x"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(10), None, Some(-1)).unwrap(),
        "x\u{6587}\u{4e2d}"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(10), None, Some(1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(10), None, Some(2)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(10), None, Some(3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(10), Some(-10), None).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(10), Some(-10), Some(-3)).unwrap(),
        "x"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(10), Some(-10), Some(-1)).unwrap(),
        "x\u{6587}\u{4e2d}"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(10), Some(-10), Some(1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(10), Some(-10), Some(2)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(10), Some(-10), Some(3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(10), Some(-1), None).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(10), Some(-1), Some(-3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(10), Some(-1), Some(-1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(10), Some(-1), Some(1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(10), Some(-1), Some(2)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(10), Some(-1), Some(3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(10), Some(0), None).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(10), Some(0), Some(-3)).unwrap(),
        "x"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(10), Some(0), Some(-1)).unwrap(),
        "x\u{6587}"
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(10), Some(0), Some(1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(10), Some(0), Some(2)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(10), Some(0), Some(3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(10), Some(2), None).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(10), Some(2), Some(-3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(10), Some(2), Some(-1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(10), Some(2), Some(1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(10), Some(2), Some(2)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(10), Some(2), Some(3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(10), Some(4), None).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(10), Some(4), Some(-3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(10), Some(4), Some(-1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(10), Some(4), Some(1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(10), Some(4), Some(2)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(10), Some(4), Some(3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(10), Some(100), None).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(10), Some(100), Some(-3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(10), Some(100), Some(-1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(10), Some(100), Some(1)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(10), Some(100), Some(2)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("\u{4e2d}\u{6587}x", Some(10), Some(100), Some(3)).unwrap(),
        ""
    );
    assert_eq!(
        str_slice("abc", None, None, Some(0)),
        Err(TextError::Value("slice step cannot be zero".into()))
    );
    assert_eq!(
        slice_indices(5, Some(i64::MIN), Some(i64::MAX), Some(i64::MIN))
            .unwrap()
            .3,
        0
    );
    assert_eq!(
        str_slice("abcde", Some(4), Some(-6), Some(i64::MIN)).unwrap(),
        "e"
    );
    assert_eq!(
        str_slice("abcde", Some(1), None, Some(i64::MAX)).unwrap(),
        "b"
    );
}

#[test]
fn translate_and_prefixes() {
    let got: Result<String, ()> = translate("abcd", |c| {
        Ok(match c {
            'a' => Translation::Replace("xy".into()),
            'b' => Translation::Delete,
            _ => Translation::Keep,
        })
    });
    assert_eq!(got.unwrap(), "xycd");
    assert_eq!(removeprefix("abc", "ab"), "c");
    assert_eq!(removesuffix("abc", "bc"), "a");
    assert_eq!(removeprefix("abc", "x"), "abc");
}
