//! The REPL. Piped sessions (`tests/repl_sessions/*.txt` fed to `corio` on stdin) are
//! snapshotted, and their stdout and exit status must equal `python3 -m asyncio`'s for the same
//! input (stderr differs by design: the banner names corio, and CPython 3.11's asyncio REPL
//! shows its own internal frames in tracebacks). A terminal session driven through `tmux`
//! checks what only a terminal shows: line editing, Tab completion, background output while
//! the prompt waits, history. It is skipped when `tmux` is not installed.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn sessions_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/repl_sessions")
}

/// Run `program args` with `input` on stdin: (exit status, stdout, stderr).
fn pipe_session(program: &str, args: &[&str], input: &[u8]) -> Option<(i32, String, String)> {
    let mut child = Command::new(program)
        .args(args)
        .current_dir(sessions_dir())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .ok()?;
    child.stdin.take()?.write_all(input).ok()?;
    let out = child.wait_with_output().ok()?;
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    Some((out.status.code().unwrap_or(-1), text(&out.stdout), text(&out.stderr)))
}

fn has_python3() -> bool {
    Command::new("python3").arg("--version").output().map_or(false, |o| o.status.success())
}

#[test]
fn piped_sessions_match_snapshots_and_cpython() {
    let mut files: Vec<PathBuf> = std::fs::read_dir(sessions_dir())
        .expect("tests/repl_sessions exists")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    assert!(!files.is_empty());
    let python = has_python3();
    for file in files {
        let name = file.file_stem().and_then(|s| s.to_str()).unwrap_or("session").to_string();
        let input = std::fs::read(&file).expect("session file reads");
        let (code, out, err) = pipe_session(env!("CARGO_BIN_EXE_corio"), &[], &input).expect("corio runs");
        insta::assert_snapshot!(format!("repl_{name}"), format!("exit: {code}\n--- stdout\n{out}\n--- stderr\n{err}"));
        if python {
            if let Some((py_code, py_out, _)) = pipe_session("python3", &["-m", "asyncio"], &input) {
                assert_eq!(out, py_out, "{name}: stdout differs from python3 -m asyncio");
                assert_eq!(code, py_code, "{name}: exit status differs from python3 -m asyncio");
            }
        }
    }
}

#[test]
fn dash_runs_a_script_from_stdin_and_dash_i_keeps_its_namespace() {
    let corio = env!("CARGO_BIN_EXE_corio");
    let (code, out, _) = pipe_session(corio, &["-"], b"x = 2\nprint(x * 21)\n").expect("corio runs");
    assert_eq!((code, out.as_str()), (0, "42\n"));
    let script = std::env::temp_dir().join(format!("corio_repl_i_{}.py", std::process::id()));
    std::fs::write(&script, "import asyncio\nvalue = asyncio.run(asyncio.sleep(0, 'from script'))\n").expect("temp file");
    let path = script.to_string_lossy().into_owned();
    let (code, out, err) = pipe_session(corio, &["-i", &path], b"value\nawait asyncio.sleep(0, 7)\n").expect("corio runs");
    let _ = std::fs::remove_file(&script);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, ">>> 'from script'\n>>> 7\n>>> ");
}

/// A `tmux` session on its own server socket, killed when dropped.
struct Terminal {
    socket: String,
}

impl Terminal {
    fn start(home: &Path) -> Option<Terminal> {
        let socket = format!("corio-repl-test-{}", std::process::id());
        let command = format!("env HOME={} TERM=xterm {}", home.display(), env!("CARGO_BIN_EXE_corio"));
        let ok = Command::new("tmux")
            .args(["-L", &socket, "-f", "/dev/null", "new-session", "-d", "-s", "repl", "-x", "150", "-y", "50", &command])
            .status()
            .map_or(false, |s| s.success());
        let term = ok.then_some(Terminal { socket })?;
        // Keep the pane (and its last screen) after corio exits.
        term.tmux(&["set-option", "-t", "repl", "remain-on-exit", "on"]);
        Some(term)
    }

    fn tmux(&self, args: &[&str]) -> String {
        let out = Command::new("tmux").args(["-L", &self.socket]).args(args).output();
        out.map(|o| String::from_utf8_lossy(&o.stdout).into_owned()).unwrap_or_default()
    }

    /// Type `text` literally, then the given keys (`Enter`, `Tab`, `C-d`).
    fn type_text(&self, text: &str, keys: &[&str]) {
        if !text.is_empty() {
            self.tmux(&["send-keys", "-t", "repl", "-l", text]);
        }
        for key in keys {
            self.tmux(&["send-keys", "-t", "repl", key]);
        }
    }

    fn screen(&self) -> String {
        self.tmux(&["capture-pane", "-p", "-t", "repl", "-S", "-200"])
    }

    /// Poll the screen until `pred` holds (up to a few seconds); the last screen either way.
    fn wait_for(&self, pred: impl Fn(&str) -> bool) -> Result<String, String> {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if pred(&screen) {
                return Ok(screen);
            }
            if start.elapsed() > Duration::from_secs(5) {
                return Err(screen);
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Terminal {
    fn drop(&mut self) {
        self.tmux(&["kill-server"]);
    }
}

fn has_line(screen: &str, line: &str) -> bool {
    screen.lines().any(|l| l.trim_end() == line)
}

#[test]
fn terminal_session_awaits_completes_and_runs_background_tasks() {
    if Command::new("tmux").arg("-V").output().map_or(true, |o| !o.status.success()) {
        eprintln!("skipping the REPL terminal test: tmux is not installed");
        return;
    }
    let home = std::env::temp_dir().join(format!("corio_repl_home_{}", std::process::id()));
    std::fs::create_dir_all(&home).expect("temp home");
    let term = Terminal::start(&home).expect("tmux starts a session");
    let check = |what: &str, r: Result<String, String>| {
        if let Err(screen) = r {
            panic!("{what}: not seen on the terminal:\n{screen}");
        }
    };
    check("banner", term.wait_for(|s| s.contains("asyncio REPL") && s.contains(">>> import asyncio")));

    term.type_text("await asyncio.sleep(0.1)", &["Enter"]);
    term.type_text("1+1", &["Enter"]);
    check("1+1 echoed as 2", term.wait_for(|s| has_line(s, "2")));

    // A background task prints while the prompt waits for input.
    term.type_text("async def ticker():", &["Enter"]);
    term.type_text("    for i in range(4): print('tick', i); await asyncio.sleep(0.2)", &["Enter", "Enter"]);
    term.type_text("t = asyncio.create_task(ticker())", &["Enter"]);
    check("background output", term.wait_for(|s| has_line(s, "tick 3")));

    // Tab completes attributes (a second Tab lists the candidates if there are several).
    term.type_text("asyncio.crea", &["Tab"]);
    std::thread::sleep(Duration::from_millis(300));
    term.type_text("", &["Tab"]);
    check("Tab completion", term.wait_for(|s| s.contains("asyncio.create_task")));
    term.type_text("", &["C-u", "Enter"]);

    term.type_text("", &["C-d"]);
    check("exit message", term.wait_for(|s| s.contains("exiting asyncio REPL")));
    drop(term);
    let history = std::fs::read_to_string(home.join(".corio_history")).unwrap_or_default();
    let _ = std::fs::remove_dir_all(&home);
    assert!(history.lines().any(|l| l == "1+1"), "history file: {history:?}");
}
