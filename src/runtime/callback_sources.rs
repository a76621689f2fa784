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
    // on the asyncio future of run_in_executor()/wrap_future()
    ("_chain_future.<locals>._call_check_cancel", "futures.py", 387),
    ("_chain_future.<locals>._call_set_state", "futures.py", 394),
    ("_set_result_unless_cancelled", "futures.py", 311),
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
    // a `@types.coroutine` generator in CPython: its first line is the decorator's
    ("_wrap_awaitable", "tasks.py", 687, 694),
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
    ("StreamWriter.drain", "streams.py", 366, 389),
    ("StreamWriter.wait_closed", "streams.py", 360, 361),
    ("open_connection", "streams.py", 26, 48),
    ("start_server", "streams.py", 54, 84),
    ("to_thread", "threads.py", 12, 25),
    ("Server.serve_forever", "base_events.py", 358, 369),
    ("Server.wait_closed", "base_events.py", 379, 384),
    ("Queue.join", "queues.py", 206, 215),
    // suspended in `await self._wait()` for the other parties, as a task usually is
    ("Barrier.wait", "locks.py", 481, 497),
    ("Process.wait", "subprocess.py", 135, 137),
    // suspended in `await tasks.gather(...)` reading the pipes
    ("Process.communicate", "subprocess.py", 187, 200),
    ("create_subprocess_exec", "subprocess.py", 217, 223),
    ("create_subprocess_shell", "subprocess.py", 205, 210),
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
