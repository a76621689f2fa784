//! The operator methods of the built-in types as attributes (`int.__add__`, `list.__lt__`,
//! `set.__or__`, ...): the VM evaluates `a + b` on built-in values inline, and these expose
//! the same operations for explicit calls such as `super().__add__(other)` in a subclass or
//! `functools.reduce(int.__mul__, ...)`. As in CPython, an operand of a type the slot does not
//! handle gives NotImplemented (`(1).__add__(1.5)`), never a TypeError.

use std::rc::Rc;

use super::{arg, def_method};
use crate::bytecode::opcode::{BinOp, CompareOp, UnaryOp};
use crate::object::{Args, Class, NativeFn, PyErr, PyResult, Value};
use crate::vm::Vm;

/// Which family of built-in value a slot's operand belongs to; operations mix only within a
/// family (ints also combine with floats when `self` is the float).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Int,
    Float,
    Str,
    List,
    Tuple,
    Bytes,
    Set,
    Dict,
    Complex,
    Range,
    Other,
}

fn kind(v: &Value) -> Kind {
    match v {
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => Kind::Int,
        Value::Float(_) => Kind::Float,
        Value::Str(_) => Kind::Str,
        Value::List(_) => Kind::List,
        Value::Tuple(_) => Kind::Tuple,
        Value::Bytes(_) | Value::ByteArray(_) => Kind::Bytes,
        Value::Set(_) | Value::FrozenSet(_) => Kind::Set,
        Value::Dict(_) => Kind::Dict,
        Value::Complex(_) => Kind::Complex,
        Value::Range(_) => Kind::Range,
        _ => Kind::Other,
    }
}

/// The built-in value behind `v` (itself, or the base value of a subclass instance).
fn base(vm: &Vm, v: &Value) -> Value {
    vm.builtin_base(v).unwrap_or_else(|| v.clone())
}

/// Whether `self op other` is one of the type's own operations (else NotImplemented).
fn accepts(op: BinOp, me: Kind, other: Kind) -> bool {
    match me {
        Kind::Int => other == Kind::Int,
        Kind::Float => matches!(other, Kind::Int | Kind::Float),
        Kind::Str | Kind::List | Kind::Tuple | Kind::Bytes => match op {
            BinOp::Mul => other == Kind::Int,
            BinOp::Mod => me == Kind::Str || me == Kind::Bytes,
            _ => other == me,
        },
        Kind::Set | Kind::Dict => other == me,
        Kind::Complex => matches!(other, Kind::Int | Kind::Float | Kind::Complex),
        Kind::Range | Kind::Other => false,
    }
}

fn binary_slot(vm: &mut Vm, args: Args, op: BinOp, reflected: bool) -> PyResult<Value> {
    // matches CPython: int's slots compute on the integer values, so `int.__and__(True, True)`
    // is the int 1; only bool's own `__and__`/`__or__`/`__xor__` give a bool.
    let (me, other) = (int_of_bool(base(vm, &arg(&args, 0))), int_of_bool(base(vm, &arg(&args, 1))));
    let sequence = matches!(kind(&me), Kind::Str | Kind::List | Kind::Tuple | Kind::Bytes);
    if op == BinOp::Mul && sequence && kind(&other) != Kind::Int {
        // matches CPython's sq_repeat wrapper: the count goes through __index__ or raises.
        let n = super::int_arg(vm, &other, "")?;
        return Ok(vm.native_binary(op, &me, &Value::Int(n))?.unwrap_or(Value::NotImplemented));
    }
    if !accepts(op, kind(&me), kind(&other)) {
        // matches CPython: sequence concatenation (sq_concat) raises instead.
        if op == BinOp::Add && !reflected {
            let (tm, to) = (vm.type_name(&me), vm.type_name(&other));
            match kind(&me) {
                Kind::List | Kind::Tuple => {
                    return Err(PyErr::type_error(format!("can only concatenate {tm} (not \"{to}\") to {tm}")))
                }
                Kind::Bytes => return Err(PyErr::type_error(format!("can't concat {to} to {tm}"))),
                _ => {}
            }
        }
        return Ok(Value::NotImplemented);
    }
    let (a, b) = if reflected { (&other, &me) } else { (&me, &other) };
    Ok(vm.native_binary(op, a, b)?.unwrap_or(Value::NotImplemented))
}

fn int_of_bool(v: Value) -> Value {
    match v {
        Value::Bool(b) => Value::Int(i64::from(b.get())),
        other => other,
    }
}

/// `bool.__and__`, `__or__`, `__xor__` and their reflections: two bools give a bool, anything
/// else is int's operation (bool_and and friends in CPython's boolobject.c). `self` is
/// checked to be a bool by the call path.
fn bool_binary(vm: &mut Vm, args: Args, op: BinOp, reflected: bool) -> PyResult<Value> {
    match (arg(&args, 0), arg(&args, 1)) {
        (Value::Bool(a), Value::Bool(b)) => Ok(Value::bool(match op {
            BinOp::And => a.get() & b.get(),
            BinOp::Or => a.get() | b.get(),
            _ => a.get() ^ b.get(),
        })),
        _ => binary_slot(vm, args, op, reflected),
    }
}

/// `bool.__repr__`: 'True' / 'False' (int's `__repr__` of a bool is its integer value).
fn bool_repr(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::str(match arg(&args, 0) {
        Value::Bool(b) if b.get() => "True",
        _ => "False",
    }))
}

fn inplace_slot(vm: &mut Vm, args: Args, op: BinOp) -> PyResult<Value> {
    let (me, other) = (arg(&args, 0), arg(&args, 1));
    if let Some(r) = vm.inplace_native(op, &me, &other)? {
        return Ok(r);
    }
    binary_slot(vm, args, op, false)
}

/// `int.__pow__(self, exp, mod=None)`: with a modulus it is three-argument `pow()`.
fn pow_slot(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.pos.get(2) {
        Some(m) if !m.is_none() => {
            let (a, b, m) = (base(vm, &arg(&args, 0)), base(vm, &arg(&args, 1)), base(vm, m));
            match (crate::object::int::to_bigint(&a), crate::object::int::to_bigint(&b), crate::object::int::to_bigint(&m)) {
                (Some(a), Some(b), Some(m)) => crate::object::int::pow_mod(&a, &b, &m),
                _ => Ok(Value::NotImplemented),
            }
        }
        _ => binary_slot(vm, args, BinOp::Pow, false),
    }
}

fn divmod_slot(vm: &mut Vm, args: Args, reflected: bool) -> PyResult<Value> {
    let (me, other) = (base(vm, &arg(&args, 0)), base(vm, &arg(&args, 1)));
    if !accepts(BinOp::FloorDiv, kind(&me), kind(&other)) || !matches!(kind(&me), Kind::Int | Kind::Float) {
        return Ok(Value::NotImplemented);
    }
    let (a, b) = if reflected { (&other, &me) } else { (&me, &other) };
    let q = vm.binary_op(BinOp::FloorDiv, a, b, false)?;
    let r = vm.binary_op(BinOp::Mod, a, b, false)?;
    Ok(Value::tuple(vec![q, r]))
}

fn compare_slot(vm: &mut Vm, args: Args, op: CompareOp) -> PyResult<Value> {
    let (me, other) = (base(vm, &arg(&args, 0)), base(vm, &arg(&args, 1)));
    let (km, ko) = (kind(&me), kind(&other));
    let numeric = |k: Kind| matches!(k, Kind::Int | Kind::Float | Kind::Complex);
    let equality = matches!(op, CompareOp::Eq | CompareOp::Ne);
    // matches CPython: int's slots leave int-vs-float to float's reflected method, float's
    // and complex's take the narrower numbers; dicts, ranges and complex numbers only
    // compare for (in)equality.
    let accepted = match km {
        Kind::Float => matches!(ko, Kind::Int | Kind::Float),
        Kind::Complex => numeric(ko) && equality,
        Kind::Dict | Kind::Range => ko == km && equality,
        // bytes' comparisons take only bytes; bytearray's take any bytes-like operand.
        Kind::Bytes if matches!(me, Value::Bytes(_)) => matches!(other, Value::Bytes(_)),
        Kind::Other => false,
        _ => ko == km,
    };
    if !accepted {
        return Ok(Value::NotImplemented);
    }
    Ok(vm.native_compare(op, &me, &other)?.unwrap_or(Value::NotImplemented))
}

fn unary_slot(vm: &mut Vm, args: Args, op: UnaryOp) -> PyResult<Value> {
    let me = base(vm, &arg(&args, 0));
    vm.unary_op(op, &me)
}

fn bool_slot(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = base(vm, &arg(&args, 0));
    Ok(Value::bool(vm.is_true(&me)?))
}

macro_rules! slots {
    ($($name:ident => $body:expr;)*) => {
        $(fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
            let f: fn(&mut Vm, Args) -> PyResult<Value> = $body;
            f(vm, args)
        })*
    };
}

slots! {
    add => |vm, a| binary_slot(vm, a, BinOp::Add, false);
    radd => |vm, a| binary_slot(vm, a, BinOp::Add, true);
    sub => |vm, a| binary_slot(vm, a, BinOp::Sub, false);
    rsub => |vm, a| binary_slot(vm, a, BinOp::Sub, true);
    mul => |vm, a| binary_slot(vm, a, BinOp::Mul, false);
    rmul => |vm, a| binary_slot(vm, a, BinOp::Mul, true);
    truediv => |vm, a| binary_slot(vm, a, BinOp::TrueDiv, false);
    rtruediv => |vm, a| binary_slot(vm, a, BinOp::TrueDiv, true);
    floordiv => |vm, a| binary_slot(vm, a, BinOp::FloorDiv, false);
    rfloordiv => |vm, a| binary_slot(vm, a, BinOp::FloorDiv, true);
    mod_ => |vm, a| binary_slot(vm, a, BinOp::Mod, false);
    rmod => |vm, a| binary_slot(vm, a, BinOp::Mod, true);
    pow => pow_slot;
    rpow => |vm, a| binary_slot(vm, a, BinOp::Pow, true);
    lshift => |vm, a| binary_slot(vm, a, BinOp::LShift, false);
    rlshift => |vm, a| binary_slot(vm, a, BinOp::LShift, true);
    rshift => |vm, a| binary_slot(vm, a, BinOp::RShift, false);
    rrshift => |vm, a| binary_slot(vm, a, BinOp::RShift, true);
    and => |vm, a| binary_slot(vm, a, BinOp::And, false);
    rand => |vm, a| binary_slot(vm, a, BinOp::And, true);
    or => |vm, a| binary_slot(vm, a, BinOp::Or, false);
    ror => |vm, a| binary_slot(vm, a, BinOp::Or, true);
    xor => |vm, a| binary_slot(vm, a, BinOp::Xor, false);
    rxor => |vm, a| binary_slot(vm, a, BinOp::Xor, true);
    iadd => |vm, a| inplace_slot(vm, a, BinOp::Add);
    imul => |vm, a| inplace_slot(vm, a, BinOp::Mul);
    ior => |vm, a| inplace_slot(vm, a, BinOp::Or);
    iand => |vm, a| inplace_slot(vm, a, BinOp::And);
    isub => |vm, a| inplace_slot(vm, a, BinOp::Sub);
    ixor => |vm, a| inplace_slot(vm, a, BinOp::Xor);
    divmod => |vm, a| divmod_slot(vm, a, false);
    rdivmod => |vm, a| divmod_slot(vm, a, true);
    lt => |vm, a| compare_slot(vm, a, CompareOp::Lt);
    le => |vm, a| compare_slot(vm, a, CompareOp::Le);
    gt => |vm, a| compare_slot(vm, a, CompareOp::Gt);
    ge => |vm, a| compare_slot(vm, a, CompareOp::Ge);
    eq => |vm, a| compare_slot(vm, a, CompareOp::Eq);
    ne => |vm, a| compare_slot(vm, a, CompareOp::Ne);
    bool_and => |vm, a| bool_binary(vm, a, BinOp::And, false);
    bool_rand => |vm, a| bool_binary(vm, a, BinOp::And, true);
    bool_or => |vm, a| bool_binary(vm, a, BinOp::Or, false);
    bool_ror => |vm, a| bool_binary(vm, a, BinOp::Or, true);
    bool_xor => |vm, a| bool_binary(vm, a, BinOp::Xor, false);
    bool_rxor => |vm, a| bool_binary(vm, a, BinOp::Xor, true);
    neg => |vm, a| unary_slot(vm, a, UnaryOp::Neg);
    pos => |vm, a| unary_slot(vm, a, UnaryOp::Pos);
    invert => |vm, a| unary_slot(vm, a, UnaryOp::Invert);
}

const ARITH: &[(&str, NativeFn)] = &[
    ("__add__", add), ("__radd__", radd), ("__sub__", sub), ("__rsub__", rsub),
    ("__mul__", mul), ("__rmul__", rmul), ("__truediv__", truediv), ("__rtruediv__", rtruediv),
    ("__floordiv__", floordiv), ("__rfloordiv__", rfloordiv), ("__mod__", mod_), ("__rmod__", rmod),
    ("__pow__", pow), ("__rpow__", rpow), ("__divmod__", divmod), ("__rdivmod__", rdivmod),
    ("__neg__", neg), ("__pos__", pos), ("__bool__", bool_slot),
];
const BITS: &[(&str, NativeFn)] = &[
    ("__lshift__", lshift), ("__rlshift__", rlshift), ("__rshift__", rshift), ("__rrshift__", rrshift),
    ("__and__", and), ("__rand__", rand), ("__or__", or), ("__ror__", ror), ("__xor__", xor),
    ("__rxor__", rxor), ("__invert__", invert),
];
const ORDER: &[(&str, NativeFn)] = &[
    ("__lt__", lt), ("__le__", le), ("__gt__", gt), ("__ge__", ge), ("__eq__", eq), ("__ne__", ne),
];
/// complex's numeric slots (no floor division, modulo or divmod in Python 3).
const COMPLEX: &[(&str, NativeFn)] = &[
    ("__add__", add), ("__radd__", radd), ("__sub__", sub), ("__rsub__", rsub),
    ("__mul__", mul), ("__rmul__", rmul), ("__truediv__", truediv), ("__rtruediv__", rtruediv),
    ("__pow__", pow), ("__rpow__", rpow), ("__neg__", neg), ("__pos__", pos), ("__bool__", bool_slot),
];
const SEQ: &[(&str, NativeFn)] = &[("__add__", add), ("__mul__", mul), ("__rmul__", rmul)];
const SET_OPS: &[(&str, NativeFn)] = &[
    ("__and__", and), ("__rand__", rand), ("__or__", or), ("__ror__", ror), ("__xor__", xor),
    ("__rxor__", rxor), ("__sub__", sub), ("__rsub__", rsub),
];

/// bool's own slots (CPython's bool type defines only these and `__new__`).
const BOOL: &[(&str, NativeFn)] = &[
    ("__and__", bool_and), ("__rand__", bool_rand), ("__or__", bool_or), ("__ror__", bool_ror),
    ("__xor__", bool_xor), ("__rxor__", bool_rxor), ("__repr__", bool_repr),
];

/// Register the slots the class does not define yet (a type's own methods win).
fn add_missing(cls: &Rc<Class>, table: &[(&str, NativeFn)]) {
    for (name, f) in table {
        if !cls.dict.borrow().contains_str(name) {
            def_method(cls, name, *f);
        }
    }
}

pub fn install(vm: &mut Vm) {
    let t = &vm.types;
    add_missing(&t.int, ARITH);
    add_missing(&t.int, BITS);
    add_missing(&t.bool_, BOOL);
    add_missing(&t.float, ARITH);
    add_missing(&t.complex, COMPLEX);
    let ordered = [&t.int, &t.float, &t.complex, &t.str, &t.list, &t.tuple, &t.bytes, &t.bytearray, &t.set];
    for cls in ordered.into_iter().chain([&t.frozenset, &t.dict, &t.range]) {
        add_missing(cls, ORDER);
    }
    for cls in [&t.list, &t.tuple, &t.bytes, &t.bytearray] {
        add_missing(cls, SEQ);
    }
    add_missing(&t.bytearray, &[("__mod__", mod_), ("__rmod__", rmod), ("__iadd__", iadd), ("__imul__", imul)]);
    add_missing(&t.range, &[("__bool__", bool_slot)]);
    add_missing(&t.str, &[("__rmod__", rmod)]);
    add_missing(&t.bytes, &[("__mod__", mod_), ("__rmod__", rmod)]);
    add_missing(&t.list, &[("__iadd__", iadd), ("__imul__", imul)]);
    add_missing(&t.set, SET_OPS);
    add_missing(&t.set, &[("__iand__", iand), ("__ior__", ior), ("__isub__", isub), ("__ixor__", ixor)]);
    add_missing(&t.frozenset, SET_OPS);
    add_missing(&t.dict, &[("__or__", or), ("__ror__", ror), ("__ior__", ior)]);
}
