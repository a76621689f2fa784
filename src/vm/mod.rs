//! The virtual machine: owns the frame stack, the built-in types and the module registry.
//!
//! Script-to-script calls push frames onto `Vm::frames` and never recurse on the Rust stack.
//! Native code that calls back into script code goes through `Vm::call`, which runs a nested
//! dispatch loop and is depth-counted (RecursionError instead of a stack overflow).

pub mod attr;
pub mod attr_cache;
pub mod bytearray_items;
pub mod call;
pub mod containers;
pub mod finalize;
pub mod frame;
pub mod frame_stack;
pub mod generator;
pub mod indexing;
pub mod inline_gen;
pub mod interp;
pub mod iter;
pub mod kw_call;
pub mod names;
pub mod ops;
pub mod percent;
pub mod protocols;
pub mod quicken;
pub mod repr;
pub mod signals;
pub mod suggestions;
pub mod traceback;
pub mod types;
pub mod unraisable;
pub mod unwind;
pub mod value_stack;

use std::cell::RefCell;
use std::rc::Rc;

use crate::bytecode::{Code, Constant};
use crate::source::SourceText;
use crate::object::{Class, ExcKind, PyDict, PyErr, PyResult, Value};

pub use frame::{Block, Frame, FrameRole};
pub use types::Types;

/// A code object ready to run: the compiler's `Code` plus, built on first use, what the
/// dispatch loop reads (`ExecBody`).
///
/// Importing a module defines every function in it, but a program calls few of them: building
/// each body (quickened instructions, constant values, per-name caches) only when a frame first
/// runs it keeps that work off the import path.
pub struct CodeObj {
    pub code: Rc<Code>,
    /// The module source, for traceback lines.
    pub source: Option<SourceText>,
    /// A plain function body taking only positional-or-keyword parameters (no `*args`,
    /// `**kwargs`, keyword-only or captured parameters, not a generator): a call with exactly
    /// `arg_count` positional arguments moves them from the caller's stack into the new frame.
    pub simple_call: bool,
    /// The same shape for a generator, coroutine or async generator body: a call with exactly
    /// `arg_count` positional arguments fills the new frame the same way and returns the
    /// generator object.
    pub simple_gen_call: bool,
    /// Positional-or-keyword and keyword-only parameters only (no `*args`, `**kwargs` or
    /// captured parameters): a positional call that leaves parameters to their defaults can
    /// still fill the frame directly (`Vm::call_with_defaults`).
    pub defaults_call: bool,
    /// Frames of this code are left out of exception tracebacks: stdlib wrappers written in
    /// Python that CPython implements in C (`functools.partial.__call__`, the `lru_cache`
    /// wrapper, `itertools.accumulate`...), whose frames python3 never shows. Set by
    /// `_traceback._hide_frames`.
    pub hidden: std::cell::Cell<bool>,
    /// CPython's CO_ITERABLE_COROUTINE: set by `types.coroutine` on a generator function's code,
    /// so its generators can be awaited and may `yield from` coroutines.
    pub iterable_coroutine: std::cell::Cell<bool>,
    body: std::cell::OnceCell<ExecBody>,
    /// The str values of the module this code belongs to, shared by all its code objects (see
    /// `StrValues`).
    strs: Rc<RefCell<StrValues>>,
}

/// A code object in the form the dispatch loop executes (quickened instructions, constant values,
/// per-name caches), built by `CodeObj::body` on first use. Not to be confused with
/// `bytecode::CodeBody`, the compiler's instructions and constants it is built from.
pub struct ExecBody {
    /// `code.instructions` with superinstructions fused in (`quicken`).
    pub instrs: Box<[crate::bytecode::Instr]>,
    pub consts: Vec<Value>,
    /// `code.names` as str values (dict keys for globals and attributes).
    pub names: Vec<Value>,
    /// Per name index: where `LOAD_GLOBAL` last found that name (see `GlobalSlot`).
    pub global_cache: Box<[std::cell::Cell<GlobalSlot>]>,
    /// Per name index: where an attribute load last found that name in a module's dict
    /// (`asyncio.sleep`); valid while that dict keeps the same key layout.
    pub module_attr_cache: Box<[std::cell::Cell<(u64, u32)>]>,
    /// Per name index: what the class of the last instance accessed under that name holds
    /// (see `attr_cache`).
    pub attr_cache: attr_cache::AttrCache,
}

/// A remembered global-name lookup (CPython's LOAD_GLOBAL specialization): the name sat at
/// entry `index` of the globals dict (or, when `in_builtins`, of the builtins dict) while the
/// dicts had these key layouts. Values may change under a valid slot; keys may not.
#[derive(Clone, Copy, Default)]
pub struct GlobalSlot {
    pub globals_version: u64,
    pub builtins_version: u64,
    pub index: u32,
    pub in_builtins: bool,
}

impl CodeObj {
    /// Wrap a compiled module (or `exec`/REPL) `Code`; nested code constants become code
    /// objects when this one's body is built.
    pub fn new(code: Rc<Code>, source: Option<SourceText>) -> Rc<CodeObj> {
        CodeObj::build(code, &source, &Rc::new(RefCell::new(StrValues::default())))
    }

    fn build(code: Rc<Code>, source: &Option<SourceText>, strs: &Rc<RefCell<StrValues>>) -> Rc<CodeObj> {
        let simple_shape = !code.flags.varargs
            && !code.flags.varkeywords
            && code.kwonly_arg_count == 0
            && code.cell_args.is_empty()
            && !code.flags.uses_locals_mapping;
        let defaults_call =
            !code.flags.varargs && !code.flags.varkeywords && code.cell_args.is_empty() && !code.flags.uses_locals_mapping;
        let simple_call = simple_shape && !code.is_generator_like();
        let simple_gen_call = simple_shape && code.is_generator_like();
        Rc::new(CodeObj {
            code,
            source: source.clone(),
            simple_call,
            simple_gen_call,
            defaults_call,
            hidden: std::cell::Cell::new(false),
            iterable_coroutine: std::cell::Cell::new(false),
            body: std::cell::OnceCell::new(),
            strs: strs.clone(),
        })
    }

    /// The body, built the first time anything runs or inspects it.
    #[inline(always)]
    pub fn body(&self) -> &ExecBody {
        match self.body.get() {
            Some(b) => b,
            None => self.build_body(),
        }
    }

    #[cold]
    #[inline(never)]
    fn build_body(&self) -> &ExecBody {
        let code = &self.code;
        let (consts, names) = {
            let mut strs = self.strs.borrow_mut();
            let consts: Vec<Value> = code.body().constants.iter().map(|c| const_value(c, &self.source, &self.strs, &mut strs)).collect();
            let names: Vec<Value> = code.body().names.iter().map(|n| strs.value(n)).collect();
            (consts, names)
        };
        let global_cache = (0..names.len()).map(|_| Default::default()).collect();
        let module_attr_cache = (0..names.len()).map(|_| Default::default()).collect();
        let attr_cache = attr_cache::new_cache(names.len());
        let instrs = quicken::quicken(&code.body().instructions, &consts);
        self.body.get_or_init(|| ExecBody { instrs, consts, names, global_cache, module_attr_cache, attr_cache })
    }
}

/// The str values made for one module's code objects, by address of the compiler's string:
/// code objects read from the compiled-module cache share one `Rc<str>` per distinct string,
/// so a name used by many functions becomes one str object (as CPython interns identifiers)
/// instead of one allocation per use. Each entry keeps its `Rc<str>`, so an address stays that
/// string's for as long as the table lives (bodies are built lazily, after the module's own
/// `Code` may be gone).
#[derive(Default)]
struct StrValues(crate::object::addr_map::AddrMap<(Rc<str>, Value)>);

impl StrValues {
    fn value(&mut self, s: &Rc<str>) -> Value {
        let addr = Rc::as_ptr(s) as *const u8 as usize;
        self.0.entry(addr).or_insert_with(|| (s.clone(), Value::str(s))).1.clone()
    }
}

fn const_value(c: &Constant, source: &Option<SourceText>, shared: &Rc<RefCell<StrValues>>, strs: &mut StrValues) -> Value {
    match c {
        Constant::None => Value::None,
        Constant::Bool(b) => Value::bool(*b),
        Constant::Int(i) => Value::Int(*i),
        Constant::BigInt(s) => s
            .parse::<num_bigint::BigInt>()
            .map(Value::from_bigint)
            .unwrap_or(Value::Int(0)),
        Constant::Float(f) => Value::float(*f),
        Constant::Complex { real, imag } => Value::Complex(Rc::new((*real, *imag))),
        Constant::Str(s) => strs.value(s),
        Constant::Bytes(b) => Value::Bytes(b.clone()),
        Constant::Tuple(items) => Value::tuple(items.iter().map(|c| const_value(c, source, shared, strs)).collect()),
        Constant::Ellipsis => Value::Ellipsis,
        Constant::Code(code) => Value::Code(CodeObj::build(code.clone(), source, shared)),
    }
}

/// Loads modules by name (implemented by the importer; the VM does not know the file system).
pub trait ModuleLoader {
    /// Find the source of module `name` (dotted). Returns (source, filename, is_package).
    fn find_source(&self, name: &str, vm: &Vm) -> Option<(SourceText, String, bool)>;

    /// Whether a file for module `name` is on the search path (so it shadows a native module).
    fn on_path(&self, _name: &str, _vm: &Vm) -> bool {
        false
    }
}

pub struct Vm {
    /// Boxed so a suspended chain of frames moves as pointers when a task resumes.
    pub frames: frame_stack::FrameStack,
    pub builtins: Rc<RefCell<PyDict>>,
    pub types: Types,
    /// `sys.modules`
    pub modules: Rc<RefCell<PyDict>>,
    pub recursion_limit: usize,
    /// Nesting of Rust-level re-entries into the dispatch loop.
    pub native_depth: usize,
    /// Rust-level re-entries that run script frames (a frame run from native code, a generator
    /// resumed by `next()`): bounded by `RUST_REENTRY_CAP` to protect the Rust stack, but not
    /// counted against the recursion limit (only their frames are, as in CPython).
    pub rust_depth: usize,
    pub stdout: crate::builtins::io::OutStream,
    pub stderr: crate::builtins::io::OutStream,
    pub argv: Vec<String>,
    pub executable: String,
    pub loader: Option<Box<dyn ModuleLoader>>,
    /// Directory of the main script (first entry of `sys.path`).
    pub script_dir: String,
    /// Native module initialisers by name (`time`, `math`, `_asyncio`, ...).
    pub native_modules: Vec<(&'static str, fn(&mut Vm) -> PyResult<Value>)>,
    /// Exception currently being printed/handled by the top level (for `sys.exc_info` edge cases).
    pub interactive: bool,
    /// The running event loop's state, when any (owned by the runtime layer).
    pub runtime: Option<Box<dyn std::any::Any>>,
    /// Set by `Reraise` so the unwinder adds no traceback entry and no implicit chaining.
    pub reraise_pending: bool,
    /// A value yielded by a delegated iterator's `throw()` during a generator throw.
    pub pending_yield: Option<Value>,
    /// Set by `CallMethod` when its result goes straight into `await` and the callee is native.
    pub pending_await: bool,
    /// True while a native function runs whose result is awaited at once (`await q.get()`):
    /// it may then do its work eagerly, store the await's result in `ready_result` and return
    /// anything. No script code can run between such a call and the await's first step, so
    /// this is the same as returning a coroutine that completes on its first step. A native
    /// that uses this must `take()` it before calling anything else.
    pub await_next: bool,
    /// The completed await's value (see `await_next`).
    pub ready_result: Option<Value>,
    /// Set instead of `ready_result` by a native awaited at once whose await is a bare
    /// `yield` (`await asyncio.sleep(0)`, CPython's `__sleep0`): the frame suspends once with
    /// None and, resumed, gets the value sent in (None from a task step) as the await's result.
    pub yield_once: bool,
    /// The frame stacks of the callers of every generator chain being resumed from Rust,
    /// innermost last: a resumed chain runs on `frames` itself, swapped in and out whole, so
    /// resuming a task N awaits deep costs the same as one 1 deep.
    pub outer_stacks: Vec<Vec<Box<Frame>>>,
    /// Total frames in `outer_stacks` (they count toward the recursion limit).
    pub outer_depth: usize,
    /// Finished call frames kept for reuse, so a call allocates no frame, stack or locals.
    pub frame_pool: Vec<Box<Frame>>,
    /// Emptied frame-chain vectors, reused to suspend generators resumed inline
    /// (`inline_gen`) without an allocation per `yield`.
    pub chain_pool: Vec<Vec<Box<Frame>>>,
    /// The NULL marker `LoadMethod` pushes when no unbound method was found (never visible to scripts).
    pub null_marker: Rc<RefCell<Option<Value>>>,
    /// The one-character strs U+0000..U+00FF, made on first use and shared, as CPython's
    /// latin-1 singletons: iterating over or indexing a str allocates nothing for them.
    latin1: Box<[std::cell::OnceCell<Value>]>,
    /// Classes of built-in iterator types, created on first use.
    pub iterator_classes: RefCell<Vec<(&'static str, Rc<Class>)>>,
    /// Objects being repr'd (recursive containers print `[...]`).
    pub repr_stack: Vec<usize>,
    /// Where the most recent NameError was raised (for "Did you mean").
    pub last_name_error: Option<suggestions::NameErrorScope>,
    /// The runtime's fast path for sending into native awaitables (set by the asyncio layer).
    pub native_send_hook: Option<fn(&mut Vm, &Value, &Value) -> PyResult<Option<generator::SendResult>>>,
    /// Recognises native awaitable iterators (a Future's `__await__`), set by the asyncio layer.
    pub native_awaitable_check: Option<fn(&Value) -> bool>,
    /// Hands the GIL to a waiting thread at a safe point (set once a second thread starts).
    pub thread_switch_hook: Option<fn(&mut Vm)>,
    /// Python-level signal handlers by signal number (`signal.signal`); None or an int
    /// (SIG_DFL, SIG_IGN) where no callable is installed.
    pub signal_handlers: Vec<Value>,
}

impl Vm {
    pub fn new() -> Vm {
        let types = Types::new();
        let mut vm = Vm {
            frames: frame_stack::FrameStack::with_capacity(64),
            builtins: Rc::new(RefCell::new(PyDict::new())),
            types,
            modules: Rc::new(RefCell::new(PyDict::new())),
            recursion_limit: 1000,
            native_depth: 0,
            rust_depth: 0,
            stdout: crate::builtins::io::OutStream::stdout(),
            stderr: crate::builtins::io::OutStream::stderr(),
            argv: Vec::new(),
            executable: std::env::current_exe().map(|p| p.to_string_lossy().into_owned()).unwrap_or_default(),
            loader: None,
            script_dir: String::new(),
            native_modules: Vec::new(),
            interactive: false,
            runtime: None,
            reraise_pending: false,
            pending_yield: None,
            null_marker: Rc::new(RefCell::new(None)),
            latin1: (0..256).map(|_| std::cell::OnceCell::new()).collect(),
            frame_pool: Vec::new(),
            chain_pool: Vec::new(),
            outer_stacks: Vec::new(),
            outer_depth: 0,
            pending_await: false,
            await_next: false,
            ready_result: None,
            yield_once: false,
            iterator_classes: RefCell::new(Vec::new()),
            repr_stack: Vec::new(),
            last_name_error: None,
            native_send_hook: None,
            native_awaitable_check: None,
            thread_switch_hook: None,
            signal_handlers: Vec::new(),
        };
        crate::builtins::install(&mut vm);
        vm
    }

    /// The class object of a built-in exception kind.
    pub fn exc_class(&self, kind: ExcKind) -> Rc<Class> {
        self.types.exc[kind as usize].clone()
    }

    /// Run a module's code object with `globals` as its namespace.
    pub fn run_module_code(&mut self, code: Rc<CodeObj>, globals: Rc<RefCell<PyDict>>) -> PyResult<Value> {
        self.show_compile_warnings()?;
        let frame = Frame::new(code, globals, None);
        self.run_frame(frame)
    }

    /// A frame for a call of `code`, from the pool when one is free.
    pub fn alloc_frame(&mut self, code: Rc<CodeObj>, globals: Rc<RefCell<PyDict>>) -> Box<Frame> {
        match self.frame_pool.pop() {
            Some(mut f) => {
                f.reset(code, globals);
                f
            }
            None => Box::new(Frame::new(code, globals, None)),
        }
    }

    /// Return a finished call frame to the pool.
    #[inline]
    pub fn recycle_frame(&mut self, frame: Box<Frame>) {
        self.recycle_frame_inline(frame)
    }

    /// `recycle_frame` inlined into its caller: a plain call's return pays for no call of its own.
    #[inline(always)]
    pub fn recycle_frame_inline(&mut self, mut frame: Box<Frame>) {
        if self.frame_pool.len() < 32 {
            frame.release();
            self.frame_pool.push(frame);
        }
    }

    /// Run a frame to completion from Rust (depth counted).
    pub fn run_frame(&mut self, frame: Frame) -> PyResult<Value> {
        self.run_boxed_frame(Box::new(frame))
    }

    pub fn run_boxed_frame(&mut self, mut frame: Box<Frame>) -> PyResult<Value> {
        frame.role = FrameRole::Boundary;
        // The outermost run (a script's module, a thread's target) holds one counted level:
        // the frame checks compare the depth below a new frame with `>` where CPython's
        // `recursion_remaining-- <= 0` amounts to `>=`, and this level makes up the difference.
        // A frame run from native code deeper down holds no level (see `enter_rust`).
        let outermost = self.stack_depth() == 0;
        if outermost {
            self.enter_native()?;
        } else {
            self.enter_rust()?;
        }
        let base = self.frames.len();
        self.frames.push(frame);
        let r = self.run_frames(base);
        if outermost {
            self.native_depth -= 1;
        } else {
            self.rust_depth -= 1;
        }
        match r {
            Ok(interp::Exit::Return(v)) => Ok(v),
            Ok(interp::Exit::Yield { .. }) => Err(PyErr::new(ExcKind::SystemError, "frame yielded outside a generator")),
            Err(e) => Err(e),
        }
    }

    /// The str of the one character `c` (shared for U+0000..U+00FF).
    #[inline]
    pub fn char_str(&self, c: char) -> Value {
        match self.latin1.get(c as usize) {
            Some(cell) => cell.get_or_init(|| Value::string(c.to_string())).clone(),
            None => Value::string(c.to_string()),
        }
    }

    /// Script frames on the whole stack, the callers of resumed generator chains included.
    pub fn stack_depth(&self) -> usize {
        self.frames.len() + self.outer_depth
    }

    /// The frame `level` calls above the top one (0 = the top frame), across resumed chains.
    pub fn frame_at_depth(&self, level: usize) -> Option<&Frame> {
        let mut level = level;
        if level < self.frames.len() {
            return Some(&self.frames[self.frames.len() - 1 - level]);
        }
        level -= self.frames.len();
        for stack in self.outer_stacks.iter().rev() {
            if level < stack.len() {
                return Some(&stack[stack.len() - 1 - level]);
            }
            level -= stack.len();
        }
        None
    }

    /// Swap `chain` in as the running frame stack; the caller's frames wait in `outer_stacks`.
    pub fn enter_chain(&mut self, chain: Vec<Box<Frame>>) {
        let outer = self.frames.replace(chain);
        self.outer_depth += outer.len();
        self.outer_stacks.push(outer);
    }

    /// Undo `enter_chain`, returning what is left of the chain's frames.
    pub fn leave_chain(&mut self) -> Vec<Box<Frame>> {
        let outer = self.outer_stacks.pop().expect("leave_chain pairs with enter_chain");
        self.outer_depth -= outer.len();
        self.frames.replace(outer)
    }

    /// Count one more Rust-level re-entry; RecursionError past the limits.
    pub fn enter_native(&mut self) -> PyResult<()> {
        // The hard cap protects the Rust stack even if the user raises the recursion limit.
        if self.native_depth + self.rust_depth >= RUST_REENTRY_CAP || self.stack_depth() + self.native_depth > self.recursion_limit + 50 {
            return Err(PyErr::new(ExcKind::RecursionError, "maximum recursion depth exceeded"));
        }
        self.native_depth += 1;
        Ok(())
    }

    /// A Rust-level re-entry that runs script frames: CPython calls a Python function from C
    /// (a special method from a slot, a key function from `sorted`) without a level of its own,
    /// so only the frames about to run count against the limit (checked as a call from script
    /// code checks them). Pair with `rust_depth -= 1`.
    pub fn enter_rust(&mut self) -> PyResult<()> {
        if self.native_depth + self.rust_depth >= RUST_REENTRY_CAP || self.stack_depth() + self.native_depth > self.recursion_limit {
            return Err(PyErr::new(ExcKind::RecursionError, "maximum recursion depth exceeded"));
        }
        self.rust_depth += 1;
        Ok(())
    }

    /// A Rust-level re-entry that CPython makes without a recursion level (a built-in type's
    /// vectorcall): bounded only by the Rust stack cap. Pair with `rust_depth -= 1`.
    pub fn enter_native_uncounted(&mut self) -> PyResult<()> {
        if self.native_depth + self.rust_depth >= RUST_REENTRY_CAP {
            return Err(PyErr::new(ExcKind::RecursionError, "maximum recursion depth exceeded"));
        }
        self.rust_depth += 1;
        Ok(())
    }

    /// CPython's `Py_EnterRecursiveCall(context)`: one more nested native step counted against
    /// the recursion limit with the Python frames below it, without `enter_native`'s slack,
    /// and a RecursionError naming what was being done (" while getting the repr of an object").
    pub fn enter_recursive_call(&mut self, context: &str) -> PyResult<()> {
        if self.stack_depth() + self.native_depth >= self.recursion_limit {
            return Err(PyErr::new(ExcKind::RecursionError, format!("maximum recursion depth exceeded{context}")));
        }
        self.enter_native()
    }

    pub fn intern(&self, s: &str) -> Value {
        Value::str(s)
    }
}

/// How many native and Rust-level re-entries may nest, whatever `sys.setrecursionlimit` says:
/// each one takes Rust stack (see `interpreter_stack`), which a RecursionError must stop short of.
const RUST_REENTRY_CAP: usize = 2800;

impl Default for Vm {
    fn default() -> Self {
        Vm::new()
    }
}
