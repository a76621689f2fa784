//! `BoolWord` and `FloatWord`: the payloads of `Value::Bool` and `Value::Float`, each stored as
//! one machine word.
//!
//! Why a word: when every payload of `Value` is a single word-sized integer or pointer at the
//! same offset, rustc lays `Value` out as a scalar pair (tag, word). A scalar-pair value is
//! passed and returned in two registers and copied with two integer moves. With a one-byte
//! `bool` or an `f64` among the payloads, `Value` is an aggregate instead: it is returned
//! through memory and copied with one 16-byte vector load, and that load stalls whenever it
//! reads a value just written as a tag byte plus a payload word (the store cannot be forwarded
//! to it). The dispatch loop pushes, pops and clones values on every instruction, so those
//! stalls were a large share of its time.

/// A `bool` held in a word: 0 or 1, nothing else.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct BoolWord(u64);

impl BoolWord {
    pub const TRUE: BoolWord = BoolWord(1);
    pub const FALSE: BoolWord = BoolWord(0);

    #[inline(always)]
    pub const fn new(b: bool) -> BoolWord {
        BoolWord(b as u64)
    }

    #[inline(always)]
    pub const fn get(self) -> bool {
        self.0 != 0
    }
}

impl From<bool> for BoolWord {
    #[inline(always)]
    fn from(b: bool) -> BoolWord {
        BoolWord::new(b)
    }
}

impl std::fmt::Debug for BoolWord {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.get().fmt(f)
    }
}

/// An `f64` held as its bit pattern.
#[derive(Clone, Copy)]
#[repr(transparent)]
pub struct FloatWord(u64);

impl FloatWord {
    #[inline(always)]
    pub const fn new(x: f64) -> FloatWord {
        FloatWord(x.to_bits())
    }

    #[inline(always)]
    pub const fn get(self) -> f64 {
        f64::from_bits(self.0)
    }
}

/// Low mantissa bits that tell NaN objects apart. CPython allocates a new float object for
/// every NaN it computes and compares containers' items by identity first (`x in [x]` is
/// true for a NaN, `float('nan') in [float('nan')]` is not), and 3.11 hashes a NaN by its
/// address. Unboxed floats have no address, so each NaN created gets a fresh tag in these
/// bits instead: a copy of the value keeps it (`is` compares bits), a new NaN gets another.
/// Only the low 29 bits are used, which an `f32` conversion drops, and the exported bytes
/// (`struct.pack`) clear them, so no tag is ever visible.
pub const NAN_TAG_MASK: u64 = (1 << 29) - 1;

/// `x` (a NaN) with a tag no recent NaN has.
#[cold]
pub fn tagged_nan(x: f64) -> FloatWord {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(1);
    let tag = NEXT.fetch_add(1, Ordering::Relaxed) & NAN_TAG_MASK;
    // The quiet bit stays set, so the value remains a (quiet) NaN whatever the tag.
    FloatWord((x.to_bits() & !NAN_TAG_MASK) | (1 << 51) | tag)
}

/// `x` with a NaN's tag bits cleared: the bit pattern CPython would hold.
pub fn untagged(x: f64) -> f64 {
    if x.is_nan() {
        f64::from_bits(x.to_bits() & !NAN_TAG_MASK)
    } else {
        x
    }
}

impl From<f64> for FloatWord {
    #[inline(always)]
    fn from(x: f64) -> FloatWord {
        FloatWord::new(x)
    }
}

impl std::fmt::Debug for FloatWord {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.get().fmt(f)
    }
}
