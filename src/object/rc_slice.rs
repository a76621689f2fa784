//! `RcSlice`: a reference-counted immutable slice behind one thin pointer.
//!
//! `Rc<[T]>` is a fat pointer (address and length), which would make every `Value` 24 bytes.
//! Tuples and bytes keep their length on the heap instead, so `Value` stays two words and a
//! `PyResult<Value>` comes back in registers.

use std::ops::Deref;
use std::rc::Rc;

pub struct RcSlice<T>(Rc<Box<[T]>>);

impl<T> RcSlice<T> {
    pub fn ptr_eq(a: &Self, b: &Self) -> bool {
        Rc::ptr_eq(&a.0, &b.0)
    }
    /// The address identifying this object (`id()`).
    pub fn as_ptr(this: &Self) -> *const u8 {
        Rc::as_ptr(&this.0) as *const u8
    }
}

impl<T> Clone for RcSlice<T> {
    #[inline]
    fn clone(&self) -> Self {
        RcSlice(self.0.clone())
    }
}

impl<T> Deref for RcSlice<T> {
    type Target = [T];
    #[inline]
    fn deref(&self) -> &[T] {
        &self.0
    }
}

impl<T> AsRef<[T]> for RcSlice<T> {
    fn as_ref(&self) -> &[T] {
        &self.0
    }
}

impl<T> From<Vec<T>> for RcSlice<T> {
    fn from(v: Vec<T>) -> Self {
        RcSlice(Rc::new(v.into_boxed_slice()))
    }
}

impl<T> From<Box<[T]>> for RcSlice<T> {
    fn from(v: Box<[T]>) -> Self {
        RcSlice(Rc::new(v))
    }
}

impl<T: Clone> From<&[T]> for RcSlice<T> {
    fn from(v: &[T]) -> Self {
        RcSlice(Rc::new(v.into()))
    }
}

impl<T: Clone, const N: usize> From<[T; N]> for RcSlice<T> {
    fn from(v: [T; N]) -> Self {
        RcSlice(Rc::new(Box::new(v)))
    }
}

impl<T> FromIterator<T> for RcSlice<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        RcSlice(Rc::new(iter.into_iter().collect()))
    }
}

impl<T: PartialEq> PartialEq for RcSlice<T> {
    fn eq(&self, other: &Self) -> bool {
        **self == **other
    }
}

impl<T: Eq> Eq for RcSlice<T> {}

impl<T: std::hash::Hash> std::hash::Hash for RcSlice<T> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        (**self).hash(state)
    }
}

impl<T: std::fmt::Debug> std::fmt::Debug for RcSlice<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        (**self).fmt(f)
    }
}

impl<T> Drop for RcSlice<T> {
    /// CPython's `tupledealloc` releases the items last to first, so the `__del__` methods of a
    /// dying tuple's items run in reverse order. Only the last reference does this, and only for
    /// item types with drop glue (bytes skip it entirely).
    fn drop(&mut self) {
        if !std::mem::needs_drop::<T>() {
            return;
        }
        if let Some(items) = Rc::get_mut(&mut self.0) {
            let mut v = std::mem::take(items).into_vec();
            while let Some(x) = v.pop() {
                drop(x);
            }
        }
    }
}
