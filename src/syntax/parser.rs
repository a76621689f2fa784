//! Runs the generated LALRPOP parser over the indentation layer's tokens and maps its
//! failures to CPython's SyntaxError messages and locations. This is the only file that knows
//! the parser is LALRPOP (besides the grammar): replacing the parser touches only here.

use lalrpop_util::ParseError;

use super::ast::{Expr, Span, Stmt};
use super::build::Top;
use super::error::SyntaxErrorKind;
use super::lexer::{self, Error, Spanned, StrTok, Tok, Tokens};
use super::token::RawTok;

lalrpop_util::lalrpop_mod!(
    #[allow(clippy::all, unused_parens, dead_code, unused_imports, unused_variables)]
    python,
    "/python.rs"
);

/// Parses a whole module; errors are located by byte offsets.
pub fn parse_module(src: &str) -> Result<Vec<Stmt>, Error> {
    let toks = lexer::tokenize_module(src);
    match run(toks, 0, src)? {
        Top::Module(body) => Ok(body),
        Top::Expr(_) => Ok(vec![]),
    }
}

/// Parses a whole module; on failure also says whether the parser ran out of input (an
/// unexpected end of input, CPython's "incomplete input" for the REPL) rather than meeting a
/// wrong token. A tokenizer error counts as running out only when it is an unclosed bracket
/// the parser met the end inside (`foo(1,`).
pub fn parse_module_or_eof(src: &str) -> Result<Vec<Stmt>, (Error, bool)> {
    match run_reporting_eof(lexer::tokenize_module(src), 0, src)? {
        Top::Module(body) => Ok(body),
        Top::Expr(_) => Ok(vec![]),
    }
}

/// Where CPython's eval grammar (`expressions NEWLINE* ENDMARKER`) gives up on `src`: the
/// span of the first token that cannot continue the expression, or None when the whole text
/// is one expression, when it ends too early (the module parser reports that better) or on a
/// tokenizer error.
pub fn eval_stop_token(src: &str) -> Option<(usize, usize)> {
    let toks = lexer::tokenize_expr(src, 0);
    if toks.error.is_some() {
        return None;
    }
    let stream = toks.toks.iter().cloned().map(Ok::<Spanned, Error>);
    match python::TopParser::new().parse(0, stream) {
        Ok(_) => None,
        Err(ParseError::UnrecognizedToken { token, .. } | ParseError::ExtraToken { token }) => Some((token.0, token.2)),
        Err(_) => None,
    }
}

/// Parses the expression of an f-string field found at byte `base`. Errors inside are
/// reported at the end of the enclosing literal (`whole`), prefixed "f-string: " like CPython.
pub fn parse_fstring_expr(text: &str, base: usize, depth: usize, whole: Span) -> Result<Expr, Error> {
    if depth > super::fstring::MAX_DEPTH {
        let at = whole.end as usize;
        return Err(Error::syntax("f-string: expressions nested too deeply", at, at + 1));
    }
    let toks = lexer::tokenize_expr(text, base);
    match run(toks, depth, "") {
        Ok(Top::Expr(e)) => Ok(e),
        Ok(Top::Module(_)) => Err(Error::syntax("f-string: invalid syntax", base, base + 1)),
        Err(mut e) => {
            // CPython 3.11 parses the field as `(text)`, so a bare generator expression is one.
            if base > 0 {
                if let Some(g) = genexp_in_parens(text, base, depth) {
                    return Ok(g);
                }
            }
            if !e.msg.starts_with("f-string") {
                e.msg = format!("f-string: {}", e.msg);
                // Shown against `(expr)`, as CPython 3.11 parses the field in parentheses.
                if e.snippet.is_none() && (base..=base + text.len()).contains(&e.start) {
                    let col = text.get(..e.start - base).map_or(0, |t| t.chars().count()) + 1;
                    let end = e.end.clamp(e.start, base + text.len() + 1);
                    let end_col = text.get(..end - base).map_or(col + 1, |t| t.chars().count() + 1);
                    e.snippet = Some(Box::new(lexer::Snippet { text: format!("({text})"), col, end_col }));
                    e.start = base;
                }
            }
            Err(e)
        }
    }
}

/// `text` parsed in parentheses, when that makes it a generator expression.
fn genexp_in_parens(text: &str, base: usize, depth: usize) -> Option<Expr> {
    let wrapped = format!("({text})");
    match run(lexer::tokenize_expr(&wrapped, base - 1), depth, "") {
        Ok(Top::Expr(e)) if matches!(e.kind, super::ast::ExprKind::GeneratorExp { .. }) => Some(e),
        _ => None,
    }
}

fn run(toks: Tokens, depth: usize, src: &str) -> Result<Top, Error> {
    run_reporting_eof(toks, depth, src).map_err(|(e, _)| e)
}

/// `run`, also saying whether the parser failed at the end of a clean token stream.
fn run_reporting_eof(toks: Tokens, depth: usize, src: &str) -> Result<Top, (Error, bool)> {
    let Tokens { toks, error: lex_error, .. } = toks;
    let stream = toks.iter().cloned().map(Ok::<Spanned, Error>);
    let result = python::TopParser::new().parse(depth, stream);
    match (result, lex_error) {
        (Ok(_), Some(e)) => Err((e, false)),
        (Ok(top), None) => Ok(top),
        (Err(e), None) => Err((map_error(&e, &toks, depth), ran_out_of_input(&e, &toks))),
        (Err(e), Some(lex)) => {
            // CPython compares lines using the last token the parser fetched.
            let fetched = match &e {
                ParseError::UnrecognizedToken { token, .. } | ParseError::ExtraToken { token } => token.0,
                ParseError::User { error } => error.end,
                _ => src.len(),
            };
            let wants_more = lex.msg.ends_with("was never closed") && ran_out_of_input(&e, &toks);
            Err((prefer(map_error(&e, &toks, depth), lex, at_stream_end(&e, &toks), src, fetched), wants_more))
        }
    }
}

fn map_error(e: &ParseError<usize, Tok, Error>, toks: &[Spanned], depth: usize) -> Error {
    match e {
        ParseError::User { error } => at_token_after_literal(error.clone(), toks),
        _ => literal_error_before(e, toks, depth)
            .or_else(|| specific_error(e, toks))
            .unwrap_or_else(|| generic_error(e, toks)),
    }
}

/// An f-string's own error, reported just past its literal, moved onto the token after the
/// literal as CPython's parser reports it (`f"{a[}" if x else y` underlines `if`).
fn at_token_after_literal(mut err: Error, toks: &[Spanned]) -> Error {
    if !err.msg.starts_with("f-string") || err.snippet.is_some() {
        return err;
    }
    let Some(k) = toks.iter().position(|t| t.2 == err.start && matches!(t.1, Tok::Str(_))) else { return err };
    if let Some((s, t, end)) = toks.get(k + 1) {
        if !matches!(t, Tok::Str(_) | Tok::Newline) {
            err.start = *s;
            err.end = (*end).max(*s + 1);
        }
    }
    err
}

/// An error in the string literals right before the token the parser stopped at (`f'{'a'}'`
/// is `f'{'` then `a`): CPython's parser has already made them into an expression, whose
/// f-string or escape errors it reports first.
fn literal_error_before(e: &ParseError<usize, Tok, Error>, toks: &[Spanned], depth: usize) -> Option<Error> {
    let i = error_index(e, toks);
    let first = toks[..i.min(toks.len())].iter().rposition(|t| !matches!(t.1, Tok::Str(_))).map_or(0, |k| k + 1);
    let run: Vec<(usize, StrTok, usize)> = toks[first..i.min(toks.len())]
        .iter()
        .filter_map(|(s, t, end)| match t {
            Tok::Str(st) => Some((*s, (**st).clone(), *end)),
            _ => None,
        })
        .collect();
    if run.is_empty() {
        return None;
    }
    let run_end = run.last().map_or(0, |t| t.2);
    let mut err = super::strings::concat(run, depth).err()?;
    // CPython reports an f-string's own error at the token after the literals, the one its
    // parser was looking at (`f"{"nested"}"` underlines `nested`).
    if let Some((s, t, end)) = toks.get(i) {
        if err.start == run_end && err.snippet.is_none() && !matches!(t, Tok::Newline) {
            err.start = *s;
            err.end = (*end).max(*s + 1);
        }
    }
    Some(err)
}

/// Matches CPython: after a parser error it tokenizes the rest of the file, and a tokenizer
/// error found there wins; an unclosed bracket wins only when the parser error is on a later
/// line than the bracket. A failure at the end of the (truncated) stream is the lexer's.
fn prefer(parse: Error, lex: Error, at_end: bool, src: &str, fetched: usize) -> Error {
    if at_end {
        return lex;
    }
    if parse.msg == "unexpected indent" || parse.msg == "unexpected unindent" {
        return parse;
    }
    // These tokenizer errors only mark the token as an error (CPython's E_DEDENT, E_TABSPACE,
    // E_TOODEEP, E_LINECONT) rather than raising, so the look past a parser error does not
    // see them: they are reported only when the parser itself reaches them.
    if matches!(
        &*lex.msg,
        "unindent does not match any outer indentation level"
            | "inconsistent use of tabs and spaces in indentation"
            | "too many levels of indentation"
            | "unexpected character after line continuation character"
    ) {
        return parse;
    }
    if lex.msg.ends_with("was never closed") {
        let later_line = src.get(lex.start..fetched).is_some_and(|t| t.contains('\n'));
        return if later_line { lex } else { parse };
    }
    lex
}

/// The parser wanted more input: it met the end, or only the dedents that close the open
/// blocks at the end (CPython's interactive tokenizer does not produce those, so it meets the
/// end there too).
fn ran_out_of_input(e: &ParseError<usize, Tok, Error>, toks: &[Spanned]) -> bool {
    match e {
        ParseError::UnrecognizedEof { .. } => true,
        ParseError::UnrecognizedToken { token: (_, Tok::Dedent, _), .. } => {
            toks[error_index(e, toks).min(toks.len())..].iter().all(|t| matches!(t.1, Tok::Dedent))
        }
        _ => false,
    }
}

/// The parser reached the end of the (truncated) token stream: it wanted more input, or it
/// failed on the last token where CPython's parser would have fetched the one after it. Its
/// error rules ("Perhaps you forgot a comma?") try a token that starts an expression right
/// after another expression as the start of a second one, and so read on to the end (`f(1 2`:
/// "'(' was never closed"); a token that cannot go there stops it at once (`f(a :`, `x.[`,
/// `f(1 else`: "invalid syntax"), as in `missing_comma`.
fn at_stream_end(e: &ParseError<usize, Tok, Error>, toks: &[Spanned]) -> bool {
    match e {
        ParseError::UnrecognizedEof { .. } => true,
        ParseError::UnrecognizedToken { token, .. } => {
            let i = error_index(e, toks);
            let last = toks.last().is_some_and(|t| t.0 <= token.0);
            let after_expression = i > 0 && toks.get(i - 1).is_some_and(|p| ends_expression(&p.1));
            last && after_expression && starts_expression(&token.1)
        }
        _ => false,
    }
}

/// The index of the token a parse error is about (the token list's length at EOF).
fn error_index(e: &ParseError<usize, Tok, Error>, toks: &[Spanned]) -> usize {
    match e {
        ParseError::UnrecognizedToken { token: (s, t, _), .. } => {
            toks.iter().position(|x| x.0 == *s && x.1 == *t).unwrap_or(toks.len())
        }
        _ => toks.len(),
    }
}

fn generic_error(e: &ParseError<usize, Tok, Error>, toks: &[Spanned]) -> Error {
    match e {
        // CPython's NEWLINE token may be empty (its end offset is then its start).
        ParseError::UnrecognizedToken { token: (s, Tok::Newline, end), .. } => Error::syntax("invalid syntax", *s, *end),
        ParseError::UnrecognizedToken { token: (s, _, end), .. } | ParseError::ExtraToken { token: (s, _, end) } => {
            Error::syntax("invalid syntax", *s, (*end).max(*s + 1))
        }
        ParseError::UnrecognizedEof { location, .. } => {
            let at = toks.last().map_or(*location, |t| t.2);
            Error::syntax("invalid syntax", at, at + 1)
        }
        ParseError::InvalidToken { location } => Error::syntax("invalid syntax", *location, *location + 1),
        ParseError::User { error } => at_token_after_literal(error.clone(), toks),
    }
}

/// CPython's specialised messages that the token context decides.
fn specific_error(e: &ParseError<usize, Tok, Error>, toks: &[Spanned]) -> Option<Error> {
    let expected: &[String] = match e {
        ParseError::UnrecognizedToken { expected, .. } | ParseError::UnrecognizedEof { expected, .. } => expected,
        _ => return None,
    };
    let i = error_index(e, toks);
    let tok = toks.get(i);
    // Right after a `try` body only a handler or `finally` may come (after a handler, `else`
    // and a new statement may too).
    let expects = |t: &str| expected.iter().any(|x| x.strip_prefix('"').and_then(|x| x.strip_suffix('"')) == Some(t));
    let try_unfinished = expects("except") && expects("finally") && !expects("else");
    if let Some((s, Tok::Indent, _)) = tok {
        // `try: x` with its `except` indented past the `try` (CPython's invalid_try_stmt).
        let (kind, msg) = if try_unfinished {
            (SyntaxErrorKind::SyntaxError, "expected 'except' or 'finally' block")
        } else {
            (SyntaxErrorKind::IndentationError, "unexpected indent")
        };
        return Some(Error { kind, msg: msg.into(), start: *s, end: *s, caret: false, snippet: None });
    }
    if expected.iter().any(|x| x == "\"Indent\"") {
        return Some(expected_indent(toks, i));
    }
    // Only the dedents closing the file's blocks are left: the end of the input.
    let at_end = toks[i.min(toks.len())..].iter().all(|t| matches!(t.1, Tok::Dedent));
    if let Some((s, Tok::Dedent, _)) = tok {
        if try_unfinished && !at_end {
            // A `try` body closed by a dedent past the `try` itself (CPython's
            // invalid_try_stmt reports it at that dedent).
            let msg = "expected 'except' or 'finally' block".into();
            return Some(Error { kind: SyntaxErrorKind::SyntaxError, msg, start: *s, end: *s, caret: false, snippet: None });
        }
        if !try_unfinished {
            return Some(Error { kind: SyntaxErrorKind::IndentationError, msg: "unexpected unindent".into(), start: *s, end: *s, caret: false, snippet: None });
        }
    }
    if at_end && try_unfinished {
        // At the end of the input CPython points at the last line its tokenizer read, no caret:
        // the file's last character (the closing dedents sit at the file's end), or just past
        // the body's last token when no dedent follows.
        let last = match tok {
            Some((s, Tok::Dedent, _)) => s.saturating_sub(1),
            _ => toks.iter().rev().find(|t| !matches!(t.1, Tok::Newline | Tok::Indent | Tok::Dedent)).map_or(0, |t| t.2),
        };
        let msg = "expected 'except' or 'finally' block".into();
        return Some(Error { kind: SyntaxErrorKind::SyntaxError, msg, start: last, end: last, caret: false, snippet: None });
    }
    let tok = tok?;
    if let Some(err) = super::legacy_else::missing_else_after_name(toks, i) {
        return Some(err);
    }
    if let Some(err) = legacy_print(toks, i) {
        return Some(err);
    }
    if let Some(err) = legacy_print_statement(toks, i) {
        return Some(err);
    }
    if let Some(err) = header_token_missing(toks, i) {
        return Some(err);
    }
    if let Some(err) = super::forced_colon::missing_colon(toks, i, line_start(toks, i)) {
        return Some(err);
    }
    if let Some(err) = super::py2_forms::python2_form(toks, i, line_start(toks, i)) {
        return Some(err);
    }
    if matches!(tok.1, Tok::Newline) && expected.iter().any(|x| x == "\":\"") {
        let ls = line_start(toks, i);
        // `async def` / `async for` / `async with`: the keyword after `async` decides.
        let first = match &toks[ls].1 {
            Tok::Async => toks.get(ls + 1).map_or(&Tok::Async, |t| &t.1),
            t => t,
        };
        if compound_keyword(first).is_some() {
            // The NEWLINE token's span: it covers a comment before the line end.
            return Some(Error::syntax("expected ':'", tok.0, tok.2));
        }
    }
    if let Some(err) = assign_in_condition(toks, i) {
        return Some(err);
    }
    if let Some(err) = assign_in_brackets(toks, i) {
        return Some(err);
    }
    if let Some(err) = lambda_parenthesized(toks, i).or_else(|| dict_display(toks, i)).or_else(|| yield_assignment(toks, i)).or_else(|| missing_default(toks, i)) {
        return Some(err);
    }
    if expected.iter().any(|x| x == "\"else\"") && !matches!(tok.1, Tok::Op(RawTok::Colon)) {
        if let Some(err) = missing_else(toks, i) {
            return Some(err);
        }
    }
    if let Some(err) = super::comprehension_errors::malformed_target(toks, i) {
        return Some(err);
    }
    if let Some(err) = missing_comma(toks, i) {
        return Some(err);
    }
    // A `try:` body followed by neither handler nor `finally` (CPython's invalid_try_stmt),
    // located at the token that came instead.
    if try_unfinished {
        return Some(Error::syntax("expected 'except' or 'finally' block", tok.0, tok.2));
    }
    if matches!(tok.1, Tok::Op(RawTok::ColonEqual)) {
        return Some(walrus_target(toks, i).unwrap_or_else(|| Error::syntax("invalid syntax", tok.0, tok.2)));
    }
    None
}

/// An error end meaning "no end column" (CPython's end_offset 0).
const NO_END: usize = usize::MAX;

/// `lambda (x, y): ...`: CPython's invalid_lambda_parameters, spanning the parentheses. Only
/// plain names may come before them and inside them.
fn lambda_parenthesized(toks: &[Spanned], i: usize) -> Option<Error> {
    if !matches!(toks[i].1, Tok::Op(RawTok::LPar)) {
        return None;
    }
    let mut j = i.checked_sub(1)?;
    while matches!(toks[j].1, Tok::Op(RawTok::Comma)) {
        j = j.checked_sub(1).filter(|&k| matches!(toks[k].1, Tok::Name(_)))?.checked_sub(1)?;
    }
    if !matches!(toks[j].1, Tok::Lambda) {
        return None;
    }
    let mut k = i + 1;
    while matches!(toks.get(k)?.1, Tok::Name(_) | Tok::Op(RawTok::Comma)) {
        k += 1;
    }
    if k == i + 1 || !matches!(toks[k].1, Tok::Op(RawTok::RPar)) {
        return None;
    }
    Some(Error::syntax("Lambda expression parameters cannot be parenthesized", toks[i].0, toks[k].2))
}

/// Index of the innermost bracket still open at token `i`.
pub(super) fn enclosing_open(toks: &[Spanned], i: usize) -> Option<usize> {
    let mut depth = 0i32;
    for j in (0..i).rev() {
        match toks[j].1 {
            Tok::Op(RawTok::RPar | RawTok::RSqb | RawTok::RBrace) => depth += 1,
            Tok::Op(RawTok::LPar | RawTok::LSqb | RawTok::LBrace) if depth == 0 => return Some(j),
            Tok::Op(RawTok::LPar | RawTok::LSqb | RawTok::LBrace) => depth -= 1,
            _ => {}
        }
    }
    None
}

/// Whether the tokens `from..to` hold `kind` outside any nested bracket.
fn has_top_level(toks: &[Spanned], from: usize, to: usize, kind: RawTok) -> bool {
    let mut depth = 0i32;
    toks[from..to].iter().any(|t| match t.1 {
        Tok::Op(RawTok::LPar | RawTok::LSqb | RawTok::LBrace) => {
            depth += 1;
            false
        }
        Tok::Op(RawTok::RPar | RawTok::RSqb | RawTok::RBrace) => {
            depth -= 1;
            false
        }
        Tok::Op(k) => depth == 0 && k == kind,
        Tok::Lambda if depth == 0 => {
            depth += 100; // a lambda's ':' is not a key separator
            false
        }
        _ => false,
    })
}

/// CPython's invalid_double_starred_kvpairs / invalid_kvpair inside a dict display:
/// `{1:}`, `{1: *a}`, `{1: 2, 3}`.
fn dict_display(toks: &[Spanned], i: usize) -> Option<Error> {
    let open = enclosing_open(toks, i)?;
    if !matches!(toks[open].1, Tok::Op(RawTok::LBrace)) {
        return None;
    }
    let prev = &toks[i.checked_sub(1)?];
    let tok = &toks[i];
    let closes_item = matches!(tok.1, Tok::Op(RawTok::RBrace | RawTok::Comma));
    if matches!(prev.1, Tok::Op(RawTok::Colon)) {
        if closes_item {
            return Some(Error::syntax("expression expected after dictionary key and ':'", prev.0, prev.2));
        }
        if matches!(tok.1, Tok::Op(RawTok::Star)) {
            let end = toks.get(i + 1).filter(|t| ends_expression(&t.1)).map_or(tok.2, |t| t.2);
            return Some(Error::syntax("cannot use a starred expression in a dictionary value", tok.0, end));
        }
        return None;
    }
    // `{'a': 1, 'b' 2}`: a later item whose key runs into another expression is a key
    // missing its ':' (the first item's is a missing comma, as in a set).
    let key_then_expression = ends_expression(&prev.1) && starts_expression(&tok.1);
    if !closes_item && !key_then_expression {
        return None;
    }
    // The first item decides whether the display is a dict.
    let first_end = (open + 1..i).find(|&k| matches!(toks[k].1, Tok::Op(RawTok::Comma)) && enclosing_open(toks, k) == Some(open)).unwrap_or(i);
    let is_dict = matches!(toks.get(open + 1).map(|t| &t.1), Some(Tok::Op(RawTok::DoubleStar)))
        || has_top_level(toks, open + 1, first_end, RawTok::Colon);
    let item_start = (open + 1..i).rev().find(|&k| matches!(toks[k].1, Tok::Op(RawTok::Comma)) && enclosing_open(toks, k) == Some(open)).map_or(open + 1, |k| k + 1);
    if !is_dict || item_start >= i || has_top_level(toks, item_start, i, RawTok::Colon) {
        return None;
    }
    if !closes_item && item_start == open + 1 {
        return None;
    }
    if matches!(toks[item_start].1, Tok::Op(RawTok::DoubleStar)) {
        return None;
    }
    // RAISE_ERROR_KNOWN_LOCATION with end column -1: no end offset (shown as 0).
    Some(Error::syntax("':' expected after dictionary key", prev.2 - 1, NO_END))
}

/// `def f(x=):`, `lambda x=, y: 0`: a parameter's `=` with no default after it (CPython's
/// invalid_default, which only parameter lists have: `f(x=)` is plain "invalid syntax").
fn missing_default(toks: &[Spanned], i: usize) -> Option<Error> {
    let eq = &toks[i.checked_sub(1)?];
    if !matches!(eq.1, Tok::Op(RawTok::Equal)) || !matches!(toks[i].1, Tok::Op(RawTok::RPar | RawTok::Comma)) {
        return None;
    }
    let in_def = enclosing_open(toks, i)
        .is_some_and(|o| o >= 2 && matches!(toks[o].1, Tok::Op(RawTok::LPar)) && matches!(toks[o - 1].1, Tok::Name(_)) && matches!(toks[o - 2].1, Tok::Def));
    let in_lambda = || {
        let mut depth = 0i32;
        for t in toks[..i].iter().rev() {
            match t.1 {
                Tok::Op(RawTok::RPar | RawTok::RSqb | RawTok::RBrace) => depth += 1,
                Tok::Op(RawTok::LPar | RawTok::LSqb | RawTok::LBrace) if depth == 0 => return false,
                Tok::Op(RawTok::LPar | RawTok::LSqb | RawTok::LBrace) => depth -= 1,
                Tok::Lambda if depth == 0 => return true,
                Tok::Op(RawTok::Colon) | Tok::Newline if depth == 0 => return false,
                _ => {}
            }
        }
        false
    };
    if !in_def && !in_lambda() {
        return None;
    }
    Some(Error::syntax("expected default value expression", eq.0, eq.2))
}

/// `yield = 1` at the start of a statement: CPython's invalid_assignment rule.
fn yield_assignment(toks: &[Spanned], i: usize) -> Option<Error> {
    if !matches!(toks[i].1, Tok::Op(RawTok::Equal)) {
        return None;
    }
    let start = line_start(toks, i);
    if !matches!(toks[start].1, Tok::Yield) || start >= i {
        return None;
    }
    Some(Error::syntax("assignment to yield expression not possible", toks[start].0, toks[i - 1].2))
}

/// `x.y := 1`: CPython's invalid_named_expression, "cannot use assignment expressions with
/// attribute" spanning the target. Recognised when the target is one primary (an atom with
/// trailers), a bracketed display (`(a, b) := ...` names a tuple) or a lambda, standing where
/// CPython's grammar takes a named expression; other targets keep the generic message.
fn walrus_target(toks: &[Spanned], i: usize) -> Option<Error> {
    let last = i.checked_sub(1)?;
    if let Some(err) = walrus_lambda(toks, last) {
        return Some(err);
    }
    let first = primary_start(toks, last)?;
    if !named_expression_allowed(toks, first) {
        return None;
    }
    let what = if first == last {
        match &toks[last].1 {
            Tok::True => "True",
            Tok::False => "False",
            Tok::None => "None",
            Tok::Op(RawTok::Ellipsis) => "ellipsis",
            Tok::Int(_) | Tok::Float(_) | Tok::Imag(_) | Tok::Str(_) => "literal",
            _ => return None,
        }
    } else {
        match &toks[last].1 {
            Tok::Name(_) if matches!(toks[last - 1].1, Tok::Op(RawTok::Dot)) => "attribute",
            Tok::Op(RawTok::RSqb) if bracket_open(toks, last).is_some_and(|o| o > first) => "subscript",
            Tok::Op(RawTok::RPar) if bracket_open(toks, last).is_some_and(|o| o > first) => "function call",
            Tok::Op(RawTok::RPar | RawTok::RSqb | RawTok::RBrace) if bracket_open(toks, last) == Some(first) => display_kind(toks, first, last)?,
            _ => return None,
        }
    };
    let msg = format!("cannot use assignment expressions with {what}");
    Some(Error::syntax(msg, toks[first].0, toks[last].2))
}

/// Whether the expression starting at token `first` stands where CPython's grammar parses a
/// named expression (so its invalid_named_expression rule reports a bad target): a statement
/// of its own, an `if`/`elif`/`while` condition, a display's or a parenthesised group's item,
/// a subscript; not an assignment's value, a `return` value or a call argument.
fn named_expression_allowed(toks: &[Spanned], first: usize) -> bool {
    let Some(before) = first.checked_sub(1) else { return true };
    match &toks[before].1 {
        Tok::Newline | Tok::Indent | Tok::Dedent | Tok::StartModule | Tok::StartExpr => true,
        Tok::Op(RawTok::Semi) | Tok::If | Tok::Elif | Tok::While => true,
        Tok::Op(RawTok::LSqb | RawTok::LBrace) => true,
        Tok::Op(RawTok::LPar) => !is_call_paren(toks, before),
        Tok::Op(RawTok::Comma) => match enclosing_open(toks, before) {
            Some(open) => !matches!(toks[open].1, Tok::Op(RawTok::LPar)) || !is_call_paren(toks, open),
            None => false,
        },
        _ => false,
    }
}

/// The `(` at `open` starts a call's arguments (it follows an expression).
fn is_call_paren(toks: &[Spanned], open: usize) -> bool {
    open.checked_sub(1).is_some_and(|p| ends_expression(&toks[p].1))
}

/// CPython's name (`_PyPegen_get_expr_name`) for the display between the brackets at `open`
/// and `close`; None for a parenthesised single expression, whose inner kind is not worked out.
fn display_kind(toks: &[Spanned], open: usize, close: usize) -> Option<&'static str> {
    let (mut comma, mut colon, mut for_at, mut depth) = (false, None, None, 0i32);
    for (j, (_, t, _)) in toks.iter().enumerate().take(close).skip(open + 1) {
        match t {
            Tok::Op(RawTok::LPar | RawTok::LSqb | RawTok::LBrace) => depth += 1,
            Tok::Op(RawTok::RPar | RawTok::RSqb | RawTok::RBrace) => depth -= 1,
            Tok::Op(RawTok::Comma) if depth == 0 => comma = true,
            Tok::Op(RawTok::Colon | RawTok::DoubleStar) if depth == 0 && colon.is_none() => colon = Some(j),
            Tok::For if depth == 0 && for_at.is_none() => for_at = Some(j),
            _ => {}
        }
    }
    let empty = close == open + 1;
    Some(match toks[open].1 {
        Tok::Op(RawTok::LPar) if for_at.is_some() => "generator expression",
        Tok::Op(RawTok::LPar) if comma || empty => "tuple",
        Tok::Op(RawTok::LPar) => return None,
        Tok::Op(RawTok::LSqb) if for_at.is_some() => "list comprehension",
        Tok::Op(RawTok::LSqb) => "list",
        _ if empty => "dict literal",
        _ => match (for_at, colon) {
            (Some(f), Some(c)) if c < f => "dict comprehension",
            (Some(_), _) => "set comprehension",
            (None, Some(_)) => "dict literal",
            (None, None) => "set display",
        },
    })
}

/// `lambda: x := 1` where a named expression may stand: CPython parses the lambda as the
/// walrus's target ("cannot use assignment expressions with lambda").
fn walrus_lambda(toks: &[Spanned], last: usize) -> Option<Error> {
    let mut depth = 0i32;
    let mut j = last;
    loop {
        match toks[j].1 {
            Tok::Op(RawTok::RPar | RawTok::RSqb | RawTok::RBrace) => depth += 1,
            Tok::Op(RawTok::LPar | RawTok::LSqb | RawTok::LBrace) => {
                if depth == 0 {
                    return None;
                }
                depth -= 1;
            }
            Tok::Op(RawTok::Comma | RawTok::Semi | RawTok::Equal) | Tok::Newline | Tok::Indent | Tok::Dedent if depth == 0 => return None,
            Tok::Lambda if depth == 0 => break,
            _ => {}
        }
        j = j.checked_sub(1)?;
    }
    // Only the outermost lambda of the expression is the target.
    if !named_expression_allowed(toks, j) {
        return None;
    }
    Some(Error::syntax("cannot use assignment expressions with lambda", toks[j].0, toks[last].2))
}

/// Index of the bracket opening the one closed at `close`.
fn bracket_open(toks: &[Spanned], close: usize) -> Option<usize> {
    let mut depth = 0i32;
    for j in (0..=close).rev() {
        match toks[j].1 {
            Tok::Op(RawTok::RPar | RawTok::RSqb | RawTok::RBrace) => depth += 1,
            Tok::Op(RawTok::LPar | RawTok::LSqb | RawTok::LBrace) => {
                depth -= 1;
                if depth == 0 {
                    return Some(j);
                }
            }
            _ => {}
        }
    }
    None
}

/// First token of the primary expression (atom plus `.name`, `[...]`, `(...)` trailers) that
/// ends at token `last`.
fn primary_start(toks: &[Spanned], last: usize) -> Option<usize> {
    let mut j = last;
    loop {
        let start = match toks[j].1 {
            Tok::Op(RawTok::RPar | RawTok::RSqb | RawTok::RBrace) => bracket_open(toks, j)?,
            Tok::Name(_) | Tok::Int(_) | Tok::Float(_) | Tok::Imag(_) | Tok::Str(_) | Tok::None | Tok::True | Tok::False => j,
            Tok::Op(RawTok::Ellipsis) => j,
            _ => return None,
        };
        let Some(prev) = start.checked_sub(1) else { return Some(start) };
        match toks[prev].1 {
            Tok::Op(RawTok::Dot) if matches!(toks[start].1, Tok::Name(_)) => j = prev.checked_sub(1)?,
            _ if matches!(toks[start].1, Tok::Op(RawTok::LPar | RawTok::LSqb)) && ends_expression(&toks[prev].1) => j = prev,
            // Adjacent strings are one literal.
            Tok::Str(_) if matches!(toks[start].1, Tok::Str(_)) => j = prev,
            _ => return Some(start),
        }
    }
}

/// Index of the first token of the logical line containing token `i`.
fn line_start(toks: &[Spanned], i: usize) -> usize {
    let mut j = i.min(toks.len());
    while j > 0 && !matches!(toks[j - 1].1, Tok::Newline | Tok::Indent | Tok::Dedent | Tok::StartModule | Tok::StartExpr) {
        j -= 1;
    }
    j.min(toks.len().saturating_sub(1))
}

/// CPython's wording for "expected an indented block after X".
/// Tokens CPython's grammar forces after a statement's first words, and the defaults a
/// star parameter cannot have: "expected '('" after `def name`, "expected ':'" after a
/// `match` subject or a `case` pattern on a line without one (the soft keyword then stayed a
/// name), "var-positional/var-keyword argument cannot have default value".
fn header_token_missing(toks: &[Spanned], i: usize) -> Option<Error> {
    let (s, t, e) = &toks[i];
    if i >= 2 && matches!(toks[i - 2].1, Tok::Def) && matches!(toks[i - 1].1, Tok::Name(_)) && !matches!(t, Tok::Op(RawTok::LPar)) {
        return Some(Error::syntax("expected '('", *s, (*e).max(*s + 1)));
    }
    if matches!(t, Tok::Op(RawTok::Equal)) && i >= 3 && matches!(toks[i - 1].1, Tok::Name(_)) {
        let in_params = matches!(toks[i - 3].1, Tok::Op(RawTok::LPar | RawTok::Comma) | Tok::Lambda);
        match toks[i - 2].1 {
            Tok::Op(RawTok::Star) if in_params => return Some(Error::syntax("var-positional argument cannot have default value", *s, *e)),
            Tok::Op(RawTok::DoubleStar) if in_params => {
                return Some(Error::syntax("var-keyword argument cannot have default value", *s, *e));
            }
            _ => {}
        }
    }
    let ls = line_start(toks, i);
    let Tok::Name(word) = &toks[ls].1 else { return None };
    // `match x` fails at its subject; `case 1` (inside a match block) at `case` itself.
    let at_soft_keyword = match &**word {
        "match" => i == ls + 1,
        "case" => i == ls,
        _ => false,
    };
    if !at_soft_keyword {
        return None;
    }
    let nl = (ls + 1..toks.len()).find(|&k| matches!(toks[k].1, Tok::Newline))?;
    if nl == ls + 1 || bracket_depth(toks, ls + 1, nl) != 0 {
        return None;
    }
    let (ns, _, ne) = &toks[nl];
    Some(Error::syntax("expected ':'", *ns, *ne))
}

fn compound_keyword(t: &Tok) -> Option<&'static str> {
    Some(match t {
        Tok::If => "'if' statement",
        Tok::Elif => "'elif' statement",
        Tok::Else => "'else' statement",
        Tok::For => "'for' statement",
        Tok::While => "'while' statement",
        Tok::Try => "'try' statement",
        Tok::Except => "'except' statement",
        Tok::Finally => "'finally' statement",
        Tok::With => "'with' statement",
        Tok::Def => "function definition",
        Tok::Class => "class definition",
        Tok::Match => "'match' statement",
        Tok::Case => "'case' statement",
        _ => return None,
    })
}

fn expected_indent(toks: &[Spanned], i: usize) -> Error {
    // The header is the logical line ending at the NEWLINE before token i.
    let nl = i.saturating_sub(1);
    let mut h = line_start(toks, nl);
    if matches!(toks.get(h).map(|t| &t.1), Some(Tok::Async)) {
        h += 1;
    }
    let what = toks.get(h).and_then(|t| compound_keyword(&t.1));
    let except_star = matches!(toks.get(h).map(|t| &t.1), Some(Tok::Except)) && matches!(toks.get(h + 1).map(|t| &t.1), Some(Tok::Op(RawTok::Star)));
    let what = if except_star { Some("'except*' statement") } else { what };
    let header_pos = toks.get(h).map_or(0, |t| t.0);
    let msg = match what {
        Some(w) => format!("expected an indented block after {w} on line {{LINE:{header_pos}}}"),
        None => "expected an indented block".to_string(),
    };
    let (start, end, caret) = match toks.get(i) {
        Some(t) if toks[i..].iter().any(|t| !matches!(t.1, Tok::Dedent)) => (t.0, t.2.max(t.0 + 1), true),
        // Only the dedents that close the file's blocks follow (they sit at its end): CPython
        // reports the last line its tokenizer read, the one holding the file's last character,
        // without a caret.
        Some(t) => (t.0.saturating_sub(1), 0, false),
        None => (toks.get(nl).map_or(0, |t| t.0), 0, false),
    };
    Error { kind: SyntaxErrorKind::IndentationError, msg, start, end, caret, snippet: None }
}

/// `print "x"`: CPython's invalid_legacy_expression rule.
fn legacy_print(toks: &[Spanned], i: usize) -> Option<Error> {
    legacy_call(toks, i.checked_sub(1)?, i)
}

/// `print [x for x in y]`, `print x y`: a statement starting `print` (or `exec`) and an
/// expression, failing further on. CPython's invalid_legacy_expression is tried where the
/// statement's expression starts and names the longest expression list after the name: all of
/// the rest when it parses as one, else what comes before a second expression at the top level
/// (`print -1 2`). Anything else is left to the other rules.
fn legacy_print_statement(toks: &[Spanned], i: usize) -> Option<Error> {
    // The simple statement holding token i starts after the logical line's start, a `;` or a
    // header's `:` outside brackets.
    let mut depth = 0i32;
    let mut ls = line_start(toks, i);
    for k in ls..i {
        match toks[k].1 {
            Tok::Op(RawTok::LPar | RawTok::LSqb | RawTok::LBrace) => depth += 1,
            Tok::Op(RawTok::RPar | RawTok::RSqb | RawTok::RBrace) => depth -= 1,
            Tok::Op(RawTok::Semi | RawTok::Colon) if depth == 0 => ls = k + 1,
            _ => {}
        }
    }
    legacy_call(toks, ls, i)
}

/// The legacy-statement error for the name at `name` (print or exec) when the expression after
/// it reaches token `i`.
fn legacy_call(toks: &[Spanned], name: usize, i: usize) -> Option<Error> {
    let ls = name;
    let Tok::Name(n) = &toks.get(ls)?.1 else { return None };
    if (&**n != "print" && &**n != "exec") || i <= ls {
        return None;
    }
    let first = toks.get(ls + 1)?;
    // `print -1`: the binary minus CPython's statement parse tried is an operand's sign here.
    let signed = matches!(first.1, Tok::Op(RawTok::Minus | RawTok::Plus));
    if !(starts_expression(&first.1) || signed) || matches!(first.1, Tok::Op(RawTok::LPar)) {
        return None;
    }
    // The expression list ends at the statement's end or at a bracket closing around it.
    let mut depth = 0i32;
    let mut end = ls + 1;
    while end < toks.len() {
        match toks[end].1 {
            Tok::Op(RawTok::LPar | RawTok::LSqb | RawTok::LBrace) => depth += 1,
            Tok::Op(RawTok::RPar | RawTok::RSqb | RawTok::RBrace) if depth == 0 => break,
            Tok::Op(RawTok::RPar | RawTok::RSqb | RawTok::RBrace) => depth -= 1,
            Tok::Newline | Tok::Op(RawTok::Semi | RawTok::Equal) if depth == 0 => break,
            _ => {}
        }
        end += 1;
    }
    if i >= end {
        return None;
    }
    let start = (first.0, Tok::StartExpr, first.0);
    let stream = std::iter::once(start).chain(toks[ls + 1..end].iter().cloned()).map(Ok::<Spanned, Error>);
    let last = match python::TopParser::new().parse(0, stream) {
        Ok(_) => end - 1,
        Err(ParseError::UnrecognizedToken { token, .. }) => {
            let k = (ls + 1..end).find(|&k| toks[k].0 == token.0 && toks[k].1 == token.1)?;
            let top_level = enclosing_open(toks, k).is_none_or(|o| o < ls);
            if !top_level || !ends_expression(&toks[k - 1].1) || !starts_expression(&toks[k].1) {
                return None;
            }
            k - 1
        }
        Err(_) => return None,
    };
    let msg = format!("Missing parentheses in call to '{n}'. Did you mean {n}(...)?");
    Some(Error::syntax(msg, toks[ls].0, toks[last].2))
}

pub(super) fn starts_expression(t: &Tok) -> bool {
    matches!(
        t,
        Tok::Name(_)
            | Tok::Int(_)
            | Tok::Float(_)
            | Tok::Imag(_)
            | Tok::Str(_)
            | Tok::None
            | Tok::True
            | Tok::False
            | Tok::Lambda
            | Tok::Not
            | Tok::Await
            | Tok::Op(RawTok::LPar | RawTok::LSqb | RawTok::LBrace | RawTok::Tilde | RawTok::Ellipsis)
    )
}

pub(super) fn ends_expression(t: &Tok) -> bool {
    matches!(
        t,
        Tok::Name(_)
            | Tok::Int(_)
            | Tok::Float(_)
            | Tok::Imag(_)
            | Tok::Str(_)
            | Tok::None
            | Tok::True
            | Tok::False
            | Tok::Op(RawTok::RPar | RawTok::RSqb | RawTok::RBrace | RawTok::Ellipsis)
    )
}

/// `[a b]`: CPython's "Perhaps you forgot a comma?" applies inside brackets when two
/// expressions are adjacent; the caret spans both.
fn missing_comma(toks: &[Spanned], i: usize) -> Option<Error> {
    let prev = toks.get(i.checked_sub(1)?)?;
    let cur = toks.get(i)?;
    if !starts_expression(&cur.1) || !ends_expression(&prev.1) {
        return None;
    }
    // `NAME STRING` (a prefix-like name before a string) is excluded by CPython.
    if matches!(prev.1, Tok::Name(_)) && matches!(cur.1, Tok::Str(_)) {
        return None;
    }
    // Only inside brackets.
    let mut depth = 0i32;
    let mut start = None;
    for j in (0..i).rev() {
        // Past a comprehension's `for` the parts are disjunctions and targets, which have no
        // "forgot a comma" rule (`[x for x in a b]` is plain "invalid syntax").
        if depth == 0 && matches!(toks[j].1, Tok::For) {
            return None;
        }
        match &toks[j].1 {
            Tok::Op(RawTok::RPar | RawTok::RSqb | RawTok::RBrace) => depth += 1,
            Tok::Op(RawTok::LPar | RawTok::LSqb | RawTok::LBrace) if depth > 0 => depth -= 1,
            // An f-string field is parsed as if in parentheses.
            Tok::Op(RawTok::LPar | RawTok::LSqb | RawTok::LBrace) | Tok::StartExpr => {
                // A `def`'s parameter list is not an expression: plain "invalid syntax".
                if j >= 2 && matches!(toks[j].1, Tok::Op(RawTok::LPar)) && matches!(toks[j - 1].1, Tok::Name(_)) && matches!(toks[j - 2].1, Tok::Def) {
                    return None;
                }
                start = Some(start.unwrap_or(j + 1));
                break;
            }
            Tok::Op(RawTok::Comma | RawTok::Colon | RawTok::Equal | RawTok::ColonEqual)
            | Tok::If
            | Tok::Else
            | Tok::For
            | Tok::Lambda
            | Tok::Yield
                if depth == 0 && start.is_none() =>
            {
                start = Some(j + 1);
            }
            Tok::Newline | Tok::Indent | Tok::Dedent | Tok::StartModule => return None,
            _ => {}
        }
        if j == 0 {
            return None;
        }
    }
    let first = toks.get(start?)?;
    if let Tok::Name(n) = &first.1 {
        // CPython 3.11's rule starts `!(NAME STRING | SOFT_KEYWORD)`, and its soft keyword test
        // compares only the name's length of "match", "case" and "_": `m`, `ca` and `_` count.
        let soft = ["match", "case", "_"].iter().any(|k| k.as_bytes().starts_with(n.as_bytes()));
        if soft || matches!(toks.get(start? + 1).map(|t| &t.1), Some(Tok::Str(_))) {
            return None;
        }
    }
    if matches!(first.1, Tok::Match | Tok::Case) {
        return None;
    }
    let start = first.0;
    let end = expression_end(toks, i);
    Some(Error::syntax("invalid syntax. Perhaps you forgot a comma?", start, end))
}

/// End offset of the primary expression starting at token `i` (atom plus trailers).
fn expression_end(toks: &[Spanned], i: usize) -> usize {
    let mut j = i;
    let mut end = toks[i].2;
    let mut depth = 0i32;
    while j < toks.len() {
        match toks[j].1 {
            Tok::Op(RawTok::LPar | RawTok::LSqb | RawTok::LBrace) => depth += 1,
            Tok::Op(RawTok::RPar | RawTok::RSqb | RawTok::RBrace) => {
                depth -= 1;
                if depth < 0 {
                    break;
                }
            }
            _ => {}
        }
        end = toks[j].2;
        j += 1;
        if depth == 0 {
            let continues = matches!(toks.get(j).map(|t| &t.1), Some(Tok::Op(RawTok::LPar | RawTok::LSqb | RawTok::Dot)))
                || matches!(toks.get(j - 1).map(|t| &t.1), Some(Tok::Op(RawTok::Dot)));
            if !continues {
                break;
            }
        }
    }
    end
}

/// `if x = 1:`: CPython's invalid_named_expression rule (`NAME '=' bitwise_or`).
fn assign_in_condition(toks: &[Spanned], i: usize) -> Option<Error> {
    if !matches!(toks[i].1, Tok::Op(RawTok::Equal)) || i == 0 {
        return None;
    }
    let name = &toks[i - 1];
    if !matches!(name.1, Tok::Name(_)) || !matches!(toks[line_start(toks, i)].1, Tok::If | Tok::Elif | Tok::While) {
        return None;
    }
    let mut j = i + 1;
    let mut depth = 0i32;
    let mut end = toks.get(j)?.2;
    while let Some((_, t, e)) = toks.get(j) {
        match t {
            Tok::Op(RawTok::LPar | RawTok::LSqb | RawTok::LBrace) => depth += 1,
            Tok::Op(RawTok::RPar | RawTok::RSqb | RawTok::RBrace) => depth -= 1,
            Tok::Op(RawTok::Colon | RawTok::Comma | RawTok::Equal | RawTok::ColonEqual) | Tok::Newline if depth <= 0 => break,
            Tok::And | Tok::Or | Tok::If | Tok::Else | Tok::Not | Tok::In | Tok::Is if depth <= 0 => break,
            Tok::Op(RawTok::EqEqual | RawTok::NotEqual | RawTok::Less | RawTok::Greater | RawTok::LessEqual | RawTok::GreaterEqual)
                if depth <= 0 =>
            {
                break
            }
            _ => {}
        }
        end = *e;
        j += 1;
    }
    Some(Error::syntax("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", name.0, end))
}

/// `=` where CPython's parser reads an expression inside brackets (a list, set, tuple or
/// subscript: `[x = 1]`, `(a.b = 1)`) or a call argument (`f(a, x.y = 1)`): its
/// invalid_named_expression and invalid_kwarg messages.
fn assign_in_brackets(toks: &[Spanned], i: usize) -> Option<Error> {
    if !matches!(toks[i].1, Tok::Op(RawTok::Equal)) || i == 0 {
        return None;
    }
    // The operand before `=` starts after the innermost open bracket or a comma in it.
    let mut depth = 0i32;
    let mut j = i;
    let opener = loop {
        if j == 0 {
            return None;
        }
        j -= 1;
        match toks[j].1 {
            Tok::Op(RawTok::RPar | RawTok::RSqb | RawTok::RBrace) => depth += 1,
            Tok::Op(RawTok::LPar | RawTok::LSqb | RawTok::LBrace) if depth > 0 => depth -= 1,
            Tok::Op(RawTok::LPar | RawTok::LSqb | RawTok::LBrace) => break j,
            Tok::Op(RawTok::Comma) if depth == 0 => {}
            Tok::Newline | Tok::Indent | Tok::Dedent | Tok::StartModule | Tok::StartExpr => return None,
            Tok::Op(RawTok::Colon | RawTok::Semi | RawTok::Equal | RawTok::ColonEqual) | Tok::Lambda | Tok::For | Tok::If | Tok::Else if depth == 0 => return None,
            _ => {}
        }
    };
    let start = (opener + 1..i).rev().find(|&k| {
        matches!(toks[k].1, Tok::Op(RawTok::Comma)) && bracket_depth(toks, opener + 1, k) == 0
    }).map_or(opener + 1, |k| k + 1);
    if start >= i {
        return None;
    }
    let operand = &toks[start..i];
    if matches!(operand[0].1, Tok::Op(RawTok::Star | RawTok::DoubleStar)) {
        return None;
    }
    let is_call = matches!(toks[opener].1, Tok::Op(RawTok::LPar))
        && opener > 0
        && matches!(toks[opener - 1].1, Tok::Name(_) | Tok::Op(RawTok::RPar | RawTok::RSqb) | Tok::Str(_));
    if is_call {
        // A keyword argument is `NAME =`; anything longer is CPython's invalid_kwarg.
        if operand.len() == 1 && matches!(operand[0].1, Tok::Name(_)) {
            return None;
        }
        // matches CPython's invalid_kwarg: `f(True=1)` names the keyword constant.
        if operand.len() == 1 {
            let constant = match operand[0].1 {
                Tok::True => Some("True"),
                Tok::False => Some("False"),
                Tok::None => Some("None"),
                _ => None,
            };
            if let Some(c) = constant {
                return Some(Error::syntax(format!("cannot assign to {c}"), operand[0].0, toks[i].2));
            }
        }
        return Some(Error::syntax("expression cannot contain assignment, perhaps you meant \"==\"?", operand[0].0, toks[i].2));
    }
    // What follows `=` must be one operand not followed by another `=` or `:=`.
    let mut k = i + 1;
    let mut depth = 0i32;
    let mut end = toks.get(k)?.2;
    while let Some((_, t, e)) = toks.get(k) {
        match t {
            Tok::Op(RawTok::LPar | RawTok::LSqb | RawTok::LBrace) => depth += 1,
            Tok::Op(RawTok::RPar | RawTok::RSqb | RawTok::RBrace) if depth == 0 => break,
            Tok::Op(RawTok::RPar | RawTok::RSqb | RawTok::RBrace) => depth -= 1,
            Tok::Op(RawTok::Equal | RawTok::ColonEqual) if depth == 0 => return None,
            Tok::Op(RawTok::Colon | RawTok::Comma) | Tok::Newline if depth == 0 => break,
            Tok::And | Tok::Or | Tok::If | Tok::Else | Tok::Not | Tok::In | Tok::Is | Tok::For | Tok::Async if depth == 0 => break,
            Tok::Op(RawTok::EqEqual | RawTok::NotEqual | RawTok::Less | RawTok::Greater | RawTok::LessEqual | RawTok::GreaterEqual)
                if depth == 0 =>
            {
                break
            }
            _ => {}
        }
        end = *e;
        k += 1;
    }
    if k == i + 1 {
        return None;
    }
    let what = match operand {
        [(_, Tok::Name(_), _)] => {
            return Some(Error::syntax("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", operand[0].0, end));
        }
        [(_, Tok::Int(_) | Tok::Float(_) | Tok::Imag(_) | Tok::Str(_), _)] => "literal",
        [(_, Tok::Name(_), _), rest @ ..] if is_attribute_chain(rest) => "attribute",
        [(_, Tok::Name(_), _), .., (_, Tok::Op(RawTok::RSqb), _)] => "subscript",
        _ if has_binary_operator(operand) || matches!(operand[0].1, Tok::Op(RawTok::Minus | RawTok::Plus | RawTok::Tilde)) => "expression",
        [(_, Tok::Name(_), _), .., (_, Tok::Op(RawTok::RPar), _)] => "function call",
        _ => return None,
    };
    let (s, e) = (operand[0].0, operand[operand.len() - 1].2);
    Some(Error::syntax(format!("cannot assign to {what} here. Maybe you meant '==' instead of '='?"), s, e))
}

/// An arithmetic or bitwise operator outside brackets, after the operand's first token.
fn has_binary_operator(operand: &[Spanned]) -> bool {
    let mut depth = 0i32;
    operand.iter().enumerate().any(|(k, t)| match t.1 {
        Tok::Op(RawTok::LPar | RawTok::LSqb | RawTok::LBrace) => {
            depth += 1;
            false
        }
        Tok::Op(RawTok::RPar | RawTok::RSqb | RawTok::RBrace) => {
            depth -= 1;
            false
        }
        Tok::Op(
            RawTok::Plus
            | RawTok::Minus
            | RawTok::Star
            | RawTok::Slash
            | RawTok::DoubleSlash
            | RawTok::Percent
            | RawTok::At
            | RawTok::DoubleStar
            | RawTok::VBar
            | RawTok::Amper
            | RawTok::Circumflex
            | RawTok::LeftShift
            | RawTok::RightShift,
        ) => k > 0 && depth == 0,
        _ => false,
    })
}

/// `.name.name...` after a name.
fn is_attribute_chain(rest: &[Spanned]) -> bool {
    !rest.is_empty() && rest.len() % 2 == 0 && rest.chunks(2).all(|p| matches!((&p[0].1, &p[1].1), (Tok::Op(RawTok::Dot), Tok::Name(_))))
}

/// Bracket nesting of `toks[from..to]`.
pub(super) fn bracket_depth(toks: &[Spanned], from: usize, to: usize) -> i32 {
    toks[from..to].iter().fold(0, |d, t| match t.1 {
        Tok::Op(RawTok::LPar | RawTok::LSqb | RawTok::LBrace) => d + 1,
        Tok::Op(RawTok::RPar | RawTok::RSqb | RawTok::RBrace) => d - 1,
        _ => d,
    })
}

/// `x = a if b`: CPython's "expected 'else' after 'if' expression", spanning `a if b`.
fn missing_else(toks: &[Spanned], i: usize) -> Option<Error> {
    let mut depth = 0i32;
    let mut if_at = None;
    for j in (0..i).rev() {
        match toks[j].1 {
            Tok::Op(RawTok::RPar | RawTok::RSqb | RawTok::RBrace) => depth += 1,
            Tok::Op(RawTok::LPar | RawTok::LSqb | RawTok::LBrace) if depth > 0 => depth -= 1,
            Tok::If if depth == 0 => {
                if_at = Some(j);
                break;
            }
            Tok::Op(RawTok::LPar | RawTok::LSqb | RawTok::LBrace | RawTok::Comma | RawTok::Equal) | Tok::Newline | Tok::Indent | Tok::Dedent => return None,
            _ => {}
        }
    }
    let if_at = if_at?;
    let mut k = if_at;
    let mut depth = 0i32;
    while k > 0 {
        match toks[k - 1].1 {
            Tok::Op(RawTok::RPar | RawTok::RSqb | RawTok::RBrace) => depth += 1,
            Tok::Op(RawTok::LPar | RawTok::LSqb | RawTok::LBrace) if depth > 0 => depth -= 1,
            Tok::Op(RawTok::LPar | RawTok::LSqb | RawTok::LBrace | RawTok::Comma | RawTok::Equal | RawTok::Colon | RawTok::ColonEqual)
            | Tok::Newline
            | Tok::Indent
            | Tok::Dedent
            | Tok::StartModule
            | Tok::StartExpr
            | Tok::Return
            | Tok::Lambda
                if depth == 0 =>
            {
                break
            }
            _ => {}
        }
        k -= 1;
    }
    if k == if_at {
        return None;
    }
    Some(Error::syntax("expected 'else' after 'if' expression", toks[k].0, toks[i - 1].2))
}
