//! `asyncio.sleep(delay, result=None)` as a native coroutine-like awaitable: `sleep(0)` yields
//! once to the loop; a positive delay waits on a future completed by a timer.

use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

use super::handle::Handle;
use crate::builtins::arg;
use crate::object::{Args, Class, NativeObject, PyErr, PyResult, Value};
use crate::vm::generator::{Resume, SendResult, Step};
use crate::builtins::generator::send_result_to_python as to_python;
use crate::vm::Vm;

pub(super) enum SleepState {
    Created,
    /// `sleep(0)` yielded once.
    Yielded,
    /// Waiting for the timer to complete `fut`.
    Waiting { fut: Value, handle: crate::object::NativeRc<Handle> },
    Done,
}

pub struct Sleep {
    pub(super) delay: f64,
    /// The delay as passed (its frame's `delay` local shows it so: `0`, not `0.0`).
    pub(super) delay_arg: Value,
    /// While `sleep(0)` is yielded: the `__sleep0()` generator CPython's sleep awaits there,
    /// made on first sight of `cr_await` (see `sleep_attrs`).
    pub(super) sleep0: RefCell<Option<Value>>,
    pub(super) result: Value,
    /// A delay CPython's `if delay <= 0:` (or the timer's `loop.time() + delay`) rejects: a
    /// coroutine raises it when first run, not when made (`wait_for(sleep("1"), 1)` fails
    /// inside the awaiting task).
    deferred: RefCell<Option<PyErr>>,
    pub(super) state: RefCell<SleepState>,
    class: Rc<Class>,
}

impl NativeObject for Sleep {
    fn class(&self) -> Rc<Class> {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    // (a coroutine: CPython's coroutines take weak references)
    fn weakrefable(&self) -> bool {
        true
    }
}

/// matches CPython: an `asyncio.sleep()` coroutine dropped before it ever ran warns
/// "coroutine 'sleep' was never awaited".
impl Drop for Sleep {
    fn drop(&mut self) {
        let origin = super::coro_origin::take(self as *const Sleep as usize);
        if matches!(&*self.state.borrow(), SleepState::Created) {
            crate::vm::finalize::enqueue(crate::vm::finalize::Pending::NeverAwaitedNative { qualname: "sleep", origin });
        }
    }
}

pub fn install(_vm: &mut Vm, c: &super::RuntimeClasses) {
    crate::builtins::generator::def_coroutine_methods(&c.sleep, [m_send, m_next, m_throw, m_close, m_repr]);
    // CPython's sleep() is a coroutine function: its coroutines are named after it.
    crate::builtins::def_getter(&c.sleep, "__name__", |_, _| Ok(Value::str("sleep")));
    crate::builtins::def_getter(&c.sleep, "__qualname__", |_, _| Ok(Value::str("sleep")));
    super::sleep_attrs::install(&c.sleep);
}

/// `asyncio.sleep(delay, result=None)`.
pub fn sleep(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let awaited_at_once = std::mem::take(&mut vm.await_next);
    check_signature(&args)?;
    let delay_arg = args.arg(0, "delay").cloned().unwrap_or(Value::None);
    let mut deferred = None;
    let delay = match args.arg(0, "delay") {
        Some(Value::Float(f)) => f.get(),
        Some(Value::Int(i)) => *i as f64,
        Some(Value::Bool(b)) => b.get() as i64 as f64,
        // Awaited at once, the error shows the same in the awaiting frame either way.
        Some(other) if awaited_at_once => other_delay(vm, other)?,
        Some(other) => other_delay(vm, other).unwrap_or_else(|e| {
            deferred = Some(e);
            0.0
        }),
        None => return Err(PyErr::type_error("sleep() missing 1 required positional argument: 'delay'")),
    };
    let result = args.arg(1, "result").cloned().unwrap_or(Value::None);
    if awaited_at_once && delay <= 0.0 && result.is_none() && deferred.is_none() {
        // `await asyncio.sleep(0)`: CPython awaits `__sleep0()`, a bare `yield`. The awaiting
        // frame suspends itself (see `Vm::yield_once`); no sleep object is made.
        vm.yield_once = true;
        return Ok(Value::None);
    }
    let class = super::classes(vm).sleep.clone();
    let made = Value::Native(crate::object::NativeRef::new(Sleep { delay, delay_arg, sleep0: RefCell::new(None), result, deferred: RefCell::new(deferred), state: RefCell::new(SleepState::Created), class }));
    if let Some(s) = made.downcast::<Sleep>() {
        super::coro_origin::note_native(vm, s as *const Sleep as usize);
    }
    Ok(made)
}

/// Any other delay goes through CPython's `if delay <= 0:` (a big int, a Fraction, a
/// Decimal compare; a str fails there) and then `loop.time() + delay` for the timer. The
/// result is the delay in seconds as a float (0 for one that does not sleep).
fn other_delay(vm: &mut Vm, delay: &Value) -> PyResult<f64> {
    use crate::bytecode::opcode::CompareOp;
    let not_positive = vm.compare(CompareOp::Le, delay, &Value::Int(0))?;
    if vm.is_true(&not_positive)? {
        return Ok(0.0);
    }
    super::event_loop::time_plus(vm, 0.0, delay)
}

/// The `sleep(0)` coroutine a bare `await asyncio.sleep(0)` stands for, as `cr_await` shows
/// it while the awaiting frame is suspended there (at its `__sleep0()` yield).
pub fn yielded_zero_sleep(vm: &mut Vm) -> Value {
    let class = super::classes(vm).sleep.clone();
    let sleep = Sleep {
        delay: 0.0,
        delay_arg: Value::Int(0),
        sleep0: RefCell::new(None),
        result: Value::None,
        deferred: RefCell::new(None),
        state: RefCell::new(SleepState::Yielded),
        class,
    };
    Value::Native(crate::object::NativeRef::new(sleep))
}

/// The binding errors of CPython's `async def sleep(delay, result=None)`.
fn check_signature(args: &Args) -> PyResult<()> {
    if args.pos.len() > 2 {
        return Err(PyErr::type_error(format!(
            "sleep() takes from 1 to 2 positional arguments but {} were given",
            args.pos.len()
        )));
    }
    for (i, (k, _)) in args.kw.iter().enumerate() {
        let at = match &**k {
            "delay" => 0,
            "result" => 1,
            other => return Err(PyErr::type_error(format!("sleep() got an unexpected keyword argument '{other}'"))),
        };
        if at < args.pos.len() || args.kw[..i].iter().any(|(seen, _)| seen == k) {
            return Err(PyErr::type_error(format!("sleep() got multiple values for argument '{k}'")));
        }
    }
    Ok(())
}

pub(super) fn this(v: &Value) -> PyResult<&Sleep> {
    v.downcast::<Sleep>().ok_or_else(|| PyErr::type_error("expected a sleep coroutine"))
}

/// One `send(None)` step.
pub fn sleep_send(vm: &mut Vm, s: &Sleep) -> PyResult<SendResult> {
    let state = std::mem::replace(&mut *s.state.borrow_mut(), SleepState::Done);
    match state {
        SleepState::Created => {
            if let Some(e) = s.deferred.borrow_mut().take() {
                return Err(e);
            }
            if s.delay <= 0.0 {
                *s.state.borrow_mut() = SleepState::Yielded;
                return Ok(SendResult::Yield(Value::None));
            }
            let loop_ = super::events::running_loop(vm)?;
            let fut = super::future::new_future(vm, loop_.clone());
            let when = super::event_loop::loop_of(&loop_)?.clock.now() + s.delay;
            let setter = super::state(vm).sleep_setter.get_or_insert_with(|| {
                // One function object for every sleep's timer (CPython's module function).
                Value::Builtin(Rc::new(crate::object::BuiltinFunction::new(Rc::from("_set_result_unless_cancelled"), super::events::set_result_unless_cancelled, crate::object::function::NativeKind::Function, None, None, crate::builtins::arity::Arity::Any)))
            }).clone();
            let handle = super::event_loop::call_at(vm, &loop_, when, setter, vec![fut.clone(), s.result.clone()])?;
            if let Some(c) = super::future::core_of(&fut) {
                c.blocking.set(true);
            }
            *s.state.borrow_mut() = SleepState::Waiting { fut: fut.clone(), handle };
            Ok(SendResult::Yield(fut))
        }
        SleepState::Yielded => {
            // The `__sleep0()` generator shown as `cr_await` runs to its end too (CPython's).
            let sleep0 = s.sleep0.borrow_mut().take();
            if let Some(g) = sleep0 {
                let _ = vm.call_method(&g, "send", vec![Value::None]);
            }
            Ok(SendResult::Return(s.result.clone()))
        }
        SleepState::Waiting { fut, handle } => {
            handle.cancel();
            let c = super::future::core_of(&fut).ok_or_else(|| PyErr::type_error("expected a future"))?;
            if !c.is_done() {
                return Err(PyErr::runtime_error("await wasn't used with future"));
            }
            super::future::result_of(c).map(SendResult::Return)
        }
        SleepState::Done => Err(PyErr::runtime_error("cannot reuse already awaited coroutine")),
    }
}

/// A throw: cancel the pending timer and raise in the awaiting frame.
fn sleep_throw(s: &Sleep, e: PyErr) -> PyErr {
    let state = std::mem::replace(&mut *s.state.borrow_mut(), SleepState::Done);
    if let SleepState::Waiting { handle, .. } = state {
        handle.cancel();
    }
    e
}

/// A throw from outside (`coro.throw`, a task's cancellation): as `sleep_throw`, and while
/// the timer was pending the exception leaves through CPython's `return await future` line
/// of `sleep`, whose frame its traceback shows.
fn thrown(vm: &mut Vm, s: &Sleep, e: PyErr) -> PyErr {
    use super::stand_in_frames::{push, Pick};
    let waiting = matches!(&*s.state.borrow(), SleepState::Waiting { .. });
    // `sleep(0)` is suspended in `await __sleep0()`, at that generator's bare `yield`.
    let yielded = matches!(&*s.state.borrow(), SleepState::Yielded);
    let e = sleep_throw(s, e);
    if !waiting && !yielded {
        return e;
    }
    let inst = vm.materialize(e);
    if waiting {
        push(vm, &inst, "asyncio.tasks", "_SleepFrame", "sleep", 1, Pick::Expr);
    } else {
        push(vm, &inst, "asyncio.tasks", "", "__sleep0", 1, Pick::Statement);
        push(vm, &inst, "asyncio.tasks", "_SleepFrame", "sleep", 2, Pick::Statement);
    }
    PyErr::from_instance(inst)
}

/// Drive a sleep used directly as a task's coroutine.
pub fn resume_sleep(vm: &mut Vm, v: &Value, how: Resume) -> PyResult<Step> {
    let s = this(v)?;
    match how {
        Resume::Send(_) => match sleep_send(vm, s)? {
            SendResult::Yield(value) => Ok(Step::Yield { value, from_root: false }),
            SendResult::Return(v) => Ok(Step::Return(v)),
        },
        Resume::Throw(e) => Err(thrown(vm, s, e)),
    }
}


fn m_send(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = arg(&args, 0);
    let s = this(&v)?;
    to_python(sleep_send(vm, s))
}

fn m_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    m_send(vm, args)
}

fn m_throw(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = arg(&args, 0);
    let e = vm.throw_args_to_err(&args.pos[1..])?;
    Err(thrown(vm, this(&v)?, e))
}

fn m_close(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = arg(&args, 0);
    let _ = sleep_throw(this(&v)?, PyErr::runtime_error(""));
    Ok(Value::None)
}

fn m_repr(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = arg(&args, 0);
    Ok(Value::string(format!("<coroutine object sleep at {}>", crate::vm::repr::addr(&v))))
}
