//! A frame's value stack: the operands instructions push and pop, sized by the compiler.
//!
//! Every code object records how deep its stack can get (`Code::max_stack`, computed by
//! `bytecode::stack_effect` along every path, exception handlers included), and a frame's stack
//! is made with exactly that room. So the dispatch loop's pops need no emptiness test: the
//! compiler proved an operand is there. A debug build asserts it on every pop, and the dispatch
//! loop asserts the depth bound before every instruction. Pushes keep a (never taken) growth
//! branch, so a wrong bound costs a reallocation, never memory safety.

use std::ops::{Index, IndexMut, RangeBounds};

use crate::object::Value;

#[derive(Default)]
pub struct ValueStack {
    items: Vec<Value>,
}

impl ValueStack {
    /// Room for exactly `n` operands (a code object's `max_stack`).
    pub fn with_capacity(n: usize) -> ValueStack {
        ValueStack { items: Vec::with_capacity(n) }
    }

    #[inline(always)]
    pub fn len(&self) -> usize {
        self.items.len()
    }

    #[inline(always)]
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Push an operand. The growth branch is only a safety net behind `Code::max_stack`, kept
    /// out of line so the push itself is a compare, a store and an increment.
    #[inline(always)]
    pub fn push(&mut self, v: Value) {
        let len = self.items.len();
        if len == self.items.capacity() {
            self.grow();
        }
        // SAFETY: the test above guarantees room at index `len`, written before the length
        // grows to include it.
        unsafe {
            self.items.as_mut_ptr().add(len).write(v);
            self.items.set_len(len + 1);
        }
    }

    #[cold]
    #[inline(never)]
    fn grow(&mut self) {
        self.items.reserve(1);
    }

    /// Pop the top operand, which the compiler guarantees is there (an instruction never pops
    /// more than its stack effect says, and `bytecode::stack_effect` checked every path).
    #[inline(always)]
    pub fn pop(&mut self) -> Value {
        let len = self.items.len();
        assert_operand(len, 1);
        // SAFETY: `len >= 1` by the compiler invariant above (asserted in debug builds); the
        // length shrinks before the value is read out, so the slot is never read twice.
        unsafe {
            self.items.set_len(len - 1);
            self.items.as_ptr().add(len - 1).read()
        }
    }

    /// Pop the top operand if there is one (for code outside the dispatch loop that cannot
    /// lean on the compiler's proof).
    #[inline]
    pub fn try_pop(&mut self) -> Option<Value> {
        self.items.pop()
    }

    /// The top operand, which the compiler guarantees is there.
    #[inline(always)]
    pub fn top(&self) -> &Value {
        let len = self.items.len();
        assert_operand(len, 1);
        // SAFETY: `len >= 1` by the compiler invariant (asserted in debug builds).
        unsafe { self.items.get_unchecked(len - 1) }
    }

    #[inline]
    pub fn last(&self) -> Option<&Value> {
        self.items.last()
    }

    #[inline]
    pub fn clear(&mut self) {
        self.items.clear();
    }

    #[inline]
    pub fn truncate(&mut self, len: usize) {
        self.items.truncate(len);
    }

    /// The operands from `at` up, in stack order (a call's arguments).
    pub fn split_off(&mut self, at: usize) -> Vec<Value> {
        self.items.split_off(at)
    }

    pub fn drain<R: RangeBounds<usize>>(&mut self, range: R) -> std::vec::Drain<'_, Value> {
        self.items.drain(range)
    }

    pub fn extend<I: IntoIterator<Item = Value>>(&mut self, iter: I) {
        self.items.extend(iter);
    }

    pub fn iter(&self) -> std::slice::Iter<'_, Value> {
        self.items.iter()
    }

    #[inline]
    pub fn swap(&mut self, a: usize, b: usize) {
        self.items.swap(a, b);
    }

    pub fn insert(&mut self, at: usize, v: Value) {
        self.items.insert(at, v);
    }

    pub fn remove(&mut self, at: usize) -> Value {
        self.items.remove(at)
    }
}

/// The compiler's guarantee that `n` operands are on a stack of `len`, checked in debug builds.
#[inline(always)]
fn assert_operand(len: usize, n: usize) {
    debug_assert!(len >= n, "value stack underflow (compiler invariant): {n} operands wanted, {len} there");
}

/// Operand `i` counted from the bottom; the dispatch loop indexes only below the top, which the
/// compiler's stack effects guarantee exists.
impl Index<usize> for ValueStack {
    type Output = Value;
    #[inline(always)]
    fn index(&self, i: usize) -> &Value {
        &self.items[i]
    }
}

impl IndexMut<usize> for ValueStack {
    #[inline(always)]
    fn index_mut(&mut self, i: usize) -> &mut Value {
        &mut self.items[i]
    }
}

impl<'a> IntoIterator for &'a ValueStack {
    type Item = &'a Value;
    type IntoIter = std::slice::Iter<'a, Value>;
    fn into_iter(self) -> Self::IntoIter {
        self.items.iter()
    }
}

impl Index<std::ops::RangeFrom<usize>> for ValueStack {
    type Output = [Value];
    #[inline]
    fn index(&self, r: std::ops::RangeFrom<usize>) -> &[Value] {
        &self.items[r]
    }
}
