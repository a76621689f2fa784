//! `mappingproxy` (`types.MappingProxyType`): the read-only view `C.__dict__` and `vars(C)`
//! return for a class, as CPython's descrobject.c. Every read forwards to the wrapped mapping;
//! there is no `__setitem__`/`__delitem__`, so assignment fails with the generic
//! "'mappingproxy' object does not support item assignment".

use std::any::Any;
use std::rc::Rc;

use super::{arg, clinic, def_new, native};
use crate::bytecode::opcode::{BinOp, CompareOp};
use crate::object::class::Layout;
use crate::object::function::NativeKind;
use crate::object::{Args, Class, NativeObject, NativeRef, PyDict, PyErr, PyResult, Value};
use crate::vm::Vm;

pub struct MappingProxy {
    mapping: Value,
    class: Rc<Class>,
}

impl NativeObject for MappingProxy {
    fn class(&self) -> Rc<Class> {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

const NAME: &str = "mappingproxy";

/// A read-only proxy of `mapping` (the caller vouches that it is a mapping).
pub fn wrap(vm: &Vm, mapping: Value) -> Value {
    Value::Native(NativeRef::new(MappingProxy { mapping, class: proxy_class(vm) }))
}

/// `cls.__dict__`: a proxy of the class's own dict, except for the `builtins` types, whose
/// dict as CPython shows it has their `__doc__` and no `__module__` (CPython derives a static
/// type's module from its name): a read-only copy of theirs, remade when any class changed.
pub fn class_dict(vm: &Vm, cls: &Rc<Class>) -> Value {
    let builtin = matches!(cls.dict.borrow().get_str("__module__"), Some(Value::Str(m)) if m.as_str() == "builtins");
    if !builtin {
        return wrap(vm, Value::Dict(cls.dict.clone()));
    }
    thread_local! {
        /// class address -> (type epoch, the dict as shown). The built-in types never go.
        static SHOWN: std::cell::RefCell<hashbrown::HashMap<usize, (u64, Rc<std::cell::RefCell<PyDict>>)>> =
            std::cell::RefCell::new(hashbrown::HashMap::new());
    }
    let key = Rc::as_ptr(cls) as usize;
    let epoch = crate::object::dict::type_epoch();
    let cached = SHOWN.with(|m| m.borrow().get(&key).filter(|(e, _)| *e == epoch).map(|(_, d)| d.clone()));
    let shown = cached.unwrap_or_else(|| {
        let mut d = PyDict::new();
        for e in cls.dict.borrow().iter() {
            if e.key.as_str() != Some("__module__") {
                d.insert_new(e.hash, e.key.clone(), e.value.clone());
            }
        }
        if !d.contains_str("__doc__") {
            d.set_str("__doc__", super::docstrings::class_doc(cls));
        }
        super::builtin_type_extras::add(cls, &mut d);
        let d = Rc::new(std::cell::RefCell::new(d));
        SHOWN.with(|m| m.borrow_mut().insert(key, (epoch, d.clone())));
        d
    });
    wrap(vm, Value::Dict(shown))
}

/// The `mappingproxy` class, created on first use.
pub fn proxy_class(vm: &Vm) -> Rc<Class> {
    if let Some(c) = vm.iterator_classes.borrow().iter().find(|(n, _)| *n == NAME) {
        return c.1.clone();
    }
    let cls = crate::vm::types::new_class_with(NAME, &[vm.types.object.clone()], Layout::Builtin, None)
        .expect("mappingproxy has a trivial MRO");
    // CPython's mappingproxy has Py_TPFLAGS_MAPPING (a mapping to `match`).
    cls.collection_flags.set(crate::object::class::COLLECTION_MAPPING);
    def_new(&cls, proxy_new);
    {
        let mut d = cls.dict.borrow_mut();
        d.set_str("__module__", Value::str("builtins"));
        // matches CPython 3.11: a mappingproxy is unhashable.
        d.set_str("__hash__", Value::None);
        let methods: [(&str, crate::object::NativeFn); 23] = [
            ("__getitem__", getitem),
            ("__contains__", contains),
            ("__iter__", iter),
            ("__len__", len),
            ("__reversed__", reversed),
            ("__repr__", repr),
            ("__str__", str_),
            ("__eq__", eq),
            ("__ne__", ne),
            ("__lt__", lt),
            ("__le__", le),
            ("__gt__", gt),
            ("__ge__", ge),
            ("__or__", or),
            ("__ror__", ror),
            ("__ior__", ior),
            ("get", get),
            ("keys", keys),
            ("values", values),
            ("items", items),
            ("copy", copy),
            ("__reduce__", no_pickle),
            ("__reduce_ex__", no_pickle),
        ];
        for (name, f) in methods {
            d.set_str(name, native(name, f, NativeKind::Method, None));
        }
    }
    crate::builtins::def_classmethod(&cls, "__class_getitem__", crate::builtins::base_dunders::class_getitem);
    vm.iterator_classes.borrow_mut().push((NAME, cls.clone()));
    cls
}

/// The wrapped mapping of `v`, or None when `v` is not a mappingproxy.
fn inner(v: &Value) -> Option<Value> {
    match v {
        Value::Native(n) => n.downcast::<MappingProxy>().map(|p| p.mapping.clone()),
        _ => None,
    }
}

fn this(vm: &Vm, args: &Args) -> PyResult<Value> {
    let v = arg(args, 0);
    inner(&v).ok_or_else(|| {
        PyErr::type_error(format!("descriptor requires a 'mappingproxy' object but received a '{}'", vm.type_name(&v)))
    })
}

/// `mappingproxy(mapping)`: CPython's mappingproxy_check_mapping accepts anything with
/// `__getitem__` except lists and tuples.
fn proxy_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let rest = Args { pos: args.pos.get(1..).unwrap_or(&[]), kw: args.kw };
    clinic("mappingproxy", &rest, &["mapping"], 0, 1, 1)?;
    let mapping = rest.pos.first().cloned().or_else(|| rest.kwarg("mapping").cloned()).unwrap_or(Value::None);
    let is_mapping = match &mapping {
        Value::Dict(_) => true,
        Value::List(_) | Value::Tuple(_) => false,
        other => vm.lookup_special(other, "__getitem__").is_some() && !matches!(vm.builtin_base(other), Some(Value::List(_) | Value::Tuple(_))),
    };
    if !is_mapping {
        return Err(PyErr::type_error(format!("mappingproxy() argument must be a mapping, not {}", vm.type_name(&mapping))));
    }
    Ok(wrap(vm, mapping))
}

fn getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = this(vm, &args)?;
    vm.getitem(&m, &arg(&args, 1))
}

fn contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = this(vm, &args)?;
    Ok(Value::bool(vm.contains(&m, &arg(&args, 1))?))
}

fn iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = this(vm, &args)?;
    vm.get_iter(&m)
}

fn len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = this(vm, &args)?;
    Ok(Value::Int(vm.len(&m)? as i64))
}

fn reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = this(vm, &args)?;
    if let Value::Dict(_) = m {
        return super::types::reversed_builtin(vm, m);
    }
    vm.call_method(&m, "__reversed__", vec![])
}

fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = this(vm, &args)?;
    Ok(Value::str(&format!("mappingproxy({})", vm.repr(&m)?)))
}

fn str_(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = this(vm, &args)?;
    Ok(Value::str(&vm.str(&m)?))
}

/// Comparisons compare the wrapped mapping with the other operand (mappingproxy_richcompare).
fn compare(vm: &mut Vm, args: &Args, op: CompareOp) -> PyResult<Value> {
    let m = this(vm, args)?;
    vm.compare(op, &m, &arg(args, 1))
}

fn eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, &args, CompareOp::Eq)
}
fn ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, &args, CompareOp::Ne)
}
fn lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, &args, CompareOp::Lt)
}
fn le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, &args, CompareOp::Le)
}
fn gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, &args, CompareOp::Gt)
}
fn ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, &args, CompareOp::Ge)
}

/// `proxy | other` and `other | proxy`: either proxy is replaced by its mapping, then `|`
/// (mappingproxy_or).
fn or(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = arg(&args, 0);
    let b = arg(&args, 1);
    let a = inner(&a).unwrap_or(a);
    let b = inner(&b).unwrap_or(b);
    vm.binary_op(BinOp::Or, &a, &b, false)
}

fn ror(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = arg(&args, 1);
    let b = arg(&args, 0);
    let a = inner(&a).unwrap_or(a);
    let b = inner(&b).unwrap_or(b);
    vm.binary_op(BinOp::Or, &a, &b, false)
}

fn ior(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let _ = this(vm, &args)?;
    Err(PyErr::type_error("'|=' is not supported by mappingproxy; use '|' instead"))
}

fn get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = this(vm, &args)?;
    let rest = &args.pos[1..];
    if rest.is_empty() || rest.len() > 2 || !args.kw.is_empty() {
        let rest = Args { pos: rest, kw: args.kw };
        super::check_count("get", &rest, 1, 2)?;
        super::no_kwargs("get", &rest)?;
    }
    vm.call_method(&m, "get", rest.to_vec())
}

/// `keys`, `values`, `items` and `copy` call the mapping's own method.
fn forward(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Value> {
    let m = this(vm, args)?;
    super::check_count(name, &Args { pos: &args.pos[1..], kw: args.kw }, 0, 0)?;
    vm.call_method(&m, name, vec![])
}

fn keys(vm: &mut Vm, args: Args) -> PyResult<Value> {
    forward(vm, &args, "keys")
}
fn values(vm: &mut Vm, args: Args) -> PyResult<Value> {
    forward(vm, &args, "values")
}
fn items(vm: &mut Vm, args: Args) -> PyResult<Value> {
    forward(vm, &args, "items")
}
fn copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    forward(vm, &args, "copy")
}

/// matches CPython: a mappingproxy cannot be pickled, so `copy.copy` refuses it too.
fn no_pickle(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(PyErr::type_error("cannot pickle 'mappingproxy' object"))
}
