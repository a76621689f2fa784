"""Test tool: turns Python source into Rust code building corio's AST (CPython `ast` + byte spans).

Used to generate src/compile/tests/fixtures.rs before/independently of corio's own parser:
    python3 tools/py2ast.py > src/compile/tests/fixtures.rs
"""
import ast, sys, json

def rs_str(s):
    return json.dumps(s, ensure_ascii=False)

class Gen:
    def __init__(self, src):
        self.src = src
        b = src.encode()
        self.starts = [0]
        for i, c in enumerate(b):
            if c == 10:
                self.starts.append(i + 1)

    def off(self, line, col):
        return self.starts[line - 1] + col

    def span(self, n):
        return f"Span::new({self.off(n.lineno, n.col_offset)}, {self.off(n.end_lineno, n.end_col_offset)})"

    def opt(self, n, f):
        return "None" if n is None else f"Some({f(n)})"

    def optbox(self, n):
        return "None" if n is None else f"Some(Box::new({self.expr(n)}))"

    def vec(self, xs, f):
        return "vec![" + ", ".join(f(x) for x in xs) + "]"

    def ident(self, s):
        return f"Rc::from({rs_str(s)})"

    def stmts(self, xs):
        return self.vec(xs, self.stmt)

    def exprs(self, xs):
        return self.vec(xs, self.expr)

    def ctx(self, c):
        return "ExprContext::" + type(c).__name__

    def arg(self, a):
        return f"Arg {{ span: {self.span(a)}, name: {self.ident(a.arg)}, annotation: {self.optbox(a.annotation)} }}"

    def arguments(self, a):
        return ("Box::new(Arguments { posonlyargs: " + self.vec(a.posonlyargs, self.arg)
                + ", args: " + self.vec(a.args, self.arg) + ", vararg: " + self.opt(a.vararg, self.arg)
                + ", kwonlyargs: " + self.vec(a.kwonlyargs, self.arg)
                + ", kw_defaults: " + self.vec(a.kw_defaults, lambda d: self.opt(d, self.expr))
                + ", kwarg: " + self.opt(a.kwarg, self.arg) + ", defaults: " + self.exprs(a.defaults) + " })")

    def keyword(self, k):
        return f"Keyword {{ span: {self.span(k)}, name: {self.opt(k.arg, self.ident)}, value: {self.expr(k.value)} }}"

    def alias(self, a):
        return f"Alias {{ span: {self.span(a)}, name: {self.ident(a.name)}, asname: {self.opt(a.asname, self.ident)} }}"

    def op(self, o):
        return "Operator::" + type(o).__name__

    def stmt(self, s):
        return f"Stmt::new({self.span(s)}, {self.stmt_kind(s)})"

    def func(self, s, is_async):
        return (f"StmtKind::FunctionDef(FunctionDef {{ is_async: {str(is_async).lower()}, name: {self.ident(s.name)}, "
                f"args: {self.arguments(s.args)}, body: {self.stmts(s.body)}, decorators: {self.exprs(s.decorator_list)}, "
                f"returns: {self.optbox(s.returns)} }})")

    def handler(self, h):
        return (f"ExceptHandler {{ span: {self.span(h)}, typ: {self.opt(h.type, self.expr)}, "
                f"name: {self.opt(h.name, self.ident)}, body: {self.stmts(h.body)} }}")

    def stmt_kind(self, s):
        t = type(s).__name__
        if t == "FunctionDef": return self.func(s, False)
        if t == "AsyncFunctionDef": return self.func(s, True)
        if t == "ClassDef":
            return (f"StmtKind::ClassDef(ClassDef {{ name: {self.ident(s.name)}, bases: {self.exprs(s.bases)}, "
                    f"keywords: {self.vec(s.keywords, self.keyword)}, body: {self.stmts(s.body)}, "
                    f"decorators: {self.exprs(s.decorator_list)} }})")
        if t == "Return": return f"StmtKind::Return({self.opt(s.value, self.expr)})"
        if t == "Delete": return f"StmtKind::Delete({self.exprs(s.targets)})"
        if t == "Assign": return f"StmtKind::Assign {{ targets: {self.exprs(s.targets)}, value: {self.expr(s.value)} }}"
        if t == "AugAssign":
            return f"StmtKind::AugAssign {{ target: {self.expr(s.target)}, op: {self.op(s.op)}, value: {self.expr(s.value)} }}"
        if t == "AnnAssign":
            return (f"StmtKind::AnnAssign {{ target: {self.expr(s.target)}, annotation: {self.expr(s.annotation)}, "
                    f"value: {self.opt(s.value, self.expr)}, simple: {str(bool(s.simple)).lower()} }}")
        if t in ("For", "AsyncFor"):
            return (f"StmtKind::For {{ is_async: {str(t == 'AsyncFor').lower()}, target: {self.expr(s.target)}, "
                    f"iter: {self.expr(s.iter)}, body: {self.stmts(s.body)}, orelse: {self.stmts(s.orelse)} }}")
        if t in ("While", "If"):
            return f"StmtKind::{t} {{ test: {self.expr(s.test)}, body: {self.stmts(s.body)}, orelse: {self.stmts(s.orelse)} }}"
        if t in ("With", "AsyncWith"):
            items = self.vec(s.items, lambda i: f"WithItem {{ context_expr: {self.expr(i.context_expr)}, optional_vars: {self.opt(i.optional_vars, self.expr)} }}")
            return f"StmtKind::With {{ is_async: {str(t == 'AsyncWith').lower()}, items: {items}, body: {self.stmts(s.body)} }}"
        if t == "Raise":
            return f"StmtKind::Raise {{ exc: {self.opt(s.exc, self.expr)}, cause: {self.opt(s.cause, self.expr)} }}"
        if t in ("Try", "TryStar"):
            return (f"StmtKind::Try {{ body: {self.stmts(s.body)}, handlers: {self.vec(s.handlers, self.handler)}, "
                    f"orelse: {self.stmts(s.orelse)}, finalbody: {self.stmts(s.finalbody)}, is_star: {str(t == 'TryStar').lower()} }}")
        if t == "Assert": return f"StmtKind::Assert {{ test: {self.expr(s.test)}, msg: {self.opt(s.msg, self.expr)} }}"
        if t == "Import": return f"StmtKind::Import({self.vec(s.names, self.alias)})"
        if t == "ImportFrom":
            return f"StmtKind::ImportFrom {{ module: {self.opt(s.module, self.ident)}, names: {self.vec(s.names, self.alias)}, level: {s.level} }}"
        if t in ("Global", "Nonlocal"): return f"StmtKind::{t}({self.vec(s.names, self.ident)})"
        if t == "Match":
            cases = self.vec(s.cases, lambda c: f"MatchCase {{ pattern: {self.pattern(c.pattern)}, guard: {self.opt(c.guard, self.expr)}, body: {self.stmts(c.body)} }}")
            return f"StmtKind::Match {{ subject: {self.expr(s.subject)}, cases: {cases} }}"
        if t == "Expr": return f"StmtKind::Expr({self.expr(s.value)})"
        if t in ("Pass", "Break", "Continue"): return f"StmtKind::{t}"
        raise ValueError(t)

    def pattern(self, p):
        t = type(p).__name__
        pats = lambda xs: self.vec(xs, self.pattern)
        if t == "MatchValue": k = f"PatternKind::MatchValue({self.expr(p.value)})"
        elif t == "MatchSingleton": k = f"PatternKind::MatchSingleton({self.const(p.value)})"
        elif t == "MatchSequence": k = f"PatternKind::MatchSequence({pats(p.patterns)})"
        elif t == "MatchMapping":
            k = f"PatternKind::MatchMapping {{ keys: {self.exprs(p.keys)}, patterns: {pats(p.patterns)}, rest: {self.opt(p.rest, self.ident)} }}"
        elif t == "MatchClass":
            k = (f"PatternKind::MatchClass {{ cls: {self.expr(p.cls)}, patterns: {pats(p.patterns)}, "
                 f"kwd_attrs: {self.vec(p.kwd_attrs, self.ident)}, kwd_patterns: {pats(p.kwd_patterns)} }}")
        elif t == "MatchStar": k = f"PatternKind::MatchStar({self.opt(p.name, self.ident)})"
        elif t == "MatchAs":
            inner = "None" if p.pattern is None else f"Some(Box::new({self.pattern(p.pattern)}))"
            k = f"PatternKind::MatchAs {{ pattern: {inner}, name: {self.opt(p.name, self.ident)} }}"
        elif t == "MatchOr": k = f"PatternKind::MatchOr({pats(p.patterns)})"
        else: raise ValueError(t)
        return f"Pattern {{ span: {self.span(p)}, kind: {k} }}"

    def expr(self, e):
        return f"Expr::new({self.span(e)}, {self.expr_kind(e)})"

    def comp(self, g):
        return (f"Comprehension {{ target: {self.expr(g.target)}, iter: {self.expr(g.iter)}, ifs: {self.exprs(g.ifs)}, "
                f"is_async: {str(bool(g.is_async)).lower()} }}")

    def const(self, v):
        if v is None: return "Constant::None"
        if v is Ellipsis: return "Constant::Ellipsis"
        if isinstance(v, bool): return f"Constant::Bool({str(v).lower()})"
        if isinstance(v, int): return f"Constant::Int(Rc::from({rs_str(str(v))}))"
        if isinstance(v, float): return f"Constant::Float({v!r}f64)" if v == v and abs(v) != float('inf') else "Constant::Float(f64::INFINITY)"
        if isinstance(v, complex): return f"Constant::Complex({v.imag!r}f64)"
        if isinstance(v, str): return f"Constant::Str(Rc::from({rs_str(v)}))"
        if isinstance(v, bytes): return f"Constant::Bytes(Rc::from(&{list(v)!r}[..] as &[u8]))"
        raise ValueError(v)

    def expr_kind(self, e):
        t = type(e).__name__
        if t == "BoolOp":
            return f"ExprKind::BoolOp {{ op: BoolOperator::{type(e.op).__name__}, values: {self.exprs(e.values)} }}"
        if t == "NamedExpr":
            return f"ExprKind::NamedExpr {{ target: Box::new({self.expr(e.target)}), value: Box::new({self.expr(e.value)}) }}"
        if t == "BinOp":
            return f"ExprKind::BinOp {{ left: Box::new({self.expr(e.left)}), op: {self.op(e.op)}, right: Box::new({self.expr(e.right)}) }}"
        if t == "UnaryOp":
            return f"ExprKind::UnaryOp {{ op: UnaryOperator::{type(e.op).__name__}, operand: Box::new({self.expr(e.operand)}) }}"
        if t == "Lambda": return f"ExprKind::Lambda {{ args: {self.arguments(e.args)}, body: Box::new({self.expr(e.body)}) }}"
        if t == "IfExp":
            return f"ExprKind::IfExp {{ test: Box::new({self.expr(e.test)}), body: Box::new({self.expr(e.body)}), orelse: Box::new({self.expr(e.orelse)}) }}"
        if t == "Dict":
            return f"ExprKind::Dict {{ keys: {self.vec(e.keys, lambda k: self.opt(k, self.expr))}, values: {self.exprs(e.values)} }}"
        if t == "Set": return f"ExprKind::Set({self.exprs(e.elts)})"
        if t in ("ListComp", "SetComp", "GeneratorExp"):
            name = "GeneratorExp" if t == "GeneratorExp" else t
            return f"ExprKind::{name} {{ elt: Box::new({self.expr(e.elt)}), generators: {self.vec(e.generators, self.comp)} }}"
        if t == "DictComp":
            return f"ExprKind::DictComp {{ key: Box::new({self.expr(e.key)}), value: Box::new({self.expr(e.value)}), generators: {self.vec(e.generators, self.comp)} }}"
        if t == "Await": return f"ExprKind::Await(Box::new({self.expr(e.value)}))"
        if t == "Yield": return f"ExprKind::Yield({self.optbox(e.value)})"
        if t == "YieldFrom": return f"ExprKind::YieldFrom(Box::new({self.expr(e.value)}))"
        if t == "Compare":
            ops = "vec![" + ", ".join("CmpOp::" + type(o).__name__ for o in e.ops) + "]"
            return f"ExprKind::Compare {{ left: Box::new({self.expr(e.left)}), ops: {ops}, comparators: {self.exprs(e.comparators)} }}"
        if t == "Call":
            return f"ExprKind::Call {{ func: Box::new({self.expr(e.func)}), args: {self.exprs(e.args)}, keywords: {self.vec(e.keywords, self.keyword)} }}"
        if t == "FormattedValue":
            return f"ExprKind::FormattedValue {{ value: Box::new({self.expr(e.value)}), conversion: {e.conversion}, format_spec: {self.optbox(e.format_spec)} }}"
        if t == "JoinedStr": return f"ExprKind::JoinedStr({self.exprs(e.values)})"
        if t == "Constant": return f"ExprKind::Constant({self.const(e.value)})"
        if t == "Attribute":
            return f"ExprKind::Attribute {{ value: Box::new({self.expr(e.value)}), attr: {self.ident(e.attr)}, ctx: {self.ctx(e.ctx)} }}"
        if t == "Subscript":
            return f"ExprKind::Subscript {{ value: Box::new({self.expr(e.value)}), slice: Box::new({self.expr(e.slice)}), ctx: {self.ctx(e.ctx)} }}"
        if t == "Starred": return f"ExprKind::Starred {{ value: Box::new({self.expr(e.value)}), ctx: {self.ctx(e.ctx)} }}"
        if t == "Name": return f"ExprKind::Name {{ id: {self.ident(e.id)}, ctx: {self.ctx(e.ctx)} }}"
        if t in ("List", "Tuple"): return f"ExprKind::{t} {{ elts: {self.exprs(e.elts)}, ctx: {self.ctx(e.ctx)} }}"
        if t == "Slice":
            return f"ExprKind::Slice {{ lower: {self.optbox(e.lower)}, upper: {self.optbox(e.upper)}, step: {self.optbox(e.step)} }}"
        raise ValueError(t)

def main():
    cases = json.load(open(sys.argv[1]))
    out = ["//! GENERATED by tools/py2ast.py from tools/fixtures.json: ASTs of test programs, built as",
           "//! CPython's `ast` would parse them (for compiler tests independent of corio's parser).",
           "#![allow(clippy::all)]", "use std::rc::Rc;", "use crate::syntax::ast::*;", "",
           "pub fn fixture(name: &str) -> (&'static str, Module) {", "    match name {"]
    for name, src in cases.items():
        g = Gen(src)
        tree = ast.parse(src)
        out.append(f"        {rs_str(name)} => ({rs_str(src)}, Module {{ body: {g.stmts(tree.body)} }}),")
    out.append('        _ => panic!("no fixture {name}"),')
    out.append("    }")
    out.append("}")
    out.append("")
    out.append("/// CPython's SyntaxError for the error fixtures: (msg, line, offset, end_line, end_offset).")
    out.append("pub const EXPECTED_ERRORS: &[(&str, &str, u32, u32, u32, u32)] = &[")
    for name, src in cases.items():
        try:
            compile(src, name, "exec")
        except SyntaxError as e:
            out.append(f"    ({rs_str(name)}, {rs_str(e.msg)}, {e.lineno}, {e.offset}, {e.end_lineno or 0}, {e.end_offset or 0}),")
    out.append("];")
    print("\n".join(out))

main()
