//! printf-style `str % args`: parsing of `%[(key)][flags][width][.prec][hlL]type` and the
//! padding rules of CPython's PyUnicode_Format. Argument conversion is delegated to the VM
//! through [`PercentArgs`], because `str()`/`repr()`/`__index__` may run user code.
use super::float_repr::{double_to_string, FloatFlags, FloatMode};
use super::TextError;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

/// Widths or precisions past this would need gigabytes (CPython would raise MemoryError).
const MAX_PAD: usize = 1 << 28;

/// What the formatter needs from the VM for one argument.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Conversion {
    /// `%s`: `str(arg)`.
    Str,
    /// `%r`: `repr(arg)`.
    Repr,
    /// `%a`: `ascii(arg)`.
    Ascii,
    /// `%d %i %u` (`int(arg)` for numbers) and `%o %x %X` (`arg.__index__()`); the char is
    /// the conversion. Non-numbers must give `PercentValue::Wrong`.
    Int(char),
    /// `%e %E %f %F %g %G`: `float(arg)` via `__float__`; non-numbers give `Wrong`.
    Float(char),
    /// `%c`: an int (`Int`) or a str (`Str`); anything else gives `Wrong`.
    Char,
    /// A `*` width or precision: an int gives `Int`, anything else `Wrong`.
    Star,
    /// `%s` / `%b` in bytes formatting: a bytes-like object or `__bytes__` gives `Bytes`,
    /// anything else `Wrong`. (`%r`/`%a` there ask for `Ascii`, `%c` for `Char`, where a
    /// bytes object should come back as `Bytes`.)
    Bytes,
}

/// A converted argument.
#[derive(Debug, Clone, PartialEq)]
pub enum PercentValue {
    Int(BigInt),
    Float(f64),
    Str(String),
    Bytes(Vec<u8>),
    /// The argument has the wrong type for the conversion; the string is its type name.
    Wrong(String),
}

/// The right operand of `%`, as seen by the formatter.
pub trait PercentArgs {
    /// The VM's handle on one argument (for example a cloned value).
    type Arg;
    type Error: From<TextError>;
    /// `Some(n)` when the right operand is a tuple of n items; `None` for any other value.
    fn tuple_len(&self) -> Option<usize>;
    /// Whether the right operand can be used for `%(key)s`: CPython's PyMapping_Check,
    /// false for tuples and str (note that a list counts as a mapping).
    fn is_mapping(&self) -> bool;
    /// Item `index` of the tuple operand.
    fn item(&mut self, index: usize) -> Self::Arg;
    /// The whole (non-tuple) operand.
    fn whole(&mut self) -> Self::Arg;
    /// `operand[key]` for `%(key)s`, with the VM's KeyError/TypeError on failure.
    fn lookup(&mut self, key: &str) -> Result<Self::Arg, Self::Error>;
    /// Convert `arg` as `conv` requires (see [`Conversion`]).
    fn convert(&mut self, arg: &Self::Arg, conv: Conversion) -> Result<PercentValue, Self::Error>;
}

/// Which value `getnextarg` reads from: CPython's ctx->args/arglen/argidx.
enum Source<A> {
    /// The tuple operand with the index of the next item.
    Tuple { len: usize, next: usize },
    /// A single value (the operand or a looked-up mapping value) and whether it was used.
    Single { value: Option<A>, used: bool },
}

/// One parsed conversion specifier.
#[derive(Debug, Default)]
struct Spec {
    ljust: bool,
    sign: bool,
    blank: bool,
    alt: bool,
    zero: bool,
    width: Option<usize>,
    prec: Option<usize>,
    ch: char,
}

struct Formatter<'a, P: PercentArgs> {
    chars: Vec<char>,
    pos: usize,
    args: &'a mut P,
    source: Source<P::Arg>,
    out: String,
    /// Formatting `bytes % args`: chars are bytes (latin-1), `%s` asks for `Bytes`.
    bytes: bool,
}

/// `fmt % args` for a str format.
pub fn percent_format<P: PercentArgs>(fmt: &str, args: &mut P) -> Result<String, P::Error> {
    run(fmt.chars().collect(), args, false)
}

/// `fmt % args` for a bytes format. Mapping keys reach [`PercentArgs::lookup`] decoded as
/// latin-1 (one char per byte); the VM encodes them back to bytes.
pub fn percent_format_bytes<P: PercentArgs>(fmt: &[u8], args: &mut P) -> Result<Vec<u8>, P::Error> {
    let out = run(fmt.iter().map(|b| *b as char).collect(), args, true)?;
    // Every char is below 256: format bytes, bytes values and ASCII conversions.
    Ok(out.chars().map(|c| c as u32 as u8).collect())
}

fn run<P: PercentArgs>(chars: Vec<char>, args: &mut P, bytes: bool) -> Result<String, P::Error> {
    let source = match args.tuple_len() {
        Some(len) => Source::Tuple { len, next: 0 },
        None => Source::Single {
            value: None,
            used: false,
        },
    };
    let mapping = args.is_mapping();
    let mut f = Formatter {
        chars,
        pos: 0,
        args,
        source,
        out: String::new(),
        bytes,
    };
    while let Some(&c) = f.chars.get(f.pos) {
        f.pos += 1;
        if c != '%' {
            f.out.push(c);
            continue;
        }
        if f.chars.get(f.pos) == Some(&'%') {
            f.pos += 1;
            f.out.push('%');
            continue;
        }
        f.one_conversion(mapping)?;
    }
    let unused = match &f.source {
        Source::Tuple { len, next } => next < len,
        Source::Single { used, .. } => !used,
    };
    if unused && !mapping {
        let what = if bytes { "bytes" } else { "string" };
        let msg = format!("not all arguments converted during {what} formatting");
        return Err(TextError::type_err(msg).into());
    }
    Ok(f.out)
}

impl<P: PercentArgs> Formatter<'_, P> {
    fn next_arg(&mut self) -> Result<P::Arg, P::Error> {
        match &mut self.source {
            Source::Tuple { len, next } if *next < *len => {
                let i = *next;
                *next += 1;
                Ok(self.args.item(i))
            }
            Source::Single { value, used } if !*used => {
                *used = true;
                Ok(match value.take() {
                    Some(v) => v,
                    None => self.args.whole(),
                })
            }
            _ => Err(TextError::type_err("not enough arguments for format string").into()),
        }
    }

    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    fn incomplete() -> P::Error {
        TextError::value("incomplete format").into()
    }

    fn one_conversion(&mut self, mapping: bool) -> Result<(), P::Error> {
        if self.peek() == Some('(') {
            self.mapping_key(mapping)?;
        }
        let mut spec = Spec::default();
        self.parse_flags_width_prec(&mut spec)?;
        if matches!(self.peek(), Some('h' | 'l' | 'L')) {
            self.pos += 1;
        }
        spec.ch = self.peek().ok_or_else(Self::incomplete)?;
        self.pos += 1;
        let arg = self.next_arg()?;
        let (body, numeric) = self.convert_one(&spec, &arg)?;
        output(&mut self.out, &spec, &body, numeric);
        Ok(())
    }

    fn mapping_key(&mut self, mapping: bool) -> Result<(), P::Error> {
        if !mapping {
            return Err(TextError::type_err("format requires a mapping").into());
        }
        self.pos += 1;
        let start = self.pos;
        let mut depth = 1;
        while let Some(c) = self.peek() {
            self.pos += 1;
            match c {
                ')' => depth -= 1,
                '(' => depth += 1,
                _ => {}
            }
            if depth == 0 {
                break;
            }
        }
        if depth > 0 {
            return Err(TextError::value("incomplete format key").into());
        }
        let key: String = self.chars[start..self.pos - 1].iter().collect();
        let value = self.args.lookup(&key)?;
        self.source = Source::Single {
            value: Some(value),
            used: false,
        };
        Ok(())
    }

    fn parse_flags_width_prec(&mut self, spec: &mut Spec) -> Result<(), P::Error> {
        while let Some(c) = self.peek() {
            match c {
                '-' => spec.ljust = true,
                '+' => spec.sign = true,
                ' ' => spec.blank = true,
                '#' => spec.alt = true,
                '0' => spec.zero = true,
                _ => break,
            }
            self.pos += 1;
        }
        if self.peek() == Some('*') {
            self.pos += 1;
            let w = self.star_value(isize::MAX as u64, "C ssize_t")?;
            if w < 0 {
                spec.ljust = true;
            }
            spec.width = Some(checked_pad(w.unsigned_abs())?);
        } else if let Some(w) = self.digits(isize::MAX as u64, "width too big")? {
            spec.width = Some(checked_pad(w)?);
        }
        if self.peek() == Some('.') {
            self.pos += 1;
            if self.peek() == Some('*') {
                self.pos += 1;
                let p = self.star_value(i32::MAX as u64, "C int")?;
                spec.prec = Some(checked_pad(p.max(0) as u64)?);
            } else {
                let p = self.digits(i32::MAX as u64, "precision too big")?;
                spec.prec = Some(checked_pad(p.unwrap_or(0))?);
            }
        }
        if self.peek().is_none() {
            return Err(Self::incomplete());
        }
        Ok(())
    }

    /// A run of decimal digits, limited as CPython limits it.
    fn digits(&mut self, max: u64, too_big: &str) -> Result<Option<u64>, P::Error> {
        let mut acc: Option<u64> = None;
        while let Some(d) = self.peek().and_then(|c| c.to_digit(10)) {
            let cur = acc.unwrap_or(0);
            if cur > (max - d as u64) / 10 {
                return Err(TextError::value(too_big).into());
            }
            acc = Some(cur * 10 + d as u64);
            self.pos += 1;
        }
        Ok(acc)
    }

    fn star_value(&mut self, max: u64, c_type: &str) -> Result<i64, P::Error> {
        let arg = self.next_arg()?;
        let PercentValue::Int(v) = self.args.convert(&arg, Conversion::Star)? else {
            return Err(TextError::type_err("* wants int").into());
        };
        let too_large =
            || TextError::overflow(format!("Python int too large to convert to {c_type}"));
        let v = v.to_i64().ok_or_else(too_large)?;
        if v.unsigned_abs() > max && !(v < 0 && v.unsigned_abs() == max + 1) {
            return Err(too_large().into());
        }
        Ok(v)
    }

    /// The converted text and whether it is numeric (gets sign handling and zero fill).
    fn convert_one(&mut self, spec: &Spec, arg: &P::Arg) -> Result<(String, bool), P::Error> {
        let ch = spec.ch;
        let conv = match ch {
            's' | 'b' if self.bytes => Conversion::Bytes,
            'r' | 'a' if self.bytes => Conversion::Ascii,
            's' => Conversion::Str,
            'r' => Conversion::Repr,
            'a' => Conversion::Ascii,
            // bytes formatting treats `%i` as `%d` (its messages say "%d format").
            'i' if self.bytes => Conversion::Int('d'),
            'd' | 'i' | 'u' | 'o' | 'x' | 'X' => Conversion::Int(ch),
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => Conversion::Float(ch),
            'c' => Conversion::Char,
            // matches CPython: a non-ASCII byte here hits a range check first
            _ if self.bytes && !ch.is_ascii() => {
                return Err(TextError::overflow("character argument not in range(0x110000)").into())
            }
            _ => return Err(unsupported(ch, self.pos - 1).into()),
        };
        let value = self.args.convert(arg, conv)?;
        let text = match (conv, value) {
            (Conversion::Str | Conversion::Repr | Conversion::Ascii, PercentValue::Str(s)) => {
                let s = match spec.prec {
                    Some(p) => s.chars().take(p).collect(),
                    None => s,
                };
                return Ok((s, false));
            }
            (Conversion::Int(c), PercentValue::Int(v)) => format_long(&v, spec.alt, spec.prec, c),
            (Conversion::Float(c), PercentValue::Float(x)) => format_float(x, spec, c)?,
            (Conversion::Float(c), PercentValue::Int(v)) => {
                format_float(super::float_repr::int_to_float(&v)?, spec, c)?
            }
            (Conversion::Bytes, PercentValue::Bytes(b)) => {
                let take = spec.prec.unwrap_or(b.len());
                return Ok((b.iter().take(take).map(|b| *b as char).collect(), false));
            }
            (Conversion::Char, v) if self.bytes => {
                return Ok((byte_char_arg(v)?.to_string(), false))
            }
            (Conversion::Char, v) => return Ok((char_arg(v)?.to_string(), false)),
            // bytes formatting words this one differently (CPython's formatfloat in bytesobject.c).
            (Conversion::Float(_), PercentValue::Wrong(t)) if self.bytes => {
                return Err(TextError::type_err(format!("float argument required, not {t}")).into())
            }
            (_, PercentValue::Wrong(t)) => return Err(wrong_type(conv, &t).into()),
            (_, other) => return Err(wrong_type(conv, value_type(&other)).into()),
        };
        Ok((text, true))
    }
}

fn checked_pad(n: u64) -> Result<usize, TextError> {
    usize::try_from(n)
        .ok()
        .filter(|n| *n <= MAX_PAD)
        .ok_or_else(|| TextError::overflow("width or precision too big to format"))
}

fn value_type(v: &PercentValue) -> &'static str {
    match v {
        PercentValue::Int(_) => "int",
        PercentValue::Float(_) => "float",
        PercentValue::Str(_) | PercentValue::Wrong(_) => "str",
        PercentValue::Bytes(_) => "bytes",
    }
}

/// `unsupported format character 'y' (0x79) at index 1`.
pub fn unsupported(ch: char, index: usize) -> TextError {
    let code = ch as u32;
    let shown = if (31..=126).contains(&code) { ch } else { '?' };
    TextError::value(format!(
        "unsupported format character '{}' ({:#x}) at index {}",
        shown, code, index
    ))
}

/// CPython's TypeError text for an argument of type `type_name` that does not fit `conv`.
pub fn wrong_type(conv: Conversion, type_name: &str) -> TextError {
    TextError::type_err(match conv {
        Conversion::Int(c @ ('o' | 'x' | 'X')) => {
            format!("%{c} format: an integer is required, not {type_name}")
        }
        Conversion::Int(c) => format!("%{c} format: a real number is required, not {type_name}"),
        Conversion::Float(_) => format!("must be real number, not {type_name}"),
        Conversion::Char => "%c requires int or char".to_string(),
        Conversion::Star => "* wants int".to_string(),
        Conversion::Str | Conversion::Repr | Conversion::Ascii => {
            format!("expected str, got {type_name}")
        }
        Conversion::Bytes => format!(
            "%b requires a bytes-like object, or an object that implements __bytes__, not '{type_name}'"
        ),
    })
}

fn char_arg(v: PercentValue) -> Result<char, TextError> {
    match v {
        PercentValue::Str(s) => {
            let mut it = s.chars();
            match (it.next(), it.next()) {
                (Some(c), None) => Ok(c),
                _ => Err(TextError::type_err("%c requires int or char")),
            }
        }
        PercentValue::Int(i) => {
            let code = i.to_u32().filter(|c| *c <= 0x10ffff);
            let code = code.ok_or_else(|| TextError::overflow("%c arg not in range(0x110000)"))?;
            // Lone surrogates cannot live in a Rust String; U+FFFD stands in for them.
            Ok(char::from_u32(code).unwrap_or('\u{fffd}'))
        }
        PercentValue::Float(_) | PercentValue::Wrong(_) | PercentValue::Bytes(_) => {
            Err(TextError::type_err("%c requires int or char"))
        }
    }
}

/// `%c` in bytes formatting: an int in range(256) or a single byte (as a latin-1 char).
fn byte_char_arg(v: PercentValue) -> Result<char, TextError> {
    let wrong = || TextError::type_err("%c requires an integer in range(256) or a single byte");
    match v {
        PercentValue::Bytes(b) if b.len() == 1 => Ok(b[0] as char),
        PercentValue::Int(i) => {
            let byte = i
                .to_u8()
                .ok_or_else(|| TextError::overflow("%c arg not in range(256)"))?;
            Ok(byte as char)
        }
        _ => Err(wrong()),
    }
}

/// CPython's _PyUnicode_FormatLong: `[-][0x]zeros digits`, prefix kept only with `#`.
pub fn format_long(v: &BigInt, alt: bool, prec: Option<usize>, ch: char) -> String {
    let (radix, prefix) = match ch {
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = v.abs().to_str_radix(radix);
    if ch == 'X' {
        digits.make_ascii_uppercase();
    }
    let mut out = String::new();
    if v.is_negative() {
        out.push('-');
    }
    if alt {
        out.push_str(prefix);
    }
    let zeros = prec.unwrap_or(0).saturating_sub(digits.len());
    out.extend(std::iter::repeat_n('0', zeros));
    out.push_str(&digits);
    out
}

fn format_float(x: f64, spec: &Spec, ch: char) -> Result<String, TextError> {
    let (mode, upper) = match ch {
        'e' => (FloatMode::Exp, false),
        'E' => (FloatMode::Exp, true),
        'f' => (FloatMode::Fixed, false),
        'F' => (FloatMode::Fixed, true),
        'g' => (FloatMode::General, false),
        _ => (FloatMode::General, true),
    };
    let flags = FloatFlags {
        upper,
        alt: spec.alt,
        ..FloatFlags::default()
    };
    Ok(double_to_string(x, mode, spec.prec.unwrap_or(6), flags))
}

/// CPython's unicode_format_arg_output: sign, `0x` prefix and padding.
fn output(out: &mut String, spec: &Spec, body: &str, numeric: bool) {
    // No width, forced sign, blank or alternate prefix (`'%.3f' % x`, `'%d' % n`, `'%s' % s`):
    // the converted text goes out unchanged, as the general steps below would produce.
    let has_prefix = numeric && spec.alt && matches!(spec.ch, 'x' | 'X' | 'o');
    if spec.width.is_none() && !spec.sign && !spec.blank && !has_prefix {
        out.push_str(body);
        return;
    }
    let chars: Vec<char> = body.chars().collect();
    let mut start = 0;
    let mut len = chars.len();
    let mut sign = None;
    if numeric {
        match chars.first() {
            Some(&c @ ('-' | '+')) => {
                sign = Some(c);
                start = 1;
                len -= 1;
            }
            _ if spec.sign => sign = Some('+'),
            _ if spec.blank => sign = Some(' '),
            _ => {}
        }
    }
    let fill = if numeric && spec.zero { '0' } else { ' ' };
    let mut width = spec.width.unwrap_or(0).max(len);
    let prefix: String = if has_prefix {
        chars.iter().skip(start).take(2).collect()
    } else {
        String::new()
    };
    if let Some(s) = sign {
        if fill != ' ' {
            out.push(s);
        }
        if width > len {
            width -= 1;
        }
    }
    if has_prefix {
        if fill != ' ' {
            out.push_str(&prefix);
        }
        width = width.saturating_sub(2);
        len = len.saturating_sub(2);
        start += 2;
    }
    if width > len && !spec.ljust {
        out.extend(std::iter::repeat_n(fill, width - len));
        width = len;
    }
    if fill == ' ' {
        out.extend(sign);
        out.push_str(&prefix);
    }
    out.extend(chars.iter().skip(start).take(len));
    if width > len {
        out.extend(std::iter::repeat_n(' ', width - len));
    }
}

#[cfg(test)]
#[path = "percent_tests.rs"]
mod tests;
