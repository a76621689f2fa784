//! Python 2 habits CPython's grammar names in its errors: `except A, B:` ("multiple exception
//! types must be parenthesized") and tuple parameters `def f(x, (a, b)):` ("Function
//! parameters cannot be parenthesized").

use super::lexer::{Error, Spanned, Tok};
use super::token::RawTok;

pub fn python2_form(toks: &[Spanned], i: usize, line_start: usize) -> Option<Error> {
    unparenthesized_except(toks, i, line_start).or_else(|| tuple_parameter(toks, i))
}

/// `except A, B:` / `except* A, B as e:`, the parser stopped at the first comma: the error
/// spans from the first type to the token before the colon.
fn unparenthesized_except(toks: &[Spanned], i: usize, ls: usize) -> Option<Error> {
    if !matches!(toks.get(i)?.1, Tok::Op(RawTok::Comma)) || !matches!(toks.get(ls)?.1, Tok::Except) {
        return None;
    }
    let first = if matches!(toks.get(ls + 1)?.1, Tok::Op(RawTok::Star)) { ls + 2 } else { ls + 1 };
    if first >= i || super::parser::bracket_depth(toks, first, i) != 0 {
        return None;
    }
    let mut depth = 0i32;
    let mut k = i + 1;
    loop {
        match toks.get(k)?.1 {
            Tok::Op(RawTok::LPar | RawTok::LSqb | RawTok::LBrace) => depth += 1,
            Tok::Op(RawTok::RPar | RawTok::RSqb | RawTok::RBrace) => depth -= 1,
            Tok::Op(RawTok::Colon) if depth == 0 => break,
            Tok::Newline => return None,
            _ => {}
        }
        k += 1;
    }
    if k == i + 1 {
        return None;
    }
    Some(Error::syntax("multiple exception types must be parenthesized", toks[first].0, toks[k - 1].2))
}

/// `def f(x, (a, b)):`, the parser stopped at the inner `(`: names (and commas) up to its `)`.
fn tuple_parameter(toks: &[Spanned], i: usize) -> Option<Error> {
    if !matches!(toks.get(i)?.1, Tok::Op(RawTok::LPar)) || i < 3 || !matches!(toks[i - 1].1, Tok::Op(RawTok::LPar | RawTok::Comma)) {
        return None;
    }
    // The enclosing parameter list belongs to `def name`.
    let mut depth = 0i32;
    let mut open = None;
    for j in (0..i).rev() {
        match toks[j].1 {
            Tok::Op(RawTok::RPar | RawTok::RSqb | RawTok::RBrace) => depth += 1,
            Tok::Op(RawTok::LPar | RawTok::LSqb | RawTok::LBrace) if depth == 0 => {
                open = Some(j);
                break;
            }
            Tok::Op(RawTok::LPar | RawTok::LSqb | RawTok::LBrace) => depth -= 1,
            Tok::Newline | Tok::Indent | Tok::Dedent => return None,
            _ => {}
        }
    }
    let open = open?;
    if open < 2 || !matches!(toks[open].1, Tok::Op(RawTok::LPar)) || !matches!(toks[open - 1].1, Tok::Name(_)) || !matches!(toks[open - 2].1, Tok::Def) {
        return None;
    }
    let mut k = i + 1;
    let mut names = 0;
    loop {
        match toks.get(k)?.1 {
            Tok::Name(_) => names += 1,
            Tok::Op(RawTok::Comma) => {}
            Tok::Op(RawTok::RPar) if names > 0 => break,
            _ => return None,
        }
        k += 1;
    }
    Some(Error::syntax("Function parameters cannot be parenthesized", toks[i].0, toks[k].2))
}
