//! `str % args` and `bytes % args` (PEP 461): the VM side of printf-style formatting
//! (argument conversion).

use super::Vm;
use crate::object::{PyErr, PyResult, Value};
use crate::text::percent::{percent_format, percent_format_bytes, Conversion, PercentArgs, PercentValue};

struct VmArgs<'a> {
    vm: &'a mut Vm,
    operand: Value,
    /// Formatting a bytes or bytearray template: keys are bytes, `%c` takes a single byte.
    bytes: bool,
}

impl PercentArgs for VmArgs<'_> {
    type Arg = Value;
    type Error = PyErr;

    fn tuple_len(&self) -> Option<usize> {
        match &self.operand {
            Value::Tuple(t) => Some(t.len()),
            _ => None,
        }
    }

    fn is_mapping(&self) -> bool {
        match &self.operand {
            Value::Tuple(_) | Value::Str(_) => false,
            // matches CPython's _PyBytes_FormatEx: a bytes or bytearray operand is never a mapping.
            Value::Bytes(_) | Value::ByteArray(_) if self.bytes => false,
            Value::Dict(_) | Value::List(_) => true,
            other => self.vm.lookup_special(other, "__getitem__").is_some(),
        }
    }

    fn item(&mut self, index: usize) -> Value {
        match &self.operand {
            Value::Tuple(t) => t.get(index).cloned().unwrap_or(Value::None),
            other => other.clone(),
        }
    }

    fn whole(&mut self) -> Value {
        self.operand.clone()
    }

    fn lookup(&mut self, key: &str) -> PyResult<Value> {
        let op = self.operand.clone();
        let key = if self.bytes {
            // percent_format_bytes hands the key over decoded as latin-1.
            Value::Bytes(key.chars().map(|c| c as u32 as u8).collect::<Vec<u8>>().into())
        } else {
            Value::str(key)
        };
        self.vm.getitem(&op, &key)
    }

    fn convert(&mut self, arg: &Value, conv: Conversion) -> PyResult<PercentValue> {
        let vm = &mut *self.vm;
        Ok(match conv {
            Conversion::Str => PercentValue::Str(vm.str(arg)?),
            Conversion::Repr => PercentValue::Str(vm.repr(arg)?),
            Conversion::Ascii => PercentValue::Str(crate::builtins::functions::ascii_escape(&vm.repr(arg)?)),
            Conversion::Int(c) => match arg {
                Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => {
                    if let (Value::BigInt(b), 'd' | 'i' | 'u') = (arg, c) {
                        crate::object::int::check_str_digits(b)?;
                    }
                    PercentValue::Int(crate::object::int::to_bigint(arg).unwrap_or_default())
                }
                Value::Float(f) if matches!(c, 'd' | 'i' | 'u') => {
                    match crate::builtins::functions::float_to_int(f.get())? {
                        v => PercentValue::Int(crate::object::int::to_bigint(&v).unwrap_or_default()),
                    }
                }
                _ => percent_int_protocol(vm, arg, c)?,
            },
            Conversion::Float(_) => match arg {
                Value::Float(f) => PercentValue::Float(f.get()),
                Value::Int(i) => PercentValue::Float(*i as f64),
                Value::Bool(b) => PercentValue::Float(b.get() as i64 as f64),
                Value::BigInt(b) => PercentValue::Float(crate::object::int::to_f64(b)?),
                // PyFloat_AsDouble: `__float__`, then `__index__`.
                _ => match crate::builtins::number_convert::float_from_protocol(vm, arg)? {
                    Some(f) => PercentValue::Float(f),
                    None => PercentValue::Wrong(vm.type_name(arg)),
                },
            },
            Conversion::Char if self.bytes => match arg {
                Value::Bytes(b) => PercentValue::Bytes(b.to_vec()),
                Value::ByteArray(b) => PercentValue::Bytes(b.borrow().clone()),
                _ => match vm.index_value(arg)? {
                    Some(i) => PercentValue::Int(i.into()),
                    None => PercentValue::Wrong(vm.type_name(arg)),
                },
            },
            // Any int (bool and big ones too: out of range is an OverflowError) or an object
            // with `__index__`, as CPython's PyLong_AsLongAndOverflow takes.
            Conversion::Char => match arg {
                Value::Str(s) => PercentValue::Str(s.as_str().to_owned()),
                Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => {
                    PercentValue::Int(crate::object::int::to_bigint(arg).unwrap_or_default())
                }
                _ => match vm.index_value(arg)? {
                    Some(i) => PercentValue::Int(i.into()),
                    None => PercentValue::Wrong(vm.type_name(arg)),
                },
            },
            Conversion::Bytes => match arg {
                Value::Bytes(b) => PercentValue::Bytes(b.to_vec()),
                Value::ByteArray(b) => PercentValue::Bytes(b.borrow().clone()),
                _ => match vm.lookup_special(arg, "__bytes__") {
                    Some(m) => match vm.call_bound_special(&m, arg, vec![])? {
                        Value::Bytes(b) => PercentValue::Bytes(b.to_vec()),
                        // A bytes subclass is bytes too.
                        other => match vm.builtin_base(&other) {
                            Some(Value::Bytes(b)) => PercentValue::Bytes(b.to_vec()),
                            _ => {
                                return Err(PyErr::type_error(format!(
                                    "__bytes__ returned non-bytes (type {})",
                                    vm.type_name(&other)
                                )))
                            }
                        },
                    },
                    None => PercentValue::Wrong(vm.type_name(arg)),
                },
            },
            Conversion::Star => match arg {
                Value::Int(i) => PercentValue::Int((*i).into()),
                _ => PercentValue::Wrong(vm.type_name(arg)),
            },
        })
    }
}

/// `%d`/`%x`... of an object that is not an int, as CPython's mainformatlong: a number
/// (`__index__`, `__int__`, `__float__` or complex) converted with `__index__` for `o`/`x`/`X`
/// and as `int()` does otherwise; a TypeError from that becomes the format's own error.
fn percent_int_protocol(vm: &mut Vm, arg: &Value, c: char) -> PyResult<PercentValue> {
    let numeric = matches!(arg, Value::Float(_) | Value::Complex(_))
        || ["__index__", "__int__", "__float__"].iter().any(|m| vm.lookup_special(arg, m).is_some());
    if !numeric {
        return Ok(PercentValue::Wrong(vm.type_name(arg)));
    }
    let converted = if matches!(c, 'o' | 'x' | 'X') {
        crate::builtins::number_convert::index_of(vm, arg)
    } else {
        crate::builtins::number_convert::int_from_protocol(vm, arg)
    };
    match converted {
        Ok(Some(v)) => match crate::object::int::to_bigint(&v) {
            Some(i) => Ok(PercentValue::Int(i)),
            None => Ok(PercentValue::Wrong(vm.type_name(arg))),
        },
        Ok(None) => Ok(PercentValue::Wrong(vm.type_name(arg))),
        Err(e) if vm.err_matches(&e, crate::object::ExcKind::TypeError) => Ok(PercentValue::Wrong(vm.type_name(arg))),
        Err(e) => Err(e),
    }
}

impl Vm {
    /// `fmt % args` for str formats.
    pub fn str_percent_format(&mut self, fmt: &Value, args: &Value) -> PyResult<Value> {
        let f = fmt.as_str().unwrap_or("").to_owned();
        // Matches CPython (PyTuple_Check): an instance of a tuple subclass is an argument tuple.
        let operand = match self.builtin_base(args) {
            Some(t @ Value::Tuple(_)) => t,
            _ => args.clone(),
        };
        let mut a = VmArgs { vm: self, operand, bytes: false };
        Ok(Value::string(percent_format(&f, &mut a)?))
    }

    /// `fmt % args` for bytes and bytearray formats (the result has the format's type).
    pub fn bytes_percent_format(&mut self, fmt: &Value, args: &Value) -> PyResult<Value> {
        let f = match fmt {
            Value::Bytes(b) => b.to_vec(),
            Value::ByteArray(b) => b.borrow().clone(),
            _ => Vec::new(),
        };
        let operand = match self.builtin_base(args) {
            Some(t @ Value::Tuple(_)) => t,
            _ => args.clone(),
        };
        let mut a = VmArgs { vm: self, operand, bytes: true };
        let out = percent_format_bytes(&f, &mut a)?;
        Ok(match fmt {
            Value::ByteArray(_) => Value::ByteArray(std::rc::Rc::new(std::cell::RefCell::new(out))),
            _ => Value::Bytes(out.into()),
        })
    }
}
