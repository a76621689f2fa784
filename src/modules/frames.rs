//! Frame objects: `sys._getframe(depth)` and generators' `gi_frame`/`cr_frame`/`ag_frame` give a
//! read-only snapshot of a frame (`f_globals`, `f_locals`, `f_code`, `f_lineno`, `f_lasti`,
//! `f_back`), enough for `inspect.currentframe()`, for modules that find their caller's
//! `__name__` (`namedtuple`, `typing.TypeVar`) and for `Task.get_stack()`. A generator's frame
//! is one object for the generator's life (`g.gi_frame is g.gi_frame`), and its `f_lineno`,
//! `f_locals` and `f_lasti` follow the generator as it runs, as CPython's live frame does.

use std::cell::RefCell;
use std::rc::Rc;

use crate::builtins::int_arg;
use crate::object::class::Layout;
use crate::object::generator::{GenState, Generator};
use crate::object::{Args, Class, Instance, Payload, PyDict, PyErr, PyResult, Value};
use crate::vm::types::new_class_with;
use crate::vm::{Frame, Vm};

pub fn getframe(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let depth = match args.pos.first() {
        Some(v) => int_arg(vm, v, "")?,
        None => 0,
    };
    let n = vm.stack_depth();
    if depth < 0 || depth as usize >= n {
        return Err(PyErr::value_error("call stack is not deep enough"));
    }
    let cls = frame_class(vm);
    // Built from the outermost frame inwards so each snapshot links to its caller.
    let mut back = Value::None;
    for level in (depth as usize..n).rev() {
        let f = vm.frame_at_depth(level).expect("level is below the stack depth");
        back = snapshot(&cls, f, back, f.line());
        if let Value::Instance(inst) = &back {
            let place = StackPlace { from_bottom: n - 1 - level, code: Rc::as_ptr(&f.code) as usize, fast: f.fast.as_ptr() as usize };
            STACK_FRAMES.with(|m| {
                let mut m = m.borrow_mut();
                if m.len() >= 64 && m.len().is_power_of_two() {
                    m.retain(|_, (f, _)| f.strong_count() > 0);
                }
                m.insert(Rc::as_ptr(inst) as usize, (Rc::downgrade(inst), place));
            });
        }
    }
    Ok(back)
}

/// Where a frame object from `sys._getframe` came from: its position counted from the bottom
/// of the stack, and its code and locals storage, which tell whether the frame found there
/// later is still the same call.
#[derive(Clone, Copy)]
struct StackPlace {
    from_bottom: usize,
    code: usize,
    fast: usize,
}

thread_local! {
    /// The stack frames behind frame objects, by frame object address (held weakly).
    static STACK_FRAMES: RefCell<hashbrown::HashMap<usize, (std::rc::Weak<Instance>, StackPlace)>> =
        RefCell::new(hashbrown::HashMap::new());
}

/// The running frame a `sys._getframe` frame object stands for, while that call still runs.
fn stack_frame_of<'a>(vm: &'a Vm, inst: &Rc<Instance>) -> Option<&'a Frame> {
    let place = STACK_FRAMES.with(|m| {
        let m = m.borrow();
        let (weak, place) = m.get(&(Rc::as_ptr(inst) as usize))?;
        weak.upgrade().filter(|f| Rc::ptr_eq(f, inst)).map(|_| *place)
    })?;
    let n = vm.stack_depth();
    if place.from_bottom >= n {
        return None;
    }
    let f = vm.frame_at_depth(n - 1 - place.from_bottom)?;
    (Rc::as_ptr(&f.code) as usize == place.code && f.fast.as_ptr() as usize == place.fast).then_some(f)
}

/// The `frame` class, created once per VM and kept with its other built-in helper classes.
fn frame_class(vm: &Vm) -> Rc<Class> {
    if let Some(c) = vm.iterator_classes.borrow().iter().find(|(n, _)| *n == "frame") {
        return c.1.clone();
    }
    let cls = new_class_with("frame", &[vm.types.object.clone()], Layout::Object, None)
        .expect("the frame class has a trivial MRO");
    cls.dict.borrow_mut().set_str("__module__", Value::str("builtins"));
    crate::builtins::def_method(&cls, "__repr__", frame_repr);
    crate::builtins::def_getter(&cls, "f_lineno", |vm, a| live_field(vm, &a, "f_lineno"));
    crate::builtins::def_getter(&cls, "f_locals", |vm, a| live_field(vm, &a, "f_locals"));
    crate::builtins::def_getter(&cls, "f_lasti", |vm, a| live_field(vm, &a, "f_lasti"));
    crate::builtins::def_method(&cls, "clear", frame_clear);
    vm.iterator_classes.borrow_mut().push(("frame", cls.clone()));
    cls
}

thread_local! {
    /// The frame object of each generator that has shown one, by generator address: the
    /// generator (to tell a reused address apart) and the frame, both held weakly.
    static GEN_FRAMES: RefCell<hashbrown::HashMap<usize, (std::rc::Weak<Generator>, std::rc::Weak<Instance>)>> =
        RefCell::new(hashbrown::HashMap::new());
}

/// The generator whose frame `inst` is, while both live.
fn generator_of_frame(inst: &Rc<Instance>) -> Option<Rc<Generator>> {
    GEN_FRAMES.with(|m| {
        m.borrow().values().find_map(|(g, f)| {
            let f = f.upgrade()?;
            if Rc::ptr_eq(&f, inst) {
                g.upgrade()
            } else {
                None
            }
        })
    })
}

/// A frame attribute that changes as its code runs: a generator's frame reads it from the
/// generator's current state (a finished generator's frame keeps its last values); other
/// frames are snapshots.
fn live_field(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Value> {
    let Some(Value::Instance(inst)) = args.pos.first() else { return Err(PyErr::type_error("expected a frame")) };
    if let Some(f) = stack_frame_of(vm, inst) {
        // A call still running: its current line (and locals) rather than the ones it had
        // when the frame object was made.
        if name == "f_lineno" {
            let line = Value::Int(f.line() as i64);
            inst.dict.borrow_mut().set_str(name, line.clone());
            return Ok(line);
        }
        let fresh = snapshot(&frame_class(vm), f, Value::None, f.line());
        if let Value::Instance(fresh) = fresh {
            let fresh = fresh.dict.borrow();
            let mut d = inst.dict.borrow_mut();
            if let Some(v) = fresh.get_str(name) {
                d.set_str(name, v);
            }
        }
    } else if let Some(g) = generator_of_frame(inst) {
        if let Value::Instance(fresh) = generator_snapshot(vm, &g) {
            let fresh = fresh.dict.borrow();
            let mut d = inst.dict.borrow_mut();
            for key in ["f_lineno", "f_locals", "f_lasti"] {
                if let Some(v) = fresh.get_str(key) {
                    d.set_str(key, v);
                }
            }
        }
    }
    let value = inst.dict.borrow().get_str(name);
    value.ok_or_else(|| PyErr::attribute_error(format!("'frame' object has no attribute '{name}'")))
}

/// `frame.clear()`, as CPython 3.11's `frame_clear`: a running frame refuses; a suspended
/// generator's frame closes its generator first (`_PyGen_Finalize`); then the frame drops its
/// locals, so `f_locals` reads `{}` afterwards.
fn frame_clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Instance(inst)) = args.pos.first() else { return Err(PyErr::type_error("expected a frame")) };
    let running = || PyErr::runtime_error("cannot clear an executing frame");
    if stack_frame_of(vm, inst).is_some() {
        return Err(running());
    }
    if let Some(g) = generator_of_frame(inst) {
        if generator_running(vm, &g) {
            return Err(running());
        }
        if !matches!(&*g.state.borrow(), GenState::Finished) {
            vm.call_method(&Value::Generator(g.clone()), "close", Vec::new())?;
        }
        // matches CPython 3.11: the closed generator's frame keeps the `f_locals` it
        // last showed.
        return Ok(Value::None);
    }
    inst.dict.borrow_mut().set_str("f_locals", Value::dict(PyDict::new()));
    Ok(Value::None)
}

/// CPython's `frame_repr`: `<frame at 0x..., file '...', line N, code name>`.
fn frame_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.pos.first().cloned().unwrap_or(Value::None);
    let Value::Instance(inst) = &this else { return Err(PyErr::type_error("expected a frame")) };
    live_field(vm, &args, "f_lineno")?;
    let d = inst.dict.borrow();
    let line = d.get_str("f_lineno").unwrap_or(Value::None);
    let (file, name) = match d.get_str("f_code") {
        Some(Value::Code(c)) => (c.code.filename.to_string(), c.code.name.to_string()),
        _ => (String::new(), String::new()),
    };
    drop(d);
    let line = vm.repr(&line)?;
    Ok(Value::string(format!(
        "<frame at {}, file {}, line {}, code {}>",
        crate::vm::repr::addr(&this),
        crate::vm::repr::str_repr(&file),
        line,
        name
    )))
}

fn snapshot(cls: &Rc<Class>, f: &Frame, back: Value, line: u32) -> Value {
    let mut d = PyDict::new();
    d.set_str("f_globals", Value::Dict(f.globals.clone()));
    d.set_str("f_code", Value::Code(f.code.clone()));
    d.set_str("f_lineno", Value::Int(line as i64));
    // CPython counts code units (two bytes each); corio's instruction index is the closest.
    // A generator that has not started reports 0, as CPython's (its prologue).
    let lasti = if f.lasti == crate::object::generator::NOT_STARTED { 0 } else { 2 * f.lasti as i64 };
    d.set_str("f_lasti", Value::Int(lasti));
    d.set_str("f_back", back);
    let locals = match &f.locals {
        // A function frame's `locals()` dict, refreshed as `locals()` would.
        Some(Value::Dict(d)) if !f.code.code.flags.uses_locals_mapping => {
            f.sync_fast_locals(&mut d.borrow_mut());
            Value::Dict(d.clone())
        }
        Some(l) => l.clone(),
        None if !f.code.code.flags.uses_locals_mapping => {
            let mut l = PyDict::new();
            f.sync_fast_locals(&mut l);
            Value::dict(l)
        }
        None => Value::Dict(f.globals.clone()),
    };
    d.set_str("f_locals", locals);
    Value::Instance(Rc::new(Instance {
        class: RefCell::new(cls.clone()),
        dict: Rc::new(RefCell::new(d)),
        payload: Payload::None,
    }))
}

/// `gi_frame` / `cr_frame` / `ag_frame`: None once the generator has finished; a suspended
/// generator's frame has no `f_back` (CPython unlinks it while suspended); a generator that has
/// not started reports its `def` line, as CPython 3.11 does.
pub fn generator_frame(vm: &Vm, g: &Rc<Generator>) -> Value {
    if matches!(&*g.state.borrow(), GenState::Finished) {
        return Value::None;
    }
    let key = Rc::as_ptr(g) as usize;
    let known = GEN_FRAMES.with(|m| {
        let m = m.borrow();
        let (weak_gen, weak_frame) = m.get(&key)?;
        let same = weak_gen.upgrade().map_or(false, |x| Rc::ptr_eq(&x, g));
        if same {
            weak_frame.upgrade()
        } else {
            None
        }
    });
    if let Some(frame) = known {
        return Value::Instance(frame);
    }
    let frame = generator_snapshot(vm, g);
    if let Value::Instance(inst) = &frame {
        GEN_FRAMES.with(|m| {
            let mut m = m.borrow_mut();
            // Entries whose frame or generator went are dropped as the table grows.
            if m.len() >= 64 && m.len().is_power_of_two() {
                m.retain(|_, (g, f)| g.strong_count() > 0 && f.strong_count() > 0);
            }
            m.insert(key, (Rc::downgrade(g), Rc::downgrade(inst)));
        });
    }
    frame
}

/// A fresh snapshot of a generator's frame as it is now.
fn generator_snapshot(vm: &Vm, g: &Generator) -> Value {
    let state = g.state.borrow();
    let cls = frame_class(vm);
    match &*state {
        GenState::Finished => Value::None,
        GenState::Created(f) => snapshot(&cls, f, Value::None, g.code.code.first_line),
        GenState::Suspended(_) | GenState::SuspendedOne(_) => match state.suspended_chain() {
            Some((f, _)) => snapshot(&cls, f, Value::None, f.line()),
            None => Value::None,
        },
        GenState::Running | GenState::Delegated => {
            if let Some(f) = running_frame(vm, g) {
                return snapshot(&cls, f, Value::None, f.line());
            }
            // Suspended inside the delegation chain of the coroutine awaiting it.
            drop(state);
            with_suspended_frame(vm, g, |f, _| snapshot(&cls, f, Value::None, f.line())).unwrap_or_else(|| placeholder(&cls, g))
        }
    }
}

/// `f(frame, chain length)` for a suspended generator: its own frame and how many frames of
/// the delegation chain start there. A delegated one (awaited by a suspended coroutine)
/// keeps its frame in the chain of the coroutine awaiting it, found through the live tasks:
/// the frame after the one whose value stack holds `g`. The chain is looked for among the
/// coroutines of live tasks and the generators the running frames hold (one driven by hand
/// with `send`); None when not suspended or not found there.
fn with_suspended_frame<R>(vm: &Vm, g: &Generator, f: impl FnOnce(&Frame, usize) -> R) -> Option<R> {
    {
        let state = g.state.borrow();
        let in_a_chain = match &*state {
            GenState::Delegated => true,
            // A chain resumed and suspended again leaves its delegates `Running`.
            GenState::Running => running_frame(vm, g).is_none(),
            _ => false,
        };
        if !in_a_chain {
            return state.suspended_chain().map(|(frame, len)| f(frame, len));
        }
    }
    let mut holders = crate::runtime::state_if_made(vm).map(|s| s.task_coroutines()).unwrap_or_default();
    for frame in (0..vm.stack_depth()).filter_map(|level| vm.frame_at_depth(level)) {
        holders.extend(frame.fast.iter().flatten().chain(&frame.stack).cloned());
        holders.extend(frame.globals.borrow().values());
    }
    for coro in holders {
        let Value::Generator(holder) = coro else { continue };
        let Ok(state) = holder.state.try_borrow() else { continue };
        let GenState::Suspended(frames) = &*state else { continue };
        let awaiting_g = |frame: &Box<Frame>| matches!(frame.stack.last(), Some(Value::Generator(x)) if std::ptr::eq(&**x, g));
        if let Some(i) = frames.iter().position(awaiting_g) {
            return frames.get(i + 1).map(|frame| f(frame, frames.len() - i - 1));
        }
    }
    None
}

/// The frame of a generator in the `Running` state if it is executing on the VM's stack (the
/// innermost frame running its code); None when it is suspended inside another generator's
/// delegation chain, which keeps the state `Running` while that chain is suspended.
fn running_frame<'a>(vm: &'a Vm, g: &Generator) -> Option<&'a Frame> {
    (0..vm.stack_depth()).filter_map(|level| vm.frame_at_depth(level)).find(|f| Rc::ptr_eq(&f.code, &g.code))
}

/// `gi_running`: executing right now, not merely part of a suspended delegation chain.
pub fn generator_running(vm: &Vm, g: &Generator) -> bool {
    matches!(&*g.state.borrow(), GenState::Running) && running_frame(vm, g).is_some()
}

/// `gi_suspended` (3.11): paused at a yield, its own or a delegate's.
pub fn generator_suspended(vm: &Vm, g: &Generator) -> bool {
    match &*g.state.borrow() {
        GenState::Suspended(_) | GenState::SuspendedOne(_) | GenState::Delegated => true,
        GenState::Running => running_frame(vm, g).is_none(),
        GenState::Created(_) | GenState::Finished => false,
    }
}

/// A frame held in the delegation chain of the generator awaiting it, which cannot be reached
/// from here: its code and `def` line, no locals.
fn placeholder(cls: &Rc<Class>, g: &Generator) -> Value {
    detached(cls, Value::Code(g.code.clone()), g.code.code.first_line, PyDict::new())
}

/// A frame snapshot for a native coroutine that imitates a Python one (`asyncio.sleep()`):
/// the given code, line and locals, no caller.
pub fn native_frame(vm: &Vm, code: Value, line: u32, locals: PyDict) -> Value {
    detached(&frame_class(vm), code, line, locals)
}

fn detached(cls: &Rc<Class>, code: Value, line: u32, locals: PyDict) -> Value {
    ended_frame(cls, code, line, Value::dict(locals), Value::dict(PyDict::new()), Value::None)
}

/// The frame of a traceback entry whose call has ended: its code and line, the locals it
/// had when the exception left it, its module's globals and the frame that called it.
pub fn traceback_frame(vm: &Vm, code: Value, line: u32, locals: Value, globals: Value, back: Value) -> Value {
    ended_frame(&frame_class(vm), code, line, locals, globals, back)
}

/// The frame object `sys._getframe(level)` gives (`level` 0 = the innermost running frame).
pub fn running_frame_at(vm: &mut Vm, level: usize) -> PyResult<Value> {
    getframe(vm, Args::new(&[Value::Int(level as i64)]))
}

fn ended_frame(cls: &Rc<Class>, code: Value, line: u32, locals: Value, globals: Value, back: Value) -> Value {
    let mut d = PyDict::new();
    d.set_str("f_globals", globals);
    d.set_str("f_code", code);
    d.set_str("f_lineno", Value::Int(line as i64));
    d.set_str("f_lasti", Value::Int(0));
    d.set_str("f_back", back);
    d.set_str("f_locals", locals);
    Value::Instance(Rc::new(Instance {
        class: RefCell::new(cls.clone()),
        dict: Rc::new(RefCell::new(d)),
        payload: Payload::None,
    }))
}

/// `cr_await` / `gi_yieldfrom` / `ag_await`: the object a suspended generator is delegating to
/// (`yield from` / `await`), which its frame keeps on top of its value stack while suspended
/// at the delegation; None otherwise.
pub fn generator_awaiting(vm: &mut Vm, g: &Generator) -> PyResult<Value> {
    // Some(awaited object), or None at a bare `await asyncio.sleep(0)`.
    let found = with_suspended_frame(vm, g, |f, len| {
        // A frame delegating to a generator has that generator's frames after it in the
        // chain; one awaiting a native awaitable is resumed at the delegating instruction.
        if len < 2 && f.ip != f.lasti {
            // A bare `await asyncio.sleep(0)` suspends just past its YieldFrom without making
            // the sleep coroutine (see `runtime::sleep`); CPython shows that coroutine here.
            let bare_sleep = f.ip == f.lasti + 1
                && matches!(f.code.code.body().instructions.get(f.lasti), Some(crate::bytecode::Instr::YieldFrom));
            return if bare_sleep { None } else { Some(Value::None) };
        }
        Some(f.stack.last().cloned().unwrap_or(Value::None))
    });
    let awaited = match found {
        None => return Ok(Value::None),
        Some(None) => return Ok(crate::runtime::sleep::yielded_zero_sleep(vm)),
        Some(Some(v)) => v,
    };
    // `await fut` delegates to the future itself here; CPython awaits its `__await__()`
    // iterator (a FutureIter), which is what it shows.
    if matches!(awaited, Value::Native(_)) && crate::runtime::future::core_of(&awaited).is_some() {
        return vm.call_method(&awaited, "__await__", vec![]);
    }
    // An `async for` step delegates to the async generator itself here (an async generator
    // is not awaitable, so nothing else puts one there); CPython awaits the
    // `async_generator_asend` its `__anext__()` made, which is what it shows.
    if matches!(&awaited, Value::Generator(a) if a.kind == crate::object::generator::GenKind::AsyncGenerator) {
        return vm.call_method(&awaited, "__anext__", vec![]);
    }
    Ok(awaited)
}
