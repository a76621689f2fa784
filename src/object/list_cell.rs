//! `ListCell`: a list's items behind the `RefCell` every list borrows, released last to first.

use std::cell::RefCell;
use std::ops::Deref;

use super::Value;

/// A list's storage. It derefs to the `RefCell<Vec<Value>>` the rest of the interpreter borrows;
/// its own job is the order in which a dying list lets go of its items.
pub struct ListCell(RefCell<Vec<Value>>);

impl ListCell {
    pub fn new(items: Vec<Value>) -> ListCell {
        ListCell(RefCell::new(items))
    }
}

impl Deref for ListCell {
    type Target = RefCell<Vec<Value>>;
    #[inline]
    fn deref(&self) -> &RefCell<Vec<Value>> {
        &self.0
    }
}

/// Drop `items` from the last to the first (CPython's order when a list lets go of its items).
pub fn release_reversed(mut items: Vec<Value>) {
    while let Some(x) = items.pop() {
        drop(x);
    }
}

impl Drop for ListCell {
    /// CPython's `list_dealloc` releases the items from the last to the first, so `__del__`
    /// methods of a dying list's items run in reverse order.
    fn drop(&mut self) {
        let items = self.0.get_mut();
        while let Some(x) = items.pop() {
            drop(x);
        }
    }
}
