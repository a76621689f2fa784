//! `sys.getsizeof` of an instance's `__dict__`, as CPython 3.11's key-sharing dicts give it.
//!
//! A 3.11 class whose instances have a managed dict keeps one shared keys table for them
//! (`ht_cached_keys`, room for 30 names): an instance's dict is split, its size the 48-byte
//! dict plus one value slot per usable entry of the shared table (`dk_nentries + dk_usable`).
//! Each new instance takes one slot of room off that table while more than one is left
//! (`init_inline_values`), so the size shrinks as a class gets instances. A dict that outgrows
//! the shared table becomes a combined one, sized for three times the keys it had then.
//!
//! corio's instance dicts are plain dicts, so the size is modelled: the class counts its
//! instances as each one stores its first attribute, and the names of the dict asked about
//! stand for the shared table, filled while the first instance was made.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use crate::object::class::Layout;
use crate::object::{Class, Instance, PyDict};

/// The most names CPython's shared keys table takes (SHARED_KEYS_MAX_SIZE).
const SHARED_KEYS_MAX: i64 = 30;

thread_local! {
    /// The instance dicts a script has seen as `__dict__` (by dict address): the dict and
    /// its instance's class, both weak.
    static SEEN: RefCell<hashbrown::HashMap<usize, (Weak<RefCell<PyDict>>, Weak<Class>)>> =
        RefCell::new(hashbrown::HashMap::new());
}

/// An instance is about to store an attribute in its dict `d`: a dict that never held a key
/// is a new instance's, counted for its class (CPython counts at creation; corio's instances
/// are made where this model cannot see).
#[inline]
pub fn note_store(inst: &Instance, d: &PyDict) {
    if d.is_empty() && d.table_size() == 0 {
        // A dict handed out as `__dict__` while empty was counted then.
        let key = Rc::as_ptr(&inst.dict) as usize;
        if SEEN.with(|m| m.borrow().contains_key(&key)) {
            return;
        }
        count_instance(&inst.class.borrow());
    }
}

fn count_instance(cls: &Class) {
    let n = cls.instances_made.get();
    // Only the first SHARED_KEYS_MAX instances change anything.
    if n < 64 {
        cls.instances_made.set(n + 1);
    }
}

/// `inst.__dict__` was handed out: remember whose it is, for `sys.getsizeof`.
pub fn note_dict_seen(inst: &Instance) {
    let cls = inst.class.borrow();
    if cls.dictless.get() || cls.layout == Layout::Exception {
        return;
    }
    let key = Rc::as_ptr(&inst.dict) as usize;
    let fresh = {
        let d = inst.dict.borrow();
        d.is_empty() && d.table_size() == 0
    };
    let known = SEEN.with(|m| {
        let mut m = m.borrow_mut();
        if m.len() >= 64 && m.len().is_power_of_two() {
            m.retain(|_, (d, c)| d.strong_count() > 0 && c.strong_count() > 0);
        }
        let known = m.get(&key).is_some_and(|(d, _)| d.as_ptr() == Rc::as_ptr(&inst.dict));
        m.insert(key, (Rc::downgrade(&inst.dict), Rc::downgrade(&cls)));
        known
    });
    // An instance whose dict is asked for before it stores anything (`copy.copy` fills it
    // through `__dict__`) is counted here, once.
    if fresh && !known {
        count_instance(&cls);
    }
}

/// CPython's `__sizeof__` of `d` when it is an instance dict seen through `__dict__` (None for
/// other dicts, and for instance dicts holding keys other than str).
pub fn size_of(d: &Rc<RefCell<PyDict>>) -> Option<i64> {
    let key = Rc::as_ptr(d) as usize;
    let cls = SEEN.with(|m| {
        let m = m.borrow();
        let (dict, cls) = m.get(&key)?;
        if dict.as_ptr() != Rc::as_ptr(d) || dict.strong_count() == 0 {
            return None;
        }
        cls.upgrade()
    })?;
    let d = d.borrow();
    if d.has_general_keys() {
        return None;
    }
    let n = d.len() as i64;
    // A subclass of a built-in type with no dict of its own (dict, list, ...) shares keys
    // too, but its instances take no room off the table.
    let made = if cls.layout == Layout::Object { i64::from(cls.instances_made.get()).max(1) } else { 0 };
    let room = SHARED_KEYS_MAX - made.min(1);
    if n <= room {
        // The first instance's names went in while it was made; each later instance takes a
        // slot of the room left while more than one is.
        let mut usable = room - n;
        if usable > 1 {
            usable = (usable - (made - 1).max(0)).max(1);
        }
        return Some(48 + 8 * (n + usable));
    }
    // The name that found the shared table full made the dict a combined one, sized for
    // three times the names it held (calculate_log2_keysize), grown as dicts grow since.
    let log2_for = |minsize: i64| -> u32 {
        let m = ((minsize | 8) - 1) | 7;
        64 - m.leading_zeros()
    };
    let usable_of = |log2: u32| ((1i64 << log2) << 1) / 3;
    let mut log2 = log2_for(room * 3);
    while usable_of(log2) < n {
        log2 = log2_for(usable_of(log2) * 3);
    }
    let index_bytes: i64 = match log2 {
        0..=7 => 1,
        8..=15 => 2,
        16..=31 => 4,
        _ => 8,
    };
    Some(48 + 32 + index_bytes * (1i64 << log2) + usable_of(log2) * 16)
}
