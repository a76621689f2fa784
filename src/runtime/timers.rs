//! The timer heap: handles ordered by deadline, then by scheduling order.

use std::cmp::Ordering;
use std::collections::BinaryHeap;

use super::handle::Handle;

struct Entry {
    when: f64,
    seq: u64,
    handle: crate::object::NativeRc<Handle>,
}

impl PartialEq for Entry {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}
impl Eq for Entry {}
impl PartialOrd for Entry {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Entry {
    /// Reversed so the BinaryHeap (a max-heap) pops the earliest deadline first.
    fn cmp(&self, other: &Self) -> Ordering {
        other.when.total_cmp(&self.when).then(other.seq.cmp(&self.seq))
    }
}

#[derive(Default)]
pub struct TimerHeap {
    heap: BinaryHeap<Entry>,
    seq: u64,
}

impl TimerHeap {
    pub fn new() -> TimerHeap {
        TimerHeap::default()
    }

    pub fn push(&mut self, when: f64, handle: crate::object::NativeRc<Handle>) {
        self.seq += 1;
        self.heap.push(Entry { when, seq: self.seq, handle });
    }

    /// Earliest deadline among live timers (cancelled heads are discarded).
    pub fn next_deadline(&mut self) -> Option<f64> {
        while let Some(top) = self.heap.peek() {
            if top.handle.cancelled.get() {
                self.heap.pop();
                continue;
            }
            return Some(top.when);
        }
        None
    }

    /// Pop the earliest timer if it is due before `end`.
    pub fn pop_due(&mut self, end: f64) -> Option<crate::object::NativeRc<Handle>> {
        if self.heap.peek().map_or(false, |t| t.when < end) {
            return self.heap.pop().map(|e| e.handle);
        }
        None
    }

    pub fn clear(&mut self) {
        self.heap.clear();
    }

    pub fn len(&self) -> usize {
        self.heap.len()
    }

    pub fn is_empty(&self) -> bool {
        self.heap.is_empty()
    }
}
