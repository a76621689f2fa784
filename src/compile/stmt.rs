//! Simple statements and `if`/`while`/`for`; imports; raise/assert. Exception-related compound
//! statements and unwinding live in `control.rs`.

use std::rc::Rc;

use super::{CResult, Compiler, FBlock, Mode, NameCtx};
use crate::bytecode::opcode::AwaitKind;
use crate::bytecode::{Constant, Instr};
use crate::syntax::ast::*;

/// Whether a module or class body contains an annotated assignment (not looking into nested
/// functions or classes), so it needs `SetupAnnotations`.
pub fn has_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| match &s.kind {
        StmtKind::AnnAssign { .. } => true,
        StmtKind::For { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::If { body, orelse, .. } => has_annotations(body) || has_annotations(orelse),
        StmtKind::With { body, .. } => has_annotations(body),
        StmtKind::Try { body, handlers, orelse, finalbody, .. } => {
            has_annotations(body)
                || handlers.iter().any(|h| has_annotations(&h.body))
                || has_annotations(orelse)
                || has_annotations(finalbody)
        }
        StmtKind::Match { cases, .. } => cases.iter().any(|c| has_annotations(&c.body)),
        _ => false,
    })
}

impl<'a> Compiler<'a> {
    pub(super) fn stmts(&mut self, body: &'a [Stmt]) -> CResult {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    pub(super) fn stmt(&mut self, s: &'a Stmt) -> CResult {
        self.enter_depth(s.span)?;
        let saved = self.set_loc(s.span);
        let r = self.stmt_kind(s);
        self.restore_loc(saved);
        self.depth -= 1;
        r
    }

    fn stmt_kind(&mut self, s: &'a Stmt) -> CResult {
        match &s.kind {
            StmtKind::FunctionDef(f) => self.function_def(s, f)?,
            StmtKind::ClassDef(c) => self.class_def(s, c)?,
            StmtKind::Return(value) => self.return_stmt(s, value.as_ref())?,
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.delete_target(t)?;
                }
            }
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                let n = targets.len();
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < n {
                        self.emit(Instr::Copy(1));
                    }
                    self.store_target(t)?;
                }
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(s, target, *op, value)?,
            StmtKind::AnnAssign { target, annotation, value, simple } => {
                self.ann_assign(target, annotation, value.as_ref(), *simple)?
            }
            StmtKind::For { is_async: false, target, iter, body, orelse } => {
                self.for_loop(s, target, iter, body, orelse)?
            }
            StmtKind::For { is_async: true, target, iter, body, orelse } => {
                self.async_for(s, target, iter, body, orelse)?
            }
            StmtKind::While { test, body, orelse } => self.while_loop(s, test, body, orelse)?,
            StmtKind::If { test, body, orelse } => {
                let (else_, end) = (self.new_label(), self.new_label());
                self.jump_if(test, false, else_)?;
                self.stmts(body)?;
                if !orelse.is_empty() {
                    self.emit_jump(Instr::Jump, end);
                }
                self.bind(else_);
                self.stmts(orelse)?;
                self.bind(end);
            }
            StmtKind::With { is_async, items, body } => self.with(s, *is_async, items, body)?,
            StmtKind::Match { subject, cases } => self.match_stmt(s, subject, cases)?,
            StmtKind::Raise { exc, cause } => {
                let mut n = 0;
                if let Some(e) = exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.emit(Instr::RaiseVarargs(n));
            }
            StmtKind::Try { body, handlers, orelse, finalbody, is_star } => {
                self.try_stmt(s, body, handlers, orelse, finalbody, *is_star)?
            }
            // matches CPython: under -O an assert compiles to nothing (not even its warning).
            StmtKind::Assert { .. } if super::optimize_level() >= 1 => {}
            StmtKind::Assert { test, msg } => {
                self.check_assert(s.span, test);
                let ok = self.new_label();
                self.jump_if(test, true, ok)?;
                // CPython 3.11 raises the AssertionError at the location of a comparison
                // test (under any `not`s), so its traceback underlines `a == b`; any other
                // test keeps the statement's location (no carets).
                let mut t: &Expr = test;
                while let ExprKind::UnaryOp { op: UnaryOperator::Not, operand } = &t.kind {
                    t = operand;
                }
                let saved = matches!(t.kind, ExprKind::Compare { .. }).then(|| self.set_loc(t.span));
                self.emit(Instr::LoadAssertionError);
                if let Some(m) = msg {
                    self.expr(m)?;
                    self.emit(Instr::Call(1));
                }
                self.emit(Instr::RaiseVarargs(1));
                if let Some(saved) = saved {
                    self.restore_loc(saved);
                }
                self.bind(ok);
            }
            StmtKind::Import(names) => self.import(names, s.span)?,
            StmtKind::ImportFrom { module, names, level } => self.import_from(module.as_ref(), names, *level, s.span)?,
            StmtKind::Global(_) | StmtKind::Nonlocal(_) | StmtKind::Pass => {}
            StmtKind::Expr(e) => self.expr_stmt(e)?,
            StmtKind::Break => self.break_stmt(s)?,
            StmtKind::Continue => self.continue_stmt(s)?,
        }
        Ok(())
    }

    fn expr_stmt(&mut self, e: &'a Expr) -> CResult {
        if self.opts.mode == Mode::Interactive && self.u().kind == super::ScopeKind::Module {
            self.expr(e)?;
            self.emit(Instr::PrintExpr);
            return Ok(());
        }
        if matches!(e.kind, ExprKind::Constant(_)) {
            // matches CPython: a constant expression statement (docstring-like) emits nothing.
            self.emit(Instr::Nop);
            return Ok(());
        }
        self.expr(e)?;
        self.emit(Instr::Pop);
        Ok(())
    }

    fn while_loop(&mut self, s: &'a Stmt, test: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> CResult {
        let (start, else_, end) = (self.new_label(), self.new_label(), self.new_label());
        self.bind(start);
        self.jump_if(test, false, else_)?;
        self.push_fblock(FBlock::WhileLoop { start, end }, s.span)?;
        self.stmts(body)?;
        self.pop_fblock();
        self.emit_jump(Instr::Jump, start);
        self.bind(else_);
        self.stmts(orelse)?;
        self.bind(end);
        Ok(())
    }

    fn for_loop(
        &mut self,
        s: &'a Stmt,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CResult {
        let (start, else_, end) = (self.new_label(), self.new_label(), self.new_label());
        self.expr(iter)?;
        // matches CPython 3.11: GET_ITER and FOR_ITER carry the whole statement's location,
        // so "'int' object is not iterable" shows no carets.
        self.set_loc(s.span);
        self.emit(Instr::GetIter);
        self.bind(start);
        self.emit_jump(Instr::ForIter, else_);
        self.push_fblock(FBlock::ForLoop { start, end }, s.span)?;
        self.store_target(target)?;
        self.stmts(body)?;
        self.pop_fblock();
        self.emit_jump(Instr::Jump, start);
        self.bind(else_);
        self.stmts(orelse)?;
        self.bind(end);
        Ok(())
    }

    fn async_for(
        &mut self,
        s: &'a Stmt,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CResult {
        self.check_async_stmt(s.span, "'async for' outside async function")?;
        let (start, handler, end) = (self.new_label(), self.new_label(), self.new_label());
        self.expr(iter)?;
        // As `for`: GET_AITER has the statement's location in CPython 3.11 (no carets).
        self.set_loc(s.span);
        self.emit(Instr::GetAIter);
        self.bind(start);
        self.emit_jump(Instr::SetupFinally, handler);
        self.emit(Instr::GetANext);
        self.load_const(Constant::None);
        self.emit(Instr::YieldFrom);
        self.emit(Instr::PopBlock);
        self.push_fblock(FBlock::ForLoop { start, end }, s.span)?;
        self.store_target(target)?;
        self.stmts(body)?;
        self.pop_fblock();
        self.emit_jump(Instr::Jump, start);
        self.bind(handler);
        self.emit(Instr::EndAsyncFor);
        self.stmts(orelse)?;
        self.bind(end);
        Ok(())
    }

    /// `async for`/`async with` are allowed in async functions and at the REPL's top level.
    pub(super) fn check_async_stmt(&mut self, span: Span, msg: &str) -> CResult {
        if self.top_level_await() {
            self.unit().uses_await = true;
            return Ok(());
        }
        if !self.u().is_async || self.u().kind != super::ScopeKind::Function {
            return Err(self.error(span, msg));
        }
        Ok(())
    }

    /// `LoadConst None; YieldFrom` after a `GetAwaitable`.
    pub(super) fn await_tail(&mut self, kind: AwaitKind) {
        self.emit(Instr::GetAwaitable(kind));
        self.load_const(Constant::None);
        self.emit(Instr::YieldFrom);
    }

    /// matches CPython's compiler_nameop: a statement binding `__debug__` (an import, a def,
    /// a class) fails to compile, pointing at the statement.
    pub(super) fn check_store_debug(&self, name: &str, span: Span) -> CResult {
        if name == "__debug__" {
            return Err(self.error(span, "cannot assign to __debug__"));
        }
        Ok(())
    }

    fn import(&mut self, names: &'a [Alias], span: Span) -> CResult {
        // matches CPython 3.11: every instruction of an import carries the statement's location.
        for a in names {
            // CPython attributes the import to the whole statement (no carets in tracebacks).
            self.load_const(Constant::Int(0));
            self.load_const(Constant::None);
            let i = self.b().name(&a.name);
            self.emit(Instr::ImportName(i));
            match &a.asname {
                Some(asname) => {
                    self.check_store_debug(asname, span)?;
                    let parts: Vec<&str> = a.name.split('.').collect();
                    if parts.len() > 1 {
                        for (k, part) in parts.iter().enumerate().skip(1) {
                            let j = self.b().name(&Rc::from(*part));
                            self.emit(Instr::ImportFrom(j));
                            if k + 1 < parts.len() {
                                self.emit(Instr::Swap(2));
                                self.emit(Instr::Pop);
                            }
                        }
                        self.name_op(asname, NameCtx::Store);
                        self.emit(Instr::Pop);
                    } else {
                        self.name_op(asname, NameCtx::Store);
                    }
                }
                None => {
                    let first: Rc<str> = a.name.split('.').next().unwrap_or("").into();
                    self.check_store_debug(&first, span)?;
                    self.name_op(&first, NameCtx::Store);
                }
            }
        }
        Ok(())
    }

    fn import_from(&mut self, module: Option<&Ident>, names: &'a [Alias], level: u32, span: Span) -> CResult {
        self.load_const(Constant::Int(level as i64));
        let fromlist: Vec<Rc<str>> = names.iter().map(|a| a.name.clone()).collect();
        let i = self.names_tuple(&fromlist);
        self.emit(Instr::LoadConst(i));
        let module: Rc<str> = module.cloned().unwrap_or_else(|| "".into());
        let i = self.b().name(&module);
        self.emit(Instr::ImportName(i));
        if names.len() == 1 && &*names[0].name == "*" {
            if self.u().kind != super::ScopeKind::Module {
                return Err(self.error(names[0].span, "import * only allowed at module level"));
            }
            self.emit(Instr::ImportStar);
            return Ok(());
        }
        for a in names {
            let j = self.b().name(&a.name);
            self.emit(Instr::ImportFrom(j));
            let store = a.asname.as_ref().unwrap_or(&a.name);
            self.check_store_debug(store, span)?;
            self.name_op(store, NameCtx::Store);
        }
        self.emit(Instr::Pop);
        Ok(())
    }
}
