//! Constructors of the built-in types (`int(...)`, `list(...)`, ...) registered in builtins.

use crate::object::BoolWord;
use std::cell::RefCell;
use std::rc::Rc;

use super::{arg, def_new};
use crate::object::{Args, IterObj, PyErr, PyResult, Value};
use crate::vm::Vm;

pub fn install(vm: &mut Vm) {
    // Built-in iterators answer `it.__iter__()` and `it.__next__()` like CPython's; every
    // iterator class (created on demand) copies these from the base `iterator` type.
    super::def_method(&vm.types.iterator.clone(), "__iter__", |_vm, args| Ok(super::arg(&args, 0)));
    super::def_method(&vm.types.iterator.clone(), "__next__", iterator_next);
    let t = &vm.types;
    let pairs: Vec<(&str, Rc<crate::object::Class>)> = vec![
        ("object", t.object.clone()),
        ("type", t.type_.clone()),
        ("int", t.int.clone()),
        ("bool", t.bool_.clone()),
        ("float", t.float.clone()),
        ("complex", t.complex.clone()),
        ("str", t.str.clone()),
        ("bytes", t.bytes.clone()),
        ("bytearray", t.bytearray.clone()),
        ("tuple", t.tuple.clone()),
        ("list", t.list.clone()),
        ("dict", t.dict.clone()),
        ("set", t.set.clone()),
        ("frozenset", t.frozenset.clone()),
        ("range", t.range.clone()),
        ("slice", t.slice.clone()),
        ("property", t.property.clone()),
        ("staticmethod", t.staticmethod.clone()),
        ("classmethod", t.classmethod.clone()),
        ("super", t.super_.clone()),
    ];
    {
        let b = vm.builtins.clone();
        let mut d = b.borrow_mut();
        for (name, cls) in &pairs {
            d.set_str(name, Value::Class(cls.clone()));
        }
    }
    // matches CPython: the mutable containers have `__hash__ = None` in their dict, which
    // is how `collections.abc.Hashable` and user subclasses see them as unhashable.
    for cls in [&t.list, &t.dict, &t.set, &t.bytearray] {
        cls.dict.borrow_mut().set_str("__hash__", Value::None);
    }
    let t = &vm.types;
    def_new(&t.int, int_new);
    def_new(&t.bool_, bool_new);
    def_new(&t.float, float_new);
    def_new(&t.str, str_new);
    def_new(&t.tuple, tuple_new);
    def_new(&t.list, list_new);
    def_new(&t.dict, dict_new);
    def_new(&t.set, set_new);
    def_new(&t.frozenset, frozenset_new);
    def_new(&t.range, range_new);
    def_new(&t.module, module_new);
    def_new(&t.slice, slice_new);
    def_new(&t.method, method_new);
    def_new(&t.function, super::function_new::function_new);
    def_new(&t.cell, super::function_new::cell_new);
    super::property_type::install(&t.property);
    def_new(&t.staticmethod, staticmethod_new);
    def_new(&t.classmethod, classmethod_new);
    super::def_method(&t.classmethod, "__get__", classmethod_get);
    super::def_method(&t.staticmethod, "__get__", staticmethod_get);
    def_new(&t.super_, super::super_type::super_new);
    super::def_method(&t.super_, "__get__", super::super_type::super_get);
    let iterators: [(&str, super::super::object::NativeFn); 5] =
        [("enumerate", enumerate_new), ("zip", zip_new), ("map", map_new), ("filter", filter_new), ("reversed", reversed_new)];
    for (name, f) in iterators {
        let cls = vm.iterator_class(name);
        def_new(&cls, f);
        vm.builtins.borrow_mut().set_str(name, Value::Class(cls));
    }
    super::def_method(&vm.types.function.clone(), "__get__", function_get);
    // CPython's functions, bound methods and built-ins have a `__call__` slot wrapper, so
    // `f.__call__(...)` and `hasattr(f, "__call__")` work (unittest.mock's class decorator
    // picks test methods with the latter).
    let t = &vm.types;
    let callables = [&t.function, &t.method, &t.builtin_function, &t.method_descriptor, &t.wrapper_descriptor, &t.method_wrapper, &t.classmethod_descriptor];
    for t in callables.map(Rc::clone) {
        super::def_method(&t, "__call__", callable_call);
    }
    for t in [&vm.types.method, &vm.types.builtin_function].map(Rc::clone) {
        super::def_method(&t, "__eq__", |vm, a| bound_compare(vm, a, true));
        super::def_method(&t, "__ne__", |vm, a| bound_compare(vm, a, false));
    }
    super::method_descriptors::install(vm);
    crate::builtins::methods::install(vm);
    super::operator_slots::install(vm);
}

/// `iterator.__next__()` of a built-in iterator.
/// The iterator classes that have CPython's `__length_hint__` (enumerate, zip, map and
/// friends have none, and operator.length_hint falls back to its default for them).
pub const LENGTH_HINTED: &[&str] = &[
    "list_iterator",
    "tuple_iterator",
    "str_ascii_iterator",
    "str_iterator",
    "bytes_iterator",
    "bytearray_iterator",
    "range_iterator",
    "dict_keyiterator",
    "dict_valueiterator",
    "dict_itemiterator",
    "dict_reversekeyiterator",
    "set_iterator",
    "list_reverseiterator",
    "reversed",
];

/// `it.__length_hint__()`: how many items are left (0 once a dict changed size, as CPython).
pub fn iterator_length_hint(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Value::Iter(cell) = super::arg(&args, 0) else {
        return Err(PyErr::type_error("descriptor '__length_hint__' requires an iterator"));
    };
    let b = cell.borrow();
    let left = match &*b {
        IterObj::Seq { seq, index } => {
            let len = match seq {
                Value::List(l) => l.borrow().len(),
                Value::Tuple(t) => t.len(),
                Value::Str(s) => s.char_len(),
                Value::Bytes(bs) => bs.len(),
                Value::ByteArray(bs) => bs.borrow().len(),
                _ => 0,
            };
            len.saturating_sub(*index) as i64
        }
        IterObj::Range { cur, stop, step } => {
            let (cur, stop, step) = (*cur as i128, *stop as i128, *step as i128);
            let n = if step > 0 && cur < stop {
                (stop - cur + step - 1) / step
            } else if step < 0 && cur > stop {
                (cur - stop - step - 1) / -step
            } else {
                0
            };
            n as i64
        }
        // CPython's dictiter_len: the items still expected, while the size is unchanged.
        IterObj::Dict { dict, len, left, .. } => {
            if dict.borrow().len() != *len {
                0
            } else {
                *left as i64
            }
        }
        IterObj::Snapshot { items, index, .. } => items.len().saturating_sub(*index) as i64,
        IterObj::Reversed { seq, index } => match seq {
            Value::List(l) => (*index).min(l.borrow().len()) as i64,
            _ => *index as i64,
        },
        _ => 0,
    };
    Ok(Value::Int(left))
}

fn iterator_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let it = super::arg(&args, 0);
    match it {
        Value::Iter(_) => match vm.iter_next(&it)? {
            Some(v) => Ok(v),
            None => Err(PyErr::stop_iteration(None)),
        },
        _ => Err(PyErr::type_error("descriptor '__next__' requires an iterator")),
    }
}

/// `function.__get__(obj, type=None)`: a method bound to `obj`, or the function itself when
/// `obj` is None (what attribute lookup does implicitly; decorators call it by hand).
fn function_get(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = super::arg(&args, 0);
    match args.pos.get(1) {
        None => Err(PyErr::type_error("expected at least 1 argument, got 0")),
        Some(Value::None) => Ok(f),
        Some(obj) => Ok(Value::Method(std::rc::Rc::new(crate::object::BoundMethod { func: f, self_: obj.clone() }))),
    }
}

/// `f.__call__(*args, **kwargs)` for a function, bound method or built-in function.
fn callable_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some((f, rest)) = args.pos.split_first() else {
        return Err(PyErr::type_error("descriptor '__call__' needs an argument"));
    };
    vm.call_kw(f, rest.to_vec(), args.kw.to_vec())
}

/// `m.__eq__(other)` / `m.__ne__(other)` of a bound method or built-in function: as CPython's
/// method_richcompare and meth_richcompare, two of the same type compare by function and
/// `__self__` (False, not NotImplemented, when they differ); any other operand is
/// NotImplemented.
fn bound_compare(vm: &mut Vm, args: Args, eq: bool) -> PyResult<Value> {
    let (a, b) = (arg(&args, 0), arg(&args, 1));
    if !Rc::ptr_eq(&vm.type_of(&a), &vm.type_of(&b)) {
        return Ok(Value::NotImplemented);
    }
    Ok(Value::bool(vm.eq(&a, &b)? == eq))
}

/// `int.__new__(cls, ...)` & co. called explicitly from a subclass's own `__new__`: the base
/// value wrapped as an instance of `cls`, as CPython returns.
pub(crate) fn wrap_for_subclass(vm: &Vm, args: Args, v: Value) -> Value {
    match args.pos.first() {
        Some(Value::Class(cls)) if !vm.is_builtin_class(cls) && !matches!(v, Value::Instance(_)) => {
            Value::Instance(std::rc::Rc::new(crate::object::Instance {
                class: std::cell::RefCell::new(cls.clone()),
                dict: std::rc::Rc::new(std::cell::RefCell::new(crate::object::PyDict::new())),
                payload: crate::object::Payload::Builtin(v),
            }))
        }
        _ => v,
    }
}

fn int_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::object_type::check_new_target(vm, &args, &vm.types.int.clone(), int_new)?;
    let v = int_value(vm, args)?;
    Ok(wrap_for_subclass(vm, args, v))
}

fn int_value(vm: &mut Vm, args: Args) -> PyResult<Value> {
    // CPython's clinic counts positional and keyword arguments together first.
    let given = args.pos.len().saturating_sub(1) + args.kw.len();
    if given > 2 {
        return Err(PyErr::type_error(format!("int() takes at most 2 arguments ({given} given)")));
    }
    // int(x=0, /, base=10): x is positional-only.
    args.allow_kw("int()", &["base"])?;
    let x = args.pos.get(1).cloned();
    let base = args.arg(2, "base").cloned();
    let Some(x) = x else {
        // matches CPython's long_new_impl: a base needs a string to parse.
        return if base.is_some() { Err(PyErr::type_error("int() missing string argument")) } else { Ok(Value::Int(0)) };
    };
    // A str/bytes subclass parses as its base value once no special method applies.
    let text_base = |vm: &Vm, v: &Value| match vm.builtin_base(v) {
        Some(b @ (Value::Str(_) | Value::Bytes(_) | Value::ByteArray(_))) => Some(b),
        _ => None,
    };
    if let Some(base) = base {
        let b = super::int_arg(vm, &base, "")?;
        if b != 0 && !(2..=36).contains(&b) {
            return Err(PyErr::value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        let x = text_base(vm, &x).unwrap_or(x);
        return match &x {
            Value::Str(s) => Ok(Value::from_bigint(crate::text::number_parse::parse_int(s.as_str(), b as u32, crate::modules::sys::int_max_str_digits())?)),
            Value::Bytes(_) | Value::ByteArray(_) => int_from_bytes(&x, b as u32),
            _ => Err(PyErr::type_error("int() can't convert non-string with explicit base")),
        };
    }
    match &x {
        Value::Int(_) | Value::BigInt(_) => Ok(x.clone()),
        Value::Bool(b) => Ok(Value::Int(b.get() as i64)),
        Value::Float(f) => super::functions::float_to_int(f.get()),
        Value::Str(s) => Ok(Value::from_bigint(crate::text::number_parse::parse_int(s.as_str(), 10, crate::modules::sys::int_max_str_digits())?)),
        Value::Bytes(_) | Value::ByteArray(_) => int_from_bytes(&x, 10),
        _ => {
            if let Some(v) = super::number_convert::int_from_protocol(vm, &x)? {
                return Ok(v);
            }
            if let Some(b) = text_base(vm, &x) {
                return int_value(vm, Args::new(&[Value::None, b]));
            }
            Err(PyErr::type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                vm.type_name(&x)
            )))
        }
    }
}

/// `int(b"ff", 16)`: bytes and bytearray parse like ASCII str, and the ValueError shows the
/// object's repr (`invalid literal for int() with base 10: b'zz'`).
fn int_from_bytes(x: &Value, base: u32) -> PyResult<Value> {
    use crate::text::{number_parse::parse_int_bytes, repr};
    let n = match x {
        Value::Bytes(b) => parse_int_bytes(b, &repr::bytes_repr(b), base, crate::modules::sys::int_max_str_digits())?,
        // matches CPython: the message shows a bytearray's contents as bytes.
        Value::ByteArray(b) => {
            let b = b.borrow();
            parse_int_bytes(&b, &repr::bytes_repr(&b), base, crate::modules::sys::int_max_str_digits())?
        }
        _ => return Err(PyErr::type_error("int() can't convert non-string with explicit base")),
    };
    Ok(Value::from_bigint(n))
}

/// `float(b"1.5")`: as for int, the message shows the bytes' repr.
fn float_from_bytes(x: &Value) -> PyResult<Option<f64>> {
    use crate::text::{number_parse::parse_float_bytes, repr};
    Ok(Some(match x {
        Value::Bytes(b) => parse_float_bytes(b, &repr::bytes_repr(b))?,
        Value::ByteArray(b) => {
            let b = b.borrow();
            parse_float_bytes(&b, &repr::bytearray_repr(&b))?
        }
        _ => return Ok(None),
    }))
}

/// CPython's argument checks of a built-in constructor called on the exact built-in type
/// (a subclass may take other arguments through its own `__init__`/`__new__`): at most
/// `max` positional arguments (after the class) and, unless `kwargs`, no keywords.
fn ctor_args(vm: &Vm, args: &Args, exact: &Rc<crate::object::Class>, name: &str, max: usize, kwargs: bool) -> PyResult<()> {
    if !matches!(args.pos.first(), Some(Value::Class(c)) if Rc::ptr_eq(c, exact)) {
        return Ok(());
    }
    let _ = vm;
    if !kwargs && !args.kw.is_empty() {
        return Err(PyErr::type_error(format!("{name}() takes no keyword arguments")));
    }
    let n = args.pos.len().saturating_sub(1);
    if n > max {
        let s = if max == 1 { "" } else { "s" };
        return Err(PyErr::type_error(format!("{name} expected at most {max} argument{s}, got {n}")));
    }
    Ok(())
}

fn bool_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    ctor_args(vm, &args, &vm.types.bool_.clone(), "bool", 1, false)?;
    match args.pos.get(1) {
        Some(v) => Ok(Value::bool(vm.is_true(&v.clone())?)),
        None => Ok(Value::Bool(BoolWord::FALSE)),
    }
}

fn float_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::object_type::check_new_target(vm, &args, &vm.types.float.clone(), float_new)?;
    ctor_args(vm, &args, &vm.types.float.clone(), "float", 1, false)?;
    let v = float_value(vm, args)?;
    Ok(wrap_for_subclass(vm, args, v))
}

fn float_value(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(x) = args.pos.get(1).cloned() else { return Ok(Value::float(0.0)) };
    match &x {
        Value::Float(_) => Ok(x),
        Value::Int(i) => Ok(Value::float(*i as f64)),
        Value::Bool(b) => Ok(Value::float(b.get() as i64 as f64)),
        Value::BigInt(b) => Ok(Value::float(crate::object::int::to_f64(b)?)),
        Value::Str(s) => Ok(Value::float(crate::text::number_parse::parse_float(s.as_str())?)),
        Value::Bytes(_) | Value::ByteArray(_) => Ok(Value::float(float_from_bytes(&x)?.unwrap_or(0.0))),
        _ => {
            if let Some(f) = super::number_convert::float_from_protocol(vm, &x)? {
                return Ok(Value::float(f));
            }
            if let Some(b @ (Value::Str(_) | Value::Bytes(_) | Value::ByteArray(_))) = vm.builtin_base(&x) {
                return float_value(vm, Args::new(&[Value::None, b]));
            }
            Err(PyErr::type_error(format!(
                "float() argument must be a string or a real number, not '{}'",
                vm.type_name(&x)
            )))
        }
    }
}

/// `types.MethodType(function, instance)`: CPython's method_new.
fn method_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(PyErr::type_error("method() takes no keyword arguments"));
    }
    let [_, func, instance] = args.pos else {
        return Err(PyErr::type_error(format!("method expected 2 arguments, got {}", args.pos.len().saturating_sub(1))));
    };
    if !super::functions::is_callable(vm, func) {
        return Err(PyErr::type_error("first argument must be callable"));
    }
    if instance.is_none() {
        return Err(PyErr::type_error("instance must not be None"));
    }
    Ok(Value::Method(Rc::new(crate::object::BoundMethod { func: func.clone(), self_: instance.clone() })))
}

fn str_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::object_type::check_new_target(vm, &args, &vm.types.str.clone(), str_new)?;
    let v = str_value(vm, args)?;
    Ok(wrap_for_subclass(vm, args, v))
}

fn str_value(vm: &mut Vm, args: Args) -> PyResult<Value> {
    // PyArg_ParseTupleAndKeywords("|Oss:str").
    let own = Args { pos: args.pos.get(1..).unwrap_or(&[]), kw: args.kw };
    super::clinic("str", &own, &["object", "encoding", "errors"], 0, 0, 3)?;
    let Some(x) = args.arg(1, "object").cloned() else { return Ok(Value::str("")) };
    let (enc, errors) = (args.arg(2, "encoding").cloned(), args.arg(3, "errors").cloned());
    if enc.is_some() || errors.is_some() {
        return str_decode(vm, &x, enc, errors);
    }
    // An exact str is returned as itself (`str(s) is s`, CPython's PyObject_Str).
    if let Value::Str(_) = x {
        return Ok(x);
    }
    // matches CPython: `str(x)` is a specialized call that holds no recursion level of its
    // own (a built-in class's call holds none in corio either); PyObject_Str's check counts.
    str_of_object(vm, &args, &x)
}

fn str_of_object(vm: &mut Vm, args: &Args, x: &Value) -> PyResult<Value> {
    // CPython's PyObject_Str hands back what a script `__str__` returned, a str subclass
    // instance included, and `str(obj)` passes it on.
    let exact_str = matches!(args.pos.first(), Some(Value::Class(c)) if Rc::ptr_eq(c, &vm.types.str));
    if exact_str && matches!(x, Value::Instance(_)) {
        if let Some(m @ Value::Function(_)) = vm.type_of(x).lookup("__str__") {
            // PyObject_Str's level, under the `__str__` frame.
            vm.enter_c_level(" while getting the str of an object")?;
            let r = vm.call_bound_special(&m, x, vec![]);
            vm.native_depth -= 1;
            let r = r?;
            if vm.str_text(&r).is_none() {
                return Err(PyErr::type_error(format!("__str__ returned non-string (type {})", vm.type_name(&r))));
            }
            return Ok(r);
        }
    }
    Ok(Value::string(vm.str(x)?))
}

/// `str(b, encoding, errors)`: CPython's PyUnicode_FromEncodedObject.
fn str_decode(vm: &mut Vm, x: &Value, enc: Option<Value>, errors: Option<Value>) -> PyResult<Value> {
    for (v, what) in [(&enc, "encoding"), (&errors, "errors")] {
        if let Some(v) = v {
            if !matches!(v, Value::Str(_)) {
                return Err(PyErr::type_error(format!("str() argument '{what}' must be str, not {}", super::arg_type_name(vm, v))));
            }
        }
    }
    match x {
        Value::Bytes(_) | Value::ByteArray(_) => {
            let mut a = vec![enc.unwrap_or_else(|| Value::str("utf-8"))];
            a.extend(errors);
            vm.call_method(x, "decode", a)
        }
        Value::Str(_) => Err(PyErr::type_error("decoding str is not supported")),
        _ => match crate::modules::struct_buffer::memoryview_bytes(vm, x) {
            // Any buffer decodes (a memoryview through its bytes).
            Some(bytes) => str_decode(vm, &Value::Bytes(bytes?.into()), enc, errors),
            None => Err(PyErr::type_error(format!("decoding to str: need a bytes-like object, {} found", vm.type_name(x)))),
        },
    }
}

fn tuple_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::object_type::check_new_target(vm, &args, &vm.types.tuple.clone(), tuple_new)?;
    ctor_args(vm, &args, &vm.types.tuple.clone(), "tuple", 1, false)?;
    let v = tuple_value(vm, args)?;
    Ok(wrap_for_subclass(vm, args, v))
}

fn tuple_value(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.pos.get(1) {
        Some(Value::Tuple(t)) => Ok(Value::Tuple(t.clone())),
        Some(v) => Ok(Value::tuple(vm.collect_iterable(&v.clone())?)),
        None => Ok(Value::tuple(vec![])),
    }
}

fn list_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::object_type::check_new_target(vm, &args, &vm.types.list.clone(), list_new)?;
    ctor_args(vm, &args, &vm.types.list.clone(), "list", 1, false)?;
    let v = list_value(vm, args)?;
    Ok(wrap_for_subclass(vm, args, v))
}

/// The items of `list(v)`. CPython's list() allocates exactly for a source with a length
/// (list_preallocate_exact), and `sys.getsizeof` reads an exact allocation from a list
/// without spare capacity (see container_sizeof).
pub fn sized_collect(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    let mut items = vm.collect_iterable(v)?;
    if !matches!(v, Value::Iter(_) | Value::Generator(_) | Value::Instance(_) | Value::Native(_)) {
        items.shrink_to_fit();
    }
    Ok(items)
}

fn list_value(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.pos.get(1) {
        Some(v) => Ok(Value::list(sized_collect(vm, v)?)),
        None => Ok(Value::list(vec![])),
    }
}

fn dict_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::object_type::check_new_target(vm, &args, &vm.types.dict.clone(), dict_new)?;
    ctor_args(vm, &args, &vm.types.dict.clone(), "dict", 1, true)?;
    let v = dict_value(vm, args)?;
    Ok(wrap_for_subclass(vm, args, v))
}

fn dict_value(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = Value::dict(crate::object::PyDict::new());
    if let Some(src) = args.pos.get(1) {
        super::methods::dict_update(vm, &d, src)?;
    }
    if let Value::Dict(table) = &d {
        for (k, v) in args.kw {
            vm.dict_set_item(table, Value::str(k), v.clone())?;
        }
    }
    Ok(d)
}

fn set_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::object_type::check_new_target(vm, &args, &vm.types.set.clone(), set_new)?;
    ctor_args(vm, &args, &vm.types.set.clone(), "set", 1, false)?;
    let v = set_value(vm, args)?;
    Ok(wrap_for_subclass(vm, args, v))
}

fn set_value(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = match args.pos.get(1) {
        Some(v) => vm.set_from_iterable(&v.clone())?,
        None => crate::object::PySet::new(),
    };
    Ok(Value::Set(Rc::new(RefCell::new(s))))
}

fn frozenset_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::object_type::check_new_target(vm, &args, &vm.types.frozenset.clone(), frozenset_new)?;
    ctor_args(vm, &args, &vm.types.frozenset.clone(), "frozenset", 1, false)?;
    let v = frozenset_value(vm, args)?;
    Ok(wrap_for_subclass(vm, args, v))
}

fn frozenset_value(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.pos.get(1) {
        Some(f @ Value::FrozenSet(_)) => Ok(f.clone()),
        Some(v) => Ok(Value::FrozenSet(Rc::new(vm.set_from_iterable(&v.clone())?))),
        None => Ok(Value::FrozenSet(Rc::new(crate::object::PySet::new()))),
    }
}

/// `types.ModuleType(name, doc=None)`: an empty module, as `importlib` would start one.
fn module_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let name = match args.arg(1, "name") {
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => {
            let t = vm.type_name(other);
            return Err(PyErr::type_error(format!("module.__init__() argument 'name' must be str, not {t}")));
        }
        None => return Err(PyErr::type_error("module.__init__() missing required argument 'name' (pos 1)")),
    };
    let doc = args.arg(2, "doc").cloned().unwrap_or(Value::None);
    let (m, d) = crate::modules::new_module(&name);
    let mut d = d.borrow_mut();
    d.set_str("__doc__", doc);
    for k in ["__package__", "__loader__", "__spec__"] {
        d.set_str(k, Value::None);
    }
    Ok(m)
}

fn range_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::no_kwargs("range", &args)?;
    let a = &args.pos[1..];
    if a.is_empty() || a.len() > 3 {
        return Err(PyErr::type_error(if a.is_empty() {
            "range expected at least 1 argument, got 0".to_string()
        } else {
            format!("range expected at most 3 arguments, got {}", a.len())
        }));
    }
    let mut n = Vec::with_capacity(3);
    for v in a {
        n.push(super::int_arg(vm, v, "")?);
    }
    let (start, stop, step) = match n.len() {
        1 => (0, n[0], 1),
        2 => (n[0], n[1], 1),
        _ => (n[0], n[1], n[2]),
    };
    if step == 0 {
        return Err(PyErr::value_error("range() arg 3 must not be zero"));
    }
    // The native range holds bounds below 2**62, so its length, its items and every step of
    // its iteration fit in an i64; larger bounds (an int argument beyond i64 arrives clamped)
    // make CPython's longrange, written in Python (`stdlib/_longrange.py`).
    const NATIVE_LIMIT: u64 = 1 << 62;
    if a.iter().any(|v| matches!(v, Value::BigInt(_))) || n.iter().any(|x| x.unsigned_abs() >= NATIVE_LIMIT) {
        let module = vm.import_module("_longrange")?;
        let make = vm.getattr(&module, &Value::str("make"))?;
        return vm.call(&make, a.to_vec());
    }
    Ok(Value::Range(Rc::new((start, stop, step))))
}

fn slice_new(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::no_kwargs("slice", &args)?;
    let a = &args.pos[1..];
    let (lo, hi, st) = match a.len() {
        1 => (Value::None, a[0].clone(), Value::None),
        2 => (a[0].clone(), a[1].clone(), Value::None),
        3 => (a[0].clone(), a[1].clone(), a[2].clone()),
        0 => return Err(PyErr::type_error("slice expected at least 1 argument, got 0")),
        n => return Err(PyErr::type_error(format!("slice expected at most 3 arguments, got {n}"))),
    };
    Ok(Value::Slice(Rc::new((lo, hi, st))))
}

fn staticmethod_new(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    decorator_count("staticmethod", &args)?;
    Ok(Value::StaticMethod(Rc::new(arg(&args, 1))))
}

/// staticmethod/classmethod take exactly one callable (PyArg_UnpackTuple's wording).
fn decorator_count(name: &str, args: &Args) -> PyResult<()> {
    super::no_kwargs(name, args)?;
    match args.pos.len().saturating_sub(1) {
        1 => Ok(()),
        n => Err(PyErr::type_error(format!("{name} expected 1 argument, got {n}"))),
    }
}

fn classmethod_new(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    decorator_count("classmethod", &args)?;
    Ok(Value::ClassMethod(Rc::new(arg(&args, 1))))
}

/// `classmethod(f).__get__(obj, owner)`: as CPython 3.11's cm_descr_get, a wrapped object that
/// is itself a descriptor other than a function (`@classmethod @property`) is bound through
/// its own `__get__(owner, owner)`; otherwise a method bound to `owner`.
/// `classmethod.__get__(obj, type=None)`: bound to `type`, or to `type(obj)`.
fn classmethod_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::ClassMethod(inner)) = args.pos.first() else {
        return Err(PyErr::type_error("descriptor '__get__' requires a 'classmethod' object"));
    };
    let owner = match (args.pos.get(1), args.pos.get(2)) {
        (_, Some(t)) if !t.is_none() => t.clone(),
        (Some(obj), _) if !obj.is_none() => Value::Class(vm.type_of(obj)),
        _ => return Err(PyErr::type_error("__get__(None, None) is invalid")),
    };
    bind_classmethod(vm, &inner.clone(), owner)
}

/// `staticmethod.__get__(obj, type=None)`: the wrapped callable (CPython's wrapper refuses
/// two Nones here too).
fn staticmethod_get(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let given = |i: usize| args.pos.get(i).map_or(false, |v| !v.is_none());
    if !given(1) && !given(2) {
        return Err(PyErr::type_error("__get__(None, None) is invalid"));
    }
    match args.pos.first() {
        Some(Value::StaticMethod(inner)) => Ok((**inner).clone()),
        _ => Err(PyErr::type_error("descriptor '__get__' requires a 'staticmethod' object")),
    }
}

pub fn bind_classmethod(vm: &mut Vm, inner: &Value, owner: Value) -> PyResult<Value> {
    match inner {
        Value::Property(p) => super::property_type::get(vm, p, &owner),
        Value::Instance(_) | Value::Native(_) => match vm.lookup_special(inner, "__get__") {
            Some(get) => vm.call_bound_special(&get, inner, vec![owner.clone(), owner]),
            None => Ok(Value::Method(Rc::new(crate::object::BoundMethod { func: inner.clone(), self_: owner }))),
        },
        _ => Ok(Value::Method(Rc::new(crate::object::BoundMethod { func: inner.clone(), self_: owner }))),
    }
}

/// `super()` (zero arguments: the enclosing class cell and the first argument of the caller)
/// or `super(cls, obj)`.
fn new_iter(it: IterObj) -> Value {
    Value::Iter(Rc::new(RefCell::new(it)))
}

fn enumerate_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.allow_kw("enumerate()", &["iterable", "start"])?;
    let given = args.pos.len().saturating_sub(1) + args.kw.len();
    if given > 2 {
        return Err(PyErr::type_error(format!("enumerate() takes at most 2 arguments ({given} given)")));
    }
    if args.arg(1, "iterable").is_none() {
        return Err(PyErr::type_error("enumerate() missing required argument 'iterable'"));
    }
    // Argument Clinic converts `start` before the body asks for the iterator.
    let start = match args.arg(2, "start") {
        Some(v @ Value::BigInt(_)) => v.clone(),
        Some(v) => Value::Int(super::int_arg(vm, &v.clone(), "")?),
        None => Value::Int(0),
    };
    let it = vm.get_iter(&args.arg(1, "iterable").cloned().unwrap_or(Value::None))?;
    Ok(new_iter(IterObj::Enumerate { it, count: start }))
}

fn zip_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some((k, _)) = args.kw.iter().find(|(k, _)| &**k != "strict") {
        return Err(PyErr::type_error(format!("'{k}' is an invalid keyword argument for zip()")));
    }
    let mut its = Vec::new();
    for v in &args.pos[1..] {
        its.push(vm.get_iter(v)?);
    }
    let strict = match args.kwarg("strict") {
        Some(v) => vm.is_true(&v.clone())?,
        None => false,
    };
    Ok(new_iter(IterObj::Zip { its, strict }))
}

fn map_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(PyErr::type_error("map() takes no keyword arguments"));
    }
    if args.pos.len() < 3 {
        return Err(PyErr::type_error("map() must have at least two arguments."));
    }
    let mut its = Vec::new();
    for v in &args.pos[2..] {
        its.push(vm.get_iter(v)?);
    }
    Ok(new_iter(IterObj::Map { func: args.pos[1].clone(), its }))
}

fn filter_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(PyErr::type_error("filter() takes no keyword arguments"));
    }
    if args.pos.len() != 3 {
        return Err(PyErr::type_error(format!("filter expected 2 arguments, got {}", args.pos.len().saturating_sub(1))));
    }
    let it = vm.get_iter(&args.pos[2])?;
    Ok(new_iter(IterObj::Filter { func: args.pos[1].clone(), it }))
}

fn not_reversible(vm: &Vm, seq: &Value) -> PyErr {
    PyErr::type_error(format!("'{}' object is not reversible", vm.type_name(seq)))
}

fn reversed_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(PyErr::type_error("reversed() takes no keyword arguments"));
    }
    if args.pos.len() != 2 {
        return Err(PyErr::type_error(format!("reversed expected 1 argument, got {}", args.pos.len().saturating_sub(1))));
    }
    let seq = arg(&args, 1);
    if let Some(m) = vm.lookup_special(&seq, "__reversed__") {
        // CPython: `__reversed__ = None` blocks the sequence protocol fallback.
        if m.is_none() {
            return Err(not_reversible(vm, &seq));
        }
        // list's, range's and dict's own `__reversed__` are the built-in path below.
        if !matches!(&m, Value::Builtin(b) if matches!(b.owner.as_deref(), Some("list" | "range" | "dict"))) {
            return vm.call_bound_special(&m, &seq, vec![]);
        }
    }
    reversed_builtin(vm, seq)
}

/// `reversed(seq)` for a value without a script `__reversed__`: the sequence protocol, or a
/// dict's keys backwards. Also `list.__reversed__` and friends.
pub fn reversed_builtin(vm: &mut Vm, seq: Value) -> PyResult<Value> {
    // A dict subclass reverses its dict storage, as CPython's dict.__reversed__.
    let seq = match vm.builtin_base(&seq) {
        Some(base @ Value::Dict(_)) => base,
        _ => seq,
    };
    let len = match &seq {
        Value::Dict(d) => {
            let mut keys = d.borrow().keys();
            keys.reverse();
            return Ok(new_iter(IterObj::Snapshot { items: keys, index: 0, name: "dict_reversekeyiterator", source: None }));
        }
        // Matches CPython's PySequence_Check: sets and objects without
        // __getitem__ are "not reversible" even when they have a length.
        Value::Set(_) | Value::FrozenSet(_) => return Err(not_reversible(vm, &seq)),
        Value::Instance(_) if vm.lookup_special(&seq, "__getitem__").is_none() => return Err(not_reversible(vm, &seq)),
        // A class with __getitem__ is a sequence to CPython, which then asks its length
        // ("object of type 'X' has no len()").
        Value::Instance(_) => vm.len(&seq)?,
        _ => vm.len(&seq).map_err(|_| not_reversible(vm, &seq))?,
    };
    Ok(new_iter(IterObj::Reversed { seq, index: len }))
}
