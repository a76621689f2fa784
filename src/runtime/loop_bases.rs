//! The native loop class's bases: CPython's `_UnixSelectorEventLoop` derives from
//! `BaseSelectorEventLoop`, `BaseEventLoop` and `AbstractEventLoop`. The last two are written in
//! the language (`stdlib/asyncio/events.py`, `base_events.py`) after the native class exists;
//! `_asyncio._loop_base_classes(BaseEventLoop)` makes `BaseSelectorEventLoop` under them and
//! grafts it under the native class, so `type(loop).__mro__`, `__bases__` and
//! `__subclasses__()` read as CPython's. The native class's own dict stays first in the MRO:
//! its methods are found as before. Done natively: as a class statement it cost a fraction
//! of `import asyncio`'s start-up.

use std::rc::Rc;

use crate::builtins::arg;
use crate::object::class::Layout;
use crate::object::function::Args;
use crate::object::{Class, PyErr, PyResult, Value};
use crate::vm::types::{compute_mro, new_class_with};
use crate::vm::Vm;

/// CPython's `BaseSelectorEventLoop.__doc__`.
const DOC: &str = "Selector event loop.\n\n    See events.EventLoop for API specification.\n    ";

/// `_asyncio._loop_base_classes(BaseEventLoop)` -> `BaseSelectorEventLoop`, now the native loop
/// class's only base.
pub fn loop_base_classes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Value::Class(base) = arg(&args, 0) else {
        return Err(PyErr::type_error("_loop_base_classes() expects a class"));
    };
    // The native loop has no instance dict: the script classes it now derives from must not
    // offer it `__dict__`/`__weakref__` descriptors (as if they had `__slots__ = ()`).
    for c in base.mro.borrow().iter().filter(|c| c.layout != Layout::Builtin) {
        let mut d = c.dict.borrow_mut();
        d.del_str("__dict__");
        d.del_str("__weakref__");
        c.dictless.set(true);
    }
    let selector = new_class_with("BaseSelectorEventLoop", std::slice::from_ref(&base), Layout::Object, None)?;
    *selector.metaclass.borrow_mut() = base.metaclass.borrow().clone();
    {
        let mut d = selector.dict.borrow_mut();
        d.set_str("__module__", Value::str("asyncio.selector_events"));
        d.set_str("__doc__", Value::str(DOC));
    }
    selector.dictless.set(true);
    graft(vm, &selector)?;
    Ok(Value::Class(selector))
}

/// Make `base` the native loop class's only base.
fn graft(vm: &mut Vm, base: &Rc<Class>) -> PyResult<()> {
    let cls = super::classes(vm).event_loop.clone();
    let mro = compute_mro(&cls, std::slice::from_ref(base))?;
    let old_bases = std::mem::replace(&mut *cls.bases.borrow_mut(), vec![base.clone()]);
    *cls.mro.borrow_mut() = mro;
    for b in &old_bases {
        b.subclasses.borrow_mut().retain(|w| w.upgrade().is_some_and(|c| !Rc::ptr_eq(&c, &cls)));
    }
    base.subclasses.borrow_mut().push(Rc::downgrade(&cls));
    // Lookups the class cached through its old MRO are stale. (It has no subclasses yet, and
    // what its own dict answers is unchanged, so the global type epoch need not move: that
    // would make every class's cache stale in the middle of `import asyncio`.)
    *cls.attr_cache.borrow_mut() = Default::default();
    Ok(())
}
