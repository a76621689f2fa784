//! `_ast`: the native half of `ast.parse`. Parses source with corio's own parser and hands the
//! tree to `stdlib/ast.py` as plain values, which builds the node objects from them.
//!
//! Encoding: a node is a tuple `(class_name, (field, ...), position)`, its fields in the order
//! of CPython's `_fields`, `position` being `(lineno, col_offset, end_lineno, end_col_offset)`
//! or None for node kinds without positions; a list field is a list; identifiers and
//! constants are plain values. No constant value is ever a tuple or a list, so the Python side
//! tells nodes, lists and leaves apart by type alone.

use super::new_module;
use crate::builtins::def_fn;
use crate::object::{Args, PyErr, PyResult, Value};
use crate::source::LineIndex;
use crate::syntax::ast::*;
use crate::vm::Vm;

pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = new_module("_ast");
    def_fn(&mut d.borrow_mut(), "parse", parse);
    Ok(m)
}

/// `_ast.parse(source: str, filename: str, mode: str)`; mode is "exec", "eval" or "single".
/// Only the parser runs, as CPython's `ast.parse`: `return` outside a function parses.
fn parse(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let text = |i: usize| match args.pos.get(i) {
        Some(Value::Str(s)) => Ok(s.as_str().to_string()),
        _ => Err(PyErr::type_error("_ast.parse(source, filename, mode) expects three str")),
    };
    let (source, filename, mode) = (text(0)?, text(1)?, text(2)?);
    if source.contains('\0') {
        return Err(PyErr::new(crate::object::ExcKind::SyntaxError, "source code string cannot contain null bytes"));
    }
    if mode == "eval" {
        crate::syntax::check_eval_input(&source, &filename).map_err(|e| vm.syntax_error_value(&e))?;
    }
    let _ = crate::syntax::take_lexer_warnings("");
    let parsed = crate::syntax::parse_module(&source, &filename);
    let _ = crate::syntax::take_lexer_warnings(&source);
    let module = match parsed {
        Ok(m) => m,
        Err(mut e) => {
            if mode == "eval" {
                crate::syntax::fix_eval_location(&mut e, &source);
            }
            return Err(vm.syntax_error_value(&e));
        }
    };
    let t = Tree { idx: LineIndex::new(&source) };
    Ok(match mode.as_str() {
        "eval" => {
            let body = match module.body.as_slice() {
                [Stmt { kind: StmtKind::Expr(e), .. }] => t.expr(e),
                _ => return Err(PyErr::new(crate::object::ExcKind::SyntaxError, "invalid syntax")),
            };
            node("Expression", vec![body], None)
        }
        "single" => node("Interactive", vec![t.stmts(&module.body)], None),
        _ => node("Module", vec![t.stmts(&module.body), Value::list(Vec::new())], None),
    })
}

fn node(name: &str, fields: Vec<Value>, pos: Option<Value>) -> Value {
    Value::tuple(vec![Value::str(name), Value::tuple(fields), pos.unwrap_or(Value::None)])
}

/// A field-less node (operators, expression contexts).
fn leaf(name: &str) -> Value {
    node(name, Vec::new(), None)
}

fn ident(s: &str) -> Value {
    Value::str(s)
}

fn opt_ident(s: &Option<Ident>) -> Value {
    s.as_deref().map_or(Value::None, ident)
}

fn ctx(c: ExprContext) -> Value {
    leaf(match c {
        ExprContext::Load => "Load",
        ExprContext::Store => "Store",
        ExprContext::Del => "Del",
    })
}

fn operator(op: Operator) -> Value {
    leaf(match op {
        Operator::Add => "Add",
        Operator::Sub => "Sub",
        Operator::Mult => "Mult",
        Operator::MatMult => "MatMult",
        Operator::Div => "Div",
        Operator::Mod => "Mod",
        Operator::Pow => "Pow",
        Operator::LShift => "LShift",
        Operator::RShift => "RShift",
        Operator::BitOr => "BitOr",
        Operator::BitXor => "BitXor",
        Operator::BitAnd => "BitAnd",
        Operator::FloorDiv => "FloorDiv",
    })
}

fn cmpop(op: CmpOp) -> Value {
    leaf(match op {
        CmpOp::Eq => "Eq",
        CmpOp::NotEq => "NotEq",
        CmpOp::Lt => "Lt",
        CmpOp::LtE => "LtE",
        CmpOp::Gt => "Gt",
        CmpOp::GtE => "GtE",
        CmpOp::Is => "Is",
        CmpOp::IsNot => "IsNot",
        CmpOp::In => "In",
        CmpOp::NotIn => "NotIn",
    })
}

fn constant(c: &Constant) -> Value {
    match c {
        Constant::None => Value::None,
        Constant::Bool(b) => Value::bool(*b),
        Constant::Int(text) => match crate::compile::literal::int_constant(text) {
            Some(crate::bytecode::Constant::Int(i)) => Value::Int(i),
            Some(crate::bytecode::Constant::BigInt(s)) => {
                s.parse::<num_bigint::BigInt>().map(Value::from_bigint).unwrap_or(Value::Int(0))
            }
            _ => Value::Int(0),
        },
        Constant::Float(f) => Value::float(*f),
        Constant::Complex(im) => Value::Complex(std::rc::Rc::new((0.0, *im))),
        Constant::Str(s) => Value::str(s),
        Constant::Bytes(b) => Value::Bytes(crate::object::RcSlice::from(&b[..])),
        Constant::Ellipsis => Value::Ellipsis,
    }
}

struct Tree {
    idx: LineIndex,
}

impl Tree {
    fn pos(&self, s: Span) -> Option<Value> {
        let (l1, c1) = self.idx.line_col(s.start);
        let (l2, c2) = self.idx.line_col(s.end);
        Some(Value::tuple(vec![Value::Int(l1 as i64), Value::Int(c1 as i64), Value::Int(l2 as i64), Value::Int(c2 as i64)]))
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
        let (name, fields): (&str, Vec<Value>) = match &s.kind {
            StmtKind::FunctionDef(f) => (
                if f.is_async { "AsyncFunctionDef" } else { "FunctionDef" },
                vec![
                    ident(&f.name),
                    self.arguments(&f.args),
                    self.stmts(&f.body),
                    self.exprs(&f.decorators),
                    self.oexpr(f.returns.as_deref()),
                    Value::None,
                ],
            ),
            StmtKind::ClassDef(c) => (
                "ClassDef",
                vec![
                    ident(&c.name),
                    self.exprs(&c.bases),
                    Value::list(c.keywords.iter().map(|k| self.keyword(k)).collect()),
                    self.stmts(&c.body),
                    self.exprs(&c.decorators),
                ],
            ),
            StmtKind::Return(v) => ("Return", vec![self.oexpr(v.as_ref())]),
            StmtKind::Delete(t) => ("Delete", vec![self.exprs(t)]),
            StmtKind::Assign { targets, value } => ("Assign", vec![self.exprs(targets), self.expr(value), Value::None]),
            StmtKind::AugAssign { target, op, value } => {
                ("AugAssign", vec![self.expr(target), operator(*op), self.expr(value)])
            }
            StmtKind::AnnAssign { target, annotation, value, simple } => (
                "AnnAssign",
                vec![self.expr(target), self.expr(annotation), self.oexpr(value.as_ref()), Value::Int(*simple as i64)],
            ),
            StmtKind::For { is_async, target, iter, body, orelse } => (
                if *is_async { "AsyncFor" } else { "For" },
                vec![self.expr(target), self.expr(iter), self.stmts(body), self.stmts(orelse), Value::None],
            ),
            StmtKind::While { test, body, orelse } => ("While", vec![self.expr(test), self.stmts(body), self.stmts(orelse)]),
            StmtKind::If { test, body, orelse } => ("If", vec![self.expr(test), self.stmts(body), self.stmts(orelse)]),
            StmtKind::With { is_async, items, body } => {
                let items = items
                    .iter()
                    .map(|i| node("withitem", vec![self.expr(&i.context_expr), self.oexpr(i.optional_vars.as_ref())], None))
                    .collect();
                (if *is_async { "AsyncWith" } else { "With" }, vec![Value::list(items), self.stmts(body), Value::None])
            }
            StmtKind::Match { subject, cases } => {
                let cases = cases
                    .iter()
                    .map(|c| node("match_case", vec![self.pattern(&c.pattern), self.oexpr(c.guard.as_ref()), self.stmts(&c.body)], None))
                    .collect();
                ("Match", vec![self.expr(subject), Value::list(cases)])
            }
            StmtKind::Raise { exc, cause } => ("Raise", vec![self.oexpr(exc.as_ref()), self.oexpr(cause.as_ref())]),
            StmtKind::Try { body, handlers, orelse, finalbody, is_star } => {
                let handlers = handlers
                    .iter()
                    .map(|h| {
                        let fields = vec![self.oexpr(h.typ.as_ref()), opt_ident(&h.name), self.stmts(&h.body)];
                        node("ExceptHandler", fields, self.pos(h.span))
                    })
                    .collect();
                (
                    if *is_star { "TryStar" } else { "Try" },
                    vec![self.stmts(body), Value::list(handlers), self.stmts(orelse), self.stmts(finalbody)],
                )
            }
            StmtKind::Assert { test, msg } => ("Assert", vec![self.expr(test), self.oexpr(msg.as_ref())]),
            StmtKind::Import(names) => ("Import", vec![self.aliases(names)]),
            StmtKind::ImportFrom { module, names, level } => {
                ("ImportFrom", vec![opt_ident(module), self.aliases(names), Value::Int(*level as i64)])
            }
            StmtKind::Global(n) => ("Global", vec![Value::list(n.iter().map(|n| ident(n)).collect())]),
            StmtKind::Nonlocal(n) => ("Nonlocal", vec![Value::list(n.iter().map(|n| ident(n)).collect())]),
            StmtKind::Expr(e) => ("Expr", vec![self.expr(e)]),
            StmtKind::Pass => ("Pass", Vec::new()),
            StmtKind::Break => ("Break", Vec::new()),
            StmtKind::Continue => ("Continue", Vec::new()),
        };
        node(name, fields, self.pos(s.span))
    }

    fn aliases(&self, names: &[Alias]) -> Value {
        Value::list(names.iter().map(|a| node("alias", vec![ident(&a.name), opt_ident(&a.asname)], self.pos(a.span))).collect())
    }

    fn keyword(&self, k: &Keyword) -> Value {
        node("keyword", vec![opt_ident(&k.name), self.expr(&k.value)], self.pos(k.span))
    }

    fn arg(&self, a: &Arg) -> Value {
        node("arg", vec![ident(&a.name), self.oexpr(a.annotation.as_deref()), Value::None], self.pos(a.span))
    }

    fn opt_arg(&self, a: &Option<Arg>) -> Value {
        a.as_ref().map_or(Value::None, |a| self.arg(a))
    }

    fn arguments(&self, a: &Arguments) -> Value {
        let args = |v: &[Arg]| Value::list(v.iter().map(|x| self.arg(x)).collect());
        let fields = vec![
            args(&a.posonlyargs),
            args(&a.args),
            self.opt_arg(&a.vararg),
            args(&a.kwonlyargs),
            Value::list(a.kw_defaults.iter().map(|d| self.oexpr(d.as_ref())).collect()),
            self.opt_arg(&a.kwarg),
            self.exprs(&a.defaults),
        ];
        node("arguments", fields, None)
    }

    fn comprehensions(&self, g: &[Comprehension]) -> Value {
        let one = |c: &Comprehension| {
            let fields = vec![self.expr(&c.target), self.expr(&c.iter), self.exprs(&c.ifs), Value::Int(c.is_async as i64)];
            node("comprehension", fields, None)
        };
        Value::list(g.iter().map(one).collect())
    }

    fn expr(&self, e: &Expr) -> Value {
        let (name, fields): (&str, Vec<Value>) = match &e.kind {
            ExprKind::BoolOp { op, values } => {
                let op = leaf(if *op == BoolOperator::And { "And" } else { "Or" });
                ("BoolOp", vec![op, self.exprs(values)])
            }
            ExprKind::NamedExpr { target, value } => ("NamedExpr", vec![self.expr(target), self.expr(value)]),
            ExprKind::BinOp { left, op, right } => ("BinOp", vec![self.expr(left), operator(*op), self.expr(right)]),
            ExprKind::UnaryOp { op, operand } => {
                let op = leaf(match op {
                    UnaryOperator::Invert => "Invert",
                    UnaryOperator::Not => "Not",
                    UnaryOperator::UAdd => "UAdd",
                    UnaryOperator::USub => "USub",
                });
                ("UnaryOp", vec![op, self.expr(operand)])
            }
            ExprKind::Lambda { args, body } => ("Lambda", vec![self.arguments(args), self.expr(body)]),
            ExprKind::IfExp { test, body, orelse } => ("IfExp", vec![self.expr(test), self.expr(body), self.expr(orelse)]),
            ExprKind::Dict { keys, values } => {
                let keys = Value::list(keys.iter().map(|k| self.oexpr(k.as_ref())).collect());
                ("Dict", vec![keys, self.exprs(values)])
            }
            ExprKind::Set(v) => ("Set", vec![self.exprs(v)]),
            ExprKind::ListComp { elt, generators } => ("ListComp", vec![self.expr(elt), self.comprehensions(generators)]),
            ExprKind::SetComp { elt, generators } => ("SetComp", vec![self.expr(elt), self.comprehensions(generators)]),
            ExprKind::GeneratorExp { elt, generators } => {
                ("GeneratorExp", vec![self.expr(elt), self.comprehensions(generators)])
            }
            ExprKind::DictComp { key, value, generators } => {
                ("DictComp", vec![self.expr(key), self.expr(value), self.comprehensions(generators)])
            }
            ExprKind::Await(v) => ("Await", vec![self.expr(v)]),
            ExprKind::Yield(v) => ("Yield", vec![self.oexpr(v.as_deref())]),
            ExprKind::YieldFrom(v) => ("YieldFrom", vec![self.expr(v)]),
            ExprKind::Compare { left, ops, comparators } => {
                let ops = Value::list(ops.iter().map(|o| cmpop(*o)).collect());
                ("Compare", vec![self.expr(left), ops, self.exprs(comparators)])
            }
            ExprKind::Call { func, args, keywords } => {
                let kws = Value::list(keywords.iter().map(|k| self.keyword(k)).collect());
                ("Call", vec![self.expr(func), self.exprs(args), kws])
            }
            ExprKind::FormattedValue { value, conversion, format_spec } => (
                "FormattedValue",
                vec![self.expr(value), Value::Int(*conversion as i64), self.oexpr(format_spec.as_deref())],
            ),
            ExprKind::JoinedStr(v) => ("JoinedStr", vec![self.exprs(v)]),
            ExprKind::Constant(c) => ("Constant", vec![constant(c), Value::None]),
            ExprKind::Attribute { value, attr, ctx: c } => ("Attribute", vec![self.expr(value), ident(attr), ctx(*c)]),
            ExprKind::Subscript { value, slice, ctx: c } => ("Subscript", vec![self.expr(value), self.expr(slice), ctx(*c)]),
            ExprKind::Starred { value, ctx: c } => ("Starred", vec![self.expr(value), ctx(*c)]),
            ExprKind::Name { id, ctx: c } => ("Name", vec![ident(id), ctx(*c)]),
            ExprKind::List { elts, ctx: c } => ("List", vec![self.exprs(elts), ctx(*c)]),
            ExprKind::Tuple { elts, ctx: c } => ("Tuple", vec![self.exprs(elts), ctx(*c)]),
            ExprKind::Slice { lower, upper, step } => (
                "Slice",
                vec![self.oexpr(lower.as_deref()), self.oexpr(upper.as_deref()), self.oexpr(step.as_deref())],
            ),
        };
        node(name, fields, self.pos(e.span))
    }

    fn patterns(&self, v: &[Pattern]) -> Value {
        Value::list(v.iter().map(|p| self.pattern(p)).collect())
    }

    fn pattern(&self, p: &Pattern) -> Value {
        let (name, fields): (&str, Vec<Value>) = match &p.kind {
            PatternKind::MatchValue(e) => ("MatchValue", vec![self.expr(e)]),
            PatternKind::MatchSingleton(c) => ("MatchSingleton", vec![constant(c)]),
            PatternKind::MatchSequence(v) => ("MatchSequence", vec![self.patterns(v)]),
            PatternKind::MatchMapping { keys, patterns, rest } => {
                ("MatchMapping", vec![self.exprs(keys), self.patterns(patterns), opt_ident(rest)])
            }
            PatternKind::MatchClass { cls, patterns, kwd_attrs, kwd_patterns } => (
                "MatchClass",
                vec![
                    self.expr(cls),
                    self.patterns(patterns),
                    Value::list(kwd_attrs.iter().map(|n| ident(n)).collect()),
                    self.patterns(kwd_patterns),
                ],
            ),
            PatternKind::MatchStar(n) => ("MatchStar", vec![opt_ident(n)]),
            PatternKind::MatchAs { pattern, name } => {
                ("MatchAs", vec![pattern.as_deref().map_or(Value::None, |p| self.pattern(p)), opt_ident(name)])
            }
            PatternKind::MatchOr(v) => ("MatchOr", vec![self.patterns(v)]),
        };
        node(name, fields, self.pos(p.span))
    }
}
