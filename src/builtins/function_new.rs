//! `types.FunctionType(code, globals, name=None, argdefs=None, closure=None)`: a function
//! built from a code object, with the argument checks and messages of CPython 3.11's func_new;
//! and `types.CellType(...)`, the cells such a closure holds.

use std::cell::RefCell;
use std::rc::Rc;

use crate::object::{Args, Function, PyDict, PyErr, PyResult, Value};
use crate::vm::Vm;

const PARAMS: [&str; 5] = ["code", "globals", "name", "argdefs", "closure"];

/// `types.CellType(contents=<empty>)`: a new cell, empty or holding `contents`.
pub fn cell_new(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(PyErr::type_error("cell() takes no keyword arguments"));
    }
    let given = args.pos.len().saturating_sub(1);
    if given > 1 {
        return Err(PyErr::type_error(format!("cell expected at most 1 argument, got {given}")));
    }
    Ok(Value::Cell(Rc::new(RefCell::new(args.pos.get(1).cloned()))))
}

pub fn function_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let own = Args { pos: args.pos.get(1..).unwrap_or(&[]), kw: args.kw };
    super::clinic("function", &own, &PARAMS, 0, 2, 5)?;
    let get = |i: usize| own.arg(i, PARAMS[i]).cloned().unwrap_or(Value::None);
    let (code, globals) = (get(0), get(1));
    let Value::Code(code) = code else {
        return Err(PyErr::type_error(format!("function() argument 'code' must be code, not {}", vm.type_name(&code))));
    };
    let globals = match &globals {
        Value::Dict(d) => d.clone(),
        other => match vm.builtin_base(other) {
            Some(Value::Dict(d)) => d,
            _ => return Err(PyErr::type_error(format!("function() argument 'globals' must be dict, not {}", vm.type_name(other)))),
        },
    };
    let name = match get(2) {
        Value::None => code.code.name.clone(),
        Value::Str(s) => Rc::from(s.as_str()),
        _ => return Err(PyErr::type_error("arg 3 (name) must be None or string")),
    };
    let defaults = match get(3) {
        Value::None => Vec::new(),
        Value::Tuple(t) => t.to_vec(),
        _ => return Err(PyErr::type_error("arg 4 (defaults) must be None or tuple")),
    };
    let closure = checked_closure(vm, &code, get(4))?;
    let module = globals.borrow().get_str("__name__").unwrap_or(Value::None);
    let doc = code.code.docstring.as_ref().map(|s| Value::str(s)).unwrap_or(Value::None);
    let func = Function {
        name: RefCell::new(name),
        qualname: RefCell::new(code.code.qualname.clone()),
        globals,
        defaults: RefCell::new(defaults),
        kwdefaults: RefCell::new(None),
        closure,
        code,
        module: RefCell::new(module),
        doc: RefCell::new(doc),
        annotations: RefCell::new(None),
        dict: Rc::new(RefCell::new(PyDict::new())),
    };
    Ok(Value::Function(Rc::new(func)))
}

/// The cells for the code's free variables: a tuple of exactly that many cells (None allowed
/// only when the code has none), checked in CPython's order.
fn checked_closure(vm: &Vm, code: &Rc<crate::vm::CodeObj>, closure: Value) -> PyResult<Vec<Value>> {
    let wanted = code.code.freevars.len();
    let cells = match closure {
        Value::Tuple(t) => t.to_vec(),
        Value::None if wanted > 0 => return Err(PyErr::type_error("arg 5 (closure) must be tuple")),
        Value::None => Vec::new(),
        _ => return Err(PyErr::type_error("arg 5 (closure) must be None or tuple")),
    };
    if cells.len() != wanted {
        return Err(PyErr::value_error(format!("{} requires closure of length {wanted}, not {}", code.code.name, cells.len())));
    }
    if let Some(bad) = cells.iter().find(|c| !matches!(c, Value::Cell(_))) {
        return Err(PyErr::type_error(format!("arg 5 (closure) expected cell, found {}", vm.type_name(bad))));
    }
    Ok(cells)
}
