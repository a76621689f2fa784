//! The indentation layer: turns raw logos tokens into the parser's tokens, emitting
//! NEWLINE / INDENT / DEDENT like CPython's tokenizer, tracking brackets, recognising keywords
//! (and the soft keywords `match` / `case` in statement position).
//!
//! It does not decode string literals (see [`super::strings`]) and reports at most one error:
//! tokens before the error are still returned so the parser can report an earlier error first,
//! as CPython does.

use std::rc::Rc;

use logos::Logos;

use super::error::SyntaxErrorKind;
use super::token::{RawError, RawTok};

/// Matches CPython's `MAXLEVEL`: deeper bracket nesting is a SyntaxError.
pub const MAX_PAREN_DEPTH: usize = 200;
/// An upper bound on AST depth: operators along one path of an expression. The compiler and
/// `Drop` recurse over the AST, so a pathological line (`1+1+...` 100k times) is an error here
/// instead of a stack overflow later. CPython's compiler gives up near the same depth, with
/// RecursionError "maximum recursion depth exceeded during compilation"; that is reported
/// once the whole source has been read, as CPython reports parse errors first. Commas end a
/// path, so long flat literals are fine.
const MAX_NESTING_OPERATORS: usize = 3000;
/// CPython's parser stack (MAXSTACK, less what a statement uses before its expression): the
/// right-recursive rules (prefix `-`/`+`/`~`/`not`, `**`, `lambda`, conditional expressions)
/// take parser levels as they nest, and a deeper chain is a MemoryError.
const MAX_PARSER_NESTING: usize = 5972;
/// Matches CPython's `MAXINDENT`.
const MAX_INDENT: usize = 100;

/// An error found before parsing, located by byte offsets into the whole source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    pub kind: SyntaxErrorKind,
    pub msg: String,
    pub start: usize,
    pub end: usize,
    /// False when CPython prints no caret line (e.g. "unexpected indent").
    pub caret: bool,
    /// CPython 3.11 shows errors inside an f-string field against the text `(expr)` rather than
    /// the source line; the 0-based character columns are relative to that text.
    pub snippet: Option<Box<Snippet>>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Snippet {
    pub text: String,
    pub col: usize,
    pub end_col: usize,
}

impl Error {
    pub fn syntax(msg: impl Into<String>, start: usize, end: usize) -> Error {
        Error { kind: SyntaxErrorKind::SyntaxError, msg: msg.into(), start, end, caret: true, snippet: None }
    }

    /// Source nested beyond CPython's parser or compiler (a RecursionError or MemoryError).
    pub fn nested_too_deep(kind: SyntaxErrorKind, msg: &str, start: usize, end: usize) -> Error {
        Error { kind, msg: msg.into(), start, end, caret: false, snippet: None }
    }
}

/// One string literal as written: the parser's string helpers decode it.
#[derive(Clone, Debug, PartialEq)]
pub struct StrTok {
    pub bytes: bool,
    pub raw: bool,
    pub fstring: bool,
    /// The text between the quotes.
    pub body: Rc<str>,
    /// Byte offset of `body` in the source.
    pub body_start: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Tok {
    Name(Rc<str>),
    /// Integer literal text without underscores.
    Int(Rc<str>),
    Float(f64),
    Imag(f64),
    Str(Box<StrTok>),
    Newline,
    Indent,
    Dedent,
    /// Synthetic first token choosing the parser's entry point.
    StartModule,
    StartExpr,
    /// The `(` of the parenthesized form `with (a as b, c):` (decided by the lexer's lookahead).
    WithLPar,
    // Keywords.
    False,
    None,
    True,
    And,
    As,
    Assert,
    Async,
    Await,
    Break,
    Class,
    Continue,
    Def,
    Del,
    Elif,
    Else,
    Except,
    Finally,
    For,
    From,
    Global,
    If,
    Import,
    In,
    Is,
    Lambda,
    Nonlocal,
    Not,
    Or,
    Pass,
    Raise,
    Return,
    Try,
    While,
    With,
    Yield,
    Match,
    Case,
    // Operators and delimiters.
    Op(RawTok),
    /// A printable ASCII character no token starts with (`$`, `?`, `!`, a backquote): CPython's
    /// tokenizer hands it to the parser as an operator no rule accepts, so the parser reports
    /// the error there (and its rules may name it, `try?`: "expected ':'"). The grammar has no
    /// terminal for it.
    Stray,
}

/// Tokens that can make the AST one level deeper.
fn nests(raw: RawTok, slice: &str) -> bool {
    match raw {
        RawTok::Name => matches!(slice, "not" | "await" | "and" | "or" | "if" | "lambda" | "in" | "is" | "yield"),
        RawTok::Ignored | RawTok::Comment | RawTok::Newline | RawTok::Continuation | RawTok::Backslash => false,
        RawTok::Int | RawTok::Float | RawTok::Imag | RawTok::String => false,
        RawTok::Comma | RawTok::Semi | RawTok::Colon | RawTok::RPar | RawTok::RSqb | RawTok::RBrace => false,
        _ => true,
    }
}

fn keyword(name: &str) -> Option<Tok> {
    Some(match name {
        "False" => Tok::False,
        "None" => Tok::None,
        "True" => Tok::True,
        "and" => Tok::And,
        "as" => Tok::As,
        "assert" => Tok::Assert,
        "async" => Tok::Async,
        "await" => Tok::Await,
        "break" => Tok::Break,
        "class" => Tok::Class,
        "continue" => Tok::Continue,
        "def" => Tok::Def,
        "del" => Tok::Del,
        "elif" => Tok::Elif,
        "else" => Tok::Else,
        "except" => Tok::Except,
        "finally" => Tok::Finally,
        "for" => Tok::For,
        "from" => Tok::From,
        "global" => Tok::Global,
        "if" => Tok::If,
        "import" => Tok::Import,
        "in" => Tok::In,
        "is" => Tok::Is,
        "lambda" => Tok::Lambda,
        "nonlocal" => Tok::Nonlocal,
        "not" => Tok::Not,
        "or" => Tok::Or,
        "pass" => Tok::Pass,
        "raise" => Tok::Raise,
        "return" => Tok::Return,
        "try" => Tok::Try,
        "while" => Tok::While,
        "with" => Tok::With,
        "yield" => Tok::Yield,
        _ => return None,
    })
}

pub type Spanned = (usize, Tok, usize);

/// The result of tokenizing: every token before the first error, and that error.
#[derive(Debug, Default)]
pub struct Tokens {
    pub toks: Vec<Spanned>,
    pub error: Option<Error>,
    /// The input ended right after a backslash continuation.
    pub eof_in_continuation: bool,
}

/// The kind of number literal CPython's tokenizer names in "invalid ... literal": `slice` is
/// the number token, `next` the character after it.
fn number_kind(raw: RawTok, slice: &str, next: char) -> &'static str {
    let prefix = if slice == "0" { next.to_ascii_lowercase() } else { slice.chars().nth(1).map_or(' ', |c| c.to_ascii_lowercase()) };
    let based = slice == "0" || slice.starts_with('0');
    match raw {
        RawTok::Imag => "imaginary",
        _ if based && prefix == 'x' => "hexadecimal",
        _ if based && prefix == 'o' => "octal",
        _ if based && prefix == 'b' => "binary",
        _ => "decimal",
    }
}

/// Tokenizes a whole module.
pub fn tokenize_module(src: &str) -> Tokens {
    let mut lx = Layer::new(src, 0, false);
    lx.out.push((0, Tok::StartModule, 0));
    lx.run();
    lx.finish()
}

/// Tokenizes the expression part of an f-string replacement field found at `base` in the
/// source: as if inside brackets, so no NEWLINE / INDENT is produced.
pub fn tokenize_expr(text: &str, base: usize) -> Tokens {
    let mut lx = Layer::new(text, base, true);
    lx.out.push((base, Tok::StartExpr, base));
    lx.run();
    lx.finish()
}

struct Layer<'s> {
    src: &'s str,
    base: usize,
    expr_mode: bool,
    out: Vec<Spanned>,
    indents: Vec<(usize, usize)>,
    brackets: Vec<(char, usize)>,
    line_has_tokens: bool,
    /// Where a comment on the current line starts (the NEWLINE token after it starts there).
    comment_start: Option<usize>,
    error: Option<Error>,
    /// How many tokens `out` held when `error` was raised: a token the same raw token went on
    /// to push (the first token of a line whose dedent failed) is dropped, as CPython's
    /// tokenizer produces nothing past its error.
    tokens_before_error: usize,
    /// Offset just after the `\` of a continuation that nothing has followed yet.
    last_was_continuation: Option<usize>,
    /// Operators on the current path of the expression (see MAX_NESTING_OPERATORS): commas
    /// reset it to the value it had when the enclosing bracket opened.
    line_operators: usize,
    /// Parser levels the right-recursive constructs on the current path take (see
    /// MAX_PARSER_NESTING), reset by commas and restored at closing brackets like
    /// `line_operators`.
    parser_nesting: usize,
    /// `(line_operators, parser_nesting)` as each open bracket found them.
    nesting_bases: Vec<(usize, usize)>,
    /// The last token was an operand (a name, literal or closing bracket): a `-`, `+` or `~`
    /// after it is binary, otherwise a prefix operator.
    after_operand: bool,
    /// The RecursionError for a too-deep operator chain, reported when the source has been
    /// read without another error.
    too_deep: Option<Error>,
}

impl<'s> Layer<'s> {
    fn new(src: &'s str, base: usize, expr_mode: bool) -> Layer<'s> {
        Layer {
            src,
            base,
            expr_mode,
            out: Vec::new(),
            indents: vec![(0, 0)],
            brackets: Vec::new(),
            line_has_tokens: false,
            comment_start: None,
            error: None,
            tokens_before_error: 0,
            last_was_continuation: None,
            line_operators: 0,
            parser_nesting: 0,
            nesting_bases: Vec::new(),
            after_operand: false,
            too_deep: None,
        }
    }

    fn fail(&mut self, e: Error) {
        if self.error.is_none() {
            self.error = Some(e);
            self.tokens_before_error = self.out.len();
        }
    }

    fn run(&mut self) {
        let mut lex = RawTok::lexer(self.src);
        while let Some(res) = lex.next() {
            let span = lex.span();
            let (s, e) = (span.start + self.base, span.end + self.base);
            match res {
                Ok(raw) => self.raw_token(raw, lex.slice(), s, e),
                Err(err) => self.raw_error(err, lex.slice(), s),
            }
            if self.error.is_some() {
                self.out.truncate(self.tokens_before_error);
                return;
            }
        }
        if let Some(e) = self.too_deep.take() {
            self.fail(e);
        }
    }

    /// A character no token can hold, at global offset `s`.
    fn invalid_char(&mut self, c: char, s: usize) {
        if c.is_ascii_graphic() {
            self.out.push((s, Tok::Stray, s + 1));
            return;
        }
        // CPython's error for a bad character ends where it starts (one caret), and names the
        // character only when it is printable.
        let msg = if crate::text::unicode::is_printable(c) {
            format!("invalid character '{}' (U+{:04X})", c, c as u32)
        } else {
            format!("invalid non-printable character U+{:04X}", c as u32)
        };
        self.fail(Error::syntax(msg, s, s));
    }

    /// A name holding non-ASCII characters: each must be an identifier character of Unicode 14,
    /// and the name is NFKC-normalized as CPython does (`ℌ` and `H` are one name).
    fn non_ascii_name(&mut self, slice: &str, s: usize, e: usize) {
        use crate::text::unicode::{is_id_continue, is_id_start};
        for (i, c) in slice.char_indices() {
            let ok = if i == 0 { is_id_start(c) } else { is_id_continue(c) };
            if !ok {
                return self.invalid_char(c, s + i);
            }
        }
        let name = crate::text::unicode_data::normalize(crate::text::unicode_data::Form::Nfkc, slice);
        // NFKC can turn a name into a keyword's spelling; CPython matches keywords before
        // normalizing, so the result stays a plain name.
        self.out.push((s, Tok::Name(Rc::from(name.as_str())), e));
    }

    fn raw_error(&mut self, err: RawError, slice: &str, s: usize) {
        match err {
            RawError::Invalid => {
                let c = slice.chars().next().unwrap_or('?');
                self.start_token(s);
                self.invalid_char(c, s);
            }
            RawError::UnterminatedString => {
                self.start_token(s);
                let line = self.line_at(s + slice.len());
                self.fail(Error::syntax(format!("unterminated string literal (detected at line {line})"), s, s + 1));
            }
            RawError::UnterminatedTriple => {
                self.start_token(s);
                // CPython reports the line of the text's last character, not counting one final
                // newline: blank lines after the opening quote each count.
                let text = self.src;
                let text = text.strip_suffix('\n').map_or(text, |t| t.strip_suffix('\r').unwrap_or(t));
                let text_end = text.len();
                let line = self.line_at(self.base + text_end);
                let msg = format!("unterminated triple-quoted string literal (detected at line {line})");
                self.fail(Error::syntax(msg, s, s + 1));
            }
        }
    }

    /// 1-based line of a global offset, counted within this text (the caller adds line offsets
    /// for f-string parts).
    fn line_at(&self, pos: usize) -> usize {
        let rel = pos.saturating_sub(self.base).min(self.src.len());
        self.src.as_bytes()[..rel].iter().filter(|&&b| b == b'\n').count() + 1
    }

    fn raw_token(&mut self, raw: RawTok, slice: &str, s: usize, e: usize) {
        if raw == RawTok::Comment {
            // Otherwise ignored, like the blanks logos skips.
            self.comment_start = Some(s);
            return;
        }
        self.last_was_continuation = None;
        self.count_operators(raw, slice);
        if self.parser_nesting > MAX_PARSER_NESTING {
            self.fail(Error::nested_too_deep(SyntaxErrorKind::MemoryError, "", s, e));
            return;
        }
        if self.line_operators > MAX_NESTING_OPERATORS && self.too_deep.is_none() {
            self.too_deep = Some(Error::nested_too_deep(SyntaxErrorKind::RecursionError, super::error::COMPILE_DEPTH_MESSAGE, s, e));
        }
        match raw {
            RawTok::Ignored | RawTok::Comment => {}
            RawTok::Newline => {
                let comment = self.comment_start.take();
                if self.brackets.is_empty() && self.line_has_tokens && !self.expr_mode {
                    // CPython's NEWLINE token covers a comment before it (up to the line end);
                    // without one it is empty, at the line end.
                    let (start, end) = match comment {
                        Some(c) => (c, s),
                        None => (s, s),
                    };
                    self.out.push((start, Tok::Newline, end));
                    self.line_has_tokens = false;
                }
            }
            RawTok::Continuation => self.last_was_continuation = Some(s + 1),
            // A `\` ending the input continues a line that never comes.
            RawTok::Backslash if e == self.base + self.src.len() => self.last_was_continuation = Some(s + 1),
            RawTok::Backslash => {
                self.start_token(s);
                self.fail(Error::syntax("unexpected character after line continuation character", s + 1, s + 2));
            }
            RawTok::Name if !slice.is_ascii() => {
                self.start_token(s);
                self.non_ascii_name(slice, s, e);
            }
            RawTok::Name => {
                self.start_token(s);
                let tok = keyword(slice).unwrap_or_else(|| Tok::Name(Rc::from(slice)));
                self.out.push((s, tok, e));
            }
            RawTok::Int | RawTok::Float | RawTok::Imag => {
                self.start_token(s);
                self.number(raw, slice, s, e);
            }
            RawTok::String => {
                self.start_token(s);
                self.string(slice, s, e);
            }
            RawTok::LPar | RawTok::LSqb | RawTok::LBrace => {
                self.start_token(s);
                self.open(slice, s, e, raw);
            }
            RawTok::RPar | RawTok::RSqb | RawTok::RBrace => {
                self.start_token(s);
                self.close(slice, s, e, raw);
            }
            RawTok::Exclamation => {
                // A lone `!` is only meaningful inside f-string fields, which are split before
                // tokenizing; elsewhere it is an operator no rule accepts (see `Tok::Stray`).
                self.start_token(s);
                self.out.push((s, Tok::Stray, e));
            }
            _ => {
                self.start_token(s);
                self.out.push((s, Tok::Op(raw), e));
            }
        }
    }

    fn count_operators(&mut self, raw: RawTok, slice: &str) {
        let operand = self.after_operand;
        match raw {
            RawTok::Ignored | RawTok::Comment | RawTok::Newline | RawTok::Continuation | RawTok::Backslash => return,
            RawTok::LPar | RawTok::LSqb | RawTok::LBrace => {
                self.nesting_bases.push((self.line_operators, self.parser_nesting));
                self.line_operators += 1;
            }
            RawTok::RPar | RawTok::RSqb | RawTok::RBrace => {
                let (operators, parser) = self.nesting_bases.pop().unwrap_or((0, 0));
                self.line_operators = operators + 1;
                self.parser_nesting = parser;
            }
            RawTok::Comma | RawTok::Semi => {
                (self.line_operators, self.parser_nesting) = self.nesting_bases.last().copied().unwrap_or((0, 0));
            }
            _ if nests(raw, slice) => self.line_operators += 1,
            _ => {}
        }
        // Parser levels, as measured on CPython 3.11: one per prefix operator or conditional
        // expression, two per `**` or `lambda`.
        self.parser_nesting += match raw {
            RawTok::Minus | RawTok::Plus | RawTok::Tilde if !operand => 1,
            RawTok::Name if slice == "not" && !operand => 1,
            RawTok::Name if slice == "else" => 1,
            RawTok::Name if slice == "lambda" => 2,
            RawTok::DoubleStar if operand => 2,
            _ => 0,
        };
        self.after_operand = match raw {
            RawTok::Name => keyword(slice).is_none() || matches!(slice, "None" | "True" | "False"),
            RawTok::Int | RawTok::Float | RawTok::Imag | RawTok::String => true,
            RawTok::RPar | RawTok::RSqb | RawTok::RBrace => true,
            _ => false,
        };
    }

    fn open(&mut self, slice: &str, s: usize, e: usize, raw: RawTok) {
        if self.brackets.len() >= MAX_PAREN_DEPTH {
            self.fail(Error::syntax("too many nested parentheses", s, e));
            return;
        }
        self.brackets.push((slice.chars().next().unwrap_or('('), s));
        self.out.push((s, Tok::Op(raw), e));
    }

    fn close(&mut self, slice: &str, s: usize, e: usize, raw: RawTok) {
        let c = slice.chars().next().unwrap_or(')');
        let Some(&(open, open_pos)) = self.brackets.last() else {
            self.fail(Error::syntax(format!("unmatched '{c}'"), s, e));
            return;
        };
        let expected = match open {
            '(' => ')',
            '[' => ']',
            _ => '}',
        };
        if c != expected {
            let (l1, l2) = (self.line_at(open_pos), self.line_at(s));
            let msg = if l1 != l2 {
                format!("closing parenthesis '{c}' does not match opening parenthesis '{open}' on line {l1}")
            } else {
                format!("closing parenthesis '{c}' does not match opening parenthesis '{open}'")
            };
            self.fail(Error::syntax(msg, s, e));
            return;
        }
        self.brackets.pop();
        self.out.push((s, Tok::Op(raw), e));
    }

    fn string(&mut self, slice: &str, s: usize, e: usize) {
        let quote_at = slice.find(['\'', '"']).unwrap_or(0);
        let prefix = slice[..quote_at].to_ascii_lowercase();
        let q = &slice[quote_at..];
        let qlen = if q.len() >= 6 && (q.starts_with("'''") || q.starts_with("\"\"\"")) { 3 } else { 1 };
        let body_start = quote_at + qlen;
        let body_end = slice.len().saturating_sub(qlen).max(body_start);
        let tok = StrTok {
            bytes: prefix.contains('b'),
            raw: prefix.contains('r'),
            fstring: prefix.contains('f'),
            body: Rc::from(&slice[body_start..body_end]),
            body_start: s + body_start,
        };
        self.out.push((s, Tok::Str(Box::new(tok)), e));
    }

    fn number(&mut self, raw: RawTok, slice: &str, s: usize, e: usize) {
        // CPython's verify_end_of_number: a letter right after a number is an error, except
        // for the keywords it allows there (`1if x else y`), which get a SyntaxWarning.
        let after = &self.src[e - self.base..];
        if let Some(c) = after.chars().next() {
            // `0or`: CPython reads `0o` as the octal prefix before it can see a keyword.
            let octal_prefix = slice == "0" && matches!(c, 'o' | 'O');
            let allowed = !octal_prefix && ["and", "else", "for", "if", "in", "is", "not", "or"].iter().any(|k| after.starts_with(k));
            let kind = number_kind(raw, slice, c);
            if allowed {
                super::push_lexer_warning(e, format!("invalid {kind} literal"));
            }
            // A `.` after a float is attribute access (`1.0.real`), as in CPython.
            if (c.is_alphanumeric() || c == '_') && !allowed {
                // A decimal digit where the base does not allow it (`0b2`, `0o19`) is named,
                // with the caret on the digit, as CPython's tokenizer does.
                let digit_at = if slice == "0" { e + c.len_utf8() } else { e };
                let digit = if slice == "0" { after[c.len_utf8()..].chars().next() } else { Some(c) };
                if let (Some(d), "binary" | "octal") = (digit.filter(char::is_ascii_digit), kind) {
                    self.fail(Error::syntax(format!("invalid digit '{d}' in {kind} literal"), digit_at, digit_at));
                    return;
                }
                // CPython backs up over the offending character, so its 1-based offset lands
                // on the number's last character (the prefix letter of a bare `0x`).
                // Its end offset is the offset itself (_syntaxerror_range with -1, -1).
                let at = if c == '_' || slice == "0" { e } else { e - 1 };
                self.fail(Error::syntax(format!("invalid {kind} literal"), at, at));
                return;
            }
        }
        let clean: String = slice.chars().filter(|&c| c != '_').collect();
        let tok = match raw {
            RawTok::Int => {
                if clean.len() > 1 && clean.starts_with('0') && clean.bytes().all(|b| b.is_ascii_digit()) && clean.bytes().any(|b| b != b'0') {
                    let msg = "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers";
                    self.fail(Error::syntax(msg, s, s + 1));
                    return;
                }
                Tok::Int(Rc::from(clean.as_str()))
            }
            RawTok::Float => Tok::Float(clean.parse().unwrap_or(f64::INFINITY)),
            _ => Tok::Imag(clean[..clean.len() - 1].parse().unwrap_or(f64::INFINITY)),
        };
        self.out.push((s, tok, e));
    }

    /// Called before every real token: handles the indentation of a new logical line.
    fn start_token(&mut self, s: usize) {
        if self.line_has_tokens || !self.brackets.is_empty() || self.expr_mode {
            return;
        }
        self.line_has_tokens = true;
        self.line_operators = 0;
        self.parser_nesting = 0;
        self.nesting_bases.clear();
        let rel = s - self.base;
        let line_start = self.src[..rel].rfind(['\n', '\r']).map_or(0, |i| i + 1);
        let (mut col, mut altcol) = (0usize, 0usize);
        for c in self.src[line_start..rel].chars() {
            match c {
                ' ' => {
                    col += 1;
                    altcol += 1;
                }
                '\t' => {
                    col = (col / 8 + 1) * 8;
                    altcol += 1;
                }
                '\x0c' => {
                    col = 0;
                    altcol = 0;
                }
                _ => {}
            }
        }
        self.indent_to(col, altcol, s, line_start + self.base);
    }

    fn indent_to(&mut self, col: usize, altcol: usize, s: usize, line_start: usize) {
        let (top, alttop) = *self.indents.last().unwrap_or(&(0, 0));
        let tab_error = Error { kind: SyntaxErrorKind::TabError, msg: "inconsistent use of tabs and spaces in indentation".into(), start: s, end: s, caret: false, snippet: None };
        if col == top {
            if altcol != alttop {
                self.fail(tab_error);
            }
        } else if col > top {
            if altcol <= alttop {
                self.fail(tab_error);
                return;
            }
            if self.indents.len() >= MAX_INDENT {
                let e = Error { kind: SyntaxErrorKind::IndentationError, msg: "too many levels of indentation".into(), start: s, end: s, caret: false, snippet: None };
                self.fail(e);
                return;
            }
            self.indents.push((col, altcol));
            self.out.push((s, Tok::Indent, s));
        } else {
            // CPython's tokenizer checks the column against the open levels before it produces
            // any DEDENT, so the parser meets the error right after the last line's NEWLINE.
            if !self.indents.iter().any(|t| t.0 == col) {
                let line_end = self.src[s - self.base..].find(['\n', '\r']).map_or(self.src.len(), |i| i + s - self.base) + self.base;
                let _ = line_start;
                let e = Error { kind: SyntaxErrorKind::IndentationError, msg: "unindent does not match any outer indentation level".into(), start: line_end, end: line_end, caret: true, snippet: None };
                self.fail(e);
                return;
            }
            while self.indents.len() > 1 && col < self.indents.last().map_or(0, |t| t.0) {
                self.indents.pop();
                self.out.push((s, Tok::Dedent, s));
            }
            let (_, alttop) = *self.indents.last().unwrap_or(&(0, 0));
            if altcol != alttop {
                self.fail(tab_error);
            }
        }
    }

    fn finish(mut self) -> Tokens {
        let end = self.base + self.src.len();
        let eof_in_continuation = self.last_was_continuation.is_some();
        if self.error.is_none() {
            if let Some(&(c, pos)) = self.brackets.last() {
                if !self.expr_mode {
                    self.error = Some(Error::syntax(format!("'{c}' was never closed"), pos, pos + 1));
                }
            } else if let (Some(at), false) = (self.last_was_continuation, self.expr_mode) {
                self.error = Some(Error::syntax("unexpected EOF while parsing", at, at + 1));
            }
        }
        if self.error.is_none() && !self.expr_mode {
            if self.line_has_tokens {
                let start = self.comment_start.take().unwrap_or(end);
                self.out.push((start, Tok::Newline, end));
            }
            while self.indents.len() > 1 {
                self.indents.pop();
                self.out.push((end, Tok::Dedent, end));
            }
        }
        if !self.expr_mode {
            mark_soft_keywords(&mut self.out);
        }
        Tokens { toks: self.out, error: self.error, eof_in_continuation }
    }
}

/// Turns `match` / `case` names into keywords where they start a logical line that has a
/// `:` outside brackets and the next token could start a subject or pattern (CPython decides
/// with backtracking; this lookahead agrees on real programs).
fn mark_soft_keywords(toks: &mut [Spanned]) {
    let mut line_start = true;
    for i in 0..toks.len() {
        let is_soft = matches!(&toks[i].1, Tok::Name(n) if &**n == "match" || &**n == "case");
        if line_start && is_soft && soft_keyword_here(toks, i) {
            let Tok::Name(n) = &toks[i].1 else { continue };
            toks[i].1 = if &**n == "match" { Tok::Match } else { Tok::Case };
        }
        line_start = matches!(toks[i].1, Tok::Newline | Tok::Indent | Tok::Dedent | Tok::StartModule);
        if toks[i].1 == Tok::With {
            mark_with_paren(toks, i + 1);
        }
    }
}

/// `with (a as b, c):` — the parenthesized with-items form — is told apart from a
/// parenthesized expression (`with (a, b) as c:`) by what follows the matching `)`.
fn mark_with_paren(toks: &mut [Spanned], open: usize) {
    if !matches!(toks.get(open), Some((_, Tok::Op(RawTok::LPar), _))) {
        return;
    }
    let mut depth = 0usize;
    for j in open..toks.len() {
        match toks[j].1 {
            Tok::Op(RawTok::LPar | RawTok::LSqb | RawTok::LBrace) => depth += 1,
            Tok::Op(RawTok::RPar | RawTok::RSqb | RawTok::RBrace) => {
                depth -= 1;
                if depth == 0 {
                    if matches!(toks.get(j + 1), Some((_, Tok::Op(RawTok::Colon), _))) {
                        toks[open].1 = Tok::WithLPar;
                    }
                    return;
                }
            }
            Tok::Newline => return,
            _ => {}
        }
    }
}

fn soft_keyword_here(toks: &[Spanned], i: usize) -> bool {
    let Some((_, next, _)) = toks.get(i + 1) else { return false };
    let starts_operand = match next {
        Tok::Op(op) => matches!(
            op,
            RawTok::LPar | RawTok::LSqb | RawTok::LBrace | RawTok::Minus | RawTok::Star | RawTok::Tilde | RawTok::Plus | RawTok::Ellipsis
        ),
        Tok::Newline | Tok::Indent | Tok::Dedent => false,
        _ => true,
    };
    if !starts_operand {
        return false;
    }
    let mut depth = 0i32;
    for (_, t, _) in &toks[i + 1..] {
        match t {
            Tok::Op(RawTok::LPar | RawTok::LSqb | RawTok::LBrace) => depth += 1,
            Tok::Op(RawTok::RPar | RawTok::RSqb | RawTok::RBrace) => depth -= 1,
            Tok::Op(RawTok::Colon) if depth == 0 => return true,
            Tok::Lambda if depth == 0 => return false,
            Tok::Newline => return false,
            _ => {}
        }
    }
    false
}
