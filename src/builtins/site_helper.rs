//! `help`: CPython's site module puts a `_sitebuiltins._Helper` instance in builtins. Its
//! repr tells how to use it and calling it runs `pydoc.help` (stdlib/pydoc.py), imported only
//! then, so start-up pays for one small class.

use std::cell::RefCell;
use std::rc::Rc;

use super::def_method;
use crate::object::class::Layout;
use crate::object::{Args, Instance, Payload, PyDict, PyResult, Value};
use crate::vm::types::new_class_with;
use crate::vm::Vm;

const REPR: &str = "Type help() for interactive help, or help(object) for help about object.";

const DOC: &str = "Define the builtin 'help'.\n\n    This is a wrapper around pydoc.help that provides a helpful message\n    when 'help' is typed at the Python interactive prompt.\n\n    Calling help() at the Python prompt starts an interactive help session.\n    Calling help(thing) prints help for the python object 'thing'.\n    ";

pub fn install(vm: &mut Vm) {
    let Ok(cls) = new_class_with("_Helper", &[vm.types.object.clone()], Layout::Object, None) else { return };
    {
        let mut d = cls.dict.borrow_mut();
        d.set_str("__module__", Value::str("_sitebuiltins"));
        d.set_str("__doc__", Value::str(DOC));
    }
    def_method(&cls, "__repr__", helper_repr);
    def_method(&cls, "__call__", helper_call);
    let help = Value::Instance(Rc::new(Instance {
        class: RefCell::new(cls),
        dict: Rc::new(RefCell::new(PyDict::new())),
        payload: Payload::None,
    }));
    vm.builtins.borrow_mut().set_str("help", help);
}

fn helper_repr(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::str(REPR))
}

/// `help(*args, **kwds)`: as CPython's `_Helper.__call__`, `pydoc.help(*args, **kwds)`.
fn helper_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pydoc = vm.import_module("pydoc")?;
    let f = vm.getattr(&pydoc, &Value::str("help"))?;
    let pos = args.pos.get(1..).unwrap_or(&[]).to_vec();
    vm.call_kw(&f, pos, args.kw.to_vec())
}
