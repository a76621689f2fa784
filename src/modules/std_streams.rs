//! `sys.stdout` / `sys.stderr`: text stream objects writing through the VM's buffered
//! standard streams (enough of `io.TextIOWrapper` for `print(file=...)` and `.write()`).

use crate::object::BoolWord;
use std::any::Any;
use std::rc::Rc;

use crate::builtins::{def_getter, def_method};
use crate::object::class::Layout;
use crate::object::{Args, Class, NativeObject, PyErr, PyResult, Value};
use crate::vm::types::new_class_with;
use crate::vm::Vm;

pub struct StdStream {
    is_stderr: bool,
    class: Rc<Class>,
    /// `sys.stdout.buffer` / `sys.stderr.buffer` (std_buffers.rs).
    buffer: Value,
}

impl NativeObject for StdStream {
    fn class(&self) -> Rc<Class> {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// The `(stdout, stderr)` objects, sharing one `TextIOWrapper` class.
pub fn streams(vm: &mut Vm) -> PyResult<(Value, Value)> {
    let class = new_class_with("TextIOWrapper", &[vm.types.object.clone()], Layout::Builtin, None)?;
    class.dict.borrow_mut().set_str("__module__", Value::str("_io"));
    // CPython's messages and method reprs name the type in full (`_io.TextIOWrapper`).
    *class.tp_name.borrow_mut() = Some(std::rc::Rc::from("_io.TextIOWrapper"));
    def_method(&class, "write", write);
    def_method(&class, "flush", flush);
    def_method(&class, "isatty", isatty);
    def_method(&class, "fileno", fileno);
    def_getter(&class, "name", name);
    // The attributes programs read off CPython's sys.stdout/sys.stderr TextIOWrappers.
    def_getter(&class, "encoding", |_, _| Ok(Value::str("utf-8")));
    // matches CPython on a UTF-8 locale: stdout surrogateescape, stderr backslashreplace.
    def_getter(&class, "errors", |_, args| {
        Ok(Value::str(if this(&args)?.is_stderr { "backslashreplace" } else { "surrogateescape" }))
    });
    def_getter(&class, "buffer", |_, args| Ok(this(&args)?.buffer.clone()));
    def_method(&class, "__repr__", |_, args| {
        let name = if this(&args)?.is_stderr { "<stderr>" } else { "<stdout>" };
        Ok(Value::string(format!("<_io.TextIOWrapper name='{name}' mode='w' encoding='utf-8'>")))
    });
    def_getter(&class, "mode", |_, _| Ok(Value::str("w")));
    def_getter(&class, "closed", |vm, args| Ok(Value::bool(stream(vm, this(&args)?).is_closed())));
    def_method(&class, "close", |vm, args| {
        stream(vm, this(&args)?).close();
        Ok(Value::None)
    });
    // `with sys.stdout:` as on any file: the stream itself, closed on the way out
    def_method(&class, "__enter__", |vm, args| {
        stream(vm, this(&args)?).ensure_open()?;
        Ok(args.pos[0].clone())
    });
    def_method(&class, "__exit__", |vm, args| {
        stream(vm, this(&args)?).close();
        Ok(Value::None)
    });
    def_getter(&class, "line_buffering", |_, _| Ok(Value::Bool(BoolWord::FALSE)));
    def_method(&class, "writable", |_, _| Ok(Value::Bool(BoolWord::TRUE)));
    def_method(&class, "readable", |_, _| Ok(Value::Bool(BoolWord::FALSE)));
    def_method(&class, "seekable", |_, _| Ok(Value::Bool(BoolWord::FALSE)));
    def_method(&class, "writelines", writelines);
    let (out_buf, err_buf) = super::std_buffers::out_buffers(vm)?;
    let out = Value::Native(crate::object::NativeRef::new(StdStream { is_stderr: false, class: class.clone(), buffer: out_buf }));
    let err = Value::Native(crate::object::NativeRef::new(StdStream { is_stderr: true, class, buffer: err_buf }));
    Ok((out, err))
}

/// The VM's buffered stream behind a `sys.stdout` / `sys.stderr` object.
fn stream<'v>(vm: &'v mut Vm, s: &StdStream) -> &'v mut crate::builtins::io::OutStream {
    if s.is_stderr {
        &mut vm.stderr
    } else {
        &mut vm.stdout
    }
}

fn this<'a>(args: &'a Args) -> PyResult<&'a StdStream> {
    args.pos
        .first()
        .and_then(|v| v.downcast::<StdStream>())
        .ok_or_else(|| PyErr::type_error("descriptor requires a '_io.TextIOWrapper' object"))
}

fn write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(&args)?;
    let text = match args.pos.get(1) {
        Some(Value::Str(t)) => t.clone(),
        Some(other) => {
            let msg = format!("write() argument must be str, not {}", vm.type_name(other));
            return Err(PyErr::type_error(msg));
        }
        None => return Err(PyErr::type_error("TextIOWrapper.write() takes exactly one argument (0 given)")),
    };
    stream(vm, s).ensure_open()?;
    if s.is_stderr {
        vm.stderr.write_str(text.as_str());
    } else {
        vm.stdout.write_str(text.as_str());
        vm.stdout.check()?;
    }
    Ok(Value::Int(text.char_len() as i64))
}

/// `writelines(lines)`: each item written as by `write`, no separators added.
fn writelines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let stream = args.pos.first().cloned().unwrap_or(Value::None);
    let lines = vm.collect_iterable(&args.pos.get(1).cloned().unwrap_or(Value::None))?;
    for line in lines {
        let pos = [stream.clone(), line];
        write(vm, Args::new(&pos))?;
    }
    Ok(Value::None)
}

fn flush(vm: &mut Vm, args: Args) -> PyResult<Value> {
    stream(vm, this(&args)?).ensure_open()?;
    if this(&args)?.is_stderr {
        vm.stderr.flush();
    } else {
        vm.stdout.flush();
        vm.stdout.check()?;
    }
    Ok(Value::None)
}

fn isatty(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    use std::io::IsTerminal;
    let tty = if this(&args)?.is_stderr { std::io::stderr().is_terminal() } else { std::io::stdout().is_terminal() };
    Ok(Value::bool(tty))
}

fn fileno(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(if this(&args)?.is_stderr { 2 } else { 1 }))
}

fn name(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::str(if this(&args)?.is_stderr { "<stderr>" } else { "<stdout>" }))
}
