//! The input thread: reads one line at a time when the session asks, with `rustyline` on a
//! terminal (line editing, history, Tab completion) or plainly from piped stdin. It never
//! touches a Python value: lines travel as `String`s over a channel and the thread wakes the
//! event loop, which keeps running background tasks on the main thread meanwhile. This is the
//! only `rustyline` user.

use std::path::PathBuf;
use std::sync::mpsc::{channel, Receiver, RecvTimeoutError, Sender};
use std::time::Duration;

use rustyline::completion::{Completer, Pair};
use rustyline::error::ReadlineError;
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::history::DefaultHistory;
use rustyline::validate::Validator;
use rustyline::{CompletionType, Config, Context, Editor, ExternalPrinter, Helper};

use crate::runtime::reactor::LoopWaker;

/// What the session asks of the input thread.
pub enum Request {
    /// Read one line after showing `prompt` (a terminal only; piped input shows none here).
    Read { prompt: String },
}

/// What the input thread reports back.
pub enum Event {
    Line(String),
    /// Ctrl-C while editing a line.
    Interrupted,
    /// Ctrl-D on an empty line, or the end of piped input.
    Eof,
    /// Tab pressed: the session answers on the completion channel with candidates for the
    /// word ending at byte `pos` of `line`.
    Complete { line: String, pos: usize },
}

/// Candidates answering `Event::Complete`: where the completed word starts, and its possible
/// replacements.
pub type Completion = (usize, Vec<String>);

/// The session's ends of the channels to a running input thread.
pub struct InputThread {
    requests: Sender<Request>,
    pub events: Receiver<Event>,
    pub completions: Sender<Completion>,
    /// Prints above the line being edited (a terminal only).
    pub printer: Option<ScreenPrinter>,
}

/// Output that arrives while a line is being edited (a background task's prints) goes above
/// the prompt, which the editor then redraws with the text typed so far.
pub struct ScreenPrinter(Box<dyn ExternalPrinter + Send>);

impl ScreenPrinter {
    /// Show complete lines (`text` ends with a newline).
    pub fn print(&mut self, text: &str) {
        // The editor adds the final newline itself.
        let text = text.strip_suffix('\n').unwrap_or(text);
        if self.0.print(text.to_string()).is_err() {
            print!("{text}\n");
        }
    }
}

impl InputThread {
    /// Start the thread. `terminal` selects rustyline; `history` is the file to load and
    /// append to.
    pub fn spawn(terminal: bool, history: Option<PathBuf>, waker: LoopWaker) -> InputThread {
        let (requests, request_rx) = channel();
        let (event_tx, events) = channel();
        let (completions, completion_rx) = channel();
        let events_out = Sender::clone(&event_tx);
        let (printer_tx, printer_rx) = channel();
        let spawned = std::thread::Builder::new().name("corio-input".into()).spawn(move || {
            // Ctrl-C must interrupt the main thread's wait, not this one's.
            crate::vm::signals::set_sigint_blocked(true);
            if terminal {
                read_terminal(request_rx, event_tx, completion_rx, history, waker, printer_tx)
            } else {
                read_piped(request_rx, event_tx, waker)
            }
        });
        if spawned.is_err() {
            // Without an input thread there is no input: the session sees the end of it.
            let _ = events_out.send(Event::Eof);
        }
        // The terminal reader sends its printer (or None) before reading anything.
        let printer = if terminal { printer_rx.recv_timeout(Duration::from_secs(2)).ok().flatten() } else { None };
        InputThread { requests, events, completions, printer }
    }

    /// Ask for the next line; the answer arrives on `events`.
    pub fn request_line(&self, prompt: &str) {
        let _ = self.requests.send(Request::Read { prompt: prompt.to_string() });
    }
}

/// Piped stdin: one `read_line` per request, the newline removed as `input()` does.
fn read_piped(requests: Receiver<Request>, events: Sender<Event>, waker: LoopWaker) {
    let stdin = std::io::stdin();
    while let Ok(Request::Read { .. }) = requests.recv() {
        let mut line = String::new();
        let event = match stdin.read_line(&mut line) {
            Ok(0) | Err(_) => Event::Eof,
            Ok(_) => {
                if line.ends_with('\n') {
                    line.pop();
                }
                Event::Line(line)
            }
        };
        let eof = matches!(event, Event::Eof);
        if events.send(event).is_err() {
            return;
        }
        waker.wake();
        if eof {
            return;
        }
    }
}

/// A terminal: rustyline with history and Tab completion answered by the session.
fn read_terminal(
    requests: Receiver<Request>,
    events: Sender<Event>,
    completions: Receiver<Completion>,
    history: Option<PathBuf>,
    waker: LoopWaker,
    printer: Sender<Option<ScreenPrinter>>,
) {
    // Bash-like completion: the first Tab inserts the common prefix, the second lists.
    let config = Config::builder().completion_type(CompletionType::List).auto_add_history(false).build();
    let helper = SessionCompleter { events: events.clone(), answers: completions, waker: waker.clone() };
    let mut editor: Editor<SessionCompleter, DefaultHistory> = match Editor::with_config(config) {
        Ok(e) => e,
        Err(_) => {
            let _ = printer.send(None);
            return read_piped(requests, events, waker);
        }
    };
    editor.set_helper(Some(helper));
    let screen = editor.create_external_printer().ok().map(|p| ScreenPrinter(Box::new(p)));
    let _ = printer.send(screen);
    let mut history = history;
    if let Some(path) = &history {
        // A missing or unreadable file starts an empty history.
        let _ = editor.load_history(path);
    }
    while let Ok(Request::Read { prompt }) = requests.recv() {
        let event = match editor.readline(&prompt) {
            Ok(line) => {
                remember(&mut editor, &mut history, &line);
                Event::Line(line)
            }
            Err(ReadlineError::Interrupted) => Event::Interrupted,
            Err(_) => Event::Eof,
        };
        let eof = matches!(event, Event::Eof);
        if events.send(event).is_err() {
            return;
        }
        waker.wake();
        if eof {
            return;
        }
    }
}

/// Add a non-blank line to the history and append it to the file (dropping the file on the
/// first failed write, so a full disk does not fail every line).
fn remember(editor: &mut Editor<SessionCompleter, DefaultHistory>, history: &mut Option<PathBuf>, line: &str) {
    if line.trim().is_empty() {
        return;
    }
    let _ = editor.add_history_entry(line);
    if let Some(path) = history.as_ref() {
        if editor.append_history(path).is_err() {
            *history = None;
        }
    }
}

/// Tab completion: the candidates need the session's namespace, so the request goes to the
/// main thread (which answers between event-loop turns) and this thread waits for the answer.
struct SessionCompleter {
    events: Sender<Event>,
    answers: Receiver<Completion>,
    waker: LoopWaker,
}

/// How long Tab waits for the main thread (busy running a statement it cannot be).
const COMPLETION_TIMEOUT: Duration = Duration::from_secs(2);

impl Completer for SessionCompleter {
    type Candidate = Pair;

    fn complete(&self, line: &str, pos: usize, _ctx: &Context<'_>) -> rustyline::Result<(usize, Vec<Pair>)> {
        // Drop answers to earlier requests that timed out.
        while self.answers.try_recv().is_ok() {}
        if self.events.send(Event::Complete { line: line.to_string(), pos }).is_err() {
            return Ok((pos, Vec::new()));
        }
        self.waker.wake();
        match self.answers.recv_timeout(COMPLETION_TIMEOUT) {
            Ok((start, words)) => {
                let pairs = words.into_iter().map(|w| Pair { display: w.clone(), replacement: w }).collect();
                Ok((start, pairs))
            }
            Err(RecvTimeoutError::Timeout | RecvTimeoutError::Disconnected) => Ok((pos, Vec::new())),
        }
    }
}

impl Hinter for SessionCompleter {
    type Hint = String;
}

impl Highlighter for SessionCompleter {}

impl Validator for SessionCompleter {}

impl Helper for SessionCompleter {}
