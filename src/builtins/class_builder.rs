//! `__build_class__` and `type(name, bases, ns)`: running class bodies and creating classes,
//! following CPython's order (`__mro_entries__`, metaclass choice, `__prepare__`, body,
//! `metaclass(name, bases, ns, **kwds)`, `__set_name__`, `__init_subclass__`).

use std::cell::RefCell;
use std::rc::Rc;

use crate::object::class::Layout;
use crate::object::{Args, Class, ExcKind, PyDict, PyErr, PyResult, Value};
use crate::vm::types::{inherited_layout, new_class_with};
use crate::vm::{Frame, Vm};

/// `__build_class__(func, name, *bases, metaclass=None, **kwds)`.
pub fn build_class(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (Some(Value::Function(func)), Some(name)) = (args.pos.first(), args.pos.get(1)) else {
        return Err(PyErr::type_error("__build_class__: func must be a function"));
    };
    let name_str = name.as_str().unwrap_or("").to_owned();
    let orig_bases = args.pos[2..].to_vec();
    let (bases, changed) = resolve_mro_entries(vm, &orig_bases)?;
    let mut explicit: Option<Value> = None;
    let mut kwds = Vec::new();
    for (k, v) in args.kw {
        if &**k == "metaclass" {
            explicit = Some(v.clone());
        } else {
            kwds.push((k.clone(), v.clone()));
        }
    }
    let meta = match explicit {
        Some(m) => m,
        None => match bases.first() {
            Some(b) => Value::Class(vm.type_of(b)),
            None => Value::Class(vm.types.type_.clone()),
        },
    };
    // matches CPython: only a class metaclass is checked against the bases' metaclasses.
    let meta = match &meta {
        Value::Class(m) => Value::Class(most_derived_metaclass(vm, m, &bases)?),
        _ => meta,
    };
    let bases_tuple = Value::tuple(bases.clone());
    let ns = match vm.lookup_attr_opt(&meta, "__prepare__")? {
        Some(prep) => vm.call_kw(&prep, vec![name.clone(), bases_tuple.clone()], kwds.clone())?,
        None => Value::Dict(Rc::new(RefCell::new(PyDict::new()))),
    };
    if !is_mapping(vm, &ns) {
        let meta_name = match &meta {
            Value::Class(m) => m.name().to_string(),
            _ => "<metaclass>".to_owned(),
        };
        return Err(PyErr::type_error(format!(
            "{meta_name}.__prepare__() must return a mapping, not {}",
            vm.type_name(&ns)
        )));
    }
    let mut frame = Frame::new(func.code.clone(), func.globals.clone(), Some(ns.clone()));
    for c in &func.closure {
        if let Value::Cell(c) = c {
            frame.cells.push(c.clone());
        }
    }
    vm.run_frame(frame)?;
    if changed {
        vm.setitem(&ns, Value::str("__orig_bases__"), Value::tuple(orig_bases))?;
    }
    let _ = name_str;
    vm.call_kw(&meta, vec![name.clone(), bases_tuple, ns], kwds)
}

fn is_mapping(vm: &Vm, v: &Value) -> bool {
    matches!(v, Value::Dict(_)) || vm.builtin_base(v).is_some() || vm.lookup_special(v, "__getitem__").is_some()
}

/// Replace bases that are not classes by what their `__mro_entries__` returns.
fn resolve_mro_entries(vm: &mut Vm, orig: &[Value]) -> PyResult<(Vec<Value>, bool)> {
    let mut out = Vec::new();
    let mut changed = false;
    let all = Value::tuple(orig.to_vec());
    for b in orig {
        if let Value::Class(_) = b {
            out.push(b.clone());
            continue;
        }
        // matches CPython: looked up with getattr, so a function's attribute counts too
        // (`typing.NamedTuple`).
        let Some(m) = vm.lookup_attr_opt(b, "__mro_entries__")? else {
            out.push(b.clone());
            continue;
        };
        let r = vm.call(&m, vec![all.clone()])?;
        let Value::Tuple(t) = r else {
            return Err(PyErr::type_error("__mro_entries__ must return a tuple"));
        };
        out.extend(t.iter().cloned());
        changed = true;
    }
    Ok((out, changed))
}

/// The metaclass that is a subclass of `meta` and of every base's metaclass.
pub fn most_derived_metaclass(vm: &Vm, meta: &Rc<Class>, bases: &[Value]) -> PyResult<Rc<Class>> {
    let mut winner = meta.clone();
    for b in bases {
        let bm = vm.type_of(b);
        if winner.is_subclass(&bm) {
            continue;
        }
        if bm.is_subclass(&winner) {
            winner = bm;
            continue;
        }
        return Err(PyErr::type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
        ));
    }
    Ok(winner)
}

/// `type.__new__(meta, name, bases, ns, **kwds)`.
pub fn type_new_class(vm: &mut Vm, meta: &Rc<Class>, args: &[Value], kwds: Vec<(Rc<str>, Value)>) -> PyResult<Value> {
    let Some(name) = args[0].as_str().map(str::to_owned) else {
        return Err(PyErr::type_error(format!(
            "type.__new__() argument 1 must be str, not {}",
            crate::builtins::arg_type_name(vm, &args[0])
        )));
    };
    let Value::Tuple(bases_t) = &args[1] else {
        return Err(PyErr::type_error(format!(
            "type.__new__() argument 2 must be tuple, not {}",
            crate::builtins::arg_type_name(vm, &args[1])
        )));
    };
    // matches CPython's type_new argument parsing ("O!O!O!:type.__new__"): the namespace is a dict.
    if vm.builtin_base(&args[2]).map_or(true, |b| !matches!(b, Value::Dict(_))) && !matches!(args[2], Value::Dict(_)) {
        return Err(PyErr::type_error(format!(
            "type.__new__() argument 3 must be dict, not {}",
            crate::builtins::arg_type_name(vm, &args[2])
        )));
    }
    let winner = most_derived_metaclass(vm, meta, &bases_t.to_vec())?;
    // matches CPython's type_new: a more derived metaclass with its own __new__ (ABCMeta for
    // `type('X', (ABC,), ns)`) makes the class itself.
    if !Rc::ptr_eq(&winner, meta) {
        let winner_new = winner.lookup("__new__");
        let type_new = vm.types.type_.lookup("__new__");
        let own_new = match (&winner_new, &type_new) {
            (Some(Value::Builtin(a)), Some(Value::Builtin(b))) => !Rc::ptr_eq(a, b),
            (Some(_), _) => true,
            (None, _) => false,
        };
        if let (true, Some(new)) = (own_new, winner_new) {
            let new = match new {
                Value::StaticMethod(f) => (*f).clone(),
                other => other,
            };
            let mut call_args = vec![Value::Class(winner.clone())];
            call_args.extend(args.iter().cloned());
            return vm.call_kw(&new, call_args, kwds);
        }
    }
    let meta = winner;
    let mut bases = Vec::new();
    for b in bases_t.iter() {
        match b {
            Value::Class(c) => bases.push(c.clone()),
            other => {
                if vm.lookup_special(other, "__mro_entries__").is_some() {
                    return Err(PyErr::type_error(
                        "type() doesn't support MRO entry resolution; use types.new_class()",
                    ));
                }
                return Err(PyErr::type_error("bases must be types"));
            }
        }
    }
    for b in &bases {
        // A class marked by typing.final (`__final__ = True`) can still be subclassed.
        if is_final_builtin(vm, b) {
            return Err(PyErr::type_error(format!("type '{}' is not an acceptable base type", b.name())));
        }
    }
    let ns = namespace_copy(vm, &args[2])?;
    if !ns.borrow().contains_str("__module__") {
        let module = vm.frames.last().and_then(|f| f.globals.borrow().get_str("__name__"));
        if let Some(m) = module {
            ns.borrow_mut().set_str("__module__", m);
        }
    }
    let meta = if Rc::ptr_eq(&meta, &vm.types.type_) { None } else { Some(meta) };
    let cls = make_class(vm, &name, bases, &ns, meta)?;
    set_names(vm, &cls)?;
    init_subclass(vm, &cls, kwds)?;
    Ok(Value::Class(cls))
}

fn is_final_builtin(vm: &Vm, b: &Rc<Class>) -> bool {
    let t = &vm.types;
    [&t.bool_, &t.none_type, &t.function, &t.range, &t.slice, &t.generator, &t.coroutine]
        .iter()
        .any(|f| Rc::ptr_eq(f, b))
}

/// The class namespace as a fresh dict (a `__prepare__` mapping is copied, as CPython does).
fn namespace_copy(vm: &mut Vm, ns: &Value) -> PyResult<Rc<RefCell<PyDict>>> {
    if let Value::Dict(d) = ns {
        return Ok(Rc::new(RefCell::new(d.borrow().clone())));
    }
    if let Some(Value::Dict(d)) = vm.builtin_base(ns) {
        return Ok(Rc::new(RefCell::new(d.borrow().clone())));
    }
    let keys_fn = vm.getattr(ns, &Value::str("keys"))?;
    let keys = vm.call(&keys_fn, vec![])?;
    let keys = vm.collect_iterable(&keys)?;
    let mut d = PyDict::new();
    for k in keys {
        let v = vm.getitem(ns, &k)?;
        d.set_str_key(k, v);
    }
    let _ = ExcKind::TypeError;
    Ok(Rc::new(RefCell::new(d)))
}

/// Create a class object from a namespace (shared by `__build_class__` and `type(...)`).
pub fn make_class(vm: &mut Vm, name: &str, mut bases: Vec<Rc<Class>>, ns: &Rc<RefCell<PyDict>>, meta: Option<Rc<Class>>) -> PyResult<Rc<Class>> {
    if bases.is_empty() {
        bases.push(vm.types.object.clone());
    }
    check_layout_conflict(&bases)?;
    let layout = inherited_layout(&bases);
    let exc_kind = None;
    let cls = new_class_with(name, &bases, layout, exc_kind)?;
    let metaclass = meta.or_else(|| bases.iter().find_map(|b| b.metaclass.borrow().clone()));
    *cls.metaclass.borrow_mut() = metaclass;
    let items = ns.borrow().items();
    // The namespace's keys plus the `__doc__`/`__hash__`/`__dict__`/`__weakref__` this may add.
    cls.dict.borrow_mut().reserve(items.len() + 4);
    let mut classcell = None;
    for (k, v) in items {
        match k.as_str() {
            Some("__classcell__") => classcell = Some(v),
            Some("__qualname__") => *cls.qualname.borrow_mut() = Rc::from(v.as_str().unwrap_or(name)),
            _ => {
                // `__init_subclass__` and `__class_getitem__` are implicit class methods,
                // `__new__` an implicit static method.
                let v = match (k.as_str(), v) {
                    (Some("__init_subclass__" | "__class_getitem__"), f @ Value::Function(_)) => Value::ClassMethod(Rc::new(f)),
                    (_, v) => v,
                };
                cls.dict.borrow_mut().set_str_key(k, v)
            }
        }
    }
    // matches CPython's _abc_init: an ABC's `__abc_tpflags__` sets its collection flags and
    // leaves the namespace.
    let tpflags = cls.dict.borrow().get_str("__abc_tpflags__");
    if let Some(Value::Int(f)) = tpflags {
        let bits = crate::object::class::COLLECTION_SEQUENCE | crate::object::class::COLLECTION_MAPPING;
        cls.collection_flags.set((f as u64 & bits as u64) as u8);
        cls.dict.borrow_mut().del_str("__abc_tpflags__");
    }
    let slots = super::slots::apply_slots(vm, &cls, ns)?;
    super::instance_getsets::add_to_class(vm, &cls, slots.as_deref());
    // matches CPython's type_new: a class body without a docstring gets `__doc__ = None` of its
    // own, so the docstring of a base class (or `object`) is not inherited.
    if !cls.dict.borrow().contains_str("__doc__") {
        cls.dict.borrow_mut().set_str("__doc__", Value::None);
    }
    // matches CPython: defining `__eq__` without `__hash__` makes instances unhashable.
    let eq_only = {
        let d = cls.dict.borrow();
        d.contains_str("__eq__") && !d.contains_str("__hash__")
    };
    if eq_only {
        cls.dict.borrow_mut().set_str("__hash__", Value::None);
    }
    if let Some(Value::Cell(c)) = classcell {
        *c.borrow_mut() = Some(Value::Class(cls.clone()));
    }
    Ok(cls)
}

/// Whether `c` adds instance fields of its own: a built-in layout root (its bases all have the
/// plain `object` layout) or a class whose `__slots__` names a slot other than `__dict__` and
/// `__weakref__` (CPython's extra_ivars).
fn adds_layout(c: &Rc<Class>) -> bool {
    // `object` is the one class without bases.
    let plain = |k: &Rc<Class>| matches!(k.layout, Layout::Object) || k.bases.borrow().is_empty();
    if !plain(c) && c.bases.borrow().iter().all(plain) {
        return true;
    }
    let slots = c.dict.borrow().get_str("__slots__");
    let real = |n: &Value| !matches!(n.as_str(), Some("__dict__" | "__weakref__"));
    match slots {
        Some(Value::Str(s)) => real(&Value::Str(s)),
        Some(Value::Tuple(t)) => t.iter().any(real),
        Some(Value::List(l)) => l.borrow().iter().any(real),
        _ => false,
    }
}

/// CPython's solid_base: the nearest class of the MRO that adds instance fields.
fn solid_base(cls: &Rc<Class>) -> Option<Rc<Class>> {
    cls.mro.borrow().iter().find(|c| adds_layout(c)).cloned()
}

fn is_subclass(a: &Rc<Class>, b: &Rc<Class>) -> bool {
    a.mro.borrow().iter().any(|c| Rc::ptr_eq(c, b))
}

/// CPython's best_base: the bases' solid bases must lie on one line of inheritance, so
/// `class X(int, str)` or two classes with their own `__slots__` cannot be combined.
fn check_layout_conflict(bases: &[Rc<Class>]) -> PyResult<()> {
    let mut winner: Option<Rc<Class>> = None;
    for b in bases {
        let Some(solid) = solid_base(b) else { continue };
        winner = match winner {
            None => Some(solid),
            Some(w) if is_subclass(&w, &solid) => Some(w),
            Some(w) if is_subclass(&solid, &w) => Some(solid),
            Some(_) => return Err(PyErr::type_error("multiple bases have instance lay-out conflict")),
        };
    }
    Ok(())
}

/// `__set_name__(owner, name)` on every attribute of the new class that defines it.
fn set_names(vm: &mut Vm, cls: &Rc<Class>) -> PyResult<()> {
    // Only objects of script-defined (or native object) types can have `__set_name__`; the
    // functions and constants that make up most of a namespace are not copied out at all.
    let attrs: Vec<(Value, Value)> = cls
        .dict
        .borrow()
        .iter()
        .filter(|e| matches!(e.value, Value::Instance(_) | Value::Native(_)))
        .map(|e| (e.key.clone(), e.value.clone()))
        .collect();
    for (k, v) in attrs {
        if let Some(m) = vm.lookup_special(&v, "__set_name__") {
            if let Err(e) = vm.call_bound_special(&m, &v, vec![Value::Class(cls.clone()), k.clone()]) {
                // matches CPython 3.11's type_new_set_names: the error is wrapped in a
                // RuntimeError naming the attribute, with the original as its cause.
                let original = vm.materialize(e);
                let key = vm.repr(&k)?;
                let msg = format!("Error calling __set_name__ on '{}' instance {key} in '{}'", vm.type_name(&v), cls.name());
                let new = vm.new_exception(vm.exc_class(ExcKind::RuntimeError), vec![Value::string(msg)]);
                if let Some(d) = crate::object::exception::exc_data(&new) {
                    let mut d = d.borrow_mut();
                    d.cause = Some(Value::Instance(original.clone()));
                    d.context = Some(Value::Instance(original));
                    d.suppress_context = true;
                }
                return Err(PyErr::from_instance(new));
            }
        }
    }
    Ok(())
}

/// `super(cls, cls).__init_subclass__(**kwds)`.
fn init_subclass(vm: &mut Vm, cls: &Rc<Class>, kwds: Vec<(Rc<str>, Value)>) -> PyResult<()> {
    let mro = cls.mro.borrow().clone();
    for parent in mro.iter().skip(1) {
        let found = parent.dict.borrow().get_str("__init_subclass__");
        if let Some(f) = found {
            let this = Value::Class(cls.clone());
            match f {
                Value::ClassMethod(inner) => {
                    vm.call_kw(&inner, vec![this], kwds)?;
                }
                Value::Builtin(b) => {
                    let args = [this];
                    (b.func)(vm, Args { pos: &args, kw: &kwds })?;
                }
                other => {
                    vm.call_kw(&other, vec![this], kwds)?;
                }
            }
            return Ok(());
        }
    }
    Ok(())
}
