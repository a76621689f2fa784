//! An open-addressing hash table that reproduces CPython 3.11's `set` layout (setobject.c):
//! 8 initial slots, 9 linear probes, `perturb >>= 5` probing, dummies on delete, the
//! fill/used resize rule, the `pop` finger and the table-building order of the set
//! operations, so iteration order (and printed sets) match CPython exactly.
//! Keys are generic; the caller supplies hashes and a fallible equality callback
//! `eq(stored, probe)`. The callback must not touch this table (the VM should snapshot or
//! guard against mutation from user `__eq__`).
//!
//! How CPython builds sets, so the VM can drive this table the same way:
//! - `set(iterable)`, `{x for ...}`, `s.update(list)`: `insert` each item in order.
//! - `set(other_set)`, `s.copy()`, `s |= t`: `merge` (one presize, then a table copy or
//!   clean re-insertion); `set(dict)` / `s.update(dict)`: `presize_for(len)` then `insert`.
//! - `{a, b}` (fewer than 3 items, or any non-constant item): `insert` in source order.
//! - `{1, 2, 3}` (3+ constants): CPython 3.11 emits `BUILD_SET 0; LOAD_CONST frozenset;
//!   SET_UPDATE`, and the compiler's constant merging rebuilds that frozenset once from its
//!   own iteration order. So: `f1` = insert items in order, `f2` = insert `f1`'s keys in
//!   iteration order, result = `SetTable::new()` then `merge(&f2)`.
//! - `s & t`, `s - t`, `s ^ t`, `s -= t`, `s ^= t`: the associated functions below; for
//!   non-set operands CPython first builds a set from the iterable.

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

#[derive(Debug, Clone)]
enum Slot<K> {
    Empty,
    Dummy,
    Active { hash: i64, key: K },
}

/// A CPython-ordered hash set table.
#[derive(Debug, Clone)]
pub struct SetTable<K> {
    slots: Vec<Slot<K>>,
    fill: usize,
    used: usize,
    finger: usize,
}

impl<K> Default for SetTable<K> {
    fn default() -> Self {
        Self::new()
    }
}

/// Where a lookup ended.
enum Probe {
    Found(usize),
    /// Not present; the slot where an insertion goes and whether it is a reused dummy.
    Missing {
        slot: usize,
        dummy: bool,
    },
}

impl<K> SetTable<K> {
    /// An empty set (8 slots).
    pub fn new() -> Self {
        Self::with_slots(MIN_SIZE)
    }

    fn with_slots(n: usize) -> Self {
        let mut slots = Vec::with_capacity(n);
        slots.resize_with(n, || Slot::Empty);
        SetTable {
            slots,
            fill: 0,
            used: 0,
            finger: 0,
        }
    }

    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    pub fn len(&self) -> usize {
        self.used
    }

    /// The table's slot count (CPython's `mask + 1`), for `set.__sizeof__`.
    pub fn slot_count(&self) -> usize {
        self.slots.len().max(MIN_SIZE)
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Keys with their hashes, in table (iteration) order.
    pub fn iter(&self) -> impl Iterator<Item = (&K, i64)> + '_ {
        self.slots.iter().filter_map(|s| match s {
            Slot::Active { hash, key } => Some((key, *hash)),
            _ => None,
        })
    }

    /// The entry at table position `pos` or after it, and the position after it: CPython's
    /// `set_next`, for iterators that must survive between calls (None when exhausted).
    pub fn next_from(&self, pos: usize) -> Option<(usize, &K, i64)> {
        self.slots
            .iter()
            .enumerate()
            .skip(pos)
            .find_map(|(i, s)| match s {
                Slot::Active { hash, key } => Some((i + 1, key, *hash)),
                _ => None,
            })
    }

    /// `set.clear()`.
    pub fn clear(&mut self) {
        let finger = self.finger;
        *self = Self::new();
        self.finger = finger;
    }

    /// CPython's set_lookkey combined with set_add_entry's free-slot tracking.
    fn probe<E>(
        &self,
        key: &K,
        hash: i64,
        eq: &mut dyn FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<Probe, E> {
        let mask = self.mask();
        let mut perturb = hash as u64 as usize;
        let mut i = (hash as u64 as usize) & mask;
        let mut freeslot: Option<usize> = None;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                match &self.slots[j] {
                    Slot::Empty => {
                        return Ok(match freeslot {
                            Some(f) => Probe::Missing {
                                slot: f,
                                dummy: true,
                            },
                            None => Probe::Missing {
                                slot: j,
                                dummy: false,
                            },
                        })
                    }
                    Slot::Active { hash: h, key: k } if *h == hash => {
                        if eq(k, key)? {
                            return Ok(Probe::Found(j));
                        }
                    }
                    Slot::Active { .. } => {}
                    Slot::Dummy => {
                        freeslot.get_or_insert(j);
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb)) & mask;
        }
    }

    /// `key in set`.
    pub fn contains<E>(
        &self,
        key: &K,
        hash: i64,
        eq: &mut dyn FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<bool, E> {
        Ok(matches!(self.probe(key, hash, eq)?, Probe::Found(_)))
    }

    /// The stored key equal to `key`, if any.
    pub fn get<E>(
        &self,
        key: &K,
        hash: i64,
        eq: &mut dyn FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<Option<&K>, E> {
        Ok(match self.probe(key, hash, eq)? {
            Probe::Found(i) => match &self.slots[i] {
                Slot::Active { key, .. } => Some(key),
                _ => None,
            },
            Probe::Missing { .. } => None,
        })
    }

    /// `set.add(key)` (CPython's set_add_entry); true when the key was new.
    pub fn insert<E>(
        &mut self,
        key: K,
        hash: i64,
        eq: &mut dyn FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<bool, E> {
        let (slot, dummy) = match self.probe(&key, hash, eq)? {
            Probe::Found(_) => return Ok(false),
            Probe::Missing { slot, dummy } => (slot, dummy),
        };
        self.slots[slot] = Slot::Active { hash, key };
        self.used += 1;
        if dummy {
            return Ok(true);
        }
        self.fill += 1;
        if self.fill * 5 >= self.mask() * 3 {
            self.resize(self.growth_target());
        }
        Ok(true)
    }

    fn growth_target(&self) -> usize {
        if self.used > 50000 {
            self.used * 2
        } else {
            self.used * 4
        }
    }

    /// `set.discard(key)` (CPython's set_discard_entry); true when it was present.
    pub fn remove<E>(
        &mut self,
        key: &K,
        hash: i64,
        eq: &mut dyn FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<Option<K>, E> {
        match self.probe(key, hash, eq)? {
            Probe::Found(i) => Ok(self.take_slot(i)),
            Probe::Missing { .. } => Ok(None),
        }
    }

    fn take_slot(&mut self, i: usize) -> Option<K> {
        match std::mem::replace(&mut self.slots[i], Slot::Dummy) {
            Slot::Active { key, .. } => {
                self.used -= 1;
                Some(key)
            }
            other => {
                self.slots[i] = other;
                None
            }
        }
    }

    /// `set.pop()`: scans from the finger; None when empty (KeyError 'pop from an empty set').
    pub fn pop(&mut self) -> Option<(K, i64)> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut i = self.finger & mask;
        while !matches!(self.slots[i], Slot::Active { .. }) {
            i = if i == mask { 0 } else { i + 1 };
        }
        self.finger = i + 1;
        let hash = match &self.slots[i] {
            Slot::Active { hash, .. } => *hash,
            _ => 0,
        };
        self.take_slot(i).map(|k| (k, hash))
    }

    /// CPython's set_table_resize: the smallest power of two above `minused`, re-inserted in
    /// old table order without dummies.
    fn resize(&mut self, minused: usize) {
        let mut newsize = MIN_SIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        if newsize == MIN_SIZE && self.slots.len() == MIN_SIZE && self.fill == self.used {
            return;
        }
        let old = std::mem::take(&mut self.slots);
        self.slots.resize_with(newsize, || Slot::Empty);
        self.fill = self.used;
        for slot in old {
            if let Slot::Active { hash, key } = slot {
                self.insert_clean(key, hash);
            }
        }
    }

    /// CPython's set_insert_clean: place a key known to be absent into a dummy-free table.
    fn insert_clean(&mut self, key: K, hash: i64) {
        let mask = self.mask();
        let mut perturb = hash as u64 as usize;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            if let Some(j) = (i..=i + probes).find(|j| matches!(self.slots[*j], Slot::Empty)) {
                self.slots[j] = Slot::Active { hash, key };
                return;
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb)) & mask;
        }
    }

    /// The one big resize CPython does before adding `n` probably-new keys from a set or a
    /// dict (set_merge, set_update_internal with a dict).
    pub fn presize_for(&mut self, n: usize) {
        if (self.fill + n) * 5 >= self.mask() * 3 {
            self.resize((self.used + n) * 2);
        }
    }

    /// After bulk discards: resize away dummies when more than a quarter of the table
    /// (CPython's set_difference_update_internal epilogue).
    pub fn purge_dummies_if_many(&mut self) {
        if self.fill - self.used > self.mask() / 4 {
            self.resize(self.growth_target());
        }
    }
}

impl<K: Clone> SetTable<K> {
    /// `self |= other` for a set `other` (CPython's set_merge).
    pub fn merge<E>(
        &mut self,
        other: &SetTable<K>,
        eq: &mut dyn FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<(), E> {
        if std::ptr::eq(self, other) || other.used == 0 {
            return Ok(());
        }
        self.presize_for(other.used);
        if self.fill == 0 && self.slots.len() == other.slots.len() && other.fill == other.used {
            self.slots.clone_from(&other.slots);
            self.fill = other.fill;
            self.used = other.used;
            return Ok(());
        }
        if self.fill == 0 {
            self.fill = other.used;
            self.used = other.used;
            for (key, hash) in other.iter() {
                self.insert_clean(key.clone(), hash);
            }
            return Ok(());
        }
        for (key, hash) in other.iter() {
            self.insert(key.clone(), hash, eq)?;
        }
        Ok(())
    }

    /// `set(other)` / `other.copy()` for a set `other`.
    pub fn copy(&self) -> SetTable<K> {
        let mut t = SetTable::new();
        let _ = t.merge::<()>(self, &mut |_, _| Ok(false));
        t
    }

    /// `a | b`.
    pub fn union<E>(
        a: &Self,
        b: &Self,
        eq: &mut dyn FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<Self, E> {
        let mut t = a.copy();
        if !std::ptr::eq(a, b) {
            t.merge(b, eq)?;
        }
        Ok(t)
    }

    /// `a & b` (CPython iterates the smaller set and keeps its keys).
    pub fn intersection<E>(
        a: &Self,
        b: &Self,
        eq: &mut dyn FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<Self, E> {
        if std::ptr::eq(a, b) {
            return Ok(a.copy());
        }
        let (big, small) = if b.len() > a.len() { (b, a) } else { (a, b) };
        let mut t = SetTable::new();
        for (key, hash) in small.iter() {
            if big.contains(key, hash, eq)? {
                t.insert(key.clone(), hash, eq)?;
            }
        }
        Ok(t)
    }

    /// `a - b` for sets.
    pub fn difference<E>(
        a: &Self,
        b: &Self,
        eq: &mut dyn FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<Self, E> {
        if (a.len() >> 2) > b.len() {
            let mut t = a.copy();
            t.difference_update(b, eq)?;
            return Ok(t);
        }
        let mut t = SetTable::new();
        for (key, hash) in a.iter() {
            if !b.contains(key, hash, eq)? {
                t.insert(key.clone(), hash, eq)?;
            }
        }
        Ok(t)
    }

    /// `self -= other` for a set `other` (CPython's set_difference_update_internal).
    pub fn difference_update<E>(
        &mut self,
        other: &Self,
        eq: &mut dyn FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<(), E> {
        if std::ptr::eq(self, other) {
            self.clear();
            return Ok(());
        }
        let narrowed;
        let other = if (other.len() >> 3) > self.len() {
            narrowed = Self::intersection(self, other, eq)?;
            &narrowed
        } else {
            other
        };
        for (key, hash) in other.iter() {
            self.remove(key, hash, eq)?;
        }
        self.purge_dummies_if_many();
        Ok(())
    }

    /// `self ^= other` for a set `other` (no dummy purge, as CPython).
    pub fn symmetric_difference_update<E>(
        &mut self,
        other: &Self,
        eq: &mut dyn FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<(), E> {
        if std::ptr::eq(self, other) {
            self.clear();
            return Ok(());
        }
        for (key, hash) in other.iter() {
            if self.remove(key, hash, eq)?.is_none() {
                self.insert(key.clone(), hash, eq)?;
            }
        }
        Ok(())
    }

    /// `a ^ b`: a copy of `b`, then `^=` `a`.
    pub fn symmetric_difference<E>(
        a: &Self,
        b: &Self,
        eq: &mut dyn FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<Self, E> {
        let mut t = b.copy();
        t.symmetric_difference_update(a, eq)?;
        Ok(t)
    }
}

#[cfg(test)]
#[path = "set_table_tests.rs"]
mod tests;
