//! CPython's forced `':'` tokens (`&&':'` in its grammar): after `else`, `try` and `finally`,
//! and after a `def`'s parameters or return annotation, any other token is "expected ':'"
//! rather than "invalid syntax" (`else if x:`, `def f() x:`).

use super::lexer::{Error, Spanned, Tok};
use super::token::RawTok;

pub fn missing_colon(toks: &[Spanned], i: usize, line_start: usize) -> Option<Error> {
    let (s, t, e) = toks.get(i)?;
    // A missing colon at the line end has its own rule (the NEWLINE token's span).
    if matches!(t, Tok::Newline) || i == 0 {
        return None;
    }
    let expected = || Some(Error::syntax("expected ':'", *s, (*e).max(*s + 1)));
    if i - 1 == line_start && matches!(toks[i - 1].1, Tok::Else | Tok::Try | Tok::Finally) && !matches!(t, Tok::Op(RawTok::Colon)) {
        return expected();
    }
    // `def name(...)`, possibly `async def`.
    let def = match toks[line_start].1 {
        Tok::Def => line_start,
        Tok::Async if matches!(toks.get(line_start + 1)?.1, Tok::Def) => line_start + 1,
        _ => return None,
    };
    let open = def + 2;
    if !matches!(toks.get(open)?.1, Tok::Op(RawTok::LPar)) || i <= open {
        return None;
    }
    let close = matching_close(toks, open)?;
    if i <= close {
        return None;
    }
    let arrow = matches!(toks.get(close + 1)?.1, Tok::Op(RawTok::RArrow));
    if !arrow {
        return if i == close + 1 && !matches!(t, Tok::Op(RawTok::Colon)) { expected() } else { None };
    }
    if i == close + 2 {
        // `def f() -> :`: the annotation is missing, so the forced `:` fails at the arrow.
        let (as_, _, ae) = &toks[close + 1];
        return Some(Error::syntax("expected ':'", *as_, *ae));
    }
    // CPython's annotation is the longest expression its parser could read; the forced `:`
    // then fails on the token after it. A failure inside a bracket opened in the annotation
    // ends the expression before that bracket (at the arrow when the bracket starts it).
    let mut unclosed = Vec::new();
    for k in close + 2..i {
        match toks[k].1 {
            Tok::Op(RawTok::LPar | RawTok::LSqb | RawTok::LBrace) => unclosed.push(k),
            Tok::Op(RawTok::RPar | RawTok::RSqb | RawTok::RBrace) => {
                unclosed.pop();
            }
            _ => {}
        }
    }
    if let Some(&outer) = unclosed.first() {
        let at = if outer == close + 2 { close + 1 } else { outer };
        let (bs, _, be) = &toks[at];
        return Some(Error::syntax("expected ':'", *bs, *be));
    }
    let after_operand = super::parser::ends_expression(&toks[i - 1].1);
    if after_operand && !matches!(t, Tok::Op(RawTok::Colon)) {
        return expected();
    }
    // `-> 1 +:`: a dangling operator ends the annotation before it.
    if !after_operand && i >= close + 4 && super::parser::ends_expression(&toks[i - 2].1) {
        let (os, _, oe) = &toks[i - 1];
        return Some(Error::syntax("expected ':'", *os, *oe));
    }
    None
}

fn matching_close(toks: &[Spanned], open: usize) -> Option<usize> {
    let mut depth = 0i32;
    for (k, t) in toks.iter().enumerate().skip(open) {
        match t.1 {
            Tok::Op(RawTok::LPar | RawTok::LSqb | RawTok::LBrace) => depth += 1,
            Tok::Op(RawTok::RPar | RawTok::RSqb | RawTok::RBrace) => {
                depth -= 1;
                if depth == 0 {
                    return Some(k);
                }
            }
            Tok::Newline => return None,
            _ => {}
        }
    }
    None
}
