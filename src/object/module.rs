//! Module objects: a name and a globals dict.

use std::cell::RefCell;
use std::rc::Rc;

use super::PyDict;

pub struct Module {
    pub name: Rc<str>,
    pub dict: Rc<RefCell<PyDict>>,
}
