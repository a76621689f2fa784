//! Methods and attributes of the built-in exception classes (`args`, `__cause__`, `__str__`,
//! `StopIteration.value`, `OSError.errno`, ...; exception groups are in `exception_group`).

use std::rc::Rc;

use super::{arg, def_method, native};
use crate::object::exception::{exc_data, exc_field, set_exc_field, ExcData};
use crate::object::function::NativeKind;
use crate::object::{Args, ExcKind, Instance, NativeFn, PyErr, PyResult, Value};
use crate::vm::Vm;

pub(super) fn data_of(v: &Value) -> PyResult<(&Rc<Instance>, &std::cell::RefCell<ExcData>)> {
    match v {
        Value::Instance(i) => match exc_data(i) {
            Some(d) => Ok((i, d)),
            None => Err(PyErr::type_error("descriptor requires a 'BaseException' object")),
        },
        _ => Err(PyErr::type_error("descriptor requires a 'BaseException' object")),
    }
}

fn self_arg<'a>(args: &'a Args) -> PyResult<&'a Value> {
    args.pos.first().ok_or_else(|| PyErr::type_error("descriptor needs an argument"))
}

pub(super) fn prop(cls: &Rc<crate::object::Class>, name: &str, get: NativeFn, set: Option<NativeFn>) {
    let p = crate::object::Property {
        fget: native(name, get, NativeKind::Function, Some(&cls.name())),
        fset: set.map(|s| native(name, s, NativeKind::Function, None)).unwrap_or(Value::None),
        fdel: Value::None,
        doc: Value::None.into(),
    };
    cls.dict.borrow_mut().set_str(name, Value::Property(Rc::new(p)));
}

/// Give the property `name` of `cls` (installed by `prop`) a deleter.
fn set_deleter(cls: &Rc<crate::object::Class>, name: &str, del: NativeFn) {
    let found = cls.dict.borrow().get_str(name);
    if let Some(Value::Property(p)) = found {
        let p = crate::object::Property { fget: p.fget.clone(), fset: p.fset.clone(), fdel: native(name, del, NativeKind::Function, None), doc: p.doc.get().into() };
        cls.dict.borrow_mut().set_str(name, Value::Property(Rc::new(p)));
    }
}

pub fn install(vm: &mut Vm) {
    let base = vm.exc_class(ExcKind::BaseException);
    def_method(&base, "__init__", exc_init);
    def_method(&base, "__repr__", exc_repr);
    def_method(&base, "__str__", exc_str);
    def_method(&base, "with_traceback", exc_with_traceback);
    def_method(&base, "add_note", exc_add_note);
    prop(&base, "args", exc_args, Some(exc_set_args));
    prop(&base, "__traceback__", exc_traceback, Some(exc_set_traceback));
    prop(&base, "__cause__", exc_cause, Some(exc_set_cause));
    prop(&base, "__context__", exc_context, Some(exc_set_context));
    prop(&base, "__suppress_context__", exc_suppress, Some(exc_set_suppress));
    // matches CPython's BaseException getsets, which refuse deletion with a TypeError.
    let undeletable: [(&str, NativeFn); 5] = [
        ("args", |_, _| Err(PyErr::type_error("args may not be deleted"))),
        ("__traceback__", |_, _| Err(PyErr::type_error("__traceback__ may not be deleted"))),
        ("__cause__", |_, _| Err(PyErr::type_error("__cause__ may not be deleted"))),
        ("__context__", |_, _| Err(PyErr::type_error("__context__ may not be deleted"))),
        ("__suppress_context__", |_, _| Err(PyErr::type_error("can't delete numeric/char attribute"))),
    ];
    for (name, del) in undeletable {
        set_deleter(&base, name, del);
    }
    // CPython keeps these as writable, deletable members set from the arguments by
    // __init__; here they are computed from `args` until a script assigns them.
    let stop = vm.exc_class(ExcKind::StopIteration);
    prop(&stop, "value", first_arg_or_none, Some(set_value));
    set_deleter(&stop, "value", del_value);
    let exit = vm.exc_class(ExcKind::SystemExit);
    prop(&exit, "code", system_exit_code, Some(set_code));
    set_deleter(&exit, "code", del_code);
    super::exceptions_unicode::install(vm);
    let os = vm.exc_class(ExcKind::OSError);
    prop(&os, "errno", os_errno, Some(set_errno));
    prop(&os, "strerror", os_strerror, Some(set_strerror));
    prop(&os, "filename", os_filename, Some(os_set_filename));
    prop(&os, "filename2", os_filename2, Some(os_set_filename2));
    prop(&os, "args", os_args, Some(exc_set_args));
    set_deleter(&os, "args", |_, _| Err(PyErr::type_error("args may not be deleted")));
    def_method(&os, "__repr__", os_repr);
    def_method(&os, "__str__", os_str);
    super::def_new(&os, os_new);
    let syn = vm.exc_class(ExcKind::SyntaxError);
    def_method(&syn, "__str__", syntax_str);
    let fields: [(&str, NativeFn, NativeFn); 7] = [
        ("msg", syntax_msg, set_msg),
        ("filename", syntax_filename, set_filename),
        ("lineno", syntax_lineno, set_lineno),
        ("offset", syntax_offset, set_offset),
        ("text", syntax_text, set_text),
        ("end_lineno", syntax_end_lineno, set_end_lineno),
        ("end_offset", syntax_end_offset, set_end_offset),
    ];
    for (name, get, set) in fields {
        prop(&syn, name, get, Some(set));
    }
    // CPython's C members of these classes: None until set, kept out of `__dict__`, and
    // `del` makes them None again.
    let attr = vm.exc_class(ExcKind::AttributeError);
    def_method(&attr, "__init__", attribute_error_init);
    member(&attr, "name", member_get_name, member_set_name, member_del_name);
    member(&attr, "obj", member_get_obj, member_set_obj, member_del_obj);
    let nm = vm.exc_class(ExcKind::NameError);
    def_method(&nm, "__init__", name_error_init);
    member(&nm, "name", member_get_name, member_set_name, member_del_name);
    let imp = vm.exc_class(ExcKind::ImportError);
    def_method(&imp, "__init__", import_init);
    def_method(&imp, "__str__", import_str);
    member(&imp, "name", member_get_name, member_set_name, member_del_name);
    member(&imp, "path", member_get_path, member_set_path, member_del_path);
    member(&imp, "msg", member_get_msg, member_set_msg, member_del_msg);
    super::exception_group::install(vm);

    // matches CPython, where every built-in exception type has `__init__` in its own dict:
    // a cooperative `super().__init__()` from a class mixing two exception bases reaches the
    // built-in one before any Python `__init__` later in the MRO.
    for kind in ExcKind::ALL {
        if kind.module() != "builtins" {
            continue;
        }
        let cls = vm.exc_class(*kind);
        if cls.dict.borrow().get_str("__init__").is_none() {
            if let Some(init) = cls.lookup("__init__") {
                cls.dict.borrow_mut().set_str("__init__", init);
            }
        }
    }

    let b = vm.builtins.clone();
    let mut d = b.borrow_mut();
    for kind in ExcKind::ALL {
        if kind.module() == "builtins" {
            d.set_str(kind.name(), Value::Class(vm.exc_class(*kind)));
        }
    }
    d.set_str("EnvironmentError", Value::Class(vm.exc_class(ExcKind::OSError)));
    d.set_str("IOError", Value::Class(vm.exc_class(ExcKind::OSError)));
}

fn exc_init(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (inst, d) = data_of(self_arg(&args)?)?;
    if !args.kw.is_empty() {
        // matches CPython's BaseException_init (_PyArg_NoKeywords with the type's name).
        return Err(PyErr::type_error(format!("{}() takes no keyword arguments", inst.class().tp_name())));
    }
    d.borrow_mut().args = args.pos[1..].to_vec();
    Ok(Value::None)
}

fn exc_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = arg(&args, 0);
    let (inst, d) = data_of(&v)?;
    let name = inst.class().name();
    let a = d.borrow().args.clone();
    let inner = if a.len() == 1 { vm.repr(&a[0])? } else {
        let t = vm.repr(&Value::tuple(a.clone()))?;
        if a.is_empty() { String::new() } else { t[1..t.len() - 1].to_string() }
    };
    Ok(Value::string(format!("{name}({inner})")))
}

fn exc_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = arg(&args, 0);
    Ok(Value::string(vm.exception_str(&v)?))
}

/// `exc.with_traceback(tb)`: `tb` (a traceback or None) becomes the exception's traceback;
/// raising it later adds the raising frames on top, as in CPython.
fn exc_with_traceback(vm: &mut Vm, args: Args) -> PyResult<Value> {
    exc_set_traceback(vm, args)?;
    Ok(arg(&args, 0))
}

/// `exc.__traceback__ = tb` (BaseException_set_tb).
fn exc_set_traceback(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, d) = data_of(self_arg(&args)?)?;
    let tb = arg(&args, 1);
    let entries = match &tb {
        Value::None => Vec::new(),
        other => crate::modules::traceback::tb_entries(other)
            .ok_or_else(|| PyErr::type_error("__traceback__ must be a traceback or None"))?,
    };
    let n = entries.len();
    let mut d = d.borrow_mut();
    d.traceback = entries;
    // `e.__traceback__ = tb; e.__traceback__ is tb`, as CPython keeps the object itself.
    let old = d.set_field(TB_CACHE, Value::tuple(vec![Value::Int(n as i64), tb]));
    drop(d);
    drop(old);
    Ok(Value::None)
}

/// Whether traceback object `tb` (or None) still shows exactly `entries`.
fn same_entries(tb: &Value, entries: &[crate::object::exception::TbEntry]) -> bool {
    let shown = match tb {
        Value::None => Vec::new(),
        other => match crate::modules::traceback::tb_entries(other) {
            Some(e) => e,
            None => return false,
        },
    };
    shown.len() == entries.len()
        && shown.iter().zip(entries).all(|(a, b)| Rc::ptr_eq(&a.code, &b.code) && a.instr == b.instr)
}

/// The member holding the traceback object last handed out or assigned, with how many
/// entries the traceback had then: `e.__traceback__ is e.__traceback__` while it has not
/// grown (traceback objects are made on demand from the entries).
const TB_CACHE: &str = "\0tb";

fn exc_add_note(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (inst, _) = data_of(self_arg(&args)?)?;
    let note = arg(&args, 1);
    if !matches!(note, Value::Str(_)) {
        return Err(PyErr::type_error(format!("note must be a str, not '{}'", vm.type_name(&note))));
    }
    // matches CPython: notes live in the instance's `__notes__` list, which scripts may read
    // and change.
    let existing = inst.attrs().borrow().get_str("__notes__");
    match existing {
        None => inst.attrs().borrow_mut().set_str("__notes__", Value::list(vec![note])),
        Some(Value::List(l)) => l.borrow_mut().push(note),
        Some(_) => return Err(PyErr::type_error("Cannot add note: __notes__ is not a list")),
    }
    Ok(Value::None)
}

fn exc_args(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, d) = data_of(self_arg(&args)?)?;
    Ok(Value::tuple(d.borrow().args.clone()))
}

fn exc_set_args(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, d) = data_of(self_arg(&args)?)?;
    let items = vm.collect_iterable(&arg(&args, 1))?;
    d.borrow_mut().args = items;
    Ok(Value::None)
}

fn exc_traceback(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (i, d) = data_of(self_arg(&args)?)?;
    let n = d.borrow().traceback.len();
    if let Some(Value::Tuple(t)) = d.borrow().field(TB_CACHE) {
        if let [Value::Int(len), tb] = &t[..] {
            if *len == n as i64 && same_entries(tb, &d.borrow().traceback) {
                return Ok(tb.clone());
            }
        }
    }
    let tb = vm.traceback_object(i);
    let old = d.borrow_mut().set_field(TB_CACHE, Value::tuple(vec![Value::Int(n as i64), tb.clone()]));
    drop(old);
    Ok(tb)
}

fn exc_cause(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, d) = data_of(self_arg(&args)?)?;
    Ok(d.borrow().cause.clone().unwrap_or(Value::None))
}

fn exc_set_cause(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, d) = data_of(self_arg(&args)?)?;
    let v = arg(&args, 1);
    let mut d = d.borrow_mut();
    d.cause = if v.is_none() { None } else { Some(v) };
    d.suppress_context = true;
    Ok(Value::None)
}

fn exc_context(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, d) = data_of(self_arg(&args)?)?;
    Ok(d.borrow().context.clone().unwrap_or(Value::None))
}

fn exc_set_context(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, d) = data_of(self_arg(&args)?)?;
    let v = arg(&args, 1);
    d.borrow_mut().context = if v.is_none() { None } else { Some(v) };
    Ok(Value::None)
}

fn exc_suppress(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, d) = data_of(self_arg(&args)?)?;
    Ok(Value::bool(d.borrow().suppress_context))
}

fn exc_set_suppress(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, d) = data_of(self_arg(&args)?)?;
    let b = vm.is_true(&arg(&args, 1))?;
    d.borrow_mut().suppress_context = b;
    Ok(Value::None)
}

/// `SystemExit.code`: None, the single argument, or the whole args tuple (CPython).
/// A field a script assigned (`e.code = 1`): kept among the exception's members (out of
/// `__dict__`, as CPython's C members), where it takes precedence over the value computed
/// from `args`.
pub(super) fn assigned(args: &Args, name: &str) -> PyResult<Option<Value>> {
    let (inst, _) = data_of(self_arg(args)?)?;
    Ok(exc_field(inst, name))
}

pub(super) fn assign(args: &Args, name: &str, value: Value) -> PyResult<Value> {
    let (inst, _) = data_of(self_arg(args)?)?;
    set_exc_field(inst, name, value);
    Ok(Value::None)
}

/// Setters (and, for the members CPython lets `del` clear to None, deleters) of the fields.
macro_rules! field_setters {
    ($($set:ident $($del:ident)? => $name:literal),* $(,)?) => {$(
        fn $set(_vm: &mut Vm, args: Args) -> PyResult<Value> {
            assign(&args, $name, arg(&args, 1))
        }
        $(fn $del(_vm: &mut Vm, args: Args) -> PyResult<Value> {
            assign(&args, $name, Value::None)
        })?
    )*};
}

field_setters! {
    set_value del_value => "value",
    set_code del_code => "code",
    set_errno => "errno",
    set_strerror => "strerror",
    set_msg => "msg",
    set_filename => "filename",
    set_lineno => "lineno",
    set_offset => "offset",
    set_text => "text",
    set_end_lineno => "end_lineno",
    set_end_offset => "end_offset",
}

fn system_exit_code(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some(v) = assigned(&args, "code")? {
        return Ok(v);
    }
    let (_, d) = data_of(self_arg(&args)?)?;
    let a = d.borrow().args.clone();
    Ok(match a.len() {
        0 => Value::None,
        1 => a[0].clone(),
        _ => Value::tuple(a),
    })
}

fn first_arg_or_none(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some(v) = assigned(&args, "value")? {
        return Ok(v);
    }
    let (_, d) = data_of(self_arg(&args)?)?;
    Ok(d.borrow().args.first().cloned().unwrap_or(Value::None))
}

/// `OSError(errno, strerror, ...)` called on OSError itself builds the subclass for that errno
/// (CPython's errnomap: `OSError(2, 'x')` is a FileNotFoundError). Linux errno values.
fn os_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Class(cls)) = args.pos.first() else {
        return Err(PyErr::type_error("OSError.__new__(X): X is not a type object"));
    };
    let rest = &args.pos[1..];
    // matches CPython's OSError_new: keywords are refused (naming the class called) unless a
    // subclass's own __init__ takes them.
    if !args.kw.is_empty() && !matches!(cls.lookup("__init__"), Some(Value::Function(_))) {
        return Err(PyErr::type_error(format!("{}() takes no keyword arguments", cls.tp_name())));
    }
    let mut target = cls.clone();
    if Rc::ptr_eq(cls, &vm.exc_class(ExcKind::OSError)) && (2..=5).contains(&rest.len()) {
        let kind = match rest[0] {
            Value::Int(n) => errno_kind(n),
            _ => None,
        };
        if let Some(k) = kind {
            target = vm.exc_class(k);
        }
    }
    Ok(vm.new_instance(&target, rest))
}

/// matches CPython's OSError.__init__: with 3 to 5 arguments, `args` keeps only (errno,
/// strerror) and the third and fifth become `filename` and `filename2`. Done lazily, on first
/// access, so errors the VM builds with three args are normalised too.
fn os_normalize(inst: &Rc<Instance>, d: &std::cell::RefCell<ExcData>) {
    let n = d.borrow().args.len();
    if !(3..=5).contains(&n) {
        return;
    }
    let _ = inst;
    let mut data = d.borrow_mut();
    let filename = data.args[2].clone();
    data.set_field("filename", filename);
    if n == 5 {
        let filename2 = data.args[4].clone();
        data.set_field("filename2", filename2);
    }
    data.args.truncate(2);
}

fn os_field(args: &Args, name: &str, index: usize) -> PyResult<Value> {
    let (inst, d) = data_of(self_arg(args)?)?;
    os_normalize(inst, d);
    if let Some(v) = exc_field(inst, name) {
        return Ok(v);
    }
    if index >= 2 {
        return Ok(Value::None);
    }
    // More than five arguments leave errno and strerror unset, as CPython.
    let a = &d.borrow().args;
    Ok(if a.len() == 2 { a[index].clone() } else { Value::None })
}

fn os_errno(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    os_field(&args, "errno", 0)
}

fn os_strerror(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    os_field(&args, "strerror", 1)
}

fn os_filename(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    os_field(&args, "filename", 2)
}

fn os_filename2(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    os_field(&args, "filename2", 4)
}

fn os_set_name(args: &Args, name: &str) -> PyResult<Value> {
    let (inst, d) = data_of(self_arg(args)?)?;
    os_normalize(inst, d);
    set_exc_field(inst, name, arg(args, 1));
    Ok(Value::None)
}

fn os_set_filename(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    os_set_name(&args, "filename")
}

fn os_set_filename2(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    os_set_name(&args, "filename2")
}

fn os_args(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (inst, d) = data_of(self_arg(&args)?)?;
    os_normalize(inst, d);
    Ok(Value::tuple(d.borrow().args.clone()))
}

fn os_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (inst, d) = data_of(self_arg(&args)?)?;
    os_normalize(inst, d);
    exc_repr(vm, args)
}

/// `[Errno 2] No such file or directory: 'x.txt'` (and `'a' -> 'b'` with a second filename).
fn os_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = arg(&args, 0);
    let (inst, d) = data_of(&v)?;
    os_normalize(inst, d);
    let a = d.borrow().args.clone();
    let (f1, f2) = (
        exc_field(inst, "filename").unwrap_or(Value::None),
        exc_field(inst, "filename2").unwrap_or(Value::None),
    );
    // The message uses the errno and strerror members, which scripts may have reassigned.
    let field = |name: &str, i: usize| exc_field(inst, name).or_else(|| if a.len() == 2 { a.get(i).cloned() } else { None });
    if let (Some(errno), Some(msg)) = (field("errno", 0), field("strerror", 1)) {
        let errno = vm.str(&errno)?;
        let msg = vm.str(&msg)?;
        if !f1.is_none() {
            let f = vm.repr(&f1)?;
            if !f2.is_none() {
                let g = vm.repr(&f2)?;
                return Ok(Value::string(format!("[Errno {errno}] {msg}: {f} -> {g}")));
            }
            return Ok(Value::string(format!("[Errno {errno}] {msg}: {f}")));
        }
        return Ok(Value::string(format!("[Errno {errno}] {msg}")));
    }
    Ok(Value::string(vm.exception_str(&v)?))
}

/// `SyntaxError(msg, (filename, lineno, offset, text, end_lineno, end_offset))`: field `i` of
/// the details tuple.
fn syntax_detail(args: &Args, i: usize) -> PyResult<Value> {
    const NAMES: [&str; 6] = ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"];
    if let Some(v) = assigned(args, NAMES[i])? {
        return Ok(v);
    }
    let (_, d) = data_of(self_arg(args)?)?;
    let d = d.borrow();
    Ok(match d.args.get(1) {
        Some(Value::Tuple(t)) => t.get(i).cloned().unwrap_or(Value::None),
        _ => Value::None,
    })
}

fn syntax_msg(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some(v) = assigned(&args, "msg")? {
        return Ok(v);
    }
    let (_, d) = data_of(self_arg(&args)?)?;
    Ok(d.borrow().args.first().cloned().unwrap_or(Value::None))
}

fn syntax_filename(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    syntax_detail(&args, 0)
}

fn syntax_lineno(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    syntax_detail(&args, 1)
}

fn syntax_offset(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    syntax_detail(&args, 2)
}

fn syntax_text(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    syntax_detail(&args, 3)
}

fn syntax_end_lineno(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    syntax_detail(&args, 4)
}

fn syntax_end_offset(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    syntax_detail(&args, 5)
}

/// matches CPython: `msg (file.py, line N)` with the file's base name.
fn syntax_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let msg = syntax_msg(vm, Args { pos: args.pos, kw: &[] })?;
    let msg = if msg.is_none() { String::from("None") } else { vm.str(&msg)? };
    let file = syntax_detail(&args, 0)?;
    let line = syntax_detail(&args, 1)?;
    let base = file.as_str().map(|f| f.rsplit('/').next().unwrap_or(f).to_owned());
    Ok(Value::string(match (base, line) {
        (Some(f), Value::Int(n)) => format!("{msg} ({f}, line {n})"),
        (Some(f), _) => format!("{msg} ({f})"),
        (None, Value::Int(n)) => format!("{msg} (line {n})"),
        (None, _) => msg,
    }))
}

/// `ImportError(*args, name=None, path=None)`.
fn import_init(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (inst, d) = data_of(self_arg(&args)?)?;
    let fields = keyword_fields(&args, "ImportError", &["name", "path"])?;
    d.borrow_mut().args = args.pos[1..].to_vec();
    let msg = if args.pos.len() == 2 { args.pos[1].clone() } else { Value::None };
    set_exc_field(inst, "msg", msg);
    for (k, v) in fields {
        set_exc_field(inst, k, v);
    }
    Ok(Value::None)
}

/// `AttributeError(*args, name=None, obj=None)`.
fn attribute_error_init(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (inst, d) = data_of(self_arg(&args)?)?;
    let fields = keyword_fields(&args, "AttributeError", &["name", "obj"])?;
    d.borrow_mut().args = args.pos[1..].to_vec();
    for (k, v) in fields {
        set_exc_field(inst, k, v);
    }
    Ok(Value::None)
}

/// `NameError(*args, name=None)`.
fn name_error_init(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (inst, d) = data_of(self_arg(&args)?)?;
    let fields = keyword_fields(&args, "NameError", &["name"])?;
    d.borrow_mut().args = args.pos[1..].to_vec();
    for (k, v) in fields {
        set_exc_field(inst, k, v);
    }
    Ok(Value::None)
}

/// The keyword-only member arguments of an exception's `__init__`, checked as CPython's
/// "|$OO:<Class>" argument parsing (which names the built-in class even for a subclass).
fn keyword_fields<'a>(args: &'a Args, class: &str, allowed: &[&'static str]) -> PyResult<Vec<(&'static str, Value)>> {
    if args.kw.len() > allowed.len() {
        return Err(PyErr::type_error(format!(
            "{class}() takes at most {} keyword argument{} ({} given)",
            allowed.len(),
            if allowed.len() == 1 { "" } else { "s" },
            args.kw.len()
        )));
    }
    let mut out = Vec::new();
    for (k, v) in args.kw {
        match allowed.iter().find(|a| **a == k.as_ref()) {
            Some(name) => out.push((*name, v.clone())),
            None => return Err(PyErr::type_error(format!("'{k}' is an invalid keyword argument for {class}()"))),
        }
    }
    Ok(out)
}

/// Install member `name` (see `ExcData::fields`) on `cls`.
fn member(cls: &Rc<crate::object::Class>, name: &str, get: NativeFn, set: NativeFn, del: NativeFn) {
    prop(cls, name, get, Some(set));
    set_deleter(cls, name, del);
}

/// Getter, setter and deleter of the members of AttributeError, NameError and ImportError.
macro_rules! members {
    ($($get:ident $set:ident $del:ident => $name:literal),* $(,)?) => {$(
        fn $get(_vm: &mut Vm, args: Args) -> PyResult<Value> {
            let (inst, _) = data_of(self_arg(&args)?)?;
            Ok(exc_field(inst, $name).unwrap_or(Value::None))
        }
        fn $set(_vm: &mut Vm, args: Args) -> PyResult<Value> {
            assign(&args, $name, arg(&args, 1))
        }
        fn $del(_vm: &mut Vm, args: Args) -> PyResult<Value> {
            assign(&args, $name, Value::None)
        }
    )*};
}

members! {
    member_get_name member_set_name member_del_name => "name",
    member_get_obj member_set_obj member_del_obj => "obj",
    member_get_path member_set_path member_del_path => "path",
}

/// `ImportError.msg`: CPython's __init__ sets it from a single argument; errors the import
/// system raises (made without running __init__) get the same.
fn member_get_msg(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (inst, d) = data_of(self_arg(&args)?)?;
    if let Some(v) = exc_field(inst, "msg") {
        return Ok(v);
    }
    let a = &d.borrow().args;
    Ok(if a.len() == 1 { a[0].clone() } else { Value::None })
}

fn member_set_msg(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    assign(&args, "msg", arg(&args, 1))
}

fn member_del_msg(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    assign(&args, "msg", Value::None)
}

/// matches CPython's ImportError_str: the `msg` member when it is a str, else the usual
/// message from `args`.
fn import_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = arg(&args, 0);
    let msg = member_get_msg(vm, Args { pos: std::slice::from_ref(&v), kw: &[] })?;
    match msg {
        m @ Value::Str(_) => Ok(m),
        _ => Ok(Value::string(vm.exception_str(&v)?)),
    }
}

/// The OSError subclass CPython picks for an errno (PEP 3151).
pub fn errno_kind(errno: i64) -> Option<ExcKind> {
    Some(match errno {
        1 | 13 => ExcKind::PermissionError,
        2 => ExcKind::FileNotFoundError,
        3 => ExcKind::ProcessLookupError,
        4 => ExcKind::InterruptedError,
        10 => ExcKind::ChildProcessError,
        11 | 114 | 115 => ExcKind::BlockingIOError,
        17 => ExcKind::FileExistsError,
        20 => ExcKind::NotADirectoryError,
        21 => ExcKind::IsADirectoryError,
        32 | 108 => ExcKind::BrokenPipeError,
        103 => ExcKind::ConnectionAbortedError,
        104 => ExcKind::ConnectionResetError,
        110 => ExcKind::TimeoutError,
        111 => ExcKind::ConnectionRefusedError,
        _ => return None,
    })
}
