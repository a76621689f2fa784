//! The byte layers under the standard streams: `sys.stdout.buffer` / `sys.stderr.buffer`
//! (CPython's `BufferedWriter`, or a raw `FileIO` under `PYTHONUNBUFFERED`) and
//! `sys.stdin.buffer` (a `BufferedReader`), sharing the VM's output buffers and Rust's
//! buffered stdin with the text layers.

use crate::object::BoolWord;
use std::any::Any;
use std::io::{BufRead, Read};
use std::rc::Rc;

use crate::builtins::{arg, def_getter, def_method, int_arg};
use crate::object::class::Layout;
use crate::object::{Args, Class, NativeObject, PyErr, PyResult, Value};
use crate::vm::types::new_class_with;
use crate::vm::Vm;

pub struct OutBuffer {
    is_stderr: bool,
    class: Rc<Class>,
}

impl NativeObject for OutBuffer {
    fn class(&self) -> Rc<Class> {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

pub struct InBuffer {
    class: Rc<Class>,
}

impl NativeObject for InBuffer {
    fn class(&self) -> Rc<Class> {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

fn new_io_class(vm: &Vm, name: &str) -> PyResult<Rc<Class>> {
    let class = new_class_with(name, &[vm.types.object.clone()], Layout::Builtin, None)?;
    class.dict.borrow_mut().set_str("__module__", Value::str("_io"));
    Ok(class)
}

/// `(sys.stdout.buffer, sys.stderr.buffer)`.
pub fn out_buffers(vm: &mut Vm) -> PyResult<(Value, Value)> {
    let raw = vm.stdout.is_unbuffered();
    let class = new_io_class(vm, if raw { "FileIO" } else { "BufferedWriter" })?;
    def_method(&class, "write", write);
    def_method(&class, "writelines", writelines);
    def_method(&class, "flush", flush);
    def_method(&class, "fileno", |_, a| Ok(Value::Int(if out(&a)?.is_stderr { 2 } else { 1 })));
    def_method(&class, "isatty", |_, a| {
        use std::io::IsTerminal;
        Ok(Value::bool(if out(&a)?.is_stderr { std::io::stderr().is_terminal() } else { std::io::stdout().is_terminal() }))
    });
    def_method(&class, "writable", |_, _| Ok(Value::Bool(BoolWord::TRUE)));
    def_method(&class, "readable", |_, _| Ok(Value::Bool(BoolWord::FALSE)));
    def_method(&class, "seekable", |_, _| Ok(Value::Bool(BoolWord::FALSE)));
    // Closing the byte layer closes the stream under both layers, as closing CPython's
    // BufferedWriter closes file descriptor 1 or 2 for `sys.stdout` too (a TextIOWrapper
    // made over `sys.stdout.buffer` does it when it is collected).
    def_method(&class, "close", |vm, a| {
        let stream = if out(&a)?.is_stderr { &mut vm.stderr } else { &mut vm.stdout };
        stream.close();
        stream.check()?;
        Ok(Value::None)
    });
    def_getter(&class, "closed", |vm, a| Ok(Value::bool(if out(&a)?.is_stderr { vm.stderr.is_closed() } else { vm.stdout.is_closed() })));
    def_getter(&class, "mode", |_, _| Ok(Value::str("wb")));
    def_getter(&class, "name", |_, a| Ok(Value::str(if out(&a)?.is_stderr { "<stderr>" } else { "<stdout>" })));
    // matches CPython's reprs of the two classes.
    def_method(&class, "__repr__", |_, a| {
        let this = out(&a)?;
        let name = if this.is_stderr { "<stderr>" } else { "<stdout>" };
        Ok(Value::string(if &*this.class.name() == "FileIO" {
            format!("<_io.FileIO name='{name}' mode='wb' closefd=False>")
        } else {
            format!("<_io.BufferedWriter name='{name}'>")
        }))
    });
    let stdout = Value::Native(crate::object::NativeRef::new(OutBuffer { is_stderr: false, class: class.clone() }));
    let stderr = Value::Native(crate::object::NativeRef::new(OutBuffer { is_stderr: true, class }));
    Ok((stdout, stderr))
}

fn out<'a>(args: &'a Args) -> PyResult<&'a OutBuffer> {
    args.pos
        .first()
        .and_then(|v| v.downcast::<OutBuffer>())
        .ok_or_else(|| PyErr::type_error("descriptor requires a '_io.BufferedWriter' object"))
}

/// The bytes of a bytes-like argument, with CPython's TypeError otherwise.
fn bytes_of(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    match v {
        Value::Bytes(b) => Ok(b.to_vec()),
        Value::ByteArray(b) => Ok(b.borrow().clone()),
        other => {
            if vm.type_name(other) == "memoryview" {
                let b = vm.call_method(other, "tobytes", vec![])?;
                if let Value::Bytes(b) = b {
                    return Ok(b.to_vec());
                }
            }
            Err(PyErr::type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(other))))
        }
    }
}

fn write_value(vm: &mut Vm, is_stderr: bool, v: &Value) -> PyResult<usize> {
    let data = bytes_of(vm, v)?;
    let stream = if is_stderr { &mut vm.stderr } else { &mut vm.stdout };
    if stream.is_closed() {
        return Err(PyErr::value_error("write to closed file"));
    }
    stream.write_bytes(&data);
    stream.check()?;
    Ok(data.len())
}

fn write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let is_stderr = out(&args)?.is_stderr;
    Ok(Value::Int(write_value(vm, is_stderr, &arg(&args, 1))? as i64))
}

fn writelines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let is_stderr = out(&args)?.is_stderr;
    for line in vm.collect_iterable(&arg(&args, 1))? {
        write_value(vm, is_stderr, &line)?;
    }
    Ok(Value::None)
}

fn flush(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let stream = if out(&args)?.is_stderr { &mut vm.stderr } else { &mut vm.stdout };
    if stream.is_closed() {
        return Err(PyErr::value_error("flush of closed file"));
    }
    stream.flush_bytes();
    stream.check()?;
    Ok(Value::None)
}

/// `sys.stdin.buffer`.
pub fn in_buffer(vm: &mut Vm) -> PyResult<Value> {
    let class = new_io_class(vm, "BufferedReader")?;
    def_method(&class, "read", read);
    def_method(&class, "read1", read);
    def_method(&class, "readline", readline);
    def_method(&class, "readlines", readlines);
    def_method(&class, "__iter__", |_, a| Ok(arg(&a, 0)));
    def_method(&class, "__next__", next);
    def_method(&class, "fileno", |_, _| Ok(Value::Int(0)));
    def_method(&class, "isatty", |_, _| {
        use std::io::IsTerminal;
        Ok(Value::bool(std::io::stdin().is_terminal()))
    });
    def_method(&class, "readable", |_, _| Ok(Value::Bool(BoolWord::TRUE)));
    def_method(&class, "writable", |_, _| Ok(Value::Bool(BoolWord::FALSE)));
    def_method(&class, "seekable", |_, _| Ok(Value::Bool(BoolWord::FALSE)));
    def_method(&class, "close", |_, _| Ok(Value::None));
    def_getter(&class, "closed", |_, _| Ok(Value::Bool(BoolWord::FALSE)));
    def_getter(&class, "mode", |_, _| Ok(Value::str("rb")));
    def_getter(&class, "name", |_, _| Ok(Value::str("<stdin>")));
    def_method(&class, "__repr__", |_, _| Ok(Value::str("<_io.BufferedReader name='<stdin>'>")));
    Ok(Value::Native(crate::object::NativeRef::new(InBuffer { class })))
}

fn io_err(e: std::io::Error) -> PyErr {
    crate::builtins::file::os_error(&e, None)
}

/// The optional size argument: None or negative means "all".
fn size_arg(vm: &mut Vm, args: &Args) -> PyResult<i64> {
    match args.pos.get(1).or_else(|| args.kwarg("size")) {
        None | Some(Value::None) => Ok(-1),
        Some(v) => {
            let v = v.clone();
            int_arg(vm, &v, "")
        }
    }
}

fn read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = size_arg(vm, &args)?;
    vm.stdout.flush();
    let mut lock = std::io::stdin().lock();
    let mut out = Vec::new();
    if n < 0 {
        lock.read_to_end(&mut out).map_err(io_err)?;
    } else {
        lock.by_ref().take(n as u64).read_to_end(&mut out).map_err(io_err)?;
    }
    Ok(Value::Bytes(out.into()))
}

fn line(vm: &mut Vm, limit: i64) -> PyResult<Vec<u8>> {
    vm.stdout.flush();
    let mut lock = std::io::stdin().lock();
    let mut out = Vec::new();
    if limit < 0 {
        lock.read_until(b'\n', &mut out).map_err(io_err)?;
    } else {
        lock.by_ref().take(limit as u64).read_until(b'\n', &mut out).map_err(io_err)?;
    }
    Ok(out)
}

fn readline(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = size_arg(vm, &args)?;
    Ok(Value::Bytes(line(vm, n)?.into()))
}

fn readlines(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let mut lines = Vec::new();
    loop {
        let l = line(vm, -1)?;
        if l.is_empty() {
            return Ok(Value::list(lines));
        }
        lines.push(Value::Bytes(l.into()));
    }
}

fn next(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let l = line(vm, -1)?;
    if l.is_empty() {
        return Err(PyErr::stop_iteration(None));
    }
    Ok(Value::Bytes(l.into()))
}
