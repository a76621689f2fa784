//! Attribute access: `type(x)`, MRO lookup, descriptors, bound methods, `super`, `__getattr__`.

use std::rc::Rc;
use std::cell::RefCell;

use super::Vm;
use crate::object::function::NativeKind;
use crate::object::class::overrides_object_hook;
use crate::object::{BoundMethod, Class, ExcKind, Payload, PyErr, PyResult, Value};

impl Vm {
    /// `type(v)`.
    pub fn type_of(&self, v: &Value) -> Rc<Class> {
        let t = &self.types;
        match v {
            Value::None => t.none_type.clone(),
            Value::NotImplemented => t.not_implemented_type.clone(),
            Value::Ellipsis => t.ellipsis_type.clone(),
            Value::Bool(_) => t.bool_.clone(),
            Value::Int(_) | Value::BigInt(_) => t.int.clone(),
            Value::Float(_) => t.float.clone(),
            Value::Complex(_) => t.complex.clone(),
            Value::Str(_) => t.str.clone(),
            Value::Bytes(_) => t.bytes.clone(),
            Value::ByteArray(_) => t.bytearray.clone(),
            Value::Tuple(_) => t.tuple.clone(),
            Value::List(_) => t.list.clone(),
            Value::Dict(_) => t.dict.clone(),
            Value::Set(_) => t.set.clone(),
            Value::FrozenSet(_) => t.frozenset.clone(),
            Value::Range(_) => t.range.clone(),
            Value::Slice(_) => t.slice.clone(),
            Value::Function(_) => t.function.clone(),
            Value::Builtin(b) => {
                use crate::builtins::method_descriptors::{classify, Kind};
                match classify(b) {
                    Kind::Function => t.builtin_function.clone(),
                    Kind::MethodDescriptor => t.method_descriptor.clone(),
                    Kind::WrapperDescriptor => t.wrapper_descriptor.clone(),
                    Kind::MethodWrapper => t.method_wrapper.clone(),
                    Kind::ClassMethodDescriptor => t.classmethod_descriptor.clone(),
                    Kind::BoundPyMethod => t.method.clone(),
                }
            }
            Value::Method(_) => t.method.clone(),
            Value::Class(c) => c.metaclass.borrow().clone().unwrap_or_else(|| t.type_.clone()),
            Value::Instance(i) => i.class(),
            Value::Module(_) => t.module.clone(),
            Value::Generator(g) => match g.kind {
                crate::object::generator::GenKind::Generator => t.generator.clone(),
                crate::object::generator::GenKind::Coroutine => t.coroutine.clone(),
                crate::object::generator::GenKind::AsyncGenerator => t.async_generator.clone(),
            },
            Value::Iter(it) => self.iterator_class(it.borrow().type_name()),
            Value::Cell(_) => t.cell.clone(),
            Value::Code(_) => t.code.clone(),
            Value::Property(p) => crate::builtins::property_type::property_class(self, p),
            Value::StaticMethod(_) => t.staticmethod.clone(),
            Value::ClassMethod(_) => t.classmethod.clone(),
            Value::Super(_) => t.super_.clone(),
            Value::Native(n) => n.class(),
        }
    }

    /// The type's name as CPython's error messages print it (`tp_name`).
    pub fn type_name(&self, v: &Value) -> String {
        self.type_of(v).tp_name().to_string()
    }

    /// Look `name` up on the type of `v` only (how CPython finds special methods).
    pub fn lookup_special(&self, v: &Value, name: &str) -> Option<Value> {
        self.type_of(v).lookup(name)
    }

    /// Call a special method found by `lookup_special` with `obj` as self.
    pub fn call_bound_special(&mut self, descr: &Value, obj: &Value, mut args: Vec<Value>) -> PyResult<Value> {
        match descr {
            Value::Builtin(b) if b.bound.is_none() && args.len() <= 1 => {
                // A native special method (`len()` or truth of a deque, ...) gets `obj` and
                // its argument in an array: what `call` would do, without its argument vector.
                match args.pop() {
                    None => self.call_builtin(b, &mut [obj.clone()], &[]),
                    Some(a) => self.call_builtin(b, &mut [obj.clone(), a], &[]),
                }
            }
            Value::Function(_) | Value::Builtin(_) => {
                args.insert(0, obj.clone());
                self.call(descr, args)
            }
            Value::StaticMethod(inner) => self.call(inner, args),
            _ => {
                let bound = self.bind_descriptor(descr.clone(), obj, &self.type_of(obj))?;
                self.call(&bound, args)
            }
        }
    }

    /// Turn a class attribute into what `obj.attr` yields (functions bind, etc.).
    pub fn bind_descriptor(&mut self, descr: Value, obj: &Value, cls: &Rc<Class>) -> PyResult<Value> {
        Ok(match descr {
            Value::Function(_) => Value::Method(Rc::new(BoundMethod { func: descr, self_: obj.clone() })),
            Value::Builtin(ref b) if b.bound.is_none() => match b.kind {
                NativeKind::Method => Value::Builtin(Rc::new(b.bound_to(obj.clone()))),
                NativeKind::ClassMethod => Value::Builtin(Rc::new(b.bound_to(Value::Class(cls.clone())))),
                NativeKind::Function | NativeKind::StaticMethod => descr,
            },
            Value::StaticMethod(inner) => (*inner).clone(),
            Value::ClassMethod(inner) => crate::builtins::types::bind_classmethod(self, &inner, Value::Class(cls.clone()))?,
            Value::Property(ref p) => crate::builtins::property_type::get(self, p, obj)?,
            Value::Instance(_) | Value::Native(_) => {
                // A namedtuple field: the item itself, without a `__get__` call.
                if let Some(getter) = descr.downcast::<crate::modules::tuplegetter::TupleGetter>() {
                    return getter.read(self, obj);
                }
                match self.lookup_special(&descr, "__get__") {
                    Some(get) => self.call_bound_special(&get, &descr, vec![obj.clone(), Value::Class(cls.clone())])?,
                    None => descr,
                }
            }
            other => other,
        })
    }

    fn is_data_descriptor(&self, descr: &Value) -> bool {
        match descr {
            Value::Property(_) => true,
            Value::Instance(_) | Value::Native(_) => {
                let t = self.type_of(descr);
                t.lookup("__set__").is_some() || t.lookup("__delete__").is_some()
            }
            _ => false,
        }
    }

    /// Instance attribute lookup before `__getattr__`: a script `__getattribute__`, slots,
    /// descriptors and the instance dict; None when nothing is found.
    #[inline]
    fn instance_getattr(&mut self, obj: &Value, inst: &Rc<crate::object::Instance>, cls: &Rc<Class>, name: &Value, name_str: &str) -> PyResult<Option<Value>> {
        if cls.attribute_hooks().0 {
            if let Some(ga) = cls.lookup("__getattribute__") {
                return self.call_bound_special(&ga, obj, vec![name.clone()]).map(Some);
            }
        }
        if let Some(descr) = cls.lookup(name_str) {
            if let Some(m) = crate::builtins::slots::member(&descr) {
                return m.get(self, obj).map(Some);
            }
            // The common cases first: a method or plain class attribute not shadowed
            // by the instance dict.
            if !self.is_data_descriptor(&descr) {
                if let Some(v) = inst.attrs().borrow().get_str_value(name) {
                    return Ok(Some(v));
                }
                if let Some(v) = payload_dict(inst, false).and_then(|d| d.borrow().get_str(name_str)) {
                    return Ok(Some(v));
                }
                // `ValueError().__doc__` is ValueError's docstring, not object's: a built-in
                // class keeps its docstring out of its dict here.
                if name_str == "__doc__" && !cls.dict.borrow().contains_str("__doc__") {
                    return Ok(Some(crate::builtins::docstrings::class_doc(cls)));
                }
                return self.bind_descriptor(descr, obj, cls).map(Some);
            }
        } else if let Some(v) = inst.attrs().borrow().get_str_value(name) {
            return Ok(Some(v));
        }
        self.generic_getattr(obj, cls, name_str)
    }

    /// `getattr(obj, name)`.
    /// matches CPython 3.11's set_attribute_error_context: an AttributeError out of an
    /// attribute lookup (a `__getattr__`'s, a property's) that names no attribute and no
    /// object gets the looked-up ones, for the traceback's "Did you mean" hint. Applied where
    /// script code can raise one; corio's own misses (`no_attribute`) carry both already.
    fn attribute_error_context(&self, e: PyErr, obj: &Value, name: &Value) -> PyErr {
        if !self.err_matches(&e, ExcKind::AttributeError) {
            return e;
        }
        let inst = self.materialize(e);
        let unset = |field: &str| crate::object::exception::exc_field(&inst, field).map_or(true, |v| v.is_none());
        if unset("name") && unset("obj") {
            crate::object::exception::set_exc_field(&inst, "name", name.clone());
            crate::object::exception::set_exc_field(&inst, "obj", obj.clone());
        }
        PyErr::from_instance(inst)
    }

    /// `getattr(obj, name)`.
    pub fn getattr(&mut self, obj: &Value, name: &Value) -> PyResult<Value> {
        let name_str = name.as_str().unwrap_or("");
        match obj {
            Value::Instance(inst) => {
                let cls = inst.class();
                match self.instance_getattr(obj, inst, &cls, name, name_str) {
                    Ok(Some(v)) => Ok(v),
                    Ok(None) => match &inst.payload {
                        crate::object::Payload::Builtin(Value::Native(n)) if name_str != "__dict__" => {
                            match native_dict_get(n, name_str) {
                                Some(v) => Ok(v),
                                None => self.getattr_fallback(obj, &cls, name),
                            }
                        }
                        _ => self.getattr_fallback(obj, &cls, name),
                    },
                    // matches CPython's slot_tp_getattr_hook: an AttributeError from
                    // `__getattribute__` or a descriptor (a property) falls back to `__getattr__`.
                    Err(e) if cls.lookup("__getattr__").is_some() && self.err_matches(&e, ExcKind::AttributeError) => {
                        self.getattr_fallback(obj, &cls, name)
                    }
                    Err(e) => Err(self.attribute_error_context(e, obj, name)),
                }
            }
            Value::Class(cls) => self.class_getattr(cls, name_str),
            Value::Module(m) => {
                if let Some(v) = m.dict.borrow().get_str(name_str) {
                    return Ok(v);
                }
                if name_str == "__dict__" {
                    return Ok(Value::Dict(m.dict.clone()));
                }
                // matches CPython: the module type's attributes (`__class__`, `__repr__`,
                // `__dir__`...) come before the module's `__getattr__`.
                if name_str.starts_with("__") {
                    let cls = self.type_of(obj);
                    if let Some(descr) = cls.lookup(name_str) {
                        return self.bind_descriptor(descr, obj, &cls);
                    }
                    if let Some(v) = self.special_attribute(obj, name_str)? {
                        return Ok(v);
                    }
                    if matches!(name_str, "__spec__" | "__loader__") {
                        if let Some(v) = self.module_spec_attr(obj, name_str)? {
                            return Ok(v);
                        }
                    }
                }
                let ga = m.dict.borrow().get_str("__getattr__");
                if let Some(ga) = ga {
                    return self.call(&ga, vec![name.clone()]).map_err(|e| self.attribute_error_context(e, obj, name));
                }
                // `builtins.memoryview`: a built-in written in Python, loaded on first use.
                if &*m.name == "builtins" {
                    if let Some(v) = self.lazy_builtin(name_str)? {
                        return Ok(v);
                    }
                }
                // `no_attribute` attaches `name` and `obj` for the "Did you mean" hint.
                Err(self.no_attribute(obj, name_str))
            }
            Value::Super(s) => self.super_getattr(obj, &s.0, &s.1, name_str),
            _ => {
                let cls = self.type_of(obj);
                // matches CPython: a function's `__doc__` is a data descriptor, so it wins
                // over `object.__doc__` found on the type; so is its `__module__`. A bound
                // method answers both from its function; staticmethod/classmethod (3.10+)
                // the doc of what they wrap.
                let data_member = (name_str == "__doc__"
                    && matches!(
                        obj,
                        Value::Function(_)
                            | Value::Method(_)
                            | Value::Builtin(_)
                            | Value::Property(_)
                            | Value::StaticMethod(_)
                            | Value::ClassMethod(_)
                    ))
                    || (name_str == "__module__" && matches!(obj, Value::Function(_) | Value::Method(_) | Value::Builtin(_)));
                if data_member {
                    if let Some(v) = self.special_attribute(obj, name_str)? {
                        return Ok(v);
                    }
                } else if name_str == "__doc__" && !cls.dict.borrow().contains_str("__doc__") {
                    // `(5).__doc__` is int's docstring, found in int's own dict by CPython.
                    return Ok(crate::builtins::docstrings::class_doc(&cls));
                }
                // matches CPython: a built-in type's `__module__` is a getset of the type, so
                // its instances (`(1).__module__`) have none.
                let type_only = name_str == "__module__" && !matches!(obj, Value::Builtin(_));
                if let Some(descr) = cls.lookup(name_str).filter(|_| !type_only) {
                    // A Future's or Task's own attribute (`fut.done = 1`) hides the class's
                    // method, as the instance dict does for any non-data descriptor.
                    if let Value::Native(n) = obj {
                        if !self.is_data_descriptor(&descr) {
                            if let Some(v) = native_dict_get(n, name_str) {
                                return Ok(v);
                            }
                        }
                    }
                    return self.bind_descriptor(descr, obj, &cls);
                }
                if let Some(v) = self.special_attribute(obj, name_str)? {
                    return Ok(v);
                }
                if let Value::Native(n) = obj {
                    if let Some(v) = native_dict_get(n, name_str) {
                        return Ok(v);
                    }
                }
                Err(self.no_attribute(obj, name_str))
            }
        }
    }

    /// Attribute lookup on an instance without `__getattr__`: data descriptors, the instance
    /// dict, then other class attributes.
    pub fn generic_getattr(&mut self, obj: &Value, cls: &Rc<Class>, name: &str) -> PyResult<Option<Value>> {
        let Value::Instance(inst) = obj else { return Ok(None) };
        let descr = cls.lookup(name);
        if let Some(d) = &descr {
            if self.is_data_descriptor(d) {
                return self.bind_descriptor(d.clone(), obj, cls).map(Some);
            }
        }
        if let Some(v) = inst.attrs().borrow().get_str(name) {
            return Ok(Some(v));
        }
        if let Some(d) = descr {
            return self.bind_descriptor(d, obj, cls).map(Some);
        }
        match name {
            "__class__" => return Ok(Some(Value::Class(cls.clone()))),
            "__dict__" if !cls.dictless.get() => return Ok(Some(instance_dict_value(obj, inst))),
            _ => {}
        }
        if let Payload::Builtin(base) = &inst.payload {
            let base = base.clone();
            let bcls = self.type_of(&base);
            if let Some(d) = bcls.lookup(name) {
                return self.bind_descriptor(d, &base, &bcls).map(Some);
            }
        }
        Ok(None)
    }

    fn getattr_fallback(&mut self, obj: &Value, cls: &Rc<Class>, name: &Value) -> PyResult<Value> {
        if let Some(ga) = cls.lookup("__getattr__") {
            return self.call_bound_special(&ga, obj, vec![name.clone()]).map_err(|e| self.attribute_error_context(e, obj, name));
        }
        Err(self.no_attribute(obj, name.as_str().unwrap_or("")))
    }

    pub fn no_attribute(&self, obj: &Value, name: &str) -> PyErr {
        let msg = match obj {
            Value::Class(c) => format!("type object '{}' has no attribute '{}'", c.tp_name(), name),
            Value::Module(m) => format!("module '{}' has no attribute '{}'", m.name, name),
            _ => format!("'{}' object has no attribute '{}'", self.type_name(obj), name),
        };
        // matches CPython 3.11: `name` and `obj` are attached, for the "Did you mean" hint the
        // traceback printer computes.
        let inst = self.materialize(PyErr::attribute_error(msg));
        crate::object::exception::set_exc_field(&inst, "name", Value::str(name));
        crate::object::exception::set_exc_field(&inst, "obj", obj.clone());
        PyErr::from_instance(inst)
    }

    /// `obj.__dict__ = mapping`. CPython replaces the instance's dict object; corio's instance
    /// owns its dict, so the new mapping's items become its contents (`self.__dict__ = state`
    /// works; the two are separate dicts afterwards).
    pub fn replace_instance_dict(&mut self, inst: &crate::object::Instance, value: &Value) -> PyResult<()> {
        use crate::object::replaced_dict::{self, Target};
        let dict = if matches!(value, Value::Dict(_)) { Some(value.clone()) } else { self.builtin_base(value) };
        let Some(Value::Dict(d)) = dict else {
            let t = self.type_of(value).tp_name();
            return Err(PyErr::type_error(format!("__dict__ must be set to a dictionary, not a '{t}'")));
        };
        // matches CPython: the instance keeps the very dict it is given (no copy), so changes
        // made through either name show in the other.
        let target = if Rc::ptr_eq(&d, &inst.dict) {
            None
        } else if matches!(value, Value::Instance(v) if std::ptr::eq(Rc::as_ptr(v), inst)) {
            Some(Target::OwnPayload)
        } else {
            Some(Target::Other(value.clone(), d))
        };
        if target.is_none() && !inst.class().dict_replaced.get() {
            return Ok(());
        }
        let cls = inst.class();
        if !cls.dict_replaced.get() {
            // The attribute caches read `Instance::dict` directly: drop what they hold for
            // this class, which they skip from now on.
            cls.dict_replaced.set(true);
            crate::object::dict::bump_type_epoch();
        }
        replaced_dict::set(inst, target);
        Ok(())
    }

    fn class_getattr(&mut self, cls: &Rc<Class>, name: &str) -> PyResult<Value> {
        match self.class_getattribute(cls, name) {
            // matches CPython's slot_tp_getattr_hook: a metaclass's `__getattr__` answers any
            // AttributeError of the lookup (a missing name, or a descriptor's `__get__`
            // raising it, as `types.DynamicClassAttribute` does), as an ordinary class's does
            // for its instances.
            Err(e) if self.err_matches(&e, ExcKind::AttributeError) => {
                let meta = self.type_of(&Value::Class(cls.clone()));
                match meta.lookup("__getattr__") {
                    Some(ga) => self.call_bound_special(&ga, &Value::Class(cls.clone()), vec![Value::str(name)]),
                    None => Err(e),
                }
            }
            other => other,
        }
    }

    /// `type.__getattribute__`: the class's lookup without the metaclass's `__getattr__`.
    fn class_getattribute(&mut self, cls: &Rc<Class>, name: &str) -> PyResult<Value> {
        // matches CPython: `type.__name__` is a data descriptor on the metaclass, so it wins
        // over a `__name__` in the class's own dict (member_descriptor's getter, say).
        if name == "__name__" && cls.metaclass.borrow().is_none() {
            return Ok(Value::str(&cls.name()));
        }
        // Likewise `type.__dict__`, over the `__dict__` getset a class keeps for its instances.
        if name == "__dict__" {
            return Ok(crate::builtins::mappingproxy::class_dict(self, cls));
        }
        // A type's docstring is not inherited (CPython's type_get_doc reads the type's own
        // dict, or a built-in type's tp_doc).
        if name == "__doc__" && !cls.dict.borrow().contains_str("__doc__") {
            return Ok(crate::builtins::docstrings::class_doc(cls));
        }
        // matches CPython 3.10+'s type_get_annotations: a data descriptor of `type` that reads
        // the class's own dict (never a base's), storing an empty dict there on first access.
        if name == "__annotations__" && !cls.is_builtin_type() && !cls.dict.borrow().contains_str(name) {
            let fresh = Value::dict(crate::object::PyDict::new());
            cls.dict.borrow_mut().set_str(name, fresh.clone());
            return Ok(fresh);
        }
        if let Some(descr) = cls.lookup(name) {
            return Ok(match descr {
                Value::ClassMethod(inner) => crate::builtins::types::bind_classmethod(self, &inner, Value::Class(cls.clone()))?,
                Value::StaticMethod(inner) => (*inner).clone(),
                Value::Builtin(ref b) if b.kind == NativeKind::ClassMethod && b.bound.is_none() => {
                    Value::Builtin(Rc::new(b.bound_to(Value::Class(cls.clone()))))
                }
                Value::Instance(_) | Value::Native(_) => match self.lookup_special(&descr, "__get__") {
                    Some(get) => self.call_bound_special(&get, &descr, vec![Value::None, Value::Class(cls.clone())])?,
                    None => descr,
                },
                other => other,
            });
        }
        match name {
            "__name__" => return Ok(Value::str(&cls.name())),
            "__qualname__" => return Ok(Value::str(&cls.qualname.borrow())),
            "__mro__" => return Ok(Value::tuple(cls.mro.borrow().iter().map(|c| Value::Class(c.clone())).collect())),
            "__bases__" => return Ok(Value::tuple(cls.bases.borrow().iter().map(|c| Value::Class(c.clone())).collect())),
            "__base__" => {
                return Ok(cls.bases.borrow().first().map(|c| Value::Class(c.clone())).unwrap_or(Value::None))
            }
            "__dict__" => return Ok(crate::builtins::mappingproxy::class_dict(self, cls)),
            "__doc__" => return Ok(Value::None),
            "__class__" => return Ok(Value::Class(self.type_of(&Value::Class(cls.clone())))),
            _ => {}
        }
        // Methods of the metaclass (`type.mro`, a user metaclass's methods).
        let meta = self.type_of(&Value::Class(cls.clone()));
        if let Some(descr) = meta.lookup(name) {
            return self.bind_descriptor(descr, &Value::Class(cls.clone()), &meta);
        }
        Err(self.no_attribute(&Value::Class(cls.clone()), name))
    }

    fn super_getattr(&mut self, me: &Value, start: &Rc<Class>, obj: &Value, name: &str) -> PyResult<Value> {
        if crate::builtins::super_type::is_unbound(obj) {
            return self.super_own_attr(me, start, obj, name);
        }
        // matches CPython's super_check: a class `obj` is used as a class only when it
        // derives from `start`; otherwise it is an instance (of a metaclass).
        let (mro_owner, is_class) = match obj {
            Value::Class(c) if c.is_subclass(start) => (c.clone(), true),
            other => (self.type_of(other), false),
        };
        let mro = mro_owner.mro.borrow().clone();
        let pos = mro.iter().position(|c| Rc::ptr_eq(c, start)).map(|p| p + 1).unwrap_or(mro.len());
        for cls in &mro[pos..] {
            let found = cls.dict.borrow().get_str(name);
            if let Some(descr) = found {
                if is_class {
                    return Ok(match descr {
                        Value::ClassMethod(inner) => crate::builtins::types::bind_classmethod(self, &inner, obj.clone())?,
                        Value::StaticMethod(inner) => (*inner).clone(),
                        Value::Builtin(ref b) if b.kind == NativeKind::ClassMethod || b.name.as_ref() == "__new__" => {
                            if b.name.as_ref() == "__new__" {
                                descr
                            } else {
                                Value::Builtin(Rc::new(b.bound_to(obj.clone())))
                            }
                        }
                        other => other,
                    });
                }
                return self.bind_descriptor(descr, obj, &mro_owner);
            }
        }
        self.super_own_attr(me, start, obj, name)
    }

    /// The super object's own attributes, after the MRO search (or instead of it when the
    /// super is unbound), as CPython's super_getattro falls back to generic lookup.
    fn super_own_attr(&mut self, me: &Value, start: &Rc<Class>, obj: &Value, name: &str) -> PyResult<Value> {
        let unbound = crate::builtins::super_type::is_unbound(obj);
        match name {
            "__class__" => return Ok(Value::Class(self.types.super_.clone())),
            "__thisclass__" => return Ok(Value::Class(start.clone())),
            "__self__" if unbound => return Ok(Value::None),
            "__self__" => return Ok(obj.clone()),
            "__self_class__" if unbound => return Ok(Value::None),
            "__self_class__" => {
                return Ok(match obj {
                    Value::Class(c) if c.is_subclass(start) => obj.clone(),
                    _ => Value::Class(self.type_of(obj)),
                })
            }
            _ => {}
        }
        let sup = self.types.super_.clone();
        if let Some(descr) = sup.lookup(name) {
            return self.bind_descriptor(descr, me, &sup);
        }
        Err(PyErr::attribute_error(format!("'super' object has no attribute '{name}'")))
    }

    /// For `LoadMethod`: the unbound function when `obj.name` is a plain method on the type.
    pub fn load_method(&mut self, obj: &Value, name: &Value) -> PyResult<Option<Value>> {
        let name_str = name.as_str().unwrap_or("");
        let cls = self.type_of(obj);
        if let Value::Instance(inst) = obj {
            if cls.attribute_hooks().0 {
                return Ok(None);
            }
            if inst.attrs().borrow().get_str_value(name).is_some() {
                return Ok(None);
            }
        }
        // A Future's or Task's own attribute shadows the method (`fut.done = ...`).
        let own = match obj {
            Value::Native(n) => n.instance_dict(false),
            Value::Instance(inst) => payload_dict(inst, false),
            _ => None,
        };
        if own.is_some_and(|d| d.borrow().get_str(name_str).is_some()) {
            return Ok(None);
        }
        if matches!(obj, Value::Class(_) | Value::Module(_) | Value::Super(_)) {
            return Ok(None);
        }
        match cls.lookup(name_str) {
            Some(f @ Value::Function(_)) => Ok(Some(f)),
            Some(Value::Builtin(b)) if b.kind == NativeKind::Method && b.bound.is_none() => Ok(Some(Value::Builtin(b))),
            _ => Ok(None),
        }
    }

    /// `getattr(obj, name, None)`-like: None when the attribute is missing (AttributeError only).
    pub fn lookup_attr_opt(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        match self.getattr(obj, &Value::str(name)) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.err_matches(&e, ExcKind::AttributeError) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// `setattr(obj, name, value)`.
    pub fn setattr(&mut self, obj: &Value, name: &Value, value: Value) -> PyResult<()> {
        let name_str = name.as_str().unwrap_or("");
        match obj {
            Value::Instance(inst) => {
                let cls = inst.class();
                if cls.attribute_hooks().1 {
                    if let Some(sa) = cls.lookup("__setattr__") {
                        self.call_bound_special(&sa, obj, vec![name.clone(), value])?;
                        return Ok(());
                    }
                }
                self.generic_setattr(obj, name, value)
            }
            Value::Class(cls) => {
                if let Some(meta) = cls.metaclass.borrow().clone() {
                    if let Some(sa) = meta.lookup("__setattr__") {
                        if overrides_object_hook(&sa) {
                            self.call_bound_special(&sa, obj, vec![name.clone(), value])?;
                            return Ok(());
                        }
                    }
                }
                // matches CPython's type_setattro: built-in types are immutable.
                if rejects_type_setattr(cls) {
                    return Err(PyErr::type_error(format!(
                        "cannot set '{name_str}' attribute of immutable type '{}'",
                        cls.tp_name()
                    )));
                }
                if crate::builtins::class_setattr::through_metaclass(self, cls, name_str, Some(value.clone()))? {
                    return Ok(());
                }
                self.class_setattr_plain(cls, name, value)
            }
            Value::Module(m) => {
                m.dict.borrow_mut().set_str_key(name.clone(), value);
                Ok(())
            }
            Value::Function(f) => {
                match name_str {
                    // matches CPython's func_set_name / func_set_qualname.
                    "__name__" | "__qualname__" if value.as_str().is_none() => {
                        return Err(PyErr::type_error(format!("{name_str} must be set to a string object")));
                    }
                    "__name__" => *f.name.borrow_mut() = Rc::from(value.as_str().unwrap_or("")),
                    "__qualname__" => *f.qualname.borrow_mut() = Rc::from(value.as_str().unwrap_or("")),
                    // matches CPython's func_set_defaults / func_set_kwdefaults.
                    "__defaults__" => {
                        *f.defaults.borrow_mut() = match value {
                            Value::Tuple(t) => t.to_vec(),
                            Value::None => Vec::new(),
                            _ => return Err(PyErr::type_error("__defaults__ must be set to a tuple object")),
                        }
                    }
                    "__kwdefaults__" => {
                        *f.kwdefaults.borrow_mut() = match value {
                            Value::Dict(d) => Some(d),
                            Value::None => None,
                            _ => return Err(PyErr::type_error("__kwdefaults__ must be set to a dict object")),
                        }
                    }
                    "__module__" => *f.module.borrow_mut() = value,
                    "__doc__" => *f.doc.borrow_mut() = value,
                    // matches CPython's func_set_annotations.
                    "__annotations__" => {
                        *f.annotations.borrow_mut() = match value {
                            Value::Dict(_) => Some(value),
                            Value::None => None,
                            _ => return Err(PyErr::type_error("__annotations__ must be set to a dict object")),
                        }
                    }
                    _ => f.dict.borrow_mut().set_str_key(name.clone(), value),
                }
                Ok(())
            }
            // CPython's `gen_set_name` / `gen_set_qualname`: writable, strings only.
            Value::Generator(g) if matches!(name_str, "__name__" | "__qualname__") => {
                let Some(text) = value.as_str() else {
                    return Err(PyErr::type_error(format!("{name_str} must be set to a string object")));
                };
                g.set_name(name_str == "__qualname__", text);
                Ok(())
            }
            // matches CPython: `cell.cell_contents` can be assigned (3.7+).
            Value::Cell(c) if name_str == "cell_contents" => {
                let old = c.borrow_mut().replace(value);
                drop(old);
                Ok(())
            }
            // matches CPython: a property's `__doc__` is a writable member, its accessors
            // read-only ones.
            Value::Property(p) if crate::builtins::property_type::builtin_getset(p).is_none() && property_member(name_str) => {
                if name_str != "__doc__" {
                    return Err(PyErr::attribute_error("readonly attribute"));
                }
                p.doc.set(value);
                Ok(())
            }
            _ if name_str == "__class__" => Err(class_assign_error(self, &value)),
            _ => {
                let cls = self.type_of(obj);
                if let Some(descr) = cls.lookup(name_str) {
                    if let Some(set) = self.lookup_special(&descr, "__set__") {
                        self.call_bound_special(&set, &descr, vec![obj.clone(), value])?;
                        return Ok(());
                    }
                    if let Value::Property(p) = &descr {
                        if !p.fset.is_none() {
                            let fset = p.fset.clone();
                            self.call(&fset, vec![obj.clone(), value])?;
                            return Ok(());
                        }
                    }
                    // A method is no data descriptor: an object with a dict (a Future, a
                    // Task) takes the value there, as PyObject_GenericSetAttr does.
                    if !self.is_data_descriptor(&descr) {
                        if let Some(d) = match obj {
                            Value::Native(n) => n.instance_dict(true),
                            _ => None,
                        } {
                            d.borrow_mut().set_str_key(name.clone(), value);
                            return Ok(());
                        }
                    }
                    return Err(readonly_error(&cls.tp_name(), name_str, &descr));
                }
                if let Some(d) = match obj {
                    Value::Native(n) => n.instance_dict(true),
                    _ => None,
                } {
                    d.borrow_mut().set_str_key(name.clone(), value);
                    return Ok(());
                }
                Err(self.builtin_setattr_error(obj, name_str))
            }
        }
    }

    /// `type.__setattr__`: store into the class itself (no metaclass hook).
    pub fn class_setattr_plain(&self, cls: &Rc<Class>, name: &Value, value: Value) -> PyResult<()> {
        let which = name.as_str().unwrap_or("");
        if !matches!(which, "__name__" | "__qualname__") {
            cls.dict.borrow_mut().set_str_key(name.clone(), value);
            return Ok(());
        }
        // matches CPython's type_set_name / type_set_qualname.
        let Some(s) = value.as_str() else {
            let got = self.type_name(&value);
            return Err(PyErr::type_error(format!("can only assign string to {}.{which}, not '{got}'", cls.name())));
        };
        if which == "__name__" && s.contains('\0') {
            return Err(PyErr::value_error("type name must not contain null characters"));
        }
        let slot = if which == "__name__" { &cls.name } else { &cls.qualname };
        *slot.borrow_mut() = Rc::from(s);
        Ok(())
    }

    /// `object.__setattr__`: data descriptors on the class, else the instance dict.
    pub fn generic_setattr(&mut self, obj: &Value, name: &Value, value: Value) -> PyResult<()> {
        let name_str = name.as_str().unwrap_or("");
        if let Value::Class(cls) = obj {
            return self.class_setattr_plain(cls, name, value);
        }
        let Value::Instance(inst) = obj else {
            return Err(self.no_attribute(obj, name_str));
        };
        let cls = inst.class();
        if let Some(descr) = cls.lookup(name_str) {
            if let Some(m) = crate::builtins::slots::member(&descr) {
                return m.set(self, obj, value);
            }
            match &descr {
                Value::Property(p) => {
                    if p.fset.is_none() {
                        return Err(crate::builtins::property_type::missing_accessor(self, p, obj, "setter"));
                    }
                    let fset = p.fset.clone();
                    self.call(&fset, vec![obj.clone(), value])?;
                    return Ok(());
                }
                Value::Instance(_) | Value::Native(_) => {
                    if let Some(set) = self.lookup_special(&descr, "__set__") {
                        self.call_bound_special(&set, &descr, vec![obj.clone(), value])?;
                        return Ok(());
                    }
                }
                _ => {}
            }
        }
        if name_str == "__dict__" && !cls.dictless.get() {
            return self.replace_instance_dict(inst, &value);
        }
        if name_str == "__class__" {
            let Value::Class(c) = value else {
                return Err(class_assign_error(self, &value));
            };
            // matches CPython's object_set_class: both classes must be mutable (not built-in)
            // and give their instances the same layout.
            if is_immutable_class(&c) || is_immutable_class(&cls) {
                return Err(class_assign_error(self, &Value::Class(c)));
            }
            if c.layout != cls.layout || c.dictless.get() != cls.dictless.get() || solid_base(&c) != solid_base(&cls) {
                return Err(PyErr::type_error(format!(
                    "__class__ assignment: '{}' object layout differs from '{}'",
                    c.name(),
                    cls.name()
                )));
            }
            if cls.dict_replaced.get() && !c.dict_replaced.get() && crate::object::replaced_dict::get(inst).is_some() {
                c.dict_replaced.set(true);
                crate::object::dict::bump_type_epoch();
            }
            *inst.class.borrow_mut() = c;
            return Ok(());
        }
        // A built-in value made as an instance of its own class (`asyncio.Task(coro)`) keeps
        // its attributes in the value's dict, where the value itself finds them.
        if let crate::object::Payload::Builtin(Value::Native(n)) = &inst.payload {
            if let Some(d) = n.instance_dict(true) {
                d.borrow_mut().set_str_key(name.clone(), value);
                return Ok(());
            }
        }
        if cls.dictless.get() {
            return Err(dictless_setattr_error(&cls, name_str));
        }
        let attrs = inst.attrs();
        let mut d = attrs.borrow_mut();
        crate::builtins::instance_dict_sizeof::note_store(inst, &d);
        d.set_str_key(name.clone(), value);
        Ok(())
    }

    /// `delattr(obj, name)`.
    pub fn delattr(&mut self, obj: &Value, name: &Value) -> PyResult<()> {
        let name_str = name.as_str().unwrap_or("");
        // matches CPython's object_set_class with no value, before any `__delattr__`.
        if name_str == "__class__" && !matches!(obj, Value::Class(_)) {
            let overridden = matches!(obj, Value::Instance(inst) if inst.class().lookup("__delattr__").is_some_and(|d| overrides_object_hook(&d)));
            if !overridden {
                return Err(PyErr::type_error("can't delete __class__ attribute"));
            }
        }
        match obj {
            Value::Instance(inst) => {
                let cls = inst.class();
                if let Some(da) = cls.lookup("__delattr__") {
                    if overrides_object_hook(&da) {
                        self.call_bound_special(&da, obj, vec![name.clone()])?;
                        return Ok(());
                    }
                }
                match cls.lookup(name_str) {
                    Some(Value::Property(p)) if !p.fdel.is_none() => {
                        let fdel = p.fdel.clone();
                        self.call(&fdel, vec![obj.clone()])?;
                        return Ok(());
                    }
                    Some(Value::Property(p)) => {
                        // matches CPython 3.11's property_descr_set with no fdel.
                        return Err(crate::builtins::property_type::missing_accessor(self, &p, obj, "deleter"));
                    }
                    Some(d) => {
                        if let Some(m) = crate::builtins::slots::member(&d) {
                            return m.delete(self, obj);
                        }
                        // A data descriptor's `__delete__` (a script's, or a native one such as
                        // a namedtuple field) runs instead of the dict delete.
                        if matches!(d, Value::Instance(_) | Value::Native(_)) {
                            if let Some(del) = self.lookup_special(&d, "__delete__") {
                                self.call_bound_special(&del, &d, vec![obj.clone()])?;
                                return Ok(());
                            }
                        }
                    }
                    None => {}
                }
                if cls.dictless.get() {
                    return Err(dictless_setattr_error(&cls, name_str));
                }
                if inst.attrs().borrow_mut().del_str(name_str).is_none()
                    && !payload_dict(inst, false).is_some_and(|d| d.borrow_mut().del_str(name_str).is_some())
                {
                    return Err(self.no_attribute(obj, name_str));
                }
                Ok(())
            }
            Value::Class(cls) => {
                // A metaclass's `__delattr__` (EnumType protects members) runs first.
                if let Some(meta) = cls.metaclass.borrow().clone() {
                    if let Some(da) = meta.lookup("__delattr__") {
                        if overrides_object_hook(&da) {
                            self.call_bound_special(&da, obj, vec![name.clone()])?;
                            return Ok(());
                        }
                    }
                }
                if rejects_type_setattr(cls) {
                    return Err(PyErr::type_error(format!(
                        "cannot set '{name_str}' attribute of immutable type '{}'",
                        cls.tp_name()
                    )));
                }
                if crate::builtins::class_setattr::through_metaclass(self, cls, name_str, None)? {
                    return Ok(());
                }
                // matches CPython's check_set_special_type_attr.
                if matches!(name_str, "__name__" | "__qualname__") {
                    return Err(PyErr::type_error(format!(
                        "cannot delete '{name_str}' attribute of immutable type '{}'",
                        cls.name()
                    )));
                }
                // CPython's type_setattro deletes through the same dict: when `cls` lacks the
                // name the message is an AttributeError naming the type.
                if cls.dict.borrow_mut().del_str(name_str).is_none() {
                    return Err(PyErr::attribute_error(format!("type object '{}' has no attribute '{name_str}'", cls.tp_name())));
                }
                Ok(())
            }
            // Deleting a cell's contents leaves it empty.
            Value::Cell(c) if name_str == "cell_contents" => {
                let old = c.borrow_mut().take();
                drop(old);
                Ok(())
            }
            // A property's `__doc__` member reads None once deleted.
            Value::Property(p) if crate::builtins::property_type::builtin_getset(p).is_none() && property_member(name_str) => {
                if name_str != "__doc__" {
                    return Err(PyErr::attribute_error("readonly attribute"));
                }
                p.doc.set(Value::None);
                Ok(())
            }
            Value::Module(m) => {
                if m.dict.borrow_mut().del_str(name_str).is_none() {
                    return Err(self.no_attribute(obj, name_str));
                }
                Ok(())
            }
            Value::Function(f) => {
                // Deleting a member leaves it empty, read back as None (or a fresh annotations
                // dict), as CPython's member descriptors do.
                match name_str {
                    "__module__" => *f.module.borrow_mut() = Value::None,
                    "__doc__" => *f.doc.borrow_mut() = Value::None,
                    "__annotations__" => *f.annotations.borrow_mut() = None,
                    "__defaults__" => f.defaults.borrow_mut().clear(),
                    "__kwdefaults__" => *f.kwdefaults.borrow_mut() = None,
                    // CPython's function getsets refuse deletion through their setters' checks.
                    "__name__" | "__qualname__" => {
                        return Err(PyErr::type_error(format!("{name_str} must be set to a string object")))
                    }
                    "__code__" => return Err(PyErr::type_error("__code__ must be set to a code object")),
                    "__dict__" => return Err(PyErr::type_error("cannot delete __dict__")),
                    "__globals__" | "__closure__" | "__builtins__" => {
                        return Err(PyErr::attribute_error("readonly attribute"))
                    }
                    _ => {
                        if f.dict.borrow_mut().del_str(name_str).is_none() {
                            return Err(self.no_attribute(obj, name_str));
                        }
                    }
                }
                Ok(())
            }
            Value::Native(n) if n.instance_dict(false).is_some_and(|d| d.borrow_mut().del_str(name_str).is_some()) => Ok(()),
            _ => Err(self.builtin_delattr_error(obj, name_str)),
        }
    }

    /// Deleting an attribute of a built-in value (which has no instance dict): CPython's
    /// messages for its getset, member and method descriptors, or a plain AttributeError.
    fn builtin_delattr_error(&mut self, obj: &Value, name_str: &str) -> PyErr {
        let cls = self.type_of(obj);
        match cls.lookup(name_str) {
            // With a dict (a Future, a Task) a method's name is only missing from it.
            Some(descr) if matches!(obj, Value::Native(n) if n.instance_dict(true).is_some()) && !self.is_data_descriptor(&descr) => {
                self.no_attribute(obj, name_str)
            }
            Some(descr) => readonly_error(&cls.tp_name(), name_str, &descr),
            None => self.builtin_setattr_error(obj, name_str),
        }
    }

    /// Setting or deleting an attribute a built-in value has but its class does not show as a
    /// descriptor here (`slice.start`, a built-in function's `__name__`), else "no attribute".
    fn builtin_setattr_error(&mut self, obj: &Value, name_str: &str) -> PyErr {
        let tp = self.type_of(obj).tp_name();
        if readonly_member(&tp, name_str) {
            return PyErr::attribute_error("readonly attribute");
        }
        // A built-in function's `__name__`, `__qualname__`... are getsets of its type.
        if matches!(obj, Value::Builtin(_)) && matches!(name_str, "__name__" | "__qualname__" | "__doc__" | "__self__" | "__text_signature__") {
            return PyErr::attribute_error(format!("attribute '{name_str}' of '{tp}' objects is not writable"));
        }
        self.no_attribute(obj, name_str)
    }
}

/// Setting or deleting `name` on a value of built-in type `tp`, whose class defines it as
/// `descr`: a read-only member (`range.start`, `complex.real`) says "readonly attribute", a
/// getset without a setter (`(1).real`) "attribute ... is not writable", and a method (`[].append`)
/// "'list' object attribute 'append' is read-only", as CPython's descriptors and
/// PyObject_GenericSetAttr do.
fn readonly_error(tp: &str, name: &str, descr: &Value) -> PyErr {
    PyErr::attribute_error(if readonly_member(tp, name) {
        "readonly attribute".to_string()
    } else if let Value::Property(_) = descr {
        format!("attribute '{name}' of '{tp}' objects is not writable")
    } else {
        format!("'{tp}' object attribute '{name}' is read-only")
    })
}

/// Setting or deleting `name` on an instance without a `__dict__` (`__slots__`), when no data
/// descriptor took it: CPython's PyObject_GenericSetAttr says "read-only" when the class has
/// the name (a plain class attribute or method) and "no attribute" otherwise, with no
/// name/obj context on the AttributeError.
fn dictless_setattr_error(cls: &Rc<Class>, name: &str) -> PyErr {
    let tp = cls.tp_name();
    PyErr::attribute_error(if cls.lookup(name).is_some() {
        format!("'{tp}' object attribute '{name}' is read-only")
    } else {
        format!("'{tp}' object has no attribute '{name}'")
    })
}

/// The read-only members (structmember READONLY) of the core types.
pub(crate) fn readonly_member(tp: &str, name: &str) -> bool {
    matches!((tp, name), ("range" | "slice", "start" | "stop" | "step") | ("complex", "real" | "imag"))
}

/// A class whose own attributes cannot be set or deleted (CPython's type_setattro refuses
/// IMMUTABLETYPE): the `builtins` types, and the C types of other modules, which are the
/// classes carrying a `tp_name` (`_asyncio.Task`, `collections.deque`, `datetime.date`).
fn rejects_type_setattr(cls: &Class) -> bool {
    cls.tp_name.borrow().is_some() || cls.dict.borrow().get_str("__module__").map_or(false, |m| m.as_str() == Some("builtins"))
}

/// A built-in class (its instances' `__class__` cannot change, CPython's IMMUTABLETYPE).
fn is_immutable_class(c: &Rc<Class>) -> bool {
    c.is_builtin_type() || c.dict.borrow().get_str("__module__").map_or(false, |m| m.as_str() == Some("builtins"))
}

/// CPython's object_set_class errors: a value that is not a class, or a class (or object)
/// whose type is built in.
fn class_assign_error(vm: &Vm, value: &Value) -> PyErr {
    match value {
        Value::Class(_) => PyErr::type_error("__class__ assignment only supported for mutable types or ModuleType subclasses"),
        other => PyErr::type_error(format!("__class__ must be set to a class, not '{}' object", vm.type_name(other))),
    }
}

/// The first built-in class on `c`'s MRO (what decides its instances' layout).
fn solid_base(c: &Rc<Class>) -> Option<Rc<str>> {
    c.mro.borrow().iter().find(|k| is_immutable_class(k)).map(|k| k.name())
}

/// The dict of the native value an instance wraps (`asyncio.Future()` made through its
/// class, or a subclass of it), where its attributes live.
/// What `obj.__dict__` is for an instance with a dict: the object its `__dict__` was set to,
/// or its own dict.
pub fn instance_dict_value(obj: &Value, inst: &crate::object::Instance) -> Value {
    use crate::object::replaced_dict::{self, Target};
    if inst.class().dict_replaced.get() {
        match replaced_dict::get(inst) {
            Some(Target::OwnPayload) => return obj.clone(),
            Some(Target::Other(v, _)) => return v,
            None => {}
        }
    }
    crate::builtins::instance_dict_sizeof::note_dict_seen(inst);
    Value::Dict(inst.dict.clone())
}

fn payload_dict(inst: &crate::object::Instance, create: bool) -> Option<Rc<RefCell<crate::object::PyDict>>> {
    match &inst.payload {
        Payload::Builtin(Value::Native(n)) => n.instance_dict(create),
        _ => None,
    }
}

/// An attribute from a native object's dict (see `NativeObject::instance_dict`; as in CPython,
/// `_asyncio.Future` and `Task` show no `__dict__` attribute).
fn native_dict_get(n: &crate::object::NativeRef, name: &str) -> Option<Value> {
    let d = n.instance_dict(false)?;
    let v = d.borrow().get_str(name);
    v
}

/// The struct members of CPython's property objects.
fn property_member(name: &str) -> bool {
    matches!(name, "__doc__" | "fget" | "fset" | "fdel")
}
