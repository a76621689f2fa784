//! `repr()` and `str()` of values, matching CPython's output.

use std::rc::Rc;

use super::Vm;
use crate::object::exception::exc_data;
use crate::object::{Class, PyErr, PyResult, Value};

impl Vm {
    /// `repr(v)` as a Rust string.
    pub fn repr(&mut self, v: &Value) -> PyResult<String> {
        if let Value::Class(c) = v {
            // A metaclass's own `__repr__` (typing.Any, enum classes).
            let meta = c.metaclass.borrow().clone();
            if let Some(m) = meta.and_then(|m| m.lookup("__repr__")) {
                if matches!(m, Value::Function(_)) {
                    let r = self.call_bound_special(&m, v, vec![])?;
                    return self.str_text(&r).ok_or_else(|| {
                        PyErr::type_error(format!("__repr__ returned non-string (type {})", self.type_name(&r)))
                    });
                }
            }
        }
        Ok(match v {
            Value::None => "None".into(),
            Value::NotImplemented => "NotImplemented".into(),
            Value::Ellipsis => "Ellipsis".into(),
            Value::Bool(b) => if b.get() { "True" } else { "False" }.into(),
            Value::Int(i) => i.to_string(),
            Value::Complex(c) => crate::text::complex_repr::complex_repr(c.0, c.1),
            Value::BigInt(b) => {
                crate::object::int::check_str_digits(b)?;
                b.to_string()
            }
            Value::Float(f) => crate::text::float_repr::float_repr(f.get()),
            Value::Str(s) => str_repr(s.as_str()),
            Value::Bytes(b) => bytes_repr(b),
            Value::ByteArray(b) => crate::text::repr::bytearray_repr(&b.borrow()),
            Value::Tuple(t) => {
                // CPython's tuplerepr guards non-empty tuples like lists: `(...)`.
                if t.is_empty() {
                    return Ok("()".into());
                }
                if self.repr_enter(v) {
                    return Ok("(...)".into());
                }
                let r = if t.len() == 1 {
                    self.repr_guarded(v, &t[0]).map(|x| format!("({x},)"))
                } else {
                    let items = t.clone();
                    self.repr_items(v, &items).map(|x| format!("({x})"))
                };
                self.repr_leave(v);
                r?
            }
            Value::List(l) => {
                let items = l.borrow().clone();
                if self.repr_enter(v) {
                    return Ok("[...]".into());
                }
                let r = self.repr_items(v, &items);
                self.repr_leave(v);
                format!("[{}]", r?)
            }
            Value::Dict(d) => {
                let items = d.borrow().items();
                if self.repr_enter(v) {
                    return Ok("{...}".into());
                }
                let mut parts = Vec::with_capacity(items.len());
                let mut res = Ok(());
                for (k, val) in items {
                    match (self.repr_guarded(v, &k), self.repr_guarded(v, &val)) {
                        (Ok(a), Ok(b)) => parts.push(format!("{a}: {b}")),
                        (Err(e), _) | (_, Err(e)) => {
                            res = Err(e);
                            break;
                        }
                    }
                }
                self.repr_leave(v);
                res?;
                format!("{{{}}}", parts.join(", "))
            }
            Value::Set(_) | Value::FrozenSet(_) => {
                let items = self.set_items(v);
                let frozen = matches!(v, Value::FrozenSet(_));
                if items.is_empty() {
                    return Ok(if frozen { "frozenset()".into() } else { "set()".into() });
                }
                let inner = self.repr_items(v, &items)?;
                if frozen {
                    format!("frozenset({{{inner}}})")
                } else {
                    format!("{{{inner}}}")
                }
            }
            Value::Range(r) => {
                if r.2 == 1 {
                    format!("range({}, {})", r.0, r.1)
                } else {
                    format!("range({}, {}, {})", r.0, r.1, r.2)
                }
            }
            Value::Slice(s) => {
                let (a, b, c) = (s.0.clone(), s.1.clone(), s.2.clone());
                format!("slice({}, {}, {})", self.repr(&a)?, self.repr(&b)?, self.repr(&c)?)
            }
            Value::Function(f) => match c_standin_descriptor(f) {
                Some(text) => text,
                None => format!("<function {} at {}>", f.qualname.borrow(), addr(v)),
            },
            Value::Builtin(b) => match &b.bound {
                Some(obj) if !matches!(obj, Value::Module(_)) => {
                    // matches CPython: the native loop's methods are Python methods there.
                    if let Some(cls) = crate::runtime::loop_method_names::python_method_owner(b) {
                        let (obj, name) = (obj.clone(), b.name.clone());
                        return Ok(format!("<bound method {cls}.{name} of {}>", self.repr(&obj)?));
                    }
                    let kind = if is_type_slot(b.owner.as_deref(), &b.name) { "method-wrapper '" } else { "built-in method " };
                    let quote = if kind.ends_with('\'') { "'" } else { "" };
                    format!("<{kind}{}{quote} of {} object at {}>", b.name, self.type_name(obj), addr(obj))
                }
                // matches CPython, where these natives are Python functions of a class.
                None if crate::runtime::loop_method_names::python_method_owner(b).is_some() => {
                    let cls = crate::runtime::loop_method_names::python_method_owner(b).unwrap_or_default();
                    format!("<function {cls}.{} at {}>", b.name, addr(v))
                }
                _ => match (&b.owner, b.kind) {
                    (Some(owner), crate::object::function::NativeKind::Method) => {
                        let kind = if is_type_slot(Some(owner), &b.name) { "slot wrapper" } else { "method" };
                        format!("<{kind} '{}' of '{}' objects>", b.name, owner)
                    }
                    // A classmethod_descriptor (`dict.__dict__["fromkeys"]`).
                    (Some(owner), crate::object::function::NativeKind::ClassMethod) => {
                        format!("<method '{}' of '{}' objects>", b.name, owner)
                    }
                    // A core type's static method (`str.maketrans`, `int.__new__`): CPython
                    // binds METH_STATIC functions and `tp_new` wrappers to their type.
                    (Some(_), crate::object::function::NativeKind::StaticMethod) => {
                        match crate::builtins::method_descriptors::owner_class(self, b) {
                            Some(cls) => format!("<built-in method {} of type object at {}>", b.name, addr(&Value::Class(cls))),
                            None => format!("<built-in function {}>", b.name),
                        }
                    }
                    // `asyncio.sleep`, `create_task`, ...: native here, `def`s in CPython's
                    // asyncio modules, whose repr they keep.
                    (None, crate::object::function::NativeKind::Function)
                        if b.module.get().is_some_and(|m| m.starts_with("asyncio.")) =>
                    {
                        format!("<function {} at {}>", b.name, addr(v))
                    }
                    _ => format!("<built-in function {}>", b.name),
                },
            },
            Value::Method(m) if matches!(&m.func, Value::Function(f) if c_standin(f)) => {
                // A method of a stand-in for a CPython C type: CPython's built-in method (or
                // method-wrapper, for a slot) bound to an instance or, for a class method, to
                // the type.
                let Value::Function(f) = &m.func else { unreachable!("matched above") };
                let name = f.name.borrow().clone();
                let owner = match &m.self_ {
                    Value::Class(_) => "type".to_owned(),
                    other => {
                        let cls = self.type_of(other);
                        let module = f.module.borrow().as_str().map(str::to_owned).unwrap_or_default();
                        let cls_module = cls.dict.borrow().get_str("__module__").and_then(|m| m.as_str().map(str::to_owned));
                        if cls_module.as_deref() == Some(module.as_str()) {
                            dotted_type_name(&module, &cls.qualname.borrow())
                        } else {
                            cls.name().to_string()
                        }
                    }
                };
                if is_type_slot(None, &name) {
                    format!("<method-wrapper '{name}' of {owner} object at {}>", addr(&m.self_))
                } else {
                    format!("<built-in method {name} of {owner} object at {}>", addr(&m.self_))
                }
            }
            Value::Method(m) => {
                let name = match &m.func {
                    Value::Function(f) => f.qualname.borrow().to_string(),
                    // matches CPython's method_repr: the callable's `__qualname__`, else its
                    // `__name__`, else "?" (a `functools.lru_cache` wrapper bound as a method).
                    other => {
                        let other = other.clone();
                        let mut found = None;
                        for attr in ["__qualname__", "__name__"] {
                            match self.getattr(&other, &Value::str(attr)) {
                                Ok(Value::Str(s)) => {
                                    found = Some(s.as_str().to_owned());
                                    break;
                                }
                                Ok(_) => break,
                                Err(e) if self.err_matches(&e, crate::object::ExcKind::AttributeError) => continue,
                                Err(e) => return Err(e),
                            }
                        }
                        found.unwrap_or_else(|| "?".to_owned())
                    }
                };
                let self_repr = self.repr(&m.self_)?;
                format!("<bound method {name} of {self_repr}>")
            }
            Value::Class(c) => self.repr_class(c),
            Value::Module(m) => {
                let (file, loader, spec) = {
                    let d = m.dict.borrow();
                    (d.get_str("__file__"), d.get_str("__loader__"), d.get_str("__spec__"))
                };
                match file {
                    // The modules CPython 3.11 itself freezes (Python/frozen.c) show as such.
                    Some(Value::Str(f)) if f.as_str().strip_prefix("<frozen ").and_then(|r| r.strip_suffix('>')) == Some(&*m.name)
                        && CPYTHON_FROZEN.contains(&&*m.name) =>
                    {
                        format!("<module '{}' (frozen)>", m.name)
                    }
                    // The modules CPython 3.11 compiles into the interpreter (sys.builtin_module_names)
                    // that corio writes in Python.
                    Some(Value::Str(f)) if f.as_str().strip_prefix("<frozen ").and_then(|r| r.strip_suffix('>')) == Some(&*m.name)
                        && crate::builtin_module_names::is_builtin_module(&m.name) =>
                    {
                        format!("<module '{}' (built-in)>", m.name)
                    }
                    Some(Value::Str(f)) => format!("<module '{}' from '{}'>", m.name, f.as_str()),
                    // matches importlib's _module_repr: no spec, no file and a None loader (a
                    // `types.ModuleType(name)`) show the bare name; corio's native modules
                    // carry no loader and show as built-in.
                    _ if matches!(loader, Some(Value::None)) && spec.as_ref().map_or(true, Value::is_none) => {
                        format!("<module '{}'>", m.name)
                    }
                    _ => format!("<module '{}' (built-in)>", m.name),
                }
            }
            Value::Generator(g) => format!("<{} object {} at {}>", g.kind.type_name(), g.qualname(), addr(v)),
            Value::Iter(it) => format!("<{} object at {}>", it.borrow().type_name(), addr(v)),
            Value::Cell(_) => format!("<cell at {}>", addr(v)),
            Value::Code(c) => format!(
                "<code object {} at {}, file \"{}\", line {}>",
                c.code.name,
                addr(v),
                c.code.filename,
                c.code.first_line
            ),
            Value::Property(p) => match crate::builtins::property_type::builtin_getset(p) {
                // A built-in type's getset or member, as CPython's descriptor reprs show them.
                Some((owner, name)) => {
                    let member = crate::builtins::property_type::getset_is_member(self, owner, name);
                    let kind = if member { "member" } else { "attribute" };
                    format!("<{kind} '{name}' of '{owner}' objects>")
                }
                None => format!("<property object at {}>", addr(v)),
            },
            // CPython 3.10+: sm_repr and cm_repr show the wrapped callable.
            Value::StaticMethod(f) => format!("<staticmethod({})>", self.repr(&f.clone())?),
            Value::ClassMethod(f) => format!("<classmethod({})>", self.repr(&f.clone())?),
            Value::Super(s) if crate::builtins::super_type::is_unbound(&s.1) => format!("<super: <class '{}'>, NULL>", s.0.name()),
            Value::Super(s) => format!("<super: <class '{}'>, <{} object>>", s.0.name(), self.type_name(&s.1)),
            Value::Instance(_) | Value::Native(_) => return self.repr_via_dunder(v),
        })
    }

    fn repr_via_dunder(&mut self, v: &Value) -> PyResult<String> {
        let cls = self.type_of(v);
        if let Some(m) = cls.lookup("__repr__") {
            // A subclass of a built-in type without its own __repr__ uses the base type's.
            if matches!(&m, Value::Builtin(b) if b.owner.as_deref() == Some("object")) {
                if let Some(base) = self.builtin_base(v) {
                    return self.repr(&base);
                }
            }
            // CPython's PyObject_Repr counts against the recursion limit: a chain of reprs
            // calling reprs ends "while getting the repr of an object".
            self.enter_recursive_call(" while getting the repr of an object")?;
            let r = self.call_bound_special(&m, v, vec![]);
            self.native_depth -= 1;
            let r = r?;
            return self.str_text(&r).ok_or_else(|| {
                PyErr::type_error(format!("__repr__ returned non-string (type {})", self.type_name(&r)))
            });
        }
        Ok(self.default_repr(v))
    }

    /// `object.__repr__`: `<__main__.A object at 0x...>`.
    pub fn default_repr(&self, v: &Value) -> String {
        let cls = self.type_of(v);
        let module = cls.module_name();
        let qual = cls.qualname.borrow().clone();
        if module == "builtins" {
            // object_repr shows tp_name (`__name__` for a class statement's class) there.
            format!("<{} object at {}>", cls.tp_name(), addr(v))
        } else {
            format!("<{}.{} object at {}>", module, qual, addr(v))
        }
    }

    pub fn repr_class(&self, c: &Rc<Class>) -> String {
        let module = c.module_name();
        if module == "builtins" {
            // matches CPython's type_repr: without a module prefix it shows tp_name, which is
            // `__name__` (not `__qualname__`) for a class statement's class.
            format!("<class '{}'>", c.tp_name())
        } else {
            format!("<class '{}.{}'>", module, c.qualname.borrow())
        }
    }

    fn repr_items(&mut self, container: &Value, items: &[Value]) -> PyResult<String> {
        let mut parts = Vec::with_capacity(items.len());
        for x in items {
            parts.push(self.repr_guarded(container, x)?);
        }
        Ok(parts.join(", "))
    }

    fn repr_guarded(&mut self, _container: &Value, x: &Value) -> PyResult<String> {
        self.enter_recursive_call(" while getting the repr of an object")?;
        let r = self.repr(x);
        self.native_depth -= 1;
        r
    }

    /// Mark `v` as being repr'd; true when it already is (a recursive container).
    pub fn repr_enter(&mut self, v: &Value) -> bool {
        let p = v.ptr().unwrap_or(0);
        if self.repr_stack.contains(&p) {
            return true;
        }
        self.repr_stack.push(p);
        false
    }

    pub fn repr_leave(&mut self, v: &Value) {
        let p = v.ptr().unwrap_or(0);
        if let Some(i) = self.repr_stack.iter().rposition(|x| *x == p) {
            self.repr_stack.remove(i);
        }
    }

    /// The text of a str or of a str subclass instance (what `__repr__`, `__str__` and
    /// `__format__` may return, as CPython's PyUnicode_Check accepts).
    pub fn str_text(&self, v: &Value) -> Option<String> {
        match v {
            Value::Str(s) => Some(s.as_str().to_owned()),
            Value::Instance(_) => match self.builtin_base(v) {
                Some(Value::Str(s)) => Some(s.as_str().to_owned()),
                _ => None,
            },
            _ => None,
        }
    }

    /// `str(v)` as a Rust string.
    pub fn str(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::Str(s) => return Ok(s.as_str().to_owned()),
            // CPython's PyObject_Str level, then the frame of a script class's __str__.
            Value::Instance(_) | Value::Native(_) => {
                self.enter_c_level(" while getting the str of an object")?;
                let r = self.str_unguarded(v);
                self.native_depth -= 1;
                return r;
            }
            // A container's items are repr'd one level down, and that check (`repr_guarded`)
            // already stands for both of CPython's levels (PyObject_Str's, the item's repr).
            _ if self.reprs_items_guarded(v) => return self.str_unguarded(v),
            _ => {}
        }
        // CPython's PyObject_Str counts against the recursion limit for anything but an exact
        // str: `print(n)` or `str(n)` deep in a recursion fails "while getting the str of an
        // object" where CPython's does.
        self.enter_c_level(" while getting the str of an object")?;
        let r = self.str_unguarded(v);
        self.native_depth -= 1;
        r
    }

    /// A non-empty container: its items' reprs are checked one level down (`repr_guarded`),
    /// and that check already stands for both of CPython's levels (the container's own
    /// PyObject_Repr or PyObject_Str, and the item's PyObject_Repr).
    pub fn reprs_items_guarded(&mut self, v: &Value) -> bool {
        matches!(v, Value::Tuple(_) | Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::FrozenSet(_))
            && !matches!(self.len(v), Ok(0))
    }

    /// One checked C level of CPython (`_Py_EnterRecursiveCall(context)`) at the depth
    /// CPython reaches it: a script's frame N levels down fails where CPython's frame does,
    /// counting the native levels already held. Pair with `native_depth -= 1`.
    pub fn enter_c_level(&mut self, context: &str) -> PyResult<()> {
        if self.stack_depth() + self.native_depth > self.recursion_limit {
            return Err(PyErr::new(crate::object::ExcKind::RecursionError, format!("maximum recursion depth exceeded{context}")));
        }
        self.enter_native()
    }

    fn str_unguarded(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::Str(s) => Ok(s.as_str().to_owned()),
            // A metaclass's own `__str__` (a script function) prints the class.
            Value::Class(c) => {
                let meta = c.metaclass.borrow().clone();
                match meta.and_then(|m| m.lookup("__str__")).filter(|m| matches!(m, Value::Function(_))) {
                    Some(m) => {
                        let r = self.call_bound_special(&m, v, vec![])?;
                        self.str_text(&r).ok_or_else(|| {
                            PyErr::type_error(format!("__str__ returned non-string (type {})", self.type_name(&r)))
                        })
                    }
                    None => self.repr(v),
                }
            }
            Value::Instance(_) | Value::Native(_) => {
                let cls = self.type_of(v);
                if let Some(m) = cls.lookup("__str__") {
                    if !matches!(&m, Value::Builtin(b) if b.owner.as_deref() == Some("object")) {
                        let r = self.call_bound_special(&m, v, vec![])?;
                        return self.str_text(&r).ok_or_else(|| {
                            PyErr::type_error(format!("__str__ returned non-string (type {})", self.type_name(&r)))
                        });
                    }
                }
                if let Value::Instance(inst) = v {
                    if exc_data(inst).is_some() {
                        return self.exception_str(v);
                    }
                    // A runtime object's repr (a Task, a deque) names the instance's class,
                    // so a subclass instance goes through repr below, as object.__str__ does.
                    if let Some(b) = self.builtin_base(v).filter(|b| !matches!(b, Value::Native(_))) {
                        // A base type's native repr prints the base value (owner-less natives,
                        // like set's, name the subclass and go through repr below).
                        if cls.lookup("__repr__").map_or(true, |m| matches!(&m, Value::Builtin(b) if b.owner.is_some())) {
                            return self.str(&b);
                        }
                    }
                }
                self.repr(v)
            }
            _ => self.repr(v),
        }
    }

    /// `str(exc)`: the single argument, or the args tuple's repr.
    pub fn exception_str(&mut self, v: &Value) -> PyResult<String> {
        let Value::Instance(inst) = v else { return self.repr(v) };
        let args = exc_data(inst).map(|d| d.borrow().args.clone()).unwrap_or_default();
        let is_key_error = inst.class().is_subclass(&self.exc_class(crate::object::ExcKind::KeyError));
        match args.len() {
            0 => Ok(String::new()),
            1 if is_key_error => self.repr(&args[0]),
            1 => self.str(&args[0]),
            _ => self.repr(&Value::tuple(args)),
        }
    }
}

/// CPython-style object address for reprs: C's `%p`, so no zero padding and the same digits
/// as `hex(id(v))` (scripts replace one by the other to hide addresses).
pub fn addr(v: &Value) -> String {
    format!("{:#x}", v.ptr().unwrap_or(0))
}

/// `repr(str)`: escapes what `str.isprintable()` rejects (the Unicode 14 tables).
pub fn str_repr(s: &str) -> String {
    crate::text::repr::py_str_repr(s)
}

pub use crate::text::repr::bytes_repr;

/// Dunder names that fill a CPython type slot: a built-in type's own method of that name is a
/// wrapper_descriptor (`<slot wrapper '__add__' of 'int' objects>`, bound: `<method-wrapper
/// ...>`), where other methods (`__format__`, `__reduce__`, ...) are plain method descriptors.
/// A few containers define a faster plain method over their slot (CPython's METH_COEXIST).
/// A function of a corio stand-in for a CPython C module (its frames are hidden from
/// tracebacks, see `_traceback._hide_frames`) that kept its own name (not a wrapper made by
/// `functools.wraps`): CPython shows such callables as built-ins.
fn c_standin(f: &crate::object::Function) -> bool {
    f.code.hidden.get() && *f.name.borrow() == f.code.code.name
}

/// `module.Type` as CPython's tp_name of a C type names it (`datetime.datetime`).
fn dotted_type_name(module: &str, qualname: &str) -> String {
    if module.is_empty() || module == "builtins" {
        qualname.to_owned()
    } else {
        format!("{module}.{qualname}")
    }
}

/// The repr of a stand-in's function as CPython shows the C original: a module function is
/// `<built-in function name>`, a method reached through its class `<method 'name' of
/// 'module.Type' objects>` (`<slot wrapper ...>` for a slot).
fn c_standin_descriptor(f: &crate::object::Function) -> Option<String> {
    if !c_standin(f) {
        return None;
    }
    let qualname = f.qualname.borrow().clone();
    let name = f.name.borrow().clone();
    match qualname.rsplit_once('.') {
        None => Some(format!("<built-in function {name}>")),
        Some((owner, _)) if !owner.contains('<') => {
            let module = f.module.borrow().as_str().map(str::to_owned).unwrap_or_default();
            let kind = if is_type_slot(None, &name) { "slot wrapper" } else { "method" };
            Some(format!("<{kind} '{name}' of '{}' objects>", dotted_type_name(&module, owner)))
        }
        Some(_) => None,
    }
}

pub fn is_type_slot(owner: Option<&str>, name: &str) -> bool {
    if matches!(
        (owner.unwrap_or(""), name),
        ("list" | "dict", "__getitem__") | ("dict" | "set" | "frozenset", "__contains__")
    ) {
        return false;
    }
    let Some(inner) = name.strip_prefix("__").and_then(|n| n.strip_suffix("__")) else { return false };
    const BINARY: [&str; 13] =
        ["add", "sub", "mul", "mod", "divmod", "pow", "lshift", "rshift", "and", "xor", "or", "floordiv", "truediv"];
    let binary = |n: &str| BINARY.contains(&n) || n == "matmul";
    let op = inner.strip_prefix('r').filter(|n| binary(n)).or_else(|| inner.strip_prefix('i').filter(|n| binary(n) && *n != "divmod"));
    binary(inner)
        || op.is_some()
        || matches!(
            inner,
            "getattribute" | "getattr" | "setattr" | "delattr" | "repr" | "hash" | "call" | "str" | "lt" | "le" | "eq"
                | "ne" | "gt" | "ge" | "iter" | "next" | "get" | "set" | "delete" | "init" | "del" | "await" | "aiter"
                | "anext" | "neg" | "pos" | "abs" | "bool" | "invert" | "int" | "float" | "index" | "len" | "getitem"
                | "setitem" | "delitem" | "contains"
        )
}

/// The standard modules CPython 3.11 builds in frozen (Python/frozen.c): their reprs read
/// `<module 'os' (frozen)>` there.
const CPYTHON_FROZEN: &[&str] = &[
    "abc", "codecs", "io", "_collections_abc", "_sitebuiltins", "genericpath", "ntpath", "posixpath", "os", "site",
    "stat", "importlib.util", "importlib.machinery", "runpy", "zipimport",
];
