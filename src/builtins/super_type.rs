//! The `super` type: `super()` in a method, `super(C, obj)`, and the unbound `super(C)`,
//! whose `__get__` binds it to an object.

use std::cell::RefCell;
use std::rc::Rc;

use super::arg;
use crate::object::{Args, Class, PyErr, PyResult, Value};
use crate::vm::Vm;

/// The object slot of an unbound `super(C)` (CPython's NULL `obj`): an empty cell, which no
/// script can pass as the second argument of `super()`.
fn unbound() -> Value {
    Value::Cell(Rc::new(RefCell::new(None)))
}

/// Whether `obj` is the object slot of an unbound super.
pub fn is_unbound(obj: &Value) -> bool {
    matches!(obj, Value::Cell(c) if c.borrow().is_none())
}

/// matches CPython's supercheck: `obj` is an instance of `cls` or a class derived from it.
fn check_obj(vm: &mut Vm, cls: &Rc<Class>, obj: &Value) -> PyResult<()> {
    let fits = match obj {
        Value::Class(c) => c.is_subclass(cls),
        _ => false,
    } || vm.type_of(obj).is_subclass(cls);
    if fits {
        Ok(())
    } else {
        Err(PyErr::type_error("super(type, obj): obj must be an instance or subtype of type"))
    }
}

/// `super.__get__(obj, type=None)`: an unbound super binds to `obj`; a bound one (or `obj`
/// None) is returned as is.
pub fn super_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = arg(&args, 0);
    let obj = arg(&args, 1);
    let Value::Super(s) = &me else {
        return Err(PyErr::type_error("descriptor '__get__' requires a 'super' object"));
    };
    // matches CPython's wrap_descr_get check.
    if obj.is_none() && arg(&args, 2).is_none() {
        return Err(PyErr::type_error("__get__(None, None) is invalid"));
    }
    if obj.is_none() || !is_unbound(&s.1) {
        return Ok(me.clone());
    }
    check_obj(vm, &s.0, &obj)?;
    Ok(Value::Super(Rc::new((s.0.clone(), obj))))
}

pub fn super_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = &args.pos[1..];
    if a.len() > 2 {
        return Err(PyErr::type_error(format!("super() expected at most 2 arguments, got {}", a.len())));
    }
    if let Some(first) = a.first().filter(|v| !matches!(v, Value::Class(_))) {
        return Err(PyErr::type_error(format!("super() argument 1 must be a type, not {}", vm.type_name(first))));
    }
    match a {
        [Value::Class(c)] => return Ok(Value::Super(Rc::new((c.clone(), unbound())))),
        [Value::Class(c), obj] => {
            check_obj(vm, c, obj)?;
            return Ok(Value::Super(Rc::new((c.clone(), obj.clone()))));
        }
        _ => {}
    }
    let f = vm.frames.last().ok_or_else(|| PyErr::runtime_error("super(): no current frame"))?;
    let code = &f.code.code;
    // matches CPython's super_init_without_args: the argument check comes first.
    if code.arg_count == 0 {
        return Err(PyErr::runtime_error("super(): no arguments"));
    }
    let Some(idx) = code.freevars.iter().position(|n| &**n == "__class__") else {
        return Err(PyErr::runtime_error("super(): __class__ cell not found"));
    };
    let cell = f.cells.get(code.cellvars.len() + idx).and_then(|c| c.borrow().clone());
    let Some(Value::Class(cls)) = cell else {
        return Err(PyErr::runtime_error("super(): empty __class__ cell"));
    };
    let first = match f.fast.first().cloned().flatten() {
        Some(v) => v,
        None => {
            // The first argument may live in a cell when captured by an inner function.
            let name = &code.varnames[0];
            match code.cellvars.iter().position(|c| c == name).and_then(|i| f.cells[i].borrow().clone()) {
                Some(v) => v,
                None => return Err(PyErr::runtime_error("super(): arg[0] deleted")),
            }
        }
    };
    // matches CPython's super_init_impl: the implicit arguments are checked as explicit ones
    // (a comprehension's first local is its iterator, not the method's `self`).
    check_obj(vm, &cls, &first)?;
    Ok(Value::Super(Rc::new((cls, first))))
}
