//! The command line: `-m`, `-c`, usage errors (exit 2), `--version`, a missing file; output
//! that varies between runs (debug-mode timing reports), checked by shape.

use std::process::Command;

fn corio(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_corio"))
        .args(args)
        .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/cases/pkg_demo"))
        .output()
        .expect("corio runs");
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    (out.status.code().unwrap_or(-1), text(&out.stdout), text(&out.stderr))
}

#[test]
fn dash_m_runs_a_module_of_a_package_as_main() {
    let (code, out, _) = corio(&["-m", "shapes.sub.util"]);
    assert_eq!(code, 0);
    assert_eq!(out, "");
    let (code, out, err) = corio(&["-m", "main", "arg"]);
    assert_eq!((code, err.as_str()), (0, ""));
    assert!(out.ends_with("run as main\n"), "{out}");
}

#[test]
fn dash_m_reports_missing_modules_and_packages_without_main() {
    let (code, _, err) = corio(&["-m", "no_such_mod"]);
    assert_eq!(code, 1);
    assert!(err.ends_with(": No module named no_such_mod\n"), "{err}");
    let (code, _, err) = corio(&["-m", "shapes"]);
    assert_eq!(code, 1);
    assert!(err.ends_with(": No module named shapes.__main__; 'shapes' is a package and cannot be directly executed\n"), "{err}");
}

#[test]
fn usage_errors_exit_2() {
    for (args, first) in [
        (&["-m"][..], "Argument expected for the -m option"),
        (&["-c"][..], "Argument expected for the -c option"),
        (&["-Z"][..], "Unknown option: -Z"),
    ] {
        let (code, _, err) = corio(args);
        assert_eq!(code, 2);
        assert!(err.starts_with(&format!("{first}\nusage: ")), "{err}");
        assert!(err.ends_with("Try `corio -h' for more information.\n"), "{err}");
    }
    let (code, _, err) = corio(&["no_such_file.py"]);
    assert_eq!(code, 2);
    assert!(err.contains(": can't open file '"), "{err}");
}

#[test]
fn version_and_dash_c() {
    let (code, out, _) = corio(&["--version"]);
    assert_eq!((code, out.starts_with("corio ")), (0, true));
    let (code, out, _) = corio(&["-c", "import sys; print(sys.argv)", "x"]);
    assert_eq!((code, out.as_str()), (0, "['-c', 'x']\n"));
    // `python3 -c 'print(sorted(globals()))'`: `-c` code has no `__file__`.
    let (code, out, _) = corio(&["-c", "print(sorted(globals()))"]);
    let expected = "['__annotations__', '__builtins__', '__doc__', '__loader__', '__name__', '__package__', '__spec__']\n";
    assert_eq!((code, out.as_str()), (0, expected));
}

/// `-c` code has no source file, so its traceback lines stand alone, as in CPython (whose
/// output this is: `python3 -c 'def f():\n    return 1/0\nf()'`).
#[test]
fn dash_c_tracebacks_show_no_source_lines() {
    let (code, _, err) = corio(&["-c", "def f():\n    return 1/0\nf()"]);
    let expected = "Traceback (most recent call last):\n  File \"<string>\", line 3, in <module>\n  File \"<string>\", line 2, in f\nZeroDivisionError: division by zero\n";
    assert_eq!((code, err.as_str()), (1, expected));
}

/// `asyncio.run(..., debug=True)` reports callbacks and task steps that block the loop for at
/// least `slow_callback_duration` on stderr, in CPython's words. The duration varies from run
/// to run, so this checks the shape rather than comparing with python3 byte for byte.
#[test]
fn debug_mode_reports_slow_callbacks() {
    let script = "import asyncio, time\n\
def blocking():\n    time.sleep(0.15)\n\
async def step():\n    time.sleep(0.12)\n\
async def main():\n    loop = asyncio.get_running_loop()\n    loop.call_soon(blocking)\n    await asyncio.create_task(step(), name='slow')\n    time.sleep(0.01)\n\
asyncio.run(main(), debug=True)\n";
    let (code, out, err) = corio(&["-c", script]);
    assert_eq!((code, out.as_str()), (0, ""), "{err}");
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 2, "{err}");
    assert!(lines[0].starts_with("Executing <Handle blocking() at <string>:2 created at <string>:8> took 0.1"), "{err}");
    assert!(lines[1].starts_with("Executing <Task finished name='slow' coro=<step() done, defined at <string>:4> result=None created at "), "{err}");
    for l in lines {
        let secs = l.rsplit(" took ").next().and_then(|t| t.strip_suffix(" seconds")).and_then(|t| t.parse::<f64>().ok());
        assert!(secs.map_or(false, |s| s >= 0.1 && s < 1.0), "{l}");
    }
}

/// Embedded stdlib modules are compiled once and then loaded from the code cache: a cold and a
/// warm run print the same, and a damaged cache entry is ignored (recompiled), never an error.
#[test]
fn compiled_module_cache_is_transparent() {
    let dir = std::env::temp_dir().join(format!("corio-cache-test-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let script = "import asyncio, json\nasync def main():\n    await asyncio.sleep(0)\n    return json.dumps({'a': [1, 2.5, None]})\nprint(asyncio.run(main()))\n";
    let run = || {
        let out = Command::new(env!("CARGO_BIN_EXE_corio"))
            .args(["-c", script])
            .env("CORIO_CACHE_DIR", &dir)
            .output()
            .expect("corio runs");
        (out.status.code(), String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned())
    };
    let expected = (Some(0), "{\"a\": [1, 2.5, null]}\n".to_owned(), String::new());
    assert_eq!(run(), expected, "cold cache");
    let entries: Vec<_> = std::fs::read_dir(&dir).expect("cache directory created").flatten().map(|e| e.path()).collect();
    assert!(entries.len() > 5, "one entry per imported stdlib module: {entries:?}");
    assert_eq!(run(), expected, "warm cache");
    for e in &entries {
        std::fs::write(e, b"not a code object").expect("cache entry writable");
    }
    assert_eq!(run(), expected, "damaged cache");
    let _ = std::fs::remove_dir_all(&dir);
}
