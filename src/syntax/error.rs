//! `SyntaxError` as a value: message and CPython-style location, and its printed form.

/// A syntax error found by the lexer, parser or compiler.
///
/// Locations follow CPython's `SyntaxError` attributes: `line` is 1-based, `col` is the 1-based
/// *character* offset CPython calls `offset` (the caret goes under it), `end_col` exclusive
/// (0 when unknown). `kind` selects the exception class (`SyntaxError`, `IndentationError`,
/// `TabError`).
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
}

impl SyntaxErrorKind {
    pub fn class_name(self) -> &'static str {
        match self {
            SyntaxErrorKind::SyntaxError => "SyntaxError",
            SyntaxErrorKind::IndentationError => "IndentationError",
            SyntaxErrorKind::TabError => "TabError",
        }
    }
}

impl SyntaxError {
    /// The lines CPython prints for an uncaught SyntaxError after the traceback header
    /// (without the `Traceback` part, which a syntax error in the main script does not have):
    /// `  File "x.py", line N`, the stripped source line, the caret line, `SyntaxError: msg`.
    pub fn render(&self) -> String {
        let mut out = format!("  File \"{}\", line {}\n", self.filename, self.line);
        if let Some(text) = &self.text {
            let stripped = text.trim_start_matches([' ', '\t', '\x0c']);
            let removed = text.chars().count() - stripped.chars().count();
            let shown = stripped.trim_end_matches(['\n', '\r', ' ', '\t', '\x0c']);
            out.push_str("    ");
            out.push_str(shown);
            out.push('\n');
            if self.col >= 1 {
                let start = (self.col as usize).saturating_sub(1).saturating_sub(removed);
                let shown_len = shown.chars().count();
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
