//! `_json.encode(obj, encoder)`: a `JSONEncoder`'s whole output, built natively (CPython's
//! `c_make_encoder`). It reads the encoder's options and calls its `default` for other
//! objects, with CPython's order of checks, separators, indentation and error messages.

use crate::builtins::arg;
use crate::object::{Args, PyErr, PyResult, Value};
use crate::vm::Vm;

use super::json::{push_json_string, push_json_string_ascii};

struct Encoder {
    skipkeys: bool,
    ensure_ascii: bool,
    check_circular: bool,
    allow_nan: bool,
    sort_keys: bool,
    /// The indent unit (`' ' * indent` for an int), or None for one-line output.
    indent: Option<String>,
    item_separator: String,
    key_separator: String,
    default: Value,
    /// Addresses of the containers being encoded (the circular reference check).
    markers: Vec<usize>,
}

pub fn encode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let obj = arg(&args, 0);
    let enc = arg(&args, 1);
    let flag = |vm: &mut Vm, name: &str| -> PyResult<bool> {
        let v = vm.getattr(&enc, &Value::str(name))?;
        vm.is_true(&v)
    };
    let skipkeys = flag(vm, "skipkeys")?;
    let ensure_ascii = flag(vm, "ensure_ascii")?;
    let check_circular = flag(vm, "check_circular")?;
    let allow_nan = flag(vm, "allow_nan")?;
    let sort_keys = flag(vm, "sort_keys")?;
    let indent = match vm.getattr(&enc, &Value::str("indent"))? {
        Value::None => None,
        Value::Str(s) => Some(s.as_str().to_owned()),
        // `' ' * indent`, with its TypeError for other types
        other => {
            let unit = vm.binary_op(crate::bytecode::opcode::BinOp::Mul, &Value::str(" "), &other, false)?;
            Some(vm.str(&unit)?)
        }
    };
    let text = |vm: &mut Vm, name: &str| -> PyResult<String> {
        let v = vm.getattr(&enc, &Value::str(name))?;
        vm.str(&v)
    };
    let item_separator = text(vm, "item_separator")?;
    let key_separator = text(vm, "key_separator")?;
    let default = vm.getattr(&enc, &Value::str("default"))?;
    let mut e = Encoder { skipkeys, ensure_ascii, check_circular, allow_nan, sort_keys, indent, item_separator, key_separator, default, markers: Vec::new() };
    let mut out = String::new();
    e.value(vm, &obj, &mut out, 0)?;
    Ok(Value::string(out))
}

impl Encoder {
    fn string(&self, s: &str, out: &mut String) {
        if self.ensure_ascii {
            push_json_string_ascii(s, out);
        } else {
            push_json_string(s, out);
        }
    }

    fn float(&self, vm: &mut Vm, x: f64, out: &mut String) -> PyResult<()> {
        let special = if x.is_nan() {
            "NaN"
        } else if x == f64::INFINITY {
            "Infinity"
        } else if x == f64::NEG_INFINITY {
            "-Infinity"
        } else {
            out.push_str(&vm.repr(&Value::float(x))?);
            return Ok(());
        };
        if !self.allow_nan {
            return Err(PyErr::value_error("Out of range float values are not JSON compliant"));
        }
        out.push_str(special);
        Ok(())
    }

    fn int(vm: &mut Vm, v: &Value, out: &mut String) -> PyResult<()> {
        match v {
            Value::Int(i) => out.push_str(&i.to_string()),
            _ => out.push_str(&vm.repr(v)?),
        }
        Ok(())
    }

    fn newline(&self, level: usize, out: &mut String) {
        if let Some(unit) = &self.indent {
            out.push('\n');
            for _ in 0..level {
                out.push_str(unit);
            }
        }
    }

    /// Note `o` as being encoded (its `id` in `markers`), or raise for a cycle.
    fn enter(&mut self, o: &Value) -> PyResult<()> {
        if !self.check_circular {
            return Ok(());
        }
        let id = o.ptr().unwrap_or(0);
        if self.markers.contains(&id) {
            return Err(PyErr::value_error("Circular reference detected"));
        }
        self.markers.push(id);
        Ok(())
    }

    fn leave(&mut self) {
        if self.check_circular {
            self.markers.pop();
        }
    }

    fn value(&mut self, vm: &mut Vm, o: &Value, out: &mut String, level: usize) -> PyResult<()> {
        // The checks run in the Python encoder's order: str, None, True, False, int, float,
        // list/tuple, dict, then `default`. Instances of subclasses count as their base.
        let base = vm.builtin_base(o);
        let v = base.as_ref().unwrap_or(o);
        match v {
            Value::Str(s) => self.string(s.as_str(), out),
            Value::None => out.push_str("null"),
            Value::Bool(b) => out.push_str(if b.get() { "true" } else { "false" }),
            Value::Int(_) | Value::BigInt(_) => Self::int(vm, v, out)?,
            Value::Float(f) => self.float(vm, f.get(), out)?,
            Value::List(_) | Value::Tuple(_) => {
                let items = match v {
                    Value::List(l) => l.borrow().to_vec(),
                    Value::Tuple(t) => t.to_vec(),
                    _ => Vec::new(),
                };
                self.nested(vm, out, |e, vm, out| e.list(vm, o, &items, out, level))?;
            }
            Value::Dict(d) => {
                let pairs: Vec<(Value, Value)> = if base.is_some() {
                    // A subclass's own `items()` (OrderedDict, Counter, ...).
                    let items = vm.call_method(o, "items", vec![])?;
                    let mut pairs = Vec::new();
                    for item in vm.collect_iterable(&items)? {
                        let kv = vm.collect_iterable(&item)?;
                        if let [k, v] = &kv[..] {
                            pairs.push((k.clone(), v.clone()));
                        }
                    }
                    pairs
                } else {
                    d.borrow().items()
                };
                self.nested(vm, out, |e, vm, out| e.dict(vm, o, pairs, out, level))?;
            }
            _ => {
                self.nested(vm, out, |e, vm, out| {
                    e.enter(o)?;
                    let d = e.default.clone();
                    let replacement = vm.call(&d, vec![o.clone()])?;
                    e.value(vm, &replacement, out, level)?;
                    e.leave();
                    Ok(())
                })?;
            }
        }
        Ok(())
    }

    /// One level of nesting, counted against the recursion limit as CPython does.
    fn nested(&mut self, vm: &mut Vm, out: &mut String, body: impl FnOnce(&mut Self, &mut Vm, &mut String) -> PyResult<()>) -> PyResult<()> {
        vm.enter_recursive_call(" while encoding a JSON object")?;
        let r = body(self, vm, out);
        vm.native_depth -= 1;
        r
    }

    fn list(&mut self, vm: &mut Vm, o: &Value, items: &[Value], out: &mut String, level: usize) -> PyResult<()> {
        if items.is_empty() {
            out.push_str("[]");
            return Ok(());
        }
        self.enter(o)?;
        out.push('[');
        let level = level + usize::from(self.indent.is_some());
        self.newline(level, out);
        for (n, item) in items.iter().enumerate() {
            if n > 0 {
                out.push_str(&self.item_separator);
                self.newline(level, out);
            }
            self.value(vm, item, out, level)?;
        }
        if self.indent.is_some() {
            self.newline(level - 1, out);
        }
        out.push(']');
        self.leave();
        Ok(())
    }

    fn dict(&mut self, vm: &mut Vm, o: &Value, pairs: Vec<(Value, Value)>, out: &mut String, level: usize) -> PyResult<()> {
        if pairs.is_empty() {
            out.push_str("{}");
            return Ok(());
        }
        self.enter(o)?;
        out.push('{');
        let level = level + usize::from(self.indent.is_some());
        self.newline(level, out);
        let pairs = if self.sort_keys {
            // `sorted(dct.items())`, with its TypeError for keys that do not compare
            let tuples = pairs.into_iter().map(|(k, v)| Value::tuple(vec![k, v])).collect();
            let sorted = crate::builtins::sorting::sort_values(vm, tuples, None, false)?;
            sorted
                .into_iter()
                .filter_map(|t| match t {
                    Value::Tuple(t) if t.len() == 2 => Some((t[0].clone(), t[1].clone())),
                    _ => None,
                })
                .collect()
        } else {
            pairs
        };
        let mut first = true;
        for (key, value) in pairs {
            let Some(key) = self.key(vm, &key)? else { continue };
            if !first {
                out.push_str(&self.item_separator);
                self.newline(level, out);
            }
            first = false;
            self.string(&key, out);
            out.push_str(&self.key_separator);
            self.value(vm, &value, out, level)?;
        }
        if self.indent.is_some() {
            self.newline(level - 1, out);
        }
        out.push('}');
        self.leave();
        Ok(())
    }

    /// A dict key's text; None to skip it (`skipkeys`).
    fn key(&self, vm: &mut Vm, key: &Value) -> PyResult<Option<String>> {
        let base = vm.builtin_base(key);
        let k = base.as_ref().unwrap_or(key);
        Ok(Some(match k {
            Value::Str(s) => s.as_str().to_owned(),
            Value::Float(f) => {
                let mut s = String::new();
                self.float(vm, f.get(), &mut s)?;
                s
            }
            Value::Bool(b) => (if b.get() { "true" } else { "false" }).to_owned(),
            Value::None => "null".to_owned(),
            Value::Int(_) | Value::BigInt(_) => {
                let mut s = String::new();
                Self::int(vm, k, &mut s)?;
                s
            }
            _ if self.skipkeys => return Ok(None),
            _ => {
                return Err(PyErr::type_error(format!(
                    "keys must be str, int, float, bool or None, not {}",
                    vm.type_name(key)
                )))
            }
        }))
    }
}
