//! The integer fast path against the oracle: Rust's exact `format!("{:.N}")`, which the
//! general path (`double_to_string`) is built on and which rounds the exact binary value
//! half-to-even like CPython's dtoa.
use super::*;

fn oracle(x: f64, prec: usize) -> String {
    format!("{x:.prec$}")
}

fn check(x: f64, prec: usize) {
    let mut out = String::new();
    if push_fixed(&mut out, x, prec) {
        assert_eq!(out, oracle(x, prec), "x={x:e} ({:#x}) precision {prec}", x.to_bits());
        let exact = fixed_string(x, prec).expect("same decision as push_fixed");
        assert_eq!(exact, out);
        assert_eq!(exact.capacity(), exact.len(), "exact capacity for {x:e} precision {prec}");
    } else {
        // only non-finite values, long precisions and huge magnitudes may decline
        assert!(!x.is_finite() || prec > MAX_FAST_PRECISION || x.abs() >= 2f64.powi(127), "declined {x:e} precision {prec}");
        assert!(out.is_empty());
        assert!(fixed_string(x, prec).is_none());
    }
}

/// A small deterministic generator (SplitMix64): the same millions of cases on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
}

#[test]
fn special_values_and_ties() {
    let specials = [
        0.0, -0.0, 0.5, -0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 0.0625, 1e-7, -1e-7, 0.0005, -0.0004,
        0.05, 0.15, 0.25, 0.35, 2.675, 1.005, 1e15, 1e16, 1e17, 1e22, 1e23, 9007199254740993.0,
        4503599627370495.5, 5e-324, -5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
        1.0 / 3.0, 2.0 / 3.0, 123456.789, 0.1, 0.7, 99.995, 0.9999999999999999, 9.5, 10.5,
        f64::NAN, f64::INFINITY, f64::NEG_INFINITY, 2f64.powi(126), 2f64.powi(127), 2f64.powi(110),
        (2f64.powi(53) - 1.0) * 2f64.powi(74), (2f64.powi(53) - 1.0) * 2f64.powi(73),
        2f64.powi(-110), 2f64.powi(-111), 2f64.powi(-60) * 3.0,
    ];
    for &x in &specials {
        for prec in 0..=20 {
            check(x, prec);
            check(-x, prec);
        }
    }
    // Every k / 2**j is exactly representable: ties at precision j-1 and below abound.
    for j in 0..=24 {
        for k in 0..600u64 {
            let x = k as f64 / (1u64 << j) as f64;
            for prec in 0..=MAX_FAST_PRECISION {
                check(x, prec);
            }
        }
    }
}

#[test]
fn the_benchmark_values() {
    for i in 0..200_000u32 {
        let x = i as f64 / 7.0;
        check(x, 3);
        check(x * 100.0, 2);
        check(-(i as f64) / 1000.0, 2);
    }
}

#[test]
fn millions_of_random_doubles() {
    let mut rng = Rng(0x5eed_f1ed);
    for n in 0..3_000_000u32 {
        let r = rng.next();
        let x = match n % 4 {
            // any bit pattern (mostly huge or tiny magnitudes)
            0 => f64::from_bits(r),
            // magnitudes from 2**-70 to 2**80, where the fast path does the work
            1 => {
                let exp = 1023 - 70 + (r >> 56) % 151;
                f64::from_bits((r & ((1u64 << 52) - 1)) | (exp << 52) | (r & (1u64 << 63)))
            }
            // short mantissas: many exact decimal ties
            2 => (r >> 44) as f64 / (1u64 << ((r >> 8) % 30)) as f64,
            // values with few decimals, as programs print them
            _ => (r % 10_000_000) as f64 / POW10[((r >> 32) % 8) as usize] as f64,
        };
        let prec = ((r >> 20) % 18) as usize;
        check(x, prec);
    }
}

#[test]
fn digit_writers() {
    let mut buf = [0u8; BUF_LEN];
    for v in [0u128, 9, 10, 99, 100, 12345, u64::MAX as u128, u64::MAX as u128 + 1, 10u128.pow(19), 10u128.pow(38), u128::MAX >> 1, u128::MAX] {
        let start = write_u128(&mut buf, BUF_LEN, v);
        assert_eq!(std::str::from_utf8(&buf[start..]).unwrap(), v.to_string());
    }
    let mut s = String::new();
    push_u64(&mut s, 1234567890);
    assert_eq!(s, "1234567890");
    for v in [0u64, 5, 10, 99, 100, 101, 999, 1000, u64::MAX] {
        assert_eq!(u64_digits(&mut buf, v), v.to_string());
    }
}
