//! `_operator`: the operator functions that are single operations (`add`, `lt`, `neg`,
//! `getitem`, ...) as built-in functions, as in CPython: they show no frame of their own in a
//! traceback and check their arguments with CPython's messages ("add expected 2 arguments,
//! got 1", "_operator.neg() takes exactly one argument (0 given)"). `operator` re-exports them.

use crate::builtins::{check_count, def_fn, no_kwargs};
use crate::bytecode::opcode::{BinOp, CompareOp, UnaryOp};
use crate::object::{Args, PyResult, Value};
use crate::vm::Vm;

use super::new_module;

/// Two positional arguments, no keywords.
fn two(name: &str, args: &Args) -> PyResult<(Value, Value)> {
    no_kwargs(&format!("_operator.{name}"), args)?;
    check_count(name, args, 2, 2)?;
    Ok((args.pos[0].clone(), args.pos[1].clone()))
}

/// One positional argument, no keywords.
fn one(name: &str, args: &Args) -> PyResult<Value> {
    let qual = format!("_operator.{name}");
    no_kwargs(&qual, args)?;
    check_count(&qual, args, 1, 1)?;
    Ok(args.pos[0].clone())
}

macro_rules! binary {
    ($($f:ident, $name:literal, $op:ident, $inplace:literal;)*) => {
        $(fn $f(vm: &mut Vm, args: Args) -> PyResult<Value> {
            let (a, b) = two($name, &args)?;
            vm.binary_op(BinOp::$op, &a, &b, $inplace)
        })*
        const BINARY: &[(&str, crate::object::NativeFn)] = &[$(($name, $f)),*];
    };
}

binary! {
    add, "add", Add, false; sub, "sub", Sub, false; mul, "mul", Mul, false;
    matmul, "matmul", MatMul, false; truediv, "truediv", TrueDiv, false;
    floordiv, "floordiv", FloorDiv, false; mod_, "mod", Mod, false; pow, "pow", Pow, false;
    lshift, "lshift", LShift, false; rshift, "rshift", RShift, false; and_, "and_", And, false;
    or_, "or_", Or, false; xor, "xor", Xor, false;
    iadd, "iadd", Add, true; isub, "isub", Sub, true; imul, "imul", Mul, true;
    imatmul, "imatmul", MatMul, true; itruediv, "itruediv", TrueDiv, true;
    ifloordiv, "ifloordiv", FloorDiv, true; imod, "imod", Mod, true; ipow, "ipow", Pow, true;
    ilshift, "ilshift", LShift, true; irshift, "irshift", RShift, true; iand, "iand", And, true;
    ior, "ior", Or, true; ixor, "ixor", Xor, true;
}

macro_rules! compare {
    ($($f:ident, $op:ident;)*) => {
        $(fn $f(vm: &mut Vm, args: Args) -> PyResult<Value> {
            let (a, b) = two(stringify!($f), &args)?;
            vm.compare(CompareOp::$op, &a, &b)
        })*
        const COMPARE: &[(&str, crate::object::NativeFn)] = &[$((stringify!($f), $f)),*];
    };
}

compare! { lt, Lt; le, Le; eq, Eq; ne, Ne; ge, Ge; gt, Gt; }

macro_rules! unary {
    ($($f:ident, $name:literal, $op:ident;)*) => {
        $(fn $f(vm: &mut Vm, args: Args) -> PyResult<Value> {
            let a = one($name, &args)?;
            vm.unary_op(UnaryOp::$op, &a)
        })*
        const UNARY: &[(&str, crate::object::NativeFn)] = &[$(($name, $f)),*];
    };
}

unary! { neg, "neg", Neg; pos, "pos", Pos; inv, "inv", Invert; invert, "invert", Invert; }

fn not_(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = one("not_", &args)?;
    Ok(Value::bool(!vm.is_true(&a)?))
}

fn truth(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = one("truth", &args)?;
    Ok(Value::bool(vm.is_true(&a)?))
}

fn abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    one("abs", &args)?;
    crate::builtins::functions::abs(vm, args)
}

fn is_(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = two("is_", &args)?;
    Ok(Value::bool(a.is(&b)))
}

fn is_not(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = two("is_not", &args)?;
    Ok(Value::bool(!a.is(&b)))
}

fn getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = two("getitem", &args)?;
    vm.getitem(&a, &b)
}

fn setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("_operator.setitem", &args)?;
    check_count("setitem", &args, 3, 3)?;
    vm.setitem(&args.pos[0], args.pos[1].clone(), args.pos[2].clone())?;
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = two("delitem", &args)?;
    vm.delitem(&a, &b)?;
    Ok(Value::None)
}

fn contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = two("contains", &args)?;
    Ok(Value::bool(vm.contains(&a, &b)?))
}

pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = new_module("_operator");
    let mut d = d.borrow_mut();
    for (name, f) in BINARY.iter().chain(COMPARE).chain(UNARY) {
        def_fn(&mut d, name, *f);
    }
    let rest: &[(&str, crate::object::NativeFn)] = &[
        ("not_", not_), ("truth", truth), ("abs", abs), ("is_", is_), ("is_not", is_not),
        ("getitem", getitem), ("setitem", setitem), ("delitem", delitem), ("contains", contains),
    ];
    for (name, f) in rest {
        def_fn(&mut d, name, *f);
    }
    Ok(m)
}
