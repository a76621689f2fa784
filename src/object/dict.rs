//! `dict` storage: an insertion-ordered hash table of `Value` keys.
//!
//! The table only stores hashes and compares through a caller-supplied equality closure, so the
//! VM decides how keys compare (natively for str/int/tuple, through `__eq__` for instances)
//! without this module knowing about the VM. Deleted entries leave holes, and the entry list
//! has CPython's capacity: it is compacted (and grown) only when an insertion finds it full,
//! so iteration order stays insertion order and an iterator running while keys are removed
//! and added back sees the entries CPython's would.

use std::cell::Cell;
use std::rc::Rc;
use std::sync::atomic::{AtomicU64, Ordering};

use hashbrown::HashTable;

use super::Value;

#[derive(Clone)]
pub struct Entry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

#[derive(Default)]
pub struct PyDict {
    entries: Vec<Option<Entry>>,
    indices: HashTable<usize>,
    len: usize,
    /// Entries that may still be appended before the list is full (CPython's `dk_usable`):
    /// removals leave it alone, an insertion into a full list compacts and grows it.
    usable_left: usize,
    /// The slots of CPython's table for these entries (0 before the first insertion and after
    /// `clear`): two thirds of them is the most the entry list holds.
    table_size: usize,
    /// A key other than an exact str went in since the last `clear` (CPython's table then
    /// holds 24-byte general entries rather than 16-byte str ones, even once it is gone).
    general_keys: bool,
    /// Set on class dicts: every change bumps the type epoch so attribute caches refill.
    watched: bool,
    /// Identifies the current key layout (which key is at which entry index), for caches that
    /// remember an entry index (the global-name cache). 0 means "not numbered since the last
    /// insertion or deletion"; `keys_version` hands out a fresh, never reused number on demand.
    keys_version: Cell<u64>,
}

impl Clone for PyDict {
    /// A copy is a plain dict: it is not any class's namespace.
    fn clone(&self) -> PyDict {
        PyDict {
            entries: self.entries.clone(),
            indices: self.indices.clone(),
            len: self.len,
            usable_left: self.usable_left,
            table_size: self.table_size,
            general_keys: self.general_keys,
            watched: false,
            keys_version: Cell::new(0),
        }
    }
}

/// Bumped on every change to any class's dict (CPython's type version tags, made global): a
/// class attribute cache filled at an older epoch is stale.
static TYPE_EPOCH: AtomicU64 = AtomicU64::new(1);

/// Make every class attribute cache stale (a class's instances changed how their attributes
/// are stored).
pub fn bump_type_epoch() {
    TYPE_EPOCH.fetch_add(1, Ordering::Relaxed);
}

/// Source of `PyDict::keys_version` numbers.
static NEXT_KEYS_VERSION: AtomicU64 = AtomicU64::new(1);

/// The current type epoch (see `TYPE_EPOCH`).
pub fn type_epoch() -> u64 {
    TYPE_EPOCH.load(Ordering::Relaxed)
}

/// The hash the index table sees for a Python hash. hashbrown probes from the low bits and takes
/// a 7-bit control tag from the top bits. Python hashes of small ints and of identity-hashed
/// objects (an address rotated by 4, as CPython's) have those top bits all zero, so unmixed,
/// every entry of a probe group would match every lookup. The low bits stay the Python hash,
/// so consecutive ints sit in consecutive slots as in CPython's table; the top 7 come from a
/// multiply that depends on every bit. `hash()` itself is unchanged.
#[inline]
fn table_hash(hash: i64) -> u64 {
    const TAG_BITS: u64 = 0xFE00_0000_0000_0000;
    let h = hash as u64;
    (h & !TAG_BITS) | (h.wrapping_mul(0x9E37_79B9_7F4A_7C15) & TAG_BITS)
}

/// Hash of a str key, identical to `PyStr::hash` so `get_str` finds keys stored as `Value::Str`.
/// A `const fn`, so native code can hash its fixed attribute names at compile time.
pub const fn str_hash(s: &str) -> i64 {
    let bytes = s.as_bytes();
    // CPython: `hash('') == 0` whatever the hash seed (other strings are never 0 here).
    if bytes.is_empty() {
        return 0;
    }
    let mut x: u64 = 0xcbf29ce484222325;
    let mut i = 0;
    while i < bytes.len() {
        x = (x.rotate_left(5) ^ bytes[i] as u64).wrapping_mul(0x517cc1b727220a95);
        i += 1;
    }
    let v = (x >> 2) as i64;
    if v == -1 || v == 0 {
        1
    } else {
        v
    }
}

impl PyDict {
    pub fn new() -> PyDict {
        PyDict::default()
    }

    pub fn len(&self) -> usize {
        self.len
    }

    /// Make room for `additional` more keys without growing step by step (a class copying its
    /// namespace, a module installing its functions).
    pub fn reserve(&mut self, additional: usize) {
        if self.usable_left < additional {
            // The size CPython presizes for that many keys (room for them in two thirds).
            self.resize((self.len + additional) * 3 / 2 + 1);
        }
        self.entries.reserve(additional);
        let entries = &self.entries;
        self.indices.reserve(additional, |&i| entries[i].as_ref().map_or(0, |e| table_hash(e.hash)));
    }

    /// Mark this dict as a class namespace (see `TYPE_EPOCH`).
    pub fn watch(&mut self) {
        self.watched = true;
        self.changed();
    }

    #[inline]
    fn changed(&self) {
        if self.watched {
            TYPE_EPOCH.fetch_add(1, Ordering::Relaxed);
        }
    }

    /// A number identifying the current key layout: while it is unchanged, every key stays at
    /// the entry index it had (values may change).
    pub fn keys_version(&self) -> u64 {
        let v = self.keys_version.get();
        if v != 0 {
            return v;
        }
        let v = NEXT_KEYS_VERSION.fetch_add(1, Ordering::Relaxed);
        self.keys_version.set(v);
        v
    }

    /// The layout number if one was handed out since the last layout change, else 0.
    #[inline]
    pub fn current_keys_version(&self) -> u64 {
        self.keys_version.get()
    }

    #[inline]
    fn layout_changed(&self) {
        self.keys_version.set(0);
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The slots of the table CPython would have for this dict (0 for one never filled).
    pub fn table_size(&self) -> usize {
        self.table_size
    }

    /// Whether CPython's table for this dict has general entries (see `general_keys`).
    pub fn has_general_keys(&self) -> bool {
        self.general_keys
    }

    /// Index (into the entry list) of the key with `hash` for which `eq` holds.
    pub fn find(&self, hash: i64, mut eq: impl FnMut(&Value) -> bool) -> Option<usize> {
        let entries = &self.entries;
        self.indices
            .find(table_hash(hash), |&i| match &entries[i] {
                Some(e) => e.hash == hash && eq(&e.key),
                None => false,
            })
            .copied()
    }

    /// Indices of every live entry whose hash equals `hash` (for comparisons that may run
    /// script code: the caller compares them after releasing its borrow).
    pub fn candidates(&self, hash: i64) -> Vec<usize> {
        let mut out = Vec::new();
        let entries = &self.entries;
        // HashTable offers no multi-find; scan the probe sequence through `find` with a
        // collecting predicate that never matches.
        self.indices.find(table_hash(hash), |&i| {
            if let Some(e) = &entries[i] {
                if e.hash == hash {
                    out.push(i);
                }
            }
            false
        });
        out
    }

    pub fn entry_at(&self, idx: usize) -> Option<&Entry> {
        self.entries.get(idx).and_then(|e| e.as_ref())
    }

    /// Put `value` in entry `idx` (an occupied entry), returning the value it held, so the
    /// caller drops that after releasing its borrow of the dict.
    pub fn replace_value_at(&mut self, idx: usize, value: Value) -> Option<Value> {
        let old = match self.entries.get_mut(idx) {
            Some(Some(e)) => Some(std::mem::replace(&mut e.value, value)),
            _ => None,
        };
        self.changed();
        old
    }

    pub fn set_value_at(&mut self, idx: usize, value: Value) {
        if let Some(Some(e)) = self.entries.get_mut(idx) {
            e.value = value;
        }
        self.changed();
    }

    /// Append a key known to be absent.
    pub fn insert_new(&mut self, hash: i64, key: Value, value: Value) {
        let general = !matches!(key, Value::Str(_));
        // CPython's insertion_resize, to a table for three times the live keys: when the
        // entry list is full, and when a str-only table takes its first other key.
        if self.usable_left == 0 || (general && !self.general_keys && self.table_size > 0) {
            self.resize(self.len * 3);
        }
        self.usable_left -= 1;
        if general {
            self.general_keys = true;
        }
        let idx = self.entries.len();
        self.entries.push(Some(Entry { hash, key, value }));
        let entries = &self.entries;
        self.indices.insert_unique(table_hash(hash), idx, |&i| entries[i].as_ref().map_or(0, |e| table_hash(e.hash)));
        self.len += 1;
        self.layout_changed();
        self.changed();
    }

    /// Remove the entry at `idx`, returning it.
    pub fn remove_at(&mut self, idx: usize) -> Option<Entry> {
        let hash = self.entries.get(idx)?.as_ref()?.hash;
        if let Ok(slot) = self.indices.find_entry(table_hash(hash), |&i| i == idx) {
            slot.remove();
        }
        let e = self.entries[idx].take();
        self.len -= 1;
        self.layout_changed();
        self.changed();
        e
    }

    /// After `popitem` took the last live entry: the holes at the end go too, as CPython's
    /// popitem shortens `dk_nentries` (the room they took stays used).
    pub fn trim_trailing_holes(&mut self) {
        while matches!(self.entries.last(), Some(None)) {
            self.entries.pop();
        }
    }

    /// CPython's presizing for `n` keys (`estimate_log2_keysize`): an empty dict about to
    /// take the keys of a set or dict (`dict.fromkeys`); `general` when they are not all str.
    pub fn presize(&mut self, n: usize, general: bool) {
        self.resize((n * 3 + 1) / 2);
        self.general_keys |= general;
    }

    /// CPython's dict_merge sizing before the keys of dict `other` are copied in: an empty
    /// dict takes a clean small source's table as it is, otherwise the table grows once to
    /// hold both when it is too small for the source alone.
    pub fn prepare_merge(&mut self, other: &PyDict) {
        let used = other.len;
        if used == 0 {
            return;
        }
        if self.len == 0 && used == other.entries.len() && (other.table_size == 8 || (other.table_size / 2) * 2 / 3 < used) {
            self.entries.clear();
            self.indices.clear();
            self.layout_changed();
            self.table_size = other.table_size;
            self.usable_left = other.table_size * 2 / 3;
            self.general_keys = other.general_keys;
            return;
        }
        if self.table_size * 2 / 3 < used {
            self.presize(self.len + used, other.general_keys);
        } else {
            self.general_keys |= other.general_keys && self.table_size == 0;
        }
    }

    /// CPython's dictresize for at least `minsize` slots (a power of two, 8 at least): the
    /// live entries are packed at the front of the list, with room for two thirds of the
    /// slots.
    fn resize(&mut self, minsize: usize) {
        // calculate_log2_keysize's bit trick: ((minsize | 8) - 1) rounded up to a power of
        // two, so a table for 3 or 6 keys has 16 slots, one for 0 or 8 has 8.
        let m = ((minsize | 8) - 1) | 7;
        let size = 1usize << (usize::BITS - m.leading_zeros()).min(usize::BITS - 2);
        self.table_size = size;
        let usable = size * 2 / 3;
        if self.entries.len() != self.len {
            let old = std::mem::take(&mut self.entries);
            self.indices.clear();
            self.entries.reserve(usable);
            for e in old.into_iter().flatten() {
                let idx = self.entries.len();
                self.entries.push(Some(e));
                let entries = &self.entries;
                let h = entries[idx].as_ref().map_or(0, |e| table_hash(e.hash));
                self.indices.insert_unique(h, idx, |&i| entries[i].as_ref().map_or(0, |e| table_hash(e.hash)));
            }
            self.layout_changed();
        }
        self.usable_left = usable.saturating_sub(self.entries.len()).max(1);
    }

    pub fn clear(&mut self) {
        self.entries.clear();
        self.indices.clear();
        self.usable_left = 0;
        self.table_size = 0;
        self.general_keys = false;
        self.len = 0;
        self.layout_changed();
        self.changed();
    }

    /// Live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().flatten()
    }

    /// Live entry at or after position `pos` of the entry list, with the next position
    /// (dict iterators keep a position so they survive compaction-free mutation checks).
    pub fn next_from(&self, mut pos: usize) -> Option<(usize, &Entry)> {
        while pos < self.entries.len() {
            if let Some(e) = &self.entries[pos] {
                return Some((pos + 1, e));
            }
            pos += 1;
        }
        None
    }

    pub fn keys(&self) -> Vec<Value> {
        self.iter().map(|e| e.key.clone()).collect()
    }

    pub fn values(&self) -> Vec<Value> {
        self.iter().map(|e| e.value.clone()).collect()
    }

    pub fn items(&self) -> Vec<(Value, Value)> {
        self.iter().map(|e| (e.key.clone(), e.value.clone())).collect()
    }

    /// Last live entry (for `popitem`).
    pub fn last_index(&self) -> Option<usize> {
        self.entries.iter().rposition(|e| e.is_some())
    }

    // ---- str-keyed fast paths (attribute dicts, globals) ----

    pub fn get_str(&self, name: &str) -> Option<Value> {
        self.get_str_hashed(name, str_hash(name))
    }

    /// `get_str` for a key that is a `Value::Str` (its cached hash is used).
    pub fn get_str_value(&self, key: &Value) -> Option<Value> {
        match key {
            Value::Str(s) => self.get_str_hashed(s.as_str(), s.hash()),
            _ => None,
        }
    }

    /// Entry index of a key that is a `Value::Str` (its cached hash is used).
    pub fn find_str_value(&self, key: &Value) -> Option<usize> {
        let Value::Str(name) = key else { return None };
        if self.len == 0 {
            return None;
        }
        self.find(name.hash(), |k| matches!(k, Value::Str(s) if Rc::ptr_eq(s, name) || s.as_str() == name.as_str()))
    }

    /// `get_str` with the name's hash (`str_hash(name)`) already computed.
    pub fn get_str_hashed(&self, name: &str, h: i64) -> Option<Value> {
        if self.len == 0 {
            return None;
        }
        self.find(h, |k| matches!(k, Value::Str(s) if s.as_str() == name))
            .and_then(|i| self.entry_at(i).map(|e| e.value.clone()))
    }

    pub fn set_str(&mut self, name: &str, value: Value) {
        self.set_str_key(Value::str(name), value);
    }

    /// Set a key that is a `Value::Str`.
    pub fn set_str_key(&mut self, key: Value, value: Value) {
        let (h, found) = {
            let name = key.as_str().unwrap_or("");
            // A str key carries its hash once computed (names from code objects are shared
            // str objects, so a module or class body storing them hashes each name once).
            let h = match &key {
                Value::Str(s) => s.hash(),
                _ => str_hash(name),
            };
            (h, self.find(h, |k| matches!(k, Value::Str(s) if s.as_str() == name)))
        };
        match found {
            Some(i) => self.set_value_at(i, value),
            None => self.insert_new(h, key, value),
        }
    }

    /// Entry indices of several str keys (hashes precomputed) in one go: small dicts (an
    /// instance's attributes) are scanned once comparing hashes instead of probed per key.
    pub fn find_str_fields<const N: usize>(&self, fields: [(&str, i64); N]) -> [Option<usize>; N] {
        let mut out = [None; N];
        if self.entries.len() > 16 {
            for (k, (name, h)) in fields.iter().enumerate() {
                out[k] = self.find(*h, |key| matches!(key, Value::Str(s) if s.as_str() == *name));
            }
            return out;
        }
        for (i, e) in self.entries.iter().enumerate() {
            let Some(e) = e else { continue };
            for (k, (name, h)) in fields.iter().enumerate() {
                if e.hash == *h && out[k].is_none() && matches!(&e.key, Value::Str(s) if s.as_str() == *name) {
                    out[k] = Some(i);
                }
            }
        }
        out
    }

    /// The value of the live entry at `idx` (an index from `find_str_fields`).
    pub fn value_at(&self, idx: usize) -> Option<Value> {
        self.entry_at(idx).map(|e| e.value.clone())
    }

    /// `set_str` with the name's hash already computed; allocates a key only when inserting.
    pub fn set_str_hashed(&mut self, name: &str, h: i64, value: Value) {
        match self.find(h, |k| matches!(k, Value::Str(s) if s.as_str() == name)) {
            Some(i) => self.set_value_at(i, value),
            None => self.insert_new(h, Value::str(name), value),
        }
    }

    pub fn del_str(&mut self, name: &str) -> Option<Value> {
        let h = str_hash(name);
        let i = self.find(h, |k| matches!(k, Value::Str(s) if s.as_str() == name))?;
        self.remove_at(i).map(|e| e.value)
    }

    pub fn contains_str(&self, name: &str) -> bool {
        let h = str_hash(name);
        self.find(h, |k| matches!(k, Value::Str(s) if s.as_str() == name)).is_some()
    }
}
