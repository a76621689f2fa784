//! `BaseExceptionGroup` and `ExceptionGroup`: construction (CPython's BaseExceptionGroup_new,
//! which validates the members and picks the class), `message`/`exceptions`, `derive`,
//! `split` and `subgroup`.

use std::rc::Rc;

use super::exceptions::{data_of, prop};
use super::{arg, def_method, def_new};
use crate::object::exception::{exc_data, exc_field, set_exc_field};
use crate::object::{Args, ExcKind, PyErr, PyResult, Value};
use crate::vm::Vm;

pub fn install(vm: &mut Vm) {
    let eg = vm.exc_class(ExcKind::BaseExceptionGroup);
    def_new(&eg, eg_new);
    def_method(&eg, "__str__", eg_str);
    def_method(&eg, "split", eg_split);
    def_method(&eg, "subgroup", eg_subgroup);
    def_method(&eg, "derive", eg_derive);
    prop(&eg, "message", eg_message, None);
    prop(&eg, "exceptions", eg_exceptions, None);
}

/// `BaseExceptionGroup.__new__(cls, message, exceptions)`: the checks and class choice of
/// CPython's BaseExceptionGroup_new. A subclass's `__new__` reaches it through
/// `super().__new__(cls, message, excs)`; `__init__` is BaseException's, so `args` is then
/// whatever the class was called with while `message` and `exceptions` stay as validated.
fn eg_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Class(cls)) = args.pos.first() else {
        return Err(PyErr::type_error("BaseExceptionGroup.__new__(X): X is not a type object"));
    };
    let given = args.pos.len() - 1;
    if given != 2 {
        return Err(PyErr::type_error(format!("BaseExceptionGroup.__new__() takes exactly 2 arguments ({given} given)")));
    }
    let (msg, excs) = (arg(&args, 1), arg(&args, 2));
    if !matches!(msg, Value::Str(_)) {
        return Err(PyErr::type_error(format!("BaseExceptionGroup.__new__() argument 1 must be str, not {}", super::arg_type_name(vm, &msg))));
    }
    if !matches!(excs, Value::List(_) | Value::Tuple(_)) && vm.lookup_attr_opt(&excs, "__getitem__")?.is_none() {
        return Err(PyErr::type_error("second argument (exceptions) must be a sequence"));
    }
    let items = vm.collect_iterable(&excs)?;
    if items.is_empty() {
        return Err(PyErr::value_error("second argument (exceptions) must be a non-empty sequence"));
    }
    let mut nests_base = false;
    for (i, e) in items.iter().enumerate() {
        if !vm.is_instance_of_kind(e, ExcKind::BaseException) {
            return Err(PyErr::value_error(format!("Item {i} of second argument (exceptions) is not an exception")));
        }
        nests_base |= !vm.is_instance_of_kind(e, ExcKind::Exception);
    }
    let base_group = vm.exc_class(ExcKind::BaseExceptionGroup);
    let plain_group = vm.exc_class(ExcKind::ExceptionGroup);
    let mut target = cls.clone();
    if Rc::ptr_eq(cls, &base_group) {
        // `BaseExceptionGroup(msg, excs)` holding only Exceptions is an ExceptionGroup.
        if !nests_base {
            target = plain_group;
        }
    } else if Rc::ptr_eq(cls, &plain_group) {
        if nests_base {
            return Err(PyErr::type_error("Cannot nest BaseExceptions in an ExceptionGroup"));
        }
    } else if nests_base && cls.is_subclass(&vm.exc_class(ExcKind::Exception)) {
        return Err(PyErr::type_error(format!("Cannot nest BaseExceptions in '{}'", cls.tp_name())));
    }
    // Keywords are refused by BaseExceptionGroup.__init__, which a subclass may replace; the
    // built-in classes run no separate __init__ here, so the check is made now.
    if !args.kw.is_empty() && target.is_builtin_type() {
        return Err(PyErr::type_error(format!("{}() takes no keyword arguments", target.tp_name())));
    }
    // matches CPython: `args` keeps the sequence as given (a list stays a list in the repr);
    // `exceptions` is always a tuple.
    let v = vm.new_instance(&target, &[msg.clone(), excs]);
    if let Value::Instance(inst) = &v {
        set_exc_field(inst, "message", msg);
        set_exc_field(inst, "exceptions", Value::tuple(items));
    }
    Ok(v)
}

/// A group's message and members: the ones `__new__` validated, else (a group made without
/// it) read from `args`.
fn eg_parts(v: &Value) -> PyResult<(Value, Vec<Value>)> {
    let (inst, d) = data_of(v)?;
    if let (Some(msg), Some(Value::Tuple(t))) = (exc_field(inst, "message"), exc_field(inst, "exceptions")) {
        return Ok((msg, t.to_vec()));
    }
    let a = d.borrow().args.clone();
    let msg = a.first().cloned().unwrap_or(Value::str(""));
    let excs = match a.get(1) {
        Some(Value::Tuple(t)) => t.to_vec(),
        Some(Value::List(l)) => l.borrow().clone(),
        _ => Vec::new(),
    };
    Ok((msg, excs))
}

fn eg_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (msg, excs) = eg_parts(&arg(&args, 0))?;
    let m = vm.str(&msg)?;
    let n = excs.len();
    Ok(Value::string(format!("{m} ({n} sub-exception{})", if n == 1 { "" } else { "s" })))
}

fn eg_message(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(eg_parts(&arg(&args, 0))?.0)
}

fn eg_exceptions(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::tuple(eg_parts(&arg(&args, 0))?.1))
}

fn eg_derive(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (msg, _) = eg_parts(&arg(&args, 0))?;
    vm.new_exception_group(msg, arg(&args, 1))
}

/// The members of an exception group, or None for any other value.
pub(crate) fn group_members(vm: &Vm, v: &Value) -> Option<Vec<Value>> {
    if !vm.is_exception_group(v) {
        return None;
    }
    eg_parts(v).ok().map(|(_, m)| m)
}

/// Split a group by a predicate (an exception type, tuple of types, or callable).
fn split_group(vm: &mut Vm, eg: &Value, cond: &Value) -> PyResult<(Value, Value)> {
    let mut matches = |vm: &mut Vm, e: &Value| -> PyResult<bool> {
        match cond {
            Value::Class(_) | Value::Tuple(_) => vm.exception_matches(e, cond),
            f => {
                let r = vm.call(f, vec![e.clone()])?;
                vm.is_true(&r)
            }
        }
    };
    split_group_by(vm, eg, &mut matches)
}

/// (match, rest) of `eg` by `matches`, applied to the group itself, then to each member (a
/// nested group is split in turn). Each part is built by `eg.derive(...)` and gets the
/// group's traceback, cause, context and notes, as CPython's split does.
pub(crate) fn split_group_by(
    vm: &mut Vm,
    eg: &Value,
    matches: &mut dyn FnMut(&mut Vm, &Value) -> PyResult<bool>,
) -> PyResult<(Value, Value)> {
    if matches(vm, eg)? {
        return Ok((eg.clone(), Value::None));
    }
    let (_, excs) = eg_parts(eg)?;
    let mut yes = Vec::new();
    let mut no = Vec::new();
    for e in excs {
        if vm.is_exception_group(&e) {
            let (m, r) = split_group_by(vm, &e, matches)?;
            if !m.is_none() {
                yes.push(m);
            }
            if !r.is_none() {
                no.push(r);
            }
        } else if matches(vm, &e)? {
            yes.push(e);
        } else {
            no.push(e);
        }
    }
    let derive = |vm: &mut Vm, items: Vec<Value>| -> PyResult<Value> {
        if items.is_empty() {
            return Ok(Value::None);
        }
        let new = vm.call_method(eg, "derive", vec![Value::list(items)])?;
        if let (Value::Instance(src), Value::Instance(dst)) = (eg, &new) {
            if let (Some(s), Some(d)) = (exc_data(src), exc_data(dst)) {
                let s = s.borrow();
                let mut d = d.borrow_mut();
                d.traceback = s.traceback.clone();
                d.cause = s.cause.clone();
                // CPython sets the cause with PyException_SetCause, which also sets
                // `__suppress_context__`: a split part never shows its context.
                d.suppress_context = true;
                d.context = s.context.clone();
                d.notes = s.notes.clone();
            }
            let notes = src.dict.borrow().get_str("__notes__");
            if let Some(Value::List(l)) = notes {
                let copy = Value::list(l.borrow().clone());
                dst.dict.borrow_mut().set_str("__notes__", copy);
            }
        }
        Ok(new)
    };
    let y = derive(vm, yes)?;
    let n = derive(vm, no)?;
    Ok((y, n))
}

fn eg_split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (m, r) = split_group(vm, &arg(&args, 0), &arg(&args, 1))?;
    Ok(Value::tuple(vec![m, r]))
}

fn eg_subgroup(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(split_group(vm, &arg(&args, 0), &arg(&args, 1))?.0)
}

