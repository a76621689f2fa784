//! Greatest common divisor of big integers by Lehmer's algorithm, as CPython's `_PyLong_GCD`:
//! each round works on the leading 64 bits of both numbers in machine arithmetic and applies
//! the steps found there to the whole numbers at once, so a gcd of n-word numbers costs
//! O(n^2 / 64) word operations. (`num-integer`'s binary gcd shifts the whole numbers once per
//! bit, which made `fractions.Fraction` arithmetic several times slower than CPython's.)

use num_bigint::{BigInt, BigUint};
use num_integer::Integer;
use num_traits::{ToPrimitive, Zero};

/// `gcd(a, b)`, always non-negative.
pub fn gcd(a: &BigInt, b: &BigInt) -> BigInt {
    BigInt::from(gcd_magnitudes(a.magnitude().clone(), b.magnitude().clone()))
}

fn gcd_magnitudes(a: BigUint, b: BigUint) -> BigUint {
    let (mut a, mut b) = if a >= b { (a, b) } else { (b, a) };
    loop {
        // Invariant: a >= b.
        if b.is_zero() {
            return a;
        }
        let bits = a.bits();
        if bits <= 64 {
            let (x, y) = (a.to_u64().unwrap_or(0), b.to_u64().unwrap_or(0));
            return BigUint::from(x.gcd(&y));
        }
        // Lengths far apart: the first quotient is big, one division does it.
        if bits - b.bits() >= 32 {
            let r = &a % &b;
            a = std::mem::replace(&mut b, r);
            continue;
        }
        let shift = bits - 64;
        let top = |v: &BigUint| (v >> shift).to_u64().unwrap_or(0) as i128;
        let (mut x, mut y) = (top(&a), top(&b));
        // Cofactors: the true remainders are (ca*a + cb*b, cc*a + cd*b). Knuth's Algorithm L
        // test: a quotient is only taken when both bounds on the leading parts agree on it.
        let (mut ca, mut cb, mut cc, mut cd) = (1i128, 0i128, 0i128, 1i128);
        loop {
            if y + cc == 0 || y + cd == 0 {
                break;
            }
            let q = (x + ca) / (y + cc);
            if q != (x + cb) / (y + cd) {
                break;
            }
            (ca, cc) = (cc, ca - q * cc);
            (cb, cd) = (cd, cb - q * cd);
            (x, y) = (y, x - q * y);
        }
        if cb == 0 {
            // The leading parts decided nothing: one full Euclid step.
            let r = &a % &b;
            a = std::mem::replace(&mut b, r);
            continue;
        }
        let (sa, sb) = (BigInt::from(a), BigInt::from(b));
        let na = &sa * BigInt::from(ca) + &sb * BigInt::from(cb);
        let nb = &sa * BigInt::from(cc) + &sb * BigInt::from(cd);
        match (na.to_biguint(), nb.to_biguint()) {
            (Some(na), Some(nb)) if na >= nb => (a, b) = (na, nb),
            // Not reachable when the cofactors are right; the Euclid step keeps the result
            // correct regardless.
            _ => {
                let (a0, b0) = (sa.magnitude().clone(), sb.magnitude().clone());
                let r = &a0 % &b0;
                (a, b) = (b0, r);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A deterministic pseudo-random big integer of about `words` 64-bit words.
    fn number(seed: &mut u64, words: usize) -> BigInt {
        let mut v = BigInt::zero();
        for _ in 0..words {
            *seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            v = (v << 64u32) + BigInt::from(*seed >> 1);
        }
        v
    }

    #[test]
    fn lehmer_gcd_agrees_with_binary_gcd() {
        let mut seed = 7;
        for i in 0..300 {
            let common = number(&mut seed, 1 + i % 5);
            let a = number(&mut seed, 1 + i % 13) * &common;
            let b = number(&mut seed, 1 + (i * 7) % 11) * &common;
            assert_eq!(gcd(&a, &b), a.gcd(&b), "gcd of {a} and {b}");
            assert_eq!(gcd(&-a.clone(), &b), a.gcd(&b));
            assert_eq!(gcd(&a, &BigInt::zero()), a.clone());
            assert_eq!(gcd(&(&a + 1), &a), BigInt::from(1));
        }
    }
}
