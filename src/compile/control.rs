//! Exception-related control flow: `try` (except, except*, finally), `with`/`async with`, and
//! the compile-time unwinding of blocks on `return`/`break`/`continue` (CPython's fblock stack).

use std::rc::Rc;

use super::symtable::ScopeKind;
use super::{CResult, Compiler, FBlock, Label, NameCtx};
use crate::bytecode::opcode::AwaitKind;
use crate::bytecode::{Constant, Instr, Location};
use crate::syntax::ast::*;

const EXCEPT_STAR_MSG: &str = "'break', 'continue' and 'return' cannot appear in an except* block";

impl<'a> Compiler<'a> {
    pub(super) fn return_stmt(&mut self, s: &'a Stmt, value: Option<&'a Expr>) -> CResult {
        let u = self.u();
        if !u.kind.is_function() {
            return Err(self.error(s.span, "'return' outside function"));
        }
        let scope = &self.table.scopes[u.scope];
        if value.is_some() && scope.is_coroutine && scope.has_yield && u.kind == ScopeKind::Function {
            return Err(self.error(s.span, "'return' with value in async generator"));
        }
        if let Some(v) = value {
            self.expr(v)?;
        }
        self.set_loc(s.span);
        self.unwind_all(s.span, value.is_some())?;
        if value.is_none() {
            self.load_const(Constant::None);
        }
        self.emit(Instr::ReturnValue);
        Ok(())
    }

    pub(super) fn break_stmt(&mut self, s: &'a Stmt) -> CResult {
        let Some((_, end)) = self.unwind_to_loop(s.span, "'break' outside loop", true)? else {
            return Err(self.error(s.span, "'break' outside loop"));
        };
        self.emit_jump(Instr::Jump, end);
        Ok(())
    }

    pub(super) fn continue_stmt(&mut self, s: &'a Stmt) -> CResult {
        let Some((start, _)) = self.unwind_to_loop(s.span, "'continue' not properly in loop", false)? else {
            return Err(self.error(s.span, "'continue' not properly in loop"));
        };
        self.emit_jump(Instr::Jump, start);
        Ok(())
    }

    /// Unwinds every block of the unit (for `return`), keeping the value on top if `preserve`.
    fn unwind_all(&mut self, span: Span, preserve: bool) -> CResult {
        let mut i = self.u().fblocks.len();
        while i > 0 {
            i -= 1;
            let fb = self.u().fblocks[i].clone();
            self.unwind_one(&fb, i, span, preserve)?;
        }
        Ok(())
    }

    /// Unwinds up to the innermost loop; for `break` the loop itself too. Returns (start, end).
    fn unwind_to_loop(&mut self, span: Span, msg: &str, is_break: bool) -> CResult<Option<(Label, Label)>> {
        let mut i = self.u().fblocks.len();
        while i > 0 {
            i -= 1;
            let fb = self.u().fblocks[i].clone();
            match fb {
                FBlock::WhileLoop { start, end } => return Ok(Some((start, end))),
                FBlock::ForLoop { start, end } => {
                    if is_break {
                        self.emit(Instr::Pop);
                    }
                    return Ok(Some((start, end)));
                }
                _ => self.unwind_one(&fb, i, span, false)?,
            }
        }
        let _ = msg;
        Ok(None)
    }

    /// Emits the exit actions of block `fb` (at index `index` of the fblock stack).
    fn unwind_one(&mut self, fb: &FBlock<'a>, index: usize, span: Span, preserve: bool) -> CResult {
        match fb {
            FBlock::WhileLoop { .. } => {}
            FBlock::ForLoop { .. } | FBlock::PopValue => self.drop_below(preserve),
            FBlock::TryExcept => self.emit(Instr::PopBlock),
            FBlock::FinallyTry(body) => {
                self.emit(Instr::PopBlock);
                // The final body runs in the context outside this try.
                let saved: Vec<FBlock<'a>> = self.unit().fblocks.split_off(index);
                let loc = self.u().b.loc;
                if preserve {
                    self.push_fblock(FBlock::PopValue, span)?;
                }
                let r = self.stmts(body);
                if preserve {
                    self.pop_fblock();
                }
                self.unit().fblocks.truncate(index);
                self.unit().fblocks.extend(saved);
                self.restore_loc(loc);
                r?;
            }
            FBlock::FinallyEnd => {
                self.drop_below(preserve);
                self.emit(Instr::PopExcept);
            }
            FBlock::With { is_async } => {
                self.emit(Instr::PopBlock);
                if preserve {
                    self.emit(Instr::Swap(2));
                }
                self.call_exit_none(*is_async);
            }
            FBlock::HandlerCleanup { name } => {
                if name.is_some() {
                    self.emit(Instr::PopBlock);
                }
                self.emit(Instr::PopExcept);
                if let Some(n) = name {
                    self.clear_name(n);
                }
            }
            FBlock::ExceptStar => return Err(self.error(span, EXCEPT_STAR_MSG)),
        }
        Ok(())
    }

    /// Drops the item below the top when `preserve` (the top is a pending return value), else the top.
    fn drop_below(&mut self, preserve: bool) {
        if preserve {
            self.emit(Instr::Swap(2));
        }
        self.emit(Instr::Pop);
    }

    /// `[exit] -> []`: calls `exit(None, None, None)` and discards the result.
    fn call_exit_none(&mut self, is_async: bool) {
        for _ in 0..3 {
            self.load_const(Constant::None);
        }
        self.emit(Instr::Call(3));
        if is_async {
            self.await_tail(AwaitKind::AExit);
        }
        self.emit(Instr::Pop);
    }

    /// `name = None; del name` (the end of a named except clause).
    /// Before a handler's normal exit (unbinding `as` name, restoring the handled exception):
    /// give those instructions the location of the handler body's last instruction and return
    /// the handler's own. Matches CPython, where they carry no line and count as the body's
    /// last line, which is what a warning or `__del__` triggered by freeing the exception
    /// there reports (`coroutine ... was never awaited` at the `print(e)` line).
    fn handler_exit_loc(&mut self) -> Location {
        let b = &mut self.unit().b;
        match b.locations.last().copied() {
            Some(last) => std::mem::replace(&mut b.loc, last),
            None => b.loc,
        }
    }

    fn clear_name(&mut self, name: &Rc<str>) {
        self.load_const(Constant::None);
        self.name_op(name, NameCtx::Store);
        self.name_op(name, NameCtx::Del);
    }

    pub(super) fn try_stmt(
        &mut self,
        s: &'a Stmt,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
        is_star: bool,
    ) -> CResult {
        if finalbody.is_empty() {
            return self.try_except(s, body, handlers, orelse, is_star);
        }
        let (handler, end) = (self.new_label(), self.new_label());
        self.emit_jump(Instr::SetupFinally, handler);
        self.push_fblock(FBlock::FinallyTry(finalbody), s.span)?;
        if handlers.is_empty() {
            self.stmts(body)?;
            self.stmts(orelse)?;
        } else {
            self.try_except(s, body, handlers, orelse, is_star)?;
        }
        self.pop_fblock();
        self.emit(Instr::PopBlock);
        self.stmts(finalbody)?;
        self.emit_jump(Instr::Jump, end);
        self.bind(handler);
        self.push_fblock(FBlock::FinallyEnd, s.span)?;
        self.stmts(finalbody)?;
        self.pop_fblock();
        self.emit(Instr::Reraise);
        self.bind(end);
        Ok(())
    }

    fn try_except(
        &mut self,
        s: &'a Stmt,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        is_star: bool,
    ) -> CResult {
        let (handler, end) = (self.new_label(), self.new_label());
        self.emit_jump(Instr::SetupFinally, handler);
        self.push_fblock(FBlock::TryExcept, s.span)?;
        self.stmts(body)?;
        self.pop_fblock();
        self.emit(Instr::PopBlock);
        self.stmts(orelse)?;
        self.emit_jump(Instr::Jump, end);
        self.bind(handler);
        if is_star {
            self.except_star_handlers(s, handlers, end)?;
        } else {
            self.except_handlers(s, handlers, end)?;
        }
        self.bind(end);
        Ok(())
    }

    /// Handlers with the exception on the stack: `[exc]`.
    fn except_handlers(&mut self, s: &'a Stmt, handlers: &'a [ExceptHandler], end: Label) -> CResult {
        for (i, h) in handlers.iter().enumerate() {
            let saved = self.set_loc(h.span);
            let next = self.new_label();
            if let Some(t) = &h.typ {
                self.expr(t)?;
                self.emit(Instr::CheckExcMatch);
                self.emit_jump(Instr::PopJumpIfFalse, next);
            } else if i + 1 < handlers.len() {
                return Err(self.error(h.span, "default 'except:' must be last"));
            }
            match &h.name {
                Some(name) => {
                    self.name_op(name, NameCtx::Store);
                    let cleanup = self.new_label();
                    self.emit_jump(Instr::SetupFinally, cleanup);
                    self.push_fblock(FBlock::HandlerCleanup { name: Some(name.clone()) }, s.span)?;
                    self.stmts(&h.body)?;
                    self.pop_fblock();
                    let handler_loc = self.handler_exit_loc();
                    self.emit(Instr::PopBlock);
                    self.clear_name(name);
                    self.emit(Instr::PopExcept);
                    self.emit_jump(Instr::Jump, end);
                    self.restore_loc(handler_loc);
                    self.bind(cleanup);
                    self.clear_name(name);
                    self.emit(Instr::Reraise);
                }
                None => {
                    self.emit(Instr::Pop);
                    self.push_fblock(FBlock::HandlerCleanup { name: None }, s.span)?;
                    self.stmts(&h.body)?;
                    self.pop_fblock();
                    let handler_loc = self.handler_exit_loc();
                    self.emit(Instr::PopExcept);
                    self.emit_jump(Instr::Jump, end);
                    self.restore_loc(handler_loc);
                }
            }
            self.bind(next);
            self.restore_loc(saved);
        }
        self.emit(Instr::Reraise);
        Ok(())
    }

    /// `except*` handlers (mirrors CPython 3.11): `[orig]` -> `[orig, raised_list, rest]`, each
    /// clause splits `rest`, exceptions raised by clause bodies are collected in the list, and
    /// `PrepReraiseStar` computes what to re-raise.
    fn except_star_handlers(&mut self, s: &'a Stmt, handlers: &'a [ExceptHandler], end: Label) -> CResult {
        self.emit(Instr::Copy(1));
        self.emit(Instr::BuildList(0));
        self.emit(Instr::Swap(2));
        for h in handlers {
            let saved = self.set_loc(h.span);
            let (no_match, next) = (self.new_label(), self.new_label());
            match &h.typ {
                Some(t) => self.expr(t)?,
                None => return Err(self.error(h.span, "expected one or more exception types")),
            }
            self.emit(Instr::CheckEgMatch);
            self.emit(Instr::Copy(1));
            self.load_const(Constant::None);
            self.emit(Instr::IsOp(false));
            self.emit_jump(Instr::PopJumpIfTrue, no_match);
            match &h.name {
                Some(name) => self.name_op(name, NameCtx::Store),
                None => self.emit(Instr::Pop),
            }
            let raised = self.new_label();
            self.emit_jump(Instr::SetupFinally, raised);
            self.push_fblock(FBlock::ExceptStar, s.span)?;
            self.stmts(&h.body)?;
            self.pop_fblock();
            self.emit(Instr::PopBlock);
            if let Some(name) = &h.name {
                self.clear_name(name);
            }
            self.emit_jump(Instr::Jump, next);
            // A clause body raised: `[orig, list, rest, exc]`; collect it.
            self.bind(raised);
            if let Some(name) = &h.name {
                self.clear_name(name);
            }
            self.emit(Instr::ListAppend(2));
            self.emit(Instr::PopExcept);
            self.emit_jump(Instr::Jump, next);
            self.bind(no_match);
            self.emit(Instr::Pop);
            self.bind(next);
            self.restore_loc(saved);
        }
        let reraise = self.new_label();
        self.emit(Instr::ListAppend(1));
        self.emit(Instr::PrepReraiseStar);
        self.emit(Instr::Copy(1));
        self.load_const(Constant::None);
        self.emit(Instr::IsOp(true));
        self.emit_jump(Instr::PopJumpIfTrue, reraise);
        self.emit(Instr::Pop);
        self.emit(Instr::PopExcept);
        self.emit_jump(Instr::Jump, end);
        self.bind(reraise);
        self.emit(Instr::Reraise);
        Ok(())
    }

    pub(super) fn with(&mut self, s: &'a Stmt, is_async: bool, items: &'a [WithItem], body: &'a [Stmt]) -> CResult {
        if is_async {
            self.check_async_stmt(s.span, "'async with' outside async function")?;
        }
        self.with_items(s, is_async, items, body)
    }

    fn with_items(&mut self, s: &'a Stmt, is_async: bool, items: &'a [WithItem], body: &'a [Stmt]) -> CResult {
        let Some((item, rest)) = items.split_first() else { return self.stmts(body) };
        let (handler, end) = (self.new_label(), self.new_label());
        self.expr(&item.context_expr)?;
        // CPython 3.11 gives `__enter__`/`__aenter__` the whole statement's location, so a
        // failing one shows the `with` line without carets.
        let saved = self.set_loc(s.span);
        if is_async {
            self.emit(Instr::BeforeAsyncWith);
            self.await_tail(AwaitKind::AEnter);
        } else {
            self.emit(Instr::BeforeWith);
        }
        self.set_loc(item.context_expr.span);
        // The `as` target is bound before the handler block is set up, so the block's stack
        // depth covers only `__exit__` (a failing target store therefore skips `__exit__`,
        // where CPython would call it).
        match &item.optional_vars {
            Some(t) => self.store_target(t)?,
            None => self.emit(Instr::Pop),
        }
        self.emit_jump(Instr::SetupFinally, handler);
        self.push_fblock(FBlock::With { is_async }, s.span)?;
        self.restore_loc(saved);
        self.with_items(s, is_async, rest, body)?;
        self.pop_fblock();
        let saved = self.set_loc(s.span);
        self.emit(Instr::PopBlock);
        self.call_exit_none(is_async);
        self.emit_jump(Instr::Jump, end);
        // Exception path: `[exit, exc]`.
        self.bind(handler);
        let suppress = self.new_label();
        self.emit(Instr::WithExceptStart);
        if is_async {
            self.await_tail(AwaitKind::AExit);
        }
        self.emit_jump(Instr::PopJumpIfTrue, suppress);
        self.emit(Instr::Reraise);
        self.bind(suppress);
        self.emit(Instr::Pop);
        self.emit(Instr::PopExcept);
        self.emit(Instr::Pop);
        self.bind(end);
        self.restore_loc(saved);
        Ok(())
    }
}
