//! The bytecode compiler: AST -> code objects. Owns the compile units (one per code object being
//! built), name resolution through the symbol table, locations and compile-time SyntaxErrors.
//!
//! Layout: `symtable` (scopes), `builder` (emission), `stmt`/`control` (statements, loops,
//! exceptions and unwinding), `expr`/`call` (expressions), `func` (functions, lambdas, classes,
//! comprehensions), `target` (assignment targets), `literal` (constants).

mod builder;
mod call;
mod control;
mod expr;
mod func;
mod future;
pub(crate) mod literal;
mod pattern;
pub mod stack_depth;
mod stmt;
pub mod symtable;
mod target;
mod unparse;
pub mod warnings;

#[cfg(test)]
mod tests;

use std::rc::Rc;

use crate::bytecode::{Code, CodeFlags, Constant, Instr, Location};
use crate::source::{line_text, LineIndex};
use crate::syntax::ast::{self, Span, Stmt};
use crate::syntax::{SyntaxError, SyntaxErrorKind, COMPILE_DEPTH_MESSAGE};

use builder::{CodeBuilder, CodeMeta, Label};
use symtable::{mangle, ScopeId, ScopeKind, SymScope, SymbolTable};

/// The command line's `-O` count (CPython's `optimization_level`): 1 drops `assert`
/// statements, 2 also docstrings. Set once at start-up, before anything is compiled.
static OPTIMIZE: std::sync::atomic::AtomicU8 = std::sync::atomic::AtomicU8::new(0);

pub fn set_optimize(level: u8) {
    OPTIMIZE.store(level, std::sync::atomic::Ordering::Relaxed);
}

pub fn optimize_level() -> u8 {
    OPTIMIZE.load(std::sync::atomic::Ordering::Relaxed)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Exec,
    Eval,
    Interactive,
}

#[derive(Clone, Copy, Debug)]
pub struct CompileOptions {
    pub mode: Mode,
    pub allow_top_level_await: bool,
}

impl Default for CompileOptions {
    fn default() -> Self {
        CompileOptions { mode: Mode::Exec, allow_top_level_await: false }
    }
}

/// Compiles a parsed module to its code object.
pub fn compile_module(
    module: &ast::Module,
    source: &str,
    filename: &str,
    opts: &CompileOptions,
) -> Result<Rc<Code>, SyntaxError> {
    let lines = LineIndex::new(source);
    let mut c = Compiler {
        source,
        filename: filename.into(),
        lines,
        table: SymbolTable::empty(),
        opts: *opts,
        units: Vec::new(),
        depth: 0,
        future_annotations: false,
    };
    c.future_annotations = future::annotations_enabled(module).map_err(|(msg, span)| c.error(span, &msg))?;
    c.table = SymbolTable::build(module).map_err(|e| {
        let mut err = c.error(e.span, &e.msg);
        if e.msg == COMPILE_DEPTH_MESSAGE {
            err.kind = SyntaxErrorKind::RecursionError;
        }
        err
    })?;
    c.compile_top(module).map(Rc::new)
}

/// Parses then compiles (`corio file.py`, `exec`, `eval`, `compile()` and the REPL).
pub fn compile_source(source: &str, filename: &str, opts: &CompileOptions) -> Result<Rc<Code>, SyntaxError> {
    compile_source_staged(source, filename, opts).map_err(|(e, _)| e)
}

/// [`compile_source`], also saying whether an error came from the compiler (after parsing):
/// CPython's compiler errors take their source line from the file, not the compiled text.
pub fn compile_source_staged(source: &str, filename: &str, opts: &CompileOptions) -> Result<Rc<Code>, (SyntaxError, bool)> {
    let _ = crate::syntax::take_lexer_warnings("");
    let _ = crate::syntax::take_escape_warnings();
    let parsed = match opts.mode {
        Mode::Interactive => crate::syntax::parse_interactive(source, filename),
        Mode::Exec | Mode::Eval => crate::syntax::parse_module(source, filename),
    };
    // Queued even when parsing fails: CPython shows them before the SyntaxError.
    for (line, msg) in crate::syntax::take_lexer_warnings(source) {
        warnings::queue(filename, source, line, msg);
    }
    warnings::queue_escapes(filename, source, crate::syntax::take_escape_warnings());
    let module = parsed.map_err(|e| (e, false))?;
    compile_module(&module, source, filename, opts).map_err(|e| (e, true))
}


/// A block the compiler is inside, for unwinding on `return`/`break`/`continue` (CPython's fblock).
#[derive(Clone)]
enum FBlock<'a> {
    WhileLoop { start: Label, end: Label },
    /// The iterator is on the stack.
    ForLoop { start: Label, end: Label },
    /// Body of `try` with except handlers: a SetupFinally block is active.
    TryExcept,
    /// Body of `try` with `finally`: a SetupFinally block is active; the final body is inlined.
    FinallyTry(&'a [Stmt]),
    /// The exception path of a `finally` body: the exception is on the stack, a handler is active.
    FinallyEnd,
    /// Body of `with`: `__exit__` is on the stack and a SetupFinally block is active.
    With { is_async: bool },
    /// Body of an except handler (a handler is active); a named one also has a SetupFinally.
    HandlerCleanup { name: Option<Rc<str>> },
    /// An `except*` handler body (`return`/`break`/`continue` are forbidden there).
    ExceptStar,
    /// A value to drop (the pending return value while an inlined finally body runs).
    PopValue,
}

/// One code object under construction.
struct Unit<'a> {
    b: CodeBuilder,
    scope: ScopeId,
    kind: ScopeKind,
    /// `async def` (or an async comprehension): await is allowed.
    is_async: bool,
    qualname: Rc<str>,
    private: Option<Rc<str>>,
    fblocks: Vec<FBlock<'a>>,
    /// Module code only: uses top-level await (REPL), so it becomes a coroutine.
    uses_await: bool,
}

/// CPython's limit on statically nested blocks (CO_MAXBLOCKS).
const MAX_BLOCKS: usize = 20;
/// CPython's compiler recursion limit (the recursion limit times its
/// COMPILER_STACK_FRAME_SCALE of 3): deeper nesting is a RecursionError. The lexer stops
/// operator chains near this depth, so this guards what nests otherwise.
const MAX_DEPTH: u32 = 3000;

type CResult<T = ()> = Result<T, SyntaxError>;

struct Compiler<'a> {
    source: &'a str,
    filename: Rc<str>,
    lines: LineIndex,
    table: SymbolTable,
    opts: CompileOptions,
    units: Vec<Unit<'a>>,
    depth: u32,
    /// `from __future__ import annotations`: annotations are stored as their source text.
    future_annotations: bool,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum NameCtx {
    Load,
    Store,
    Del,
}

impl<'a> Compiler<'a> {
    // ---- errors and locations ----

    fn error(&self, span: Span, msg: &str) -> SyntaxError {
        let (line, bcol) = self.lines.line_col(span.start);
        let (end_line, end_bcol) = self.lines.line_col(span.end);
        let text = line_text(self.source, line).map(str::to_string);
        let chars = |line: u32, bcol: u32| -> u32 {
            let t = line_text(self.source, line).unwrap_or("");
            let prefix = t.get(..bcol as usize).unwrap_or(t);
            prefix.chars().count() as u32 + 1
        };
        SyntaxError {
            kind: SyntaxErrorKind::SyntaxError,
            msg: msg.to_string(),
            filename: self.filename.to_string(),
            line,
            col: chars(line, bcol),
            end_line,
            end_col: chars(end_line, end_bcol),
            text,
        }
    }

    fn location(&self, span: Span) -> Location {
        let (line, col) = self.lines.line_col(span.start);
        let (end_line, end_col) = self.lines.line_col(span.end);
        Location { line, end_line, col, end_col, anchor: (0, 0) }
    }

    /// Sets the location of the instructions emitted next; returns the previous one.
    fn set_loc(&mut self, span: Span) -> Location {
        let loc = self.location(span);
        std::mem::replace(&mut self.unit().b.loc, loc)
    }

    fn restore_loc(&mut self, loc: Location) {
        self.unit().b.loc = loc;
    }

    fn enter_depth(&mut self, span: Span) -> CResult {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            let mut e = self.error(span, COMPILE_DEPTH_MESSAGE);
            e.kind = SyntaxErrorKind::RecursionError;
            return Err(e);
        }
        Ok(())
    }

    // ---- units ----

    fn unit(&mut self) -> &mut Unit<'a> {
        let n = self.units.len();
        &mut self.units[n - 1]
    }

    fn u(&self) -> &Unit<'a> {
        &self.units[self.units.len() - 1]
    }

    fn b(&mut self) -> &mut CodeBuilder {
        &mut self.unit().b
    }

    fn emit(&mut self, i: Instr) {
        self.unit().b.emit(i);
    }

    fn emit_jump(&mut self, make: fn(u32) -> Instr, l: Label) {
        self.unit().b.emit_jump(make, l);
    }

    fn new_label(&mut self) -> Label {
        self.unit().b.new_label()
    }

    fn bind(&mut self, l: Label) {
        self.unit().b.bind(l);
    }

    fn load_const(&mut self, c: Constant) {
        self.unit().b.load_const(c);
    }

    fn push_fblock(&mut self, fb: FBlock<'a>, span: Span) -> CResult {
        if self.u().fblocks.len() >= MAX_BLOCKS {
            return Err(self.error(span, "too many statically nested blocks"));
        }
        self.unit().fblocks.push(fb);
        let depth = self.u().fblocks.len() as u32;
        let b = self.b();
        b.max_blocks = b.max_blocks.max(depth);
        Ok(())
    }

    fn pop_fblock(&mut self) {
        self.unit().fblocks.pop();
    }

    /// Starts a unit for scope `scope`; parameters (if any) become the first varnames.
    fn enter_unit(&mut self, scope: ScopeId, qualname: Rc<str>, params: &[Rc<str>], is_async: bool) {
        let s = &self.table.scopes[scope];
        let mut b = CodeBuilder::new();
        for p in params {
            b.varname(p);
        }
        if s.kind.is_function() {
            for (name, sym) in &s.symbols {
                if sym.scope == SymScope::Local {
                    b.varname(name);
                }
            }
        }
        b.cellvars = s.cellvars.clone();
        b.freevars = s.freevars.clone();
        let private = s.private.clone();
        self.units.push(Unit {
            b,
            scope,
            kind: s.kind,
            is_async,
            qualname,
            private,
            fblocks: Vec::new(),
            uses_await: false,
        });
    }

    fn exit_unit(&mut self, mut meta: CodeMeta) -> Rc<Code> {
        let unit = self.units.pop().expect("exit_unit with a unit");
        meta.qualname = unit.qualname.clone();
        Rc::new(unit.b.finish(meta))
    }

    /// The qualified name of a definition `name` made in the current unit (CPython's rules).
    fn qualname_for(&self, name: &str) -> Rc<str> {
        let u = self.u();
        match u.kind {
            ScopeKind::Module => name.into(),
            ScopeKind::Class => format!("{}.{name}", u.qualname).into(),
            _ => format!("{}.<locals>.{name}", u.qualname).into(),
        }
    }

    /// A `def`/`class` name that was declared `global` gets the bare name (CPython's rule).
    fn qualname_for_def(&self, name: &Rc<str>) -> Rc<str> {
        let u = self.u();
        if matches!(u.kind, ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Class) {
            let mangled = mangle(u.private.as_ref(), name);
            if self.table.scopes[u.scope].lookup(&mangled) == Some(SymScope::GlobalExplicit) {
                return name.clone();
            }
        }
        self.qualname_for(name)
    }

    // ---- names ----

    fn name_op(&mut self, name: &Rc<str>, ctx: NameCtx) {
        let mangled = mangle(self.u().private.as_ref(), name);
        let kind = self.u().kind;
        let scope = self.table.scopes[self.u().scope].lookup(&mangled);
        let b = &mut self.unit().b;
        let instr = match scope {
            Some(SymScope::Local) if kind.is_function() => {
                let i = b.varname(&mangled);
                match ctx {
                    NameCtx::Load => Instr::LoadFast(i),
                    NameCtx::Store => Instr::StoreFast(i),
                    NameCtx::Del => Instr::DeleteFast(i),
                }
            }
            Some(SymScope::Cell | SymScope::Free) if b.deref_index(&mangled).is_some() => {
                let i = b.deref_index(&mangled).unwrap_or(0);
                match ctx {
                    NameCtx::Load if kind == ScopeKind::Class => Instr::LoadClassDeref(i),
                    NameCtx::Load => Instr::LoadDeref(i),
                    NameCtx::Store => Instr::StoreDeref(i),
                    NameCtx::Del => Instr::DeleteDeref(i),
                }
            }
            Some(SymScope::GlobalExplicit) => global_op(b.name(&mangled), ctx),
            _ if kind.is_function() => global_op(b.name(&mangled), ctx),
            _ => {
                let i = b.name(&mangled);
                match ctx {
                    NameCtx::Load => Instr::LoadName(i),
                    NameCtx::Store => Instr::StoreName(i),
                    NameCtx::Del => Instr::DeleteName(i),
                }
            }
        };
        b.emit(instr);
    }

    /// Index into `names` of an attribute/import name (mangled for attributes).
    fn attr_name(&mut self, name: &Rc<str>) -> u32 {
        let mangled = mangle(self.u().private.as_ref(), name);
        self.b().name(&mangled)
    }

    // ---- top level ----

    fn compile_top(&mut self, module: &'a ast::Module) -> CResult<Code> {
        self.enter_unit(0, "<module>".into(), &[], false);
        let mut docstring = None;
        match self.opts.mode {
            Mode::Eval => self.compile_eval_body(module)?,
            Mode::Exec | Mode::Interactive => {
                if self.opts.mode == Mode::Exec {
                    docstring = self.docstring_of(&module.body);
                }
                if stmt::has_annotations(&module.body) {
                    self.emit(Instr::SetupAnnotations);
                }
                let mut body = &module.body[..];
                if let (Some(doc), Some(first)) = (&docstring, body.first()) {
                    self.set_loc(first.span);
                    self.load_const(Constant::Str(doc.clone()));
                    let i = self.b().name(&"__doc__".into());
                    self.emit(Instr::StoreName(i));
                    body = &body[1..];
                }
                self.stmts(body)?;
                self.b().loc = Location::default();
                self.load_const(Constant::None);
                self.emit(Instr::ReturnValue);
            }
        }
        let mut flags = CodeFlags { uses_locals_mapping: true, ..CodeFlags::default() };
        flags.coroutine = self.u().uses_await;
        let unit = self.units.pop().expect("module unit");
        let meta = CodeMeta {
            name: "<module>".into(),
            qualname: "<module>".into(),
            filename: self.filename.clone(),
            first_line: 1,
            flags,
            arg_count: 0,
            posonly_arg_count: 0,
            kwonly_arg_count: 0,
            total_args: 0,
            docstring,
        };
        Ok(unit.b.finish(meta))
    }

    fn compile_eval_body(&mut self, module: &'a ast::Module) -> CResult {
        match module.body.as_slice() {
            [Stmt { kind: ast::StmtKind::Expr(e), .. }] => {
                self.expr(e)?;
                self.set_loc(e.span);
                self.emit(Instr::ReturnValue);
                Ok(())
            }
            [] => {
                self.load_const(Constant::None);
                self.emit(Instr::ReturnValue);
                Ok(())
            }
            [first, ..] => Err(self.error(first.span, "invalid syntax")),
        }
    }

    /// The docstring: the body's first statement when it is a plain string literal.
    fn docstring_of(&self, body: &[Stmt]) -> Option<Rc<str>> {
        // matches CPython's -OO: docstrings are left out (`__doc__` is None).
        if optimize_level() >= 2 {
            return None;
        }
        match body.first().map(|s| &s.kind) {
            Some(ast::StmtKind::Expr(ast::Expr { kind: ast::ExprKind::Constant(ast::Constant::Str(s)), .. })) => {
                Some(s.clone())
            }
            _ => None,
        }
    }
}

fn global_op(i: u32, ctx: NameCtx) -> Instr {
    match ctx {
        NameCtx::Load => Instr::LoadGlobal(i),
        NameCtx::Store => Instr::StoreGlobal(i),
        NameCtx::Del => Instr::DeleteGlobal(i),
    }
}
