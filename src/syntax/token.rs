//! Raw tokens (logos): names, numbers, string literals, operators, newlines.
//!
//! This layer knows nothing about indentation, brackets or keywords: [`super::lexer`] turns the
//! raw stream into the parser's tokens. String literals are matched by their prefix and opening
//! quote; a callback scans the body so triple quotes and escapes need no giant regex.

use logos::{Lexer, Logos};

/// Why a raw string scan failed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum RawError {
    /// Any character no token starts with (reported by the lexer wrapper).
    #[default]
    Invalid,
    /// A single-quoted string ran into the end of its line.
    UnterminatedString,
    /// A triple-quoted string ran into the end of the input.
    UnterminatedTriple,
}

#[derive(Logos, Clone, Copy, Debug, PartialEq, Eq)]
#[logos(error = RawError)]
pub enum RawTok {
    #[regex(r"[ \t\x0c]+", logos::skip)]
    Ignored,

    /// Kept as a token (and otherwise ignored) because the NEWLINE ending its line starts
    /// where it starts, as in CPython's tokenizer: an error at that end of line points there.
    #[regex(r"#[^\r\n]*", allow_greedy = true)]
    Comment,

    #[regex(r"\r\n|\n|\r")]
    Newline,
    /// `\` followed by a line end: the lines are joined.
    #[regex(r"\\(\r\n|\n|\r)")]
    Continuation,
    /// A `\` not followed by a line end.
    #[token("\\")]
    Backslash,

    /// Like CPython's tokenizer, any run of non-ASCII characters joins a name; the lexer then
    /// checks it against Unicode 14 (CPython 3.11's database), so a character the newer
    /// Unicode of the regex engine knows is still refused, with CPython's message.
    #[regex(r"[_a-zA-Z\x{80}-\x{10FFFF}][_a-zA-Z0-9\x{80}-\x{10FFFF}]*")]
    Name,

    #[regex(r"[0-9](_?[0-9])*")]
    #[regex(r"0[xX](_?[0-9a-fA-F])+")]
    #[regex(r"0[oO](_?[0-7])+")]
    #[regex(r"0[bB](_?[01])+")]
    Int,
    #[regex(r"[0-9](_?[0-9])*\.([0-9](_?[0-9])*)?([eE][+-]?[0-9](_?[0-9])*)?")]
    #[regex(r"\.[0-9](_?[0-9])*([eE][+-]?[0-9](_?[0-9])*)?")]
    #[regex(r"[0-9](_?[0-9])*[eE][+-]?[0-9](_?[0-9])*")]
    Float,
    #[regex(r"([0-9](_?[0-9])*|[0-9](_?[0-9])*\.([0-9](_?[0-9])*)?([eE][+-]?[0-9](_?[0-9])*)?|\.[0-9](_?[0-9])*([eE][+-]?[0-9](_?[0-9])*)?|[0-9](_?[0-9])*[eE][+-]?[0-9](_?[0-9])*)[jJ]")]
    Imag,

    /// Prefix and opening quote; the callback consumes the body and the closing quote.
    #[regex(r#"([rRbBuUfF]|[bB][rR]|[rR][bB]|[fF][rR]|[rR][fF])?['"]"#, scan_string)]
    String,

    #[token("(")]
    LPar,
    #[token(")")]
    RPar,
    #[token("[")]
    LSqb,
    #[token("]")]
    RSqb,
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token(":")]
    Colon,
    #[token(",")]
    Comma,
    #[token(";")]
    Semi,
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("/")]
    Slash,
    #[token("|")]
    VBar,
    #[token("&")]
    Amper,
    #[token("<")]
    Less,
    #[token(">")]
    Greater,
    #[token("=")]
    Equal,
    #[token(".")]
    Dot,
    #[token("%")]
    Percent,
    #[token("==")]
    EqEqual,
    #[token("!=")]
    NotEqual,
    #[token("<>")]
    LessGreater,
    #[token("<=")]
    LessEqual,
    #[token(">=")]
    GreaterEqual,
    #[token("~")]
    Tilde,
    #[token("^")]
    Circumflex,
    #[token("<<")]
    LeftShift,
    #[token(">>")]
    RightShift,
    #[token("**")]
    DoubleStar,
    #[token("+=")]
    PlusEqual,
    #[token("-=")]
    MinEqual,
    #[token("*=")]
    StarEqual,
    #[token("/=")]
    SlashEqual,
    #[token("%=")]
    PercentEqual,
    #[token("&=")]
    AmperEqual,
    #[token("|=")]
    VBarEqual,
    #[token("^=")]
    CircumflexEqual,
    #[token("<<=")]
    LeftShiftEqual,
    #[token(">>=")]
    RightShiftEqual,
    #[token("**=")]
    DoubleStarEqual,
    #[token("//")]
    DoubleSlash,
    #[token("//=")]
    DoubleSlashEqual,
    #[token("@")]
    At,
    #[token("@=")]
    AtEqual,
    #[token("->")]
    RArrow,
    #[token("...")]
    Ellipsis,
    #[token(":=")]
    ColonEqual,
    #[token("!")]
    Exclamation,
}

/// Consumes a string body after the opening quote. Escapes are skipped, not decoded
/// (decoding happens in [`super::strings`]); a backslash-newline continues a short string.
fn scan_string(lex: &mut Lexer<RawTok>) -> Result<(), RawError> {
    let quote = lex.slice().as_bytes()[lex.slice().len() - 1];
    let rest = lex.remainder().as_bytes();
    let triple = rest.len() >= 2 && rest[0] == quote && rest[1] == quote;
    let mut i = if triple { 2 } else { 0 };
    while i < rest.len() {
        let b = rest[i];
        if b == b'\\' {
            let crlf = rest.get(i + 1) == Some(&b'\r') && rest.get(i + 2) == Some(&b'\n');
            i += if crlf { 3 } else { 2 };
            continue;
        }
        if b == quote {
            if !triple {
                lex.bump(i + 1);
                return Ok(());
            }
            if i + 2 < rest.len() && rest[i + 1] == quote && rest[i + 2] == quote {
                lex.bump(i + 3);
                return Ok(());
            }
        }
        if !triple && (b == b'\n' || b == b'\r') {
            lex.bump(i);
            return Err(RawError::UnterminatedString);
        }
        i += 1;
    }
    lex.bump(rest.len());
    Err(if triple { RawError::UnterminatedTriple } else { RawError::UnterminatedString })
}
