//! The unbuffered binary file of `open(path, "rb", buffering=0)`: CPython's `_io.FileIO`,
//! with its `readall()`, `closefd` and repr, plus `readinto()`, which the buffered binary
//! files share, `peek()`/`read1()` of the buffered readers, and the mode string binary
//! files report.

use super::{this, Mode};
use crate::builtins::{arg, def_getter, def_method};
use crate::object::{Args, Class, PyErr, PyResult, Value};
use crate::vm::Vm;
use std::rc::Rc;

/// `FileIO`'s own methods.
pub(super) fn add_fileio_methods(cls: &Rc<Class>) {
    def_method(cls, "readall", readall);
    def_getter(cls, "closefd", |_, a| Ok(Value::bool(this(&a)?.closefd)));
}

/// Methods of every binary file class.
pub(super) fn add_binary_methods(cls: &Rc<Class>) {
    def_method(cls, "readinto", readinto);
}

/// Methods of the buffered readers (BufferedReader, BufferedRandom; a BufferedWriter has
/// `read1` only, which refuses, as in CPython).
pub(super) fn add_buffered_read_methods(cls: &Rc<Class>, peekable: bool) {
    if peekable {
        def_method(cls, "peek", peek);
    }
    def_method(cls, "read1", read1);
}

/// CPython's messages for a closed buffered file name the operation ("peek of closed file").
fn check_open_for(f: &super::view::View<'_>, what: &str) -> PyResult<()> {
    if f.check_open().is_err() {
        return Err(PyErr::value_error(format!("{what} of closed file")));
    }
    Ok(())
}

/// The readable, open file of a buffered-read method, with pending writes flushed and at
/// least one byte buffered unless the file is at its end.
fn buffered_for_read<'a>(vm: &mut Vm, args: &'a Args, what: &str) -> PyResult<super::view::View<'a>> {
    let f = this(args)?;
    check_open_for(&f, if what == "peek" { "peek" } else { "read" })?;
    if !f.readable {
        return Err(super::unsupported(vm, what));
    }
    f.flush_buffer().map_err(|e| super::os_error(&e, None))?;
    f.fill_for(vm, 1)?;
    Ok(f)
}

/// `f.peek(size=0)`: the buffered bytes from the position on, not consumed; the file is
/// read only when nothing is buffered (b"" at its end), as CPython's BufferedReader.peek.
fn peek(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = buffered_for_read(vm, &args, "peek")?;
    let rest = f.rbuf.borrow()[f.rpos.get()..].to_vec();
    Ok(Value::Bytes(rest.into()))
}

/// `f.read1(size=-1)`: at most `size` bytes (all that is buffered for a negative or absent
/// size) with at most one read of the file.
fn read1(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let size = match arg(&args, 1) {
        Value::None => -1,
        v => crate::builtins::int_arg(vm, &v, "")?,
    };
    if size == 0 {
        check_open_for(&this(&args)?, "read")?;
        return Ok(Value::Bytes(Vec::new().into()));
    }
    let f = buffered_for_read(vm, &args, "read1")?;
    let start = f.rpos.get();
    let available = f.rbuf.borrow().len() - start;
    let n = if size < 0 { available } else { available.min(size as usize) };
    Ok(Value::Bytes(f.take(start + n).into()))
}

/// matches CPython: a binary file's `mode` is rebuilt from what it can do ("w+b" reads
/// back as "rb+"), where a text file keeps the string it was opened with.
pub(super) fn binary_mode_name(m: &Mode) -> &'static str {
    match (m.create_new, m.append, m.read, m.write) {
        (true, _, true, _) => "xb+",
        (true, _, false, _) => "xb",
        (_, true, true, _) => "ab+",
        (_, true, false, _) => "ab",
        (_, _, true, true) => "rb+",
        (_, _, true, false) => "rb",
        _ => "wb",
    }
}

/// `repr()` of a FileIO: its name, mode and closefd, or just "[closed]".
pub(super) fn fileio_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let f = this(args)?;
    if f.file.borrow().is_none() {
        return Ok(Value::str("<_io.FileIO [closed]>"));
    }
    let name = vm.repr(&f.name)?;
    let closefd = if f.closefd { "True" } else { "False" };
    Ok(Value::string(format!("<_io.FileIO name={name} mode='{}' closefd={closefd}>", f.mode)))
}

fn readall(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::read(vm, Args { pos: &args.pos[..1.min(args.pos.len())], kw: &[] })
}

/// `f.readinto(buffer)`: fills a bytearray from the file, returning how many bytes came.
fn readinto(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(&args)?;
    f.check_open()?;
    if !f.readable {
        return Err(super::unsupported(vm, "readinto"));
    }
    let target = arg(&args, 1);
    let Value::ByteArray(buf) = &target else {
        return Err(PyErr::type_error(format!(
            "readinto() argument must be read-write bytes-like object, not {}",
            vm.type_name(&target)
        )));
    };
    let want = buf.borrow().len();
    f.flush_buffer().map_err(|e| super::os_error(&e, None))?;
    f.fill_for(vm, want)?;
    let end = (f.rpos.get() + want).min(f.rbuf.borrow().len());
    let data = f.take(end);
    buf.borrow_mut()[..data.len()].copy_from_slice(&data);
    Ok(Value::Int(data.len() as i64))
}
