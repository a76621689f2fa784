//! The timer heap: CPython's `loop._scheduled`, a binary heap kept with exactly the moves of
//! Python's `heapq` (compared by deadline alone), so timers with equal deadlines run in the
//! order CPython runs them (which is not their scheduling order), and cancelled timers are
//! dropped when CPython drops them (from the head each iteration, or all at once once more
//! than half of over 100 timers are cancelled).

use std::cell::Cell;
use std::rc::Rc;

use super::handle::Handle;
use crate::object::Value;

struct Entry {
    when: f64,
    handle: crate::object::NativeRc<Handle>,
}

/// CPython's `_MIN_SCHEDULED_TIMER_HANDLES` and `_MIN_CANCELLED_TIMER_HANDLES_FRACTION`.
const MIN_SCHEDULED_TIMER_HANDLES: usize = 100;
const MIN_CANCELLED_TIMER_HANDLES_FRACTION: f64 = 0.5;

#[derive(Default)]
pub struct TimerHeap {
    heap: Vec<Entry>,
    /// CPython's `_timer_cancelled_count`: scheduled timers cancelled since the last purge. The
    /// handles in the heap share it and count their own cancellation (`Handle::cancel`).
    cancelled: Rc<Cell<usize>>,
}

impl TimerHeap {
    pub fn new() -> TimerHeap {
        TimerHeap::default()
    }

    /// `heapq.heappush(self._scheduled, timer); timer._scheduled = True`.
    pub fn push(&mut self, when: f64, handle: crate::object::NativeRc<Handle>) {
        handle.set_scheduled(Some(self.cancelled.clone()));
        self.heap.push(Entry { when, handle });
        let last = self.heap.len() - 1;
        self.sift_down(0, last);
    }

    /// The start of CPython's `_run_once`: drop cancelled timers, all of them when they are
    /// too many, else those at the head.
    pub fn purge_cancelled(&mut self) {
        let n = self.heap.len();
        if n > MIN_SCHEDULED_TIMER_HANDLES && self.cancelled.get() as f64 / n as f64 > MIN_CANCELLED_TIMER_HANDLES_FRACTION {
            self.heap.retain(|e| {
                let live = !e.handle.cancelled.get();
                if !live {
                    e.handle.set_scheduled(None);
                }
                live
            });
            self.heapify();
            self.cancelled.set(0);
            return;
        }
        while self.heap.first().is_some_and(|e| e.handle.cancelled.get()) {
            self.cancelled.set(self.cancelled.get().saturating_sub(1));
            if let Some(h) = self.pop() {
                h.set_scheduled(None);
            }
        }
    }

    /// The earliest deadline (after `purge_cancelled`, the head is live unless every timer was
    /// cancelled at once).
    pub fn next_deadline(&mut self) -> Option<f64> {
        self.heap.first().map(|e| e.when)
    }

    /// Pop the earliest timer if it is due before `end` (a cancelled one too: CPython moves it
    /// to the ready queue, where it is skipped). CPython stops at `when >= end`, so a NaN
    /// deadline counts as due.
    pub fn pop_due(&mut self, end: f64) -> Option<crate::object::NativeRc<Handle>> {
        if self.heap.first().is_some_and(|e| !(e.when >= end)) {
            let h = self.pop()?;
            h.set_scheduled(None);
            return Some(h);
        }
        None
    }

    /// Some timer's callback or arguments is `target` (the loop holds it alive).
    pub fn references(&self, target: &Value) -> bool {
        self.heap.iter().any(|e| {
            let cb = e.handle.callback.borrow();
            cb.as_ref().is_some_and(|(f, args)| f.is(target) || args.iter().any(|a| a.is(target)))
        })
    }

    pub fn clear(&mut self) {
        for e in self.heap.drain(..) {
            e.handle.set_scheduled(None);
        }
    }

    pub fn len(&self) -> usize {
        self.heap.len()
    }

    pub fn is_empty(&self) -> bool {
        self.heap.is_empty()
    }

    /// `heapq.heappop`.
    fn pop(&mut self) -> Option<crate::object::NativeRc<Handle>> {
        let last = self.heap.pop()?;
        if self.heap.is_empty() {
            return Some(last.handle);
        }
        let top = std::mem::replace(&mut self.heap[0], last);
        self.sift_up(0);
        Some(top.handle)
    }

    /// `heapq.heapify`.
    fn heapify(&mut self) {
        for i in (0..self.heap.len() / 2).rev() {
            self.sift_up(i);
        }
    }

    /// `heapq._siftdown`: move the item at `pos` up towards `start` while it is smaller than
    /// its parent.
    fn sift_down(&mut self, start: usize, mut pos: usize) {
        while pos > start {
            let parent = (pos - 1) >> 1;
            if self.heap[pos].when < self.heap[parent].when {
                self.heap.swap(pos, parent);
                pos = parent;
                continue;
            }
            break;
        }
    }

    /// `heapq._siftup`: move the smaller child up until a leaf is reached, then sift the item
    /// down from there (ties go to the right child, as in heapq).
    fn sift_up(&mut self, mut pos: usize) {
        let end = self.heap.len();
        let start = pos;
        let mut child = 2 * pos + 1;
        while child < end {
            let right = child + 1;
            if right < end && !(self.heap[child].when < self.heap[right].when) {
                child = right;
            }
            self.heap.swap(pos, child);
            pos = child;
            child = 2 * pos + 1;
        }
        self.sift_down(start, pos);
    }
}
