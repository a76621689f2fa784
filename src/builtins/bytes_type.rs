//! The methods of `bytes` and `bytearray` (wrapping `text::bytes_methods` and `text::codecs`),
//! bytearray's mutators, and the `bytes(...)`/`bytearray(...)` constructors.

use crate::object::BoolWord;
use std::cell::RefCell;
use std::rc::Rc;

use super::str_type::{codec_args, codec_error, int_opt, slice_bound};
use super::{check_count, def_method, def_new};
use crate::object::{Args, PyErr, PyResult, Value};
use crate::text::bytes_methods as bm;
use crate::vm::Vm;

pub fn install(vm: &mut Vm) {
    let (b, ba) = (vm.types.bytes.clone(), vm.types.bytearray.clone());
    let shared: &[(&str, crate::object::NativeFn)] = &[
        ("decode", decode),
        ("hex", hex),
        ("split", split),
        ("rsplit", rsplit),
        ("strip", strip),
        ("lstrip", lstrip),
        ("rstrip", rstrip),
        ("join", join),
        ("replace", replace),
        ("find", find),
        ("rfind", rfind),
        ("index", index),
        ("count", count),
        ("startswith", startswith),
        ("endswith", endswith),
        ("upper", upper),
        ("lower", lower),
        ("swapcase", swapcase),
        ("title", title),
        ("capitalize", capitalize),
        ("isdigit", isdigit),
        ("isalpha", isalpha),
        ("isalnum", isalnum),
        ("isspace", isspace),
        ("isupper", isupper),
        ("islower", islower),
        ("__len__", dunder_len),
        ("partition", partition),
        ("rpartition", rpartition),
    ];
    for (name, f) in shared {
        def_method(&b, name, *f);
        def_method(&ba, name, *f);
    }
    super::def_classmethod(&b, "fromhex", |vm, args| fromhex(vm, args, "bytes.fromhex"));
    super::def_classmethod(&ba, "fromhex", |vm, args| fromhex(vm, args, "bytearray.fromhex"));
    def_method(&ba, "append", append);
    def_method(&ba, "extend", extend);
    def_method(&ba, "pop", pop);
    def_method(&ba, "clear", clear);
    def_method(&ba, "insert", insert);
    def_method(&ba, "remove", remove);
    def_method(&ba, "reverse", reverse);
    def_method(&ba, "copy", copy);
    def_new(&b, bytes_new);
    def_new(&ba, bytearray_new);
    super::bytes_more::install(&b, &ba);
}

/// The bytes behind `self` and whether it is a bytearray.
pub(super) fn self_bytes(vm: &Vm, v: &Value) -> PyResult<(Vec<u8>, bool)> {
    let base = match v {
        Value::Bytes(_) | Value::ByteArray(_) => Some(v.clone()),
        _ => vm.builtin_base(v),
    };
    match base {
        Some(Value::Bytes(b)) => Ok((b.to_vec(), false)),
        Some(Value::ByteArray(b)) => Ok((b.borrow().clone(), true)),
        _ => Err(PyErr::type_error(format!("descriptor requires a 'bytes' object but received a '{}'", vm.type_name(v)))),
    }
}

/// A bytes-like argument.
pub(super) fn buf_arg(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    match v {
        Value::Bytes(b) => Ok(b.to_vec()),
        Value::ByteArray(b) => Ok(b.borrow().clone()),
        _ => match crate::modules::struct_buffer::memoryview_bytes(vm, v) {
            Some(bytes) => bytes,
            None => Err(PyErr::type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(v)))),
        },
    }
}

pub(super) fn wrap(data: Vec<u8>, bytearray: bool) -> Value {
    if bytearray {
        Value::ByteArray(Rc::new(RefCell::new(data)))
    } else {
        Value::Bytes(crate::object::RcSlice::from(data))
    }
}

fn decode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.allow_kw("decode()", &["encoding", "errors"])?;
    let (b, _) = self_bytes(vm, &args.pos[0])?;
    let (enc, errors) = codec_args(vm, &args, "decode")?;
    match crate::text::codecs::decode(&b, &enc, &errors) {
        Ok(s) => Ok(Value::string(s)),
        Err(e) => match super::str_type::python_fallback(vm, &e, false, args.pos[0].clone(), &enc, &errors) {
            Some(r) => r,
            None => Err(super::str_type::codec_error_for(e, args.pos[0].clone())),
        },
    }
}

fn hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.allow_kw("hex()", &["sep", "bytes_per_sep"])?;
    let (b, _) = self_bytes(vm, &args.pos[0])?;
    // Argument Clinic converts bytes_per_sep before the body looks at sep.
    let per = int_opt(vm, args.arg(2, "bytes_per_sep"), 1)?;
    let sep = match args.arg(1, "sep") {
        None => None,
        Some(v) => {
            // matches CPython's _Py_strhex_impl: the length is taken first, then the type.
            let v = v.clone();
            if vm.len(&v)? != 1 {
                return Err(PyErr::value_error("sep must be length 1."));
            }
            let s = match &v {
                Value::Str(s) => s.as_str().to_string(),
                Value::Bytes(_) | Value::ByteArray(_) => String::from_utf8_lossy(&buf_arg(vm, &v)?).into_owned(),
                _ => return Err(PyErr::type_error("sep must be str or bytes.")),
            };
            Some(bm::check_hex_sep(&s)?)
        }
    };
    Ok(Value::string(bm::hex(&b, sep, per)))
}

fn fromhex(vm: &mut Vm, args: Args, qual: &str) -> PyResult<Value> {
    super::no_kwargs(qual, &args)?;
    super::check_method_count("fromhex", qual, &args, 1, 1)?;
    let s = super::str_type::str_arg(vm, &args.pos[1], "fromhex() argument ")?;
    let data = bm::fromhex(s.as_str())?;
    match &args.pos[0] {
        Value::Class(c) if Rc::ptr_eq(c, &vm.types.bytes) => Ok(wrap(data, false)),
        Value::Class(c) if Rc::ptr_eq(c, &vm.types.bytearray) => Ok(wrap(data, true)),
        cls => vm.call(&cls.clone(), vec![wrap(data, false)]),
    }
}

fn sep_opt(vm: &Vm, v: Option<&Value>) -> PyResult<Option<Vec<u8>>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => buf_arg(vm, v).map(Some),
    }
}

fn split_common(vm: &mut Vm, args: Args, right: bool) -> PyResult<Value> {
    args.allow_kw(if right { "rsplit()" } else { "split()" }, &["sep", "maxsplit"])?;
    let (b, ba) = self_bytes(vm, &args.pos[0])?;
    // Argument Clinic converts maxsplit before the body checks sep.
    let max = int_opt(vm, args.arg(2, "maxsplit"), -1)?;
    let sep = sep_opt(vm, args.arg(1, "sep"))?;
    let parts = if right { bm::rsplit(&b, sep.as_deref(), max)? } else { bm::split(&b, sep.as_deref(), max)? };
    Ok(Value::list(parts.into_iter().map(|p| wrap(p, ba)).collect()))
}

/// `b.partition(sep)` / `b.rpartition(sep)`: (head, sep, tail), with CPython's empty-separator error.
fn partition_common(vm: &mut Vm, args: Args, right: bool) -> PyResult<Value> {
    check_count(if right { "rpartition" } else { "partition" }, &args, 2, 2)?;
    let (b, ba) = self_bytes(vm, &args.pos[0])?;
    let sep = buf_arg(vm, &args.pos[1])?;
    if sep.is_empty() {
        return Err(PyErr::value_error("empty separator"));
    }
    let found = if right {
        b.windows(sep.len()).rposition(|w| w == &sep[..])
    } else {
        b.windows(sep.len()).position(|w| w == &sep[..])
    };
    let parts = match found {
        Some(i) => (b[..i].to_vec(), sep.clone(), b[i + sep.len()..].to_vec()),
        None if right => (Vec::new(), Vec::new(), b.to_vec()),
        None => (b.to_vec(), Vec::new(), Vec::new()),
    };
    Ok(Value::tuple(vec![wrap(parts.0, ba), wrap(parts.1, ba), wrap(parts.2, ba)]))
}

fn partition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_common(vm, args, false)
}

fn rpartition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_common(vm, args, true)
}

fn split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    split_common(vm, args, false)
}

fn rsplit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    split_common(vm, args, true)
}

fn strip_common(vm: &mut Vm, args: Args, f: for<'a> fn(&'a [u8], Option<&[u8]>) -> &'a [u8]) -> PyResult<Value> {
    let (b, ba) = self_bytes(vm, &args.pos[0])?;
    let chars = sep_opt(vm, args.pos.get(1))?;
    Ok(wrap(f(&b, chars.as_deref()).to_vec(), ba))
}

fn strip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_common(vm, args, bm::strip)
}

fn lstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_common(vm, args, bm::lstrip)
}

fn rstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_common(vm, args, bm::rstrip)
}

fn join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_count("join", &args, 2, 2)?;
    let (sep, ba) = self_bytes(vm, &args.pos[0])?;
    let mut out = Vec::new();
    // matches CPython's stringlib join: PySequence_Fast's "can only join an iterable".
    let items = vm.collect_iterable_or(&args.pos[1], || "can only join an iterable".into())?;
    for (i, item) in items.iter().enumerate() {
        let part = buf_arg(vm, item).map_err(|_| {
            PyErr::type_error(format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                vm.type_name(item)
            ))
        })?;
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend(part);
    }
    Ok(wrap(out, ba))
}

fn replace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_count("replace", &args, 3, 4)?;
    let (b, ba) = self_bytes(vm, &args.pos[0])?;
    let (old, new) = (buf_arg(vm, &args.pos[1])?, buf_arg(vm, &args.pos[2])?);
    let n = int_opt(vm, args.pos.get(3), -1)?;
    Ok(wrap(bm::replace(&b, &old, &new, n)?, ba))
}

pub(super) type Search = (Vec<u8>, Vec<u8>, Option<i64>, Option<i64>);

pub(super) fn search_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Search> {
    check_count(name, args, 2, 4)?;
    let (b, _) = self_bytes(vm, &args.pos[0])?;
    // PyArg_ParseTuple converts the slice bounds before the sub-sequence is looked at.
    let (start, end) = (slice_bound(vm, args.pos.get(2))?, slice_bound(vm, args.pos.get(3))?);
    let sub = match &args.pos[1] {
        Value::Int(i) if (0..256).contains(i) => vec![*i as u8],
        Value::Int(_) | Value::BigInt(_) => return Err(PyErr::value_error("byte must be in range(0, 256)")),
        Value::Bool(b) => vec![b.get() as u8],
        other => buf_arg(vm, other).map_err(|_| {
            PyErr::type_error(format!(
                "argument should be integer or bytes-like object, not '{}'",
                vm.type_name(other)
            ))
        })?,
    };
    Ok((b, sub, start, end))
}

fn find(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, s, x, y) = search_args(vm, &args, "find")?;
    Ok(Value::Int(bm::find(&b, &s, x, y)))
}

fn rfind(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, s, x, y) = search_args(vm, &args, "rfind")?;
    Ok(Value::Int(bm::rfind(&b, &s, x, y)))
}

fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, s, x, y) = search_args(vm, &args, "index")?;
    Ok(Value::Int(bm::index(&b, &s, x, y)?))
}

fn count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, s, x, y) = search_args(vm, &args, "count")?;
    Ok(Value::Int(bm::count(&b, &s, x, y)))
}

fn affix(vm: &mut Vm, args: Args, name: &str, f: fn(&[u8], &[u8], Option<i64>, Option<i64>) -> bool) -> PyResult<Value> {
    check_count(name, &args, 2, 4)?;
    let (b, _) = self_bytes(vm, &args.pos[0])?;
    let (x, y) = (slice_bound(vm, args.pos.get(2))?, slice_bound(vm, args.pos.get(3))?);
    let (candidates, in_tuple) = match &args.pos[1] {
        Value::Tuple(t) => (t.to_vec(), true),
        other => (vec![other.clone()], false),
    };
    for c in &candidates {
        // matches CPython: a tuple's items go through the buffer protocol's own message.
        let p = buf_arg(vm, c).map_err(|e| {
            if in_tuple {
                return e;
            }
            PyErr::type_error(format!(
                "{name} first arg must be bytes or a tuple of bytes, not {}",
                vm.type_name(c)
            ))
        })?;
        if f(&b, &p, x, y) {
            return Ok(Value::Bool(BoolWord::TRUE));
        }
    }
    Ok(Value::Bool(BoolWord::FALSE))
}

fn startswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix(vm, args, "startswith", bm::startswith)
}

fn endswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix(vm, args, "endswith", bm::endswith)
}

macro_rules! unary {
    ($($name:ident => $f:expr;)*) => {$(
        fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
            let (b, ba) = self_bytes(vm, &args.pos[0])?;
            Ok(wrap($f(&b), ba))
        }
    )*};
}

unary! {
    upper => bm::upper;
    lower => bm::lower;
    swapcase => bm::swapcase;
    title => bm::title;
    capitalize => bm::capitalize;
}

macro_rules! predicate {
    ($($name:ident => $f:expr;)*) => {$(
        fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
            let (b, _) = self_bytes(vm, &args.pos[0])?;
            Ok(Value::bool($f(&b)))
        }
    )*};
}

predicate! {
    isdigit => bm::isdigit;
    isalpha => bm::isalpha;
    isalnum => bm::isalnum;
    isspace => bm::isspace;
    isupper => bm::isupper;
    islower => bm::islower;
}

fn dunder_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(self_bytes(vm, &args.pos[0])?.0.len() as i64))
}

fn bytearray_cell(v: &Value) -> PyResult<&Rc<RefCell<Vec<u8>>>> {
    match v {
        Value::ByteArray(b) => Ok(b),
        _ => Err(PyErr::type_error("descriptor requires a 'bytearray' object")),
    }
}

fn byte_value(vm: &mut Vm, v: &Value) -> PyResult<u8> {
    let i = super::int_arg(vm, v, "")?;
    u8::try_from(i).map_err(|_| PyErr::value_error("byte must be in range(0, 256)"))
}

fn append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_count("append", &args, 2, 2)?;
    let b = byte_value(vm, &args.pos[1])?;
    bytearray_cell(&args.pos[0])?.borrow_mut().push(b);
    Ok(Value::None)
}

fn extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_count("extend", &args, 2, 2)?;
    // matches CPython's bytearray_extend: a buffer, else any iterable of ints (a str's items
    // are then rejected one by one); a non-iterable "can't extend bytearray with int".
    let src = &args.pos[1];
    let data = match buf_arg(vm, src) {
        Ok(b) => b,
        Err(_) => {
            let it = vm.get_iter(src).map_err(|e| {
                if vm.err_matches(&e, crate::object::ExcKind::TypeError) {
                    PyErr::type_error(format!("can't extend bytearray with {}", vm.type_name(src)))
                } else {
                    e
                }
            })?;
            iterable_bytes(vm, &it, "byte")?
        }
    };
    bytearray_cell(&args.pos[0])?.borrow_mut().extend(data);
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_count("pop", &args, 1, 2)?;
    let cell = bytearray_cell(&args.pos[0])?.clone();
    // The index is converted first, as Argument Clinic does.
    let i = int_opt(vm, args.pos.get(1), -1)?;
    let len = cell.borrow().len() as i64;
    if len == 0 {
        return Err(PyErr::index_error("pop from empty bytearray"));
    }
    let j = if i < 0 { i + len } else { i };
    if j < 0 || j >= len {
        return Err(PyErr::index_error("pop index out of range"));
    }
    let b = cell.borrow_mut().remove(j as usize);
    Ok(Value::Int(b as i64))
}

/// `bytearray.insert(index, item)`: the index clamps like `list.insert`.
fn insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() != 3 {
        return Err(PyErr::type_error(format!("insert expected 2 arguments, got {}", args.pos.len().saturating_sub(1))));
    }
    let cell = bytearray_cell(&args.pos[0])?.clone();
    let i = super::ssize_arg(vm, &args.pos[1])?;
    let b = byte_value(vm, &args.pos[2])?;
    let len = cell.borrow().len() as i64;
    let at = if i < 0 { (i + len).max(0) } else { i.min(len) };
    cell.borrow_mut().insert(at as usize, b);
    Ok(Value::None)
}

fn remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_count("remove", &args, 2, 2)?;
    let cell = bytearray_cell(&args.pos[0])?.clone();
    let b = byte_value(vm, &args.pos[1])?;
    let at = cell.borrow().iter().position(|&x| x == b);
    match at {
        Some(i) => {
            cell.borrow_mut().remove(i);
            Ok(Value::None)
        }
        None => Err(PyErr::value_error("value not found in bytearray")),
    }
}

fn reverse(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_count("reverse", &args, 1, 1)?;
    bytearray_cell(&args.pos[0])?.borrow_mut().reverse();
    Ok(Value::None)
}

fn copy(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_count("copy", &args, 1, 1)?;
    let data = bytearray_cell(&args.pos[0])?.borrow().clone();
    Ok(Value::ByteArray(Rc::new(RefCell::new(data))))
}

fn clear(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    bytearray_cell(&args.pos[0])?.borrow_mut().clear();
    Ok(Value::None)
}

/// Bytes from a bytes-like object or an iterable of ints in range(256).
/// `what` names the item in the range error: bytes() says "bytes must be in range(0, 256)",
/// bytearray's constructor and extend() "byte must be ..." (as CPython's messages differ).
fn iterable_bytes(vm: &mut Vm, v: &Value, what: &str) -> PyResult<Vec<u8>> {
    if let Ok(b) = buf_arg(vm, v) {
        return Ok(b);
    }
    if let Value::Str(_) = v {
        return Err(PyErr::type_error("expected iterable of integers; got: 'str'"));
    }
    let mut out = Vec::new();
    for item in vm.collect_iterable(v)? {
        let i = vm.index_value(&item)?.ok_or_else(|| {
            PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(&item)))
        })?;
        out.push(u8::try_from(i).map_err(|_| PyErr::value_error(format!("{what} must be in range(0, 256)")))?);
    }
    Ok(out)
}

/// The contents for `bytes(x, encoding, errors)` / `bytearray(...)`.
fn construct(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Vec<u8>> {
    // Argument Clinic: counts, then the encoding/errors types, before the source is looked at.
    let own = Args { pos: args.pos.get(1..).unwrap_or(&[]), kw: args.kw };
    super::clinic(name, &own, &["source", "encoding", "errors"], 0, 0, 3)?;
    for (i, key) in [(2, "encoding"), (3, "errors")] {
        if let Some(v) = args.arg(i, key) {
            if super::str_type::as_str(vm, v).is_none() {
                let found = super::arg_type_name(vm, v);
                return Err(PyErr::type_error(format!("{name}() argument '{key}' must be str, not {found}")));
            }
        }
    }
    let Some(src) = args.arg(1, "source").cloned() else { return Ok(Vec::new()) };
    let has_encoding = args.arg(2, "encoding").is_some() || args.kwarg("errors").is_some();
    if let Value::Str(s) = &src {
        if !has_encoding {
            return Err(PyErr::type_error("string argument without an encoding"));
        }
        let shifted: Vec<Value> = args.pos[1..].to_vec();
        let a = Args { pos: &shifted, kw: args.kw };
        let (enc, errors) = codec_args(vm, &a, "encode")?;
        return match crate::text::codecs::encode(s.as_str(), &enc, &errors) {
            Err(e) => match super::str_type::python_fallback(vm, &e, true, src.clone(), &enc, &errors) {
                Some(r) => match r? {
                    Value::Bytes(b) => Ok(b.to_vec()),
                    _ => Err(PyErr::type_error("encoder did not return a bytes object")),
                },
                None => Err(codec_error(e)),
            },
            Ok(b) => Ok(b),
        };
    }
    if has_encoding {
        return Err(PyErr::type_error(if matches!(src, Value::Int(_)) {
            "encoding without a string argument".to_string()
        } else {
            "encoding without a string argument".to_string()
        }));
    }
    if let Value::Int(n) = src {
        return zeroed(n);
    }
    if let Value::BigInt(_) = &src {
        // matches CPython: a count beyond Py_ssize_t, either way, is an OverflowError.
        return Err(PyErr::new(crate::object::ExcKind::OverflowError, "cannot fit 'int' into an index-sized integer"));
    }
    let _ = name;
    // matches CPython: only bytes() (not bytearray()) uses `__bytes__`, which must return bytes.
    if name == "bytes" {
        if let Some(m) = vm.lookup_special(&src, "__bytes__") {
            let r = vm.call_bound_special(&m, &src, vec![])?;
            return match (&r, vm.builtin_base(&r).as_ref()) {
                (Value::Bytes(b), _) | (_, Some(Value::Bytes(b))) => Ok(b.to_vec()),
                _ => Err(PyErr::type_error(format!("__bytes__ returned non-bytes (type {})", vm.type_name(&r)))),
            };
        }
    }
    // A memoryview gives its bytes (the buffer protocol), not its items.
    if let Some(bytes) = crate::modules::struct_buffer::memoryview_bytes(vm, &src) {
        return bytes;
    }
    if let Some(i) = vm.index_value(&src)? {
        return zeroed(i);
    }
    if vm.get_iter(&src).is_err() && buf_arg(vm, &src).is_err() {
        return Err(PyErr::type_error(format!("cannot convert '{}' object to {name}", vm.type_name(&src))));
    }
    iterable_bytes(vm, &src, if name == "bytes" { "bytes" } else { "byte" })
}

fn bytes_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::object_type::check_new_target(vm, &args, &vm.types.bytes.clone(), bytes_new)?;
    // `bytes(b)` of an exact bytes object is that object (CPython returns it unchanged); a
    // bytearray is copied as is. Streams call `bytes(data)` on every write.
    if args.kw.is_empty() && args.pos.len() == 2 {
        match &args.pos[1] {
            Value::Bytes(b) => return Ok(Value::Bytes(b.clone())),
            Value::ByteArray(b) => return Ok(wrap(b.borrow().clone(), false)),
            _ => {}
        }
    }
    Ok(wrap(construct(vm, &args, "bytes")?, false))
}

fn bytearray_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::object_type::check_new_target(vm, &args, &vm.types.bytearray.clone(), bytearray_new)?;
    Ok(wrap(construct(vm, &args, "bytearray")?, true))
}

/// `bytes(n)`/`bytearray(n)`: `n` zero bytes, or MemoryError when they cannot be had (rather
/// than the allocation failure aborting the process).
fn zeroed(n: i64) -> PyResult<Vec<u8>> {
    if n < 0 {
        return Err(PyErr::value_error("negative count"));
    }
    if n == 0 {
        return Ok(Vec::new());
    }
    let n = n as usize;
    let layout = std::alloc::Layout::array::<u8>(n).map_err(|_| PyErr::new(crate::object::ExcKind::MemoryError, ""))?;
    // SAFETY: the layout's size is non-zero; a non-null result is `n` zeroed bytes from the
    // global allocator with alignment 1, exactly the buffer a `Vec<u8>` of capacity `n` owns.
    // (Zeroed allocation, like `vec![0; n]`, leaves a large buffer's pages untouched.)
    let ptr = unsafe { std::alloc::alloc_zeroed(layout) };
    if ptr.is_null() {
        return Err(PyErr::new(crate::object::ExcKind::MemoryError, ""));
    }
    // SAFETY: as above; length and capacity are both `n`, all initialised (zero).
    Ok(unsafe { Vec::from_raw_parts(ptr, n, n) })
}
