//! `NativeRef` and `NativeRc<T>`: reference-counted native objects behind one thin pointer.
//!
//! `Rc<dyn NativeObject>` is a fat pointer, which would make every `Value` 24 bytes. A native
//! object instead lives in one allocation that starts with a 16-byte header: the two counts and
//! a pointer to a static table shared by every object of the concrete type. The table holds the
//! type's `TypeId` (so a downcast is one comparison, no virtual call), how to view the value as
//! a `dyn NativeObject`, how to drop it and the allocation's layout. A task owns three native
//! objects while it waits (itself, its waiter future, the awaited call), so the header is kept
//! this small rather than carrying the type information in every object.
//! `NativeRef` is the erased handle a `Value` holds; `NativeRc<T>` is the typed handle Rust
//! code keeps (a task, a timer handle) and erases for free. `NativeWeak` plays `Weak` (the
//! registry behind `asyncio.all_tasks`).

use std::alloc::Layout;
use std::any::TypeId;
use std::cell::Cell;
use std::marker::PhantomData;
use std::ptr::NonNull;

use super::NativeObject;

/// What every object of one concrete type shares; one constant table per type.
struct TypeTable {
    type_id: TypeId,
    /// The value inside an allocation of this type, as a trait object.
    as_dyn: unsafe fn(NonNull<Header>) -> *const dyn NativeObject,
    /// Drops the value in place; the allocation stays for weak handles.
    drop_value: unsafe fn(NonNull<Header>),
    /// The whole allocation's layout (header and value), to free it.
    layout: Layout,
}

/// The start of every native object's allocation.
///
/// The counts are `u32` to keep the header at two words: reaching 2^32 references to one
/// object would need at least 64 GiB of `Value`s, and an overflow aborts (as `Rc` does) rather
/// than wrapping into a use after free.
#[repr(C)]
struct Header {
    strong: Cell<u32>,
    /// Weak handles, plus one held jointly by the strong ones (as in `Rc`).
    weak: Cell<u32>,
    table: &'static TypeTable,
}

#[repr(C)]
struct NativeBox<T> {
    header: Header,
    value: T,
}

/// One more reference; aborts instead of overflowing (see `Header`).
#[inline]
fn increment(count: &Cell<u32>) {
    let n = count.get();
    if n == u32::MAX {
        std::process::abort();
    }
    count.set(n + 1);
}

unsafe fn as_dyn<T: NativeObject>(h: NonNull<Header>) -> *const dyn NativeObject {
    // SAFETY: the table for `T` is only stored in a `NativeBox<T>`, so `h` starts one; this only
    // computes the value's address (no read), with the allocation's provenance.
    unsafe { std::ptr::addr_of!((*h.cast::<NativeBox<T>>().as_ptr()).value) as *const dyn NativeObject }
}

unsafe fn drop_value<T>(h: NonNull<Header>) {
    // SAFETY: the caller (the last strong reference going) guarantees `h` starts a
    // `NativeBox<T>` whose value is still live and is never used again.
    unsafe { std::ptr::drop_in_place(std::ptr::addr_of_mut!((*h.cast::<NativeBox<T>>().as_ptr()).value)) }
}

/// Frees an allocation whose value was dropped already and that no handle refers to any more.
///
/// # Safety
/// `h` came from `NativeRc::new` (a `Box<NativeBox<T>>` of the table's layout), its value was
/// dropped, and neither count will be read again.
unsafe fn dealloc(h: NonNull<Header>, layout: Layout) {
    // SAFETY: see the function's contract; `Box` allocated with the global allocator and this
    // layout (a `NativeBox` is never zero-sized: it holds the header).
    unsafe { std::alloc::dealloc(h.as_ptr() as *mut u8, layout) }
}

/// The last strong reference has gone: drop the value once, then give up the strong
/// references' shared weak count and free the memory if no weak handle is left.
///
/// # Safety
/// `ptr` is a live native allocation whose strong count just reached zero.
#[inline(never)]
unsafe fn drop_slow(ptr: NonNull<Header>) {
    // SAFETY: the allocation stays until the weak count reaches zero, which cannot happen before
    // the strong references' shared weak count is released below.
    let table = unsafe { ptr.as_ref() }.table;
    // SAFETY: the table belongs to this allocation's type, and the value is dropped only here
    // (the strong count reached zero once; `upgrade` refuses a zero count, so no new strong
    // reference appears while the value's own `Drop` runs).
    unsafe { (table.drop_value)(ptr) };
    // SAFETY: still allocated: the shared weak count is held until the next line.
    let h = unsafe { ptr.as_ref() };
    let weak = h.weak.get() - 1;
    h.weak.set(weak);
    if weak == 0 {
        // SAFETY: no strong reference (value dropped above) and no weak handle is left.
        unsafe { dealloc(ptr, table.layout) }
    }
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
        // A constant, so one table per type lives in static memory rather than in each object.
        let table: &'static TypeTable = const {
            &TypeTable {
                type_id: TypeId::of::<T>(),
                as_dyn: as_dyn::<T>,
                drop_value: drop_value::<T>,
                layout: Layout::new::<NativeBox<T>>(),
            }
        };
        let boxed = Box::new(NativeBox {
            header: Header { strong: Cell::new(1), weak: Cell::new(1), table },
            value,
        });
        // `header` is the first field (repr(C)), so the box's address is the header's; the
        // pointer keeps the whole box's provenance, which the value accesses rely on.
        let ptr = NonNull::from(Box::leak(boxed)).cast::<Header>();
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
        self.header().table.type_id == TypeId::of::<T>()
    }

    /// The object as a `T`, if it is one.
    #[inline]
    pub fn downcast<T: 'static>(&self) -> Option<&T> {
        if self.is::<T>() {
            // SAFETY: the type id says the allocation is a `NativeBox<T>`; a strong reference
            // keeps the value alive for as long as `self` is borrowed.
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
        increment(&this.header().weak);
        NativeWeak { ptr: this.ptr }
    }
}

impl std::ops::Deref for NativeRef {
    type Target = dyn NativeObject;
    #[inline]
    fn deref(&self) -> &dyn NativeObject {
        // SAFETY: the table is the one made for this allocation's type, so `as_dyn` yields the
        // value's address; a strong reference keeps the value alive while `self` is borrowed.
        unsafe { &*(self.header().table.as_dyn)(self.ptr) }
    }
}

impl Clone for NativeRef {
    #[inline]
    fn clone(&self) -> Self {
        increment(&self.header().strong);
        NativeRef { ptr: self.ptr }
    }
}

impl Drop for NativeRef {
    #[inline]
    fn drop(&mut self) {
        let h = self.header();
        let strong = h.strong.get() - 1;
        h.strong.set(strong);
        if strong == 0 {
            // SAFETY: this was the last strong reference to a live allocation.
            unsafe { drop_slow(self.ptr) }
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
        self.header().strong.get() as usize
    }

    pub fn upgrade(&self) -> Option<NativeRef> {
        let h = self.header();
        if h.strong.get() == 0 {
            return None;
        }
        increment(&h.strong);
        Some(NativeRef { ptr: self.ptr })
    }
}

impl Clone for NativeWeak {
    fn clone(&self) -> Self {
        increment(&self.header().weak);
        NativeWeak { ptr: self.ptr }
    }
}

impl Drop for NativeWeak {
    fn drop(&mut self) {
        let h = self.header();
        let weak = h.weak.get() - 1;
        h.weak.set(weak);
        if weak == 0 {
            let layout = h.table.layout;
            // SAFETY: no strong reference (their shared weak count is gone, so the value was
            // dropped) and no other weak handle is left.
            unsafe { dealloc(self.ptr, layout) }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::object::Class;
    use std::any::Any;
    use std::cell::RefCell;
    use std::rc::Rc;

    /// Implements `NativeObject` for a test type; the tests never ask for a class.
    macro_rules! native {
        ($t:ty) => {
            impl NativeObject for $t {
                fn class(&self) -> Rc<Class> {
                    unreachable!("test objects have no class")
                }
                fn as_any(&self) -> &dyn Any {
                    self
                }
            }
        };
    }

    /// Counts its drops in a shared log.
    struct Counted {
        drops: Rc<Cell<u32>>,
    }
    impl Drop for Counted {
        fn drop(&mut self) {
            self.drops.set(self.drops.get() + 1);
        }
    }
    native!(Counted);

    struct Other(#[allow(dead_code)] u8);
    native!(Other);

    struct Unit;
    native!(Unit);

    struct Large([u64; 1024]);
    native!(Large);

    #[repr(align(64))]
    struct Aligned(u8);
    native!(Aligned);

    /// Holds other natives and, when dropped, touches them and its own weak handle.
    struct Holder {
        own: RefCell<Option<NativeWeak>>,
        children: RefCell<Vec<NativeRef>>,
        log: Rc<RefCell<Vec<String>>>,
        name: &'static str,
    }
    impl Drop for Holder {
        fn drop(&mut self) {
            let own = self.own.borrow_mut().take();
            let upgraded = own.as_ref().map(|w| w.upgrade().is_some());
            self.log.borrow_mut().push(format!("{} drop (self upgrade: {upgraded:?})", self.name));
            // A clone made and dropped during a drop must not free anything.
            let copies: Vec<NativeRef> = self.children.borrow().iter().cloned().collect();
            drop(copies);
            self.children.borrow_mut().clear();
            // The last weak handle to the dying object goes inside its own drop.
            drop(own);
            self.log.borrow_mut().push(format!("{} done", self.name));
        }
    }
    native!(Holder);

    fn holder(name: &'static str, log: &Rc<RefCell<Vec<String>>>, children: Vec<NativeRef>) -> NativeRef {
        let r = NativeRef::new(Holder {
            own: RefCell::new(None),
            children: RefCell::new(children),
            log: log.clone(),
            name,
        });
        *r.downcast::<Holder>().unwrap().own.borrow_mut() = Some(NativeRef::downgrade(&r));
        r
    }

    #[test]
    fn header_is_two_words() {
        assert_eq!(std::mem::size_of::<Header>(), 16);
        assert_eq!(std::mem::size_of::<NativeBox<Unit>>(), 16);
        assert_eq!(std::mem::size_of::<NativeBox<u64>>(), 24);
        assert_eq!(std::mem::size_of::<NativeRef>(), 8);
        assert_eq!(std::mem::size_of::<Option<NativeRef>>(), 8);
    }

    #[test]
    fn drop_runs_exactly_once() {
        let drops = Rc::new(Cell::new(0));
        let a = NativeRc::new(Counted { drops: drops.clone() });
        let b = a.erased();
        let c = b.clone();
        let w = NativeRef::downgrade(&b);
        drop(a);
        drop(b);
        assert_eq!(drops.get(), 0);
        assert_eq!(w.strong_count(), 1);
        drop(c);
        assert_eq!(drops.get(), 1);
        drop(w);
        assert_eq!(drops.get(), 1);
    }

    #[test]
    fn weak_upgrade_after_drop_fails() {
        let drops = Rc::new(Cell::new(0));
        let r = NativeRef::new(Counted { drops: drops.clone() });
        let w = NativeRef::downgrade(&r);
        let w2 = w.clone();
        let up = w.upgrade().expect("alive");
        assert!(NativeRef::ptr_eq(&up, &r));
        drop(up);
        drop(r);
        assert_eq!(drops.get(), 1);
        assert!(w.upgrade().is_none());
        assert_eq!(w2.strong_count(), 0);
        drop(w);
        assert!(w2.upgrade().is_none());
    }

    #[test]
    fn downcast_to_the_wrong_type_fails() {
        let r = NativeRef::new(Other(7));
        assert!(r.is::<Other>());
        assert!(!r.is::<Unit>());
        assert!(r.downcast::<Unit>().is_none());
        assert!(r.downcast_rc::<Counted>().is_none());
        assert_eq!(r.downcast::<Other>().map(|o| o.0), Some(7));
        let typed = r.downcast_rc::<Other>().expect("is an Other");
        assert_eq!(typed.0, 7);
        // The trait-object view is the same value.
        assert_eq!(r.as_any().downcast_ref::<Other>().map(|o| o.0), Some(7));
        assert!(r.as_any().downcast_ref::<Unit>().is_none());
    }

    #[test]
    fn zero_sized_and_large_values() {
        let u = NativeRef::new(Unit);
        let u2 = NativeRef::new(Unit);
        assert!(u.is::<Unit>() && !NativeRef::ptr_eq(&u, &u2));
        assert!(u.as_any().is::<Unit>());

        let mut big = Large([0; 1024]);
        for (i, x) in big.0.iter_mut().enumerate() {
            *x = i as u64 * 3;
        }
        let l = NativeRc::new(big);
        assert!(l.0.iter().enumerate().all(|(i, &x)| x == i as u64 * 3));
        let erased = l.erased();
        let w = NativeRef::downgrade(&erased);
        drop(l);
        drop(erased);
        assert!(w.upgrade().is_none());

        let a = NativeRef::new(Aligned(5));
        let value = a.downcast::<Aligned>().unwrap();
        assert_eq!(value as *const Aligned as usize % 64, 0);
        assert_eq!(value.0, 5);
        let dyn_addr = &*a as *const dyn NativeObject as *const u8;
        assert_eq!(dyn_addr, value as *const Aligned as *const u8);
    }

    #[test]
    fn drops_that_touch_other_natives() {
        let log = Rc::new(RefCell::new(Vec::new()));
        let drops = Rc::new(Cell::new(0));
        let leaf = NativeRef::new(Counted { drops: drops.clone() });
        let shared = NativeRef::new(Counted { drops: drops.clone() });
        let inner = holder("inner", &log, vec![leaf, shared.clone()]);
        let outer = holder("outer", &log, vec![inner, shared.clone()]);
        drop(shared);
        assert_eq!(drops.get(), 0);
        drop(outer);
        assert_eq!(
            *log.borrow(),
            [
                "outer drop (self upgrade: Some(false))",
                "inner drop (self upgrade: Some(false))",
                "inner done",
                "outer done",
            ]
        );
        assert_eq!(drops.get(), 2);
    }
}
