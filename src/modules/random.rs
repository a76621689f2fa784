//! `_random`: the native half of `random` (a `Random` object holding a Mersenne Twister, with
//! CPython's seeding of ints, str, bytes and None); `stdlib/random.py` builds the rest on it.

use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

use num_bigint::{BigInt, Sign};
use sha2::{Digest, Sha512};

use super::mersenne::Mt;
use super::new_module;
use crate::builtins::{arg, check_count, def_method_owned, def_new, int_arg};
use crate::object::class::Layout;
use crate::object::{int, Args, Class, NativeObject, PyErr, PyResult, Value};
use crate::vm::types::new_class_with;
use crate::vm::Vm;

pub struct RandomObj {
    mt: RefCell<Mt>,
    class: Rc<Class>,
}

impl NativeObject for RandomObj {
    fn class(&self) -> Rc<Class> {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = new_module("_random");
    let cls = new_class_with("Random", &[_vm.types.object.clone()], Layout::Builtin, None)?;
    // CPython's C type name, which error messages show.
    *cls.tp_name.borrow_mut() = Some(std::rc::Rc::from("_random.Random"));
    cls.dict.borrow_mut().set_str("__module__", Value::str("_random"));
    def_new(&cls, random_new);
    // Methods reached through the class show CPython's dotted type name
    // (`<method 'random' of '_random.Random' objects>`).
    let methods: [(&str, crate::object::NativeFn); 6] = [
        ("seed", seed),
        ("random", random),
        ("getrandbits", getrandbits),
        ("_randbelow", randbelow),
        ("getstate", getstate),
        ("setstate", setstate),
    ];
    for (name, f) in methods {
        def_method_owned(&cls, name, f, "_random.Random");
    }
    d.borrow_mut().set_str("Random", Value::Class(cls));
    Ok(m)
}

/// Run `f` on the generator of the `_random.Random` object `v`.
/// `method` names the method for the error when `v` is not a `_random.Random`.
fn with_mt<R>(vm: &mut Vm, method: &str, v: &Value, f: impl FnOnce(&mut Mt) -> R) -> PyResult<R> {
    let inner = super::native_value(v);
    match inner.downcast::<RandomObj>() {
        Some(obj) => Ok(f(&mut obj.mt.borrow_mut())),
        None => Err(crate::builtins::arity::wrong_self("_random.Random", method, &vm.type_name(v))),
    }
}

fn random_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Value::Class(cls) = arg(&args, 0) else {
        return Err(PyErr::type_error("Random.__new__(X): X is not a type object"));
    };
    let obj = RandomObj { mt: RefCell::new(Mt::default()), class: cls };
    let v = Value::Native(crate::object::NativeRef::new(obj));
    if args.pos.len() > 1 {
        seed_with(vm, &v, &args.pos[1])?;
    } else {
        seed_with(vm, &v, &Value::None)?;
    }
    Ok(v)
}

/// The key words of a non-negative int, little-endian (zero gives `[0]`).
fn key_words(n: &BigInt) -> Vec<u32> {
    let (_, mut words) = n.to_u32_digits();
    if words.is_empty() {
        words.push(0);
    }
    words
}

/// CPython's seeding (version 2): str and bytes become `int.from_bytes(a + sha512(a))`.
fn seed_key(vm: &mut Vm, a: &Value) -> PyResult<Vec<u32>> {
    let bytes: Option<Vec<u8>> = match a {
        Value::Str(s) => Some(s.as_str().as_bytes().to_vec()),
        Value::Bytes(b) => Some(b.to_vec()),
        Value::ByteArray(b) => Some(b.borrow().clone()),
        _ => None,
    };
    if let Some(mut data) = bytes {
        let digest = Sha512::digest(&data);
        data.extend_from_slice(&digest);
        return Ok(key_words(&BigInt::from_bytes_be(Sign::Plus, &data)));
    }
    match a {
        Value::None => Ok(urandom_key()),
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => {
            let n = int::to_bigint(a).unwrap_or_default();
            Ok(key_words(&n.magnitude().clone().into()))
        }
        Value::Float(_) => {
            let h = vm.hash(a)?;
            Ok(key_words(&BigInt::from(h).magnitude().clone().into()))
        }
        _ => Err(PyErr::type_error("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.")),
    }
}

/// Seed words from the OS (falls back to the clock when /dev/urandom is unreadable).
fn urandom_key() -> Vec<u32> {
    use std::io::Read;
    let mut buf = [0u8; 64];
    let ok = std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut buf)).is_ok();
    if !ok {
        let t = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
        return vec![t.as_nanos() as u32, (t.as_nanos() >> 32) as u32, std::process::id()];
    }
    buf.chunks(4).map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect()
}

fn seed_with(vm: &mut Vm, obj: &Value, a: &Value) -> PyResult<()> {
    let key = seed_key(vm, a)?;
    with_mt(vm, "seed", obj, |mt| mt.init_by_array(&key))?;
    Ok(())
}

fn seed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_count("seed", &args, 1, 2)?;
    seed_with(vm, &args.pos[0], &arg(&args, 1))?;
    Ok(Value::None)
}

fn random(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = with_mt(vm, "random", &args.pos[0], |mt| mt.random())?;
    Ok(Value::float(r))
}

fn getrandbits(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_count("getrandbits", &args, 2, 2)?;
    let k = int_arg(vm, &args.pos[1], "")?;
    if k < 0 {
        return Err(PyErr::value_error("number of bits must be non-negative"));
    }
    let words = with_mt(vm, "getrandbits", &args.pos[0], |mt| mt.getrandbits_words(k as u64))?;
    if words.len() <= 1 {
        return Ok(Value::Int(words.first().copied().unwrap_or(0) as i64));
    }
    Ok(Value::from_bigint(BigInt::from_slice(Sign::Plus, &words)))
}

/// `_randbelow(n)`: CPython's `_randbelow_with_getrandbits` (draws of n.bit_length() bits
/// until one is below n).
fn randbelow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_count("_randbelow", &args, 2, 2)?;
    let Some(n) = int::to_bigint(&args.pos[1]) else {
        return Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(&args.pos[1]))));
    };
    let k = n.bits();
    if k == 0 {
        // Matches CPython: getrandbits(0) is 0, and 0 >= 0 loops; n=0 is rejected by callers.
        return Ok(Value::Int(0));
    }
    loop {
        let words = with_mt(vm, "_randbelow", &args.pos[0], |mt| mt.getrandbits_words(k))?;
        let r = BigInt::from_slice(Sign::Plus, &words);
        if r < n {
            return Ok(Value::from_bigint(r));
        }
    }
}

fn getstate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mt = with_mt(vm, "getstate", &args.pos[0], |mt| mt.clone())?;
    let mut items: Vec<Value> = mt.state.iter().map(|&w| Value::Int(w as i64)).collect();
    items.push(Value::Int(mt.index as i64));
    Ok(Value::tuple(items))
}

fn setstate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_count("setstate", &args, 2, 2)?;
    let Value::Tuple(items) = &args.pos[1] else {
        return Err(PyErr::type_error("state vector must be a tuple"));
    };
    if items.len() != 625 {
        return Err(PyErr::value_error("state vector is the wrong size"));
    }
    let mut mt = Mt::default();
    for (slot, v) in mt.state.iter_mut().zip(items.iter()) {
        *slot = int_arg(vm, v, "")? as u32;
    }
    let index = int_arg(vm, &items[624], "")?;
    if !(0..=624).contains(&index) {
        return Err(PyErr::value_error("invalid state"));
    }
    mt.index = index as usize;
    with_mt(vm, "setstate", &args.pos[0], |slot| *slot = mt)?;
    Ok(Value::None)
}
