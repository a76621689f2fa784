//! f-strings (Python 3.11 rules): splits the body into literal text and replacement fields,
//! and parses each field's expression with the real expression parser, with spans offset into
//! the whole file. Matches CPython 3.11: the expression part cannot contain a backslash or `#`,
//! format specs may nest one level of fields, and errors point just past the literal.

use super::ast::{Expr, ExprKind, Span};
use super::lexer::{Error, StrTok};
use super::strings::{decode_str, push_text};

/// Limits recursion through nested f-strings in field expressions.
pub const MAX_DEPTH: usize = 8;

/// Parses one f-string literal into JoinedStr parts. `whole` is the span of the concatenated
/// literal (CPython 3.11 gives every part that span).
pub fn parse(t: &StrTok, token: Span, whole: Span, depth: usize) -> Result<Vec<Expr>, Error> {
    let mut sc = Scanner { body: &t.body, base: t.body_start, raw: t.raw, pos: 0, whole, token, depth };
    if depth > MAX_DEPTH {
        return Err(sc.err("f-string: expressions nested too deeply"));
    }
    let parts = sc.parts(0)?;
    if sc.pos < sc.body.len() {
        return Err(sc.err("f-string: single '}' is not allowed"));
    }
    Ok(parts)
}

struct Scanner<'a> {
    body: &'a str,
    base: usize,
    raw: bool,
    pos: usize,
    whole: Span,
    /// This literal's own span: CPython 3.11 gives it to format specs.
    token: Span,
    depth: usize,
}

impl<'a> Scanner<'a> {
    fn err(&self, msg: impl Into<String>) -> Error {
        let at = self.whole.end as usize;
        Error::syntax(msg, at, at + 1)
    }

    fn peek(&self) -> Option<u8> {
        self.body.as_bytes().get(self.pos).copied()
    }

    /// Literal text and fields until the end, or (inside a format spec, `spec_level > 0`) until
    /// the `}` closing the field, which is left unconsumed.
    fn parts(&mut self, spec_level: usize) -> Result<Vec<Expr>, Error> {
        let mut parts = Vec::new();
        let mut text = String::new();
        while let Some(c) = self.peek() {
            match c {
                b'{' if self.body[self.pos..].starts_with("{{") && spec_level == 0 => {
                    text.push('{');
                    self.pos += 2;
                }
                b'}' if spec_level > 0 => break,
                b'}' if self.body[self.pos..].starts_with("}}") => {
                    text.push('}');
                    self.pos += 2;
                }
                b'}' => return Err(self.err("f-string: single '}' is not allowed")),
                b'{' => {
                    self.flush(&mut parts, &mut text)?;
                    self.field(&mut parts, spec_level)?;
                }
                b'\\' if !self.raw => self.escape(&mut text),
                _ => {
                    let ch = self.body[self.pos..].chars().next().unwrap_or(' ');
                    text.push(ch);
                    self.pos += ch.len_utf8();
                }
            }
        }
        self.flush(&mut parts, &mut text)?;
        Ok(parts)
    }

    /// Copies an escape sequence verbatim (decoded in `flush`); `\N{...}` must not open a field.
    fn escape(&mut self, text: &mut String) {
        let rest = &self.body[self.pos..];
        // matches CPython 3.11: in `\{` and `\}` the backslash stays as text and the brace
        // still opens a field (or pairs with the next one), with an invalid-escape warning.
        if let Some(brace @ ('{' | '}')) = rest[1..].chars().next() {
            super::strings::fstring_brace_escape(self.base + self.pos, brace, self.token.start as usize, self.token.end as usize);
            text.push('\\');
            self.pos += 1;
            return;
        }
        let len = if rest.starts_with("\\N{") {
            rest.find('}').map_or(3, |i| i + 1)
        } else {
            1 + rest[1..].chars().next().map_or(0, |c| c.len_utf8())
        };
        text.push_str(&rest[..len]);
        self.pos += len;
    }

    fn flush(&self, parts: &mut Vec<Expr>, text: &mut String) -> Result<(), Error> {
        if text.is_empty() {
            return Ok(());
        }
        // Decoded with the chunk's end as its offset: each chunk's escapes are told apart.
        let decoded = if self.raw { std::mem::take(text) } else { decode_str(text, self.base + self.pos).map_err(|e| self.relocate(e))? };
        super::strings::file_escape_warning(self.token.start as usize, self.token.end as usize);
        text.clear();
        push_text(parts, &decoded, self.whole);
        Ok(())
    }

    fn relocate(&self, mut e: Error) -> Error {
        e.start = self.whole.end as usize;
        e.end = e.start + 1;
        e
    }

    /// One `{expr[=][!c][:spec]}` field; `pos` is at the `{`.
    fn field(&mut self, parts: &mut Vec<Expr>, spec_level: usize) -> Result<(), Error> {
        if spec_level >= 2 {
            return Err(self.err("f-string: expressions nested too deeply"));
        }
        self.pos += 1;
        let start = self.pos;
        let end = self.expression_end()?;
        let expr_text = &self.body[start..end];
        if expr_text.trim_matches([' ', '\t', '\n', '\r', '\x0c']).is_empty() {
            // CPython 3.11's fstring_find_expr names the character that ended the empty field.
            return Err(self.err(match self.body.as_bytes().get(end) {
                Some(&c @ (b'=' | b'!' | b':')) => format!("f-string: expression required before '{}'", c as char),
                _ => "f-string: empty expression not allowed".to_string(),
            }));
        }
        self.pos = end;
        let mut debug_text = None;
        if self.peek() == Some(b'=') {
            self.pos += 1;
            while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
                self.pos += 1;
            }
            debug_text = Some(&self.body[start..self.pos]);
        }
        let mut conversion = -1;
        if self.peek() == Some(b'!') {
            self.pos += 1;
            conversion = match self.peek() {
                Some(c @ (b's' | b'r' | b'a')) => c as i32,
                _ => return Err(self.err("f-string: invalid conversion character: expected 's', 'r', or 'a'")),
            };
            self.pos += 1;
            if !matches!(self.peek(), Some(b':' | b'}')) {
                return Err(self.err("f-string: expecting '}'"));
            }
        }
        let mut format_spec = None;
        if self.peek() == Some(b':') {
            self.pos += 1;
            let mut spec = self.parts(spec_level + 1)?;
            // Matches CPython 3.11's quirk: a constant-only spec has the literal's own span.
            if spec.iter().all(|e| matches!(e.kind, ExprKind::Constant(_))) {
                spec.iter_mut().for_each(|e| e.span = self.token);
            }
            format_spec = Some(Box::new(Expr::new(self.token, ExprKind::JoinedStr(spec))));
        }
        if self.peek() != Some(b'}') {
            return Err(self.err("f-string: expecting '}'"));
        }
        self.pos += 1;
        let value = super::parser::parse_fstring_expr(expr_text, self.base + start, self.depth + 1, self.whole)?;
        if let Some(dt) = debug_text {
            push_text(parts, dt, self.whole);
            if conversion == -1 && format_spec.is_none() {
                conversion = b'r' as i32;
            }
        }
        let fv = ExprKind::FormattedValue { value: Box::new(value), conversion, format_spec };
        parts.push(Expr::new(self.whole, fv));
        Ok(())
    }

    /// Finds where the expression of a field ends: at `}`, `!` (not `!=`), `:` or a debug `=`
    /// outside brackets and strings. Brackets are matched as CPython 3.11's fstring_find_expr
    /// does, with its messages for a closing one that does not fit and one left open.
    fn expression_end(&self) -> Result<usize, Error> {
        let b = self.body.as_bytes();
        let mut i = self.pos;
        let mut open: Vec<u8> = Vec::new();
        while i < b.len() {
            let c = b[i];
            match c {
                b'\\' => return Err(self.err("f-string expression part cannot include a backslash")),
                b'#' => return Err(self.err("f-string expression part cannot include '#'")),
                b'\'' | b'"' => {
                    i = self.skip_string(i)?;
                    continue;
                }
                b'(' | b'[' | b'{' => open.push(c),
                b'}' if open.is_empty() => return Ok(i),
                b')' | b']' | b'}' => {
                    let Some(top) = open.pop() else {
                        return Err(self.err(format!("f-string: unmatched '{}'", c as char)));
                    };
                    let expected = match top {
                        b'(' => b')',
                        b'[' => b']',
                        _ => b'}',
                    };
                    if c != expected {
                        return Err(self.err(format!(
                            "f-string: closing parenthesis '{}' does not match opening parenthesis '{}'",
                            c as char, top as char
                        )));
                    }
                }
                b'!' if open.is_empty() && b.get(i + 1) != Some(&b'=') => return Ok(i),
                b':' if open.is_empty() => return Ok(i),
                b'=' if open.is_empty() => {
                    let prev = if i > 0 { b[i - 1] } else { b' ' };
                    let next = b.get(i + 1).copied().unwrap_or(b' ');
                    if next != b'=' && !matches!(prev, b'=' | b'!' | b'<' | b'>') {
                        return Ok(i);
                    }
                    if next == b'=' {
                        i += 1;
                    }
                }
                _ => {}
            }
            i += 1;
        }
        match open.last() {
            Some(&c) => Err(self.err(format!("f-string: unmatched '{}'", c as char))),
            None => Err(self.err("f-string: expecting '}'")),
        }
    }

    /// Skips a string literal inside a field expression; returns the offset after it.
    fn skip_string(&self, i: usize) -> Result<usize, Error> {
        let b = self.body.as_bytes();
        let q = b[i];
        let triple = b.len() >= i + 3 && b[i + 1] == q && b[i + 2] == q;
        let qlen = if triple { 3 } else { 1 };
        let mut j = i + qlen;
        while j < b.len() {
            if b[j] == b'\\' {
                return Err(self.err("f-string expression part cannot include a backslash"));
            }
            if b[j] == q && (!triple || (j + 2 < b.len() && b[j + 1] == q && b[j + 2] == q)) {
                return Ok(j + qlen);
            }
            j += 1;
        }
        Err(self.err("f-string: unterminated string"))
    }
}
