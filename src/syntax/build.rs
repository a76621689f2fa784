//! AST construction helpers called by the grammar actions: spans, target conversion
//! (Load -> Store/Del with CPython's messages for invalid targets), call arguments, parameters,
//! compound statements and match patterns. Grammar actions stay one-liners.

use std::rc::Rc;

use super::ast::*;
use super::lexer::{Error, StrTok};
use super::strings;

/// What the parser produced for its entry token.
pub enum Top {
    Module(Vec<Stmt>),
    Expr(Expr),
}

type R<T> = Result<T, lalrpop_util::ParseError<usize, super::lexer::Tok, Error>>;

fn fail<T>(msg: impl Into<String>, start: usize, end: usize) -> R<T> {
    Err(lalrpop_util::ParseError::User { error: Error::syntax(msg, start, end) })
}

pub fn span(l: usize, r: usize) -> Span {
    Span::new(l, r)
}

pub fn expr(l: usize, kind: ExprKind, r: usize) -> Expr {
    Expr::new(span(l, r), kind)
}

pub fn stmt(l: usize, kind: StmtKind, r: usize) -> Stmt {
    Stmt::new(span(l, r), kind)
}

pub fn prepend<T>(first: T, mut rest: Vec<T>) -> Vec<T> {
    rest.insert(0, first);
    rest
}

pub fn push<T>(mut v: Vec<T>, e: T) -> Vec<T> {
    v.push(e);
    v
}

pub fn push_opt<T>(mut v: Vec<T>, e: Option<T>) -> Vec<T> {
    v.extend(e);
    v
}

pub fn name(l: usize, id: Ident, r: usize) -> Expr {
    expr(l, ExprKind::Name { id, ctx: ExprContext::Load }, r)
}

pub fn constant(l: usize, c: Constant, r: usize) -> Expr {
    expr(l, ExprKind::Constant(c), r)
}

pub fn tuple(elts: Vec<Expr>, l: usize, r: usize) -> Expr {
    expr(l, ExprKind::Tuple { elts, ctx: ExprContext::Load }, r)
}

pub fn list(l: usize, elts: Vec<Expr>, r: usize) -> Expr {
    expr(l, ExprKind::List { elts, ctx: ExprContext::Load }, r)
}

pub fn starred(l: usize, e: Expr, r: usize) -> Expr {
    expr(l, ExprKind::Starred { value: Box::new(e), ctx: ExprContext::Load }, r)
}

/// `(*a)`: matches CPython's parser message.
pub fn starred_alone(e: Expr) -> R<Expr> {
    fail("cannot use starred expression here", e.span.start as usize, e.span.end as usize)
}

pub fn binop(l: usize, a: Expr, op: Operator, c: Expr, r: usize) -> Expr {
    expr(l, ExprKind::BinOp { left: Box::new(a), op, right: Box::new(c) }, r)
}

pub fn unary(l: usize, op: UnaryOperator, e: Expr, r: usize) -> Expr {
    expr(l, ExprKind::UnaryOp { op, operand: Box::new(e) }, r)
}

pub fn boolop(l: usize, op: BoolOperator, first: Expr, rest: Vec<Expr>, r: usize) -> Expr {
    expr(l, ExprKind::BoolOp { op, values: prepend(first, rest) }, r)
}

pub fn compare(l: usize, left: Expr, rest: Vec<(CmpOp, Expr)>, r: usize) -> Expr {
    let (ops, comparators) = rest.into_iter().unzip();
    expr(l, ExprKind::Compare { left: Box::new(left), ops, comparators }, r)
}

pub fn ifexp(l: usize, body: Expr, test: Expr, orelse: Expr, r: usize) -> Expr {
    expr(l, ExprKind::IfExp { test: Box::new(test), body: Box::new(body), orelse: Box::new(orelse) }, r)
}

pub fn named(l: usize, id: Ident, nr: usize, value: Expr, r: usize) -> Expr {
    let target = expr(l, ExprKind::Name { id, ctx: ExprContext::Store }, nr);
    expr(l, ExprKind::NamedExpr { target: Box::new(target), value: Box::new(value) }, r)
}

pub fn attribute(l: usize, value: Expr, attr: Ident, r: usize) -> Expr {
    expr(l, ExprKind::Attribute { value: Box::new(value), attr, ctx: ExprContext::Load }, r)
}

pub fn subscript(l: usize, value: Expr, slice: Expr, r: usize) -> Expr {
    // `a[*b]` is `a[(*b,)]` (PEP 646): a lone starred item still makes a tuple.
    let slice = match slice.kind {
        ExprKind::Starred { .. } => {
            let (sl, sr) = (slice.span.start as usize, slice.span.end as usize);
            tuple(vec![slice], sl, sr)
        }
        _ => slice,
    };
    expr(l, ExprKind::Subscript { value: Box::new(value), slice: Box::new(slice), ctx: ExprContext::Load }, r)
}

pub fn slice(l: usize, lo: Option<Expr>, hi: Option<Expr>, step: Option<Expr>, r: usize) -> Expr {
    let kind = ExprKind::Slice { lower: lo.map(Box::new), upper: hi.map(Box::new), step: step.map(Box::new) };
    expr(l, kind, r)
}

pub fn dict(l: usize, entries: Vec<(Option<Expr>, Expr)>, r: usize) -> Expr {
    let (keys, values) = entries.into_iter().unzip();
    expr(l, ExprKind::Dict { keys, values }, r)
}

pub fn dict_comp(l: usize, k: Expr, v: Expr, generators: Vec<Comprehension>, r: usize) -> Expr {
    expr(l, ExprKind::DictComp { key: Box::new(k), value: Box::new(v), generators }, r)
}

pub enum CompKind {
    List,
    Set,
    Gen,
}

pub fn comp(l: usize, elt: Expr, generators: Vec<Comprehension>, r: usize, kind: CompKind) -> Expr {
    let elt = Box::new(elt);
    let kind = match kind {
        CompKind::List => ExprKind::ListComp { elt, generators },
        CompKind::Set => ExprKind::SetComp { elt, generators },
        CompKind::Gen => ExprKind::GeneratorExp { elt, generators },
    };
    expr(l, kind, r)
}

pub fn comprehension(is_async: bool, target: Expr, iter: Expr, ifs: Vec<Expr>) -> R<Comprehension> {
    let target = to_store(target)?;
    Ok(Comprehension { target, iter, ifs, is_async })
}

pub fn strings(toks: Vec<(usize, StrTok, usize)>, depth: usize) -> R<Expr> {
    strings::concat(toks, depth).map_err(|error| lalrpop_util::ParseError::User { error })
}

pub fn dotted(first: Ident, rest: Vec<Ident>) -> Ident {
    if rest.is_empty() {
        return first;
    }
    let mut s = first.to_string();
    for part in rest {
        s.push('.');
        s.push_str(&part);
    }
    Rc::from(s)
}

pub fn alias(l: usize, name: Ident, asname: Option<Ident>, r: usize) -> Alias {
    Alias { span: span(l, r), name, asname }
}

pub struct ImportNames {
    pub names: Vec<Alias>,
    /// Where a trailing comma without parentheses ends (an error).
    pub trailing_comma: Option<usize>,
}

impl ImportNames {
    pub fn bare(names: Vec<Alias>, r: usize) -> ImportNames {
        let last_end = names.last().map_or(r, |a| a.span.end as usize);
        ImportNames { names, trailing_comma: (r > last_end).then_some(r) }
    }
}

pub fn import_from(l: usize, dots: Vec<u32>, module: Option<Ident>, names: ImportNames, r: usize) -> R<Stmt> {
    if let Some(at) = names.trailing_comma {
        return fail("trailing comma not allowed without surrounding parentheses", at, at + 1);
    }
    let level = dots.iter().sum();
    if level == 0 && module.is_none() {
        return fail("invalid syntax", l + 5, l + 11);
    }
    Ok(stmt(l, StmtKind::ImportFrom { module, names: names.names, level }, r))
}

pub fn raise(l: usize, e: Option<(Expr, Option<Expr>)>, r: usize) -> Stmt {
    let (exc, cause) = match e {
        Some((exc, cause)) => (Some(exc), cause),
        None => (None, None),
    };
    stmt(l, StmtKind::Raise { exc, cause }, r)
}

pub fn expr_stmt(l: usize, e: Expr, r: usize) -> Stmt {
    stmt(l, StmtKind::Expr(e), r)
}

/// `a = b = value`: every expression but the last is a target.
pub fn assign(l: usize, first: Expr, mut rest: Vec<Expr>, r: usize) -> R<Stmt> {
    let value = rest.pop().unwrap_or_else(|| constant(l, Constant::None, r));
    if std::iter::once(&first).chain(&rest).any(|t| invalid_target(t, false).is_some()) {
        if let Some((msg, start, end)) = misplaced_equals(&first, rest.first().unwrap_or(&value), !rest.is_empty()) {
            return fail(msg, start, end);
        }
    }
    let mut targets = Vec::with_capacity(rest.len() + 1);
    for t in std::iter::once(first).chain(rest) {
        targets.push(assign_target(t)?);
    }
    Ok(stmt(l, StmtKind::Assign { targets, value }, r))
}

/// CPython's invalid_named_expression, which its parser tries on the first target of an
/// invalid assignment before any other check: the element of `first` right before the first
/// `=` (its last one, for a bare tuple), followed by `= b` where `b` is a bitwise_or not
/// followed by another `=`, reads as a mistyped comparison. `next` is what follows that `=`,
/// a target when `next_is_target`.
fn misplaced_equals(first: &Expr, next: &Expr, next_is_target: bool) -> Option<(String, usize, usize)> {
    let b = leading_operand(next);
    if (next_is_target && std::ptr::eq(b, next)) || !is_bitwise_or(b) {
        return None;
    }
    let a = match &first.kind {
        ExprKind::Tuple { elts, .. } if !is_parenthesized_tuple(first) => elts.last()?,
        _ => first,
    };
    let excluded = matches!(
        a.kind,
        ExprKind::List { .. } | ExprKind::Tuple { .. } | ExprKind::GeneratorExp { .. } | ExprKind::Constant(Constant::None | Constant::Bool(_))
    );
    if excluded || !is_bitwise_or(a) {
        return None;
    }
    let (s, e) = (a.span.start as usize, a.span.end as usize);
    Some(match a.kind {
        ExprKind::Name { .. } => {
            ("invalid syntax. Maybe you meant '==' or ':=' instead of '='?".to_string(), s, b.span.end as usize)
        }
        _ => (format!("cannot assign to {} here. Maybe you meant '==' instead of '='?", describe(&a.kind)), s, e),
    })
}

/// The expression's first operand at the level of a comparison (`x` in `x < y`, `x if c
/// else y`, `x and y`, `x, y`): what CPython's parser reads first as a bitwise_or.
fn leading_operand(e: &Expr) -> &Expr {
    match &e.kind {
        ExprKind::Compare { left, .. } => leading_operand(left),
        ExprKind::BoolOp { values, .. } => values.first().map_or(e, leading_operand),
        ExprKind::IfExp { body, .. } => leading_operand(body),
        ExprKind::Tuple { elts, .. } if !is_parenthesized_tuple(e) => elts.first().map_or(e, leading_operand),
        _ => e,
    }
}

/// A tuple written in parentheses (its span starts before its first element).
fn is_parenthesized_tuple(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Tuple { elts, .. } => elts.first().map_or(true, |x| x.span.start > e.span.start),
        _ => false,
    }
}

/// Whether `e` parses as CPython's `bitwise_or` (an operand of a comparison): not a
/// comparison, `not`, `and`/`or`, conditional, lambda, starred, yield or bare tuple. (A named
/// expression can only be here in parentheses, which make it an atom: `(x := 1) = 2`.)
fn is_bitwise_or(e: &Expr) -> bool {
    !matches!(
        e.kind,
        ExprKind::Compare { .. }
            | ExprKind::BoolOp { .. }
            | ExprKind::UnaryOp { op: UnaryOperator::Not, .. }
            | ExprKind::IfExp { .. }
            | ExprKind::Lambda { .. }
            | ExprKind::Starred { .. }
            | ExprKind::Yield(_)
            | ExprKind::YieldFrom(_)
    ) && !(matches!(e.kind, ExprKind::Tuple { .. }) && !is_parenthesized_tuple(e))
}

pub fn aug_assign(l: usize, target: Expr, op: Operator, value: Expr, r: usize) -> R<Stmt> {
    let what = match &target.kind {
        ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => None,
        other => Some(describe(other)),
    };
    if let Some(what) = what {
        let msg = format!("'{what}' is an illegal expression for augmented assignment");
        return fail(msg, target.span.start as usize, target.span.end as usize);
    }
    let target = to_store(target)?;
    Ok(stmt(l, StmtKind::AugAssign { target, op, value }, r))
}

pub fn ann_assign(l: usize, target: Expr, annotation: Expr, value: Option<Expr>, r: usize) -> R<Stmt> {
    let (s, e) = (target.span.start as usize, target.span.end as usize);
    let simple = matches!(target.kind, ExprKind::Name { .. }) && s == l;
    match &target.kind {
        ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {}
        ExprKind::Tuple { elts, .. } => {
            // CPython's invalid_ann_assign_target reports a parenthesized tuple as a whole, a
            // bare one (`a, b: int`) at its first element.
            let (s, e) = match elts.first() {
                Some(x) if !is_parenthesized_tuple(&target) => (x.span.start as usize, x.span.end as usize),
                _ => (s, e),
            };
            return fail("only single target (not tuple) can be annotated", s, e);
        }
        ExprKind::List { .. } => return fail("only single target (not list) can be annotated", s, e),
        _ => return fail("illegal target for annotation", s, e),
    }
    let target = to_store(target)?;
    Ok(stmt(l, StmtKind::AnnAssign { target, annotation, value, simple }, r))
}

pub fn delete(l: usize, targets: Vec<Expr>, r: usize) -> R<Stmt> {
    let targets = targets.into_iter().map(to_del).collect::<R<Vec<_>>>()?;
    Ok(stmt(l, StmtKind::Delete(targets), r))
}

/// CPython's name for an expression kind in target error messages.
fn describe(kind: &ExprKind) -> &'static str {
    match kind {
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Await(_) => "await expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::Call { .. } => "function call",
        ExprKind::FormattedValue { .. } | ExprKind::JoinedStr(_) => "f-string expression",
        ExprKind::Constant(Constant::Ellipsis) => "ellipsis",
        ExprKind::Constant(Constant::None) => "None",
        ExprKind::Constant(Constant::Bool(true)) => "True",
        ExprKind::Constant(Constant::Bool(false)) => "False",
        ExprKind::Constant(_) => "literal",
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred { .. } => "starred",
        ExprKind::Name { .. } => "name",
        ExprKind::List { .. } => "list",
        ExprKind::Tuple { .. } => "tuple",
        ExprKind::Slice { .. } => "slice",
    }
}

/// The innermost invalid target, for CPython's "cannot assign to X" location.
fn invalid_target(e: &Expr, del: bool) -> Option<&Expr> {
    match &e.kind {
        ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => None,
        ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => elts.iter().find_map(|x| invalid_target(x, del)),
        ExprKind::Starred { value, .. } if !del => invalid_target(value, del),
        _ => Some(e),
    }
}

/// A `=` target: like [`to_store`], with CPython's message for a yield target.
fn assign_target(e: Expr) -> R<Expr> {
    if let Some(bad) = invalid_target(&e, false) {
        let (s, end) = (bad.span.start as usize, bad.span.end as usize);
        let whole_yield = matches!(bad.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_)) && bad.span == e.span;
        let msg = if whole_yield {
            // CPython's invalid_assignment: `x = yield = 1`.
            "assignment to yield expression not possible".to_string()
        } else {
            format!("cannot assign to {}", describe(&bad.kind))
        };
        return fail(msg, s, end);
    }
    to_store(e)
}

/// Converts an expression parsed in Load context into an assignment target.
pub fn to_store(e: Expr) -> R<Expr> {
    set_ctx(e, ExprContext::Store, 0)
}

fn to_del(e: Expr) -> R<Expr> {
    if let Some(bad) = invalid_target(&e, true) {
        let msg = format!("cannot delete {}", describe(&bad.kind));
        return fail(msg, bad.span.start as usize, bad.span.end as usize);
    }
    set_ctx(e, ExprContext::Del, 0)
}

/// Bounded recursion: nesting is at most the lexer's bracket limit, checked here anyway.
fn set_ctx(e: Expr, ctx: ExprContext, depth: usize) -> R<Expr> {
    let Expr { span: sp, kind } = e;
    if depth > super::lexer::MAX_PAREN_DEPTH + 10 {
        return fail("too many nested parentheses", sp.start as usize, sp.end as usize);
    }
    let kind = match kind {
        ExprKind::Name { id, .. } => ExprKind::Name { id, ctx },
        ExprKind::Attribute { value, attr, .. } => ExprKind::Attribute { value, attr, ctx },
        ExprKind::Subscript { value, slice, .. } => ExprKind::Subscript { value, slice, ctx },
        ExprKind::Starred { value, .. } => ExprKind::Starred { value: Box::new(set_ctx(*value, ctx, depth + 1)?), ctx },
        ExprKind::Tuple { elts, .. } => ExprKind::Tuple { elts: set_all(elts, ctx, depth)?, ctx },
        ExprKind::List { elts, .. } => ExprKind::List { elts: set_all(elts, ctx, depth)?, ctx },
        other => {
            let msg = format!("cannot assign to {}", describe(&other));
            return fail(msg, sp.start as usize, sp.end as usize);
        }
    };
    Ok(Expr::new(sp, kind))
}

fn set_all(elts: Vec<Expr>, ctx: ExprContext, depth: usize) -> R<Vec<Expr>> {
    elts.into_iter().map(|x| set_ctx(x, ctx, depth + 1)).collect()
}

// ---- calls ----

pub enum ArgItem {
    Pos(Expr),
    /// A bare generator argument and the offset of its first `for` / `async`.
    Gen(Expr, usize),
    Kw(Keyword),
}

/// Splits call arguments, with CPython's ordering errors. `lp` is the `(` offset: a lone
/// generator argument spans the call's parentheses, as in CPython.
pub fn call(l: usize, func: Expr, lp: usize, items: Vec<ArgItem>, r: usize) -> R<Expr> {
    let (args, keywords) = split_args(lp, items, r)?;
    Ok(expr(l, ExprKind::Call { func: Box::new(func), args, keywords }, r))
}

fn split_args(lp: usize, items: Vec<ArgItem>, r: usize) -> R<(Vec<Expr>, Vec<Keyword>)> {
    let n = items.len();
    let mut args = Vec::new();
    let mut keywords: Vec<Keyword> = Vec::new();
    for item in items {
        match item {
            ArgItem::Gen(mut g, _) => {
                if n != 1 {
                    return fail("Generator expression must be parenthesized", g.span.start as usize, g.span.end as usize);
                }
                g.span = span(lp, r);
                args.push(g);
            }
            ArgItem::Pos(e) => {
                let star = matches!(e.kind, ExprKind::Starred { .. });
                if let Some(k) = keywords.last() {
                    if star && keywords.iter().any(|k| k.name.is_none()) {
                        let msg = "iterable argument unpacking follows keyword argument unpacking";
                        return fail(msg, e.span.start as usize, e.span.start as usize + 1);
                    }
                    if !star {
                        let msg = if k.name.is_none() || keywords.iter().any(|k| k.name.is_none()) {
                            "positional argument follows keyword argument unpacking"
                        } else {
                            "positional argument follows keyword argument"
                        };
                        // CPython points just past the argument.
                        return fail(msg, e.span.end as usize, e.span.end as usize + 1);
                    }
                }
                args.push(e);
            }
            ArgItem::Kw(k) => keywords.push(k),
        }
    }
    Ok((args, keywords))
}

// ---- parameters ----

pub enum Param {
    Plain(Arg, Option<Expr>),
    /// `*` or `*name`; the offset of the `*`.
    Star(Option<Arg>, usize),
    DoubleStar(Arg),
    Slash(usize),
}

pub fn arg(l: usize, name: Ident, annotation: Option<Expr>, r: usize) -> Arg {
    Arg { span: span(l, r), name, annotation: annotation.map(Box::new) }
}

/// Builds `ast.arguments` from the flat parameter list, with CPython's ordering errors.
/// Duplicate names are left to the compiler's symbol table (CPython reports them there too).
pub fn arguments(params: Vec<Param>, is_lambda: bool) -> R<Arguments> {
    let mut a = Arguments::default();
    let mut seen_star = false;
    let mut seen_default = false;
    let mut bare_star: Option<usize> = None;
    let mut seen_slash = false;
    for p in params {
        if let Some(kw) = &a.kwarg {
            // matches CPython: the caret covers a star parameter's `*` or `**`.
            let (at, len) = match &p {
                Param::Plain(arg, _) => (arg.span.start as usize, 1),
                Param::DoubleStar(arg) => ((arg.span.start as usize).saturating_sub(2), 2),
                Param::Star(_, at) | Param::Slash(at) => (*at, 1),
            };
            let _ = kw;
            return fail("arguments cannot follow var-keyword argument", at, at + len);
        }
        match p {
            Param::Plain(arg, default) => {
                if seen_star {
                    bare_star = None;
                    a.kwonlyargs.push(arg);
                    a.kw_defaults.push(default);
                } else {
                    match default {
                        Some(d) => {
                            seen_default = true;
                            a.defaults.push(d);
                        }
                        None if seen_default => {
                            let (s, e) = (arg.span.start as usize, arg.span.end as usize);
                            return fail("non-default argument follows default argument", s, e);
                        }
                        None => {}
                    }
                    a.args.push(arg);
                }
            }
            Param::Slash(at) => {
                if seen_star {
                    return fail("/ must be ahead of *", at, at + 1);
                }
                if seen_slash {
                    return fail("/ may appear only once", at, at + 1);
                }
                if a.args.is_empty() {
                    return fail("at least one argument must precede /", at, at + 1);
                }
                seen_slash = true;
                a.posonlyargs.append(&mut a.args);
            }
            Param::Star(arg, at) => {
                if seen_star {
                    return fail("* argument may appear only once", at, at + 1);
                }
                seen_star = true;
                if arg.is_none() {
                    bare_star = Some(at);
                }
                a.vararg = arg;
            }
            Param::DoubleStar(arg) => {
                if let Some(at) = bare_star {
                    return fail("named arguments must follow bare *", at, at + 1);
                }
                a.kwarg = Some(arg);
            }
        }
    }
    if let Some(at) = bare_star {
        // CPython's lambda rule has no explicit location: it points at the token after `*`.
        let at = if is_lambda { at + 1 } else { at };
        return fail("named arguments must follow bare *", at, at + 1);
    }
    Ok(a)
}

pub fn lambda(l: usize, params: Vec<Param>, body: Expr, r: usize) -> R<Expr> {
    let args = arguments(params, true)?;
    Ok(expr(l, ExprKind::Lambda { args: Box::new(args), body: Box::new(body) }, r))
}

// ---- compound statements ----

/// End of a block: compound statements end with their last body statement, not at the
/// DEDENT (which sits at the next statement).
fn end_of(body: &[Stmt], fallback: usize) -> usize {
    body.last().map_or(fallback, |s| s.span.end as usize)
}

pub fn funcdef(l: usize, is_async: bool, name: Ident, params: Vec<Param>, returns: Option<Expr>, body: Vec<Stmt>) -> R<Stmt> {
    let args = arguments(params, false)?;
    let r = end_of(&body, l);
    let f = FunctionDef { is_async, name, args: Box::new(args), body, decorators: vec![], returns: returns.map(Box::new) };
    Ok(stmt(l, StmtKind::FunctionDef(f), r))
}

pub fn classdef(l: usize, name: Ident, args: Option<Vec<ArgItem>>, body: Vec<Stmt>) -> R<Stmt> {
    let (bases, keywords) = match args {
        Some(items) => {
            // CPython's class arguments have no bare-generator form: `class C(x for x in y)` is
            // a plain "invalid syntax" at the `for` (with more arguments, the call's
            // "Generator expression must be parenthesized" from split_args).
            if let [ArgItem::Gen(g, at)] = items.as_slice() {
                let kw = match &g.kind {
                    ExprKind::GeneratorExp { generators, .. } if generators.first().is_some_and(|c| c.is_async) => 5,
                    _ => 3,
                };
                return fail("invalid syntax", *at, *at + kw);
            }
            split_args(l, items, l)?
        }
        None => (vec![], vec![]),
    };
    let r = end_of(&body, l);
    Ok(stmt(l, StmtKind::ClassDef(ClassDef { name, bases, keywords, body, decorators: vec![] }), r))
}

pub fn decorate(decorators: Vec<Expr>, mut s: Stmt) -> Stmt {
    match &mut s.kind {
        StmtKind::FunctionDef(f) => f.decorators = decorators,
        StmtKind::ClassDef(c) => c.decorators = decorators,
        _ => {}
    }
    s
}

pub fn if_stmt(l: usize, test: Expr, body: Vec<Stmt>, elifs: Vec<(usize, Expr, Vec<Stmt>)>, orelse: Option<Vec<Stmt>>) -> Stmt {
    let mut tail = orelse.unwrap_or_default();
    for (el, t, b) in elifs.into_iter().rev() {
        let r = end_of(&tail, end_of(&b, el));
        tail = vec![stmt(el, StmtKind::If { test: t, body: b, orelse: tail }, r)];
    }
    let r = end_of(&tail, end_of(&body, l));
    stmt(l, StmtKind::If { test, body, orelse: tail }, r)
}

pub fn while_stmt(l: usize, test: Expr, body: Vec<Stmt>, orelse: Option<Vec<Stmt>>) -> Stmt {
    let orelse = orelse.unwrap_or_default();
    let r = end_of(&orelse, end_of(&body, l));
    stmt(l, StmtKind::While { test, body, orelse }, r)
}

pub fn for_stmt(l: usize, is_async: bool, target: Expr, iter: Expr, body: Vec<Stmt>, orelse: Option<Vec<Stmt>>) -> R<Stmt> {
    let target = to_store(target)?;
    let orelse = orelse.unwrap_or_default();
    let r = end_of(&orelse, end_of(&body, l));
    Ok(stmt(l, StmtKind::For { is_async, target, iter, body, orelse }, r))
}

/// `colon`: where the `:` is, which CPython's error for a bare `except*:` points at.
pub fn handler(l: usize, is_star: bool, t: Option<(Expr, Option<Ident>)>, colon: usize, body: Vec<Stmt>) -> R<(bool, ExceptHandler)> {
    if is_star && t.is_none() {
        return fail("expected one or more exception types", colon, colon + 1);
    }
    let (typ, name) = match t {
        Some((typ, name)) => (Some(typ), name),
        None => (None, None),
    };
    let r = end_of(&body, l);
    Ok((is_star, ExceptHandler { span: span(l, r), typ, name, body }))
}

pub fn try_stmt(l: usize, body: Vec<Stmt>, handlers: Vec<(bool, ExceptHandler)>, orelse: Option<Vec<Stmt>>, finalbody: Option<Vec<Stmt>>) -> R<Stmt> {
    let is_star = handlers.iter().any(|h| h.0);
    if handlers.iter().any(|h| h.0 != is_star) {
        // CPython's invalid_try_stmt: the first handler that differs from the first one is
        // reported, an `except*` one with its star underlined too.
        let first = handlers.first().map_or(false, |h| h.0);
        let other = handlers.iter().find(|h| h.0 != first);
        let at = other.map_or(l, |h| h.1.span.start as usize);
        let len = if first { 6 } else { 7 };
        return fail("cannot have both 'except' and 'except*' on the same 'try'", at, at + len);
    }
    let handlers: Vec<ExceptHandler> = handlers.into_iter().map(|h| h.1).collect();
    let orelse = orelse.unwrap_or_default();
    let finalbody = finalbody.unwrap_or_default();
    let mut r = end_of(&body, l);
    r = handlers.last().map_or(r, |h| h.span.end as usize);
    r = end_of(&orelse, r);
    r = end_of(&finalbody, r);
    Ok(stmt(l, StmtKind::Try { body, handlers, orelse, finalbody, is_star }, r))
}

pub fn with_stmt(l: usize, is_async: bool, items: Vec<(Expr, Option<Expr>)>, body: Vec<Stmt>) -> R<Stmt> {
    let mut out = Vec::with_capacity(items.len());
    for (context_expr, vars) in items {
        let optional_vars = match vars {
            Some(v) => Some(to_store(v)?),
            None => None,
        };
        out.push(WithItem { context_expr, optional_vars });
    }
    let r = end_of(&body, l);
    Ok(stmt(l, StmtKind::With { is_async, items: out, body }, r))
}

// ---- match statements ----

pub fn match_stmt(l: usize, subject: Expr, cases: Vec<MatchCase>) -> Stmt {
    let r = cases.last().map_or(l, |c| end_of(&c.body, l));
    stmt(l, StmtKind::Match { subject, cases }, r)
}

pub fn pattern(l: usize, kind: PatternKind, r: usize) -> Pattern {
    Pattern { span: span(l, r), kind }
}

pub fn star_pattern(l: usize, n: Ident, r: usize) -> Pattern {
    let name = if &*n == "_" { None } else { Some(n) };
    pattern(l, PatternKind::MatchStar(name), r)
}

pub fn capture_pattern(l: usize, n: Ident, r: usize) -> Pattern {
    let name = if &*n == "_" { None } else { Some(n) };
    pattern(l, PatternKind::MatchAs { pattern: None, name }, r)
}

pub fn as_pattern(l: usize, p: Pattern, n: Ident, r: usize) -> R<Pattern> {
    if &*n == "_" {
        return fail("cannot use '_' as a target", r - 1, r);
    }
    Ok(pattern(l, PatternKind::MatchAs { pattern: Some(Box::new(p)), name: Some(n) }, r))
}

pub enum MappingItem {
    Pair(Expr, Pattern),
    /// `**name`, with where the item starts.
    Rest(Ident, usize),
}

/// `**rest` in a mapping pattern; matches CPython's grammar, where `**_` is invalid syntax
/// at the `_`.
pub fn mapping_rest(l: usize, n: Ident, r: usize) -> R<MappingItem> {
    if &*n == "_" {
        return fail("invalid syntax", r - 1, r);
    }
    Ok(MappingItem::Rest(n, l))
}

/// `real + imagj` in a pattern; matches CPython's ensure_real / ensure_imaginary.
pub fn complex_literal(l: usize, a: Expr, op: Operator, c: Expr, r: usize) -> R<Expr> {
    let number = match &a.kind {
        ExprKind::UnaryOp { operand, .. } => operand,
        _ => &a,
    };
    if matches!(number.kind, ExprKind::Constant(Constant::Complex(_))) {
        let sp = number.span;
        return fail("real number required in complex literal", sp.start as usize, sp.end as usize);
    }
    if !matches!(c.kind, ExprKind::Constant(Constant::Complex(_))) {
        return fail("imaginary number required in complex literal", c.span.start as usize, c.span.end as usize);
    }
    Ok(binop(l, a, op, c, r))
}

pub fn mapping_pattern(l: usize, items: Vec<MappingItem>, r: usize) -> R<Pattern> {
    let (mut keys, mut patterns, mut rest) = (vec![], vec![], None);
    for item in items {
        // matches CPython: `**rest` comes last; the error is at the item after it.
        if rest.is_some() {
            let (start, end) = match &item {
                MappingItem::Pair(k, _) => (k.span.start as usize, k.span.end as usize),
                MappingItem::Rest(_, il) => (*il, il + 2),
            };
            return fail("invalid syntax", start, end);
        }
        match item {
            MappingItem::Pair(k, p) => {
                keys.push(k);
                patterns.push(p);
            }
            MappingItem::Rest(n, _) => rest = Some(n),
        }
    }
    Ok(pattern(l, PatternKind::MatchMapping { keys, patterns, rest }, r))
}

pub fn class_pattern(l: usize, cls: Expr, args: Vec<(Option<Ident>, Pattern)>, r: usize) -> R<Pattern> {
    let (mut patterns, mut kwd_attrs, mut kwd_patterns) = (vec![], vec![], vec![]);
    for (name, p) in args {
        match name {
            Some(n) => {
                kwd_attrs.push(n);
                kwd_patterns.push(p);
            }
            None if !kwd_attrs.is_empty() => {
                let msg = "positional patterns follow keyword patterns";
                return fail(msg, p.span.start as usize, p.span.end as usize);
            }
            None => patterns.push(p),
        }
    }
    Ok(pattern(l, PatternKind::MatchClass { cls, patterns, kwd_attrs, kwd_patterns }, r))
}
