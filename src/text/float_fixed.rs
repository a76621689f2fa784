//! Fast, exact `'%.Nf' % x` for the common case, without the bignum fallback that Rust's
//! `format!("{:.N}")` (Grisu, then Dragon4 when Grisu gives up) reaches for many inputs.
//!
//! CPython's fixed conversion (dtoa mode 3) rounds the *exact* binary value of `x` to N
//! decimals, ties to even; a tie can only happen when the binary value is exactly
//! representable at N+1 decimals. Every finite double is `m * 2**e` with `m < 2**53`, so:
//! - `e >= 0`: `x` is an integer; its digits are `m << e`, then N zeros;
//! - `e < 0`: `x * 10**N = m * 10**N / 2**-e`; with N <= 17, `m * 10**N < 2**110` fits a
//!   u128, and one shift gives the quotient and the exact remainder, so the half-even
//!   decision is exact (no floating point involved).
//! Anything else (N > 17, `x >= 2**127`) is left to the general path.

/// The largest precision handled here: `2**53 * 10**17 < 2**110` keeps the product in a u128.
pub const MAX_FAST_PRECISION: usize = 17;

const POW10: [u64; 18] = [
    1,
    10,
    100,
    1_000,
    10_000,
    100_000,
    1_000_000,
    10_000_000,
    100_000_000,
    1_000_000_000,
    10_000_000_000,
    100_000_000_000,
    1_000_000_000_000,
    10_000_000_000_000,
    100_000_000_000_000,
    1_000_000_000_000_000,
    10_000_000_000_000_000,
    100_000_000_000_000_000,
];

/// Two-digit pairs "00".."99": halves the number of divisions when writing digits.
const PAIRS: &[u8; 200] = b"\
0001020304050607080910111213141516171819\
2021222324252627282930313233343536373839\
4041424344454647484950515253545556575859\
6061626364656667686970717273747576777879\
8081828384858687888990919293949596979899";

/// Digits of a u128 are at most 39.
pub const BUF_LEN: usize = 48;

/// Write `v`'s decimal digits so that they end at `buf[end]`, returning the start index.
fn write_u64<const L: usize>(buf: &mut [u8; L], mut end: usize, mut v: u64) -> usize {
    while v >= 100 {
        let pair = (v % 100) as usize * 2;
        v /= 100;
        end -= 2;
        buf[end..end + 2].copy_from_slice(&PAIRS[pair..pair + 2]);
    }
    if v >= 10 {
        let pair = v as usize * 2;
        end -= 2;
        buf[end..end + 2].copy_from_slice(&PAIRS[pair..pair + 2]);
    } else {
        end -= 1;
        buf[end] = b'0' + v as u8;
    }
    end
}

/// Write `v`'s decimal digits so that they end at `buf[end]`; returns the start index.
fn write_u128<const L: usize>(buf: &mut [u8; L], mut end: usize, v: u128) -> usize {
    const CHUNK: u128 = 10_000_000_000_000_000_000; // 10**19 < 2**64
    let mut v = v;
    // Values beyond u64 are rare (huge integers or long precisions): peel 19 digits at a time.
    while v > u64::MAX as u128 {
        let low = (v % CHUNK) as u64;
        v /= CHUNK;
        let start = write_u64(buf, end, low);
        // the chunk is exactly 19 digits wide: zero-fill what `low` did not use
        let chunk_start = end - 19;
        buf[chunk_start..start].fill(b'0');
        end = chunk_start;
    }
    write_u64(buf, end, v as u64)
}

/// View bytes this module wrote (ASCII digits, sign, point) as text without re-validating
/// them: `from_utf8` costs more than the digit loops on these short strings.
pub fn ascii_str(b: &[u8]) -> &str {
    debug_assert!(b.is_ascii());
    // SAFETY: callers pass only bytes they filled with ASCII characters, which are UTF-8.
    unsafe { std::str::from_utf8_unchecked(b) }
}

/// The text is at most 1 (sign) + 39 (u128 digits) + 1 (point) + 17 (decimals) bytes.
const OUT_LEN: usize = 64;

/// Write `'%.{prec}f' % x` (CPython's text, including the `-` of negative values and of
/// negative zero) at the end of `text`, right to left, returning where it starts; None when
/// `x` is not finite or outside the range described in the module comment.
fn fixed_bytes(x: f64, prec: usize, text: &mut [u8; OUT_LEN]) -> Option<usize> {
    if !x.is_finite() || prec > MAX_FAST_PRECISION {
        return None;
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let frac = bits & ((1u64 << 52) - 1);
    let (m, e) = if biased == 0 { (frac, -1074) } else { (frac | (1u64 << 52), biased - 1075) };
    let pow = POW10[prec];
    // The integer part and the `prec` decimals (as an integer below 10**prec) of x rounded
    // half-even at `prec` decimals.
    let (int_part, decimals): (u128, u64) = if m == 0 {
        (0, 0)
    } else if e >= 0 {
        if e > 74 {
            // m << e would not fit a u128 (x >= 2**127): leave it to the general path
            return None;
        }
        // an integer: all decimals are zero
        ((m as u128) << e, 0)
    } else {
        let shift = (-e) as u32;
        let n = m as u128 * pow as u128;
        let scaled = if shift >= 111 {
            // n < 2**110 <= half of 2**shift: rounds down to zero, never a tie
            0
        } else {
            let q = n >> shift;
            let r = n & ((1u128 << shift) - 1);
            let half = 1u128 << (shift - 1);
            let up = r > half || (r == half && q & 1 == 1);
            q + up as u128
        };
        // 64-bit division in the usual case; scaled < 2**110 otherwise
        match u64::try_from(scaled) {
            Ok(s) => ((s / pow) as u128, s % pow),
            Err(_) => (scaled / pow as u128, (scaled % pow as u128) as u64),
        }
    };
    // `text` starts as all zeros: the decimals' leading zeros need no writing
    text.fill(b'0');
    let mut at = OUT_LEN;
    if prec > 0 {
        write_u64(text, OUT_LEN, decimals);
        at -= prec + 1;
        text[at] = b'.';
    }
    at = write_u128(text, at, int_part);
    if x.is_sign_negative() {
        at -= 1;
        text[at] = b'-';
    }
    Some(at)
}

/// Append `'%.{prec}f' % x` to `out`; `false`, with `out` unchanged, when the fast path does
/// not apply (see `fixed_bytes`).
pub fn push_fixed(out: &mut String, x: f64, prec: usize) -> bool {
    let mut text = [0u8; OUT_LEN];
    match fixed_bytes(x, prec, &mut text) {
        Some(start) => {
            out.push_str(ascii_str(&text[start..]));
            true
        }
        None => false,
    }
}

/// `'%.{prec}f' % x` as a new, exactly sized string, when the fast path applies.
pub fn fixed_string(x: f64, prec: usize) -> Option<String> {
    let mut text = [0u8; OUT_LEN];
    let start = fixed_bytes(x, prec, &mut text)?;
    Some(String::from(ascii_str(&text[start..])))
}

/// Write the decimal digits of `v` at the end of `buf`, returning them.
pub fn u64_digits(buf: &mut [u8; BUF_LEN], v: u64) -> &str {
    u64_digits_in(buf, v)
}

/// `v`'s decimal digits at the end of a buffer of any length (at least 20).
pub fn u64_digits_in<const L: usize>(buf: &mut [u8; L], v: u64) -> &str {
    let start = write_u64(buf, L, v);
    ascii_str(&buf[start..])
}

/// Append the decimal digits of `v` (an unsigned magnitude) to `out`.
pub fn push_u64(out: &mut String, v: u64) {
    let mut buf = [0u8; BUF_LEN];
    out.push_str(u64_digits(&mut buf, v));
}

#[cfg(test)]
#[path = "float_fixed_tests.rs"]
mod tests;
