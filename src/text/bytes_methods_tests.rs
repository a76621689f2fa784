//! Tests for bytes_methods; expected results were produced by CPython 3.11
//! (src/text/testgen/bytes_methods_tests.py).
#![allow(clippy::bool_assert_comparison)]
use super::*;

#[test]
fn bytes_methods_match_cpython() {
    assert_eq!(find(b"abcabc", b"", None, Some(0)), 0);
    assert_eq!(rfind(b"abcabc", b"", None, Some(0)), 0);
    assert_eq!(count(b"abcabc", b"", None, Some(0)), 1);
    assert_eq!(startswith(b"abcabc", b"", None, Some(0)), true);
    assert_eq!(endswith(b"abcabc", b"", None, Some(0)), true);
    assert_eq!(find(b"abcabc", b"", None, Some(2)), 0);
    assert_eq!(rfind(b"abcabc", b"", None, Some(2)), 2);
    assert_eq!(count(b"abcabc", b"", None, Some(2)), 3);
    assert_eq!(startswith(b"abcabc", b"", None, Some(2)), true);
    assert_eq!(endswith(b"abcabc", b"", None, Some(2)), true);
    assert_eq!(find(b"abcabc", b"", None, Some(-1)), 0);
    assert_eq!(rfind(b"abcabc", b"", None, Some(-1)), 5);
    assert_eq!(count(b"abcabc", b"", None, Some(-1)), 6);
    assert_eq!(startswith(b"abcabc", b"", None, Some(-1)), true);
    assert_eq!(endswith(b"abcabc", b"", None, Some(-1)), true);
    assert_eq!(find(b"abcabc", b"", Some(-10), Some(-1)), 0);
    assert_eq!(rfind(b"abcabc", b"", Some(-10), Some(-1)), 5);
    assert_eq!(count(b"abcabc", b"", Some(-10), Some(-1)), 6);
    assert_eq!(startswith(b"abcabc", b"", Some(-10), Some(-1)), true);
    assert_eq!(endswith(b"abcabc", b"", Some(-10), Some(-1)), true);
    assert_eq!(find(b"abcabc", b"", Some(-10), Some(-10)), 0);
    assert_eq!(rfind(b"abcabc", b"", Some(-10), Some(-10)), 0);
    assert_eq!(count(b"abcabc", b"", Some(-10), Some(-10)), 1);
    assert_eq!(startswith(b"abcabc", b"", Some(-10), Some(-10)), true);
    assert_eq!(endswith(b"abcabc", b"", Some(-10), Some(-10)), true);
    assert_eq!(find(b"abcabc", b"", Some(-10), Some(4)), 0);
    assert_eq!(rfind(b"abcabc", b"", Some(-10), Some(4)), 4);
    assert_eq!(count(b"abcabc", b"", Some(-10), Some(4)), 5);
    assert_eq!(startswith(b"abcabc", b"", Some(-10), Some(4)), true);
    assert_eq!(endswith(b"abcabc", b"", Some(-10), Some(4)), true);
    assert_eq!(find(b"abcabc", b"", Some(-2), Some(10)), 4);
    assert_eq!(rfind(b"abcabc", b"", Some(-2), Some(10)), 6);
    assert_eq!(count(b"abcabc", b"", Some(-2), Some(10)), 3);
    assert_eq!(startswith(b"abcabc", b"", Some(-2), Some(10)), true);
    assert_eq!(endswith(b"abcabc", b"", Some(-2), Some(10)), true);
    assert_eq!(find(b"abcabc", b"", Some(-2), Some(4)), 4);
    assert_eq!(rfind(b"abcabc", b"", Some(-2), Some(4)), 4);
    assert_eq!(count(b"abcabc", b"", Some(-2), Some(4)), 1);
    assert_eq!(startswith(b"abcabc", b"", Some(-2), Some(4)), true);
    assert_eq!(endswith(b"abcabc", b"", Some(-2), Some(4)), true);
    assert_eq!(find(b"abcabc", b"", Some(-2), None), 4);
    assert_eq!(rfind(b"abcabc", b"", Some(-2), None), 6);
    assert_eq!(count(b"abcabc", b"", Some(-2), None), 3);
    assert_eq!(startswith(b"abcabc", b"", Some(-2), None), true);
    assert_eq!(endswith(b"abcabc", b"", Some(-2), None), true);
    assert_eq!(find(b"abcabc", b"", Some(0), Some(-1)), 0);
    assert_eq!(rfind(b"abcabc", b"", Some(0), Some(-1)), 5);
    assert_eq!(count(b"abcabc", b"", Some(0), Some(-1)), 6);
    assert_eq!(startswith(b"abcabc", b"", Some(0), Some(-1)), true);
    assert_eq!(endswith(b"abcabc", b"", Some(0), Some(-1)), true);
    assert_eq!(find(b"abcabc", b"", Some(0), Some(2)), 0);
    assert_eq!(rfind(b"abcabc", b"", Some(0), Some(2)), 2);
    assert_eq!(count(b"abcabc", b"", Some(0), Some(2)), 3);
    assert_eq!(startswith(b"abcabc", b"", Some(0), Some(2)), true);
    assert_eq!(endswith(b"abcabc", b"", Some(0), Some(2)), true);
    assert_eq!(find(b"abcabc", b"", Some(0), Some(0)), 0);
    assert_eq!(rfind(b"abcabc", b"", Some(0), Some(0)), 0);
    assert_eq!(count(b"abcabc", b"", Some(0), Some(0)), 1);
    assert_eq!(startswith(b"abcabc", b"", Some(0), Some(0)), true);
    assert_eq!(endswith(b"abcabc", b"", Some(0), Some(0)), true);
    assert_eq!(find(b"abcabc", b"", Some(1), Some(2)), 1);
    assert_eq!(rfind(b"abcabc", b"", Some(1), Some(2)), 2);
    assert_eq!(count(b"abcabc", b"", Some(1), Some(2)), 2);
    assert_eq!(startswith(b"abcabc", b"", Some(1), Some(2)), true);
    assert_eq!(endswith(b"abcabc", b"", Some(1), Some(2)), true);
    assert_eq!(find(b"abcabc", b"", Some(1), None), 1);
    assert_eq!(rfind(b"abcabc", b"", Some(1), None), 6);
    assert_eq!(count(b"abcabc", b"", Some(1), None), 6);
    assert_eq!(startswith(b"abcabc", b"", Some(1), None), true);
    assert_eq!(endswith(b"abcabc", b"", Some(1), None), true);
    assert_eq!(find(b"abcabc", b"", Some(1), Some(-1)), 1);
    assert_eq!(rfind(b"abcabc", b"", Some(1), Some(-1)), 5);
    assert_eq!(count(b"abcabc", b"", Some(1), Some(-1)), 5);
    assert_eq!(startswith(b"abcabc", b"", Some(1), Some(-1)), true);
    assert_eq!(endswith(b"abcabc", b"", Some(1), Some(-1)), true);
    assert_eq!(find(b"abcabc", b"", Some(5), Some(2)), -1);
    assert_eq!(rfind(b"abcabc", b"", Some(5), Some(2)), -1);
    assert_eq!(count(b"abcabc", b"", Some(5), Some(2)), 0);
    assert_eq!(startswith(b"abcabc", b"", Some(5), Some(2)), false);
    assert_eq!(endswith(b"abcabc", b"", Some(5), Some(2)), false);
    assert_eq!(find(b"abcabc", b"", Some(5), Some(10)), 5);
    assert_eq!(rfind(b"abcabc", b"", Some(5), Some(10)), 6);
    assert_eq!(count(b"abcabc", b"", Some(5), Some(10)), 2);
    assert_eq!(startswith(b"abcabc", b"", Some(5), Some(10)), true);
    assert_eq!(endswith(b"abcabc", b"", Some(5), Some(10)), true);
    assert_eq!(find(b"abcabc", b"", Some(5), None), 5);
    assert_eq!(rfind(b"abcabc", b"", Some(5), None), 6);
    assert_eq!(count(b"abcabc", b"", Some(5), None), 2);
    assert_eq!(startswith(b"abcabc", b"", Some(5), None), true);
    assert_eq!(endswith(b"abcabc", b"", Some(5), None), true);
    assert_eq!(find(b"abcabc", b"", Some(10), Some(4)), -1);
    assert_eq!(rfind(b"abcabc", b"", Some(10), Some(4)), -1);
    assert_eq!(count(b"abcabc", b"", Some(10), Some(4)), 0);
    assert_eq!(startswith(b"abcabc", b"", Some(10), Some(4)), false);
    assert_eq!(endswith(b"abcabc", b"", Some(10), Some(4)), false);
    assert_eq!(find(b"abcabc", b"", Some(10), Some(0)), -1);
    assert_eq!(rfind(b"abcabc", b"", Some(10), Some(0)), -1);
    assert_eq!(count(b"abcabc", b"", Some(10), Some(0)), 0);
    assert_eq!(startswith(b"abcabc", b"", Some(10), Some(0)), false);
    assert_eq!(endswith(b"abcabc", b"", Some(10), Some(0)), false);
    assert_eq!(find(b"abcabc", b"", Some(10), Some(-10)), -1);
    assert_eq!(rfind(b"abcabc", b"", Some(10), Some(-10)), -1);
    assert_eq!(count(b"abcabc", b"", Some(10), Some(-10)), 0);
    assert_eq!(startswith(b"abcabc", b"", Some(10), Some(-10)), false);
    assert_eq!(endswith(b"abcabc", b"", Some(10), Some(-10)), false);
    assert_eq!(find(b"abcabc", b"a", None, Some(4)), 0);
    assert_eq!(rfind(b"abcabc", b"a", None, Some(4)), 3);
    assert_eq!(count(b"abcabc", b"a", None, Some(4)), 2);
    assert_eq!(startswith(b"abcabc", b"a", None, Some(4)), true);
    assert_eq!(endswith(b"abcabc", b"a", None, Some(4)), true);
    assert_eq!(find(b"abcabc", b"a", None, Some(0)), -1);
    assert_eq!(rfind(b"abcabc", b"a", None, Some(0)), -1);
    assert_eq!(count(b"abcabc", b"a", None, Some(0)), 0);
    assert_eq!(startswith(b"abcabc", b"a", None, Some(0)), false);
    assert_eq!(endswith(b"abcabc", b"a", None, Some(0)), false);
    assert_eq!(find(b"abcabc", b"a", None, Some(10)), 0);
    assert_eq!(rfind(b"abcabc", b"a", None, Some(10)), 3);
    assert_eq!(count(b"abcabc", b"a", None, Some(10)), 2);
    assert_eq!(startswith(b"abcabc", b"a", None, Some(10)), true);
    assert_eq!(endswith(b"abcabc", b"a", None, Some(10)), false);
    assert_eq!(find(b"abcabc", b"a", Some(-10), Some(-10)), -1);
    assert_eq!(rfind(b"abcabc", b"a", Some(-10), Some(-10)), -1);
    assert_eq!(count(b"abcabc", b"a", Some(-10), Some(-10)), 0);
    assert_eq!(startswith(b"abcabc", b"a", Some(-10), Some(-10)), false);
    assert_eq!(endswith(b"abcabc", b"a", Some(-10), Some(-10)), false);
    assert_eq!(find(b"abcabc", b"a", Some(-10), Some(10)), 0);
    assert_eq!(rfind(b"abcabc", b"a", Some(-10), Some(10)), 3);
    assert_eq!(count(b"abcabc", b"a", Some(-10), Some(10)), 2);
    assert_eq!(startswith(b"abcabc", b"a", Some(-10), Some(10)), true);
    assert_eq!(endswith(b"abcabc", b"a", Some(-10), Some(10)), false);
    assert_eq!(find(b"abcabc", b"a", Some(-10), Some(4)), 0);
    assert_eq!(rfind(b"abcabc", b"a", Some(-10), Some(4)), 3);
    assert_eq!(count(b"abcabc", b"a", Some(-10), Some(4)), 2);
    assert_eq!(startswith(b"abcabc", b"a", Some(-10), Some(4)), true);
    assert_eq!(endswith(b"abcabc", b"a", Some(-10), Some(4)), true);
    assert_eq!(find(b"abcabc", b"a", Some(-2), None), -1);
    assert_eq!(rfind(b"abcabc", b"a", Some(-2), None), -1);
    assert_eq!(count(b"abcabc", b"a", Some(-2), None), 0);
    assert_eq!(startswith(b"abcabc", b"a", Some(-2), None), false);
    assert_eq!(endswith(b"abcabc", b"a", Some(-2), None), false);
    assert_eq!(find(b"abcabc", b"a", Some(-2), Some(10)), -1);
    assert_eq!(rfind(b"abcabc", b"a", Some(-2), Some(10)), -1);
    assert_eq!(count(b"abcabc", b"a", Some(-2), Some(10)), 0);
    assert_eq!(startswith(b"abcabc", b"a", Some(-2), Some(10)), false);
    assert_eq!(endswith(b"abcabc", b"a", Some(-2), Some(10)), false);
    assert_eq!(find(b"abcabc", b"a", Some(-2), Some(-10)), -1);
    assert_eq!(rfind(b"abcabc", b"a", Some(-2), Some(-10)), -1);
    assert_eq!(count(b"abcabc", b"a", Some(-2), Some(-10)), 0);
    assert_eq!(startswith(b"abcabc", b"a", Some(-2), Some(-10)), false);
    assert_eq!(endswith(b"abcabc", b"a", Some(-2), Some(-10)), false);
    assert_eq!(find(b"abcabc", b"a", Some(0), Some(2)), 0);
    assert_eq!(rfind(b"abcabc", b"a", Some(0), Some(2)), 0);
    assert_eq!(count(b"abcabc", b"a", Some(0), Some(2)), 1);
    assert_eq!(startswith(b"abcabc", b"a", Some(0), Some(2)), true);
    assert_eq!(endswith(b"abcabc", b"a", Some(0), Some(2)), false);
    assert_eq!(find(b"abcabc", b"a", Some(0), Some(10)), 0);
    assert_eq!(rfind(b"abcabc", b"a", Some(0), Some(10)), 3);
    assert_eq!(count(b"abcabc", b"a", Some(0), Some(10)), 2);
    assert_eq!(startswith(b"abcabc", b"a", Some(0), Some(10)), true);
    assert_eq!(endswith(b"abcabc", b"a", Some(0), Some(10)), false);
    assert_eq!(find(b"abcabc", b"a", Some(0), None), 0);
    assert_eq!(rfind(b"abcabc", b"a", Some(0), None), 3);
    assert_eq!(count(b"abcabc", b"a", Some(0), None), 2);
    assert_eq!(startswith(b"abcabc", b"a", Some(0), None), true);
    assert_eq!(endswith(b"abcabc", b"a", Some(0), None), false);
    assert_eq!(find(b"abcabc", b"a", Some(1), Some(10)), 3);
    assert_eq!(rfind(b"abcabc", b"a", Some(1), Some(10)), 3);
    assert_eq!(count(b"abcabc", b"a", Some(1), Some(10)), 1);
    assert_eq!(startswith(b"abcabc", b"a", Some(1), Some(10)), false);
    assert_eq!(endswith(b"abcabc", b"a", Some(1), Some(10)), false);
    assert_eq!(find(b"abcabc", b"a", Some(1), Some(4)), 3);
    assert_eq!(rfind(b"abcabc", b"a", Some(1), Some(4)), 3);
    assert_eq!(count(b"abcabc", b"a", Some(1), Some(4)), 1);
    assert_eq!(startswith(b"abcabc", b"a", Some(1), Some(4)), false);
    assert_eq!(endswith(b"abcabc", b"a", Some(1), Some(4)), true);
    assert_eq!(find(b"abcabc", b"a", Some(1), Some(0)), -1);
    assert_eq!(rfind(b"abcabc", b"a", Some(1), Some(0)), -1);
    assert_eq!(count(b"abcabc", b"a", Some(1), Some(0)), 0);
    assert_eq!(startswith(b"abcabc", b"a", Some(1), Some(0)), false);
    assert_eq!(endswith(b"abcabc", b"a", Some(1), Some(0)), false);
    assert_eq!(find(b"abcabc", b"a", Some(5), Some(10)), -1);
    assert_eq!(rfind(b"abcabc", b"a", Some(5), Some(10)), -1);
    assert_eq!(count(b"abcabc", b"a", Some(5), Some(10)), 0);
    assert_eq!(startswith(b"abcabc", b"a", Some(5), Some(10)), false);
    assert_eq!(endswith(b"abcabc", b"a", Some(5), Some(10)), false);
    assert_eq!(find(b"abcabc", b"a", Some(5), Some(4)), -1);
    assert_eq!(rfind(b"abcabc", b"a", Some(5), Some(4)), -1);
    assert_eq!(count(b"abcabc", b"a", Some(5), Some(4)), 0);
    assert_eq!(startswith(b"abcabc", b"a", Some(5), Some(4)), false);
    assert_eq!(endswith(b"abcabc", b"a", Some(5), Some(4)), false);
    assert_eq!(find(b"abcabc", b"a", Some(5), None), -1);
    assert_eq!(rfind(b"abcabc", b"a", Some(5), None), -1);
    assert_eq!(count(b"abcabc", b"a", Some(5), None), 0);
    assert_eq!(startswith(b"abcabc", b"a", Some(5), None), false);
    assert_eq!(endswith(b"abcabc", b"a", Some(5), None), false);
    assert_eq!(find(b"abcabc", b"a", Some(10), Some(-1)), -1);
    assert_eq!(rfind(b"abcabc", b"a", Some(10), Some(-1)), -1);
    assert_eq!(count(b"abcabc", b"a", Some(10), Some(-1)), 0);
    assert_eq!(startswith(b"abcabc", b"a", Some(10), Some(-1)), false);
    assert_eq!(endswith(b"abcabc", b"a", Some(10), Some(-1)), false);
    assert_eq!(find(b"abcabc", b"a", Some(10), Some(-10)), -1);
    assert_eq!(rfind(b"abcabc", b"a", Some(10), Some(-10)), -1);
    assert_eq!(count(b"abcabc", b"a", Some(10), Some(-10)), 0);
    assert_eq!(startswith(b"abcabc", b"a", Some(10), Some(-10)), false);
    assert_eq!(endswith(b"abcabc", b"a", Some(10), Some(-10)), false);
    assert_eq!(find(b"abcabc", b"a", Some(10), Some(4)), -1);
    assert_eq!(rfind(b"abcabc", b"a", Some(10), Some(4)), -1);
    assert_eq!(count(b"abcabc", b"a", Some(10), Some(4)), 0);
    assert_eq!(startswith(b"abcabc", b"a", Some(10), Some(4)), false);
    assert_eq!(endswith(b"abcabc", b"a", Some(10), Some(4)), false);
    assert_eq!(find(b"abcabc", b"bc", None, Some(4)), 1);
    assert_eq!(rfind(b"abcabc", b"bc", None, Some(4)), 1);
    assert_eq!(count(b"abcabc", b"bc", None, Some(4)), 1);
    assert_eq!(startswith(b"abcabc", b"bc", None, Some(4)), false);
    assert_eq!(endswith(b"abcabc", b"bc", None, Some(4)), false);
    assert_eq!(find(b"abcabc", b"bc", None, Some(0)), -1);
    assert_eq!(rfind(b"abcabc", b"bc", None, Some(0)), -1);
    assert_eq!(count(b"abcabc", b"bc", None, Some(0)), 0);
    assert_eq!(startswith(b"abcabc", b"bc", None, Some(0)), false);
    assert_eq!(endswith(b"abcabc", b"bc", None, Some(0)), false);
    assert_eq!(find(b"abcabc", b"bc", None, None), 1);
    assert_eq!(rfind(b"abcabc", b"bc", None, None), 4);
    assert_eq!(count(b"abcabc", b"bc", None, None), 2);
    assert_eq!(startswith(b"abcabc", b"bc", None, None), false);
    assert_eq!(endswith(b"abcabc", b"bc", None, None), true);
    assert_eq!(find(b"abcabc", b"bc", Some(-10), Some(10)), 1);
    assert_eq!(rfind(b"abcabc", b"bc", Some(-10), Some(10)), 4);
    assert_eq!(count(b"abcabc", b"bc", Some(-10), Some(10)), 2);
    assert_eq!(startswith(b"abcabc", b"bc", Some(-10), Some(10)), false);
    assert_eq!(endswith(b"abcabc", b"bc", Some(-10), Some(10)), true);
    assert_eq!(find(b"abcabc", b"bc", Some(-10), Some(-1)), 1);
    assert_eq!(rfind(b"abcabc", b"bc", Some(-10), Some(-1)), 1);
    assert_eq!(count(b"abcabc", b"bc", Some(-10), Some(-1)), 1);
    assert_eq!(startswith(b"abcabc", b"bc", Some(-10), Some(-1)), false);
    assert_eq!(endswith(b"abcabc", b"bc", Some(-10), Some(-1)), false);
    assert_eq!(find(b"abcabc", b"bc", Some(-10), Some(-10)), -1);
    assert_eq!(rfind(b"abcabc", b"bc", Some(-10), Some(-10)), -1);
    assert_eq!(count(b"abcabc", b"bc", Some(-10), Some(-10)), 0);
    assert_eq!(startswith(b"abcabc", b"bc", Some(-10), Some(-10)), false);
    assert_eq!(endswith(b"abcabc", b"bc", Some(-10), Some(-10)), false);
    assert_eq!(find(b"abcabc", b"bc", Some(-2), Some(0)), -1);
    assert_eq!(rfind(b"abcabc", b"bc", Some(-2), Some(0)), -1);
    assert_eq!(count(b"abcabc", b"bc", Some(-2), Some(0)), 0);
    assert_eq!(startswith(b"abcabc", b"bc", Some(-2), Some(0)), false);
    assert_eq!(endswith(b"abcabc", b"bc", Some(-2), Some(0)), false);
    assert_eq!(find(b"abcabc", b"bc", Some(-2), Some(-1)), -1);
    assert_eq!(rfind(b"abcabc", b"bc", Some(-2), Some(-1)), -1);
    assert_eq!(count(b"abcabc", b"bc", Some(-2), Some(-1)), 0);
    assert_eq!(startswith(b"abcabc", b"bc", Some(-2), Some(-1)), false);
    assert_eq!(endswith(b"abcabc", b"bc", Some(-2), Some(-1)), false);
    assert_eq!(find(b"abcabc", b"bc", Some(-2), Some(4)), -1);
    assert_eq!(rfind(b"abcabc", b"bc", Some(-2), Some(4)), -1);
    assert_eq!(count(b"abcabc", b"bc", Some(-2), Some(4)), 0);
    assert_eq!(startswith(b"abcabc", b"bc", Some(-2), Some(4)), false);
    assert_eq!(endswith(b"abcabc", b"bc", Some(-2), Some(4)), false);
    assert_eq!(find(b"abcabc", b"bc", Some(0), Some(10)), 1);
    assert_eq!(rfind(b"abcabc", b"bc", Some(0), Some(10)), 4);
    assert_eq!(count(b"abcabc", b"bc", Some(0), Some(10)), 2);
    assert_eq!(startswith(b"abcabc", b"bc", Some(0), Some(10)), false);
    assert_eq!(endswith(b"abcabc", b"bc", Some(0), Some(10)), true);
    assert_eq!(find(b"abcabc", b"bc", Some(0), None), 1);
    assert_eq!(rfind(b"abcabc", b"bc", Some(0), None), 4);
    assert_eq!(count(b"abcabc", b"bc", Some(0), None), 2);
    assert_eq!(startswith(b"abcabc", b"bc", Some(0), None), false);
    assert_eq!(endswith(b"abcabc", b"bc", Some(0), None), true);
    assert_eq!(find(b"abcabc", b"bc", Some(0), Some(-10)), -1);
    assert_eq!(rfind(b"abcabc", b"bc", Some(0), Some(-10)), -1);
    assert_eq!(count(b"abcabc", b"bc", Some(0), Some(-10)), 0);
    assert_eq!(startswith(b"abcabc", b"bc", Some(0), Some(-10)), false);
    assert_eq!(endswith(b"abcabc", b"bc", Some(0), Some(-10)), false);
    assert_eq!(find(b"abcabc", b"bc", Some(1), Some(4)), 1);
    assert_eq!(rfind(b"abcabc", b"bc", Some(1), Some(4)), 1);
    assert_eq!(count(b"abcabc", b"bc", Some(1), Some(4)), 1);
    assert_eq!(startswith(b"abcabc", b"bc", Some(1), Some(4)), true);
    assert_eq!(endswith(b"abcabc", b"bc", Some(1), Some(4)), false);
    assert_eq!(find(b"abcabc", b"bc", Some(1), None), 1);
    assert_eq!(rfind(b"abcabc", b"bc", Some(1), None), 4);
    assert_eq!(count(b"abcabc", b"bc", Some(1), None), 2);
    assert_eq!(startswith(b"abcabc", b"bc", Some(1), None), true);
    assert_eq!(endswith(b"abcabc", b"bc", Some(1), None), true);
    assert_eq!(find(b"abcabc", b"bc", Some(1), Some(0)), -1);
    assert_eq!(rfind(b"abcabc", b"bc", Some(1), Some(0)), -1);
    assert_eq!(count(b"abcabc", b"bc", Some(1), Some(0)), 0);
    assert_eq!(startswith(b"abcabc", b"bc", Some(1), Some(0)), false);
    assert_eq!(endswith(b"abcabc", b"bc", Some(1), Some(0)), false);
    assert_eq!(find(b"abcabc", b"bc", Some(5), None), -1);
    assert_eq!(rfind(b"abcabc", b"bc", Some(5), None), -1);
    assert_eq!(count(b"abcabc", b"bc", Some(5), None), 0);
    assert_eq!(startswith(b"abcabc", b"bc", Some(5), None), false);
    assert_eq!(endswith(b"abcabc", b"bc", Some(5), None), false);
    assert_eq!(find(b"abcabc", b"bc", Some(5), Some(0)), -1);
    assert_eq!(rfind(b"abcabc", b"bc", Some(5), Some(0)), -1);
    assert_eq!(count(b"abcabc", b"bc", Some(5), Some(0)), 0);
    assert_eq!(startswith(b"abcabc", b"bc", Some(5), Some(0)), false);
    assert_eq!(endswith(b"abcabc", b"bc", Some(5), Some(0)), false);
    assert_eq!(find(b"abcabc", b"bc", Some(5), Some(4)), -1);
    assert_eq!(rfind(b"abcabc", b"bc", Some(5), Some(4)), -1);
    assert_eq!(count(b"abcabc", b"bc", Some(5), Some(4)), 0);
    assert_eq!(startswith(b"abcabc", b"bc", Some(5), Some(4)), false);
    assert_eq!(endswith(b"abcabc", b"bc", Some(5), Some(4)), false);
    assert_eq!(find(b"abcabc", b"bc", Some(10), Some(-10)), -1);
    assert_eq!(rfind(b"abcabc", b"bc", Some(10), Some(-10)), -1);
    assert_eq!(count(b"abcabc", b"bc", Some(10), Some(-10)), 0);
    assert_eq!(startswith(b"abcabc", b"bc", Some(10), Some(-10)), false);
    assert_eq!(endswith(b"abcabc", b"bc", Some(10), Some(-10)), false);
    assert_eq!(find(b"abcabc", b"bc", Some(10), None), -1);
    assert_eq!(rfind(b"abcabc", b"bc", Some(10), None), -1);
    assert_eq!(count(b"abcabc", b"bc", Some(10), None), 0);
    assert_eq!(startswith(b"abcabc", b"bc", Some(10), None), false);
    assert_eq!(endswith(b"abcabc", b"bc", Some(10), None), false);
    assert_eq!(find(b"abcabc", b"bc", Some(10), Some(10)), -1);
    assert_eq!(rfind(b"abcabc", b"bc", Some(10), Some(10)), -1);
    assert_eq!(count(b"abcabc", b"bc", Some(10), Some(10)), 0);
    assert_eq!(startswith(b"abcabc", b"bc", Some(10), Some(10)), false);
    assert_eq!(endswith(b"abcabc", b"bc", Some(10), Some(10)), false);
    assert_eq!(find(b"abcabc", b"\xff", None, Some(0)), -1);
    assert_eq!(rfind(b"abcabc", b"\xff", None, Some(0)), -1);
    assert_eq!(count(b"abcabc", b"\xff", None, Some(0)), 0);
    assert_eq!(startswith(b"abcabc", b"\xff", None, Some(0)), false);
    assert_eq!(endswith(b"abcabc", b"\xff", None, Some(0)), false);
    assert_eq!(find(b"abcabc", b"\xff", None, Some(4)), -1);
    assert_eq!(rfind(b"abcabc", b"\xff", None, Some(4)), -1);
    assert_eq!(count(b"abcabc", b"\xff", None, Some(4)), 0);
    assert_eq!(startswith(b"abcabc", b"\xff", None, Some(4)), false);
    assert_eq!(endswith(b"abcabc", b"\xff", None, Some(4)), false);
    assert_eq!(find(b"abcabc", b"\xff", None, None), -1);
    assert_eq!(rfind(b"abcabc", b"\xff", None, None), -1);
    assert_eq!(count(b"abcabc", b"\xff", None, None), 0);
    assert_eq!(startswith(b"abcabc", b"\xff", None, None), false);
    assert_eq!(endswith(b"abcabc", b"\xff", None, None), false);
    assert_eq!(find(b"abcabc", b"\xff", Some(-10), Some(2)), -1);
    assert_eq!(rfind(b"abcabc", b"\xff", Some(-10), Some(2)), -1);
    assert_eq!(count(b"abcabc", b"\xff", Some(-10), Some(2)), 0);
    assert_eq!(startswith(b"abcabc", b"\xff", Some(-10), Some(2)), false);
    assert_eq!(endswith(b"abcabc", b"\xff", Some(-10), Some(2)), false);
    assert_eq!(find(b"abcabc", b"\xff", Some(-10), None), -1);
    assert_eq!(rfind(b"abcabc", b"\xff", Some(-10), None), -1);
    assert_eq!(count(b"abcabc", b"\xff", Some(-10), None), 0);
    assert_eq!(startswith(b"abcabc", b"\xff", Some(-10), None), false);
    assert_eq!(endswith(b"abcabc", b"\xff", Some(-10), None), false);
    assert_eq!(find(b"abcabc", b"\xff", Some(-10), Some(4)), -1);
    assert_eq!(rfind(b"abcabc", b"\xff", Some(-10), Some(4)), -1);
    assert_eq!(count(b"abcabc", b"\xff", Some(-10), Some(4)), 0);
    assert_eq!(startswith(b"abcabc", b"\xff", Some(-10), Some(4)), false);
    assert_eq!(endswith(b"abcabc", b"\xff", Some(-10), Some(4)), false);
    assert_eq!(find(b"abcabc", b"\xff", Some(-2), Some(10)), -1);
    assert_eq!(rfind(b"abcabc", b"\xff", Some(-2), Some(10)), -1);
    assert_eq!(count(b"abcabc", b"\xff", Some(-2), Some(10)), 0);
    assert_eq!(startswith(b"abcabc", b"\xff", Some(-2), Some(10)), false);
    assert_eq!(endswith(b"abcabc", b"\xff", Some(-2), Some(10)), false);
    assert_eq!(find(b"abcabc", b"\xff", Some(-2), Some(2)), -1);
    assert_eq!(rfind(b"abcabc", b"\xff", Some(-2), Some(2)), -1);
    assert_eq!(count(b"abcabc", b"\xff", Some(-2), Some(2)), 0);
    assert_eq!(startswith(b"abcabc", b"\xff", Some(-2), Some(2)), false);
    assert_eq!(endswith(b"abcabc", b"\xff", Some(-2), Some(2)), false);
    assert_eq!(find(b"abcabc", b"\xff", Some(-2), Some(-10)), -1);
    assert_eq!(rfind(b"abcabc", b"\xff", Some(-2), Some(-10)), -1);
    assert_eq!(count(b"abcabc", b"\xff", Some(-2), Some(-10)), 0);
    assert_eq!(startswith(b"abcabc", b"\xff", Some(-2), Some(-10)), false);
    assert_eq!(endswith(b"abcabc", b"\xff", Some(-2), Some(-10)), false);
    assert_eq!(find(b"abcabc", b"\xff", Some(0), Some(10)), -1);
    assert_eq!(rfind(b"abcabc", b"\xff", Some(0), Some(10)), -1);
    assert_eq!(count(b"abcabc", b"\xff", Some(0), Some(10)), 0);
    assert_eq!(startswith(b"abcabc", b"\xff", Some(0), Some(10)), false);
    assert_eq!(endswith(b"abcabc", b"\xff", Some(0), Some(10)), false);
    assert_eq!(find(b"abcabc", b"\xff", Some(0), Some(-10)), -1);
    assert_eq!(rfind(b"abcabc", b"\xff", Some(0), Some(-10)), -1);
    assert_eq!(count(b"abcabc", b"\xff", Some(0), Some(-10)), 0);
    assert_eq!(startswith(b"abcabc", b"\xff", Some(0), Some(-10)), false);
    assert_eq!(endswith(b"abcabc", b"\xff", Some(0), Some(-10)), false);
    assert_eq!(find(b"abcabc", b"\xff", Some(0), Some(-1)), -1);
    assert_eq!(rfind(b"abcabc", b"\xff", Some(0), Some(-1)), -1);
    assert_eq!(count(b"abcabc", b"\xff", Some(0), Some(-1)), 0);
    assert_eq!(startswith(b"abcabc", b"\xff", Some(0), Some(-1)), false);
    assert_eq!(endswith(b"abcabc", b"\xff", Some(0), Some(-1)), false);
    assert_eq!(find(b"abcabc", b"\xff", Some(1), None), -1);
    assert_eq!(rfind(b"abcabc", b"\xff", Some(1), None), -1);
    assert_eq!(count(b"abcabc", b"\xff", Some(1), None), 0);
    assert_eq!(startswith(b"abcabc", b"\xff", Some(1), None), false);
    assert_eq!(endswith(b"abcabc", b"\xff", Some(1), None), false);
    assert_eq!(find(b"abcabc", b"\xff", Some(1), Some(10)), -1);
    assert_eq!(rfind(b"abcabc", b"\xff", Some(1), Some(10)), -1);
    assert_eq!(count(b"abcabc", b"\xff", Some(1), Some(10)), 0);
    assert_eq!(startswith(b"abcabc", b"\xff", Some(1), Some(10)), false);
    assert_eq!(endswith(b"abcabc", b"\xff", Some(1), Some(10)), false);
    assert_eq!(find(b"abcabc", b"\xff", Some(1), Some(-10)), -1);
    assert_eq!(rfind(b"abcabc", b"\xff", Some(1), Some(-10)), -1);
    assert_eq!(count(b"abcabc", b"\xff", Some(1), Some(-10)), 0);
    assert_eq!(startswith(b"abcabc", b"\xff", Some(1), Some(-10)), false);
    assert_eq!(endswith(b"abcabc", b"\xff", Some(1), Some(-10)), false);
    assert_eq!(find(b"abcabc", b"\xff", Some(5), Some(2)), -1);
    assert_eq!(rfind(b"abcabc", b"\xff", Some(5), Some(2)), -1);
    assert_eq!(count(b"abcabc", b"\xff", Some(5), Some(2)), 0);
    assert_eq!(startswith(b"abcabc", b"\xff", Some(5), Some(2)), false);
    assert_eq!(endswith(b"abcabc", b"\xff", Some(5), Some(2)), false);
    assert_eq!(find(b"abcabc", b"\xff", Some(5), None), -1);
    assert_eq!(rfind(b"abcabc", b"\xff", Some(5), None), -1);
    assert_eq!(count(b"abcabc", b"\xff", Some(5), None), 0);
    assert_eq!(startswith(b"abcabc", b"\xff", Some(5), None), false);
    assert_eq!(endswith(b"abcabc", b"\xff", Some(5), None), false);
    assert_eq!(find(b"abcabc", b"\xff", Some(5), Some(10)), -1);
    assert_eq!(rfind(b"abcabc", b"\xff", Some(5), Some(10)), -1);
    assert_eq!(count(b"abcabc", b"\xff", Some(5), Some(10)), 0);
    assert_eq!(startswith(b"abcabc", b"\xff", Some(5), Some(10)), false);
    assert_eq!(endswith(b"abcabc", b"\xff", Some(5), Some(10)), false);
    assert_eq!(find(b"abcabc", b"\xff", Some(10), None), -1);
    assert_eq!(rfind(b"abcabc", b"\xff", Some(10), None), -1);
    assert_eq!(count(b"abcabc", b"\xff", Some(10), None), 0);
    assert_eq!(startswith(b"abcabc", b"\xff", Some(10), None), false);
    assert_eq!(endswith(b"abcabc", b"\xff", Some(10), None), false);
    assert_eq!(find(b"abcabc", b"\xff", Some(10), Some(2)), -1);
    assert_eq!(rfind(b"abcabc", b"\xff", Some(10), Some(2)), -1);
    assert_eq!(count(b"abcabc", b"\xff", Some(10), Some(2)), 0);
    assert_eq!(startswith(b"abcabc", b"\xff", Some(10), Some(2)), false);
    assert_eq!(endswith(b"abcabc", b"\xff", Some(10), Some(2)), false);
    assert_eq!(find(b"abcabc", b"\xff", Some(10), Some(0)), -1);
    assert_eq!(rfind(b"abcabc", b"\xff", Some(10), Some(0)), -1);
    assert_eq!(count(b"abcabc", b"\xff", Some(10), Some(0)), 0);
    assert_eq!(startswith(b"abcabc", b"\xff", Some(10), Some(0)), false);
    assert_eq!(endswith(b"abcabc", b"\xff", Some(10), Some(0)), false);
    assert_eq!(find(b"abcabc", b"aa", None, Some(2)), -1);
    assert_eq!(rfind(b"abcabc", b"aa", None, Some(2)), -1);
    assert_eq!(count(b"abcabc", b"aa", None, Some(2)), 0);
    assert_eq!(startswith(b"abcabc", b"aa", None, Some(2)), false);
    assert_eq!(endswith(b"abcabc", b"aa", None, Some(2)), false);
    assert_eq!(find(b"abcabc", b"aa", None, Some(-10)), -1);
    assert_eq!(rfind(b"abcabc", b"aa", None, Some(-10)), -1);
    assert_eq!(count(b"abcabc", b"aa", None, Some(-10)), 0);
    assert_eq!(startswith(b"abcabc", b"aa", None, Some(-10)), false);
    assert_eq!(endswith(b"abcabc", b"aa", None, Some(-10)), false);
    assert_eq!(find(b"abcabc", b"aa", None, Some(0)), -1);
    assert_eq!(rfind(b"abcabc", b"aa", None, Some(0)), -1);
    assert_eq!(count(b"abcabc", b"aa", None, Some(0)), 0);
    assert_eq!(startswith(b"abcabc", b"aa", None, Some(0)), false);
    assert_eq!(endswith(b"abcabc", b"aa", None, Some(0)), false);
    assert_eq!(find(b"abcabc", b"aa", Some(-10), None), -1);
    assert_eq!(rfind(b"abcabc", b"aa", Some(-10), None), -1);
    assert_eq!(count(b"abcabc", b"aa", Some(-10), None), 0);
    assert_eq!(startswith(b"abcabc", b"aa", Some(-10), None), false);
    assert_eq!(endswith(b"abcabc", b"aa", Some(-10), None), false);
    assert_eq!(find(b"abcabc", b"aa", Some(-10), Some(0)), -1);
    assert_eq!(rfind(b"abcabc", b"aa", Some(-10), Some(0)), -1);
    assert_eq!(count(b"abcabc", b"aa", Some(-10), Some(0)), 0);
    assert_eq!(startswith(b"abcabc", b"aa", Some(-10), Some(0)), false);
    assert_eq!(endswith(b"abcabc", b"aa", Some(-10), Some(0)), false);
    assert_eq!(find(b"abcabc", b"aa", Some(-10), Some(-10)), -1);
    assert_eq!(rfind(b"abcabc", b"aa", Some(-10), Some(-10)), -1);
    assert_eq!(count(b"abcabc", b"aa", Some(-10), Some(-10)), 0);
    assert_eq!(startswith(b"abcabc", b"aa", Some(-10), Some(-10)), false);
    assert_eq!(endswith(b"abcabc", b"aa", Some(-10), Some(-10)), false);
    assert_eq!(find(b"abcabc", b"aa", Some(-2), Some(4)), -1);
    assert_eq!(rfind(b"abcabc", b"aa", Some(-2), Some(4)), -1);
    assert_eq!(count(b"abcabc", b"aa", Some(-2), Some(4)), 0);
    assert_eq!(startswith(b"abcabc", b"aa", Some(-2), Some(4)), false);
    assert_eq!(endswith(b"abcabc", b"aa", Some(-2), Some(4)), false);
    assert_eq!(find(b"abcabc", b"aa", Some(-2), None), -1);
    assert_eq!(rfind(b"abcabc", b"aa", Some(-2), None), -1);
    assert_eq!(count(b"abcabc", b"aa", Some(-2), None), 0);
    assert_eq!(startswith(b"abcabc", b"aa", Some(-2), None), false);
    assert_eq!(endswith(b"abcabc", b"aa", Some(-2), None), false);
    assert_eq!(find(b"abcabc", b"aa", Some(-2), Some(2)), -1);
    assert_eq!(rfind(b"abcabc", b"aa", Some(-2), Some(2)), -1);
    assert_eq!(count(b"abcabc", b"aa", Some(-2), Some(2)), 0);
    assert_eq!(startswith(b"abcabc", b"aa", Some(-2), Some(2)), false);
    assert_eq!(endswith(b"abcabc", b"aa", Some(-2), Some(2)), false);
    assert_eq!(find(b"abcabc", b"aa", Some(0), Some(-10)), -1);
    assert_eq!(rfind(b"abcabc", b"aa", Some(0), Some(-10)), -1);
    assert_eq!(count(b"abcabc", b"aa", Some(0), Some(-10)), 0);
    assert_eq!(startswith(b"abcabc", b"aa", Some(0), Some(-10)), false);
    assert_eq!(endswith(b"abcabc", b"aa", Some(0), Some(-10)), false);
    assert_eq!(find(b"abcabc", b"aa", Some(0), Some(10)), -1);
    assert_eq!(rfind(b"abcabc", b"aa", Some(0), Some(10)), -1);
    assert_eq!(count(b"abcabc", b"aa", Some(0), Some(10)), 0);
    assert_eq!(startswith(b"abcabc", b"aa", Some(0), Some(10)), false);
    assert_eq!(endswith(b"abcabc", b"aa", Some(0), Some(10)), false);
    assert_eq!(find(b"abcabc", b"aa", Some(0), Some(2)), -1);
    assert_eq!(rfind(b"abcabc", b"aa", Some(0), Some(2)), -1);
    assert_eq!(count(b"abcabc", b"aa", Some(0), Some(2)), 0);
    assert_eq!(startswith(b"abcabc", b"aa", Some(0), Some(2)), false);
    assert_eq!(endswith(b"abcabc", b"aa", Some(0), Some(2)), false);
    assert_eq!(find(b"abcabc", b"aa", Some(1), Some(4)), -1);
    assert_eq!(rfind(b"abcabc", b"aa", Some(1), Some(4)), -1);
    assert_eq!(count(b"abcabc", b"aa", Some(1), Some(4)), 0);
    assert_eq!(startswith(b"abcabc", b"aa", Some(1), Some(4)), false);
    assert_eq!(endswith(b"abcabc", b"aa", Some(1), Some(4)), false);
    assert_eq!(find(b"abcabc", b"aa", Some(1), None), -1);
    assert_eq!(rfind(b"abcabc", b"aa", Some(1), None), -1);
    assert_eq!(count(b"abcabc", b"aa", Some(1), None), 0);
    assert_eq!(startswith(b"abcabc", b"aa", Some(1), None), false);
    assert_eq!(endswith(b"abcabc", b"aa", Some(1), None), false);
    assert_eq!(find(b"abcabc", b"aa", Some(1), Some(10)), -1);
    assert_eq!(rfind(b"abcabc", b"aa", Some(1), Some(10)), -1);
    assert_eq!(count(b"abcabc", b"aa", Some(1), Some(10)), 0);
    assert_eq!(startswith(b"abcabc", b"aa", Some(1), Some(10)), false);
    assert_eq!(endswith(b"abcabc", b"aa", Some(1), Some(10)), false);
    assert_eq!(find(b"abcabc", b"aa", Some(5), Some(-1)), -1);
    assert_eq!(rfind(b"abcabc", b"aa", Some(5), Some(-1)), -1);
    assert_eq!(count(b"abcabc", b"aa", Some(5), Some(-1)), 0);
    assert_eq!(startswith(b"abcabc", b"aa", Some(5), Some(-1)), false);
    assert_eq!(endswith(b"abcabc", b"aa", Some(5), Some(-1)), false);
    assert_eq!(find(b"abcabc", b"aa", Some(5), Some(2)), -1);
    assert_eq!(rfind(b"abcabc", b"aa", Some(5), Some(2)), -1);
    assert_eq!(count(b"abcabc", b"aa", Some(5), Some(2)), 0);
    assert_eq!(startswith(b"abcabc", b"aa", Some(5), Some(2)), false);
    assert_eq!(endswith(b"abcabc", b"aa", Some(5), Some(2)), false);
    assert_eq!(find(b"abcabc", b"aa", Some(5), Some(4)), -1);
    assert_eq!(rfind(b"abcabc", b"aa", Some(5), Some(4)), -1);
    assert_eq!(count(b"abcabc", b"aa", Some(5), Some(4)), 0);
    assert_eq!(startswith(b"abcabc", b"aa", Some(5), Some(4)), false);
    assert_eq!(endswith(b"abcabc", b"aa", Some(5), Some(4)), false);
    assert_eq!(find(b"abcabc", b"aa", Some(10), Some(10)), -1);
    assert_eq!(rfind(b"abcabc", b"aa", Some(10), Some(10)), -1);
    assert_eq!(count(b"abcabc", b"aa", Some(10), Some(10)), 0);
    assert_eq!(startswith(b"abcabc", b"aa", Some(10), Some(10)), false);
    assert_eq!(endswith(b"abcabc", b"aa", Some(10), Some(10)), false);
    assert_eq!(find(b"abcabc", b"aa", Some(10), Some(-10)), -1);
    assert_eq!(rfind(b"abcabc", b"aa", Some(10), Some(-10)), -1);
    assert_eq!(count(b"abcabc", b"aa", Some(10), Some(-10)), 0);
    assert_eq!(startswith(b"abcabc", b"aa", Some(10), Some(-10)), false);
    assert_eq!(endswith(b"abcabc", b"aa", Some(10), Some(-10)), false);
    assert_eq!(find(b"abcabc", b"aa", Some(10), Some(-1)), -1);
    assert_eq!(rfind(b"abcabc", b"aa", Some(10), Some(-1)), -1);
    assert_eq!(count(b"abcabc", b"aa", Some(10), Some(-1)), 0);
    assert_eq!(startswith(b"abcabc", b"aa", Some(10), Some(-1)), false);
    assert_eq!(endswith(b"abcabc", b"aa", Some(10), Some(-1)), false);
    assert_eq!(find(b"", b"", None, Some(4)), 0);
    assert_eq!(rfind(b"", b"", None, Some(4)), 0);
    assert_eq!(count(b"", b"", None, Some(4)), 1);
    assert_eq!(startswith(b"", b"", None, Some(4)), true);
    assert_eq!(endswith(b"", b"", None, Some(4)), true);
    assert_eq!(find(b"", b"", None, Some(2)), 0);
    assert_eq!(rfind(b"", b"", None, Some(2)), 0);
    assert_eq!(count(b"", b"", None, Some(2)), 1);
    assert_eq!(startswith(b"", b"", None, Some(2)), true);
    assert_eq!(endswith(b"", b"", None, Some(2)), true);
    assert_eq!(find(b"", b"", None, None), 0);
    assert_eq!(rfind(b"", b"", None, None), 0);
    assert_eq!(count(b"", b"", None, None), 1);
    assert_eq!(startswith(b"", b"", None, None), true);
    assert_eq!(endswith(b"", b"", None, None), true);
    assert_eq!(find(b"", b"", Some(-10), None), 0);
    assert_eq!(rfind(b"", b"", Some(-10), None), 0);
    assert_eq!(count(b"", b"", Some(-10), None), 1);
    assert_eq!(startswith(b"", b"", Some(-10), None), true);
    assert_eq!(endswith(b"", b"", Some(-10), None), true);
    assert_eq!(find(b"", b"", Some(-10), Some(4)), 0);
    assert_eq!(rfind(b"", b"", Some(-10), Some(4)), 0);
    assert_eq!(count(b"", b"", Some(-10), Some(4)), 1);
    assert_eq!(startswith(b"", b"", Some(-10), Some(4)), true);
    assert_eq!(endswith(b"", b"", Some(-10), Some(4)), true);
    assert_eq!(find(b"", b"", Some(-10), Some(0)), 0);
    assert_eq!(rfind(b"", b"", Some(-10), Some(0)), 0);
    assert_eq!(count(b"", b"", Some(-10), Some(0)), 1);
    assert_eq!(startswith(b"", b"", Some(-10), Some(0)), true);
    assert_eq!(endswith(b"", b"", Some(-10), Some(0)), true);
    assert_eq!(find(b"", b"", Some(-2), Some(-10)), 0);
    assert_eq!(rfind(b"", b"", Some(-2), Some(-10)), 0);
    assert_eq!(count(b"", b"", Some(-2), Some(-10)), 1);
    assert_eq!(startswith(b"", b"", Some(-2), Some(-10)), true);
    assert_eq!(endswith(b"", b"", Some(-2), Some(-10)), true);
    assert_eq!(find(b"", b"", Some(-2), Some(10)), 0);
    assert_eq!(rfind(b"", b"", Some(-2), Some(10)), 0);
    assert_eq!(count(b"", b"", Some(-2), Some(10)), 1);
    assert_eq!(startswith(b"", b"", Some(-2), Some(10)), true);
    assert_eq!(endswith(b"", b"", Some(-2), Some(10)), true);
    assert_eq!(find(b"", b"", Some(-2), Some(2)), 0);
    assert_eq!(rfind(b"", b"", Some(-2), Some(2)), 0);
    assert_eq!(count(b"", b"", Some(-2), Some(2)), 1);
    assert_eq!(startswith(b"", b"", Some(-2), Some(2)), true);
    assert_eq!(endswith(b"", b"", Some(-2), Some(2)), true);
    assert_eq!(find(b"", b"", Some(0), Some(2)), 0);
    assert_eq!(rfind(b"", b"", Some(0), Some(2)), 0);
    assert_eq!(count(b"", b"", Some(0), Some(2)), 1);
    assert_eq!(startswith(b"", b"", Some(0), Some(2)), true);
    assert_eq!(endswith(b"", b"", Some(0), Some(2)), true);
    assert_eq!(find(b"", b"", Some(0), None), 0);
    assert_eq!(rfind(b"", b"", Some(0), None), 0);
    assert_eq!(count(b"", b"", Some(0), None), 1);
    assert_eq!(startswith(b"", b"", Some(0), None), true);
    assert_eq!(endswith(b"", b"", Some(0), None), true);
    assert_eq!(find(b"", b"", Some(0), Some(-1)), 0);
    assert_eq!(rfind(b"", b"", Some(0), Some(-1)), 0);
    assert_eq!(count(b"", b"", Some(0), Some(-1)), 1);
    assert_eq!(startswith(b"", b"", Some(0), Some(-1)), true);
    assert_eq!(endswith(b"", b"", Some(0), Some(-1)), true);
    assert_eq!(find(b"", b"", Some(1), Some(10)), -1);
    assert_eq!(rfind(b"", b"", Some(1), Some(10)), -1);
    assert_eq!(count(b"", b"", Some(1), Some(10)), 0);
    assert_eq!(startswith(b"", b"", Some(1), Some(10)), false);
    assert_eq!(endswith(b"", b"", Some(1), Some(10)), false);
    assert_eq!(find(b"", b"", Some(1), Some(4)), -1);
    assert_eq!(rfind(b"", b"", Some(1), Some(4)), -1);
    assert_eq!(count(b"", b"", Some(1), Some(4)), 0);
    assert_eq!(startswith(b"", b"", Some(1), Some(4)), false);
    assert_eq!(endswith(b"", b"", Some(1), Some(4)), false);
    assert_eq!(find(b"", b"", Some(1), Some(2)), -1);
    assert_eq!(rfind(b"", b"", Some(1), Some(2)), -1);
    assert_eq!(count(b"", b"", Some(1), Some(2)), 0);
    assert_eq!(startswith(b"", b"", Some(1), Some(2)), false);
    assert_eq!(endswith(b"", b"", Some(1), Some(2)), false);
    assert_eq!(find(b"", b"", Some(5), Some(2)), -1);
    assert_eq!(rfind(b"", b"", Some(5), Some(2)), -1);
    assert_eq!(count(b"", b"", Some(5), Some(2)), 0);
    assert_eq!(startswith(b"", b"", Some(5), Some(2)), false);
    assert_eq!(endswith(b"", b"", Some(5), Some(2)), false);
    assert_eq!(find(b"", b"", Some(5), Some(10)), -1);
    assert_eq!(rfind(b"", b"", Some(5), Some(10)), -1);
    assert_eq!(count(b"", b"", Some(5), Some(10)), 0);
    assert_eq!(startswith(b"", b"", Some(5), Some(10)), false);
    assert_eq!(endswith(b"", b"", Some(5), Some(10)), false);
    assert_eq!(find(b"", b"", Some(5), None), -1);
    assert_eq!(rfind(b"", b"", Some(5), None), -1);
    assert_eq!(count(b"", b"", Some(5), None), 0);
    assert_eq!(startswith(b"", b"", Some(5), None), false);
    assert_eq!(endswith(b"", b"", Some(5), None), false);
    assert_eq!(find(b"", b"", Some(10), Some(10)), -1);
    assert_eq!(rfind(b"", b"", Some(10), Some(10)), -1);
    assert_eq!(count(b"", b"", Some(10), Some(10)), 0);
    assert_eq!(startswith(b"", b"", Some(10), Some(10)), false);
    assert_eq!(endswith(b"", b"", Some(10), Some(10)), false);
    assert_eq!(find(b"", b"", Some(10), Some(-1)), -1);
    assert_eq!(rfind(b"", b"", Some(10), Some(-1)), -1);
    assert_eq!(count(b"", b"", Some(10), Some(-1)), 0);
    assert_eq!(startswith(b"", b"", Some(10), Some(-1)), false);
    assert_eq!(endswith(b"", b"", Some(10), Some(-1)), false);
    assert_eq!(find(b"", b"", Some(10), None), -1);
    assert_eq!(rfind(b"", b"", Some(10), None), -1);
    assert_eq!(count(b"", b"", Some(10), None), 0);
    assert_eq!(startswith(b"", b"", Some(10), None), false);
    assert_eq!(endswith(b"", b"", Some(10), None), false);
    assert_eq!(find(b"", b"a", None, Some(10)), -1);
    assert_eq!(rfind(b"", b"a", None, Some(10)), -1);
    assert_eq!(count(b"", b"a", None, Some(10)), 0);
    assert_eq!(startswith(b"", b"a", None, Some(10)), false);
    assert_eq!(endswith(b"", b"a", None, Some(10)), false);
    assert_eq!(find(b"", b"a", None, Some(2)), -1);
    assert_eq!(rfind(b"", b"a", None, Some(2)), -1);
    assert_eq!(count(b"", b"a", None, Some(2)), 0);
    assert_eq!(startswith(b"", b"a", None, Some(2)), false);
    assert_eq!(endswith(b"", b"a", None, Some(2)), false);
    assert_eq!(find(b"", b"a", None, Some(-1)), -1);
    assert_eq!(rfind(b"", b"a", None, Some(-1)), -1);
    assert_eq!(count(b"", b"a", None, Some(-1)), 0);
    assert_eq!(startswith(b"", b"a", None, Some(-1)), false);
    assert_eq!(endswith(b"", b"a", None, Some(-1)), false);
    assert_eq!(find(b"", b"a", Some(-10), Some(0)), -1);
    assert_eq!(rfind(b"", b"a", Some(-10), Some(0)), -1);
    assert_eq!(count(b"", b"a", Some(-10), Some(0)), 0);
    assert_eq!(startswith(b"", b"a", Some(-10), Some(0)), false);
    assert_eq!(endswith(b"", b"a", Some(-10), Some(0)), false);
    assert_eq!(find(b"", b"a", Some(-10), Some(-10)), -1);
    assert_eq!(rfind(b"", b"a", Some(-10), Some(-10)), -1);
    assert_eq!(count(b"", b"a", Some(-10), Some(-10)), 0);
    assert_eq!(startswith(b"", b"a", Some(-10), Some(-10)), false);
    assert_eq!(endswith(b"", b"a", Some(-10), Some(-10)), false);
    assert_eq!(find(b"", b"a", Some(-10), Some(10)), -1);
    assert_eq!(rfind(b"", b"a", Some(-10), Some(10)), -1);
    assert_eq!(count(b"", b"a", Some(-10), Some(10)), 0);
    assert_eq!(startswith(b"", b"a", Some(-10), Some(10)), false);
    assert_eq!(endswith(b"", b"a", Some(-10), Some(10)), false);
    assert_eq!(find(b"", b"a", Some(-2), Some(-10)), -1);
    assert_eq!(rfind(b"", b"a", Some(-2), Some(-10)), -1);
    assert_eq!(count(b"", b"a", Some(-2), Some(-10)), 0);
    assert_eq!(startswith(b"", b"a", Some(-2), Some(-10)), false);
    assert_eq!(endswith(b"", b"a", Some(-2), Some(-10)), false);
    assert_eq!(find(b"", b"a", Some(-2), Some(2)), -1);
    assert_eq!(rfind(b"", b"a", Some(-2), Some(2)), -1);
    assert_eq!(count(b"", b"a", Some(-2), Some(2)), 0);
    assert_eq!(startswith(b"", b"a", Some(-2), Some(2)), false);
    assert_eq!(endswith(b"", b"a", Some(-2), Some(2)), false);
    assert_eq!(find(b"", b"a", Some(-2), None), -1);
    assert_eq!(rfind(b"", b"a", Some(-2), None), -1);
    assert_eq!(count(b"", b"a", Some(-2), None), 0);
    assert_eq!(startswith(b"", b"a", Some(-2), None), false);
    assert_eq!(endswith(b"", b"a", Some(-2), None), false);
    assert_eq!(find(b"", b"a", Some(0), Some(0)), -1);
    assert_eq!(rfind(b"", b"a", Some(0), Some(0)), -1);
    assert_eq!(count(b"", b"a", Some(0), Some(0)), 0);
    assert_eq!(startswith(b"", b"a", Some(0), Some(0)), false);
    assert_eq!(endswith(b"", b"a", Some(0), Some(0)), false);
    assert_eq!(find(b"", b"a", Some(0), Some(2)), -1);
    assert_eq!(rfind(b"", b"a", Some(0), Some(2)), -1);
    assert_eq!(count(b"", b"a", Some(0), Some(2)), 0);
    assert_eq!(startswith(b"", b"a", Some(0), Some(2)), false);
    assert_eq!(endswith(b"", b"a", Some(0), Some(2)), false);
    assert_eq!(find(b"", b"a", Some(0), Some(-1)), -1);
    assert_eq!(rfind(b"", b"a", Some(0), Some(-1)), -1);
    assert_eq!(count(b"", b"a", Some(0), Some(-1)), 0);
    assert_eq!(startswith(b"", b"a", Some(0), Some(-1)), false);
    assert_eq!(endswith(b"", b"a", Some(0), Some(-1)), false);
    assert_eq!(find(b"", b"a", Some(1), None), -1);
    assert_eq!(rfind(b"", b"a", Some(1), None), -1);
    assert_eq!(count(b"", b"a", Some(1), None), 0);
    assert_eq!(startswith(b"", b"a", Some(1), None), false);
    assert_eq!(endswith(b"", b"a", Some(1), None), false);
    assert_eq!(find(b"", b"a", Some(1), Some(0)), -1);
    assert_eq!(rfind(b"", b"a", Some(1), Some(0)), -1);
    assert_eq!(count(b"", b"a", Some(1), Some(0)), 0);
    assert_eq!(startswith(b"", b"a", Some(1), Some(0)), false);
    assert_eq!(endswith(b"", b"a", Some(1), Some(0)), false);
    assert_eq!(find(b"", b"a", Some(1), Some(10)), -1);
    assert_eq!(rfind(b"", b"a", Some(1), Some(10)), -1);
    assert_eq!(count(b"", b"a", Some(1), Some(10)), 0);
    assert_eq!(startswith(b"", b"a", Some(1), Some(10)), false);
    assert_eq!(endswith(b"", b"a", Some(1), Some(10)), false);
    assert_eq!(find(b"", b"a", Some(5), Some(-10)), -1);
    assert_eq!(rfind(b"", b"a", Some(5), Some(-10)), -1);
    assert_eq!(count(b"", b"a", Some(5), Some(-10)), 0);
    assert_eq!(startswith(b"", b"a", Some(5), Some(-10)), false);
    assert_eq!(endswith(b"", b"a", Some(5), Some(-10)), false);
    assert_eq!(find(b"", b"a", Some(5), Some(10)), -1);
    assert_eq!(rfind(b"", b"a", Some(5), Some(10)), -1);
    assert_eq!(count(b"", b"a", Some(5), Some(10)), 0);
    assert_eq!(startswith(b"", b"a", Some(5), Some(10)), false);
    assert_eq!(endswith(b"", b"a", Some(5), Some(10)), false);
    assert_eq!(find(b"", b"a", Some(5), Some(0)), -1);
    assert_eq!(rfind(b"", b"a", Some(5), Some(0)), -1);
    assert_eq!(count(b"", b"a", Some(5), Some(0)), 0);
    assert_eq!(startswith(b"", b"a", Some(5), Some(0)), false);
    assert_eq!(endswith(b"", b"a", Some(5), Some(0)), false);
    assert_eq!(find(b"", b"a", Some(10), Some(-1)), -1);
    assert_eq!(rfind(b"", b"a", Some(10), Some(-1)), -1);
    assert_eq!(count(b"", b"a", Some(10), Some(-1)), 0);
    assert_eq!(startswith(b"", b"a", Some(10), Some(-1)), false);
    assert_eq!(endswith(b"", b"a", Some(10), Some(-1)), false);
    assert_eq!(find(b"", b"a", Some(10), Some(10)), -1);
    assert_eq!(rfind(b"", b"a", Some(10), Some(10)), -1);
    assert_eq!(count(b"", b"a", Some(10), Some(10)), 0);
    assert_eq!(startswith(b"", b"a", Some(10), Some(10)), false);
    assert_eq!(endswith(b"", b"a", Some(10), Some(10)), false);
    assert_eq!(find(b"", b"a", Some(10), None), -1);
    assert_eq!(rfind(b"", b"a", Some(10), None), -1);
    assert_eq!(count(b"", b"a", Some(10), None), 0);
    assert_eq!(startswith(b"", b"a", Some(10), None), false);
    assert_eq!(endswith(b"", b"a", Some(10), None), false);
    assert_eq!(find(b"", b"bc", None, Some(-1)), -1);
    assert_eq!(rfind(b"", b"bc", None, Some(-1)), -1);
    assert_eq!(count(b"", b"bc", None, Some(-1)), 0);
    assert_eq!(startswith(b"", b"bc", None, Some(-1)), false);
    assert_eq!(endswith(b"", b"bc", None, Some(-1)), false);
    assert_eq!(find(b"", b"bc", None, Some(4)), -1);
    assert_eq!(rfind(b"", b"bc", None, Some(4)), -1);
    assert_eq!(count(b"", b"bc", None, Some(4)), 0);
    assert_eq!(startswith(b"", b"bc", None, Some(4)), false);
    assert_eq!(endswith(b"", b"bc", None, Some(4)), false);
    assert_eq!(find(b"", b"bc", None, Some(10)), -1);
    assert_eq!(rfind(b"", b"bc", None, Some(10)), -1);
    assert_eq!(count(b"", b"bc", None, Some(10)), 0);
    assert_eq!(startswith(b"", b"bc", None, Some(10)), false);
    assert_eq!(endswith(b"", b"bc", None, Some(10)), false);
    assert_eq!(find(b"", b"bc", Some(-10), None), -1);
    assert_eq!(rfind(b"", b"bc", Some(-10), None), -1);
    assert_eq!(count(b"", b"bc", Some(-10), None), 0);
    assert_eq!(startswith(b"", b"bc", Some(-10), None), false);
    assert_eq!(endswith(b"", b"bc", Some(-10), None), false);
    assert_eq!(find(b"", b"bc", Some(-10), Some(2)), -1);
    assert_eq!(rfind(b"", b"bc", Some(-10), Some(2)), -1);
    assert_eq!(count(b"", b"bc", Some(-10), Some(2)), 0);
    assert_eq!(startswith(b"", b"bc", Some(-10), Some(2)), false);
    assert_eq!(endswith(b"", b"bc", Some(-10), Some(2)), false);
    assert_eq!(find(b"", b"bc", Some(-10), Some(10)), -1);
    assert_eq!(rfind(b"", b"bc", Some(-10), Some(10)), -1);
    assert_eq!(count(b"", b"bc", Some(-10), Some(10)), 0);
    assert_eq!(startswith(b"", b"bc", Some(-10), Some(10)), false);
    assert_eq!(endswith(b"", b"bc", Some(-10), Some(10)), false);
    assert_eq!(find(b"", b"bc", Some(-2), None), -1);
    assert_eq!(rfind(b"", b"bc", Some(-2), None), -1);
    assert_eq!(count(b"", b"bc", Some(-2), None), 0);
    assert_eq!(startswith(b"", b"bc", Some(-2), None), false);
    assert_eq!(endswith(b"", b"bc", Some(-2), None), false);
    assert_eq!(find(b"", b"bc", Some(-2), Some(0)), -1);
    assert_eq!(rfind(b"", b"bc", Some(-2), Some(0)), -1);
    assert_eq!(count(b"", b"bc", Some(-2), Some(0)), 0);
    assert_eq!(startswith(b"", b"bc", Some(-2), Some(0)), false);
    assert_eq!(endswith(b"", b"bc", Some(-2), Some(0)), false);
    assert_eq!(find(b"", b"bc", Some(-2), Some(2)), -1);
    assert_eq!(rfind(b"", b"bc", Some(-2), Some(2)), -1);
    assert_eq!(count(b"", b"bc", Some(-2), Some(2)), 0);
    assert_eq!(startswith(b"", b"bc", Some(-2), Some(2)), false);
    assert_eq!(endswith(b"", b"bc", Some(-2), Some(2)), false);
    assert_eq!(find(b"", b"bc", Some(0), Some(10)), -1);
    assert_eq!(rfind(b"", b"bc", Some(0), Some(10)), -1);
    assert_eq!(count(b"", b"bc", Some(0), Some(10)), 0);
    assert_eq!(startswith(b"", b"bc", Some(0), Some(10)), false);
    assert_eq!(endswith(b"", b"bc", Some(0), Some(10)), false);
    assert_eq!(find(b"", b"bc", Some(0), Some(0)), -1);
    assert_eq!(rfind(b"", b"bc", Some(0), Some(0)), -1);
    assert_eq!(count(b"", b"bc", Some(0), Some(0)), 0);
    assert_eq!(startswith(b"", b"bc", Some(0), Some(0)), false);
    assert_eq!(endswith(b"", b"bc", Some(0), Some(0)), false);
    assert_eq!(find(b"", b"bc", Some(0), Some(4)), -1);
    assert_eq!(rfind(b"", b"bc", Some(0), Some(4)), -1);
    assert_eq!(count(b"", b"bc", Some(0), Some(4)), 0);
    assert_eq!(startswith(b"", b"bc", Some(0), Some(4)), false);
    assert_eq!(endswith(b"", b"bc", Some(0), Some(4)), false);
    assert_eq!(find(b"", b"bc", Some(1), Some(-1)), -1);
    assert_eq!(rfind(b"", b"bc", Some(1), Some(-1)), -1);
    assert_eq!(count(b"", b"bc", Some(1), Some(-1)), 0);
    assert_eq!(startswith(b"", b"bc", Some(1), Some(-1)), false);
    assert_eq!(endswith(b"", b"bc", Some(1), Some(-1)), false);
    assert_eq!(find(b"", b"bc", Some(1), Some(4)), -1);
    assert_eq!(rfind(b"", b"bc", Some(1), Some(4)), -1);
    assert_eq!(count(b"", b"bc", Some(1), Some(4)), 0);
    assert_eq!(startswith(b"", b"bc", Some(1), Some(4)), false);
    assert_eq!(endswith(b"", b"bc", Some(1), Some(4)), false);
    assert_eq!(find(b"", b"bc", Some(1), Some(-10)), -1);
    assert_eq!(rfind(b"", b"bc", Some(1), Some(-10)), -1);
    assert_eq!(count(b"", b"bc", Some(1), Some(-10)), 0);
    assert_eq!(startswith(b"", b"bc", Some(1), Some(-10)), false);
    assert_eq!(endswith(b"", b"bc", Some(1), Some(-10)), false);
    assert_eq!(find(b"", b"bc", Some(5), Some(2)), -1);
    assert_eq!(rfind(b"", b"bc", Some(5), Some(2)), -1);
    assert_eq!(count(b"", b"bc", Some(5), Some(2)), 0);
    assert_eq!(startswith(b"", b"bc", Some(5), Some(2)), false);
    assert_eq!(endswith(b"", b"bc", Some(5), Some(2)), false);
    assert_eq!(find(b"", b"bc", Some(5), Some(4)), -1);
    assert_eq!(rfind(b"", b"bc", Some(5), Some(4)), -1);
    assert_eq!(count(b"", b"bc", Some(5), Some(4)), 0);
    assert_eq!(startswith(b"", b"bc", Some(5), Some(4)), false);
    assert_eq!(endswith(b"", b"bc", Some(5), Some(4)), false);
    assert_eq!(find(b"", b"bc", Some(5), None), -1);
    assert_eq!(rfind(b"", b"bc", Some(5), None), -1);
    assert_eq!(count(b"", b"bc", Some(5), None), 0);
    assert_eq!(startswith(b"", b"bc", Some(5), None), false);
    assert_eq!(endswith(b"", b"bc", Some(5), None), false);
    assert_eq!(find(b"", b"bc", Some(10), Some(0)), -1);
    assert_eq!(rfind(b"", b"bc", Some(10), Some(0)), -1);
    assert_eq!(count(b"", b"bc", Some(10), Some(0)), 0);
    assert_eq!(startswith(b"", b"bc", Some(10), Some(0)), false);
    assert_eq!(endswith(b"", b"bc", Some(10), Some(0)), false);
    assert_eq!(find(b"", b"bc", Some(10), Some(4)), -1);
    assert_eq!(rfind(b"", b"bc", Some(10), Some(4)), -1);
    assert_eq!(count(b"", b"bc", Some(10), Some(4)), 0);
    assert_eq!(startswith(b"", b"bc", Some(10), Some(4)), false);
    assert_eq!(endswith(b"", b"bc", Some(10), Some(4)), false);
    assert_eq!(find(b"", b"bc", Some(10), Some(-10)), -1);
    assert_eq!(rfind(b"", b"bc", Some(10), Some(-10)), -1);
    assert_eq!(count(b"", b"bc", Some(10), Some(-10)), 0);
    assert_eq!(startswith(b"", b"bc", Some(10), Some(-10)), false);
    assert_eq!(endswith(b"", b"bc", Some(10), Some(-10)), false);
    assert_eq!(find(b"", b"\xff", None, None), -1);
    assert_eq!(rfind(b"", b"\xff", None, None), -1);
    assert_eq!(count(b"", b"\xff", None, None), 0);
    assert_eq!(startswith(b"", b"\xff", None, None), false);
    assert_eq!(endswith(b"", b"\xff", None, None), false);
    assert_eq!(find(b"", b"\xff", None, Some(0)), -1);
    assert_eq!(rfind(b"", b"\xff", None, Some(0)), -1);
    assert_eq!(count(b"", b"\xff", None, Some(0)), 0);
    assert_eq!(startswith(b"", b"\xff", None, Some(0)), false);
    assert_eq!(endswith(b"", b"\xff", None, Some(0)), false);
    assert_eq!(find(b"", b"\xff", None, Some(2)), -1);
    assert_eq!(rfind(b"", b"\xff", None, Some(2)), -1);
    assert_eq!(count(b"", b"\xff", None, Some(2)), 0);
    assert_eq!(startswith(b"", b"\xff", None, Some(2)), false);
    assert_eq!(endswith(b"", b"\xff", None, Some(2)), false);
    assert_eq!(find(b"", b"\xff", Some(-10), Some(-1)), -1);
    assert_eq!(rfind(b"", b"\xff", Some(-10), Some(-1)), -1);
    assert_eq!(count(b"", b"\xff", Some(-10), Some(-1)), 0);
    assert_eq!(startswith(b"", b"\xff", Some(-10), Some(-1)), false);
    assert_eq!(endswith(b"", b"\xff", Some(-10), Some(-1)), false);
    assert_eq!(find(b"", b"\xff", Some(-10), Some(2)), -1);
    assert_eq!(rfind(b"", b"\xff", Some(-10), Some(2)), -1);
    assert_eq!(count(b"", b"\xff", Some(-10), Some(2)), 0);
    assert_eq!(startswith(b"", b"\xff", Some(-10), Some(2)), false);
    assert_eq!(endswith(b"", b"\xff", Some(-10), Some(2)), false);
    assert_eq!(find(b"", b"\xff", Some(-10), Some(10)), -1);
    assert_eq!(rfind(b"", b"\xff", Some(-10), Some(10)), -1);
    assert_eq!(count(b"", b"\xff", Some(-10), Some(10)), 0);
    assert_eq!(startswith(b"", b"\xff", Some(-10), Some(10)), false);
    assert_eq!(endswith(b"", b"\xff", Some(-10), Some(10)), false);
    assert_eq!(find(b"", b"\xff", Some(-2), Some(-10)), -1);
    assert_eq!(rfind(b"", b"\xff", Some(-2), Some(-10)), -1);
    assert_eq!(count(b"", b"\xff", Some(-2), Some(-10)), 0);
    assert_eq!(startswith(b"", b"\xff", Some(-2), Some(-10)), false);
    assert_eq!(endswith(b"", b"\xff", Some(-2), Some(-10)), false);
    assert_eq!(find(b"", b"\xff", Some(-2), Some(4)), -1);
    assert_eq!(rfind(b"", b"\xff", Some(-2), Some(4)), -1);
    assert_eq!(count(b"", b"\xff", Some(-2), Some(4)), 0);
    assert_eq!(startswith(b"", b"\xff", Some(-2), Some(4)), false);
    assert_eq!(endswith(b"", b"\xff", Some(-2), Some(4)), false);
    assert_eq!(find(b"", b"\xff", Some(-2), Some(-1)), -1);
    assert_eq!(rfind(b"", b"\xff", Some(-2), Some(-1)), -1);
    assert_eq!(count(b"", b"\xff", Some(-2), Some(-1)), 0);
    assert_eq!(startswith(b"", b"\xff", Some(-2), Some(-1)), false);
    assert_eq!(endswith(b"", b"\xff", Some(-2), Some(-1)), false);
    assert_eq!(find(b"", b"\xff", Some(0), Some(-10)), -1);
    assert_eq!(rfind(b"", b"\xff", Some(0), Some(-10)), -1);
    assert_eq!(count(b"", b"\xff", Some(0), Some(-10)), 0);
    assert_eq!(startswith(b"", b"\xff", Some(0), Some(-10)), false);
    assert_eq!(endswith(b"", b"\xff", Some(0), Some(-10)), false);
    assert_eq!(find(b"", b"\xff", Some(0), Some(4)), -1);
    assert_eq!(rfind(b"", b"\xff", Some(0), Some(4)), -1);
    assert_eq!(count(b"", b"\xff", Some(0), Some(4)), 0);
    assert_eq!(startswith(b"", b"\xff", Some(0), Some(4)), false);
    assert_eq!(endswith(b"", b"\xff", Some(0), Some(4)), false);
    assert_eq!(find(b"", b"\xff", Some(0), Some(-1)), -1);
    assert_eq!(rfind(b"", b"\xff", Some(0), Some(-1)), -1);
    assert_eq!(count(b"", b"\xff", Some(0), Some(-1)), 0);
    assert_eq!(startswith(b"", b"\xff", Some(0), Some(-1)), false);
    assert_eq!(endswith(b"", b"\xff", Some(0), Some(-1)), false);
    assert_eq!(find(b"", b"\xff", Some(1), None), -1);
    assert_eq!(rfind(b"", b"\xff", Some(1), None), -1);
    assert_eq!(count(b"", b"\xff", Some(1), None), 0);
    assert_eq!(startswith(b"", b"\xff", Some(1), None), false);
    assert_eq!(endswith(b"", b"\xff", Some(1), None), false);
    assert_eq!(find(b"", b"\xff", Some(1), Some(10)), -1);
    assert_eq!(rfind(b"", b"\xff", Some(1), Some(10)), -1);
    assert_eq!(count(b"", b"\xff", Some(1), Some(10)), 0);
    assert_eq!(startswith(b"", b"\xff", Some(1), Some(10)), false);
    assert_eq!(endswith(b"", b"\xff", Some(1), Some(10)), false);
    assert_eq!(find(b"", b"\xff", Some(1), Some(-10)), -1);
    assert_eq!(rfind(b"", b"\xff", Some(1), Some(-10)), -1);
    assert_eq!(count(b"", b"\xff", Some(1), Some(-10)), 0);
    assert_eq!(startswith(b"", b"\xff", Some(1), Some(-10)), false);
    assert_eq!(endswith(b"", b"\xff", Some(1), Some(-10)), false);
    assert_eq!(find(b"", b"\xff", Some(5), Some(-1)), -1);
    assert_eq!(rfind(b"", b"\xff", Some(5), Some(-1)), -1);
    assert_eq!(count(b"", b"\xff", Some(5), Some(-1)), 0);
    assert_eq!(startswith(b"", b"\xff", Some(5), Some(-1)), false);
    assert_eq!(endswith(b"", b"\xff", Some(5), Some(-1)), false);
    assert_eq!(find(b"", b"\xff", Some(5), Some(-10)), -1);
    assert_eq!(rfind(b"", b"\xff", Some(5), Some(-10)), -1);
    assert_eq!(count(b"", b"\xff", Some(5), Some(-10)), 0);
    assert_eq!(startswith(b"", b"\xff", Some(5), Some(-10)), false);
    assert_eq!(endswith(b"", b"\xff", Some(5), Some(-10)), false);
    assert_eq!(find(b"", b"\xff", Some(5), None), -1);
    assert_eq!(rfind(b"", b"\xff", Some(5), None), -1);
    assert_eq!(count(b"", b"\xff", Some(5), None), 0);
    assert_eq!(startswith(b"", b"\xff", Some(5), None), false);
    assert_eq!(endswith(b"", b"\xff", Some(5), None), false);
    assert_eq!(find(b"", b"\xff", Some(10), Some(2)), -1);
    assert_eq!(rfind(b"", b"\xff", Some(10), Some(2)), -1);
    assert_eq!(count(b"", b"\xff", Some(10), Some(2)), 0);
    assert_eq!(startswith(b"", b"\xff", Some(10), Some(2)), false);
    assert_eq!(endswith(b"", b"\xff", Some(10), Some(2)), false);
    assert_eq!(find(b"", b"\xff", Some(10), Some(-10)), -1);
    assert_eq!(rfind(b"", b"\xff", Some(10), Some(-10)), -1);
    assert_eq!(count(b"", b"\xff", Some(10), Some(-10)), 0);
    assert_eq!(startswith(b"", b"\xff", Some(10), Some(-10)), false);
    assert_eq!(endswith(b"", b"\xff", Some(10), Some(-10)), false);
    assert_eq!(find(b"", b"\xff", Some(10), None), -1);
    assert_eq!(rfind(b"", b"\xff", Some(10), None), -1);
    assert_eq!(count(b"", b"\xff", Some(10), None), 0);
    assert_eq!(startswith(b"", b"\xff", Some(10), None), false);
    assert_eq!(endswith(b"", b"\xff", Some(10), None), false);
    assert_eq!(find(b"", b"aa", None, None), -1);
    assert_eq!(rfind(b"", b"aa", None, None), -1);
    assert_eq!(count(b"", b"aa", None, None), 0);
    assert_eq!(startswith(b"", b"aa", None, None), false);
    assert_eq!(endswith(b"", b"aa", None, None), false);
    assert_eq!(find(b"", b"aa", None, Some(10)), -1);
    assert_eq!(rfind(b"", b"aa", None, Some(10)), -1);
    assert_eq!(count(b"", b"aa", None, Some(10)), 0);
    assert_eq!(startswith(b"", b"aa", None, Some(10)), false);
    assert_eq!(endswith(b"", b"aa", None, Some(10)), false);
    assert_eq!(find(b"", b"aa", None, Some(0)), -1);
    assert_eq!(rfind(b"", b"aa", None, Some(0)), -1);
    assert_eq!(count(b"", b"aa", None, Some(0)), 0);
    assert_eq!(startswith(b"", b"aa", None, Some(0)), false);
    assert_eq!(endswith(b"", b"aa", None, Some(0)), false);
    assert_eq!(find(b"", b"aa", Some(-10), Some(-10)), -1);
    assert_eq!(rfind(b"", b"aa", Some(-10), Some(-10)), -1);
    assert_eq!(count(b"", b"aa", Some(-10), Some(-10)), 0);
    assert_eq!(startswith(b"", b"aa", Some(-10), Some(-10)), false);
    assert_eq!(endswith(b"", b"aa", Some(-10), Some(-10)), false);
    assert_eq!(find(b"", b"aa", Some(-10), Some(0)), -1);
    assert_eq!(rfind(b"", b"aa", Some(-10), Some(0)), -1);
    assert_eq!(count(b"", b"aa", Some(-10), Some(0)), 0);
    assert_eq!(startswith(b"", b"aa", Some(-10), Some(0)), false);
    assert_eq!(endswith(b"", b"aa", Some(-10), Some(0)), false);
    assert_eq!(find(b"", b"aa", Some(-10), Some(-1)), -1);
    assert_eq!(rfind(b"", b"aa", Some(-10), Some(-1)), -1);
    assert_eq!(count(b"", b"aa", Some(-10), Some(-1)), 0);
    assert_eq!(startswith(b"", b"aa", Some(-10), Some(-1)), false);
    assert_eq!(endswith(b"", b"aa", Some(-10), Some(-1)), false);
    assert_eq!(find(b"", b"aa", Some(-2), Some(2)), -1);
    assert_eq!(rfind(b"", b"aa", Some(-2), Some(2)), -1);
    assert_eq!(count(b"", b"aa", Some(-2), Some(2)), 0);
    assert_eq!(startswith(b"", b"aa", Some(-2), Some(2)), false);
    assert_eq!(endswith(b"", b"aa", Some(-2), Some(2)), false);
    assert_eq!(find(b"", b"aa", Some(-2), None), -1);
    assert_eq!(rfind(b"", b"aa", Some(-2), None), -1);
    assert_eq!(count(b"", b"aa", Some(-2), None), 0);
    assert_eq!(startswith(b"", b"aa", Some(-2), None), false);
    assert_eq!(endswith(b"", b"aa", Some(-2), None), false);
    assert_eq!(find(b"", b"aa", Some(-2), Some(-1)), -1);
    assert_eq!(rfind(b"", b"aa", Some(-2), Some(-1)), -1);
    assert_eq!(count(b"", b"aa", Some(-2), Some(-1)), 0);
    assert_eq!(startswith(b"", b"aa", Some(-2), Some(-1)), false);
    assert_eq!(endswith(b"", b"aa", Some(-2), Some(-1)), false);
    assert_eq!(find(b"", b"aa", Some(0), Some(-1)), -1);
    assert_eq!(rfind(b"", b"aa", Some(0), Some(-1)), -1);
    assert_eq!(count(b"", b"aa", Some(0), Some(-1)), 0);
    assert_eq!(startswith(b"", b"aa", Some(0), Some(-1)), false);
    assert_eq!(endswith(b"", b"aa", Some(0), Some(-1)), false);
    assert_eq!(find(b"", b"aa", Some(0), Some(-10)), -1);
    assert_eq!(rfind(b"", b"aa", Some(0), Some(-10)), -1);
    assert_eq!(count(b"", b"aa", Some(0), Some(-10)), 0);
    assert_eq!(startswith(b"", b"aa", Some(0), Some(-10)), false);
    assert_eq!(endswith(b"", b"aa", Some(0), Some(-10)), false);
    assert_eq!(find(b"", b"aa", Some(0), Some(0)), -1);
    assert_eq!(rfind(b"", b"aa", Some(0), Some(0)), -1);
    assert_eq!(count(b"", b"aa", Some(0), Some(0)), 0);
    assert_eq!(startswith(b"", b"aa", Some(0), Some(0)), false);
    assert_eq!(endswith(b"", b"aa", Some(0), Some(0)), false);
    assert_eq!(find(b"", b"aa", Some(1), Some(2)), -1);
    assert_eq!(rfind(b"", b"aa", Some(1), Some(2)), -1);
    assert_eq!(count(b"", b"aa", Some(1), Some(2)), 0);
    assert_eq!(startswith(b"", b"aa", Some(1), Some(2)), false);
    assert_eq!(endswith(b"", b"aa", Some(1), Some(2)), false);
    assert_eq!(find(b"", b"aa", Some(1), Some(-1)), -1);
    assert_eq!(rfind(b"", b"aa", Some(1), Some(-1)), -1);
    assert_eq!(count(b"", b"aa", Some(1), Some(-1)), 0);
    assert_eq!(startswith(b"", b"aa", Some(1), Some(-1)), false);
    assert_eq!(endswith(b"", b"aa", Some(1), Some(-1)), false);
    assert_eq!(find(b"", b"aa", Some(1), Some(-10)), -1);
    assert_eq!(rfind(b"", b"aa", Some(1), Some(-10)), -1);
    assert_eq!(count(b"", b"aa", Some(1), Some(-10)), 0);
    assert_eq!(startswith(b"", b"aa", Some(1), Some(-10)), false);
    assert_eq!(endswith(b"", b"aa", Some(1), Some(-10)), false);
    assert_eq!(find(b"", b"aa", Some(5), None), -1);
    assert_eq!(rfind(b"", b"aa", Some(5), None), -1);
    assert_eq!(count(b"", b"aa", Some(5), None), 0);
    assert_eq!(startswith(b"", b"aa", Some(5), None), false);
    assert_eq!(endswith(b"", b"aa", Some(5), None), false);
    assert_eq!(find(b"", b"aa", Some(5), Some(4)), -1);
    assert_eq!(rfind(b"", b"aa", Some(5), Some(4)), -1);
    assert_eq!(count(b"", b"aa", Some(5), Some(4)), 0);
    assert_eq!(startswith(b"", b"aa", Some(5), Some(4)), false);
    assert_eq!(endswith(b"", b"aa", Some(5), Some(4)), false);
    assert_eq!(find(b"", b"aa", Some(5), Some(2)), -1);
    assert_eq!(rfind(b"", b"aa", Some(5), Some(2)), -1);
    assert_eq!(count(b"", b"aa", Some(5), Some(2)), 0);
    assert_eq!(startswith(b"", b"aa", Some(5), Some(2)), false);
    assert_eq!(endswith(b"", b"aa", Some(5), Some(2)), false);
    assert_eq!(find(b"", b"aa", Some(10), Some(-1)), -1);
    assert_eq!(rfind(b"", b"aa", Some(10), Some(-1)), -1);
    assert_eq!(count(b"", b"aa", Some(10), Some(-1)), 0);
    assert_eq!(startswith(b"", b"aa", Some(10), Some(-1)), false);
    assert_eq!(endswith(b"", b"aa", Some(10), Some(-1)), false);
    assert_eq!(find(b"", b"aa", Some(10), Some(4)), -1);
    assert_eq!(rfind(b"", b"aa", Some(10), Some(4)), -1);
    assert_eq!(count(b"", b"aa", Some(10), Some(4)), 0);
    assert_eq!(startswith(b"", b"aa", Some(10), Some(4)), false);
    assert_eq!(endswith(b"", b"aa", Some(10), Some(4)), false);
    assert_eq!(find(b"", b"aa", Some(10), None), -1);
    assert_eq!(rfind(b"", b"aa", Some(10), None), -1);
    assert_eq!(count(b"", b"aa", Some(10), None), 0);
    assert_eq!(startswith(b"", b"aa", Some(10), None), false);
    assert_eq!(endswith(b"", b"aa", Some(10), None), false);
    assert_eq!(find(b"a", b"", None, None), 0);
    assert_eq!(rfind(b"a", b"", None, None), 1);
    assert_eq!(count(b"a", b"", None, None), 2);
    assert_eq!(startswith(b"a", b"", None, None), true);
    assert_eq!(endswith(b"a", b"", None, None), true);
    assert_eq!(find(b"a", b"", None, Some(0)), 0);
    assert_eq!(rfind(b"a", b"", None, Some(0)), 0);
    assert_eq!(count(b"a", b"", None, Some(0)), 1);
    assert_eq!(startswith(b"a", b"", None, Some(0)), true);
    assert_eq!(endswith(b"a", b"", None, Some(0)), true);
    assert_eq!(find(b"a", b"", None, Some(4)), 0);
    assert_eq!(rfind(b"a", b"", None, Some(4)), 1);
    assert_eq!(count(b"a", b"", None, Some(4)), 2);
    assert_eq!(startswith(b"a", b"", None, Some(4)), true);
    assert_eq!(endswith(b"a", b"", None, Some(4)), true);
    assert_eq!(find(b"a", b"", Some(-10), Some(-10)), 0);
    assert_eq!(rfind(b"a", b"", Some(-10), Some(-10)), 0);
    assert_eq!(count(b"a", b"", Some(-10), Some(-10)), 1);
    assert_eq!(startswith(b"a", b"", Some(-10), Some(-10)), true);
    assert_eq!(endswith(b"a", b"", Some(-10), Some(-10)), true);
    assert_eq!(find(b"a", b"", Some(-10), Some(4)), 0);
    assert_eq!(rfind(b"a", b"", Some(-10), Some(4)), 1);
    assert_eq!(count(b"a", b"", Some(-10), Some(4)), 2);
    assert_eq!(startswith(b"a", b"", Some(-10), Some(4)), true);
    assert_eq!(endswith(b"a", b"", Some(-10), Some(4)), true);
    assert_eq!(find(b"a", b"", Some(-10), Some(2)), 0);
    assert_eq!(rfind(b"a", b"", Some(-10), Some(2)), 1);
    assert_eq!(count(b"a", b"", Some(-10), Some(2)), 2);
    assert_eq!(startswith(b"a", b"", Some(-10), Some(2)), true);
    assert_eq!(endswith(b"a", b"", Some(-10), Some(2)), true);
    assert_eq!(find(b"a", b"", Some(-2), Some(10)), 0);
    assert_eq!(rfind(b"a", b"", Some(-2), Some(10)), 1);
    assert_eq!(count(b"a", b"", Some(-2), Some(10)), 2);
    assert_eq!(startswith(b"a", b"", Some(-2), Some(10)), true);
    assert_eq!(endswith(b"a", b"", Some(-2), Some(10)), true);
    assert_eq!(find(b"a", b"", Some(-2), Some(0)), 0);
    assert_eq!(rfind(b"a", b"", Some(-2), Some(0)), 0);
    assert_eq!(count(b"a", b"", Some(-2), Some(0)), 1);
    assert_eq!(startswith(b"a", b"", Some(-2), Some(0)), true);
    assert_eq!(endswith(b"a", b"", Some(-2), Some(0)), true);
    assert_eq!(find(b"a", b"", Some(-2), Some(2)), 0);
    assert_eq!(rfind(b"a", b"", Some(-2), Some(2)), 1);
    assert_eq!(count(b"a", b"", Some(-2), Some(2)), 2);
    assert_eq!(startswith(b"a", b"", Some(-2), Some(2)), true);
    assert_eq!(endswith(b"a", b"", Some(-2), Some(2)), true);
    assert_eq!(find(b"a", b"", Some(0), Some(10)), 0);
    assert_eq!(rfind(b"a", b"", Some(0), Some(10)), 1);
    assert_eq!(count(b"a", b"", Some(0), Some(10)), 2);
    assert_eq!(startswith(b"a", b"", Some(0), Some(10)), true);
    assert_eq!(endswith(b"a", b"", Some(0), Some(10)), true);
    assert_eq!(find(b"a", b"", Some(0), Some(-10)), 0);
    assert_eq!(rfind(b"a", b"", Some(0), Some(-10)), 0);
    assert_eq!(count(b"a", b"", Some(0), Some(-10)), 1);
    assert_eq!(startswith(b"a", b"", Some(0), Some(-10)), true);
    assert_eq!(endswith(b"a", b"", Some(0), Some(-10)), true);
    assert_eq!(find(b"a", b"", Some(0), Some(-1)), 0);
    assert_eq!(rfind(b"a", b"", Some(0), Some(-1)), 0);
    assert_eq!(count(b"a", b"", Some(0), Some(-1)), 1);
    assert_eq!(startswith(b"a", b"", Some(0), Some(-1)), true);
    assert_eq!(endswith(b"a", b"", Some(0), Some(-1)), true);
    assert_eq!(find(b"a", b"", Some(1), Some(10)), 1);
    assert_eq!(rfind(b"a", b"", Some(1), Some(10)), 1);
    assert_eq!(count(b"a", b"", Some(1), Some(10)), 1);
    assert_eq!(startswith(b"a", b"", Some(1), Some(10)), true);
    assert_eq!(endswith(b"a", b"", Some(1), Some(10)), true);
    assert_eq!(find(b"a", b"", Some(1), Some(2)), 1);
    assert_eq!(rfind(b"a", b"", Some(1), Some(2)), 1);
    assert_eq!(count(b"a", b"", Some(1), Some(2)), 1);
    assert_eq!(startswith(b"a", b"", Some(1), Some(2)), true);
    assert_eq!(endswith(b"a", b"", Some(1), Some(2)), true);
    assert_eq!(find(b"a", b"", Some(1), Some(4)), 1);
    assert_eq!(rfind(b"a", b"", Some(1), Some(4)), 1);
    assert_eq!(count(b"a", b"", Some(1), Some(4)), 1);
    assert_eq!(startswith(b"a", b"", Some(1), Some(4)), true);
    assert_eq!(endswith(b"a", b"", Some(1), Some(4)), true);
    assert_eq!(find(b"a", b"", Some(5), Some(0)), -1);
    assert_eq!(rfind(b"a", b"", Some(5), Some(0)), -1);
    assert_eq!(count(b"a", b"", Some(5), Some(0)), 0);
    assert_eq!(startswith(b"a", b"", Some(5), Some(0)), false);
    assert_eq!(endswith(b"a", b"", Some(5), Some(0)), false);
    assert_eq!(find(b"a", b"", Some(5), Some(-1)), -1);
    assert_eq!(rfind(b"a", b"", Some(5), Some(-1)), -1);
    assert_eq!(count(b"a", b"", Some(5), Some(-1)), 0);
    assert_eq!(startswith(b"a", b"", Some(5), Some(-1)), false);
    assert_eq!(endswith(b"a", b"", Some(5), Some(-1)), false);
    assert_eq!(find(b"a", b"", Some(5), None), -1);
    assert_eq!(rfind(b"a", b"", Some(5), None), -1);
    assert_eq!(count(b"a", b"", Some(5), None), 0);
    assert_eq!(startswith(b"a", b"", Some(5), None), false);
    assert_eq!(endswith(b"a", b"", Some(5), None), false);
    assert_eq!(find(b"a", b"", Some(10), None), -1);
    assert_eq!(rfind(b"a", b"", Some(10), None), -1);
    assert_eq!(count(b"a", b"", Some(10), None), 0);
    assert_eq!(startswith(b"a", b"", Some(10), None), false);
    assert_eq!(endswith(b"a", b"", Some(10), None), false);
    assert_eq!(find(b"a", b"", Some(10), Some(-1)), -1);
    assert_eq!(rfind(b"a", b"", Some(10), Some(-1)), -1);
    assert_eq!(count(b"a", b"", Some(10), Some(-1)), 0);
    assert_eq!(startswith(b"a", b"", Some(10), Some(-1)), false);
    assert_eq!(endswith(b"a", b"", Some(10), Some(-1)), false);
    assert_eq!(find(b"a", b"", Some(10), Some(2)), -1);
    assert_eq!(rfind(b"a", b"", Some(10), Some(2)), -1);
    assert_eq!(count(b"a", b"", Some(10), Some(2)), 0);
    assert_eq!(startswith(b"a", b"", Some(10), Some(2)), false);
    assert_eq!(endswith(b"a", b"", Some(10), Some(2)), false);
    assert_eq!(find(b"a", b"a", None, Some(-10)), -1);
    assert_eq!(rfind(b"a", b"a", None, Some(-10)), -1);
    assert_eq!(count(b"a", b"a", None, Some(-10)), 0);
    assert_eq!(startswith(b"a", b"a", None, Some(-10)), false);
    assert_eq!(endswith(b"a", b"a", None, Some(-10)), false);
    assert_eq!(find(b"a", b"a", None, Some(10)), 0);
    assert_eq!(rfind(b"a", b"a", None, Some(10)), 0);
    assert_eq!(count(b"a", b"a", None, Some(10)), 1);
    assert_eq!(startswith(b"a", b"a", None, Some(10)), true);
    assert_eq!(endswith(b"a", b"a", None, Some(10)), true);
    assert_eq!(find(b"a", b"a", None, None), 0);
    assert_eq!(rfind(b"a", b"a", None, None), 0);
    assert_eq!(count(b"a", b"a", None, None), 1);
    assert_eq!(startswith(b"a", b"a", None, None), true);
    assert_eq!(endswith(b"a", b"a", None, None), true);
    assert_eq!(find(b"a", b"a", Some(-10), Some(-10)), -1);
    assert_eq!(rfind(b"a", b"a", Some(-10), Some(-10)), -1);
    assert_eq!(count(b"a", b"a", Some(-10), Some(-10)), 0);
    assert_eq!(startswith(b"a", b"a", Some(-10), Some(-10)), false);
    assert_eq!(endswith(b"a", b"a", Some(-10), Some(-10)), false);
    assert_eq!(find(b"a", b"a", Some(-10), Some(10)), 0);
    assert_eq!(rfind(b"a", b"a", Some(-10), Some(10)), 0);
    assert_eq!(count(b"a", b"a", Some(-10), Some(10)), 1);
    assert_eq!(startswith(b"a", b"a", Some(-10), Some(10)), true);
    assert_eq!(endswith(b"a", b"a", Some(-10), Some(10)), true);
    assert_eq!(find(b"a", b"a", Some(-10), None), 0);
    assert_eq!(rfind(b"a", b"a", Some(-10), None), 0);
    assert_eq!(count(b"a", b"a", Some(-10), None), 1);
    assert_eq!(startswith(b"a", b"a", Some(-10), None), true);
    assert_eq!(endswith(b"a", b"a", Some(-10), None), true);
    assert_eq!(find(b"a", b"a", Some(-2), Some(-10)), -1);
    assert_eq!(rfind(b"a", b"a", Some(-2), Some(-10)), -1);
    assert_eq!(count(b"a", b"a", Some(-2), Some(-10)), 0);
    assert_eq!(startswith(b"a", b"a", Some(-2), Some(-10)), false);
    assert_eq!(endswith(b"a", b"a", Some(-2), Some(-10)), false);
    assert_eq!(find(b"a", b"a", Some(-2), Some(10)), 0);
    assert_eq!(rfind(b"a", b"a", Some(-2), Some(10)), 0);
    assert_eq!(count(b"a", b"a", Some(-2), Some(10)), 1);
    assert_eq!(startswith(b"a", b"a", Some(-2), Some(10)), true);
    assert_eq!(endswith(b"a", b"a", Some(-2), Some(10)), true);
    assert_eq!(find(b"a", b"a", Some(-2), Some(0)), -1);
    assert_eq!(rfind(b"a", b"a", Some(-2), Some(0)), -1);
    assert_eq!(count(b"a", b"a", Some(-2), Some(0)), 0);
    assert_eq!(startswith(b"a", b"a", Some(-2), Some(0)), false);
    assert_eq!(endswith(b"a", b"a", Some(-2), Some(0)), false);
    assert_eq!(find(b"a", b"a", Some(0), Some(0)), -1);
    assert_eq!(rfind(b"a", b"a", Some(0), Some(0)), -1);
    assert_eq!(count(b"a", b"a", Some(0), Some(0)), 0);
    assert_eq!(startswith(b"a", b"a", Some(0), Some(0)), false);
    assert_eq!(endswith(b"a", b"a", Some(0), Some(0)), false);
    assert_eq!(find(b"a", b"a", Some(0), Some(2)), 0);
    assert_eq!(rfind(b"a", b"a", Some(0), Some(2)), 0);
    assert_eq!(count(b"a", b"a", Some(0), Some(2)), 1);
    assert_eq!(startswith(b"a", b"a", Some(0), Some(2)), true);
    assert_eq!(endswith(b"a", b"a", Some(0), Some(2)), true);
    assert_eq!(find(b"a", b"a", Some(0), Some(4)), 0);
    assert_eq!(rfind(b"a", b"a", Some(0), Some(4)), 0);
    assert_eq!(count(b"a", b"a", Some(0), Some(4)), 1);
    assert_eq!(startswith(b"a", b"a", Some(0), Some(4)), true);
    assert_eq!(endswith(b"a", b"a", Some(0), Some(4)), true);
    assert_eq!(find(b"a", b"a", Some(1), Some(2)), -1);
    assert_eq!(rfind(b"a", b"a", Some(1), Some(2)), -1);
    assert_eq!(count(b"a", b"a", Some(1), Some(2)), 0);
    assert_eq!(startswith(b"a", b"a", Some(1), Some(2)), false);
    assert_eq!(endswith(b"a", b"a", Some(1), Some(2)), false);
    assert_eq!(find(b"a", b"a", Some(1), Some(0)), -1);
    assert_eq!(rfind(b"a", b"a", Some(1), Some(0)), -1);
    assert_eq!(count(b"a", b"a", Some(1), Some(0)), 0);
    assert_eq!(startswith(b"a", b"a", Some(1), Some(0)), false);
    assert_eq!(endswith(b"a", b"a", Some(1), Some(0)), false);
    assert_eq!(find(b"a", b"a", Some(1), None), -1);
    assert_eq!(rfind(b"a", b"a", Some(1), None), -1);
    assert_eq!(count(b"a", b"a", Some(1), None), 0);
    assert_eq!(startswith(b"a", b"a", Some(1), None), false);
    assert_eq!(endswith(b"a", b"a", Some(1), None), false);
    assert_eq!(find(b"a", b"a", Some(5), Some(-10)), -1);
    assert_eq!(rfind(b"a", b"a", Some(5), Some(-10)), -1);
    assert_eq!(count(b"a", b"a", Some(5), Some(-10)), 0);
    assert_eq!(startswith(b"a", b"a", Some(5), Some(-10)), false);
    assert_eq!(endswith(b"a", b"a", Some(5), Some(-10)), false);
    assert_eq!(find(b"a", b"a", Some(5), Some(2)), -1);
    assert_eq!(rfind(b"a", b"a", Some(5), Some(2)), -1);
    assert_eq!(count(b"a", b"a", Some(5), Some(2)), 0);
    assert_eq!(startswith(b"a", b"a", Some(5), Some(2)), false);
    assert_eq!(endswith(b"a", b"a", Some(5), Some(2)), false);
    assert_eq!(find(b"a", b"a", Some(5), Some(0)), -1);
    assert_eq!(rfind(b"a", b"a", Some(5), Some(0)), -1);
    assert_eq!(count(b"a", b"a", Some(5), Some(0)), 0);
    assert_eq!(startswith(b"a", b"a", Some(5), Some(0)), false);
    assert_eq!(endswith(b"a", b"a", Some(5), Some(0)), false);
    assert_eq!(find(b"a", b"a", Some(10), Some(2)), -1);
    assert_eq!(rfind(b"a", b"a", Some(10), Some(2)), -1);
    assert_eq!(count(b"a", b"a", Some(10), Some(2)), 0);
    assert_eq!(startswith(b"a", b"a", Some(10), Some(2)), false);
    assert_eq!(endswith(b"a", b"a", Some(10), Some(2)), false);
    assert_eq!(find(b"a", b"a", Some(10), Some(-1)), -1);
    assert_eq!(rfind(b"a", b"a", Some(10), Some(-1)), -1);
    assert_eq!(count(b"a", b"a", Some(10), Some(-1)), 0);
    assert_eq!(startswith(b"a", b"a", Some(10), Some(-1)), false);
    assert_eq!(endswith(b"a", b"a", Some(10), Some(-1)), false);
    assert_eq!(find(b"a", b"a", Some(10), Some(10)), -1);
    assert_eq!(rfind(b"a", b"a", Some(10), Some(10)), -1);
    assert_eq!(count(b"a", b"a", Some(10), Some(10)), 0);
    assert_eq!(startswith(b"a", b"a", Some(10), Some(10)), false);
    assert_eq!(endswith(b"a", b"a", Some(10), Some(10)), false);
    assert_eq!(find(b"a", b"bc", None, None), -1);
    assert_eq!(rfind(b"a", b"bc", None, None), -1);
    assert_eq!(count(b"a", b"bc", None, None), 0);
    assert_eq!(startswith(b"a", b"bc", None, None), false);
    assert_eq!(endswith(b"a", b"bc", None, None), false);
    assert_eq!(find(b"a", b"bc", None, Some(4)), -1);
    assert_eq!(rfind(b"a", b"bc", None, Some(4)), -1);
    assert_eq!(count(b"a", b"bc", None, Some(4)), 0);
    assert_eq!(startswith(b"a", b"bc", None, Some(4)), false);
    assert_eq!(endswith(b"a", b"bc", None, Some(4)), false);
    assert_eq!(find(b"a", b"bc", None, Some(10)), -1);
    assert_eq!(rfind(b"a", b"bc", None, Some(10)), -1);
    assert_eq!(count(b"a", b"bc", None, Some(10)), 0);
    assert_eq!(startswith(b"a", b"bc", None, Some(10)), false);
    assert_eq!(endswith(b"a", b"bc", None, Some(10)), false);
    assert_eq!(find(b"a", b"bc", Some(-10), Some(2)), -1);
    assert_eq!(rfind(b"a", b"bc", Some(-10), Some(2)), -1);
    assert_eq!(count(b"a", b"bc", Some(-10), Some(2)), 0);
    assert_eq!(startswith(b"a", b"bc", Some(-10), Some(2)), false);
    assert_eq!(endswith(b"a", b"bc", Some(-10), Some(2)), false);
    assert_eq!(find(b"a", b"bc", Some(-10), Some(10)), -1);
    assert_eq!(rfind(b"a", b"bc", Some(-10), Some(10)), -1);
    assert_eq!(count(b"a", b"bc", Some(-10), Some(10)), 0);
    assert_eq!(startswith(b"a", b"bc", Some(-10), Some(10)), false);
    assert_eq!(endswith(b"a", b"bc", Some(-10), Some(10)), false);
    assert_eq!(find(b"a", b"bc", Some(-10), Some(0)), -1);
    assert_eq!(rfind(b"a", b"bc", Some(-10), Some(0)), -1);
    assert_eq!(count(b"a", b"bc", Some(-10), Some(0)), 0);
    assert_eq!(startswith(b"a", b"bc", Some(-10), Some(0)), false);
    assert_eq!(endswith(b"a", b"bc", Some(-10), Some(0)), false);
    assert_eq!(find(b"a", b"bc", Some(-2), Some(2)), -1);
    assert_eq!(rfind(b"a", b"bc", Some(-2), Some(2)), -1);
    assert_eq!(count(b"a", b"bc", Some(-2), Some(2)), 0);
    assert_eq!(startswith(b"a", b"bc", Some(-2), Some(2)), false);
    assert_eq!(endswith(b"a", b"bc", Some(-2), Some(2)), false);
    assert_eq!(find(b"a", b"bc", Some(-2), Some(-1)), -1);
    assert_eq!(rfind(b"a", b"bc", Some(-2), Some(-1)), -1);
    assert_eq!(count(b"a", b"bc", Some(-2), Some(-1)), 0);
    assert_eq!(startswith(b"a", b"bc", Some(-2), Some(-1)), false);
    assert_eq!(endswith(b"a", b"bc", Some(-2), Some(-1)), false);
    assert_eq!(find(b"a", b"bc", Some(-2), Some(10)), -1);
    assert_eq!(rfind(b"a", b"bc", Some(-2), Some(10)), -1);
    assert_eq!(count(b"a", b"bc", Some(-2), Some(10)), 0);
    assert_eq!(startswith(b"a", b"bc", Some(-2), Some(10)), false);
    assert_eq!(endswith(b"a", b"bc", Some(-2), Some(10)), false);
    assert_eq!(find(b"a", b"bc", Some(0), Some(2)), -1);
    assert_eq!(rfind(b"a", b"bc", Some(0), Some(2)), -1);
    assert_eq!(count(b"a", b"bc", Some(0), Some(2)), 0);
    assert_eq!(startswith(b"a", b"bc", Some(0), Some(2)), false);
    assert_eq!(endswith(b"a", b"bc", Some(0), Some(2)), false);
    assert_eq!(find(b"a", b"bc", Some(0), Some(10)), -1);
    assert_eq!(rfind(b"a", b"bc", Some(0), Some(10)), -1);
    assert_eq!(count(b"a", b"bc", Some(0), Some(10)), 0);
    assert_eq!(startswith(b"a", b"bc", Some(0), Some(10)), false);
    assert_eq!(endswith(b"a", b"bc", Some(0), Some(10)), false);
    assert_eq!(find(b"a", b"bc", Some(0), None), -1);
    assert_eq!(rfind(b"a", b"bc", Some(0), None), -1);
    assert_eq!(count(b"a", b"bc", Some(0), None), 0);
    assert_eq!(startswith(b"a", b"bc", Some(0), None), false);
    assert_eq!(endswith(b"a", b"bc", Some(0), None), false);
    assert_eq!(find(b"a", b"bc", Some(1), Some(4)), -1);
    assert_eq!(rfind(b"a", b"bc", Some(1), Some(4)), -1);
    assert_eq!(count(b"a", b"bc", Some(1), Some(4)), 0);
    assert_eq!(startswith(b"a", b"bc", Some(1), Some(4)), false);
    assert_eq!(endswith(b"a", b"bc", Some(1), Some(4)), false);
    assert_eq!(find(b"a", b"bc", Some(1), Some(2)), -1);
    assert_eq!(rfind(b"a", b"bc", Some(1), Some(2)), -1);
    assert_eq!(count(b"a", b"bc", Some(1), Some(2)), 0);
    assert_eq!(startswith(b"a", b"bc", Some(1), Some(2)), false);
    assert_eq!(endswith(b"a", b"bc", Some(1), Some(2)), false);
    assert_eq!(find(b"a", b"bc", Some(1), Some(10)), -1);
    assert_eq!(rfind(b"a", b"bc", Some(1), Some(10)), -1);
    assert_eq!(count(b"a", b"bc", Some(1), Some(10)), 0);
    assert_eq!(startswith(b"a", b"bc", Some(1), Some(10)), false);
    assert_eq!(endswith(b"a", b"bc", Some(1), Some(10)), false);
    assert_eq!(find(b"a", b"bc", Some(5), Some(-1)), -1);
    assert_eq!(rfind(b"a", b"bc", Some(5), Some(-1)), -1);
    assert_eq!(count(b"a", b"bc", Some(5), Some(-1)), 0);
    assert_eq!(startswith(b"a", b"bc", Some(5), Some(-1)), false);
    assert_eq!(endswith(b"a", b"bc", Some(5), Some(-1)), false);
    assert_eq!(find(b"a", b"bc", Some(5), None), -1);
    assert_eq!(rfind(b"a", b"bc", Some(5), None), -1);
    assert_eq!(count(b"a", b"bc", Some(5), None), 0);
    assert_eq!(startswith(b"a", b"bc", Some(5), None), false);
    assert_eq!(endswith(b"a", b"bc", Some(5), None), false);
    assert_eq!(find(b"a", b"bc", Some(5), Some(-10)), -1);
    assert_eq!(rfind(b"a", b"bc", Some(5), Some(-10)), -1);
    assert_eq!(count(b"a", b"bc", Some(5), Some(-10)), 0);
    assert_eq!(startswith(b"a", b"bc", Some(5), Some(-10)), false);
    assert_eq!(endswith(b"a", b"bc", Some(5), Some(-10)), false);
    assert_eq!(find(b"a", b"bc", Some(10), Some(4)), -1);
    assert_eq!(rfind(b"a", b"bc", Some(10), Some(4)), -1);
    assert_eq!(count(b"a", b"bc", Some(10), Some(4)), 0);
    assert_eq!(startswith(b"a", b"bc", Some(10), Some(4)), false);
    assert_eq!(endswith(b"a", b"bc", Some(10), Some(4)), false);
    assert_eq!(find(b"a", b"bc", Some(10), Some(-10)), -1);
    assert_eq!(rfind(b"a", b"bc", Some(10), Some(-10)), -1);
    assert_eq!(count(b"a", b"bc", Some(10), Some(-10)), 0);
    assert_eq!(startswith(b"a", b"bc", Some(10), Some(-10)), false);
    assert_eq!(endswith(b"a", b"bc", Some(10), Some(-10)), false);
    assert_eq!(find(b"a", b"bc", Some(10), None), -1);
    assert_eq!(rfind(b"a", b"bc", Some(10), None), -1);
    assert_eq!(count(b"a", b"bc", Some(10), None), 0);
    assert_eq!(startswith(b"a", b"bc", Some(10), None), false);
    assert_eq!(endswith(b"a", b"bc", Some(10), None), false);
    assert_eq!(find(b"a", b"\xff", None, None), -1);
    assert_eq!(rfind(b"a", b"\xff", None, None), -1);
    assert_eq!(count(b"a", b"\xff", None, None), 0);
    assert_eq!(startswith(b"a", b"\xff", None, None), false);
    assert_eq!(endswith(b"a", b"\xff", None, None), false);
    assert_eq!(find(b"a", b"\xff", None, Some(4)), -1);
    assert_eq!(rfind(b"a", b"\xff", None, Some(4)), -1);
    assert_eq!(count(b"a", b"\xff", None, Some(4)), 0);
    assert_eq!(startswith(b"a", b"\xff", None, Some(4)), false);
    assert_eq!(endswith(b"a", b"\xff", None, Some(4)), false);
    assert_eq!(find(b"a", b"\xff", None, Some(0)), -1);
    assert_eq!(rfind(b"a", b"\xff", None, Some(0)), -1);
    assert_eq!(count(b"a", b"\xff", None, Some(0)), 0);
    assert_eq!(startswith(b"a", b"\xff", None, Some(0)), false);
    assert_eq!(endswith(b"a", b"\xff", None, Some(0)), false);
    assert_eq!(find(b"a", b"\xff", Some(-10), Some(0)), -1);
    assert_eq!(rfind(b"a", b"\xff", Some(-10), Some(0)), -1);
    assert_eq!(count(b"a", b"\xff", Some(-10), Some(0)), 0);
    assert_eq!(startswith(b"a", b"\xff", Some(-10), Some(0)), false);
    assert_eq!(endswith(b"a", b"\xff", Some(-10), Some(0)), false);
    assert_eq!(find(b"a", b"\xff", Some(-10), None), -1);
    assert_eq!(rfind(b"a", b"\xff", Some(-10), None), -1);
    assert_eq!(count(b"a", b"\xff", Some(-10), None), 0);
    assert_eq!(startswith(b"a", b"\xff", Some(-10), None), false);
    assert_eq!(endswith(b"a", b"\xff", Some(-10), None), false);
    assert_eq!(find(b"a", b"\xff", Some(-10), Some(10)), -1);
    assert_eq!(rfind(b"a", b"\xff", Some(-10), Some(10)), -1);
    assert_eq!(count(b"a", b"\xff", Some(-10), Some(10)), 0);
    assert_eq!(startswith(b"a", b"\xff", Some(-10), Some(10)), false);
    assert_eq!(endswith(b"a", b"\xff", Some(-10), Some(10)), false);
    assert_eq!(find(b"a", b"\xff", Some(-2), Some(4)), -1);
    assert_eq!(rfind(b"a", b"\xff", Some(-2), Some(4)), -1);
    assert_eq!(count(b"a", b"\xff", Some(-2), Some(4)), 0);
    assert_eq!(startswith(b"a", b"\xff", Some(-2), Some(4)), false);
    assert_eq!(endswith(b"a", b"\xff", Some(-2), Some(4)), false);
    assert_eq!(find(b"a", b"\xff", Some(-2), Some(10)), -1);
    assert_eq!(rfind(b"a", b"\xff", Some(-2), Some(10)), -1);
    assert_eq!(count(b"a", b"\xff", Some(-2), Some(10)), 0);
    assert_eq!(startswith(b"a", b"\xff", Some(-2), Some(10)), false);
    assert_eq!(endswith(b"a", b"\xff", Some(-2), Some(10)), false);
    assert_eq!(find(b"a", b"\xff", Some(-2), None), -1);
    assert_eq!(rfind(b"a", b"\xff", Some(-2), None), -1);
    assert_eq!(count(b"a", b"\xff", Some(-2), None), 0);
    assert_eq!(startswith(b"a", b"\xff", Some(-2), None), false);
    assert_eq!(endswith(b"a", b"\xff", Some(-2), None), false);
    assert_eq!(find(b"a", b"\xff", Some(0), Some(4)), -1);
    assert_eq!(rfind(b"a", b"\xff", Some(0), Some(4)), -1);
    assert_eq!(count(b"a", b"\xff", Some(0), Some(4)), 0);
    assert_eq!(startswith(b"a", b"\xff", Some(0), Some(4)), false);
    assert_eq!(endswith(b"a", b"\xff", Some(0), Some(4)), false);
    assert_eq!(find(b"a", b"\xff", Some(0), Some(2)), -1);
    assert_eq!(rfind(b"a", b"\xff", Some(0), Some(2)), -1);
    assert_eq!(count(b"a", b"\xff", Some(0), Some(2)), 0);
    assert_eq!(startswith(b"a", b"\xff", Some(0), Some(2)), false);
    assert_eq!(endswith(b"a", b"\xff", Some(0), Some(2)), false);
    assert_eq!(find(b"a", b"\xff", Some(0), None), -1);
    assert_eq!(rfind(b"a", b"\xff", Some(0), None), -1);
    assert_eq!(count(b"a", b"\xff", Some(0), None), 0);
    assert_eq!(startswith(b"a", b"\xff", Some(0), None), false);
    assert_eq!(endswith(b"a", b"\xff", Some(0), None), false);
    assert_eq!(find(b"a", b"\xff", Some(1), Some(-1)), -1);
    assert_eq!(rfind(b"a", b"\xff", Some(1), Some(-1)), -1);
    assert_eq!(count(b"a", b"\xff", Some(1), Some(-1)), 0);
    assert_eq!(startswith(b"a", b"\xff", Some(1), Some(-1)), false);
    assert_eq!(endswith(b"a", b"\xff", Some(1), Some(-1)), false);
    assert_eq!(find(b"a", b"\xff", Some(1), Some(-10)), -1);
    assert_eq!(rfind(b"a", b"\xff", Some(1), Some(-10)), -1);
    assert_eq!(count(b"a", b"\xff", Some(1), Some(-10)), 0);
    assert_eq!(startswith(b"a", b"\xff", Some(1), Some(-10)), false);
    assert_eq!(endswith(b"a", b"\xff", Some(1), Some(-10)), false);
    assert_eq!(find(b"a", b"\xff", Some(1), Some(0)), -1);
    assert_eq!(rfind(b"a", b"\xff", Some(1), Some(0)), -1);
    assert_eq!(count(b"a", b"\xff", Some(1), Some(0)), 0);
    assert_eq!(startswith(b"a", b"\xff", Some(1), Some(0)), false);
    assert_eq!(endswith(b"a", b"\xff", Some(1), Some(0)), false);
    assert_eq!(find(b"a", b"\xff", Some(5), Some(-10)), -1);
    assert_eq!(rfind(b"a", b"\xff", Some(5), Some(-10)), -1);
    assert_eq!(count(b"a", b"\xff", Some(5), Some(-10)), 0);
    assert_eq!(startswith(b"a", b"\xff", Some(5), Some(-10)), false);
    assert_eq!(endswith(b"a", b"\xff", Some(5), Some(-10)), false);
    assert_eq!(find(b"a", b"\xff", Some(5), Some(-1)), -1);
    assert_eq!(rfind(b"a", b"\xff", Some(5), Some(-1)), -1);
    assert_eq!(count(b"a", b"\xff", Some(5), Some(-1)), 0);
    assert_eq!(startswith(b"a", b"\xff", Some(5), Some(-1)), false);
    assert_eq!(endswith(b"a", b"\xff", Some(5), Some(-1)), false);
    assert_eq!(find(b"a", b"\xff", Some(5), Some(2)), -1);
    assert_eq!(rfind(b"a", b"\xff", Some(5), Some(2)), -1);
    assert_eq!(count(b"a", b"\xff", Some(5), Some(2)), 0);
    assert_eq!(startswith(b"a", b"\xff", Some(5), Some(2)), false);
    assert_eq!(endswith(b"a", b"\xff", Some(5), Some(2)), false);
    assert_eq!(find(b"a", b"\xff", Some(10), Some(2)), -1);
    assert_eq!(rfind(b"a", b"\xff", Some(10), Some(2)), -1);
    assert_eq!(count(b"a", b"\xff", Some(10), Some(2)), 0);
    assert_eq!(startswith(b"a", b"\xff", Some(10), Some(2)), false);
    assert_eq!(endswith(b"a", b"\xff", Some(10), Some(2)), false);
    assert_eq!(find(b"a", b"\xff", Some(10), Some(0)), -1);
    assert_eq!(rfind(b"a", b"\xff", Some(10), Some(0)), -1);
    assert_eq!(count(b"a", b"\xff", Some(10), Some(0)), 0);
    assert_eq!(startswith(b"a", b"\xff", Some(10), Some(0)), false);
    assert_eq!(endswith(b"a", b"\xff", Some(10), Some(0)), false);
    assert_eq!(find(b"a", b"\xff", Some(10), Some(-10)), -1);
    assert_eq!(rfind(b"a", b"\xff", Some(10), Some(-10)), -1);
    assert_eq!(count(b"a", b"\xff", Some(10), Some(-10)), 0);
    assert_eq!(startswith(b"a", b"\xff", Some(10), Some(-10)), false);
    assert_eq!(endswith(b"a", b"\xff", Some(10), Some(-10)), false);
    assert_eq!(find(b"a", b"aa", None, None), -1);
    assert_eq!(rfind(b"a", b"aa", None, None), -1);
    assert_eq!(count(b"a", b"aa", None, None), 0);
    assert_eq!(startswith(b"a", b"aa", None, None), false);
    assert_eq!(endswith(b"a", b"aa", None, None), false);
    assert_eq!(find(b"a", b"aa", None, Some(2)), -1);
    assert_eq!(rfind(b"a", b"aa", None, Some(2)), -1);
    assert_eq!(count(b"a", b"aa", None, Some(2)), 0);
    assert_eq!(startswith(b"a", b"aa", None, Some(2)), false);
    assert_eq!(endswith(b"a", b"aa", None, Some(2)), false);
    assert_eq!(find(b"a", b"aa", None, Some(4)), -1);
    assert_eq!(rfind(b"a", b"aa", None, Some(4)), -1);
    assert_eq!(count(b"a", b"aa", None, Some(4)), 0);
    assert_eq!(startswith(b"a", b"aa", None, Some(4)), false);
    assert_eq!(endswith(b"a", b"aa", None, Some(4)), false);
    assert_eq!(find(b"a", b"aa", Some(-10), None), -1);
    assert_eq!(rfind(b"a", b"aa", Some(-10), None), -1);
    assert_eq!(count(b"a", b"aa", Some(-10), None), 0);
    assert_eq!(startswith(b"a", b"aa", Some(-10), None), false);
    assert_eq!(endswith(b"a", b"aa", Some(-10), None), false);
    assert_eq!(find(b"a", b"aa", Some(-10), Some(2)), -1);
    assert_eq!(rfind(b"a", b"aa", Some(-10), Some(2)), -1);
    assert_eq!(count(b"a", b"aa", Some(-10), Some(2)), 0);
    assert_eq!(startswith(b"a", b"aa", Some(-10), Some(2)), false);
    assert_eq!(endswith(b"a", b"aa", Some(-10), Some(2)), false);
    assert_eq!(find(b"a", b"aa", Some(-10), Some(10)), -1);
    assert_eq!(rfind(b"a", b"aa", Some(-10), Some(10)), -1);
    assert_eq!(count(b"a", b"aa", Some(-10), Some(10)), 0);
    assert_eq!(startswith(b"a", b"aa", Some(-10), Some(10)), false);
    assert_eq!(endswith(b"a", b"aa", Some(-10), Some(10)), false);
    assert_eq!(find(b"a", b"aa", Some(-2), Some(4)), -1);
    assert_eq!(rfind(b"a", b"aa", Some(-2), Some(4)), -1);
    assert_eq!(count(b"a", b"aa", Some(-2), Some(4)), 0);
    assert_eq!(startswith(b"a", b"aa", Some(-2), Some(4)), false);
    assert_eq!(endswith(b"a", b"aa", Some(-2), Some(4)), false);
    assert_eq!(find(b"a", b"aa", Some(-2), Some(0)), -1);
    assert_eq!(rfind(b"a", b"aa", Some(-2), Some(0)), -1);
    assert_eq!(count(b"a", b"aa", Some(-2), Some(0)), 0);
    assert_eq!(startswith(b"a", b"aa", Some(-2), Some(0)), false);
    assert_eq!(endswith(b"a", b"aa", Some(-2), Some(0)), false);
    assert_eq!(find(b"a", b"aa", Some(-2), Some(10)), -1);
    assert_eq!(rfind(b"a", b"aa", Some(-2), Some(10)), -1);
    assert_eq!(count(b"a", b"aa", Some(-2), Some(10)), 0);
    assert_eq!(startswith(b"a", b"aa", Some(-2), Some(10)), false);
    assert_eq!(endswith(b"a", b"aa", Some(-2), Some(10)), false);
    assert_eq!(find(b"a", b"aa", Some(0), Some(2)), -1);
    assert_eq!(rfind(b"a", b"aa", Some(0), Some(2)), -1);
    assert_eq!(count(b"a", b"aa", Some(0), Some(2)), 0);
    assert_eq!(startswith(b"a", b"aa", Some(0), Some(2)), false);
    assert_eq!(endswith(b"a", b"aa", Some(0), Some(2)), false);
    assert_eq!(find(b"a", b"aa", Some(0), None), -1);
    assert_eq!(rfind(b"a", b"aa", Some(0), None), -1);
    assert_eq!(count(b"a", b"aa", Some(0), None), 0);
    assert_eq!(startswith(b"a", b"aa", Some(0), None), false);
    assert_eq!(endswith(b"a", b"aa", Some(0), None), false);
    assert_eq!(find(b"a", b"aa", Some(0), Some(4)), -1);
    assert_eq!(rfind(b"a", b"aa", Some(0), Some(4)), -1);
    assert_eq!(count(b"a", b"aa", Some(0), Some(4)), 0);
    assert_eq!(startswith(b"a", b"aa", Some(0), Some(4)), false);
    assert_eq!(endswith(b"a", b"aa", Some(0), Some(4)), false);
    assert_eq!(find(b"a", b"aa", Some(1), Some(-10)), -1);
    assert_eq!(rfind(b"a", b"aa", Some(1), Some(-10)), -1);
    assert_eq!(count(b"a", b"aa", Some(1), Some(-10)), 0);
    assert_eq!(startswith(b"a", b"aa", Some(1), Some(-10)), false);
    assert_eq!(endswith(b"a", b"aa", Some(1), Some(-10)), false);
    assert_eq!(find(b"a", b"aa", Some(1), None), -1);
    assert_eq!(rfind(b"a", b"aa", Some(1), None), -1);
    assert_eq!(count(b"a", b"aa", Some(1), None), 0);
    assert_eq!(startswith(b"a", b"aa", Some(1), None), false);
    assert_eq!(endswith(b"a", b"aa", Some(1), None), false);
    assert_eq!(find(b"a", b"aa", Some(1), Some(2)), -1);
    assert_eq!(rfind(b"a", b"aa", Some(1), Some(2)), -1);
    assert_eq!(count(b"a", b"aa", Some(1), Some(2)), 0);
    assert_eq!(startswith(b"a", b"aa", Some(1), Some(2)), false);
    assert_eq!(endswith(b"a", b"aa", Some(1), Some(2)), false);
    assert_eq!(find(b"a", b"aa", Some(5), Some(10)), -1);
    assert_eq!(rfind(b"a", b"aa", Some(5), Some(10)), -1);
    assert_eq!(count(b"a", b"aa", Some(5), Some(10)), 0);
    assert_eq!(startswith(b"a", b"aa", Some(5), Some(10)), false);
    assert_eq!(endswith(b"a", b"aa", Some(5), Some(10)), false);
    assert_eq!(find(b"a", b"aa", Some(5), Some(-10)), -1);
    assert_eq!(rfind(b"a", b"aa", Some(5), Some(-10)), -1);
    assert_eq!(count(b"a", b"aa", Some(5), Some(-10)), 0);
    assert_eq!(startswith(b"a", b"aa", Some(5), Some(-10)), false);
    assert_eq!(endswith(b"a", b"aa", Some(5), Some(-10)), false);
    assert_eq!(find(b"a", b"aa", Some(5), None), -1);
    assert_eq!(rfind(b"a", b"aa", Some(5), None), -1);
    assert_eq!(count(b"a", b"aa", Some(5), None), 0);
    assert_eq!(startswith(b"a", b"aa", Some(5), None), false);
    assert_eq!(endswith(b"a", b"aa", Some(5), None), false);
    assert_eq!(find(b"a", b"aa", Some(10), None), -1);
    assert_eq!(rfind(b"a", b"aa", Some(10), None), -1);
    assert_eq!(count(b"a", b"aa", Some(10), None), 0);
    assert_eq!(startswith(b"a", b"aa", Some(10), None), false);
    assert_eq!(endswith(b"a", b"aa", Some(10), None), false);
    assert_eq!(find(b"a", b"aa", Some(10), Some(10)), -1);
    assert_eq!(rfind(b"a", b"aa", Some(10), Some(10)), -1);
    assert_eq!(count(b"a", b"aa", Some(10), Some(10)), 0);
    assert_eq!(startswith(b"a", b"aa", Some(10), Some(10)), false);
    assert_eq!(endswith(b"a", b"aa", Some(10), Some(10)), false);
    assert_eq!(find(b"a", b"aa", Some(10), Some(-1)), -1);
    assert_eq!(rfind(b"a", b"aa", Some(10), Some(-1)), -1);
    assert_eq!(count(b"a", b"aa", Some(10), Some(-1)), 0);
    assert_eq!(startswith(b"a", b"aa", Some(10), Some(-1)), false);
    assert_eq!(endswith(b"a", b"aa", Some(10), Some(-1)), false);
    assert_eq!(find(b"\xffab\xff", b"", None, Some(2)), 0);
    assert_eq!(rfind(b"\xffab\xff", b"", None, Some(2)), 2);
    assert_eq!(count(b"\xffab\xff", b"", None, Some(2)), 3);
    assert_eq!(startswith(b"\xffab\xff", b"", None, Some(2)), true);
    assert_eq!(endswith(b"\xffab\xff", b"", None, Some(2)), true);
    assert_eq!(find(b"\xffab\xff", b"", None, Some(0)), 0);
    assert_eq!(rfind(b"\xffab\xff", b"", None, Some(0)), 0);
    assert_eq!(count(b"\xffab\xff", b"", None, Some(0)), 1);
    assert_eq!(startswith(b"\xffab\xff", b"", None, Some(0)), true);
    assert_eq!(endswith(b"\xffab\xff", b"", None, Some(0)), true);
    assert_eq!(find(b"\xffab\xff", b"", None, Some(10)), 0);
    assert_eq!(rfind(b"\xffab\xff", b"", None, Some(10)), 4);
    assert_eq!(count(b"\xffab\xff", b"", None, Some(10)), 5);
    assert_eq!(startswith(b"\xffab\xff", b"", None, Some(10)), true);
    assert_eq!(endswith(b"\xffab\xff", b"", None, Some(10)), true);
    assert_eq!(find(b"\xffab\xff", b"", Some(-10), Some(2)), 0);
    assert_eq!(rfind(b"\xffab\xff", b"", Some(-10), Some(2)), 2);
    assert_eq!(count(b"\xffab\xff", b"", Some(-10), Some(2)), 3);
    assert_eq!(startswith(b"\xffab\xff", b"", Some(-10), Some(2)), true);
    assert_eq!(endswith(b"\xffab\xff", b"", Some(-10), Some(2)), true);
    assert_eq!(find(b"\xffab\xff", b"", Some(-10), Some(0)), 0);
    assert_eq!(rfind(b"\xffab\xff", b"", Some(-10), Some(0)), 0);
    assert_eq!(count(b"\xffab\xff", b"", Some(-10), Some(0)), 1);
    assert_eq!(startswith(b"\xffab\xff", b"", Some(-10), Some(0)), true);
    assert_eq!(endswith(b"\xffab\xff", b"", Some(-10), Some(0)), true);
    assert_eq!(find(b"\xffab\xff", b"", Some(-10), None), 0);
    assert_eq!(rfind(b"\xffab\xff", b"", Some(-10), None), 4);
    assert_eq!(count(b"\xffab\xff", b"", Some(-10), None), 5);
    assert_eq!(startswith(b"\xffab\xff", b"", Some(-10), None), true);
    assert_eq!(endswith(b"\xffab\xff", b"", Some(-10), None), true);
    assert_eq!(find(b"\xffab\xff", b"", Some(-2), Some(4)), 2);
    assert_eq!(rfind(b"\xffab\xff", b"", Some(-2), Some(4)), 4);
    assert_eq!(count(b"\xffab\xff", b"", Some(-2), Some(4)), 3);
    assert_eq!(startswith(b"\xffab\xff", b"", Some(-2), Some(4)), true);
    assert_eq!(endswith(b"\xffab\xff", b"", Some(-2), Some(4)), true);
    assert_eq!(find(b"\xffab\xff", b"", Some(-2), None), 2);
    assert_eq!(rfind(b"\xffab\xff", b"", Some(-2), None), 4);
    assert_eq!(count(b"\xffab\xff", b"", Some(-2), None), 3);
    assert_eq!(startswith(b"\xffab\xff", b"", Some(-2), None), true);
    assert_eq!(endswith(b"\xffab\xff", b"", Some(-2), None), true);
    assert_eq!(find(b"\xffab\xff", b"", Some(-2), Some(-1)), 2);
    assert_eq!(rfind(b"\xffab\xff", b"", Some(-2), Some(-1)), 3);
    assert_eq!(count(b"\xffab\xff", b"", Some(-2), Some(-1)), 2);
    assert_eq!(startswith(b"\xffab\xff", b"", Some(-2), Some(-1)), true);
    assert_eq!(endswith(b"\xffab\xff", b"", Some(-2), Some(-1)), true);
    assert_eq!(find(b"\xffab\xff", b"", Some(0), None), 0);
    assert_eq!(rfind(b"\xffab\xff", b"", Some(0), None), 4);
    assert_eq!(count(b"\xffab\xff", b"", Some(0), None), 5);
    assert_eq!(startswith(b"\xffab\xff", b"", Some(0), None), true);
    assert_eq!(endswith(b"\xffab\xff", b"", Some(0), None), true);
    assert_eq!(find(b"\xffab\xff", b"", Some(0), Some(-1)), 0);
    assert_eq!(rfind(b"\xffab\xff", b"", Some(0), Some(-1)), 3);
    assert_eq!(count(b"\xffab\xff", b"", Some(0), Some(-1)), 4);
    assert_eq!(startswith(b"\xffab\xff", b"", Some(0), Some(-1)), true);
    assert_eq!(endswith(b"\xffab\xff", b"", Some(0), Some(-1)), true);
    assert_eq!(find(b"\xffab\xff", b"", Some(0), Some(10)), 0);
    assert_eq!(rfind(b"\xffab\xff", b"", Some(0), Some(10)), 4);
    assert_eq!(count(b"\xffab\xff", b"", Some(0), Some(10)), 5);
    assert_eq!(startswith(b"\xffab\xff", b"", Some(0), Some(10)), true);
    assert_eq!(endswith(b"\xffab\xff", b"", Some(0), Some(10)), true);
    assert_eq!(find(b"\xffab\xff", b"", Some(1), Some(0)), -1);
    assert_eq!(rfind(b"\xffab\xff", b"", Some(1), Some(0)), -1);
    assert_eq!(count(b"\xffab\xff", b"", Some(1), Some(0)), 0);
    assert_eq!(startswith(b"\xffab\xff", b"", Some(1), Some(0)), false);
    assert_eq!(endswith(b"\xffab\xff", b"", Some(1), Some(0)), false);
    assert_eq!(find(b"\xffab\xff", b"", Some(1), Some(10)), 1);
    assert_eq!(rfind(b"\xffab\xff", b"", Some(1), Some(10)), 4);
    assert_eq!(count(b"\xffab\xff", b"", Some(1), Some(10)), 4);
    assert_eq!(startswith(b"\xffab\xff", b"", Some(1), Some(10)), true);
    assert_eq!(endswith(b"\xffab\xff", b"", Some(1), Some(10)), true);
    assert_eq!(find(b"\xffab\xff", b"", Some(1), Some(2)), 1);
    assert_eq!(rfind(b"\xffab\xff", b"", Some(1), Some(2)), 2);
    assert_eq!(count(b"\xffab\xff", b"", Some(1), Some(2)), 2);
    assert_eq!(startswith(b"\xffab\xff", b"", Some(1), Some(2)), true);
    assert_eq!(endswith(b"\xffab\xff", b"", Some(1), Some(2)), true);
    assert_eq!(find(b"\xffab\xff", b"", Some(5), Some(-10)), -1);
    assert_eq!(rfind(b"\xffab\xff", b"", Some(5), Some(-10)), -1);
    assert_eq!(count(b"\xffab\xff", b"", Some(5), Some(-10)), 0);
    assert_eq!(startswith(b"\xffab\xff", b"", Some(5), Some(-10)), false);
    assert_eq!(endswith(b"\xffab\xff", b"", Some(5), Some(-10)), false);
    assert_eq!(find(b"\xffab\xff", b"", Some(5), Some(0)), -1);
    assert_eq!(rfind(b"\xffab\xff", b"", Some(5), Some(0)), -1);
    assert_eq!(count(b"\xffab\xff", b"", Some(5), Some(0)), 0);
    assert_eq!(startswith(b"\xffab\xff", b"", Some(5), Some(0)), false);
    assert_eq!(endswith(b"\xffab\xff", b"", Some(5), Some(0)), false);
    assert_eq!(find(b"\xffab\xff", b"", Some(5), Some(4)), -1);
    assert_eq!(rfind(b"\xffab\xff", b"", Some(5), Some(4)), -1);
    assert_eq!(count(b"\xffab\xff", b"", Some(5), Some(4)), 0);
    assert_eq!(startswith(b"\xffab\xff", b"", Some(5), Some(4)), false);
    assert_eq!(endswith(b"\xffab\xff", b"", Some(5), Some(4)), false);
    assert_eq!(find(b"\xffab\xff", b"", Some(10), Some(10)), -1);
    assert_eq!(rfind(b"\xffab\xff", b"", Some(10), Some(10)), -1);
    assert_eq!(count(b"\xffab\xff", b"", Some(10), Some(10)), 0);
    assert_eq!(startswith(b"\xffab\xff", b"", Some(10), Some(10)), false);
    assert_eq!(endswith(b"\xffab\xff", b"", Some(10), Some(10)), false);
    assert_eq!(find(b"\xffab\xff", b"", Some(10), Some(-10)), -1);
    assert_eq!(rfind(b"\xffab\xff", b"", Some(10), Some(-10)), -1);
    assert_eq!(count(b"\xffab\xff", b"", Some(10), Some(-10)), 0);
    assert_eq!(startswith(b"\xffab\xff", b"", Some(10), Some(-10)), false);
    assert_eq!(endswith(b"\xffab\xff", b"", Some(10), Some(-10)), false);
    assert_eq!(find(b"\xffab\xff", b"", Some(10), None), -1);
    assert_eq!(rfind(b"\xffab\xff", b"", Some(10), None), -1);
    assert_eq!(count(b"\xffab\xff", b"", Some(10), None), 0);
    assert_eq!(startswith(b"\xffab\xff", b"", Some(10), None), false);
    assert_eq!(endswith(b"\xffab\xff", b"", Some(10), None), false);
    assert_eq!(find(b"\xffab\xff", b"a", None, Some(-1)), 1);
    assert_eq!(rfind(b"\xffab\xff", b"a", None, Some(-1)), 1);
    assert_eq!(count(b"\xffab\xff", b"a", None, Some(-1)), 1);
    assert_eq!(startswith(b"\xffab\xff", b"a", None, Some(-1)), false);
    assert_eq!(endswith(b"\xffab\xff", b"a", None, Some(-1)), false);
    assert_eq!(find(b"\xffab\xff", b"a", None, Some(4)), 1);
    assert_eq!(rfind(b"\xffab\xff", b"a", None, Some(4)), 1);
    assert_eq!(count(b"\xffab\xff", b"a", None, Some(4)), 1);
    assert_eq!(startswith(b"\xffab\xff", b"a", None, Some(4)), false);
    assert_eq!(endswith(b"\xffab\xff", b"a", None, Some(4)), false);
    assert_eq!(find(b"\xffab\xff", b"a", None, Some(-10)), -1);
    assert_eq!(rfind(b"\xffab\xff", b"a", None, Some(-10)), -1);
    assert_eq!(count(b"\xffab\xff", b"a", None, Some(-10)), 0);
    assert_eq!(startswith(b"\xffab\xff", b"a", None, Some(-10)), false);
    assert_eq!(endswith(b"\xffab\xff", b"a", None, Some(-10)), false);
    assert_eq!(find(b"\xffab\xff", b"a", Some(-10), Some(0)), -1);
    assert_eq!(rfind(b"\xffab\xff", b"a", Some(-10), Some(0)), -1);
    assert_eq!(count(b"\xffab\xff", b"a", Some(-10), Some(0)), 0);
    assert_eq!(startswith(b"\xffab\xff", b"a", Some(-10), Some(0)), false);
    assert_eq!(endswith(b"\xffab\xff", b"a", Some(-10), Some(0)), false);
    assert_eq!(find(b"\xffab\xff", b"a", Some(-10), Some(-10)), -1);
    assert_eq!(rfind(b"\xffab\xff", b"a", Some(-10), Some(-10)), -1);
    assert_eq!(count(b"\xffab\xff", b"a", Some(-10), Some(-10)), 0);
    assert_eq!(startswith(b"\xffab\xff", b"a", Some(-10), Some(-10)), false);
    assert_eq!(endswith(b"\xffab\xff", b"a", Some(-10), Some(-10)), false);
    assert_eq!(find(b"\xffab\xff", b"a", Some(-10), Some(4)), 1);
    assert_eq!(rfind(b"\xffab\xff", b"a", Some(-10), Some(4)), 1);
    assert_eq!(count(b"\xffab\xff", b"a", Some(-10), Some(4)), 1);
    assert_eq!(startswith(b"\xffab\xff", b"a", Some(-10), Some(4)), false);
    assert_eq!(endswith(b"\xffab\xff", b"a", Some(-10), Some(4)), false);
    assert_eq!(find(b"\xffab\xff", b"a", Some(-2), Some(-10)), -1);
    assert_eq!(rfind(b"\xffab\xff", b"a", Some(-2), Some(-10)), -1);
    assert_eq!(count(b"\xffab\xff", b"a", Some(-2), Some(-10)), 0);
    assert_eq!(startswith(b"\xffab\xff", b"a", Some(-2), Some(-10)), false);
    assert_eq!(endswith(b"\xffab\xff", b"a", Some(-2), Some(-10)), false);
    assert_eq!(find(b"\xffab\xff", b"a", Some(-2), None), -1);
    assert_eq!(rfind(b"\xffab\xff", b"a", Some(-2), None), -1);
    assert_eq!(count(b"\xffab\xff", b"a", Some(-2), None), 0);
    assert_eq!(startswith(b"\xffab\xff", b"a", Some(-2), None), false);
    assert_eq!(endswith(b"\xffab\xff", b"a", Some(-2), None), false);
    assert_eq!(find(b"\xffab\xff", b"a", Some(-2), Some(4)), -1);
    assert_eq!(rfind(b"\xffab\xff", b"a", Some(-2), Some(4)), -1);
    assert_eq!(count(b"\xffab\xff", b"a", Some(-2), Some(4)), 0);
    assert_eq!(startswith(b"\xffab\xff", b"a", Some(-2), Some(4)), false);
    assert_eq!(endswith(b"\xffab\xff", b"a", Some(-2), Some(4)), false);
    assert_eq!(find(b"\xffab\xff", b"a", Some(0), None), 1);
    assert_eq!(rfind(b"\xffab\xff", b"a", Some(0), None), 1);
    assert_eq!(count(b"\xffab\xff", b"a", Some(0), None), 1);
    assert_eq!(startswith(b"\xffab\xff", b"a", Some(0), None), false);
    assert_eq!(endswith(b"\xffab\xff", b"a", Some(0), None), false);
    assert_eq!(find(b"\xffab\xff", b"a", Some(0), Some(10)), 1);
    assert_eq!(rfind(b"\xffab\xff", b"a", Some(0), Some(10)), 1);
    assert_eq!(count(b"\xffab\xff", b"a", Some(0), Some(10)), 1);
    assert_eq!(startswith(b"\xffab\xff", b"a", Some(0), Some(10)), false);
    assert_eq!(endswith(b"\xffab\xff", b"a", Some(0), Some(10)), false);
    assert_eq!(find(b"\xffab\xff", b"a", Some(0), Some(4)), 1);
    assert_eq!(rfind(b"\xffab\xff", b"a", Some(0), Some(4)), 1);
    assert_eq!(count(b"\xffab\xff", b"a", Some(0), Some(4)), 1);
    assert_eq!(startswith(b"\xffab\xff", b"a", Some(0), Some(4)), false);
    assert_eq!(endswith(b"\xffab\xff", b"a", Some(0), Some(4)), false);
    assert_eq!(find(b"\xffab\xff", b"a", Some(1), Some(4)), 1);
    assert_eq!(rfind(b"\xffab\xff", b"a", Some(1), Some(4)), 1);
    assert_eq!(count(b"\xffab\xff", b"a", Some(1), Some(4)), 1);
    assert_eq!(startswith(b"\xffab\xff", b"a", Some(1), Some(4)), true);
    assert_eq!(endswith(b"\xffab\xff", b"a", Some(1), Some(4)), false);
    assert_eq!(find(b"\xffab\xff", b"a", Some(1), None), 1);
    assert_eq!(rfind(b"\xffab\xff", b"a", Some(1), None), 1);
    assert_eq!(count(b"\xffab\xff", b"a", Some(1), None), 1);
    assert_eq!(startswith(b"\xffab\xff", b"a", Some(1), None), true);
    assert_eq!(endswith(b"\xffab\xff", b"a", Some(1), None), false);
    assert_eq!(find(b"\xffab\xff", b"a", Some(1), Some(-1)), 1);
    assert_eq!(rfind(b"\xffab\xff", b"a", Some(1), Some(-1)), 1);
    assert_eq!(count(b"\xffab\xff", b"a", Some(1), Some(-1)), 1);
    assert_eq!(startswith(b"\xffab\xff", b"a", Some(1), Some(-1)), true);
    assert_eq!(endswith(b"\xffab\xff", b"a", Some(1), Some(-1)), false);
    assert_eq!(find(b"\xffab\xff", b"a", Some(5), None), -1);
    assert_eq!(rfind(b"\xffab\xff", b"a", Some(5), None), -1);
    assert_eq!(count(b"\xffab\xff", b"a", Some(5), None), 0);
    assert_eq!(startswith(b"\xffab\xff", b"a", Some(5), None), false);
    assert_eq!(endswith(b"\xffab\xff", b"a", Some(5), None), false);
    assert_eq!(find(b"\xffab\xff", b"a", Some(5), Some(4)), -1);
    assert_eq!(rfind(b"\xffab\xff", b"a", Some(5), Some(4)), -1);
    assert_eq!(count(b"\xffab\xff", b"a", Some(5), Some(4)), 0);
    assert_eq!(startswith(b"\xffab\xff", b"a", Some(5), Some(4)), false);
    assert_eq!(endswith(b"\xffab\xff", b"a", Some(5), Some(4)), false);
    assert_eq!(find(b"\xffab\xff", b"a", Some(5), Some(10)), -1);
    assert_eq!(rfind(b"\xffab\xff", b"a", Some(5), Some(10)), -1);
    assert_eq!(count(b"\xffab\xff", b"a", Some(5), Some(10)), 0);
    assert_eq!(startswith(b"\xffab\xff", b"a", Some(5), Some(10)), false);
    assert_eq!(endswith(b"\xffab\xff", b"a", Some(5), Some(10)), false);
    assert_eq!(find(b"\xffab\xff", b"a", Some(10), Some(0)), -1);
    assert_eq!(rfind(b"\xffab\xff", b"a", Some(10), Some(0)), -1);
    assert_eq!(count(b"\xffab\xff", b"a", Some(10), Some(0)), 0);
    assert_eq!(startswith(b"\xffab\xff", b"a", Some(10), Some(0)), false);
    assert_eq!(endswith(b"\xffab\xff", b"a", Some(10), Some(0)), false);
    assert_eq!(find(b"\xffab\xff", b"a", Some(10), Some(4)), -1);
    assert_eq!(rfind(b"\xffab\xff", b"a", Some(10), Some(4)), -1);
    assert_eq!(count(b"\xffab\xff", b"a", Some(10), Some(4)), 0);
    assert_eq!(startswith(b"\xffab\xff", b"a", Some(10), Some(4)), false);
    assert_eq!(endswith(b"\xffab\xff", b"a", Some(10), Some(4)), false);
    assert_eq!(find(b"\xffab\xff", b"a", Some(10), Some(2)), -1);
    assert_eq!(rfind(b"\xffab\xff", b"a", Some(10), Some(2)), -1);
    assert_eq!(count(b"\xffab\xff", b"a", Some(10), Some(2)), 0);
    assert_eq!(startswith(b"\xffab\xff", b"a", Some(10), Some(2)), false);
    assert_eq!(endswith(b"\xffab\xff", b"a", Some(10), Some(2)), false);
    assert_eq!(find(b"\xffab\xff", b"bc", None, Some(-10)), -1);
    assert_eq!(rfind(b"\xffab\xff", b"bc", None, Some(-10)), -1);
    assert_eq!(count(b"\xffab\xff", b"bc", None, Some(-10)), 0);
    assert_eq!(startswith(b"\xffab\xff", b"bc", None, Some(-10)), false);
    assert_eq!(endswith(b"\xffab\xff", b"bc", None, Some(-10)), false);
    assert_eq!(find(b"\xffab\xff", b"bc", None, Some(-1)), -1);
    assert_eq!(rfind(b"\xffab\xff", b"bc", None, Some(-1)), -1);
    assert_eq!(count(b"\xffab\xff", b"bc", None, Some(-1)), 0);
    assert_eq!(startswith(b"\xffab\xff", b"bc", None, Some(-1)), false);
    assert_eq!(endswith(b"\xffab\xff", b"bc", None, Some(-1)), false);
    assert_eq!(find(b"\xffab\xff", b"bc", None, None), -1);
    assert_eq!(rfind(b"\xffab\xff", b"bc", None, None), -1);
    assert_eq!(count(b"\xffab\xff", b"bc", None, None), 0);
    assert_eq!(startswith(b"\xffab\xff", b"bc", None, None), false);
    assert_eq!(endswith(b"\xffab\xff", b"bc", None, None), false);
    assert_eq!(find(b"\xffab\xff", b"bc", Some(-10), Some(-10)), -1);
    assert_eq!(rfind(b"\xffab\xff", b"bc", Some(-10), Some(-10)), -1);
    assert_eq!(count(b"\xffab\xff", b"bc", Some(-10), Some(-10)), 0);
    assert_eq!(
        startswith(b"\xffab\xff", b"bc", Some(-10), Some(-10)),
        false
    );
    assert_eq!(endswith(b"\xffab\xff", b"bc", Some(-10), Some(-10)), false);
    assert_eq!(find(b"\xffab\xff", b"bc", Some(-10), None), -1);
    assert_eq!(rfind(b"\xffab\xff", b"bc", Some(-10), None), -1);
    assert_eq!(count(b"\xffab\xff", b"bc", Some(-10), None), 0);
    assert_eq!(startswith(b"\xffab\xff", b"bc", Some(-10), None), false);
    assert_eq!(endswith(b"\xffab\xff", b"bc", Some(-10), None), false);
    assert_eq!(find(b"\xffab\xff", b"bc", Some(-10), Some(-1)), -1);
    assert_eq!(rfind(b"\xffab\xff", b"bc", Some(-10), Some(-1)), -1);
    assert_eq!(count(b"\xffab\xff", b"bc", Some(-10), Some(-1)), 0);
    assert_eq!(startswith(b"\xffab\xff", b"bc", Some(-10), Some(-1)), false);
    assert_eq!(endswith(b"\xffab\xff", b"bc", Some(-10), Some(-1)), false);
    assert_eq!(find(b"\xffab\xff", b"bc", Some(-2), Some(10)), -1);
    assert_eq!(rfind(b"\xffab\xff", b"bc", Some(-2), Some(10)), -1);
    assert_eq!(count(b"\xffab\xff", b"bc", Some(-2), Some(10)), 0);
    assert_eq!(startswith(b"\xffab\xff", b"bc", Some(-2), Some(10)), false);
    assert_eq!(endswith(b"\xffab\xff", b"bc", Some(-2), Some(10)), false);
    assert_eq!(find(b"\xffab\xff", b"bc", Some(-2), Some(2)), -1);
    assert_eq!(rfind(b"\xffab\xff", b"bc", Some(-2), Some(2)), -1);
    assert_eq!(count(b"\xffab\xff", b"bc", Some(-2), Some(2)), 0);
    assert_eq!(startswith(b"\xffab\xff", b"bc", Some(-2), Some(2)), false);
    assert_eq!(endswith(b"\xffab\xff", b"bc", Some(-2), Some(2)), false);
    assert_eq!(find(b"\xffab\xff", b"bc", Some(-2), Some(-10)), -1);
    assert_eq!(rfind(b"\xffab\xff", b"bc", Some(-2), Some(-10)), -1);
    assert_eq!(count(b"\xffab\xff", b"bc", Some(-2), Some(-10)), 0);
    assert_eq!(startswith(b"\xffab\xff", b"bc", Some(-2), Some(-10)), false);
    assert_eq!(endswith(b"\xffab\xff", b"bc", Some(-2), Some(-10)), false);
    assert_eq!(find(b"\xffab\xff", b"bc", Some(0), None), -1);
    assert_eq!(rfind(b"\xffab\xff", b"bc", Some(0), None), -1);
    assert_eq!(count(b"\xffab\xff", b"bc", Some(0), None), 0);
    assert_eq!(startswith(b"\xffab\xff", b"bc", Some(0), None), false);
    assert_eq!(endswith(b"\xffab\xff", b"bc", Some(0), None), false);
    assert_eq!(find(b"\xffab\xff", b"bc", Some(0), Some(0)), -1);
    assert_eq!(rfind(b"\xffab\xff", b"bc", Some(0), Some(0)), -1);
    assert_eq!(count(b"\xffab\xff", b"bc", Some(0), Some(0)), 0);
    assert_eq!(startswith(b"\xffab\xff", b"bc", Some(0), Some(0)), false);
    assert_eq!(endswith(b"\xffab\xff", b"bc", Some(0), Some(0)), false);
    assert_eq!(find(b"\xffab\xff", b"bc", Some(0), Some(-1)), -1);
    assert_eq!(rfind(b"\xffab\xff", b"bc", Some(0), Some(-1)), -1);
    assert_eq!(count(b"\xffab\xff", b"bc", Some(0), Some(-1)), 0);
    assert_eq!(startswith(b"\xffab\xff", b"bc", Some(0), Some(-1)), false);
    assert_eq!(endswith(b"\xffab\xff", b"bc", Some(0), Some(-1)), false);
    assert_eq!(find(b"\xffab\xff", b"bc", Some(1), Some(2)), -1);
    assert_eq!(rfind(b"\xffab\xff", b"bc", Some(1), Some(2)), -1);
    assert_eq!(count(b"\xffab\xff", b"bc", Some(1), Some(2)), 0);
    assert_eq!(startswith(b"\xffab\xff", b"bc", Some(1), Some(2)), false);
    assert_eq!(endswith(b"\xffab\xff", b"bc", Some(1), Some(2)), false);
    assert_eq!(find(b"\xffab\xff", b"bc", Some(1), None), -1);
    assert_eq!(rfind(b"\xffab\xff", b"bc", Some(1), None), -1);
    assert_eq!(count(b"\xffab\xff", b"bc", Some(1), None), 0);
    assert_eq!(startswith(b"\xffab\xff", b"bc", Some(1), None), false);
    assert_eq!(endswith(b"\xffab\xff", b"bc", Some(1), None), false);
    assert_eq!(find(b"\xffab\xff", b"bc", Some(1), Some(4)), -1);
    assert_eq!(rfind(b"\xffab\xff", b"bc", Some(1), Some(4)), -1);
    assert_eq!(count(b"\xffab\xff", b"bc", Some(1), Some(4)), 0);
    assert_eq!(startswith(b"\xffab\xff", b"bc", Some(1), Some(4)), false);
    assert_eq!(endswith(b"\xffab\xff", b"bc", Some(1), Some(4)), false);
    assert_eq!(find(b"\xffab\xff", b"bc", Some(5), Some(2)), -1);
    assert_eq!(rfind(b"\xffab\xff", b"bc", Some(5), Some(2)), -1);
    assert_eq!(count(b"\xffab\xff", b"bc", Some(5), Some(2)), 0);
    assert_eq!(startswith(b"\xffab\xff", b"bc", Some(5), Some(2)), false);
    assert_eq!(endswith(b"\xffab\xff", b"bc", Some(5), Some(2)), false);
    assert_eq!(find(b"\xffab\xff", b"bc", Some(5), Some(0)), -1);
    assert_eq!(rfind(b"\xffab\xff", b"bc", Some(5), Some(0)), -1);
    assert_eq!(count(b"\xffab\xff", b"bc", Some(5), Some(0)), 0);
    assert_eq!(startswith(b"\xffab\xff", b"bc", Some(5), Some(0)), false);
    assert_eq!(endswith(b"\xffab\xff", b"bc", Some(5), Some(0)), false);
    assert_eq!(find(b"\xffab\xff", b"bc", Some(5), None), -1);
    assert_eq!(rfind(b"\xffab\xff", b"bc", Some(5), None), -1);
    assert_eq!(count(b"\xffab\xff", b"bc", Some(5), None), 0);
    assert_eq!(startswith(b"\xffab\xff", b"bc", Some(5), None), false);
    assert_eq!(endswith(b"\xffab\xff", b"bc", Some(5), None), false);
    assert_eq!(find(b"\xffab\xff", b"bc", Some(10), Some(-1)), -1);
    assert_eq!(rfind(b"\xffab\xff", b"bc", Some(10), Some(-1)), -1);
    assert_eq!(count(b"\xffab\xff", b"bc", Some(10), Some(-1)), 0);
    assert_eq!(startswith(b"\xffab\xff", b"bc", Some(10), Some(-1)), false);
    assert_eq!(endswith(b"\xffab\xff", b"bc", Some(10), Some(-1)), false);
    assert_eq!(find(b"\xffab\xff", b"bc", Some(10), Some(0)), -1);
    assert_eq!(rfind(b"\xffab\xff", b"bc", Some(10), Some(0)), -1);
    assert_eq!(count(b"\xffab\xff", b"bc", Some(10), Some(0)), 0);
    assert_eq!(startswith(b"\xffab\xff", b"bc", Some(10), Some(0)), false);
    assert_eq!(endswith(b"\xffab\xff", b"bc", Some(10), Some(0)), false);
    assert_eq!(find(b"\xffab\xff", b"bc", Some(10), Some(10)), -1);
    assert_eq!(rfind(b"\xffab\xff", b"bc", Some(10), Some(10)), -1);
    assert_eq!(count(b"\xffab\xff", b"bc", Some(10), Some(10)), 0);
    assert_eq!(startswith(b"\xffab\xff", b"bc", Some(10), Some(10)), false);
    assert_eq!(endswith(b"\xffab\xff", b"bc", Some(10), Some(10)), false);
    assert_eq!(find(b"\xffab\xff", b"\xff", None, Some(2)), 0);
    assert_eq!(rfind(b"\xffab\xff", b"\xff", None, Some(2)), 0);
    assert_eq!(count(b"\xffab\xff", b"\xff", None, Some(2)), 1);
    assert_eq!(startswith(b"\xffab\xff", b"\xff", None, Some(2)), true);
    assert_eq!(endswith(b"\xffab\xff", b"\xff", None, Some(2)), false);
    assert_eq!(find(b"\xffab\xff", b"\xff", None, Some(-10)), -1);
    assert_eq!(rfind(b"\xffab\xff", b"\xff", None, Some(-10)), -1);
    assert_eq!(count(b"\xffab\xff", b"\xff", None, Some(-10)), 0);
    assert_eq!(startswith(b"\xffab\xff", b"\xff", None, Some(-10)), false);
    assert_eq!(endswith(b"\xffab\xff", b"\xff", None, Some(-10)), false);
    assert_eq!(find(b"\xffab\xff", b"\xff", None, None), 0);
    assert_eq!(rfind(b"\xffab\xff", b"\xff", None, None), 3);
    assert_eq!(count(b"\xffab\xff", b"\xff", None, None), 2);
    assert_eq!(startswith(b"\xffab\xff", b"\xff", None, None), true);
    assert_eq!(endswith(b"\xffab\xff", b"\xff", None, None), true);
    assert_eq!(find(b"\xffab\xff", b"\xff", Some(-10), Some(4)), 0);
    assert_eq!(rfind(b"\xffab\xff", b"\xff", Some(-10), Some(4)), 3);
    assert_eq!(count(b"\xffab\xff", b"\xff", Some(-10), Some(4)), 2);
    assert_eq!(startswith(b"\xffab\xff", b"\xff", Some(-10), Some(4)), true);
    assert_eq!(endswith(b"\xffab\xff", b"\xff", Some(-10), Some(4)), true);
    assert_eq!(find(b"\xffab\xff", b"\xff", Some(-10), Some(-1)), 0);
    assert_eq!(rfind(b"\xffab\xff", b"\xff", Some(-10), Some(-1)), 0);
    assert_eq!(count(b"\xffab\xff", b"\xff", Some(-10), Some(-1)), 1);
    assert_eq!(
        startswith(b"\xffab\xff", b"\xff", Some(-10), Some(-1)),
        true
    );
    assert_eq!(endswith(b"\xffab\xff", b"\xff", Some(-10), Some(-1)), false);
    assert_eq!(find(b"\xffab\xff", b"\xff", Some(-10), Some(-10)), -1);
    assert_eq!(rfind(b"\xffab\xff", b"\xff", Some(-10), Some(-10)), -1);
    assert_eq!(count(b"\xffab\xff", b"\xff", Some(-10), Some(-10)), 0);
    assert_eq!(
        startswith(b"\xffab\xff", b"\xff", Some(-10), Some(-10)),
        false
    );
    assert_eq!(
        endswith(b"\xffab\xff", b"\xff", Some(-10), Some(-10)),
        false
    );
    assert_eq!(find(b"\xffab\xff", b"\xff", Some(-2), Some(-1)), -1);
    assert_eq!(rfind(b"\xffab\xff", b"\xff", Some(-2), Some(-1)), -1);
    assert_eq!(count(b"\xffab\xff", b"\xff", Some(-2), Some(-1)), 0);
    assert_eq!(
        startswith(b"\xffab\xff", b"\xff", Some(-2), Some(-1)),
        false
    );
    assert_eq!(endswith(b"\xffab\xff", b"\xff", Some(-2), Some(-1)), false);
    assert_eq!(find(b"\xffab\xff", b"\xff", Some(-2), None), 3);
    assert_eq!(rfind(b"\xffab\xff", b"\xff", Some(-2), None), 3);
    assert_eq!(count(b"\xffab\xff", b"\xff", Some(-2), None), 1);
    assert_eq!(startswith(b"\xffab\xff", b"\xff", Some(-2), None), false);
    assert_eq!(endswith(b"\xffab\xff", b"\xff", Some(-2), None), true);
    assert_eq!(find(b"\xffab\xff", b"\xff", Some(-2), Some(-10)), -1);
    assert_eq!(rfind(b"\xffab\xff", b"\xff", Some(-2), Some(-10)), -1);
    assert_eq!(count(b"\xffab\xff", b"\xff", Some(-2), Some(-10)), 0);
    assert_eq!(
        startswith(b"\xffab\xff", b"\xff", Some(-2), Some(-10)),
        false
    );
    assert_eq!(endswith(b"\xffab\xff", b"\xff", Some(-2), Some(-10)), false);
    assert_eq!(find(b"\xffab\xff", b"\xff", Some(0), Some(-1)), 0);
    assert_eq!(rfind(b"\xffab\xff", b"\xff", Some(0), Some(-1)), 0);
    assert_eq!(count(b"\xffab\xff", b"\xff", Some(0), Some(-1)), 1);
    assert_eq!(startswith(b"\xffab\xff", b"\xff", Some(0), Some(-1)), true);
    assert_eq!(endswith(b"\xffab\xff", b"\xff", Some(0), Some(-1)), false);
    assert_eq!(find(b"\xffab\xff", b"\xff", Some(0), Some(0)), -1);
    assert_eq!(rfind(b"\xffab\xff", b"\xff", Some(0), Some(0)), -1);
    assert_eq!(count(b"\xffab\xff", b"\xff", Some(0), Some(0)), 0);
    assert_eq!(startswith(b"\xffab\xff", b"\xff", Some(0), Some(0)), false);
    assert_eq!(endswith(b"\xffab\xff", b"\xff", Some(0), Some(0)), false);
    assert_eq!(find(b"\xffab\xff", b"\xff", Some(0), None), 0);
    assert_eq!(rfind(b"\xffab\xff", b"\xff", Some(0), None), 3);
    assert_eq!(count(b"\xffab\xff", b"\xff", Some(0), None), 2);
    assert_eq!(startswith(b"\xffab\xff", b"\xff", Some(0), None), true);
    assert_eq!(endswith(b"\xffab\xff", b"\xff", Some(0), None), true);
    assert_eq!(find(b"\xffab\xff", b"\xff", Some(1), Some(-1)), -1);
    assert_eq!(rfind(b"\xffab\xff", b"\xff", Some(1), Some(-1)), -1);
    assert_eq!(count(b"\xffab\xff", b"\xff", Some(1), Some(-1)), 0);
    assert_eq!(startswith(b"\xffab\xff", b"\xff", Some(1), Some(-1)), false);
    assert_eq!(endswith(b"\xffab\xff", b"\xff", Some(1), Some(-1)), false);
    assert_eq!(find(b"\xffab\xff", b"\xff", Some(1), None), 3);
    assert_eq!(rfind(b"\xffab\xff", b"\xff", Some(1), None), 3);
    assert_eq!(count(b"\xffab\xff", b"\xff", Some(1), None), 1);
    assert_eq!(startswith(b"\xffab\xff", b"\xff", Some(1), None), false);
    assert_eq!(endswith(b"\xffab\xff", b"\xff", Some(1), None), true);
    assert_eq!(find(b"\xffab\xff", b"\xff", Some(1), Some(4)), 3);
    assert_eq!(rfind(b"\xffab\xff", b"\xff", Some(1), Some(4)), 3);
    assert_eq!(count(b"\xffab\xff", b"\xff", Some(1), Some(4)), 1);
    assert_eq!(startswith(b"\xffab\xff", b"\xff", Some(1), Some(4)), false);
    assert_eq!(endswith(b"\xffab\xff", b"\xff", Some(1), Some(4)), true);
    assert_eq!(find(b"\xffab\xff", b"\xff", Some(5), Some(-1)), -1);
    assert_eq!(rfind(b"\xffab\xff", b"\xff", Some(5), Some(-1)), -1);
    assert_eq!(count(b"\xffab\xff", b"\xff", Some(5), Some(-1)), 0);
    assert_eq!(startswith(b"\xffab\xff", b"\xff", Some(5), Some(-1)), false);
    assert_eq!(endswith(b"\xffab\xff", b"\xff", Some(5), Some(-1)), false);
    assert_eq!(find(b"\xffab\xff", b"\xff", Some(5), Some(0)), -1);
    assert_eq!(rfind(b"\xffab\xff", b"\xff", Some(5), Some(0)), -1);
    assert_eq!(count(b"\xffab\xff", b"\xff", Some(5), Some(0)), 0);
    assert_eq!(startswith(b"\xffab\xff", b"\xff", Some(5), Some(0)), false);
    assert_eq!(endswith(b"\xffab\xff", b"\xff", Some(5), Some(0)), false);
    assert_eq!(find(b"\xffab\xff", b"\xff", Some(5), Some(-10)), -1);
    assert_eq!(rfind(b"\xffab\xff", b"\xff", Some(5), Some(-10)), -1);
    assert_eq!(count(b"\xffab\xff", b"\xff", Some(5), Some(-10)), 0);
    assert_eq!(
        startswith(b"\xffab\xff", b"\xff", Some(5), Some(-10)),
        false
    );
    assert_eq!(endswith(b"\xffab\xff", b"\xff", Some(5), Some(-10)), false);
    assert_eq!(find(b"\xffab\xff", b"\xff", Some(10), Some(0)), -1);
    assert_eq!(rfind(b"\xffab\xff", b"\xff", Some(10), Some(0)), -1);
    assert_eq!(count(b"\xffab\xff", b"\xff", Some(10), Some(0)), 0);
    assert_eq!(startswith(b"\xffab\xff", b"\xff", Some(10), Some(0)), false);
    assert_eq!(endswith(b"\xffab\xff", b"\xff", Some(10), Some(0)), false);
    assert_eq!(find(b"\xffab\xff", b"\xff", Some(10), Some(2)), -1);
    assert_eq!(rfind(b"\xffab\xff", b"\xff", Some(10), Some(2)), -1);
    assert_eq!(count(b"\xffab\xff", b"\xff", Some(10), Some(2)), 0);
    assert_eq!(startswith(b"\xffab\xff", b"\xff", Some(10), Some(2)), false);
    assert_eq!(endswith(b"\xffab\xff", b"\xff", Some(10), Some(2)), false);
    assert_eq!(find(b"\xffab\xff", b"\xff", Some(10), Some(-1)), -1);
    assert_eq!(rfind(b"\xffab\xff", b"\xff", Some(10), Some(-1)), -1);
    assert_eq!(count(b"\xffab\xff", b"\xff", Some(10), Some(-1)), 0);
    assert_eq!(
        startswith(b"\xffab\xff", b"\xff", Some(10), Some(-1)),
        false
    );
    assert_eq!(endswith(b"\xffab\xff", b"\xff", Some(10), Some(-1)), false);
    assert_eq!(find(b"\xffab\xff", b"aa", None, Some(0)), -1);
    assert_eq!(rfind(b"\xffab\xff", b"aa", None, Some(0)), -1);
    assert_eq!(count(b"\xffab\xff", b"aa", None, Some(0)), 0);
    assert_eq!(startswith(b"\xffab\xff", b"aa", None, Some(0)), false);
    assert_eq!(endswith(b"\xffab\xff", b"aa", None, Some(0)), false);
    assert_eq!(find(b"\xffab\xff", b"aa", None, Some(2)), -1);
    assert_eq!(rfind(b"\xffab\xff", b"aa", None, Some(2)), -1);
    assert_eq!(count(b"\xffab\xff", b"aa", None, Some(2)), 0);
    assert_eq!(startswith(b"\xffab\xff", b"aa", None, Some(2)), false);
    assert_eq!(endswith(b"\xffab\xff", b"aa", None, Some(2)), false);
    assert_eq!(find(b"\xffab\xff", b"aa", None, Some(-1)), -1);
    assert_eq!(rfind(b"\xffab\xff", b"aa", None, Some(-1)), -1);
    assert_eq!(count(b"\xffab\xff", b"aa", None, Some(-1)), 0);
    assert_eq!(startswith(b"\xffab\xff", b"aa", None, Some(-1)), false);
    assert_eq!(endswith(b"\xffab\xff", b"aa", None, Some(-1)), false);
    assert_eq!(find(b"\xffab\xff", b"aa", Some(-10), Some(10)), -1);
    assert_eq!(rfind(b"\xffab\xff", b"aa", Some(-10), Some(10)), -1);
    assert_eq!(count(b"\xffab\xff", b"aa", Some(-10), Some(10)), 0);
    assert_eq!(startswith(b"\xffab\xff", b"aa", Some(-10), Some(10)), false);
    assert_eq!(endswith(b"\xffab\xff", b"aa", Some(-10), Some(10)), false);
    assert_eq!(find(b"\xffab\xff", b"aa", Some(-10), Some(0)), -1);
    assert_eq!(rfind(b"\xffab\xff", b"aa", Some(-10), Some(0)), -1);
    assert_eq!(count(b"\xffab\xff", b"aa", Some(-10), Some(0)), 0);
    assert_eq!(startswith(b"\xffab\xff", b"aa", Some(-10), Some(0)), false);
    assert_eq!(endswith(b"\xffab\xff", b"aa", Some(-10), Some(0)), false);
    assert_eq!(find(b"\xffab\xff", b"aa", Some(-10), Some(4)), -1);
    assert_eq!(rfind(b"\xffab\xff", b"aa", Some(-10), Some(4)), -1);
    assert_eq!(count(b"\xffab\xff", b"aa", Some(-10), Some(4)), 0);
    assert_eq!(startswith(b"\xffab\xff", b"aa", Some(-10), Some(4)), false);
    assert_eq!(endswith(b"\xffab\xff", b"aa", Some(-10), Some(4)), false);
    assert_eq!(find(b"\xffab\xff", b"aa", Some(-2), Some(-10)), -1);
    assert_eq!(rfind(b"\xffab\xff", b"aa", Some(-2), Some(-10)), -1);
    assert_eq!(count(b"\xffab\xff", b"aa", Some(-2), Some(-10)), 0);
    assert_eq!(startswith(b"\xffab\xff", b"aa", Some(-2), Some(-10)), false);
    assert_eq!(endswith(b"\xffab\xff", b"aa", Some(-2), Some(-10)), false);
    assert_eq!(find(b"\xffab\xff", b"aa", Some(-2), None), -1);
    assert_eq!(rfind(b"\xffab\xff", b"aa", Some(-2), None), -1);
    assert_eq!(count(b"\xffab\xff", b"aa", Some(-2), None), 0);
    assert_eq!(startswith(b"\xffab\xff", b"aa", Some(-2), None), false);
    assert_eq!(endswith(b"\xffab\xff", b"aa", Some(-2), None), false);
    assert_eq!(find(b"\xffab\xff", b"aa", Some(-2), Some(-1)), -1);
    assert_eq!(rfind(b"\xffab\xff", b"aa", Some(-2), Some(-1)), -1);
    assert_eq!(count(b"\xffab\xff", b"aa", Some(-2), Some(-1)), 0);
    assert_eq!(startswith(b"\xffab\xff", b"aa", Some(-2), Some(-1)), false);
    assert_eq!(endswith(b"\xffab\xff", b"aa", Some(-2), Some(-1)), false);
    assert_eq!(find(b"\xffab\xff", b"aa", Some(0), Some(-1)), -1);
    assert_eq!(rfind(b"\xffab\xff", b"aa", Some(0), Some(-1)), -1);
    assert_eq!(count(b"\xffab\xff", b"aa", Some(0), Some(-1)), 0);
    assert_eq!(startswith(b"\xffab\xff", b"aa", Some(0), Some(-1)), false);
    assert_eq!(endswith(b"\xffab\xff", b"aa", Some(0), Some(-1)), false);
    assert_eq!(find(b"\xffab\xff", b"aa", Some(0), Some(0)), -1);
    assert_eq!(rfind(b"\xffab\xff", b"aa", Some(0), Some(0)), -1);
    assert_eq!(count(b"\xffab\xff", b"aa", Some(0), Some(0)), 0);
    assert_eq!(startswith(b"\xffab\xff", b"aa", Some(0), Some(0)), false);
    assert_eq!(endswith(b"\xffab\xff", b"aa", Some(0), Some(0)), false);
    assert_eq!(find(b"\xffab\xff", b"aa", Some(0), Some(4)), -1);
    assert_eq!(rfind(b"\xffab\xff", b"aa", Some(0), Some(4)), -1);
    assert_eq!(count(b"\xffab\xff", b"aa", Some(0), Some(4)), 0);
    assert_eq!(startswith(b"\xffab\xff", b"aa", Some(0), Some(4)), false);
    assert_eq!(endswith(b"\xffab\xff", b"aa", Some(0), Some(4)), false);
    assert_eq!(find(b"\xffab\xff", b"aa", Some(1), Some(2)), -1);
    assert_eq!(rfind(b"\xffab\xff", b"aa", Some(1), Some(2)), -1);
    assert_eq!(count(b"\xffab\xff", b"aa", Some(1), Some(2)), 0);
    assert_eq!(startswith(b"\xffab\xff", b"aa", Some(1), Some(2)), false);
    assert_eq!(endswith(b"\xffab\xff", b"aa", Some(1), Some(2)), false);
    assert_eq!(find(b"\xffab\xff", b"aa", Some(1), Some(10)), -1);
    assert_eq!(rfind(b"\xffab\xff", b"aa", Some(1), Some(10)), -1);
    assert_eq!(count(b"\xffab\xff", b"aa", Some(1), Some(10)), 0);
    assert_eq!(startswith(b"\xffab\xff", b"aa", Some(1), Some(10)), false);
    assert_eq!(endswith(b"\xffab\xff", b"aa", Some(1), Some(10)), false);
    assert_eq!(find(b"\xffab\xff", b"aa", Some(1), Some(0)), -1);
    assert_eq!(rfind(b"\xffab\xff", b"aa", Some(1), Some(0)), -1);
    assert_eq!(count(b"\xffab\xff", b"aa", Some(1), Some(0)), 0);
    assert_eq!(startswith(b"\xffab\xff", b"aa", Some(1), Some(0)), false);
    assert_eq!(endswith(b"\xffab\xff", b"aa", Some(1), Some(0)), false);
    assert_eq!(find(b"\xffab\xff", b"aa", Some(5), Some(0)), -1);
    assert_eq!(rfind(b"\xffab\xff", b"aa", Some(5), Some(0)), -1);
    assert_eq!(count(b"\xffab\xff", b"aa", Some(5), Some(0)), 0);
    assert_eq!(startswith(b"\xffab\xff", b"aa", Some(5), Some(0)), false);
    assert_eq!(endswith(b"\xffab\xff", b"aa", Some(5), Some(0)), false);
    assert_eq!(find(b"\xffab\xff", b"aa", Some(5), Some(10)), -1);
    assert_eq!(rfind(b"\xffab\xff", b"aa", Some(5), Some(10)), -1);
    assert_eq!(count(b"\xffab\xff", b"aa", Some(5), Some(10)), 0);
    assert_eq!(startswith(b"\xffab\xff", b"aa", Some(5), Some(10)), false);
    assert_eq!(endswith(b"\xffab\xff", b"aa", Some(5), Some(10)), false);
    assert_eq!(find(b"\xffab\xff", b"aa", Some(5), Some(-10)), -1);
    assert_eq!(rfind(b"\xffab\xff", b"aa", Some(5), Some(-10)), -1);
    assert_eq!(count(b"\xffab\xff", b"aa", Some(5), Some(-10)), 0);
    assert_eq!(startswith(b"\xffab\xff", b"aa", Some(5), Some(-10)), false);
    assert_eq!(endswith(b"\xffab\xff", b"aa", Some(5), Some(-10)), false);
    assert_eq!(find(b"\xffab\xff", b"aa", Some(10), Some(-1)), -1);
    assert_eq!(rfind(b"\xffab\xff", b"aa", Some(10), Some(-1)), -1);
    assert_eq!(count(b"\xffab\xff", b"aa", Some(10), Some(-1)), 0);
    assert_eq!(startswith(b"\xffab\xff", b"aa", Some(10), Some(-1)), false);
    assert_eq!(endswith(b"\xffab\xff", b"aa", Some(10), Some(-1)), false);
    assert_eq!(find(b"\xffab\xff", b"aa", Some(10), Some(0)), -1);
    assert_eq!(rfind(b"\xffab\xff", b"aa", Some(10), Some(0)), -1);
    assert_eq!(count(b"\xffab\xff", b"aa", Some(10), Some(0)), 0);
    assert_eq!(startswith(b"\xffab\xff", b"aa", Some(10), Some(0)), false);
    assert_eq!(endswith(b"\xffab\xff", b"aa", Some(10), Some(0)), false);
    assert_eq!(find(b"\xffab\xff", b"aa", Some(10), None), -1);
    assert_eq!(rfind(b"\xffab\xff", b"aa", Some(10), None), -1);
    assert_eq!(count(b"\xffab\xff", b"aa", Some(10), None), 0);
    assert_eq!(startswith(b"\xffab\xff", b"aa", Some(10), None), false);
    assert_eq!(endswith(b"\xffab\xff", b"aa", Some(10), None), false);
    assert_eq!(find(b"aaaa", b"", None, Some(-1)), 0);
    assert_eq!(rfind(b"aaaa", b"", None, Some(-1)), 3);
    assert_eq!(count(b"aaaa", b"", None, Some(-1)), 4);
    assert_eq!(startswith(b"aaaa", b"", None, Some(-1)), true);
    assert_eq!(endswith(b"aaaa", b"", None, Some(-1)), true);
    assert_eq!(find(b"aaaa", b"", None, None), 0);
    assert_eq!(rfind(b"aaaa", b"", None, None), 4);
    assert_eq!(count(b"aaaa", b"", None, None), 5);
    assert_eq!(startswith(b"aaaa", b"", None, None), true);
    assert_eq!(endswith(b"aaaa", b"", None, None), true);
    assert_eq!(find(b"aaaa", b"", None, Some(-10)), 0);
    assert_eq!(rfind(b"aaaa", b"", None, Some(-10)), 0);
    assert_eq!(count(b"aaaa", b"", None, Some(-10)), 1);
    assert_eq!(startswith(b"aaaa", b"", None, Some(-10)), true);
    assert_eq!(endswith(b"aaaa", b"", None, Some(-10)), true);
    assert_eq!(find(b"aaaa", b"", Some(-10), Some(-1)), 0);
    assert_eq!(rfind(b"aaaa", b"", Some(-10), Some(-1)), 3);
    assert_eq!(count(b"aaaa", b"", Some(-10), Some(-1)), 4);
    assert_eq!(startswith(b"aaaa", b"", Some(-10), Some(-1)), true);
    assert_eq!(endswith(b"aaaa", b"", Some(-10), Some(-1)), true);
    assert_eq!(find(b"aaaa", b"", Some(-10), Some(2)), 0);
    assert_eq!(rfind(b"aaaa", b"", Some(-10), Some(2)), 2);
    assert_eq!(count(b"aaaa", b"", Some(-10), Some(2)), 3);
    assert_eq!(startswith(b"aaaa", b"", Some(-10), Some(2)), true);
    assert_eq!(endswith(b"aaaa", b"", Some(-10), Some(2)), true);
    assert_eq!(find(b"aaaa", b"", Some(-10), None), 0);
    assert_eq!(rfind(b"aaaa", b"", Some(-10), None), 4);
    assert_eq!(count(b"aaaa", b"", Some(-10), None), 5);
    assert_eq!(startswith(b"aaaa", b"", Some(-10), None), true);
    assert_eq!(endswith(b"aaaa", b"", Some(-10), None), true);
    assert_eq!(find(b"aaaa", b"", Some(-2), Some(-10)), -1);
    assert_eq!(rfind(b"aaaa", b"", Some(-2), Some(-10)), -1);
    assert_eq!(count(b"aaaa", b"", Some(-2), Some(-10)), 0);
    assert_eq!(startswith(b"aaaa", b"", Some(-2), Some(-10)), false);
    assert_eq!(endswith(b"aaaa", b"", Some(-2), Some(-10)), false);
    assert_eq!(find(b"aaaa", b"", Some(-2), Some(10)), 2);
    assert_eq!(rfind(b"aaaa", b"", Some(-2), Some(10)), 4);
    assert_eq!(count(b"aaaa", b"", Some(-2), Some(10)), 3);
    assert_eq!(startswith(b"aaaa", b"", Some(-2), Some(10)), true);
    assert_eq!(endswith(b"aaaa", b"", Some(-2), Some(10)), true);
    assert_eq!(find(b"aaaa", b"", Some(-2), Some(-1)), 2);
    assert_eq!(rfind(b"aaaa", b"", Some(-2), Some(-1)), 3);
    assert_eq!(count(b"aaaa", b"", Some(-2), Some(-1)), 2);
    assert_eq!(startswith(b"aaaa", b"", Some(-2), Some(-1)), true);
    assert_eq!(endswith(b"aaaa", b"", Some(-2), Some(-1)), true);
    assert_eq!(find(b"aaaa", b"", Some(0), Some(4)), 0);
    assert_eq!(rfind(b"aaaa", b"", Some(0), Some(4)), 4);
    assert_eq!(count(b"aaaa", b"", Some(0), Some(4)), 5);
    assert_eq!(startswith(b"aaaa", b"", Some(0), Some(4)), true);
    assert_eq!(endswith(b"aaaa", b"", Some(0), Some(4)), true);
    assert_eq!(find(b"aaaa", b"", Some(0), Some(-10)), 0);
    assert_eq!(rfind(b"aaaa", b"", Some(0), Some(-10)), 0);
    assert_eq!(count(b"aaaa", b"", Some(0), Some(-10)), 1);
    assert_eq!(startswith(b"aaaa", b"", Some(0), Some(-10)), true);
    assert_eq!(endswith(b"aaaa", b"", Some(0), Some(-10)), true);
    assert_eq!(find(b"aaaa", b"", Some(0), None), 0);
    assert_eq!(rfind(b"aaaa", b"", Some(0), None), 4);
    assert_eq!(count(b"aaaa", b"", Some(0), None), 5);
    assert_eq!(startswith(b"aaaa", b"", Some(0), None), true);
    assert_eq!(endswith(b"aaaa", b"", Some(0), None), true);
    assert_eq!(find(b"aaaa", b"", Some(1), Some(-1)), 1);
    assert_eq!(rfind(b"aaaa", b"", Some(1), Some(-1)), 3);
    assert_eq!(count(b"aaaa", b"", Some(1), Some(-1)), 3);
    assert_eq!(startswith(b"aaaa", b"", Some(1), Some(-1)), true);
    assert_eq!(endswith(b"aaaa", b"", Some(1), Some(-1)), true);
    assert_eq!(find(b"aaaa", b"", Some(1), Some(0)), -1);
    assert_eq!(rfind(b"aaaa", b"", Some(1), Some(0)), -1);
    assert_eq!(count(b"aaaa", b"", Some(1), Some(0)), 0);
    assert_eq!(startswith(b"aaaa", b"", Some(1), Some(0)), false);
    assert_eq!(endswith(b"aaaa", b"", Some(1), Some(0)), false);
    assert_eq!(find(b"aaaa", b"", Some(1), Some(2)), 1);
    assert_eq!(rfind(b"aaaa", b"", Some(1), Some(2)), 2);
    assert_eq!(count(b"aaaa", b"", Some(1), Some(2)), 2);
    assert_eq!(startswith(b"aaaa", b"", Some(1), Some(2)), true);
    assert_eq!(endswith(b"aaaa", b"", Some(1), Some(2)), true);
    assert_eq!(find(b"aaaa", b"", Some(5), Some(2)), -1);
    assert_eq!(rfind(b"aaaa", b"", Some(5), Some(2)), -1);
    assert_eq!(count(b"aaaa", b"", Some(5), Some(2)), 0);
    assert_eq!(startswith(b"aaaa", b"", Some(5), Some(2)), false);
    assert_eq!(endswith(b"aaaa", b"", Some(5), Some(2)), false);
    assert_eq!(find(b"aaaa", b"", Some(5), Some(4)), -1);
    assert_eq!(rfind(b"aaaa", b"", Some(5), Some(4)), -1);
    assert_eq!(count(b"aaaa", b"", Some(5), Some(4)), 0);
    assert_eq!(startswith(b"aaaa", b"", Some(5), Some(4)), false);
    assert_eq!(endswith(b"aaaa", b"", Some(5), Some(4)), false);
    assert_eq!(find(b"aaaa", b"", Some(5), Some(0)), -1);
    assert_eq!(rfind(b"aaaa", b"", Some(5), Some(0)), -1);
    assert_eq!(count(b"aaaa", b"", Some(5), Some(0)), 0);
    assert_eq!(startswith(b"aaaa", b"", Some(5), Some(0)), false);
    assert_eq!(endswith(b"aaaa", b"", Some(5), Some(0)), false);
    assert_eq!(find(b"aaaa", b"", Some(10), Some(-10)), -1);
    assert_eq!(rfind(b"aaaa", b"", Some(10), Some(-10)), -1);
    assert_eq!(count(b"aaaa", b"", Some(10), Some(-10)), 0);
    assert_eq!(startswith(b"aaaa", b"", Some(10), Some(-10)), false);
    assert_eq!(endswith(b"aaaa", b"", Some(10), Some(-10)), false);
    assert_eq!(find(b"aaaa", b"", Some(10), Some(4)), -1);
    assert_eq!(rfind(b"aaaa", b"", Some(10), Some(4)), -1);
    assert_eq!(count(b"aaaa", b"", Some(10), Some(4)), 0);
    assert_eq!(startswith(b"aaaa", b"", Some(10), Some(4)), false);
    assert_eq!(endswith(b"aaaa", b"", Some(10), Some(4)), false);
    assert_eq!(find(b"aaaa", b"", Some(10), Some(2)), -1);
    assert_eq!(rfind(b"aaaa", b"", Some(10), Some(2)), -1);
    assert_eq!(count(b"aaaa", b"", Some(10), Some(2)), 0);
    assert_eq!(startswith(b"aaaa", b"", Some(10), Some(2)), false);
    assert_eq!(endswith(b"aaaa", b"", Some(10), Some(2)), false);
    assert_eq!(find(b"aaaa", b"a", None, Some(10)), 0);
    assert_eq!(rfind(b"aaaa", b"a", None, Some(10)), 3);
    assert_eq!(count(b"aaaa", b"a", None, Some(10)), 4);
    assert_eq!(startswith(b"aaaa", b"a", None, Some(10)), true);
    assert_eq!(endswith(b"aaaa", b"a", None, Some(10)), true);
    assert_eq!(find(b"aaaa", b"a", None, Some(-1)), 0);
    assert_eq!(rfind(b"aaaa", b"a", None, Some(-1)), 2);
    assert_eq!(count(b"aaaa", b"a", None, Some(-1)), 3);
    assert_eq!(startswith(b"aaaa", b"a", None, Some(-1)), true);
    assert_eq!(endswith(b"aaaa", b"a", None, Some(-1)), true);
    assert_eq!(find(b"aaaa", b"a", None, None), 0);
    assert_eq!(rfind(b"aaaa", b"a", None, None), 3);
    assert_eq!(count(b"aaaa", b"a", None, None), 4);
    assert_eq!(startswith(b"aaaa", b"a", None, None), true);
    assert_eq!(endswith(b"aaaa", b"a", None, None), true);
    assert_eq!(find(b"aaaa", b"a", Some(-10), None), 0);
    assert_eq!(rfind(b"aaaa", b"a", Some(-10), None), 3);
    assert_eq!(count(b"aaaa", b"a", Some(-10), None), 4);
    assert_eq!(startswith(b"aaaa", b"a", Some(-10), None), true);
    assert_eq!(endswith(b"aaaa", b"a", Some(-10), None), true);
    assert_eq!(find(b"aaaa", b"a", Some(-10), Some(4)), 0);
    assert_eq!(rfind(b"aaaa", b"a", Some(-10), Some(4)), 3);
    assert_eq!(count(b"aaaa", b"a", Some(-10), Some(4)), 4);
    assert_eq!(startswith(b"aaaa", b"a", Some(-10), Some(4)), true);
    assert_eq!(endswith(b"aaaa", b"a", Some(-10), Some(4)), true);
    assert_eq!(find(b"aaaa", b"a", Some(-10), Some(2)), 0);
    assert_eq!(rfind(b"aaaa", b"a", Some(-10), Some(2)), 1);
    assert_eq!(count(b"aaaa", b"a", Some(-10), Some(2)), 2);
    assert_eq!(startswith(b"aaaa", b"a", Some(-10), Some(2)), true);
    assert_eq!(endswith(b"aaaa", b"a", Some(-10), Some(2)), true);
    assert_eq!(find(b"aaaa", b"a", Some(-2), Some(0)), -1);
    assert_eq!(rfind(b"aaaa", b"a", Some(-2), Some(0)), -1);
    assert_eq!(count(b"aaaa", b"a", Some(-2), Some(0)), 0);
    assert_eq!(startswith(b"aaaa", b"a", Some(-2), Some(0)), false);
    assert_eq!(endswith(b"aaaa", b"a", Some(-2), Some(0)), false);
    assert_eq!(find(b"aaaa", b"a", Some(-2), Some(10)), 2);
    assert_eq!(rfind(b"aaaa", b"a", Some(-2), Some(10)), 3);
    assert_eq!(count(b"aaaa", b"a", Some(-2), Some(10)), 2);
    assert_eq!(startswith(b"aaaa", b"a", Some(-2), Some(10)), true);
    assert_eq!(endswith(b"aaaa", b"a", Some(-2), Some(10)), true);
    assert_eq!(find(b"aaaa", b"a", Some(-2), Some(-10)), -1);
    assert_eq!(rfind(b"aaaa", b"a", Some(-2), Some(-10)), -1);
    assert_eq!(count(b"aaaa", b"a", Some(-2), Some(-10)), 0);
    assert_eq!(startswith(b"aaaa", b"a", Some(-2), Some(-10)), false);
    assert_eq!(endswith(b"aaaa", b"a", Some(-2), Some(-10)), false);
    assert_eq!(find(b"aaaa", b"a", Some(0), Some(10)), 0);
    assert_eq!(rfind(b"aaaa", b"a", Some(0), Some(10)), 3);
    assert_eq!(count(b"aaaa", b"a", Some(0), Some(10)), 4);
    assert_eq!(startswith(b"aaaa", b"a", Some(0), Some(10)), true);
    assert_eq!(endswith(b"aaaa", b"a", Some(0), Some(10)), true);
    assert_eq!(find(b"aaaa", b"a", Some(0), Some(4)), 0);
    assert_eq!(rfind(b"aaaa", b"a", Some(0), Some(4)), 3);
    assert_eq!(count(b"aaaa", b"a", Some(0), Some(4)), 4);
    assert_eq!(startswith(b"aaaa", b"a", Some(0), Some(4)), true);
    assert_eq!(endswith(b"aaaa", b"a", Some(0), Some(4)), true);
    assert_eq!(find(b"aaaa", b"a", Some(0), Some(-1)), 0);
    assert_eq!(rfind(b"aaaa", b"a", Some(0), Some(-1)), 2);
    assert_eq!(count(b"aaaa", b"a", Some(0), Some(-1)), 3);
    assert_eq!(startswith(b"aaaa", b"a", Some(0), Some(-1)), true);
    assert_eq!(endswith(b"aaaa", b"a", Some(0), Some(-1)), true);
    assert_eq!(find(b"aaaa", b"a", Some(1), Some(10)), 1);
    assert_eq!(rfind(b"aaaa", b"a", Some(1), Some(10)), 3);
    assert_eq!(count(b"aaaa", b"a", Some(1), Some(10)), 3);
    assert_eq!(startswith(b"aaaa", b"a", Some(1), Some(10)), true);
    assert_eq!(endswith(b"aaaa", b"a", Some(1), Some(10)), true);
    assert_eq!(find(b"aaaa", b"a", Some(1), Some(2)), 1);
    assert_eq!(rfind(b"aaaa", b"a", Some(1), Some(2)), 1);
    assert_eq!(count(b"aaaa", b"a", Some(1), Some(2)), 1);
    assert_eq!(startswith(b"aaaa", b"a", Some(1), Some(2)), true);
    assert_eq!(endswith(b"aaaa", b"a", Some(1), Some(2)), true);
    assert_eq!(find(b"aaaa", b"a", Some(1), Some(4)), 1);
    assert_eq!(rfind(b"aaaa", b"a", Some(1), Some(4)), 3);
    assert_eq!(count(b"aaaa", b"a", Some(1), Some(4)), 3);
    assert_eq!(startswith(b"aaaa", b"a", Some(1), Some(4)), true);
    assert_eq!(endswith(b"aaaa", b"a", Some(1), Some(4)), true);
    assert_eq!(find(b"aaaa", b"a", Some(5), None), -1);
    assert_eq!(rfind(b"aaaa", b"a", Some(5), None), -1);
    assert_eq!(count(b"aaaa", b"a", Some(5), None), 0);
    assert_eq!(startswith(b"aaaa", b"a", Some(5), None), false);
    assert_eq!(endswith(b"aaaa", b"a", Some(5), None), false);
    assert_eq!(find(b"aaaa", b"a", Some(5), Some(0)), -1);
    assert_eq!(rfind(b"aaaa", b"a", Some(5), Some(0)), -1);
    assert_eq!(count(b"aaaa", b"a", Some(5), Some(0)), 0);
    assert_eq!(startswith(b"aaaa", b"a", Some(5), Some(0)), false);
    assert_eq!(endswith(b"aaaa", b"a", Some(5), Some(0)), false);
    assert_eq!(find(b"aaaa", b"a", Some(5), Some(10)), -1);
    assert_eq!(rfind(b"aaaa", b"a", Some(5), Some(10)), -1);
    assert_eq!(count(b"aaaa", b"a", Some(5), Some(10)), 0);
    assert_eq!(startswith(b"aaaa", b"a", Some(5), Some(10)), false);
    assert_eq!(endswith(b"aaaa", b"a", Some(5), Some(10)), false);
    assert_eq!(find(b"aaaa", b"a", Some(10), Some(-1)), -1);
    assert_eq!(rfind(b"aaaa", b"a", Some(10), Some(-1)), -1);
    assert_eq!(count(b"aaaa", b"a", Some(10), Some(-1)), 0);
    assert_eq!(startswith(b"aaaa", b"a", Some(10), Some(-1)), false);
    assert_eq!(endswith(b"aaaa", b"a", Some(10), Some(-1)), false);
    assert_eq!(find(b"aaaa", b"a", Some(10), Some(2)), -1);
    assert_eq!(rfind(b"aaaa", b"a", Some(10), Some(2)), -1);
    assert_eq!(count(b"aaaa", b"a", Some(10), Some(2)), 0);
    assert_eq!(startswith(b"aaaa", b"a", Some(10), Some(2)), false);
    assert_eq!(endswith(b"aaaa", b"a", Some(10), Some(2)), false);
    assert_eq!(find(b"aaaa", b"a", Some(10), Some(-10)), -1);
    assert_eq!(rfind(b"aaaa", b"a", Some(10), Some(-10)), -1);
    assert_eq!(count(b"aaaa", b"a", Some(10), Some(-10)), 0);
    assert_eq!(startswith(b"aaaa", b"a", Some(10), Some(-10)), false);
    assert_eq!(endswith(b"aaaa", b"a", Some(10), Some(-10)), false);
    assert_eq!(find(b"aaaa", b"bc", None, None), -1);
    assert_eq!(rfind(b"aaaa", b"bc", None, None), -1);
    assert_eq!(count(b"aaaa", b"bc", None, None), 0);
    assert_eq!(startswith(b"aaaa", b"bc", None, None), false);
    assert_eq!(endswith(b"aaaa", b"bc", None, None), false);
    assert_eq!(find(b"aaaa", b"bc", None, Some(-10)), -1);
    assert_eq!(rfind(b"aaaa", b"bc", None, Some(-10)), -1);
    assert_eq!(count(b"aaaa", b"bc", None, Some(-10)), 0);
    assert_eq!(startswith(b"aaaa", b"bc", None, Some(-10)), false);
    assert_eq!(endswith(b"aaaa", b"bc", None, Some(-10)), false);
    assert_eq!(find(b"aaaa", b"bc", None, Some(10)), -1);
    assert_eq!(rfind(b"aaaa", b"bc", None, Some(10)), -1);
    assert_eq!(count(b"aaaa", b"bc", None, Some(10)), 0);
    assert_eq!(startswith(b"aaaa", b"bc", None, Some(10)), false);
    assert_eq!(endswith(b"aaaa", b"bc", None, Some(10)), false);
    assert_eq!(find(b"aaaa", b"bc", Some(-10), Some(-1)), -1);
    assert_eq!(rfind(b"aaaa", b"bc", Some(-10), Some(-1)), -1);
    assert_eq!(count(b"aaaa", b"bc", Some(-10), Some(-1)), 0);
    assert_eq!(startswith(b"aaaa", b"bc", Some(-10), Some(-1)), false);
    assert_eq!(endswith(b"aaaa", b"bc", Some(-10), Some(-1)), false);
    assert_eq!(find(b"aaaa", b"bc", Some(-10), None), -1);
    assert_eq!(rfind(b"aaaa", b"bc", Some(-10), None), -1);
    assert_eq!(count(b"aaaa", b"bc", Some(-10), None), 0);
    assert_eq!(startswith(b"aaaa", b"bc", Some(-10), None), false);
    assert_eq!(endswith(b"aaaa", b"bc", Some(-10), None), false);
    assert_eq!(find(b"aaaa", b"bc", Some(-10), Some(4)), -1);
    assert_eq!(rfind(b"aaaa", b"bc", Some(-10), Some(4)), -1);
    assert_eq!(count(b"aaaa", b"bc", Some(-10), Some(4)), 0);
    assert_eq!(startswith(b"aaaa", b"bc", Some(-10), Some(4)), false);
    assert_eq!(endswith(b"aaaa", b"bc", Some(-10), Some(4)), false);
    assert_eq!(find(b"aaaa", b"bc", Some(-2), Some(-10)), -1);
    assert_eq!(rfind(b"aaaa", b"bc", Some(-2), Some(-10)), -1);
    assert_eq!(count(b"aaaa", b"bc", Some(-2), Some(-10)), 0);
    assert_eq!(startswith(b"aaaa", b"bc", Some(-2), Some(-10)), false);
    assert_eq!(endswith(b"aaaa", b"bc", Some(-2), Some(-10)), false);
    assert_eq!(find(b"aaaa", b"bc", Some(-2), Some(-1)), -1);
    assert_eq!(rfind(b"aaaa", b"bc", Some(-2), Some(-1)), -1);
    assert_eq!(count(b"aaaa", b"bc", Some(-2), Some(-1)), 0);
    assert_eq!(startswith(b"aaaa", b"bc", Some(-2), Some(-1)), false);
    assert_eq!(endswith(b"aaaa", b"bc", Some(-2), Some(-1)), false);
    assert_eq!(find(b"aaaa", b"bc", Some(-2), Some(10)), -1);
    assert_eq!(rfind(b"aaaa", b"bc", Some(-2), Some(10)), -1);
    assert_eq!(count(b"aaaa", b"bc", Some(-2), Some(10)), 0);
    assert_eq!(startswith(b"aaaa", b"bc", Some(-2), Some(10)), false);
    assert_eq!(endswith(b"aaaa", b"bc", Some(-2), Some(10)), false);
    assert_eq!(find(b"aaaa", b"bc", Some(0), Some(4)), -1);
    assert_eq!(rfind(b"aaaa", b"bc", Some(0), Some(4)), -1);
    assert_eq!(count(b"aaaa", b"bc", Some(0), Some(4)), 0);
    assert_eq!(startswith(b"aaaa", b"bc", Some(0), Some(4)), false);
    assert_eq!(endswith(b"aaaa", b"bc", Some(0), Some(4)), false);
    assert_eq!(find(b"aaaa", b"bc", Some(0), None), -1);
    assert_eq!(rfind(b"aaaa", b"bc", Some(0), None), -1);
    assert_eq!(count(b"aaaa", b"bc", Some(0), None), 0);
    assert_eq!(startswith(b"aaaa", b"bc", Some(0), None), false);
    assert_eq!(endswith(b"aaaa", b"bc", Some(0), None), false);
    assert_eq!(find(b"aaaa", b"bc", Some(0), Some(2)), -1);
    assert_eq!(rfind(b"aaaa", b"bc", Some(0), Some(2)), -1);
    assert_eq!(count(b"aaaa", b"bc", Some(0), Some(2)), 0);
    assert_eq!(startswith(b"aaaa", b"bc", Some(0), Some(2)), false);
    assert_eq!(endswith(b"aaaa", b"bc", Some(0), Some(2)), false);
    assert_eq!(find(b"aaaa", b"bc", Some(1), Some(10)), -1);
    assert_eq!(rfind(b"aaaa", b"bc", Some(1), Some(10)), -1);
    assert_eq!(count(b"aaaa", b"bc", Some(1), Some(10)), 0);
    assert_eq!(startswith(b"aaaa", b"bc", Some(1), Some(10)), false);
    assert_eq!(endswith(b"aaaa", b"bc", Some(1), Some(10)), false);
    assert_eq!(find(b"aaaa", b"bc", Some(1), Some(0)), -1);
    assert_eq!(rfind(b"aaaa", b"bc", Some(1), Some(0)), -1);
    assert_eq!(count(b"aaaa", b"bc", Some(1), Some(0)), 0);
    assert_eq!(startswith(b"aaaa", b"bc", Some(1), Some(0)), false);
    assert_eq!(endswith(b"aaaa", b"bc", Some(1), Some(0)), false);
    assert_eq!(find(b"aaaa", b"bc", Some(1), Some(4)), -1);
    assert_eq!(rfind(b"aaaa", b"bc", Some(1), Some(4)), -1);
    assert_eq!(count(b"aaaa", b"bc", Some(1), Some(4)), 0);
    assert_eq!(startswith(b"aaaa", b"bc", Some(1), Some(4)), false);
    assert_eq!(endswith(b"aaaa", b"bc", Some(1), Some(4)), false);
    assert_eq!(find(b"aaaa", b"bc", Some(5), Some(0)), -1);
    assert_eq!(rfind(b"aaaa", b"bc", Some(5), Some(0)), -1);
    assert_eq!(count(b"aaaa", b"bc", Some(5), Some(0)), 0);
    assert_eq!(startswith(b"aaaa", b"bc", Some(5), Some(0)), false);
    assert_eq!(endswith(b"aaaa", b"bc", Some(5), Some(0)), false);
    assert_eq!(find(b"aaaa", b"bc", Some(5), Some(2)), -1);
    assert_eq!(rfind(b"aaaa", b"bc", Some(5), Some(2)), -1);
    assert_eq!(count(b"aaaa", b"bc", Some(5), Some(2)), 0);
    assert_eq!(startswith(b"aaaa", b"bc", Some(5), Some(2)), false);
    assert_eq!(endswith(b"aaaa", b"bc", Some(5), Some(2)), false);
    assert_eq!(find(b"aaaa", b"bc", Some(5), Some(4)), -1);
    assert_eq!(rfind(b"aaaa", b"bc", Some(5), Some(4)), -1);
    assert_eq!(count(b"aaaa", b"bc", Some(5), Some(4)), 0);
    assert_eq!(startswith(b"aaaa", b"bc", Some(5), Some(4)), false);
    assert_eq!(endswith(b"aaaa", b"bc", Some(5), Some(4)), false);
    assert_eq!(find(b"aaaa", b"bc", Some(10), Some(10)), -1);
    assert_eq!(rfind(b"aaaa", b"bc", Some(10), Some(10)), -1);
    assert_eq!(count(b"aaaa", b"bc", Some(10), Some(10)), 0);
    assert_eq!(startswith(b"aaaa", b"bc", Some(10), Some(10)), false);
    assert_eq!(endswith(b"aaaa", b"bc", Some(10), Some(10)), false);
    assert_eq!(find(b"aaaa", b"bc", Some(10), Some(-10)), -1);
    assert_eq!(rfind(b"aaaa", b"bc", Some(10), Some(-10)), -1);
    assert_eq!(count(b"aaaa", b"bc", Some(10), Some(-10)), 0);
    assert_eq!(startswith(b"aaaa", b"bc", Some(10), Some(-10)), false);
    assert_eq!(endswith(b"aaaa", b"bc", Some(10), Some(-10)), false);
    assert_eq!(find(b"aaaa", b"bc", Some(10), Some(2)), -1);
    assert_eq!(rfind(b"aaaa", b"bc", Some(10), Some(2)), -1);
    assert_eq!(count(b"aaaa", b"bc", Some(10), Some(2)), 0);
    assert_eq!(startswith(b"aaaa", b"bc", Some(10), Some(2)), false);
    assert_eq!(endswith(b"aaaa", b"bc", Some(10), Some(2)), false);
    assert_eq!(find(b"aaaa", b"\xff", None, Some(4)), -1);
    assert_eq!(rfind(b"aaaa", b"\xff", None, Some(4)), -1);
    assert_eq!(count(b"aaaa", b"\xff", None, Some(4)), 0);
    assert_eq!(startswith(b"aaaa", b"\xff", None, Some(4)), false);
    assert_eq!(endswith(b"aaaa", b"\xff", None, Some(4)), false);
    assert_eq!(find(b"aaaa", b"\xff", None, Some(-1)), -1);
    assert_eq!(rfind(b"aaaa", b"\xff", None, Some(-1)), -1);
    assert_eq!(count(b"aaaa", b"\xff", None, Some(-1)), 0);
    assert_eq!(startswith(b"aaaa", b"\xff", None, Some(-1)), false);
    assert_eq!(endswith(b"aaaa", b"\xff", None, Some(-1)), false);
    assert_eq!(find(b"aaaa", b"\xff", None, Some(10)), -1);
    assert_eq!(rfind(b"aaaa", b"\xff", None, Some(10)), -1);
    assert_eq!(count(b"aaaa", b"\xff", None, Some(10)), 0);
    assert_eq!(startswith(b"aaaa", b"\xff", None, Some(10)), false);
    assert_eq!(endswith(b"aaaa", b"\xff", None, Some(10)), false);
    assert_eq!(find(b"aaaa", b"\xff", Some(-10), Some(-1)), -1);
    assert_eq!(rfind(b"aaaa", b"\xff", Some(-10), Some(-1)), -1);
    assert_eq!(count(b"aaaa", b"\xff", Some(-10), Some(-1)), 0);
    assert_eq!(startswith(b"aaaa", b"\xff", Some(-10), Some(-1)), false);
    assert_eq!(endswith(b"aaaa", b"\xff", Some(-10), Some(-1)), false);
    assert_eq!(find(b"aaaa", b"\xff", Some(-10), Some(-10)), -1);
    assert_eq!(rfind(b"aaaa", b"\xff", Some(-10), Some(-10)), -1);
    assert_eq!(count(b"aaaa", b"\xff", Some(-10), Some(-10)), 0);
    assert_eq!(startswith(b"aaaa", b"\xff", Some(-10), Some(-10)), false);
    assert_eq!(endswith(b"aaaa", b"\xff", Some(-10), Some(-10)), false);
    assert_eq!(find(b"aaaa", b"\xff", Some(-10), Some(10)), -1);
    assert_eq!(rfind(b"aaaa", b"\xff", Some(-10), Some(10)), -1);
    assert_eq!(count(b"aaaa", b"\xff", Some(-10), Some(10)), 0);
    assert_eq!(startswith(b"aaaa", b"\xff", Some(-10), Some(10)), false);
    assert_eq!(endswith(b"aaaa", b"\xff", Some(-10), Some(10)), false);
    assert_eq!(find(b"aaaa", b"\xff", Some(-2), Some(0)), -1);
    assert_eq!(rfind(b"aaaa", b"\xff", Some(-2), Some(0)), -1);
    assert_eq!(count(b"aaaa", b"\xff", Some(-2), Some(0)), 0);
    assert_eq!(startswith(b"aaaa", b"\xff", Some(-2), Some(0)), false);
    assert_eq!(endswith(b"aaaa", b"\xff", Some(-2), Some(0)), false);
    assert_eq!(find(b"aaaa", b"\xff", Some(-2), Some(2)), -1);
    assert_eq!(rfind(b"aaaa", b"\xff", Some(-2), Some(2)), -1);
    assert_eq!(count(b"aaaa", b"\xff", Some(-2), Some(2)), 0);
    assert_eq!(startswith(b"aaaa", b"\xff", Some(-2), Some(2)), false);
    assert_eq!(endswith(b"aaaa", b"\xff", Some(-2), Some(2)), false);
    assert_eq!(find(b"aaaa", b"\xff", Some(-2), Some(-10)), -1);
    assert_eq!(rfind(b"aaaa", b"\xff", Some(-2), Some(-10)), -1);
    assert_eq!(count(b"aaaa", b"\xff", Some(-2), Some(-10)), 0);
    assert_eq!(startswith(b"aaaa", b"\xff", Some(-2), Some(-10)), false);
    assert_eq!(endswith(b"aaaa", b"\xff", Some(-2), Some(-10)), false);
    assert_eq!(find(b"aaaa", b"\xff", Some(0), Some(10)), -1);
    assert_eq!(rfind(b"aaaa", b"\xff", Some(0), Some(10)), -1);
    assert_eq!(count(b"aaaa", b"\xff", Some(0), Some(10)), 0);
    assert_eq!(startswith(b"aaaa", b"\xff", Some(0), Some(10)), false);
    assert_eq!(endswith(b"aaaa", b"\xff", Some(0), Some(10)), false);
    assert_eq!(find(b"aaaa", b"\xff", Some(0), Some(2)), -1);
    assert_eq!(rfind(b"aaaa", b"\xff", Some(0), Some(2)), -1);
    assert_eq!(count(b"aaaa", b"\xff", Some(0), Some(2)), 0);
    assert_eq!(startswith(b"aaaa", b"\xff", Some(0), Some(2)), false);
    assert_eq!(endswith(b"aaaa", b"\xff", Some(0), Some(2)), false);
    assert_eq!(find(b"aaaa", b"\xff", Some(0), Some(-10)), -1);
    assert_eq!(rfind(b"aaaa", b"\xff", Some(0), Some(-10)), -1);
    assert_eq!(count(b"aaaa", b"\xff", Some(0), Some(-10)), 0);
    assert_eq!(startswith(b"aaaa", b"\xff", Some(0), Some(-10)), false);
    assert_eq!(endswith(b"aaaa", b"\xff", Some(0), Some(-10)), false);
    assert_eq!(find(b"aaaa", b"\xff", Some(1), Some(2)), -1);
    assert_eq!(rfind(b"aaaa", b"\xff", Some(1), Some(2)), -1);
    assert_eq!(count(b"aaaa", b"\xff", Some(1), Some(2)), 0);
    assert_eq!(startswith(b"aaaa", b"\xff", Some(1), Some(2)), false);
    assert_eq!(endswith(b"aaaa", b"\xff", Some(1), Some(2)), false);
    assert_eq!(find(b"aaaa", b"\xff", Some(1), Some(-10)), -1);
    assert_eq!(rfind(b"aaaa", b"\xff", Some(1), Some(-10)), -1);
    assert_eq!(count(b"aaaa", b"\xff", Some(1), Some(-10)), 0);
    assert_eq!(startswith(b"aaaa", b"\xff", Some(1), Some(-10)), false);
    assert_eq!(endswith(b"aaaa", b"\xff", Some(1), Some(-10)), false);
    assert_eq!(find(b"aaaa", b"\xff", Some(1), None), -1);
    assert_eq!(rfind(b"aaaa", b"\xff", Some(1), None), -1);
    assert_eq!(count(b"aaaa", b"\xff", Some(1), None), 0);
    assert_eq!(startswith(b"aaaa", b"\xff", Some(1), None), false);
    assert_eq!(endswith(b"aaaa", b"\xff", Some(1), None), false);
    assert_eq!(find(b"aaaa", b"\xff", Some(5), Some(-1)), -1);
    assert_eq!(rfind(b"aaaa", b"\xff", Some(5), Some(-1)), -1);
    assert_eq!(count(b"aaaa", b"\xff", Some(5), Some(-1)), 0);
    assert_eq!(startswith(b"aaaa", b"\xff", Some(5), Some(-1)), false);
    assert_eq!(endswith(b"aaaa", b"\xff", Some(5), Some(-1)), false);
    assert_eq!(find(b"aaaa", b"\xff", Some(5), Some(4)), -1);
    assert_eq!(rfind(b"aaaa", b"\xff", Some(5), Some(4)), -1);
    assert_eq!(count(b"aaaa", b"\xff", Some(5), Some(4)), 0);
    assert_eq!(startswith(b"aaaa", b"\xff", Some(5), Some(4)), false);
    assert_eq!(endswith(b"aaaa", b"\xff", Some(5), Some(4)), false);
    assert_eq!(find(b"aaaa", b"\xff", Some(5), None), -1);
    assert_eq!(rfind(b"aaaa", b"\xff", Some(5), None), -1);
    assert_eq!(count(b"aaaa", b"\xff", Some(5), None), 0);
    assert_eq!(startswith(b"aaaa", b"\xff", Some(5), None), false);
    assert_eq!(endswith(b"aaaa", b"\xff", Some(5), None), false);
    assert_eq!(find(b"aaaa", b"\xff", Some(10), Some(-1)), -1);
    assert_eq!(rfind(b"aaaa", b"\xff", Some(10), Some(-1)), -1);
    assert_eq!(count(b"aaaa", b"\xff", Some(10), Some(-1)), 0);
    assert_eq!(startswith(b"aaaa", b"\xff", Some(10), Some(-1)), false);
    assert_eq!(endswith(b"aaaa", b"\xff", Some(10), Some(-1)), false);
    assert_eq!(find(b"aaaa", b"\xff", Some(10), Some(0)), -1);
    assert_eq!(rfind(b"aaaa", b"\xff", Some(10), Some(0)), -1);
    assert_eq!(count(b"aaaa", b"\xff", Some(10), Some(0)), 0);
    assert_eq!(startswith(b"aaaa", b"\xff", Some(10), Some(0)), false);
    assert_eq!(endswith(b"aaaa", b"\xff", Some(10), Some(0)), false);
    assert_eq!(find(b"aaaa", b"\xff", Some(10), Some(2)), -1);
    assert_eq!(rfind(b"aaaa", b"\xff", Some(10), Some(2)), -1);
    assert_eq!(count(b"aaaa", b"\xff", Some(10), Some(2)), 0);
    assert_eq!(startswith(b"aaaa", b"\xff", Some(10), Some(2)), false);
    assert_eq!(endswith(b"aaaa", b"\xff", Some(10), Some(2)), false);
    assert_eq!(find(b"aaaa", b"aa", None, Some(10)), 0);
    assert_eq!(rfind(b"aaaa", b"aa", None, Some(10)), 2);
    assert_eq!(count(b"aaaa", b"aa", None, Some(10)), 2);
    assert_eq!(startswith(b"aaaa", b"aa", None, Some(10)), true);
    assert_eq!(endswith(b"aaaa", b"aa", None, Some(10)), true);
    assert_eq!(find(b"aaaa", b"aa", None, Some(4)), 0);
    assert_eq!(rfind(b"aaaa", b"aa", None, Some(4)), 2);
    assert_eq!(count(b"aaaa", b"aa", None, Some(4)), 2);
    assert_eq!(startswith(b"aaaa", b"aa", None, Some(4)), true);
    assert_eq!(endswith(b"aaaa", b"aa", None, Some(4)), true);
    assert_eq!(find(b"aaaa", b"aa", None, Some(0)), -1);
    assert_eq!(rfind(b"aaaa", b"aa", None, Some(0)), -1);
    assert_eq!(count(b"aaaa", b"aa", None, Some(0)), 0);
    assert_eq!(startswith(b"aaaa", b"aa", None, Some(0)), false);
    assert_eq!(endswith(b"aaaa", b"aa", None, Some(0)), false);
    assert_eq!(find(b"aaaa", b"aa", Some(-10), Some(10)), 0);
    assert_eq!(rfind(b"aaaa", b"aa", Some(-10), Some(10)), 2);
    assert_eq!(count(b"aaaa", b"aa", Some(-10), Some(10)), 2);
    assert_eq!(startswith(b"aaaa", b"aa", Some(-10), Some(10)), true);
    assert_eq!(endswith(b"aaaa", b"aa", Some(-10), Some(10)), true);
    assert_eq!(find(b"aaaa", b"aa", Some(-10), None), 0);
    assert_eq!(rfind(b"aaaa", b"aa", Some(-10), None), 2);
    assert_eq!(count(b"aaaa", b"aa", Some(-10), None), 2);
    assert_eq!(startswith(b"aaaa", b"aa", Some(-10), None), true);
    assert_eq!(endswith(b"aaaa", b"aa", Some(-10), None), true);
    assert_eq!(find(b"aaaa", b"aa", Some(-10), Some(-1)), 0);
    assert_eq!(rfind(b"aaaa", b"aa", Some(-10), Some(-1)), 1);
    assert_eq!(count(b"aaaa", b"aa", Some(-10), Some(-1)), 1);
    assert_eq!(startswith(b"aaaa", b"aa", Some(-10), Some(-1)), true);
    assert_eq!(endswith(b"aaaa", b"aa", Some(-10), Some(-1)), true);
    assert_eq!(find(b"aaaa", b"aa", Some(-2), Some(-1)), -1);
    assert_eq!(rfind(b"aaaa", b"aa", Some(-2), Some(-1)), -1);
    assert_eq!(count(b"aaaa", b"aa", Some(-2), Some(-1)), 0);
    assert_eq!(startswith(b"aaaa", b"aa", Some(-2), Some(-1)), false);
    assert_eq!(endswith(b"aaaa", b"aa", Some(-2), Some(-1)), false);
    assert_eq!(find(b"aaaa", b"aa", Some(-2), Some(-10)), -1);
    assert_eq!(rfind(b"aaaa", b"aa", Some(-2), Some(-10)), -1);
    assert_eq!(count(b"aaaa", b"aa", Some(-2), Some(-10)), 0);
    assert_eq!(startswith(b"aaaa", b"aa", Some(-2), Some(-10)), false);
    assert_eq!(endswith(b"aaaa", b"aa", Some(-2), Some(-10)), false);
    assert_eq!(find(b"aaaa", b"aa", Some(-2), Some(2)), -1);
    assert_eq!(rfind(b"aaaa", b"aa", Some(-2), Some(2)), -1);
    assert_eq!(count(b"aaaa", b"aa", Some(-2), Some(2)), 0);
    assert_eq!(startswith(b"aaaa", b"aa", Some(-2), Some(2)), false);
    assert_eq!(endswith(b"aaaa", b"aa", Some(-2), Some(2)), false);
    assert_eq!(find(b"aaaa", b"aa", Some(0), Some(0)), -1);
    assert_eq!(rfind(b"aaaa", b"aa", Some(0), Some(0)), -1);
    assert_eq!(count(b"aaaa", b"aa", Some(0), Some(0)), 0);
    assert_eq!(startswith(b"aaaa", b"aa", Some(0), Some(0)), false);
    assert_eq!(endswith(b"aaaa", b"aa", Some(0), Some(0)), false);
    assert_eq!(find(b"aaaa", b"aa", Some(0), Some(10)), 0);
    assert_eq!(rfind(b"aaaa", b"aa", Some(0), Some(10)), 2);
    assert_eq!(count(b"aaaa", b"aa", Some(0), Some(10)), 2);
    assert_eq!(startswith(b"aaaa", b"aa", Some(0), Some(10)), true);
    assert_eq!(endswith(b"aaaa", b"aa", Some(0), Some(10)), true);
    assert_eq!(find(b"aaaa", b"aa", Some(0), Some(-10)), -1);
    assert_eq!(rfind(b"aaaa", b"aa", Some(0), Some(-10)), -1);
    assert_eq!(count(b"aaaa", b"aa", Some(0), Some(-10)), 0);
    assert_eq!(startswith(b"aaaa", b"aa", Some(0), Some(-10)), false);
    assert_eq!(endswith(b"aaaa", b"aa", Some(0), Some(-10)), false);
    assert_eq!(find(b"aaaa", b"aa", Some(1), Some(-10)), -1);
    assert_eq!(rfind(b"aaaa", b"aa", Some(1), Some(-10)), -1);
    assert_eq!(count(b"aaaa", b"aa", Some(1), Some(-10)), 0);
    assert_eq!(startswith(b"aaaa", b"aa", Some(1), Some(-10)), false);
    assert_eq!(endswith(b"aaaa", b"aa", Some(1), Some(-10)), false);
    assert_eq!(find(b"aaaa", b"aa", Some(1), Some(-1)), 1);
    assert_eq!(rfind(b"aaaa", b"aa", Some(1), Some(-1)), 1);
    assert_eq!(count(b"aaaa", b"aa", Some(1), Some(-1)), 1);
    assert_eq!(startswith(b"aaaa", b"aa", Some(1), Some(-1)), true);
    assert_eq!(endswith(b"aaaa", b"aa", Some(1), Some(-1)), true);
    assert_eq!(find(b"aaaa", b"aa", Some(1), Some(10)), 1);
    assert_eq!(rfind(b"aaaa", b"aa", Some(1), Some(10)), 2);
    assert_eq!(count(b"aaaa", b"aa", Some(1), Some(10)), 1);
    assert_eq!(startswith(b"aaaa", b"aa", Some(1), Some(10)), true);
    assert_eq!(endswith(b"aaaa", b"aa", Some(1), Some(10)), true);
    assert_eq!(find(b"aaaa", b"aa", Some(5), Some(4)), -1);
    assert_eq!(rfind(b"aaaa", b"aa", Some(5), Some(4)), -1);
    assert_eq!(count(b"aaaa", b"aa", Some(5), Some(4)), 0);
    assert_eq!(startswith(b"aaaa", b"aa", Some(5), Some(4)), false);
    assert_eq!(endswith(b"aaaa", b"aa", Some(5), Some(4)), false);
    assert_eq!(find(b"aaaa", b"aa", Some(5), Some(10)), -1);
    assert_eq!(rfind(b"aaaa", b"aa", Some(5), Some(10)), -1);
    assert_eq!(count(b"aaaa", b"aa", Some(5), Some(10)), 0);
    assert_eq!(startswith(b"aaaa", b"aa", Some(5), Some(10)), false);
    assert_eq!(endswith(b"aaaa", b"aa", Some(5), Some(10)), false);
    assert_eq!(find(b"aaaa", b"aa", Some(5), Some(-1)), -1);
    assert_eq!(rfind(b"aaaa", b"aa", Some(5), Some(-1)), -1);
    assert_eq!(count(b"aaaa", b"aa", Some(5), Some(-1)), 0);
    assert_eq!(startswith(b"aaaa", b"aa", Some(5), Some(-1)), false);
    assert_eq!(endswith(b"aaaa", b"aa", Some(5), Some(-1)), false);
    assert_eq!(find(b"aaaa", b"aa", Some(10), Some(4)), -1);
    assert_eq!(rfind(b"aaaa", b"aa", Some(10), Some(4)), -1);
    assert_eq!(count(b"aaaa", b"aa", Some(10), Some(4)), 0);
    assert_eq!(startswith(b"aaaa", b"aa", Some(10), Some(4)), false);
    assert_eq!(endswith(b"aaaa", b"aa", Some(10), Some(4)), false);
    assert_eq!(find(b"aaaa", b"aa", Some(10), Some(2)), -1);
    assert_eq!(rfind(b"aaaa", b"aa", Some(10), Some(2)), -1);
    assert_eq!(count(b"aaaa", b"aa", Some(10), Some(2)), 0);
    assert_eq!(startswith(b"aaaa", b"aa", Some(10), Some(2)), false);
    assert_eq!(endswith(b"aaaa", b"aa", Some(10), Some(2)), false);
    assert_eq!(find(b"aaaa", b"aa", Some(10), None), -1);
    assert_eq!(rfind(b"aaaa", b"aa", Some(10), None), -1);
    assert_eq!(count(b"aaaa", b"aa", Some(10), None), 0);
    assert_eq!(startswith(b"aaaa", b"aa", Some(10), None), false);
    assert_eq!(endswith(b"aaaa", b"aa", Some(10), None), false);
    assert_eq!(
        index(b"a", b"z", None, None),
        Err(TextError::Value("subsection not found".into()))
    );
    assert_eq!(replace(b"aXbXc", b"X", b"YY", 1).unwrap(), b"aYYbXc");
    assert_eq!(replace(b"abc", b"", b"-", -1).unwrap(), b"-a-b-c-");
    assert_eq!(replace(b"abc", b"", b"-", 2).unwrap(), b"-a-bc");
    assert_eq!(replace(b"aaa", b"a", b"", -1).unwrap(), b"");
    assert_eq!(replace(b"", b"", b"x", -1).unwrap(), b"x");
    assert_eq!(replace(b"abab", b"ab", b"c", -1).unwrap(), b"cc");
    assert_eq!(
        split(b" a  b  c ", None, -1).unwrap(),
        vec![b"a".to_vec(), b"b".to_vec(), b"c".to_vec()]
    );
    assert_eq!(
        rsplit(b" a  b  c ", None, -1).unwrap(),
        vec![b"a".to_vec(), b"b".to_vec(), b"c".to_vec()]
    );
    assert_eq!(
        split(b" a  b  c ", None, 0).unwrap(),
        vec![b"a  b  c ".to_vec()]
    );
    assert_eq!(
        rsplit(b" a  b  c ", None, 0).unwrap(),
        vec![b" a  b  c".to_vec()]
    );
    assert_eq!(
        split(b" a  b  c ", None, 1).unwrap(),
        vec![b"a".to_vec(), b"b  c ".to_vec()]
    );
    assert_eq!(
        rsplit(b" a  b  c ", None, 1).unwrap(),
        vec![b" a  b".to_vec(), b"c".to_vec()]
    );
    assert_eq!(
        split(b" a  b  c ", None, 2).unwrap(),
        vec![b"a".to_vec(), b"b".to_vec(), b"c ".to_vec()]
    );
    assert_eq!(
        rsplit(b" a  b  c ", None, 2).unwrap(),
        vec![b" a".to_vec(), b"b".to_vec(), b"c".to_vec()]
    );
    assert_eq!(
        split(b" a  b  c ", Some(b","), -1).unwrap(),
        vec![b" a  b  c ".to_vec()]
    );
    assert_eq!(
        rsplit(b" a  b  c ", Some(b","), -1).unwrap(),
        vec![b" a  b  c ".to_vec()]
    );
    assert_eq!(
        split(b" a  b  c ", Some(b","), 0).unwrap(),
        vec![b" a  b  c ".to_vec()]
    );
    assert_eq!(
        rsplit(b" a  b  c ", Some(b","), 0).unwrap(),
        vec![b" a  b  c ".to_vec()]
    );
    assert_eq!(
        split(b" a  b  c ", Some(b","), 1).unwrap(),
        vec![b" a  b  c ".to_vec()]
    );
    assert_eq!(
        rsplit(b" a  b  c ", Some(b","), 1).unwrap(),
        vec![b" a  b  c ".to_vec()]
    );
    assert_eq!(
        split(b" a  b  c ", Some(b","), 2).unwrap(),
        vec![b" a  b  c ".to_vec()]
    );
    assert_eq!(
        rsplit(b" a  b  c ", Some(b","), 2).unwrap(),
        vec![b" a  b  c ".to_vec()]
    );
    assert_eq!(
        split(b" a  b  c ", Some(b" "), -1).unwrap(),
        vec![
            b"".to_vec(),
            b"a".to_vec(),
            b"".to_vec(),
            b"b".to_vec(),
            b"".to_vec(),
            b"c".to_vec(),
            b"".to_vec()
        ]
    );
    assert_eq!(
        rsplit(b" a  b  c ", Some(b" "), -1).unwrap(),
        vec![
            b"".to_vec(),
            b"a".to_vec(),
            b"".to_vec(),
            b"b".to_vec(),
            b"".to_vec(),
            b"c".to_vec(),
            b"".to_vec()
        ]
    );
    assert_eq!(
        split(b" a  b  c ", Some(b" "), 0).unwrap(),
        vec![b" a  b  c ".to_vec()]
    );
    assert_eq!(
        rsplit(b" a  b  c ", Some(b" "), 0).unwrap(),
        vec![b" a  b  c ".to_vec()]
    );
    assert_eq!(
        split(b" a  b  c ", Some(b" "), 1).unwrap(),
        vec![b"".to_vec(), b"a  b  c ".to_vec()]
    );
    assert_eq!(
        rsplit(b" a  b  c ", Some(b" "), 1).unwrap(),
        vec![b" a  b  c".to_vec(), b"".to_vec()]
    );
    assert_eq!(
        split(b" a  b  c ", Some(b" "), 2).unwrap(),
        vec![b"".to_vec(), b"a".to_vec(), b" b  c ".to_vec()]
    );
    assert_eq!(
        rsplit(b" a  b  c ", Some(b" "), 2).unwrap(),
        vec![b" a  b ".to_vec(), b"c".to_vec(), b"".to_vec()]
    );
    assert_eq!(
        split(b" a  b  c ", Some(b",,"), -1).unwrap(),
        vec![b" a  b  c ".to_vec()]
    );
    assert_eq!(
        rsplit(b" a  b  c ", Some(b",,"), -1).unwrap(),
        vec![b" a  b  c ".to_vec()]
    );
    assert_eq!(
        split(b" a  b  c ", Some(b",,"), 0).unwrap(),
        vec![b" a  b  c ".to_vec()]
    );
    assert_eq!(
        rsplit(b" a  b  c ", Some(b",,"), 0).unwrap(),
        vec![b" a  b  c ".to_vec()]
    );
    assert_eq!(
        split(b" a  b  c ", Some(b",,"), 1).unwrap(),
        vec![b" a  b  c ".to_vec()]
    );
    assert_eq!(
        rsplit(b" a  b  c ", Some(b",,"), 1).unwrap(),
        vec![b" a  b  c ".to_vec()]
    );
    assert_eq!(
        split(b" a  b  c ", Some(b",,"), 2).unwrap(),
        vec![b" a  b  c ".to_vec()]
    );
    assert_eq!(
        rsplit(b" a  b  c ", Some(b",,"), 2).unwrap(),
        vec![b" a  b  c ".to_vec()]
    );
    assert_eq!(
        split(b"a,b,,c", None, -1).unwrap(),
        vec![b"a,b,,c".to_vec()]
    );
    assert_eq!(
        rsplit(b"a,b,,c", None, -1).unwrap(),
        vec![b"a,b,,c".to_vec()]
    );
    assert_eq!(split(b"a,b,,c", None, 0).unwrap(), vec![b"a,b,,c".to_vec()]);
    assert_eq!(
        rsplit(b"a,b,,c", None, 0).unwrap(),
        vec![b"a,b,,c".to_vec()]
    );
    assert_eq!(split(b"a,b,,c", None, 1).unwrap(), vec![b"a,b,,c".to_vec()]);
    assert_eq!(
        rsplit(b"a,b,,c", None, 1).unwrap(),
        vec![b"a,b,,c".to_vec()]
    );
    assert_eq!(split(b"a,b,,c", None, 2).unwrap(), vec![b"a,b,,c".to_vec()]);
    assert_eq!(
        rsplit(b"a,b,,c", None, 2).unwrap(),
        vec![b"a,b,,c".to_vec()]
    );
    assert_eq!(
        split(b"a,b,,c", Some(b","), -1).unwrap(),
        vec![b"a".to_vec(), b"b".to_vec(), b"".to_vec(), b"c".to_vec()]
    );
    assert_eq!(
        rsplit(b"a,b,,c", Some(b","), -1).unwrap(),
        vec![b"a".to_vec(), b"b".to_vec(), b"".to_vec(), b"c".to_vec()]
    );
    assert_eq!(
        split(b"a,b,,c", Some(b","), 0).unwrap(),
        vec![b"a,b,,c".to_vec()]
    );
    assert_eq!(
        rsplit(b"a,b,,c", Some(b","), 0).unwrap(),
        vec![b"a,b,,c".to_vec()]
    );
    assert_eq!(
        split(b"a,b,,c", Some(b","), 1).unwrap(),
        vec![b"a".to_vec(), b"b,,c".to_vec()]
    );
    assert_eq!(
        rsplit(b"a,b,,c", Some(b","), 1).unwrap(),
        vec![b"a,b,".to_vec(), b"c".to_vec()]
    );
    assert_eq!(
        split(b"a,b,,c", Some(b","), 2).unwrap(),
        vec![b"a".to_vec(), b"b".to_vec(), b",c".to_vec()]
    );
    assert_eq!(
        rsplit(b"a,b,,c", Some(b","), 2).unwrap(),
        vec![b"a,b".to_vec(), b"".to_vec(), b"c".to_vec()]
    );
    assert_eq!(
        split(b"a,b,,c", Some(b" "), -1).unwrap(),
        vec![b"a,b,,c".to_vec()]
    );
    assert_eq!(
        rsplit(b"a,b,,c", Some(b" "), -1).unwrap(),
        vec![b"a,b,,c".to_vec()]
    );
    assert_eq!(
        split(b"a,b,,c", Some(b" "), 0).unwrap(),
        vec![b"a,b,,c".to_vec()]
    );
    assert_eq!(
        rsplit(b"a,b,,c", Some(b" "), 0).unwrap(),
        vec![b"a,b,,c".to_vec()]
    );
    assert_eq!(
        split(b"a,b,,c", Some(b" "), 1).unwrap(),
        vec![b"a,b,,c".to_vec()]
    );
    assert_eq!(
        rsplit(b"a,b,,c", Some(b" "), 1).unwrap(),
        vec![b"a,b,,c".to_vec()]
    );
    assert_eq!(
        split(b"a,b,,c", Some(b" "), 2).unwrap(),
        vec![b"a,b,,c".to_vec()]
    );
    assert_eq!(
        rsplit(b"a,b,,c", Some(b" "), 2).unwrap(),
        vec![b"a,b,,c".to_vec()]
    );
    assert_eq!(
        split(b"a,b,,c", Some(b",,"), -1).unwrap(),
        vec![b"a,b".to_vec(), b"c".to_vec()]
    );
    assert_eq!(
        rsplit(b"a,b,,c", Some(b",,"), -1).unwrap(),
        vec![b"a,b".to_vec(), b"c".to_vec()]
    );
    assert_eq!(
        split(b"a,b,,c", Some(b",,"), 0).unwrap(),
        vec![b"a,b,,c".to_vec()]
    );
    assert_eq!(
        rsplit(b"a,b,,c", Some(b",,"), 0).unwrap(),
        vec![b"a,b,,c".to_vec()]
    );
    assert_eq!(
        split(b"a,b,,c", Some(b",,"), 1).unwrap(),
        vec![b"a,b".to_vec(), b"c".to_vec()]
    );
    assert_eq!(
        rsplit(b"a,b,,c", Some(b",,"), 1).unwrap(),
        vec![b"a,b".to_vec(), b"c".to_vec()]
    );
    assert_eq!(
        split(b"a,b,,c", Some(b",,"), 2).unwrap(),
        vec![b"a,b".to_vec(), b"c".to_vec()]
    );
    assert_eq!(
        rsplit(b"a,b,,c", Some(b",,"), 2).unwrap(),
        vec![b"a,b".to_vec(), b"c".to_vec()]
    );
    assert_eq!(split(b"", None, -1).unwrap(), Vec::<Vec<u8>>::new());
    assert_eq!(rsplit(b"", None, -1).unwrap(), Vec::<Vec<u8>>::new());
    assert_eq!(split(b"", None, 0).unwrap(), Vec::<Vec<u8>>::new());
    assert_eq!(rsplit(b"", None, 0).unwrap(), Vec::<Vec<u8>>::new());
    assert_eq!(split(b"", None, 1).unwrap(), Vec::<Vec<u8>>::new());
    assert_eq!(rsplit(b"", None, 1).unwrap(), Vec::<Vec<u8>>::new());
    assert_eq!(split(b"", None, 2).unwrap(), Vec::<Vec<u8>>::new());
    assert_eq!(rsplit(b"", None, 2).unwrap(), Vec::<Vec<u8>>::new());
    assert_eq!(split(b"", Some(b","), -1).unwrap(), vec![b"".to_vec()]);
    assert_eq!(rsplit(b"", Some(b","), -1).unwrap(), vec![b"".to_vec()]);
    assert_eq!(split(b"", Some(b","), 0).unwrap(), vec![b"".to_vec()]);
    assert_eq!(rsplit(b"", Some(b","), 0).unwrap(), vec![b"".to_vec()]);
    assert_eq!(split(b"", Some(b","), 1).unwrap(), vec![b"".to_vec()]);
    assert_eq!(rsplit(b"", Some(b","), 1).unwrap(), vec![b"".to_vec()]);
    assert_eq!(split(b"", Some(b","), 2).unwrap(), vec![b"".to_vec()]);
    assert_eq!(rsplit(b"", Some(b","), 2).unwrap(), vec![b"".to_vec()]);
    assert_eq!(split(b"", Some(b" "), -1).unwrap(), vec![b"".to_vec()]);
    assert_eq!(rsplit(b"", Some(b" "), -1).unwrap(), vec![b"".to_vec()]);
    assert_eq!(split(b"", Some(b" "), 0).unwrap(), vec![b"".to_vec()]);
    assert_eq!(rsplit(b"", Some(b" "), 0).unwrap(), vec![b"".to_vec()]);
    assert_eq!(split(b"", Some(b" "), 1).unwrap(), vec![b"".to_vec()]);
    assert_eq!(rsplit(b"", Some(b" "), 1).unwrap(), vec![b"".to_vec()]);
    assert_eq!(split(b"", Some(b" "), 2).unwrap(), vec![b"".to_vec()]);
    assert_eq!(rsplit(b"", Some(b" "), 2).unwrap(), vec![b"".to_vec()]);
    assert_eq!(split(b"", Some(b",,"), -1).unwrap(), vec![b"".to_vec()]);
    assert_eq!(rsplit(b"", Some(b",,"), -1).unwrap(), vec![b"".to_vec()]);
    assert_eq!(split(b"", Some(b",,"), 0).unwrap(), vec![b"".to_vec()]);
    assert_eq!(rsplit(b"", Some(b",,"), 0).unwrap(), vec![b"".to_vec()]);
    assert_eq!(split(b"", Some(b",,"), 1).unwrap(), vec![b"".to_vec()]);
    assert_eq!(rsplit(b"", Some(b",,"), 1).unwrap(), vec![b"".to_vec()]);
    assert_eq!(split(b"", Some(b",,"), 2).unwrap(), vec![b"".to_vec()]);
    assert_eq!(rsplit(b"", Some(b",,"), 2).unwrap(), vec![b"".to_vec()]);
    assert_eq!(split(b"  ", None, -1).unwrap(), Vec::<Vec<u8>>::new());
    assert_eq!(rsplit(b"  ", None, -1).unwrap(), Vec::<Vec<u8>>::new());
    assert_eq!(split(b"  ", None, 0).unwrap(), Vec::<Vec<u8>>::new());
    assert_eq!(rsplit(b"  ", None, 0).unwrap(), Vec::<Vec<u8>>::new());
    assert_eq!(split(b"  ", None, 1).unwrap(), Vec::<Vec<u8>>::new());
    assert_eq!(rsplit(b"  ", None, 1).unwrap(), Vec::<Vec<u8>>::new());
    assert_eq!(split(b"  ", None, 2).unwrap(), Vec::<Vec<u8>>::new());
    assert_eq!(rsplit(b"  ", None, 2).unwrap(), Vec::<Vec<u8>>::new());
    assert_eq!(split(b"  ", Some(b","), -1).unwrap(), vec![b"  ".to_vec()]);
    assert_eq!(rsplit(b"  ", Some(b","), -1).unwrap(), vec![b"  ".to_vec()]);
    assert_eq!(split(b"  ", Some(b","), 0).unwrap(), vec![b"  ".to_vec()]);
    assert_eq!(rsplit(b"  ", Some(b","), 0).unwrap(), vec![b"  ".to_vec()]);
    assert_eq!(split(b"  ", Some(b","), 1).unwrap(), vec![b"  ".to_vec()]);
    assert_eq!(rsplit(b"  ", Some(b","), 1).unwrap(), vec![b"  ".to_vec()]);
    assert_eq!(split(b"  ", Some(b","), 2).unwrap(), vec![b"  ".to_vec()]);
    assert_eq!(rsplit(b"  ", Some(b","), 2).unwrap(), vec![b"  ".to_vec()]);
    assert_eq!(
        split(b"  ", Some(b" "), -1).unwrap(),
        vec![b"".to_vec(), b"".to_vec(), b"".to_vec()]
    );
    assert_eq!(
        rsplit(b"  ", Some(b" "), -1).unwrap(),
        vec![b"".to_vec(), b"".to_vec(), b"".to_vec()]
    );
    assert_eq!(split(b"  ", Some(b" "), 0).unwrap(), vec![b"  ".to_vec()]);
    assert_eq!(rsplit(b"  ", Some(b" "), 0).unwrap(), vec![b"  ".to_vec()]);
    assert_eq!(
        split(b"  ", Some(b" "), 1).unwrap(),
        vec![b"".to_vec(), b" ".to_vec()]
    );
    assert_eq!(
        rsplit(b"  ", Some(b" "), 1).unwrap(),
        vec![b" ".to_vec(), b"".to_vec()]
    );
    assert_eq!(
        split(b"  ", Some(b" "), 2).unwrap(),
        vec![b"".to_vec(), b"".to_vec(), b"".to_vec()]
    );
    assert_eq!(
        rsplit(b"  ", Some(b" "), 2).unwrap(),
        vec![b"".to_vec(), b"".to_vec(), b"".to_vec()]
    );
    assert_eq!(split(b"  ", Some(b",,"), -1).unwrap(), vec![b"  ".to_vec()]);
    assert_eq!(
        rsplit(b"  ", Some(b",,"), -1).unwrap(),
        vec![b"  ".to_vec()]
    );
    assert_eq!(split(b"  ", Some(b",,"), 0).unwrap(), vec![b"  ".to_vec()]);
    assert_eq!(rsplit(b"  ", Some(b",,"), 0).unwrap(), vec![b"  ".to_vec()]);
    assert_eq!(split(b"  ", Some(b",,"), 1).unwrap(), vec![b"  ".to_vec()]);
    assert_eq!(rsplit(b"  ", Some(b",,"), 1).unwrap(), vec![b"  ".to_vec()]);
    assert_eq!(split(b"  ", Some(b",,"), 2).unwrap(), vec![b"  ".to_vec()]);
    assert_eq!(rsplit(b"  ", Some(b",,"), 2).unwrap(), vec![b"  ".to_vec()]);
    assert_eq!(
        split(b"a b", None, -1).unwrap(),
        vec![b"a".to_vec(), b"b".to_vec()]
    );
    assert_eq!(
        rsplit(b"a b", None, -1).unwrap(),
        vec![b"a".to_vec(), b"b".to_vec()]
    );
    assert_eq!(split(b"a b", None, 0).unwrap(), vec![b"a b".to_vec()]);
    assert_eq!(rsplit(b"a b", None, 0).unwrap(), vec![b"a b".to_vec()]);
    assert_eq!(
        split(b"a b", None, 1).unwrap(),
        vec![b"a".to_vec(), b"b".to_vec()]
    );
    assert_eq!(
        rsplit(b"a b", None, 1).unwrap(),
        vec![b"a".to_vec(), b"b".to_vec()]
    );
    assert_eq!(
        split(b"a b", None, 2).unwrap(),
        vec![b"a".to_vec(), b"b".to_vec()]
    );
    assert_eq!(
        rsplit(b"a b", None, 2).unwrap(),
        vec![b"a".to_vec(), b"b".to_vec()]
    );
    assert_eq!(
        split(b"a b", Some(b","), -1).unwrap(),
        vec![b"a b".to_vec()]
    );
    assert_eq!(
        rsplit(b"a b", Some(b","), -1).unwrap(),
        vec![b"a b".to_vec()]
    );
    assert_eq!(split(b"a b", Some(b","), 0).unwrap(), vec![b"a b".to_vec()]);
    assert_eq!(
        rsplit(b"a b", Some(b","), 0).unwrap(),
        vec![b"a b".to_vec()]
    );
    assert_eq!(split(b"a b", Some(b","), 1).unwrap(), vec![b"a b".to_vec()]);
    assert_eq!(
        rsplit(b"a b", Some(b","), 1).unwrap(),
        vec![b"a b".to_vec()]
    );
    assert_eq!(split(b"a b", Some(b","), 2).unwrap(), vec![b"a b".to_vec()]);
    assert_eq!(
        rsplit(b"a b", Some(b","), 2).unwrap(),
        vec![b"a b".to_vec()]
    );
    assert_eq!(
        split(b"a b", Some(b" "), -1).unwrap(),
        vec![b"a".to_vec(), b"b".to_vec()]
    );
    assert_eq!(
        rsplit(b"a b", Some(b" "), -1).unwrap(),
        vec![b"a".to_vec(), b"b".to_vec()]
    );
    assert_eq!(split(b"a b", Some(b" "), 0).unwrap(), vec![b"a b".to_vec()]);
    assert_eq!(
        rsplit(b"a b", Some(b" "), 0).unwrap(),
        vec![b"a b".to_vec()]
    );
    assert_eq!(
        split(b"a b", Some(b" "), 1).unwrap(),
        vec![b"a".to_vec(), b"b".to_vec()]
    );
    assert_eq!(
        rsplit(b"a b", Some(b" "), 1).unwrap(),
        vec![b"a".to_vec(), b"b".to_vec()]
    );
    assert_eq!(
        split(b"a b", Some(b" "), 2).unwrap(),
        vec![b"a".to_vec(), b"b".to_vec()]
    );
    assert_eq!(
        rsplit(b"a b", Some(b" "), 2).unwrap(),
        vec![b"a".to_vec(), b"b".to_vec()]
    );
    assert_eq!(
        split(b"a b", Some(b",,"), -1).unwrap(),
        vec![b"a b".to_vec()]
    );
    assert_eq!(
        rsplit(b"a b", Some(b",,"), -1).unwrap(),
        vec![b"a b".to_vec()]
    );
    assert_eq!(
        split(b"a b", Some(b",,"), 0).unwrap(),
        vec![b"a b".to_vec()]
    );
    assert_eq!(
        rsplit(b"a b", Some(b",,"), 0).unwrap(),
        vec![b"a b".to_vec()]
    );
    assert_eq!(
        split(b"a b", Some(b",,"), 1).unwrap(),
        vec![b"a b".to_vec()]
    );
    assert_eq!(
        rsplit(b"a b", Some(b",,"), 1).unwrap(),
        vec![b"a b".to_vec()]
    );
    assert_eq!(
        split(b"a b", Some(b",,"), 2).unwrap(),
        vec![b"a b".to_vec()]
    );
    assert_eq!(
        rsplit(b"a b", Some(b",,"), 2).unwrap(),
        vec![b"a b".to_vec()]
    );
    assert_eq!(
        split(b"a\x1cb\x85c\x09d", None, -1).unwrap(),
        vec![b"a\x1cb\x85c".to_vec(), b"d".to_vec()]
    );
    assert_eq!(
        rsplit(b"a\x1cb\x85c\x09d", None, -1).unwrap(),
        vec![b"a\x1cb\x85c".to_vec(), b"d".to_vec()]
    );
    assert_eq!(
        split(b"a\x1cb\x85c\x09d", None, 0).unwrap(),
        vec![b"a\x1cb\x85c\x09d".to_vec()]
    );
    assert_eq!(
        rsplit(b"a\x1cb\x85c\x09d", None, 0).unwrap(),
        vec![b"a\x1cb\x85c\x09d".to_vec()]
    );
    assert_eq!(
        split(b"a\x1cb\x85c\x09d", None, 1).unwrap(),
        vec![b"a\x1cb\x85c".to_vec(), b"d".to_vec()]
    );
    assert_eq!(
        rsplit(b"a\x1cb\x85c\x09d", None, 1).unwrap(),
        vec![b"a\x1cb\x85c".to_vec(), b"d".to_vec()]
    );
    assert_eq!(
        split(b"a\x1cb\x85c\x09d", None, 2).unwrap(),
        vec![b"a\x1cb\x85c".to_vec(), b"d".to_vec()]
    );
    assert_eq!(
        rsplit(b"a\x1cb\x85c\x09d", None, 2).unwrap(),
        vec![b"a\x1cb\x85c".to_vec(), b"d".to_vec()]
    );
    assert_eq!(
        split(b"a\x1cb\x85c\x09d", Some(b","), -1).unwrap(),
        vec![b"a\x1cb\x85c\x09d".to_vec()]
    );
    assert_eq!(
        rsplit(b"a\x1cb\x85c\x09d", Some(b","), -1).unwrap(),
        vec![b"a\x1cb\x85c\x09d".to_vec()]
    );
    assert_eq!(
        split(b"a\x1cb\x85c\x09d", Some(b","), 0).unwrap(),
        vec![b"a\x1cb\x85c\x09d".to_vec()]
    );
    assert_eq!(
        rsplit(b"a\x1cb\x85c\x09d", Some(b","), 0).unwrap(),
        vec![b"a\x1cb\x85c\x09d".to_vec()]
    );
    assert_eq!(
        split(b"a\x1cb\x85c\x09d", Some(b","), 1).unwrap(),
        vec![b"a\x1cb\x85c\x09d".to_vec()]
    );
    assert_eq!(
        rsplit(b"a\x1cb\x85c\x09d", Some(b","), 1).unwrap(),
        vec![b"a\x1cb\x85c\x09d".to_vec()]
    );
    assert_eq!(
        split(b"a\x1cb\x85c\x09d", Some(b","), 2).unwrap(),
        vec![b"a\x1cb\x85c\x09d".to_vec()]
    );
    assert_eq!(
        rsplit(b"a\x1cb\x85c\x09d", Some(b","), 2).unwrap(),
        vec![b"a\x1cb\x85c\x09d".to_vec()]
    );
    assert_eq!(
        split(b"a\x1cb\x85c\x09d", Some(b" "), -1).unwrap(),
        vec![b"a\x1cb\x85c\x09d".to_vec()]
    );
    assert_eq!(
        rsplit(b"a\x1cb\x85c\x09d", Some(b" "), -1).unwrap(),
        vec![b"a\x1cb\x85c\x09d".to_vec()]
    );
    assert_eq!(
        split(b"a\x1cb\x85c\x09d", Some(b" "), 0).unwrap(),
        vec![b"a\x1cb\x85c\x09d".to_vec()]
    );
    assert_eq!(
        rsplit(b"a\x1cb\x85c\x09d", Some(b" "), 0).unwrap(),
        vec![b"a\x1cb\x85c\x09d".to_vec()]
    );
    assert_eq!(
        split(b"a\x1cb\x85c\x09d", Some(b" "), 1).unwrap(),
        vec![b"a\x1cb\x85c\x09d".to_vec()]
    );
    assert_eq!(
        rsplit(b"a\x1cb\x85c\x09d", Some(b" "), 1).unwrap(),
        vec![b"a\x1cb\x85c\x09d".to_vec()]
    );
    assert_eq!(
        split(b"a\x1cb\x85c\x09d", Some(b" "), 2).unwrap(),
        vec![b"a\x1cb\x85c\x09d".to_vec()]
    );
    assert_eq!(
        rsplit(b"a\x1cb\x85c\x09d", Some(b" "), 2).unwrap(),
        vec![b"a\x1cb\x85c\x09d".to_vec()]
    );
    assert_eq!(
        split(b"a\x1cb\x85c\x09d", Some(b",,"), -1).unwrap(),
        vec![b"a\x1cb\x85c\x09d".to_vec()]
    );
    assert_eq!(
        rsplit(b"a\x1cb\x85c\x09d", Some(b",,"), -1).unwrap(),
        vec![b"a\x1cb\x85c\x09d".to_vec()]
    );
    assert_eq!(
        split(b"a\x1cb\x85c\x09d", Some(b",,"), 0).unwrap(),
        vec![b"a\x1cb\x85c\x09d".to_vec()]
    );
    assert_eq!(
        rsplit(b"a\x1cb\x85c\x09d", Some(b",,"), 0).unwrap(),
        vec![b"a\x1cb\x85c\x09d".to_vec()]
    );
    assert_eq!(
        split(b"a\x1cb\x85c\x09d", Some(b",,"), 1).unwrap(),
        vec![b"a\x1cb\x85c\x09d".to_vec()]
    );
    assert_eq!(
        rsplit(b"a\x1cb\x85c\x09d", Some(b",,"), 1).unwrap(),
        vec![b"a\x1cb\x85c\x09d".to_vec()]
    );
    assert_eq!(
        split(b"a\x1cb\x85c\x09d", Some(b",,"), 2).unwrap(),
        vec![b"a\x1cb\x85c\x09d".to_vec()]
    );
    assert_eq!(
        rsplit(b"a\x1cb\x85c\x09d", Some(b",,"), 2).unwrap(),
        vec![b"a\x1cb\x85c\x09d".to_vec()]
    );
    assert_eq!(
        split(b"x,,y,,", None, -1).unwrap(),
        vec![b"x,,y,,".to_vec()]
    );
    assert_eq!(
        rsplit(b"x,,y,,", None, -1).unwrap(),
        vec![b"x,,y,,".to_vec()]
    );
    assert_eq!(split(b"x,,y,,", None, 0).unwrap(), vec![b"x,,y,,".to_vec()]);
    assert_eq!(
        rsplit(b"x,,y,,", None, 0).unwrap(),
        vec![b"x,,y,,".to_vec()]
    );
    assert_eq!(split(b"x,,y,,", None, 1).unwrap(), vec![b"x,,y,,".to_vec()]);
    assert_eq!(
        rsplit(b"x,,y,,", None, 1).unwrap(),
        vec![b"x,,y,,".to_vec()]
    );
    assert_eq!(split(b"x,,y,,", None, 2).unwrap(), vec![b"x,,y,,".to_vec()]);
    assert_eq!(
        rsplit(b"x,,y,,", None, 2).unwrap(),
        vec![b"x,,y,,".to_vec()]
    );
    assert_eq!(
        split(b"x,,y,,", Some(b","), -1).unwrap(),
        vec![
            b"x".to_vec(),
            b"".to_vec(),
            b"y".to_vec(),
            b"".to_vec(),
            b"".to_vec()
        ]
    );
    assert_eq!(
        rsplit(b"x,,y,,", Some(b","), -1).unwrap(),
        vec![
            b"x".to_vec(),
            b"".to_vec(),
            b"y".to_vec(),
            b"".to_vec(),
            b"".to_vec()
        ]
    );
    assert_eq!(
        split(b"x,,y,,", Some(b","), 0).unwrap(),
        vec![b"x,,y,,".to_vec()]
    );
    assert_eq!(
        rsplit(b"x,,y,,", Some(b","), 0).unwrap(),
        vec![b"x,,y,,".to_vec()]
    );
    assert_eq!(
        split(b"x,,y,,", Some(b","), 1).unwrap(),
        vec![b"x".to_vec(), b",y,,".to_vec()]
    );
    assert_eq!(
        rsplit(b"x,,y,,", Some(b","), 1).unwrap(),
        vec![b"x,,y,".to_vec(), b"".to_vec()]
    );
    assert_eq!(
        split(b"x,,y,,", Some(b","), 2).unwrap(),
        vec![b"x".to_vec(), b"".to_vec(), b"y,,".to_vec()]
    );
    assert_eq!(
        rsplit(b"x,,y,,", Some(b","), 2).unwrap(),
        vec![b"x,,y".to_vec(), b"".to_vec(), b"".to_vec()]
    );
    assert_eq!(
        split(b"x,,y,,", Some(b" "), -1).unwrap(),
        vec![b"x,,y,,".to_vec()]
    );
    assert_eq!(
        rsplit(b"x,,y,,", Some(b" "), -1).unwrap(),
        vec![b"x,,y,,".to_vec()]
    );
    assert_eq!(
        split(b"x,,y,,", Some(b" "), 0).unwrap(),
        vec![b"x,,y,,".to_vec()]
    );
    assert_eq!(
        rsplit(b"x,,y,,", Some(b" "), 0).unwrap(),
        vec![b"x,,y,,".to_vec()]
    );
    assert_eq!(
        split(b"x,,y,,", Some(b" "), 1).unwrap(),
        vec![b"x,,y,,".to_vec()]
    );
    assert_eq!(
        rsplit(b"x,,y,,", Some(b" "), 1).unwrap(),
        vec![b"x,,y,,".to_vec()]
    );
    assert_eq!(
        split(b"x,,y,,", Some(b" "), 2).unwrap(),
        vec![b"x,,y,,".to_vec()]
    );
    assert_eq!(
        rsplit(b"x,,y,,", Some(b" "), 2).unwrap(),
        vec![b"x,,y,,".to_vec()]
    );
    assert_eq!(
        split(b"x,,y,,", Some(b",,"), -1).unwrap(),
        vec![b"x".to_vec(), b"y".to_vec(), b"".to_vec()]
    );
    assert_eq!(
        rsplit(b"x,,y,,", Some(b",,"), -1).unwrap(),
        vec![b"x".to_vec(), b"y".to_vec(), b"".to_vec()]
    );
    assert_eq!(
        split(b"x,,y,,", Some(b",,"), 0).unwrap(),
        vec![b"x,,y,,".to_vec()]
    );
    assert_eq!(
        rsplit(b"x,,y,,", Some(b",,"), 0).unwrap(),
        vec![b"x,,y,,".to_vec()]
    );
    assert_eq!(
        split(b"x,,y,,", Some(b",,"), 1).unwrap(),
        vec![b"x".to_vec(), b"y,,".to_vec()]
    );
    assert_eq!(
        rsplit(b"x,,y,,", Some(b",,"), 1).unwrap(),
        vec![b"x,,y".to_vec(), b"".to_vec()]
    );
    assert_eq!(
        split(b"x,,y,,", Some(b",,"), 2).unwrap(),
        vec![b"x".to_vec(), b"y".to_vec(), b"".to_vec()]
    );
    assert_eq!(
        rsplit(b"x,,y,,", Some(b",,"), 2).unwrap(),
        vec![b"x".to_vec(), b"y".to_vec(), b"".to_vec()]
    );
    assert_eq!(
        splitlines(b"a\x0ab\x0bc\x1cd\x0de\x0d\x0af", false),
        vec![
            b"a".to_vec(),
            b"b\x0bc\x1cd".to_vec(),
            b"e".to_vec(),
            b"f".to_vec()
        ]
    );
    assert_eq!(
        splitlines(b"a\x0ab\x0bc\x1cd\x0de\x0d\x0af", true),
        vec![
            b"a\x0a".to_vec(),
            b"b\x0bc\x1cd\x0d".to_vec(),
            b"e\x0d\x0a".to_vec(),
            b"f".to_vec()
        ]
    );
    assert_eq!(
        splitlines(b"a\x0a\x0ab\x0d\x0a", false),
        vec![b"a".to_vec(), b"".to_vec(), b"b".to_vec()]
    );
    assert_eq!(
        splitlines(b"a\x0a\x0ab\x0d\x0a", true),
        vec![b"a\x0a".to_vec(), b"\x0a".to_vec(), b"b\x0d\x0a".to_vec()]
    );
    assert_eq!(splitlines(b"", false), Vec::<Vec<u8>>::new());
    assert_eq!(splitlines(b"", true), Vec::<Vec<u8>>::new());
    assert_eq!(splitlines(b"x\x0a", false), vec![b"x".to_vec()]);
    assert_eq!(splitlines(b"x\x0a", true), vec![b"x\x0a".to_vec()]);
    assert_eq!(
        splitlines(b"\x0d\x0d\x0a\x0a", false),
        vec![b"".to_vec(), b"".to_vec(), b"".to_vec()]
    );
    assert_eq!(
        splitlines(b"\x0d\x0d\x0a\x0a", true),
        vec![b"\x0d".to_vec(), b"\x0d\x0a".to_vec(), b"\x0a".to_vec()]
    );
    assert_eq!(strip(b"  abc  ", None), b"abc");
    assert_eq!(lstrip(b"  abc  ", None), b"abc  ");
    assert_eq!(rstrip(b"  abc  ", None), b"  abc");
    assert_eq!(strip(b"  abc  ", Some(b"x")), b"  abc  ");
    assert_eq!(lstrip(b"  abc  ", Some(b"x")), b"  abc  ");
    assert_eq!(rstrip(b"  abc  ", Some(b"x")), b"  abc  ");
    assert_eq!(strip(b"  abc  ", Some(b"ax")), b"  abc  ");
    assert_eq!(lstrip(b"  abc  ", Some(b"ax")), b"  abc  ");
    assert_eq!(rstrip(b"  abc  ", Some(b"ax")), b"  abc  ");
    assert_eq!(strip(b"  abc  ", Some(b"")), b"  abc  ");
    assert_eq!(lstrip(b"  abc  ", Some(b"")), b"  abc  ");
    assert_eq!(rstrip(b"  abc  ", Some(b"")), b"  abc  ");
    assert_eq!(strip(b"\x0b\x0cab\x1c", None), b"ab\x1c");
    assert_eq!(lstrip(b"\x0b\x0cab\x1c", None), b"ab\x1c");
    assert_eq!(rstrip(b"\x0b\x0cab\x1c", None), b"\x0b\x0cab\x1c");
    assert_eq!(strip(b"\x0b\x0cab\x1c", Some(b"x")), b"\x0b\x0cab\x1c");
    assert_eq!(lstrip(b"\x0b\x0cab\x1c", Some(b"x")), b"\x0b\x0cab\x1c");
    assert_eq!(rstrip(b"\x0b\x0cab\x1c", Some(b"x")), b"\x0b\x0cab\x1c");
    assert_eq!(strip(b"\x0b\x0cab\x1c", Some(b"ax")), b"\x0b\x0cab\x1c");
    assert_eq!(lstrip(b"\x0b\x0cab\x1c", Some(b"ax")), b"\x0b\x0cab\x1c");
    assert_eq!(rstrip(b"\x0b\x0cab\x1c", Some(b"ax")), b"\x0b\x0cab\x1c");
    assert_eq!(strip(b"\x0b\x0cab\x1c", Some(b"")), b"\x0b\x0cab\x1c");
    assert_eq!(lstrip(b"\x0b\x0cab\x1c", Some(b"")), b"\x0b\x0cab\x1c");
    assert_eq!(rstrip(b"\x0b\x0cab\x1c", Some(b"")), b"\x0b\x0cab\x1c");
    assert_eq!(strip(b"xxaxx", None), b"xxaxx");
    assert_eq!(lstrip(b"xxaxx", None), b"xxaxx");
    assert_eq!(rstrip(b"xxaxx", None), b"xxaxx");
    assert_eq!(strip(b"xxaxx", Some(b"x")), b"a");
    assert_eq!(lstrip(b"xxaxx", Some(b"x")), b"axx");
    assert_eq!(rstrip(b"xxaxx", Some(b"x")), b"xxa");
    assert_eq!(strip(b"xxaxx", Some(b"ax")), b"");
    assert_eq!(lstrip(b"xxaxx", Some(b"ax")), b"");
    assert_eq!(rstrip(b"xxaxx", Some(b"ax")), b"");
    assert_eq!(strip(b"xxaxx", Some(b"")), b"xxaxx");
    assert_eq!(lstrip(b"xxaxx", Some(b"")), b"xxaxx");
    assert_eq!(rstrip(b"xxaxx", Some(b"")), b"xxaxx");
    assert_eq!(strip(b"", None), b"");
    assert_eq!(lstrip(b"", None), b"");
    assert_eq!(rstrip(b"", None), b"");
    assert_eq!(strip(b"", Some(b"x")), b"");
    assert_eq!(lstrip(b"", Some(b"x")), b"");
    assert_eq!(rstrip(b"", Some(b"x")), b"");
    assert_eq!(strip(b"", Some(b"ax")), b"");
    assert_eq!(lstrip(b"", Some(b"ax")), b"");
    assert_eq!(rstrip(b"", Some(b"ax")), b"");
    assert_eq!(strip(b"", Some(b"")), b"");
    assert_eq!(lstrip(b"", Some(b"")), b"");
    assert_eq!(rstrip(b"", Some(b"")), b"");
    assert_eq!(
        partition(b"a,b,c", b",").unwrap(),
        (&b"a"[..], &b","[..], &b"b,c"[..])
    );
    assert_eq!(
        rpartition(b"a,b,c", b",").unwrap(),
        (&b"a,b"[..], &b","[..], &b"c"[..])
    );
    assert_eq!(
        partition(b"abc", b",").unwrap(),
        (&b"abc"[..], &b""[..], &b""[..])
    );
    assert_eq!(
        rpartition(b"abc", b",").unwrap(),
        (&b""[..], &b""[..], &b"abc"[..])
    );
    assert_eq!(
        partition(b"", b",").unwrap(),
        (&b""[..], &b""[..], &b""[..])
    );
    assert_eq!(
        rpartition(b"", b",").unwrap(),
        (&b""[..], &b""[..], &b""[..])
    );
    assert_eq!(
        partition(b",", b",").unwrap(),
        (&b""[..], &b","[..], &b""[..])
    );
    assert_eq!(
        rpartition(b",", b",").unwrap(),
        (&b""[..], &b","[..], &b""[..])
    );
    assert_eq!(center(b"abc", -1, b'*').unwrap(), b"abc");
    assert_eq!(ljust(b"abc", -1, b'*').unwrap(), b"abc");
    assert_eq!(rjust(b"abc", -1, b'*').unwrap(), b"abc");
    assert_eq!(zfill(b"abc", -1).unwrap(), b"abc");
    assert_eq!(center(b"abc", 0, b'*').unwrap(), b"abc");
    assert_eq!(ljust(b"abc", 0, b'*').unwrap(), b"abc");
    assert_eq!(rjust(b"abc", 0, b'*').unwrap(), b"abc");
    assert_eq!(zfill(b"abc", 0).unwrap(), b"abc");
    assert_eq!(center(b"abc", 3, b'*').unwrap(), b"abc");
    assert_eq!(ljust(b"abc", 3, b'*').unwrap(), b"abc");
    assert_eq!(rjust(b"abc", 3, b'*').unwrap(), b"abc");
    assert_eq!(zfill(b"abc", 3).unwrap(), b"abc");
    assert_eq!(center(b"abc", 4, b'*').unwrap(), b"abc*");
    assert_eq!(ljust(b"abc", 4, b'*').unwrap(), b"abc*");
    assert_eq!(rjust(b"abc", 4, b'*').unwrap(), b"*abc");
    assert_eq!(zfill(b"abc", 4).unwrap(), b"0abc");
    assert_eq!(center(b"abc", 5, b'*').unwrap(), b"*abc*");
    assert_eq!(ljust(b"abc", 5, b'*').unwrap(), b"abc**");
    assert_eq!(rjust(b"abc", 5, b'*').unwrap(), b"**abc");
    assert_eq!(zfill(b"abc", 5).unwrap(), b"00abc");
    assert_eq!(center(b"abc", 6, b'*').unwrap(), b"*abc**");
    assert_eq!(ljust(b"abc", 6, b'*').unwrap(), b"abc***");
    assert_eq!(rjust(b"abc", 6, b'*').unwrap(), b"***abc");
    assert_eq!(zfill(b"abc", 6).unwrap(), b"000abc");
    assert_eq!(center(b"abc", 7, b'*').unwrap(), b"**abc**");
    assert_eq!(ljust(b"abc", 7, b'*').unwrap(), b"abc****");
    assert_eq!(rjust(b"abc", 7, b'*').unwrap(), b"****abc");
    assert_eq!(zfill(b"abc", 7).unwrap(), b"0000abc");
    assert_eq!(center(b"ab", -1, b'*').unwrap(), b"ab");
    assert_eq!(ljust(b"ab", -1, b'*').unwrap(), b"ab");
    assert_eq!(rjust(b"ab", -1, b'*').unwrap(), b"ab");
    assert_eq!(zfill(b"ab", -1).unwrap(), b"ab");
    assert_eq!(center(b"ab", 0, b'*').unwrap(), b"ab");
    assert_eq!(ljust(b"ab", 0, b'*').unwrap(), b"ab");
    assert_eq!(rjust(b"ab", 0, b'*').unwrap(), b"ab");
    assert_eq!(zfill(b"ab", 0).unwrap(), b"ab");
    assert_eq!(center(b"ab", 3, b'*').unwrap(), b"*ab");
    assert_eq!(ljust(b"ab", 3, b'*').unwrap(), b"ab*");
    assert_eq!(rjust(b"ab", 3, b'*').unwrap(), b"*ab");
    assert_eq!(zfill(b"ab", 3).unwrap(), b"0ab");
    assert_eq!(center(b"ab", 4, b'*').unwrap(), b"*ab*");
    assert_eq!(ljust(b"ab", 4, b'*').unwrap(), b"ab**");
    assert_eq!(rjust(b"ab", 4, b'*').unwrap(), b"**ab");
    assert_eq!(zfill(b"ab", 4).unwrap(), b"00ab");
    assert_eq!(center(b"ab", 5, b'*').unwrap(), b"**ab*");
    assert_eq!(ljust(b"ab", 5, b'*').unwrap(), b"ab***");
    assert_eq!(rjust(b"ab", 5, b'*').unwrap(), b"***ab");
    assert_eq!(zfill(b"ab", 5).unwrap(), b"000ab");
    assert_eq!(center(b"ab", 6, b'*').unwrap(), b"**ab**");
    assert_eq!(ljust(b"ab", 6, b'*').unwrap(), b"ab****");
    assert_eq!(rjust(b"ab", 6, b'*').unwrap(), b"****ab");
    assert_eq!(zfill(b"ab", 6).unwrap(), b"0000ab");
    assert_eq!(center(b"ab", 7, b'*').unwrap(), b"***ab**");
    assert_eq!(ljust(b"ab", 7, b'*').unwrap(), b"ab*****");
    assert_eq!(rjust(b"ab", 7, b'*').unwrap(), b"*****ab");
    assert_eq!(zfill(b"ab", 7).unwrap(), b"00000ab");
    assert_eq!(center(b"", -1, b'*').unwrap(), b"");
    assert_eq!(ljust(b"", -1, b'*').unwrap(), b"");
    assert_eq!(rjust(b"", -1, b'*').unwrap(), b"");
    assert_eq!(zfill(b"", -1).unwrap(), b"");
    assert_eq!(center(b"", 0, b'*').unwrap(), b"");
    assert_eq!(ljust(b"", 0, b'*').unwrap(), b"");
    assert_eq!(rjust(b"", 0, b'*').unwrap(), b"");
    assert_eq!(zfill(b"", 0).unwrap(), b"");
    assert_eq!(center(b"", 3, b'*').unwrap(), b"***");
    assert_eq!(ljust(b"", 3, b'*').unwrap(), b"***");
    assert_eq!(rjust(b"", 3, b'*').unwrap(), b"***");
    assert_eq!(zfill(b"", 3).unwrap(), b"000");
    assert_eq!(center(b"", 4, b'*').unwrap(), b"****");
    assert_eq!(ljust(b"", 4, b'*').unwrap(), b"****");
    assert_eq!(rjust(b"", 4, b'*').unwrap(), b"****");
    assert_eq!(zfill(b"", 4).unwrap(), b"0000");
    assert_eq!(center(b"", 5, b'*').unwrap(), b"*****");
    assert_eq!(ljust(b"", 5, b'*').unwrap(), b"*****");
    assert_eq!(rjust(b"", 5, b'*').unwrap(), b"*****");
    assert_eq!(zfill(b"", 5).unwrap(), b"00000");
    assert_eq!(center(b"", 6, b'*').unwrap(), b"******");
    assert_eq!(ljust(b"", 6, b'*').unwrap(), b"******");
    assert_eq!(rjust(b"", 6, b'*').unwrap(), b"******");
    assert_eq!(zfill(b"", 6).unwrap(), b"000000");
    assert_eq!(center(b"", 7, b'*').unwrap(), b"*******");
    assert_eq!(ljust(b"", 7, b'*').unwrap(), b"*******");
    assert_eq!(rjust(b"", 7, b'*').unwrap(), b"*******");
    assert_eq!(zfill(b"", 7).unwrap(), b"0000000");
    assert_eq!(center(b"-5", -1, b'*').unwrap(), b"-5");
    assert_eq!(ljust(b"-5", -1, b'*').unwrap(), b"-5");
    assert_eq!(rjust(b"-5", -1, b'*').unwrap(), b"-5");
    assert_eq!(zfill(b"-5", -1).unwrap(), b"-5");
    assert_eq!(center(b"-5", 0, b'*').unwrap(), b"-5");
    assert_eq!(ljust(b"-5", 0, b'*').unwrap(), b"-5");
    assert_eq!(rjust(b"-5", 0, b'*').unwrap(), b"-5");
    assert_eq!(zfill(b"-5", 0).unwrap(), b"-5");
    assert_eq!(center(b"-5", 3, b'*').unwrap(), b"*-5");
    assert_eq!(ljust(b"-5", 3, b'*').unwrap(), b"-5*");
    assert_eq!(rjust(b"-5", 3, b'*').unwrap(), b"*-5");
    assert_eq!(zfill(b"-5", 3).unwrap(), b"-05");
    assert_eq!(center(b"-5", 4, b'*').unwrap(), b"*-5*");
    assert_eq!(ljust(b"-5", 4, b'*').unwrap(), b"-5**");
    assert_eq!(rjust(b"-5", 4, b'*').unwrap(), b"**-5");
    assert_eq!(zfill(b"-5", 4).unwrap(), b"-005");
    assert_eq!(center(b"-5", 5, b'*').unwrap(), b"**-5*");
    assert_eq!(ljust(b"-5", 5, b'*').unwrap(), b"-5***");
    assert_eq!(rjust(b"-5", 5, b'*').unwrap(), b"***-5");
    assert_eq!(zfill(b"-5", 5).unwrap(), b"-0005");
    assert_eq!(center(b"-5", 6, b'*').unwrap(), b"**-5**");
    assert_eq!(ljust(b"-5", 6, b'*').unwrap(), b"-5****");
    assert_eq!(rjust(b"-5", 6, b'*').unwrap(), b"****-5");
    assert_eq!(zfill(b"-5", 6).unwrap(), b"-00005");
    assert_eq!(center(b"-5", 7, b'*').unwrap(), b"***-5**");
    assert_eq!(ljust(b"-5", 7, b'*').unwrap(), b"-5*****");
    assert_eq!(rjust(b"-5", 7, b'*').unwrap(), b"*****-5");
    assert_eq!(zfill(b"-5", 7).unwrap(), b"-000005");
    assert_eq!(center(b"+", -1, b'*').unwrap(), b"+");
    assert_eq!(ljust(b"+", -1, b'*').unwrap(), b"+");
    assert_eq!(rjust(b"+", -1, b'*').unwrap(), b"+");
    assert_eq!(zfill(b"+", -1).unwrap(), b"+");
    assert_eq!(center(b"+", 0, b'*').unwrap(), b"+");
    assert_eq!(ljust(b"+", 0, b'*').unwrap(), b"+");
    assert_eq!(rjust(b"+", 0, b'*').unwrap(), b"+");
    assert_eq!(zfill(b"+", 0).unwrap(), b"+");
    assert_eq!(center(b"+", 3, b'*').unwrap(), b"*+*");
    assert_eq!(ljust(b"+", 3, b'*').unwrap(), b"+**");
    assert_eq!(rjust(b"+", 3, b'*').unwrap(), b"**+");
    assert_eq!(zfill(b"+", 3).unwrap(), b"+00");
    assert_eq!(center(b"+", 4, b'*').unwrap(), b"*+**");
    assert_eq!(ljust(b"+", 4, b'*').unwrap(), b"+***");
    assert_eq!(rjust(b"+", 4, b'*').unwrap(), b"***+");
    assert_eq!(zfill(b"+", 4).unwrap(), b"+000");
    assert_eq!(center(b"+", 5, b'*').unwrap(), b"**+**");
    assert_eq!(ljust(b"+", 5, b'*').unwrap(), b"+****");
    assert_eq!(rjust(b"+", 5, b'*').unwrap(), b"****+");
    assert_eq!(zfill(b"+", 5).unwrap(), b"+0000");
    assert_eq!(center(b"+", 6, b'*').unwrap(), b"**+***");
    assert_eq!(ljust(b"+", 6, b'*').unwrap(), b"+*****");
    assert_eq!(rjust(b"+", 6, b'*').unwrap(), b"*****+");
    assert_eq!(zfill(b"+", 6).unwrap(), b"+00000");
    assert_eq!(center(b"+", 7, b'*').unwrap(), b"***+***");
    assert_eq!(ljust(b"+", 7, b'*').unwrap(), b"+******");
    assert_eq!(rjust(b"+", 7, b'*').unwrap(), b"******+");
    assert_eq!(zfill(b"+", 7).unwrap(), b"+000000");
    assert_eq!(
        expandtabs(b"a\x09b\x0a\x09c\x0d\x09d", -1).unwrap(),
        b"ab\x0ac\x0dd"
    );
    assert_eq!(
        expandtabs(b"a\x09b\x0a\x09c\x0d\x09d", 0).unwrap(),
        b"ab\x0ac\x0dd"
    );
    assert_eq!(
        expandtabs(b"a\x09b\x0a\x09c\x0d\x09d", 1).unwrap(),
        b"a b\x0a c\x0d d"
    );
    assert_eq!(
        expandtabs(b"a\x09b\x0a\x09c\x0d\x09d", 4).unwrap(),
        b"a   b\x0a    c\x0d    d"
    );
    assert_eq!(
        expandtabs(b"a\x09b\x0a\x09c\x0d\x09d", 8).unwrap(),
        b"a       b\x0a        c\x0d        d"
    );
    assert_eq!(expandtabs(b"ab\x09", -1).unwrap(), b"ab");
    assert_eq!(expandtabs(b"ab\x09", 0).unwrap(), b"ab");
    assert_eq!(expandtabs(b"ab\x09", 1).unwrap(), b"ab ");
    assert_eq!(expandtabs(b"ab\x09", 4).unwrap(), b"ab  ");
    assert_eq!(expandtabs(b"ab\x09", 8).unwrap(), b"ab      ");
    assert_eq!(expandtabs(b"\x09\x09", -1).unwrap(), b"");
    assert_eq!(expandtabs(b"\x09\x09", 0).unwrap(), b"");
    assert_eq!(expandtabs(b"\x09\x09", 1).unwrap(), b"  ");
    assert_eq!(expandtabs(b"\x09\x09", 4).unwrap(), b"        ");
    assert_eq!(expandtabs(b"\x09\x09", 8).unwrap(), b"                ");
    assert_eq!(upper(b"hello World"), b"HELLO WORLD");
    assert_eq!(lower(b"hello World"), b"hello world");
    assert_eq!(swapcase(b"hello World"), b"HELLO wORLD");
    assert_eq!(title(b"hello World"), b"Hello World");
    assert_eq!(capitalize(b"hello World"), b"Hello world");
    assert_eq!(isdigit(b"hello World"), false);
    assert_eq!(isalpha(b"hello World"), false);
    assert_eq!(isalnum(b"hello World"), false);
    assert_eq!(isspace(b"hello World"), false);
    assert_eq!(isupper(b"hello World"), false);
    assert_eq!(islower(b"hello World"), false);
    assert_eq!(istitle(b"hello World"), false);
    assert_eq!(upper(b"hELLO wORLD"), b"HELLO WORLD");
    assert_eq!(lower(b"hELLO wORLD"), b"hello world");
    assert_eq!(swapcase(b"hELLO wORLD"), b"Hello World");
    assert_eq!(title(b"hELLO wORLD"), b"Hello World");
    assert_eq!(capitalize(b"hELLO wORLD"), b"Hello world");
    assert_eq!(isdigit(b"hELLO wORLD"), false);
    assert_eq!(isalpha(b"hELLO wORLD"), false);
    assert_eq!(isalnum(b"hELLO wORLD"), false);
    assert_eq!(isspace(b"hELLO wORLD"), false);
    assert_eq!(isupper(b"hELLO wORLD"), false);
    assert_eq!(islower(b"hELLO wORLD"), false);
    assert_eq!(istitle(b"hELLO wORLD"), false);
    assert_eq!(upper(b"they're bill's"), b"THEY'RE BILL'S");
    assert_eq!(lower(b"they're bill's"), b"they're bill's");
    assert_eq!(swapcase(b"they're bill's"), b"THEY'RE BILL'S");
    assert_eq!(title(b"they're bill's"), b"They'Re Bill'S");
    assert_eq!(capitalize(b"they're bill's"), b"They're bill's");
    assert_eq!(isdigit(b"they're bill's"), false);
    assert_eq!(isalpha(b"they're bill's"), false);
    assert_eq!(isalnum(b"they're bill's"), false);
    assert_eq!(isspace(b"they're bill's"), false);
    assert_eq!(isupper(b"they're bill's"), false);
    assert_eq!(islower(b"they're bill's"), true);
    assert_eq!(istitle(b"they're bill's"), false);
    assert_eq!(upper(b"\xe9a1b"), b"\xe9A1B");
    assert_eq!(lower(b"\xe9a1b"), b"\xe9a1b");
    assert_eq!(swapcase(b"\xe9a1b"), b"\xe9A1B");
    assert_eq!(title(b"\xe9a1b"), b"\xe9A1B");
    assert_eq!(capitalize(b"\xe9a1b"), b"\xe9a1b");
    assert_eq!(isdigit(b"\xe9a1b"), false);
    assert_eq!(isalpha(b"\xe9a1b"), false);
    assert_eq!(isalnum(b"\xe9a1b"), false);
    assert_eq!(isspace(b"\xe9a1b"), false);
    assert_eq!(isupper(b"\xe9a1b"), false);
    assert_eq!(islower(b"\xe9a1b"), true);
    assert_eq!(istitle(b"\xe9a1b"), false);
    assert_eq!(upper(b""), b"");
    assert_eq!(lower(b""), b"");
    assert_eq!(swapcase(b""), b"");
    assert_eq!(title(b""), b"");
    assert_eq!(capitalize(b""), b"");
    assert_eq!(isdigit(b""), false);
    assert_eq!(isalpha(b""), false);
    assert_eq!(isalnum(b""), false);
    assert_eq!(isspace(b""), false);
    assert_eq!(isupper(b""), false);
    assert_eq!(islower(b""), false);
    assert_eq!(istitle(b""), false);
    assert_eq!(upper(b"ABC"), b"ABC");
    assert_eq!(lower(b"ABC"), b"abc");
    assert_eq!(swapcase(b"ABC"), b"abc");
    assert_eq!(title(b"ABC"), b"Abc");
    assert_eq!(capitalize(b"ABC"), b"Abc");
    assert_eq!(isdigit(b"ABC"), false);
    assert_eq!(isalpha(b"ABC"), true);
    assert_eq!(isalnum(b"ABC"), true);
    assert_eq!(isspace(b"ABC"), false);
    assert_eq!(isupper(b"ABC"), true);
    assert_eq!(islower(b"ABC"), false);
    assert_eq!(istitle(b"ABC"), false);
    assert_eq!(upper(b"Abc Def"), b"ABC DEF");
    assert_eq!(lower(b"Abc Def"), b"abc def");
    assert_eq!(swapcase(b"Abc Def"), b"aBC dEF");
    assert_eq!(title(b"Abc Def"), b"Abc Def");
    assert_eq!(capitalize(b"Abc Def"), b"Abc def");
    assert_eq!(isdigit(b"Abc Def"), false);
    assert_eq!(isalpha(b"Abc Def"), false);
    assert_eq!(isalnum(b"Abc Def"), false);
    assert_eq!(isspace(b"Abc Def"), false);
    assert_eq!(isupper(b"Abc Def"), false);
    assert_eq!(islower(b"Abc Def"), false);
    assert_eq!(istitle(b"Abc Def"), true);
    assert_eq!(upper(b"Abc def"), b"ABC DEF");
    assert_eq!(lower(b"Abc def"), b"abc def");
    assert_eq!(swapcase(b"Abc def"), b"aBC DEF");
    assert_eq!(title(b"Abc def"), b"Abc Def");
    assert_eq!(capitalize(b"Abc def"), b"Abc def");
    assert_eq!(isdigit(b"Abc def"), false);
    assert_eq!(isalpha(b"Abc def"), false);
    assert_eq!(isalnum(b"Abc def"), false);
    assert_eq!(isspace(b"Abc def"), false);
    assert_eq!(isupper(b"Abc def"), false);
    assert_eq!(islower(b"Abc def"), false);
    assert_eq!(istitle(b"Abc def"), false);
    assert_eq!(upper(b"1A"), b"1A");
    assert_eq!(lower(b"1A"), b"1a");
    assert_eq!(swapcase(b"1A"), b"1a");
    assert_eq!(title(b"1A"), b"1A");
    assert_eq!(capitalize(b"1A"), b"1a");
    assert_eq!(isdigit(b"1A"), false);
    assert_eq!(isalpha(b"1A"), false);
    assert_eq!(isalnum(b"1A"), true);
    assert_eq!(isspace(b"1A"), false);
    assert_eq!(isupper(b"1A"), true);
    assert_eq!(islower(b"1A"), false);
    assert_eq!(istitle(b"1A"), true);
    assert_eq!(upper(b"a1"), b"A1");
    assert_eq!(lower(b"a1"), b"a1");
    assert_eq!(swapcase(b"a1"), b"A1");
    assert_eq!(title(b"a1"), b"A1");
    assert_eq!(capitalize(b"a1"), b"A1");
    assert_eq!(isdigit(b"a1"), false);
    assert_eq!(isalpha(b"a1"), false);
    assert_eq!(isalnum(b"a1"), true);
    assert_eq!(isspace(b"a1"), false);
    assert_eq!(isupper(b"a1"), false);
    assert_eq!(islower(b"a1"), true);
    assert_eq!(istitle(b"a1"), false);
    assert_eq!(upper(b"123"), b"123");
    assert_eq!(lower(b"123"), b"123");
    assert_eq!(swapcase(b"123"), b"123");
    assert_eq!(title(b"123"), b"123");
    assert_eq!(capitalize(b"123"), b"123");
    assert_eq!(isdigit(b"123"), true);
    assert_eq!(isalpha(b"123"), false);
    assert_eq!(isalnum(b"123"), true);
    assert_eq!(isspace(b"123"), false);
    assert_eq!(isupper(b"123"), false);
    assert_eq!(islower(b"123"), false);
    assert_eq!(istitle(b"123"), false);
    assert_eq!(upper(b" \x09"), b" \x09");
    assert_eq!(lower(b" \x09"), b" \x09");
    assert_eq!(swapcase(b" \x09"), b" \x09");
    assert_eq!(title(b" \x09"), b" \x09");
    assert_eq!(capitalize(b" \x09"), b" \x09");
    assert_eq!(isdigit(b" \x09"), false);
    assert_eq!(isalpha(b" \x09"), false);
    assert_eq!(isalnum(b" \x09"), false);
    assert_eq!(isspace(b" \x09"), true);
    assert_eq!(isupper(b" \x09"), false);
    assert_eq!(islower(b" \x09"), false);
    assert_eq!(istitle(b" \x09"), false);
    assert_eq!(upper(b"ab1"), b"AB1");
    assert_eq!(lower(b"ab1"), b"ab1");
    assert_eq!(swapcase(b"ab1"), b"AB1");
    assert_eq!(title(b"ab1"), b"Ab1");
    assert_eq!(capitalize(b"ab1"), b"Ab1");
    assert_eq!(isdigit(b"ab1"), false);
    assert_eq!(isalpha(b"ab1"), false);
    assert_eq!(isalnum(b"ab1"), true);
    assert_eq!(isspace(b"ab1"), false);
    assert_eq!(isupper(b"ab1"), false);
    assert_eq!(islower(b"ab1"), true);
    assert_eq!(istitle(b"ab1"), false);
    assert_eq!(upper(b"x-y"), b"X-Y");
    assert_eq!(lower(b"x-y"), b"x-y");
    assert_eq!(swapcase(b"x-y"), b"X-Y");
    assert_eq!(title(b"x-y"), b"X-Y");
    assert_eq!(capitalize(b"x-y"), b"X-y");
    assert_eq!(isdigit(b"x-y"), false);
    assert_eq!(isalpha(b"x-y"), false);
    assert_eq!(isalnum(b"x-y"), false);
    assert_eq!(isspace(b"x-y"), false);
    assert_eq!(isupper(b"x-y"), false);
    assert_eq!(islower(b"x-y"), true);
    assert_eq!(istitle(b"x-y"), false);
    assert_eq!(hex(b"", None, 1), "");
    assert_eq!(hex(b"", Some(':'), 1), "");
    assert_eq!(hex(b"", Some('-'), 2), "");
    assert_eq!(hex(b"", Some('-'), -2), "");
    assert_eq!(hex(b"", Some('|'), 5), "");
    assert_eq!(hex(b"", Some('-'), -5), "");
    assert_eq!(hex(b"\x01\xff", None, 1), "01ff");
    assert_eq!(hex(b"\x01\xff", Some(':'), 1), "01:ff");
    assert_eq!(hex(b"\x01\xff", Some('-'), 2), "01ff");
    assert_eq!(hex(b"\x01\xff", Some('-'), -2), "01ff");
    assert_eq!(hex(b"\x01\xff", Some('|'), 5), "01ff");
    assert_eq!(hex(b"\x01\xff", Some('-'), -5), "01ff");
    assert_eq!(hex(b"abcde", None, 1), "6162636465");
    assert_eq!(hex(b"abcde", Some(':'), 1), "61:62:63:64:65");
    assert_eq!(hex(b"abcde", Some('-'), 2), "61-6263-6465");
    assert_eq!(hex(b"abcde", Some('-'), -2), "6162-6364-65");
    assert_eq!(hex(b"abcde", Some('|'), 5), "6162636465");
    assert_eq!(hex(b"abcde", Some('-'), -5), "6162636465");
    assert_eq!(hex(b"abcdef", None, 1), "616263646566");
    assert_eq!(hex(b"abcdef", Some(':'), 1), "61:62:63:64:65:66");
    assert_eq!(hex(b"abcdef", Some('-'), 2), "6162-6364-6566");
    assert_eq!(hex(b"abcdef", Some('-'), -2), "6162-6364-6566");
    assert_eq!(hex(b"abcdef", Some('|'), 5), "61|6263646566");
    assert_eq!(hex(b"abcdef", Some('-'), -5), "6162636465-66");
    assert_eq!(
        check_hex_sep("--"),
        Err(TextError::Value("sep must be length 1.".into()))
    );
    assert_eq!(
        check_hex_sep("\u{e9}"),
        Err(TextError::Value("sep must be ASCII.".into()))
    );
    assert_eq!(fromhex("ab cd"), Ok(b"\xab\xcd".to_vec()));
    assert_eq!(
        fromhex("abc"),
        Err(TextError::Value(
            "non-hexadecimal number found in fromhex() arg at position 3".into()
        ))
    );
    assert_eq!(
        fromhex("zz"),
        Err(TextError::Value(
            "non-hexadecimal number found in fromhex() arg at position 0".into()
        ))
    );
    assert_eq!(
        fromhex("a b"),
        Err(TextError::Value(
            "non-hexadecimal number found in fromhex() arg at position 1".into()
        ))
    );
    assert_eq!(fromhex(" ab "), Ok(b"\xab".to_vec()));
    assert_eq!(fromhex("ab\u{9}cd"), Ok(b"\xab\xcd".to_vec()));
    assert_eq!(fromhex(""), Ok(b"".to_vec()));
    assert_eq!(fromhex("0A ff\u{a}"), Ok(b"\x0a\xff".to_vec()));
    assert_eq!(
        fromhex("a\u{e9}"),
        Err(TextError::Value(
            "non-hexadecimal number found in fromhex() arg at position 1".into()
        ))
    );
}
