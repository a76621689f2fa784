//! `_hashlib._scrypt`: the scrypt key derivation function (RFC 7914) behind `hashlib.scrypt`,
//! built on this crate's PBKDF2-HMAC-SHA256. The limits and failure messages are OpenSSL's,
//! which CPython reports.

use super::hashlib_kdf;
use super::struct_buffer;
use crate::object::{Args, PyErr, PyResult, Value};
use crate::vm::Vm;

/// OpenSSL's default memory ceiling when `maxmem` is 0.
const DEFAULT_MAXMEM: u64 = 32 * 1024 * 1024;

/// The Salsa20/8 core on one 64-byte block, in place.
fn salsa20_8(block: &mut [u32; 16]) {
    let mut x = *block;
    // (target, first addend, second addend, rotation) of each quarter-round step
    const STEPS: [(usize, usize, usize, u32); 32] = [
        (4, 0, 12, 7), (8, 4, 0, 9), (12, 8, 4, 13), (0, 12, 8, 18),
        (9, 5, 1, 7), (13, 9, 5, 9), (1, 13, 9, 13), (5, 1, 13, 18),
        (14, 10, 6, 7), (2, 14, 10, 9), (6, 2, 14, 13), (10, 6, 2, 18),
        (3, 15, 11, 7), (7, 3, 15, 9), (11, 7, 3, 13), (15, 11, 7, 18),
        (1, 0, 3, 7), (2, 1, 0, 9), (3, 2, 1, 13), (0, 3, 2, 18),
        (6, 5, 4, 7), (7, 6, 5, 9), (4, 7, 6, 13), (5, 4, 7, 18),
        (11, 10, 9, 7), (8, 11, 10, 9), (9, 8, 11, 13), (10, 9, 8, 18),
        (12, 15, 14, 7), (13, 12, 15, 9), (14, 13, 12, 13), (15, 14, 13, 18),
    ];
    for _ in 0..4 {
        for &(t, a, b, rot) in &STEPS {
            x[t] ^= x[a].wrapping_add(x[b]).rotate_left(rot);
        }
    }
    for (out, mixed) in block.iter_mut().zip(x) {
        *out = out.wrapping_add(mixed);
    }
}

/// BlockMix with Salsa20/8 over 2r blocks of 16 words: the even-numbered outputs first,
/// then the odd-numbered ones.
fn block_mix(input: &[u32], out: &mut [u32], r: usize) {
    let mut x = [0u32; 16];
    x.copy_from_slice(&input[(2 * r - 1) * 16..2 * r * 16]);
    for i in 0..2 * r {
        for (w, v) in x.iter_mut().zip(&input[i * 16..(i + 1) * 16]) {
            *w ^= v;
        }
        salsa20_8(&mut x);
        let at = if i % 2 == 0 { i / 2 } else { r + i / 2 };
        out[at * 16..(at + 1) * 16].copy_from_slice(&x);
    }
}

/// ROMix on one 128r-byte block, in place.
fn ro_mix(block: &mut [u8], n: usize, r: usize) {
    let words = 32 * r;
    let mut x: Vec<u32> = block.chunks_exact(4).map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect();
    let mut table = vec![0u32; words * n];
    let mut scratch = vec![0u32; words];
    for i in 0..n {
        table[i * words..(i + 1) * words].copy_from_slice(&x);
        block_mix(&x, &mut scratch, r);
        std::mem::swap(&mut x, &mut scratch);
    }
    for _ in 0..n {
        // Integerify: the first word of the last 64-byte block, modulo n (a power of two)
        let j = x[(2 * r - 1) * 16] as usize & (n - 1);
        for (w, v) in x.iter_mut().zip(&table[j * words..(j + 1) * words]) {
            *w ^= v;
        }
        block_mix(&x, &mut scratch, r);
        std::mem::swap(&mut x, &mut scratch);
    }
    for (c, w) in block.chunks_exact_mut(4).zip(&x) {
        c.copy_from_slice(&w.to_le_bytes());
    }
}

/// Why OpenSSL refuses a derivation: parameters it never accepts, or too much memory.
enum Refusal {
    Parameters,
    Memory,
}

fn derive(password: &[u8], salt: &[u8], n: u64, r: u64, p: u64, maxmem: u64, dklen: usize) -> Result<Vec<u8>, Refusal> {
    // OpenSSL's checks: r and p nonzero, n a power of two above 1, n below 2^(16r), and
    // p * r within the bound RFC 7914 sets.
    if r == 0 || p == 0 || n < 2 || n & (n - 1) != 0 {
        return Err(Refusal::Parameters);
    }
    if 16 * r <= 63 && n >= 1u64 << (16 * r) {
        return Err(Refusal::Parameters);
    }
    if p > ((1u64 << 30) - 1) / r {
        return Err(Refusal::Parameters);
    }
    let block_len = 128 * r;
    let needed = block_len.saturating_mul(p).saturating_add(block_len.saturating_mul(n.saturating_add(2)));
    let ceiling = if maxmem == 0 { DEFAULT_MAXMEM } else { maxmem };
    if needed > ceiling {
        return Err(Refusal::Memory);
    }
    let (n, r, block_len) = (n as usize, r as usize, block_len as usize);
    let mut blocks = hashlib_kdf::pbkdf2_sha256(password, salt, block_len * p as usize);
    for block in blocks.chunks_exact_mut(block_len) {
        ro_mix(block, n, r);
    }
    Ok(hashlib_kdf::pbkdf2_sha256(password, &blocks, dklen))
}

fn bytes_arg(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    struct_buffer::read(vm, v)?
        .ok_or_else(|| PyErr::type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(v))))
}

/// `_scrypt(password, salt, n, r, p, maxmem, dklen)`: the derived key. The integers are
/// already checked in `stdlib/hashlib.py` (non-negative, dklen within a C int).
pub fn scrypt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let get = |i: usize| args.pos.get(i).cloned().unwrap_or(Value::None);
    let password = bytes_arg(vm, &get(0))?;
    let salt = bytes_arg(vm, &get(1))?;
    let mut nums = [0u64; 5];
    for (slot, i) in nums.iter_mut().zip(2..) {
        let v = crate::builtins::int_arg(vm, &get(i), "")?;
        *slot = u64::try_from(v).map_err(|_| PyErr::value_error("scrypt parameters must not be negative"))?;
    }
    let [n, r, p, maxmem, dklen] = nums;
    match derive(&password, &salt, n, r, p, maxmem, dklen as usize) {
        Ok(key) => Ok(Value::Bytes(crate::object::RcSlice::from(&key[..]))),
        Err(Refusal::Parameters) => Err(PyErr::value_error("Invalid parameter combination for n, r, p, maxmem.")),
        Err(Refusal::Memory) => Err(PyErr::value_error("[digital envelope routines] memory limit exceeded")),
    }
}
