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

fn error_cases() -> Vec<String> {
    include_str!("testdata/errors.txt").split("# ----\n").map(str::to_string).collect()
}

fn render_result(src: &str) -> String {
    match parse_module(src, "t.py") {
        Ok(_) => "OK\n".to_string(),
        Err(e) => e.render(),
    }
}

/// Every error case rendered, as one reviewed snapshot.
#[test]
fn syntax_error_snapshots() {
    let mut all = String::new();
    for src in error_cases() {
        all.push_str("---- source:\n");
        all.push_str(&src);
        all.push_str("---- error:\n");
        all.push_str(&render_result(&src));
    }
    insta::assert_snapshot!(all);
}

/// The rendered errors agree with python3's, when python3 is available. Cases CPython reports
/// from its compiler (not the parser) compile here and are listed in `COMPILER_CHECKED`.
#[test]
fn syntax_errors_match_cpython() {
    const COMPILER_CHECKED: &[&str] = &["duplicate argument", "'return' outside function"];
    let cases = error_cases();
    let sources: Vec<(String, String)> = cases.iter().map(|s| (String::new(), s.clone())).collect();
    let Some(expected) = cpython_run("testdata/cpython_errors.py", include_str!("testdata/cpython_errors.py"), &sources) else {
        eprintln!("python3 not available: skipping");
        return;
    };
    let expected: Vec<&str> = expected.split("=====\n").collect();
    let mut failures = Vec::new();
    for (src, want) in cases.iter().zip(expected) {
        let got = render_result(src);
        if COMPILER_CHECKED.iter().any(|m| want.contains(m)) && got == "OK\n" {
            continue;
        }
        if got != want {
            failures.push(format!("{src}  got:\n{got}  want:\n{want}"));
        }
    }
    assert!(failures.is_empty(), "{} mismatches:\n{}", failures.len(), failures.join("\n"));
}

/// Runs a python3 helper script over the sources; its whole stdout.
fn cpython_run(name: &str, script_text: &str, sources: &[(String, String)]) -> Option<String> {
    let dir = std::env::temp_dir().join(format!("corio-syntax-{}-{}", std::process::id(), name.len()));
    std::fs::create_dir_all(&dir).ok()?;
    let script = dir.join("script.py");
    std::fs::write(&script, script_text).ok()?;
    let mut args = vec![script.display().to_string()];
    for (i, (_, src)) in sources.iter().enumerate() {
        let p = dir.join(format!("s{i}.py"));
        std::fs::write(&p, src).ok()?;
        args.push(p.display().to_string());
    }
    let out = std::process::Command::new("python3").args(&args).output().ok()?;
    let _ = std::fs::remove_dir_all(&dir);
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

/// The message of a SyntaxError; for the RecursionError/MemoryError of too-deep source, the
/// line CPython prints.
fn error_msg(src: &str) -> String {
    match parse_module(src, "t.py") {
        Ok(_) => "OK".to_string(),
        Err(e) if e.kind.is_syntax_error() => e.msg,
        Err(e) => e.render().trim_end().to_string(),
    }
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    // A 2,900-deep tree is dropped recursively; corio runs scripts on a 1 GiB stack (main.rs),
    // a test thread has 2 MiB.
    let run = std::thread::Builder::new().stack_size(256 << 20).spawn(deep_nesting_cases).expect("test thread starts");
    run.join().expect("deep nesting cases pass");
}

fn deep_nesting_cases() {
    assert_eq!(error_msg(&"(".repeat(100_000)), "too many nested parentheses");
    assert_eq!(error_msg(&format!("x = {}1{}\n", "[".repeat(199), "]".repeat(199))), "OK");
    assert_eq!(error_msg(&format!("x = {}1{}\n", "(".repeat(201), ")".repeat(201))), "too many nested parentheses");
    // What python3 reports for each (`compile(src, "t.py", "exec")`): its parser's stack
    // overflows on long prefix-operator chains; otherwise its compiler's recursion limit.
    let recursion = "RecursionError: maximum recursion depth exceeded during compilation";
    assert_eq!(error_msg(&format!("x = {}1\n", "-".repeat(100_000))), "MemoryError");
    assert_eq!(error_msg(&format!("x = {}1\n", "-".repeat(5_000))), recursion);
    assert_eq!(error_msg(&format!("x = {}1\n", "not ".repeat(2_900))), "OK");
    assert_eq!(error_msg(&format!("x = 1{}\n", "**1".repeat(3_000))), "MemoryError");
    assert_eq!(error_msg(&format!("x = {}1\n", "lambda: ".repeat(100_000))), "MemoryError");
    assert_eq!(error_msg(&format!("x = 1{}\n", "+1".repeat(100_000))), recursion);
    assert_eq!(error_msg(&format!("x = a{}\n", ".b".repeat(100_000))), recursion);
    // A syntax error anywhere comes first, as CPython parses everything before compiling.
    assert_eq!(error_msg(&format!("x = 1{}\ny = )\n", "+1".repeat(100_000))), "unmatched ')'");
    assert_eq!(error_msg(&format!("x = [{}]\n", "-1, ".repeat(50_000))), "OK");
    assert_eq!(error_msg(&format!("x = 1{}\n", " + (1, 2)".repeat(10_000))), recursion);
    assert_eq!(error_msg(&format!("{}pass\n", (0..120).map(|i| format!("{}if x:\n", " ".repeat(i))).collect::<String>())), "too many levels of indentation");
    assert_eq!(error_msg(&format!("x = {}\n", "9".repeat(100_000))), "OK");
    let nested_f = "f'''{f\"\"\"{f'{f\"{1}\"}'}\"\"\"}'''\n";
    assert_eq!(error_msg(nested_f), "OK");
}

/// A small deterministic generator (no dependency): xorshift.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
}

#[test]
fn garbage_never_panics() {
    const PIECES: &[&str] = &[
        "(", ")", "[", "]", "{", "}", ":", ",", ";", "=", "==", "+", "-", "*", "**", "/", "//", "@", "->", ":=", ".", "...",
        "x", "_", "match", "case", "if", "else", "elif", "for", "in", "not", "is", "lambda", "def", "class", "return", "yield",
        "from", "import", "as", "async", "await", "with", "try", "except", "finally", "del", "global", "1", "0x1F", "1.5e3",
        "3j", "1_0", "'s'", "\"t\"", "'''u'''", "f'{x}'", "f'{x!r:>{w}}'", "f'{'", "b'x'", "rb'\\d'", "\\", "\n", "\n    ",
        "\n\t", "\n  ", " ", "#c", "'", "\"", "\"\"\"", "€", "\u{0}", "\r\n", "\x0c", "!", "?", "$", "0777", "1abc", "print",
    ];
    let programs: Vec<String> = [
        include_str!("testdata/snippets.txt"),
        include_str!("testdata/errors.txt"),
    ]
    .iter()
    .flat_map(|t| t.split("# ----\n").map(str::to_string).collect::<Vec<_>>())
    .collect();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut inputs: Vec<String> = Vec::new();
    for _ in 0..400 {
        let n = (rng.next() % 40) as usize;
        inputs.push((0..n).map(|_| rng.pick(PIECES)).collect());
    }
    for p in &programs {
        // Every prefix cut at a char boundary, and a few random byte flips.
        for cut in (0..p.len()).step_by(7).filter(|&c| p.is_char_boundary(c)) {
            inputs.push(p[..cut].to_string());
        }
        let mut bytes = p.clone().into_bytes();
        for _ in 0..3 {
            if !bytes.is_empty() {
                let i = (rng.next() % bytes.len() as u64) as usize;
                bytes[i] = b"()[]{}:'\"\\\n\t #=f"[(rng.next() % 16) as usize];
            }
        }
        inputs.push(String::from_utf8_lossy(&bytes).into_owned());
    }
    for input in &inputs {
        let result = std::panic::catch_unwind(|| {
            let r = parse_module(input, "fuzz.py");
            if let Err(e) = &r {
                let _ = e.render();
            }
            let _ = interactive_status(input, "<stdin>");
        });
        assert!(result.is_ok(), "panic on input {input:?}");
    }
}

/// Compact token listing: `kind@start..end`, names and literals with their text.
fn token_listing(src: &str) -> String {
    let toks = lexer::tokenize_module(src);
    let mut out = String::new();
    for (s, t, e) in toks.toks.iter().skip(1) {
        let shown = match t {
            lexer::Tok::Name(n) => format!("Name({n})"),
            lexer::Tok::Int(n) => format!("Int({n})"),
            lexer::Tok::Float(f) => format!("Float({f})"),
            lexer::Tok::Imag(f) => format!("Imag({f})"),
            lexer::Tok::Str(st) => format!("Str(b={} r={} f={} {:?})", st.bytes as u8, st.raw as u8, st.fstring as u8, st.body),
            lexer::Tok::Op(op) => format!("{op:?}"),
            other => format!("{other:?}"),
        };
        out.push_str(&format!("{shown}@{s}..{e} "));
    }
    if let Some(err) = toks.error {
        out.push_str(&format!("ERROR({} @{})", err.msg, err.start));
    }
    out.trim_end().to_string()
}

#[test]
fn token_stream_snapshots() {
    let inputs = [
        "if x:\n    y = 1\n\n    # c\n  \n    z\nw\n",
        "def f():\n\tif a:\n\t\tpass\n\treturn\n",
        "x = (1,\n     2)\ny = [\n  3]\n",
        "a = 1 + \\\n    2\n",
        "s = 'a' \"b\" '''c\nd''' rb'\\x' F'{x}' Rb\"y\"",
        "x = 0x_1F + 0o7 + 0b1 + 1_000 + 1. + .5 + 1e-5 + 3j",
        "#!/usr/bin/env python\nx\r\ny\r\n",
        "if x:\n    a\n\x0cb\n",
        "x **= 2; y //= 3; z @= m; w := 1 -> ...",
        "match x:\n    case 1: pass\nmatch = 3\nmatch(x)\n",
        "with (a as b, c):\n    pass\nwith (a, b) as c: pass\n",
        "x = 'unterminated\n",
        "if x:\n    a\n  b\n",
    ];
    let all: Vec<String> = inputs.iter().map(|s| format!("{s:?}\n  {}", token_listing(s))).collect();
    insta::assert_snapshot!(all.join("\n"));
}

/// The REPL's continuation rule, checked case by case against CPython's
/// `codeop.compile_command(src, "<stdin>", "single")` (None: incomplete).
#[test]
fn incomplete_input() {
    let incomplete = [
        "x = (1,", "x = (1,\n", "x = (1,\n\n", "if x:", "if x:\n", "if x:\n\n", "if x:\n    y = 1", "s = '''abc",
        "s = '''abc\n\n", "x = 1 + \\", "@dec", "@dec\n", "class A:\n  x = 1\n  ", "if 1: pass", "try:\n  pass\n",
        "try:\n  pass", "async def f():", "match x:", "while 1:\n  pass\nelse:", "if x:\n  pass\n  ", "a = [\n\n",
    ];
    for src in incomplete {
        assert!(matches!(interactive_status(src, "<stdin>"), InputStatus::Incomplete), "{src:?} should be incomplete");
    }
    let complete = ["if x:\n    y = 1\n", "def f():\n    pass\n", "x = 1", "if 1: pass\n", "", "# c", "x = 1; y = 2", "f(\n1,\n2)"];
    for src in complete {
        assert!(matches!(interactive_status(src, "<stdin>"), InputStatus::Complete(_)), "{src:?} should be complete");
    }
    let invalid = [
        ("x = ", "invalid syntax"),
        ("for x in", "invalid syntax"),
        ("1 +", "invalid syntax"),
        ("x = )", "unmatched ')'"),
        ("if x:\n  y\nz", "invalid syntax"),
        ("s = 'abc", "unterminated string literal (detected at line 1)"),
    ];
    for (src, msg) in invalid {
        match interactive_status(src, "<stdin>") {
            InputStatus::Invalid(e) => assert_eq!(e.msg, msg, "{src:?}"),
            other => panic!("{src:?} should be invalid, got {other:?}"),
        }
    }
}

#[test]
fn interactive_input_parses_several_statements() {
    let m = parse_interactive("x = 1; y = 2\nprint(x)\n", "<stdin>").expect("parses");
    assert_eq!(m.body.len(), 3);
}

/// Every shared program parses; programs whose expected output is a SyntaxError either fail
/// here with exactly that message, or are errors CPython reports from its compiler.
#[test]
fn shared_programs_parse() {
    for dir in ["/work/shared/conformance/cases", "/work/shared/bench"] {
        for (path, text) in py_files(dir) {
            let err_path = path.trim_end_matches(".py").to_string() + ".err";
            let expected = std::fs::read_to_string(&err_path).ok().and_then(|t| {
                let last = t.lines().last()?.to_string();
                last.starts_with("SyntaxError: ").then(|| last["SyntaxError: ".len()..].to_string())
            });
            match (parse_module(&text, &path), expected) {
                (Ok(_), None) => {}
                // Compiler-level SyntaxErrors ('await' outside async function, ...).
                (Ok(_), Some(msg)) => assert!(msg.contains("outside") || msg.contains("inside"), "{path}: expected {msg}"),
                (Err(e), Some(msg)) => assert_eq!(e.msg, msg, "{path}"),
                (Err(e), None) => panic!("{path}:\n{}", e.render()),
            }
        }
    }
}
