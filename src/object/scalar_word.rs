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
