//! Operators: arithmetic and bitwise binary ops, unary ops, rich comparison, truth, equality,
//! hashing and containment, with native fast paths and the dunder protocol for everything else.

use crate::object::BoolWord;
use std::cmp::Ordering;
use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use super::Vm;
use crate::builtins::complex_type;
use crate::bytecode::opcode::{BinOp, CompareOp, UnaryOp};
use crate::object::int::{self, to_bigint};
use crate::object::{ExcKind, PyErr, PyResult, Value};

fn dunder(op: BinOp) -> (&'static str, &'static str, &'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__", "__iadd__", "+"),
        BinOp::Sub => ("__sub__", "__rsub__", "__isub__", "-"),
        BinOp::Mul => ("__mul__", "__rmul__", "__imul__", "*"),
        BinOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__", "@"),
        BinOp::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__", "/"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__", "//"),
        BinOp::Mod => ("__mod__", "__rmod__", "__imod__", "%"),
        BinOp::Pow => ("__pow__", "__rpow__", "__ipow__", "** or pow()"),
        BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__", "<<"),
        BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__", ">>"),
        BinOp::And => ("__and__", "__rand__", "__iand__", "&"),
        BinOp::Or => ("__or__", "__ror__", "__ior__", "|"),
        BinOp::Xor => ("__xor__", "__rxor__", "__ixor__", "^"),
    }
}

fn is_intlike(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_) | Value::BigInt(_))
}

fn as_f64(v: &Value) -> Option<PyResult<f64>> {
    match v {
        Value::Float(f) => Some(Ok(f.get())),
        Value::Int(i) => Some(Ok(*i as f64)),
        Value::Bool(b) => Some(Ok(b.get() as i64 as f64)),
        Value::BigInt(b) => Some(int::to_f64(b)),
        _ => None,
    }
}

impl Vm {
    pub fn binary_op(&mut self, op: BinOp, a: &Value, b: &Value, inplace: bool) -> PyResult<Value> {
        // Fast paths for small ints and floats.
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            let (x, y) = (*x, *y);
            match op {
                BinOp::Add => return Ok(int::add_i64(x, y)),
                BinOp::Sub => return Ok(int::sub_i64(x, y)),
                BinOp::Mul => return Ok(int::mul_i64(x, y)),
                BinOp::FloorDiv => return int::floordiv_i64(x, y),
                BinOp::Mod => return int::mod_i64(x, y),
                BinOp::And => return Ok(Value::Int(x & y)),
                BinOp::Or => return Ok(Value::Int(x | y)),
                BinOp::Xor => return Ok(Value::Int(x ^ y)),
                // matches CPython's long_true_divide: operands exact as doubles divide as doubles
                // (no big-int detour); the rest (zero divisor, huge operands) go the long way.
                BinOp::TrueDiv if y != 0 && x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) => {
                    return Ok(Value::float(x as f64 / y as f64));
                }
                BinOp::Pow if (0..=u32::MAX as i64).contains(&y) => {
                    if let Some(r) = x.checked_pow(y as u32) {
                        return Ok(Value::Int(r));
                    }
                }
                BinOp::LShift if (0..63).contains(&y) => {
                    let r = x << y;
                    if r >> y == x {
                        return Ok(Value::Int(r));
                    }
                }
                BinOp::RShift if y >= 0 => return Ok(Value::Int(x >> y.min(63))),
                _ => {}
            }
        }
        if let (Value::Float(x), Value::Float(y)) = (a, b) {
            if let Some(r) = float_op(op, x.get(), y.get()) {
                return r;
            }
        }
        if inplace {
            if let Some(r) = self.inplace_native(op, a, b)? {
                return Ok(r);
            }
        }
        if let Some(r) = self.native_binary(op, a, b)? {
            return Ok(r);
        }
        self.binary_dunder(op, a, b, inplace)
    }

    /// In-place list/set/dict updates that mutate the left operand.
    pub(crate) fn inplace_native(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        match (op, a) {
            (BinOp::Add, Value::List(l)) => {
                let items = self.collect_iterable(b)?;
                l.borrow_mut().extend(items);
                Ok(Some(a.clone()))
            }
            (BinOp::Mul, Value::List(l)) if is_intlike(b) => {
                // A count past ssize_t is CPython's OverflowError (the list is left alone).
                let n = repeat_count(b)?;
                let items = l.borrow().clone();
                if items.len().checked_mul(n).map_or(true, |t| t > (1usize << 31)) {
                    return Err(PyErr::new(ExcKind::MemoryError, ""));
                }
                let mut out = Vec::with_capacity(items.len() * n);
                for _ in 0..n {
                    out.extend(items.iter().cloned());
                }
                *l.borrow_mut() = out;
                Ok(Some(a.clone()))
            }
            (BinOp::Add, Value::ByteArray(x)) if matches!(b, Value::Bytes(_) | Value::ByteArray(_)) => {
                let extra = bytes_like(b);
                x.borrow_mut().extend(extra);
                Ok(Some(a.clone()))
            }
            (BinOp::Mul, Value::ByteArray(x)) if is_intlike(b) => {
                let count = repeat_count(b)?;
                let src = x.borrow().clone();
                if src.len().saturating_mul(count) > (1 << 31) {
                    return Err(PyErr::new(ExcKind::MemoryError, ""));
                }
                *x.borrow_mut() = src.repeat(count);
                Ok(Some(a.clone()))
            }
            // matches CPython's dict_ior: `d |= x` takes whatever `d.update(x)` takes (a
            // mapping or an iterable of pairs), unlike `d | x`.
            (BinOp::Or, Value::Dict(_)) => {
                crate::builtins::methods::dict_update(self, a, b)?;
                Ok(Some(a.clone()))
            }
            (BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor, Value::Set(_)) if matches!(b, Value::Set(_) | Value::FrozenSet(_)) => {
                self.set_inplace(op, a, b)
            }
            // matches CPython's PyNumber_InPlaceMultiply: with no `__rmul__` on the count,
            // the list's sq_inplace_repeat takes any `__index__` count and mutates in place.
            (BinOp::Mul, Value::List(_) | Value::ByteArray(_))
                if matches!(b, Value::Instance(_)) && self.lookup_special(b, "__rmul__").is_none() && self.lookup_special(b, "__index__").is_some() =>
            {
                match self.index_value(b)? {
                    Some(n) => self.inplace_native(op, a, &Value::Int(n)),
                    None => Ok(None),
                }
            }
            _ => Ok(None),
        }
    }

    /// Built-in type combinations; None when the dunder protocol must decide.
    pub(crate) fn native_binary(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        if is_intlike(a) && is_intlike(b) {
            let (x, y) = (to_bigint(a).unwrap_or_default(), to_bigint(b).unwrap_or_default());
            return Ok(Some(match op {
                BinOp::Add => int::normalize(x + y),
                BinOp::Sub => int::normalize(x - y),
                BinOp::Mul => int::normalize(x * y),
                BinOp::FloorDiv => int::floordiv(&x, &y)?,
                BinOp::Mod => int::modulo(&x, &y)?,
                BinOp::TrueDiv => int::truediv(&x, &y)?,
                BinOp::Pow => int::pow(&x, &y)?,
                BinOp::LShift => int::lshift(&x, &y)?,
                BinOp::RShift => int::rshift(&x, &y)?,
                BinOp::And => {
                    if let (Value::Bool(p), Value::Bool(q)) = (a, b) {
                        Value::bool(p.get() & q.get())
                    } else {
                        int::normalize(x & y)
                    }
                }
                BinOp::Or => {
                    if let (Value::Bool(p), Value::Bool(q)) = (a, b) {
                        Value::bool(p.get() | q.get())
                    } else {
                        int::normalize(x | y)
                    }
                }
                BinOp::Xor => {
                    if let (Value::Bool(p), Value::Bool(q)) = (a, b) {
                        Value::bool(p.get() ^ q.get())
                    } else {
                        int::normalize(x ^ y)
                    }
                }
                BinOp::MatMul => return Ok(None),
            }));
        }
        if matches!(a, Value::Complex(_)) || matches!(b, Value::Complex(_)) {
            // Complex arithmetic; anything else (`'%s' % 1j`) is the other operand's to handle.
            if let Some(r) = complex_type::binary(op, a, b) {
                return r.map(Some);
            }
        }
        if matches!(a, Value::Float(_)) || matches!(b, Value::Float(_)) {
            if let (Some(x), Some(y)) = (as_f64(a), as_f64(b)) {
                if let Some(r) = float_op(op, x?, y?) {
                    return r.map(Some);
                }
            }
        }
        match (op, a, b) {
            // An empty operand gives back the other str itself, as CPython's PyUnicode_Concat.
            (BinOp::Add, Value::Str(x), Value::Str(y)) if y.as_str().is_empty() => Ok(Some(Value::Str(x.clone()))),
            (BinOp::Add, Value::Str(x), Value::Str(y)) if x.as_str().is_empty() => Ok(Some(Value::Str(y.clone()))),
            (BinOp::Add, Value::Str(x), Value::Str(y)) => {
                let mut s = String::with_capacity(x.as_str().len() + y.as_str().len());
                s.push_str(x.as_str());
                s.push_str(y.as_str());
                Ok(Some(Value::string(s)))
            }
            (BinOp::Add, Value::List(x), Value::List(y)) => {
                let (x, y) = (x.borrow(), y.borrow());
                let mut v = Vec::with_capacity(crate::builtins::container_sizeof::exact_capacity(x.len() + y.len()));
                v.extend_from_slice(&x);
                v.extend_from_slice(&y);
                Ok(Some(crate::builtins::container_sizeof::exact_list(v)))
            }
            // An empty operand gives back the other tuple itself, as CPython's `tupleconcat`.
            (BinOp::Add, Value::Tuple(x), Value::Tuple(y)) if y.is_empty() => Ok(Some(Value::Tuple(x.clone()))),
            (BinOp::Add, Value::Tuple(x), Value::Tuple(y)) if x.is_empty() => Ok(Some(Value::Tuple(y.clone()))),
            (BinOp::Add, Value::Tuple(x), Value::Tuple(y)) => {
                let mut v = x.to_vec();
                v.extend(y.iter().cloned());
                Ok(Some(Value::tuple(v)))
            }
            (BinOp::Add, Value::Bytes(x), Value::Bytes(y)) => {
                let mut v = x.to_vec();
                v.extend_from_slice(y);
                Ok(Some(Value::Bytes(v.into())))
            }
            // Mixed bytes/bytearray concatenation: the result has the left operand's type.
            (BinOp::Add, Value::Bytes(_) | Value::ByteArray(_), Value::Bytes(_) | Value::ByteArray(_)) => {
                let mut v = bytes_like(a);
                v.extend(bytes_like(b));
                Ok(Some(match a {
                    Value::ByteArray(_) => Value::ByteArray(Rc::new(std::cell::RefCell::new(v))),
                    _ => Value::Bytes(v.into()),
                }))
            }
            (BinOp::Mul, Value::ByteArray(x), n) | (BinOp::Mul, n, Value::ByteArray(x)) if is_intlike(n) => {
                let count = repeat_count(n)?;
                let src = x.borrow().clone();
                if src.len().saturating_mul(count) > (1 << 31) {
                    return Err(PyErr::new(ExcKind::MemoryError, ""));
                }
                Ok(Some(Value::ByteArray(Rc::new(std::cell::RefCell::new(src.repeat(count))))))
            }
            (BinOp::Mul, seq, n) | (BinOp::Mul, n, seq)
                if is_intlike(n) && matches!(seq, Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_)) =>
            {
                self.repeat_sequence(seq, n).map(Some)
            }
            // A str/bytes subclass on the right with its own `__rmod__` goes first (binary_dunder).
            (BinOp::Mod, Value::Str(_) | Value::Bytes(_) | Value::ByteArray(_), _) if self.subclass_overrides_rmod(a, b) => Ok(None),
            (BinOp::Mod, Value::Str(_), _) => self.str_percent_format(a, b).map(Some),
            (BinOp::Mod, Value::Bytes(_) | Value::ByteArray(_), _) => self.bytes_percent_format(a, b).map(Some),
            (BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor, Value::Set(_) | Value::FrozenSet(_), Value::Set(_) | Value::FrozenSet(_)) => {
                self.set_binary(op, a, b)
            }
            (BinOp::Or, Value::Dict(x), Value::Dict(_)) => {
                let d = Value::dict(x.borrow().clone());
                self.dict_update_from(&d, b, None)?;
                Ok(Some(d))
            }
            _ => Ok(None),
        }
    }

    fn repeat_sequence(&mut self, seq: &Value, n: &Value) -> PyResult<Value> {
        let n = repeat_count(n)?;
        let too_big = |len: usize| len.checked_mul(n).map_or(true, |t| t > (1usize << 34));
        // Past a C ssize_t, CPython's str and bytes repeats say so (lists run out of memory).
        let past_ssize = |len: usize| len.checked_mul(n).map_or(true, |t| t > isize::MAX as usize);
        Ok(match seq {
            // `s * 1` is `s` itself (CPython's unicode_repeat of an exact str).
            Value::Str(_) if n == 1 => seq.clone(),
            Value::Str(s) => {
                if past_ssize(s.as_str().len()) {
                    return Err(PyErr::overflow_error("repeated string is too long"));
                }
                if too_big(s.as_str().len()) {
                    return Err(PyErr::new(ExcKind::MemoryError, ""));
                }
                Value::string(s.as_str().repeat(n))
            }
            Value::Bytes(b) => {
                if past_ssize(b.len()) {
                    return Err(PyErr::overflow_error("repeated bytes are too long"));
                }
                if too_big(b.len()) {
                    return Err(PyErr::new(ExcKind::MemoryError, ""));
                }
                Value::Bytes(b.repeat(n).into())
            }
            Value::List(l) => {
                let items = l.borrow();
                if too_big(items.len()) {
                    return Err(PyErr::new(ExcKind::MemoryError, ""));
                }
                let mut out = Vec::with_capacity(crate::builtins::container_sizeof::exact_capacity(items.len() * n));
                for _ in 0..n {
                    out.extend(items.iter().cloned());
                }
                crate::builtins::container_sizeof::exact_list(out)
            }
            // `t * 1` is `t` itself, as CPython's `tuplerepeat`.
            Value::Tuple(t) if n == 1 => Value::Tuple(t.clone()),
            Value::Tuple(t) => {
                if too_big(t.len()) {
                    return Err(PyErr::new(ExcKind::MemoryError, ""));
                }
                let mut out = Vec::with_capacity(t.len() * n);
                for _ in 0..n {
                    out.extend(t.iter().cloned());
                }
                Value::tuple(out)
            }
            _ => Value::NotImplemented,
        })
    }

    /// Whether `b` is an instance of a subclass of `a`'s type that defines its own `__rmod__`
    /// (a script function), which CPython's operator rule calls before `a`'s `%`.
    fn subclass_overrides_rmod(&self, a: &Value, b: &Value) -> bool {
        if !matches!(b, Value::Instance(_)) {
            return false;
        }
        let (ta, tb) = (self.type_of(a), self.type_of(b));
        !Rc::ptr_eq(&ta, &tb) && tb.is_subclass(&ta) && matches!(tb.lookup("__rmod__"), Some(Value::Function(_)))
    }

    fn binary_dunder(&mut self, op: BinOp, a: &Value, b: &Value, inplace: bool) -> PyResult<Value> {
        let (name, rname, iname, sym) = dunder(op);
        if inplace {
            if let Some(m) = self.lookup_special(a, iname) {
                let r = self.call_bound_special(&m, a, vec![b.clone()])?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let same = Rc::ptr_eq(&ta, &tb);
        // A subclass's reflected method goes first (CPython's rule), when the subclass
        // overrides it: one inherited unchanged from the left operand's class waits its turn
        // (`method_is_overloaded` in CPython's slot wrappers).
        let b_first = !same
            && tb.is_subclass(&ta)
            && match (tb.lookup(rname), ta.lookup(rname)) {
                (Some(mb), Some(ma)) => !mb.is(&ma),
                (Some(_), None) => true,
                (None, _) => false,
            };
        if b_first {
            if let Some(m) = tb.lookup(rname) {
                let r = self.call_bound_special(&m, b, vec![a.clone()])?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        if let Some(m) = ta.lookup(name) {
            if !self.is_native_slot_of_builtin(&m) {
                let r = self.call_bound_special(&m, a, vec![b.clone()])?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        if !same && !b_first {
            if let Some(m) = tb.lookup(rname) {
                if !self.is_native_slot_of_builtin(&m) {
                    let r = self.call_bound_special(&m, b, vec![a.clone()])?;
                    if !matches!(r, Value::NotImplemented) {
                        return Ok(r);
                    }
                }
            }
        }
        // `int | None`: `types.UnionType` (CPython's type.__or__ and __ror__).
        if op == BinOp::Or && (matches!(a, Value::Class(_)) || matches!(b, Value::Class(_))) {
            let types = self.import_module("types")?;
            let union = self.getattr(&types, &Value::str("_union_or"))?;
            let r = self.call(&union, vec![a.clone(), b.clone()])?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
        let sym = if inplace && op != BinOp::Pow { format!("{sym}=") } else { sym.to_string() };
        let sym = if inplace && op == BinOp::Pow { "**=".to_string() } else { sym };
        // Instances wrapping built-in values (`class MyList(list)`) use the base operation; when
        // the base has none, CPython's message names the subclass (`'D' and 'int'`).
        let base_result = match (self.builtin_base(a), self.builtin_base(b)) {
            (Some(x), _) => Some(self.binary_op(op, &x, b, false)),
            (None, Some(y)) => Some(self.binary_op(op, a, &y, false)),
            (None, None) => None,
        };
        if let Some(r) = base_result {
            let unsupported = matches!(&r, Err(e) if matches!(e.state(), crate::object::ErrState::Lazy { kind: ExcKind::TypeError, args }
                if args.first().and_then(|m| m.as_str()).is_some_and(|m| m.starts_with("unsupported operand type(s)"))));
            if !unsupported {
                return r;
            }
            return Err(PyErr::type_error(format!(
                "unsupported operand type(s) for {sym}: '{}' and '{}'",
                ta.tp_name(),
                tb.tp_name()
            )));
        }
        if op == BinOp::Add && matches!(a, Value::Str(_)) {
            return Err(PyErr::type_error(format!("can only concatenate str (not \"{}\") to str", tb.tp_name())));
        }
        if op == BinOp::Add && matches!(a, Value::List(_)) {
            return Err(PyErr::type_error(format!("can only concatenate list (not \"{}\") to list", tb.tp_name())));
        }
        if op == BinOp::Add && matches!(a, Value::Tuple(_)) {
            return Err(PyErr::type_error(format!("can only concatenate tuple (not \"{}\") to tuple", tb.tp_name())));
        }
        if op == BinOp::Add && matches!(a, Value::Bytes(_) | Value::ByteArray(_)) {
            // bytes + memoryview: CPython concatenates any buffer.
            // (A released view has no buffer: the TypeError below.)
            if let Some(Ok(tail)) = crate::modules::struct_buffer::memoryview_bytes(self, b) {
                let mut out = match a {
                    Value::Bytes(x) => x.to_vec(),
                    Value::ByteArray(x) => x.borrow().clone(),
                    _ => Vec::new(),
                };
                out.extend(tail);
                return Ok(match a {
                    Value::ByteArray(_) => Value::ByteArray(Rc::new(std::cell::RefCell::new(out))),
                    _ => Value::Bytes(out.into()),
                });
            }
            return Err(PyErr::type_error(format!("can't concat {} to {}", tb.tp_name(), ta.tp_name())));
        }
        // CPython tries the left operand's sq_repeat first, so the message names the other one.
        let is_seq = |v: &Value, t: &crate::object::Class| {
            matches!(v, Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_) | Value::ByteArray(_))
                || &*t.tp_name() == "collections.deque"
        };
        if op == BinOp::Mul && (is_seq(a, &ta) || is_seq(b, &tb)) {
            // CPython's sq_repeat takes any count with `__index__`.
            let (seq, count) = if is_seq(a, &ta) { (a, b) } else { (b, a) };
            if matches!(count, Value::Instance(_)) && self.lookup_special(count, "__index__").is_some() {
                if let Some(n) = self.index_value(count)? {
                    return self.binary_op(op, seq, &Value::Int(n), false);
                }
            }
            let other = if is_seq(a, &ta) { &tb } else { &ta };
            return Err(PyErr::type_error(format!("can't multiply sequence by non-int of type '{}'", other.tp_name())));
        }
        // matches CPython's binary_op: Python 2's `print >> stream, ...` gets a hint (not the
        // in-place `>>=`).
        let hint = if op == BinOp::RShift && !inplace && matches!(a, Value::Builtin(f) if &*f.name == "print") {
            ". Did you mean \"print(<message>, file=<output_stream>)\"?"
        } else {
            ""
        };
        Err(PyErr::type_error(format!(
            "unsupported operand type(s) for {sym}: '{}' and '{}'{hint}",
            ta.tp_name(),
            tb.tp_name()
        )))
    }

    /// Native arithmetic slots registered on built-in classes are handled by `native_binary`.
    fn is_native_slot_of_builtin(&self, m: &Value) -> bool {
        matches!(m, Value::Builtin(b) if b.owner.is_some())
    }

    /// The built-in base value of an instance of a user subclass of a built-in type.
    pub fn builtin_base(&self, v: &Value) -> Option<Value> {
        match v {
            Value::Instance(i) => match &i.payload {
                crate::object::Payload::Builtin(b) => Some(b.clone()),
                _ => None,
            },
            _ => None,
        }
    }

    pub fn unary_op(&mut self, op: UnaryOp, a: &Value) -> PyResult<Value> {
        match (op, a) {
            (UnaryOp::Not, _) => return Ok(Value::bool(!self.is_true(a)?)),
            (UnaryOp::Neg, Value::Int(i)) => {
                return Ok(match i.checked_neg() {
                    Some(n) => Value::Int(n),
                    None => int::normalize(-BigInt::from(*i)),
                })
            }
            (UnaryOp::Neg, Value::Bool(b)) => return Ok(Value::Int(-(b.get() as i64))),
            (UnaryOp::Neg, Value::BigInt(b)) => return Ok(int::normalize(-(**b).clone())),
            (UnaryOp::Neg, Value::Float(f)) => return Ok(Value::float(-f.get())),
            (UnaryOp::Neg, Value::Complex(c)) => return Ok(complex_type::value((-c.0, -c.1))),
            (UnaryOp::Pos, Value::Complex(c)) => return Ok(complex_type::value(**c)),
            (UnaryOp::Pos, Value::Int(_) | Value::BigInt(_) | Value::Float(_)) => return Ok(a.clone()),
            (UnaryOp::Pos, Value::Bool(b)) => return Ok(Value::Int(b.get() as i64)),
            (UnaryOp::Invert, Value::Int(i)) => return Ok(Value::Int(!i)),
            (UnaryOp::Invert, Value::Bool(b)) => return Ok(Value::Int(!(b.get() as i64))),
            (UnaryOp::Invert, Value::BigInt(b)) => return Ok(int::normalize(-(**b).clone() - 1)),
            _ => {}
        }
        let (name, sym) = match op {
            UnaryOp::Neg => ("__neg__", "-"),
            UnaryOp::Pos => ("__pos__", "+"),
            UnaryOp::Invert => ("__invert__", "~"),
            UnaryOp::Not => unreachable!("handled above"),
        };
        if let Some(m) = self.lookup_special(a, name) {
            return self.call_bound_special(&m, a, vec![]);
        }
        Err(PyErr::type_error(format!("bad operand type for unary {sym}: '{}'", self.type_name(a))))
    }

    /// Truth value (`bool(v)`).
    pub fn is_true(&mut self, v: &Value) -> PyResult<bool> {
        Ok(match v {
            Value::None => false,
            Value::Bool(b) => b.get(),
            Value::Int(i) => *i != 0,
            Value::BigInt(b) => !b.is_zero(),
            Value::Float(f) => f.get() != 0.0,
            Value::Complex(c) => c.0 != 0.0 || c.1 != 0.0,
            Value::Str(s) => !s.as_str().is_empty(),
            Value::Bytes(b) => !b.is_empty(),
            Value::ByteArray(b) => !b.borrow().is_empty(),
            Value::Tuple(t) => !t.is_empty(),
            Value::List(l) => !l.borrow().is_empty(),
            Value::Dict(d) => !d.borrow().is_empty(),
            Value::Set(s) => !s.borrow().is_empty(),
            Value::FrozenSet(s) => !s.is_empty(),
            Value::Range(r) => crate::builtins::range::range_len(r.0, r.1, r.2) > 0,
            // A class is true unless its metaclass says otherwise (`__bool__`/`__len__`).
            Value::Instance(_) | Value::Native(_) | Value::Class(_) => {
                if let Some(m) = self.lookup_special(v, "__bool__") {
                    let r = self.call_bound_special(&m, v, vec![])?;
                    return match r {
                        Value::Bool(b) => Ok(b.get()),
                        other => Err(PyErr::type_error(format!(
                            "__bool__ should return bool, returned {}",
                            self.type_name(&other)
                        ))),
                    };
                }
                if let Some(m) = self.lookup_special(v, "__len__") {
                    let r = self.call_bound_special(&m, v, vec![])?;
                    return Ok(self.len_result(r)? > 0);
                }
                if let Some(b) = self.builtin_base(v) {
                    return self.is_true(&b);
                }
                true
            }
            _ => true,
        })
    }

    /// Rich comparison `a op b`.
    pub fn compare(&mut self, op: CompareOp, a: &Value, b: &Value) -> PyResult<Value> {
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            return Ok(Value::bool(cmp_result(op, x.cmp(y))));
        }
        if let Some(r) = self.native_compare(op, a, b)? {
            return Ok(r);
        }
        // CPython's PyObject_RichCompare holds a level " in comparison" while the special
        // methods run (their frames count on top of it).
        self.enter_c_level(" in comparison")?;
        let r = self.compare_via_special_methods(op, a, b);
        self.native_depth -= 1;
        r
    }

    fn compare_via_special_methods(&mut self, op: CompareOp, a: &Value, b: &Value) -> PyResult<Value> {
        let (name, rname) = match op {
            CompareOp::Lt => ("__lt__", "__gt__"),
            CompareOp::Le => ("__le__", "__ge__"),
            CompareOp::Eq => ("__eq__", "__eq__"),
            CompareOp::Ne => ("__ne__", "__ne__"),
            CompareOp::Gt => ("__gt__", "__lt__"),
            CompareOp::Ge => ("__ge__", "__le__"),
        };
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let b_first = !Rc::ptr_eq(&ta, &tb) && tb.is_subclass(&ta);
        if b_first {
            if let Some(r) = self.compare_side(op, &tb, b, a, rname)? {
                return Ok(r);
            }
        }
        if let Some(r) = self.compare_side(op, &ta, a, b, name)? {
            return Ok(r);
        }
        if !b_first {
            if let Some(r) = self.compare_side(op, &tb, b, a, rname)? {
                return Ok(r);
            }
        }
        if let Some(x) = self.builtin_base(a) {
            return self.compare(op, &x, b);
        }
        if let Some(y) = self.builtin_base(b) {
            return self.compare(op, a, &y);
        }
        match op {
            CompareOp::Eq => Ok(Value::bool(a.is(b))),
            CompareOp::Ne => Ok(Value::bool(!a.is(b))),
            _ => {
                let sym = match op {
                    CompareOp::Lt => "<",
                    CompareOp::Le => "<=",
                    CompareOp::Gt => ">",
                    CompareOp::Ge => ">=",
                    CompareOp::Eq | CompareOp::Ne => unreachable!("handled above"),
                };
                Err(PyErr::type_error(format!(
                    "'{sym}' not supported between instances of '{}' and '{}'",
                    ta.tp_name(),
                    tb.tp_name()
                )))
            }
        }
    }

    /// One side of a rich comparison: `x.name(y)` when `x`'s class defines it; for `!=` on a
    /// class without its own `__ne__`, matches CPython's object.__ne__, which calls `__eq__`
    /// and inverts the result unless it is NotImplemented (on either side, reflected too).
    fn compare_side(&mut self, op: CompareOp, t: &Rc<crate::object::Class>, x: &Value, y: &Value, name: &str) -> PyResult<Option<Value>> {
        match t.lookup(name) {
            Some(m) if !self.is_native_slot_of_builtin(&m) => {
                let r = self.call_bound_special(&m, x, vec![y.clone()])?;
                Ok(Some(r).filter(|r| !matches!(r, Value::NotImplemented)))
            }
            // A built-in base's own `__ne__` (an int subclass defining only `__eq__`): CPython
            // calls that slot, so the base values decide below.
            Some(Value::Builtin(b)) if b.owner.as_deref() != Some("object") => Ok(None),
            _ if op == CompareOp::Ne => {
                let Some(m) = t.lookup("__eq__").filter(|m| !self.is_native_slot_of_builtin(m)) else {
                    return Ok(None);
                };
                let r = self.call_bound_special(&m, x, vec![y.clone()])?;
                if matches!(r, Value::NotImplemented) {
                    return Ok(None);
                }
                Ok(Some(Value::bool(!self.is_true(&r)?)))
            }
            _ => Ok(None),
        }
    }

    /// Comparisons between built-in values; None when the dunder protocol must decide.
    pub(crate) fn native_compare(&mut self, op: CompareOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        let ord: Option<Ordering> = match (a, b) {
            _ if is_intlike(a) && is_intlike(b) => {
                let (x, y) = (to_bigint(a).unwrap_or_default(), to_bigint(b).unwrap_or_default());
                Some(x.cmp(&y))
            }
            (Value::Float(x), Value::Float(y)) => {
                return Ok(Some(Value::bool(compare_values(op, x.get(), y.get()))));
            }
            (Value::Complex(_), _) | (_, Value::Complex(_)) => return Ok(complex_type::compare(op, a, b)),
            (Value::Float(x), _) if is_intlike(b) => {
                let y = to_bigint(b).unwrap_or_default();
                match int::cmp_int_float(&y, x.get()) {
                    Some(o) => Some(o.reverse()),
                    None => return Ok(Some(Value::bool(op == CompareOp::Ne))),
                }
            }
            (_, Value::Float(y)) if is_intlike(a) => {
                let x = to_bigint(a).unwrap_or_default();
                match int::cmp_int_float(&x, y.get()) {
                    Some(o) => Some(o),
                    None => return Ok(Some(Value::bool(op == CompareOp::Ne))),
                }
            }
            (Value::Str(x), Value::Str(y)) => Some(x.as_str().cmp(y.as_str())),
            (Value::Bytes(x), Value::Bytes(y)) => Some(x.cmp(y)),
            // bytearray compares by content with bytes and bytearray, all six operators.
            (Value::ByteArray(_), Value::Bytes(_) | Value::ByteArray(_)) | (Value::Bytes(_), Value::ByteArray(_)) => {
                Some(bytes_like(a).cmp(&bytes_like(b)))
            }
            (Value::None, Value::None) => Some(Ordering::Equal).filter(|_| matches!(op, CompareOp::Eq | CompareOp::Ne)),
            (Value::Tuple(x), Value::Tuple(y)) => {
                let (x, y) = (x.clone(), y.clone());
                return self.compare_nested(op, &x, &y).map(Some);
            }
            (Value::List(x), Value::List(y)) => {
                let (x, y) = (x.borrow().clone(), y.borrow().clone());
                return self.compare_nested(op, &x, &y).map(Some);
            }
            (Value::Dict(_), Value::Dict(_)) if matches!(op, CompareOp::Eq | CompareOp::Ne) => {
                // Counted as CPython's PyObject_RichCompare counts it: a dict holding itself
                // fails "in comparison" instead of exhausting the native stack.
                self.enter_recursive_call(" in comparison")?;
                let eq = self.dict_eq(a, b);
                self.native_depth -= 1;
                let eq = eq?;
                return Ok(Some(Value::bool(eq == (op == CompareOp::Eq))));
            }
            (Value::Set(_) | Value::FrozenSet(_), Value::Set(_) | Value::FrozenSet(_)) => {
                return self.set_compare(op, a, b).map(Some);
            }
            // matches CPython's slice_richcompare: the same slice is equal to itself, others
            // compare as (start, stop, step) tuples, with every operator.
            (Value::Slice(x), Value::Slice(y)) => {
                if a.is(b) {
                    return Ok(Some(Value::bool(matches!(op, CompareOp::Eq | CompareOp::Le | CompareOp::Ge))));
                }
                let t1 = Value::tuple(vec![x.0.clone(), x.1.clone(), x.2.clone()]);
                let t2 = Value::tuple(vec![y.0.clone(), y.1.clone(), y.2.clone()]);
                return self.compare(op, &t1, &t2).map(Some);
            }
            (Value::Range(x), Value::Range(y)) if matches!(op, CompareOp::Eq | CompareOp::Ne) => {
                let eq = crate::builtins::range::range_eq(x, y);
                return Ok(Some(Value::bool(eq == (op == CompareOp::Eq))));
            }
            (Value::Instance(_), _) | (_, Value::Instance(_)) | (Value::Native(_), _) | (_, Value::Native(_)) => return Ok(None),
            // A class compares through its metaclass, which may define `__eq__`, `__lt__`, ...
            (Value::Class(c), _) | (_, Value::Class(c)) if c.metaclass.borrow().is_some() => return Ok(None),
            _ => {
                if matches!(op, CompareOp::Eq | CompareOp::Ne) {
                    let same_kind = std::mem::discriminant(a) == std::mem::discriminant(b);
                    let eq = if same_kind { a.is(b) || self.simple_eq(a, b) } else { false };
                    return Ok(Some(Value::bool(eq == (op == CompareOp::Eq))));
                }
                None
            }
        };
        Ok(ord.map(|o| Value::bool(cmp_result(op, o))))
    }

    fn simple_eq(&self, a: &Value, b: &Value) -> bool {
        match (a, b) {
            (Value::Slice(x), Value::Slice(y)) => x.0.is(&y.0) && x.1.is(&y.1) && x.2.is(&y.2),
            (Value::Method(x), Value::Method(y)) => x.func.is(&y.func) && x.self_.is(&y.self_),
            (Value::Builtin(x), Value::Builtin(y)) => {
                x.func as usize == y.func as usize && match (&x.bound, &y.bound) {
                    (Some(p), Some(q)) => p.is(q),
                    (None, None) => true,
                    _ => false,
                }
            }
            (Value::ByteArray(x), Value::ByteArray(y)) => *x.borrow() == *y.borrow(),
            _ => false,
        }
    }

    /// Item-wise comparison of two lists or tuples, counted against the recursion limit as
    /// CPython's PyObject_RichCompare does (deeply nested lists fail "in comparison").
    fn compare_nested(&mut self, op: CompareOp, x: &[Value], y: &[Value]) -> PyResult<Value> {
        self.enter_recursive_call(" in comparison")?;
        let r = self.compare_sequences(op, x, y);
        self.native_depth -= 1;
        r
    }

    fn compare_sequences(&mut self, op: CompareOp, x: &[Value], y: &[Value]) -> PyResult<Value> {
        if matches!(op, CompareOp::Eq | CompareOp::Ne) && x.len() != y.len() {
            return Ok(Value::bool(op == CompareOp::Ne));
        }
        for (p, q) in x.iter().zip(y.iter()) {
            if !self.eq(p, q)? {
                return match op {
                    CompareOp::Eq => Ok(Value::Bool(BoolWord::FALSE)),
                    CompareOp::Ne => Ok(Value::Bool(BoolWord::TRUE)),
                    _ => self.compare(op, p, q),
                };
            }
        }
        Ok(Value::bool(cmp_result(op, x.len().cmp(&y.len()))))
    }

    /// `a == b` as a bool (identity implies equality, as CPython's containers assume).
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        // A NaN is equal to itself here (the same object), as in CPython's
        // PyObject_RichCompareBool; `is` tells NaN objects apart (scalar_word::tagged_nan).
        if a.is(b) {
            return Ok(true);
        }
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => return Ok(x == y),
            (Value::Str(x), Value::Str(y)) => return Ok(x.as_str() == y.as_str()),
            _ => {}
        }
        let r = self.compare(CompareOp::Eq, a, b)?;
        self.is_true(&r)
    }

    /// `hash(v)`; TypeError "unhashable type: 'list'".
    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        Ok(match v {
            Value::None => 0x5f3759df,
            Value::Bool(b) => b.get() as i64,
            Value::Int(i) => crate::object::hash::hash_i64(*i),
            Value::BigInt(b) => crate::object::hash::hash_bigint(b),
            // A NaN hashes by identity in 3.11: its tag bits stand for its address.
            Value::Float(f) => crate::object::hash::hash_float(f.get(), f.get().to_bits() as usize),
            Value::Complex(c) => crate::object::hash::hash_complex(c.0, c.1, v.ptr().unwrap_or(0)),
            Value::Str(s) => s.hash(),
            Value::Bytes(b) => crate::object::hash::hash_bytes(b),
            Value::Tuple(t) => {
                let mut hs = Vec::with_capacity(t.len());
                for x in t.iter() {
                    hs.push(self.hash(x)?);
                }
                crate::object::hash::hash_tuple(&hs)
            }
            Value::FrozenSet(s) => crate::object::set::frozenset_hash(s),
            Value::Range(r) => {
                // matches CPython's range_hash: the tuple (len, start, step), with None for
                // the parts an empty or one-item range does not use.
                let (start, _, step) = **r;
                let len = crate::builtins::range::range_len(r.0, r.1, r.2);
                let h = crate::object::hash::hash_i64;
                let none = self.hash(&Value::None)?;
                match len {
                    0 => crate::object::hash::hash_tuple(&[h(0), none, none]),
                    1 => crate::object::hash::hash_tuple(&[h(1), h(start), none]),
                    _ => crate::object::hash::hash_tuple(&[h(len), h(start), h(step)]),
                }
            }
            Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::ByteArray(_) | Value::Slice(_) => {
                return Err(PyErr::type_error(format!("unhashable type: '{}'", self.type_name(v))))
            }
            // Bound methods are equal when they bind the same object to the same function, so
            // they hash by both, as CPython's method_hash / meth_hash: the object's identity
            // combined with the function's hash.
            Value::Method(m) => {
                let (func, obj) = (m.func.clone(), m.self_.clone());
                let h = identity_hash(&obj) ^ self.hash(&func)?;
                if h == -1 {
                    -2
                } else {
                    h
                }
            }
            Value::Builtin(b) if b.bound.is_some() => {
                let obj = b.bound.clone().unwrap_or(Value::None);
                let h = identity_hash(&obj) ^ (b.func as usize as i64).rotate_right(4);
                if h == -1 {
                    -2
                } else {
                    h
                }
            }
            // A class hashes through its metaclass, which may define `__hash__`.
            Value::Instance(_) | Value::Native(_) | Value::Class(_) => {
                let cls = self.type_of(v);
                if cls.hashes_by_identity() {
                    return match self.builtin_base(v) {
                        Some(b) => self.hash(&b),
                        None => Ok(identity_hash(v)),
                    };
                }
                match cls.lookup("__hash__") {
                    Some(Value::None) => {
                        return Err(PyErr::type_error(format!("unhashable type: '{}'", cls.tp_name())));
                    }
                    Some(m) if !self.is_native_slot_of_builtin(&m) => {
                        let mut r = self.call_bound_special(&m, v, vec![])?;
                        // An int subclass counts as its int value (CPython's PyLong_Check).
                        if let Some(b @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_))) = self.builtin_base(&r) {
                            r = b;
                        }
                        return match r {
                            Value::Int(i) => Ok(if i == -1 { -2 } else { i }),
                            Value::Bool(b) => Ok(b.get() as i64),
                            Value::BigInt(b) => Ok(crate::object::hash::hash_bigint(&b)),
                            _ => Err(PyErr::type_error("__hash__ method should return an integer")),
                        };
                    }
                    _ => {
                        if let Some(b) = self.builtin_base(v) {
                            return self.hash(&b);
                        }
                        identity_hash(v)
                    }
                }
            }
            _ => identity_hash(v),
        })
    }

}

fn identity_hash(v: &Value) -> i64 {
    // A native task hashes by where CPython would have put it, so sets of tasks iterate in
    // CPython's order (see runtime/task_addresses.rs).
    if let Value::Native(_) = v {
        if let Some(h) = crate::runtime::task::modelled_hash(v) {
            return h;
        }
    }
    // So does a coroutine of the size classes modelled there (sets of coroutines, as
    // `asyncio.as_completed` and `wait` build them, iterate in CPython's order).
    if let Value::Generator(g) = v {
        if let Some(h) = crate::runtime::task_addresses::coroutine_hash(g.modelled_block()) {
            return h;
        }
    }
    let p = v.ptr().unwrap_or(0) as i64;
    // CPython rotates the address by 4 bits.
    p.rotate_right(4)
}

fn cmp_result(op: CompareOp, o: Ordering) -> bool {
    match op {
        CompareOp::Lt => o == Ordering::Less,
        CompareOp::Le => o != Ordering::Greater,
        CompareOp::Eq => o == Ordering::Equal,
        CompareOp::Ne => o != Ordering::Equal,
        CompareOp::Gt => o == Ordering::Greater,
        CompareOp::Ge => o != Ordering::Less,
    }
}

/// `x op y` with the operator's plain meaning (ints, and floats with IEEE NaN rules).
#[inline(always)]
pub(super) fn compare_values<T: PartialOrd>(op: CompareOp, x: T, y: T) -> bool {
    match op {
        CompareOp::Lt => x < y,
        CompareOp::Le => x <= y,
        CompareOp::Eq => x == y,
        CompareOp::Ne => x != y,
        CompareOp::Gt => x > y,
        CompareOp::Ge => x >= y,
    }
}

/// Float arithmetic with CPython's errors; None for operators floats do not support.
fn float_op(op: BinOp, x: f64, y: f64) -> Option<PyResult<Value>> {
    Some(Ok(Value::float(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::TrueDiv => {
            if y == 0.0 {
                return Some(Err(PyErr::zero_division("float division by zero")));
            }
            x / y
        }
        BinOp::FloorDiv => {
            if y == 0.0 {
                return Some(Err(PyErr::zero_division("float floor division by zero")));
            }
            float_divmod(x, y).0
        }
        BinOp::Mod => {
            if y == 0.0 {
                return Some(Err(PyErr::zero_division("float modulo")));
            }
            float_divmod(x, y).1
        }
        BinOp::Pow => return Some(float_pow(x, y)),
        _ => return None,
    })))
}

/// Python's float divmod (floor semantics, sign of the divisor for the remainder).
pub fn float_divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(x / y)
    };
    (floordiv, m)
}

fn float_pow(x: f64, y: f64) -> PyResult<Value> {
    // matches CPython's float_pow: an infinite or NaN operand is settled first, as C's pow
    // does (`0.0 ** -inf` is inf, `(-inf) ** 1.5` is inf), before the zero and negative-base rules.
    if !x.is_finite() || !y.is_finite() {
        return Ok(Value::float(x.powf(y)));
    }
    if x == 0.0 && y < 0.0 {
        return Err(PyErr::zero_division("0.0 cannot be raised to a negative power"));
    }
    if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
        // matches CPython: a negative base to a fractional power gives a complex result.
        return complex_type::pow((x, 0.0), (y, 0.0)).map(complex_type::value);
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(PyErr::overflow_error("(34, 'Numerical result out of range')"));
    }
    Ok(Value::float(r))
}

impl Vm {
    /// `len()` result validation.
    pub fn len_result(&self, r: Value) -> PyResult<usize> {
        match r {
            Value::Int(i) if i >= 0 => Ok(i as usize),
            Value::Int(_) => Err(PyErr::value_error("__len__() should return >= 0")),
            Value::Bool(b) => Ok(b.get() as usize),
            Value::BigInt(b) if b.is_positive() => Err(PyErr::overflow_error("cannot fit 'int' into an index-sized integer")),
            other => match self.builtin_base(&other) {
                // An int subclass counts as its value (PyNumber_AsSsize_t).
                Some(b @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_))) => self.len_result(b),
                _ => Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", self.type_name(&other)))),
            },
        }
    }
}

/// The contents of a bytes or bytearray value (empty for anything else).
pub(super) fn bytes_like(v: &Value) -> Vec<u8> {
    match v {
        Value::Bytes(b) => b.to_vec(),
        Value::ByteArray(b) => b.borrow().clone(),
        _ => Vec::new(),
    }
}

/// The count of `seq * n`: negative counts repeat zero times, and one beyond a C `ssize_t`
/// is CPython's OverflowError.
fn repeat_count(n: &Value) -> PyResult<usize> {
    match to_bigint(n).and_then(|n| n.to_i64()) {
        Some(n) => Ok(n.max(0) as usize),
        None => Err(PyErr::overflow_error("cannot fit 'int' into an index-sized integer")),
    }
}
