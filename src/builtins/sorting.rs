//! Sorting for `sorted()` and `list.sort()`: the adaptive, stable merge sort CPython 3.11
//! uses (natural runs, binary insertion up to a minimum run length, powersort merge order,
//! galloping merges), so a script's `__lt__` sees the same comparisons, in the same order, as
//! under CPython; an already sorted list costs n-1 of them.
//!
//! The sort permutes indices into the key array rather than the values: comparisons can raise,
//! and when one does the items are left in the order the indices had reached, the partially
//! sorted permutation CPython leaves behind. Keys of one simple type (all small ints, all floats
//! or all strs) are compared natively; anything else goes through the VM's `<`.

use std::cmp::Ordering;

use crate::bytecode::opcode::CompareOp;
use crate::object::{PyErr, PyResult, Value};
use crate::vm::Vm;

/// The galloping threshold CPython starts each sort with.
const MIN_GALLOP: usize = 7;

/// Stable sort of `items` by `key`, using `<` like CPython's list.sort. On an error the items
/// come back in the partially sorted order reached, with the error.
pub fn sort_values(vm: &mut Vm, items: Vec<Value>, key: Option<&Value>, reverse: bool) -> PyResult<Vec<Value>> {
    match sort_values_keeping_order(vm, items, key, reverse) {
        Ok(v) => Ok(v),
        Err((_, e)) => Err(e),
    }
}

/// As `sort_values`, but an error also hands back the items in the order they were left in
/// (`list.sort` puts them back into the list, as CPython does).
pub fn sort_values_keeping_order(
    vm: &mut Vm,
    mut items: Vec<Value>,
    key: Option<&Value>,
    reverse: bool,
) -> Result<Vec<Value>, (Vec<Value>, PyErr)> {
    let n = items.len();
    let keys = match key {
        Some(f) if !f.is_none() => {
            let mut ks = Vec::with_capacity(n);
            for v in &items {
                match vm.call(f, vec![v.clone()]) {
                    Ok(k) => ks.push(k),
                    Err(e) => return Err((items, e)),
                }
            }
            Some(ks)
        }
        _ => None,
    };
    if n < 2 {
        return Ok(items);
    }
    // CPython reverses first and again at the end, so equal items keep their order.
    if reverse {
        items.reverse();
    }
    let mut keys = keys;
    if reverse {
        if let Some(ks) = &mut keys {
            ks.reverse();
        }
    }
    let result = {
        let key_slice: &[Value] = keys.as_deref().unwrap_or(&items);
        let mut sorter = Sorter::new(vm, key_slice);
        let r = sorter.sort();
        (sorter.order, r)
    };
    let (order, outcome) = result;
    // `order` is a permutation: each item is taken exactly once.
    let mut out: Vec<Value> = if order.iter().enumerate().all(|(at, &i)| at == i) {
        items
    } else {
        order.iter().map(|&i| std::mem::replace(&mut items[i], Value::None)).collect()
    };
    if reverse {
        out.reverse();
    }
    match outcome {
        Ok(()) => Ok(out),
        Err(e) => Err((out, e)),
    }
}

/// Where `merge_low` is: the next slot to fill, A's next item in the scratch copy and how many
/// are left, B's next item in `order` and how many are left.
struct LowState {
    dest: usize,
    pa: usize,
    na: usize,
    pb: usize,
    nb: usize,
}

/// Where `merge_high` is (positions one past the item meant; see `merge_high`); `a` is where
/// run A starts, which stays put while it is consumed from the right.
struct HighState {
    a: usize,
    dest: usize,
    pa: usize,
    na: usize,
    pb: usize,
    nb: usize,
}

/// How keys of one type compare without the VM.
#[derive(Clone, Copy)]
enum KeyKind {
    Int,
    Float,
    Str,
    Generic,
}

fn key_kind(keys: &[Value]) -> KeyKind {
    let kind = match keys.first() {
        Some(Value::Int(_)) => KeyKind::Int,
        Some(Value::Float(_)) => KeyKind::Float,
        Some(Value::Str(_)) => KeyKind::Str,
        _ => return KeyKind::Generic,
    };
    let same = keys.iter().all(|k| {
        matches!(
            (kind, k),
            (KeyKind::Int, Value::Int(_)) | (KeyKind::Float, Value::Float(_)) | (KeyKind::Str, Value::Str(_))
        )
    });
    if same {
        kind
    } else {
        KeyKind::Generic
    }
}

/// A run waiting on the merge stack: where it starts in `order`, its length, and its powersort
/// "power" (the tree depth of its boundary with the run after it).
#[derive(Clone, Copy)]
struct Run {
    start: usize,
    len: usize,
    power: u32,
}

/// Which array a gallop searches: the permutation, or the merge's scratch copy of one run.
#[derive(Clone, Copy)]
enum Area {
    Order,
    Scratch,
}

/// How a merge's main loop ended: with both runs merged as far as they go (what is left of the
/// copied run goes back in place), or with one item left in the copied run, which goes after
/// (or before) everything left of the other.
enum MergeEnd {
    Done,
    LastOfCopy,
}

struct Sorter<'a> {
    vm: &'a mut Vm,
    keys: &'a [Value],
    kind: KeyKind,
    /// The permutation being sorted: indices into `keys`.
    order: Vec<usize>,
    /// Scratch space for the shorter run of a merge.
    scratch: Vec<usize>,
    pending: Vec<Run>,
    min_gallop: usize,
}

impl<'a> Sorter<'a> {
    fn new(vm: &'a mut Vm, keys: &'a [Value]) -> Sorter<'a> {
        Sorter {
            vm,
            kind: key_kind(keys),
            keys,
            order: (0..keys.len()).collect(),
            scratch: Vec::new(),
            pending: Vec::new(),
            min_gallop: MIN_GALLOP,
        }
    }

    #[inline]
    fn item(&self, area: Area, i: usize) -> usize {
        match area {
            Area::Order => self.order[i],
            Area::Scratch => self.scratch[i],
        }
    }

    /// `keys[a] < keys[b]`.
    #[inline]
    fn lt(&mut self, a: usize, b: usize) -> PyResult<bool> {
        let (x, y) = (&self.keys[a], &self.keys[b]);
        match (self.kind, x, y) {
            (KeyKind::Int, Value::Int(x), Value::Int(y)) => Ok(x < y),
            (KeyKind::Float, Value::Float(x), Value::Float(y)) => Ok(x.get() < y.get()),
            (KeyKind::Str, Value::Str(x), Value::Str(y)) => {
                // UTF-8 byte order is code point order, which is how str compares.
                Ok(x.as_str().as_bytes().cmp(y.as_str().as_bytes()) == Ordering::Less)
            }
            _ => {
                let r = self.vm.compare(CompareOp::Lt, x, y)?;
                match r {
                    Value::Bool(b) => Ok(b.get()),
                    other => self.vm.is_true(&other),
                }
            }
        }
    }

    fn sort(&mut self) -> PyResult<()> {
        let n = self.order.len();
        let min_run = min_run_length(n);
        let mut lo = 0;
        while lo < n {
            let mut run = self.count_run(lo)?;
            if run < min_run {
                let forced = min_run.min(n - lo);
                self.binary_insertion_sort(lo, lo + forced, lo + run)?;
                run = forced;
            }
            self.push_run(lo, run, n)?;
            lo += run;
        }
        // What remains on the stack is merged right to left, the shorter neighbour first.
        while self.pending.len() > 1 {
            let mut at = self.pending.len() - 2;
            if at > 0 && self.pending[at - 1].len < self.pending[at + 1].len {
                at -= 1;
            }
            self.merge_at(at)?;
        }
        Ok(())
    }

    /// The length of the natural run starting at `lo`: ascending (non-decreasing), or strictly
    /// descending, which is reversed in place (strictness keeps the sort stable).
    fn count_run(&mut self, lo: usize) -> PyResult<usize> {
        let n = self.order.len();
        if lo + 1 == n {
            return Ok(1);
        }
        let descending = self.lt(self.order[lo + 1], self.order[lo])?;
        let mut end = lo + 2;
        while end < n {
            let next_lt = self.lt(self.order[end], self.order[end - 1])?;
            if next_lt != descending {
                break;
            }
            end += 1;
        }
        if descending {
            self.order[lo..end].reverse();
        }
        Ok(end - lo)
    }

    /// Sort `order[lo..hi]` whose prefix `order[lo..sorted]` is already sorted, inserting each
    /// further item after a binary search (after the last equal item, for stability).
    fn binary_insertion_sort(&mut self, lo: usize, hi: usize, sorted: usize) -> PyResult<()> {
        for i in sorted.max(lo + 1)..hi {
            let pivot = self.order[i];
            let (mut left, mut right) = (lo, i);
            while left < right {
                let mid = left + (right - left) / 2;
                if self.lt(pivot, self.order[mid])? {
                    right = mid;
                } else {
                    left = mid + 1;
                }
            }
            self.order.copy_within(left..i, left + 1);
            self.order[left] = pivot;
        }
        Ok(())
    }

    /// Put the run `order[start..start+len]` on the stack, first merging the runs whose
    /// boundaries sit deeper in the powersort tree than the new boundary.
    fn push_run(&mut self, start: usize, len: usize, n: usize) -> PyResult<()> {
        if let Some(prev) = self.pending.last().copied() {
            let power = boundary_power(prev.start, prev.len, len, n);
            while self.pending.len() > 1 && self.pending[self.pending.len() - 2].power > power {
                let at = self.pending.len() - 2;
                self.merge_at(at)?;
            }
            if let Some(top) = self.pending.last_mut() {
                top.power = power;
            }
        }
        self.pending.push(Run { start, len, power: 0 });
        Ok(())
    }

    /// Merge the stack's runs `at` and `at + 1` into one.
    fn merge_at(&mut self, at: usize) -> PyResult<()> {
        let a = self.pending[at];
        let b = self.pending[at + 1];
        self.pending[at].len = a.len + b.len;
        self.pending[at].power = b.power;
        self.pending.remove(at + 1);
        // Items of A not above B's first item, and items of B not below A's last, are already
        // in place.
        let first_b = self.order[b.start];
        let skip = self.gallop_right(Area::Order, first_b, a.start, a.len, 0)?;
        let (a_start, a_len) = (a.start + skip, a.len - skip);
        if a_len == 0 {
            return Ok(());
        }
        let last_a = self.order[a_start + a_len - 1];
        let b_len = self.gallop_left(Area::Order, last_a, b.start, b.len, b.len - 1)?;
        if b_len == 0 {
            return Ok(());
        }
        if a_len <= b_len {
            self.merge_low(a_start, a_len, b.start, b_len)
        } else {
            self.merge_high(a_start, a_len, b.start, b_len)
        }
    }

    /// Merge run A (`order[a..a+na]`) with the run B right after it, A being the shorter: A is
    /// copied out and the merge fills `order` from the left. In each round items are taken one
    /// at a time until one run wins `min_gallop` times running; then both runs are galloped
    /// through while that pays (CPython's adaptive threshold, kept across merges).
    fn merge_low(&mut self, a: usize, na: usize, b: usize, nb: usize) -> PyResult<()> {
        self.scratch.clear();
        self.scratch.extend_from_slice(&self.order[a..a + na]);
        let mut st = LowState { dest: a, pa: 0, na, pb: b, nb };
        let end = self.merge_low_steps(&mut st);
        match end {
            Ok(MergeEnd::LastOfCopy) => {
                // B's rest, then A's last item (no B item is above it).
                self.order.copy_within(st.pb..st.pb + st.nb, st.dest);
                self.order[st.dest + st.nb] = self.scratch[st.pa];
                Ok(())
            }
            Ok(MergeEnd::Done) | Err(_) => {
                // What is left of A fills the gap before B's rest (also after an error, so the
                // permutation stays whole).
                self.order[st.dest..st.dest + st.na].copy_from_slice(&self.scratch[st.pa..st.pa + st.na]);
                end.map(|_| ())
            }
        }
    }

    fn merge_low_steps(&mut self, st: &mut LowState) -> PyResult<MergeEnd> {
        self.order[st.dest] = self.order[st.pb];
        st.dest += 1;
        st.pb += 1;
        st.nb -= 1;
        if st.nb == 0 {
            return Ok(MergeEnd::Done);
        }
        if st.na == 1 {
            return Ok(MergeEnd::LastOfCopy);
        }
        loop {
            let (mut a_wins, mut b_wins) = (0, 0);
            loop {
                if self.lt(self.order[st.pb], self.scratch[st.pa])? {
                    self.order[st.dest] = self.order[st.pb];
                    st.dest += 1;
                    st.pb += 1;
                    st.nb -= 1;
                    b_wins += 1;
                    a_wins = 0;
                    if st.nb == 0 {
                        return Ok(MergeEnd::Done);
                    }
                    if b_wins >= self.min_gallop {
                        break;
                    }
                } else {
                    self.order[st.dest] = self.scratch[st.pa];
                    st.dest += 1;
                    st.pa += 1;
                    st.na -= 1;
                    a_wins += 1;
                    b_wins = 0;
                    if st.na == 1 {
                        return Ok(MergeEnd::LastOfCopy);
                    }
                    if a_wins >= self.min_gallop {
                        break;
                    }
                }
            }
            self.min_gallop += 1;
            loop {
                if self.min_gallop > 1 {
                    self.min_gallop -= 1;
                }
                let k = self.gallop_right(Area::Scratch, self.order[st.pb], st.pa, st.na, 0)?;
                a_wins = k;
                if k > 0 {
                    self.order[st.dest..st.dest + k].copy_from_slice(&self.scratch[st.pa..st.pa + k]);
                    st.dest += k;
                    st.pa += k;
                    st.na -= k;
                    if st.na == 1 {
                        return Ok(MergeEnd::LastOfCopy);
                    }
                    // Only an inconsistent `<` empties A here.
                    if st.na == 0 {
                        return Ok(MergeEnd::Done);
                    }
                }
                self.order[st.dest] = self.order[st.pb];
                st.dest += 1;
                st.pb += 1;
                st.nb -= 1;
                if st.nb == 0 {
                    return Ok(MergeEnd::Done);
                }
                let k = self.gallop_left(Area::Order, self.scratch[st.pa], st.pb, st.nb, 0)?;
                b_wins = k;
                if k > 0 {
                    self.order.copy_within(st.pb..st.pb + k, st.dest);
                    st.dest += k;
                    st.pb += k;
                    st.nb -= k;
                    if st.nb == 0 {
                        return Ok(MergeEnd::Done);
                    }
                }
                self.order[st.dest] = self.scratch[st.pa];
                st.dest += 1;
                st.pa += 1;
                st.na -= 1;
                if st.na == 1 {
                    return Ok(MergeEnd::LastOfCopy);
                }
                if a_wins < MIN_GALLOP && b_wins < MIN_GALLOP {
                    break;
                }
            }
            // Leaving gallop mode costs: it takes longer to enter next time.
            self.min_gallop += 1;
        }
    }

    /// Merge run A (`order[a..a+na]`) with the shorter run B right after it: B is copied out
    /// and the merge fills `order` from the right (the mirror image of `merge_low`).
    fn merge_high(&mut self, a: usize, na: usize, b: usize, nb: usize) -> PyResult<()> {
        self.scratch.clear();
        self.scratch.extend_from_slice(&self.order[b..b + nb]);
        // Positions are one past the item meant (`dest` is one past the slot written next,
        // `pa` one past A's last item, `pb` one past B's last in the scratch copy), so they
        // never go below zero.
        let mut st = HighState { a, dest: b + nb, pa: a + na, na, pb: nb, nb };
        let end = self.merge_high_steps(&mut st);
        match end {
            Ok(MergeEnd::LastOfCopy) => {
                // A's rest, then B's first item before it (no A item is below it).
                let to = st.dest - st.na;
                self.order.copy_within(st.pa - st.na..st.pa, to);
                self.order[to - 1] = self.scratch[st.pb - 1];
                Ok(())
            }
            Ok(MergeEnd::Done) | Err(_) => {
                self.order[st.dest - st.nb..st.dest].copy_from_slice(&self.scratch[..st.nb]);
                end.map(|_| ())
            }
        }
    }

    fn merge_high_steps(&mut self, st: &mut HighState) -> PyResult<MergeEnd> {
        st.dest -= 1;
        st.pa -= 1;
        self.order[st.dest] = self.order[st.pa];
        st.na -= 1;
        if st.na == 0 {
            return Ok(MergeEnd::Done);
        }
        if st.nb == 1 {
            return Ok(MergeEnd::LastOfCopy);
        }
        loop {
            let (mut a_wins, mut b_wins) = (0, 0);
            loop {
                if self.lt(self.scratch[st.pb - 1], self.order[st.pa - 1])? {
                    st.dest -= 1;
                    st.pa -= 1;
                    self.order[st.dest] = self.order[st.pa];
                    st.na -= 1;
                    a_wins += 1;
                    b_wins = 0;
                    if st.na == 0 {
                        return Ok(MergeEnd::Done);
                    }
                    if a_wins >= self.min_gallop {
                        break;
                    }
                } else {
                    st.dest -= 1;
                    st.pb -= 1;
                    self.order[st.dest] = self.scratch[st.pb];
                    st.nb -= 1;
                    b_wins += 1;
                    a_wins = 0;
                    if st.nb == 1 {
                        return Ok(MergeEnd::LastOfCopy);
                    }
                    if b_wins >= self.min_gallop {
                        break;
                    }
                }
            }
            self.min_gallop += 1;
            loop {
                if self.min_gallop > 1 {
                    self.min_gallop -= 1;
                }
                let k = st.na - self.gallop_right(Area::Order, self.scratch[st.pb - 1], st.a, st.na, st.na - 1)?;
                a_wins = k;
                if k > 0 {
                    st.dest -= k;
                    st.pa -= k;
                    self.order.copy_within(st.pa..st.pa + k, st.dest);
                    st.na -= k;
                    if st.na == 0 {
                        return Ok(MergeEnd::Done);
                    }
                }
                st.dest -= 1;
                st.pb -= 1;
                self.order[st.dest] = self.scratch[st.pb];
                st.nb -= 1;
                if st.nb == 1 {
                    return Ok(MergeEnd::LastOfCopy);
                }
                // Only an inconsistent `<` empties B here.
                if st.nb == 0 {
                    return Ok(MergeEnd::Done);
                }
                let k = st.nb - self.gallop_left(Area::Scratch, self.order[st.pa - 1], 0, st.nb, st.nb - 1)?;
                b_wins = k;
                if k > 0 {
                    st.dest -= k;
                    st.pb -= k;
                    self.order[st.dest..st.dest + k].copy_from_slice(&self.scratch[st.pb..st.pb + k]);
                    st.nb -= k;
                    if st.nb == 1 {
                        return Ok(MergeEnd::LastOfCopy);
                    }
                    if st.nb == 0 {
                        return Ok(MergeEnd::Done);
                    }
                }
                st.dest -= 1;
                st.pa -= 1;
                self.order[st.dest] = self.order[st.pa];
                st.na -= 1;
                if st.na == 0 {
                    return Ok(MergeEnd::Done);
                }
                if a_wins < MIN_GALLOP && b_wins < MIN_GALLOP {
                    break;
                }
            }
            self.min_gallop += 1;
        }
    }

    /// The leftmost place for `key` among `order[base..base+len]`: every item before it is
    /// below `key`. The search starts at `hint` and widens exponentially before bisecting.
    fn gallop_left(&mut self, area: Area, key: usize, base: usize, len: usize, hint: usize) -> PyResult<usize> {
        let at = |s: &Self, i: usize| s.item(area, base + i);
        let (mut last, mut ofs);
        if self.lt(at(self, hint), key)? {
            // Search right: items at hint+last are below key, at hint+ofs not.
            let max = len - hint;
            last = 0;
            ofs = 1;
            while ofs < max {
                if self.lt(at(self, hint + ofs), key)? {
                    last = ofs;
                    ofs = (ofs << 1) + 1;
                } else {
                    break;
                }
            }
            ofs = ofs.min(max);
            last += hint;
            ofs += hint;
        } else {
            // Search left: items at hint-ofs are below key, at hint-last not.
            let max = hint + 1;
            last = 0;
            ofs = 1;
            while ofs < max {
                if self.lt(at(self, hint - ofs), key)? {
                    break;
                }
                last = ofs;
                ofs = (ofs << 1) + 1;
            }
            ofs = ofs.min(max);
            let (l, o) = (last, ofs);
            // `last` may be one before the range (-1): kept as a position plus one.
            last = hint + 1 - o;
            ofs = hint - l;
            return self.bisect_left(area, key, base, last, ofs);
        }
        self.bisect_left(area, key, base, last + 1, ofs)
    }

    /// Bisect `order[base+lo..base+hi]` for the first item not below `key`.
    fn bisect_left(&mut self, area: Area, key: usize, base: usize, mut lo: usize, mut hi: usize) -> PyResult<usize> {
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if self.lt(self.item(area, base + mid), key)? {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        Ok(hi)
    }

    /// The rightmost place for `key` among `order[base..base+len]`: every item before it is
    /// not above `key` (so equal items stay before it).
    fn gallop_right(&mut self, area: Area, key: usize, base: usize, len: usize, hint: usize) -> PyResult<usize> {
        let at = |s: &Self, i: usize| s.item(area, base + i);
        let (mut last, mut ofs);
        if self.lt(key, at(self, hint))? {
            // Search left: key is below the item at hint-last, not below the one at hint-ofs.
            let max = hint + 1;
            last = 0;
            ofs = 1;
            while ofs < max {
                if self.lt(key, at(self, hint - ofs))? {
                    last = ofs;
                    ofs = (ofs << 1) + 1;
                } else {
                    break;
                }
            }
            ofs = ofs.min(max);
            let (l, o) = (last, ofs);
            return self.bisect_right(area, key, base, hint + 1 - o, hint - l);
        }
        // Search right: key is not below the item at hint+last, below the one at hint+ofs.
        let max = len - hint;
        last = 0;
        ofs = 1;
        while ofs < max {
            if self.lt(key, at(self, hint + ofs))? {
                break;
            }
            last = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(max);
        self.bisect_right(area, key, base, hint + last + 1, hint + ofs)
    }

    /// Bisect `order[base+lo..base+hi]` for the first item above `key`.
    fn bisect_right(&mut self, area: Area, key: usize, base: usize, mut lo: usize, mut hi: usize) -> PyResult<usize> {
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if self.lt(key, self.item(area, base + mid))? {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        Ok(hi)
    }
}

/// The minimum run length for `n` items: `n` itself when small, otherwise a number between 32
/// and 64 that splits `n` into a power of two of runs, or a little under one.
fn min_run_length(mut n: usize) -> usize {
    let mut odd = 0;
    while n >= 64 {
        odd |= n & 1;
        n >>= 1;
    }
    n + odd
}

/// Powersort's power of the boundary between a run at `start` of `len1` items and the next run
/// of `len2` items, in a list of `n`: the first bit at which the binary fractions of the two
/// runs' midpoints (as fractions of `n`) differ.
fn boundary_power(start: usize, len1: usize, len2: usize, n: usize) -> u32 {
    // Twice each midpoint, so the halves stay integers; compared against n for each bit.
    let mut a = 2 * start + len1;
    let mut b = a + len1 + len2;
    let mut power = 0;
    loop {
        power += 1;
        if a >= n {
            a -= n;
            b -= n;
        } else if b >= n {
            return power;
        }
        a <<= 1;
        b <<= 1;
    }
}
