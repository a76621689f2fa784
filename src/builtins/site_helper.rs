//! `help`, `copyright`, `credits` and `license`: CPython's site module puts
//! `_sitebuiltins._Helper` and `_Printer` instances in builtins. `help`'s repr tells how to use
//! it and calling it runs `pydoc.help` (stdlib/pydoc.py); a printer's repr and call come from
//! stdlib/_sitebuiltins.py. Those modules are imported only when used, so start-up pays for two
//! small classes.

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

    let Ok(printer) = new_class_with("_Printer", &[vm.types.object.clone()], Layout::Object, None) else { return };
    {
        let mut d = printer.dict.borrow_mut();
        d.set_str("__module__", Value::str("_sitebuiltins"));
        d.set_str("__doc__", Value::str("interactive prompt objects for printing the license text, a list of\n    contributors and the copyright notice."));
    }
    def_method(&printer, "__repr__", printer_repr);
    def_method(&printer, "__call__", printer_call);
    for name in ["copyright", "credits", "license"] {
        let mut d = PyDict::new();
        d.set_str("_Printer__name", Value::str(name));
        let obj = Value::Instance(Rc::new(Instance {
            class: RefCell::new(printer.clone()),
            dict: Rc::new(RefCell::new(d)),
            payload: Payload::None,
        }));
        vm.builtins.borrow_mut().set_str(name, obj);
    }
}

/// `_sitebuiltins.<helper>(name)` for the printer `args[0]`.
fn printer_delegate(vm: &mut Vm, args: &Args, helper: &str) -> PyResult<Value> {
    let me = super::arg(args, 0);
    let name = vm.getattr(&me, &Value::str("_Printer__name"))?;
    let m = vm.import_module("_sitebuiltins")?;
    let f = vm.getattr(&m, &Value::str(helper))?;
    vm.call(&f, vec![name])
}

fn printer_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    printer_delegate(vm, &args, "_printer_repr")
}

fn printer_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    printer_delegate(vm, &args, "_printer_call")
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
