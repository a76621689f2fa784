//! `_traceback`: the interpreter's own traceback formatter (src/vm/traceback.rs) exposed to
//! `stdlib/traceback.py`, so `traceback.format_exc()` prints exactly what an uncaught
//! exception prints.

use super::new_module;
use crate::builtins::{arg, def_fn};
use crate::object::{Args, PyErr, PyResult, Value};
use crate::vm::Vm;

pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = new_module("_traceback");
    let mut d = d.borrow_mut();
    def_fn(&mut d, "format_exception", format_exception);
    def_fn(&mut d, "format_exception_only", format_exception_only);
    def_fn(&mut d, "caller", caller);
    def_fn(&mut d, "frame_info", frame_info);
    def_fn(&mut d, "tb_entry", tb_entry);
    def_fn(&mut d, "_hide_frames", hide_frames);
    Ok(m)
}

/// `format_exception(exc)`: the full text, chained exceptions included.
fn format_exception(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match arg(&args, 0) {
        Value::Instance(i) => Ok(Value::str(&vm.format_exception(&i))),
        _ => Err(PyErr::type_error("format_exception() needs an exception instance")),
    }
}

/// `format_exception_only(exc)`: the last line, `module.Type: message`.
fn format_exception_only(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match arg(&args, 0) {
        Value::Instance(i) => Ok(Value::str(&vm.exception_only(&i))),
        _ => Err(PyErr::type_error("format_exception_only() needs an exception instance")),
    }
}

/// `caller(level)`: `(filename, lineno, globals)` of the Python frame `level` calls above the
/// one calling `caller` (1 = that frame's caller), or None past the outermost frame. Used by
/// `warnings.warn` for `stacklevel`.
fn caller(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let level = crate::builtins::int_arg(vm, &arg(&args, 0), "")?.max(0) as usize;
    let Some(frame) = vm.frame_at_depth(level) else {
        return Ok(Value::None);
    };
    let code = &frame.code.code;
    let loc = code.body().locations.get(frame.lasti).copied().unwrap_or_default();
    let line = if loc.line == 0 { code.first_line } else { loc.line };
    let source_line = frame
        .code
        .source
        .as_deref()
        .and_then(|src| crate::source::line_text(src, line))
        .map(|l| Value::str(l.trim()))
        .unwrap_or(Value::None);
    Ok(Value::tuple(vec![
        Value::str(&code.filename),
        Value::Int(line as i64),
        Value::Dict(frame.globals.clone()),
        source_line,
    ]))
}

/// `frame_info(depth)`: `(co_filename, f_lineno, co_name)` of the frame `sys._getframe(depth)`
/// would return, or None past the outermost frame, without building frame objects. `logging`
/// walks the stack with it to find the line that logged.
fn frame_info(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let depth = crate::builtins::int_arg(vm, &arg(&args, 0), "")?;
    let Some(frame) = usize::try_from(depth).ok().and_then(|d| vm.frame_at_depth(d)) else {
        return Ok(Value::None);
    };
    let code = &frame.code.code;
    Ok(Value::tuple(vec![Value::str(&code.filename), Value::Int(frame.line() as i64), Value::str(&code.name)]))
}

// ---- traceback and frame objects ----

/// A `traceback` object: entry `depth` (0 = outermost, where the exception was caught) of an
/// exception's recorded traceback; `tb_next` goes one call deeper, as in CPython.
///
/// It keeps the entries the exception had when the object was made (innermost first): CPython's
/// traceback objects are immutable links, so frames an exception passes through later (thrown
/// into a generator by a context manager's `__exit__`, re-raised elsewhere) are new links in
/// front of an old traceback and never show through one taken before.
pub struct TbObj {
    entries: std::rc::Rc<[crate::object::exception::TbEntry]>,
    depth: usize,
    class: std::rc::Rc<crate::object::Class>,
}

impl TbObj {
    fn entry(&self) -> Option<&crate::object::exception::TbEntry> {
        self.entries.get(self.entries.len().checked_sub(self.depth + 1)?)
    }
}

/// The `frame` a traceback entry ran in; corio keeps only its code and line.
pub struct TbFrame {
    code: Value,
    line: u32,
    class: std::rc::Rc<crate::object::Class>,
}

impl crate::object::NativeObject for TbObj {
    fn class(&self) -> std::rc::Rc<crate::object::Class> {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

impl crate::object::NativeObject for TbFrame {
    fn class(&self) -> std::rc::Rc<crate::object::Class> {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

thread_local! {
    static CLASSES: std::cell::RefCell<Option<(std::rc::Rc<crate::object::Class>, std::rc::Rc<crate::object::Class>)>> =
        const { std::cell::RefCell::new(None) };
}

fn classes(vm: &Vm) -> (std::rc::Rc<crate::object::Class>, std::rc::Rc<crate::object::Class>) {
    if let Some(c) = CLASSES.with(|c| c.borrow().clone()) {
        return c;
    }
    let make = |name: &str| {
        let c = crate::vm::types::new_class_with(name, &[vm.types.object.clone()], crate::object::class::Layout::Builtin, None)
            .expect("a class with the single base object has an MRO");
        c.dict.borrow_mut().set_str("__module__", Value::str("builtins"));
        c
    };
    let (tb, frame) = (make("traceback"), make("frame"));
    crate::builtins::def_getter(&tb, "tb_lineno", |vm, a| tb_field(vm, &a, "tb_lineno"));
    crate::builtins::def_getter(&tb, "tb_next", |vm, a| tb_field(vm, &a, "tb_next"));
    crate::builtins::def_getter(&tb, "tb_frame", |vm, a| tb_field(vm, &a, "tb_frame"));
    crate::builtins::def_getter(&tb, "tb_lasti", |_vm, _a| Ok(Value::Int(0)));
    crate::builtins::def_getter(&frame, "f_code", |_vm, a| Ok(frame_of(&a)?.code.clone()));
    crate::builtins::def_getter(&frame, "f_lineno", |_vm, a| Ok(Value::Int(frame_of(&a)?.line as i64)));
    crate::builtins::def_getter(&frame, "f_back", |_vm, _a| Ok(Value::None));
    // corio keeps no namespaces for a traceback's frames: empty mappings stand in, so code
    // written for CPython's frames (`linecache.getline(file, n, f.f_globals)` in
    // `Task.print_stack`, `tb_frame.f_locals` lookups) runs.
    crate::builtins::def_getter(&frame, "f_globals", |_vm, _a| Ok(Value::dict(crate::object::PyDict::new())));
    crate::builtins::def_getter(&frame, "f_locals", |_vm, _a| Ok(Value::dict(crate::object::PyDict::new())));
    crate::builtins::def_method(&frame, "__repr__", |_vm, a| {
        let f = frame_of(&a)?;
        let (file, name) = match &f.code {
            Value::Code(c) => (c.code.filename.to_string(), c.code.name.to_string()),
            _ => (String::new(), String::new()),
        };
        Ok(Value::string(format!("<frame at {}, file '{file}', line {}, code {name}>", crate::vm::repr::addr(&a.pos[0]), f.line)))
    });
    CLASSES.with(|c| *c.borrow_mut() = Some((tb.clone(), frame.clone())));
    (tb, frame)
}

/// The traceback object for entry `depth` of `exc`'s traceback as it is now.
pub fn tb_value(vm: &Vm, exc: &std::rc::Rc<crate::object::Instance>, depth: usize) -> Value {
    let (class, _) = classes(vm);
    let entries: std::rc::Rc<[crate::object::exception::TbEntry]> = match crate::object::exception::exc_data(exc) {
        Some(d) => d.borrow().traceback.as_slice().into(),
        None => std::rc::Rc::from(Vec::new()),
    };
    Value::Native(crate::object::NativeRef::new(TbObj { entries, depth, class }))
}

/// The traceback entries (innermost first) that traceback object `v` stands for: its
/// entries from the innermost one out to `v`'s own. None when `v` is no traceback.
pub fn tb_entries(v: &Value) -> Option<Vec<crate::object::exception::TbEntry>> {
    let tb = v.downcast::<TbObj>()?;
    let keep = tb.entries.len().saturating_sub(tb.depth);
    Some(tb.entries[..keep].to_vec())
}

fn tb_of<'a>(args: &'a Args) -> PyResult<&'a TbObj> {
    args.pos.first().and_then(|v| v.downcast::<TbObj>()).ok_or_else(|| PyErr::type_error("expected a traceback object"))
}

fn frame_of<'a>(args: &'a Args) -> PyResult<&'a TbFrame> {
    args.pos.first().and_then(|v| v.downcast::<TbFrame>()).ok_or_else(|| PyErr::type_error("expected a frame object"))
}

fn tb_field(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Value> {
    let tb = tb_of(args)?;
    let Some(entry) = tb.entry() else { return Ok(Value::None) };
    let (_, line, _, _) = vm.traceback_entry_of(entry);
    Ok(match name {
        "tb_lineno" => Value::Int(line as i64),
        "tb_next" if tb.depth + 1 < tb.entries.len() => {
            let class = tb.class.clone();
            Value::Native(crate::object::NativeRef::new(TbObj { entries: tb.entries.clone(), depth: tb.depth + 1, class }))
        }
        "tb_next" => Value::None,
        _ => {
            let (_, class) = classes(vm);
            let code = Value::Code(entry.code.clone());
            Value::Native(crate::object::NativeRef::new(TbFrame { code, line, class }))
        }
    })
}

/// `tb_entry(tb)`: `(filename, lineno, name, text)` of a traceback object's entry, `text`
/// being exactly what a printed traceback shows for it (source line and carets included).
fn tb_entry(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let tb = tb_of(&args)?;
    match tb.entry().map(|e| vm.traceback_entry_of(e)) {
        Some((file, line, name, text)) => Ok(Value::tuple(vec![
            Value::str(&file),
            Value::Int(line as i64),
            Value::str(&name),
            Value::string(text),
        ])),
        None => Ok(Value::None),
    }
}

/// `_hide_frames(func)`: frames of `func`'s code stay out of exception tracebacks (see
/// `CodeObj::hidden`); returns `func`, so it also works as a decorator.
fn hide_frames(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = arg(&args, 0);
    match &f {
        Value::Function(func) => hide_code(&func.code),
        _ => return Err(PyErr::type_error("_hide_frames() expects a function")),
    }
    Ok(f)
}

/// Hide `code` and the code nested in it (comprehensions, lambdas, inner functions): a C
/// function has no inner frames either.
fn hide_code(code: &crate::vm::CodeObj) {
    code.hidden.set(true);
    for c in &code.body().consts {
        if let Value::Code(inner) = c {
            hide_code(inner);
        }
    }
}
