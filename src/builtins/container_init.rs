//! `list.__init__`, `dict.__init__` and `set.__init__`: as in CPython, the mutable containers'
//! `__new__` makes an empty object for a subclass and `__init__` fills it, so a subclass's
//! own `__init__` can call `super().__init__(items)`.

use crate::object::{Args, PyErr, PyResult, Value};
use crate::vm::Vm;

pub fn install(vm: &mut Vm) {
    let t = &vm.types;
    super::def_method(&t.list.clone(), "__init__", list_init);
    super::def_method(&t.dict.clone(), "__init__", dict_init);
    super::def_method(&t.set.clone(), "__init__", set_init);
}

/// CPython's checks for `list(iterable=(), /)` and `set(iterable=(), /)`.
fn one_optional(args: &Args, name: &str) -> PyResult<Option<Value>> {
    if !args.kw.is_empty() {
        return Err(PyErr::type_error(format!("{name}() takes no keyword arguments")));
    }
    let n = args.pos.len().saturating_sub(1);
    if n > 1 {
        return Err(PyErr::type_error(format!("{name} expected at most 1 argument, got {n}")));
    }
    Ok(args.pos.get(1).cloned())
}

/// The container behind `self` (the value itself, or a subclass instance's built-in base).
fn self_value(vm: &Vm, args: &Args) -> Value {
    match args.pos.first() {
        Some(v @ Value::Instance(_)) => vm.builtin_base(v).unwrap_or(Value::None),
        Some(v) => v.clone(),
        None => Value::None,
    }
}

fn list_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let src = one_optional(&args, "list")?;
    let Value::List(l) = &self_value(vm, &args) else {
        return Err(PyErr::type_error("descriptor '__init__' requires a 'list' object"));
    };
    // matches CPython's list___init__: the old items go first, then the iterable is read.
    let old = std::mem::take(&mut *l.borrow_mut());
    crate::object::list_cell::release_reversed(old);
    if let Some(src) = src {
        let items = super::types::sized_collect(vm, &src)?;
        l.borrow_mut().extend(items);
    }
    Ok(Value::None)
}

fn dict_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = args.pos.len().saturating_sub(1);
    if n > 1 {
        return Err(PyErr::type_error(format!("dict expected at most 1 argument, got {n}")));
    }
    let d = self_value(vm, &args);
    let Value::Dict(table) = &d else {
        return Err(PyErr::type_error("descriptor '__init__' requires a 'dict' object"));
    };
    if let Some(src) = args.pos.get(1) {
        super::methods::dict_update(vm, &d, src)?;
    }
    for (k, v) in args.kw {
        vm.dict_set_item(table, Value::str(k), v.clone())?;
    }
    Ok(Value::None)
}

fn set_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let src = one_optional(&args, "set")?;
    let s = self_value(vm, &args);
    let Value::Set(cell) = &s else {
        return Err(PyErr::type_error("descriptor '__init__' requires a 'set' object"));
    };
    cell.borrow_mut().table.clear();
    if let Some(src) = src {
        vm.set_update(&s, &src)?;
    }
    Ok(Value::None)
}
