//! `format(value, spec)`: the format-spec mini-language for built-in types, `__format__` for others.

use crate::object::{PyErr, PyResult, Value};
use crate::vm::Vm;

pub fn format(vm: &mut Vm, v: &Value, spec: &str) -> PyResult<String> {
    match v {
        // A class formats through its metaclass's `__format__` when it has one.
        Value::Instance(_) | Value::Native(_) | Value::Class(_) => {
            if let Some(m) = vm.lookup_special(v, "__format__") {
                // A built-in `__format__` (object's, or the built-in base's own) is done below.
                let builtin = matches!(&m, Value::Builtin(b) if b.owner.as_deref() == Some("object")
                    || (b.owner.is_some() && vm.builtin_base(v).is_some_and(|base| Some(vm.type_name(&base).as_str()) == b.owner.as_deref())));
                if !builtin {
                    let r = vm.call_bound_special(&m, v, vec![Value::str(spec)])?;
                    return vm.str_text(&r).ok_or_else(|| {
                        PyErr::type_error(format!("__format__ must return a str, not {}", vm.type_name(&r)))
                    });
                }
            }
            if let Some(b) = vm.builtin_base(v) {
                if spec.is_empty() {
                    // matches CPython: an empty spec formats a subclass as `str(obj)`, so a
                    // `__repr__`/`__str__` override shows.
                    return vm.str(v);
                }
                // matches CPython: messages name the subclass (`... of type 'MyInt'`).
                let tn = vm.type_name(v);
                return format_builtin(vm, &b, spec, Some(&tn));
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
        _ => format_builtin(vm, v, spec, None),
    }
}

/// `format(v, spec)` for an exact int (in the machine range), float or str, appended to
/// `out`; None for any other value, which takes the general path (`format`).
pub fn append_exact_builtin(v: &Value, spec: &str, out: &mut String) -> Option<PyResult<()>> {
    use crate::text::format_spec::{append_float, append_int_arg, format_str, FormatSpec, IntArg};
    Some(match v {
        Value::Int(i) if spec.is_empty() => {
            let mut buf = [0u8; crate::text::float_fixed::BUF_LEN];
            if *i < 0 {
                out.push('-');
            }
            out.push_str(crate::text::float_fixed::u64_digits(&mut buf, i.unsigned_abs()));
            Ok(())
        }
        Value::Int(i) => FormatSpec::parse(spec, "int").and_then(|p| append_int_arg(IntArg::Small(*i), &p, out)).map_err(PyErr::from),
        Value::Float(f) if !spec.is_empty() => FormatSpec::parse(spec, "float").and_then(|p| append_float(f.get(), &p, out)).map_err(PyErr::from),
        Value::Str(s) => FormatSpec::parse(spec, "str")
            .and_then(|p| format_str(s.as_str(), &p))
            .map(|s| out.push_str(&s))
            .map_err(PyErr::from),
        _ => return None,
    })
}

/// A built-in value's format; `type_name` overrides the name used in messages (a subclass).
fn format_builtin(vm: &mut Vm, v: &Value, spec: &str, type_name: Option<&str>) -> PyResult<String> {
    use crate::text::format_spec::{format_float, format_int_arg, format_str, FormatSpec, IntArg};
    match v {
        // The exact built-in types: subclasses arrive here as their base value (see `format`).
        Value::Bool(b) => Ok(format_int_arg(IntArg::Small(b.get() as i64), &FormatSpec::parse(spec, type_name.unwrap_or("bool"))?)?),
        Value::Int(i) => Ok(format_int_arg(IntArg::Small(*i), &FormatSpec::parse(spec, type_name.unwrap_or("int"))?)?),
        Value::BigInt(b) => {
            let parsed = FormatSpec::parse(spec, type_name.unwrap_or("int"))?;
            // Decimal presentations obey sys.set_int_max_str_digits, as in CPython.
            if matches!(parsed.ty, None | Some('d' | 'n')) {
                crate::object::int::check_str_digits(b)?;
            }
            Ok(format_int_arg(IntArg::Big(b), &parsed)?)
        }
        Value::Float(f) => Ok(format_float(f.get(), &FormatSpec::parse(spec, type_name.unwrap_or("float"))?)?),
        Value::Complex(c) => Ok(crate::text::complex_repr::format_complex(c.0, c.1, spec)?),
        Value::Str(s) => Ok(format_str(s.as_str(), &FormatSpec::parse(spec, type_name.unwrap_or("str"))?)?),
        _ => Err(PyErr::type_error(format!(
            "unsupported format string passed to {}.__format__",
            vm.type_name(v)
        ))),
    }
}
