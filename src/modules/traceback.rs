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
    def_fn(&mut d, "tb_code", tb_code);
    def_fn(&mut d, "code_instructions", super::dis_support::code_instructions);
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
    /// The exception the entries came from (its frame objects are kept per entry).
    exc: std::rc::Weak<crate::object::Instance>,
}

impl TbObj {
    fn entry(&self) -> Option<&crate::object::exception::TbEntry> {
        self.entries.get(self.entries.len().checked_sub(self.depth + 1)?)
    }
}

impl crate::object::NativeObject for TbObj {
    fn class(&self) -> std::rc::Rc<crate::object::Class> {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

thread_local! {
    static CLASS: std::cell::RefCell<Option<std::rc::Rc<crate::object::Class>>> = const { std::cell::RefCell::new(None) };
}

/// The `traceback` class (its frames are the `frame` objects of src/modules/frames.rs).
fn tb_class(vm: &Vm) -> std::rc::Rc<crate::object::Class> {
    if let Some(c) = CLASS.with(|c| c.borrow().clone()) {
        return c;
    }
    let tb = crate::vm::types::new_class_with("traceback", &[vm.types.object.clone()], crate::object::class::Layout::Builtin, None)
        .expect("a class with the single base object has an MRO");
    tb.dict.borrow_mut().set_str("__module__", Value::str("builtins"));
    crate::builtins::def_getter(&tb, "tb_lineno", |vm, a| tb_field(vm, &a, "tb_lineno"));
    crate::builtins::def_getter(&tb, "tb_next", |vm, a| tb_field(vm, &a, "tb_next"));
    crate::builtins::def_getter(&tb, "tb_frame", |vm, a| tb_field(vm, &a, "tb_frame"));
    crate::builtins::def_getter(&tb, "tb_lasti", |_vm, _a| Ok(Value::Int(0)));
    CLASS.with(|c| *c.borrow_mut() = Some(tb.clone()));
    tb
}

/// The traceback object for entry `depth` of `exc`'s traceback as it is now.
pub fn tb_value(vm: &Vm, exc: &std::rc::Rc<crate::object::Instance>, depth: usize) -> Value {
    let class = tb_class(vm);
    let entries: std::rc::Rc<[crate::object::exception::TbEntry]> = match crate::object::exception::exc_data(exc) {
        Some(d) => d.borrow().traceback.as_slice().into(),
        None => std::rc::Rc::from(Vec::new()),
    };
    let exc = std::rc::Rc::downgrade(exc);
    tb_object(TbObj { entries, depth, class, exc })
}

type TbSlots = (std::rc::Weak<crate::object::Instance>, Vec<Option<crate::object::native_ref::NativeWeak>>);

thread_local! {
    /// The traceback objects made for an exception's entries, by exception address and entry
    /// (counted from the innermost), held weakly.
    static EXC_TBS: std::cell::RefCell<hashbrown::HashMap<usize, TbSlots>> =
        std::cell::RefCell::new(hashbrown::HashMap::new());
}

/// The traceback object for `tb`'s entry: as CPython's links, one object per entry of an
/// exception (`e.__traceback__ is e.__traceback__`, `tb.tb_next is tb.tb_next`), while it
/// stands for the same call and line.
fn tb_object(tb: TbObj) -> Value {
    let Some(index) = tb.entries.len().checked_sub(tb.depth + 1) else {
        return Value::Native(crate::object::NativeRef::new(tb));
    };
    let key = tb.exc.as_ptr() as usize;
    let same_entry = |other: &TbObj| match (other.entry(), tb.entry()) {
        (Some(a), Some(b)) => std::rc::Rc::ptr_eq(&a.code, &b.code) && a.instr == b.instr,
        _ => false,
    };
    let known = EXC_TBS.with(|m| {
        let m = m.borrow();
        let (owner, slots) = m.get(&key)?;
        if !owner.ptr_eq(&tb.exc) || owner.strong_count() == 0 {
            return None;
        }
        let obj = slots.get(index)?.as_ref()?.upgrade()?;
        let matches = obj.downcast::<TbObj>().is_some_and(|o| o.entries.len().checked_sub(o.depth + 1) == Some(index) && same_entry(o));
        matches.then_some(obj)
    });
    if let Some(obj) = known {
        return Value::Native(obj);
    }
    let exc = tb.exc.clone();
    let obj = crate::object::NativeRef::new(tb);
    if exc.strong_count() > 0 {
        EXC_TBS.with(|m| {
            let mut m = m.borrow_mut();
            if m.len() >= 64 && m.len().is_power_of_two() {
                m.retain(|_, (owner, _)| owner.strong_count() > 0);
            }
            let slot = m.entry(key).or_insert_with(|| (exc.clone(), Vec::new()));
            if !slot.0.ptr_eq(&exc) {
                *slot = (exc.clone(), Vec::new());
            }
            if slot.1.len() <= index {
                slot.1.resize(index + 1, None);
            }
            slot.1[index] = Some(crate::object::NativeRef::downgrade(&obj));
        });
    }
    Value::Native(obj)
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

fn tb_field(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Value> {
    let tb = tb_of(args)?;
    let Some(entry) = tb.entry() else { return Ok(Value::None) };
    let (_, line, _, _) = vm.traceback_entry_of(entry);
    Ok(match name {
        "tb_lineno" => Value::Int(line as i64),
        "tb_next" if tb.depth + 1 < tb.entries.len() => {
            let class = tb.class.clone();
            tb_object(TbObj { entries: tb.entries.clone(), depth: tb.depth + 1, class, exc: tb.exc.clone() })
        }
        "tb_next" => Value::None,
        _ => tb_frame(vm, &tb.entries, tb.depth, &tb.exc)?,
    })
}

/// `tb_frame` of the traceback entry `depth` (0 = outermost) of `entries` (innermost first):
/// the running frame when its call is still on the stack (where the exception is being
/// handled), else a frame for the ended call with the locals it had when the exception left
/// it, its module's globals and, as `f_back`, the frame of the entry outside it.
fn tb_frame(
    vm: &mut Vm,
    entries: &[crate::object::exception::TbEntry],
    depth: usize,
    exc: &std::rc::Weak<crate::object::Instance>,
) -> PyResult<Value> {
    let mut back = Value::None;
    for d in 0..=depth {
        let Some(index) = entries.len().checked_sub(d + 1) else { return Ok(Value::None) };
        let Some(entry) = entries.get(index) else { return Ok(Value::None) };
        // CPython's traceback entry holds one frame object: asking again (through another
        // traceback object of the same exception, or through `f_back`) gives the same one.
        // Entries are counted from the innermost, which stays put as the exception travels.
        if let Some(known) = known_frame(exc, index) {
            back = Value::Instance(known);
            continue;
        }
        back = entry_frame(vm, entry, back)?;
        if let Value::Instance(frame) = &back {
            remember_frame(exc, index, frame);
        }
    }
    Ok(back)
}

type FrameSlots = (std::rc::Weak<crate::object::Instance>, Vec<std::rc::Weak<crate::object::Instance>>);

thread_local! {
    /// The frame objects made for an exception's traceback entries, by exception address:
    /// the exception (to tell a reused address apart) and one frame per entry, all weak.
    static EXC_FRAMES: std::cell::RefCell<hashbrown::HashMap<usize, FrameSlots>> =
        std::cell::RefCell::new(hashbrown::HashMap::new());
}

fn known_frame(exc: &std::rc::Weak<crate::object::Instance>, index: usize) -> Option<std::rc::Rc<crate::object::Instance>> {
    EXC_FRAMES.with(|m| {
        let m = m.borrow();
        let (owner, frames) = m.get(&(exc.as_ptr() as usize))?;
        if !owner.ptr_eq(exc) || owner.strong_count() == 0 {
            return None;
        }
        frames.get(index)?.upgrade()
    })
}

fn remember_frame(exc: &std::rc::Weak<crate::object::Instance>, index: usize, frame: &std::rc::Rc<crate::object::Instance>) {
    if exc.strong_count() == 0 {
        return;
    }
    EXC_FRAMES.with(|m| {
        let mut m = m.borrow_mut();
        // Entries of exceptions that went are dropped as the table grows.
        if m.len() >= 64 && m.len().is_power_of_two() {
            m.retain(|_, (owner, _)| owner.strong_count() > 0);
        }
        let slot = m.entry(exc.as_ptr() as usize).or_insert_with(|| (exc.clone(), Vec::new()));
        if !slot.0.ptr_eq(exc) {
            *slot = (exc.clone(), Vec::new());
        }
        if slot.1.len() <= index {
            slot.1.resize(index + 1, std::rc::Weak::new());
        }
        slot.1[index] = std::rc::Rc::downgrade(frame);
    });
}

fn entry_frame(vm: &mut Vm, entry: &crate::object::exception::TbEntry, back: Value) -> PyResult<Value> {
    if entry.locals.is_none() {
        let running = (0..vm.stack_depth()).find(|level| vm.frame_at_depth(*level).is_some_and(|f| std::rc::Rc::ptr_eq(&f.code, &entry.code)));
        if let Some(level) = running {
            return super::frames::running_frame_at(vm, level);
        }
    }
    let (_, line, _, _) = vm.traceback_entry_of(entry);
    let code = &entry.code.code;
    let globals = module_globals_for(vm, &code.filename);
    let locals = match &entry.locals {
        Some(fast) => {
            let mut d = crate::object::PyDict::new();
            for (name, v) in code.varnames.iter().zip(fast.iter()) {
                if let Some(v) = v {
                    d.set_str(name, v.clone());
                }
            }
            Value::dict(d)
        }
        // Module-level code names its globals; a call without locals has an empty mapping.
        None if code.flags.uses_locals_mapping => globals.clone(),
        None => Value::dict(crate::object::PyDict::new()),
    };
    Ok(super::frames::traceback_frame(vm, Value::Code(entry.code.clone()), line, locals, globals, back))
}

/// `tb_code(tb)`: the code object of a traceback object's entry, without building its frame.
fn tb_code(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let tb = tb_of(&args)?;
    Ok(tb.entry().map_or(Value::None, |e| Value::Code(e.code.clone())))
}

/// The namespace of the loaded module whose `__file__` is `filename` (an ended frame keeps no
/// link to its globals), or an empty dict.
fn module_globals_for(vm: &Vm, filename: &str) -> Value {
    let modules = vm.modules.borrow();
    for (_, m) in modules.items() {
        if let Value::Module(m) = &m {
            if m.dict.borrow().get_str("__file__").is_some_and(|f| f.as_str() == Some(filename)) {
                return Value::Dict(m.dict.clone());
            }
        }
    }
    Value::dict(crate::object::PyDict::new())
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
