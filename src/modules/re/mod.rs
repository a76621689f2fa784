//! `_re`: the native half of `re`. `compile` translates a Python pattern (checking it with
//! CPython's error messages) and compiles it on fancy-regex; `find` runs one search and
//! returns the group spans in code points. `stdlib/re/` builds Pattern, Match, `sub`,
//! `split`, `findall`... on these two functions.

mod engine;
mod escapes;
mod lookbehind;
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
    let _ = vm;
    let mut d = d.borrow_mut();
    def_fn(&mut d, "compile", compile);
    def_fn(&mut d, "find", find);
    def_fn(&mut d, "find_all", find_all);
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
    let t = match translate::translate(&chars, flags, bytes) {
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
        Err(msg) => return Ok(error_tuple(engine_message(&msg), None)),
    };
    // An internal handle: only `stdlib/re` sees it, so plain `object` is its class.
    let class = vm.types.object.clone();
    let code = Value::Native(crate::object::NativeRef::new(CompiledObj { compiled, class }));
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
        _ => Mode::SearchAdvance,
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
    let text = arg(args, 1);
    let owned;
    let hay = match &text {
        Value::Str(s) => Haystack::Str(s.as_str(), s.is_ascii(), s.char_len()),
        Value::Bytes(b) => Haystack::Bytes(b),
        Value::ByteArray(b) => {
            owned = b.borrow().clone();
            Haystack::Bytes(&owned)
        }
        _ => return Err(PyErr::type_error("expected string or bytes-like object")),
    };
    run(&obj.compiled, &hay, pos, endpos)
}

fn spans_tuple(spans: Vec<i64>) -> Value {
    Value::tuple(spans.into_iter().map(Value::Int).collect())
}

fn engine_error(msg: String) -> PyErr {
    PyErr::new(crate::object::ExcKind::RuntimeError, msg)
}
