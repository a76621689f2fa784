//! `_collections.deque`: a native double-ended queue on `VecDeque`, so `append`/`popleft`
//! are O(1) as in CPython (asyncio's queues and locks keep their waiters in deques).
//! Messages, reprs and the mutation-during-iteration check follow CPython's `_collectionsmodule.c`.

use crate::object::BoolWord;
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

use super::native_value;
use crate::builtins::{arg, def_getter, def_new, int_arg, native};
use crate::object::function::NativeKind;
use crate::object::class::Layout;
use crate::object::{Args, Class, ExcKind, NativeObject, PyErr, PyResult, Value};
use crate::vm::types::new_class_with;
use crate::vm::Vm;

pub struct Deque {
    items: RefCell<VecDeque<Value>>,
    maxlen: Cell<Option<usize>>,
    /// Bumped by every mutation; iterators compare it to detect "deque mutated during iteration".
    state: Cell<u64>,
    class: Rc<Class>,
}

impl NativeObject for Deque {
    fn class(&self) -> Rc<Class> {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl Deque {
    fn touch(&self) {
        self.state.set(self.state.get().wrapping_add(1));
    }

    /// Append on the right, dropping from the left when at `maxlen` (CPython's bounded deque).
    fn push_back(&self, v: Value) {
        let mut items = self.items.borrow_mut();
        if self.maxlen.get() == Some(0) {
            return;
        }
        items.push_back(v);
        if let Some(m) = self.maxlen.get() {
            while items.len() > m {
                items.pop_front();
            }
        }
        drop(items);
        self.touch();
    }

    fn push_front(&self, v: Value) {
        let mut items = self.items.borrow_mut();
        if self.maxlen.get() == Some(0) {
            return;
        }
        items.push_front(v);
        if let Some(m) = self.maxlen.get() {
            while items.len() > m {
                items.pop_back();
            }
        }
        drop(items);
        self.touch();
    }

    pub fn len(&self) -> usize {
        self.items.borrow().len()
    }

    /// `append` for native callers (asyncio's queues and locks).
    pub fn append(&self, v: Value) {
        self.push_back(v);
    }

    /// `popleft` for native callers; None when empty.
    pub fn pop_left(&self) -> Option<Value> {
        let v = self.items.borrow_mut().pop_front();
        self.touch();
        v
    }

    /// The leftmost item, if any.
    pub fn first(&self) -> Option<Value> {
        self.items.borrow().front().cloned()
    }

    /// Remove the first item that is `v` (identity: asyncio's waiter futures compare so).
    /// False when absent.
    pub fn remove_identical(&self, v: &Value) -> bool {
        let mut items = self.items.borrow_mut();
        let Some(i) = items.iter().position(|x| x.is(v)) else { return false };
        items.remove(i);
        drop(items);
        self.touch();
        true
    }

    /// Whether `pred` holds for every item (stops at the first miss). `pred` must not run
    /// script code: the deque stays borrowed.
    pub fn all(&self, pred: impl Fn(&Value) -> bool) -> bool {
        self.items.borrow().iter().all(pred)
    }

    /// Every item (for scans that may run script code on them).
    pub fn snapshot(&self) -> Vec<Value> {
        self.items.borrow().iter().cloned().collect()
    }
}

struct DequeIter {
    deque: crate::object::NativeRef,
    index: Cell<usize>,
    state: u64,
    reversed: bool,
    class: Rc<Class>,
}

impl NativeObject for DequeIter {
    fn class(&self) -> Rc<Class> {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

pub fn install(vm: &mut Vm, dict: &mut crate::object::PyDict) -> PyResult<()> {
    let cls = new_class_with("deque", &[vm.types.object.clone()], Layout::Builtin, None)?;
    cls.collection_flags.set(crate::object::class::COLLECTION_SEQUENCE);
    cls.dict.borrow_mut().set_str("__module__", Value::str("collections"));
    *cls.tp_name.borrow_mut() = Some(std::rc::Rc::from("collections.deque"));
    cls.dict.borrow_mut().set_str("__hash__", Value::None);
    def_new(&cls, deque_new);
    let methods: [(&str, crate::object::NativeFn); 33] = [
        ("__init__", deque_init),
        ("append", append),
        ("appendleft", appendleft),
        ("pop", pop),
        ("popleft", popleft),
        ("extend", extend),
        ("extendleft", extendleft),
        ("clear", clear),
        ("copy", copy),
        ("__copy__", copy),
        ("count", count),
        ("index", index),
        ("insert", insert),
        ("remove", remove),
        ("reverse", reverse),
        ("rotate", rotate),
        ("__len__", len),
        ("__iter__", iter),
        ("__reversed__", reversed),
        ("__contains__", contains),
        ("__getitem__", getitem),
        ("__setitem__", setitem),
        ("__delitem__", delitem),
        ("__repr__", repr),
        ("__eq__", eq),
        ("__ne__", ne),
        ("__lt__", lt),
        ("__le__", le),
        ("__gt__", gt),
        ("__ge__", ge),
        ("__add__", add),
        ("__iadd__", iadd),
        ("__mul__", mul),
    ];
    for (name, f) in methods.into_iter().chain([("__rmul__", mul as crate::object::NativeFn), ("__imul__", imul)]) {
        if name.starts_with("__") {
            def_slot(&cls, name, f);
        } else {
            // Plain methods are owned, so `deque.append.__qualname__` is "deque.append" and its
            // repr names 'collections.deque'.
            crate::builtins::def_method_owned(&cls, name, f, "collections.deque");
        }
    }
    def_getter(&cls, "maxlen", maxlen);
    // matches CPython: `deque[int]` is a `types.GenericAlias`.
    crate::builtins::def_classmethod(&cls, "__class_getitem__", crate::builtins::base_dunders::class_getitem);
    dict.set_str("deque", Value::Class(cls));

    for name in ["_deque_iterator", "_deque_reverse_iterator"] {
        let it = vm.iterator_class(name);
        it.dict.borrow_mut().set_str("__module__", Value::str("_collections"));
        def_slot(&it, "__iter__", iter_self);
        def_slot(&it, "__next__", iter_next);
    }
    Ok(())
}

/// A method the VM's generic protocol paths call like a Python-level method: registered
/// without an owner, since an owned native method marks a slot the VM implements inline
/// for the core value types.
fn def_slot(cls: &Rc<Class>, name: &str, f: crate::object::NativeFn) {
    cls.dict.borrow_mut().set_str(name, native(name, f, NativeKind::Method, None));
}

/// The `Deque` behind `v` (a deque or an instance of a subclass).
fn this(vm: &Vm, v: &Value) -> PyResult<(crate::object::NativeRef, Value)> {
    let inner = native_value(v);
    if let Value::Native(n) = &inner {
        if n.as_any().is::<Deque>() {
            return Ok((n.clone(), inner));
        }
    }
    Err(PyErr::type_error(format!("descriptor requires a 'collections.deque' object but received a '{}'", vm.type_name(v))))
}

fn with<R>(vm: &Vm, v: &Value, f: impl FnOnce(&Deque) -> R) -> PyResult<R> {
    // A deque itself (not a subclass instance): borrowed as it is, no reference counting.
    if let Value::Native(n) = v {
        if let Some(d) = n.as_any().downcast_ref::<Deque>() {
            return Ok(f(d));
        }
    }
    let (n, _) = this(vm, v)?;
    let d = n.as_any().downcast_ref::<Deque>().expect("this() checked the type");
    Ok(f(d))
}

fn is_deque(v: &Value) -> bool {
    matches!(native_value(v), Value::Native(n) if n.as_any().is::<Deque>())
}

fn deque_new(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Value::Class(cls) = arg(&args, 0) else {
        return Err(PyErr::type_error("deque.__new__(X): X is not a type object"));
    };
    Ok(Value::Native(crate::object::NativeRef::new(Deque {
        items: RefCell::new(VecDeque::new()),
        maxlen: Cell::new(None),
        state: Cell::new(0),
        class: cls,
    })))
}

/// `deque(iterable=(), maxlen=None)`: re-initialising clears first, as CPython does.
fn deque_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() > 3 {
        return Err(PyErr::type_error(format!("deque expected at most 2 arguments, got {}", args.pos.len() - 1)));
    }
    let maxlen = match args.arg(2, "maxlen") {
        None | Some(Value::None) => None,
        Some(v) => {
            // matches CPython: maxlen is a Py_ssize_t.
            if let Value::BigInt(_) = v {
                return Err(PyErr::overflow_error("Python int too large to convert to C ssize_t"));
            }
            let m = int_arg(vm, v, "an integer is required")?;
            if m < 0 {
                return Err(PyErr::value_error("maxlen must be non-negative"));
            }
            Some(m as usize)
        }
    };
    let source = args.arg(1, "iterable").cloned();
    let items = match &source {
        Some(v) => vm.collect_iterable(v)?,
        None => Vec::new(),
    };
    with(vm, &args.pos[0], |d| {
        d.items.borrow_mut().clear();
        d.maxlen.set(maxlen);
        for v in items {
            d.push_back(v);
        }
        d.touch();
    })?;
    Ok(Value::None)
}

fn append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    one_arg("append", &args)?;
    with(vm, &args.pos[0], |d| d.push_back(args.pos[1].clone()))?;
    Ok(Value::None)
}

fn appendleft(vm: &mut Vm, args: Args) -> PyResult<Value> {
    one_arg("appendleft", &args)?;
    with(vm, &args.pos[0], |d| d.push_front(args.pos[1].clone()))?;
    Ok(Value::None)
}

fn one_arg(name: &str, args: &Args) -> PyResult<()> {
    if args.pos.len() != 2 {
        return Err(PyErr::type_error(format!("deque.{name}() takes exactly one argument ({} given)", args.pos.len().saturating_sub(1))));
    }
    Ok(())
}

fn pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = with(vm, &args.pos[0], |d| {
        let v = d.items.borrow_mut().pop_back();
        d.touch();
        v
    })?;
    v.ok_or_else(|| PyErr::index_error("pop from an empty deque"))
}

fn popleft(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = with(vm, &args.pos[0], |d| {
        let v = d.items.borrow_mut().pop_front();
        d.touch();
        v
    })?;
    v.ok_or_else(|| PyErr::index_error("pop from an empty deque"))
}

fn extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    one_arg("extend", &args)?;
    // Collect first: `d.extend(d)` must see the deque as it was.
    let items = vm.collect_iterable(&args.pos[1])?;
    with(vm, &args.pos[0], |d| items.into_iter().for_each(|v| d.push_back(v)))?;
    Ok(Value::None)
}

fn extendleft(vm: &mut Vm, args: Args) -> PyResult<Value> {
    one_arg("extendleft", &args)?;
    let items = vm.collect_iterable(&args.pos[1])?;
    with(vm, &args.pos[0], |d| items.into_iter().for_each(|v| d.push_front(v)))?;
    Ok(Value::None)
}

fn clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    // Drop the items after releasing the borrow: their finalizers may touch the deque.
    let old = with(vm, &args.pos[0], |d| {
        d.touch();
        std::mem::take(&mut *d.items.borrow_mut())
    })?;
    drop(old);
    Ok(Value::None)
}

/// A new deque of the same type (subclasses are built by calling the type, as CPython does).
fn make_like(vm: &mut Vm, model: &Value, items: Vec<Value>, maxlen: Option<usize>) -> PyResult<Value> {
    let cls = vm.type_of(model);
    let max = maxlen.map_or(Value::None, |m| Value::Int(m as i64));
    vm.call(&Value::Class(cls), vec![Value::list(items), max])
}

fn copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (items, maxlen) = with(vm, &args.pos[0], |d| (d.snapshot(), d.maxlen.get()))?;
    make_like(vm, &args.pos[0], items, maxlen)
}

fn count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    one_arg("count", &args)?;
    let (items, state) = with(vm, &args.pos[0], |d| (d.snapshot(), d.state.get()))?;
    let mut n = 0;
    for v in &items {
        if vm.eq(v, &args.pos[1])? {
            n += 1;
        }
        if with(vm, &args.pos[0], |d| d.state.get())? != state {
            return Err(PyErr::runtime_error("deque mutated during iteration"));
        }
    }
    Ok(Value::Int(n))
}

fn clamp_index(vm: &mut Vm, v: Option<&Value>, len: usize, default: usize) -> PyResult<usize> {
    let Some(v) = v else { return Ok(default) };
    let i = int_arg(vm, v, "slice indices must be integers or have an __index__ method")?;
    Ok(if i < 0 { (i + len as i64).max(0) as usize } else { (i as usize).min(len) })
}

fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() < 2 || args.pos.len() > 4 {
        return Err(PyErr::type_error(format!("index expected at least 1 argument, got {}", args.pos.len().saturating_sub(1))));
    }
    let (items, state) = with(vm, &args.pos[0], |d| (d.snapshot(), d.state.get()))?;
    let start = clamp_index(vm, args.pos.get(2), items.len(), 0)?;
    let stop = clamp_index(vm, args.pos.get(3), items.len(), items.len())?;
    for (i, v) in items.iter().enumerate().take(stop).skip(start) {
        if vm.eq(v, &args.pos[1])? {
            return Ok(Value::Int(i as i64));
        }
        if with(vm, &args.pos[0], |d| d.state.get())? != state {
            return Err(PyErr::runtime_error("deque mutated during iteration"));
        }
    }
    let r = vm.repr(&args.pos[1])?;
    Err(PyErr::value_error(format!("{r} is not in deque")))
}

fn insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() != 3 {
        return Err(PyErr::type_error(format!("insert expected 2 arguments, got {}", args.pos.len().saturating_sub(1))));
    }
    let i = int_arg(vm, &args.pos[1], "an integer is required")?;
    let full = with(vm, &args.pos[0], |d| d.maxlen.get() == Some(d.items.borrow().len()))?;
    if full {
        return Err(PyErr::index_error("deque already at its maximum size"));
    }
    with(vm, &args.pos[0], |d| {
        let mut items = d.items.borrow_mut();
        let len = items.len() as i64;
        let at = if i < 0 { (i + len).max(0) } else { i.min(len) } as usize;
        items.insert(at, args.pos[2].clone());
        drop(items);
        d.touch();
    })?;
    Ok(Value::None)
}

fn remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    one_arg("remove", &args)?;
    // Item by item, not a snapshot: removing near the front (asyncio's waiters) is O(1).
    let state = with(vm, &args.pos[0], |d| d.state.get())?;
    let mut i = 0;
    while let Some(v) = with(vm, &args.pos[0], |d| d.items.borrow().get(i).cloned())? {
        i += 1;
        let found = v.is(&args.pos[1]) || vm.eq(&v, &args.pos[1])?;
        if with(vm, &args.pos[0], |d| d.state.get())? != state {
            return Err(PyErr::index_error("deque mutated during remove()."));
        }
        if found {
            let removed = with(vm, &args.pos[0], |d| {
                d.touch();
                d.items.borrow_mut().remove(i - 1)
            })?;
            drop(removed);
            return Ok(Value::None);
        }
    }
    let r = vm.repr(&args.pos[1])?;
    Err(PyErr::value_error(format!("{r} is not in deque")))
}

fn reverse(vm: &mut Vm, args: Args) -> PyResult<Value> {
    with(vm, &args.pos[0], |d| {
        d.items.borrow_mut().make_contiguous().reverse();
        d.touch();
    })?;
    Ok(Value::None)
}

fn rotate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = match args.pos.get(1) {
        Some(v) => crate::builtins::ssize_arg(vm, v)?,
        None => 1,
    };
    with(vm, &args.pos[0], |d| {
        let mut items = d.items.borrow_mut();
        let len = items.len() as i64;
        if len > 1 {
            let k = n.rem_euclid(len) as usize;
            items.rotate_right(k);
        }
        drop(items);
        d.touch();
    })?;
    Ok(Value::None)
}

fn len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    with(vm, &args.pos[0], |d| Value::Int(d.items.borrow().len() as i64))
}

fn maxlen(vm: &mut Vm, args: Args) -> PyResult<Value> {
    with(vm, &args.pos[0], |d| d.maxlen.get().map_or(Value::None, |m| Value::Int(m as i64)))
}

fn make_iter(vm: &mut Vm, args: &Args, reversed: bool) -> PyResult<Value> {
    let (n, _) = this(vm, &args.pos[0])?;
    let d = n.as_any().downcast_ref::<Deque>().expect("this() checked the type");
    let state = d.state.get();
    let class = vm.iterator_class(if reversed { "_deque_reverse_iterator" } else { "_deque_iterator" });
    Ok(Value::Native(crate::object::NativeRef::new(DequeIter { deque: n.clone(), index: Cell::new(0), state, reversed, class })))
}

fn iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    make_iter(vm, &args, false)
}

fn reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    make_iter(vm, &args, true)
}

fn iter_self(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(arg(&args, 0))
}

fn iter_next(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Value::Native(n) = &args.pos[0] else { return Err(PyErr::type_error("expected a deque iterator")) };
    let Some(it) = n.as_any().downcast_ref::<DequeIter>() else { return Err(PyErr::type_error("expected a deque iterator")) };
    let d = it.deque.as_any().downcast_ref::<Deque>().expect("a deque iterator holds a deque");
    if d.state.get() != it.state {
        return Err(PyErr::runtime_error("deque mutated during iteration"));
    }
    let items = d.items.borrow();
    let i = it.index.get();
    if i >= items.len() {
        return Err(PyErr::stop_iteration(None));
    }
    it.index.set(i + 1);
    let at = if it.reversed { items.len() - 1 - i } else { i };
    Ok(items[at].clone())
}

fn contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (items, state) = with(vm, &args.pos[0], |d| (d.snapshot(), d.state.get()))?;
    for v in &items {
        if vm.eq(v, &args.pos[1])? {
            return Ok(Value::Bool(BoolWord::TRUE));
        }
        if with(vm, &args.pos[0], |d| d.state.get())? != state {
            return Err(PyErr::runtime_error("deque mutated during iteration"));
        }
    }
    Ok(Value::Bool(BoolWord::FALSE))
}

fn position(vm: &mut Vm, this_: &Value, key: &Value) -> PyResult<usize> {
    let Some(i) = vm.index_value(key)? else {
        return Err(PyErr::type_error(format!("sequence index must be integer, not '{}'", vm.type_name(key))));
    };
    let len = with(vm, this_, |d| d.items.borrow().len())?;
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        return Err(PyErr::index_error("deque index out of range"));
    }
    Ok(j as usize)
}

fn getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let i = position(vm, &args.pos[0], &arg(&args, 1))?;
    with(vm, &args.pos[0], |d| d.items.borrow()[i].clone())
}

fn setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let i = position(vm, &args.pos[0], &arg(&args, 1))?;
    let old = with(vm, &args.pos[0], |d| std::mem::replace(&mut d.items.borrow_mut()[i], arg(&args, 2)))?;
    drop(old);
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let i = position(vm, &args.pos[0], &arg(&args, 1))?;
    let old = with(vm, &args.pos[0], |d| {
        d.touch();
        d.items.borrow_mut().remove(i)
    })?;
    drop(old);
    Ok(Value::None)
}

fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = &args.pos[0];
    let (items, maxlen) = with(vm, me, |d| (d.snapshot(), d.maxlen.get()))?;
    // Guard on the deque itself (not on `me`, which may be a subclass instance wrapping it).
    let (_, inner) = this(vm, me)?;
    if vm.repr_enter(&inner) {
        return Ok(Value::str("[...]"));
    }
    let body = vm.repr(&Value::list(items));
    vm.repr_leave(&inner);
    let name = vm.type_of(me).name();
    Ok(Value::string(match maxlen {
        Some(m) => format!("{name}({}, maxlen={m})", body?),
        None => format!("{name}({})", body?),
    }))
}

/// Rich comparison: deques compare with deques only, element-wise like lists.
fn compare(vm: &mut Vm, args: &Args, op: crate::bytecode::opcode::CompareOp) -> PyResult<Value> {
    let other = arg(args, 1);
    if !is_deque(&other) {
        return Ok(Value::NotImplemented);
    }
    let a = with(vm, &args.pos[0], |d| d.snapshot())?;
    let b = with(vm, &other, |d| d.snapshot())?;
    vm.compare(op, &Value::list(a), &Value::list(b))
}

fn eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, &args, crate::bytecode::opcode::CompareOp::Eq)
}
fn ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, &args, crate::bytecode::opcode::CompareOp::Ne)
}
fn lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, &args, crate::bytecode::opcode::CompareOp::Lt)
}
fn le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, &args, crate::bytecode::opcode::CompareOp::Le)
}
fn gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, &args, crate::bytecode::opcode::CompareOp::Gt)
}
fn ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, &args, crate::bytecode::opcode::CompareOp::Ge)
}

fn add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let other = arg(&args, 1);
    if !is_deque(&other) {
        return Err(PyErr::type_error(format!("can only concatenate deque (not \"{}\") to deque", vm.type_name(&other))));
    }
    let (mut items, maxlen) = with(vm, &args.pos[0], |d| (d.snapshot(), d.maxlen.get()))?;
    items.extend(with(vm, &other, |d| d.snapshot())?);
    make_like(vm, &args.pos[0], items, maxlen)
}

fn iadd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let items = vm.collect_iterable(&arg(&args, 1))?;
    with(vm, &args.pos[0], |d| items.into_iter().for_each(|v| d.push_back(v)))?;
    Ok(args.pos[0].clone())
}

fn repeat_count(vm: &mut Vm, v: &Value) -> PyResult<Option<usize>> {
    use num_traits::Signed;
    // matches CPython: a count past ssize_t is an OverflowError, not a huge repeat.
    if let Value::BigInt(b) = v {
        if b.is_positive() {
            return Err(PyErr::overflow_error("cannot fit 'int' into an index-sized integer"));
        }
    }
    Ok(vm.index_value(v)?.map(|n| n.max(0) as usize))
}

fn mul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(n) = repeat_count(vm, &arg(&args, 1))? else { return Ok(Value::NotImplemented) };
    let (items, maxlen) = with(vm, &args.pos[0], |d| (d.snapshot(), d.maxlen.get()))?;
    let keep = maxlen.unwrap_or(usize::MAX);
    let total = items.len().saturating_mul(n);
    if maxlen.is_none() && total > (1 << 28) {
        return Err(PyErr::new(ExcKind::MemoryError, ""));
    }
    // Only the last `maxlen` items survive; build just those.
    let skip = total.saturating_sub(keep);
    let out: Vec<Value> = (skip..total).map(|k| items[k % items.len().max(1)].clone()).collect();
    make_like(vm, &args.pos[0], out, maxlen)
}

fn imul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(n) = repeat_count(vm, &arg(&args, 1))? else { return Ok(Value::NotImplemented) };
    let items = with(vm, &args.pos[0], |d| d.snapshot())?;
    if items.len().saturating_mul(n) > (1 << 28) {
        return Err(PyErr::new(ExcKind::MemoryError, ""));
    }
    with(vm, &args.pos[0], |d| {
        d.items.borrow_mut().clear();
        for _ in 0..n {
            for v in &items {
                d.push_back(v.clone());
            }
        }
        d.touch();
    })?;
    Ok(args.pos[0].clone())
}
