//! Buffered standard output and error, flushed like CPython's (line-buffered on a terminal,
//! block-buffered into pipes and files; unbuffered when `PYTHONUNBUFFERED` is set, which
//! matters once child processes write to the same stdout).

use std::io::{IsTerminal, Write};

pub struct OutStream {
    buf: Vec<u8>,
    is_stderr: bool,
    line_buffered: bool,
    /// `PYTHONUNBUFFERED`: every write goes out at once.
    unbuffered: bool,
    /// While held, output stays buffered: the REPL takes the complete lines and shows them
    /// above the line being edited.
    held: bool,
}

impl OutStream {
    /// Hold output back (see `held`); releasing writes what is left.
    pub fn hold(&mut self, held: bool) {
        self.held = held;
        self.flush();
    }

    /// The complete lines buffered so far, removed from the buffer.
    pub fn take_lines(&mut self) -> Option<String> {
        let end = self.buf.iter().rposition(|b| *b == b'\n')? + 1;
        let rest = self.buf.split_off(end);
        let lines = std::mem::replace(&mut self.buf, rest);
        Some(String::from_utf8_lossy(&lines).into_owned())
    }

    pub fn stdout() -> OutStream {
        // matches CPython: a non-empty PYTHONUNBUFFERED turns off stdout buffering.
        let unbuffered = std::env::var_os("PYTHONUNBUFFERED").map_or(false, |v| !v.is_empty());
        OutStream { buf: Vec::with_capacity(8192), is_stderr: false, line_buffered: std::io::stdout().is_terminal(), unbuffered, held: false }
    }

    pub fn stderr() -> OutStream {
        OutStream { buf: Vec::new(), is_stderr: true, line_buffered: true, unbuffered: true, held: false }
    }

    pub fn write_str(&mut self, s: &str) {
        self.buf.extend_from_slice(s.as_bytes());
        if self.held {
            return;
        }
        if self.unbuffered || (self.line_buffered && s.contains('\n')) || self.buf.len() >= 8192 {
            self.flush();
        }
    }

    pub fn flush(&mut self) {
        if self.buf.is_empty() || self.held {
            return;
        }
        // A closed pipe is not an error worth crashing over (CPython reports BrokenPipeError at
        // exit; corio drops the output).
        let _ = if self.is_stderr {
            let mut e = std::io::stderr().lock();
            e.write_all(&self.buf).and_then(|_| e.flush())
        } else {
            let mut o = std::io::stdout().lock();
            o.write_all(&self.buf).and_then(|_| o.flush())
        };
        self.buf.clear();
    }
}
