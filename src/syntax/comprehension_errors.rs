//! CPython's messages for a comprehension whose target is malformed, found after the parser
//! stopped at its `for`: `[a, b for a in c]` (invalid_comprehension: "did you forget
//! parentheses around the comprehension target?"), `[*a for a in b]` ("iterable unpacking
//! cannot be used in comprehension") and `{**a for a in b}` (invalid_dict_comprehension).

use super::lexer::{Error, Spanned, Tok};
use super::token::RawTok;

/// The error for the comprehension whose `for` (or `async for`) is token `i`, if its target
/// has one of those shapes.
pub fn malformed_target(toks: &[Spanned], i: usize) -> Option<Error> {
    let at_for = match toks.get(i)?.1 {
        Tok::For => true,
        Tok::Async => matches!(toks.get(i + 1)?.1, Tok::For),
        _ => false,
    };
    if !at_for {
        return None;
    }
    let open = super::parser::enclosing_open(toks, i)?;
    let kind = match toks[open].1 {
        Tok::Op(k @ (RawTok::LSqb | RawTok::LBrace | RawTok::LPar)) => k,
        _ => return None,
    };
    // A call's parentheses hold arguments: only the starred form has a message there.
    let call = kind == RawTok::LPar && open > 0 && super::parser::ends_expression(&toks[open - 1].1);
    let items = split_top_level(toks, open + 1, i)?;
    let first = *items.first()?;
    match &toks[first.0].1 {
        Tok::Op(RawTok::DoubleStar) if kind == RawTok::LBrace && items.len() == 1 => {
            return Some(Error::syntax("dict unpacking cannot be used in dict comprehension", toks[first.0].0, toks[first.0].2));
        }
        Tok::Op(RawTok::Star) if items.len() == 1 => {
            return Some(Error::syntax("iterable unpacking cannot be used in comprehension", toks[first.0].0, toks[first.1 - 1].2));
        }
        _ => {}
    }
    if kind == RawTok::LPar || call || items.len() < 2 {
        return None;
    }
    // From the first element to the end of the last one, or to the trailing comma.
    let last = *items.last()?;
    let end = if last.0 == last.1 { toks[last.0 - 1].2 } else { toks[last.1 - 1].2 };
    Some(Error::syntax("did you forget parentheses around the comprehension target?", toks[first.0].0, end))
}

/// The comma-separated items of tokens `from..to` as (start, end) token ranges (an empty last
/// range after a trailing comma); None when they hold a top-level `:` (a dict display), a
/// keyword that makes them something else, or nothing.
fn split_top_level(toks: &[Spanned], from: usize, to: usize) -> Option<Vec<(usize, usize)>> {
    if from >= to {
        return None;
    }
    let mut items = Vec::new();
    let mut depth = 0i32;
    let mut start = from;
    for j in from..to {
        match toks[j].1 {
            Tok::Op(RawTok::LPar | RawTok::LSqb | RawTok::LBrace) => depth += 1,
            Tok::Op(RawTok::RPar | RawTok::RSqb | RawTok::RBrace) => depth -= 1,
            Tok::Op(RawTok::Comma) if depth == 0 => {
                if start == j {
                    return None;
                }
                items.push((start, j));
                start = j + 1;
            }
            Tok::Op(RawTok::Colon | RawTok::Equal) | Tok::Lambda | Tok::For | Tok::Yield if depth == 0 => return None,
            _ => {}
        }
    }
    items.push((start, to));
    Some(items)
}
