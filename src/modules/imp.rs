//! `_imp`: what `importlib` asks the import system (is a name built in or embedded, where
//! would `import name` find its source), answered by the VM's own module loader.

use crate::builtins::{arg, def_fn};
use crate::object::{Args, ExcKind, PyErr, PyResult, Value};
use crate::vm::Vm;

use super::new_module;

pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = new_module("_imp");
    let mut d = d.borrow_mut();
    def_fn(&mut d, "is_builtin", is_builtin);
    def_fn(&mut d, "is_frozen", is_frozen);
    def_fn(&mut d, "_find_source", find_source);
    def_fn(&mut d, "_frozen_source", frozen_source);
    Ok(m)
}

fn name_arg(args: &Args, func: &str) -> PyResult<String> {
    match arg(args, 0).as_str() {
        Some(s) => Ok(s.to_owned()),
        None => Err(PyErr::type_error(format!("{func}() argument must be str"))),
    }
}

/// Where `import name` would load `name` from: `(file name, is package)`, or None.
fn locate(vm: &Vm, name: &str) -> Option<(String, bool)> {
    let loader = vm.loader.as_ref()?;
    loader.find_source(name, vm).map(|(_, filename, is_package)| (filename, is_package))
}

/// CPython's `_imp.is_builtin`: 1 for a module compiled into the interpreter, else 0.
fn is_builtin(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let name = name_arg(&args, "is_builtin")?;
    Ok(Value::Int(vm.native_modules.iter().any(|(n, _)| *n == name) as i64))
}

/// True when `import name` would load the copy embedded in the binary (no file on `sys.path`
/// shadows it).
fn is_frozen(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let name = name_arg(&args, "is_frozen")?;
    let embedded = matches!(locate(vm, &name), Some((file, _)) if file.starts_with("<frozen "));
    Ok(Value::bool(embedded))
}

fn find_source(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let name = name_arg(&args, "_find_source")?;
    Ok(match locate(vm, &name) {
        Some((file, is_package)) => Value::tuple(vec![Value::string(file), Value::bool(is_package)]),
        None => Value::None,
    })
}

/// The source of an embedded module, for `FrozenImporter.exec_module`.
fn frozen_source(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let name = name_arg(&args, "_frozen_source")?;
    match crate::frozen::find(&name) {
        Some((src, _, _)) => Ok(Value::str(src)),
        None => Err(PyErr::new(ExcKind::ImportError, format!("No such frozen object named '{name}'"))),
    }
}
