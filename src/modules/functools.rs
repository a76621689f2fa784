//! `_functools`: the C half of `functools` that scripts see as built-in functions (CPython's
//! `<built-in function reduce>`): `reduce`, and `cmp_to_key`, which wraps the comparison in
//! the `functools.KeyWrapper` class `stdlib/functools.py` registers here.

use std::cell::RefCell;

use super::new_module;
use crate::builtins::def_fn;
use crate::object::{Args, PyErr, PyResult, Value};
use crate::vm::Vm;

thread_local! {
    /// `functools._make_key_wrapper`, set by `functools` when it loads.
    static MAKE_KEY: RefCell<Option<Value>> = const { RefCell::new(None) };
}

pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = new_module("_functools");
    let mut d = d.borrow_mut();
    def_fn(&mut d, "reduce", reduce);
    def_fn(&mut d, "cmp_to_key", cmp_to_key);
    def_fn(&mut d, "_set_key_maker", set_key_maker);
    Ok(m)
}

/// `reduce(function, iterable[, initial])`, with functools.c's argument checks and messages.
fn reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(PyErr::type_error("reduce() takes no keyword arguments"));
    }
    let n = args.pos.len();
    if n < 2 {
        return Err(PyErr::type_error(format!("reduce expected at least 2 arguments, got {n}")));
    }
    if n > 3 {
        return Err(PyErr::type_error(format!("reduce expected at most 3 arguments, got {n}")));
    }
    let func = args.pos[0].clone();
    let it = match vm.get_iter(&args.pos[1]) {
        Ok(it) => it,
        Err(e) if vm.err_matches(&e, crate::object::ExcKind::TypeError) => {
            return Err(PyErr::type_error("reduce() arg 2 must support iteration"))
        }
        Err(e) => return Err(e),
    };
    let mut acc = args.pos.get(2).cloned();
    while let Some(v) = vm.iter_next(&it)? {
        acc = Some(match acc {
            None => v,
            Some(a) => vm.call(&func, vec![a, v])?,
        });
    }
    acc.ok_or_else(|| PyErr::type_error("reduce() of empty iterable with no initial value"))
}

/// `cmp_to_key(mycmp)`: a `functools.KeyWrapper` around `mycmp` (made by the Python helper
/// `functools` registered; CPython's KeyWrapper is a C type too).
fn cmp_to_key(vm: &mut Vm, args: Args) -> PyResult<Value> {
    // Argument Clinic's order: too many arguments, then the missing one, then a stray keyword.
    let given = args.pos.len() + args.kw.len();
    if given > 1 {
        let what = if args.pos.is_empty() { "keyword argument" } else { "argument" };
        return Err(PyErr::type_error(format!("cmp_to_key() takes at most 1 {what} ({given} given)")));
    }
    let mycmp = match (args.pos.first(), args.kwarg("mycmp")) {
        (Some(f), _) | (None, Some(f)) => f.clone(),
        (None, None) => return Err(PyErr::type_error("cmp_to_key() missing required argument 'mycmp' (pos 1)")),
    };
    let Some(make) = MAKE_KEY.with(|m| m.borrow().clone()) else {
        return Err(PyErr::runtime_error("functools is not initialised"));
    };
    vm.call(&make, vec![mycmp])
}

fn set_key_maker(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = args.pos.first().cloned();
    MAKE_KEY.with(|m| *m.borrow_mut() = f);
    Ok(Value::None)
}
