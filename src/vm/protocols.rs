//! Protocol plumbing used by single opcodes: `with`, async iteration, f-string fields,
//! attributes of built-in objects, `match` helpers and exception groups.

use std::rc::Rc;

use super::Vm;
use crate::bytecode::opcode::{AwaitKind, Conversion};
use crate::object::exception::exc_data;
use crate::object::str::PyStr;
use crate::object::{Class, ExcKind, PyErr, PyResult, Value};

impl Vm {
    /// `BeforeWith`/`BeforeAsyncWith`: (bound exit, result of enter).
    pub fn before_with(&mut self, mgr: &Value, is_async: bool) -> PyResult<(Value, Value)> {
        let (enter_name, exit_name) = if is_async { ("__aenter__", "__aexit__") } else { ("__enter__", "__exit__") };
        let cls = self.type_of(mgr);
        let (Some(enter), Some(exit)) = (cls.lookup(enter_name), cls.lookup(exit_name)) else {
            let what = if is_async { "asynchronous context manager" } else { "context manager" };
            let missing = if cls.lookup(enter_name).is_none() { "" } else { " (missed __exit__ method)" };
            let missing = if is_async && cls.lookup(enter_name).is_some() { " (missed __aexit__ method)" } else { missing };
            return Err(PyErr::type_error(format!(
                "'{}' object does not support the {what} protocol{missing}",
                cls.tp_name()
            )));
        };
        let exit = self.bind_descriptor(exit, mgr, &cls)?;
        let entered = self.call_bound_special(&enter, mgr, vec![])?;
        Ok((exit, entered))
    }

    pub fn get_aiter(&mut self, v: &Value) -> PyResult<Value> {
        let Some(m) = self.lookup_special(v, "__aiter__") else {
            return Err(PyErr::type_error(format!(
                "'async for' requires an object with __aiter__ method, got {}",
                self.type_name(v)
            )));
        };
        let it = self.call_bound_special(&m, v, vec![])?;
        if self.lookup_special(&it, "__anext__").is_none() {
            return Err(PyErr::type_error(format!(
                "'async for' received an object from __aiter__ that does not implement __anext__: {}",
                self.type_name(&it)
            )));
        }
        Ok(it)
    }

    pub fn get_anext_awaitable(&mut self, it: &Value) -> PyResult<Value> {
        if let Value::Generator(g) = it {
            if g.kind == crate::object::generator::GenKind::AsyncGenerator {
                return Ok(crate::builtins::generator::anext_awaitable(self, g.clone()));
            }
        }
        let Some(m) = self.lookup_special(it, "__anext__") else {
            return Err(PyErr::type_error(format!(
                "'async for' requires an iterator with __anext__ method, got {}",
                self.type_name(it)
            )));
        };
        let aw = self.call_bound_special(&m, it, vec![])?;
        match self.get_awaitable(aw.clone(), AwaitKind::Await) {
            Ok(v) => Ok(v),
            Err(e) if self.err_matches(&e, ExcKind::TypeError) => Err(PyErr::type_error(format!(
                "'async for' received an invalid object from __anext__: {}",
                self.type_name(&aw)
            ))),
            Err(e) => Err(e),
        }
    }

    /// `FormatValue`: conversion then `format(value, spec)`.
    pub fn format_value(&mut self, v: &Value, conv: Conversion, spec: Option<&Value>) -> PyResult<Value> {
        let converted = match conv {
            Conversion::None => v.clone(),
            Conversion::Str => Value::string(self.str(v)?),
            Conversion::Repr if !matches!(v, Value::Instance(_) | Value::Native(_)) && !self.reprs_items_guarded(v) => {
                // PyObject_Repr's recursion check (a script class's __repr__ counts its own).
                self.enter_c_level(" while getting the repr of an object")?;
                let r = self.repr(v);
                self.native_depth -= 1;
                Value::string(r?)
            }
            Conversion::Repr => Value::string(self.repr(v)?),
            Conversion::Ascii => Value::string(crate::builtins::functions::ascii_escape(&self.repr(v)?)),
        };
        let spec_str = spec.and_then(|s| s.as_str()).unwrap_or("");
        if spec_str.is_empty() {
            if let Value::Str(_) = converted {
                return Ok(converted);
            }
        }
        let held = self.enter_format_level(&converted, spec_str)?;
        let r = crate::builtins::format::format(self, &converted, spec_str).map(Value::string);
        if held {
            self.native_depth -= 1;
        }
        r
    }

    /// The recursion levels CPython's PyObject_Format holds for a value that is no str with
    /// an empty spec: anything but an exact int with an empty spec calls its `__format__` (one "calling" level; with an empty spec that
    /// method takes str() one level further down). A script class's `__format__` runs in a
    /// frame, which counts already. Returns whether one level is left held.
    fn enter_format_level(&mut self, v: &Value, spec: &str) -> PyResult<bool> {
        if matches!(v, Value::Instance(_) | Value::Native(_)) {
            return Ok(false);
        }
        // An exact int with an empty spec is PyObject_Str, whose level the caller counts.
        if spec.is_empty() && matches!(v, Value::Int(_) | Value::BigInt(_)) {
            return Ok(false);
        }
        self.enter_c_level(" while calling a Python object")?;
        if spec.is_empty() && self.stack_depth() + self.native_depth > self.recursion_limit {
            self.native_depth -= 1;
            return Err(PyErr::new(ExcKind::RecursionError, "maximum recursion depth exceeded while getting the str of an object"));
        }
        Ok(true)
    }

    /// `FormatAppend`: what `format_value` gives, appended to an f-string's builder. str
    /// fields and the usual int, float and str formats are written straight into it.
    pub fn format_value_into(&mut self, v: &Value, conv: Conversion, spec: Option<&Value>, out: &mut PyStr) -> PyResult<()> {
        if let Conversion::None = conv {
            let spec_str = spec.and_then(|s| s.as_str()).unwrap_or("");
            if let (Value::Str(s), "") = (v, spec_str) {
                out.append_str(s);
                return Ok(());
            }
            let held = self.enter_format_level(v, spec_str)?;
            let fast = out.append_with(|text| crate::builtins::format::append_exact_builtin(v, spec_str, text));
            if held {
                self.native_depth -= 1;
            }
            if let Some(r) = fast {
                return r;
            }
        }
        let s = self.format_value(v, conv, spec)?;
        match &s {
            Value::Str(s) => out.append_str(s),
            _ => out.append_with(|text| text.push_str(s.as_str().unwrap_or(""))),
        }
        Ok(())
    }

    /// Class object for a built-in iterator type name (`list_iterator`, ...), created on demand.
    pub fn iterator_class(&self, name: &'static str) -> Rc<Class> {
        if let Some(c) = self.iterator_classes.borrow().iter().find(|(n, _)| *n == name) {
            return c.1.clone();
        }
        let base = self.types.iterator.clone();
        let cls = super::types::new_class_with(name, &[self.types.object.clone()], crate::object::class::Layout::Builtin, None)
            .expect("iterator classes have a trivial MRO");
        {
            let src = base.dict.borrow().clone();
            let mut d = cls.dict.borrow_mut();
            for e in src.iter() {
                d.set_str_key(e.key.clone(), e.value.clone());
            }
        }
        if crate::builtins::types::LENGTH_HINTED.contains(&name) {
            crate::builtins::def_method(&cls, "__length_hint__", crate::builtins::types::iterator_length_hint);
        }
        self.iterator_classes.borrow_mut().push((name, cls.clone()));
        cls
    }

    /// Attributes of built-in values that are not methods (`f.__name__`, `gen.gi_frame`, ...).
    pub fn special_attribute(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        Ok(match (obj, name) {
            (_, "__class__") => Some(Value::Class(self.type_of(obj))),
            (Value::Function(f), _) => match name {
                "__name__" => Some(Value::str(&f.name.borrow())),
                "__qualname__" => Some(Value::str(&f.qualname.borrow())),
                // A member of the function, not the `function` type's own `__module__`.
                "__module__" => Some(f.module.borrow().clone()),
                "__doc__" => Some(f.doc.borrow().clone()),
                "__code__" => Some(Value::Code(f.code.clone())),
                "__globals__" => Some(Value::Dict(f.globals.clone())),
                "__builtins__" => Some(Value::Dict(self.builtins.clone())),
                "__dict__" => Some(Value::Dict(f.dict.clone())),
                "__defaults__" => {
                    let d = f.defaults.borrow();
                    if d.is_empty() {
                        Some(Value::None)
                    } else {
                        Some(Value::tuple(d.clone()))
                    }
                }
                "__kwdefaults__" => Some(f.kwdefaults.borrow().clone().map(Value::Dict).unwrap_or(Value::None)),
                "__closure__" => {
                    if f.closure.is_empty() {
                        Some(Value::None)
                    } else {
                        Some(Value::tuple(f.closure.clone()))
                    }
                }
                // CPython's func_get_annotations: made (empty) on first access.
                "__annotations__" => Some(
                    f.annotations.borrow_mut().get_or_insert_with(|| Value::dict(crate::object::PyDict::new())).clone(),
                ),
                _ => f.dict.borrow().get_str(name),
            },
            (Value::Method(m), _) => match name {
                "__self__" => Some(m.self_.clone()),
                "__func__" => Some(m.func.clone()),
                _ => {
                    let f = m.func.clone();
                    return self.getattr(&f, &Value::str(name)).map(Some);
                }
            },
            (Value::Builtin(b), _) => match name {
                "__name__" => Some(Value::str(&b.name)),
                // matches CPython: a built-in type's method is qualified by its type (`str.upper`),
                // a bound one by the type of what it is bound to (`L().append` of a list
                // subclass L is `L.append`, `D.fromkeys` is `D.fromkeys`), and a module-level
                // function is not qualified (`len`).
                "__qualname__" => Some(match (&b.owner, &b.bound) {
                    // A native standing in for a Python method: that method's qualname.
                    _ if crate::runtime::loop_method_names::python_method_owner(b).is_some() => {
                        let cls = crate::runtime::loop_method_names::python_method_owner(b).unwrap_or_default();
                        Value::string(format!("{cls}.{}", b.name))
                    }
                    (Some(owner), None) => {
                        let owner = owner.rsplit('.').next().unwrap_or(owner);
                        Value::string(format!("{owner}.{}", b.name))
                    }
                    (Some(_), Some(bound)) => {
                        let t = match bound {
                            Value::Class(c) => c.clone(),
                            v => self.type_of(v),
                        };
                        let qualname = t.qualname.borrow().clone();
                        Value::string(format!("{qualname}.{}", b.name))
                    }
                    (None, _) => Value::str(&b.name),
                }),
                "__self__" => Some(match (&b.bound, b.module.get()) {
                    (Some(bound), _) => bound.clone(),
                    // An unbound native method standing for an `async def` of asyncio
                    // (`Queue.get`) is a plain function there: nothing bound.
                    (None, Some(_)) if b.kind == crate::object::function::NativeKind::Method => Value::None,
                    // A native module's function is bound to its module, one of `builtins`
                    // to that module (CPython's m_self).
                    (None, Some(module)) => {
                        let modules = self.modules.borrow();
                        let cpython = crate::modules::cpython_module_name(module);
                        modules.get_str(cpython).or_else(|| modules.get_str(module)).unwrap_or(Value::None)
                    }
                    (None, None) if b.owner.is_none() => self.import_module("builtins")?,
                    // A core type's `__new__` (tp_new_wrapper) is bound to its type; its
                    // METH_STATIC methods (`str.maketrans`) answer None, though their repr
                    // names the type.
                    (None, None) if b.is_new && b.kind == crate::object::function::NativeKind::StaticMethod => {
                        crate::builtins::method_descriptors::owner_class(self, b).map_or(Value::None, Value::Class)
                    }
                    (None, None) => Value::None,
                }),
                // A bound native that CPython has as a Python method (`loop.call_soon`).
                "__func__" => crate::builtins::method_descriptors::py_method_func(self, b),
                // A method descriptor's class (`str.upper.__objclass__` is str).
                "__objclass__" if b.bound.is_none() => crate::builtins::method_descriptors::owner_class(self, b).map(Value::Class),
                "__doc__" => Some(crate::builtins::docstrings::function_doc(self, b)),
                "__text_signature__" => Some(crate::builtins::text_signatures::function_signature(self, b)),
                // matches CPython: only builtin_function_or_method has a `__module__` (its
                // m_module); method descriptors and wrappers have none.
                "__module__" => {
                    let py_method = crate::runtime::loop_method_names::python_method_owner(b).is_some();
                    if !py_method && !Rc::ptr_eq(&self.type_of(obj), &self.types.builtin_function) {
                        return Err(self.no_attribute(obj, name));
                    }
                    Some(match (b.module.get(), &b.bound, &b.owner) {
                        (Some(module), _, _) => Value::str(crate::modules::cpython_module_name(module)),
                        (None, _, owner) if crate::runtime::loop_method_names::cpython_owner(owner.as_deref(), &b.name).is_some() => {
                            Value::str("asyncio.base_events")
                        }
                        (None, None, None) => Value::str("builtins"),
                        _ => Value::None,
                    })
                }
                _ => None,
            },
            (Value::Generator(g), _) => match name {
                "__name__" => Some(Value::str(&g.name())),
                "__qualname__" => Some(Value::str(&g.qualname())),
                "gi_running" | "cr_running" => Some(Value::bool(crate::modules::frames::generator_running(self, g))),
                // CPython's `ag_running` is `ag_running_async`: also true while an
                // `asend()`/`athrow()` in progress awaits something.
                "ag_running" => Some(Value::bool(g.running_async.get() || crate::modules::frames::generator_running(self, g))),
                "gi_suspended" | "cr_suspended" => Some(Value::bool(crate::modules::frames::generator_suspended(self, g))),
                "gi_frame" | "cr_frame" | "ag_frame" => Some(crate::modules::frames::generator_frame(self, g)),
                "cr_await" | "gi_yieldfrom" | "ag_await" => Some(crate::modules::frames::generator_awaiting(self, g)?),
                "gi_code" | "cr_code" | "ag_code" => Some(Value::Code(g.code.clone())),
                // Where it was made, when `sys.set_coroutine_origin_tracking_depth` was on.
                "cr_origin" if g.kind == crate::object::generator::GenKind::Coroutine => Some(crate::runtime::coro_origin::origin_of(g)),
                _ => None,
            },
            (Value::Code(c), _) => match name {
                "co_name" => Some(Value::str(&c.code.name)),
                "co_qualname" => Some(Value::str(&c.code.qualname)),
                "co_filename" => Some(Value::str(&c.code.filename)),
                "co_firstlineno" => Some(Value::Int(c.code.first_line as i64)),
                "co_argcount" => Some(Value::Int(c.code.arg_count as i64)),
                "co_posonlyargcount" => Some(Value::Int(c.code.posonly_arg_count as i64)),
                "co_kwonlyargcount" => Some(Value::Int(c.code.kwonly_arg_count as i64)),
                "co_flags" => {
                    // CPython's CO_* bits: OPTIMIZED, NEWLOCALS, VARARGS, VARKEYWORDS,
                    // GENERATOR, COROUTINE, ITERABLE_COROUTINE, ASYNC_GENERATOR (what `inspect`
                    // tests).
                    let f = &c.code.flags;
                    let mut bits = if f.uses_locals_mapping { 0 } else { 0x1 | 0x2 };
                    bits |= if f.varargs { 0x4 } else { 0 } | if f.varkeywords { 0x8 } else { 0 };
                    bits |= if f.generator { 0x20 } else { 0 } | if f.coroutine { 0x80 } else { 0 };
                    bits |= if c.iterable_coroutine.get() { 0x100 } else { 0 };
                    bits |= if f.async_generator { 0x200 } else { 0 };
                    Some(Value::Int(bits))
                }
                "co_varnames" => Some(Value::tuple(c.code.varnames.iter().map(|n| Value::str(n)).collect())),
                "co_freevars" => Some(Value::tuple(c.code.freevars.iter().map(|n| Value::str(n)).collect())),
                "co_cellvars" => Some(Value::tuple(c.code.cellvars.iter().map(|n| Value::str(n)).collect())),
                "co_nlocals" => Some(Value::Int(c.code.varnames.len() as i64)),
                // CPython 3.11's value stack size, estimated when the body was compiled.
                "co_stacksize" => Some(Value::Int(i64::from(crate::builtins::container_sizeof::stack_size(&c.code)))),
                // Globals, attributes and imported names the code uses, in order of first use.
                "co_names" => Some(Value::tuple(c.code.body().names.iter().map(|n| Value::str(n)).collect())),
                // CPython 3.11 puts a function's docstring (or None) first, then the constants
                // its code loads; corio's constant table is listed after that slot, once each.
                "co_consts" => Some(Value::tuple(code_consts(c))),
                _ => None,
            },
            (Value::Int(_) | Value::Bool(_) | Value::BigInt(_), "real" | "numerator") => {
                Some(crate::object::int::to_bigint(obj).map(Value::from_bigint).unwrap_or(Value::Int(0)))
            }
            (Value::Int(_) | Value::Bool(_) | Value::BigInt(_), "imag") => Some(Value::Int(0)),
            (Value::Int(_) | Value::Bool(_) | Value::BigInt(_), "denominator") => Some(Value::Int(1)),
            (Value::Float(f), "real") => Some(Value::Float(*f)),
            (Value::Float(_), "imag") => Some(Value::float(0.0)),
            (Value::Range(r), "start") => Some(Value::Int(r.0)),
            (Value::Range(r), "stop") => Some(Value::Int(r.1)),
            (Value::Range(r), "step") => Some(Value::Int(r.2)),
            (Value::Slice(s), "start") => Some(s.0.clone()),
            (Value::Slice(s), "stop") => Some(s.1.clone()),
            (Value::Slice(s), "step") => Some(s.2.clone()),
            (Value::Property(p), "fget") => Some(p.fget.clone()),
            (Value::Property(p), "fset") => Some(p.fset.clone()),
            (Value::Property(p), "fdel") => Some(p.fdel.clone()),
            (Value::Property(p), "__doc__") => Some(p.doc.get()),
            // matches CPython's property_get___isabstractmethod__: any abstract accessor.
            (Value::Property(p), "__isabstractmethod__") => {
                let accessors = [p.fget.clone(), p.fset.clone(), p.fdel.clone()];
                let mut abstract_ = false;
                for f in accessors.iter().filter(|f| !f.is_none()) {
                    if let Some(v) = self.lookup_attr_opt(f, "__isabstractmethod__")? {
                        if self.is_true(&v)? {
                            abstract_ = true;
                            break;
                        }
                    }
                }
                Some(Value::bool(abstract_))
            }
            (Value::StaticMethod(f) | Value::ClassMethod(f), "__func__" | "__wrapped__") => Some((**f).clone()),
            // matches CPython's sm/cm_get___isabstractmethod__: the wrapped callable's flag.
            (Value::StaticMethod(f) | Value::ClassMethod(f), "__isabstractmethod__") => {
                let inner = (**f).clone();
                let flag = match self.lookup_attr_opt(&inner, "__isabstractmethod__")? {
                    Some(v) => self.is_true(&v)?,
                    None => false,
                };
                Some(Value::bool(flag))
            }
            // matches CPython 3.10+: staticmethod/classmethod take the wrapped callable's
            // `__module__`, `__name__`, `__qualname__`, `__doc__` and `__annotations__` (kept in
            // their `__dict__`), and a staticmethod is callable.
            (Value::StaticMethod(f) | Value::ClassMethod(f), "__module__" | "__name__" | "__qualname__" | "__annotations__") => {
                let inner = (**f).clone();
                match self.lookup_attr_opt(&inner, name)? {
                    Some(v) => Some(v),
                    None => return Err(self.no_attribute(obj, name)),
                }
            }
            (Value::StaticMethod(f) | Value::ClassMethod(f), "__dict__") => {
                let inner = (**f).clone();
                let mut d = crate::object::PyDict::new();
                for key in ["__module__", "__name__", "__qualname__", "__doc__", "__annotations__"] {
                    if let Some(v) = self.lookup_attr_opt(&inner, key)? {
                        d.set_str(key, v);
                    }
                }
                Some(Value::dict(d))
            }
            (Value::StaticMethod(f), "__call__") => Some((**f).clone()),
            // matches CPython 3.10+: staticmethod/classmethod copy the wrapped callable's doc.
            (Value::StaticMethod(f) | Value::ClassMethod(f), "__doc__") => {
                let inner = (**f).clone();
                Some(self.getattr(&inner, &Value::str("__doc__")).unwrap_or(Value::None))
            }
            (Value::Cell(c), "cell_contents") => match c.borrow().clone() {
                Some(v) => Some(v),
                None => return Err(PyErr::value_error("Cell is empty")),
            },
            _ => None,
        })
    }

    /// Send fast path for native awaitables (futures); None when the generic path applies.
    pub fn send_native_fast(&mut self, recv: &Value, sent: &Value) -> PyResult<Option<super::generator::SendResult>> {
        if let Some(hook) = self.native_send_hook {
            return hook(self, recv, sent);
        }
        Ok(None)
    }

    /// `coroutine.__await__()` returns a wrapper; awaiting it awaits the coroutine.
    pub fn unwrap_coroutine_wrapper(&self, v: &Value) -> Option<Value> {
        v.downcast::<crate::builtins::generator::CoroutineWrapper>().map(|w| w.coro.clone())
    }

    pub fn is_native_awaitable_iter(&self, v: &Value) -> bool {
        match self.native_awaitable_check {
            Some(check) => check(v),
            None => false,
        }
    }

    // ---- match statements ----

    /// MATCH_MAPPING: the type has CPython's Py_TPFLAGS_MAPPING (dict, its subclasses, classes
    /// of `collections.abc.Mapping` by inheritance or `register`).
    pub fn is_mapping(&self, v: &Value) -> bool {
        match v {
            Value::Dict(_) => true,
            Value::Instance(_) | Value::Native(_) => {
                self.type_of(v).collection_flags.get() & crate::object::class::COLLECTION_MAPPING != 0
                    || self.builtin_base(v).map_or(false, |b| matches!(b, Value::Dict(_)))
            }
            _ => false,
        }
    }

    /// MATCH_SEQUENCE: the type has CPython's Py_TPFLAGS_SEQUENCE (list, tuple, range,
    /// memoryview, deque, array, classes of `collections.abc.Sequence`; never str or bytes).
    pub fn is_sequence_for_match(&self, v: &Value) -> bool {
        match v {
            Value::List(_) | Value::Tuple(_) | Value::Range(_) => true,
            Value::Instance(_) | Value::Native(_) => {
                self.type_of(v).collection_flags.get() & crate::object::class::COLLECTION_SEQUENCE != 0
                    || self.builtin_base(v).map_or(false, |b| matches!(b, Value::List(_) | Value::Tuple(_)))
            }
            _ => false,
        }
    }

    /// MATCH_KEYS: the values of `keys` in `subject`, or None when one is missing. As CPython's
    /// match_keys, a mapping other than a plain dict is asked through its `get` method with a
    /// private default (so a defaultdict's `__missing__` does not run).
    pub fn match_keys(&mut self, subject: &Value, keys: &Value) -> PyResult<Value> {
        let Value::Tuple(keys) = keys else { return Ok(Value::None) };
        let mut values = Vec::with_capacity(keys.len());
        let get = match subject {
            Value::Dict(_) => None,
            _ => Some(self.getattr(subject, &Value::str("get"))?),
        };
        let dummy = Value::Class(self.types.object.clone());
        let dummy = self.call(&dummy, vec![])?;
        for k in keys.iter() {
            let got = match &get {
                None => self.dict_get_item(subject, k)?,
                Some(get) => {
                    let v = self.call(get, vec![k.clone(), dummy.clone()])?;
                    Some(v).filter(|v| !v.is(&dummy))
                }
            };
            match got {
                Some(v) => values.push(v),
                None => return Ok(Value::None),
            }
        }
        Ok(Value::tuple(values))
    }

    pub fn match_class(&mut self, subject: &Value, cls: &Value, npos: usize, names: &Value) -> PyResult<Value> {
        let Value::Class(c) = cls else {
            // CPython 3.11 wording (3.12 says "a class").
            return Err(PyErr::type_error("called match pattern must be a type"));
        };
        if !self.type_of(subject).is_subclass(c) {
            return Ok(Value::None);
        }
        let mut out = Vec::new();
        let mut seen: Vec<Rc<str>> = Vec::new();
        if npos > 0 {
            // matches CPython's match_class: built-ins flagged MATCH_SELF (and their
            // subclasses) take the subject itself as their one positional sub-pattern.
            let t = &self.types;
            let match_self = [&t.int, &t.float, &t.str, &t.bool_, &t.bytes, &t.bytearray, &t.list, &t.tuple, &t.dict, &t.set, &t.frozenset]
                .iter()
                .any(|k| c.is_subclass(k));
            let args = match c.lookup("__match_args__") {
                Some(Value::Tuple(t)) => t.to_vec(),
                Some(other) => {
                    return Err(PyErr::type_error(format!(
                        "{}.__match_args__ must be a tuple (got {})",
                        c.name(),
                        self.type_name(&other)
                    )))
                }
                None => Vec::new(),
            };
            let allowed = if match_self && args.is_empty() { 1 } else { args.len() };
            if npos > allowed {
                return Err(PyErr::type_error(format!(
                    "{}() accepts {allowed} positional sub-pattern{} ({npos} given)",
                    c.name(),
                    if allowed == 1 { "" } else { "s" }
                )));
            }
            if match_self && args.is_empty() {
                out.push(subject.clone());
            } else {
                for a in args.iter().take(npos) {
                    let Some(name) = a.as_str() else {
                        return Err(PyErr::type_error(format!("__match_args__ elements must be strings (got {})", self.type_name(a))));
                    };
                    match self.match_class_attr(c, subject, name, &mut seen)? {
                        Some(v) => out.push(v),
                        None => return Ok(Value::None),
                    }
                }
            }
        }
        if let Value::Tuple(names) = names {
            for n in names.iter() {
                match self.match_class_attr(c, subject, n.as_str().unwrap_or(""), &mut seen)? {
                    Some(v) => out.push(v),
                    None => return Ok(Value::None),
                }
            }
        }
        Ok(Value::tuple(out))
    }

    /// CPython's match_class_attr: each attribute is checked against those already used, then
    /// fetched (None when it is missing: no match).
    fn match_class_attr(&mut self, c: &Rc<crate::object::Class>, subject: &Value, name: &str, seen: &mut Vec<Rc<str>>) -> PyResult<Option<Value>> {
        if seen.iter().any(|s| &**s == name) {
            return Err(PyErr::type_error(format!("{}() got multiple sub-patterns for attribute '{name}'", c.name())));
        }
        seen.push(Rc::from(name));
        self.lookup_attr_opt(subject, name)
    }

    // ---- except* ----

    /// `CheckEgMatch`: split `eg` by `typ` into (rest, match).
    /// Like CPython's CHECK_EG_MATCH, a match becomes the exception being handled, so what
    /// an `except*` clause raises chains to the matched part, not to the whole group.
    pub fn exception_group_match(&mut self, eg: &Value, typ: &Value) -> PyResult<(Value, Value)> {
        // matches CPython's _PyEval_CheckExceptStarTypeValid: no group types after except*.
        let group = self.exc_class(ExcKind::BaseExceptionGroup);
        let types: Vec<Value> = match typ {
            Value::Tuple(t) => t.to_vec(),
            other => vec![other.clone()],
        };
        // First _PyEval_CheckExceptTypeValid: only exception classes may be caught.
        let base = self.exc_class(ExcKind::BaseException);
        if types.iter().any(|t| !matches!(t, Value::Class(c) if c.is_subclass(&base))) {
            return Err(PyErr::type_error("catching classes that do not inherit from BaseException is not allowed"));
        }
        if types.iter().any(|t| matches!(t, Value::Class(c) if c.is_subclass(&group))) {
            return Err(PyErr::type_error("catching ExceptionGroup with except* is not allowed. Use except instead."));
        }
        let (rest, matched) = self.split_exception_group(eg, typ)?;
        if !matched.is_none() {
            let handler = self.frames.last_mut().and_then(|f| {
                f.blocks.iter_mut().rev().find_map(|b| match b {
                    super::frame::Block::Handler { exc } => Some(exc),
                    super::frame::Block::Finally { .. } => None,
                })
            });
            if let Some(exc) = handler {
                *exc = matched.clone();
            }
        }
        Ok((rest, matched))
    }

    fn split_exception_group(&mut self, eg: &Value, typ: &Value) -> PyResult<(Value, Value)> {
        if self.exception_matches(eg, typ)? {
            if !self.is_exception_group(eg) {
                // A naked exception matching except*: CPython wraps it in a group built from a
                // one-element tuple (visible in the group's repr).
                let wrapped = self.new_exception_group(Value::str(""), Value::tuple(vec![eg.clone()]))?;
                return Ok((Value::None, wrapped));
            }
            return Ok((Value::None, eg.clone()));
        }
        if !self.is_exception_group(eg) {
            return Ok((eg.clone(), Value::None));
        }
        let split = self.call_method(eg, "split", vec![typ.clone()])?;
        let Value::Tuple(parts) = split else { return Ok((eg.clone(), Value::None)) };
        let matched = parts.first().cloned().unwrap_or(Value::None);
        let rest = parts.get(1).cloned().unwrap_or(Value::None);
        Ok((rest, matched))
    }

    pub fn is_exception_group(&self, v: &Value) -> bool {
        self.is_instance_of_kind(v, ExcKind::BaseExceptionGroup)
    }

    /// `BaseExceptionGroup(msg, excs)`, which picks `ExceptionGroup` when every member is an
    /// `Exception`; `excs` is kept as given (a list or a tuple shows in the repr).
    pub fn new_exception_group(&mut self, msg: Value, excs: Value) -> PyResult<Value> {
        let cls = Value::Class(self.exc_class(ExcKind::BaseExceptionGroup));
        self.call(&cls, vec![msg, excs])
    }

    /// `PrepReraiseStar`: what a `try/except*` re-raises after its handlers ran. `raised` lists
    /// what each clause raised plus the unhandled rest. As in CPython, an entry with the
    /// original's metadata (traceback, cause, context) is a re-raise: all re-raised leaves are
    /// put back in the original group's shape; other entries are new exceptions, which come
    /// first in a new group (built from a list) that ends with that re-raised part.
    pub fn prep_reraise_star(&mut self, orig: &Value, raised: &Value) -> PyResult<Value> {
        let Value::List(l) = raised else { return Ok(Value::None) };
        let items: Vec<Value> = l.borrow().iter().filter(|v| !v.is_none()).cloned().collect();
        if items.is_empty() {
            return Ok(Value::None);
        }
        if !self.is_exception_group(orig) {
            // A naked exception was wrapped; only one clause can have run.
            return Ok(items[0].clone());
        }
        let mut reraised_leaves = Vec::new();
        let mut new_raised = Vec::new();
        for it in items {
            if it.is(orig) || same_exception_metadata(&it, orig) {
                collect_group_leaves(self, &it, &mut reraised_leaves);
            } else {
                new_raised.push(it);
            }
        }
        let reraised = if reraised_leaves.is_empty() {
            Value::None
        } else {
            let mut is_leaf = |_: &mut Vm, e: &Value| Ok(reraised_leaves.iter().any(|l| l.is(e)));
            crate::builtins::exception_group::split_group_by(self, orig, &mut is_leaf)?.0
        };
        if new_raised.is_empty() {
            return Ok(reraised);
        }
        if !reraised.is_none() {
            new_raised.push(reraised);
        }
        if new_raised.len() == 1 {
            return Ok(new_raised.remove(0));
        }
        self.new_exception_group(Value::str(""), Value::list(new_raised))
    }
}

/// CPython's `is_same_exception_metadata`: the parts `split` copies from a group are shared.
fn same_exception_metadata(a: &Value, b: &Value) -> bool {
    let (Value::Instance(ai), Value::Instance(bi)) = (a, b) else { return false };
    let (Some(ad), Some(bd)) = (exc_data(ai), exc_data(bi)) else { return false };
    let (ad, bd) = (ad.borrow(), bd.borrow());
    let same = |x: &Option<Value>, y: &Option<Value>| match (x, y) {
        (None, None) => true,
        (Some(x), Some(y)) => x.is(y),
        _ => false,
    };
    same(&ad.cause, &bd.cause)
        && same(&ad.context, &bd.context)
        && ad.traceback.len() == bd.traceback.len()
        && ad.traceback.iter().zip(&bd.traceback).all(|(x, y)| Rc::ptr_eq(&x.code, &y.code) && x.instr == y.instr)
}

/// The non-group exceptions inside `e` (or `e` itself).
fn collect_group_leaves(vm: &Vm, e: &Value, out: &mut Vec<Value>) {
    match crate::builtins::exception_group::group_members(vm, e) {
        Some(members) => members.iter().for_each(|m| collect_group_leaves(vm, m, out)),
        None => out.push(e.clone()),
    }
}

/// `co_consts` of a code object (see the `co_consts` attribute above).
fn code_consts(c: &crate::vm::CodeObj) -> Vec<Value> {
    let mut out = Vec::new();
    let is_function = !c.code.flags.uses_locals_mapping;
    if is_function {
        out.push(c.code.docstring.as_deref().map_or(Value::None, Value::str));
    }
    for v in c.body().consts.iter() {
        let dup = out.iter().any(|o| match (o, v) {
            (Value::None, Value::None) => true,
            (Value::Str(a), Value::Str(b)) => a.as_str() == b.as_str(),
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            _ => false,
        });
        if !dup {
            out.push(v.clone());
        }
    }
    out
}
