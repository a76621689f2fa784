//! `format(value, spec)`: the format-spec mini-language for built-in types, `__format__` for others.

use crate::object::{PyErr, PyResult, Value};
use crate::vm::Vm;

pub fn format(vm: &mut Vm, v: &Value, spec: &str) -> PyResult<String> {
    match v {
        Value::Instance(_) | Value::Native(_) => {
            if let Some(m) = vm.lookup_special(v, "__format__") {
                if !matches!(&m, crate::object::Value::Builtin(b) if b.owner.as_deref() == Some("object")) {
                    let r = vm.call_bound_special(&m, v, vec![Value::str(spec)])?;
                    return match r {
                        Value::Str(s) => Ok(s.as_str().to_owned()),
                        other => Err(PyErr::type_error(format!(
                            "__format__ must return a str, not {}",
                            vm.type_name(&other)
                        ))),
                    };
                }
            }
            if let Some(b) = vm.builtin_base(v) {
                return format(vm, &b, spec);
            }
            if !spec.is_empty() {
                return Err(PyErr::type_error(format!(
                    "unsupported format string passed to {}.__format__",
                    vm.type_name(v)
                )));
            }
            vm.str(v)
        }
        _ if spec.is_empty() => vm.str(v),
        _ => format_builtin(vm, v, spec),
    }
}

fn format_builtin(vm: &mut Vm, v: &Value, spec: &str) -> PyResult<String> {
    use crate::text::format_spec::{format_float_with, format_int_with, format_str_with};
    match v {
        Value::Bool(_) | Value::Int(_) | Value::BigInt(_) => {
            let b = crate::object::int::to_bigint(v).unwrap_or_default();
            let tn = vm.type_name(v);
            Ok(format_int_with(&b, spec, &tn)?)
        }
        Value::Float(f) => Ok(format_float_with(*f, spec)?),
        Value::Str(s) => Ok(format_str_with(s.as_str(), spec)?),
        _ => Err(PyErr::type_error(format!(
            "unsupported format string passed to {}.__format__",
            vm.type_name(v)
        ))),
    }
}
