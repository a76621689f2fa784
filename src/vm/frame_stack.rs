//! The running frame stack: boxed frames, innermost last, with the innermost one's address kept
//! at hand so the dispatch loop reaches its frame in one load.

use super::frame::Frame;

/// `Vec<Box<Frame>>` plus a pointer to the last frame. Every change goes through the methods
/// below, which keep `top` equal to the last box's frame (null when empty); a box's frame does
/// not move while the box lives, and handing out `&mut Frame` (never `&mut Box<Frame>`) means no
/// caller can swap a box out from under `top`.
pub struct FrameStack {
    frames: Vec<Box<Frame>>,
    top: *mut Frame,
}

impl Default for FrameStack {
    fn default() -> Self {
        FrameStack { frames: Vec::new(), top: std::ptr::null_mut() }
    }
}

impl FrameStack {
    pub fn with_capacity(n: usize) -> FrameStack {
        FrameStack { frames: Vec::with_capacity(n), top: std::ptr::null_mut() }
    }

    #[inline]
    fn retop(&mut self) {
        self.top = match self.frames.last_mut() {
            Some(f) => &mut **f,
            None => std::ptr::null_mut(),
        };
    }

    #[inline]
    pub fn push(&mut self, mut frame: Box<Frame>) {
        self.top = &mut *frame;
        self.frames.push(frame);
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
