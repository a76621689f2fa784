//! The front end: tokens (logos), the indentation layer, the LALRPOP parser and the AST.
//!
//! The public API is three functions: [`parse_module`], [`parse_interactive`] and
//! [`is_incomplete`]. Everything else (token types, the generated parser) is private so the
//! parser stays replaceable.
pub mod ast;
mod build;
pub mod error;
mod fstring;
mod lexer;
mod parser;
mod strings;
mod token;
#[cfg(test)]
mod dump;

#[cfg(test)]
mod tests;

pub use error::{SyntaxError, SyntaxErrorKind};

use crate::source::{line_text, LineIndex};

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

/// For REPL continuation: true when `source` is an incomplete statement (unclosed bracket,
/// trailing backslash, compound statement header without a closing blank line, unterminated
/// triple-quoted string).
pub fn is_incomplete(source: &str) -> bool {
    let toks = lexer::tokenize_module(source);
    if toks.eof_in_continuation || !toks.open_brackets.is_empty() {
        return true;
    }
    if let Some(e) = &toks.error {
        return e.msg.starts_with("unterminated triple-quoted");
    }
    // A compound statement continues until an empty line ends it.
    let first_is_compound = toks.toks.iter().skip(1).find(|t| !matches!(t.1, lexer::Tok::Newline)).is_some_and(|t| {
        matches!(
            t.1,
            lexer::Tok::If
                | lexer::Tok::For
                | lexer::Tok::While
                | lexer::Tok::Try
                | lexer::Tok::With
                | lexer::Tok::Def
                | lexer::Tok::Class
                | lexer::Tok::Async
                | lexer::Tok::Match
                | lexer::Tok::Op(token::RawTok::At)
        )
    });
    let ends_blank = source.ends_with("\n\n") || source.ends_with("\r\n\r\n") || source.trim().is_empty();
    if first_is_compound && !ends_blank {
        return true;
    }
    // `if x:` alone: the block is missing, but more input will supply it.
    if let Err(e) = parser::parse_module(source) {
        return e.msg.starts_with("expected an indented block") && !ends_blank;
    }
    false
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
    let (end_line, end_col) = pos(e.end.max(e.start));
    let msg = resolve_line_refs(&e.msg, &index);
    let mut text = line_text(source, line).map(str::to_string);
    let (mut col, mut end_col) = if e.caret { (col, end_col) } else { (0, 0) };
    let mut end_line = end_line;
    if let Some(sn) = &e.snippet {
        text = Some(sn.text.clone());
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
