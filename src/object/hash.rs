//! CPython-compatible hashes for numbers and tuples (so set order and `hash()` match CPython).

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

/// 2**61 - 1, CPython's `_PyHASH_MODULUS` on 64-bit builds.
const MODULUS: u64 = (1 << 61) - 1;

pub fn hash_i64(i: i64) -> i64 {
    let m = (i.unsigned_abs() % MODULUS) as i64;
    let h = if i < 0 { -m } else { m };
    if h == -1 {
        -2
    } else {
        h
    }
}

pub fn hash_bigint(b: &BigInt) -> i64 {
    if let Some(i) = b.to_i64() {
        return hash_i64(i);
    }
    let m = (b.abs() % BigInt::from(MODULUS)).to_i64().unwrap_or(0);
    let h = if b.is_negative() { -m } else { m };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `_Py_HashDouble`: equal to the int hash for integral values; NaN hashes by identity.
pub fn hash_float(f: f64, identity: usize) -> i64 {
    if f.is_nan() {
        return (identity as i64).rotate_right(4);
    }
    if f.is_infinite() {
        return if f > 0.0 { 314159 } else { -314159 };
    }
    let (mut m, mut e) = frexp(f.abs());
    let sign: i64 = if f < 0.0 { -1 } else { 1 };
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | (x >> (61 - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 { e % 61 } else { 61 - 1 - ((-1 - e) % 61) };
    x = ((x << e) & MODULUS) | (x >> (61 - e));
    let h = x as i64 * sign;
    if h == -1 {
        -2
    } else {
        h
    }
}

fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 {
        return (0.0, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(x * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp - 1022)
}

/// CPython 3.11's tuple hash (xxHash-based).
pub fn hash_tuple(items: &[i64]) -> i64 {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let mut acc: u64 = P5;
    for &h in items {
        acc = acc.wrapping_add((h as u64).wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((items.len() as u64) ^ (P5 ^ 3527539));
    if acc == u64::MAX {
        return 1546275796;
    }
    acc as i64
}

pub fn hash_bytes(b: &[u8]) -> i64 {
    // CPython: the empty string and empty bytes hash to 0 whatever the hash seed.
    if b.is_empty() {
        return 0;
    }
    let mut x: u64 = 0xcbf29ce484222325;
    for &c in b {
        x = (x.rotate_left(5) ^ c as u64).wrapping_mul(0x517cc1b727220a95);
    }
    let v = (x >> 2) as i64;
    if v == -1 {
        -2
    } else {
        v
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_match_cpython() {
        // Values printed by CPython 3.11: hash(-1), hash(2**61), hash(1.5), hash((1, 2)), hash(())
        assert_eq!(hash_i64(-1), -2);
        assert_eq!(hash_bigint(&(BigInt::from(1u64) << 61)), 1);
        assert_eq!(hash_float(1.5, 0), 1152921504606846977);
        assert_eq!(hash_tuple(&[1, 2]), -3550055125485641917);
        assert_eq!(hash_tuple(&[]), 5740354900026072187);
    }
}

/// `hash(complex)`: the real part's hash plus 1000003 times the imaginary part's (so a complex
/// equal to a float or int hashes as it does).
pub fn hash_complex(re: f64, im: f64, identity: usize) -> i64 {
    let h = hash_float(re, identity).wrapping_add(hash_float(im, identity).wrapping_mul(1_000_003));
    if h == -1 {
        -2
    } else {
        h
    }
}
