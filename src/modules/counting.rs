//! `_collections._count_elements(mapping, iterable)`: the counting loop of `Counter.update`
//! (CPython's C helper of the same name).

use crate::builtins::arg;
use crate::object::{Args, PyResult, Value};
use crate::vm::Vm;

/// `mapping[elem] = mapping.get(elem, 0) + 1` for each element. When `get` and `__setitem__`
/// are dict's own (a Counter that does not override them), the dict is updated directly, as
/// CPython's fast path does; otherwise the methods are called.
pub fn count_elements(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mapping = arg(&args, 0);
    let iterable = arg(&args, 1);
    let it = vm.get_iter(&iterable)?;
    let one = Value::Int(1);
    let table = match (&mapping, vm.builtin_base(&mapping)) {
        (Value::Dict(d), _) => Some(d.clone()),
        (_, Some(Value::Dict(d))) if dict_method(vm, &mapping, "get") && dict_method(vm, &mapping, "__setitem__") => Some(d),
        _ => None,
    };
    while let Some(elem) = vm.iter_next(&it)? {
        match &table {
            Some(d) => {
                let old = vm.dict_get_item(&Value::Dict(d.clone()), &elem)?;
                let new = match old {
                    Some(v) => vm.binary_op(crate::bytecode::opcode::BinOp::Add, &v, &one, false)?,
                    None => one.clone(),
                };
                vm.dict_set_item(d, elem, new)?;
            }
            None => {
                let old = vm.call_method(&mapping, "get", vec![elem.clone(), Value::Int(0)])?;
                let new = vm.binary_op(crate::bytecode::opcode::BinOp::Add, &old, &one, false)?;
                vm.setitem(&mapping, elem, new)?;
            }
        }
    }
    Ok(Value::None)
}

/// Whether `name` on the mapping's type is the built-in dict method.
fn dict_method(vm: &Vm, mapping: &Value, name: &str) -> bool {
    matches!(vm.lookup_special(mapping, name), Some(Value::Builtin(b)) if b.owner.as_deref() == Some("dict"))
}
