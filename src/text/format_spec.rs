//! The format-spec mini-language (`format(x, spec)`, `f"{x:spec}"`) for int, float and str:
//! parsing, validation with CPython's messages, padding, signs, prefixes and digit grouping.
use super::float_fixed;
use super::float_repr::{double_to_string, fixed_fast, int_to_float, FloatFlags, FloatMode};
use super::TextError;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

/// Widths beyond this would need gigabytes; CPython would raise MemoryError.
const MAX_WIDTH: usize = 1 << 28;

/// A parsed format spec: `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatSpec<'a> {
    pub fill: char,
    /// Explicit alignment, if any (`<`, `>`, `=`, `^`).
    pub align: Option<char>,
    /// Whether the `0` flag was given (without an explicit fill).
    pub zero: bool,
    pub sign: Option<char>,
    pub no_neg_zero: bool,
    pub alternate: bool,
    pub width: Option<usize>,
    /// `,` or `_`.
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
    /// The Python type name used in messages (`int`, `bool`, `float`, `str`, ...).
    pub type_name: &'a str,
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

impl<'a> FormatSpec<'a> {
    /// Parse `spec` for an object whose type is `type_name`; errors are CPython's parse errors.
    pub fn parse(spec: &str, type_name: &'a str) -> Result<FormatSpec<'a>, TextError> {
        if let Some(fs) = Self::parse_plain(spec.as_bytes(), type_name) {
            return Ok(fs);
        }
        Self::parse_full(spec, type_name)
    }

    /// The shape nearly every spec in practice has, `[0][width][.precision][type]` in ASCII
    /// (`08d`, `.3f`, `x`, `>10`-free), read from the bytes; None sends anything else
    /// (alignment, sign, `z`, `#`, grouping, long numbers, errors) to `parse_full`, which
    /// gives the same result for the specs accepted here.
    fn parse_plain(b: &[u8], type_name: &'a str) -> Option<FormatSpec<'a>> {
        // a fill character followed by an alignment needs the full parser
        if b.len() >= 2 && is_align(b[1] as char) {
            return None;
        }
        let mut pos = 0;
        let zero = b.first() == Some(&b'0');
        if zero {
            pos = 1;
        }
        let number = |pos: &mut usize| -> Option<Option<usize>> {
            let start = *pos;
            let mut acc = 0usize;
            while let Some(d) = b.get(*pos).filter(|c| c.is_ascii_digit()) {
                acc = acc * 10 + (d - b'0') as usize;
                *pos += 1;
            }
            // 18 digits cannot overflow; longer runs get the full parser's overflow check
            match *pos - start {
                0 => Some(None),
                n if n <= 18 => Some(Some(acc)),
                _ => None,
            }
        };
        let width = number(&mut pos)?;
        let mut precision = None;
        if b.get(pos) == Some(&b'.') {
            pos += 1;
            precision = Some(number(&mut pos)??);
        }
        let ty = match &b[pos..] {
            [] => None,
            // a leading `z` is the negative-zero option, not a type
            [b'z'] if pos == 0 => return None,
            [c] if c.is_ascii_alphabetic() || *c == b'%' => Some(*c as char),
            _ => return None,
        };
        Some(FormatSpec {
            fill: if zero { '0' } else { ' ' },
            align: None,
            zero,
            sign: None,
            no_neg_zero: false,
            alternate: false,
            width,
            grouping: None,
            precision,
            ty,
            type_name,
        })
    }

    /// The general parser: every option, and CPython's parse errors.
    fn parse_full(spec: &str, type_name: &'a str) -> Result<FormatSpec<'a>, TextError> {
        // Specs are short: their chars go into a buffer on the stack (a spec of at most 32
        // bytes has at most 32 chars), so formatting in an f-string allocates nothing here.
        let mut inline = ['\0'; 32];
        let heap: Vec<char>;
        let chars: &[char] = if spec.len() <= inline.len() {
            let mut n = 0;
            for c in spec.chars() {
                inline[n] = c;
                n += 1;
            }
            &inline[..n]
        } else {
            heap = spec.chars().collect();
            &heap
        };
        let mut fs = FormatSpec {
            fill: ' ',
            align: None,
            zero: false,
            sign: None,
            no_neg_zero: false,
            alternate: false,
            width: None,
            grouping: None,
            precision: None,
            ty: None,
            type_name,
        };
        let mut pos = 0;
        let mut fill_specified = false;
        if chars.len() >= 2 && is_align(chars[1]) {
            fs.fill = chars[0];
            fs.align = Some(chars[1]);
            fill_specified = true;
            pos = 2;
        } else if let Some(&c) = chars.first().filter(|c| is_align(**c)) {
            fs.align = Some(c);
            pos = 1;
        }
        if let Some(&c) = chars.get(pos).filter(|c| matches!(c, '+' | '-' | ' ')) {
            fs.sign = Some(c);
            pos += 1;
        }
        if chars.get(pos) == Some(&'z') {
            fs.no_neg_zero = true;
            pos += 1;
        }
        if chars.get(pos) == Some(&'#') {
            fs.alternate = true;
            pos += 1;
        }
        if !fill_specified && chars.get(pos) == Some(&'0') {
            fs.zero = true;
            fs.fill = '0';
            pos += 1;
        }
        fs.width = parse_integer(&chars, &mut pos)?;
        if chars.get(pos) == Some(&',') {
            fs.grouping = Some(',');
            pos += 1;
        }
        if chars.get(pos) == Some(&'_') {
            if fs.grouping.is_some() {
                return Err(TextError::value("Cannot specify both ',' and '_'."));
            }
            fs.grouping = Some('_');
            pos += 1;
        }
        if chars.get(pos) == Some(&',') && fs.grouping == Some('_') {
            return Err(TextError::value("Cannot specify both ',' and '_'."));
        }
        if chars.get(pos) == Some(&'.') {
            pos += 1;
            fs.precision = parse_integer(&chars, &mut pos)?;
            if fs.precision.is_none() {
                return Err(TextError::value("Format specifier missing precision"));
            }
        }
        let rest = chars.len().saturating_sub(pos);
        if rest > 1 {
            return Err(TextError::value(format!(
                "Invalid format specifier '{}' for object of type '{}'",
                spec, type_name
            )));
        }
        fs.ty = chars.get(pos).copied();
        Ok(fs)
    }

    fn align_or(&self, default: char) -> char {
        match self.align {
            Some(a) => a,
            None if self.zero && default == '>' => '=',
            None => default,
        }
    }

    /// CPython's check that grouping is allowed for the (effective) presentation type.
    pub(crate) fn check_grouping(&self, ty: char) -> Result<Option<(usize, char)>, TextError> {
        let Some(sep) = self.grouping else {
            return Ok(None);
        };
        match ty {
            'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0' => Ok(Some((3, sep))),
            'b' | 'o' | 'x' | 'X' if sep == '_' => Ok(Some((4, sep))),
            _ => {
                let shown = if (' '..='~').contains(&ty) && ty != ' ' {
                    ty.to_string()
                } else {
                    format!("\\x{:x}", ty as u32)
                };
                Err(TextError::value(format!(
                    "Cannot specify '{}' with '{}'.",
                    sep, shown
                )))
            }
        }
    }

    pub(crate) fn unknown_code(&self, ty: char) -> TextError {
        let code = ty as u32;
        let shown = if code > 32 && code < 128 {
            ty.to_string()
        } else {
            format!("\\x{:x}", code)
        };
        TextError::value(format!(
            "Unknown format code '{}' for object of type '{}'",
            shown, self.type_name
        ))
    }

    fn width_i64(&self) -> Result<i64, TextError> {
        match self.width {
            None => Ok(-1),
            Some(w) if w > MAX_WIDTH => Err(TextError::overflow("format width too big")),
            Some(w) => Ok(w as i64),
        }
    }
}

/// Read a run of ASCII digits; None when there are none. Overflow is CPython's error.
fn parse_integer(chars: &[char], pos: &mut usize) -> Result<Option<usize>, TextError> {
    let mut acc: Option<usize> = None;
    while let Some(d) = chars.get(*pos).and_then(|c| c.to_digit(10)) {
        let cur = acc.unwrap_or(0);
        // matches CPython: the accumulator is a Py_ssize_t
        if cur > (isize::MAX as usize - d as usize) / 10 {
            return Err(TextError::value("Too many decimal digits in format string"));
        }
        acc = Some(cur * 10 + d as usize);
        *pos += 1;
    }
    Ok(acc)
}

/// `format(s, spec)` for a str.
pub fn format_str(s: &str, spec: &FormatSpec) -> Result<String, TextError> {
    let ty = spec.ty.unwrap_or('s');
    spec.check_grouping(ty)?;
    if ty != 's' {
        return Err(spec.unknown_code(ty));
    }
    match spec.sign {
        Some(' ') => {
            return Err(TextError::value(
                "Space not allowed in string format specifier",
            ))
        }
        Some(_) => {
            return Err(TextError::value(
                "Sign not allowed in string format specifier",
            ))
        }
        None => {}
    }
    if spec.no_neg_zero {
        return Err(TextError::value(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if spec.alternate {
        return Err(TextError::value(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    let align = spec.align_or('<');
    if align == '=' {
        return Err(TextError::value(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let width = spec.width_i64()?;
    let mut len = s.chars().count();
    let mut body: &str = s;
    if let Some(p) = spec.precision {
        if p < len {
            let cut = s.char_indices().nth(p).map(|(i, _)| i).unwrap_or(s.len());
            body = &s[..cut];
            len = p;
        }
    }
    Ok(pad(body, len as i64, width, align, spec.fill))
}

/// Pad `body` (of `len` chars) to `width` with CPython's calc_padding rules.
pub fn pad(body: &str, len: i64, width: i64, align: char, fill: char) -> String {
    let total = width.max(len);
    let left = match align {
        '>' => total - len,
        '^' => (total - len) / 2,
        _ => 0,
    };
    let right = total - len - left;
    let mut out = String::with_capacity(body.len() + (total - len) as usize);
    out.extend(std::iter::repeat_n(fill, left as usize));
    out.push_str(body);
    out.extend(std::iter::repeat_n(fill, right as usize));
    out
}

/// An int to format: machine-sized ints skip the big-integer conversion entirely.
#[derive(Clone, Copy)]
pub enum IntArg<'a> {
    Small(i64),
    Big(&'a BigInt),
}

impl IntArg<'_> {
    fn to_float(self) -> Result<f64, TextError> {
        match self {
            // `as` rounds to nearest, ties to even: the correctly rounded value CPython gives.
            IntArg::Small(v) => Ok(v as f64),
            IntArg::Big(b) => int_to_float(b),
        }
    }

    fn to_big(self) -> BigInt {
        match self {
            IntArg::Small(v) => BigInt::from(v),
            IntArg::Big(b) => b.clone(),
        }
    }

    fn is_negative(self) -> bool {
        match self {
            IntArg::Small(v) => v < 0,
            IntArg::Big(b) => b.is_negative(),
        }
    }

    /// The magnitude's digits in `radix` (2, 8, 10 or 16), lowercase.
    fn abs_digits(self, radix: u32) -> String {
        match self {
            IntArg::Small(v) => {
                let mut buf = [0u8; 64];
                small_digits(v.unsigned_abs(), radix, &mut buf).to_string()
            }
            IntArg::Big(b) => b.abs().to_str_radix(radix),
        }
    }
}

/// `u`'s digits in `radix` (2, 8, 10 or 16), lowercase, written at the end of `buf` (64 binary
/// digits fit): the formatting machinery of `format!` costs several times this for a small
/// int. Decimal goes two digits per division; the power-of-two radixes use shifts.
fn small_digits(mut u: u64, radix: u32, buf: &mut [u8; 64]) -> &str {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    if radix == 10 {
        return float_fixed::u64_digits_in(buf, u);
    }
    debug_assert!(radix.is_power_of_two() && radix <= 16);
    let bits = radix.trailing_zeros();
    let mask = radix as u64 - 1;
    let mut at = buf.len();
    loop {
        at -= 1;
        buf[at] = DIGITS[(u & mask) as usize];
        u >>= bits;
        if u == 0 {
            break;
        }
    }
    // Only ASCII digits were written.
    float_fixed::ascii_str(&buf[at..])
}

/// Append `n` copies of `c` (padding): the usual fills, zeros and spaces, as one slice copy
/// rather than char by char.
fn push_fill(out: &mut String, c: char, n: usize) {
    const ZEROS: &str = "0000000000000000000000000000000000000000000000000000000000000000";
    const SPACES: &str = "                                                                ";
    match c {
        '0' if n <= ZEROS.len() => out.push_str(&ZEROS[..n]),
        ' ' if n <= SPACES.len() => out.push_str(&SPACES[..n]),
        _ => out.extend(std::iter::repeat_n(c, n)),
    }
}

/// `format(v, spec)` for an int (or bool, with type_name "bool" in the spec).
/// An empty spec must be handled by the caller as `str(v)` (CPython does so for subclasses).
pub fn format_int(v: &BigInt, spec: &FormatSpec) -> Result<String, TextError> {
    format_int_arg(IntArg::Big(v), spec)
}

/// `format_int` for a small or big int.
pub fn format_int_arg(v: IntArg, spec: &FormatSpec) -> Result<String, TextError> {
    if let IntArg::Small(i) = v {
        let mut out = String::new();
        if append_small_int_plain(i, spec, &mut out) {
            return Ok(out);
        }
    }
    format_int_general(v, spec)
}

/// `format_int_arg` appended to `out` (the common specs without a string of their own).
pub fn append_int_arg(v: IntArg, spec: &FormatSpec, out: &mut String) -> Result<(), TextError> {
    if let IntArg::Small(i) = v {
        if append_small_int_plain(i, spec, out) {
            return Ok(());
        }
    }
    out.push_str(&format_int_general(v, spec)?);
    Ok(())
}

fn format_int_general(v: IntArg, spec: &FormatSpec) -> Result<String, TextError> {
    let ty = spec.ty.unwrap_or('d');
    let grouping = spec.check_grouping(ty)?;
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let x = v.to_float()?;
            return format_float(x, spec);
        }
        _ => return Err(spec.unknown_code(ty)),
    }
    if spec.precision.is_some() {
        return Err(TextError::value(
            "Precision not allowed in integer format specifier",
        ));
    }
    if spec.no_neg_zero {
        return Err(TextError::value(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    if ty == 'c' {
        return format_int_char(&v.to_big(), spec);
    }
    let (radix, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = v.abs_digits(radix);
    if ty == 'X' {
        digits.make_ascii_uppercase();
    }
    let parts = NumberParts {
        negative: v.is_negative(),
        prefix: if spec.alternate { prefix } else { "" },
        digits: &digits,
        decimal: false,
        remainder: "",
    };
    layout_number(&parts, spec, grouping)
}

/// The common int specs (`08d`, `x`, `#x`, `5`, `+d`: no explicit alignment, fill, grouping or
/// precision, a digit type) for a machine int, laid out in a stack buffer and appended to `out`
/// in one copy (pushing it char by char cost a capacity check and a UTF-8 encode per byte); false,
/// with nothing written, for any other spec. The text is what layout_number gives: with the
/// `0` flag the zeros go after sign and prefix (`=` alignment), otherwise spaces go before
/// them (`>`, numbers' default).
fn append_small_int_plain(v: i64, spec: &FormatSpec, out: &mut String) -> bool {
    if spec.align.is_some() || spec.grouping.is_some() || spec.precision.is_some() || spec.no_neg_zero {
        return false;
    }
    let (radix, prefix, upper) = match spec.ty {
        None | Some('d') => (10, "", false),
        Some('x') => (16, "0x", false),
        Some('X') => (16, "0X", true),
        Some('o') => (8, "0o", false),
        Some('b') => (2, "0b", false),
        _ => return false,
    };
    let width = spec.width.unwrap_or(0);
    // wide fields go to layout_number, which fills in bulk
    if width > 64 {
        return false;
    }
    let mut buf = [0u8; 64];
    let digits = small_digits(v.unsigned_abs(), radix, &mut buf).as_bytes();
    let sign = match spec.sign {
        _ if v < 0 => Some('-'),
        Some(c @ ('+' | ' ')) => Some(c),
        _ => None,
    };
    let prefix = if spec.alternate { prefix } else { "" };
    let len = sign.is_some() as usize + prefix.len() + digits.len();
    let pad = width.saturating_sub(len);
    // At most 64 of padding (checked above), a sign, a 2-byte prefix and 64 digits.
    let mut text = [0u8; 131];
    let mut at = 0;
    let mut put = |bytes: &[u8]| {
        text[at..at + bytes.len()].copy_from_slice(bytes);
        at += bytes.len();
    };
    let fill: &[u8] = if spec.zero { b"0" } else { b" " };
    if !spec.zero {
        (0..pad).for_each(|_| put(fill));
    }
    if let Some(c) = sign {
        put(&[c as u8]);
    }
    put(prefix.as_bytes());
    if spec.zero {
        (0..pad).for_each(|_| put(fill));
    }
    put(digits);
    if upper {
        text[at - digits.len()..at].make_ascii_uppercase();
    }
    // Only ASCII was written.
    out.push_str(float_fixed::ascii_str(&text[..at]));
    true
}

fn format_int_char(v: &BigInt, spec: &FormatSpec) -> Result<String, TextError> {
    if spec.sign.is_some() {
        return Err(TextError::value(
            "Sign not allowed with integer format specifier 'c'",
        ));
    }
    if spec.alternate {
        return Err(TextError::value(
            "Alternate form (#) not allowed with integer format specifier 'c'",
        ));
    }
    let Some(code) = v.to_i64() else {
        return Err(TextError::overflow(
            "Python int too large to convert to C long",
        ));
    };
    let ch = u32::try_from(code)
        .ok()
        .filter(|c| *c <= 0x10ffff)
        .ok_or_else(|| TextError::overflow("%c arg not in range(0x110000)"))?;
    // Lone surrogates cannot live in a Rust String; U+FFFD stands in for them.
    let ch = char::from_u32(ch).unwrap_or('\u{fffd}');
    let s = ch.to_string();
    let parts = NumberParts {
        negative: false,
        prefix: "",
        digits: "",
        decimal: false,
        remainder: &s,
    };
    layout_number(&parts, spec, None)
}

/// `format(x, spec)` for a float.
/// `format_float` appended to `out`; the plain `.Nf` spec is written without a string of
/// its own.
pub fn append_float(x: f64, spec: &FormatSpec, out: &mut String) -> Result<(), TextError> {
    let plain_fixed = spec.ty == Some('f')
        && spec.width.is_none()
        && spec.grouping.is_none()
        && matches!(spec.sign, None | Some('-'))
        && !spec.alternate
        && !spec.no_neg_zero
        && spec.precision.is_some_and(|p| p <= 64);
    if plain_fixed && float_fixed::push_fixed(out, x, spec.precision.unwrap_or(6)) {
        return Ok(());
    }
    out.push_str(&format_float(x, spec)?);
    Ok(())
}

pub fn format_float(x: f64, spec: &FormatSpec) -> Result<String, TextError> {
    let ty = spec.ty.unwrap_or('\0');
    let grouping = spec.check_grouping(ty)?;
    let (mode, upper) = match ty {
        '\0' => (FloatMode::Repr, false),
        'e' => (FloatMode::Exp, false),
        'E' => (FloatMode::Exp, true),
        'f' | '%' => (FloatMode::Fixed, false),
        'F' => (FloatMode::Fixed, true),
        'g' | 'n' => (FloatMode::General, false),
        'G' => (FloatMode::General, true),
        _ => return Err(spec.unknown_code(ty)),
    };
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(TextError::value("precision too big"));
    }
    if spec.precision.is_some_and(|p| p > MAX_WIDTH) {
        // CPython would try to build a string of gigabytes (MemoryError).
        return Err(TextError::overflow("precision too big to format"));
    }
    let flags = FloatFlags {
        upper,
        sign: false,
        alt: spec.alternate,
        add_dot_0: ty == '\0',
        no_neg_zero: spec.no_neg_zero,
    };
    let (mode, precision) = match (mode, spec.precision) {
        (FloatMode::Repr, None) => (FloatMode::Repr, 0),
        (FloatMode::Repr, Some(p)) => (FloatMode::General, p),
        (m, p) => (m, p.unwrap_or(6)),
    };
    let value = if ty == '%' { x * 100.0 } else { x };
    let fast = if mode == FloatMode::Fixed { fixed_fast(value, precision, flags) } else { None };
    let mut buf = match fast {
        Some(b) => b,
        None => double_to_string(value, mode, precision, flags),
    };
    if ty == '%' {
        buf.push('%');
    }
    // No width, grouping or sign option: layout_number would copy `buf` unchanged.
    if spec.width.is_none() && grouping.is_none() && matches!(spec.sign, None | Some('-')) {
        return Ok(buf);
    }
    let (negative, body) = match buf.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, buf.as_str()),
    };
    let ndigits = body.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, after) = body.split_at(ndigits);
    let (decimal, remainder) = match after.strip_prefix('.') {
        Some(r) => (true, r),
        None => (false, after),
    };
    let parts = NumberParts {
        negative,
        prefix: "",
        digits,
        decimal,
        remainder,
    };
    layout_number(&parts, spec, grouping)
}

/// The pieces of a formatted number: `<sign><prefix><digits>[.]<remainder>`.
struct NumberParts<'a> {
    negative: bool,
    prefix: &'a str,
    digits: &'a str,
    decimal: bool,
    remainder: &'a str,
}

/// CPython's calc_number_widths + fill_number: padding, sign, prefix and grouped digits.
fn layout_number(
    parts: &NumberParts,
    spec: &FormatSpec,
    grouping: Option<(usize, char)>,
) -> Result<String, TextError> {
    let width = spec.width_i64()?;
    let align = spec.align_or('>');
    let sign = match (spec.sign, parts.negative) {
        (_, true) => Some('-'),
        (Some('+'), false) => Some('+'),
        (Some(' '), false) => Some(' '),
        _ => None,
    };
    let n_prefix = parts.prefix.chars().count() as i64;
    let n_remainder = parts.remainder.chars().count() as i64;
    let fixed = sign.is_some() as i64 + n_prefix + parts.decimal as i64 + n_remainder;
    let min_width = if spec.fill == '0' && align == '=' {
        width - fixed
    } else {
        0
    };
    // Without a separator the digits only get leading zeros: no intermediate string.
    let (grouped, zeros) = match grouping {
        _ if parts.digits.is_empty() => (String::new(), 0),
        None => (String::new(), (min_width - parts.digits.len() as i64).max(0)),
        Some(_) => (group_digits(parts.digits, min_width, grouping), 0),
    };
    let n_grouped = if grouping.is_none() { parts.digits.len() as i64 + zeros } else { grouped.chars().count() as i64 };
    let padding = width - (fixed + n_grouped);
    let (mut lpad, mut spad, mut rpad) = (0, 0, 0);
    if padding > 0 {
        match align {
            '<' => rpad = padding,
            '^' => {
                lpad = padding / 2;
                rpad = padding - lpad;
            }
            '=' => spad = padding,
            _ => lpad = padding,
        }
    }
    let fill = |out: &mut String, n: i64| push_fill(out, spec.fill, n.max(0) as usize);
    let mut out = String::with_capacity((fixed + n_grouped + padding.max(0)) as usize);
    fill(&mut out, lpad);
    out.extend(sign);
    out.push_str(parts.prefix);
    fill(&mut out, spad);
    if grouping.is_none() {
        push_fill(&mut out, '0', zeros as usize);
        out.push_str(parts.digits);
    } else {
        out.push_str(&grouped);
    }
    if parts.decimal {
        out.push('.');
    }
    out.push_str(parts.remainder);
    fill(&mut out, rpad);
    Ok(out)
}

/// CPython's _PyUnicode_InsertThousandsGrouping: group `digits` from the right, padding
/// with zeros until the result is at least `min_width` long.
pub fn group_digits(digits: &str, min_width: i64, grouping: Option<(usize, char)>) -> String {
    let bytes = digits.as_bytes();
    let mut remaining = bytes.len() as i64;
    let mut min_width = min_width;
    let Some((size, sep)) = grouping else {
        let zeros = (min_width - remaining).max(0) as usize;
        return "0".repeat(zeros) + digits;
    };
    let size = size as i64;
    let mut chunks: Vec<String> = Vec::new();
    loop {
        let l = size.min(remaining.max(min_width).max(1));
        let n_zeros = (l - remaining).max(0);
        let n_chars = remaining.min(l).max(0);
        let start = (remaining - n_chars) as usize;
        let mut chunk = "0".repeat(n_zeros as usize);
        chunk.push_str(digits.get(start..remaining as usize).unwrap_or(""));
        chunks.push(chunk);
        remaining -= n_chars;
        min_width -= size;
        if remaining <= 0 && min_width <= 0 {
            break;
        }
        min_width -= 1;
    }
    chunks.reverse();
    chunks.join(&sep.to_string())
}

/// Parse `spec` and format an int; `type_name` is "int" or "bool" (for messages).
pub fn format_int_with(v: &BigInt, spec: &str, type_name: &str) -> Result<String, TextError> {
    format_int(v, &FormatSpec::parse(spec, type_name)?)
}

/// Parse `spec` and format a float.
pub fn format_float_with(x: f64, spec: &str) -> Result<String, TextError> {
    format_float(x, &FormatSpec::parse(spec, "float")?)
}

/// Parse `spec` and format a str.
pub fn format_str_with(s: &str, spec: &str) -> Result<String, TextError> {
    format_str(s, &FormatSpec::parse(spec, "str")?)
}

#[cfg(test)]
#[path = "format_spec_tests.rs"]
mod tests;
