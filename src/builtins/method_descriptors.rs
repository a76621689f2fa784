//! The types of a built-in type's methods as CPython names them: `str.upper` is a
//! `method_descriptor`, `str.__add__` a `wrapper_descriptor` and `"".__add__` a
//! `method-wrapper`; `dict.__dict__["fromkeys"]` is a `classmethod_descriptor`. corio keeps
//! them all as `Value::Builtin`; `classify` picks the class `type()` reports, and the
//! descriptors get CPython's `__get__` and `__objclass__`.

use std::rc::Rc;

use super::arg;
use crate::object::function::NativeKind;
use crate::object::{Args, BuiltinFunction, Class, PyErr, PyResult, Value};
use crate::vm::Vm;

/// Which of the built-in function types a `Value::Builtin` is.
pub enum Kind {
    Function,
    MethodDescriptor,
    WrapperDescriptor,
    MethodWrapper,
    ClassMethodDescriptor,
    /// A native standing in for a Python method (`loop.call_soon`, `queue.put`), bound: CPython's
    /// `method`.
    BoundPyMethod,
}

/// Matches the distinctions `repr` makes (`<method ...>`, `<slot wrapper ...>`,
/// `<method-wrapper ...>`, `<built-in method ...>`).
#[inline]
pub fn classify(b: &BuiltinFunction) -> Kind {
    let Some(owner) = b.owner.as_deref() else {
        return match &b.bound {
            Some(obj) if b.kind == NativeKind::Method && !matches!(obj, Value::Module(_) | Value::Class(_)) && python_method(b) => Kind::BoundPyMethod,
            _ => Kind::Function,
        };
    };
    match (&b.bound, b.kind) {
        (None, NativeKind::Method) if crate::vm::repr::is_type_slot(Some(owner), &b.name) => Kind::WrapperDescriptor,
        (None, NativeKind::Method) => Kind::MethodDescriptor,
        (None, NativeKind::ClassMethod) => Kind::ClassMethodDescriptor,
        (Some(obj), _) if !matches!(obj, Value::Module(_) | Value::Class(_)) && crate::vm::repr::is_type_slot(Some(owner), &b.name) => {
            Kind::MethodWrapper
        }
        (Some(obj), NativeKind::Method) if !matches!(obj, Value::Module(_) | Value::Class(_)) && python_method(b) => Kind::BoundPyMethod,
        _ => Kind::Function,
    }
}

/// A native that CPython has as a Python method (see `loop_method_names::python_method_owner`).
fn python_method(b: &BuiltinFunction) -> bool {
    crate::runtime::loop_method_names::python_method_owner(b).is_some()
}

/// `bound_native.__func__`, for a bound native standing in for a Python method: the function
/// its class holds (so `loop.call_soon.__func__ is type(loop).call_soon`), else the native
/// unbound.
pub fn py_method_func(vm: &Vm, b: &BuiltinFunction) -> Option<Value> {
    let obj = b.bound.as_ref()?;
    crate::runtime::loop_method_names::python_method_owner(b)?;
    if let Some(Value::Builtin(found)) = vm.type_of(obj).lookup(&b.name) {
        if found.func as usize == b.func as usize && found.bound.is_none() {
            return Some(Value::Builtin(found));
        }
    }
    let mut unbound = b.bound_to(Value::None);
    unbound.bound = None;
    Some(Value::Builtin(Rc::new(unbound)))
}

pub fn install(vm: &mut Vm) {
    let t = &vm.types;
    for cls in [&t.method_descriptor, &t.wrapper_descriptor, &t.classmethod_descriptor] {
        super::def_method(cls, "__get__", descr_get);
    }
}

/// The class a descriptor's owner name stands for, when it is a type of `builtins`.
pub fn owner_class(vm: &Vm, b: &BuiltinFunction) -> Option<Rc<Class>> {
    let owner = b.owner.as_deref()?;
    if owner == "NoneType" {
        return Some(vm.types.none_type.clone());
    }
    match vm.builtins.borrow().get_str(owner) {
        Some(Value::Class(c)) => Some(c),
        _ => None,
    }
}

fn this(args: &Args) -> PyResult<Rc<BuiltinFunction>> {
    match args.pos.first() {
        Some(Value::Builtin(b)) => Ok(b.clone()),
        _ => Err(PyErr::type_error("descriptor '__get__' needs a method descriptor")),
    }
}

/// `descr.__get__(obj, type=None)`: the method bound to `obj` (to the class for a
/// classmethod descriptor); the descriptor itself when `obj` is None.
fn descr_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this(&args)?;
    if args.pos.len() < 2 || args.pos.len() > 3 {
        return Err(PyErr::type_error(format!("expected 1 or 2 arguments, got {}", args.pos.len().saturating_sub(1))));
    }
    let (obj, typ) = (arg(&args, 1), arg(&args, 2));
    if b.kind == NativeKind::ClassMethod {
        let cls = match (&obj, &typ) {
            (_, Value::Class(_)) => typ.clone(),
            (Value::None, _) => {
                return Err(PyErr::type_error(format!("descriptor '{}' for type '{}' needs either an object or a type", b.name, owner_name(&b))));
            }
            _ => Value::Class(vm.type_of(&obj)),
        };
        return Ok(Value::Builtin(Rc::new(b.bound_to(cls))));
    }
    if obj.is_none() {
        if typ.is_none() {
            return Err(PyErr::type_error("__get__(None, None) is invalid"));
        }
        return Ok(args.pos[0].clone());
    }
    if let Some(cls) = owner_class(vm, &b) {
        let got = vm.type_of(&obj);
        if !got.is_subclass(&cls) {
            return Err(PyErr::type_error(format!(
                "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                b.name,
                owner_name(&b),
                got.tp_name()
            )));
        }
    }
    Ok(Value::Builtin(Rc::new(b.bound_to(obj))))
}

fn owner_name(b: &BuiltinFunction) -> &str {
    b.owner.as_deref().unwrap_or("object")
}
