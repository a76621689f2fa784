//! The names of built-in methods, made once per name: `__repr__`, `count`, `index`, `copy`...
//! recur across the built-in types, and each type's dict key and each method's `__name__`
//! share one string per name rather than allocating their own (CPython interns these names
//! too). About half of the ~1,100 methods installed at start-up reuse a name.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use crate::object::Value;

thread_local! {
    static NAMES: RefCell<HashMap<Box<str>, (Rc<str>, Value)>> = RefCell::new(HashMap::new());
}

/// `name` as a method's `__name__` and as the str key its class dict stores it under.
pub fn interned(name: &str) -> (Rc<str>, Value) {
    NAMES.with(|names| {
        let mut names = names.borrow_mut();
        if let Some((text, key)) = names.get(name) {
            return (text.clone(), key.clone());
        }
        let entry = (Rc::<str>::from(name), Value::str(name));
        names.insert(Box::from(name), entry.clone());
        entry
    })
}
