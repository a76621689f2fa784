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
}

impl OutStream {
    pub fn stdout() -> OutStream {
        // matches CPython: a non-empty PYTHONUNBUFFERED turns off stdout buffering.
        let unbuffered = std::env::var_os("PYTHONUNBUFFERED").map_or(false, |v| !v.is_empty());
        OutStream { buf: Vec::with_capacity(8192), is_stderr: false, line_buffered: std::io::stdout().is_terminal(), unbuffered }
    }

    pub fn stderr() -> OutStream {
        OutStream { buf: Vec::new(), is_stderr: true, line_buffered: true, unbuffered: true }
    }

    pub fn write_str(&mut self, s: &str) {
        self.buf.extend_from_slice(s.as_bytes());
        if self.unbuffered || (self.line_buffered && s.contains('\n')) || self.buf.len() >= 8192 {
            self.flush();
        }
    }

    pub fn flush(&mut self) {
        if self.buf.is_empty() {
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
