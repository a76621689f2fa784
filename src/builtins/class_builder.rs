//! `__build_class__` and `type(name, bases, ns)`: running class bodies and creating classes.

use std::cell::RefCell;
use std::rc::Rc;

use crate::object::{Args, Class, PyDict, PyErr, PyResult, Value};
use crate::vm::types::{inherited_layout, new_class_with};
use crate::vm::{Frame, Vm};

/// `__build_class__(func, name, *bases, metaclass=None, **kwds)`.
pub fn build_class(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (Some(Value::Function(func)), Some(name)) = (args.pos.first(), args.pos.get(1)) else {
        return Err(PyErr::type_error("__build_class__: func must be a function"));
    };
    let name = name.as_str().unwrap_or("").to_owned();
    let mut bases = Vec::new();
    for b in &args.pos[2..] {
        match b {
            Value::Class(c) => bases.push(c.clone()),
            other => {
                // `__mro_entries__` (typing generics) resolve to real classes.
                if let Some(m) = vm.lookup_special(other, "__mro_entries__") {
                    let r = vm.call_bound_special(&m, other, vec![Value::tuple(args.pos[2..].to_vec())])?;
                    if let Value::Tuple(t) = r {
                        for x in t.iter() {
                            if let Value::Class(c) = x {
                                bases.push(c.clone());
                            }
                        }
                    }
                    continue;
                }
                return Err(PyErr::type_error("bases must be types"));
            }
        }
    }
    let mut metaclass: Option<Value> = None;
    let mut kwds = Vec::new();
    for (k, v) in args.kw {
        if &**k == "metaclass" {
            metaclass = Some(v.clone());
        } else {
            kwds.push((k.clone(), v.clone()));
        }
    }
    if metaclass.is_none() {
        for b in &bases {
            if let Some(m) = b.metaclass.borrow().clone() {
                metaclass = Some(Value::Class(m));
                break;
            }
        }
    }
    // Run the body with a fresh namespace.
    let ns = Rc::new(RefCell::new(PyDict::new()));
    let mut frame = Frame::new(func.code.clone(), func.globals.clone(), Some(Value::Dict(ns.clone())));
    for c in &func.closure {
        if let Value::Cell(c) = c {
            frame.cells.push(c.clone());
        }
    }
    let cell = vm.run_frame(frame)?;
    let _ = cell;
    let bases_tuple = Value::tuple(bases.iter().map(|b| Value::Class(b.clone())).collect());
    if let Some(meta) = metaclass {
        let is_type = matches!(&meta, Value::Class(c) if Rc::ptr_eq(c, &vm.types.type_));
        if !is_type {
            let cls = vm.call_kw(&meta, vec![Value::string(name), bases_tuple, Value::Dict(ns)], kwds)?;
            return Ok(cls);
        }
    }
    let cls = make_class(vm, &name, bases, &ns, None)?;
    init_subclass(vm, &cls, kwds)?;
    Ok(Value::Class(cls))
}

/// Create a class object from a namespace (shared by `__build_class__` and `type(...)`).
pub fn make_class(vm: &mut Vm, name: &str, mut bases: Vec<Rc<Class>>, ns: &Rc<RefCell<PyDict>>, meta: Option<Rc<Class>>) -> PyResult<Rc<Class>> {
    if bases.is_empty() {
        bases.push(vm.types.object.clone());
    }
    let layout = inherited_layout(&bases);
    let exc_kind = None;
    let cls = new_class_with(name, &bases, layout, exc_kind)?;
    let metaclass = meta.or_else(|| bases.iter().find_map(|b| b.metaclass.borrow().clone()));
    *cls.metaclass.borrow_mut() = metaclass;
    let items = ns.borrow().items();
    let mut classcell = None;
    for (k, v) in items {
        match k.as_str() {
            Some("__classcell__") => classcell = Some(v),
            Some("__qualname__") => *cls.qualname.borrow_mut() = Rc::from(v.as_str().unwrap_or(name)),
            _ => {
                // `__init_subclass__` and `__class_getitem__` are implicit class methods.
                let v = match (k.as_str(), v) {
                    (Some("__init_subclass__" | "__class_getitem__"), f @ Value::Function(_)) => Value::ClassMethod(Rc::new(f)),
                    (_, v) => v,
                };
                cls.dict.borrow_mut().set_str_key(k, v)
            }
        }
    }
    if let Some(Value::Cell(c)) = classcell {
        *c.borrow_mut() = Some(Value::Class(cls.clone()));
    }
    // `__set_name__` on descriptors.
    let attrs = cls.dict.borrow().items();
    for (k, v) in attrs {
        if matches!(v, Value::Instance(_) | Value::Native(_)) {
            if let Some(m) = vm.lookup_special(&v, "__set_name__") {
                vm.call_bound_special(&m, &v, vec![Value::Class(cls.clone()), k])?;
            }
        }
    }
    Ok(cls)
}

/// Call the parent's `__init_subclass__` (a class method) with the class keywords.
fn init_subclass(vm: &mut Vm, cls: &Rc<Class>, kwds: Vec<(Rc<str>, Value)>) -> PyResult<()> {
    let mro = cls.mro.borrow().clone();
    for parent in mro.iter().skip(1) {
        let found = parent.dict.borrow().get_str("__init_subclass__");
        if let Some(f) = found {
            let func = match f {
                Value::ClassMethod(inner) => (*inner).clone(),
                Value::Builtin(_) => return Ok(()),
                other => other,
            };
            vm.call_kw(&func, vec![Value::Class(cls.clone())], kwds)?;
            return Ok(());
        }
    }
    if !kwds.is_empty() {
        return Err(PyErr::type_error(format!("{}.__init_subclass__() takes no keyword arguments", cls.name())));
    }
    Ok(())
}
