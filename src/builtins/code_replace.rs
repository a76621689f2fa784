//! `code.replace(**changes)`: a copy of a code object with some fields changed, as CPython's
//! code_replace. The naming fields (`co_name`, `co_qualname`, `co_filename`,
//! `co_firstlineno`) can change; the fields that define the compiled body are accepted only
//! with their current value, since corio's bytecode is not CPython's.

use std::rc::Rc;

use crate::object::{Args, PyErr, PyResult, Value};
use crate::vm::{CodeObj, Vm};

/// Every keyword CPython 3.11's `code.replace` takes.
const FIELDS: [&str; 18] = [
    "co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals", "co_stacksize", "co_flags",
    "co_firstlineno", "co_code", "co_consts", "co_names", "co_varnames", "co_freevars", "co_cellvars",
    "co_filename", "co_name", "co_qualname", "co_linetable", "co_exceptiontable",
];

pub fn install(vm: &mut Vm) {
    super::def_method(&vm.types.code.clone(), "replace", code_replace);
}

fn code_replace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Code(old)) = args.pos.first() else {
        return Err(PyErr::type_error("descriptor 'replace' for 'code' objects needs a code object"));
    };
    if args.pos.len() > 1 {
        return Err(PyErr::type_error("replace() takes no positional arguments"));
    }
    args.allow_kw("replace()", &FIELDS)?;
    let this = args.pos[0].clone();
    let mut code = (*old.code).clone();
    for (name, value) in args.kw {
        match &**name {
            "co_name" => code.name = str_field(vm, name, value)?,
            "co_qualname" => code.qualname = str_field(vm, name, value)?,
            "co_filename" => code.filename = str_field(vm, name, value)?,
            "co_firstlineno" => {
                let line = super::int_arg(vm, value, "")?;
                code.first_line = u32::try_from(line).map_err(|_| PyErr::value_error("co_firstlineno must be a positive integer"))?;
            }
            other => {
                // The body's fields: only what the code already has.
                let current = vm.getattr(&this, &Value::str(other))?;
                if !vm.eq(&current, value)? {
                    return Err(PyErr::value_error(format!("code.replace() cannot change {other} in this interpreter")));
                }
            }
        }
    }
    Ok(Value::Code(CodeObj::new(Rc::new(code), old.source.clone())))
}

/// A str-typed field, with Argument Clinic's message for anything else.
fn str_field(vm: &Vm, name: &str, value: &Value) -> PyResult<Rc<str>> {
    match value {
        Value::Str(s) => Ok(Rc::from(s.as_str())),
        // Argument Clinic's _PyArg_BadArgument names None itself, other objects by type.
        Value::None => Err(PyErr::type_error(format!("replace() argument '{name}' must be str, not None"))),
        other => Err(PyErr::type_error(format!("replace() argument '{name}' must be str, not {}", vm.type_name(other)))),
    }
}
