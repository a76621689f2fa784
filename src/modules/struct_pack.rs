//! Packing and unpacking of `struct` items: integers with CPython's range checks and messages
//! (which differ between the native table and the standard big-endian one), IEEE half, single
//! and double floats, bools, chars, and `s`/`p` strings.

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use super::struct_format::{Format, Item, Order};
use crate::object::{int, ExcKind, PyErr, Value};
use crate::vm::Vm;

/// A failure while packing: a `struct.error` message, or another exception.
pub enum PackErr {
    Struct(String),
    Other(PyErr),
}

impl From<PyErr> for PackErr {
    fn from(e: PyErr) -> PackErr {
        PackErr::Other(e)
    }
}

fn serr<T>(msg: impl Into<String>) -> Result<T, PackErr> {
    Err(PackErr::Struct(msg.into()))
}

/// The integer value of `v` (through `__index__`), as CPython's `get_pylong`.
fn pylong(vm: &mut Vm, v: &Value) -> Result<BigInt, PackErr> {
    if let Some(b) = int::to_bigint(v) {
        return Ok(b);
    }
    if let Value::Instance(_) = v {
        if let Some(m) = vm.lookup_special(v, "__index__") {
            let r = vm.call_bound_special(&m, v, vec![])?;
            if let Some(b) = int::to_bigint(&r) {
                return Ok(b);
            }
        }
    }
    serr("required argument is not an integer")
}

const AOR: &str = "argument out of range";
const TOO_LARGE: &str = "int too large to convert";

/// Check `n` for integer code `code` and return its two's-complement bits.
fn int_bits(f: &Format, code: u8, n: &BigInt) -> Result<u64, PackErr> {
    let signed = n.to_i64();
    let unsigned = n.to_u64();
    let native = f.native_messages;
    let ranged = |lo: i64, hi: i64, msg: String| -> Result<u64, PackErr> {
        match signed {
            None => serr(AOR),
            Some(x) if x < lo || x > hi => serr(msg),
            Some(x) => Ok(x as u64),
        }
    };
    let uranged = |hi: u64, msg: String| -> Result<u64, PackErr> {
        match unsigned {
            None => serr(AOR),
            Some(x) if x > hi => serr(msg),
            Some(x) => Ok(x),
        }
    };
    let c = code as char;
    let std_l = f.order != Order::Native && matches!(code, b'l' | b'L');
    match code {
        b'b' => ranged(-128, 127, "byte format requires -128 <= number <= 127".into()),
        b'B' => ranged(0, 255, "ubyte format requires 0 <= number <= 255".into()),
        b'h' if native => ranged(-32768, 32767, "short format requires -32768 <= number <= 32767".into()),
        b'h' => ranged(-32768, 32767, "'h' format requires -32768 <= number <= 32767".into()),
        b'H' if native => ranged(0, 65535, "ushort format requires 0 <= number <= 65535".into()),
        b'H' => uranged(65535, "'H' format requires 0 <= number <= 65535".into()),
        b'i' | b'l' if code == b'i' || std_l => {
            ranged(i32::MIN as i64, i32::MAX as i64, format!("'{c}' format requires -2147483648 <= number <= 2147483647"))
        }
        b'I' | b'L' if code == b'I' || std_l => uranged(u32::MAX as u64, format!("'{c}' format requires 0 <= number <= 4294967295")),
        b'q' if f.order == Order::Big => signed.map(|x| x as u64).ok_or(PackErr::Struct(TOO_LARGE.into())),
        b'Q' if f.order == Order::Big => unsigned.ok_or(PackErr::Struct(TOO_LARGE.into())),
        b'l' | b'q' | b'n' => signed.map(|x| x as u64).ok_or(PackErr::Struct(AOR.into())),
        b'L' | b'Q' | b'N' => unsigned.ok_or(PackErr::Struct(AOR.into())),
        // A void pointer takes either signedness (CPython's PyLong_AsVoidPtr).
        _ => signed.map(|x| x as u64).or(unsigned).ok_or(PackErr::Struct(TOO_LARGE.into())),
    }
}

/// The float value of `v` for `e`/`f`/`d`.
fn pyfloat(vm: &mut Vm, v: &Value) -> Result<f64, PackErr> {
    match v {
        Value::Float(x) => Ok(x.get()),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(b.get() as i64 as f64),
        Value::BigInt(b) => match b.to_f64() {
            Some(x) if x.is_finite() => Ok(x),
            // CPython turns the OverflowError of the conversion into this struct.error.
            _ => serr("required argument is not a float"),
        },
        Value::Instance(_) => {
            for name in ["__float__", "__index__"] {
                if let Some(m) = vm.lookup_special(v, name) {
                    let r = vm.call_bound_special(&m, v, vec![])?;
                    return pyfloat(vm, &r);
                }
            }
            serr("required argument is not a float")
        }
        _ => serr("required argument is not a float"),
    }
}

/// CPython's `PyFloat_Pack2`: IEEE 754 half precision, rounding half to even.
fn half_bits(x: f64) -> Option<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    if x.is_nan() {
        return Some(sign | 0x7e00);
    }
    if x.is_infinite() {
        return Some(sign | 0x7c00);
    }
    let a = x.abs();
    if a == 0.0 {
        return Some(sign);
    }
    let raw_exp = ((a.to_bits() >> 52) & 0x7ff) as i32;
    // f64 subnormals are far below half's smallest subnormal: they round to zero.
    let (mut f, mut e) = if raw_exp == 0 { (0.0, -1000) } else { (a / 2f64.powi(raw_exp - 1023), raw_exp - 1023) };
    if e >= 16 {
        return None;
    } else if e < -25 {
        f = 0.0;
        e = 0;
    } else if e < -14 {
        f *= 2f64.powi(14 + e);
        e = 0;
    } else {
        e += 15;
        f -= 1.0;
    }
    f *= 1024.0;
    let mut bits = f as u16;
    let rest = f - bits as f64;
    if rest > 0.5 || (rest == 0.5 && bits % 2 == 1) {
        bits += 1;
        if bits == 1024 {
            bits = 0;
            e += 1;
            if e == 31 {
                return None;
            }
        }
    }
    Some(sign | ((e as u16) << 10) | bits)
}

/// CPython's `PyFloat_Unpack2`.
fn half_value(h: u16) -> f64 {
    let sign = h & 0x8000 != 0;
    let e = ((h >> 10) & 0x1f) as i32;
    let f = (h & 0x3ff) as f64;
    let v = if e == 0x1f {
        if f == 0.0 {
            f64::INFINITY
        } else {
            f64::NAN
        }
    } else if e == 0 {
        f / 1024.0 * 2f64.powi(-14)
    } else {
        (1.0 + f / 1024.0) * 2f64.powi(e - 15)
    };
    if sign {
        -v
    } else {
        v
    }
}

fn put(f: &Format, out: &mut [u8], at: usize, bits: u64, size: usize) {
    for k in 0..size {
        let byte = (bits >> (8 * k)) as u8;
        let idx = if f.order == Order::Big { at + size - 1 - k } else { at + k };
        if let Some(slot) = out.get_mut(idx) {
            *slot = byte;
        }
    }
}

fn get(f: &Format, data: &[u8], at: usize, size: usize) -> u64 {
    let mut bits = 0u64;
    for k in 0..size {
        let idx = if f.order == Order::Big { at + size - 1 - k } else { at + k };
        bits |= (data.get(idx).copied().unwrap_or(0) as u64) << (8 * k);
    }
    bits
}

fn bytes_of(v: &Value) -> Option<Vec<u8>> {
    match v {
        Value::Bytes(b) => Some(b.to_vec()),
        Value::ByteArray(b) => Some(b.borrow().clone()),
        _ => None,
    }
}

/// Pack `values` (exactly `f.nargs` of them) into `out` (`f.size` bytes, zeroed).
pub fn pack(vm: &mut Vm, f: &Format, values: &[Value], out: &mut [u8]) -> Result<(), PackErr> {
    let mut vals = values.iter();
    for item in &f.items {
        match item.code {
            b'x' => {}
            b's' | b'p' => {
                let v = vals.next().cloned().unwrap_or(Value::None);
                let Some(data) = bytes_of(&v) else {
                    return serr(format!("argument for '{}' must be a bytes object", item.code as char));
                };
                pack_string(item, &data, out);
            }
            _ => {
                for k in 0..item.count {
                    let v = vals.next().cloned().unwrap_or(Value::None);
                    pack_one(vm, f, item.code, item.offset + k * item.size, item.size, &v, out)?;
                }
            }
        }
    }
    Ok(())
}

fn pack_string(item: &Item, data: &[u8], out: &mut [u8]) {
    let (start, room) = if item.code == b'p' { (item.offset + 1, item.count.saturating_sub(1)) } else { (item.offset, item.count) };
    let n = data.len().min(room);
    if let Some(dst) = out.get_mut(start..start + n) {
        dst.copy_from_slice(&data[..n]);
    }
    if item.code == b'p' && item.count > 0 {
        if let Some(slot) = out.get_mut(item.offset) {
            *slot = n.min(255) as u8;
        }
    }
}

fn pack_one(vm: &mut Vm, f: &Format, code: u8, at: usize, size: usize, v: &Value, out: &mut [u8]) -> Result<(), PackErr> {
    match code {
        b'c' => match bytes_of(v) {
            Some(b) if b.len() == 1 => put(f, out, at, b[0] as u64, 1),
            _ => return serr("char format requires a bytes object of length 1"),
        },
        b'?' => {
            let t = vm.is_true(v)?;
            put(f, out, at, t as u64, 1);
        }
        b'e' | b'f' | b'd' => {
            let x = pyfloat(vm, v)?;
            let overflow = || PackErr::Other(PyErr::overflow_error(format!("float too large to pack with {} format", code as char)));
            let bits = match code {
                b'e' => half_bits(x).ok_or_else(overflow)? as u64,
                b'f' => {
                    let y = x as f32;
                    // Matches CPython: the native packer casts (giving inf), PyFloat_Pack4 refuses.
                    if y.is_infinite() && x.is_finite() && f.order != Order::Native {
                        return Err(overflow());
                    }
                    y.to_bits() as u64
                }
                _ => crate::object::scalar_word::untagged(x).to_bits(),
            };
            put(f, out, at, bits, size);
        }
        _ => {
            let n = pylong(vm, v)?;
            let bits = int_bits(f, code, &n)?;
            put(f, out, at, bits, size);
        }
    }
    Ok(())
}

/// Unpack `data` (exactly `f.size` bytes) into values.
pub fn unpack(f: &Format, data: &[u8]) -> Vec<Value> {
    let mut out = Vec::with_capacity(f.nargs);
    for item in &f.items {
        match item.code {
            b'x' => {}
            b's' => out.push(Value::Bytes(data.get(item.offset..item.offset + item.count).unwrap_or(&[]).into())),
            b'p' => {
                let n = if item.count == 0 { 0 } else { (data.get(item.offset).copied().unwrap_or(0) as usize).min(item.count - 1) };
                let start = item.offset + 1;
                out.push(Value::Bytes(data.get(start..start + n).unwrap_or(&[]).into()));
            }
            code => {
                for k in 0..item.count {
                    out.push(unpack_one(f, code, get(f, data, item.offset + k * item.size, item.size), item.size));
                }
            }
        }
    }
    out
}

fn unpack_one(_f: &Format, code: u8, bits: u64, size: usize) -> Value {
    match code {
        b'c' => Value::Bytes(vec![bits as u8].into()),
        b'?' => Value::bool(bits != 0),
        b'e' => Value::float(half_value(bits as u16)),
        b'f' => Value::float(f32::from_bits(bits as u32) as f64),
        b'd' => Value::float(f64::from_bits(bits)),
        b'b' | b'h' | b'i' | b'l' | b'q' | b'n' => {
            let shift = 64 - 8 * size as u32;
            Value::Int(((bits << shift) as i64) >> shift)
        }
        _ => {
            if bits > i64::MAX as u64 {
                Value::from_bigint(BigInt::from(bits))
            } else {
                Value::Int(bits as i64)
            }
        }
    }
}

/// Turn a packing failure into the exception to raise (`struct.error` for format errors).
pub fn to_pyerr(vm: &mut Vm, e: PackErr, error_class: &Option<std::rc::Rc<crate::object::Class>>) -> PyErr {
    match e {
        PackErr::Other(e) => e,
        PackErr::Struct(msg) => match error_class {
            Some(cls) => PyErr::from_instance(vm.new_exception(cls.clone(), vec![Value::string(msg)])),
            None => PyErr::new(ExcKind::ValueError, msg),
        },
    }
}
