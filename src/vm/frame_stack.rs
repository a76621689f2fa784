//! The running frame stack: boxed frames, innermost last, with the innermost one's address and
//! instructions kept at hand so the dispatch loop reaches its frame and next instruction
//! without going through the frame's code.

use super::frame::Frame;
use crate::bytecode::Instr;

/// `Vec<Box<Frame>>` plus a pointer to the last frame. Every change goes through the methods
/// below, which keep `top` equal to the last box's frame (null when empty); a box's frame does
/// not move while the box lives, and handing out `&mut Frame` (never `&mut Box<Frame>`) means no
/// caller can swap a box out from under `top`.
///
/// `top_instrs` is the last frame's instruction slice (empty when there is none). A frame on the
/// stack never changes its code (`Frame::set_code` and `Frame::reset` only run on pooled frames
/// before they are pushed), so setting it whenever `top` changes keeps it right.
pub struct FrameStack {
    frames: Vec<Box<Frame>>,
    top: *mut Frame,
    top_instrs: *const [Instr],
}

const NO_INSTRS: *const [Instr] = &[];

impl Default for FrameStack {
    fn default() -> Self {
        FrameStack { frames: Vec::new(), top: std::ptr::null_mut(), top_instrs: NO_INSTRS }
    }
}

impl FrameStack {
    pub fn with_capacity(n: usize) -> FrameStack {
        FrameStack { frames: Vec::with_capacity(n), top: std::ptr::null_mut(), top_instrs: NO_INSTRS }
    }

    #[inline]
    fn retop(&mut self) {
        match self.frames.last_mut() {
            Some(f) => {
                self.top_instrs = &*f.body().instrs;
                self.top = &mut **f;
            }
            None => {
                self.top = std::ptr::null_mut();
                self.top_instrs = NO_INSTRS;
            }
        }
    }

    #[inline]
    pub fn push(&mut self, mut frame: Box<Frame>) {
        self.top_instrs = &*frame.body().instrs;
        self.top = &mut *frame;
        push_inline(&mut self.frames, frame);
    }

    #[inline]
    pub fn pop(&mut self) -> Option<Box<Frame>> {
        let f = self.frames.pop();
        self.retop();
        f
    }

    /// The innermost frame.
    #[inline(always)]
    pub fn last_mut(&mut self) -> Option<&mut Frame> {
        // SAFETY: `top` is null or points at the frame of the last box in `frames` (see the type's
        // invariant), and `&mut self` makes this the only reference into the stack.
        unsafe { self.top.as_mut() }
    }

    /// The innermost frame, for the dispatch loop, which always runs with one in place (its
    /// base frame is a `Boundary` or `GenRoot` frame that leaves only by ending the loop's run).
    ///
    /// # Safety
    /// The stack must not be empty.
    #[inline(always)]
    pub unsafe fn top_unchecked(&mut self) -> &mut Frame {
        debug_assert!(!self.top.is_null(), "the dispatch loop always has a current frame");
        // SAFETY: the caller guarantees a frame, so `top` points at the last box's frame (the
        // type's invariant), and `&mut self` makes this the only reference into the stack.
        unsafe { &mut *self.top }
    }

    /// The innermost frame and its instructions, unchecked as `top_unchecked`.
    ///
    /// # Safety
    /// The stack must not be empty.
    #[inline(always)]
    pub unsafe fn top_with_instrs_unchecked(&mut self) -> (&mut Frame, &[Instr]) {
        debug_assert!(!self.top.is_null(), "the dispatch loop always has a current frame");
        // SAFETY: as `top_unchecked`. `top_instrs` is that frame's `body().instrs` (the type's
        // invariant): the body lives as long as the frame's code object, which the frame holds
        // and never swaps while it is on the stack.
        unsafe { (&mut *self.top, &*self.top_instrs) }
    }

    #[inline(always)]
    pub fn last(&self) -> Option<&Frame> {
        // SAFETY: as `last_mut`, shared.
        unsafe { self.top.as_ref() }
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.frames.len()
    }

    pub fn is_empty(&self) -> bool {
        self.frames.is_empty()
    }

    pub fn get(&self, i: usize) -> Option<&Frame> {
        self.frames.get(i).map(|f| &**f)
    }

    pub fn iter(&self) -> impl DoubleEndedIterator<Item = &Frame> + ExactSizeIterator {
        self.frames.iter().map(|f| &**f)
    }

    pub fn iter_mut(&mut self) -> impl DoubleEndedIterator<Item = &mut Frame> + ExactSizeIterator {
        self.frames.iter_mut().map(|f| &mut **f)
    }

    /// Remove the frames from index `at` up, outermost first.
    pub fn split_off(&mut self, at: usize) -> Vec<Box<Frame>> {
        let tail = self.frames.split_off(at);
        self.retop();
        tail
    }

    /// Move the frames from index `at` up onto the end of `into`, outermost first.
    pub fn move_from_into(&mut self, at: usize, into: &mut Vec<Box<Frame>>) {
        into.extend(self.frames.drain(at..));
        self.retop();
    }

    /// Put `frames` in as the whole stack, returning the old one.
    pub fn replace(&mut self, frames: Vec<Box<Frame>>) -> Vec<Box<Frame>> {
        let old = std::mem::replace(&mut self.frames, frames);
        self.retop();
        old
    }
}

impl std::ops::Index<usize> for FrameStack {
    type Output = Frame;
    fn index(&self, i: usize) -> &Frame {
        &self.frames[i]
    }
}

/// `v.push(x)` with the fast path forced inline. `Vec::push` delegates to `push_mut`, which the
/// compiler leaves out of line in some of the dispatch loop's callees (a generator resume paid
/// two such calls per item); only growing the buffer stays a call.
#[inline(always)]
pub(super) fn push_inline<T>(v: &mut Vec<T>, x: T) {
    if v.len() == v.capacity() {
        v.reserve(1);
    }
    // SAFETY: the reserve above guarantees room for one more element at index `len`, which is
    // written before the length grows to include it.
    unsafe {
        let len = v.len();
        v.as_mut_ptr().add(len).write(x);
        v.set_len(len + 1);
    }
}
