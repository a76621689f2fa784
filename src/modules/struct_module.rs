//! `_struct`: the native half of `struct` (`pack`, `unpack`, `calcsize`, `iter_unpack`,
//! `pack_into`, `unpack_from`, the `Struct` class and `struct.error`), with CPython's
//! argument handling and messages; `stdlib/struct.py` re-exports it.

use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

use super::struct_buffer;
use super::struct_format::{parse, Format};
use super::struct_pack::{pack, to_pyerr, unpack, PackErr};
use super::new_module;
use crate::builtins::{arg, def_fn, def_getter, def_method, def_new, int_arg};
use crate::object::class::Layout;
use crate::object::{Args, Class, ExcKind, NativeObject, NativeRc, NativeRef, PyDict, PyErr, PyResult, Value};
use crate::vm::types::new_class_with;
use crate::vm::Vm;

pub struct StructObj {
    fmt: Format,
    format: String,
    class: Rc<Class>,
}

impl NativeObject for StructObj {
    fn class(&self) -> Rc<Class> {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = new_module("_struct");
    let ns = Rc::new(RefCell::new(PyDict::new()));
    ns.borrow_mut().set_str("__module__", Value::str("struct"));
    let exc = vm.exc_class(ExcKind::Exception);
    let error = crate::builtins::class_builder::make_class(vm, "error", vec![exc], &ns, None)?;
    let cls = new_class_with("Struct", &[vm.types.object.clone()], Layout::Builtin, None)?;
    // CPython's C type name, which error messages show.
    *cls.tp_name.borrow_mut() = Some(std::rc::Rc::from("_struct.Struct"));
    cls.dict.borrow_mut().set_str("__module__", Value::str("_struct"));
    def_new(&cls, struct_new);
    def_method(&cls, "pack", s_pack);
    def_method(&cls, "unpack", s_unpack);
    def_method(&cls, "unpack_from", s_unpack_from);
    def_method(&cls, "pack_into", s_pack_into);
    def_method(&cls, "iter_unpack", s_iter_unpack);
    def_getter(&cls, "size", s_size);
    def_getter(&cls, "format", s_format);
    let mut dd = d.borrow_mut();
    dd.set_str("error", Value::Class(error));
    dd.set_str("Struct", Value::Class(cls));
    def_fn(&mut dd, "pack", pack_fn);
    def_fn(&mut dd, "unpack", unpack_fn);
    def_fn(&mut dd, "unpack_from", unpack_from_fn);
    def_fn(&mut dd, "pack_into", pack_into_fn);
    def_fn(&mut dd, "iter_unpack", iter_unpack_fn);
    def_fn(&mut dd, "calcsize", calcsize_fn);
    def_fn(&mut dd, "_clearcache", clearcache_fn);
    Ok(m)
}

/// `struct.error`, looked up in the loaded `_struct` module.
fn error_class(vm: &Vm) -> Option<Rc<Class>> {
    let module = vm.modules.borrow().get_str("_struct");
    let Some(Value::Module(m)) = module else { return None };
    let v = m.dict.borrow().get_str("error");
    match v {
        Some(Value::Class(c)) => Some(c),
        _ => None,
    }
}

fn struct_error(vm: &mut Vm, msg: impl Into<String>) -> PyErr {
    let cls = error_class(vm);
    to_pyerr(vm, PackErr::Struct(msg.into()), &cls)
}

fn pack_err(vm: &mut Vm, e: PackErr) -> PyErr {
    let cls = error_class(vm);
    to_pyerr(vm, e, &cls)
}

/// Parse a format given as str or bytes (CPython's `Struct()` argument conversion).
fn format_of(vm: &mut Vm, v: &Value) -> PyResult<(Format, String)> {
    let text = match v {
        Value::Str(s) => s.as_str().to_string(),
        Value::Bytes(b) => String::from_utf8_lossy(b).into_owned(),
        other => {
            return Err(PyErr::type_error(format!("Struct() argument 1 must be a str or bytes object, not {}", vm.type_name(other))))
        }
    };
    match parse(text.as_bytes()) {
        Ok(f) => Ok((f, text)),
        Err(msg) => Err(struct_error(vm, msg)),
    }
}

/// A readable buffer argument, with CPython's TypeError for anything else.
fn read_buffer(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    match struct_buffer::read(vm, v)? {
        Some(b) => Ok(b),
        None => Err(PyErr::type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(v)))),
    }
}

fn do_pack(vm: &mut Vm, f: &Format, values: &[Value], what: &str) -> PyResult<Vec<u8>> {
    if values.len() != f.nargs {
        return Err(struct_error(vm, format!("{what} expected {} items for packing (got {})", f.nargs, values.len())));
    }
    let mut out = vec![0u8; f.size];
    pack(vm, f, values, &mut out).map_err(|e| pack_err(vm, e))?;
    Ok(out)
}

fn do_unpack(vm: &mut Vm, f: &Format, buf: &Value) -> PyResult<Value> {
    let data = read_buffer(vm, buf)?;
    if data.len() != f.size {
        return Err(struct_error(vm, format!("unpack requires a buffer of {} bytes", f.size)));
    }
    Ok(Value::tuple(unpack(f, &data)))
}

/// Which of `unpack_from` / `pack_into` an offset is checked for (their messages differ).
#[derive(Clone, Copy)]
enum Access {
    Unpack,
    Pack,
}

/// CPython's offset rules for `unpack_from` and `pack_into`: a negative offset counts from the
/// end of the buffer, and `size` bytes must fit from the offset on. The start index.
fn resolve_offset(vm: &mut Vm, off: i64, size: usize, len: usize, access: Access) -> PyResult<usize> {
    let (mut off, size, len) = (off, size as i64, len as i64);
    if off < 0 {
        if off + size > 0 {
            let msg = match access {
                Access::Unpack => format!("not enough data to unpack {size} bytes at offset {off}"),
                Access::Pack => format!("no space to pack {size} bytes at offset {off}"),
            };
            return Err(struct_error(vm, msg));
        }
        if off + len < 0 {
            return Err(struct_error(vm, format!("offset {off} out of range for {len}-byte buffer")));
        }
        off += len;
    }
    if len - off < size {
        let (func, verb) = match access {
            Access::Unpack => ("unpack_from", "unpacking"),
            Access::Pack => ("pack_into", "packing"),
        };
        return Err(struct_error(
            vm,
            format!("{func} requires a buffer of at least {} bytes for {verb} {size} bytes at offset {off} (actual buffer size is {len})", size + off),
        ));
    }
    Ok(off as usize)
}

/// `unpack_from(buffer, offset=0)` with CPython's offset checks.
fn do_unpack_from(vm: &mut Vm, f: &Format, buf: &Value, offset: &Value) -> PyResult<Value> {
    let data = read_buffer(vm, buf)?;
    let off = if matches!(offset, Value::None) { 0 } else { int_arg(vm, offset, "")? };
    let start = resolve_offset(vm, off, f.size, data.len(), Access::Unpack)?;
    Ok(Value::tuple(unpack(f, &data[start..start + f.size])))
}

/// `pack_into(buffer, offset, *values)` with CPython's checks (buffer and offset first).
fn do_pack_into(vm: &mut Vm, f: &Format, rest: &[Value]) -> PyResult<Value> {
    let Some(buf) = rest.first() else {
        return Err(struct_error(vm, "pack_into expected buffer argument"));
    };
    let Some(offset) = rest.get(1) else {
        return Err(struct_error(vm, "pack_into expected offset argument"));
    };
    let values = &rest[2..];
    if values.len() != f.nargs {
        return Err(struct_error(vm, format!("pack_into expected {} items for packing (got {})", f.nargs, values.len())));
    }
    let Some(len) = struct_buffer::writable_len(vm, buf)? else {
        return Err(PyErr::type_error(format!("argument must be read-write bytes-like object, not {}", vm.type_name(buf))));
    };
    let off = int_arg(vm, offset, "")?;
    let start = resolve_offset(vm, off, f.size, len, Access::Pack)?;
    let mut out = vec![0u8; f.size];
    pack(vm, f, values, &mut out).map_err(|e| pack_err(vm, e))?;
    struct_buffer::write_at(vm, buf, start, &out)?;
    Ok(Value::None)
}

fn do_iter_unpack(vm: &mut Vm, f: &Format, buf: &Value) -> PyResult<Value> {
    if f.size == 0 {
        return Err(struct_error(vm, "cannot iteratively unpack with a struct of length 0"));
    }
    let data = read_buffer(vm, buf)?;
    if data.len() % f.size != 0 {
        return Err(struct_error(vm, format!("iterative unpacking requires a buffer of a multiple of {} bytes", f.size)));
    }
    let items: Vec<Value> = data.chunks(f.size).map(|c| Value::tuple(unpack(f, c))).collect();
    vm.call_method(&Value::list(items), "__iter__", vec![])
}

/// Split `(format, *rest)` for the module-level functions.
fn fmt_and_rest<'a>(vm: &mut Vm, name: &str, args: &'a Args) -> PyResult<(Format, &'a [Value])> {
    let Some(first) = args.pos.first() else {
        return Err(PyErr::type_error(format!("{name}() missing required argument 'format' (pos 1)")));
    };
    let (f, _) = format_of(vm, first)?;
    Ok((f, &args.pos[1..]))
}

fn exact_args(name: &str, args: &Args, n: usize) -> PyResult<()> {
    if args.pos.len() != n {
        return Err(PyErr::type_error(format!("{name} expected {n} arguments, got {}", args.pos.len())));
    }
    Ok(())
}

fn pack_fn(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.is_empty() {
        return Err(PyErr::type_error("pack expected at least 1 argument, got 0"));
    }
    let (f, rest) = fmt_and_rest(vm, "pack", &args)?;
    Ok(Value::Bytes(do_pack(vm, &f, rest, "pack")?.into()))
}

fn unpack_fn(vm: &mut Vm, args: Args) -> PyResult<Value> {
    exact_args("unpack", &args, 2)?;
    let (f, rest) = fmt_and_rest(vm, "unpack", &args)?;
    do_unpack(vm, &f, &rest[0])
}

/// `unpack_from(format, /, buffer, offset=0)`.
fn unpack_from_fn(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (f, rest) = fmt_and_rest(vm, "unpack_from", &args)?;
    let (buf, offset) = from_args(&args, rest, "unpack_from")?;
    do_unpack_from(vm, &f, &buf, &offset)
}

/// The `buffer` and `offset` of unpack_from, positional or by keyword.
fn from_args(args: &Args, rest: &[Value], name: &str) -> PyResult<(Value, Value)> {
    let mut buf = rest.first().cloned();
    let mut offset = rest.get(1).cloned();
    for (k, v) in args.kw {
        match &**k {
            "buffer" if buf.is_none() => buf = Some(v.clone()),
            "offset" if offset.is_none() => offset = Some(v.clone()),
            _ => return Err(PyErr::type_error(format!("'{k}' is an invalid keyword argument for {name}()"))),
        }
    }
    match buf {
        Some(b) => Ok((b, offset.unwrap_or(Value::Int(0)))),
        None => Err(PyErr::type_error(format!("{name}() missing required argument 'buffer' (pos 2)"))),
    }
}

fn pack_into_fn(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (f, rest) = fmt_and_rest(vm, "pack_into", &args)?;
    do_pack_into(vm, &f, rest)
}

fn iter_unpack_fn(vm: &mut Vm, args: Args) -> PyResult<Value> {
    exact_args("iter_unpack", &args, 2)?;
    let (f, rest) = fmt_and_rest(vm, "iter_unpack", &args)?;
    do_iter_unpack(vm, &f, &rest[0])
}

fn calcsize_fn(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() != 1 {
        return Err(PyErr::type_error(format!("calcsize() takes exactly one argument ({} given)", args.pos.len())));
    }
    let (f, _) = format_of(vm, &args.pos[0])?;
    Ok(Value::Int(f.size as i64))
}

fn clearcache_fn(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn struct_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Value::Class(cls) = arg(&args, 0) else {
        return Err(PyErr::type_error("Struct.__new__(X): X is not a type object"));
    };
    let fmt_v = match (args.pos.get(1), args.kw.iter().find(|(k, _)| &**k == "format")) {
        (Some(v), _) | (None, Some((_, v))) => v.clone(),
        (None, None) => return Err(PyErr::type_error("Struct() missing required argument 'format' (pos 1)")),
    };
    let (fmt, format) = format_of(vm, &fmt_v)?;
    Ok(Value::Native(NativeRef::new(StructObj { fmt, format, class: cls })))
}

/// The Struct behind `v` (instances of the native class go through `native_value`).
fn this(vm: &Vm, v: &Value) -> PyResult<NativeRc<StructObj>> {
    let inner = match super::native_value(v) {
        Value::Native(n) => n.downcast_rc::<StructObj>(),
        _ => None,
    };
    inner.ok_or_else(|| PyErr::type_error(format!("descriptor requires a '_struct.Struct' object but received a '{}'", vm.type_name(v))))
}
fn s_pack(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let sv = arg(&args, 0);
    let s = this(vm, &sv)?;
    Ok(Value::Bytes(do_pack(vm, &s.fmt, &args.pos[1..], "pack")?.into()))
}

fn s_unpack(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let sv = arg(&args, 0);
    let s = this(vm, &sv)?;
    if args.pos.len() != 2 {
        return Err(PyErr::type_error(format!("Struct.unpack() takes exactly one argument ({} given)", args.pos.len().saturating_sub(1))));
    }
    do_unpack(vm, &s.fmt, &args.pos[1])
}

fn s_unpack_from(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let sv = arg(&args, 0);
    let s = this(vm, &sv)?;
    let (buf, offset) = from_args(&args, &args.pos[1..], "unpack_from")?;
    do_unpack_from(vm, &s.fmt, &buf, &offset)
}

fn s_pack_into(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let sv = arg(&args, 0);
    let s = this(vm, &sv)?;
    do_pack_into(vm, &s.fmt, &args.pos[1..])
}

fn s_iter_unpack(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let sv = arg(&args, 0);
    let s = this(vm, &sv)?;
    do_iter_unpack(vm, &s.fmt, &arg(&args, 1))
}

fn s_size(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(this(vm, &arg(&args, 0))?.fmt.size as i64))
}

fn s_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::string(this(vm, &arg(&args, 0))?.format.clone()))
}
