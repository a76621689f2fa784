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

/// Digits of a u128 are at most 39; the buffer also holds zero padding up to N+1 digits.
pub const BUF_LEN: usize = 48;

/// Write `v`'s decimal digits so that they end at `buf[end]`, returning the start index.
fn write_u64(buf: &mut [u8; BUF_LEN], mut end: usize, mut v: u64) -> usize {
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

/// Write `v`'s decimal digits ending at `buf[BUF_LEN]`; returns the start index.
fn write_u128(buf: &mut [u8; BUF_LEN], v: u128) -> usize {
    const CHUNK: u128 = 10_000_000_000_000_000_000; // 10**19 < 2**64
    let mut end = BUF_LEN;
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
/// negative zero) into `text`, returning its length; None when `x` is not finite or outside
/// the range described in the module comment.
fn fixed_bytes(x: f64, prec: usize, text: &mut [u8; OUT_LEN]) -> Option<usize> {
    if !x.is_finite() || prec > MAX_FAST_PRECISION {
        return None;
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let frac = bits & ((1u64 << 52) - 1);
    let (m, e) = if biased == 0 { (frac, -1074) } else { (frac | (1u64 << 52), biased - 1075) };
    // `scaled` is x * 10**prec rounded half-even; `zeros` extra zero digits follow it (only
    // for integral x, whose fraction is all zeros).
    let (scaled, zeros): (u128, usize) = if m == 0 {
        (0, 0)
    } else if e >= 0 {
        if e > 74 {
            // m << e would not fit a u128 (x >= 2**127): leave it to the general path
            return None;
        }
        ((m as u128) << e, prec)
    } else {
        let shift = (-e) as u32;
        let n = m as u128 * POW10[prec] as u128;
        if shift >= 111 {
            // n < 2**110 <= half of 2**shift: rounds down to zero, never a tie
            (0, 0)
        } else {
            let q = n >> shift;
            let r = n & ((1u128 << shift) - 1);
            let half = 1u128 << (shift - 1);
            let up = r > half || (r == half && q & 1 == 1);
            (q + up as u128, 0)
        }
    };
    let mut buf = [b'0'; BUF_LEN];
    let mut start = write_u128(&mut buf, scaled);
    if zeros == 0 {
        // at least prec+1 digits, so the integer part has at least one ("0.001"); the
        // buffer is pre-filled with zeros
        start = start.min(BUF_LEN - (prec + 1));
    }
    let digits = &buf[start..];
    let int_len = digits.len() - if zeros == 0 { prec } else { 0 };
    let mut at = 0;
    let mut put = |bytes: &[u8]| {
        text[at..at + bytes.len()].copy_from_slice(bytes);
        at += bytes.len();
    };
    if x.is_sign_negative() {
        put(b"-");
    }
    put(&digits[..int_len]);
    if prec > 0 {
        put(b".");
        put(&digits[int_len..]);
        put(&[b'0'; MAX_FAST_PRECISION][..zeros]);
    }
    Some(at)
}

/// Append `'%.{prec}f' % x` to `out`; `false`, with `out` unchanged, when the fast path does
/// not apply (see `fixed_bytes`).
pub fn push_fixed(out: &mut String, x: f64, prec: usize) -> bool {
    let mut text = [0u8; OUT_LEN];
    match fixed_bytes(x, prec, &mut text) {
        Some(n) => {
            out.push_str(ascii_str(&text[..n]));
            true
        }
        None => false,
    }
}

/// `'%.{prec}f' % x` as a new, exactly sized string, when the fast path applies.
pub fn fixed_string(x: f64, prec: usize) -> Option<String> {
    let mut text = [0u8; OUT_LEN];
    let n = fixed_bytes(x, prec, &mut text)?;
    Some(String::from(ascii_str(&text[..n])))
}

/// Write the decimal digits of `v` at the end of `buf`, returning them.
pub fn u64_digits(buf: &mut [u8; BUF_LEN], v: u64) -> &str {
    let start = write_u64(buf, BUF_LEN, v);
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
