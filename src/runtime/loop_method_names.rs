//! The names CPython gives the event loop methods corio has natively: its loop's public
//! methods `call_soon`, `run_until_complete`, `time`, ... are defined on `BaseEventLoop`, so
//! their `__qualname__` is `BaseEventLoop.call_soon` and a bound one reads
//! `<bound method BaseEventLoop.call_soon of <_UnixSelectorEventLoop running=False ...>>`.

use crate::builtins::arg;
use crate::object::function::Args;
use crate::object::{PyResult, Value};
use crate::vm::Vm;

/// The native loop class's name (the owner its methods are registered under).
const NATIVE_LOOP: &str = "_UnixSelectorEventLoop";

/// The CPython class defining the native loop method `name` registered under `owner`, or
/// None when `owner` is not the native loop (or the method is one of corio's private ones).
pub fn cpython_owner(owner: Option<&str>, name: &str) -> Option<&'static str> {
    (owner == Some(NATIVE_LOOP) && !name.starts_with('_')).then_some("BaseEventLoop")
}

/// Where CPython defines the loop methods corio writes in the language and attaches to its
/// native loop class: (method, defining class, its module). A method not listed is
/// `BaseEventLoop`'s, in `asyncio.base_events`.
const SCRIPT_METHOD_OWNERS: &[(&str, &str, &str)] = &[
    ("add_reader", "BaseSelectorEventLoop", "asyncio.selector_events"),
    ("add_writer", "BaseSelectorEventLoop", "asyncio.selector_events"),
    ("remove_reader", "BaseSelectorEventLoop", "asyncio.selector_events"),
    ("remove_writer", "BaseSelectorEventLoop", "asyncio.selector_events"),
    ("sock_accept", "BaseSelectorEventLoop", "asyncio.selector_events"),
    ("sock_connect", "BaseSelectorEventLoop", "asyncio.selector_events"),
    ("sock_recv", "BaseSelectorEventLoop", "asyncio.selector_events"),
    ("sock_recv_into", "BaseSelectorEventLoop", "asyncio.selector_events"),
    ("sock_recvfrom", "BaseSelectorEventLoop", "asyncio.selector_events"),
    ("sock_recvfrom_into", "BaseSelectorEventLoop", "asyncio.selector_events"),
    ("sock_sendall", "BaseSelectorEventLoop", "asyncio.selector_events"),
    ("sock_sendto", "BaseSelectorEventLoop", "asyncio.selector_events"),
    ("add_signal_handler", "_UnixSelectorEventLoop", "asyncio.unix_events"),
    ("close", "_UnixSelectorEventLoop", "asyncio.unix_events"),
    ("create_unix_connection", "_UnixSelectorEventLoop", "asyncio.unix_events"),
    ("create_unix_server", "_UnixSelectorEventLoop", "asyncio.unix_events"),
    ("remove_signal_handler", "_UnixSelectorEventLoop", "asyncio.unix_events"),
    ("_handle_signal", "_UnixSelectorEventLoop", "asyncio.unix_events"),
];

fn class_module(cls: &str) -> &'static str {
    match cls {
        "BaseSelectorEventLoop" => "asyncio.selector_events",
        "_UnixSelectorEventLoop" => "asyncio.unix_events",
        _ => "asyncio.base_events",
    }
}

/// `_asyncio._name_loop_methods(cls)`: give the functions written in the language that hang on
/// the native loop class `cls` the `__qualname__` and `__module__` of the CPython class that
/// defines each (so a bound one reads `<bound method BaseEventLoop.create_connection of ...>`).
/// A function whose qualname already names its class (the lazy stand-ins of `asyncio`) only
/// gets that class's module. Done natively: as a loop over the class dict in the language it
/// cost a twentieth of `import asyncio`.
pub fn name_script_methods(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Value::Class(cls) = arg(&args, 0) else { return Ok(Value::None) };
    let dict = cls.dict.borrow();
    for entry in dict.iter() {
        let (Some(name), Value::Function(f)) = (entry.key.as_str(), &entry.value) else { continue };
        let qualname = f.qualname.borrow().clone();
        if let Some((owner, _)) = qualname.split_once('.') {
            if f.module.borrow().as_str() == Some("asyncio") {
                *f.module.borrow_mut() = Value::str(class_module(owner));
            }
            continue;
        }
        let (owner, module) = SCRIPT_METHOD_OWNERS
            .iter()
            .find(|(method, _, _)| *method == name)
            .map_or(("BaseEventLoop", "asyncio.base_events"), |&(_, c, m)| (c, m));
        *f.qualname.borrow_mut() = format!("{owner}.{name}").into();
        *f.module.borrow_mut() = Value::str(module);
    }
    Ok(Value::None)
}

/// The CPython class whose Python method the native `b` stands in for: the native loop's
/// public methods (`BaseEventLoop`), and the native `Queue.put`/`get`, `Lock.acquire`,
/// `Event.wait`, `StreamReader.read`, ... that corio swaps into those classes. Bound, CPython
/// shows them as `method` objects (`<bound method Queue.put of <Queue ...>>`).
pub fn python_method_owner(b: &crate::object::BuiltinFunction) -> Option<&'static str> {
    if let Some(cls) = cpython_owner(b.owner.as_deref(), &b.name) {
        return Some(cls);
    }
    if b.owner.is_some() || b.kind != crate::object::function::NativeKind::Method {
        return None;
    }
    let module = b.module.get()?;
    Some(match (&**module, &*b.name) {
        ("asyncio.queues", "put" | "get") => "Queue",
        ("asyncio.locks", "acquire") => "Lock",
        ("asyncio.locks", "__aenter__" | "__aexit__") => "_ContextManagerMixin",
        ("asyncio.locks", "wait") => "Event",
        ("asyncio.streams", "read" | "readexactly") => "StreamReader",
        ("asyncio.streams", "write" | "drain") => "StreamWriter",
        _ => return None,
    })
}
