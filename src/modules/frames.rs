//! `sys._getframe(depth)`: a read-only snapshot of a running frame (`f_globals`, `f_locals`,
//! `f_code`, `f_lineno`, `f_back`), enough for `inspect.currentframe()` and for modules that
//! find their caller's `__name__` (`namedtuple`, `typing.TypeVar`).

use std::cell::RefCell;
use std::rc::Rc;

use crate::builtins::int_arg;
use crate::object::class::Layout;
use crate::object::{Args, Class, Instance, Payload, PyDict, PyErr, PyResult, Value};
use crate::vm::types::new_class_with;
use crate::vm::{Frame, Vm};

pub fn getframe(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let depth = match args.pos.first() {
        Some(v) => int_arg(vm, v, "")?,
        None => 0,
    };
    let n = vm.stack_depth();
    if depth < 0 || depth as usize >= n {
        return Err(PyErr::value_error("call stack is not deep enough"));
    }
    let cls = new_class_with("frame", &[vm.types.object.clone()], Layout::Object, None)?;
    cls.dict.borrow_mut().set_str("__module__", Value::str("builtins"));
    // Built from the outermost frame inwards so each snapshot links to its caller.
    let mut back = Value::None;
    for level in (depth as usize..n).rev() {
        let f = vm.frame_at_depth(level).expect("level is below the stack depth");
        back = snapshot(&cls, f, back);
    }
    Ok(back)
}

fn snapshot(cls: &Rc<Class>, f: &Frame, back: Value) -> Value {
    let mut d = PyDict::new();
    d.set_str("f_globals", Value::Dict(f.globals.clone()));
    d.set_str("f_code", Value::Code(f.code.clone()));
    d.set_str("f_lineno", Value::Int(f.line() as i64));
    d.set_str("f_back", back);
    let locals = match &f.locals {
        Some(l) => l.clone(),
        None if !f.code.code.flags.uses_locals_mapping => {
            let mut l = PyDict::new();
            for (name, v) in f.code.code.varnames.iter().zip(f.fast.iter()) {
                if let Some(v) = v {
                    l.set_str(name, v.clone());
                }
            }
            Value::dict(l)
        }
        None => Value::Dict(f.globals.clone()),
    };
    d.set_str("f_locals", locals);
    Value::Instance(Rc::new(Instance {
        class: RefCell::new(cls.clone()),
        dict: Rc::new(RefCell::new(d)),
        payload: Payload::None,
    }))
}
