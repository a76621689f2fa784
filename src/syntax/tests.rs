//! Front-end tests: conformance files, AST shapes and spans, syntax errors, no-panic fuzzing.

use super::*;

fn parse_ok(src: &str) -> ast::Module {
    match parse_module(src, "<test>") {
        Ok(m) => m,
        Err(e) => panic!("unexpected error for {src:?}:\n{}", e.render()),
    }
}

#[test]
fn smoke() {
    parse_ok("x = 1\n");
    parse_ok("def f(a, b=2, *c, d, **e):\n    return a + b\n");
    parse_ok("print(f\"{x!r:>{w}} and {y=}\")\n");
}
