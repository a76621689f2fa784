//! `object` and `type`: the root of every class and the class of classes.

use crate::object::BoolWord;
use std::rc::Rc;

use super::{arg, def_classmethod, def_method, def_new};
use crate::object::{Args, PyErr, PyResult, Value};
use crate::vm::Vm;

pub fn install(vm: &mut Vm) {
    let object = vm.types.object.clone();
    def_new(&object, object_new);
    def_method(&object, "__init__", object_init);
    def_method(&object, "__repr__", object_repr);
    def_method(&object, "__str__", object_str);
    def_method(&object, "__eq__", object_eq);
    def_method(&object, "__ne__", object_ne);
    def_method(&object, "__hash__", object_hash);
    // matches CPython: object's ordering slots exist and give NotImplemented.
    for name in ["__lt__", "__le__", "__gt__", "__ge__"] {
        def_method(&object, name, object_not_implemented);
    }
    def_method(&object, "__setattr__", object_setattr);
    def_method(&object, "__getattribute__", object_getattribute);
    def_method(&object, "__delattr__", object_delattr);
    def_method(&object, "__format__", object_format);
    def_method(&object, "__dir__", object_dir);
    def_classmethod(&object, "__init_subclass__", object_init_subclass);
    def_classmethod(&object, "__subclasshook__", object_subclasshook);
    let doc = super::docstrings::type_doc("object");
    object.dict.borrow_mut().set_str("__doc__", doc);

    let ty = vm.types.type_.clone();
    def_new(&ty, type_new);
    def_method(&ty, "__init__", type_init);
    def_method(&ty, "__call__", type_call);
    def_classmethod(&ty, "__prepare__", type_prepare);
    def_method(&ty, "mro", type_mro);
    def_method(&ty, "__subclasses__", type_subclasses);
    def_method(&ty, "__repr__", type_repr);
    def_method(&ty, "__instancecheck__", type_instancecheck);
    def_method(&ty, "__subclasscheck__", type_subclasscheck);
}

fn object_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = match args.pos.first() {
        Some(Value::Class(c)) => c.clone(),
        Some(other) => {
            let t = vm.type_of(other).tp_name();
            return Err(PyErr::type_error(format!("object.__new__(X): X is not a type object ({t})")));
        }
        None => return Err(PyErr::type_error("object.__new__(): not enough arguments")),
    };
    // CPython's tp_new_wrapper: the nearest class that does not define `__new__` in Python
    // must be built by object.__new__ (`object.__new__(int)` would skip int's own).
    let base = static_base(&c);
    if !is_native(base.lookup("__new__"), object_new) {
        let (x, s) = (c.tp_name(), base.tp_name());
        return Err(PyErr::type_error(format!("object.__new__({x}) is not safe, use {s}.__new__()")));
    }
    // CPython's excess_args rule: extra arguments are for an overridden __init__.
    if args.pos.len() > 1 || !args.kw.is_empty() {
        if !is_native(c.lookup("__new__"), object_new) {
            return Err(PyErr::type_error("object.__new__() takes exactly one argument (the type to instantiate)"));
        }
        if is_native(c.lookup("__init__"), object_init) {
            return Err(PyErr::type_error(format!("{}() takes no arguments", c.tp_name())));
        }
    }
    vm.check_abstract(&c)?;
    Ok(vm.new_instance(&c, &args.pos[1..]))
}

/// The class itself or its nearest base whose `__new__` is not written in Python.
fn static_base(c: &Rc<crate::object::Class>) -> Rc<crate::object::Class> {
    let mut base = c.clone();
    loop {
        // An inherited script `__new__` counts too (CPython's tp_new is inherited).
        let scripted = matches!(base.lookup("__new__"), Some(ref v) if !matches!(v, Value::Builtin(_)));
        let next = base.bases.borrow().first().cloned();
        match next {
            Some(n) if scripted => base = n,
            _ => return base,
        }
    }
}

/// CPython's tp_new_wrapper checks for `T.__new__(S, ...)` called directly, for the built-in
/// types whose `__new__` is `own`: S must be a class, a subtype of T, and its nearest class
/// with a built-in `__new__` must use T's (`int.__new__(bool)` would skip bool's own).
pub fn check_new_target(vm: &Vm, args: &Args, owner: &Rc<crate::object::Class>, own: crate::object::NativeFn) -> PyResult<()> {
    let t = owner.tp_name();
    let sub = match args.pos.first() {
        Some(Value::Class(c)) if Rc::ptr_eq(c, owner) => return Ok(()),
        Some(Value::Class(c)) => c,
        Some(other) => {
            let n = vm.type_of(other).tp_name();
            return Err(PyErr::type_error(format!("{t}.__new__(X): X is not a type object ({n})")));
        }
        None => return Err(PyErr::type_error(format!("{t}.__new__(): not enough arguments"))),
    };
    let s = sub.tp_name();
    if !sub.is_subclass(owner) {
        return Err(PyErr::type_error(format!("{t}.__new__({s}): {s} is not a subtype of {t}")));
    }
    // Walk up past the classes whose `__new__` is written in Python, through the base that
    // holds the built-in layout (CPython's tp_base).
    let mut base = sub.clone();
    while matches!(base.lookup("__new__"), Some(ref v) if !matches!(v, Value::Builtin(_))) {
        let next = {
            let bases = base.bases.borrow();
            bases.iter().find(|b| b.is_subclass(owner)).or(bases.first()).cloned()
        };
        match next {
            Some(n) => base = n,
            None => break,
        }
    }
    if !is_native(base.lookup("__new__"), own) {
        let b = base.tp_name();
        return Err(PyErr::type_error(format!("{t}.__new__({s}) is not safe, use {b}.__new__()")));
    }
    Ok(())
}

/// `found` is the built-in function `f` (object's own slot, not an override).
fn is_native(found: Option<Value>, f: crate::object::NativeFn) -> bool {
    matches!(found, Some(Value::Builtin(b)) if b.func as usize == f as usize)
}

/// CPython's object_init: extra arguments are an error unless the type overrides __new__
/// (and not __init__), naming object or the type by which one was left alone. Only checked
/// for classes built by object.__new__: corio's built-in types that take their arguments in
/// `__new__` alone (CPython's have an `__init__` too) let a subclass's `super().__init__(...)`
/// reach here.
fn object_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() > 1 || !args.kw.is_empty() {
        let cls = vm.type_of(&arg(&args, 0));
        if !is_native(static_base(&cls).lookup("__new__"), object_new) {
            return Ok(Value::None);
        }
        if !is_native(cls.lookup("__init__"), object_init) {
            return Err(PyErr::type_error("object.__init__() takes exactly one argument (the instance to initialize)"));
        }
        if is_native(cls.lookup("__new__"), object_new) {
            let name = cls.tp_name();
            return Err(PyErr::type_error(format!("{name}.__init__() takes exactly one argument (the instance to initialize)")));
        }
    }
    Ok(Value::None)
}

fn object_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::string(vm.default_repr(&arg(&args, 0))))
}

fn object_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::string(vm.repr(&arg(&args, 0))?))
}

fn object_eq(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(if arg(&args, 0).is(&arg(&args, 1)) { Value::Bool(BoolWord::TRUE) } else { Value::NotImplemented })
}

/// matches CPython's object.__ne__: `self.__eq__(other)` inverted, NotImplemented passed on.
fn object_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = (arg(&args, 0), arg(&args, 1));
    let r = match vm.type_of(&a).lookup("__eq__") {
        Some(eq) => vm.call_bound_special(&eq, &a, vec![b])?,
        None => return Ok(Value::NotImplemented),
    };
    if matches!(r, Value::NotImplemented) {
        return Ok(r);
    }
    Ok(Value::bool(!vm.is_true(&r)?))
}

fn object_not_implemented(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::NotImplemented)
}

fn object_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = arg(&args, 0);
    let _ = vm;
    // A native task hashes by its modelled CPython address (runtime/task_addresses.rs).
    if let Some(h) = crate::runtime::task::modelled_hash(&v) {
        return Ok(Value::Int(h));
    }
    let p = v.ptr().unwrap_or(0) as i64;
    Ok(Value::Int(p.rotate_right(4)))
}

fn object_setattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::check_count("__setattr__", &args, 3, 3)?;
    vm.generic_setattr(&args.pos[0], &args.pos[1], args.pos[2].clone())?;
    Ok(Value::None)
}

pub(crate) fn object_getattribute(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::check_count("__getattribute__", &args, 2, 2)?;
    let obj = &args.pos[0];
    let name = args.pos[1].as_str().unwrap_or("").to_owned();
    let cls = vm.type_of(obj);
    match vm.generic_getattr(obj, &cls, &name)? {
        Some(v) => Ok(v),
        None => match obj {
            Value::Instance(_) => Err(vm.no_attribute(obj, &name)),
            _ => vm.getattr(obj, &args.pos[1]),
        },
    }
}

fn object_delattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::check_count("__delattr__", &args, 2, 2)?;
    let obj = &args.pos[0];
    let name = args.pos[1].as_str().unwrap_or("");
    let removed = match obj {
        Value::Instance(i) => i.attrs().borrow_mut().del_str(name).is_some(),
        Value::Class(c) => c.dict.borrow_mut().del_str(name).is_some(),
        _ => true,
    };
    if !removed {
        return Err(vm.no_attribute(obj, name));
    }
    Ok(Value::None)
}

/// matches CPython's object.__format__ (METH_O, so its count message names the type of
/// `self`), whose spec must be a str and empty.
fn object_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let given = args.pos.len().saturating_sub(1);
    if given != 1 || !args.kw.is_empty() {
        let tn = vm.type_name(&arg(&args, 0));
        return Err(PyErr::type_error(if args.kw.is_empty() {
            format!("{tn}.__format__() takes exactly one argument ({given} given)")
        } else {
            format!("{tn}.__format__() takes no keyword arguments")
        }));
    }
    let spec = arg(&args, 1);
    if spec.as_str().is_none() {
        let what = super::arg_type_name(vm, &spec);
        return Err(PyErr::type_error(format!("__format__() argument must be str, not {what}")));
    }
    if spec.as_str().map_or(false, |s| !s.is_empty()) {
        return Err(PyErr::type_error(format!(
            "unsupported format string passed to {}.__format__",
            vm.type_name(&arg(&args, 0))
        )));
    }
    Ok(Value::string(vm.str(&arg(&args, 0))?))
}

fn object_dir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let obj = arg(&args, 0);
    super::dir::listing(vm, Some(&obj))
}

fn object_subclasshook(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::NotImplemented)
}

fn object_init_subclass(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        let name = match args.pos.first() {
            // CPython names the bound method by the class's qualified name.
            Some(Value::Class(c)) => c.qualname.borrow().to_string(),
            _ => "object".to_owned(),
        };
        return Err(PyErr::type_error(format!("{name}.__init_subclass__() takes no keyword arguments")));
    }
    Ok(Value::None)
}

fn type_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    // `type(x)` or `type(name, bases, ns)`; the class itself is args[0].
    let meta = match args.pos.first() {
        Some(Value::Class(m)) => m.clone(),
        _ => return Err(PyErr::type_error("type.__new__(X): X is not a type object")),
    };
    let is_type = Rc::ptr_eq(&meta, &vm.types.type_);
    match args.pos.len() {
        2 if is_type && args.kw.is_empty() => Ok(Value::Class(vm.type_of(&args.pos[1]))),
        4 => super::class_builder::type_new_class(vm, &meta, &args.pos[1..], args.kw.to_vec()),
        _ if is_type => Err(PyErr::type_error("type() takes 1 or 3 arguments")),
        _ => Err(PyErr::type_error("type.__new__() takes exactly 3 arguments")),
    }
}

fn type_init(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() == 2 && !args.kw.is_empty() {
        return Err(PyErr::type_error("type.__init__() takes no keyword arguments"));
    }
    if args.pos.len() != 2 && args.pos.len() != 4 {
        return Err(PyErr::type_error("type.__init__() takes 1 or 3 arguments"));
    }
    Ok(Value::None)
}

/// `type.__call__(cls, *args, **kw)`: `__new__` then `__init__`, ignoring any metaclass
/// `__call__` (this is what `super().__call__(...)` in a metaclass reaches).
fn type_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Class(cls)) = args.pos.first() else {
        return Err(PyErr::type_error("descriptor '__call__' requires a 'type' object"));
    };
    let cls = cls.clone();
    vm.instantiate(&cls, args.pos[1..].to_vec(), args.kw.to_vec())
}

fn type_prepare(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::dict(crate::object::PyDict::new()))
}

fn type_mro(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    match arg(&args, 0) {
        Value::Class(c) => Ok(Value::list(c.mro.borrow().iter().map(|c| Value::Class(c.clone())).collect())),
        _ => Ok(Value::list(vec![])),
    }
}

fn type_subclasses(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    match arg(&args, 0) {
        Value::Class(c) => Ok(Value::list(c.live_subclasses().into_iter().map(Value::Class).collect())),
        _ => Ok(Value::list(vec![])),
    }
}

fn type_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match arg(&args, 0) {
        Value::Class(c) => Ok(Value::string(vm.repr_class(&c))),
        other => Ok(Value::string(vm.repr(&other)?)),
    }
}

fn type_instancecheck(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match arg(&args, 0) {
        Value::Class(c) => Ok(Value::bool(vm.type_of(&arg(&args, 1)).is_subclass(&c))),
        _ => Ok(Value::Bool(BoolWord::FALSE)),
    }
}

fn type_subclasscheck(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    match (arg(&args, 0), arg(&args, 1)) {
        (Value::Class(c), Value::Class(d)) => Ok(Value::bool(d.is_subclass(&c))),
        _ => Ok(Value::Bool(BoolWord::FALSE)),
    }
}
