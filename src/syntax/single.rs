//! `compile(source, filename, "single")` takes one statement: a compound statement, or one line
//! of simple statements (CPython's `statement_newline` rule). Anything after it is an error,
//! located as CPython's parser locates it.

use super::ast::{Stmt, StmtKind};
use super::{parser, SyntaxError, SyntaxErrorKind};
use crate::source::{line_text, LineIndex};

/// The SyntaxError CPython raises for `source` in single mode when it holds more than one
/// statement; Ok when it holds at most one, or does not parse at all (compiling it reports
/// that error).
pub fn check_single_statement(source: &str, filename: &str) -> Result<(), SyntaxError> {
    let Ok(body) = parser::parse_module(source) else { return Ok(()) };
    if let Some(e) = unterminated_single(source, filename, &body) {
        return Err(e);
    }
    if body.len() < 2 {
        return Ok(());
    }
    let index = LineIndex::new(source);
    let line_of = |off: u32| index.line_of(off);
    let error = |msg: &str, line: u32, col: u32, end_col: u32| {
        let text = line_text(source, line).map(|t| {
            // The line keeps its newline unless it is the last one of the source.
            if line < index.line_count() { format!("{t}\n") } else { t.to_string() }
        });
        SyntaxError {
            kind: SyntaxErrorKind::SyntaxError,
            msg: msg.to_string(),
            filename: filename.to_string(),
            line,
            col,
            end_line: line,
            end_col,
            text,
        }
    };
    if is_compound(&body[0]) {
        // matches CPython: "invalid syntax" at the first token of the next statement.
        let start = body[1].span.start;
        let line = line_of(start);
        let line_start = index.line_start(line) as usize;
        let start = start as usize;
        let (col, len) = match (source.get(line_start..start), source.get(start..)) {
            (Some(before), Some(rest)) => (before.chars().count(), first_token_chars(rest)),
            _ => (0, 1),
        };
        return Err(error("invalid syntax", line, col as u32 + 1, (col + len) as u32 + 1));
    }
    // The simple statements of the first logical line: each next one starts on the line where
    // the one before it ends (they are separated by ';').
    let mut last = 0;
    while last + 1 < body.len() && line_of(body[last + 1].span.start) == line_of(body[last].span.end) {
        last += 1;
    }
    if last + 1 == body.len() {
        return Ok(());
    }
    // matches CPython: the error covers that line's NEWLINE token, which starts at a trailing
    // comment if there is one and ends at the line break.
    let line = line_of(body[last].span.end);
    let text = line_text(source, line).unwrap_or("");
    let line_start = index.line_start(line) as usize;
    let after = (body[last].span.end as usize).saturating_sub(line_start).min(text.len());
    let newline_col = text.chars().count();
    let comment_col = text.get(after..).and_then(|rest| rest.find('#')).map(|i| text[..after + i].chars().count());
    let col = comment_col.unwrap_or(newline_col);
    Err(error("multiple statements found while compiling a single statement", line, col as u32 + 1, newline_col as u32 + 1))
}

/// What CPython's `statement_newline` rule rejects besides extra statements: a source with
/// no statement at all, and a compound statement at the end of a source without a final
/// newline whose last line is not inside an indented block (`for i in x: i`, an `else: 7`
/// clause, a trailing comment or blank line). The error sits on the last line, at offset 0.
fn unterminated_single(source: &str, filename: &str, body: &[Stmt]) -> Option<SyntaxError> {
    let last_line = source.rsplit('\n').next().unwrap_or("");
    let rejected = match body {
        [] => true,
        [only] if is_compound(only) && !source.ends_with('\n') => {
            let content = last_line.split('#').next().unwrap_or("");
            content.trim().is_empty() || !last_line.starts_with([' ', '\t', '\x0c'])
        }
        _ => false,
    };
    if !rejected {
        return None;
    }
    // The line CPython reports: the last one, counting a final newline as ending it; the
    // empty source is line 0.
    let newlines = source.matches('\n').count() as u32;
    let (line, text) = if source.is_empty() {
        (0, String::new())
    } else if source.ends_with('\n') {
        let before = &source[..source.len() - 1];
        (newlines, format!("{}\n", before.rsplit('\n').next().unwrap_or("")))
    } else {
        (newlines + 1, last_line.to_string())
    };
    Some(SyntaxError {
        kind: SyntaxErrorKind::SyntaxError,
        msg: "invalid syntax".to_string(),
        filename: filename.to_string(),
        line,
        col: 0,
        end_line: line,
        end_col: 0,
        text: Some(text),
    })
}

fn is_compound(s: &Stmt) -> bool {
    matches!(
        s.kind,
        StmtKind::FunctionDef(_)
            | StmtKind::ClassDef(_)
            | StmtKind::For { .. }
            | StmtKind::While { .. }
            | StmtKind::If { .. }
            | StmtKind::With { .. }
            | StmtKind::Match { .. }
            | StmtKind::Try { .. }
    )
}

/// How many characters the first token of `rest` spans (a name or keyword, a number, else one
/// character).
fn first_token_chars(rest: &str) -> usize {
    let mut chars = rest.chars();
    match chars.next() {
        Some(c) if c.is_ascii_digit() => 1 + chars.take_while(|c| c.is_alphanumeric() || matches!(c, '_' | '.')).count(),
        Some(c) if c.is_alphanumeric() || c == '_' => 1 + chars.take_while(|c| c.is_alphanumeric() || *c == '_').count(),
        _ => 1,
    }
}
