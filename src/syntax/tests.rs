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

/// Compares the AST (shapes, values, every span) of each snippet in `testdata/snippets.txt`
/// and of the shared conformance programs with CPython's, when python3 is available.
#[test]
fn ast_matches_cpython() {
    let snippets = include_str!("testdata/snippets.txt");
    let mut sources: Vec<(String, String)> = snippets
        .split("# ----\n")
        .enumerate()
        .map(|(i, s)| (format!("snippet {i}"), s.to_string()))
        .collect();
    for dir in ["/work/shared/conformance/cases", "/work/shared/bench"] {
        for (path, text) in py_files(dir) {
            sources.push((path, text));
        }
    }
    let Some(expected) = cpython_dumps(&sources) else {
        eprintln!("python3 not available: skipping");
        return;
    };
    let mut failures = Vec::new();
    for ((name, src), want) in sources.iter().zip(expected) {
        if want.starts_with("ERROR") {
            continue;
        }
        let got = match parse_module(src, "<test>") {
            Ok(m) => dump::dump_module(&m, src),
            Err(e) => format!("ERROR {}", e.render()),
        };
        if got != want {
            let at = got.bytes().zip(want.bytes()).take_while(|(a, b)| a == b).count();
            let from = got[..at.min(got.len())].char_indices().rev().nth(150).map_or(0, |c| c.0);
            let clip = |s: &str| s.get(from..).unwrap_or("").chars().take(300).collect::<String>();
            let shown = if src.len() > 600 { "" } else { src.as_str() };
            failures.push(format!("{name}:\n{shown}\n  got:  {}\n  want: {}\n", clip(&got), clip(&want)));
        }
    }
    assert!(failures.is_empty(), "{} mismatches:\n{}", failures.len(), failures.join("\n"));
}

fn py_files(dir: &str) -> Vec<(String, String)> {
    let Ok(rd) = std::fs::read_dir(dir) else { return vec![] };
    let mut paths: Vec<_> = rd.filter_map(|e| e.ok()).map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "py")).collect();
    paths.sort();
    paths.into_iter().filter_map(|p| Some((p.display().to_string(), std::fs::read_to_string(&p).ok()?))).collect()
}

/// Runs testdata/cpython_dump.py over the sources (one output line each).
fn cpython_dumps(sources: &[(String, String)]) -> Option<Vec<String>> {
    let dir = std::env::temp_dir().join(format!("corio-syntax-{}", std::process::id()));
    std::fs::create_dir_all(&dir).ok()?;
    let script = dir.join("dump.py");
    std::fs::write(&script, include_str!("testdata/cpython_dump.py")).ok()?;
    let mut args = vec![script.display().to_string()];
    for (i, (_, src)) in sources.iter().enumerate() {
        let p = dir.join(format!("s{i}.py"));
        std::fs::write(&p, src).ok()?;
        args.push(p.display().to_string());
    }
    let out = std::process::Command::new("python3").args(&args).output().ok()?;
    let _ = std::fs::remove_dir_all(&dir);
    if !out.status.success() {
        return None;
    }
    let lines: Vec<String> = String::from_utf8_lossy(&out.stdout).lines().map(str::to_string).collect();
    (lines.len() == sources.len()).then_some(lines)
}
