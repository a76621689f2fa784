//! The interactive REPL (`corio` with no script, `corio -i script.py`), behaving like
//! `python -m asyncio`: top-level `await`, one event loop for the whole session that keeps
//! running background tasks while the next line is typed.
//!
//! Layout: `session` (the driver: prompts, buffering, the wait for input), `statement`
//! (compiling and running one input, as a task when it awaits), `input` (the input thread,
//! the only rustyline user), `completion` (Tab candidates), `history` (the history file).
//! Continuation (is the buffered input complete?) is `syntax::interactive_status`.

mod completion;
mod history;
mod input;
mod session;
mod statement;

pub use session::{run, Banner};
