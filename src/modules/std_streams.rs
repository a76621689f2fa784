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
    def_getter(&class, "encoding", |vm, args| Ok(Value::string(encoding(vm, this(&args)?.is_stderr))));
    def_getter(&class, "errors", |vm, args| Ok(Value::string(errors(vm, this(&args)?.is_stderr))));
    def_getter(&class, "buffer", |_, args| Ok(this(&args)?.buffer.clone()));
    def_method(&class, "__repr__", |vm, args| {
        let is_stderr = this(&args)?.is_stderr;
        let name = if is_stderr { "<stderr>" } else { "<stdout>" };
        Ok(Value::string(format!("<_io.TextIOWrapper name='{name}' mode='w' encoding='{}'>", encoding(vm, is_stderr))))
    });
    def_method(&class, "reconfigure", reconfigure);
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
    def_getter(&class, "line_buffering", |vm, args| Ok(Value::bool(stream(vm, this(&args)?).line_buffering())));
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
    write_text(vm, s.is_stderr, text.as_str())?;
    if !s.is_stderr {
        vm.stdout.check()?;
    }
    Ok(Value::Int(text.char_len() as i64))
}

/// Text into the VM's stdout or stderr through the stream's codec (UTF-8 unless
/// `reconfigure()` chose another): what `write()` and `print()` do with their text.
pub fn write_text(vm: &mut Vm, is_stderr: bool, text: &str) -> PyResult<()> {
    let out = if is_stderr { &vm.stderr } else { &vm.stdout };
    let Some(codec) = out.text_codec.as_ref().filter(|c| !c.is_utf8) else {
        if is_stderr {
            vm.stderr.write_str(text);
        } else {
            vm.stdout.write_str(text);
        }
        return Ok(());
    };
    let (enc, errors) = (codec.encoding.clone(), codec.errors.clone());
    let bytes = encode_text(vm, text, &enc, &errors)?;
    let out = if is_stderr { &mut vm.stderr } else { &mut vm.stdout };
    out.write_encoded(&bytes, text.contains('\n'));
    Ok(())
}

/// `text.encode(enc, errors)`, through the codecs written in the language when the native
/// ones do not have `enc`.
fn encode_text(vm: &mut Vm, text: &str, enc: &str, errors: &str) -> PyResult<Vec<u8>> {
    use crate::builtins::str_type::{codec_error_for, python_fallback};
    let e = match crate::text::codecs::encode(text, enc, errors) {
        Ok(b) => return Ok(b),
        Err(e) => e,
    };
    let data = Value::str(text);
    match python_fallback(vm, &e, true, data.clone(), enc, errors) {
        Some(r) => match r? {
            Value::Bytes(b) => Ok(b.to_vec()),
            other => Err(PyErr::type_error(format!("encoder should return a bytes object, not '{}'", vm.type_name(&other)))),
        },
        None => Err(codec_error_for(e, data)),
    }
}

/// `sys.stdout.encoding`: 'utf-8', or the name `reconfigure()` was given.
fn encoding(vm: &Vm, is_stderr: bool) -> String {
    let out = if is_stderr { &vm.stderr } else { &vm.stdout };
    out.text_codec.as_ref().map_or_else(|| "utf-8".to_string(), |c| c.encoding.to_string())
}

/// `sys.stdout.errors`: CPython's defaults on a UTF-8 locale (stdout surrogateescape,
/// stderr backslashreplace) until `reconfigure()` sets one.
fn errors(vm: &Vm, is_stderr: bool) -> String {
    let out = if is_stderr { &vm.stderr } else { &vm.stdout };
    match &out.text_codec {
        Some(c) => c.errors.to_string(),
        None if is_stderr => "backslashreplace".to_string(),
        None => "surrogateescape".to_string(),
    }
}

/// `reconfigure(*, encoding=None, errors=None, newline=None, line_buffering=None,
/// write_through=None)`: CPython's checks, then the new codec for later writes (a new
/// encoding without errors means 'strict'). Pending text is flushed first, as CPython does.
fn reconfigure(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let is_stderr = this(&args)?.is_stderr;
    if args.pos.len() > 1 {
        return Err(PyErr::type_error("reconfigure() takes no positional arguments"));
    }
    args.allow_kw("reconfigure()", &["encoding", "errors", "newline", "line_buffering", "write_through"])?;
    let text_arg = |vm: &Vm, name: &str| -> PyResult<Option<std::rc::Rc<str>>> {
        match args.kwarg(name) {
            None | Some(Value::None) => Ok(None),
            Some(Value::Str(s)) => Ok(Some(std::rc::Rc::from(s.as_str()))),
            Some(other) => Err(PyErr::type_error(format!(
                "reconfigure() argument '{name}' must be str or None, not {}",
                vm.type_name(other)
            ))),
        }
    };
    let new_encoding = text_arg(vm, "encoding")?;
    let new_errors = text_arg(vm, "errors")?;
    if let Some(nl) = text_arg(vm, "newline")? {
        if !matches!(&*nl, "" | "\n" | "\r" | "\r\n") {
            return Err(PyErr::value_error(format!("illegal newline value: {nl}")));
        }
    }
    let line_buffering = match args.kwarg("line_buffering") {
        None | Some(Value::None) => None,
        Some(v) => Some(vm.is_true(&v.clone())?),
    };
    if let Some(enc) = &new_encoding {
        // An unknown name is CPython's LookupError, before anything changes.
        encode_text(vm, "", enc, "strict")?;
    }
    let out = if is_stderr { &mut vm.stderr } else { &mut vm.stdout };
    out.flush();
    if new_encoding.is_some() || new_errors.is_some() {
        let (encoding, errors) = match (&out.text_codec, new_encoding) {
            (_, Some(enc)) => (enc, new_errors.unwrap_or_else(|| std::rc::Rc::from("strict"))),
            (Some(c), None) => (c.encoding.clone(), new_errors.unwrap_or_else(|| c.errors.clone())),
            (None, None) => (std::rc::Rc::from("utf-8"), new_errors.unwrap_or_else(|| std::rc::Rc::from("strict"))),
        };
        let is_utf8 = matches!(crate::text::codecs::lookup_codec(&encoding), Ok(crate::text::codecs::Codec::Utf8));
        out.text_codec = Some(Box::new(crate::builtins::io::TextCodec { encoding, errors, is_utf8 }));
    }
    if let Some(on) = line_buffering {
        out.set_line_buffered(on);
    }
    Ok(Value::None)
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
