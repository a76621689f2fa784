//! `_ast`: the native half of `ast.parse`. corio's parser already builds CPython's `ast` shape
//! (node names, field order and spans match `python3 -c 'import ast'`), so this only turns that
//! tree into plain values that `stdlib/ast.py` rebuilds as node objects: a node is a tuple
//! `(class name, position, field values...)` in CPython's `_fields` order, where position is
//! `(lineno, col_offset, end_lineno, end_col_offset)` (UTF-8 byte columns, as CPython) or None
//! for the node kinds without location attributes; sequences are lists.

use num_bigint::BigInt;

use super::new_module;
use crate::builtins::{arg, def_fn};
use crate::object::{Args, PyErr, PyResult, Value};
use crate::source::LineIndex;
use crate::syntax::ast::*;
use crate::vm::Vm;

pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = new_module("_ast");
    def_fn(&mut d.borrow_mut(), "parse", parse);
    Ok(m)
}

/// `_ast.parse(source, filename)`: the module's statements as a list of node tuples, or the
/// parser's SyntaxError.
fn parse(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Value::Str(src) = arg(&args, 0) else {
        return Err(PyErr::type_error("_ast.parse() expects the source as str"));
    };
    let filename = match arg(&args, 1) {
        Value::Str(s) => s.as_str().to_string(),
        _ => "<unknown>".to_string(),
    };
    let source = src.as_str();
    let parsed = crate::syntax::parse_module(source, &filename);
    // The tokenizer's SyntaxWarnings belong to a compile, not to ast.parse: drop them.
    let _ = crate::syntax::take_lexer_warnings("");
    let module = parsed.map_err(|e| vm.syntax_error_value(&e))?;
    let conv = Conv { idx: LineIndex::new(source) };
    Ok(conv.stmts(&module.body))
}

struct Conv {
    idx: LineIndex,
}

/// A node tuple with no location (operators, contexts, `arguments`, `withitem`, ...).
fn bare(name: &str, fields: Vec<Value>) -> Value {
    let mut items = Vec::with_capacity(fields.len() + 2);
    items.push(Value::str(name));
    items.push(Value::None);
    items.extend(fields);
    Value::tuple(items)
}

fn ident(s: &str) -> Value {
    Value::str(s)
}

fn opt_ident(s: Option<&Ident>) -> Value {
    s.map_or(Value::None, |s| Value::str(s))
}

fn op_name<T: std::fmt::Debug>(op: &T) -> Value {
    bare(&format!("{op:?}"), vec![])
}

impl Conv {
    fn node(&self, name: &str, span: Span, fields: Vec<Value>) -> Value {
        let (l1, c1) = self.idx.line_col(span.start);
        let (l2, c2) = self.idx.line_col(span.end);
        let pos = Value::tuple(vec![Value::Int(l1 as i64), Value::Int(c1 as i64), Value::Int(l2 as i64), Value::Int(c2 as i64)]);
        let mut items = Vec::with_capacity(fields.len() + 2);
        items.push(Value::str(name));
        items.push(pos);
        items.extend(fields);
        Value::tuple(items)
    }

    fn stmts(&self, body: &[Stmt]) -> Value {
        Value::list(body.iter().map(|s| self.stmt(s)).collect())
    }

    fn exprs(&self, v: &[Expr]) -> Value {
        Value::list(v.iter().map(|e| self.expr(e)).collect())
    }

    fn oexpr(&self, e: Option<&Expr>) -> Value {
        e.map_or(Value::None, |e| self.expr(e))
    }

    fn stmt(&self, s: &Stmt) -> Value {
        let sp = s.span;
        match &s.kind {
            StmtKind::FunctionDef(f) => self.node(
                if f.is_async { "AsyncFunctionDef" } else { "FunctionDef" },
                sp,
                vec![ident(&f.name), self.arguments(&f.args), self.stmts(&f.body), self.exprs(&f.decorators), self.oexpr(f.returns.as_deref()), Value::None],
            ),
            StmtKind::ClassDef(c) => self.node(
                "ClassDef",
                sp,
                vec![ident(&c.name), self.exprs(&c.bases), Value::list(c.keywords.iter().map(|k| self.keyword(k)).collect()), self.stmts(&c.body), self.exprs(&c.decorators)],
            ),
            StmtKind::Return(v) => self.node("Return", sp, vec![self.oexpr(v.as_ref())]),
            StmtKind::Delete(t) => self.node("Delete", sp, vec![self.exprs(t)]),
            StmtKind::Assign { targets, value } => self.node("Assign", sp, vec![self.exprs(targets), self.expr(value), Value::None]),
            StmtKind::AugAssign { target, op, value } => self.node("AugAssign", sp, vec![self.expr(target), op_name(op), self.expr(value)]),
            StmtKind::AnnAssign { target, annotation, value, simple } => self.node(
                "AnnAssign",
                sp,
                vec![self.expr(target), self.expr(annotation), self.oexpr(value.as_ref()), Value::Int(*simple as i64)],
            ),
            StmtKind::For { is_async, target, iter, body, orelse } => self.node(
                if *is_async { "AsyncFor" } else { "For" },
                sp,
                vec![self.expr(target), self.expr(iter), self.stmts(body), self.stmts(orelse), Value::None],
            ),
            StmtKind::While { test, body, orelse } => self.node("While", sp, vec![self.expr(test), self.stmts(body), self.stmts(orelse)]),
            StmtKind::If { test, body, orelse } => self.node("If", sp, vec![self.expr(test), self.stmts(body), self.stmts(orelse)]),
            StmtKind::With { is_async, items, body } => {
                let items = items.iter().map(|i| bare("withitem", vec![self.expr(&i.context_expr), self.oexpr(i.optional_vars.as_ref())])).collect();
                self.node(if *is_async { "AsyncWith" } else { "With" }, sp, vec![Value::list(items), self.stmts(body), Value::None])
            }
            StmtKind::Match { subject, cases } => {
                let cases = cases.iter().map(|c| bare("match_case", vec![self.pattern(&c.pattern), self.oexpr(c.guard.as_ref()), self.stmts(&c.body)])).collect();
                self.node("Match", sp, vec![self.expr(subject), Value::list(cases)])
            }
            StmtKind::Raise { exc, cause } => self.node("Raise", sp, vec![self.oexpr(exc.as_ref()), self.oexpr(cause.as_ref())]),
            StmtKind::Try { body, handlers, orelse, finalbody, is_star } => {
                let handlers = handlers
                    .iter()
                    .map(|h| self.node("ExceptHandler", h.span, vec![self.oexpr(h.typ.as_ref()), opt_ident(h.name.as_ref()), self.stmts(&h.body)]))
                    .collect();
                self.node(if *is_star { "TryStar" } else { "Try" }, sp, vec![self.stmts(body), Value::list(handlers), self.stmts(orelse), self.stmts(finalbody)])
            }
            StmtKind::Assert { test, msg } => self.node("Assert", sp, vec![self.expr(test), self.oexpr(msg.as_ref())]),
            StmtKind::Import(names) => self.node("Import", sp, vec![self.aliases(names)]),
            StmtKind::ImportFrom { module, names, level } => {
                self.node("ImportFrom", sp, vec![opt_ident(module.as_ref()), self.aliases(names), Value::Int(*level as i64)])
            }
            StmtKind::Global(n) => self.node("Global", sp, vec![Value::list(n.iter().map(|n| ident(n)).collect())]),
            StmtKind::Nonlocal(n) => self.node("Nonlocal", sp, vec![Value::list(n.iter().map(|n| ident(n)).collect())]),
            StmtKind::Expr(e) => self.node("Expr", sp, vec![self.expr(e)]),
            StmtKind::Pass => self.node("Pass", sp, vec![]),
            StmtKind::Break => self.node("Break", sp, vec![]),
            StmtKind::Continue => self.node("Continue", sp, vec![]),
        }
    }

    fn aliases(&self, names: &[Alias]) -> Value {
        Value::list(names.iter().map(|a| self.node("alias", a.span, vec![ident(&a.name), opt_ident(a.asname.as_ref())])).collect())
    }

    fn keyword(&self, k: &Keyword) -> Value {
        self.node("keyword", k.span, vec![opt_ident(k.name.as_ref()), self.expr(&k.value)])
    }

    fn arg(&self, a: &Arg) -> Value {
        self.node("arg", a.span, vec![ident(&a.name), self.oexpr(a.annotation.as_deref()), Value::None])
    }

    fn oarg(&self, a: Option<&Arg>) -> Value {
        a.map_or(Value::None, |a| self.arg(a))
    }

    fn args(&self, v: &[Arg]) -> Value {
        Value::list(v.iter().map(|a| self.arg(a)).collect())
    }

    fn arguments(&self, a: &Arguments) -> Value {
        bare(
            "arguments",
            vec![
                self.args(&a.posonlyargs),
                self.args(&a.args),
                self.oarg(a.vararg.as_ref()),
                self.args(&a.kwonlyargs),
                Value::list(a.kw_defaults.iter().map(|d| self.oexpr(d.as_ref())).collect()),
                self.oarg(a.kwarg.as_ref()),
                self.exprs(&a.defaults),
            ],
        )
    }

    fn comps(&self, g: &[Comprehension]) -> Value {
        Value::list(
            g.iter()
                .map(|c| bare("comprehension", vec![self.expr(&c.target), self.expr(&c.iter), self.exprs(&c.ifs), Value::Int(c.is_async as i64)]))
                .collect(),
        )
    }

    fn expr(&self, e: &Expr) -> Value {
        let sp = e.span;
        match &e.kind {
            ExprKind::BoolOp { op, values } => self.node("BoolOp", sp, vec![op_name(op), self.exprs(values)]),
            ExprKind::NamedExpr { target, value } => self.node("NamedExpr", sp, vec![self.expr(target), self.expr(value)]),
            ExprKind::BinOp { left, op, right } => self.node("BinOp", sp, vec![self.expr(left), op_name(op), self.expr(right)]),
            ExprKind::UnaryOp { op, operand } => self.node("UnaryOp", sp, vec![op_name(op), self.expr(operand)]),
            ExprKind::Lambda { args, body } => self.node("Lambda", sp, vec![self.arguments(args), self.expr(body)]),
            ExprKind::IfExp { test, body, orelse } => self.node("IfExp", sp, vec![self.expr(test), self.expr(body), self.expr(orelse)]),
            ExprKind::Dict { keys, values } => {
                self.node("Dict", sp, vec![Value::list(keys.iter().map(|k| self.oexpr(k.as_ref())).collect()), self.exprs(values)])
            }
            ExprKind::Set(v) => self.node("Set", sp, vec![self.exprs(v)]),
            ExprKind::ListComp { elt, generators } => self.node("ListComp", sp, vec![self.expr(elt), self.comps(generators)]),
            ExprKind::SetComp { elt, generators } => self.node("SetComp", sp, vec![self.expr(elt), self.comps(generators)]),
            ExprKind::GeneratorExp { elt, generators } => self.node("GeneratorExp", sp, vec![self.expr(elt), self.comps(generators)]),
            ExprKind::DictComp { key, value, generators } => {
                self.node("DictComp", sp, vec![self.expr(key), self.expr(value), self.comps(generators)])
            }
            ExprKind::Await(v) => self.node("Await", sp, vec![self.expr(v)]),
            ExprKind::Yield(v) => self.node("Yield", sp, vec![self.oexpr(v.as_deref())]),
            ExprKind::YieldFrom(v) => self.node("YieldFrom", sp, vec![self.expr(v)]),
            ExprKind::Compare { left, ops, comparators } => {
                self.node("Compare", sp, vec![self.expr(left), Value::list(ops.iter().map(op_name).collect()), self.exprs(comparators)])
            }
            ExprKind::Call { func, args, keywords } => self.node(
                "Call",
                sp,
                vec![self.expr(func), self.exprs(args), Value::list(keywords.iter().map(|k| self.keyword(k)).collect())],
            ),
            ExprKind::FormattedValue { value, conversion, format_spec } => {
                self.node("FormattedValue", sp, vec![self.expr(value), Value::Int(*conversion as i64), self.oexpr(format_spec.as_deref())])
            }
            ExprKind::JoinedStr(v) => self.node("JoinedStr", sp, vec![self.exprs(v)]),
            ExprKind::Constant(c) => self.node("Constant", sp, vec![constant(c), Value::None]),
            ExprKind::Attribute { value, attr, ctx } => self.node("Attribute", sp, vec![self.expr(value), ident(attr), op_name(ctx)]),
            ExprKind::Subscript { value, slice, ctx } => self.node("Subscript", sp, vec![self.expr(value), self.expr(slice), op_name(ctx)]),
            ExprKind::Starred { value, ctx } => self.node("Starred", sp, vec![self.expr(value), op_name(ctx)]),
            ExprKind::Name { id, ctx } => self.node("Name", sp, vec![ident(id), op_name(ctx)]),
            ExprKind::List { elts, ctx } => self.node("List", sp, vec![self.exprs(elts), op_name(ctx)]),
            ExprKind::Tuple { elts, ctx } => self.node("Tuple", sp, vec![self.exprs(elts), op_name(ctx)]),
            ExprKind::Slice { lower, upper, step } => {
                self.node("Slice", sp, vec![self.oexpr(lower.as_deref()), self.oexpr(upper.as_deref()), self.oexpr(step.as_deref())])
            }
        }
    }

    fn patterns(&self, v: &[Pattern]) -> Value {
        Value::list(v.iter().map(|p| self.pattern(p)).collect())
    }

    fn pattern(&self, p: &Pattern) -> Value {
        let sp = p.span;
        match &p.kind {
            PatternKind::MatchValue(e) => self.node("MatchValue", sp, vec![self.expr(e)]),
            PatternKind::MatchSingleton(c) => self.node("MatchSingleton", sp, vec![constant(c)]),
            PatternKind::MatchSequence(v) => self.node("MatchSequence", sp, vec![self.patterns(v)]),
            PatternKind::MatchMapping { keys, patterns, rest } => {
                self.node("MatchMapping", sp, vec![self.exprs(keys), self.patterns(patterns), opt_ident(rest.as_ref())])
            }
            PatternKind::MatchClass { cls, patterns, kwd_attrs, kwd_patterns } => self.node(
                "MatchClass",
                sp,
                vec![self.expr(cls), self.patterns(patterns), Value::list(kwd_attrs.iter().map(|n| ident(n)).collect()), self.patterns(kwd_patterns)],
            ),
            PatternKind::MatchStar(n) => self.node("MatchStar", sp, vec![opt_ident(n.as_ref())]),
            PatternKind::MatchAs { pattern, name } => {
                self.node("MatchAs", sp, vec![pattern.as_deref().map_or(Value::None, |p| self.pattern(p)), opt_ident(name.as_ref())])
            }
            PatternKind::MatchOr(v) => self.node("MatchOr", sp, vec![self.patterns(v)]),
        }
    }
}

/// A literal's value; integer literals keep their text in the tree, so they are converted here.
fn constant(c: &Constant) -> Value {
    match c {
        Constant::None => Value::None,
        Constant::Bool(b) => Value::bool(*b),
        Constant::Int(t) => {
            let lower = t.to_ascii_lowercase();
            let (digits, radix) = match lower.get(..2) {
                Some("0x") => (&lower[2..], 16),
                Some("0o") => (&lower[2..], 8),
                Some("0b") => (&lower[2..], 2),
                _ => (&lower[..], 10),
            };
            BigInt::parse_bytes(digits.as_bytes(), radix).map_or(Value::Int(0), Value::from_bigint)
        }
        Constant::Float(f) => Value::float(*f),
        Constant::Complex(f) => Value::Complex(std::rc::Rc::new((0.0, *f))),
        Constant::Str(s) => Value::str(s),
        Constant::Bytes(b) => Value::Bytes(b.to_vec().into()),
        Constant::Ellipsis => Value::Ellipsis,
    }
}
