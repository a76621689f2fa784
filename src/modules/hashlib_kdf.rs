//! `_hashlib._pbkdf2`: PBKDF2 with HMAC (RFC 8018) over the hashes of `hashlib.rs`, behind
//! `hashlib.pbkdf2_hmac` (which checks the arguments in Python with CPython's messages).

use super::hashlib::{blake_sized, fresh, State};
use super::struct_buffer;
use crate::object::{Args, PyErr, PyResult, Value};
use crate::vm::Vm;

/// A fresh fixed-output state and its block size for a (lower-cased) name OpenSSL's HMAC
/// accepts; None for unknown names and the SHAKE XOFs.
fn hmac_hash(name: &str) -> Option<(State, usize)> {
    match name {
        "blake2b" => Some((State::Fixed(blake_sized(true, 64)?), 128)),
        "blake2s" => Some((State::Fixed(blake_sized(false, 32)?), 64)),
        "shake_128" | "shake_256" => None,
        _ => fresh(name).map(|(state, _, block)| (state, block)),
    }
}

/// HMAC keyed once: the inner and outer states after absorbing the padded key.
struct Hmac {
    inner: State,
    outer: State,
}

impl Hmac {
    fn new(fresh: &State, block: usize, key: &[u8]) -> Hmac {
        let mut key = if key.len() > block {
            let mut h = fresh.clone();
            h.update(key);
            h.digest(0)
        } else {
            key.to_vec()
        };
        key.resize(block, 0);
        let mut inner = fresh.clone();
        inner.update(&key.iter().map(|b| b ^ 0x36).collect::<Vec<u8>>());
        let mut outer = fresh.clone();
        outer.update(&key.iter().map(|b| b ^ 0x5c).collect::<Vec<u8>>());
        Hmac { inner, outer }
    }

    fn mac(&self, parts: &[&[u8]]) -> Vec<u8> {
        let mut inner = self.inner.clone();
        for p in parts {
            inner.update(p);
        }
        let mut outer = self.outer.clone();
        outer.update(&inner.digest(0));
        outer.digest(0)
    }
}

fn bytes_arg(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    struct_buffer::read(vm, v)?
        .ok_or_else(|| PyErr::type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(v))))
}

/// `_pbkdf2(name, password, salt, iterations, dklen)`: the derived key, or None when the hash
/// is unsupported. `iterations` and `dklen` are already checked (positive, within a C int);
/// dklen 0 means the hash's digest size.
pub fn pbkdf2(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let get = |i: usize| args.pos.get(i).cloned().unwrap_or(Value::None);
    let name = get(0).as_str().unwrap_or_default().to_ascii_lowercase();
    let password = bytes_arg(vm, &get(1))?;
    let salt = bytes_arg(vm, &get(2))?;
    let (Value::Int(iterations), Value::Int(dklen)) = (get(3), get(4)) else {
        return Err(PyErr::type_error("_pbkdf2: iterations and dklen must be ints"));
    };
    let Some((state, block)) = hmac_hash(&name) else { return Ok(Value::None) };
    let out = derive(&state, block, &password, &salt, iterations.max(1) as u64, dklen.max(0) as usize);
    Ok(Value::Bytes(crate::object::RcSlice::from(&out[..])))
}

/// PBKDF2 over the HMAC of `state`'s hash; a `dklen` of 0 means the hash's digest size.
fn derive(state: &State, block: usize, password: &[u8], salt: &[u8], iterations: u64, dklen: usize) -> Vec<u8> {
    let hmac = Hmac::new(state, block, password);
    let dklen = if dklen > 0 { dklen } else { state.digest(0).len() };
    let mut out = Vec::with_capacity(dklen);
    let mut index: u32 = 1;
    while out.len() < dklen {
        let mut u = hmac.mac(&[salt, &index.to_be_bytes()]);
        let mut t = u.clone();
        for _ in 1..iterations {
            u = hmac.mac(&[&u]);
            for (a, b) in t.iter_mut().zip(&u) {
                *a ^= b;
            }
        }
        out.extend_from_slice(&t);
        index = index.wrapping_add(1);
    }
    out.truncate(dklen);
    out
}

/// One-iteration PBKDF2-HMAC-SHA256, as scrypt uses it (`dklen` bytes, at least one).
pub fn pbkdf2_sha256(password: &[u8], salt: &[u8], dklen: usize) -> Vec<u8> {
    match hmac_hash("sha256") {
        Some((state, block)) => derive(&state, block, password, salt, 1, dklen.max(1)),
        None => Vec::new(),
    }
}
