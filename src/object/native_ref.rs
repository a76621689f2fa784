//! `NativeRef` and `NativeRc<T>`: reference-counted native objects behind one thin pointer.
//!
//! `Rc<dyn NativeObject>` is a fat pointer, which would make every `Value` 24 bytes. A native
//! object instead lives in one allocation that starts with a header holding the counts, the
//! concrete type's `TypeId` (so a downcast is one comparison, no virtual call) and the
//! `dyn NativeObject` pointer to the value. `NativeRef` is the erased handle a `Value` holds;
//! `NativeRc<T>` is the typed handle Rust code keeps (a task, a timer handle) and erases for free.
//! `NativeWeak` plays `Weak` (the registry behind `asyncio.all_tasks`).

use std::alloc::Layout;
use std::any::TypeId;
use std::cell::Cell;
use std::marker::PhantomData;
use std::ptr::NonNull;

use super::NativeObject;

#[repr(C)]
struct Header {
    strong: Cell<usize>,
    /// Weak handles, plus one held jointly by the strong ones (as in `Rc`).
    weak: Cell<usize>,
    type_id: TypeId,
    /// The value inside this same allocation, as a trait object.
    obj: *const dyn NativeObject,
    drop_value: unsafe fn(NonNull<Header>),
    dealloc: unsafe fn(NonNull<Header>),
}

#[repr(C)]
struct NativeBox<T> {
    header: Header,
    value: T,
}

/// Drops the value in place; the allocation stays for weak handles.
unsafe fn drop_value<T>(h: NonNull<Header>) {
    // SAFETY: `h` came from a `NativeBox<T>` (set in `NativeRc::new`) whose value is still live.
    unsafe { std::ptr::drop_in_place(std::ptr::addr_of_mut!((*h.cast::<NativeBox<T>>().as_ptr()).value)) }
}

/// Frees the allocation; the value was dropped already.
unsafe fn dealloc<T>(h: NonNull<Header>) {
    // SAFETY: allocated by `Box<NativeBox<T>>`, so this is its layout.
    unsafe { std::alloc::dealloc(h.as_ptr() as *mut u8, Layout::new::<NativeBox<T>>()) }
}

/// A strong reference to a native object of unknown type.
pub struct NativeRef {
    ptr: NonNull<Header>,
}

/// A strong reference to a native object known to be a `T`.
pub struct NativeRc<T> {
    inner: NativeRef,
    _type: PhantomData<T>,
}

/// A weak reference to a native object.
pub struct NativeWeak {
    ptr: NonNull<Header>,
}

impl<T: NativeObject> NativeRc<T> {
    pub fn new(value: T) -> NativeRc<T> {
        let boxed = Box::new(NativeBox {
            header: Header {
                strong: Cell::new(1),
                weak: Cell::new(1),
                type_id: TypeId::of::<T>(),
                obj: std::ptr::null::<T>() as *const dyn NativeObject,
                drop_value: drop_value::<T>,
                dealloc: dealloc::<T>,
            },
            value,
        });
        let raw = Box::into_raw(boxed);
        // SAFETY: `raw` is a fresh, uniquely owned allocation; the value never moves after this.
        unsafe {
            (*raw).header.obj = std::ptr::addr_of!((*raw).value) as *const dyn NativeObject;
        }
        // SAFETY: `Box::into_raw` never returns null; `header` is the first field (repr(C)).
        let ptr = unsafe { NonNull::new_unchecked(raw as *mut Header) };
        NativeRc { inner: NativeRef { ptr }, _type: PhantomData }
    }
}

impl<T> NativeRc<T> {
    /// The erased handle (one more strong reference).
    pub fn erased(&self) -> NativeRef {
        self.inner.clone()
    }
    pub fn into_erased(self) -> NativeRef {
        self.inner
    }
    pub fn ptr_eq(a: &Self, b: &Self) -> bool {
        a.inner.ptr == b.inner.ptr
    }
}

impl<T> Clone for NativeRc<T> {
    fn clone(&self) -> Self {
        NativeRc { inner: self.inner.clone(), _type: PhantomData }
    }
}

impl<T> std::ops::Deref for NativeRc<T> {
    type Target = T;
    #[inline]
    fn deref(&self) -> &T {
        // SAFETY: a `NativeRc<T>` is only made for a `NativeBox<T>` (by `new` or a checked
        // downcast), and a strong reference keeps the value alive.
        unsafe { &(*self.inner.ptr.cast::<NativeBox<T>>().as_ptr()).value }
    }
}

impl NativeRef {
    pub fn new<T: NativeObject>(value: T) -> NativeRef {
        NativeRc::new(value).inner
    }

    #[inline]
    fn header(&self) -> &Header {
        // SAFETY: a strong reference keeps the allocation alive.
        unsafe { self.ptr.as_ref() }
    }

    #[inline]
    pub fn is<T: 'static>(&self) -> bool {
        self.header().type_id == TypeId::of::<T>()
    }

    /// The object as a `T`, if it is one.
    #[inline]
    pub fn downcast<T: 'static>(&self) -> Option<&T> {
        if self.is::<T>() {
            // SAFETY: the type id says the allocation is a `NativeBox<T>`.
            Some(unsafe { &(*self.ptr.cast::<NativeBox<T>>().as_ptr()).value })
        } else {
            None
        }
    }

    /// A typed handle, if the object is a `T`.
    pub fn downcast_rc<T: 'static>(&self) -> Option<NativeRc<T>> {
        self.is::<T>().then(|| NativeRc { inner: self.clone(), _type: PhantomData })
    }

    pub fn ptr_eq(a: &Self, b: &Self) -> bool {
        a.ptr == b.ptr
    }

    /// The address identifying this object (`id()`).
    pub fn as_ptr(this: &Self) -> *const u8 {
        this.ptr.as_ptr() as *const u8
    }

    pub fn downgrade(this: &Self) -> NativeWeak {
        let h = this.header();
        h.weak.set(h.weak.get() + 1);
        NativeWeak { ptr: this.ptr }
    }
}

impl std::ops::Deref for NativeRef {
    type Target = dyn NativeObject;
    #[inline]
    fn deref(&self) -> &dyn NativeObject {
        // SAFETY: `obj` points into this live allocation (set once in `NativeRc::new`).
        unsafe { &*self.header().obj }
    }
}

impl Clone for NativeRef {
    #[inline]
    fn clone(&self) -> Self {
        let h = self.header();
        h.strong.set(h.strong.get() + 1);
        NativeRef { ptr: self.ptr }
    }
}

impl Drop for NativeRef {
    fn drop(&mut self) {
        let h = self.header();
        let strong = h.strong.get() - 1;
        h.strong.set(strong);
        if strong == 0 {
            let (drop_value, dealloc) = (h.drop_value, h.dealloc);
            // SAFETY: the last strong reference is going: drop the value once, then give up the
            // strong references' shared weak count and free the memory if no weak handle is left.
            unsafe {
                drop_value(self.ptr);
                let h = self.ptr.as_ref();
                let weak = h.weak.get() - 1;
                h.weak.set(weak);
                if weak == 0 {
                    dealloc(self.ptr);
                }
            }
        }
    }
}

impl NativeWeak {
    #[inline]
    fn header(&self) -> &Header {
        // SAFETY: a weak reference keeps the allocation (not the value) alive.
        unsafe { self.ptr.as_ref() }
    }

    pub fn strong_count(&self) -> usize {
        self.header().strong.get()
    }

    pub fn upgrade(&self) -> Option<NativeRef> {
        let h = self.header();
        if h.strong.get() == 0 {
            return None;
        }
        h.strong.set(h.strong.get() + 1);
        Some(NativeRef { ptr: self.ptr })
    }
}

impl Clone for NativeWeak {
    fn clone(&self) -> Self {
        let h = self.header();
        h.weak.set(h.weak.get() + 1);
        NativeWeak { ptr: self.ptr }
    }
}

impl Drop for NativeWeak {
    fn drop(&mut self) {
        let h = self.header();
        let weak = h.weak.get() - 1;
        h.weak.set(weak);
        if weak == 0 {
            let dealloc = h.dealloc;
            // SAFETY: no strong (their shared count is gone) and no other weak handle is left.
            unsafe { dealloc(self.ptr) }
        }
    }
}
