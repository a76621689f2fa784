//! `_binascii`: the base64 loops of `binascii`/`base64` (`stdlib/base64.py` keeps the argument
//! handling and raises `binascii.Error` with the message a decode returns).

use super::new_module;
use crate::builtins::{arg, def_fn};
use crate::object::{Args, PyErr, PyResult, Value};
use crate::vm::Vm;

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = new_module("_binascii");
    let mut dd = d.borrow_mut();
    def_fn(&mut dd, "b64encode", b64encode);
    def_fn(&mut dd, "b64decode", b64decode);
    Ok(m)
}

fn data(v: &Value) -> PyResult<Vec<u8>> {
    match v {
        Value::Bytes(b) => Ok(b.to_vec()),
        Value::ByteArray(b) => Ok(b.borrow().clone()),
        _ => Err(PyErr::type_error("_binascii expects bytes")),
    }
}

/// Standard base64 of the data, padded with '=', no newline.
fn b64encode(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let src = data(&arg(&args, 0))?;
    let mut out = Vec::with_capacity(src.len().div_ceil(3) * 4);
    for chunk in src.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, &b)| n | (b as u32) << (16 - 8 * i));
        let sextets = chunk.len() + 1;
        for i in 0..4 {
            out.push(if i < sextets { ALPHABET[(n >> (18 - 6 * i) & 63) as usize] } else { b'=' });
        }
    }
    Ok(Value::Bytes(out.into()))
}

fn sextet(c: u8) -> Option<u32> {
    Some(match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'+' => 62,
        b'/' => 63,
        _ => return None,
    } as u32)
}

/// `b64decode(data, validate)`: the decoded bytes, or the message of the binascii.Error to
/// raise (a str). As binascii.a2b_base64: without `validate`, characters outside the alphabet
/// are skipped; the data ends at the padding that completes a quantum.
fn b64decode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let src = data(&arg(&args, 0))?;
    let validate = vm.is_true(&arg(&args, 1))?;
    let mut vals: Vec<u32> = Vec::with_capacity(src.len());
    let mut pads = 0usize;
    for (i, &c) in src.iter().enumerate() {
        if c == b'=' {
            // In strict mode anything before this would have been data or an error already.
            if validate && vals.is_empty() {
                return Ok(Value::str("Leading padding not allowed"));
            }
            pads += 1;
            if vals.len() % 4 >= 2 && (vals.len() + pads) % 4 == 0 {
                if validate && i + 1 < src.len() {
                    return Ok(Value::str("Excess data after padding"));
                }
                break;
            }
            continue;
        }
        match sextet(c) {
            Some(v) => {
                if pads > 0 && validate {
                    return Ok(Value::str("Discontinuous padding not allowed"));
                }
                pads = 0;
                vals.push(v);
            }
            None if validate => return Ok(Value::str("Only base64 data is allowed")),
            None => {}
        }
    }
    if vals.len() % 4 == 1 {
        return Ok(Value::string(format!(
            "Invalid base64-encoded string: number of data characters ({}) cannot be 1 more than a multiple of 4",
            vals.len()
        )));
    }
    if vals.len() % 4 != 0 && (vals.len() + pads) % 4 != 0 {
        return Ok(Value::str("Incorrect padding"));
    }
    let mut out = Vec::with_capacity(vals.len() / 4 * 3 + 2);
    for chunk in vals.chunks(4) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, &v)| n | v << (18 - 6 * i));
        for i in 0..chunk.len() - 1 {
            out.push((n >> (16 - 8 * i)) as u8);
        }
    }
    Ok(Value::Bytes(out.into()))
}
