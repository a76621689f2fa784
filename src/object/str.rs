//! `str` storage: UTF-8 text with a cached hash and code-point length for O(1) `len()`, and
//! for long non-ASCII text a sparse code point index, so indexing and slicing do not scan
//! from the start (CPython's strs are arrays of code points).

use std::cell::{Cell, OnceCell};

/// One entry of a str's code point index per this many code points.
const INDEX_STEP: usize = 32;

/// An immutable Python string.
pub struct PyStr {
    /// A `String` rather than `Box<str>`: converting a built string (f-strings, joins) to a
    /// box would reallocate whenever its capacity is not exact; see `from_string`.
    text: String,
    /// Number of code points (== bytes when ASCII).
    char_len: usize,
    /// Cached hash; 0 means "not computed yet" (a real hash of 0 is stored as 1).
    hash: Cell<u64>,
    /// For non-ASCII text longer than `INDEX_STEP`: the byte offset of every `INDEX_STEP`th
    /// code point, built on the first index into it (see `byte_offset`).
    index: OnceCell<Box<Vec<usize>>>,
}

impl PyStr {
    pub fn new(s: &str) -> PyStr {
        PyStr::from_string(s.to_owned())
    }

    pub fn from_string(mut s: String) -> PyStr {
        let char_len = if s.is_ascii() { s.len() } else { s.chars().count() };
        // A little slack (what amortised growth leaves) costs less than a shrinking realloc
        // per string; only clearly oversized buffers are trimmed.
        if s.capacity() - s.len() > 32 + s.len() / 4 {
            s.shrink_to_fit();
        }
        PyStr { text: s, char_len, hash: Cell::new(0), index: OnceCell::new() }
    }

    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// An empty str with room for `capacity` bytes, to be built by `append_with` while only
    /// its builder holds it (f-strings).
    pub fn builder(capacity: usize) -> PyStr {
        PyStr { text: String::with_capacity(capacity), char_len: 0, hash: Cell::new(0), index: OnceCell::new() }
    }

    /// Let `write` append to the text, then count the code points it added. Only for a str
    /// nothing else can see yet (its hash is not cached).
    pub fn append_with<R>(&mut self, write: impl FnOnce(&mut String) -> R) -> R {
        let start = self.text.len();
        let r = write(&mut self.text);
        let added = &self.text[start..];
        self.char_len += if added.is_ascii() { added.len() } else { added.chars().count() };
        self.hash.set(0);
        self.index.take();
        r
    }

    /// Append another str (its code point count is known), under `append_with`'s terms.
    pub fn append_str(&mut self, s: &PyStr) {
        self.text.push_str(&s.text);
        self.char_len += s.char_len;
        self.hash.set(0);
        self.index.take();
    }

    /// `len(s)` in code points.
    pub fn char_len(&self) -> usize {
        self.char_len
    }

    pub fn is_ascii(&self) -> bool {
        self.char_len == self.text.len()
    }

    /// The code point at index `i` (0-based, already bounds-checked by the caller).
    pub fn char_at(&self, i: usize) -> Option<char> {
        if self.is_ascii() {
            self.text.as_bytes().get(i).map(|&b| b as char)
        } else {
            self.text[self.byte_offset(i)..].chars().next()
        }
    }

    /// Byte offset of code point index `i` (clamped to the end).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            return i.min(self.text.len());
        }
        if i >= self.char_len {
            return self.text.len();
        }
        let (from, skip) = if self.char_len <= INDEX_STEP {
            (0, i)
        } else {
            let index = self.index.get_or_init(|| Box::new(self.text.char_indices().step_by(INDEX_STEP).map(|(b, _)| b).collect()));
            (index[i / INDEX_STEP], i % INDEX_STEP)
        };
        self.text[from..].char_indices().nth(skip).map_or(self.text.len(), |(b, _)| from + b)
    }

    /// Substring by code point range `[start, end)` (clamped).
    pub fn slice_chars(&self, start: usize, end: usize) -> &str {
        if start >= end {
            return "";
        }
        let b0 = self.byte_offset(start);
        let b1 = self.byte_offset(end);
        &self.text[b0..b1]
    }

    /// Hash of the text (FxHash-style; CPython randomises str hashes, so any good hash will do).
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != 0 {
            return h as i64;
        }
        let v = super::dict::str_hash(&self.text);
        self.hash.set(v as u64);
        v
    }
}

impl std::fmt::Debug for PyStr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}", &*self.text)
    }
}
