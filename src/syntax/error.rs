//! `SyntaxError` as a value: message and CPython-style location, and its printed form.

/// A syntax error found by the lexer, parser or compiler.
///
/// Locations follow CPython's `SyntaxError` attributes: `line` is 1-based, `col` is the 1-based
/// *character* offset CPython calls `offset` (the caret goes under it), `end_col` exclusive
/// (0 when unknown). `kind` selects the exception class (`SyntaxError`, `IndentationError`,
/// `TabError`, or the RecursionError/MemoryError CPython raises for source nested too deeply).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    pub msg: String,
    pub filename: String,
    pub line: u32,
    pub col: u32,
    pub end_line: u32,
    pub end_col: u32,
    /// The offending source line (without newline), when there is one.
    pub text: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
    /// Source nested deeper than CPython's compiler recurses: "maximum recursion depth exceeded
    /// during compilation" (`COMPILE_DEPTH_MESSAGE`).
    RecursionError,
    /// Source nested deeper than CPython's parser stack (a long chain of unary operators,
    /// `**`, `lambda`s or conditional expressions): a MemoryError with no message.
    MemoryError,
}

/// CPython's message for source nested beyond its compiler's recursion limit.
pub const COMPILE_DEPTH_MESSAGE: &str = "maximum recursion depth exceeded during compilation";

impl SyntaxErrorKind {
    pub fn class_name(self) -> &'static str {
        match self {
            SyntaxErrorKind::SyntaxError => "SyntaxError",
            SyntaxErrorKind::IndentationError => "IndentationError",
            SyntaxErrorKind::TabError => "TabError",
            SyntaxErrorKind::RecursionError => "RecursionError",
            SyntaxErrorKind::MemoryError => "MemoryError",
        }
    }

    /// False for the kinds that are not SyntaxErrors: CPython reports them as a bare exception
    /// with no location.
    pub fn is_syntax_error(self) -> bool {
        !matches!(self, SyntaxErrorKind::RecursionError | SyntaxErrorKind::MemoryError)
    }
}

impl SyntaxError {
    /// Columns as CPython 3.11 reports them when its tokenizer has no declared encoding to
    /// convert them with: 1-based UTF-8 byte offsets into `text`. That is the case for source
    /// read as bytes without a coding comment (a script file, stdin, an imported module,
    /// `compile(bytes)`), and for errors from the compiler proper whatever the source. A caret
    /// then sits one place further right for each extra byte of the characters before it.
    ///
    /// The tokenizer's own errors (an unterminated string, an invalid character) keep
    /// character columns: it measures the decoded line it was reading. "leading zeros" has
    /// byte columns already (see `to_syntax_error`).
    pub fn use_byte_columns(&mut self) {
        if super::is_tokenizer_error(&self.msg) || self.msg.starts_with("leading zeros in decimal integer literals") {
            return;
        }
        let Some(text) = self.text.as_deref() else { return };
        let to_bytes = |col: u32| -> u32 {
            if col == 0 {
                return 0;
            }
            let chars = col as usize - 1;
            let prefix: usize = text.chars().take(chars).map(char::len_utf8).sum();
            let past_end = chars.saturating_sub(text.chars().count());
            (prefix + past_end) as u32 + 1
        };
        let (col, end_col) = (to_bytes(self.col), self.end_col);
        // An end on a later line is a column of a line this error does not keep.
        if self.end_line == self.line {
            self.end_col = to_bytes(end_col);
        }
        self.col = col;
    }

    /// The lines CPython prints for an uncaught SyntaxError after the traceback header
    /// (without the `Traceback` part, which a syntax error in the main script does not have):
    /// `  File "x.py", line N`, the stripped source line, the caret line, `SyntaxError: msg`.
    pub fn render(&self) -> String {
        if !self.kind.is_syntax_error() {
            // matches CPython: `RecursionError: maximum recursion depth exceeded during
            // compilation`, or `MemoryError` alone, with no file or source line.
            return if self.msg.is_empty() {
                format!("{}\n", self.kind.class_name())
            } else {
                format!("{}: {}\n", self.kind.class_name(), self.msg)
            };
        }
        let mut out = format!("  File \"{}\", line {}\n", self.filename, self.line);
        if let Some(text) = &self.text {
            let stripped = text.trim_start_matches([' ', '\t', '\x0c']);
            let removed = text.chars().count() - stripped.chars().count();
            // Only the line end goes: CPython's print_error_text keeps trailing blanks, and a
            // caret past the last token (an unexpected end of line) points into them.
            let shown = stripped.trim_end_matches(['\n', '\r']);
            out.push_str("    ");
            out.push_str(shown);
            out.push('\n');
            if self.col >= 1 {
                let start = (self.col as usize).saturating_sub(1).saturating_sub(removed);
                // CPython's print_error_text measures the line in UTF-8 bytes, whichever unit
                // the columns are in.
                let shown_len = shown.len();
                // A span running onto later lines is underlined to the end of its first line
                // (CPython's print_error_text), comments included.
                // IndentationError and TabError always get one caret, whatever their end.
                let width = if self.kind != SyntaxErrorKind::SyntaxError {
                    1
                } else if self.end_line == self.line && self.end_col > self.col {
                    (self.end_col - self.col) as usize
                } else if self.end_line > self.line {
                    shown_len.saturating_sub(start)
                } else {
                    1
                };
                let start = start.min(shown_len);
                let width = width.min(shown_len.saturating_sub(start).max(1));
                out.push_str("    ");
                out.push_str(&" ".repeat(start));
                out.push_str(&"^".repeat(width.max(1)));
                out.push('\n');
            }
        }
        out.push_str(self.kind.class_name());
        out.push_str(": ");
        out.push_str(&self.msg);
        out.push('\n');
        out
    }
}
