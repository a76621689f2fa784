//! Calls: argument binding, frames for script functions, native calls, instantiation.

use std::cell::RefCell;
use std::rc::Rc;

use super::frame::{CellRef, Frame, FrameRole};
use super::interp::CallOutcome;
use super::Vm;
use crate::object::class::Layout;
use crate::object::exception::ExcData;
use crate::object::generator::Generator;
use crate::object::{ArgVec, Args, BuiltinFunction, Class, ExcKind, Function, Instance, Payload, PyDict, PyErr, PyResult, Value};

pub type KwArgs = Vec<(Rc<str>, Value)>;

/// What a callable turned into once its arguments were bound.
enum Prepared {
    Frame(Box<Frame>),
    /// `cls(...)` with a script `__init__`: run the frame, then the result is the instance.
    Init(Box<Frame>, Value),
    /// The frame of a callable instance's `__call__`: CPython calls the instance through
    /// `tp_call`, which holds one recursion level until `__call__` returns, so the frame
    /// carries that level (released when it ends).
    HeldFrame(Box<Frame>),
    Value(Value),
}

impl Vm {
    /// Call from Rust and wait for the result (depth counted).
    pub fn call(&mut self, f: &Value, args: Vec<Value>) -> PyResult<Value> {
        self.call_kw(f, args, Vec::new())
    }

    pub fn call_kw(&mut self, f: &Value, args: Vec<Value>, kwargs: KwArgs) -> PyResult<Value> {
        let p = self.prepare_call(f.clone(), args, kwargs)?;
        self.run_prepared(p)
    }

    fn run_prepared(&mut self, p: Prepared) -> PyResult<Value> {
        match p {
            Prepared::Value(v) => Ok(v),
            Prepared::Frame(frame) => self.run_boxed_frame(frame),
            Prepared::HeldFrame(frame) => {
                let r = self.run_boxed_frame(frame);
                self.native_depth -= 1;
                r
            }
            Prepared::Init(frame, inst) => {
                let r = self.run_boxed_frame(frame);
                // The class call's level (see `prepare_type_call`) ends with `__init__`.
                self.native_depth -= 1;
                let r = r?;
                if !r.is_none() {
                    return Err(PyErr::type_error(format!("__init__() should return None, not '{}'", self.type_name(&r))));
                }
                Ok(inst)
            }
        }
    }

    /// `type.__call__(cls, ...)`: `__new__` then `__init__`, whatever the metaclass.
    pub fn instantiate(&mut self, cls: &Rc<Class>, args: Vec<Value>, kwargs: KwArgs) -> PyResult<Value> {
        let p = self.prepare_type_call(cls, args, kwargs)?;
        self.run_prepared(p)
    }

    /// Call `obj.name(*args)`.
    pub fn call_method(&mut self, obj: &Value, name: &str, args: Vec<Value>) -> PyResult<Value> {
        let m = self.getattr(obj, &Value::str(name))?;
        self.call(&m, args)
    }

    /// Call from the dispatch loop: script functions get a frame pushed instead of a nested loop.
    pub fn call_from_frame(&mut self, f: Value, args: Vec<Value>, kwargs: KwArgs) -> PyResult<CallOutcome> {
        match self.prepare_call(f, args, kwargs)? {
            Prepared::Value(v) => Ok(CallOutcome::Value(v)),
            Prepared::Frame(mut frame) => {
                frame.role = FrameRole::Call;
                self.push_boxed_checked(frame)?;
                Ok(CallOutcome::Pushed)
            }
            Prepared::HeldFrame(mut frame) => {
                // The level is released when the frame ends (`return_from_frame`, `unwind`).
                frame.role = FrameRole::CallHoldingLevel;
                if let Err(e) = self.push_boxed_checked(frame) {
                    self.native_depth -= 1;
                    return Err(e);
                }
                Ok(CallOutcome::Pushed)
            }
            Prepared::Init(mut frame, inst) => {
                // The instance waits on the caller's stack, where the call's result belongs.
                let caller = self.frames.last_mut().expect("call_from_frame runs with a current frame");
                caller.stack.push(inst);
                // The class call's level (see `prepare_type_call`) is held until this frame ends
                // (`return_from_frame`, or `unwind` popping it).
                frame.role = FrameRole::Init;
                if let Err(e) = self.push_boxed_checked(frame) {
                    self.native_depth -= 1;
                    self.frames.last_mut().expect("the caller frame is still current").stack.pop();
                    return Err(e);
                }
                Ok(CallOutcome::Pushed)
            }
        }
    }

    fn prepare_call(&mut self, f: Value, mut args: Vec<Value>, kwargs: KwArgs) -> PyResult<Prepared> {
        match &f {
            Value::Function(func) => {
                let frame = self.bind_args(func, args, kwargs)?;
                if func.code.code.is_generator_like() {
                    let kind = super::unwind::gen_kind_of(&func.code.code.flags);
                    let g = Rc::new(Generator::new(kind, frame, func.name.borrow().clone(), func.qualname.borrow().clone()));
                    // `sys.set_coroutine_origin_tracking_depth`: where the coroutine was made.
                    crate::runtime::coro_origin::note_created(self, &g);
                    return Ok(Prepared::Value(Value::Generator(g)));
                }
                Ok(Prepared::Frame(frame))
            }
            Value::Method(m) => {
                args.insert(0, m.self_.clone());
                self.prepare_call(m.func.clone(), args, kwargs)
            }
            Value::Builtin(b) => {
                let mut argv = ArgVec::new();
                if let Some(bound) = &b.bound {
                    argv.push(bound.clone());
                }
                argv.extend(args);
                self.call_builtin(b, &mut argv, &kwargs).map(Prepared::Value)
            }
            Value::Class(cls) => self.prepare_instantiate(cls, args, kwargs),
            Value::StaticMethod(inner) => self.prepare_call((**inner).clone(), args, kwargs),
            _ => {
                let Some(call) = self.lookup_special(&f, "__call__") else {
                    return Err(PyErr::type_error(format!("'{}' object is not callable", self.type_name(&f))));
                };
                match call {
                    Value::Function(_) if matches!(f, Value::Instance(_)) => {
                        args.insert(0, f.clone());
                        self.enter_c_level(" while calling a Python object")?;
                        match self.prepare_call(call, args, kwargs) {
                            Ok(Prepared::Frame(frame)) => Ok(Prepared::HeldFrame(frame)),
                            other => {
                                self.native_depth -= 1;
                                other
                            }
                        }
                    }
                    Value::Function(_) => {
                        args.insert(0, f.clone());
                        self.prepare_call(call, args, kwargs)
                    }
                    Value::Builtin(ref b) if b.bound.is_none() => {
                        args.insert(0, f.clone());
                        self.prepare_call(call, args, kwargs)
                    }
                    // `__call__` is itself an object to call through its type's `__call__`:
                    // each hop is one C-level call in CPython (slot_tp_call), so an object that
                    // is its own class's `__call__` ends in RecursionError, not a Rust overflow.
                    other => {
                        self.enter_c_level(" while calling a Python object")?;
                        let prepared = self.prepare_call(other, args, kwargs);
                        self.native_depth -= 1;
                        prepared
                    }
                }
            }
        }
    }

    /// `cls(*args, **kwargs)`.
    fn prepare_instantiate(&mut self, cls: &Rc<Class>, args: Vec<Value>, kwargs: KwArgs) -> PyResult<Prepared> {
        // A metaclass with its own __call__ takes over entirely.
        let meta = cls.metaclass.borrow().clone();
        if let Some(meta) = meta {
            if let Some(call) = meta.lookup("__call__") {
                if !matches!(&call, Value::Builtin(b) if b.owner.as_deref() == Some("type")) {
                    let mut a = vec![Value::Class(cls.clone())];
                    a.extend(args);
                    return self.prepare_call(call, a, kwargs);
                }
            }
        }
        self.prepare_type_call(cls, args, kwargs)
    }

    /// `type.__call__`. CPython calls a class statement's class through `tp_call`
    /// (`_PyObject_MakeTpCall`), which holds one recursion level "while calling a Python object"
    /// until `__new__` and `__init__` are done; built-in types are called through vectorcall and
    /// hold none. A `Prepared::Init` keeps the level for whoever runs the `__init__` frame.
    fn prepare_type_call(&mut self, cls: &Rc<Class>, args: Vec<Value>, kwargs: KwArgs) -> PyResult<Prepared> {
        if self.is_builtin_class(cls) {
            return self.prepare_type_call_unheld(cls, args, kwargs);
        }
        self.enter_c_level(" while calling a Python object")?;
        let p = self.prepare_type_call_unheld(cls, args, kwargs);
        if !matches!(p, Ok(Prepared::Init(..))) {
            self.native_depth -= 1;
        }
        p
    }

    fn prepare_type_call_unheld(&mut self, cls: &Rc<Class>, args: Vec<Value>, kwargs: KwArgs) -> PyResult<Prepared> {
        let new = cls.lookup("__new__");
        let mut init_cls = cls.clone();
        let instance = match new {
            // A user metaclass inheriting `type.__new__`: the result is a class, not a
            // wrapped built-in value.
            Some(Value::Builtin(b)) if b.owner.as_deref() == Some("type") && !self.is_builtin_class(cls) => {
                let mut a = vec![Value::Class(cls.clone())];
                a.extend(args.iter().cloned());
                let obj = (b.func)(self, Args { pos: &a, kw: &kwargs })?;
                if !self.type_of(&obj).is_subclass(cls) {
                    return Ok(Prepared::Value(obj));
                }
                obj
            }
            Some(Value::Builtin(b)) if cls.layout != Layout::Builtin || self.is_builtin_class(cls) => {
                if b.name.as_ref() == "__new__" && b.owner.as_deref() == Some("object") {
                    self.check_abstract(cls)?;
                    self.new_instance(cls, &args)
                } else {
                    let mut a = vec![Value::Class(cls.clone())];
                    a.extend(args.iter().cloned());
                    // A built-in type's call holds no level (CPython's vectorcall), and a class
                    // statement's class holds its own already (`prepare_type_call`).
                    self.enter_native_uncounted()?;
                    let r = (b.func)(self, Args { pos: &a, kw: &kwargs });
                    self.rust_depth -= 1;
                    let v = r?;
                    if self.is_builtin_class(cls) {
                        return Ok(Prepared::Value(v));
                    }
                    v
                }
            }
            Some(Value::Builtin(b)) => {
                // A native class of a module, or a user subclass of a built-in type: build the
                // base value; a subclass instance wraps it.
                let mut a = vec![Value::Class(cls.clone())];
                // Matches CPython for mutable containers: `dict.__new__` & co. ignore their
                // arguments, which `__init__` (the subclass's or the container's) consumes.
                let container = matches!(b.owner.as_deref(), Some("dict" | "list" | "set"));
                let skip = container;
                if !skip {
                    a.extend(args.iter().cloned());
                }
                let base_value = (b.func)(self, Args { pos: &a, kw: if skip { &[] } else { &kwargs } })?;
                match base_value {
                    Value::Instance(_) => base_value,
                    // `__init__` (below) still runs on it.
                    _ if is_native_of_own_class(cls, &b, &base_value) => base_value,
                    other => Value::Instance(Rc::new(Instance {
                        class: RefCell::new(cls.clone()),
                        dict: Rc::new(RefCell::new(PyDict::new())),
                        payload: Payload::Builtin(other),
                    })),
                }
            }
            Some(new_fn) => {
                let new_fn = match new_fn {
                    Value::StaticMethod(inner) => (*inner).clone(),
                    other => other,
                };
                let mut a = vec![Value::Class(cls.clone())];
                a.extend(args.iter().cloned());
                let obj = self.call_kw(&new_fn, a, kwargs.clone())?;
                let obj_cls = self.type_of(&obj);
                if !obj_cls.is_subclass(cls) {
                    return Ok(Prepared::Value(obj));
                }
                // matches CPython's type_call: the `__init__` run is that of the object's own
                // type, which `__new__` may have made a subclass of `cls`.
                init_cls = obj_cls;
                obj
            }
            None => {
                self.check_abstract(cls)?;
                self.new_instance(cls, &args)
            }
        };
        // __init__
        let cls = &init_cls;
        let init = cls.lookup("__init__");
        match init {
            Some(Value::Function(func)) => {
                let mut a = Vec::with_capacity(args.len() + 1);
                a.push(instance.clone());
                a.extend(args);
                let frame = self.bind_args(&func, a, kwargs)?;
                if func.code.code.is_generator_like() {
                    // Calling a generator or coroutine `__init__` makes the object without
                    // running it; CPython's type_call then rejects the non-None result (the
                    // dropped coroutine warns "was never awaited").
                    let kind = super::unwind::gen_kind_of(&func.code.code.flags);
                    let g = Generator::new(kind, frame, func.name.borrow().clone(), func.qualname.borrow().clone());
                    let v = Value::Generator(Rc::new(g));
                    return Err(PyErr::type_error(format!("__init__() should return None, not '{}'", self.type_name(&v))));
                }
                Ok(Prepared::Init(frame, instance))
            }
            Some(Value::Builtin(b)) => {
                let is_object_init = b.owner.as_deref() == Some("object");
                if is_object_init {
                    if (!args.is_empty() || !kwargs.is_empty()) && cls.lookup("__new__").map_or(true, |n| matches!(n, Value::Builtin(ref nb) if nb.owner.as_deref() == Some("object"))) {
                        return Err(PyErr::type_error(format!("{}() takes no arguments", cls.name())));
                    }
                    return Ok(Prepared::Value(instance));
                }
                let mut a = vec![instance.clone()];
                a.extend(args);
                (b.func)(self, Args { pos: &a, kw: &kwargs })?;
                Ok(Prepared::Value(instance))
            }
            Some(other) => {
                let mut a = vec![instance.clone()];
                a.extend(args);
                self.call_kw(&other, a, kwargs)?;
                Ok(Prepared::Value(instance))
            }
            None => Ok(Prepared::Value(instance)),
        }
    }

    /// matches CPython's object.__new__: a class whose `__abstractmethods__` (set by
    /// `abc.ABCMeta`) is non-empty cannot be instantiated.
    pub fn check_abstract(&mut self, cls: &Rc<Class>) -> PyResult<()> {
        let Some(names) = cls.dict.borrow().get_str("__abstractmethods__") else { return Ok(()) };
        let mut names: Vec<String> = self.collect_iterable(&names)?.iter().map(|n| n.as_str().unwrap_or("").to_owned()).collect();
        if names.is_empty() {
            return Ok(());
        }
        names.sort();
        let plural = if names.len() == 1 { "" } else { "s" };
        Err(PyErr::type_error(format!(
            "Can't instantiate abstract class {} with abstract method{plural} {}",
            cls.name(),
            names.join(", ")
        )))
    }

    /// `object.__new__(cls)`: a bare instance with the payload the class layout needs.
    pub fn new_instance(&self, cls: &Rc<Class>, args: &[Value]) -> Value {
        let payload = match cls.layout {
            Layout::Exception => Payload::Exception(RefCell::new(ExcData { args: args.to_vec(), ..ExcData::default() })),
            Layout::Object | Layout::Builtin => Payload::None,
        };
        Value::Instance(Rc::new(Instance {
            class: RefCell::new(cls.clone()),
            dict: Rc::new(RefCell::new(PyDict::new())),
            payload,
        }))
    }

    /// A method of a built-in type called on an instance of a user subclass (`class D(dict)`)
    /// works on the base value the instance holds.
    /// Call native function `b` with `args` (its bound value, if any, already first).
    pub fn call_builtin(&mut self, b: &BuiltinFunction, args: &mut [Value], kwargs: &[(Rc<str>, Value)]) -> PyResult<Value> {
        if args.is_empty() && b.kind == crate::object::function::NativeKind::Method {
            return Err(crate::builtins::arity::missing_self(b));
        }
        if b.kind == crate::object::function::NativeKind::Method && !self_matches_owner(b, &args[0]) {
            self.check_builtin_self(b, &args[0])?;
        }
        if b.arity != crate::builtins::arity::Arity::Any && b.kind == crate::object::function::NativeKind::Method {
            // `args` holds `self` first.
            let owner = b.owner.as_deref().unwrap_or("");
            crate::builtins::arity::check(b.arity, owner, &b.name, args.len().saturating_sub(1), kwargs.len())?;
        }
        self.unwrap_builtin_self(b, args);
        self.enter_native()?;
        self.await_next = std::mem::take(&mut self.pending_await);
        let r = (b.func)(self, Args { pos: args, kw: kwargs });
        self.await_next = false;
        self.native_depth -= 1;
        let r = r?;
        // `tuple.__new__(cls, ...)` from a subclass's `__new__`: the built-in value becomes the
        // payload of an instance of `cls`.
        if b.is_new {
            if let Some(Value::Class(cls)) = args.first() {
                if cls.layout == Layout::Builtin
                    && !self.is_builtin_class(cls)
                    && !matches!(r, Value::Instance(_) | Value::Class(_))
                    && !is_native_of_own_class(cls, b, &r)
                {
                    return Ok(Value::Instance(Rc::new(Instance {
                        class: RefCell::new(cls.clone()),
                        dict: Rc::new(RefCell::new(PyDict::new())),
                        payload: Payload::Builtin(r),
                    })));
                }
            }
        }
        Ok(r)
    }

    /// The slow half of the wrong-`self` check (`list.append((), 1)`): `self` is not a plain
    /// value of the owner's type, so it must be an instance of the owner or a subclass of it.
    /// Only the core types are checked; other native classes check their own `self`.
    fn check_builtin_self(&self, b: &BuiltinFunction, this: &Value) -> PyResult<()> {
        let Some(owner) = b.owner.as_deref() else { return Ok(()) };
        if b.name.as_ref() == "__new__" {
            return Ok(());
        }
        let Some(cls) = self.core_type(owner) else { return Ok(()) };
        let got = self.type_of(this);
        if got.is_subclass(&cls) {
            return Ok(());
        }
        Err(crate::builtins::arity::wrong_self(owner, &b.name, &got.tp_name()))
    }

    /// The class of a core type by its name (the owners `arity::CORE_TYPES` lists).
    fn core_type(&self, name: &str) -> Option<Rc<Class>> {
        let t = &self.types;
        Some(match name {
            "int" => t.int.clone(),
            "bool" => t.bool_.clone(),
            "float" => t.float.clone(),
            "complex" => t.complex.clone(),
            "str" => t.str.clone(),
            "bytes" => t.bytes.clone(),
            "bytearray" => t.bytearray.clone(),
            "list" => t.list.clone(),
            "tuple" => t.tuple.clone(),
            "dict" => t.dict.clone(),
            "set" => t.set.clone(),
            "frozenset" => t.frozenset.clone(),
            "range" => t.range.clone(),
            "NoneType" => t.none_type.clone(),
            _ => return None,
        })
    }

    fn unwrap_builtin_self(&self, b: &crate::object::BuiltinFunction, args: &mut [Value]) {
        let (Some(owner), Some(Value::Instance(inst))) = (b.owner.as_deref(), args.first()) else { return };
        if b.kind != crate::object::function::NativeKind::Method {
            return;
        }
        let base = match &inst.payload {
            crate::object::Payload::Builtin(base) => base.clone(),
            _ => return,
        };
        // (the name compared in place: `type_name` would build a String on every call)
        if *self.type_of(&base).tp_name() == *owner {
            args[0] = base;
        }
    }

    pub fn is_builtin_class(&self, cls: &Rc<Class>) -> bool {
        cls.is_builtin_type()
    }

    /// Bind call arguments to a new frame for `func`, with CPython's error messages.
    pub fn bind_args(&mut self, func: &Rc<Function>, mut args: Vec<Value>, kwargs: KwArgs) -> PyResult<Box<Frame>> {
        let code = &func.code.code;
        let mut frame = self.alloc_frame(func.code.clone(), func.globals.clone());
        let nargs = code.arg_count as usize;
        let nkwonly = code.kwonly_arg_count as usize;
        let qualname = func.qualname.borrow().clone();

        // Positional parameters.
        let given = args.len();
        let mut extra = Vec::new();
        if given > nargs {
            if code.flags.varargs {
                extra = args.split_off(nargs);
            } else {
                return Err(self.too_many_positional(func, given, &kwargs));
            }
        }
        for (i, v) in args.into_iter().enumerate() {
            frame.fast[i] = Some(v);
        }
        let mut slot = nargs + nkwonly;
        if code.flags.varargs {
            frame.fast[slot] = Some(Value::tuple(extra));
            slot += 1;
        }
        let kwdict = if code.flags.varkeywords {
            let d = Rc::new(RefCell::new(PyDict::new()));
            frame.fast[slot] = Some(Value::Dict(d.clone()));
            Some(d)
        } else {
            None
        };
        // Keyword arguments.
        let posonly = code.posonly_arg_count as usize;
        let mut posonly_as_kw = Vec::new();
        for (name, v) in kwargs {
            let idx = code.varnames[..nargs + nkwonly].iter().position(|n| **n == *name);
            match idx {
                Some(i) if i >= posonly => {
                    if frame.fast[i].is_some() {
                        return Err(PyErr::type_error(format!("{qualname}() got multiple values for argument '{name}'")));
                    }
                    frame.fast[i] = Some(v);
                }
                _ => match &kwdict {
                    Some(d) => {
                        if d.borrow().contains_str(&name) {
                            return Err(PyErr::type_error(format!(
                                "{qualname}() got multiple values for keyword argument '{name}'"
                            )));
                        }
                        d.borrow_mut().set_str(&name, v)
                    }
                    None => {
                        if idx.is_some() {
                            posonly_as_kw.push(name.to_string());
                            continue;
                        }
                        return Err(PyErr::type_error(format!("{qualname}() got an unexpected keyword argument '{name}'")));
                    }
                },
            }
        }
        if !posonly_as_kw.is_empty() {
            return Err(PyErr::type_error(format!(
                "{qualname}() got some positional-only arguments passed as keyword arguments: '{}'",
                posonly_as_kw.join(", ")
            )));
        }
        // Defaults.
        let defaults = func.defaults.borrow();
        let first_default = nargs.saturating_sub(defaults.len());
        let mut missing = Vec::new();
        for i in 0..nargs {
            if frame.fast[i].is_none() {
                if i >= first_default {
                    frame.fast[i] = Some(defaults[i - first_default].clone());
                } else {
                    missing.push(code.varnames[i].clone());
                }
            }
        }
        if !missing.is_empty() {
            return Err(crate::builtins::arity::missing_args(&qualname, "positional", &missing));
        }
        let kwdefaults = func.kwdefaults.borrow();
        for i in nargs..nargs + nkwonly {
            if frame.fast[i].is_none() {
                let name = &code.varnames[i];
                match kwdefaults.as_ref().and_then(|d| d.borrow().get_str(name)) {
                    Some(v) => frame.fast[i] = Some(v),
                    None => missing.push(name.clone()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(crate::builtins::arity::missing_args(&qualname, "keyword-only", &missing));
        }
        // Cells: captured parameters move into their cells; free variables come from the closure.
        for &(cell, arg) in &code.cell_args {
            let v = frame.fast[arg as usize].take();
            *frame.cells[cell as usize].borrow_mut() = v;
        }
        for c in &func.closure {
            if let Value::Cell(c) = c {
                frame.cells.push(c.clone() as CellRef);
            }
        }
        Ok(frame)
    }

    fn too_many_positional(&self, func: &Function, given: usize, kwargs: &KwArgs) -> PyErr {
        let code = &func.code.code;
        let nargs = code.arg_count as usize;
        let ndefaults = func.defaults.borrow().len();
        let qualname = func.qualname.borrow();
        let takes = if ndefaults > 0 && ndefaults <= nargs && ndefaults != 0 && nargs - ndefaults != nargs {
            format!("from {} to {} positional arguments", nargs - ndefaults, nargs)
        } else {
            format!("{} positional argument{}", nargs, if nargs == 1 { "" } else { "s" })
        };
        let kwonly_given = kwargs
            .iter()
            .filter(|(k, _)| code.varnames[nargs..nargs + code.kwonly_arg_count as usize].iter().any(|n| n == k))
            .count();
        let was = if given == 1 { "was" } else { "were" };
        if kwonly_given > 0 {
            return PyErr::type_error(format!(
                "{qualname}() takes {takes} but {given} positional argument{} (and {kwonly_given} keyword-only argument{}) were given",
                if given == 1 { "" } else { "s" },
                if kwonly_given == 1 { "" } else { "s" }
            ));
        }
        PyErr::type_error(format!("{qualname}() takes {takes} but {given} {was} given"))
    }

    /// Split the trailing keyword values of a `CallKw` using the names tuple.
    pub fn split_kwargs(&self, names: &Value, args: &mut Vec<Value>) -> KwArgs {
        let Value::Tuple(names) = names else { return Vec::new() };
        let at = args.len() - names.len();
        let values = args.split_off(at);
        names.iter().zip(values).map(|(n, v)| (Rc::from(n.as_str().unwrap_or("")), v)).collect()
    }

    /// `MakeFunction(flags)`.
    pub fn make_function(&mut self, flags: u32) -> PyResult<Value> {
        let frame = self.frames.last_mut().expect("current frame");
        let code = frame.stack.pop();
        let closure = if flags & 0x08 != 0 { Some(frame.stack.pop()) } else { None };
        let annotations = if flags & 0x04 != 0 { Some(frame.stack.pop()) } else { None };
        let kwdefaults = if flags & 0x02 != 0 { Some(frame.stack.pop()) } else { None };
        let defaults = if flags & 0x01 != 0 { Some(frame.stack.pop()) } else { None };
        let globals = frame.globals.clone();
        let Value::Code(code) = code else {
            return Err(PyErr::new(ExcKind::SystemError, "MakeFunction without a code object"));
        };
        let module = globals.borrow().get_str("__name__").unwrap_or(Value::None);
        let doc = code.code.docstring.as_ref().map(|s| Value::str(s)).unwrap_or(Value::None);
        let func = Function {
            name: RefCell::new(code.code.name.clone()),
            qualname: RefCell::new(code.code.qualname.clone()),
            globals,
            defaults: RefCell::new(match defaults {
                Some(Value::Tuple(t)) => t.to_vec(),
                _ => Vec::new(),
            }),
            kwdefaults: RefCell::new(match kwdefaults {
                Some(Value::Dict(d)) => Some(d),
                _ => None,
            }),
            closure: match closure {
                Some(Value::Tuple(t)) => t.to_vec(),
                _ => Vec::new(),
            },
            code,
            module: RefCell::new(module),
            doc: RefCell::new(doc),
            annotations: RefCell::new(annotations),
            dict: Rc::new(RefCell::new(PyDict::new())),
        };
        Ok(Value::Function(Rc::new(func)))
    }
}

/// Whether `v`, made by the native `__new__` `b` for `cls`, is an object of a natively defined
/// class itself (`_random.Random()`, `collections.deque()`): `cls` defines `b` in its own
/// namespace and `v` already has `cls` as its class. Such an object is used as it is, as
/// CPython's C types are; only a script subclass (which inherits `__new__`) gets an instance
/// wrapping the native value, for its `__dict__`.
fn is_native_of_own_class(cls: &Rc<Class>, b: &BuiltinFunction, v: &Value) -> bool {
    let Value::Native(n) = v else { return false };
    if !Rc::ptr_eq(&n.class(), cls) {
        return false;
    }
    let own = cls.dict.borrow().get_str("__new__");
    matches!(own, Some(Value::Builtin(nb)) if std::ptr::eq(&*nb, b))
}

/// The fast half of the wrong-`self` check: true when `this` is a plain value of the method's
/// owner type (the usual `xs.append(v)`), or the owner is not a core type. Kept to a match on
/// the value's variant so bound calls pay next to nothing.
#[inline]
fn self_matches_owner(b: &BuiltinFunction, this: &Value) -> bool {
    use crate::object::function::OwnerKind as O;
    match b.owner_kind {
        // Methods of other classes check their own `self` (`check_builtin_self` has nothing to
        // check for them), and every value is an `object`.
        O::Unowned | O::Object | O::Other => true,
        O::List => matches!(this, Value::List(_)),
        O::Str => matches!(this, Value::Str(_)),
        O::Dict => matches!(this, Value::Dict(_)),
        O::Int => matches!(this, Value::Int(_) | Value::BigInt(_) | Value::Bool(_)),
        O::Bool => matches!(this, Value::Bool(_)),
        O::Tuple => matches!(this, Value::Tuple(_)),
        O::Float => matches!(this, Value::Float(_)),
        O::Set => matches!(this, Value::Set(_)),
        O::Bytes => matches!(this, Value::Bytes(_)),
        O::ByteArray => matches!(this, Value::ByteArray(_)),
        O::FrozenSet => matches!(this, Value::FrozenSet(_)),
        O::Complex => matches!(this, Value::Complex(_)),
        O::Range => matches!(this, Value::Range(_)),
        O::NoneType => matches!(this, Value::None),
    }
}
