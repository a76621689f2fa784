//! Runs every program in `examples/` and `tests/cases/<area>/`, snapshots its stdout, stderr and
//! exit code, and (where `python3` is available) checks the output is identical to CPython's.

use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `examples/*.py` and `tests/cases/<area>/*.py`; deeper files are modules those programs
/// import (a package under `tests/cases/pkg_demo/`), not programs of their own.
fn programs() -> Vec<PathBuf> {
    let mut out = Vec::new();
    collect(&root().join("examples"), 0, &mut out);
    collect(&root().join("tests/cases"), 1, &mut out);
    out.sort();
    out
}

fn collect(dir: &Path, depth: usize, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            if depth > 0 {
                collect(&p, depth - 1, out);
            }
        } else if depth == 0 && p.extension().map_or(false, |x| x == "py") {
            out.push(p);
        }
    }
}

/// (exit code, stdout, stderr) with the checkout path replaced by `<root>`.
fn run(interpreter: &str, program: &Path) -> Option<(i32, String, String)> {
    let rel = program.strip_prefix(root()).unwrap_or(program);
    let out = Command::new(interpreter).arg(rel).current_dir(root()).output().ok()?;
    let root_str = root().to_string_lossy().into_owned();
    let clean = |b: &[u8]| String::from_utf8_lossy(b).replace(&root_str, "<root>");
    Some((out.status.code().unwrap_or(-1), clean(&out.stdout), clean(&out.stderr)))
}

fn has_python3() -> bool {
    Command::new("python3").arg("--version").output().map_or(false, |o| o.status.success())
}

/// Third-party packages corio ships its own version of, by the module a program imports and
/// the package python3 needs for it: `aiohttp` (also for its `multidict`/`yarl`;
/// tests/cases/aiohttp/, examples/crawler.py) and `requests`. python3 runs such a program only
/// if the real package is installed; the snapshots hold what the real packages print (checked
/// by hand against aiohttp 3.14.5 and requests 2.34.2).
const THIRD_PARTY: [(&str, &str); 4] = [("aiohttp", "aiohttp"), ("multidict", "aiohttp"), ("yarl", "aiohttp"), ("requests", "requests")];

fn python3_can_run(program: &Path, installed: &mut std::collections::HashMap<&'static str, bool>) -> bool {
    let source = std::fs::read_to_string(program).unwrap_or_default();
    THIRD_PARTY.iter().all(|&(module, package)| {
        let imports = source.lines().any(|l| l.starts_with(&format!("import {module}")) || l.starts_with(&format!("from {module} ")));
        !imports
            || *installed.entry(package).or_insert_with(|| {
                Command::new("python3").args(["-c", &format!("import {package}")]).output().map_or(false, |o| o.status.success())
            })
    })
}

#[test]
fn programs_match_snapshots_and_cpython() {
    let corio = env!("CARGO_BIN_EXE_corio");
    let python = has_python3();
    let mut installed = std::collections::HashMap::new();
    let mut mismatches = Vec::new();
    for program in programs() {
        let (code, stdout, stderr) = run(corio, &program).expect("corio runs");
        let name = program.strip_prefix(root()).unwrap_or(&program).to_string_lossy().replace(['/', '.'], "_");
        let report = format!("exit code: {code}\n--- stdout\n{stdout}--- stderr\n{stderr}");
        insta::assert_snapshot!(name, report);
        if python && python3_can_run(&program, &mut installed) {
            if let Some(expected) = run("python3", &program) {
                if expected != (code, stdout.clone(), stderr.clone()) {
                    mismatches.push(format!(
                        "{}:\n  corio:   {:?}\n  python3: {:?}",
                        program.display(),
                        (code, &stdout, &stderr),
                        expected
                    ));
                }
            }
        }
    }
    assert!(mismatches.is_empty(), "output differs from CPython:\n{}", mismatches.join("\n"));
}

/// Generated garbage never panics the front end or the compiler: it is a SyntaxError or compiles.
#[test]
fn garbage_input_is_a_syntax_error_not_a_panic() {
    let pieces = [
        "def", "(", ")", ":", "\n", "    ", "x", "=", "1", "yield", "await", "async", "[", "]", "{", "}", "lambda", "*",
        "**", "\"", "'", "f'{", "}'", "class", "try", "except", "finally", "with", "as", ",", ".", "return", "0x", "1e",
        "\\", "#", "if", "else", "for", "in", "while", "not", "@", "->", ":=", "global", "nonlocal", "\t",
    ];
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for _ in 0..400 {
        let n = (next() % 40) as usize;
        let src: String = (0..n).map(|_| pieces[(next() % pieces.len() as u64) as usize]).collect::<Vec<_>>().join(" ");
        let opts = corio::compile::CompileOptions { mode: corio::compile::Mode::Exec, allow_top_level_await: false };
        let r = std::panic::catch_unwind(|| corio::compile::compile_source(&src, "<garbage>", &opts).map(|_| ()));
        assert!(r.is_ok(), "panic on input {src:?}");
    }
    // Truncated real programs.
    for program in programs() {
        let src = std::fs::read_to_string(&program).expect("readable program");
        for cut in (0..src.len()).step_by(37) {
            if !src.is_char_boundary(cut) {
                continue;
            }
            let opts = corio::compile::CompileOptions { mode: corio::compile::Mode::Exec, allow_top_level_await: false };
            let part = &src[..cut];
            let r = std::panic::catch_unwind(|| corio::compile::compile_source(part, "<cut>", &opts).map(|_| ()));
            assert!(r.is_ok(), "panic on truncated {}", program.display());
        }
    }
}
