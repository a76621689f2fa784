//! `_json`: the native halves of `stdlib/json` — the decoder's scanner and the encoder's
//! string escaping, the jobs CPython's `_json` accelerator does. Positions in errors are code
//! point offsets, and every error is the `JSONDecodeError` the Python side passes in, with
//! CPython's messages.

use crate::builtins::{arg, def_fn};
use crate::object::{Args, PyDict, PyErr, PyResult, Value};
use crate::vm::Vm;

use super::new_module;

pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = new_module("_json");
    let mut d = d.borrow_mut();
    def_fn(&mut d, "scan", scan);
    def_fn(&mut d, "encode_basestring", encode_basestring);
    def_fn(&mut d, "encode_basestring_ascii", encode_basestring_ascii);
    def_fn(&mut d, "encode", super::json_encode::encode);
    Ok(m)
}

/// The document, indexed by code point: ASCII text by its bytes, other text as chars.
enum Text<'a> {
    Ascii(&'a [u8]),
    Wide(Vec<char>),
}

impl Text<'_> {
    fn len(&self) -> usize {
        match self {
            Text::Ascii(b) => b.len(),
            Text::Wide(c) => c.len(),
        }
    }

    fn at(&self, i: usize) -> Option<char> {
        match self {
            Text::Ascii(b) => b.get(i).map(|&b| b as char),
            Text::Wide(c) => c.get(i).copied(),
        }
    }

    fn push_slice(&self, start: usize, end: usize, out: &mut String) {
        let end = end.min(self.len());
        if start >= end {
            return;
        }
        match self {
            // The bytes are ASCII, so any range of them is UTF-8.
            Text::Ascii(b) => out.push_str(std::str::from_utf8(&b[start..end]).unwrap_or_default()),
            Text::Wide(c) => out.extend(&c[start..end]),
        }
    }

    fn slice(&self, start: usize, end: usize) -> String {
        let mut s = String::new();
        self.push_slice(start, end, &mut s);
        s
    }

    fn starts_with(&self, i: usize, word: &str) -> bool {
        word.chars().enumerate().all(|(k, c)| self.at(i + k) == Some(c))
    }
}

/// One `scan` call: the document and the decoder's hooks (None: the built-in default).
struct Scanner<'a> {
    doc: &'a Value,
    text: Text<'a>,
    strict: bool,
    parse_float: Option<Value>,
    parse_int: Option<Value>,
    parse_constant: Value,
    object_hook: Option<Value>,
    object_pairs_hook: Option<Value>,
    error: Value,
}

/// `scan(s, idx, decoder, JSONDecodeError, whole)`: the value at `idx` and the index after it
/// (`raw_decode`); with `whole`, the document's only value, whitespace around it allowed
/// (`decode`, with its "Extra data" error).
fn scan(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let doc = arg(&args, 0);
    let Some(s) = doc.as_str() else {
        return Err(PyErr::type_error(format!("first argument must be a string, not {}", vm.type_name(&doc))));
    };
    let Value::Int(idx) = arg(&args, 1) else { return Err(PyErr::type_error("idx must be an int")) };
    let decoder = arg(&args, 2);
    let strict = vm.getattr(&decoder, &Value::str("strict"))?;
    let hook = |vm: &mut Vm, name: &str| -> PyResult<Option<Value>> {
        let v = vm.getattr(&decoder, &Value::str(name))?;
        Ok(if matches!(v, Value::None) { None } else { Some(v) })
    };
    let parse_float = hook(vm, "parse_float")?.filter(|f| !matches!(f, Value::Class(c) if std::rc::Rc::ptr_eq(c, &vm.types.float)));
    let parse_int = hook(vm, "parse_int")?.filter(|f| !matches!(f, Value::Class(c) if std::rc::Rc::ptr_eq(c, &vm.types.int)));
    let text = if s.is_ascii() { Text::Ascii(s.as_bytes()) } else { Text::Wide(s.chars().collect()) };
    let sc = Scanner {
        doc: &doc,
        text,
        strict: vm.is_true(&strict)?,
        parse_float,
        parse_int,
        parse_constant: vm.getattr(&decoder, &Value::str("parse_constant"))?,
        object_hook: hook(vm, "object_hook")?,
        object_pairs_hook: hook(vm, "object_pairs_hook")?,
        error: arg(&args, 3),
    };
    if idx < 0 {
        return Err(PyErr::value_error("idx cannot be negative"));
    }
    let whole = vm.is_true(&arg(&args, 4))?;
    let mut i = idx as usize;
    if whole {
        i = sc.skip(i);
    }
    let (v, mut end) = sc.value(vm, i)?;
    if whole {
        end = sc.skip(end);
        if end != sc.text.len() {
            return Err(sc.error(vm, "Extra data", end));
        }
        return Ok(v);
    }
    Ok(Value::tuple(vec![v, Value::Int(end as i64)]))
}

impl Scanner<'_> {
    fn error(&self, vm: &mut Vm, msg: &str, pos: usize) -> PyErr {
        match vm.call(&self.error, vec![Value::str(msg), self.doc.clone(), Value::Int(pos as i64)]) {
            Ok(Value::Instance(inst)) => PyErr::from_instance(inst),
            Ok(_) => PyErr::type_error("JSONDecodeError did not make an exception"),
            Err(e) => e,
        }
    }

    fn skip(&self, mut i: usize) -> usize {
        while matches!(self.text.at(i), Some(' ' | '\t' | '\n' | '\r')) {
            i += 1;
        }
        i
    }

    fn digit_at(&self, i: usize) -> bool {
        self.text.at(i).is_some_and(|c| c.is_ascii_digit())
    }

    fn value(&self, vm: &mut Vm, i: usize) -> PyResult<(Value, usize)> {
        let Some(ch) = self.text.at(i) else { return Err(self.error(vm, "Expecting value", i)) };
        let constant = |vm: &mut Vm, name: &str, len: usize| -> PyResult<(Value, usize)> {
            Ok((vm.call(&self.parse_constant, vec![Value::str(name)])?, i + len))
        };
        match ch {
            '"' => self.string(vm, i + 1).map(|(s, end)| (Value::string(s), end)),
            '{' | '[' => {
                // CPython counts each level against the recursion limit.
                let (what, nested): (&str, fn(&Self, &mut Vm, usize) -> PyResult<(Value, usize)>) =
                    if ch == '{' { ("object", Self::object) } else { ("array", Self::array) };
                vm.enter_recursive_call(&format!(" while decoding a JSON {what} from a unicode string"))?;
                let r = nested(self, vm, i + 1);
                vm.native_depth -= 1;
                r
            }
            'n' if self.text.starts_with(i, "null") => Ok((Value::None, i + 4)),
            't' if self.text.starts_with(i, "true") => Ok((Value::bool(true), i + 4)),
            'f' if self.text.starts_with(i, "false") => Ok((Value::bool(false), i + 5)),
            'N' if self.text.starts_with(i, "NaN") => constant(vm, "NaN", 3),
            'I' if self.text.starts_with(i, "Infinity") => constant(vm, "Infinity", 8),
            '-' if self.text.starts_with(i, "-Infinity") => constant(vm, "-Infinity", 9),
            _ => self.number(vm, i),
        }
    }

    fn number(&self, vm: &mut Vm, start: usize) -> PyResult<(Value, usize)> {
        let mut i = start;
        if self.text.at(i) == Some('-') {
            i += 1;
        }
        match self.text.at(i) {
            Some('0') => i += 1,
            Some('1'..='9') => {
                while self.digit_at(i) {
                    i += 1;
                }
            }
            _ => return Err(self.error(vm, "Expecting value", start)),
        }
        let mut is_float = false;
        if self.text.at(i) == Some('.') && self.digit_at(i + 1) {
            is_float = true;
            i += 2;
            while self.digit_at(i) {
                i += 1;
            }
        }
        if matches!(self.text.at(i), Some('e' | 'E')) {
            let mut j = i + 1;
            if matches!(self.text.at(j), Some('+' | '-')) {
                j += 1;
            }
            if self.digit_at(j) {
                while self.digit_at(j) {
                    j += 1;
                }
                is_float = true;
                i = j;
            }
        }
        let text = self.text.slice(start, i);
        let v = match (is_float, &self.parse_float, &self.parse_int) {
            // JSON's number syntax is a subset of Rust's: the same correctly rounded double.
            (true, None, _) => Value::float(text.parse::<f64>().unwrap_or(f64::NAN)),
            (true, Some(f), _) => vm.call(f, vec![Value::string(text)])?,
            (false, _, None) if text.len() <= 18 => Value::Int(text.parse::<i64>().unwrap_or_default()),
            (false, _, None) => {
                // Long ints go through `int()`, with its digit limit and message.
                let int = Value::Class(vm.types.int.clone());
                vm.call(&int, vec![Value::string(text)])?
            }
            (false, _, Some(f)) => vm.call(f, vec![Value::string(text)])?,
        };
        Ok((v, i))
    }

    /// The string whose opening quote is just before `i`, and the index after its closing one.
    fn string(&self, vm: &mut Vm, mut i: usize) -> PyResult<(String, usize)> {
        let begin = i - 1;
        let n = self.text.len();
        let mut out = String::new();
        loop {
            let mut j = i;
            while let Some(c) = self.text.at(j) {
                if c == '"' || c == '\\' || (c < ' ' && self.strict) {
                    break;
                }
                j += 1;
            }
            self.text.push_slice(i, j, &mut out);
            let Some(c) = self.text.at(j) else { return Err(self.error(vm, "Unterminated string starting at", begin)) };
            if c == '"' {
                return Ok((out, j + 1));
            }
            if c != '\\' {
                return Err(self.error(vm, "Invalid control character at", j));
            }
            if j + 1 >= n {
                return Err(self.error(vm, "Unterminated string starting at", begin));
            }
            let esc = self.text.at(j + 1).unwrap_or('\0');
            if esc != 'u' {
                let c = match esc {
                    '"' => '"',
                    '\\' => '\\',
                    '/' => '/',
                    'b' => '\u{8}',
                    'f' => '\u{c}',
                    'n' => '\n',
                    'r' => '\r',
                    't' => '\t',
                    _ => return Err(self.error(vm, "Invalid \\escape", j)),
                };
                out.push(c);
                i = j + 2;
                continue;
            }
            let mut uni = self.hex4(vm, j)?;
            i = j + 6;
            if (0xd800..=0xdbff).contains(&uni) && self.text.starts_with(i, "\\u") {
                let low = self.hex4(vm, i)?;
                if (0xdc00..=0xdfff).contains(&low) {
                    uni = 0x10000 + (((uni - 0xd800) << 10) | (low - 0xdc00));
                    i += 6;
                }
            }
            // A lone surrogate has no UTF-8 form: U+FFFD stands in, as for `chr`.
            out.push(char::from_u32(uni).unwrap_or('\u{fffd}'));
        }
    }

    /// The four hex digits of the `\uXXXX` escape whose backslash is at `j`.
    fn hex4(&self, vm: &mut Vm, j: usize) -> PyResult<u32> {
        let digits: Option<u32> = (j + 2..j + 6).try_fold(0, |acc, k| Some(acc * 16 + self.text.at(k)?.to_digit(16)?));
        digits.ok_or_else(|| self.error(vm, "Invalid \\uXXXX escape", j + 1))
    }

    fn object(&self, vm: &mut Vm, i: usize) -> PyResult<(Value, usize)> {
        let mut pairs = Vec::new();
        let mut i = self.skip(i);
        if self.text.at(i) == Some('}') {
            return Ok((self.finish_object(vm, pairs)?, i + 1));
        }
        loop {
            if self.text.at(i) != Some('"') {
                return Err(self.error(vm, "Expecting property name enclosed in double quotes", i));
            }
            let (key, after) = self.string(vm, i + 1)?;
            i = self.skip(after);
            if self.text.at(i) != Some(':') {
                return Err(self.error(vm, "Expecting ':' delimiter", i));
            }
            i = self.skip(i + 1);
            let (value, after) = self.value(vm, i)?;
            pairs.push((Value::string(key), value));
            i = self.skip(after);
            match self.text.at(i) {
                Some('}') => return Ok((self.finish_object(vm, pairs)?, i + 1)),
                Some(',') => i = self.skip(i + 1),
                _ => return Err(self.error(vm, "Expecting ',' delimiter", i)),
            }
        }
    }

    fn finish_object(&self, vm: &mut Vm, pairs: Vec<(Value, Value)>) -> PyResult<Value> {
        if let Some(hook) = &self.object_pairs_hook {
            let list = Value::list(pairs.into_iter().map(|(k, v)| Value::tuple(vec![k, v])).collect());
            return vm.call(hook, vec![list]);
        }
        let table = std::rc::Rc::new(std::cell::RefCell::new(PyDict::new()));
        for (k, v) in pairs {
            vm.dict_set_item(&table, k, v)?;
        }
        let obj = Value::Dict(table);
        match &self.object_hook {
            Some(hook) => vm.call(hook, vec![obj]),
            None => Ok(obj),
        }
    }

    fn array(&self, vm: &mut Vm, i: usize) -> PyResult<(Value, usize)> {
        let mut values = Vec::new();
        let mut i = self.skip(i);
        if self.text.at(i) == Some(']') {
            return Ok((Value::list(values), i + 1));
        }
        loop {
            let (value, after) = self.value(vm, i)?;
            values.push(value);
            i = self.skip(after);
            match self.text.at(i) {
                Some(']') => return Ok((Value::list(values), i + 1)),
                Some(',') => i = self.skip(i + 1),
                _ => return Err(self.error(vm, "Expecting ',' delimiter", i)),
            }
        }
    }
}

fn str_arg(vm: &Vm, args: &Args) -> PyResult<std::rc::Rc<crate::object::str::PyStr>> {
    match arg(args, 0) {
        Value::Str(s) => Ok(s),
        other => Err(PyErr::type_error(format!("first argument must be a string, not {}", vm.type_name(&other)))),
    }
}

/// The escape of a character every JSON string escapes by name.
fn named_escape(c: char) -> Option<&'static str> {
    Some(match c {
        '\\' => "\\\\",
        '"' => "\\\"",
        '\u{8}' => "\\b",
        '\u{c}' => "\\f",
        '\n' => "\\n",
        '\r' => "\\r",
        '\t' => "\\t",
        _ => return None,
    })
}

fn push_u_escape(out: &mut String, unit: u32) {
    use std::fmt::Write;
    let _ = write!(out, "\\u{unit:04x}");
}

/// `s` as a JSON string literal, non-ASCII characters kept (`encode_basestring`).
pub fn push_json_string(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match named_escape(c) {
            Some(e) => out.push_str(e),
            None if c < ' ' => push_u_escape(out, c as u32),
            None => out.push(c),
        }
    }
    out.push('"');
}

/// `s` as a JSON string literal in ASCII: `\uXXXX` escapes, surrogate pairs beyond the BMP
/// (`encode_basestring_ascii`).
pub fn push_json_string_ascii(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match named_escape(c) {
            Some(e) => out.push_str(e),
            None if (' '..='~').contains(&c) => out.push(c),
            None => {
                let n = c as u32;
                if n < 0x10000 {
                    push_u_escape(out, n);
                } else {
                    let n = n - 0x10000;
                    push_u_escape(out, 0xd800 | ((n >> 10) & 0x3ff));
                    push_u_escape(out, 0xdc00 | (n & 0x3ff));
                }
            }
        }
    }
    out.push('"');
}

fn encode_basestring(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = str_arg(vm, &args)?;
    let mut out = String::with_capacity(s.as_str().len() + 2);
    push_json_string(s.as_str(), &mut out);
    Ok(Value::string(out))
}

fn encode_basestring_ascii(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = str_arg(vm, &args)?;
    let mut out = String::with_capacity(s.as_str().len() + 2);
    push_json_string_ascii(s.as_str(), &mut out);
    Ok(Value::string(out))
}
