//! Compiler tests: disassembly snapshots and CPython's compile-time SyntaxError messages, on ASTs
//! generated from CPython's parser (`fixtures.rs`, see `tools/py2ast.py`).

mod fixtures;

use std::rc::Rc;

use super::{compile_module, CompileOptions, Mode};
use crate::bytecode::disassemble::disassemble;
use crate::bytecode::Code;
use crate::syntax::SyntaxError;

fn compile_with(name: &str, opts: CompileOptions) -> Result<Rc<Code>, SyntaxError> {
    let (src, module) = fixtures::fixture(name);
    compile_module(&module, src, &format!("{name}.py"), &opts)
}

fn dis(name: &str) -> String {
    match compile_with(name, CompileOptions::default()) {
        Ok(code) => disassemble(&code),
        Err(e) => panic!("{name}: unexpected {e:?}"),
    }
}

macro_rules! snapshot_tests {
    ($($name:ident),* $(,)?) => {
        $(
            #[test]
            fn $name() {
                insta::assert_snapshot!(dis(stringify!($name)));
            }
        )*
    };
}

snapshot_tests!(
    defaults_closure,
    class_super,
    generator,
    try_return,
    with_stmt,
    async_def,
    comprehensions,
    fstrings,
    chained_compare,
    star_call,
    imports,
    except_star,
    module_misc,
    global_nonlocal,
    match_stmt,
    while_true,
);

#[test]
fn syntax_errors_match_cpython() {
    let mut failures = Vec::new();
    for &(name, msg, line, col, end_line, end_col) in fixtures::EXPECTED_ERRORS {
        if name.starts_with("ok_") {
            continue;
        }
        match compile_with(name, CompileOptions::default()) {
            Ok(_) => failures.push(format!("{name}: compiled, expected {msg:?}")),
            Err(e) => {
                let got = (e.msg.as_str(), e.line, e.col, e.end_line, e.end_col);
                if got != (msg, line, col, end_line, end_col) {
                    failures.push(format!("{name}: got {got:?}, expected {:?}", (msg, line, col, end_line, end_col)));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn top_level_await_allowed_in_repl_mode() {
    let opts = CompileOptions { mode: Mode::Interactive, allow_top_level_await: true };
    let code = compile_with("ok_toplevel_await", opts).expect("compiles");
    assert!(code.flags.coroutine);
    let plain = compile_with("ok_toplevel_await", CompileOptions::default());
    assert_eq!(plain.err().map(|e| e.msg), Some("'await' outside function".to_string()));
}

#[test]
fn interactive_prints_expressions() {
    let opts = CompileOptions { mode: Mode::Interactive, allow_top_level_await: false };
    let code = compile_with("chained_compare", opts).expect("compiles");
    assert!(!code.body().instructions.iter().any(|i| matches!(i, crate::bytecode::Instr::PrintExpr)));
    let code = compile_with("star_call", opts).expect("compiles");
    assert!(code.body().instructions.iter().any(|i| matches!(i, crate::bytecode::Instr::PrintExpr)));
}

/// Every conformance case and benchmark compiles, except those whose expected output is a
/// SyntaxError, which must fail with the same message.
#[test]
fn conformance_and_bench_programs_compile() {
    let mut failures = Vec::new();
    let mut checked = 0;
    for dir in ["/work/shared/conformance/cases", "/work/shared/bench"] {
        let Ok(entries) = std::fs::read_dir(dir) else { continue };
        let mut paths: Vec<_> = entries.flatten().map(|e| e.path()).collect();
        paths.sort();
        for path in paths.into_iter().filter(|p| p.extension().is_some_and(|e| e == "py")) {
            let Ok(src) = std::fs::read_to_string(&path) else { continue };
            let expected = std::fs::read_to_string(path.with_extension("err"))
                .ok()
                .and_then(|e| e.lines().last().map(str::to_string))
                .filter(|l| l.starts_with("SyntaxError: "));
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("?").to_string();
            checked += 1;
            match (super::compile_source(&src, &name, &CompileOptions::default()), expected) {
                (Ok(_), None) => {}
                (Ok(_), Some(exp)) => failures.push(format!("{name}: compiled, expected {exp}")),
                (Err(e), None) => failures.push(format!("{name}: {} (line {})", e.msg, e.line)),
                (Err(e), Some(exp)) => {
                    let full = std::fs::read_to_string(path.with_extension("err")).unwrap_or_default();
                    if format!("SyntaxError: {}", e.msg) != exp || !full.ends_with(&e.render()) {
                        failures.push(format!("{name}: got\n{}expected\n{full}", e.render()));
                    }
                }
            }
        }
    }
    eprintln!("{checked} programs checked");
    assert!(failures.is_empty(), "{checked} checked:\n{}", failures.join("\n"));
}

fn dis_source(src: &str) -> String {
    match super::compile_source(src, "t.py", &CompileOptions::default()) {
        Ok(code) => disassemble(&code),
        Err(e) => panic!("unexpected {e:?}"),
    }
}

#[test]
fn decorated_async_comprehension_via_parser() {
    let src = "import functools\n\n@functools.cache\n@trace\nasync def f(xs):\n    \"\"\"Doc.\"\"\"\n    return [await g(x) async for x in xs if x], {y: y ** 2 async for y in xs}\n";
    insta::assert_snapshot!(dis_source(src));
}

#[test]
fn binary_and_subscript_anchors() {
    let src = "def f(a, b):\n    return (a) +  b[1:2] // 3\n";
    let code = super::compile_source(src, "t.py", &CompileOptions::default()).expect("compiles");
    let inner = code.body().constants.iter().find_map(|c| match c {
        crate::bytecode::Constant::Code(c) => Some(c.clone()),
        _ => None,
    });
    let inner = inner.expect("function code");
    let anchors: Vec<(String, (u32, u32), u32, u32)> = inner
        .body()
        .instructions
        .iter()
        .zip(&inner.body().locations)
        .filter(|(i, _)| matches!(i, crate::bytecode::Instr::BinaryOp { .. } | crate::bytecode::Instr::BinarySubscr))
        .map(|(i, l)| (format!("{i:?}"), l.anchor, l.col, l.end_col))
        .collect();
    // `b[1:2]` anchors `[1:2]`; `//` at cols 25..27; `+` at 15..16 (byte columns on line 2).
    assert_eq!(anchors[0].1, (19, 24));
    assert_eq!(anchors[1].1, (25, 27));
    assert_eq!(anchors[2].1, (15, 16));
    assert_eq!((anchors[2].2, anchors[2].3), (11, 29));
}

#[test]
fn deep_nesting_compiles_or_fails_cleanly() {
    // The compiler recurses once per level; corio runs scripts on a 1 GiB stack (main.rs), a
    // test thread has 2 MiB.
    let run = std::thread::Builder::new().stack_size(256 << 20).spawn(deep_nesting_cases).expect("test thread starts");
    run.join().expect("deep nesting cases pass");
}

fn deep_nesting_cases() {
    // CPython compiles both (its limit is near 3,000 levels).
    let chain = format!("x = 1{}\n", " + 1".repeat(2900));
    let unary = format!("x = {}1\n", "-".repeat(2900));
    for src in [chain, unary] {
        assert!(super::compile_source(&src, "t.py", &CompileOptions::default()).is_ok());
    }
    // Past the limits the lexer (3,000 operators on one path) or the compiler (depth 3,000)
    // reports CPython's RecursionError; either way it is an error value, not a crash.
    let too_deep = format!("x = 1{}\n", " + 1".repeat(5000));
    let err = super::compile_source(&too_deep, "t.py", &CompileOptions::default()).err();
    let err = err.map(|e| (e.kind, e.msg));
    assert_eq!(err, Some((crate::syntax::SyntaxErrorKind::RecursionError, crate::syntax::COMPILE_DEPTH_MESSAGE.to_string())));
}

#[test]
fn repeated_keyword_argument() {
    let err = super::compile_source("f(a=1, a=2)\n", "t.py", &CompileOptions::default()).err();
    let err = err.expect("error");
    assert_eq!((err.msg.as_str(), err.col, err.end_col), ("keyword argument repeated: a", 8, 11));
}
