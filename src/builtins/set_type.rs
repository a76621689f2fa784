//! The methods of `set` and `frozenset` (the tables and their CPython order live in
//! `object/set_table.rs`; the VM-side operations in `vm/containers.rs`).

use crate::object::BoolWord;
use std::cell::RefCell;
use std::rc::Rc;

use super::{check_count, def_method};
use crate::bytecode::opcode::BinOp;
use crate::object::set_table::SetTable;
use crate::object::{Args, ExcKind, PyErr, PyResult, PySet, Value};
use crate::vm::Vm;

pub fn install(vm: &mut Vm) {
    let (set, frozen) = (vm.types.set.clone(), vm.types.frozenset.clone());
    let shared: &[(&str, crate::object::NativeFn)] = &[
        ("copy", copy),
        ("union", union),
        ("intersection", intersection),
        ("difference", difference),
        ("symmetric_difference", symmetric_difference),
        ("issubset", issubset),
        ("issuperset", issuperset),
        ("isdisjoint", isdisjoint),
        ("__len__", dunder_len),
        ("__contains__", dunder_contains),
        ("__iter__", dunder_iter),
    ];
    for (name, f) in shared {
        def_method(&set, name, *f);
        def_method(&frozen, name, *f);
    }
    let mutating: &[(&str, crate::object::NativeFn)] = &[
        ("add", add),
        ("discard", discard),
        ("remove", remove),
        ("pop", pop),
        ("clear", clear),
        ("update", update),
        ("intersection_update", intersection_update),
        ("difference_update", difference_update),
        ("symmetric_difference_update", symmetric_difference_update),
    ];
    for (name, f) in mutating {
        def_method(&set, name, *f);
    }
}

/// The set or frozenset behind `self` (unwrapping subclass instances).
fn self_set(vm: &Vm, v: &Value, name: &str, frozen_ok: bool) -> PyResult<Value> {
    let base = match v {
        Value::Set(_) | Value::FrozenSet(_) => Some(v.clone()),
        _ => vm.builtin_base(v),
    };
    match base {
        Some(s @ Value::Set(_)) => Ok(s),
        Some(s @ Value::FrozenSet(_)) if frozen_ok => Ok(s),
        _ => Err(PyErr::type_error(format!(
            "descriptor '{name}' for '{}' objects doesn't apply to a '{}' object",
            if frozen_ok { "frozenset" } else { "set" },
            vm.type_name(v)
        ))),
    }
}

fn cell_of(v: &Value) -> Option<&Rc<RefCell<PySet>>> {
    match v {
        Value::Set(c) => Some(c),
        _ => None,
    }
}

/// Wrap a table in the type of `like` (set or frozenset).
fn wrap_like(like: &Value, t: SetTable<Value>) -> Value {
    match like {
        Value::FrozenSet(_) => Value::FrozenSet(Rc::new(PySet::from_table(t))),
        _ => Value::Set(Rc::new(RefCell::new(PySet::from_table(t)))),
    }
}

/// `other` as a set value: sets and frozensets as they are, other iterables built into a set.
fn as_set(vm: &mut Vm, other: &Value) -> PyResult<Value> {
    match other {
        Value::Set(_) | Value::FrozenSet(_) => Ok(other.clone()),
        _ => match vm.builtin_base(other) {
            Some(b @ (Value::Set(_) | Value::FrozenSet(_))) => Ok(b),
            _ => {
                let s = vm.set_from_iterable(other)?;
                Ok(Value::Set(Rc::new(RefCell::new(s))))
            }
        },
    }
}

fn add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_count("set.add", &args, 2, 2).map_err(|_| arg_count("add", &args))?;
    let s = self_set(vm, &args.pos[0], "add", false)?;
    vm.set_add(&s, args.pos[1].clone())?;
    Ok(Value::None)
}

fn arg_count(name: &str, args: &Args) -> PyErr {
    PyErr::type_error(format!("set.{name}() takes exactly one argument ({} given)", args.pos.len().saturating_sub(1)))
}

fn discard(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_count("discard", &args, 2, 2).map_err(|_| arg_count("discard", &args))?;
    let s = self_set(vm, &args.pos[0], "discard", false)?;
    vm.set_discard(&s, &args.pos[1])?;
    Ok(Value::None)
}

fn remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_count("remove", &args, 2, 2).map_err(|_| arg_count("remove", &args))?;
    let s = self_set(vm, &args.pos[0], "remove", false)?;
    if !vm.set_discard(&s, &args.pos[1])? {
        return Err(PyErr::key_error(args.pos[1].clone()));
    }
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_count("pop", &args, 1, 1)?;
    let s = self_set(vm, &args.pos[0], "pop", false)?;
    let popped = cell_of(&s).and_then(|c| c.borrow_mut().table.pop());
    match popped {
        Some((k, _)) => Ok(k),
        None => Err(PyErr::new(ExcKind::KeyError, "pop from an empty set")),
    }
}

fn clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_count("clear", &args, 1, 1)?;
    let s = self_set(vm, &args.pos[0], "clear", false)?;
    if let Some(c) = cell_of(&s) {
        c.borrow_mut().table.clear();
    }
    Ok(Value::None)
}

fn update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::no_kwargs("set.update", &args)?;
    let s = self_set(vm, &args.pos[0], "update", false)?;
    for other in &args.pos[1..] {
        vm.set_update(&s, other)?;
    }
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_count("copy", &args, 1, 1)?;
    let s = self_set(vm, &args.pos[0], "copy", true)?;
    Ok(match &s {
        // frozenset.copy() returns self, as CPython.
        Value::FrozenSet(_) => s.clone(),
        Value::Set(c) => Value::Set(Rc::new(RefCell::new(c.borrow().copy()))),
        _ => s.clone(),
    })
}

fn union(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = self_set(vm, &args.pos[0], "union", true)?;
    let mut t = vm.set_table_of(&s).unwrap_or_default().copy();
    for other in &args.pos[1..] {
        if other.is(&s) {
            continue;
        }
        vm.set_table_update(&mut t, other)?;
    }
    Ok(wrap_like(&s, t))
}

/// `s.intersection(*others)`: CPython keeps the members of the smaller operand for sets and
/// walks a non-set iterable in its own order.
fn intersection(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = self_set(vm, &args.pos[0], "intersection", true)?;
    if args.pos.len() == 1 {
        return copy_like(vm, &s);
    }
    let mut cur = s.clone();
    for other in &args.pos[1..] {
        cur = intersect_one(vm, &cur, other)?;
    }
    Ok(wrap_like(&s, vm.set_table_of(&cur).unwrap_or_default()))
}

fn copy_like(vm: &Vm, s: &Value) -> PyResult<Value> {
    Ok(wrap_like(s, vm.set_table_of(s).unwrap_or_default().copy()))
}

fn intersect_one(vm: &mut Vm, cur: &Value, other: &Value) -> PyResult<Value> {
    if matches!(other, Value::Set(_) | Value::FrozenSet(_)) {
        return Ok(vm.set_binary(BinOp::And, cur, other)?.unwrap_or(Value::None));
    }
    let out = vm.new_set(Vec::new())?;
    for k in vm.collect_iterable(other)? {
        if vm.set_contains(cur, &k)? {
            vm.set_add(&out, k)?;
        }
    }
    Ok(out)
}

fn difference(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = self_set(vm, &args.pos[0], "difference", true)?;
    if args.pos.len() == 1 {
        return copy_like(vm, &s);
    }
    let mut cur = s.clone();
    for other in &args.pos[1..] {
        cur = if matches!(other, Value::Set(_) | Value::FrozenSet(_)) {
            vm.set_binary(BinOp::Sub, &cur, other)?.unwrap_or(Value::None)
        } else {
            let out = copy_like(vm, &cur)?;
            let out = Value::Set(Rc::new(RefCell::new(match out {
                Value::FrozenSet(f) => (*f).clone(),
                Value::Set(c) => c.borrow().clone(),
                _ => PySet::new(),
            })));
            discard_all(vm, &out, other)?;
            out
        };
    }
    Ok(wrap_like(&s, vm.set_table_of(&cur).unwrap_or_default()))
}

/// CPython's set_difference_update_internal for a non-set iterable.
fn discard_all(vm: &mut Vm, s: &Value, other: &Value) -> PyResult<()> {
    for k in vm.collect_iterable(other)? {
        vm.set_discard(s, &k)?;
    }
    if let Some(c) = cell_of(s) {
        c.borrow_mut().table.purge_dummies_if_many();
    }
    Ok(())
}

fn symmetric_difference(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_count("symmetric_difference", &args, 2, 2)
        .map_err(|_| PyErr::type_error(format!("{}.symmetric_difference() takes exactly one argument ({} given)", vm.type_name(&args.pos[0]), args.pos.len() - 1)))?;
    let s = self_set(vm, &args.pos[0], "symmetric_difference", true)?;
    let other = &args.pos[1];
    if matches!(other, Value::Set(_) | Value::FrozenSet(_)) {
        return Ok(vm.set_binary(BinOp::Xor, &s, other)?.unwrap_or(Value::None));
    }
    // CPython builds a set from the iterable, then `^=` self into it.
    let mut t = std::mem::take(&mut vm.set_from_iterable(other)?.table);
    let mine = vm.set_table_of(&s).unwrap_or_default();
    vm.set_table_xor_into(&mut t, &mine)?;
    Ok(wrap_like(&s, t))
}

fn inplace(vm: &mut Vm, args: &Args, name: &str, op: BinOp) -> PyResult<Value> {
    let s = self_set(vm, &args.pos[0], name, false)?;
    for other in &args.pos[1..] {
        if op == BinOp::Sub && !matches!(other, Value::Set(_) | Value::FrozenSet(_)) {
            discard_all(vm, &s, other)?;
            continue;
        }
        let o = as_set(vm, other)?;
        if op == BinOp::And && !matches!(other, Value::Set(_) | Value::FrozenSet(_)) {
            let r = intersect_one(vm, &s, other)?;
            if let (Some(c), Some(t)) = (cell_of(&s), vm.set_table_of(&r)) {
                c.borrow_mut().table = t;
            }
            continue;
        }
        vm.set_inplace(op, &s, &o)?;
    }
    Ok(Value::None)
}

fn intersection_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    inplace(vm, &args, "intersection_update", BinOp::And)
}

fn difference_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    inplace(vm, &args, "difference_update", BinOp::Sub)
}

fn symmetric_difference_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_count("symmetric_difference_update", &args, 2, 2)
        .map_err(|_| PyErr::type_error(format!("set.symmetric_difference_update() takes exactly one argument ({} given)", args.pos.len() - 1)))?;
    inplace(vm, &args, "symmetric_difference_update", BinOp::Xor)
}

fn issubset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_count("issubset", &args, 2, 2)?;
    let s = self_set(vm, &args.pos[0], "issubset", true)?;
    let o = as_set(vm, &args.pos[1])?;
    Ok(Value::bool(vm.set_is_subset(&s, &o)?))
}

fn issuperset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_count("issuperset", &args, 2, 2)?;
    let s = self_set(vm, &args.pos[0], "issuperset", true)?;
    let o = as_set(vm, &args.pos[1])?;
    Ok(Value::bool(vm.set_is_subset(&o, &s)?))
}

fn isdisjoint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_count("isdisjoint", &args, 2, 2)?;
    let s = self_set(vm, &args.pos[0], "isdisjoint", true)?;
    for k in vm.collect_iterable(&args.pos[1])? {
        if vm.set_contains(&s, &k)? {
            return Ok(Value::Bool(BoolWord::FALSE));
        }
    }
    Ok(Value::Bool(BoolWord::TRUE))
}

fn dunder_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_count("__len__", &args, 1, 1)?;
    let s = self_set(vm, &args.pos[0], "__len__", true)?;
    Ok(Value::Int(vm.set_items(&s).len() as i64))
}

fn dunder_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_count("__contains__", &args, 2, 2)?;
    let s = self_set(vm, &args.pos[0], "__contains__", true)?;
    Ok(Value::bool(vm.set_contains(&s, &args.pos[1])?))
}

fn dunder_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_count("__iter__", &args, 1, 1)?;
    let s = self_set(vm, &args.pos[0], "__iter__", true)?;
    vm.get_iter(&s)
}
