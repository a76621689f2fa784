//! The value representation and the built-in object types.
//!
//! `Value` is a tagged union: small immutable values (None, bool, small int, float) are stored
//! inline; everything else is reference counted (`Rc`), so an object dies when its last reference
//! goes, as in CPython. Mutable containers use `RefCell`; the VM never holds a borrow while it
//! calls back into script code.

pub mod addr_map;
pub mod class;
pub mod dict;
pub mod exception;
pub mod function;
pub mod generator;
pub mod hash;
pub mod int;
pub mod iter;
pub mod list_cell;
pub mod module;
pub mod native_ref;
pub mod rc_slice;
pub mod replaced_dict;
pub mod scalar_word;
pub mod set;
pub mod set_table;
pub mod slot_store;
pub mod str;

use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

use num_bigint::BigInt;

pub use class::{Class, Instance, Payload};
pub use dict::PyDict;
pub use exception::{ErrState, ExcKind, PyErr, PyResult};
pub use function::{ArgVec, Args, BoundMethod, BuiltinFunction, Function, NativeFn};
pub use generator::Generator;
pub use iter::IterObj;
pub use list_cell::ListCell;
pub use module::Module;
pub use native_ref::{NativeRc, NativeRef, NativeWeak};
pub use rc_slice::RcSlice;
pub use scalar_word::{BoolWord, FloatWord};
pub use set::PySet;
pub use str::PyStr;

/// A native object type implemented in Rust outside the core value set (futures, tasks, the
/// event loop, file objects, deques, regex patterns...). Its methods live in its class dict.
pub trait NativeObject: Any {
    fn class(&self) -> Rc<Class>;
    fn as_any(&self) -> &dyn Any;
    /// The object's `__dict__`, for the native types whose CPython counterparts have one
    /// (`_asyncio.Future` and `Task`): made on first need when `create`; None for the rest.
    fn instance_dict(&self, _create: bool) -> Option<Rc<RefCell<PyDict>>> {
        None
    }
    /// Whether `weakref.ref` accepts the object: true for the types whose CPython
    /// counterparts have a weak-reference slot (futures, tasks, the loop, handles).
    fn weakrefable(&self) -> bool {
        false
    }
}

#[derive(Clone)]
pub enum Value {
    None,
    NotImplemented,
    Ellipsis,
    /// `True`/`False` (a word, not a `bool`: see `scalar_word`).
    Bool(BoolWord),
    /// An int that fits in i64 (ints are normalised: never a BigInt in i64 range).
    Int(i64),
    /// A float, held as its bits (see `scalar_word`). Declared with the other variants that own
    /// nothing, so `discard` tests them with one comparison of the tag.
    Float(FloatWord),
    BigInt(Rc<BigInt>),
    /// `complex`: (real, imag), boxed so `Value` stays two words.
    Complex(Rc<(f64, f64)>),
    Str(Rc<PyStr>),
    Bytes(RcSlice<u8>),
    ByteArray(Rc<RefCell<Vec<u8>>>),
    Tuple(RcSlice<Value>),
    List(Rc<list_cell::ListCell>),
    Dict(Rc<RefCell<PyDict>>),
    Set(Rc<RefCell<PySet>>),
    FrozenSet(Rc<PySet>),
    /// `range(start, stop, step)`; bounds in i64 (larger ranges are rejected for now).
    Range(Rc<(i64, i64, i64)>),
    Slice(Rc<(Value, Value, Value)>),
    Function(Rc<Function>),
    Builtin(Rc<BuiltinFunction>),
    Method(Rc<BoundMethod>),
    Class(Rc<Class>),
    Instance(Rc<Instance>),
    Module(Rc<Module>),
    Generator(Rc<Generator>),
    Iter(Rc<RefCell<IterObj>>),
    Cell(Rc<RefCell<Option<Value>>>),
    Code(Rc<crate::vm::CodeObj>),
    Property(Rc<Property>),
    StaticMethod(Rc<Value>),
    ClassMethod(Rc<Value>),
    Super(Rc<(Rc<Class>, Value)>),
    Native(NativeRef),
}

/// `property(fget, fset, fdel, doc)`.
pub struct Property {
    pub fget: Value,
    pub fset: Value,
    pub fdel: Value,
    pub doc: PropDoc,
}

/// A property's `__doc__`: writable, as CPython's `prop_doc` member, and marked when it came
/// from the getter (CPython's `getter_doc`), which decides what `getter`/`setter`/`deleter`
/// copies pass on.
pub struct PropDoc {
    text: RefCell<Value>,
    from_getter: std::cell::Cell<bool>,
}

impl PropDoc {
    pub fn get(&self) -> Value {
        self.text.borrow().clone()
    }
    pub fn set(&self, v: Value) {
        *self.text.borrow_mut() = v;
    }
    pub fn from_getter(&self) -> bool {
        self.from_getter.get()
    }
    pub fn mark_from_getter(&self) {
        self.from_getter.set(true);
    }
}

impl From<Value> for PropDoc {
    fn from(v: Value) -> PropDoc {
        PropDoc { text: RefCell::new(v), from_getter: std::cell::Cell::new(false) }
    }
}

/// The empty string and the one-character Latin-1 strings are shared objects, as CPython's
/// `unicode_empty` and `LATIN1` singletons: `'' is str()`, `'abc'[0] is 'a'`. One table per
/// thread, never dropped: a thread's strings may outlive it in other threads' values.
fn small_str(s: &str) -> Option<Value> {
    thread_local! {
        static SMALL: std::mem::ManuallyDrop<Vec<std::cell::OnceCell<Rc<PyStr>>>> =
            std::mem::ManuallyDrop::new((0..257).map(|_| std::cell::OnceCell::new()).collect());
    }
    let mut chars = s.chars();
    let slot = match (chars.next(), chars.next()) {
        (None, _) => 256,
        (Some(c), None) if (c as u32) < 256 => c as usize,
        _ => return None,
    };
    SMALL
        .try_with(|t| Value::Str(t[slot].get_or_init(|| Rc::new(PyStr::new(s))).clone()))
        .ok()
}

impl Value {
    #[inline(always)]
    pub fn bool(b: bool) -> Value {
        Value::Bool(BoolWord::new(b))
    }
    #[inline(always)]
    pub fn float(x: f64) -> Value {
        // A NaN is a new object each time it is computed (see `scalar_word::tagged_nan`).
        if x.is_nan() {
            return Value::Float(scalar_word::tagged_nan(x));
        }
        Value::Float(FloatWord::new(x))
    }
    pub fn str(s: &str) -> Value {
        if s.len() <= 2 {
            if let Some(v) = small_str(s) {
                return v;
            }
        }
        Value::Str(Rc::new(PyStr::new(s)))
    }
    pub fn string(s: String) -> Value {
        if s.len() <= 2 {
            if let Some(v) = small_str(&s) {
                return v;
            }
        }
        Value::Str(Rc::new(PyStr::from_string(s)))
    }
    pub fn list(items: Vec<Value>) -> Value {
        Value::List(Rc::new(list_cell::ListCell::new(items)))
    }
    pub fn tuple(items: Vec<Value>) -> Value {
        if items.is_empty() {
            return Value::empty_tuple();
        }
        Value::Tuple(items.into())
    }

    /// `()`: one object per thread, as CPython's empty-tuple singleton (`tuple() is ()`).
    pub fn empty_tuple() -> Value {
        thread_local! {
            static EMPTY_TUPLE: RcSlice<Value> = RcSlice::from(Vec::new());
        }
        EMPTY_TUPLE.with(|t| Value::Tuple(t.clone()))
    }
    pub fn dict(d: PyDict) -> Value {
        Value::Dict(Rc::new(RefCell::new(d)))
    }
    pub fn from_bigint(b: BigInt) -> Value {
        int::normalize(b)
    }
    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    /// Identity (`is`): same object, or equal immediate values (CPython caches small ints and
    /// the singletons, so `is` on them behaves like this).
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::None, Value::None)
            | (Value::NotImplemented, Value::NotImplemented)
            | (Value::Ellipsis, Value::Ellipsis) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.get().to_bits() == b.get().to_bits(),
            _ => match (self.ptr(), other.ptr()) {
                (Some(a), Some(b)) => a == b,
                _ => false,
            },
        }
    }

    /// Address of the heap object, if any (used for `id()` and `is`).
    pub fn ptr(&self) -> Option<usize> {
        Some(match self {
            Value::BigInt(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Complex(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Str(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Bytes(r) => RcSlice::as_ptr(r) as usize,
            Value::ByteArray(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Tuple(r) => RcSlice::as_ptr(r) as usize,
            Value::List(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Dict(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Set(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::FrozenSet(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Range(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Slice(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Function(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Builtin(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Method(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Class(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Instance(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Module(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Generator(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Iter(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Cell(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Code(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Property(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::StaticMethod(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::ClassMethod(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Super(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Native(r) => NativeRef::as_ptr(r) as usize,
            Value::None | Value::NotImplemented | Value::Ellipsis | Value::Bool(_) | Value::Int(_) | Value::Float(_) => {
                return None
            }
        })
    }

    /// `clone`, with the scalar variants copied inline: the derived `clone` is an out-of-line
    /// call, which the dispatch loop's loads would pay for every small int.
    #[inline(always)]
    pub fn clone_fast(&self) -> Value {
        match self {
            Value::Int(i) => Value::Int(*i),
            Value::None => Value::None,
            Value::Bool(b) => Value::Bool(*b),
            _ => self.clone(),
        }
    }

    /// Drop, settling inline the variants that own nothing (None, bools, small ints, floats):
    /// the drop glue is an out-of-line call through a jump table, which the dispatch loop
    /// would otherwise pay for every discarded small int.
    #[inline(always)]
    pub fn discard(self) {
        if matches!(self, Value::None | Value::NotImplemented | Value::Ellipsis | Value::Bool(_) | Value::Int(_) | Value::Float(_)) {
            // Nothing to release; `forget` keeps the drop glue from being called anyway.
            std::mem::forget(self);
        } else {
            drop(self);
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(s.as_str()),
            _ => None,
        }
    }

    /// The native object of type `T`, if this is one.
    pub fn downcast<T: 'static>(&self) -> Option<&T> {
        match self {
            Value::Native(n) => n.downcast::<T>(),
            _ => None,
        }
    }
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Value::None => write!(f, "None"),
            Value::Bool(b) => write!(f, "{}", if b.get() { "True" } else { "False" }),
            Value::Int(i) => write!(f, "{i}"),
            Value::BigInt(i) => write!(f, "{i}"),
            Value::Float(x) => write!(f, "{x:?}"),
            Value::Str(s) => write!(f, "{:?}", s.as_str()),
            other => write!(f, "<value at {:?}>", other.ptr()),
        }
    }
}

// Two words: the dispatch loop moves values through registers, and `PyResult<Value>` (an error
// is one pointer) is returned in a register pair.
const _: () = assert!(std::mem::size_of::<Value>() == 16);
const _: () = assert!(std::mem::size_of::<PyResult<Value>>() == 16);
