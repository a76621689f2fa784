//! Methods of generators, coroutines and async generators, and their helper awaitables
//! (`coroutine_wrapper`, `async_generator_asend`, `async_generator_athrow`).

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::{arg, def_method};
use crate::object::generator::Generator;
use crate::object::{Args, Class, ExcKind, NativeObject, PyErr, PyResult, Value};
use crate::vm::generator::{Resume, Step};
use crate::vm::types::new_class_with;
use crate::vm::Vm;

/// What `coroutine.__await__()` returns: an iterator driving the coroutine.
pub struct CoroutineWrapper {
    pub coro: Value,
    class: Rc<Class>,
}

impl NativeObject for CoroutineWrapper {
    fn class(&self) -> Rc<Class> {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// The operation an `asend()`/`athrow()`/`aclose()` awaitable performs on its first step.
enum AsyncOp {
    Send(Value),
    Throw(Value),
    Close,
}

/// `async_generator_asend` / `async_generator_athrow`.
pub struct AsyncGenAwaitable {
    gen: Rc<Generator>,
    op: RefCell<Option<AsyncOp>>,
    closing: bool,
    done: Cell<bool>,
    class: Rc<Class>,
}

impl NativeObject for AsyncGenAwaitable {
    fn class(&self) -> Rc<Class> {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// Names of the helper classes `install` creates, in the order `helper_class` indexes them.
/// They are kept with the VM's other built-in iterator classes (not in a thread-local: Python
/// threads run on OS threads and share them).
const HELPER_CLASSES: [&str; 4] = ["coroutine_wrapper", "async_generator_asend", "async_generator_athrow", "anext_awaitable"];

fn helper_class(vm: &Vm, i: usize) -> Rc<Class> {
    vm.iterator_class(HELPER_CLASSES[i])
}

pub fn install(vm: &mut Vm) {
    let gen = vm.types.generator.clone();
    def_method(&gen, "__iter__", identity_fn);
    def_method(&gen, "__next__", gen_next);
    def_method(&gen, "send", gen_send);
    def_method(&gen, "throw", gen_throw);
    def_method(&gen, "close", gen_close);
    // CPython's tp_finalize slot (`gen.__del__()`): a suspended body is closed, its error
    // reported as unraisable.
    for cls in [&vm.types.generator, &vm.types.coroutine, &vm.types.async_generator] {
        def_method(cls, "__del__", gen_del);
    }
    let coro = vm.types.coroutine.clone();
    def_method(&coro, "send", gen_send);
    def_method(&coro, "throw", gen_throw);
    def_method(&coro, "close", gen_close);
    def_method(&coro, "__await__", coro_await);
    let agen = vm.types.async_generator.clone();
    def_method(&agen, "__aiter__", identity_fn);
    def_method(&agen, "__anext__", agen_anext);
    def_method(&agen, "asend", agen_asend);
    def_method(&agen, "athrow", agen_athrow);
    def_method(&agen, "aclose", agen_aclose);

    let object = vm.types.object.clone();
    let mk = |name: &str| {
        new_class_with(name, &[object.clone()], crate::object::class::Layout::Builtin, None)
            .expect("helper classes have a trivial MRO")
    };
    let wrapper = mk("coroutine_wrapper");
    let asend = mk("async_generator_asend");
    let athrow = mk("async_generator_athrow");
    let default = mk("anext_awaitable");
    // All four are iterators; only the wrapper (`coro.__await__()`'s result) is not itself
    // awaitable, as in CPython.
    for c in [&wrapper, &asend, &athrow, &default] {
        def_method(c, "__iter__", identity_fn);
    }
    for c in [&asend, &athrow, &default] {
        def_method(c, "__await__", identity_fn);
    }
    def_method(&wrapper, "__next__", wrapper_next);
    def_method(&wrapper, "send", wrapper_send);
    def_method(&wrapper, "throw", wrapper_throw);
    def_method(&wrapper, "close", wrapper_close);
    for c in [&asend, &athrow] {
        def_method(c, "__next__", op_next);
        def_method(c, "send", op_send);
        def_method(c, "throw", op_throw);
        def_method(c, "close", op_close);
    }
    def_method(&default, "__next__", anext_next);
    def_method(&default, "send", anext_send);
    def_method(&default, "throw", anext_throw);
    def_method(&default, "close", anext_close);
    let mut registry = vm.iterator_classes.borrow_mut();
    for (name, c) in HELPER_CLASSES.into_iter().zip([wrapper, asend, athrow, default]) {
        registry.push((name, c));
    }
}

pub fn identity_fn(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(arg(&args, 0))
}

/// The methods of a native coroutine class (`asyncio.sleep`'s, `Queue.get`'s): `send`,
/// `throw`, `close`, `__repr__`, `__await__` (a `coroutine_wrapper`, as CPython's) and
/// `__iter__` (for `yield from` in a coroutine).
pub fn def_coroutine_methods(cls: &Rc<crate::object::Class>, [send, _next, throw, close, repr]: [crate::object::NativeFn; 5]) {
    use super::def_method;
    // No `__next__`, as CPython's coroutines: they are not iterators (`next(coro)` and the
    // Iterator/Generator ABCs refuse them). The loop and `yield from` step them natively.
    def_method(cls, "send", send);
    def_method(cls, "throw", throw);
    def_method(cls, "close", close);
    def_method(cls, "__await__", coro_await);
    def_method(cls, "__iter__", coroutine_iter);
    def_method(cls, "__repr__", repr);
}

/// `__iter__` of a native coroutine, which only `yield from` in a coroutine or a
/// `@types.coroutine` generator reaches: CPython's GET_YIELD_FROM_ITER refuses a coroutine
/// in a plain generator, and `iter()` finds no `__iter__` on a coroutine.
fn coroutine_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let yield_from = vm.frames.last().and_then(|f| {
        let at = f.code.code.body().instructions.get(f.lasti).copied();
        matches!(at, Some(crate::bytecode::Instr::GetYieldFromIter))
            .then(|| f.code.code.flags.coroutine || f.code.iterable_coroutine.get())
    });
    match yield_from {
        // Driven through a `coroutine_wrapper`: the coroutine itself is no iterator.
        Some(true) => coro_await(vm, args),
        Some(false) => Err(PyErr::type_error("cannot 'yield from' a coroutine object in a non-coroutine generator")),
        None => Err(PyErr::type_error("'coroutine' object is not iterable")),
    }
}

fn gen_of(v: &Value) -> PyResult<Rc<Generator>> {
    match v {
        Value::Generator(g) => Ok(g.clone()),
        _ => Err(PyErr::type_error("descriptor requires a generator object")),
    }
}

/// One step of a generator as the Python-level `send` sees it: a value or StopIteration.
pub fn step_to_result(step: PyResult<Step>) -> PyResult<Value> {
    match step? {
        Step::Yield { value, .. } => Ok(value),
        Step::Return(v) => Err(PyErr::stop_iteration(if v.is_none() { None } else { Some(v) })),
    }
}

/// A native awaitable's step as its Python-level `send`/`__next__` report it: a yielded value,
/// or StopIteration carrying the result.
pub fn send_result_to_python(r: PyResult<crate::vm::generator::SendResult>) -> PyResult<Value> {
    match r? {
        crate::vm::generator::SendResult::Yield(v) => Ok(v),
        crate::vm::generator::SendResult::Return(v) => Err(PyErr::stop_iteration(if v.is_none() { None } else { Some(v) })),
    }
}

pub(crate) fn gen_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = gen_of(&arg(&args, 0))?;
    step_to_result(vm.resume(&g, Resume::Send(Value::None)))
}

pub(crate) fn gen_send(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = gen_of(&arg(&args, 0))?;
    step_to_result(vm.resume(&g, Resume::Send(arg(&args, 1))))
}

fn gen_throw(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = gen_of(&arg(&args, 0))?;
    let err = vm.throw_args_to_err(&args.pos[1..])?;
    step_to_result(vm.resume(&g, Resume::Throw(err)))
}

fn gen_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = gen_of(&arg(&args, 0))?;
    vm.close_generator(&g)
}

fn gen_del(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = arg(&args, 0);
    let g = gen_of(&this)?;
    if let Err(e) = vm.close_generator(&g) {
        vm.write_unraisable(e, crate::vm::unraisable::Unraisable::Object(this));
    }
    Ok(Value::None)
}

fn coro_await(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Native(crate::object::NativeRef::new(CoroutineWrapper { coro: arg(&args, 0), class: helper_class(vm, 0) })))
}

/// The coroutine a `coroutine_wrapper` drives: a coroutine object, or a native coroutine
/// (`asyncio.sleep()`'s, `Queue.get()`'s), which is driven through its own methods.
fn wrapped(v: &Value) -> PyResult<Value> {
    match v.downcast::<CoroutineWrapper>() {
        Some(w) => Ok(w.coro.clone()),
        None => Err(PyErr::type_error("expected a coroutine_wrapper")),
    }
}

fn wrapper_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match wrapped(&arg(&args, 0))? {
        Value::Generator(g) => step_to_result(vm.resume(&g, Resume::Send(Value::None))),
        native => vm.call_method(&native, "send", vec![Value::None]),
    }
}

fn wrapper_send(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match wrapped(&arg(&args, 0))? {
        Value::Generator(g) => step_to_result(vm.resume(&g, Resume::Send(arg(&args, 1)))),
        native => vm.call_method(&native, "send", vec![arg(&args, 1)]),
    }
}

fn wrapper_throw(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match wrapped(&arg(&args, 0))? {
        Value::Generator(g) => {
            let err = vm.throw_args_to_err(&args.pos[1..])?;
            step_to_result(vm.resume(&g, Resume::Throw(err)))
        }
        native => vm.call_method(&native, "throw", args.pos[1..].to_vec()),
    }
}

fn wrapper_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match wrapped(&arg(&args, 0))? {
        Value::Generator(g) => vm.close_generator(&g),
        native => vm.call_method(&native, "close", vec![]),
    }
}

fn new_op(vm: &Vm, g: Rc<Generator>, op: AsyncOp, closing: bool, class_idx: usize) -> Value {
    Value::Native(crate::object::NativeRef::new(AsyncGenAwaitable {
        gen: g,
        op: RefCell::new(Some(op)),
        closing,
        done: Cell::new(false),
        class: helper_class(vm, class_idx),
    }))
}

/// `agen.__anext__()` for the VM's `async for` fast path.
pub fn anext_awaitable(vm: &Vm, g: Rc<Generator>) -> Value {
    new_op(vm, g, AsyncOp::Send(Value::None), false, 1)
}

/// What `async for`'s step got from an async generator driven without an `__anext__` object.
pub enum AnextStep {
    /// The generator yielded this item: the `await` is complete.
    Item(Value),
    /// The generator is awaiting something: the caller awaits `op` (an `__anext__()` awaitable
    /// already started), first passing `value` out as that await's yield.
    Pending { op: Value, value: Value },
}

/// CPython's firstiter hook, once per async generator: the running loop remembers the
/// generator so `shutdown_asyncgens` can close it.
pub fn first_iteration(vm: &mut Vm, g: &Rc<Generator>) {
    if let Err(e) = first_iteration_checked(vm, g) {
        // Only the inline `async for` path lands here, with nowhere to raise: reported as
        // CPython reports an error it cannot raise.
        vm.write_unraisable(e, crate::vm::unraisable::Unraisable::Object(Value::Generator(g.clone())));
    }
}

/// The async generator hooks' first-iteration step (CPython's `async_gen_init_hooks`): a
/// firstiter hook that raises fails the `asend()`/`__anext__()` that started the generator.
pub fn first_iteration_checked(vm: &mut Vm, g: &Rc<Generator>) -> PyResult<()> {
    if g.hooks_inited.get() {
        return Ok(());
    }
    g.hooks_inited.set(true);
    crate::runtime::asyncgen_hooks::first_iteration(vm, g)
}

/// `await agen.__anext__()` for `async for`, without allocating the awaitable when the item
/// comes at once (the usual case). Exactly what the asend object's first `send(None)` does
/// (see `op_send_result`): StopAsyncIteration once exhausted, the firstiter hook, the resume.
pub fn async_for_step(vm: &mut Vm, g: &Rc<Generator>) -> PyResult<AnextStep> {
    if g.is_finished() {
        return Err(PyErr::with_args(ExcKind::StopAsyncIteration, vec![]));
    }
    if g.is_running() || g.running_async.get() {
        return Err(already_running("anext"));
    }
    first_iteration_checked(vm, g)?;
    // Held while the step awaits something (see `op_send_result`).
    g.running_async.set(true);
    let step = vm.resume(g, Resume::Send(Value::None));
    if !matches!(step, Ok(Step::Yield { from_root: false, .. })) {
        g.running_async.set(false);
    }
    match step? {
        Step::Yield { value, from_root: true } => Ok(AnextStep::Item(value)),
        Step::Yield { value, from_root: false } => {
            // The pending send has been made: the awaitable continues from the next send.
            let op = match new_op(vm, g.clone(), AsyncOp::Send(Value::None), false, 1) {
                Value::Native(n) => {
                    if let Some(o) = n.downcast::<AsyncGenAwaitable>() {
                        *o.op.borrow_mut() = None;
                    }
                    Value::Native(n)
                }
                other => other,
            };
            Ok(AnextStep::Pending { op, value })
        }
        Step::Return(_) => Err(PyErr::with_args(ExcKind::StopAsyncIteration, vec![])),
    }
}

/// CPython's error for an operation on an async generator that is executing.
fn already_running(op: &str) -> PyErr {
    PyErr::runtime_error(format!("{op}(): asynchronous generator is already running"))
}

/// Whether `v` is an asend/athrow/aclose awaitable (its own iterator for `await`).
pub fn is_async_gen_awaitable(v: &Value) -> bool {
    v.downcast::<AsyncGenAwaitable>().is_some()
}

fn agen_anext(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = gen_of(&arg(&args, 0))?;
    Ok(new_op(vm, g, AsyncOp::Send(Value::None), false, 1))
}

fn agen_asend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = gen_of(&arg(&args, 0))?;
    Ok(new_op(vm, g, AsyncOp::Send(arg(&args, 1)), false, 1))
}

fn agen_athrow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = gen_of(&arg(&args, 0))?;
    let err = vm.throw_args_to_err(&args.pos[1..])?;
    let exc = Value::Instance(vm.materialize(err));
    Ok(new_op(vm, g, AsyncOp::Throw(exc), false, 2))
}

fn agen_aclose(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = gen_of(&arg(&args, 0))?;
    Ok(new_op(vm, g, AsyncOp::Close, true, 2))
}

fn op_of(v: &Value) -> PyResult<&AsyncGenAwaitable> {
    v.downcast::<AsyncGenAwaitable>().ok_or_else(|| PyErr::type_error("expected an async generator awaitable"))
}

/// Drive the async generator one step for an asend/athrow awaitable, as the Python-level
/// `send`/`__next__` do: completion is a StopIteration carrying the value.
fn op_step(vm: &mut Vm, this: &Value, resume: Option<Resume>) -> PyResult<Value> {
    send_result_to_python(op_send_result(vm, this, resume))
}

/// The `await` fast path for an asend/athrow/aclose awaitable: `Return(item)` when the
/// generator yielded an item, without raising StopIteration.
pub fn async_gen_send(vm: &mut Vm, this: &Value, sent: Value) -> PyResult<Option<crate::vm::generator::SendResult>> {
    if this.downcast::<AsyncGenAwaitable>().is_none() {
        return Ok(None);
    }
    op_send_result(vm, this, Some(Resume::Send(sent))).map(Some)
}

fn op_send_result(vm: &mut Vm, this: &Value, resume: Option<Resume>) -> PyResult<crate::vm::generator::SendResult> {
    use crate::vm::generator::SendResult;
    let op = op_of(this)?;
    if op.done.get() {
        return Err(PyErr::runtime_error(if op.closing {
            "cannot reuse already awaited aclose()/athrow()"
        } else {
            "cannot reuse already awaited __anext__()/asend()"
        }));
    }
    let first = op.op.borrow_mut().take();
    // CPython sets `ag_running_async` on the send path only (a throw() goes straight to the
    // generator), and checks it when a send starts the operation.
    let by_send = !matches!(resume, Some(Resume::Throw(_)));
    let starting = first.is_some() && by_send;
    let label = match &first {
        Some(AsyncOp::Close) => "aclose",
        Some(AsyncOp::Throw(_)) => "athrow",
        _ if op.closing => "athrow",
        _ => "anext",
    };
    let how = match (first, resume) {
        (Some(AsyncOp::Send(v)), Some(Resume::Send(sent))) => Resume::Send(if sent.is_none() { v } else { sent }),
        (Some(AsyncOp::Send(v)), None) => Resume::Send(v),
        (Some(AsyncOp::Send(_)), Some(Resume::Throw(e))) => Resume::Throw(e),
        (Some(AsyncOp::Throw(_)), _) if op.gen.is_finished() => {
            // Matches CPython 3.11: `athrow()` on an exhausted or closed async generator
            // completes at once with None instead of raising the exception.
            op.done.set(true);
            return Ok(SendResult::Return(Value::None));
        }
        (Some(AsyncOp::Throw(e)), _) => Resume::Throw(as_err(e)),
        (Some(AsyncOp::Close), _) => {
            if op.gen.is_finished() || !op.gen.started.get() {
                // Closing an exhausted or never-started generator completes at once.
                op.done.set(true);
                *op.gen.state.borrow_mut() = crate::object::generator::GenState::Finished;
                return Ok(SendResult::Return(Value::None));
            }
            Resume::Throw(PyErr::with_args(ExcKind::GeneratorExit, vec![]))
        }
        (None, Some(r)) => r,
        (None, None) => Resume::Send(Value::None),
    };
    if !op.closing && op.gen.is_finished() && matches!(how, Resume::Send(_)) {
        // Matches CPython: `__anext__`/`asend` on an exhausted or closed async generator
        // raise StopAsyncIteration (a plain generator's StopIteration would end the await).
        op.done.set(true);
        return Err(PyErr::with_args(ExcKind::StopAsyncIteration, vec![]));
    }
    let g = op.gen.clone();
    // matches CPython's `ag_running_async`: from an operation's send until it completes the
    // generator belongs to it, also while it awaits something in between.
    if g.is_running() || (starting && g.running_async.get()) {
        op.done.set(true);
        return Err(already_running(label));
    }
    if let Err(e) = first_iteration_checked(vm, &g) {
        op_of(this)?.done.set(true);
        return Err(e);
    }
    let closing = op.closing;
    if by_send {
        g.running_async.set(true);
    }
    let r = vm.resume(&g, how);
    let op = op_of(this)?;
    if !matches!(r, Ok(Step::Yield { from_root: false, .. })) {
        g.running_async.set(false);
    }
    match r {
        Ok(Step::Yield { value, from_root: false }) => Ok(SendResult::Yield(value)),
        Ok(Step::Yield { value, from_root: true }) => {
            op.done.set(true);
            if closing {
                return Err(PyErr::runtime_error("async generator ignored GeneratorExit"));
            }
            Ok(SendResult::Return(value))
        }
        Ok(Step::Return(_)) => {
            op.done.set(true);
            if closing {
                return Ok(SendResult::Return(Value::None));
            }
            Err(PyErr::with_args(ExcKind::StopAsyncIteration, vec![]))
        }
        Err(e) => {
            op.done.set(true);
            if closing && (vm.err_matches(&e, ExcKind::GeneratorExit) || vm.err_matches(&e, ExcKind::StopAsyncIteration)) {
                return Ok(SendResult::Return(Value::None));
            }
            Err(e)
        }
    }
}

fn as_err(v: Value) -> PyErr {
    match v {
        Value::Instance(i) => PyErr::from_instance(i),
        _ => PyErr::type_error("exceptions must derive from BaseException"),
    }
}

fn op_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    op_step(vm, &arg(&args, 0), None)
}

fn op_send(vm: &mut Vm, args: Args) -> PyResult<Value> {
    op_step(vm, &arg(&args, 0), Some(Resume::Send(arg(&args, 1))))
}

fn op_throw(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let err = vm.throw_args_to_err(&args.pos[1..])?;
    let this = arg(&args, 0);
    let pending = op_of(&this)?.op.borrow_mut().take();
    let r = op_step(vm, &this, Some(Resume::Throw(err)));
    // matches CPython 3.11: a throw() into a not yet started asend/athrow/aclose awaitable goes
    // straight to the generator and leaves the awaitable unstarted, so its next send() still
    // performs the pending operation (an aclose() then throws GeneratorExit, which is how a
    // cancelled shutdown task cuts an async generator's `finally` short at its next await).
    // An athrow/aclose awaitable stays unstarted even when the throw raised; an asend one
    // is spent once an exception came out.
    if let Some(p) = pending {
        let op = op_of(&this)?;
        let closing_op = matches!(p, AsyncOp::Close | AsyncOp::Throw(_));
        if closing_op || (r.is_ok() && !op.done.get()) {
            op.done.set(false);
            *op.op.borrow_mut() = Some(p);
        }
    }
    r
}

fn op_close(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    op_of(&arg(&args, 0))?.done.set(true);
    Ok(Value::None)
}

/// `anext(ait, default)`: an awaitable that delegates to `ait.__anext__()` and turns its
/// StopAsyncIteration into a return of `default` (CPython's `anext_awaitable`).
pub fn anext_with_default(vm: &mut Vm, aw: Value, default: Value) -> PyResult<Value> {
    Ok(Value::Native(crate::object::NativeRef::new(AnextAwaitable {
        awaitable: aw,
        iter: RefCell::new(None),
        default,
        class: helper_class(vm, 3),
    })))
}

/// State of an `anext_awaitable`: the inner awaitable, its `__await__` iterator once started.
pub struct AnextAwaitable {
    awaitable: Value,
    iter: RefCell<Option<Value>>,
    default: Value,
    class: Rc<Class>,
}

impl NativeObject for AnextAwaitable {
    fn class(&self) -> Rc<Class> {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// The inner iterator, fetched through `__await__` on the first step.
fn anext_iter(vm: &mut Vm, this: &Value) -> PyResult<(Value, Value)> {
    let a = this.downcast::<AnextAwaitable>().ok_or_else(|| PyErr::type_error("expected an anext_awaitable"))?;
    if let Some(it) = a.iter.borrow().clone() {
        return Ok((it, a.default.clone()));
    }
    let (awaitable, default) = (a.awaitable.clone(), a.default.clone());
    let it = vm.call_method(&awaitable, "__await__", vec![])?;
    if let Some(a) = this.downcast::<AnextAwaitable>() {
        *a.iter.borrow_mut() = Some(it.clone());
    }
    Ok((it, default))
}

/// One delegated step: StopAsyncIteration from the inner awaitable becomes `StopIteration(default)`.
fn anext_step(vm: &mut Vm, this: &Value, how: Resume) -> PyResult<Value> {
    let (it, default) = anext_iter(vm, this)?;
    let r = match how {
        Resume::Send(v) if v.is_none() => vm.call_method(&it, "__next__", vec![]),
        Resume::Send(v) => vm.call_method(&it, "send", vec![v]),
        Resume::Throw(e) => {
            let exc = Value::Instance(vm.materialize(e));
            vm.call_method(&it, "throw", vec![exc])
        }
    };
    match r {
        Err(e) if vm.err_matches(&e, ExcKind::StopAsyncIteration) => Err(PyErr::stop_iteration(Some(default))),
        other => other,
    }
}

fn anext_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    anext_step(vm, &arg(&args, 0), Resume::Send(Value::None))
}

fn anext_send(vm: &mut Vm, args: Args) -> PyResult<Value> {
    anext_step(vm, &arg(&args, 0), Resume::Send(arg(&args, 1)))
}

fn anext_throw(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let err = vm.throw_args_to_err(&args.pos[1..])?;
    anext_step(vm, &arg(&args, 0), Resume::Throw(err))
}

fn anext_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (it, _) = anext_iter(vm, &arg(&args, 0))?;
    match vm.lookup_attr_opt(&it, "close")? {
        Some(close) => vm.call(&close, vec![]),
        None => Ok(Value::None),
    }
}

