//! `_re`: the native half of `re`. `compile` translates a Python pattern (checking it with
//! CPython's error messages) and compiles it on fancy-regex; `find` runs one search and
//! returns the group spans in code points. `stdlib/re/` builds Pattern, Match, `sub`,
//! `split`, `findall`... on these two functions.

mod engine;
mod escapes;
mod lookbehind;
mod match_obj;
mod translate;

use std::any::Any;
use std::rc::Rc;

use super::new_module;
use crate::builtins::{arg, def_fn, int_arg};
use crate::object::{Args, Class, NativeObject, PyErr, PyResult, Value};
use crate::vm::Vm;
use engine::{Compiled, Haystack, Mode};

struct CompiledObj {
    compiled: Compiled,
    class: Rc<Class>,
    /// A bytes pattern (it matches bytes-like subjects only).
    bytes: bool,
    /// `re.Match`, the class of the matches `search` makes.
    match_class: Rc<Class>,
}

impl NativeObject for CompiledObj {
    fn class(&self) -> Rc<Class> {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = new_module("_re");
    let mut d = d.borrow_mut();
    def_fn(&mut d, "compile", compile);
    def_fn(&mut d, "find", find);
    def_fn(&mut d, "find_all", find_all);
    def_fn(&mut d, "search", search);
    def_fn(&mut d, "make_match", make_match);
    d.set_str("Match", Value::Class(match_obj::new_class(vm)?));
    Ok(m)
}

/// `compile(pattern, flags)` -> `(code, groups, [(name, index)], flags, [group in closing order],
/// [FutureWarning texts])`, or
/// `(None, message, position)` when the pattern is invalid (the caller raises `re.error`).
fn compile(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pattern = arg(&args, 0);
    let flags = int_arg(vm, &arg(&args, 1), "")? as u32;
    let (chars, bytes): (Vec<char>, bool) = match &pattern {
        Value::Str(s) => (s.as_str().chars().collect(), false),
        Value::Bytes(b) => (b.iter().map(|&c| c as char).collect(), true),
        _ => return Err(PyErr::type_error("first argument must be string or compiled pattern")),
    };
    let t = match translate::translate(&chars, flags, bytes, false) {
        Ok(t) => t,
        // matches CPython: a count past MAXREPEAT is an OverflowError, not re.error
        Err(e) if e.msg == translate::REPEAT_TOO_LARGE => return Err(PyErr::overflow_error(e.msg)),
        // matches CPython: conflicting flag arguments are a ValueError (inline flags, which
        // have a position, are re.error)
        Err(e) if e.pos.is_none() && e.msg.contains(" flag") => return Err(PyErr::value_error(e.msg)),
        Err(e) => {
            let warnings = e.warnings.iter().map(|w| Value::str(w)).collect();
            return Ok(Value::tuple(vec![Value::None, Value::str(&e.msg), e.pos.map_or(Value::None, |p| Value::Int(p as i64)), Value::list(warnings)]));
        }
    };
    let compiled = match Compiled::new(&t.prefix, &t.body, bytes) {
        Ok(c) => c,
        // Too big for the automata: counted repeats copied out (`\w{1,1000}`) are the usual
        // cause, so try once more with them counted on the VM.
        Err(msg) => match translate::translate(&chars, flags, bytes, true).map(|t| Compiled::new(&t.prefix, &t.body, bytes)) {
            Ok(Ok(c)) => c,
            _ => return Ok(error_tuple(engine_message(&msg), None)),
        },
    };
    // An internal handle: only `stdlib/re` sees it, so plain `object` is its class.
    let class = vm.types.object.clone();
    let module = vm.import_module("_re")?;
    let Value::Class(match_class) = vm.getattr(&module, &Value::str("Match"))? else {
        return Err(PyErr::runtime_error("_re.Match is not a class"));
    };
    let code = Value::Native(crate::object::NativeRef::new(CompiledObj { compiled, class, bytes, match_class }));
    let names = t.names.into_iter().map(|(n, i)| Value::tuple(vec![Value::str(&n), Value::Int(i as i64)])).collect();
    let order = t.close_order.into_iter().map(|g| Value::Int(g as i64)).collect();
    let warnings = t.warnings.iter().map(|w| Value::str(w)).collect();
    let info = vec![code, Value::Int(t.groups as i64), Value::list(names), Value::Int(t.flags as i64), Value::list(order), Value::list(warnings)];
    Ok(Value::tuple(info))
}

fn error_tuple(msg: String, pos: Option<usize>) -> Value {
    Value::tuple(vec![Value::None, Value::str(&msg), pos.map_or(Value::None, |p| Value::Int(p as i64)), Value::list(vec![])])
}

/// fancy-regex's complaints in CPython's words where one exists.
fn engine_message(msg: &str) -> String {
    if msg.contains("ook-behind") || msg.contains("ookbehind") {
        "look-behind requires fixed-width pattern".to_string()
    } else {
        msg.to_string()
    }
}

/// `find(code, string, pos, endpos, mode)` -> tuple of span ends, or None.
fn find(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mode = match int_arg(vm, &arg(&args, 4), "")? {
        0 => Mode::Search,
        1 => Mode::Match,
        2 => Mode::FullMatch,
        3 => Mode::SearchAdvance,
        _ => Mode::MatchAdvance,
    };
    with_haystack(vm, &args, |compiled, hay, pos, endpos| {
        if pos > endpos {
            return Ok(Value::None);
        }
        Ok(match compiled.find(hay, pos, endpos, mode).map_err(engine_error)? {
            Some(spans) => spans_tuple(spans),
            None => Value::None,
        })
    })
}

/// `search(pattern, code, string, pos, endpos, mode)`: `Pattern.match`/`search`/`fullmatch`
/// in one call. The subject is checked against the pattern's kind and the bounds clamped as
/// CPython's `getstring` and `state_init` do (same order, same messages), then one search
/// runs; the result is an `re.Match` or None.
fn search(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let code = arg(&args, 1);
    let Some(obj) = code.downcast::<CompiledObj>() else {
        return Err(PyErr::type_error("search() needs a compiled pattern"));
    };
    let mut string = arg(&args, 2);
    // a memoryview or a buffer-exporting stdlib object (mmap) is searched as its bytes
    if !matches!(string, Value::Bytes(_) | Value::ByteArray(_) | Value::Str(_)) {
        if let Some(bytes) = crate::modules::struct_buffer::read(vm, &string)? {
            string = Value::Bytes(bytes.into());
        }
    }
    let len = match (&crate::modules::native_value(&string), obj.bytes) {
        (Value::Str(s), false) => s.char_len(),
        (Value::Bytes(b), true) => b.len(),
        (Value::ByteArray(b), true) => b.borrow().len(),
        (Value::Str(_), true) => return Err(PyErr::type_error("cannot use a bytes pattern on a string-like object")),
        (Value::Bytes(_) | Value::ByteArray(_), false) => {
            return Err(PyErr::type_error("cannot use a string pattern on a bytes-like object"))
        }
        _ => {
            let got = vm.type_name(&string);
            return Err(PyErr::type_error(format!("expected string or bytes-like object, got '{got}'")));
        }
    } as i64;
    let pos = bound(vm, &arg(&args, 3))?.clamp(0, len);
    let endpos = match arg(&args, 4) {
        Value::None => len,
        e => bound(vm, &e)?.clamp(0, len),
    };
    let mode = match int_arg(vm, &arg(&args, 5), "")? {
        0 => Mode::Search,
        1 => Mode::Match,
        _ => Mode::FullMatch,
    };
    if pos > endpos {
        return Ok(Value::None);
    }
    let found = on_subject(&crate::modules::native_value(&string), |hay| obj.compiled.find(hay, pos as usize, endpos as usize, mode));
    let spans = found.unwrap_or(Ok(None)).map_err(engine_error)?;
    Ok(match spans {
        Some(spans) => match_obj::MatchObj::new_value(obj.match_class.clone(), arg(&args, 0), string, pos, endpos, spans),
        None => Value::None,
    })
}

/// `make_match(pattern, string, pos, endpos, spans)`: the `re.Match` for spans `find` or
/// `find_all` returned (finditer and `sub` with a function make theirs this way).
fn make_match(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let code = vm.getattr(&arg(&args, 0), &Value::str("_code"))?;
    let Some(obj) = code.downcast::<CompiledObj>() else {
        return Err(PyErr::type_error("make_match() needs a compiled pattern"));
    };
    let pos = int_arg(vm, &arg(&args, 2), "")?;
    let endpos = int_arg(vm, &arg(&args, 3), "")?;
    let spans = vm.collect_iterable(&arg(&args, 4))?;
    let spans = spans.iter().map(|v| if let Value::Int(i) = v { *i } else { -1 }).collect();
    Ok(match_obj::MatchObj::new_value(obj.match_class.clone(), arg(&args, 0), arg(&args, 1), pos, endpos, spans))
}

/// A `pos`/`endpos` argument: an int or an object with `__index__`, as CPython's
/// `Py_ssize_t` converter takes it.
fn bound(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match vm.index_value(v)? {
        Some(i) => Ok(i),
        None => {
            let got = vm.type_name(v);
            Err(PyErr::type_error(format!("'{got}' object cannot be interpreted as an integer")))
        }
    }
}

/// `find_all(code, string, pos, endpos, limit)`: the span tuples of successive matches (at
/// most `limit`, 0 for all), for findall, sub and split. After an empty match the next one
/// may not be the same empty match (CPython's must_advance).
fn find_all(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let limit = int_arg(vm, &arg(&args, 4), "")?.max(0) as usize;
    with_haystack(vm, &args, |compiled, hay, mut pos, endpos| {
        let mut out = Vec::new();
        let mut mode = Mode::Search;
        while pos <= endpos && (limit == 0 || out.len() < limit) {
            let Some(spans) = compiled.find(hay, pos, endpos, mode).map_err(engine_error)? else { break };
            let (start, end) = (spans[0], spans[1]);
            out.push(spans_tuple(spans));
            pos = end.max(0) as usize;
            mode = if start == end { Mode::SearchAdvance } else { Mode::Search };
        }
        Ok(Value::list(out))
    })
}

/// The compiled pattern, subject and bounds of a `find`/`find_all` call.
fn with_haystack(vm: &mut Vm, args: &Args, run: impl FnOnce(&Compiled, &Haystack, usize, usize) -> PyResult<Value>) -> PyResult<Value> {
    let code = arg(args, 0);
    let Some(obj) = code.downcast::<CompiledObj>() else {
        return Err(PyErr::type_error("find() needs a compiled pattern"));
    };
    let pos = int_arg(vm, &arg(args, 2), "")?.max(0) as usize;
    let endpos = int_arg(vm, &arg(args, 3), "")?.max(0) as usize;
    on_subject(&arg(args, 1), |hay| run(&obj.compiled, hay, pos, endpos))
        .unwrap_or_else(|| Err(PyErr::type_error("expected string or bytes-like object")))
}

/// Run `f` on `text` as the engine reads it (a bytearray's contents copied, since script code
/// may change it later); None when `text` is not a str or bytes-like value.
fn on_subject<R>(text: &Value, f: impl FnOnce(&Haystack) -> R) -> Option<R> {
    Some(match text {
        Value::Str(s) => f(&Haystack::Str(s.as_str(), s.is_ascii(), s.char_len())),
        Value::Bytes(b) => f(&Haystack::Bytes(b)),
        Value::ByteArray(b) => {
            let owned = b.borrow().clone();
            f(&Haystack::Bytes(&owned))
        }
        _ => return None,
    })
}

fn spans_tuple(spans: Vec<i64>) -> Value {
    Value::tuple(spans.into_iter().map(Value::Int).collect())
}

fn engine_error(msg: String) -> PyErr {
    PyErr::new(crate::object::ExcKind::RuntimeError, msg)
}
