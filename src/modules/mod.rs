//! Native modules (written in Rust); modules named `_x` are the native halves of `stdlib/x.py`.

pub mod ast_tree;
pub mod binascii;
pub mod class_collect;
pub mod cmath;
pub mod cmath_trig;
pub mod contextvars;
pub mod collection_flags;
pub mod counting;
pub mod contextvars_var;
pub mod deque;
pub mod frames;
pub mod hashlib;
pub mod code_flags;
pub mod imp;
pub mod hashlib_kdf;
pub mod hashlib_scrypt;
pub mod io;
pub mod json;
pub mod json_encode;
pub mod localtime;
pub mod libm;
pub mod math;
pub mod functools;
pub mod fcntl;
pub mod heapq;
pub mod multibyte_codec;
pub mod operator;
pub mod math_gcd;
pub mod math_int;
pub mod mersenne;
pub mod os;
pub mod random;
pub mod resource;
pub mod re;
pub mod select;
pub mod signal;
pub mod socket;
pub mod socket_addr;
pub mod socket_obj;
pub mod std_buffers;
pub mod std_streams;
pub mod struct_buffer;
pub mod struct_format;
pub mod struct_module;
pub mod struct_pack;
pub mod std_stdin;
pub mod weakref;
pub mod zlib;
pub mod subprocess;
pub mod sys;
pub mod time;
pub mod timeouts;
pub mod tuplegetter;
pub mod traceback;
pub mod dis_support;
pub mod unicodedata;

use std::cell::RefCell;
use std::rc::Rc;

use crate::object::{Module, PyDict, Value};
use crate::vm::Vm;

/// Register every native module initialiser with the VM.
pub fn register(vm: &mut Vm) {
    vm.native_modules.push(("sys", sys::init));
    vm.native_modules.push(("builtins", builtins_module));
    vm.native_modules.push(("_collections", collections_module));
    vm.native_modules.push(("_time", time::init));
    vm.native_modules.push(("math", math::init));
    vm.native_modules.push(("cmath", cmath::init));
    vm.native_modules.push(("_random", random::init));
    vm.native_modules.push(("_heapq", heapq::init));
    vm.native_modules.push(("_functools", functools::init));
    vm.native_modules.push(("_operator", operator::init));
    vm.native_modules.push(("_re", re::init));
    vm.native_modules.push(("_traceback", traceback::init));
    vm.native_modules.push(("_asyncio", crate::runtime::init_module));
    vm.native_modules.push(("_os", os::init));
    vm.native_modules.push(("_io", io::init));
    vm.native_modules.push(("_thread", crate::runtime::threads::init));
    vm.native_modules.push(("_multiprocessing", crate::runtime::processes::init));
    vm.native_modules.push(("_subprocess", subprocess::init));
    vm.native_modules.push(("_signal", signal::init));
    vm.native_modules.push(("_select", select::init));
    vm.native_modules.push(("_resource", resource::init));
    vm.native_modules.push(("_fcntl", fcntl::init));
    vm.native_modules.push(("_json", json::init));
    vm.native_modules.push(("_contextvars", contextvars::init));
    vm.native_modules.push(("_weakref", weakref::init));
    vm.native_modules.push(("unicodedata", unicodedata::init));
    vm.native_modules.push(("_hashlib", hashlib::init));
    vm.native_modules.push(("_zlib", zlib::init));
    vm.native_modules.push(("_binascii", binascii::init));
    vm.native_modules.push(("_multibytecodec", multibyte_codec::init));
    vm.native_modules.push(("_struct", struct_module::init));
    vm.native_modules.push(("_socket", socket::init));
    vm.native_modules.push(("_imp", imp::init));
    vm.native_modules.push(("_types", code_flags::init));
    vm.native_modules.push(("_ast", ast_tree::init));
}

/// `import builtins`: a module whose namespace is the VM's builtins dict itself, so assigning
/// `builtins.x` makes `x` visible everywhere, as in CPython.
const BUILTINS_DOC: &str = "Built-in functions, types, exceptions, and other objects.\n\nThis module provides direct access to all 'built-in'\nidentifiers of Python; for example, builtins.len is\nthe full name for the built-in function len().\n\nThis module is not normally accessed explicitly by most\napplications, but can be useful in modules that provide\nobjects with the same name as a built-in value, but in\nwhich the built-in of that name is also needed.";

fn builtins_module(vm: &mut Vm) -> crate::object::PyResult<Value> {
    let dict = vm.builtins.clone();
    dict.borrow_mut().set_str("__name__", Value::str("builtins"));
    dict.borrow_mut().set_str("__doc__", Value::str(BUILTINS_DOC));
    Ok(Value::Module(Rc::new(Module { name: Rc::from("builtins"), dict })))
}

/// `_collections`: the native containers behind `collections` (`deque`) and Counter's
/// counting loop.
fn collections_module(vm: &mut Vm) -> crate::object::PyResult<Value> {
    let (m, d) = new_module("_collections");
    deque::install(vm, &mut d.borrow_mut())?;
    tuplegetter::install(vm, &mut d.borrow_mut())?;
    crate::builtins::def_fn(&mut d.borrow_mut(), "_count_elements", counting::count_elements);
    crate::builtins::def_fn(&mut d.borrow_mut(), "_abc_set_collection_flags", collection_flags::set_collection_flags);
    Ok(m)
}

/// The name CPython gives the C module a corio native module stands for, as its functions
/// report it in `__module__` (corio's `_time` and `_os` are CPython's `time` and `posix`).
pub fn cpython_module_name(native: &str) -> &str {
    match native {
        "_time" => "time",
        // CPython builds `_io` from a module definition named `io`.
        "_io" => "io",
        "_os" => "posix",
        "_re" => "_sre",
        "_select" => "select",
        "_zlib" => "zlib",
        "_binascii" => "binascii",
        "_subprocess" => "_posixsubprocess",
        other => other,
    }
}

/// A new module object with `__name__` set.
pub fn new_module(name: &str) -> (Value, Rc<RefCell<PyDict>>) {
    let dict = Rc::new(RefCell::new(PyDict::new()));
    dict.borrow_mut().set_str("__name__", Value::str(name));
    // Every module has a `__doc__` of its own (else `math.__doc__` would find the module
    // type's attribute); CPython's text for the modules scripts ask `help` about.
    let doc = match name {
        "math" => Value::str("This module provides access to the mathematical functions\ndefined by the C standard."),
        "cmath" => Value::str("This module provides access to mathematical functions for complex\nnumbers."),
        _ => Value::None,
    };
    dict.borrow_mut().set_str("__doc__", doc);
    (Value::Module(Rc::new(Module { name: Rc::from(name), dict: dict.clone() })), dict)
}

/// The native value behind `v`: `v` itself, or the base value the VM keeps in an instance of a
/// class deriving from a native class (`class R(_random.Random)`, and native classes of
/// modules, which the VM builds like such subclasses).
pub fn native_value(v: &Value) -> Value {
    if let Value::Instance(i) = v {
        if let crate::object::Payload::Builtin(b) = &i.payload {
            return b.clone();
        }
    }
    v.clone()
}
