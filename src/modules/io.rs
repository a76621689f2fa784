//! `_io`: the native half of `io` (`open` and `UnsupportedOperation`, both owned by
//! `builtins/file.rs`); `stdlib/io.py` adds StringIO and BytesIO.

use super::new_module;
use crate::object::{PyResult, Value};
use crate::vm::Vm;

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = new_module("_io");
    let open = vm.builtins.borrow().get_str("open").unwrap_or(Value::None);
    let mut d = d.borrow_mut();
    d.set_str("open", open);
    d.set_str("UnsupportedOperation", Value::Class(crate::builtins::file::unsupported_operation_class(vm)));
    Ok(m)
}
