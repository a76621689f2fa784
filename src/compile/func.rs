//! Nested code objects: `def`, `lambda`, `class` bodies and comprehensions, with their
//! defaults, annotations, closures and decorators.

use std::rc::Rc;

use super::builder::CodeMeta;
use super::symtable::{mangle, ScopeKind};
use super::{stmt, CResult, Compiler, NameCtx};
use crate::bytecode::opcode::AwaitKind;
use crate::bytecode::{Code, CodeFlags, Constant, Instr, Location};
use crate::syntax::ast::*;

/// Parameter names in `varnames` order: positional, keyword-only, `*args`, `**kwargs`.
fn param_names(args: &Arguments, private: Option<&Rc<str>>) -> Vec<Rc<str>> {
    args.posonlyargs
        .iter()
        .chain(&args.args)
        .chain(&args.kwonlyargs)
        .chain(&args.vararg)
        .chain(&args.kwarg)
        .map(|a| mangle(private, &a.name))
        .collect()
}

impl<'a> Compiler<'a> {
    fn scope_id<T>(&self, node: &T, span: Span) -> CResult<usize> {
        self.table.scope_of(node).ok_or_else(|| self.error(span, "internal error: scope not found"))
    }

    /// matches CPython's compiler_check_debug_args: no parameter may be named `__debug__`;
    /// the error points at the whole `def` or `lambda`.
    fn check_debug_args(&self, args: &Arguments, span: Span) -> CResult {
        let all = args.posonlyargs.iter().chain(&args.args).chain(&args.vararg).chain(&args.kwonlyargs).chain(&args.kwarg);
        for a in all {
            if &*a.name == "__debug__" {
                return Err(self.error(span, "cannot assign to __debug__"));
            }
        }
        Ok(())
    }

    pub(super) fn function_def(&mut self, s: &'a Stmt, f: &'a FunctionDef) -> CResult {
        self.check_debug_args(&f.args, s.span)?;
        self.exprs(&f.decorators)?;
        let first_span = f.decorators.iter().map(|d| d.span).fold(s.span, |a, b| if b.start < a.start { b } else { a });
        let first_line = self.lines.line_of(first_span.start);
        self.set_loc(s.span);
        let mut flags = self.defaults(&f.args)?;
        if self.annotations(&f.args, f.returns.as_deref())? {
            flags |= 0x04;
        }
        let scope = self.scope_id(f, s.span)?;
        let qualname = self.qualname_for_def(&f.name);
        let code = self.function_body(scope, &f.name, qualname, &f.args, f.is_async, first_line, |c| {
            let body = match c.docstring_of(&f.body) {
                Some(_) => &f.body[1..],
                None => &f.body[..],
            };
            c.stmts(body)
        }, self.docstring_of(&f.body))?;
        super::stack_depth::record(&code, super::stack_depth::function(&f.args, &f.body));
        self.set_loc(s.span);
        self.make_function(code, flags);
        self.apply_decorators(&f.decorators, s.span);
        self.check_store_debug(&f.name, s.span)?;
        self.name_op(&f.name, NameCtx::Store);
        Ok(())
    }

    /// Compiles a function-like body in a new unit and returns its code object.
    #[allow(clippy::too_many_arguments)]
    fn function_body(
        &mut self,
        scope: usize,
        name: &Rc<str>,
        qualname: Rc<str>,
        args: &'a Arguments,
        is_async: bool,
        first_line: u32,
        body: impl FnOnce(&mut Self) -> CResult,
        docstring: Option<Rc<str>>,
    ) -> CResult<Rc<Code>> {
        let private = self.table.scopes[scope].private.clone();
        let params = param_names(args, private.as_ref());
        self.enter_unit(scope, qualname, &params, is_async);
        if let Some(doc) = &docstring {
            // matches CPython: the docstring is co_consts[0].
            self.b().add_const(Constant::Str(doc.clone()));
        }
        let r = body(self);
        if let Err(e) = r {
            self.units.pop();
            return Err(e);
        }
        self.b().loc = Location { line: 0, ..self.u().b.loc };
        self.load_const(Constant::None);
        self.emit(Instr::ReturnValue);
        let s = &self.table.scopes[scope];
        let flags = CodeFlags {
            varargs: args.vararg.is_some(),
            varkeywords: args.kwarg.is_some(),
            generator: s.has_yield && !is_async,
            coroutine: is_async && !s.has_yield,
            async_generator: is_async && s.has_yield,
            uses_locals_mapping: false,
        };
        let meta = CodeMeta {
            name: name.clone(),
            qualname: "".into(),
            filename: self.filename.clone(),
            first_line,
            flags,
            arg_count: (args.posonlyargs.len() + args.args.len()) as u32,
            posonly_arg_count: args.posonlyargs.len() as u32,
            kwonly_arg_count: args.kwonlyargs.len() as u32,
            total_args: params.len() as u32,
            docstring,
        };
        Ok(self.exit_unit(meta))
    }

    /// Pushes the defaults tuple and kw-only defaults dict; returns the MakeFunction flags.
    fn defaults(&mut self, args: &'a Arguments) -> CResult<u32> {
        let mut flags = 0;
        if !args.defaults.is_empty() {
            self.exprs(&args.defaults)?;
            self.emit(Instr::BuildTuple(args.defaults.len() as u32));
            flags |= 0x01;
        }
        let mut n = 0;
        for (arg, default) in args.kwonlyargs.iter().zip(&args.kw_defaults) {
            if let Some(d) = default {
                let name = mangle(self.u().private.as_ref(), &arg.name);
                self.load_const(Constant::Str(name));
                self.expr(d)?;
                n += 1;
            }
        }
        if n > 0 {
            self.emit(Instr::BuildMap(n));
            flags |= 0x02;
        }
        Ok(flags)
    }

    /// Pushes the annotations dict when there are annotations.
    fn annotations(&mut self, args: &'a Arguments, returns: Option<&'a Expr>) -> CResult<bool> {
        let all = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.vararg)
            .chain(&args.kwonlyargs)
            .chain(&args.kwarg);
        let mut n = 0;
        for a in all {
            if let Some(ann) = &a.annotation {
                let name = mangle(self.u().private.as_ref(), &a.name);
                self.load_const(Constant::Str(name));
                self.annotation(ann)?;
                n += 1;
            }
        }
        if let Some(r) = returns {
            self.load_const(Constant::Str("return".into()));
            self.annotation(r)?;
            n += 1;
        }
        if n > 0 {
            self.emit(Instr::BuildMap(n));
        }
        Ok(n > 0)
    }

    /// One annotation's value: evaluated, or under `from __future__ import annotations` its
    /// source text as CPython unparses it.
    pub(super) fn annotation(&mut self, ann: &'a Expr) -> CResult {
        if self.future_annotations {
            if let Some((msg, span)) = super::future::refused_in_annotation(ann) {
                return Err(self.error(span, &msg));
            }
            self.load_const(Constant::Str(super::unparse::annotation(ann).into()));
            return Ok(());
        }
        // PEP 646's `*args: *Ts`: the annotation is the one item `*Ts` unpacks to (CPython
        // compiles `[value] = [*Ts]`).
        if let ExprKind::Starred { value, .. } = &ann.kind {
            self.expr(value)?;
            self.emit(Instr::UnpackSequence(1));
            return Ok(());
        }
        self.expr(ann)
    }

    /// `[defaults.. ] -> [function]`: closure tuple, code constant, MakeFunction.
    fn make_function(&mut self, code: Rc<Code>, mut flags: u32) {
        if !code.freevars.is_empty() {
            for name in &code.freevars {
                let i = self.u().b.deref_index(name).unwrap_or(0);
                self.emit(Instr::LoadClosure(i));
            }
            self.emit(Instr::BuildTuple(code.freevars.len() as u32));
            flags |= 0x08;
        }
        self.load_const(Constant::Code(code));
        self.emit(Instr::MakeFunction(flags));
    }

    pub(super) fn lambda(&mut self, e: &'a Expr, args: &'a Arguments, body: &'a Expr) -> CResult {
        self.check_debug_args(args, e.span)?;
        let flags = self.defaults(args)?;
        let scope = self.scope_id(e, e.span)?;
        let qualname = self.qualname_for("<lambda>");
        let first_line = self.lines.line_of(e.span.start);
        let code = self.function_body(scope, &"<lambda>".into(), qualname, args, false, first_line, |c| {
            c.expr(body)?;
            let is_gen = c.table.scopes[scope].has_yield;
            if is_gen {
                c.emit(Instr::Pop);
            } else {
                c.set_loc(body.span);
                c.emit(Instr::ReturnValue);
            }
            Ok(())
        }, None)?;
        super::stack_depth::record(&code, super::stack_depth::lambda(args, body));
        self.set_loc(e.span);
        self.make_function(code, flags);
        Ok(())
    }

    pub(super) fn class_def(&mut self, s: &'a Stmt, c: &'a ClassDef) -> CResult {
        self.exprs(&c.decorators)?;
        let first_span = c.decorators.iter().map(|d| d.span).fold(s.span, |a, b| if b.start < a.start { b } else { a });
        let first_line = self.lines.line_of(first_span.start);
        self.set_loc(s.span);
        self.emit(Instr::LoadBuildClass);
        let scope = self.scope_id(c, s.span)?;
        let qualname = self.qualname_for_def(&c.name);
        self.enter_unit(scope, qualname.clone(), &[], false);
        let docstring = self.docstring_of(&c.body);
        let r = self.class_body(s, c, &qualname, docstring.clone());
        if let Err(e) = r {
            self.units.pop();
            return Err(e);
        }
        let meta = CodeMeta {
            name: c.name.clone(),
            qualname: "".into(),
            filename: self.filename.clone(),
            first_line,
            flags: CodeFlags { uses_locals_mapping: true, ..CodeFlags::default() },
            arg_count: 0,
            posonly_arg_count: 0,
            kwonly_arg_count: 0,
            total_args: 0,
            docstring,
        };
        let code = self.exit_unit(meta);
        self.set_loc(s.span);
        self.make_function(code, 0);
        self.load_const(Constant::Str(c.name.clone()));
        self.call_args_at(s.span, 2, &c.bases, &c.keywords)?;
        self.apply_decorators(&c.decorators, s.span);
        self.check_store_debug(&c.name, s.span)?;
        self.name_op(&c.name, NameCtx::Store);
        Ok(())
    }

    /// Call the decorators (already on the stack) innermost first; each call is located at its
    /// decorator, so a failing one is reported at its `@` line, as CPython 3.11.
    fn apply_decorators(&mut self, decorators: &[Expr], def_span: Span) {
        for d in decorators.iter().rev() {
            self.set_loc(d.span);
            self.emit(Instr::Call(1));
        }
        self.set_loc(def_span);
    }

    fn class_body(&mut self, s: &'a Stmt, c: &'a ClassDef, qualname: &Rc<str>, doc: Option<Rc<str>>) -> CResult {
        self.set_loc(s.span);
        let name = self.b().name(&"__name__".into());
        self.emit(Instr::LoadName(name));
        let module = self.b().name(&"__module__".into());
        self.emit(Instr::StoreName(module));
        self.load_const(Constant::Str(qualname.clone()));
        let q = self.b().name(&"__qualname__".into());
        self.emit(Instr::StoreName(q));
        if stmt::has_annotations(&c.body) {
            self.emit(Instr::SetupAnnotations);
        }
        let mut body = &c.body[..];
        if let Some(doc) = doc {
            self.load_const(Constant::Str(doc));
            let d = self.b().name(&"__doc__".into());
            self.emit(Instr::StoreName(d));
            body = &body[1..];
        }
        self.stmts(body)?;
        self.set_loc(s.span);
        if self.table.scopes[self.u().scope].needs_class_cell {
            let i = self.u().b.deref_index("__class__").unwrap_or(0);
            self.emit(Instr::LoadClosure(i));
            let cc = self.b().name(&"__classcell__".into());
            self.emit(Instr::StoreName(cc));
        } else {
            // CPython's class body ends `return None` when no method uses `__class__`, so its
            // co_consts ends with None; corio returns the namespace instead, but keeps the
            // constant for the code object's sake.
            self.b().add_const(Constant::None);
        }
        self.emit(Instr::LoadLocals);
        self.emit(Instr::ReturnValue);
        Ok(())
    }

    pub(super) fn comprehension(&mut self, e: &'a Expr) -> CResult {
        let (generators, name) = match &e.kind {
            ExprKind::ListComp { generators, .. } => (generators, "<listcomp>"),
            ExprKind::SetComp { generators, .. } => (generators, "<setcomp>"),
            ExprKind::DictComp { generators, .. } => (generators, "<dictcomp>"),
            ExprKind::GeneratorExp { generators, .. } => (generators, "<genexpr>"),
            _ => return Ok(()),
        };
        let Some(first) = generators.first() else { return Err(self.error(e.span, "invalid syntax")) };
        let is_genexp = name == "<genexpr>";
        let scope = self.scope_id(e, e.span)?;
        let is_async = self.table.scopes[scope].is_coroutine;
        if is_async && !is_genexp {
            if self.top_level_await() {
                self.unit().uses_await = true;
            } else if !(self.u().is_async || self.u().kind == ScopeKind::Comprehension) {
                let msg = "asynchronous comprehension outside of an asynchronous function";
                return Err(self.error(e.span, msg));
            }
        }
        let qualname = self.qualname_for(name);
        let first_line = self.lines.line_of(e.span.start);
        self.enter_unit(scope, qualname, &[".0".into()], is_async);
        let r = self.comprehension_body(e, generators);
        if let Err(err) = r {
            self.units.pop();
            return Err(err);
        }
        let flags = CodeFlags {
            generator: is_genexp && !is_async,
            async_generator: is_genexp && is_async,
            coroutine: !is_genexp && is_async,
            ..CodeFlags::default()
        };
        let meta = CodeMeta {
            name: name.into(),
            qualname: "".into(),
            filename: self.filename.clone(),
            first_line,
            flags,
            arg_count: 1,
            posonly_arg_count: 0,
            kwonly_arg_count: 0,
            total_args: 1,
            docstring: None,
        };
        let code = self.exit_unit(meta);
        super::stack_depth::record(&code, super::stack_depth::comprehension(e));
        self.set_loc(e.span);
        self.make_function(code, 0);
        self.comprehension_iter(first)?;
        self.set_loc(e.span);
        self.emit(if first.is_async { Instr::GetAIter } else { Instr::GetIter });
        self.emit(Instr::Call(1));
        if is_async && !is_genexp {
            self.await_tail(AwaitKind::Await);
        }
        Ok(())
    }

    /// The iterable of one `for` of a comprehension. CPython's AST optimizer (`fold_iter`)
    /// makes a list display there a tuple, which only an async `for` shows (its "'async for'
    /// requires an object with __aiter__ method, got tuple").
    fn comprehension_iter(&mut self, g: &'a Comprehension) -> CResult {
        match &g.iter.kind {
            ExprKind::List { elts, .. } if g.is_async && !elts.iter().any(|x| matches!(x.kind, ExprKind::Starred { .. })) => {
                self.set_loc(g.iter.span);
                self.sequence(elts, super::expr::Seq::Tuple)
            }
            _ => self.expr(&g.iter),
        }
    }

    fn comprehension_body(&mut self, e: &'a Expr, generators: &'a [Comprehension]) -> CResult {
        self.set_loc(e.span);
        match &e.kind {
            ExprKind::ListComp { .. } => self.emit(Instr::BuildList(0)),
            ExprKind::SetComp { .. } => self.emit(Instr::BuildSet(0)),
            ExprKind::DictComp { .. } => self.emit(Instr::BuildMap(0)),
            _ => {}
        }
        self.comprehension_loop(e, generators, 0)?;
        self.set_loc(e.span);
        if matches!(e.kind, ExprKind::GeneratorExp { .. }) {
            self.load_const(Constant::None);
        }
        self.emit(Instr::ReturnValue);
        Ok(())
    }

    fn comprehension_loop(&mut self, e: &'a Expr, generators: &'a [Comprehension], i: usize) -> CResult {
        let Some(g) = generators.get(i) else { return self.comprehension_element(e, generators.len()) };
        if i == 0 {
            self.emit(Instr::LoadFast(0));
        } else {
            self.comprehension_iter(g)?;
            self.set_loc(g.iter.span);
            self.emit(if g.is_async { Instr::GetAIter } else { Instr::GetIter });
        }
        let (start, end) = (self.new_label(), self.new_label());
        self.bind(start);
        self.set_loc(e.span);
        if g.is_async {
            self.emit_jump(Instr::SetupFinally, end);
            self.emit(Instr::GetANext);
            self.load_const(Constant::None);
            self.emit(Instr::YieldFrom);
            self.emit(Instr::PopBlock);
        } else {
            self.emit_jump(Instr::ForIter, end);
        }
        self.store_target(&g.target)?;
        for cond in &g.ifs {
            self.jump_if(cond, false, start)?;
        }
        self.comprehension_loop(e, generators, i + 1)?;
        self.set_loc(e.span);
        self.emit_jump(Instr::Jump, start);
        self.bind(end);
        if g.is_async {
            self.emit(Instr::EndAsyncFor);
        }
        Ok(())
    }

    fn comprehension_element(&mut self, e: &'a Expr, depth: usize) -> CResult {
        let depth = depth as u32 + 1;
        match &e.kind {
            ExprKind::ListComp { elt, .. } => {
                self.expr(elt)?;
                self.set_loc(e.span);
                self.emit(Instr::ListAppend(depth));
            }
            ExprKind::SetComp { elt, .. } => {
                self.expr(elt)?;
                self.set_loc(e.span);
                self.emit(Instr::SetAdd(depth));
            }
            ExprKind::DictComp { key, value, .. } => {
                self.expr(key)?;
                self.expr(value)?;
                self.set_loc(e.span);
                self.emit(Instr::MapAdd(depth));
            }
            ExprKind::GeneratorExp { elt, .. } => {
                self.expr(elt)?;
                self.set_loc(e.span);
                self.emit(Instr::YieldValue);
                self.emit(Instr::Pop);
            }
            _ => {}
        }
        Ok(())
    }
}
