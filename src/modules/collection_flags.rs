//! `_collections._abc_set_collection_flags(abc, subclass)`: what CPython's `_abc._abc_register`
//! does besides recording the subclass. When the ABC carries Py_TPFLAGS_SEQUENCE or
//! Py_TPFLAGS_MAPPING (`Sequence`, `Mapping` and their subclasses), the registered class and
//! its subclasses get the flag too, so `match` treats their instances as sequences or
//! mappings (`set_collection_flag_recursive`: built-in types and classes that already have a
//! flag are left alone).

use std::rc::Rc;

use crate::builtins::arg;
use crate::object::class::{COLLECTION_MAPPING, COLLECTION_SEQUENCE};
use crate::object::{Args, Class, PyResult, Value};
use crate::vm::Vm;

pub fn set_collection_flags(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (Value::Class(abc), Value::Class(sub)) = (arg(&args, 0), arg(&args, 1)) else { return Ok(Value::None) };
    let flags = abc.collection_flags.get() & (COLLECTION_SEQUENCE | COLLECTION_MAPPING);
    if flags != 0 {
        set_recursive(&sub, flags, 0);
    }
    Ok(Value::None)
}

fn set_recursive(cls: &Rc<Class>, flags: u8, depth: usize) {
    let builtin = cls.is_builtin_type() || cls.dict.borrow().get_str("__module__").is_some_and(|m| m.as_str() == Some("builtins"));
    if builtin || cls.collection_flags.get() != 0 || depth > 1000 {
        return;
    }
    cls.collection_flags.set(flags);
    let subs: Vec<Rc<Class>> = cls.subclasses.borrow().iter().filter_map(|w| w.upgrade()).collect();
    for s in subs {
        set_recursive(&s, flags, depth + 1);
    }
}
