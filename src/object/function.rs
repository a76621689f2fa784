//! Callables: script functions, native (built-in) functions, and bound methods.

use std::cell::RefCell;
use std::rc::Rc;

use super::{PyDict, PyResult, Value};
use crate::vm::{CodeObj, Vm};

/// A function defined in script code (`def` or `lambda`).
pub struct Function {
    pub code: Rc<CodeObj>,
    pub globals: Rc<RefCell<PyDict>>,
    pub name: RefCell<Rc<str>>,
    pub qualname: RefCell<Rc<str>>,
    /// Defaults of the last positional parameters.
    pub defaults: RefCell<Vec<Value>>,
    /// Defaults of keyword-only parameters (name -> value).
    pub kwdefaults: RefCell<Option<Rc<RefCell<PyDict>>>>,
    /// One cell per free variable of the code.
    pub closure: Vec<Value>,
    /// `__module__`, `__doc__` and `__annotations__` (None until first asked for): members of
    /// the function object, as CPython's, so `__dict__` holds only what a program sets.
    pub module: RefCell<Value>,
    pub doc: RefCell<Value>,
    pub annotations: RefCell<Option<Value>>,
    /// `__dict__` (`__wrapped__` and any attribute a program sets).
    pub dict: Rc<RefCell<PyDict>>,
}

impl Drop for Function {
    /// A function referenced weakly with a callback (`weakref.ref(f, cb)`, `finalize(f, ...)`)
    /// reports its death as an instance does; a cheap counter check otherwise.
    fn drop(&mut self) {
        crate::modules::weakref::instance_died(self as *const Function as usize);
    }
}

/// Arguments passed to a native function: positional values and keyword pairs.
#[derive(Clone, Copy)]
pub struct Args<'a> {
    pub pos: &'a [Value],
    pub kw: &'a [(Rc<str>, Value)],
}

impl<'a> Args<'a> {
    pub fn new(pos: &'a [Value]) -> Args<'a> {
        Args { pos, kw: &[] }
    }
    pub fn len(&self) -> usize {
        self.pos.len()
    }
    pub fn is_empty(&self) -> bool {
        self.pos.is_empty()
    }
    pub fn get(&self, i: usize) -> Option<&Value> {
        self.pos.get(i)
    }
    /// Keyword argument `name`, if given.
    pub fn kwarg(&self, name: &str) -> Option<&Value> {
        self.kw.iter().find(|(k, _)| &**k == name).map(|(_, v)| v)
    }
    /// Positional argument `i` or keyword `name`.
    pub fn arg(&self, i: usize, name: &str) -> Option<&Value> {
        self.pos.get(i).or_else(|| self.kwarg(name))
    }
    /// Reject keywords not in `allowed`, with Argument Clinic's message
    /// ("'sepp' is an invalid keyword argument for print()"); `fname` includes the parentheses.
    pub fn allow_kw(&self, fname: &str, allowed: &[&str]) -> crate::object::PyResult<()> {
        match self.kw.iter().find(|(k, _)| !allowed.contains(&&**k)) {
            None => Ok(()),
            Some((k, _)) => Err(crate::object::PyErr::type_error(format!("'{k}' is an invalid keyword argument for {fname}"))),
        }
    }
}

pub type NativeFn = fn(&mut Vm, Args) -> PyResult<Value>;

/// Arguments gathered for a native call: held inline (no heap allocation) up to six values,
/// which covers nearly every call.
pub type ArgVec = smallvec::SmallVec<[Value; 6]>;

/// How a native function found in a class dict binds when fetched from an instance.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NativeKind {
    /// A module-level function: never binds.
    Function,
    /// A method: `obj.m` binds obj as the first argument.
    Method,
    /// A class method: binds the class.
    ClassMethod,
    /// A static method: never binds.
    StaticMethod,
}

pub struct BuiltinFunction {
    pub name: Rc<str>,
    pub func: NativeFn,
    pub kind: NativeKind,
    /// Bound first argument (`"abc".upper` binds the string) or extra data for closures.
    pub bound: Option<Value>,
    /// The class that owns a method (for reprs: `<method 'append' of 'list' objects>`).
    pub owner: Option<Rc<str>>,
    /// The arguments a core type's method accepts, checked before `func` runs.
    pub arity: crate::builtins::arity::Arity,
    /// `owner` classified once, so the wrong-`self` check of every method call compares the
    /// receiver's variant instead of strings.
    pub owner_kind: OwnerKind,
    /// Named `__new__` (a built-in `__new__` called for a subclass wraps its result).
    pub is_new: bool,
    /// The native module that defines this function (None for the functions of `builtins`
    /// and for methods), behind its `__module__` and `__self__`.
    /// Set once, in place: what the native module's init stored elsewhere (a signal handler
    /// table, a class) keeps its identity.
    pub module: std::cell::OnceCell<Rc<str>>,
}

impl BuiltinFunction {
    pub fn new(name: Rc<str>, func: NativeFn, kind: NativeKind, bound: Option<Value>, owner: Option<Rc<str>>, arity: crate::builtins::arity::Arity) -> BuiltinFunction {
        let owner_kind = OwnerKind::of(owner.as_deref());
        let is_new = &*name == "__new__";
        BuiltinFunction { name, func, kind, bound, owner, arity, owner_kind, is_new, module: std::cell::OnceCell::new() }
    }

    /// The same function with `bound` as its first argument (`obj.method`, `cls.classmethod`).
    pub fn bound_to(&self, bound: Value) -> BuiltinFunction {
        BuiltinFunction {
            name: self.name.clone(),
            func: self.func,
            kind: self.kind,
            bound: Some(bound),
            owner: self.owner.clone(),
            arity: self.arity,
            owner_kind: self.owner_kind,
            is_new: self.is_new,
            module: self.module.clone(),
        }
    }
}

/// The core type owning a built-in method (the types whose methods check their `self`, as
/// CPython's method descriptors do), `Other` for any other owner.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OwnerKind {
    Unowned,
    Object,
    Int,
    Bool,
    Float,
    Complex,
    Str,
    Bytes,
    ByteArray,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
    Range,
    NoneType,
    Other,
}

impl OwnerKind {
    pub fn of(owner: Option<&str>) -> OwnerKind {
        let Some(owner) = owner else { return OwnerKind::Unowned };
        match owner {
            "object" => OwnerKind::Object,
            "int" => OwnerKind::Int,
            "bool" => OwnerKind::Bool,
            "float" => OwnerKind::Float,
            "complex" => OwnerKind::Complex,
            "str" => OwnerKind::Str,
            "bytes" => OwnerKind::Bytes,
            "bytearray" => OwnerKind::ByteArray,
            "list" => OwnerKind::List,
            "tuple" => OwnerKind::Tuple,
            "dict" => OwnerKind::Dict,
            "set" => OwnerKind::Set,
            "frozenset" => OwnerKind::FrozenSet,
            "range" => OwnerKind::Range,
            "NoneType" => OwnerKind::NoneType,
            _ => OwnerKind::Other,
        }
    }
}

/// `obj.method` for a script function or any callable bound to `self_`.
pub struct BoundMethod {
    pub func: Value,
    pub self_: Value,
}

impl Drop for BoundMethod {
    /// `weakref.ref(obj.method, cb)`: the callback runs when this bound method goes, as
    /// CPython's method objects support weak references.
    fn drop(&mut self) {
        crate::modules::weakref::instance_died(self as *const BoundMethod as usize);
    }
}
