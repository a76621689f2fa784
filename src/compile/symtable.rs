//! Scope analysis: which names are local, global (explicit or implicit), free or cell in each
//! module, class, function, lambda and comprehension scope (CPython's `symtable.c`).

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use indexmap::IndexMap;

use crate::syntax::ast::*;

pub type ScopeId = usize;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Lambda,
    Comprehension,
}

impl ScopeKind {
    /// Function-like scopes have fast locals and can own cells.
    pub fn is_function(self) -> bool {
        matches!(self, ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension)
    }
}

/// Where a name lives, as CPython's `LOCAL`/`GLOBAL_EXPLICIT`/`GLOBAL_IMPLICIT`/`FREE`/`CELL`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SymScope {
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

pub const DEF_LOCAL: u32 = 1;
pub const DEF_PARAM: u32 = 2;
pub const DEF_GLOBAL: u32 = 4;
pub const DEF_NONLOCAL: u32 = 8;
pub const USE: u32 = 16;
pub const DEF_ANNOT: u32 = 32;

#[derive(Clone, Debug)]
pub struct Symbol {
    pub flags: u32,
    pub scope: SymScope,
}

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: Rc<str>,
    pub symbols: IndexMap<Rc<str>, Symbol>,
    pub children: Vec<ScopeId>,
    /// Has `yield`/`yield from` (makes a generator).
    pub has_yield: bool,
    /// `async def`, or a comprehension containing `await`/`async for` (or an inner async one).
    pub is_coroutine: bool,
    /// Comprehension kind for error messages (`list comprehension`, `generator expression`...).
    pub comp_kind: Option<&'static str>,
    /// Nesting of comprehension iterables being visited in this scope (CPython's
    /// `ste_comp_iter_expr`): a walrus there is an error.
    pub comp_iter_expr: u32,
    /// A comprehension's iteration variables, which a walrus inside it may not rebind.
    pub comp_iter_names: Vec<Rc<str>>,
    pub cellvars: Vec<Rc<str>>,
    pub freevars: Vec<Rc<str>>,
    /// Class scope: a method uses `super`/`__class__`, so the class body owns a `__class__` cell.
    pub needs_class_cell: bool,
    /// Class name for private name mangling (inherited by nested function scopes).
    pub private: Option<Rc<str>>,
    /// Span of each `global`/`nonlocal` statement per name, for error locations.
    decl_spans: HashMap<Rc<str>, Span>,
}

impl Scope {
    pub fn lookup(&self, name: &str) -> Option<SymScope> {
        self.symbols.get(name).map(|s| s.scope)
    }
}

/// A scope-analysis error: message and the node span it points at.
#[derive(Debug, Clone)]
pub struct SymError {
    pub msg: String,
    pub span: Span,
}

pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    /// Scope created by an AST node, keyed by the node's address (FunctionDef, ClassDef, Expr).
    by_node: HashMap<usize, ScopeId>,
}

impl SymbolTable {
    pub fn build(module: &Module) -> Result<SymbolTable, SymError> {
        let mut b = Builder { scopes: Vec::new(), by_node: HashMap::new(), stack: Vec::new(), depth: 0 };
        let top = b.push(ScopeKind::Module, "top".into(), 0, None);
        for s in &module.body {
            b.stmt(s)?;
        }
        b.stack.pop();
        let mut table = SymbolTable { scopes: b.scopes, by_node: b.by_node };
        table.analyze(top, &HashSet::new(), &HashSet::new())?;
        Ok(table)
    }

    pub fn empty() -> SymbolTable {
        SymbolTable { scopes: Vec::new(), by_node: HashMap::new() }
    }

    pub fn scope_of<T>(&self, node: &T) -> Option<ScopeId> {
        self.by_node.get(&(node as *const T as usize)).copied()
    }

    /// Resolves every symbol of `id` and its children; returns the names free in `id`.
    fn analyze(
        &mut self,
        id: ScopeId,
        bound: &HashSet<Rc<str>>,
        globals: &HashSet<Rc<str>>,
    ) -> Result<HashSet<Rc<str>>, SymError> {
        let kind = self.scopes[id].kind;
        let mut local = HashSet::new();
        let mut declared_global = HashSet::new();
        let mut free = HashSet::new();
        let names: Vec<Rc<str>> = self.scopes[id].symbols.keys().cloned().collect();
        for name in names {
            let flags = self.scopes[id].symbols[&name].flags;
            let scope = if flags & DEF_GLOBAL != 0 {
                declared_global.insert(name.clone());
                SymScope::GlobalExplicit
            } else if flags & DEF_NONLOCAL != 0 {
                if !bound.contains(&name) {
                    let span = self.scopes[id].decl_spans.get(&name).copied().unwrap_or_default();
                    return Err(SymError { msg: format!("no binding for nonlocal '{name}' found"), span });
                }
                free.insert(name.clone());
                SymScope::Free
            } else if flags & (DEF_LOCAL | DEF_PARAM) != 0 {
                local.insert(name.clone());
                SymScope::Local
            } else if bound.contains(&name) && kind != ScopeKind::Module {
                free.insert(name.clone());
                SymScope::Free
            } else {
                let _ = globals;
                SymScope::GlobalImplicit
            };
            if let Some(sym) = self.scopes[id].symbols.get_mut(&name) {
                sym.scope = scope;
            }
        }
        let mut new_bound: HashSet<Rc<str>> = HashSet::new();
        let mut new_globals = globals.clone();
        match kind {
            ScopeKind::Module => {}
            ScopeKind::Class => {
                new_bound = bound.clone();
                new_bound.insert("__class__".into());
            }
            _ => {
                new_bound = bound.clone();
                for n in &local {
                    new_bound.insert(n.clone());
                    new_globals.remove(n);
                }
            }
        }
        // matches CPython's analyze_block: a class's bound and global sets for its children are
        // copied before its own names are analysed, so a `global x` in a class body does not
        // hide an enclosing function's `x` from the methods (they still close over it).
        if kind != ScopeKind::Class {
            for n in &declared_global {
                new_bound.remove(n);
                new_globals.insert(n.clone());
            }
        }
        let mut child_free = HashSet::new();
        for child in self.scopes[id].children.clone() {
            child_free.extend(self.analyze(child, &new_bound, &new_globals)?);
        }
        let mut cellvars = Vec::new();
        let mut extra_free = Vec::new();
        for name in child_free {
            let scope = self.scopes[id].lookup(&name);
            if kind.is_function() && matches!(scope, Some(SymScope::Local | SymScope::Cell)) {
                cellvars.push(name.clone());
                if let Some(sym) = self.scopes[id].symbols.get_mut(&name) {
                    sym.scope = SymScope::Cell;
                }
            } else if kind == ScopeKind::Class && &*name == "__class__" {
                self.scopes[id].needs_class_cell = true;
            } else if kind == ScopeKind::Class && matches!(scope, Some(SymScope::Local | SymScope::GlobalExplicit)) {
                // matches CPython's DEF_FREE_CLASS: the class binds the name itself (or declares
                // it global) but must still pass the enclosing cell through to its methods.
                extra_free.push(name.clone());
                free.insert(name);
            } else if matches!(scope, Some(SymScope::GlobalExplicit)) {
                // A child resolved the name past an explicit global: cannot happen.
            } else {
                let sym = Symbol { flags: 0, scope: SymScope::Free };
                let entry = self.scopes[id].symbols.entry(name.clone()).or_insert(sym);
                entry.scope = SymScope::Free;
                free.insert(name);
            }
        }
        if self.scopes[id].needs_class_cell {
            cellvars.push("__class__".into());
        }
        cellvars.sort();
        let mut freevars: Vec<Rc<str>> = free.iter().cloned().collect();
        freevars.sort();
        let _ = extra_free;
        let scope = &mut self.scopes[id];
        scope.cellvars = cellvars;
        scope.freevars = freevars;
        Ok(free)
    }
}

/// Applies private name mangling (`__x` inside class `A` -> `_A__x`), as CPython's `_Py_Mangle`.
pub fn mangle(private: Option<&Rc<str>>, name: &Rc<str>) -> Rc<str> {
    let Some(class) = private else { return name.clone() };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.clone();
    }
    let stripped = class.trim_start_matches('_');
    if stripped.is_empty() {
        return name.clone();
    }
    format!("_{stripped}{name}").into()
}

struct Builder {
    scopes: Vec<Scope>,
    by_node: HashMap<usize, ScopeId>,
    stack: Vec<ScopeId>,
    depth: u32,
}

/// CPython's symbol table recursion limit (see the compiler's MAX_DEPTH): deeper nesting is
/// a RecursionError, reported with `COMPILE_DEPTH_MESSAGE`.
const MAX_DEPTH: u32 = 3000;

type R = Result<(), SymError>;

impl Builder {
    fn push(&mut self, kind: ScopeKind, name: Rc<str>, key: usize, private: Option<Rc<str>>) -> ScopeId {
        let id = self.scopes.len();
        // A scope opened inside a comprehension iterable (a lambda there) inherits the ban on
        // walruses, as CPython's symtable_enter_block.
        let comp_iter_expr = self.stack.last().map_or(0, |&s| self.scopes[s].comp_iter_expr);
        self.scopes.push(Scope {
            kind,
            name,
            symbols: IndexMap::new(),
            children: Vec::new(),
            has_yield: false,
            is_coroutine: false,
            comp_kind: None,
            comp_iter_expr,
            comp_iter_names: Vec::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            needs_class_cell: false,
            private,
            decl_spans: HashMap::new(),
        });
        if let Some(&parent) = self.stack.last() {
            self.scopes[parent].children.push(id);
        }
        if key != 0 {
            self.by_node.insert(key, id);
        }
        self.stack.push(id);
        id
    }

    fn cur(&mut self) -> &mut Scope {
        let id = *self.stack.last().unwrap_or(&0);
        &mut self.scopes[id]
    }

    fn add(&mut self, name: &Rc<str>, flag: u32) -> u32 {
        let name = mangle(self.cur().private.as_ref(), name);
        let sym = self.cur().symbols.entry(name).or_insert(Symbol { flags: 0, scope: SymScope::Local });
        let old = sym.flags;
        sym.flags |= flag;
        old
    }

    fn stmts(&mut self, body: &[Stmt]) -> R {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    fn stmt(&mut self, s: &Stmt) -> R {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(SymError { msg: crate::syntax::COMPILE_DEPTH_MESSAGE.into(), span: s.span });
        }
        let r = self.stmt_kind(s);
        self.depth -= 1;
        r
    }

    fn stmt_kind(&mut self, s: &Stmt) -> R {
        match &s.kind {
            StmtKind::FunctionDef(f) => {
                self.exprs(&f.decorators)?;
                self.arg_defaults(&f.args)?;
                self.arg_annotations(&f.args)?;
                if let Some(r) = &f.returns {
                    self.expr(r)?;
                }
                self.add(&f.name, DEF_LOCAL);
                let private = self.cur().private.clone();
                let id = self.push(ScopeKind::Function, f.name.clone(), f as *const _ as usize, private);
                self.scopes[id].is_coroutine = f.is_async;
                self.params(&f.args)?;
                self.stmts(&f.body)?;
                self.stack.pop();
            }
            StmtKind::ClassDef(c) => {
                self.exprs(&c.decorators)?;
                self.exprs(&c.bases)?;
                for k in &c.keywords {
                    self.expr(&k.value)?;
                }
                self.add(&c.name, DEF_LOCAL);
                self.push(ScopeKind::Class, c.name.clone(), c as *const _ as usize, Some(c.name.clone()));
                self.stmts(&c.body)?;
                self.stack.pop();
            }
            StmtKind::Return(v) => self.opt(v.as_ref())?,
            StmtKind::Delete(ts) => self.exprs(ts)?,
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                self.exprs(targets)?;
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(value)?;
                self.expr(target)?;
                if let ExprKind::Name { id, .. } = &target.kind {
                    self.add(id, USE);
                }
            }
            StmtKind::AnnAssign { target, annotation, value, simple } => {
                if let ExprKind::Name { id, .. } = &target.kind {
                    let old = self.add(id, 0);
                    if old & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && *simple {
                        let msg = if old & DEF_GLOBAL != 0 {
                            format!("annotated name '{id}' can't be global")
                        } else {
                            format!("annotated name '{id}' can't be nonlocal")
                        };
                        return Err(SymError { msg, span: s.span });
                    }
                    self.add(id, DEF_ANNOT | if *simple { DEF_LOCAL } else { 0 });
                    if value.is_some() {
                        self.add(id, DEF_LOCAL);
                    }
                } else {
                    self.expr(target)?;
                }
                if !self.cur().kind.is_function() {
                    self.expr(annotation)?;
                }
                self.opt(value.as_ref())?;
            }
            StmtKind::For { target, iter, body, orelse, .. } => {
                self.expr(iter)?;
                self.expr(target)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.expr(test)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::With { items, body, .. } => {
                for item in items {
                    self.expr(&item.context_expr)?;
                    self.opt(item.optional_vars.as_ref())?;
                }
                self.stmts(body)?;
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject)?;
                for case in cases {
                    self.pattern(&case.pattern)?;
                    self.opt(case.guard.as_ref())?;
                    self.stmts(&case.body)?;
                }
            }
            StmtKind::Raise { exc, cause } => {
                self.opt(exc.as_ref())?;
                self.opt(cause.as_ref())?;
            }
            StmtKind::Try { body, handlers, orelse, finalbody, .. } => {
                self.stmts(body)?;
                for h in handlers {
                    self.opt(h.typ.as_ref())?;
                    if let Some(n) = &h.name {
                        self.add(n, DEF_LOCAL);
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(orelse)?;
                self.stmts(finalbody)?;
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                self.opt(msg.as_ref())?;
            }
            StmtKind::Import(names) | StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    if &*a.name == "*" {
                        if self.cur().kind != ScopeKind::Module {
                            // CPython locates this at the `*` itself.
                            let msg = "import * only allowed at module level".to_string();
                            return Err(SymError { msg, span: a.span });
                        }
                        continue;
                    }
                    let bound = match &a.asname {
                        Some(n) => n.clone(),
                        None => a.name.split('.').next().unwrap_or("").into(),
                    };
                    self.add(&bound, DEF_LOCAL);
                }
            }
            StmtKind::Global(names) => self.declare(names, s.span, true)?,
            StmtKind::Nonlocal(names) => self.declare(names, s.span, false)?,
            StmtKind::Expr(e) => self.expr(e)?,
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
        }
        Ok(())
    }

    fn declare(&mut self, names: &[Ident], span: Span, global: bool) -> R {
        let what = if global { "global" } else { "nonlocal" };
        if !global && self.cur().kind == ScopeKind::Module {
            return Err(SymError { msg: "nonlocal declaration not allowed at module level".into(), span });
        }
        for name in names {
            let old = self.add(name, 0);
            let err = |m: String| Err(SymError { msg: m, span });
            if old & DEF_PARAM != 0 {
                return err(format!("name '{name}' is parameter and {what}"));
            }
            if (global && old & DEF_NONLOCAL != 0) || (!global && old & DEF_GLOBAL != 0) {
                // CPython's error_at_directive: reported at the name's first declaration.
                let mangled = mangle(self.cur().private.as_ref(), name);
                let first = self.cur().decl_spans.get(&mangled).copied().unwrap_or(span);
                return Err(SymError { msg: format!("name '{name}' is nonlocal and global"), span: first });
            }
            if old & USE != 0 {
                return err(format!("name '{name}' is used prior to {what} declaration"));
            }
            if old & DEF_ANNOT != 0 {
                return err(format!("annotated name '{name}' can't be {what}"));
            }
            if old & DEF_LOCAL != 0 {
                return err(format!("name '{name}' is assigned to before {what} declaration"));
            }
            self.add(name, if global { DEF_GLOBAL } else { DEF_NONLOCAL });
            let mangled = mangle(self.cur().private.as_ref(), name);
            self.cur().decl_spans.insert(mangled, span);
        }
        Ok(())
    }

    fn params(&mut self, args: &Arguments) -> R {
        let all = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.vararg)
            .chain(&args.kwonlyargs)
            .chain(&args.kwarg);
        for a in all {
            if self.add(&a.name, DEF_PARAM) & DEF_PARAM != 0 {
                let msg = format!("duplicate argument '{}' in function definition", a.name);
                return Err(SymError { msg, span: a.span });
            }
        }
        Ok(())
    }

    fn arg_defaults(&mut self, args: &Arguments) -> R {
        self.exprs(&args.defaults)?;
        for d in args.kw_defaults.iter().flatten() {
            self.expr(d)?;
        }
        Ok(())
    }

    fn arg_annotations(&mut self, args: &Arguments) -> R {
        let all = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.vararg)
            .chain(&args.kwonlyargs)
            .chain(&args.kwarg);
        for a in all {
            if let Some(ann) = &a.annotation {
                self.expr(ann)?;
            }
        }
        Ok(())
    }

    fn exprs(&mut self, es: &[Expr]) -> R {
        es.iter().try_for_each(|e| self.expr(e))
    }

    fn opt(&mut self, e: Option<&Expr>) -> R {
        e.map_or(Ok(()), |e| self.expr(e))
    }

    fn expr(&mut self, e: &Expr) -> R {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(SymError { msg: crate::syntax::COMPILE_DEPTH_MESSAGE.into(), span: e.span });
        }
        let r = self.expr_kind(e);
        self.depth -= 1;
        r
    }

    fn expr_kind(&mut self, e: &Expr) -> R {
        match &e.kind {
            ExprKind::BoolOp { values, .. } => self.exprs(values)?,
            ExprKind::NamedExpr { target, value } => {
                if self.cur().comp_iter_expr > 0 {
                    let msg = "assignment expression cannot be used in a comprehension iterable expression";
                    return Err(SymError { msg: msg.into(), span: e.span });
                }
                self.expr(value)?;
                self.named_target(target)?;
            }
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left)?;
                self.expr(right)?;
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand)?,
            ExprKind::Lambda { args, body } => {
                self.arg_defaults(args)?;
                let private = self.cur().private.clone();
                self.push(ScopeKind::Lambda, "<lambda>".into(), e as *const _ as usize, private);
                self.params(args)?;
                self.expr(body)?;
                self.stack.pop();
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                self.expr(body)?;
                self.expr(orelse)?;
            }
            ExprKind::Dict { keys, values } => {
                for k in keys.iter().flatten() {
                    self.expr(k)?;
                }
                self.exprs(values)?;
            }
            ExprKind::Set(es) => self.exprs(es)?,
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(e, "<listcomp>", "list comprehension", generators, &[elt])?
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, "<setcomp>", "set comprehension", generators, &[elt])?
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, "<genexpr>", "generator expression", generators, &[elt])?
            }
            ExprKind::DictComp { key, value, generators } => {
                self.comprehension(e, "<dictcomp>", "dict comprehension", generators, &[key, value])?
            }
            ExprKind::Await(v) => {
                if self.cur().kind == ScopeKind::Comprehension {
                    self.cur().is_coroutine = true;
                }
                self.expr(v)?;
            }
            ExprKind::Yield(v) => {
                self.yield_seen(e.span)?;
                if let Some(v) = v {
                    self.expr(v)?;
                }
            }
            ExprKind::YieldFrom(v) => {
                self.yield_seen(e.span)?;
                self.expr(v)?;
            }
            ExprKind::Compare { left, comparators, .. } => {
                self.expr(left)?;
                self.exprs(comparators)?;
            }
            ExprKind::Call { func, args, keywords } => {
                self.expr(func)?;
                self.exprs(args)?;
                for k in keywords {
                    self.expr(&k.value)?;
                }
            }
            ExprKind::FormattedValue { value, format_spec, .. } => {
                self.expr(value)?;
                if let Some(s) = format_spec {
                    self.expr(s)?;
                }
            }
            ExprKind::JoinedStr(es) => self.exprs(es)?,
            ExprKind::Constant(_) => {}
            ExprKind::Attribute { value, .. } => self.expr(value)?,
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.expr(slice)?;
            }
            ExprKind::Starred { value, .. } => self.expr(value)?,
            ExprKind::Name { id, ctx } => {
                let flag = if *ctx == ExprContext::Load { USE } else { DEF_LOCAL };
                self.add(id, flag);
                if *ctx == ExprContext::Load && &**id == "super" && self.cur().kind.is_function() {
                    self.add(&"__class__".into(), USE);
                }
            }
            ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => self.exprs(elts)?,
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper, step].into_iter().flatten() {
                    self.expr(part)?;
                }
            }
        }
        Ok(())
    }

    fn yield_seen(&mut self, span: Span) -> R {
        let scope = self.cur();
        if let Some(kind) = scope.comp_kind {
            return Err(SymError { msg: format!("'yield' inside {kind}"), span });
        }
        scope.has_yield = true;
        Ok(())
    }

    /// A comprehension's iterable, where CPython's symtable forbids a walrus.
    fn comp_iterable(&mut self, iter: &Expr) -> R {
        self.cur().comp_iter_expr += 1;
        let r = self.expr(iter);
        self.cur().comp_iter_expr -= 1;
        r
    }

    /// A walrus target binds in the nearest enclosing non-comprehension scope.
    fn named_target(&mut self, target: &Expr) -> R {
        let ExprKind::Name { id, .. } = &target.kind else { return self.expr(target) };
        if self.cur().kind != ScopeKind::Comprehension {
            self.add(id, DEF_LOCAL);
            return Ok(());
        }
        // As CPython's symtable_extend_namedexpr_scope, through every enclosing comprehension.
        let rebinds = self.stack.iter().rev().take_while(|&&s| self.scopes[s].kind == ScopeKind::Comprehension).any(|&s| self.scopes[s].comp_iter_names.contains(id));
        if rebinds {
            return Err(SymError { msg: format!("assignment expression cannot rebind comprehension iteration variable '{id}'"), span: target.span });
        }
        let outer = self.stack.iter().rev().copied().find(|&s| self.scopes[s].kind != ScopeKind::Comprehension);
        let Some(outer) = outer else { return Ok(()) };
        match self.scopes[outer].kind {
            ScopeKind::Class => Err(SymError {
                msg: "assignment expression within a comprehension cannot be used in a class body".into(),
                span: target.span,
            }),
            ScopeKind::Module => {
                self.add(id, DEF_GLOBAL);
                let sym = Symbol { flags: 0, scope: SymScope::Local };
                self.scopes[outer].symbols.entry(id.clone()).or_insert(sym).flags |= DEF_LOCAL;
                Ok(())
            }
            _ => {
                // As CPython's symtable_extend_namedexpr_scope: a name the function declared
                // `global` stays global in the comprehension.
                let outer_global = self.scopes[outer].symbols.get(id).map_or(false, |s| s.flags & DEF_GLOBAL != 0);
                self.add(id, if outer_global { DEF_GLOBAL } else { DEF_NONLOCAL });
                let sym = Symbol { flags: 0, scope: SymScope::Local };
                let entry = self.scopes[outer].symbols.entry(id.clone()).or_insert(sym);
                if entry.flags & DEF_GLOBAL == 0 {
                    entry.flags |= DEF_LOCAL;
                }
                Ok(())
            }
        }
    }

    /// CPython's symtable_add_def_helper for a comprehension's `for` target: a name an earlier
    /// walrus of this comprehension already assigned (global/nonlocal here) may not be rebound.
    fn inner_loop_rebind(&mut self, target: &Expr) -> R {
        match &target.kind {
            ExprKind::Name { id, .. } => {
                let name = mangle(self.cur().private.as_ref(), id);
                let walrus_bound = self.cur().symbols.get(&name).is_some_and(|s| s.flags & (DEF_GLOBAL | DEF_NONLOCAL) != 0);
                if walrus_bound {
                    let msg = format!("comprehension inner loop cannot rebind assignment expression target '{id}'");
                    return Err(SymError { msg, span: target.span });
                }
                Ok(())
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => elts.iter().try_for_each(|e| self.inner_loop_rebind(e)),
            ExprKind::Starred { value, .. } => self.inner_loop_rebind(value),
            _ => Ok(()),
        }
    }

    fn comprehension(
        &mut self,
        node: &Expr,
        name: &str,
        kind: &'static str,
        generators: &[Comprehension],
        elts: &[&Expr],
    ) -> R {
        let Some(first) = generators.first() else { return Ok(()) };
        self.comp_iterable(&first.iter)?;
        let private = self.cur().private.clone();
        let id = self.push(ScopeKind::Comprehension, name.into(), node as *const _ as usize, private);
        self.scopes[id].comp_kind = Some(kind);
        self.add(&".0".into(), DEF_PARAM);
        for (i, g) in generators.iter().enumerate() {
            if g.is_async {
                self.scopes[id].is_coroutine = true;
            }
            if i > 0 {
                self.comp_iterable(&g.iter)?;
            }
            collect_names(&g.target, &mut self.scopes[id].comp_iter_names);
            self.inner_loop_rebind(&g.target)?;
            self.expr(&g.target)?;
            self.exprs(&g.ifs)?;
        }
        for e in elts {
            self.expr(e)?;
        }
        self.stack.pop();
        let inner_async = self.scopes[id].is_coroutine && name != "<genexpr>";
        if inner_async && self.cur().kind == ScopeKind::Comprehension {
            // the enclosing comprehension awaits this one
            self.cur().is_coroutine = true;
        }
        if name == "<genexpr>" {
            self.scopes[id].has_yield = true;
        }
        Ok(())
    }

    fn pattern(&mut self, p: &Pattern) -> R {
        match &p.kind {
            PatternKind::MatchValue(e) => self.expr(e)?,
            PatternKind::MatchSingleton(_) => {}
            PatternKind::MatchSequence(ps) | PatternKind::MatchOr(ps) => {
                ps.iter().try_for_each(|p| self.pattern(p))?
            }
            PatternKind::MatchMapping { keys, patterns, rest } => {
                self.exprs(keys)?;
                patterns.iter().try_for_each(|p| self.pattern(p))?;
                if let Some(r) = rest {
                    self.add(r, DEF_LOCAL);
                }
            }
            PatternKind::MatchClass { cls, patterns, kwd_patterns, .. } => {
                self.expr(cls)?;
                patterns.iter().chain(kwd_patterns).try_for_each(|p| self.pattern(p))?;
            }
            PatternKind::MatchStar(name) => {
                if let Some(n) = name {
                    self.add(n, DEF_LOCAL);
                }
            }
            PatternKind::MatchAs { pattern, name } => {
                if let Some(p) = pattern {
                    self.pattern(p)?;
                }
                if let Some(n) = name {
                    self.add(n, DEF_LOCAL);
                }
            }
        }
        Ok(())
    }
}

/// The names a comprehension's `for` target binds (`x`, `(a, [b, *c])`).
fn collect_names(target: &Expr, out: &mut Vec<Rc<str>>) {
    match &target.kind {
        ExprKind::Name { id, .. } => out.push(id.clone()),
        ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => elts.iter().for_each(|e| collect_names(e, out)),
        ExprKind::Starred { value, .. } => collect_names(value, out),
        _ => {}
    }
}
