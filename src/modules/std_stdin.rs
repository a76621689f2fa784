//! `sys.stdin`: a read-only text stream over the process's standard input (`read`,
//! `readline`, `readlines`, iteration), sharing Rust's buffered stdin with `input()` so the two
//! can be mixed as in CPython.

use crate::object::BoolWord;
use std::any::Any;
use std::io::{BufRead, Read};
use std::rc::Rc;

use crate::builtins::{arg, def_getter, def_method, int_arg};
use crate::object::class::Layout;
use crate::object::{Args, Class, ExcKind, NativeObject, PyErr, PyResult, Value};
use crate::vm::types::new_class_with;
use crate::vm::Vm;

pub struct StdinStream {
    class: Rc<Class>,
    /// `sys.stdin.buffer` (std_buffers.rs).
    buffer: Value,
}

impl NativeObject for StdinStream {
    fn class(&self) -> Rc<Class> {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// Set at start-up when descriptor 0 was closed (`corio x.py <&-`): `sys.stdin` is then None.
static STDIN_CLOSED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

pub fn mark_closed() {
    STDIN_CLOSED.store(true, std::sync::atomic::Ordering::Relaxed);
}

/// Whether `v` is the interpreter's own stdin stream (input() then reads the shared buffer).
pub fn is_native_stdin(v: &Value) -> bool {
    v.downcast::<StdinStream>().is_some()
}

pub fn stdin(vm: &mut Vm) -> PyResult<Value> {
    if STDIN_CLOSED.load(std::sync::atomic::Ordering::Relaxed) {
        return Ok(Value::None);
    }
    let class = new_class_with("TextIOWrapper", &[vm.types.object.clone()], Layout::Builtin, None)?;
    class.dict.borrow_mut().set_str("__module__", Value::str("_io"));
    // CPython's messages and method reprs name the type in full (`_io.TextIOWrapper`).
    *class.tp_name.borrow_mut() = Some(std::rc::Rc::from("_io.TextIOWrapper"));
    def_method(&class, "read", read);
    def_method(&class, "readline", readline);
    def_method(&class, "readlines", readlines);
    def_method(&class, "__iter__", iter);
    def_method(&class, "__next__", next);
    def_method(&class, "readable", yes);
    def_method(&class, "writable", no);
    def_method(&class, "seekable", no);
    def_method(&class, "isatty", isatty);
    def_method(&class, "fileno", fileno);
    def_method(&class, "close", close);
    def_method(&class, "write", write);
    // Checked as CPython checks it; input is still read as UTF-8 (the usual call is
    // `sys.stdin.reconfigure(encoding="utf-8")`).
    def_method(&class, "reconfigure", |vm, args| {
        if args.pos.len() > 1 {
            return Err(PyErr::type_error("reconfigure() takes no positional arguments"));
        }
        args.allow_kw("reconfigure()", &["encoding", "errors", "newline", "line_buffering", "write_through"])?;
        for name in ["encoding", "errors", "newline"] {
            match args.kwarg(name) {
                None | Some(Value::None) | Some(Value::Str(_)) => {}
                Some(other) => {
                    return Err(PyErr::type_error(format!("reconfigure() argument '{name}' must be str or None, not {}", vm.type_name(other))))
                }
            }
        }
        Ok(Value::None)
    });
    def_getter(&class, "name", name);
    def_getter(&class, "encoding", encoding);
    def_getter(&class, "mode", mode);
    def_getter(&class, "closed", no);
    def_getter(&class, "errors", |_, _| Ok(Value::str("surrogateescape")));
    def_getter(&class, "buffer", |_, args| {
        args.pos
            .first()
            .and_then(|v| v.downcast::<StdinStream>())
            .map(|s| s.buffer.clone())
            .ok_or_else(|| PyErr::type_error("descriptor requires a '_io.TextIOWrapper' object"))
    });
    def_method(&class, "__repr__", |_, _| Ok(Value::str("<_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'>")));
    let buffer = super::std_buffers::in_buffer(vm)?;
    Ok(Value::Native(crate::object::NativeRef::new(StdinStream { class, buffer })))
}

fn io_err(e: std::io::Error) -> PyErr {
    PyErr::new(ExcKind::OSError, e.to_string())
}

/// Bytes to text; invalid UTF-8 is an error as with CPython's strict utf-8 stdin.
fn text(bytes: Vec<u8>) -> PyResult<String> {
    String::from_utf8(bytes).map_err(|e| {
        let pos = e.utf8_error().valid_up_to();
        PyErr::new(
            ExcKind::UnicodeDecodeError,
            format!("'utf-8' codec can't decode byte 0x{:02x} in position {pos}: invalid start byte", e.as_bytes()[pos]),
        )
    })
}

/// One line (with its newline), at most `limit` characters when `limit` >= 0.
fn line(vm: &mut Vm, limit: i64) -> PyResult<String> {
    vm.stdout.flush();
    let mut lock = std::io::stdin().lock();
    let mut out = Vec::new();
    if limit < 0 {
        lock.read_until(b'\n', &mut out).map_err(io_err)?;
        return text(out);
    }
    let mut chars = 0;
    while chars < limit {
        let Some(c) = read_char(&mut lock)? else { break };
        out.extend_from_slice(&c);
        chars += 1;
        if c == b"\n" {
            break;
        }
    }
    text(out)
}

/// The next UTF-8 character's bytes, or None at end of input.
fn read_char(lock: &mut std::io::StdinLock) -> PyResult<Option<Vec<u8>>> {
    let mut first = [0u8; 1];
    if lock.read(&mut first).map_err(io_err)? == 0 {
        return Ok(None);
    }
    let extra = match first[0] {
        0xF0..=0xF7 => 3,
        0xE0..=0xEF => 2,
        0xC0..=0xDF => 1,
        _ => 0,
    };
    let mut c = vec![first[0]];
    for _ in 0..extra {
        let mut b = [0u8; 1];
        if lock.read(&mut b).map_err(io_err)? == 0 {
            break;
        }
        c.push(b[0]);
    }
    Ok(Some(c))
}

fn size_arg(vm: &mut Vm, args: &Args) -> PyResult<i64> {
    match args.pos.get(1) {
        None | Some(Value::None) => Ok(-1),
        Some(v) => int_arg(vm, v, ""),
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
        for _ in 0..n {
            let Some(c) = read_char(&mut lock)? else { break };
            out.extend_from_slice(&c);
        }
    }
    Ok(Value::string(text(out)?))
}

fn readline(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = size_arg(vm, &args)?;
    Ok(Value::string(line(vm, n)?))
}

fn readlines(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let mut lines = Vec::new();
    loop {
        let l = line(vm, -1)?;
        if l.is_empty() {
            return Ok(Value::list(lines));
        }
        lines.push(Value::string(l));
    }
}

fn iter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(arg(&args, 0))
}

fn next(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let l = line(vm, -1)?;
    if l.is_empty() {
        return Err(PyErr::stop_iteration(None));
    }
    Ok(Value::string(l))
}

fn write(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let cls = crate::builtins::file::unsupported_operation_class(vm);
    match vm.call(&Value::Class(cls), vec![Value::str("not writable")])? {
        Value::Instance(i) => Err(PyErr::from_instance(i)),
        _ => Err(PyErr::new(ExcKind::OSError, "not writable")),
    }
}

fn yes(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Bool(BoolWord::TRUE))
}

fn no(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Bool(BoolWord::FALSE))
}

fn close(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn isatty(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    use std::io::IsTerminal;
    Ok(Value::bool(std::io::stdin().is_terminal()))
}

fn fileno(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(0))
}

fn name(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::str("<stdin>"))
}

fn encoding(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::str("utf-8"))
}

fn mode(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::str("r"))
}
