//! `eval(source)` and `compile(source, filename, "eval")` parse one expression (CPython's
//! `eval` rule): a statement there is "invalid syntax" at its first token that cannot
//! continue the expression, and the shown line keeps the source's own line ending.

use super::ast::{ExprKind, Stmt, StmtKind};
use super::{lexer, parser, to_syntax_error, SyntaxError};

/// The SyntaxError CPython's eval grammar raises for `source` where the statement parser
/// accepts it or reports a statement-level error (`x = 1`, `import os`, `f(x) = 3`);
/// Ok when compiling reports the error (or there is none).
pub fn check_eval_input(source: &str, filename: &str) -> Result<(), SyntaxError> {
    let module = parser::parse_module(source);
    if let Ok(body) = &module {
        if body.is_empty() {
            // matches CPython: nothing to evaluate is "invalid syntax" on the last line, with
            // no column.
            let lines: Vec<&str> = source.split_inclusive('\n').collect();
            let line = lines.len() as u32;
            return Err(SyntaxError {
                kind: super::SyntaxErrorKind::SyntaxError,
                msg: "invalid syntax".into(),
                filename: filename.to_string(),
                line,
                col: 0,
                end_line: line,
                end_col: 0,
                text: Some(lines.last().map_or(String::new(), |l| l.to_string())),
            });
        }
        if let [Stmt { kind: StmtKind::Expr(e), .. }] = body.as_slice() {
            // The eval rule's `expressions` has no bare `yield` and no unparenthesized
            // starred item (the statement parser's expression statement has both).
            let (start, end) = (e.span.start as usize, e.span.end as usize);
            let bad = match &e.kind {
                ExprKind::Yield(_) | ExprKind::YieldFrom(_) if start == source.len() - source.trim_start().len() => {
                    Some((start, start + 5))
                }
                ExprKind::Tuple { elts, .. } if !parenthesized(source, start, end) => elts
                    .iter()
                    .find(|x| matches!(x.kind, ExprKind::Starred { .. }))
                    .map(|x| (x.span.start as usize, x.span.start as usize + 1)),
                _ => None,
            };
            let Some((start, end)) = bad else { return Ok(()) };
            let mut err = to_syntax_error(lexer::Error::syntax("invalid syntax", start, end), source, filename);
            fix_eval_location(&mut err, source);
            return Err(err);
        }
    }
    let Some((start, end)) = parser::eval_stop_token(source) else { return Ok(()) };
    if let Err(e) = &module {
        // Errors inside the expression come first; only the statement parser's messages
        // about assignment and deletion targets are statement-level.
        let statement_level = e.msg.starts_with("cannot assign to")
            || e.msg.starts_with("cannot delete")
            || e.msg.ends_with("is an illegal expression for augmented assignment")
            || e.msg.starts_with("invalid syntax. Maybe you meant '=='");
        if e.start <= start && !statement_level {
            return Ok(());
        }
    }
    let mut err = to_syntax_error(lexer::Error::syntax("invalid syntax", start, end), source, filename);
    fix_eval_location(&mut err, source);
    Err(err)
}

/// matches CPython's eval-mode tokenizer, which adds no newline at the end of the source: the
/// last line is shown as written, and an error at the very end has no column (offset 0).
pub fn fix_eval_location(err: &mut SyntaxError, source: &str) {
    if source.ends_with('\n') {
        return;
    }
    let last_line = source.split('\n').count() as u32;
    if err.line != last_line {
        return;
    }
    if let Some(t) = &mut err.text {
        if t.ends_with('\n') {
            t.pop();
            let len = t.chars().count() as u32;
            if err.col == len + 1 && err.end_col == len + 1 {
                err.col = 0;
                err.end_col = 0;
            }
        }
    }
}

/// Whether `source[start..end]` is one parenthesized group: its `(` closes at its end.
fn parenthesized(source: &str, start: usize, end: usize) -> bool {
    let Some(text) = source.get(start..end) else { return false };
    if !text.starts_with('(') || !text.ends_with(')') {
        return false;
    }
    let mut depth = 0usize;
    for (i, c) in text.char_indices() {
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return i + 1 == text.len();
                }
            }
            _ => {}
        }
    }
    false
}
