//! CPython 3.11's `co_stacksize` for function bodies, lambdas and comprehensions, estimated
//! from the AST by the stack effects CPython's compiler gives each construct (corio's own
//! bytecode uses its stack differently). `sys.getsizeof(generator)` depends on it (a 3.11
//! generator embeds its frame: locals plus value stack), as does `code.co_stacksize`.
//! Recorded per code object when it is compiled; exact for the common constructs, close for
//! the rarer ones (patterns, star-calls mixing keywords).

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::rc::{Rc, Weak};

use crate::bytecode::Code;
use crate::syntax::ast::*;

thread_local! {
    static DEPTHS: RefCell<HashMap<usize, (Weak<Code>, u32)>> = RefCell::new(HashMap::new());
}

/// Remember `depth` as the stack size of `code`.
pub fn record(code: &Rc<Code>, depth: u32) {
    DEPTHS.with(|d| {
        let mut d = d.borrow_mut();
        // Forget the entries of freed code objects now and then.
        if d.len() >= 4096 && d.len().is_power_of_two() {
            d.retain(|_, (w, _)| w.strong_count() > 0);
        }
        d.insert(Rc::as_ptr(code) as usize, (Rc::downgrade(code), depth));
    });
}

/// The stack size recorded for `code` (None for module and class bodies).
pub fn lookup(code: &Rc<Code>) -> Option<u32> {
    DEPTHS.with(|d| {
        let d = d.borrow();
        let (w, depth) = d.get(&(Rc::as_ptr(code) as usize))?;
        std::ptr::eq(w.as_ptr(), Rc::as_ptr(code)).then_some(*depth)
    })
}

thread_local! {
    /// The local names of the functions being estimated, innermost last: a nested `def` or
    /// `lambda` using one is made with a closure tuple.
    static SCOPES: RefCell<Vec<HashSet<Rc<str>>>> = const { RefCell::new(Vec::new()) };
}

fn in_scope<T>(args: &Arguments, body: &[Stmt], extra: Option<&Expr>, f: impl FnOnce() -> T) -> T {
    let mut names = HashSet::new();
    params(args, &mut names);
    for s in body {
        assigned(s, &mut names);
    }
    if let Some(e) = extra {
        stored_in_expr(e, &mut names);
    }
    SCOPES.with(|sc| sc.borrow_mut().push(names));
    let r = f();
    SCOPES.with(|sc| sc.borrow_mut().pop());
    r
}

/// A `def` body (at least 1: the final `return None`, or RETURN_GENERATOR's value).
pub fn function(args: &Arguments, body: &[Stmt]) -> u32 {
    in_scope(args, body, None, || block(body).max(1))
}

pub fn lambda(args: &Arguments, body: &Expr) -> u32 {
    in_scope(args, &[], Some(body), || expr(body).max(1))
}

fn params(args: &Arguments, out: &mut HashSet<Rc<str>>) {
    let all = args.posonlyargs.iter().chain(&args.args).chain(&args.kwonlyargs).chain(&args.vararg).chain(&args.kwarg);
    for a in all {
        out.insert(a.name.clone());
    }
}

/// The names a statement binds in its own scope (not inside nested functions or classes).
fn assigned(s: &Stmt, out: &mut HashSet<Rc<str>>) {
    let blocks: Vec<&[Stmt]> = match &s.kind {
        StmtKind::FunctionDef(f) => {
            out.insert(f.name.clone());
            vec![]
        }
        StmtKind::ClassDef(c) => {
            out.insert(c.name.clone());
            vec![]
        }
        StmtKind::Assign { targets, value } => {
            targets.iter().for_each(|t| stored_in_expr(t, out));
            stored_in_expr(value, out);
            vec![]
        }
        StmtKind::AugAssign { target, .. } | StmtKind::AnnAssign { target, .. } => {
            stored_in_expr(target, out);
            vec![]
        }
        StmtKind::For { target, body, orelse, .. } => {
            stored_in_expr(target, out);
            vec![body, orelse]
        }
        StmtKind::While { body, orelse, .. } | StmtKind::If { body, orelse, .. } => vec![body, orelse],
        StmtKind::With { items, body, .. } => {
            items.iter().filter_map(|i| i.optional_vars.as_ref()).for_each(|t| stored_in_expr(t, out));
            vec![body]
        }
        StmtKind::Try { body, handlers, orelse, finalbody, .. } => {
            let mut v: Vec<&[Stmt]> = vec![body, orelse, finalbody];
            for h in handlers {
                if let Some(n) = &h.name {
                    out.insert(n.clone());
                }
                v.push(&h.body);
            }
            v
        }
        StmtKind::Match { cases, .. } => cases.iter().map(|c| &c.body[..]).collect(),
        StmtKind::Import(names) | StmtKind::ImportFrom { names, .. } => {
            for a in names {
                let bound = a.asname.clone().unwrap_or_else(|| Rc::from(a.name.split('.').next().unwrap_or("")));
                out.insert(bound);
            }
            vec![]
        }
        StmtKind::Nonlocal(names) => {
            out.extend(names.iter().cloned());
            vec![]
        }
        StmtKind::Expr(e) => {
            stored_in_expr(e, out);
            vec![]
        }
        _ => vec![],
    };
    for b in blocks {
        for s in b {
            assigned(s, out);
        }
    }
}

/// Store targets, and walrus targets anywhere in an expression.
fn stored_in_expr(e: &Expr, out: &mut HashSet<Rc<str>>) {
    match &e.kind {
        ExprKind::Name { id, ctx: ExprContext::Store } => {
            out.insert(id.clone());
        }
        ExprKind::NamedExpr { target, value } => {
            stored_in_expr(target, out);
            stored_in_expr(value, out);
        }
        ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => elts.iter().for_each(|x| stored_in_expr(x, out)),
        ExprKind::Starred { value, .. } => stored_in_expr(value, out),
        _ => {}
    }
}

/// How many names of the enclosing function the source of a nested function mentions (its
/// closure cells); 0 outside functions.
/// `own` holds the nested function's parameters and bound names; its `nonlocal` names and
/// a zero-argument `super()` (the `__class__` cell) are captured too.
fn captured(own: &HashSet<Rc<str>>, mentions: &HashSet<Rc<str>>) -> u32 {
    SCOPES.with(|sc| {
        let sc = sc.borrow();
        let Some(enclosing) = sc.last() else { return 0 };
        let names = mentions.iter().filter(|n| !own.contains(*n) && enclosing.contains(*n)).count() as u32;
        names + u32::from(mentions.contains("super") && !enclosing.contains("__class__"))
    })
}

/// The names a body declares `nonlocal` (bound in an enclosing function, not its own).
fn nonlocals(body: &[Stmt], out: &mut HashSet<Rc<str>>) {
    for s in body {
        match &s.kind {
            StmtKind::Nonlocal(names) => out.extend(names.iter().cloned()),
            StmtKind::For { body, orelse, .. } | StmtKind::While { body, orelse, .. } | StmtKind::If { body, orelse, .. } => {
                nonlocals(body, out);
                nonlocals(orelse, out);
            }
            StmtKind::With { body, .. } => nonlocals(body, out),
            StmtKind::Try { body, handlers, orelse, finalbody, .. } => {
                nonlocals(body, out);
                handlers.iter().for_each(|h| nonlocals(&h.body, out));
                nonlocals(orelse, out);
                nonlocals(finalbody, out);
            }
            _ => {}
        }
    }
}

/// Every name an expression or statement mentions, nested scopes included.
fn mentioned_stmt(s: &Stmt, out: &mut HashSet<Rc<str>>) {
    fn exprs(v: &[Expr], out: &mut HashSet<Rc<str>>) {
        v.iter().for_each(|e| mentioned_expr(e, out));
    }
    fn stmts(v: &[Stmt], out: &mut HashSet<Rc<str>>) {
        v.iter().for_each(|s| mentioned_stmt(s, out));
    }
    match &s.kind {
        StmtKind::FunctionDef(f) => {
            exprs(&f.decorators, out);
            exprs(&f.args.defaults, out);
            stmts(&f.body, out);
        }
        StmtKind::ClassDef(c) => {
            exprs(&c.bases, out);
            stmts(&c.body, out);
        }
        StmtKind::Return(e) => e.iter().for_each(|e| mentioned_expr(e, out)),
        StmtKind::Delete(v) => exprs(v, out),
        StmtKind::Assign { targets, value } => {
            exprs(targets, out);
            mentioned_expr(value, out);
        }
        StmtKind::AugAssign { target, value, .. } => {
            mentioned_expr(target, out);
            mentioned_expr(value, out);
        }
        StmtKind::AnnAssign { target, value, .. } => {
            mentioned_expr(target, out);
            value.iter().for_each(|e| mentioned_expr(e, out));
        }
        StmtKind::For { target, iter, body, orelse, .. } => {
            mentioned_expr(target, out);
            mentioned_expr(iter, out);
            stmts(body, out);
            stmts(orelse, out);
        }
        StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
            mentioned_expr(test, out);
            stmts(body, out);
            stmts(orelse, out);
        }
        StmtKind::With { items, body, .. } => {
            for i in items {
                mentioned_expr(&i.context_expr, out);
                i.optional_vars.iter().for_each(|e| mentioned_expr(e, out));
            }
            stmts(body, out);
        }
        StmtKind::Match { subject, cases } => {
            mentioned_expr(subject, out);
            for c in cases {
                c.guard.iter().for_each(|e| mentioned_expr(e, out));
                stmts(&c.body, out);
            }
        }
        StmtKind::Raise { exc, cause } => {
            exc.iter().chain(cause.iter()).for_each(|e| mentioned_expr(e, out));
        }
        StmtKind::Try { body, handlers, orelse, finalbody, .. } => {
            stmts(body, out);
            for h in handlers {
                h.typ.iter().for_each(|e| mentioned_expr(e, out));
                stmts(&h.body, out);
            }
            stmts(orelse, out);
            stmts(finalbody, out);
        }
        StmtKind::Assert { test, msg } => {
            mentioned_expr(test, out);
            msg.iter().for_each(|e| mentioned_expr(e, out));
        }
        StmtKind::Nonlocal(names) => out.extend(names.iter().cloned()),
        StmtKind::Expr(e) => mentioned_expr(e, out),
        _ => {}
    }
}

fn mentioned_expr(e: &Expr, out: &mut HashSet<Rc<str>>) {
    let mut sub: Vec<&Expr> = Vec::new();
    match &e.kind {
        ExprKind::Name { id, .. } => {
            out.insert(id.clone());
        }
        ExprKind::BoolOp { values, .. } => sub.extend(values),
        ExprKind::NamedExpr { target, value } => sub.extend([&**target, &**value]),
        ExprKind::BinOp { left, right, .. } => sub.extend([&**left, &**right]),
        ExprKind::UnaryOp { operand, .. } => sub.push(operand),
        ExprKind::Lambda { args, body } => {
            sub.extend(&args.defaults);
            sub.push(body);
        }
        ExprKind::IfExp { test, body, orelse } => sub.extend([&**test, &**body, &**orelse]),
        ExprKind::Dict { keys, values } => {
            sub.extend(keys.iter().flatten());
            sub.extend(values);
        }
        ExprKind::Set(v) | ExprKind::List { elts: v, .. } | ExprKind::Tuple { elts: v, .. } | ExprKind::JoinedStr(v) => sub.extend(v),
        ExprKind::ListComp { elt, generators } | ExprKind::SetComp { elt, generators } | ExprKind::GeneratorExp { elt, generators } => {
            sub.push(elt);
            for g in generators {
                sub.extend([&g.target, &g.iter]);
                sub.extend(&g.ifs);
            }
        }
        ExprKind::DictComp { key, value, generators } => {
            sub.extend([&**key, &**value]);
            for g in generators {
                sub.extend([&g.target, &g.iter]);
                sub.extend(&g.ifs);
            }
        }
        ExprKind::Await(v) | ExprKind::YieldFrom(v) | ExprKind::Attribute { value: v, .. } | ExprKind::Starred { value: v, .. } => sub.push(v),
        ExprKind::Yield(v) => sub.extend(v.iter().map(|b| &**b)),
        ExprKind::Compare { left, comparators, .. } => {
            sub.push(left);
            sub.extend(comparators);
        }
        ExprKind::Call { func, args, keywords } => {
            sub.push(func);
            sub.extend(args);
            sub.extend(keywords.iter().map(|k| &k.value));
        }
        ExprKind::FormattedValue { value, format_spec, .. } => {
            sub.push(value);
            sub.extend(format_spec.iter().map(|b| &**b));
        }
        ExprKind::Subscript { value, slice, .. } => sub.extend([&**value, &**slice]),
        ExprKind::Slice { lower, upper, step } => sub.extend(lower.iter().chain(upper.iter()).chain(step.iter()).map(|b| &**b)),
        ExprKind::Constant(_) => {}
    }
    for x in sub {
        mentioned_expr(x, out);
    }
}

/// A comprehension's code: the iterator of the outermost `for` (and the list, set or dict
/// being built), one more iterator per nested `for`, then the element.
pub fn comprehension(e: &Expr) -> u32 {
    let (elt_depth, gens, built) = match &e.kind {
        ExprKind::GeneratorExp { elt, generators } => (expr(elt), generators, 0),
        ExprKind::ListComp { elt, generators } | ExprKind::SetComp { elt, generators } => (expr(elt), generators, 1),
        ExprKind::DictComp { key, value, generators } => (expr(key).max(1 + expr(value)), generators, 1),
        _ => return 1,
    };
    let mut depth = 1 + built;
    for (i, g) in gens.iter().enumerate() {
        let base = built + i as u32 + 1;
        if i > 0 {
            depth = depth.max(base - 1 + expr(&g.iter));
        }
        depth = depth.max(base + store(&g.target));
        for cond in &g.ifs {
            depth = depth.max(base + condition(cond));
        }
        if g.is_async {
            depth = depth.max(base + 2);
        }
    }
    depth.max(built + gens.len() as u32 + elt_depth)
}

fn block(stmts: &[Stmt]) -> u32 {
    stmts.iter().map(stmt).max().unwrap_or(0)
}

fn stmt(s: &Stmt) -> u32 {
    match &s.kind {
        StmtKind::Expr(e) => expr(e),
        StmtKind::Return(e) => e.as_ref().map_or(1, expr),
        StmtKind::Assign { targets, value } => {
            let mut d = expr(value);
            for (i, t) in targets.iter().enumerate() {
                let copy = u32::from(i + 1 < targets.len());
                d = d.max(copy + store(t));
            }
            d
        }
        StmtKind::AnnAssign { target, value, .. } => value.as_ref().map_or(0, |v| expr(v).max(store(target))),
        StmtKind::AugAssign { target, value, .. } => match &target.kind {
            ExprKind::Attribute { value: obj, .. } => expr(obj).max(2 + expr(value)),
            ExprKind::Subscript { value: obj, slice, .. } => expr(obj).max(1 + expr(slice)).max(4).max(3 + expr(value)),
            _ => 1 + expr(value),
        },
        StmtKind::Delete(targets) => targets
            .iter()
            .map(|t| match &t.kind {
                ExprKind::Attribute { value, .. } => expr(value),
                ExprKind::Subscript { value, slice, .. } => expr(value).max(1 + expr(slice)),
                ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => elts.iter().map(expr).max().unwrap_or(0),
                _ => 0,
            })
            .max()
            .unwrap_or(0),
        StmtKind::For { is_async, target, iter, body, orelse } => {
            let loop_depth = if *is_async { 3 } else { 0 };
            expr(iter).max(loop_depth).max(1 + store(target)).max(1 + block(body)).max(block(orelse))
        }
        // A constant test compiles only the branch it takes (the other is unreachable, and
        // CPython's stack depth walk never visits it).
        StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => match truth(test) {
            Some(true) => block(body),
            Some(false) => block(orelse),
            None => condition(test).max(block(body)).max(block(orelse)),
        },
        StmtKind::With { items, body, .. } => with_items(items, body),
        StmtKind::Try { body, handlers, orelse, finalbody, is_star } => {
            let mut d = block(body).max(block(orelse)).max(4);
            if *is_star {
                d = d.max(6);
            }
            for h in handlers {
                d = d.max(h.typ.as_ref().map_or(0, |t| 2 + expr(t))).max(1 + block(&h.body));
            }
            if !finalbody.is_empty() {
                d = d.max(2 + block(finalbody));
            }
            d
        }
        StmtKind::Raise { exc, cause } => {
            exc.as_ref().map_or(0, expr).max(cause.as_ref().map_or(0, |c| 1 + expr(c)))
        }
        StmtKind::Assert { test, msg } => condition(test).max(msg.as_ref().map_or(1, |m| 1 + expr(m))),
        StmtKind::Import(_) | StmtKind::ImportFrom { .. } => 2,
        StmtKind::Match { subject, cases } => {
            // Each case but the last matched one matches a copy of the subject; a trailing
            // `case _:` matches nothing (see `match_stmt`).
            let mut d = expr(subject);
            let has_default = cases.len() > 1
                && cases.last().is_some_and(|c| matches!(c.pattern.kind, PatternKind::MatchAs { pattern: None, name: None }));
            let matched = cases.len() - usize::from(has_default);
            for (i, c) in cases.iter().enumerate() {
                if i >= matched {
                    d = d.max(c.guard.as_ref().map_or(0, condition)).max(block(&c.body));
                    continue;
                }
                let copy = u32::from(i + 1 < matched);
                d = d.max(copy + pattern(&c.pattern));
                d = d.max(c.guard.as_ref().map_or(0, |g| copy + condition(g))).max(block(&c.body));
            }
            d
        }
        StmtKind::FunctionDef(f) => {
            let mut own = HashSet::new();
            params(&f.args, &mut own);
            f.body.iter().for_each(|s| assigned(s, &mut own));
            let mut declared = HashSet::new();
            nonlocals(&f.body, &mut declared);
            own.retain(|n| !declared.contains(n));
            let mut mentions = HashSet::new();
            f.body.iter().for_each(|s| mentioned_stmt(s, &mut mentions));
            let cells = captured(&own, &mentions);
            let decorators = sequence(&f.decorators);
            decorators.max(f.decorators.len() as u32 + defaults(&f.args, cells))
        }
        StmtKind::ClassDef(c) => {
            let base = c.decorators.len() as u32;
            let mut d = sequence(&c.decorators).max(base + 4);
            for (i, b) in c.bases.iter().chain(c.keywords.iter().map(|k| &k.value)).enumerate() {
                d = d.max(base + 4 + i as u32 + expr(b));
            }
            d
        }
        StmtKind::Global(_) | StmtKind::Nonlocal(_) | StmtKind::Pass | StmtKind::Break | StmtKind::Continue => 0,
    }
}

/// `with a, b: body`: each context manager's `__exit__` stays on the stack under the next.
fn with_items(items: &[WithItem], body: &[Stmt]) -> u32 {
    let mut d = 0;
    for (i, item) in items.iter().enumerate() {
        let base = i as u32;
        d = d.max(base + expr(&item.context_expr)).max(base + 6);
        if let Some(t) = &item.optional_vars {
            d = d.max(base + 1 + store(t));
        }
    }
    d.max(items.len() as u32 + block(body))
}

/// The defaults a `def` or `lambda` pushes before its code object (and its closure's `cells`,
/// gathered into a tuple), plus the function itself.
fn defaults(args: &Arguments, cells: u32) -> u32 {
    let mut groups = 0;
    let mut d = 0;
    if !args.defaults.is_empty() {
        d = d.max(sequence(&args.defaults));
        groups += 1;
    }
    let kw: Vec<&Expr> = args.kw_defaults.iter().flatten().collect();
    if !kw.is_empty() {
        for (i, e) in kw.iter().enumerate() {
            d = d.max(groups + 2 * i as u32 + 1 + expr(e));
        }
        groups += 1;
    }
    if cells > 0 {
        d = d.max(groups + cells);
        groups += 1;
    }
    d.max(groups + 1)
}

/// Items pushed one above the other (`i + depth(item)`).
fn sequence(items: &[Expr]) -> u32 {
    items.iter().enumerate().map(|(i, e)| i as u32 + expr(e)).max().unwrap_or(0)
}

/// Storing the value on top of the stack into `t` (counting that value).
fn store(t: &Expr) -> u32 {
    match &t.kind {
        ExprKind::Attribute { value, .. } => 1 + expr(value),
        ExprKind::Subscript { value, slice, .. } => 1 + expr(value).max(1 + expr(slice)),
        ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
            let n = elts.len() as u32;
            let mut d = n.max(1);
            for (i, e) in elts.iter().enumerate() {
                d = d.max(n - 1 - i as u32 + store(e));
            }
            d
        }
        ExprKind::Starred { value, .. } => store(value),
        _ => 1,
    }
}

/// CPython's AST optimizer folds these into one constant (not an operation that raises, as
/// a division by zero).
fn is_const(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Constant(_) => true,
        ExprKind::Tuple { elts, .. } => elts.iter().all(is_const),
        ExprKind::UnaryOp { operand, op } => !matches!(op, UnaryOperator::Not) && is_const(operand),
        ExprKind::BinOp { left, right, op } => {
            let zero = matches!(&right.kind, ExprKind::Constant(Constant::Int(t)) if &**t == "0")
                || matches!(&right.kind, ExprKind::Constant(Constant::Float(f)) if *f == 0.0);
            let divides = matches!(op, Operator::Div | Operator::FloorDiv | Operator::Mod);
            is_const(left) && is_const(right) && !(divides && zero) && format_pieces(e).is_none()
        }
        ExprKind::Subscript { value, slice, .. } => is_const(value) && is_const(slice),
        _ => false,
    }
}

/// The truth of a constant test (`if False:`, `while 1:`, `if __debug__:`).
fn truth(e: &Expr) -> Option<bool> {
    match &e.kind {
        ExprKind::Constant(c) => Some(match c {
            Constant::None => false,
            Constant::Bool(b) => *b,
            Constant::Int(t) => t.chars().any(|ch| ch.is_ascii_digit() && ch != '0'),
            Constant::Float(f) => *f != 0.0,
            Constant::Complex(f) => *f != 0.0,
            Constant::Str(t) => !t.is_empty(),
            Constant::Bytes(b) => !b.is_empty(),
            Constant::Ellipsis => true,
        }),
        ExprKind::Name { id, .. } if &**id == "__debug__" => Some(true),
        _ => None,
    }
}

/// An `if`/`while`/`assert` test: `x is None` and `x is not None` jump on `x` itself
/// (POP_JUMP_IF_NONE), `not x` on `x`.
fn condition(e: &Expr) -> u32 {
    match &e.kind {
        ExprKind::Compare { left, ops, comparators }
            if ops.len() == 1
                && matches!(ops[0], CmpOp::Is | CmpOp::IsNot)
                && matches!(comparators[0].kind, ExprKind::Constant(Constant::None)) =>
        {
            expr(left)
        }
        ExprKind::UnaryOp { op: UnaryOperator::Not, operand } => condition(operand),
        ExprKind::BoolOp { values, .. } => values.iter().map(condition).max().unwrap_or(1),
        _ => expr(e),
    }
}

/// The right operand of a comparison: `x in [1, 2]` tests a constant tuple.
fn operand(e: &Expr, op: CmpOp) -> u32 {
    match &e.kind {
        ExprKind::List { elts, .. } | ExprKind::Set(elts)
            if matches!(op, CmpOp::In | CmpOp::NotIn) && elts.iter().all(is_const) =>
        {
            1
        }
        _ => expr(e),
    }
}

/// `'%s: %r' % (a, b)`: CPython 3.11 compiles it as the f-string `f'{a!s}: {b!r}'` when every
/// conversion is a plain `%s`, `%r` or `%a` and the tuple has one item each. The pieces'
/// depths: 1 for a literal piece, the item's for a conversion.
fn format_pieces(e: &Expr) -> Option<Vec<u32>> {
    let ExprKind::BinOp { left, op: Operator::Mod, right } = &e.kind else { return None };
    let ExprKind::Constant(Constant::Str(fmt)) = &left.kind else { return None };
    let ExprKind::Tuple { elts, .. } = &right.kind else { return None };
    // (a tuple of constants is folded first, and the `%` with it)
    if elts.iter().all(is_const) || elts.iter().any(|x| matches!(x.kind, ExprKind::Starred { .. })) {
        return None;
    }
    let mut pieces = Vec::new();
    let mut literal = false;
    let mut items = elts.iter();
    let mut chars = fmt.chars();
    while let Some(c) = chars.next() {
        if c != '%' {
            literal = true;
            continue;
        }
        match chars.next() {
            Some('%') => literal = true,
            Some('s' | 'r' | 'a') => {
                if literal {
                    pieces.push(1);
                    literal = false;
                }
                pieces.push(expr(items.next()?));
            }
            _ => return None,
        }
    }
    if items.next().is_some() {
        return None;
    }
    if literal {
        pieces.push(1);
    }
    Some(pieces)
}

fn expr(e: &Expr) -> u32 {
    if is_const(e) {
        return 1;
    }
    match &e.kind {
        ExprKind::Constant(_) | ExprKind::Name { .. } => 1,
        ExprKind::Attribute { value, .. } | ExprKind::UnaryOp { operand: value, .. } | ExprKind::Starred { value, .. } => expr(value),
        ExprKind::BinOp { left, right, .. } => match format_pieces(e) {
            Some(pieces) => pieces.iter().enumerate().map(|(i, d)| i as u32 + d).max().unwrap_or(1),
            None => expr(left).max(1 + expr(right)),
        },
        ExprKind::BoolOp { values, .. } => values.iter().map(expr).max().unwrap_or(1),
        ExprKind::Compare { left, ops, comparators } => {
            // `a < b < c`: each middle operand is copied under the comparison's result.
            let last = comparators.len().saturating_sub(1);
            let mut d = expr(left);
            for (i, c) in comparators.iter().enumerate() {
                d = d.max(1 + operand(c, ops[i]));
                if i < last {
                    d = d.max(3);
                }
            }
            d
        }
        ExprKind::IfExp { test, body, orelse } => match truth(test) {
            Some(true) => expr(body),
            Some(false) => expr(orelse),
            None => condition(test).max(expr(body)).max(expr(orelse)),
        },
        ExprKind::NamedExpr { value, .. } => expr(value).max(2),
        ExprKind::Subscript { value, slice, .. } => expr(value).max(1 + expr(slice)),
        ExprKind::Slice { lower, upper, step } => {
            let parts = [lower, upper, step];
            let n = if step.is_some() { 3 } else { 2 };
            parts.iter().take(n).enumerate().map(|(i, p)| i as u32 + p.as_ref().map_or(1, |p| expr(p))).max().unwrap_or(1)
        }
        ExprKind::Call { func, args, keywords } => call(func, args, keywords),
        ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } | ExprKind::Set(elts) => display(e, elts),
        ExprKind::Dict { keys, values } => dict(keys, values),
        ExprKind::Lambda { args, body } => {
            let mut own = HashSet::new();
            params(args, &mut own);
            stored_in_expr(body, &mut own);
            let mut mentions = HashSet::new();
            mentioned_expr(body, &mut mentions);
            defaults(args, captured(&own, &mentions))
        }
        ExprKind::ListComp { generators, .. }
        | ExprKind::SetComp { generators, .. }
        | ExprKind::DictComp { generators, .. }
        | ExprKind::GeneratorExp { generators, .. } => {
            1 + generators.first().map_or(1, |g| expr(&g.iter)).max(1)
        }
        ExprKind::Await(v) | ExprKind::YieldFrom(v) => expr(v).max(2),
        ExprKind::Yield(v) => v.as_ref().map_or(1, |v| expr(v)),
        ExprKind::FormattedValue { value, format_spec, .. } => {
            expr(value).max(format_spec.as_ref().map_or(0, |s| 1 + expr(s)))
        }
        ExprKind::JoinedStr(parts) => sequence(parts).max(1),
    }
}

/// A call: the callable and NULL (or the method and its object), then the arguments; with
/// `*args`/`**kwargs`, the argument tuple and keyword dict built from them.
fn call(func: &Expr, args: &[Expr], keywords: &[Keyword]) -> u32 {
    let head = match &func.kind {
        ExprKind::Name { .. } => 2,
        ExprKind::Attribute { value, .. } => expr(value).max(2),
        _ => (1 + expr(func)).max(2),
    };
    let starred = args.iter().any(|a| matches!(a.kind, ExprKind::Starred { .. }));
    let double = keywords.iter().any(|k| k.name.is_none());
    if !starred && !double {
        let mut d = head.max(2 + sequence(args));
        for (i, k) in keywords.iter().enumerate() {
            d = d.max(2 + (args.len() + i) as u32 + expr(&k.value));
        }
        return d;
    }
    // CALL_FUNCTION_EX: the positional tuple (a lone `*x` as is, else a list extended piece by
    // piece), then the keywords dict (a map merged with each `**m`).
    let positional = match args {
        [only] if matches!(only.kind, ExprKind::Starred { .. }) => expr(only),
        _ => {
            let lead = args.iter().take_while(|a| !matches!(a.kind, ExprKind::Starred { .. })).count();
            let mut d = sequence(&args[..lead]).max(1);
            for a in &args[lead..] {
                d = d.max(1 + expr(a));
            }
            d
        }
    };
    let mut d = head.max(2 + positional);
    if !keywords.is_empty() {
        let mut kw = 1;
        for (i, k) in keywords.iter().enumerate() {
            kw = kw.max(1 + expr(&k.value) + u32::from(k.name.is_some()) * i as u32);
        }
        d = d.max(3 + kw);
    }
    d
}

/// Matching `p` against the subject on top of the stack (counted).
fn pattern(p: &Pattern) -> u32 {
    match &p.kind {
        PatternKind::MatchValue(e) => 1 + expr(e),
        PatternKind::MatchSingleton(_) => 2,
        PatternKind::MatchStar(_) => 1,
        PatternKind::MatchAs { pattern: None, .. } => 1,
        PatternKind::MatchAs { pattern: Some(p), .. } => 1 + pattern(p),
        PatternKind::MatchOr(alts) => 1 + alts.iter().map(pattern).max().unwrap_or(0),
        PatternKind::MatchSequence(ps) => {
            let n = ps.len() as u32;
            let mut d = 3.max(n);
            for (i, q) in ps.iter().enumerate() {
                d = d.max(n - 1 - i as u32 + pattern(q));
            }
            d
        }
        PatternKind::MatchMapping { keys, patterns, rest } => {
            let n = patterns.len() as u32;
            let mut d = 3.max(2 + sequence(keys)).max(2 + n);
            for (i, q) in patterns.iter().enumerate() {
                d = d.max(2 + n - 1 - i as u32 + pattern(q));
            }
            if rest.is_some() {
                d = d.max(5);
            }
            d
        }
        PatternKind::MatchClass { cls, patterns, kwd_patterns, .. } => {
            let all: Vec<&Pattern> = patterns.iter().chain(kwd_patterns).collect();
            let n = all.len() as u32;
            let mut d = (1 + expr(cls)).max(3).max(1 + n);
            for (i, q) in all.iter().enumerate() {
                d = d.max(1 + n - 1 - i as u32 + pattern(q));
            }
            d
        }
    }
}

/// A list, tuple or set display.
fn display(e: &Expr, elts: &[Expr]) -> u32 {
    let starred = elts.iter().any(|x| matches!(x.kind, ExprKind::Starred { .. }));
    let is_tuple = matches!(e.kind, ExprKind::Tuple { .. });
    // Three or more constants: an empty list or set extended by a constant tuple.
    if !starred && !is_tuple && elts.len() >= 3 && elts.iter().all(is_const) {
        return 2;
    }
    // Starred items, or more than 30 (CPython's STACK_USE_GUIDELINE): an empty list grown
    // item by item.
    if starred || elts.len() > 30 {
        return 1 + elts.iter().map(expr).max().unwrap_or(0);
    }
    sequence(elts).max(1)
}

fn dict(keys: &[Option<Expr>], values: &[Expr]) -> u32 {
    if keys.iter().any(Option::is_none) {
        // `{**m, k: v}`: maps built and merged piece by piece.
        let mut d = 1;
        for (k, v) in keys.iter().zip(values) {
            d = d.max(match k {
                None => 1 + expr(v),
                Some(k) => (1 + expr(k)).max(2 + expr(v)),
            });
        }
        return d;
    }
    let n = values.len() as u32;
    if n > 16 {
        // compiler_dict: chunks of 17 entries, each an empty dict filled pair by pair, merged
        // into the first; the rest (up to 16) built as a small display above it.
        let pair = |(k, v): (&Option<Expr>, &Expr)| (1 + k.as_ref().map_or(1, expr)).max(2 + expr(v));
        let mut d = 1;
        let chunks = keys.len() / 17;
        for (i, kv) in keys.iter().zip(values).enumerate() {
            let merged = u32::from(i >= 17);
            if i < chunks * 17 {
                d = d.max(merged + pair(kv));
            }
        }
        let rest = chunks * 17;
        if rest < keys.len() {
            d = d.max(1 + dict(&keys[rest..], &values[rest..]));
        }
        return d;
    }
    if n > 1 && keys.iter().flatten().all(|k| matches!(k.kind, ExprKind::Constant(_))) {
        // BUILD_CONST_KEY_MAP: the values, then the keys as one tuple.
        return sequence(values).max(n + 1);
    }
    let mut d = 1;
    for (i, (k, v)) in keys.iter().zip(values).enumerate() {
        let base = 2 * i as u32;
        d = d.max(base + k.as_ref().map_or(1, expr)).max(base + 1 + expr(v));
    }
    d
}
