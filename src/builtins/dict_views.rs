//! `dict.keys()`, `dict.values()`, `dict.items()`: live view objects (`dict_keys`,
//! `dict_values`, `dict_items`) with len, iteration, `in`, reversed, and the set operations of
//! keys and items views; plus `dict.fromkeys`.

use crate::object::BoolWord;
use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

use super::{check_count, native};
use crate::bytecode::opcode::BinOp;
use crate::object::function::NativeKind;
use crate::object::{Args, Class, IterObj, NativeObject, PyDict, PyErr, PyResult, Value};
use crate::vm::Vm;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum ViewKind {
    Keys = 0,
    Values = 1,
    Items = 2,
}

pub struct DictView {
    pub dict: Rc<RefCell<PyDict>>,
    pub kind: ViewKind,
    cls: Rc<Class>,
}

impl NativeObject for DictView {
    fn class(&self) -> Rc<Class> {
        self.cls.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// Register a slot method with no owner, so the VM's operator and `len` dispatch calls it.
fn def_slot(cls: &Rc<Class>, name: &str, f: crate::object::NativeFn) {
    cls.dict.borrow_mut().set_str(name, native(name, f, NativeKind::Method, None));
}

pub fn install(vm: &mut Vm) {
    let t = &vm.types;
    let dict = t.dict.clone();
    let views = [t.dict_keys.clone(), t.dict_values.clone(), t.dict_items.clone()];
    super::def_method(&dict, "keys", keys);
    super::def_method(&dict, "values", values);
    super::def_method(&dict, "items", items);
    super::def_classmethod(&dict, "fromkeys", fromkeys);
    for (i, cls) in views.iter().enumerate() {
        def_slot(cls, "__len__", view_len);
        def_slot(cls, "__iter__", view_iter);
        def_slot(cls, "__reversed__", view_reversed);
        def_slot(cls, "__contains__", view_contains);
        def_slot(cls, "__repr__", view_repr);
        super::def_getter(cls, "mapping", view_mapping);
        if i != 1 {
            let ops: &[(&str, crate::object::NativeFn)] = &[
                ("__and__", and),
                ("__rand__", and),
                ("__or__", or),
                ("__ror__", ror),
                ("__sub__", sub),
                ("__rsub__", rsub),
                ("__xor__", xor),
                ("__rxor__", rxor),
                ("__eq__", view_eq),
                ("__ne__", view_ne),
                ("__lt__", view_lt),
                ("__le__", view_le),
                ("__gt__", view_gt),
                ("__ge__", view_ge),
                ("isdisjoint", isdisjoint),
            ];
            for (name, f) in ops {
                def_slot(cls, name, *f);
            }
            // The set-like views compare, so CPython leaves them unhashable; dict_values
            // keeps object's identity hash.
            cls.dict.borrow_mut().set_str("__hash__", Value::None);
        }
    }
}

fn make_view(vm: &Vm, v: &Value, kind: ViewKind, name: &str) -> PyResult<Value> {
    let d = match v {
        Value::Dict(d) => d.clone(),
        _ => match vm.builtin_base(v) {
            Some(Value::Dict(d)) => d,
            _ => {
                return Err(PyErr::type_error(format!(
                    "descriptor '{name}' for 'dict' objects doesn't apply to a '{}' object",
                    vm.type_name(v)
                )))
            }
        },
    };
    let cls = match kind {
        ViewKind::Keys => vm.types.dict_keys.clone(),
        ViewKind::Values => vm.types.dict_values.clone(),
        ViewKind::Items => vm.types.dict_items.clone(),
    };
    Ok(Value::Native(crate::object::NativeRef::new(DictView { dict: d, kind, cls })))
}

fn keys(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_count("keys", &args, 1, 1)?;
    make_view(vm, &args.pos[0], ViewKind::Keys, "keys")
}

fn values(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_count("values", &args, 1, 1)?;
    make_view(vm, &args.pos[0], ViewKind::Values, "values")
}

fn items(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_count("items", &args, 1, 1)?;
    make_view(vm, &args.pos[0], ViewKind::Items, "items")
}

/// `dict.fromkeys(iterable, value=None)`, building an instance of the class it is called on.
fn fromkeys(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::no_kwargs("dict.fromkeys", &args)?;
    super::check_method_count("fromkeys", "dict.fromkeys", &args, 1, 2)?;
    let value = args.pos.get(2).cloned().unwrap_or(Value::None);
    let cls = args.pos[0].clone();
    let target = match &cls {
        Value::Class(c) if Rc::ptr_eq(c, &vm.types.dict) => {
            // CPython's _PyDict_FromKeys sizes the table once for a dict's or set's keys.
            let mut d = PyDict::new();
            match &args.pos[1] {
                Value::Dict(src) => {
                    let src = src.borrow();
                    d.presize(src.len(), src.has_general_keys());
                }
                Value::Set(s) => d.presize(s.borrow().len(), true),
                Value::FrozenSet(s) => d.presize(s.len(), true),
                _ => {}
            }
            Value::dict(d)
        }
        _ => vm.call(&cls, vec![])?,
    };
    for k in vm.collect_iterable(&args.pos[1])? {
        vm.setitem(&target, k, value.clone())?;
    }
    Ok(target)
}

fn view_of(v: &Value) -> PyResult<&DictView> {
    v.downcast::<DictView>().ok_or_else(|| PyErr::type_error("descriptor requires a dict view"))
}

/// The members of a view in dict order.
fn members(view: &DictView) -> Vec<Value> {
    let d = view.dict.borrow();
    match view.kind {
        ViewKind::Keys => d.keys(),
        ViewKind::Values => d.values(),
        ViewKind::Items => d.items().into_iter().map(|(k, v)| Value::tuple(vec![k, v])).collect(),
    }
}

fn view_len(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let view = view_of(&args.pos[0])?;
    let n = view.dict.borrow().len();
    Ok(Value::Int(n as i64))
}

/// `view.mapping` (3.10+): a read-only proxy of the dict the view looks at.
fn view_mapping(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let view = view_of(&args.pos[0])?;
    Ok(super::mappingproxy::wrap(vm, Value::Dict(view.dict.clone())))
}

fn view_iter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let view = view_of(&args.pos[0])?;
    let len = view.dict.borrow().len();
    let it = IterObj::Dict { dict: view.dict.clone(), pos: 0, len, left: len, what: view.kind as u8 };
    Ok(Value::Iter(Rc::new(RefCell::new(it))))
}

fn view_reversed(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let view = view_of(&args.pos[0])?;
    let mut items = members(view);
    items.reverse();
    // CPython's reversed view iterators have their own type names.
    let name = match view.kind {
        ViewKind::Keys => "dict_reversekeyiterator",
        ViewKind::Values => "dict_reversevalueiterator",
        ViewKind::Items => "dict_reverseitemiterator",
    };
    Ok(Value::Iter(Rc::new(RefCell::new(IterObj::Snapshot { items, index: 0, name, source: None }))))
}

fn view_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_count("__contains__", &args, 2, 2)?;
    let view = view_of(&args.pos[0])?;
    let d = Value::Dict(view.dict.clone());
    let item = &args.pos[1];
    Ok(Value::bool(match view.kind {
        ViewKind::Keys => vm.dict_get_item(&d, item)?.is_some(),
        ViewKind::Values => {
            let vals = view.dict.borrow().values();
            let mut found = false;
            for v in vals {
                if v.is(item) || vm.eq(&v, item)? {
                    found = true;
                    break;
                }
            }
            found
        }
        ViewKind::Items => match item {
            Value::Tuple(t) if t.len() == 2 => match vm.dict_get_item(&d, &t[0])? {
                Some(v) => v.is(&t[1]) || vm.eq(&v, &t[1])?,
                None => false,
            },
            _ => false,
        },
    }))
}

fn view_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let view = view_of(&args.pos[0])?;
    let name = view.cls.name();
    let mut parts = Vec::new();
    for m in members(view) {
        parts.push(vm.repr(&m)?);
    }
    Ok(Value::string(format!("{name}([{}])", parts.join(", "))))
}

/// A new set holding the members of `v` (a view or any iterable).
fn to_set(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let items = match v.downcast::<DictView>() {
        Some(view) => members(view),
        None => vm.collect_iterable(v)?,
    };
    vm.new_set(items)
}

/// `result = set(left); result <op>= right` (CPython's dictviews_or/sub/xor).
fn set_op(vm: &mut Vm, left: &Value, right: &Value, op: BinOp) -> PyResult<Value> {
    let result = to_set(vm, left)?;
    match op {
        BinOp::Or => vm.set_update(&result, right)?,
        _ => {
            let r = to_set(vm, right)?;
            vm.set_inplace(op, &result, &r)?;
        }
    }
    Ok(result)
}

fn binary(vm: &mut Vm, args: &Args, op: BinOp, reflected: bool) -> PyResult<Value> {
    check_count("op", args, 2, 2)?;
    let (a, b) = (&args.pos[0], &args.pos[1]);
    if vm.get_iter(b).is_err() {
        return Ok(Value::NotImplemented);
    }
    if reflected {
        set_op(vm, b, a, op)
    } else {
        set_op(vm, a, b, op)
    }
}

/// `view & other`: CPython's _PyDictView_Intersect keeps the items of `other` found in self.
fn and(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_count("__and__", &args, 2, 2)?;
    let (mut this, mut other) = (args.pos[0].clone(), args.pos[1].clone());
    if vm.get_iter(&other).is_err() {
        return Ok(Value::NotImplemented);
    }
    let len_self = vm.len(&this)?;
    if matches!(other, Value::Set(_)) && len_self <= vm.len(&other)? {
        return vm.call_method(&other, "intersection", vec![this]);
    }
    if other.downcast::<DictView>().is_some_and(|v| v.kind != ViewKind::Values) && vm.len(&other)? > len_self {
        std::mem::swap(&mut this, &mut other);
    }
    let result = vm.new_set(Vec::new())?;
    let it = vm.get_iter(&other)?;
    while let Some(k) = vm.iter_next(&it)? {
        if vm.contains(&this, &k)? {
            vm.set_add(&result, k)?;
        }
    }
    Ok(result)
}

fn or(vm: &mut Vm, args: Args) -> PyResult<Value> {
    binary(vm, &args, BinOp::Or, false)
}

fn ror(vm: &mut Vm, args: Args) -> PyResult<Value> {
    binary(vm, &args, BinOp::Or, true)
}

fn sub(vm: &mut Vm, args: Args) -> PyResult<Value> {
    binary(vm, &args, BinOp::Sub, false)
}

fn rsub(vm: &mut Vm, args: Args) -> PyResult<Value> {
    binary(vm, &args, BinOp::Sub, true)
}

fn xor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    binary(vm, &args, BinOp::Xor, false)
}

fn rxor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    binary(vm, &args, BinOp::Xor, true)
}

/// Keys and items views compare with sets and set-like views as CPython's
/// dictview_richcompare does: by length, then whether every member of one is `in` the other
/// (so items with unhashable values still compare).
fn view_compare(vm: &mut Vm, args: &Args, op: crate::bytecode::opcode::CompareOp) -> PyResult<Value> {
    use crate::bytecode::opcode::CompareOp as C;
    if args.pos.len() != 2 {
        return Err(PyErr::type_error(format!("expected 1 argument, got {}", args.pos.len().saturating_sub(1))));
    }
    let (this, other) = (&args.pos[0], &args.pos[1]);
    let set_like = matches!(other, Value::Set(_) | Value::FrozenSet(_))
        || other.downcast::<DictView>().is_some_and(|v| v.kind != ViewKind::Values);
    if !set_like {
        return Ok(Value::NotImplemented);
    }
    let (la, lb) = (vm.len(this)?, vm.len(other)?);
    let result = match op {
        C::Eq | C::Ne => la == lb && all_contained_in(vm, this, other)?,
        C::Lt => la < lb && all_contained_in(vm, this, other)?,
        C::Le => la <= lb && all_contained_in(vm, this, other)?,
        C::Gt => la > lb && all_contained_in(vm, other, this)?,
        C::Ge => la >= lb && all_contained_in(vm, other, this)?,
    };
    Ok(Value::bool(if op == C::Ne { !result } else { result }))
}

fn all_contained_in(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    let it = vm.get_iter(a)?;
    while let Some(x) = vm.iter_next(&it)? {
        if !vm.contains(b, &x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn view_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view_compare(vm, &args, crate::bytecode::opcode::CompareOp::Eq)
}

fn view_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view_compare(vm, &args, crate::bytecode::opcode::CompareOp::Ne)
}

fn view_lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view_compare(vm, &args, crate::bytecode::opcode::CompareOp::Lt)
}

fn view_le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view_compare(vm, &args, crate::bytecode::opcode::CompareOp::Le)
}

fn view_gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view_compare(vm, &args, crate::bytecode::opcode::CompareOp::Gt)
}

fn view_ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view_compare(vm, &args, crate::bytecode::opcode::CompareOp::Ge)
}

fn isdisjoint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_count("isdisjoint", &args, 2, 2)?;
    let it = vm.get_iter(&args.pos[1])?;
    while let Some(k) = vm.iter_next(&it)? {
        if vm.contains(&args.pos[0], &k)? {
            return Ok(Value::Bool(BoolWord::FALSE));
        }
    }
    Ok(Value::Bool(BoolWord::TRUE))
}
