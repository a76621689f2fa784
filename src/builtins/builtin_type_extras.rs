//! The entries CPython's static types have in their `__dict__` that corio answers elsewhere
//! (special attributes read natively, slots inherited from `object`): `vars(type)`,
//! `vars(types.FunctionType)`, `vars(types.GeneratorType)` and the others list them as
//! CPython's do. Only the shown copy of the dict gets them (see `mappingproxy::class_dict`);
//! attribute lookup never sees them.

use std::rc::Rc;

use crate::object::function::NativeKind;
use crate::object::{Args, Class, PyDict, PyErr, PyResult, Value};
use crate::vm::Vm;

/// One getter per attribute name: `getset.__get__(obj)` reads the attribute as `obj.name`.
macro_rules! getters {
    ($($name:literal),* $(,)?) => {
        fn getter_for(name: &str) -> Option<crate::object::NativeFn> {
            match name {
                $($name => Some((|vm: &mut Vm, args: Args| read(vm, &args, $name)) as crate::object::NativeFn),)*
                _ => None,
            }
        }
    };
}

getters!(
    "__abstractmethods__", "__annotations__", "__base__", "__bases__", "__basicsize__", "__dict__",
    "__dictoffset__", "__flags__", "__itemsize__", "__module__", "__mro__", "__name__", "__qualname__",
    "__text_signature__", "__weakrefoffset__", "__builtins__", "__closure__", "__code__", "__defaults__",
    "__globals__", "__kwdefaults__", "gi_code", "gi_frame", "gi_running", "gi_suspended", "gi_yieldfrom",
    "cr_await", "cr_code", "cr_frame", "cr_origin", "cr_running", "cr_suspended", "__func__", "__self__",
    "__isabstractmethod__", "fdel", "fget", "fset", "__wrapped__", "__self_class__", "__thisclass__",
    "__class__",
);

fn read(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Value> {
    let Some(obj) = args.pos.first() else {
        return Err(PyErr::type_error(format!("descriptor '{name}' needs an argument")));
    };
    vm.getattr(obj, &Value::str(name))
}

/// (type, attributes read through a getset, slots found on a base) as CPython 3.11 lists them.
const EXTRAS: &[(&str, &[&str], &[&str])] = &[
    ("object", &["__class__"], &[]),
    (
        "type",
        &[
            "__abstractmethods__", "__annotations__", "__base__", "__bases__", "__basicsize__", "__dict__",
            "__dictoffset__", "__flags__", "__itemsize__", "__module__", "__mro__", "__name__", "__qualname__",
            "__text_signature__", "__weakrefoffset__",
        ],
        &["__delattr__", "__dir__", "__getattribute__", "__or__", "__ror__", "__setattr__", "__sizeof__"],
    ),
    (
        "function",
        &[
            "__annotations__", "__builtins__", "__closure__", "__code__", "__defaults__", "__dict__", "__globals__",
            "__kwdefaults__", "__module__", "__name__", "__qualname__",
        ],
        &["__new__", "__repr__"],
    ),
    (
        "generator",
        &["__name__", "__qualname__", "gi_code", "gi_frame", "gi_running", "gi_suspended", "gi_yieldfrom"],
        &["__repr__"],
    ),
    (
        "coroutine",
        &["__name__", "__qualname__", "cr_await", "cr_code", "cr_frame", "cr_origin", "cr_running", "cr_suspended"],
        &["__repr__"],
    ),
    ("BaseException", &["__dict__"], &["__delattr__", "__getattribute__", "__new__", "__reduce__", "__setattr__"]),
    ("property", &["__isabstractmethod__", "fdel", "fget", "fset"], &["__init__"]),
    (
        "method",
        &["__func__", "__self__"],
        &[
            "__delattr__", "__eq__", "__ge__", "__getattribute__", "__gt__", "__hash__", "__le__", "__lt__", "__ne__",
            "__reduce__", "__repr__", "__setattr__",
        ],
    ),
    ("module", &["__annotations__", "__dict__"], &["__delattr__", "__dir__", "__getattribute__", "__init__", "__repr__", "__setattr__"]),
    ("staticmethod", &["__dict__", "__func__", "__isabstractmethod__", "__wrapped__"], &["__call__", "__init__", "__repr__"]),
    ("classmethod", &["__dict__", "__func__", "__isabstractmethod__", "__wrapped__"], &["__init__", "__repr__"]),
    ("super", &["__self__", "__self_class__", "__thisclass__"], &["__getattribute__", "__init__", "__repr__"]),
];

/// Add to `shown` (the copy of built-in class `cls`'s dict) what CPython's has besides.
pub fn add(cls: &Rc<Class>, shown: &mut PyDict) {
    let name = cls.name();
    let Some((_, getsets, slots)) = EXTRAS.iter().find(|(n, _, _)| **n == *name) else { return };
    for attr in getsets.iter() {
        if shown.contains_str(attr) {
            continue;
        }
        let Some(getter) = getter_for(attr) else { continue };
        let prop = crate::object::Property {
            // Owned by the type, so it shows as `<attribute 'name' of 'type' objects>`.
            fget: super::native(attr, getter, NativeKind::Function, Some(&*name)),
            fset: Value::None,
            fdel: Value::None,
            doc: Value::None.into(),
        };
        shown.set_str(attr, Value::Property(Rc::new(prop)));
    }
    for attr in slots.iter() {
        if shown.contains_str(attr) {
            continue;
        }
        // The slot a base provides (object's, mostly), which behaves the same; the slots no
        // base has are made here.
        let inherited = cls.mro.borrow().iter().skip(1).find_map(|c| c.dict.borrow().get_str(attr));
        let own: Option<crate::object::NativeFn> = match *attr {
            "__or__" => Some(|vm, args| binary(vm, &args, false)),
            "__ror__" => Some(|vm, args| binary(vm, &args, true)),
            "__call__" => Some(call_slot),
            _ => None,
        };
        let made = own.map(|f| super::native(attr, f, NativeKind::Method, Some(&*name)));
        if let Some(v) = inherited.or(made) {
            shown.set_str(attr, v);
        }
    }
}

/// `type.__or__` / `type.__ror__`: `a | b` (a `types.UnionType`).
fn binary(vm: &mut Vm, args: &Args, reflected: bool) -> PyResult<Value> {
    let (Some(a), Some(b)) = (args.pos.first(), args.pos.get(1)) else {
        return Err(PyErr::type_error("expected 1 argument, got 0"));
    };
    let (left, right) = if reflected { (b, a) } else { (a, b) };
    vm.binary_op(crate::bytecode::opcode::BinOp::Or, left, right, false)
}

/// `staticmethod.__call__`: calls the wrapped function.
fn call_slot(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(this) = args.pos.first() else {
        return Err(PyErr::type_error("descriptor '__call__' needs an argument"));
    };
    let func = vm.getattr(this, &Value::str("__func__"))?;
    let rest: Vec<Value> = args.pos[1..].to_vec();
    let kw: Vec<(Rc<str>, Value)> = args.kw.to_vec();
    vm.call_kw(&func, rest, kw)
}
