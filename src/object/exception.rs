//! Exceptions as values: the built-in exception hierarchy table, `PyErr`, and exception state.
//!
//! Native code raises a `PyErr::new(ExcKind::ValueError, msg)` without touching the VM; the
//! instance is created lazily ("materialised") only when script code can observe it (an
//! `except` clause, `__traceback__`, printing). A `for` loop ending on StopIteration therefore
//! never allocates an exception object.

use std::cell::RefCell;
use std::rc::Rc;

use super::{Instance, Value};

macro_rules! exc_kinds {
    ($( $kind:ident : $base:ident , $module:literal ;)*) => {
        /// The built-in exception classes, in creation order (every base precedes its subclasses).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum ExcKind { $($kind,)* }

        impl ExcKind {
            pub const ALL: &'static [ExcKind] = &[$(ExcKind::$kind,)*];
            pub fn name(self) -> &'static str {
                match self { $(ExcKind::$kind => stringify!($kind),)* }
            }
            /// The direct base (BaseException is its own base here).
            pub fn base(self) -> ExcKind {
                match self { $(ExcKind::$kind => ExcKind::$base,)* }
            }
            /// `__module__` of the class.
            pub fn module(self) -> &'static str {
                match self { $(ExcKind::$kind => $module,)* }
            }
        }
    };
}

exc_kinds! {
    BaseException: BaseException, "builtins";
    BaseExceptionGroup: BaseException, "builtins";
    GeneratorExit: BaseException, "builtins";
    KeyboardInterrupt: BaseException, "builtins";
    SystemExit: BaseException, "builtins";
    CancelledError: BaseException, "asyncio.exceptions";
    Exception: BaseException, "builtins";
    ArithmeticError: Exception, "builtins";
    FloatingPointError: ArithmeticError, "builtins";
    OverflowError: ArithmeticError, "builtins";
    ZeroDivisionError: ArithmeticError, "builtins";
    AssertionError: Exception, "builtins";
    AttributeError: Exception, "builtins";
    BufferError: Exception, "builtins";
    EOFError: Exception, "builtins";
    ExceptionGroup: BaseExceptionGroup, "builtins";
    ImportError: Exception, "builtins";
    ModuleNotFoundError: ImportError, "builtins";
    LookupError: Exception, "builtins";
    IndexError: LookupError, "builtins";
    KeyError: LookupError, "builtins";
    MemoryError: Exception, "builtins";
    NameError: Exception, "builtins";
    UnboundLocalError: NameError, "builtins";
    OSError: Exception, "builtins";
    BlockingIOError: OSError, "builtins";
    ChildProcessError: OSError, "builtins";
    ConnectionError: OSError, "builtins";
    BrokenPipeError: ConnectionError, "builtins";
    ConnectionAbortedError: ConnectionError, "builtins";
    ConnectionRefusedError: ConnectionError, "builtins";
    ConnectionResetError: ConnectionError, "builtins";
    FileExistsError: OSError, "builtins";
    FileNotFoundError: OSError, "builtins";
    InterruptedError: OSError, "builtins";
    IsADirectoryError: OSError, "builtins";
    NotADirectoryError: OSError, "builtins";
    PermissionError: OSError, "builtins";
    ProcessLookupError: OSError, "builtins";
    TimeoutError: OSError, "builtins";
    ReferenceError: Exception, "builtins";
    RuntimeError: Exception, "builtins";
    NotImplementedError: RuntimeError, "builtins";
    RecursionError: RuntimeError, "builtins";
    StopAsyncIteration: Exception, "builtins";
    StopIteration: Exception, "builtins";
    SyntaxError: Exception, "builtins";
    IndentationError: SyntaxError, "builtins";
    TabError: IndentationError, "builtins";
    SystemError: Exception, "builtins";
    TypeError: Exception, "builtins";
    ValueError: Exception, "builtins";
    UnicodeError: ValueError, "builtins";
    UnicodeDecodeError: UnicodeError, "builtins";
    UnicodeEncodeError: UnicodeError, "builtins";
    UnicodeTranslateError: UnicodeError, "builtins";
    InvalidStateError: Exception, "asyncio.exceptions";
    Warning: Exception, "builtins";
    BytesWarning: Warning, "builtins";
    DeprecationWarning: Warning, "builtins";
    EncodingWarning: Warning, "builtins";
    FutureWarning: Warning, "builtins";
    ImportWarning: Warning, "builtins";
    PendingDeprecationWarning: Warning, "builtins";
    ResourceWarning: Warning, "builtins";
    RuntimeWarning: Warning, "builtins";
    SyntaxWarning: Warning, "builtins";
    UnicodeWarning: Warning, "builtins";
    UserWarning: Warning, "builtins";
}

/// One traceback entry: a frame's code and the instruction that was executing.
#[derive(Clone)]
pub struct TbEntry {
    pub code: Rc<crate::vm::CodeObj>,
    pub instr: u32,
    /// The frame's local variables, when the exception ended the frame: as CPython's traceback
    /// keeps its frames, what they name lives as long as the exception does (a coroutine that
    /// was never awaited warns, and a `__del__` runs, when the exception goes, not before).
    pub locals: Option<Rc<Vec<Option<Value>>>>,
}

/// The state every exception instance carries (CPython's BaseException fields).
#[derive(Default)]
pub struct ExcData {
    pub args: Vec<Value>,
    /// Innermost entry first (entries are appended as the exception travels outwards).
    pub traceback: Vec<TbEntry>,
    pub cause: Option<Value>,
    pub context: Option<Value>,
    pub suppress_context: bool,
    pub notes: Vec<Value>,
    /// Arguments of a function corio implements natively but CPython in Python (such as
    /// `asyncio.create_task`), kept alive by the exception it raised as the function's frame in
    /// CPython's traceback would: a coroutine passed to it warns "never awaited" when the
    /// exception goes (at shutdown for an uncaught one), not before the traceback is printed.
    pub kept_alive: Vec<Value>,
    /// The C-level members CPython keeps outside `__dict__` (`ImportError.name`,
    /// `AttributeError.obj`, `OSError.filename`, a `SystemExit.code` a script assigned, ...),
    /// by name.
    pub fields: Vec<(Rc<str>, Value)>,
}

impl ExcData {
    /// Member `name`, when it was set.
    pub fn field(&self, name: &str) -> Option<Value> {
        self.fields.iter().find(|(n, _)| &**n == name).map(|(_, v)| v.clone())
    }

    /// Set member `name`, handing back the value it replaces (for the caller to drop after
    /// releasing the borrow).
    pub fn set_field(&mut self, name: &str, value: Value) -> Option<Value> {
        match self.fields.iter_mut().find(|(n, _)| &**n == name) {
            Some((_, v)) => Some(std::mem::replace(v, value)),
            None => {
                self.fields.push((Rc::from(name), value));
                None
            }
        }
    }
}

/// Member `name` of exception instance `inst` (see `ExcData::fields`).
pub fn exc_field(inst: &Instance, name: &str) -> Option<Value> {
    exc_data(inst).and_then(|d| d.borrow().field(name))
}

/// Set member `name` of exception instance `inst`.
pub fn set_exc_field(inst: &Instance, name: &str, value: Value) {
    if let Some(d) = exc_data(inst) {
        let old = d.borrow_mut().set_field(name, value);
        drop(old);
    }
}

/// A raised exception travelling through Rust code: one pointer, so a `PyResult<Value>` is
/// two words and comes back in registers.
#[derive(Clone)]
pub struct PyErr(Box<ErrState>);

/// What a `PyErr` holds.
#[derive(Clone)]
pub enum ErrState {
    /// A built-in exception not yet turned into an instance.
    Lazy { kind: ExcKind, args: Vec<Value> },
    /// An exception instance.
    Obj(Rc<Instance>),
}

pub type PyResult<T> = Result<T, PyErr>;

impl std::fmt::Debug for PyErr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.state() {
            ErrState::Lazy { kind, args } => write!(f, "{}{:?}", kind.name(), args),
            ErrState::Obj(i) => write!(f, "<{} instance>", i.class().name()),
        }
    }
}

impl PyErr {
    /// A raised exception instance.
    pub fn from_instance(inst: Rc<Instance>) -> PyErr {
        PyErr(Box::new(ErrState::Obj(inst)))
    }
    pub fn state(&self) -> &ErrState {
        &self.0
    }
    pub fn state_mut(&mut self) -> &mut ErrState {
        &mut self.0
    }
    pub fn into_state(self) -> ErrState {
        *self.0
    }
    /// A built-in exception with one string argument.
    pub fn new(kind: ExcKind, msg: impl Into<String>) -> PyErr {
        PyErr::with_args(kind, vec![Value::string(msg.into())])
    }
    pub fn with_args(kind: ExcKind, args: Vec<Value>) -> PyErr {
        PyErr(Box::new(ErrState::Lazy { kind, args }))
    }
    pub fn type_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::TypeError, msg)
    }
    pub fn value_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::ValueError, msg)
    }
    pub fn index_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::IndexError, msg)
    }
    pub fn attribute_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::AttributeError, msg)
    }
    pub fn runtime_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::RuntimeError, msg)
    }
    pub fn overflow_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::OverflowError, msg)
    }
    pub fn zero_division(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::ZeroDivisionError, msg)
    }
    pub fn key_error(key: Value) -> PyErr {
        PyErr::with_args(ExcKind::KeyError, vec![key])
    }
    pub fn stop_iteration(value: Option<Value>) -> PyErr {
        PyErr::with_args(ExcKind::StopIteration, value.into_iter().collect())
    }

    /// True when this is a lazily created exception of exactly `kind`.
    pub fn is_lazy(&self, kind: ExcKind) -> bool {
        matches!(self.state(), ErrState::Lazy { kind: k, .. } if *k == kind)
    }
}

impl From<crate::text::TextError> for PyErr {
    fn from(e: crate::text::TextError) -> PyErr {
        use crate::text::TextError;
        match e {
            TextError::Value(m) => PyErr::value_error(m),
            TextError::Type(m) => PyErr::type_error(m),
            TextError::Overflow(m) => PyErr::overflow_error(m),
            TextError::Index(m) => PyErr::index_error(m),
            TextError::Key(m) => PyErr::new(ExcKind::KeyError, m),
        }
    }
}

/// Exception data of an exception instance.
pub fn exc_data(inst: &Instance) -> Option<&RefCell<ExcData>> {
    match &inst.payload {
        super::Payload::Exception(d) => Some(d),
        _ => None,
    }
}
