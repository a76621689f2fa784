//! Test-only: prints an AST in the same compact form as `testdata/cpython_dump.py` prints
//! CPython's `ast`, so node shapes and every span can be compared with python3 directly.
//! Form: `Type@line:col-endline:endcol(field field ...)`, fields in CPython's `_fields` order,
//! columns in UTF-8 bytes (CPython's `col_offset`), `_` for None.

use std::fmt::Write;

use num_bigint::BigInt;

use super::ast::*;
use crate::source::LineIndex;

pub fn dump_module(m: &Module, src: &str) -> String {
    let mut d = Dumper { idx: LineIndex::new(src), out: String::new() };
    d.out.push_str("Module(");
    d.stmts(&m.body);
    if d.out.ends_with(' ') {
        d.out.pop();
    }
    d.out.push(')');
    d.out
}

struct Dumper {
    idx: LineIndex,
    out: String,
}

impl Dumper {
    fn open(&mut self, name: &str, span: Option<Span>) {
        self.out.push_str(name);
        if let Some(s) = span {
            let (l1, c1) = self.idx.line_col(s.start);
            let (l2, c2) = self.idx.line_col(s.end);
            let _ = write!(self.out, "@{l1}:{c1}-{l2}:{c2}");
        }
        self.out.push('(');
    }

    fn close(&mut self) {
        if self.out.ends_with(' ') {
            self.out.pop();
        }
        self.out.push_str(") ");
    }

    fn word(&mut self, w: &str) {
        self.out.push_str(w);
        self.out.push(' ');
    }

    fn list<T>(&mut self, items: &[T], f: impl Fn(&mut Self, &T)) {
        self.out.push('[');
        for x in items {
            f(self, x);
        }
        if self.out.ends_with(' ') {
            self.out.pop();
        }
        self.out.push_str("] ");
    }

    fn opt<T>(&mut self, x: Option<&T>, f: impl Fn(&mut Self, &T)) {
        match x {
            Some(v) => f(self, v),
            None => self.word("_"),
        }
    }

    fn ident(&mut self, s: &str) {
        let q = json_str(s);
        self.word(&q);
    }

    fn stmts(&mut self, body: &[Stmt]) {
        self.list(body, |d, s| d.stmt(s));
    }

    fn exprs(&mut self, v: &[Expr]) {
        self.list(v, |d, e| d.expr(e));
    }

    fn oexpr(&mut self, e: Option<&Expr>) {
        self.opt(e, |d, e| d.expr(e));
    }

    fn stmt(&mut self, s: &Stmt) {
        let sp = Some(s.span);
        match &s.kind {
            StmtKind::FunctionDef(f) => {
                self.open(if f.is_async { "AsyncFunctionDef" } else { "FunctionDef" }, sp);
                self.ident(&f.name);
                self.arguments(&f.args);
                self.stmts(&f.body);
                self.exprs(&f.decorators);
                self.oexpr(f.returns.as_deref());
            }
            StmtKind::ClassDef(c) => {
                self.open("ClassDef", sp);
                self.ident(&c.name);
                self.exprs(&c.bases);
                self.list(&c.keywords, |d, k| d.keyword(k));
                self.stmts(&c.body);
                self.exprs(&c.decorators);
            }
            StmtKind::Return(v) => {
                self.open("Return", sp);
                self.oexpr(v.as_ref());
            }
            StmtKind::Delete(t) => {
                self.open("Delete", sp);
                self.exprs(t);
            }
            StmtKind::Assign { targets, value } => {
                self.open("Assign", sp);
                self.exprs(targets);
                self.expr(value);
            }
            StmtKind::AugAssign { target, op, value } => {
                self.open("AugAssign", sp);
                self.expr(target);
                self.word(&format!("{op:?}"));
                self.expr(value);
            }
            StmtKind::AnnAssign { target, annotation, value, simple } => {
                self.open("AnnAssign", sp);
                self.expr(target);
                self.expr(annotation);
                self.oexpr(value.as_ref());
                self.word(if *simple { "1" } else { "0" });
            }
            StmtKind::For { is_async, target, iter, body, orelse } => {
                self.open(if *is_async { "AsyncFor" } else { "For" }, sp);
                self.expr(target);
                self.expr(iter);
                self.stmts(body);
                self.stmts(orelse);
            }
            StmtKind::While { test, body, orelse } => {
                self.open("While", sp);
                self.expr(test);
                self.stmts(body);
                self.stmts(orelse);
            }
            StmtKind::If { test, body, orelse } => {
                self.open("If", sp);
                self.expr(test);
                self.stmts(body);
                self.stmts(orelse);
            }
            StmtKind::With { is_async, items, body } => {
                self.open(if *is_async { "AsyncWith" } else { "With" }, sp);
                self.list(items, |d, i| {
                    d.open("withitem", None);
                    d.expr(&i.context_expr);
                    d.oexpr(i.optional_vars.as_ref());
                    d.close();
                });
                self.stmts(body);
            }
            StmtKind::Match { subject, cases } => {
                self.open("Match", sp);
                self.expr(subject);
                self.list(cases, |d, c| {
                    d.open("match_case", None);
                    d.pattern(&c.pattern);
                    d.oexpr(c.guard.as_ref());
                    d.stmts(&c.body);
                    d.close();
                });
            }
            StmtKind::Raise { exc, cause } => {
                self.open("Raise", sp);
                self.oexpr(exc.as_ref());
                self.oexpr(cause.as_ref());
            }
            StmtKind::Try { body, handlers, orelse, finalbody, is_star } => {
                self.open(if *is_star { "TryStar" } else { "Try" }, sp);
                self.stmts(body);
                self.list(handlers, |d, h| {
                    d.open("ExceptHandler", Some(h.span));
                    d.oexpr(h.typ.as_ref());
                    d.opt(h.name.as_ref(), |d, n| d.ident(n));
                    d.stmts(&h.body);
                    d.close();
                });
                self.stmts(orelse);
                self.stmts(finalbody);
            }
            StmtKind::Assert { test, msg } => {
                self.open("Assert", sp);
                self.expr(test);
                self.oexpr(msg.as_ref());
            }
            StmtKind::Import(names) => {
                self.open("Import", sp);
                self.list(names, |d, a| d.alias(a));
            }
            StmtKind::ImportFrom { module, names, level } => {
                self.open("ImportFrom", sp);
                self.opt(module.as_ref(), |d, n| d.ident(n));
                self.list(names, |d, a| d.alias(a));
                self.word(&level.to_string());
            }
            StmtKind::Global(n) | StmtKind::Nonlocal(n) => {
                self.open(if matches!(s.kind, StmtKind::Global(_)) { "Global" } else { "Nonlocal" }, sp);
                self.list(n, |d, n| d.ident(n));
            }
            StmtKind::Expr(e) => {
                self.open("Expr", sp);
                self.expr(e);
            }
            StmtKind::Pass => self.open("Pass", sp),
            StmtKind::Break => self.open("Break", sp),
            StmtKind::Continue => self.open("Continue", sp),
        }
        self.close();
    }

    fn alias(&mut self, a: &Alias) {
        self.open("alias", Some(a.span));
        self.ident(&a.name);
        self.opt(a.asname.as_ref(), |d, n| d.ident(n));
        self.close();
    }

    fn keyword(&mut self, k: &Keyword) {
        self.open("keyword", Some(k.span));
        self.opt(k.name.as_ref(), |d, n| d.ident(n));
        self.expr(&k.value);
        self.close();
    }

    fn arg(&mut self, a: &Arg) {
        self.open("arg", Some(a.span));
        self.ident(&a.name);
        self.oexpr(a.annotation.as_deref());
        self.close();
    }

    fn arguments(&mut self, a: &Arguments) {
        self.open("arguments", None);
        self.list(&a.posonlyargs, |d, x| d.arg(x));
        self.list(&a.args, |d, x| d.arg(x));
        self.opt(a.vararg.as_ref(), |d, x| d.arg(x));
        self.list(&a.kwonlyargs, |d, x| d.arg(x));
        self.list(&a.kw_defaults, |d, x| d.oexpr(x.as_ref()));
        self.opt(a.kwarg.as_ref(), |d, x| d.arg(x));
        self.exprs(&a.defaults);
        self.close();
    }

    fn comps(&mut self, g: &[Comprehension]) {
        self.list(g, |d, c| {
            d.open("comprehension", None);
            d.expr(&c.target);
            d.expr(&c.iter);
            d.exprs(&c.ifs);
            d.word(if c.is_async { "1" } else { "0" });
            d.close();
        });
    }

    fn expr(&mut self, e: &Expr) {
        let sp = Some(e.span);
        match &e.kind {
            ExprKind::BoolOp { op, values } => {
                self.open("BoolOp", sp);
                self.word(&format!("{op:?}"));
                self.exprs(values);
            }
            ExprKind::NamedExpr { target, value } => {
                self.open("NamedExpr", sp);
                self.expr(target);
                self.expr(value);
            }
            ExprKind::BinOp { left, op, right } => {
                self.open("BinOp", sp);
                self.expr(left);
                self.word(&format!("{op:?}"));
                self.expr(right);
            }
            ExprKind::UnaryOp { op, operand } => {
                self.open("UnaryOp", sp);
                self.word(&format!("{op:?}"));
                self.expr(operand);
            }
            ExprKind::Lambda { args, body } => {
                self.open("Lambda", sp);
                self.arguments(args);
                self.expr(body);
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.open("IfExp", sp);
                self.expr(test);
                self.expr(body);
                self.expr(orelse);
            }
            ExprKind::Dict { keys, values } => {
                self.open("Dict", sp);
                self.list(keys, |d, k| d.oexpr(k.as_ref()));
                self.exprs(values);
            }
            ExprKind::Set(v) => {
                self.open("Set", sp);
                self.exprs(v);
            }
            ExprKind::ListComp { elt, generators } | ExprKind::SetComp { elt, generators } | ExprKind::GeneratorExp { elt, generators } => {
                let name = match e.kind {
                    ExprKind::ListComp { .. } => "ListComp",
                    ExprKind::SetComp { .. } => "SetComp",
                    _ => "GeneratorExp",
                };
                self.open(name, sp);
                self.expr(elt);
                self.comps(generators);
            }
            ExprKind::DictComp { key, value, generators } => {
                self.open("DictComp", sp);
                self.expr(key);
                self.expr(value);
                self.comps(generators);
            }
            ExprKind::Await(v) => {
                self.open("Await", sp);
                self.expr(v);
            }
            ExprKind::Yield(v) => {
                self.open("Yield", sp);
                self.oexpr(v.as_deref());
            }
            ExprKind::YieldFrom(v) => {
                self.open("YieldFrom", sp);
                self.expr(v);
            }
            ExprKind::Compare { left, ops, comparators } => {
                self.open("Compare", sp);
                self.expr(left);
                self.list(ops, |d, o| d.word(&format!("{o:?}")));
                self.exprs(comparators);
            }
            ExprKind::Call { func, args, keywords } => {
                self.open("Call", sp);
                self.expr(func);
                self.exprs(args);
                self.list(keywords, |d, k| d.keyword(k));
            }
            ExprKind::FormattedValue { value, conversion, format_spec } => {
                self.open("FormattedValue", sp);
                self.expr(value);
                self.word(&conversion.to_string());
                self.oexpr(format_spec.as_deref());
            }
            ExprKind::JoinedStr(v) => {
                self.open("JoinedStr", sp);
                self.exprs(v);
            }
            ExprKind::Constant(c) => {
                self.open("Constant", sp);
                self.constant(c);
            }
            ExprKind::Attribute { value, attr, ctx } => {
                self.open("Attribute", sp);
                self.expr(value);
                self.ident(attr);
                self.word(&format!("{ctx:?}"));
            }
            ExprKind::Subscript { value, slice, ctx } => {
                self.open("Subscript", sp);
                self.expr(value);
                self.expr(slice);
                self.word(&format!("{ctx:?}"));
            }
            ExprKind::Starred { value, ctx } => {
                self.open("Starred", sp);
                self.expr(value);
                self.word(&format!("{ctx:?}"));
            }
            ExprKind::Name { id, ctx } => {
                self.open("Name", sp);
                self.ident(id);
                self.word(&format!("{ctx:?}"));
            }
            ExprKind::List { elts, ctx } | ExprKind::Tuple { elts, ctx } => {
                self.open(if matches!(e.kind, ExprKind::List { .. }) { "List" } else { "Tuple" }, sp);
                self.exprs(elts);
                self.word(&format!("{ctx:?}"));
            }
            ExprKind::Slice { lower, upper, step } => {
                self.open("Slice", sp);
                self.oexpr(lower.as_deref());
                self.oexpr(upper.as_deref());
                self.oexpr(step.as_deref());
            }
        }
        self.close();
    }

    fn constant(&mut self, c: &Constant) {
        let s = match c {
            Constant::None => "_".to_string(),
            Constant::Bool(b) => if *b { "True" } else { "False" }.to_string(),
            Constant::Int(t) => int_text(t),
            Constant::Float(f) => format!("f{:016x}", f.to_bits()),
            Constant::Complex(f) => format!("j{:016x}", f.to_bits()),
            Constant::Str(s) => json_str(s),
            Constant::Bytes(b) => format!("b{}", b.iter().map(|x| format!("{x:02x}")).collect::<String>()),
            Constant::Ellipsis => "...".to_string(),
        };
        self.word(&s);
    }

    fn pattern(&mut self, p: &Pattern) {
        let sp = Some(p.span);
        match &p.kind {
            PatternKind::MatchValue(e) => {
                self.open("MatchValue", sp);
                self.expr(e);
            }
            PatternKind::MatchSingleton(c) => {
                self.open("MatchSingleton", sp);
                self.constant(c);
            }
            PatternKind::MatchSequence(v) => {
                self.open("MatchSequence", sp);
                self.list(v, |d, p| d.pattern(p));
            }
            PatternKind::MatchMapping { keys, patterns, rest } => {
                self.open("MatchMapping", sp);
                self.exprs(keys);
                self.list(patterns, |d, p| d.pattern(p));
                self.opt(rest.as_ref(), |d, n| d.ident(n));
            }
            PatternKind::MatchClass { cls, patterns, kwd_attrs, kwd_patterns } => {
                self.open("MatchClass", sp);
                self.expr(cls);
                self.list(patterns, |d, p| d.pattern(p));
                self.list(kwd_attrs, |d, n| d.ident(n));
                self.list(kwd_patterns, |d, p| d.pattern(p));
            }
            PatternKind::MatchStar(n) => {
                self.open("MatchStar", sp);
                self.opt(n.as_ref(), |d, n| d.ident(n));
            }
            PatternKind::MatchAs { pattern, name } => {
                self.open("MatchAs", sp);
                self.opt(pattern.as_deref(), |d, p| d.pattern(p));
                self.opt(name.as_ref(), |d, n| d.ident(n));
            }
            PatternKind::MatchOr(v) => {
                self.open("MatchOr", sp);
                self.list(v, |d, p| d.pattern(p));
            }
        }
        self.close();
    }
}

fn int_text(t: &str) -> String {
    let lower = t.to_ascii_lowercase();
    let (digits, radix) = match lower.get(..2) {
        Some("0x") => (&lower[2..], 16),
        Some("0o") => (&lower[2..], 8),
        Some("0b") => (&lower[2..], 2),
        _ => (&lower[..], 10),
    };
    BigInt::parse_bytes(digits.as_bytes(), radix).map_or_else(|| format!("?{t}"), |v| v.to_string())
}

/// Same escaping as Python's `json.dumps` (ASCII only, surrogate pairs).
fn json_str(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\x08' => out.push_str("\\b"),
            '\x0c' => out.push_str("\\f"),
            c if (c as u32) < 0x20 || (c as u32) > 0x7e => {
                let mut buf = [0u16; 2];
                for u in c.encode_utf16(&mut buf) {
                    let _ = write!(out, "\\u{:04x}", u);
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
