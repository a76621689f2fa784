//! CPython-compatible `hash()` for int, float, complex, tuple and frozenset (so printed
//! hashes and set/dict layouts match), plus a fast seeded-free hash for str and bytes
//! (CPython randomizes those, so any good hash is faithful).
use num_bigint::{BigInt, Sign};

/// `sys.hash_info.modulus`: the Mersenne prime 2**61 - 1.
pub const MODULUS: u64 = (1 << 61) - 1;
const BITS: u32 = 61;
/// `sys.hash_info.inf`.
pub const HASH_INF: i64 = 314159;

fn fix_minus_one(h: i64) -> i64 {
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(n)` for an int that fits in i64.
pub fn hash_i64(n: i64) -> i64 {
    let m = (n.unsigned_abs() % MODULUS) as i64;
    fix_minus_one(if n < 0 { -m } else { m })
}

/// `hash(n)` for any int: sign * (|n| mod 2**61-1), with -1 mapped to -2.
pub fn hash_int(n: &BigInt) -> i64 {
    let (sign, digits) = n.to_u64_digits();
    let mut acc: u128 = 0;
    for d in digits.iter().rev() {
        acc = ((acc << 64) | *d as u128) % MODULUS as u128;
    }
    let m = acc as i64;
    fix_minus_one(if sign == Sign::Minus { -m } else { m })
}

/// `hash(True)` / `hash(False)`.
pub fn hash_bool(b: bool) -> i64 {
    b as i64
}

/// CPython's pointer hash (`_Py_HashPointer`): the address rotated right by 4 bits.
pub fn hash_pointer(identity: usize) -> i64 {
    let y = identity.rotate_right(4) as i64;
    fix_minus_one(y)
}

/// `frexp`: x = m * 2**e with 0.5 <= |m| < 1 (x finite and non-zero).
fn frexp(x: f64) -> (f64, i32) {
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(x * f64::from_bits(0x4350_0000_0000_0000)); // 2**54
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp - 1022)
}

/// `hash(x)` for a float (CPython's _Py_HashDouble); nan hashes by object identity.
pub fn hash_float(x: f64, identity: usize) -> i64 {
    if x.is_nan() {
        return hash_pointer(identity);
    }
    if x.is_infinite() {
        return if x > 0.0 { HASH_INF } else { -HASH_INF };
    }
    if x == 0.0 {
        return 0;
    }
    let (mut m, mut e) = frexp(x);
    let sign: i64 = if m < 0.0 {
        m = -m;
        -1
    } else {
        1
    };
    // Fold 28 bits of mantissa at a time into x mod 2**61-1.
    let mut acc: u64 = 0;
    while m != 0.0 {
        acc = ((acc << 28) & MODULUS) | (acc >> (BITS - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        acc += y;
        if acc >= MODULUS {
            acc -= MODULUS;
        }
    }
    let bits = BITS as i32;
    let e = if e >= 0 {
        e % bits
    } else {
        bits - 1 - ((-1 - e) % bits)
    } as u32;
    acc = ((acc << e) & MODULUS) | (acc >> (BITS - e));
    fix_minus_one((acc as i64).wrapping_mul(sign))
}

/// `hash(complex(re, im))`.
pub fn hash_complex(re: f64, im: f64, identity: usize) -> i64 {
    let hr = hash_float(re, identity) as u64;
    let hi = hash_float(im, identity) as u64;
    fix_minus_one(hr.wrapping_add(hi.wrapping_mul(1000003)) as i64)
}

/// `hash(t)` for a tuple whose items hash to `items` (CPython 3.11's xxHash-based scheme).
pub fn hash_tuple(items: &[i64]) -> i64 {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let mut acc = P5;
    for &h in items {
        acc = acc.wrapping_add((h as u64).wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add(items.len() as u64 ^ (P5 ^ 3527539));
    if acc == u64::MAX {
        return 1546275796;
    }
    acc as i64
}

/// `hash(frozenset)` from the hashes of its members (order does not matter).
pub fn hash_frozenset(items: &[i64]) -> i64 {
    fn shuffle(h: u64) -> u64 {
        ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
    }
    let mut h: u64 = items.iter().fold(0, |acc, &x| acc ^ shuffle(x as u64));
    h ^= (items.len() as u64 + 1).wrapping_mul(1927868237);
    h ^= (h >> 11) ^ (h >> 25);
    h = h.wrapping_mul(69069).wrapping_add(907133923);
    if h == u64::MAX {
        return 590923713;
    }
    h as i64
}

/// A fast hash for str/bytes contents (FxHash-style mixing with a final avalanche so the low
/// bits, which index set and dict tables, are well distributed). Never -1.
pub fn hash_bytes(data: &[u8]) -> i64 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let mut h: u64 = data.len() as u64;
    let mut chunks = data.chunks_exact(8);
    for c in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        h = (h.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(K);
    }
    for &b in chunks.remainder() {
        h = (h.rotate_left(5) ^ b as u64).wrapping_mul(K);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    fix_minus_one(h as i64)
}

/// `hash(s)` for a str (hashes the UTF-8 bytes; equal strings hash equally).
pub fn hash_str(s: &str) -> i64 {
    hash_bytes(s.as_bytes())
}

#[cfg(test)]
#[path = "hash_tests.rs"]
mod tests;
