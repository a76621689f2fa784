//! The `builtins` namespace and the methods of the built-in types.

pub mod arity;
pub mod base_dunders;
pub mod builtin_type_extras;
pub mod bytes_more;
pub mod bytes_type;
pub mod number_convert;
pub mod class_builder;
pub mod class_setattr;
pub mod code_replace;
pub mod complex_type;
pub mod dict_views;
pub mod dir;
pub mod docstrings;
pub mod text_signatures;
pub mod exception_group;
pub mod exceptions;
pub mod exceptions_unicode;
pub mod exec_eval;
pub mod float_type;
pub mod file;
pub mod file_codec;
pub mod format;
pub mod function_new;
pub mod functions;
pub mod generator;
pub mod instance_getsets;
pub mod int_type;
pub mod io;
pub mod mappingproxy;
pub mod method_descriptors;
pub mod methods;
pub mod object_pickling;
pub mod object_type;
pub mod operator_slots;
pub mod property_type;
pub mod range;
pub mod compile_warnings;
pub mod container_init;
pub mod container_sizeof;
pub mod instance_dict_sizeof;
pub mod set_type;
pub mod slot_wrappers;
pub mod slots;
pub mod sorting;
pub mod site_helper;
pub mod slice;
pub mod str_type;
mod str_search;
pub mod super_type;
pub mod types;

use std::rc::Rc;

use crate::object::function::NativeKind;
use crate::object::{Args, BuiltinFunction, Class, NativeFn, PyDict, PyErr, PyResult, Value};
use crate::vm::Vm;

/// A native function value.
pub fn native(name: &str, func: NativeFn, kind: NativeKind, owner: Option<&str>) -> Value {
    Value::Builtin(Rc::new(BuiltinFunction::new(Rc::from(name), func, kind, None, owner.map(Rc::from), arity::Arity::Any)))
}

/// `native` for a method: it shares its class's name string (one allocation less for each of
/// the ~1,000 methods installed at start-up).
fn native_method(name: &str, func: NativeFn, kind: NativeKind, owner: Rc<str>) -> Value {
    let arity = arity::of(&owner, name);
    Value::Builtin(Rc::new(BuiltinFunction::new(Rc::from(name), func, kind, None, Some(owner), arity)))
}

/// Register a module-level function in `dict`.
pub fn def_fn(dict: &mut PyDict, name: &str, func: NativeFn) {
    dict.set_str(name, native(name, func, NativeKind::Function, None));
}

/// Register a method on a class.
pub fn def_method(cls: &Rc<Class>, name: &str, func: NativeFn) {
    cls.dict.borrow_mut().set_str(name, native_method(name, func, NativeKind::Method, cls.name()));
}

/// Register a method whose type has a dotted CPython name (`collections.deque`): reprs show
/// the full name, `__qualname__` its last part.
pub fn def_method_owned(cls: &Rc<Class>, name: &str, func: NativeFn, owner: &str) {
    cls.dict.borrow_mut().set_str(name, native_method(name, func, NativeKind::Method, Rc::from(owner)));
}

pub fn def_classmethod(cls: &Rc<Class>, name: &str, func: NativeFn) {
    cls.dict.borrow_mut().set_str(name, native_method(name, func, NativeKind::ClassMethod, cls.name()));
}

/// Register `__new__` (a static method receiving the class as first argument).
pub fn def_new(cls: &Rc<Class>, func: NativeFn) {
    cls.dict.borrow_mut().set_str("__new__", native_method("__new__", func, NativeKind::StaticMethod, cls.name()));
}

/// Register a read-only attribute computed by `getter(self)`.
pub fn def_getter(cls: &Rc<Class>, name: &str, getter: NativeFn) {
    let prop = crate::object::Property {
        // The owner marks the property as a built-in getset for its repr
        // (`<attribute 'real' of 'int' objects>`).
        fget: native(name, getter, NativeKind::Function, Some(&cls.name())),
        fset: Value::None,
        fdel: Value::None,
        doc: Value::None.into(),
    };
    cls.dict.borrow_mut().set_str(name, Value::Property(Rc::new(prop)));
}

/// Check a positional argument count, with CPython's wording for exact counts.
/// Argument-count check for a method of a built-in type, counting without `self` as CPython's
/// messages do: `list.append() takes exactly one argument (0 given)`, `pop expected at least 1
/// argument, got 0`. `qual` is `type.method`, used by the exactly-one / no-argument forms.
pub fn check_method_count(name: &str, qual: &str, args: &Args, min: usize, max: usize) -> PyResult<()> {
    let n = args.pos.len().saturating_sub(1);
    if n >= min && n <= max {
        return Ok(());
    }
    Err(PyErr::type_error(if min == max && min <= 1 {
        let what = if min == 0 { "no arguments" } else { "exactly one argument" };
        format!("{qual}() takes {what} ({n} given)")
    } else if min == max {
        format!("{name} expected {min} argument{}, got {n}", if min == 1 { "" } else { "s" })
    } else if n < min {
        format!("{name} expected at least {min} argument{}, got {n}", if min == 1 { "" } else { "s" })
    } else {
        format!("{name} expected at most {max} argument{}, got {n}", if max == 1 { "" } else { "s" })
    }))
}

/// How CPython's `_PyArg_BadArgument` names a wrong argument: `None` itself, else its type
/// ("argument 'encoding' must be str, not None").
pub fn arg_type_name(vm: &Vm, v: &Value) -> String {
    match v {
        Value::None => "None".to_string(),
        _ => vm.type_name(v),
    }
}

/// Argument Clinic's checks (`_PyArg_UnpackKeywords`) for a built-in with parameters `names`
/// (keyword-only ones last): the first `posonly` positional-only, the first `required` required,
/// at most `max_pos` given by position. Messages as CPython 3.11's: "pow() missing required
/// argument 'exp' (pos 2)", "sum() takes at most 2 arguments (3 given)".
pub fn clinic(fname: &str, args: &Args, names: &[&str], posonly: usize, required: usize, max_pos: usize) -> PyResult<()> {
    let (npos, total) = (args.pos.len(), args.pos.len() + args.kw.len());
    let s = |n: usize| if n == 1 { "" } else { "s" };
    let fail = |m: String| Err(PyErr::type_error(m));
    if total > names.len() {
        let kw = if npos == 0 { "keyword " } else { "" };
        return fail(format!("{fname}() takes at most {} {kw}argument{} ({total} given)", names.len(), s(names.len())));
    }
    if npos > max_pos {
        if max_pos == 0 {
            return fail(format!("{fname}() takes no positional arguments"));
        }
        let how = if required < max_pos { "at most" } else { "exactly" };
        return fail(format!("{fname}() takes {how} {max_pos} positional argument{} ({npos} given)", s(max_pos)));
    }
    let min_posonly = posonly.min(required);
    if npos < min_posonly {
        let how = if min_posonly < max_pos { "at least" } else { "exactly" };
        return fail(format!("{fname}() takes {how} {min_posonly} positional argument{} ({npos} given)", s(min_posonly)));
    }
    for (i, name) in names.iter().enumerate().take(npos).skip(posonly) {
        if args.kwarg(name).is_some() {
            return fail(format!("argument for {fname}() given by name ('{name}') and position ({})", i + 1));
        }
    }
    for (i, name) in names.iter().enumerate().take(required).skip(npos) {
        if args.kwarg(name).is_none() {
            return fail(format!("{fname}() missing required argument '{name}' (pos {})", i + 1));
        }
    }
    match args.kw.iter().find(|(k, _)| !names[posonly.min(names.len())..].contains(&&**k)) {
        Some((k, _)) => fail(format!("'{k}' is an invalid keyword argument for {fname}()")),
        None => Ok(()),
    }
}

/// CPython's "len() takes no keyword arguments" for built-ins with positional-only parameters.
pub fn no_kwargs(name: &str, args: &Args) -> PyResult<()> {
    if args.kw.is_empty() {
        Ok(())
    } else {
        Err(PyErr::type_error(format!("{name}() takes no keyword arguments")))
    }
}

pub fn check_count(name: &str, args: &Args, min: usize, max: usize) -> PyResult<()> {
    let n = args.pos.len();
    if n >= min && n <= max {
        return Ok(());
    }
    Err(PyErr::type_error(if min == max {
        match min {
            0 => format!("{name}() takes no arguments ({n} given)"),
            1 => format!("{name}() takes exactly one argument ({n} given)"),
            _ => format!("{name} expected {min} arguments, got {n}"),
        }
    } else if n < min {
        format!("{name} expected at least {min} argument{}, got {n}", if min == 1 { "" } else { "s" })
    } else {
        format!("{name} expected at most {max} argument{}, got {n}", if max == 1 { "" } else { "s" })
    }))
}

/// The i-th positional argument (None when missing; callers check counts first).
pub fn arg(args: &Args, i: usize) -> Value {
    args.pos.get(i).cloned().unwrap_or(Value::None)
}

/// Install the builtins namespace and every built-in type's methods into `vm`.
pub fn install(vm: &mut Vm) {
    object_type::install(vm);
    object_pickling::install(vm);
    types::install(vm);
    exceptions::install(vm);
    generator::install(vm);
    functions::install(vm);
    file::install(vm);
    str_type::install(vm);
    set_type::install(vm);
    dict_views::install(vm);
    int_type::install(vm);
    float_type::install(vm);
    complex_type::install(vm);
    exec_eval::install(vm);
    bytes_type::install(vm);
    slot_wrappers::install(vm);
    range::install(vm);
    slice::install(vm);
    container_init::install(vm);
    base_dunders::install(vm);
    container_sizeof::install(vm);
    site_helper::install(vm);
    code_replace::install(vm);
}

/// A Py_ssize_t argument (an index, a count, a length): an int beyond 64 bits raises CPython's
/// OverflowError rather than being clamped.
pub fn ssize_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if let Value::BigInt(_) = v {
        return Err(PyErr::overflow_error("Python int too large to convert to C ssize_t"));
    }
    int_arg(vm, v, "")
}

/// An int argument as i64 with CPython's TypeError wording.
pub fn int_arg(vm: &mut Vm, v: &Value, what: &str) -> PyResult<i64> {
    match vm.index_value(v)? {
        Some(i) => Ok(i),
        None => Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer{}",
            vm.type_name(v),
            what
        ))),
    }
}
