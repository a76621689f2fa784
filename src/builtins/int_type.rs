//! The methods of `int` (and so of `bool`): bit operations, byte conversion, ratios, and the
//! numeric dunders that `int()`, `float()`, `round()`, `math.floor` and friends call.

use std::rc::Rc;

use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive, Zero};

use super::{check_count, def_classmethod, def_getter, def_method};
use crate::object::{Args, PyErr, PyResult, Value};
use crate::vm::Vm;

pub fn install(vm: &mut Vm) {
    let int = vm.types.int.clone();
    let methods: &[(&str, crate::object::NativeFn)] = &[
        ("bit_length", bit_length),
        ("bit_count", bit_count),
        ("to_bytes", to_bytes),
        ("as_integer_ratio", as_integer_ratio),
        ("conjugate", same),
        ("__index__", same),
        ("__int__", same),
        ("__trunc__", same),
        ("__floor__", same),
        ("__ceil__", same),
        ("__float__", to_float),
        ("__round__", round),
        ("__abs__", abs),
    ];
    for (name, f) in methods {
        def_method(&int, name, *f);
    }
    def_classmethod(&int, "from_bytes", from_bytes);
    def_getter(&int, "real", same);
    def_getter(&int, "numerator", same);
    def_getter(&int, "imag", zero);
    def_getter(&int, "denominator", one);
}

/// The int behind `self` (an int, a bool, or an instance of an int subclass).
pub fn self_int(vm: &Vm, v: &Value, name: &str) -> PyResult<BigInt> {
    let base = match v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => Some(v.clone()),
        _ => vm.builtin_base(v),
    };
    base.as_ref().and_then(crate::object::int::to_bigint).ok_or_else(|| {
        PyErr::type_error(format!(
            "descriptor '{name}' for 'int' objects doesn't apply to a '{}' object",
            vm.type_name(v)
        ))
    })
}

fn same(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::from_bigint(self_int(vm, &args.pos[0], "conjugate")?))
}

fn zero(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(0))
}

fn one(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(1))
}

fn bit_length(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_count("bit_length", &args, 1, 1)?;
    Ok(Value::Int(self_int(vm, &args.pos[0], "bit_length")?.magnitude().bits() as i64))
}

fn bit_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_count("bit_count", &args, 1, 1)?;
    let n = self_int(vm, &args.pos[0], "bit_count")?;
    Ok(Value::Int(n.magnitude().count_ones() as i64))
}

fn abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::from_bigint(self_int(vm, &args.pos[0], "__abs__")?.abs()))
}

fn to_float(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = self_int(vm, &args.pos[0], "__float__")?;
    Ok(Value::float(crate::text::float_repr::int_to_float(&n)?))
}

fn as_integer_ratio(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = self_int(vm, &args.pos[0], "as_integer_ratio")?;
    Ok(Value::tuple(vec![Value::from_bigint(n), Value::Int(1)]))
}

/// `int.__round__(ndigits=None)`: rounds half to even at a negative number of digits.
fn round(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_count("__round__", &args, 1, 2)?;
    let n = self_int(vm, &args.pos[0], "__round__")?;
    match args.pos.get(1) {
        None | Some(Value::None) => Ok(Value::from_bigint(n)),
        Some(d) => {
            let d = super::int_arg(vm, d, "")?;
            Ok(Value::from_bigint(crate::text::float_repr::int_round(&n, d)))
        }
    }
}

/// CPython's PyObject_Bytes for int.from_bytes: a buffer, `__bytes__`, or an iterable of ints.
fn bytes_of(vm: &mut Vm, src: &Value) -> PyResult<Vec<u8>> {
    match src {
        Value::Bytes(b) => return Ok(b.to_vec()),
        Value::ByteArray(b) => return Ok(b.borrow().clone()),
        Value::Str(_) => return Err(PyErr::type_error("cannot convert 'str' object to bytes")),
        _ => {}
    }
    if let Some(m) = vm.lookup_special(src, "__bytes__") {
        let r = vm.call_bound_special(&m, src, vec![])?;
        return match r {
            Value::Bytes(b) => Ok(b.to_vec()),
            other => Err(PyErr::type_error(format!("__bytes__ returned non-bytes (type {})", vm.type_name(&other)))),
        };
    }
    let it = vm.get_iter(src).map_err(|e| {
        if vm.err_matches(&e, crate::object::ExcKind::TypeError) {
            PyErr::type_error(format!("cannot convert '{}' object to bytes", vm.type_name(src)))
        } else {
            e
        }
    })?;
    let mut out = Vec::new();
    for v in vm.collect_iterable(&it)? {
        let i = super::int_arg(vm, &v, "")?;
        out.push(u8::try_from(i).map_err(|_| PyErr::value_error("bytes must be in range(0, 256)"))?);
    }
    Ok(out)
}

/// `byteorder` and `signed` arguments of to_bytes/from_bytes.
fn order_and_sign(vm: &mut Vm, args: &Args, order_pos: usize, name: &str) -> PyResult<(bool, bool)> {
    let little = match args.arg(order_pos, "byteorder") {
        None => false,
        Some(v) => match super::str_type::as_str(vm, v) {
            Some(s) if s.as_str() == "little" => true,
            Some(s) if s.as_str() == "big" => false,
            Some(_) => return Err(PyErr::value_error("byteorder must be either 'little' or 'big'")),
            None => {
                return Err(PyErr::type_error(format!(
                    "{name}() argument 'byteorder' must be str, not {}",
                    super::arg_type_name(vm, v)
                )))
            }
        },
    };
    let signed = match args.kwarg("signed") {
        Some(v) => vm.is_true(&v.clone())?,
        None => false,
    };
    Ok((little, signed))
}

fn to_bytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.allow_kw("to_bytes()", &["length", "byteorder", "signed"])?;
    let n = self_int(vm, &args.pos[0], "to_bytes")?;
    let length = match args.arg(1, "length") {
        Some(v) => super::ssize_arg(vm, &v.clone())?,
        None => 1,
    };
    // The byte order is checked first, as CPython's int_to_bytes_impl.
    let (little, signed) = order_and_sign(vm, &args, 2, "to_bytes")?;
    if length < 0 {
        return Err(PyErr::value_error("length argument must be non-negative"));
    }
    if !signed && n.sign() == Sign::Minus {
        return Err(PyErr::overflow_error("can't convert negative int to unsigned"));
    }
    let mut bytes = if signed { n.to_signed_bytes_be() } else { n.to_bytes_be().1 };
    if n.is_zero() {
        bytes.clear();
    }
    let length = length as usize;
    if bytes.len() > length {
        return Err(PyErr::overflow_error("int too big to convert"));
    }
    let fill = if signed && n.sign() == Sign::Minus { 0xff } else { 0 };
    // A length that cannot be allocated is CPython's MemoryError, not an abort.
    let mut out = Vec::new();
    if out.try_reserve_exact(length).is_err() {
        return Err(PyErr::new(crate::object::ExcKind::MemoryError, ""));
    }
    out.resize(length - bytes.len(), fill);
    out.extend(bytes);
    if little {
        out.reverse();
    }
    Ok(Value::Bytes(crate::object::RcSlice::from(out)))
}

fn from_bytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.allow_kw("from_bytes()", &["bytes", "byteorder", "signed"])?;
    // Argument Clinic's counts for (bytes, byteorder='big', *, signed=False).
    let (npos, total) = (args.pos.len().saturating_sub(1), args.pos.len().saturating_sub(1) + args.kw.len());
    if total > 3 {
        return Err(PyErr::type_error(format!("from_bytes() takes at most 3 arguments ({total} given)")));
    }
    if npos > 2 {
        return Err(PyErr::type_error(format!("from_bytes() takes at most 2 positional arguments ({npos} given)")));
    }
    let Some(src) = args.arg(1, "bytes").cloned() else {
        return Err(PyErr::type_error("from_bytes() missing required argument 'bytes' (pos 1)"));
    };
    // The byte order is checked before the bytes are converted, as CPython's int_from_bytes_impl.
    let (little, signed) = order_and_sign(vm, &args, 2, "from_bytes")?;
    let mut data = bytes_of(vm, &src)?;
    if little {
        data.reverse();
    }
    let n = if signed { BigInt::from_signed_bytes_be(&data) } else { BigInt::from_bytes_be(Sign::Plus, &data) };
    let result = Value::from_bigint(n);
    match &args.pos[0] {
        Value::Class(c) if Rc::ptr_eq(c, &vm.types.int) => Ok(result),
        cls => vm.call(&cls.clone(), vec![result]),
    }
}

/// Used by float methods: an int value as i64 when it fits.
pub fn small(n: &BigInt) -> Option<i64> {
    n.to_i64()
}
