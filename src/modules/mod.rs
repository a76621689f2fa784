//! Native modules (written in Rust): `sys`, `time`.

pub mod std_streams;
pub mod sys;
pub mod time;

use std::cell::RefCell;
use std::rc::Rc;

use crate::object::{Module, PyDict, Value};
use crate::vm::Vm;

/// Register every native module initialiser with the VM.
pub fn register(vm: &mut Vm) {
    vm.native_modules.push(("sys", sys::init));
    vm.native_modules.push(("time", time::init));
}

/// A new module object with `__name__` set.
pub fn new_module(name: &str) -> (Value, Rc<RefCell<PyDict>>) {
    let dict = Rc::new(RefCell::new(PyDict::new()));
    dict.borrow_mut().set_str("__name__", Value::str(name));
    (Value::Module(Rc::new(Module { name: Rc::from(name), dict: dict.clone() })), dict)
}
