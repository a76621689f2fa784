//! UnicodeEncodeError / UnicodeDecodeError: the `encoding`, `object`, `start`, `end` and
//! `reason` attributes over CPython's five constructor arguments, and the `str()` CPython
//! builds from them.

use super::arg;
use super::exceptions::{assign, assigned, data_of, prop};
use crate::object::{Args, ExcKind, PyResult, Value};
use crate::vm::Vm;

pub fn install(vm: &mut Vm) {
    for kind in [ExcKind::UnicodeEncodeError, ExcKind::UnicodeDecodeError] {
        let cls = vm.exc_class(kind);
        // Writable, as CPython's members; `str()` reads the assigned values.
        prop(&cls, "encoding", |_vm, a| field(&a, 0), Some(|_vm, a| assign(&a, FIELDS[0], arg(&a, 1))));
        prop(&cls, "object", |_vm, a| field(&a, 1), Some(|_vm, a| assign(&a, FIELDS[1], arg(&a, 1))));
        prop(&cls, "start", |_vm, a| field(&a, 2), Some(|_vm, a| assign(&a, FIELDS[2], arg(&a, 1))));
        prop(&cls, "end", |_vm, a| field(&a, 3), Some(|_vm, a| assign(&a, FIELDS[3], arg(&a, 1))));
        prop(&cls, "reason", |_vm, a| field(&a, 4), Some(|_vm, a| assign(&a, FIELDS[4], arg(&a, 1))));
        super::def_method(&cls, "__str__", unicode_error_str);
    }
}

const FIELDS: [&str; 5] = ["encoding", "object", "start", "end", "reason"];

/// The field a script assigned, else argument `i` when the error was made with the five
/// standard arguments, else None.
fn field(args: &Args, i: usize) -> PyResult<Value> {
    if let Some(v) = assigned(args, FIELDS[i])? {
        return Ok(v);
    }
    let v = arg(args, 0);
    let (_, d) = data_of(&v)?;
    let a = &d.borrow().args;
    Ok(if a.len() == 5 { a[i].clone() } else { Value::None })
}

fn unicode_error_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = arg(&args, 0);
    let (inst, d) = data_of(&v)?;
    let _ = d;
    let a = (0..5).map(|i| field(&args, i)).collect::<PyResult<Vec<_>>>()?;
    let (Some(Value::Int(start)), Some(Value::Int(end))) = (a.get(2), a.get(3)) else {
        return Ok(Value::string(vm.exception_str(&v)?));
    };
    let (start, end) = (*start, *end);
    let encoding = vm.str(&a[0])?;
    let reason = vm.str(&a[4])?;
    let is_decode = inst.class().is_subclass(&vm.exc_class(ExcKind::UnicodeDecodeError));
    let single = end == start + 1;
    let text = if is_decode {
        let byte = match &a[1] {
            Value::Bytes(b) => b.get(start as usize).copied(),
            Value::ByteArray(b) => b.borrow().get(start as usize).copied(),
            _ => None,
        };
        match byte {
            Some(b) if single => format!("'{encoding}' codec can't decode byte 0x{b:02x} in position {start}: {reason}"),
            _ => format!("'{encoding}' codec can't decode bytes in position {start}-{}: {reason}", end - 1),
        }
    } else {
        let ch = a[1].as_str().and_then(|s| s.chars().nth(start as usize));
        match ch {
            Some(c) if single => {
                let n = c as u32;
                let esc = if n < 0x100 {
                    format!("\\x{n:02x}")
                } else if n < 0x10000 {
                    format!("\\u{n:04x}")
                } else {
                    format!("\\U{n:08x}")
                };
                format!("'{encoding}' codec can't encode character '{esc}' in position {start}: {reason}")
            }
            _ => format!("'{encoding}' codec can't encode characters in position {start}-{}: {reason}", end - 1),
        }
    };
    Ok(Value::string(text))
}
