//! `str.format` / `str.format_map` templates: the markup scanner, field names
//! (`0`, `name`, `.attr`, `[key]`), conversions and nested specs, with CPython's errors in
//! CPython's order (fields are evaluated left to right while scanning, as in unicode_format.h).
use super::TextError;

/// What the template driver needs from the VM.
pub trait FormatArgs {
    /// The VM's value.
    type Obj;
    type Error: From<TextError>;
    /// `args[index]`; out of range should raise [`replacement_index_error`]; for
    /// `format_map` raise [`positional_fields_error`].
    fn positional(&mut self, index: usize) -> Result<Self::Obj, Self::Error>;
    /// `kwargs[name]` (KeyError with the repr of the name when missing).
    fn keyword(&mut self, name: &str) -> Result<Self::Obj, Self::Error>;
    /// `obj.name`.
    fn getattr(&mut self, obj: Self::Obj, name: &str) -> Result<Self::Obj, Self::Error>;
    /// `obj[index]` for an all-digits key.
    fn getitem_index(&mut self, obj: Self::Obj, index: usize) -> Result<Self::Obj, Self::Error>;
    /// `obj[key]` for any other key (a str).
    fn getitem_key(&mut self, obj: Self::Obj, key: &str) -> Result<Self::Obj, Self::Error>;
    /// `repr(obj)` for 'r', `str(obj)` for 's', `ascii(obj)` for 'a', as a str value.
    fn convert(&mut self, obj: Self::Obj, conversion: char) -> Result<Self::Obj, Self::Error>;
    /// `format(obj, spec)`.
    fn format(&mut self, obj: Self::Obj, spec: &str) -> Result<String, Self::Error>;
}

/// IndexError text for `'{5}'.format()`.
pub fn replacement_index_error(index: usize) -> TextError {
    TextError::Index(format!(
        "Replacement index {} out of range for positional args tuple",
        index
    ))
}

/// ValueError for a positional field in `str.format_map`.
pub fn positional_fields_error() -> TextError {
    TextError::value("Format string contains positional fields")
}

/// The first part of a field name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldFirst {
    Index(usize),
    Name(String),
}

/// One `.attr` or `[key]` step after the first part.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldAccess {
    Attr(String),
    Index(usize),
    Key(String),
}

/// A piece of a template, for callers that want the parse without evaluation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TemplatePiece {
    Literal(String),
    Field {
        name: String,
        conversion: Option<char>,
        spec: String,
    },
}

#[derive(Default)]
struct AutoNumber {
    state: Option<bool>, // Some(true) = automatic, Some(false) = manual
    next: usize,
}

/// Markup found by the scanner: a literal and maybe a field (char ranges into the input).
struct Markup {
    literal: (usize, usize),
    field: Option<RawField>,
}

struct RawField {
    name: (usize, usize),
    conversion: Option<char>,
    spec: (usize, usize),
    spec_needs_expanding: bool,
}

fn err(msg: &str) -> TextError {
    TextError::value(msg)
}

struct Scanner<'c> {
    chars: &'c [char],
    pos: usize,
    end: usize,
}

impl Scanner<'_> {
    fn at(&self, i: usize) -> Option<char> {
        if i < self.end {
            self.chars.get(i).copied()
        } else {
            None
        }
    }

    /// CPython's MarkupIterator_next; None at the end of input.
    fn next_markup(&mut self) -> Result<Option<Markup>, TextError> {
        if self.pos >= self.end {
            return Ok(None);
        }
        let start = self.pos;
        let mut c = '\0';
        let mut markup_follows = false;
        while let Some(ch) = self.at(self.pos) {
            self.pos += 1;
            c = ch;
            if ch == '{' || ch == '}' {
                markup_follows = true;
                break;
            }
        }
        let at_end = self.pos >= self.end;
        let mut len = self.pos - start;
        if c == '}' && (at_end || self.at(self.pos) != Some('}')) {
            return Err(err("Single '}' encountered in format string"));
        }
        if at_end && c == '{' {
            return Err(err("Single '{' encountered in format string"));
        }
        if !at_end {
            if self.at(self.pos) == Some(c) {
                self.pos += 1;
                markup_follows = false;
            } else {
                len -= 1;
            }
        }
        let literal = (start, start + len);
        if !markup_follows {
            return Ok(Some(Markup {
                literal,
                field: None,
            }));
        }
        let field = self.parse_field()?;
        Ok(Some(Markup {
            literal,
            field: Some(field),
        }))
    }

    /// CPython's parse_field: name up to `:`/`!`/`}`, conversion, then the spec.
    fn parse_field(&mut self) -> Result<RawField, TextError> {
        let name_start = self.pos;
        let mut c = '\0';
        while let Some(ch) = self.at(self.pos) {
            self.pos += 1;
            c = ch;
            match ch {
                '{' => return Err(err("unexpected '{' in field name")),
                '[' => {
                    while self.at(self.pos).is_some_and(|x| x != ']') {
                        self.pos += 1;
                    }
                }
                '}' | ':' | '!' => break,
                _ => {}
            }
        }
        let name = (name_start, self.pos.saturating_sub(1).max(name_start));
        let mut field = RawField {
            name,
            conversion: None,
            spec: (0, 0),
            spec_needs_expanding: false,
        };
        if c != '!' && c != ':' {
            if c != '}' {
                return Err(err("expected '}' before end of string"));
            }
            return Ok(field);
        }
        if c == '!' {
            let conv = self
                .at(self.pos)
                .ok_or_else(|| err("end of string while looking for conversion specifier"))?;
            self.pos += 1;
            field.conversion = Some(conv).filter(|c| *c != '\0');
            if let Some(next) = self.at(self.pos) {
                self.pos += 1;
                if next == '}' {
                    return Ok(field);
                }
                if next != ':' {
                    return Err(err("expected ':' after conversion specifier"));
                }
            }
        }
        let spec_start = self.pos;
        let mut depth = 1;
        while let Some(ch) = self.at(self.pos) {
            self.pos += 1;
            match ch {
                '{' => {
                    field.spec_needs_expanding = true;
                    depth += 1;
                }
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        field.spec = (spec_start, self.pos - 1);
                        return Ok(field);
                    }
                }
                _ => {}
            }
        }
        Err(err("unmatched '{' in format spec"))
    }
}

/// CPython's get_integer: Some(n) for an all-digits string, None otherwise.
fn get_integer(chars: &[char]) -> Result<Option<usize>, TextError> {
    if chars.is_empty() {
        return Ok(None);
    }
    let mut acc: usize = 0;
    for c in chars {
        let Some(d) = c.to_digit(10) else {
            return Ok(None);
        };
        if acc > (isize::MAX as usize - d as usize) / 10 {
            return Err(err("Too many decimal digits in format string"));
        }
        acc = acc * 10 + d as usize;
    }
    Ok(Some(acc))
}

/// Split the first part off a field name and resolve auto-numbering.
fn split_first(
    name: &[char],
    auto: Option<&mut AutoNumber>,
) -> Result<(FieldFirst, usize), TextError> {
    let cut = name
        .iter()
        .position(|c| *c == '.' || *c == '[')
        .unwrap_or(name.len());
    let first = &name[..cut];
    let index = get_integer(first)?;
    let empty = first.is_empty();
    if let Some(auto) = auto {
        if empty || index.is_some() {
            let state = *auto.state.get_or_insert(empty);
            if state && !empty {
                return Err(err(
                    "cannot switch from automatic field numbering to manual field specification",
                ));
            }
            if !state && empty {
                return Err(err(
                    "cannot switch from manual field specification to automatic field numbering",
                ));
            }
        }
        if empty {
            let n = auto.next;
            auto.next += 1;
            return Ok((FieldFirst::Index(n), cut));
        }
    }
    Ok(match index {
        Some(i) => (FieldFirst::Index(i), cut),
        None => (FieldFirst::Name(first.iter().collect()), cut),
    })
}

/// CPython's FieldNameIterator_next: one `.attr` or `[key]` from `rest[*pos..]`.
fn next_access(rest: &[char], pos: &mut usize) -> Result<Option<FieldAccess>, TextError> {
    let Some(&c) = rest.get(*pos) else {
        return Ok(None);
    };
    *pos += 1;
    let start = *pos;
    let access = match c {
        '.' => {
            while rest.get(*pos).is_some_and(|c| *c != '.' && *c != '[') {
                *pos += 1;
            }
            let name: String = rest[start..*pos].iter().collect();
            if name.is_empty() {
                return Err(err("Empty attribute in format string"));
            }
            FieldAccess::Attr(name)
        }
        '[' => {
            let close = rest[start..].iter().position(|c| *c == ']');
            let close = close.ok_or_else(|| err("Missing ']' in format string"))? + start;
            *pos = close + 1;
            let key = &rest[start..close];
            if key.is_empty() {
                return Err(err("Empty attribute in format string"));
            }
            match get_integer(key)? {
                Some(i) => FieldAccess::Index(i),
                None => FieldAccess::Key(key.iter().collect()),
            }
        }
        _ => {
            return Err(err(
                "Only '.' or '[' may follow ']' in format field specifier",
            ))
        }
    };
    Ok(Some(access))
}

/// Parse a whole field name eagerly (no auto-numbering: an empty first part is an error-free
/// `Name("")`).
pub fn parse_field_name(name: &str) -> Result<(FieldFirst, Vec<FieldAccess>), TextError> {
    let chars: Vec<char> = name.chars().collect();
    let (first, cut) = split_first(&chars, None)?;
    let rest = &chars[cut..];
    let mut pos = 0;
    let mut accesses = Vec::new();
    while let Some(a) = next_access(rest, &mut pos)? {
        accesses.push(a);
    }
    Ok((first, accesses))
}

/// Parse a template into literal pieces and raw fields (nested specs are left unexpanded).
pub fn parse_template(template: &str) -> Result<Vec<TemplatePiece>, TextError> {
    let chars: Vec<char> = template.chars().collect();
    let mut sc = Scanner {
        chars: &chars,
        pos: 0,
        end: chars.len(),
    };
    let mut pieces = Vec::new();
    let text = |r: (usize, usize)| chars[r.0..r.1].iter().collect::<String>();
    while let Some(m) = sc.next_markup()? {
        if m.literal.1 > m.literal.0 {
            pieces.push(TemplatePiece::Literal(text(m.literal)));
        }
        if let Some(f) = m.field {
            pieces.push(TemplatePiece::Field {
                name: text(f.name),
                conversion: f.conversion,
                spec: text(f.spec),
            });
        }
    }
    Ok(pieces)
}

/// `template.format(...)`: scan, evaluate each field through `args`, and join.
pub fn format_template<A: FormatArgs>(template: &str, args: &mut A) -> Result<String, A::Error> {
    let chars: Vec<char> = template.chars().collect();
    let mut auto = AutoNumber::default();
    build_string(&chars, (0, chars.len()), args, 2, &mut auto)
}

fn build_string<A: FormatArgs>(
    chars: &[char],
    range: (usize, usize),
    args: &mut A,
    depth: u32,
    auto: &mut AutoNumber,
) -> Result<String, A::Error> {
    if depth == 0 {
        return Err(err("Max string recursion exceeded").into());
    }
    let mut sc = Scanner {
        chars,
        pos: range.0,
        end: range.1,
    };
    let mut out = String::new();
    while let Some(m) = sc.next_markup()? {
        out.extend(&chars[m.literal.0..m.literal.1]);
        if let Some(f) = m.field {
            let text = output_markup(chars, &f, args, depth, auto)?;
            out.push_str(&text);
        }
    }
    Ok(out)
}

fn output_markup<A: FormatArgs>(
    chars: &[char],
    f: &RawField,
    args: &mut A,
    depth: u32,
    auto: &mut AutoNumber,
) -> Result<String, A::Error> {
    let name = &chars[f.name.0..f.name.1];
    let (first, cut) = split_first(name, Some(auto))?;
    let mut obj = match first {
        FieldFirst::Index(i) => args.positional(i)?,
        FieldFirst::Name(n) => args.keyword(&n)?,
    };
    let rest = &name[cut..];
    let mut pos = 0;
    while let Some(access) = next_access(rest, &mut pos)? {
        obj = match access {
            FieldAccess::Attr(a) => args.getattr(obj, &a)?,
            FieldAccess::Index(i) => args.getitem_index(obj, i)?,
            FieldAccess::Key(k) => args.getitem_key(obj, &k)?,
        };
    }
    if let Some(conv) = f.conversion {
        if !matches!(conv, 'r' | 's' | 'a') {
            return Err(unknown_conversion(conv).into());
        }
        obj = args.convert(obj, conv)?;
    }
    let spec: String = if f.spec_needs_expanding {
        build_string(chars, f.spec, args, depth - 1, auto)?
    } else {
        chars[f.spec.0..f.spec.1].iter().collect()
    };
    args.format(obj, &spec)
}

/// `Unknown conversion specifier x`.
pub fn unknown_conversion(conv: char) -> TextError {
    let code = conv as u32;
    if code > 32 && code < 127 {
        err(&format!("Unknown conversion specifier {}", conv))
    } else {
        err(&format!("Unknown conversion specifier \\x{:x}", code))
    }
}

#[cfg(test)]
#[path = "format_string_tests.rs"]
mod tests;
