//! Buffered standard output and error, flushed like CPython's (line-buffered on a terminal,
//! block-buffered into pipes and files; unbuffered when `PYTHONUNBUFFERED` is set, which
//! matters once child processes write to the same stdout).
//!
//! Two layers, as CPython's `TextIOWrapper` over a `BufferedWriter`: text written through
//! `sys.stdout` waits in `pending` until a flush or a full chunk moves it into `buf`, while
//! bytes written to `sys.stdout.buffer` go straight into `buf`; so unflushed text can come out
//! after later bytes, as in CPython.

use std::io::{IsTerminal, Write};

/// CPython's `TextIOWrapper` chunk size and `BufferedWriter` buffer size.
const CHUNK: usize = 8192;

/// Set by the `-u` command-line option (read when the VM makes its stdout).
static FORCE_UNBUFFERED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// `corio -u`: stdout unbuffered, as `PYTHONUNBUFFERED` but without touching the environment
/// child processes inherit (CPython's `-u`).
pub fn force_unbuffered() {
    FORCE_UNBUFFERED.store(true, std::sync::atomic::Ordering::Relaxed);
}

/// `-u` or a non-empty PYTHONUNBUFFERED: CPython then turns off stdout buffering.
fn python_unbuffered() -> bool {
    FORCE_UNBUFFERED.load(std::sync::atomic::Ordering::Relaxed) || std::env::var_os("PYTHONUNBUFFERED").map_or(false, |v| !v.is_empty())
}

pub struct OutStream {
    /// The byte layer (`sys.stdout.buffer`): what the next flush writes.
    buf: Vec<u8>,
    /// The text layer's encoded text not yet handed to `buf`.
    pending: Vec<u8>,
    is_stderr: bool,
    line_buffered: bool,
    /// `PYTHONUNBUFFERED`: every write goes out at once.
    unbuffered: bool,
    /// While held, output stays buffered: the REPL takes the complete lines and shows them
    /// above the line being edited.
    held: bool,
    /// A failed write (EPIPE from a closed pipe), kept until a Python-level write or flush
    /// raises it, or interpreter shutdown reports it.
    error: Option<std::io::Error>,
    /// `sys.stdout.close()` (or leaving `with sys.stdout:`): later writes raise ValueError.
    closed: bool,
    /// The text layer's codec once `reconfigure()` set one (None: UTF-8 with the stream's
    /// default error handler).
    pub text_codec: Option<Box<TextCodec>>,
    /// `line_buffering` as `reconfigure()` last set it.
    line_buffering_set: Option<bool>,
}

/// What `sys.stdout.reconfigure(encoding=..., errors=...)` chose: text written through the
/// stream is encoded with it (CPython's `TextIOWrapper` encoder).
pub struct TextCodec {
    /// The name as given (`sys.stdout.encoding` shows it so).
    pub encoding: std::rc::Rc<str>,
    pub errors: std::rc::Rc<str>,
    /// UTF-8 under another spelling: written as it is, no encoder needed.
    pub is_utf8: bool,
}

impl OutStream {
    /// Hold output back (see `held`); releasing writes what is left.
    pub fn hold(&mut self, held: bool) {
        self.held = held;
        self.flush();
    }

    /// The complete lines buffered so far, removed from the buffer.
    pub fn take_lines(&mut self) -> Option<String> {
        self.buf.append(&mut self.pending);
        let end = self.buf.iter().rposition(|b| *b == b'\n')? + 1;
        let rest = self.buf.split_off(end);
        let lines = std::mem::replace(&mut self.buf, rest);
        Some(String::from_utf8_lossy(&lines).into_owned())
    }

    pub fn stdout() -> OutStream {
        let unbuffered = python_unbuffered();
        OutStream {
            buf: Vec::with_capacity(CHUNK),
            pending: Vec::new(),
            is_stderr: false,
            line_buffered: std::io::stdout().is_terminal(),
            unbuffered,
            held: false,
            error: None,
            closed: false,
            text_codec: None,
            line_buffering_set: None,
        }
    }

    pub fn stderr() -> OutStream {
        OutStream { buf: Vec::new(), pending: Vec::new(), is_stderr: true, line_buffered: true, unbuffered: true, held: false, error: None, closed: false, text_codec: None, line_buffering_set: None }
    }

    /// Text through the text layer (`sys.stdout.write`, `print`).
    pub fn write_str(&mut self, s: &str) {
        self.pending.extend_from_slice(s.as_bytes());
        if self.held {
            return;
        }
        if self.unbuffered || (self.line_buffered && s.contains('\n')) {
            self.flush();
        } else if self.pending.len() >= CHUNK {
            self.buf.append(&mut self.pending);
            self.flush_bytes();
        }
    }

    /// Text the stream's codec has already encoded, through the text layer as `write_str`.
    pub fn write_encoded(&mut self, b: &[u8], has_newline: bool) {
        self.pending.extend_from_slice(b);
        if self.held {
            return;
        }
        if self.unbuffered || (self.line_buffered && has_newline) {
            self.flush();
        } else if self.pending.len() >= CHUNK {
            self.buf.append(&mut self.pending);
            self.flush_bytes();
        }
    }

    /// `reconfigure(line_buffering=...)`.
    pub fn set_line_buffered(&mut self, on: bool) {
        self.line_buffered = on;
        self.line_buffering_set = Some(on);
    }

    /// `sys.stdout.line_buffering`: as `reconfigure()` set it, else CPython's start-up choice
    /// (on a terminal, and always for stderr, unless buffering is off altogether).
    pub fn line_buffering(&self) -> bool {
        self.line_buffering_set.unwrap_or_else(|| (self.is_stderr || std::io::stdout().is_terminal()) && !python_unbuffered())
    }

    /// Bytes through the byte layer (`sys.stdout.buffer.write`): unbuffered under
    /// `PYTHONUNBUFFERED` (CPython's `FileIO`), else flushed when the buffer fills.
    pub fn write_bytes(&mut self, b: &[u8]) {
        self.buf.extend_from_slice(b);
        if !self.held && (self.unbuffered || self.buf.len() >= CHUNK) {
            self.flush_bytes();
        }
    }

    /// Flush both layers (`sys.stdout.flush()`).
    pub fn flush(&mut self) {
        if self.held {
            return;
        }
        self.buf.append(&mut self.pending);
        self.flush_bytes();
    }

    /// Write out the byte layer only (`sys.stdout.buffer.flush()`); text still pending in
    /// the text layer stays there.
    pub fn flush_bytes(&mut self) {
        if self.buf.is_empty() || self.held {
            return;
        }
        let written = if self.is_stderr {
            let mut e = std::io::stderr().lock();
            e.write_all(&self.buf).and_then(|_| e.flush())
        } else {
            let mut o = std::io::stdout().lock();
            o.write_all(&self.buf).and_then(|_| o.flush())
        };
        // matches CPython: data that could not be written is dropped, and the error is raised
        // once (by the write or flush that hit it, else reported at shutdown).
        if let Err(e) = written {
            if !self.is_stderr {
                self.error = Some(e);
            }
        }
        self.buf.clear();
    }

    /// The write error recorded since the last call, if any.
    pub fn take_error(&mut self) -> Option<std::io::Error> {
        self.error.take()
    }

    /// Raise a recorded write error as CPython's OSError subclass (BrokenPipeError for EPIPE).
    pub fn check(&mut self) -> crate::object::PyResult<()> {
        match self.error.take() {
            Some(e) => Err(super::file::os_error(&e, None)),
            None => Ok(()),
        }
    }

    /// Flush, then refuse further writes (CPython's `TextIOWrapper.close()`).
    pub fn close(&mut self) {
        self.flush();
        self.closed = true;
    }

    pub fn is_closed(&self) -> bool {
        self.closed
    }

    /// CPython's error for a write or flush after `close()`.
    pub fn ensure_open(&self) -> crate::object::PyResult<()> {
        if self.closed {
            return Err(crate::object::PyErr::value_error("I/O operation on closed file."));
        }
        Ok(())
    }

    /// Whether `PYTHONUNBUFFERED` made this stream write through (CPython then puts a raw
    /// `FileIO` under the text layer instead of a `BufferedWriter`).
    pub fn is_unbuffered(&self) -> bool {
        self.unbuffered
    }
}
