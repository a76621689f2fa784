//! `foo a if b`: a name followed by an expression. CPython's `invalid_legacy_expression` rule
//! parses what follows the name as `star_expressions` with its error rules on, so an
//! `x if y` there without `else` (or `:`) reports "expected 'else' after 'if' expression"
//! for that inner expression (`print a if b`), before the name is checked for `print`/`exec`.

use super::lexer::{Error, Spanned, Tok};
use super::token::RawTok;

/// The parser stopped at token `i`, which starts an expression right after a name.
pub fn missing_else_after_name(toks: &[Spanned], i: usize) -> Option<Error> {
    if i < 2 || !matches!(toks[i - 1].1, Tok::Name(_)) || !super::parser::starts_expression(&toks.get(i)?.1) {
        return None;
    }
    // The name must begin an expression of its own (at depth 0: inside brackets CPython's
    // "Perhaps you forgot a comma?" comes first).
    let expression_start = matches!(
        toks[i - 2].1,
        Tok::Newline
            | Tok::Indent
            | Tok::Dedent
            | Tok::StartModule
            | Tok::Return
            | Tok::Assert
            | Tok::Op(RawTok::Semi | RawTok::Equal | RawTok::Comma | RawTok::Colon)
    );
    if !expression_start || super::parser::enclosing_open(toks, i).is_some() {
        return None;
    }
    let mut start = i;
    let mut depth = 0i32;
    let mut k = i;
    let if_at = loop {
        match toks.get(k)?.1 {
            Tok::Op(RawTok::LPar | RawTok::LSqb | RawTok::LBrace) => depth += 1,
            Tok::Op(RawTok::RPar | RawTok::RSqb | RawTok::RBrace) => {
                depth -= 1;
                if depth < 0 {
                    return None;
                }
            }
            Tok::Op(RawTok::Comma) if depth == 0 => start = k + 1,
            Tok::If if depth == 0 => break k,
            Tok::Newline | Tok::Lambda | Tok::Else | Tok::For | Tok::Op(RawTok::Semi | RawTok::Equal | RawTok::Colon | RawTok::ColonEqual)
                if depth == 0 =>
            {
                return None
            }
            _ => {}
        }
        k += 1;
    };
    if start == if_at {
        return None;
    }
    // The condition: a disjunction, ended by the first token that cannot continue it.
    let mut k = if_at + 1;
    let mut depth = 0i32;
    loop {
        let t = &toks.get(k)?.1;
        match t {
            Tok::Op(RawTok::LPar | RawTok::LSqb | RawTok::LBrace) => depth += 1,
            Tok::Op(RawTok::RPar | RawTok::RSqb | RawTok::RBrace) if depth > 0 => depth -= 1,
            Tok::Lambda if depth == 0 => return None,
            Tok::Else | Tok::Op(RawTok::Colon) if depth == 0 => return None,
            Tok::Newline
            | Tok::If
            | Tok::For
            | Tok::Op(RawTok::RPar | RawTok::RSqb | RawTok::RBrace | RawTok::Comma | RawTok::Semi | RawTok::Equal | RawTok::ColonEqual)
                if depth == 0 =>
            {
                break
            }
            _ => {}
        }
        k += 1;
    }
    if k == if_at + 1 {
        return None;
    }
    Some(Error::syntax("expected 'else' after 'if' expression", toks[start].0, toks[k - 1].2))
}
