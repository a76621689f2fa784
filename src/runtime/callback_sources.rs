//! Where CPython 3.11.7 defines the asyncio callbacks a task or future repr names: CPython's
//! `format_helpers._format_callback_source` appends ` at file:line` for a Python function, so
//! `print(asyncio.current_task())` in `main()` ends with `cb=[_run_until_complete_cb() at
//! .../asyncio/base_events.py:180]`. corio runs some of these natively and the others from
//! `<frozen asyncio.*>` sources whose line numbers are its own; both show CPython's place.

use super::asyncio_logger::ASYNCIO_DIR;

/// (qualified name, CPython's module file under asyncio/, first line of the `def`).
const SOURCES: &[(&str, &str, u32)] = &[
    ("_run_until_complete_cb", "base_events.py", 180),
    ("gather.<locals>._done_callback", "tasks.py", 764),
    ("_wait.<locals>._on_completion", "tasks.py", 519),
    ("as_completed.<locals>._on_completion", "tasks.py", 602),
    ("shield.<locals>._inner_done_callback", "tasks.py", 891),
    ("shield.<locals>._outer_done_callback", "tasks.py", 908),
    ("_release_waiter", "tasks.py", 431),
];

/// ` at <asyncio dir>/<file>:<line>` for the asyncio callback `qualname`, if CPython defines
/// it in Python.
pub fn cpython_suffix(qualname: &str) -> Option<String> {
    SOURCES
        .iter()
        .find(|(name, _, _)| *name == qualname)
        .map(|(_, file, line)| format!(" at {ASYNCIO_DIR}{file}:{line}"))
}

/// (qualified name, CPython's module file, `def` line, line of the `await` it waits at) of the
/// asyncio coroutines a task may run directly (`create_task(q.get())`, `create_task(sleep(1))`).
const COROUTINES: &[(&str, &str, u32, u32)] = &[
    ("sleep", "tasks.py", 637, 649),
    ("wait_for", "tasks.py", 436, 476),
    ("wait", "tasks.py", 399, 428),
    ("Queue.put", "queues.py", 110, 120),
    ("Queue.get", "queues.py", 149, 158),
    ("Lock.acquire", "locks.py", 93, 114),
    ("Event.wait", "locks.py", 200, 213),
    ("Semaphore.acquire", "locks.py", 364, 387),
    ("Condition.wait", "locks.py", 248, 267),
    ("Condition.wait_for", "locks.py", 285, 294),
    ("StreamReader.read", "streams.py", 666, 708),
    ("StreamReader.readline", "streams.py", 544, 563),
    ("StreamReader.readexactly", "streams.py", 717, 747),
    ("StreamReader.readuntil", "streams.py", 575, 655),
];

/// Where CPython's `_format_coroutine` places the asyncio coroutine `qualname` (its file, and
/// its `def` line, or the line it waits at when `suspended`), as `path:line`.
pub fn cpython_coroutine_place(qualname: &str, suspended: bool) -> Option<String> {
    let (_, file, def, wait) = COROUTINES.iter().find(|(name, ..)| *name == qualname)?;
    Some(format!("{ASYNCIO_DIR}{file}:{}", if suspended { wait } else { def }))
}

/// `sleep(0)` waits at `await __sleep0()` (line 640 in CPython), not at the timer's await.
pub fn cpython_sleep0_place() -> String {
    format!("{ASYNCIO_DIR}tasks.py:640")
}
