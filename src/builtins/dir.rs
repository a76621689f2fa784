//! `dir()`: the attribute listing CPython's dir() gives for modules, classes and instances.

use std::rc::Rc;

use super::check_count;
use crate::object::{Args, PyResult, Value};
use crate::vm::Vm;

pub fn dir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::no_kwargs("dir", &args)?;
    check_count("dir", &args, 0, 1)?;
    // A `__dir__` written in Python (an Enum's, say) decides, as CPython's dir() does.
    if let Some(obj) = args.pos.first() {
        if let Some(m) = vm.lookup_special(obj, "__dir__") {
            if matches!(m, Value::Function(_)) {
                let listing = vm.call_bound_special(&m, obj, vec![])?;
                let items = vm.collect_iterable(&listing)?;
                let key = None;
                return Ok(Value::list(super::sorting::sort_values(vm, items, key, false)?));
            }
        }
    }
    // PEP 562: a module's own `__dir__` function supplies its listing (asyncio's lists the
    // names it loads lazily), sorted by dir() as CPython's module_dir result is.
    if let Some(Value::Module(m)) = args.pos.first() {
        let own = m.dict.borrow().get_str("__dir__");
        if let Some(f) = own {
            let listing = vm.call(&f, vec![])?;
            let items = vm.collect_iterable(&listing)?;
            return Ok(Value::list(super::sorting::sort_values(vm, items, None, false)?));
        }
    }
    listing(vm, args.pos.first())
}

/// The listing `dir(obj)` gives without a script `__dir__` (what `object.__dir__` answers,
/// so an override calling it does not come back to itself), sorted.
pub fn listing(vm: &mut Vm, obj: Option<&Value>) -> PyResult<Value> {
    let mut names: Vec<String> = Vec::new();
    fn add_name(names: &mut Vec<String>, s: &str) {
        if !names.iter().any(|n| n == s) {
            names.push(s.to_owned());
        }
    }
    let add = |names: &mut Vec<String>, d: &crate::object::PyDict, skip_module: bool| {
        for k in d.keys() {
            if let Some(s) = k.as_str() {
                if !(skip_module && s == "__module__") {
                    add_name(names, s);
                }
            }
        }
    };
    match obj {
        None => {
            let f = vm.frames.last_mut().expect("dir() is called from a frame");
            match f.locals_dict() {
                Value::Dict(d) => add(&mut names, &d.borrow(), false),
                _ => add(&mut names, &f.globals.borrow(), false),
            }
        }
        Some(Value::Module(m)) => add(&mut names, &m.dict.borrow(), false),
        Some(Value::Class(c)) => add_class_names(&mut names, c, add),
        Some(v) => {
            if let Value::Instance(i) = v {
                add(&mut names, &i.attrs().borrow(), false);
            }
            if let Value::Function(f) = v {
                // The members and getsets of CPython's function type, then the function's own
                // attributes.
                for n in FUNCTION_MEMBERS {
                    add_name(&mut names, n);
                }
                add(&mut names, &f.dict.borrow(), false);
            }
            let cls = vm.type_of(v);
            add_class_names(&mut names, &cls, add);
        }
    }
    names.sort();
    Ok(Value::list(names.into_iter().map(Value::string).collect()))
}

/// The members, getsets and slots of CPython's built-in types that corio answers outside their
/// class dicts (as special attributes), so `dir()` lists them too, for the type itself
/// (`dir(types.GeneratorType)`) as for its values (`dir(gen)`).
fn value_members(type_name: &str) -> &'static [&'static str] {
    match type_name {
        "slice" => &["start", "step", "stop"],
        "type" => &[
            "__abstractmethods__", "__annotations__", "__base__", "__bases__", "__basicsize__", "__dict__",
            "__dictoffset__", "__flags__", "__itemsize__", "__module__", "__mro__", "__name__", "__or__",
            "__qualname__", "__ror__", "__text_signature__", "__weakrefoffset__",
        ],
        "function" => &FUNCTION_MEMBERS,
        "builtin_function_or_method" => &["__module__", "__name__", "__qualname__", "__self__", "__text_signature__"],
        "method_descriptor" | "wrapper_descriptor" | "classmethod_descriptor" => {
            &["__name__", "__objclass__", "__qualname__", "__text_signature__"]
        }
        "method-wrapper" => &["__name__", "__objclass__", "__qualname__", "__self__", "__text_signature__"],
        "method" => &["__func__", "__self__"],
        "module" => &["__annotations__", "__dict__"],
        "generator" => &["__del__", "__name__", "__qualname__", "gi_code", "gi_frame", "gi_running", "gi_suspended", "gi_yieldfrom"],
        "coroutine" => &["__del__", "__name__", "__qualname__", "cr_await", "cr_code", "cr_frame", "cr_origin", "cr_running", "cr_suspended"],
        "async_generator" => &["__class_getitem__", "__del__", "__name__", "__qualname__", "ag_await", "ag_code", "ag_frame", "ag_running"],
        "code" => &[
            "_co_code_adaptive", "_varname_from_oparg", "co_argcount", "co_cellvars", "co_code", "co_consts",
            "co_exceptiontable", "co_filename", "co_firstlineno", "co_flags", "co_freevars", "co_kwonlyargcount",
            "co_lines", "co_linetable", "co_lnotab", "co_name", "co_names", "co_nlocals", "co_positions",
            "co_posonlyargcount", "co_qualname", "co_stacksize", "co_varnames", "replace",
        ],
        "frame" => &[
            "clear", "f_back", "f_builtins", "f_code", "f_globals", "f_lasti", "f_lineno", "f_locals", "f_trace",
            "f_trace_lines", "f_trace_opcodes",
        ],
        "property" => &["__isabstractmethod__", "__set_name__", "fdel", "fget", "fset"],
        "staticmethod" => &["__call__", "__dict__", "__func__", "__isabstractmethod__", "__wrapped__"],
        "classmethod" => &["__dict__", "__func__", "__isabstractmethod__", "__wrapped__"],
        "super" => &["__self__", "__self_class__", "__thisclass__"],
        "NotImplementedType" => &["__bool__"],
        "OSError" => &["characters_written"],
        "SyntaxError" => &["print_file_and_line"],
        _ => &[],
    }
}

/// What `dir()` lists for every function besides its type's slots (CPython's function type's
/// members and getsets).
const FUNCTION_MEMBERS: [&str; 13] = [
    "__annotations__",
    "__builtins__",
    "__call__",
    "__closure__",
    "__code__",
    "__defaults__",
    "__dict__",
    "__get__",
    "__globals__",
    "__kwdefaults__",
    "__module__",
    "__name__",
    "__qualname__",
];

/// The attribute names `dir()` finds along a class's MRO, as CPython lists them: built-in
/// types carry no `__module__` entry, `object`'s slots (`__class__`, the rich comparisons,
/// `__reduce__`, ...) are always there, and classes with an instance dict list `__dict__` and
/// `__weakref__`.
fn add_class_names(
    names: &mut Vec<String>,
    cls: &Rc<crate::object::Class>,
    add: impl Fn(&mut Vec<String>, &crate::object::PyDict, bool),
) {
    use crate::object::class::Layout;
    let is_builtin = |c: &Rc<crate::object::Class>| {
        c.dict.borrow().get_str("__module__").map_or(false, |m| m.as_str() == Some("builtins"))
    };
    for c in cls.mro.borrow().iter() {
        add(names, &c.dict.borrow(), is_builtin(c));
        if is_builtin(c) {
            for n in value_members(&c.name()) {
                if !names.iter().any(|x| x == n) {
                    names.push((*n).to_owned());
                }
            }
        }
        if !is_builtin(c) && !c.dictless.get() {
            if matches!(c.layout, Layout::Object) {
                for n in ["__dict__", "__weakref__"] {
                    if !names.iter().any(|x| x == n) {
                        names.push(n.to_owned());
                    }
                }
            }
        }
        if matches!(c.layout, Layout::Exception) && c.bases.borrow().iter().any(|b| b.bases.borrow().is_empty()) {
            // BaseException: instances have a `__dict__`.
            if !names.iter().any(|x| x == "__dict__") {
                names.push("__dict__".to_owned());
            }
        }
    }
    for n in ["__class__", "__lt__", "__le__", "__gt__", "__ge__", "__getstate__", "__reduce__", "__reduce_ex__", "__sizeof__"] {
        if !names.iter().any(|x| x == n) {
            names.push(n.to_owned());
        }
    }
}
