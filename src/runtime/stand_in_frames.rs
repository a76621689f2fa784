//! Traceback frames of CPython's Python-level asyncio code that corio runs natively
//! (`Handle._run`, `BaseEventLoop.run_until_complete`): the frame CPython would show is taken
//! from a stand-in method of the same name in the frozen module, so a traceback passes through
//! the same functions, lines and carets.

use crate::bytecode::Instr;
use crate::object::{Instance, PyErr, Value};
use crate::vm::Vm;

/// Which instruction of the stand-in's line the frame stops at.
#[derive(Clone, Copy)]
pub enum Pick {
    /// The call on the line (CPython's carets mark it when it is not the whole line).
    Call,
    /// The whole statement (a `raise`: no carets).
    Statement,
    /// The widest expression that is not the whole statement (`return await future`'s
    /// `await future`).
    Expr,
}

/// `push` for an error on its way out of native code: the exception it raises.
pub fn through(vm: &mut Vm, e: PyErr, module: &str, class: &str, method: &str, line: u32, pick: Pick) -> PyErr {
    let inst = vm.materialize(e);
    push(vm, &inst, module, class, method, line, pick);
    PyErr::from_instance(inst)
}

/// Append (at the outer end of `inst`'s traceback) the frame of `module.class.method` stopped
/// at its body line `line` (1 = the first line after the `def`).
#[cold]
pub fn push(vm: &mut Vm, inst: &Instance, module: &str, class: &str, method: &str, line: u32, pick: Pick) {
    let Ok(m) = vm.import_module(module) else { return };
    // An empty `class` names a module-level function.
    let owner = if class.is_empty() {
        m
    } else {
        let Ok(cls) = vm.getattr(&m, &Value::str(class)) else { return };
        cls
    };
    let Ok(Value::Function(f)) = vm.getattr(&owner, &Value::str(method)) else { return };
    let code = f.code.clone();
    let target = code.code.first_line + line;
    let body = code.code.body();
    let on_line = body.locations.iter().enumerate().filter(|(_, l)| l.line == target && l.end_line == target);
    // A statement may go on over several lines (CPython then shows its first line, no carets).
    let starting = body.locations.iter().enumerate().filter(|(_, l)| l.line == target);
    let instr = match pick {
        Pick::Call => on_line
            .filter(|(i, _)| {
                matches!(body.instructions.get(*i), Some(Instr::Call(_) | Instr::CallKw(_) | Instr::CallMethod(_) | Instr::CallFunctionEx { .. }))
            })
            .last()
            .map(|(i, _)| i as u32),
        Pick::Statement => starting.max_by_key(|(_, l)| (std::cmp::Reverse(l.col), l.end_line, l.end_col)).map(|(i, _)| i as u32),
        Pick::Expr => {
            let start = body.locations.iter().filter(|l| l.line == target).map(|l| l.col).min().unwrap_or(0);
            on_line.filter(|(_, l)| l.col > start).max_by_key(|(_, l)| l.end_col.saturating_sub(l.col)).map(|(i, _)| i as u32)
        }
    };
    let (Some(instr), Some(d)) = (instr, crate::object::exception::exc_data(inst)) else { return };
    d.borrow_mut().traceback.push(crate::object::exception::TbEntry { code, instr, locals: None });
}

/// Append the frame of Python function `func` suspended at its first `await` (the native
/// Queue, Lock and Event coroutines stand in for such methods: a cancellation leaves
/// through `await getter` / `await fut` in CPython's traceback).
pub fn push_at_first_await(inst: &Instance, func: &Value) {
    let Value::Function(f) = func else { return };
    let code = f.code.clone();
    let instr = code.code.body().instructions.iter().position(|i| matches!(i, Instr::YieldFrom));
    let (Some(instr), Some(d)) = (instr, crate::object::exception::exc_data(inst)) else { return };
    d.borrow_mut().traceback.push(crate::object::exception::TbEntry { code, instr: instr as u32, locals: None });
}
