//! The front end: tokens (logos), the indentation layer, the LALRPOP parser and the AST.
//!
//! The public API is three functions: [`parse_module`], [`parse_interactive`] and
//! [`interactive_status`]. Everything else (token types, the generated parser) is private so the
//! parser stays replaceable.
pub mod ast;
mod comprehension_errors;
mod build;
pub mod error;
mod forced_colon;
mod fstring;
mod legacy_else;
mod lexer;
mod eval_mode;
mod parser;
mod py2_forms;
mod single;
mod strings;
mod token;
#[cfg(test)]
mod dump;

#[cfg(test)]
mod tests;

pub use error::{SyntaxError, SyntaxErrorKind, COMPILE_DEPTH_MESSAGE};
pub use strings::{take_escape_warnings, EscapeWarning};
pub use eval_mode::{check_eval_input, fix_eval_location};
pub use single::check_single_statement;

use crate::source::{line_text, LineIndex};

thread_local! {
    // SyntaxWarnings the tokenizer raised (byte offset, message), drained by the compiler
    // after parsing; one thread parses and compiles, so nothing else sees them.
    static LEXER_WARNINGS: std::cell::RefCell<Vec<(usize, String)>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Queue a tokenizer SyntaxWarning (CPython's parser_warn); repeated tokenizing of the same
/// text queues it once.
fn push_lexer_warning(offset: usize, msg: String) {
    LEXER_WARNINGS.with(|w| {
        let mut w = w.borrow_mut();
        if !w.iter().any(|(o, m)| *o == offset && *m == msg) {
            w.push((offset, msg));
        }
    });
}

/// The tokenizer's SyntaxWarnings since the last call, as (line, message), in source order.
pub fn take_lexer_warnings(source: &str) -> Vec<(u32, String)> {
    let index = LineIndex::new(source);
    let mut w = LEXER_WARNINGS.with(|w| std::mem::take(&mut *w.borrow_mut()));
    w.sort_by_key(|(o, _)| *o);
    w.into_iter().map(|(o, m)| (index.line_of(o.min(source.len()) as u32), m)).collect()
}

/// Whether CPython would report a SyntaxError in `source`, given to it as bytes, with byte
/// columns (see `SyntaxError::use_byte_columns`): unless a UTF-8 BOM or a coding comment on
/// one of the first two lines gives the tokenizer an encoding, which makes it convert them to
/// character columns.
pub fn bytes_source_has_byte_columns(source: &str) -> bool {
    if source.starts_with('\u{feff}') {
        return false;
    }
    !source.lines().take(2).any(|line| {
        let line = line.trim_start_matches([' ', '\t', '\x0c']);
        line.starts_with('#') && line.find("coding").is_some_and(|i| {
            let rest = &line[i + "coding".len()..];
            let value = rest.strip_prefix([':', '=']).map(|r| r.trim_start_matches([' ', '\t']));
            value.is_some_and(|v| v.starts_with(|c: char| c.is_alphanumeric() || matches!(c, '-' | '_' | '.')))
        })
    })
}

/// Parses a whole module (a script file).
pub fn parse_module(source: &str, filename: &str) -> Result<ast::Module, SyntaxError> {
    match parser::parse_module(source) {
        Ok(body) => Ok(ast::Module { body }),
        Err(e) => Err(to_syntax_error(e, source, filename)),
    }
}

/// For the REPL: parses one interactive input (may be several statements).
pub fn parse_interactive(source: &str, filename: &str) -> Result<ast::Module, SyntaxError> {
    parse_module(source, filename)
}

/// What one interactive input (the REPL's buffered lines joined by `\n`) is.
#[derive(Debug)]
pub enum InputStatus {
    /// Ready to compile: the module body (empty for blank lines and comments).
    Complete(ast::Module),
    /// More lines may make it valid: show the `... ` prompt.
    Incomplete,
    Invalid(SyntaxError),
}

/// CPython's `codeop` rule for the REPL: input is incomplete when the tokenizer stops inside a
/// backslash continuation or a triple-quoted string, or when the parser runs out of input,
/// inside a bracket too (`foo(1,`; but `def g(:` is an error at once) (CPython's "incomplete input" error: `if x:`, `try:` without its handler, `@dec`).
/// A compound statement also waits for the empty line that ends it (`source` ends with `\n`).
pub fn interactive_status(source: &str, filename: &str) -> InputStatus {
    let toks = lexer::tokenize_module(source);
    if toks.eof_in_continuation {
        return InputStatus::Incomplete;
    }
    if toks.error.as_ref().is_some_and(|e| e.msg.starts_with("unterminated triple-quoted")) {
        return InputStatus::Incomplete;
    }
    let body = match parser::parse_module_or_eof(source) {
        Ok(body) => body,
        Err((_, true)) => return InputStatus::Incomplete,
        Err((e, false)) => return InputStatus::Invalid(to_syntax_error(e, source, filename)),
    };
    let index = LineIndex::new(source);
    if let [first, second, ..] = body.as_slice() {
        // After a block, a statement at the left margin needs the empty line first.
        if index.line_of(second.span.start) != index.line_of(first.span.start) {
            return InputStatus::Invalid(statement_start_error(source, filename, second.span.start as usize, &index));
        }
    }
    if !source.ends_with('\n') && body.first().is_some_and(is_compound) {
        return InputStatus::Incomplete;
    }
    InputStatus::Complete(ast::Module { body })
}

fn is_compound(s: &ast::Stmt) -> bool {
    use ast::StmtKind as K;
    matches!(
        s.kind,
        K::FunctionDef(_)
            | K::ClassDef(_)
            | K::For { .. }
            | K::While { .. }
            | K::If { .. }
            | K::With { .. }
            | K::Match { .. }
            | K::Try { .. }
    )
}

/// "invalid syntax" with the caret under the first word of the statement at byte `start`.
fn statement_start_error(source: &str, filename: &str, start: usize, index: &LineIndex) -> SyntaxError {
    let rest = source.get(start..).unwrap_or("");
    let word = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').count().max(1) as u32;
    let line = index.line_of(start as u32);
    let col = source.get(index.line_start(line) as usize..start).map_or(0, |s| s.chars().count()) as u32 + 1;
    SyntaxError {
        kind: SyntaxErrorKind::SyntaxError,
        msg: "invalid syntax".into(),
        filename: filename.to_string(),
        line,
        col,
        end_line: line,
        end_col: col + word,
        text: line_text(source, line).map(str::to_string),
    }
}

/// An error CPython's tokenizer raises from the line it was reading (`syntaxerror()` in
/// tokenizer.c), with the column counted in characters of the decoded line.
pub(crate) fn is_tokenizer_error(msg: &str) -> bool {
    const TOKENIZER_ERRORS: [&str; 11] = [
        "unterminated string literal",
        "unterminated triple-quoted string literal",
        "invalid character",
        "invalid non-printable character",
        "unmatched '",
        "closing parenthesis",
        "invalid decimal literal",
        "invalid hexadecimal literal",
        "invalid octal literal",
        "invalid binary literal",
        "invalid imaginary literal",
    ];
    TOKENIZER_ERRORS.iter().any(|p| msg.starts_with(p)) || msg.starts_with("invalid digit '")
}

/// A SyntaxError's `text`: its line with the newline CPython's parser sees at its end, or
/// without one for the errors its tokenizer reports from the line it was reading.
fn shown_line(line: &str, msg: &str) -> String {
    if is_tokenizer_error(msg) || msg.starts_with("leading zeros in decimal integer literals") {
        line.to_string()
    } else {
        format!("{line}\n")
    }
}

/// Turns a byte-located error into CPython's (line, 1-based character column) form.
fn to_syntax_error(e: lexer::Error, source: &str, filename: &str) -> SyntaxError {
    let index = LineIndex::new(source);
    let pos = |off: usize| -> (u32, u32) {
        let off = off.min(source.len());
        let (line, _) = index.line_col(off as u32);
        let start = index.line_start(line) as usize;
        let col = source.get(start..off).map_or(0, |s| s.chars().count());
        (line, col as u32 + 1)
    };
    let (line, col) = pos(e.start);
    // An end of usize::MAX is CPython's end column -1 (end_offset 0).
    let (end_line, end_col) = if e.end == usize::MAX { (line, 0) } else { pos(e.end.max(e.start)) };
    let msg = resolve_line_refs(&e.msg, &index);
    let mut text = line_text(source, line).map(|t| shown_line(t, &e.msg));
    let (mut col, mut end_col) = if e.caret { (col, end_col) } else { (0, 0) };
    let mut end_line = end_line;
    // CPython's tokenizer errors end where they start, or (0) nowhere.
    if e.msg.starts_with("unterminated string literal")
        || e.msg.starts_with("unterminated triple-quoted")
        || e.msg.starts_with("unmatched '")
        || e.msg.starts_with("closing parenthesis")
    {
        end_col = col;
    } else if e.msg.ends_with("was never closed") || e.msg == "unexpected character after line continuation character" {
        end_col = 0;
    }
    // "leading zeros" comes with a range CPython's tokenizer measures in bytes itself, which
    // nothing converts back to characters, whatever the source was.
    if e.msg.starts_with("leading zeros in decimal integer literals") {
        let line_start = index.line_start(line) as usize;
        let byte_col = |off: usize| (off.min(source.len()).saturating_sub(line_start) + 1) as u32;
        col = byte_col(e.start);
        if e.end != usize::MAX {
            end_col = byte_col(e.end.max(e.start));
        }
    }
    if let Some(sn) = &e.snippet {
        text = Some(format!("{}\n", sn.text));
        col = sn.col as u32 + 1;
        end_col = sn.end_col as u32 + 1;
        end_line = line;
    }
    SyntaxError { kind: e.kind, msg, filename: filename.to_string(), line, col, end_line, end_col, text }
}

/// Messages may name a line as `{LINE:offset}` (the parser knows offsets, not lines).
fn resolve_line_refs(msg: &str, index: &LineIndex) -> String {
    let Some(at) = msg.find("{LINE:") else { return msg.to_string() };
    let rest = &msg[at + 6..];
    let Some(close) = rest.find('}') else { return msg.to_string() };
    let off: u32 = rest[..close].parse().unwrap_or(0);
    format!("{}{}{}", &msg[..at], index.line_of(off), &rest[close + 1..])
}
