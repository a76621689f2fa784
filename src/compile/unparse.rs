//! Expression source text for `from __future__ import annotations` (PEP 563): the string an
//! annotation becomes, written as CPython's `ast_unparse.c` writes it (its precedence levels
//! decide the parentheses, constants are shown by their repr, a subscript's tuple is bare).

use crate::syntax::ast::{BoolOperator, CmpOp, Comprehension, Constant, Expr, ExprKind, Operator, UnaryOperator};

// CPython's precedence levels, lowest first.
const PR_TUPLE: u8 = 0;
const PR_TEST: u8 = 1;
const PR_OR: u8 = 2;
const PR_AND: u8 = 3;
const PR_NOT: u8 = 4;
const PR_CMP: u8 = 5;
const PR_BOR: u8 = 6;
const PR_BXOR: u8 = 7;
const PR_BAND: u8 = 8;
const PR_SHIFT: u8 = 9;
const PR_ARITH: u8 = 10;
const PR_TERM: u8 = 11;
const PR_FACTOR: u8 = 12;
const PR_POWER: u8 = 13;
const PR_AWAIT: u8 = 14;
const PR_ATOM: u8 = 15;

/// The annotation string of `e` (CPython unparses annotations at the `test` level).
pub fn annotation(e: &Expr) -> String {
    let mut out = String::new();
    expr(&mut out, e, PR_TEST);
    out
}

fn open(out: &mut String, cond: bool) {
    if cond {
        out.push('(');
    }
}

fn close(out: &mut String, cond: bool) {
    if cond {
        out.push(')');
    }
}

fn join(out: &mut String, items: &[Expr], level: u8) {
    for (i, e) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        expr(out, e, level);
    }
}

fn binop(op: Operator) -> (&'static str, u8) {
    match op {
        Operator::Add => (" + ", PR_ARITH),
        Operator::Sub => (" - ", PR_ARITH),
        Operator::Mult => (" * ", PR_TERM),
        Operator::MatMult => (" @ ", PR_TERM),
        Operator::Div => (" / ", PR_TERM),
        Operator::Mod => (" % ", PR_TERM),
        Operator::FloorDiv => (" // ", PR_TERM),
        Operator::LShift => (" << ", PR_SHIFT),
        Operator::RShift => (" >> ", PR_SHIFT),
        Operator::BitOr => (" | ", PR_BOR),
        Operator::BitXor => (" ^ ", PR_BXOR),
        Operator::BitAnd => (" & ", PR_BAND),
        Operator::Pow => (" ** ", PR_POWER),
    }
}

fn cmpop(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => " == ",
        CmpOp::NotEq => " != ",
        CmpOp::Lt => " < ",
        CmpOp::LtE => " <= ",
        CmpOp::Gt => " > ",
        CmpOp::GtE => " >= ",
        CmpOp::Is => " is ",
        CmpOp::IsNot => " is not ",
        CmpOp::In => " in ",
        CmpOp::NotIn => " not in ",
    }
}

/// A float as repr shows it, except that infinities (which have no literal) become 1e309.
fn float_text(x: f64) -> String {
    if x.is_infinite() {
        "1e309".to_string()
    } else {
        crate::text::float_repr::float_repr(x)
    }
}

fn constant(out: &mut String, c: &Constant) {
    match c {
        Constant::None => out.push_str("None"),
        Constant::Bool(b) => out.push_str(if *b { "True" } else { "False" }),
        Constant::Int(text) => match super::literal::int_constant(text) {
            Some(crate::bytecode::Constant::Int(i)) => out.push_str(&i.to_string()),
            Some(crate::bytecode::Constant::BigInt(s)) => out.push_str(&s),
            _ => out.push_str(text),
        },
        Constant::Float(f) => out.push_str(&float_text(*f)),
        Constant::Complex(im) => {
            // repr of a pure imaginary number: `1j`, `2.5j` (no `.0`).
            let t = float_text(*im);
            out.push_str(t.strip_suffix(".0").unwrap_or(&t));
            out.push('j');
        }
        Constant::Str(s) => out.push_str(&crate::text::repr::py_str_repr(s)),
        Constant::Bytes(b) => out.push_str(&crate::text::repr::bytes_repr(b)),
        Constant::Ellipsis => out.push_str("..."),
    }
}

fn comprehensions(out: &mut String, gens: &[Comprehension]) {
    for g in gens {
        out.push_str(if g.is_async { " async for " } else { " for " });
        expr(out, &g.target, PR_TUPLE);
        out.push_str(" in ");
        expr(out, &g.iter, PR_TEST + 1);
        for cond in &g.ifs {
            out.push_str(" if ");
            expr(out, cond, PR_TEST + 1);
        }
    }
}

/// An f-string's body: literal text with braces doubled, fields as `{expr!c:spec}`.
fn fstring_body(out: &mut String, parts: &[Expr]) {
    for p in parts {
        match &p.kind {
            ExprKind::Constant(Constant::Str(s)) => out.push_str(&s.replace('{', "{{").replace('}', "}}")),
            ExprKind::FormattedValue { value, conversion, format_spec } => {
                let mut inner = String::new();
                expr(&mut inner, value, PR_TEST + 1);
                out.push('{');
                // A field starting with `{` needs a space so it is not read as `{{`.
                if inner.starts_with('{') {
                    out.push(' ');
                }
                out.push_str(&inner);
                if *conversion >= 0 {
                    out.push('!');
                    out.push(char::from(*conversion as u8));
                }
                if let Some(spec) = format_spec {
                    out.push(':');
                    if let ExprKind::JoinedStr(sp) = &spec.kind {
                        fstring_body(out, sp);
                    }
                }
                out.push('}');
            }
            _ => {}
        }
    }
}

fn expr(out: &mut String, e: &Expr, level: u8) {
    match &e.kind {
        ExprKind::BoolOp { op, values } => {
            let (sep, pr) = match op {
                BoolOperator::And => (" and ", PR_AND),
                BoolOperator::Or => (" or ", PR_OR),
            };
            open(out, level > pr);
            for (i, v) in values.iter().enumerate() {
                if i > 0 {
                    out.push_str(sep);
                }
                expr(out, v, pr + 1);
            }
            close(out, level > pr);
        }
        ExprKind::NamedExpr { target, value } => {
            open(out, level > PR_TUPLE);
            expr(out, target, PR_ATOM);
            out.push_str(" := ");
            expr(out, value, PR_ATOM);
            close(out, level > PR_TUPLE);
        }
        ExprKind::BinOp { left, op, right } => {
            let (text, pr) = binop(*op);
            let rassoc = u8::from(*op == Operator::Pow);
            open(out, level > pr);
            expr(out, left, pr + rassoc);
            out.push_str(text);
            expr(out, right, pr + 1 - rassoc);
            close(out, level > pr);
        }
        ExprKind::UnaryOp { op, operand } => {
            let (text, pr) = match op {
                UnaryOperator::Not => ("not ", PR_NOT),
                UnaryOperator::Invert => ("~", PR_FACTOR),
                UnaryOperator::UAdd => ("+", PR_FACTOR),
                UnaryOperator::USub => ("-", PR_FACTOR),
            };
            open(out, level > pr);
            out.push_str(text);
            expr(out, operand, pr);
            close(out, level > pr);
        }
        ExprKind::Lambda { args, body } => {
            open(out, level > PR_TEST);
            out.push_str("lambda");
            let params = lambda_params(args);
            if !params.is_empty() {
                out.push(' ');
                out.push_str(&params);
            }
            out.push_str(": ");
            expr(out, body, PR_TEST);
            close(out, level > PR_TEST);
        }
        ExprKind::IfExp { test, body, orelse } => {
            open(out, level > PR_TEST);
            expr(out, body, PR_TEST + 1);
            out.push_str(" if ");
            expr(out, test, PR_TEST + 1);
            out.push_str(" else ");
            expr(out, orelse, PR_TEST);
            close(out, level > PR_TEST);
        }
        ExprKind::Dict { keys, values } => {
            out.push('{');
            for (i, (k, v)) in keys.iter().zip(values).enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                match k {
                    Some(k) => {
                        expr(out, k, PR_TEST);
                        out.push_str(": ");
                        expr(out, v, PR_TEST);
                    }
                    None => {
                        out.push_str("**");
                        expr(out, v, PR_BOR);
                    }
                }
            }
            out.push('}');
        }
        ExprKind::Set(elts) if elts.is_empty() => out.push_str("{*()}"),
        ExprKind::Set(elts) => {
            out.push('{');
            join(out, elts, PR_TEST);
            out.push('}');
        }
        ExprKind::ListComp { elt, generators } | ExprKind::SetComp { elt, generators } | ExprKind::GeneratorExp { elt, generators } => {
            let (l, r) = match &e.kind {
                ExprKind::ListComp { .. } => ('[', ']'),
                ExprKind::SetComp { .. } => ('{', '}'),
                _ => ('(', ')'),
            };
            out.push(l);
            expr(out, elt, PR_TEST);
            comprehensions(out, generators);
            out.push(r);
        }
        ExprKind::DictComp { key, value, generators } => {
            out.push('{');
            expr(out, key, PR_TEST);
            out.push_str(": ");
            expr(out, value, PR_TEST);
            comprehensions(out, generators);
            out.push('}');
        }
        ExprKind::Await(v) => {
            open(out, level > PR_AWAIT);
            out.push_str("await ");
            expr(out, v, PR_ATOM);
            close(out, level > PR_AWAIT);
        }
        ExprKind::Yield(v) => {
            out.push_str("(yield");
            if let Some(v) = v {
                out.push(' ');
                expr(out, v, PR_TEST);
            }
            out.push(')');
        }
        ExprKind::YieldFrom(v) => {
            out.push_str("(yield from ");
            expr(out, v, PR_TEST);
            out.push(')');
        }
        ExprKind::Compare { left, ops, comparators } => {
            open(out, level > PR_CMP);
            expr(out, left, PR_CMP + 1);
            for (op, c) in ops.iter().zip(comparators) {
                out.push_str(cmpop(*op));
                expr(out, c, PR_CMP + 1);
            }
            close(out, level > PR_CMP);
        }
        ExprKind::Call { func, args, keywords } => {
            expr(out, func, PR_ATOM);
            // A lone generator expression argument keeps only its own parentheses.
            if let ([only], []) = (args.as_slice(), keywords.as_slice()) {
                if matches!(only.kind, ExprKind::GeneratorExp { .. }) {
                    expr(out, only, PR_TEST);
                    return;
                }
            }
            out.push('(');
            join(out, args, PR_TEST);
            for (i, k) in keywords.iter().enumerate() {
                if i > 0 || !args.is_empty() {
                    out.push_str(", ");
                }
                match &k.name {
                    Some(n) => {
                        out.push_str(n);
                        out.push('=');
                    }
                    None => out.push_str("**"),
                }
                expr(out, &k.value, PR_TEST);
            }
            out.push(')');
        }
        ExprKind::FormattedValue { .. } => fstring_body(out, std::slice::from_ref(e)),
        ExprKind::JoinedStr(parts) => {
            let mut body = String::new();
            fstring_body(&mut body, parts);
            out.push('f');
            out.push_str(&crate::text::repr::py_str_repr(&body));
        }
        ExprKind::Constant(c) => constant(out, c),
        ExprKind::Attribute { value, attr, .. } => {
            expr(out, value, PR_ATOM);
            // `1 .real`: an integer literal needs a space before the dot.
            if matches!(value.kind, ExprKind::Constant(Constant::Int(_))) {
                out.push(' ');
            }
            out.push('.');
            out.push_str(attr);
        }
        ExprKind::Subscript { value, slice, .. } => {
            expr(out, value, PR_ATOM);
            out.push('[');
            match &slice.kind {
                ExprKind::Tuple { elts, .. } if !elts.is_empty() => {
                    join(out, elts, PR_TEST);
                    if elts.len() == 1 {
                        out.push(',');
                    }
                }
                _ => expr(out, slice, PR_TUPLE),
            }
            out.push(']');
        }
        ExprKind::Starred { value, .. } => {
            out.push('*');
            expr(out, value, PR_BOR);
        }
        ExprKind::Name { id, .. } => out.push_str(id),
        ExprKind::List { elts, .. } => {
            out.push('[');
            join(out, elts, PR_TEST);
            out.push(']');
        }
        ExprKind::Tuple { elts, .. } => {
            if elts.is_empty() {
                out.push_str("()");
                return;
            }
            open(out, level > PR_TUPLE);
            join(out, elts, PR_TEST);
            if elts.len() == 1 {
                out.push(',');
            }
            close(out, level > PR_TUPLE);
        }
        ExprKind::Slice { lower, upper, step } => {
            if let Some(l) = lower {
                expr(out, l, PR_TEST);
            }
            out.push(':');
            if let Some(u) = upper {
                expr(out, u, PR_TEST);
            }
            if let Some(s) = step {
                out.push(':');
                expr(out, s, PR_TEST);
            }
        }
    }
}

/// A lambda's parameter list as CPython writes it (`x, /, y=1, *args, z, **kw`).
fn lambda_params(a: &crate::syntax::ast::Arguments) -> String {
    let mut parts: Vec<String> = Vec::new();
    let positional: Vec<_> = a.posonlyargs.iter().chain(&a.args).collect();
    let first_default = positional.len().saturating_sub(a.defaults.len());
    for (i, p) in positional.iter().enumerate() {
        let mut s = p.name.to_string();
        if i >= first_default {
            s.push('=');
            expr(&mut s, &a.defaults[i - first_default], PR_TEST);
        }
        parts.push(s);
        if i + 1 == a.posonlyargs.len() {
            parts.push("/".to_string());
        }
    }
    match &a.vararg {
        Some(v) => parts.push(format!("*{}", v.name)),
        None if !a.kwonlyargs.is_empty() => parts.push("*".to_string()),
        None => {}
    }
    for (k, d) in a.kwonlyargs.iter().zip(&a.kw_defaults) {
        let mut s = k.name.to_string();
        if let Some(d) = d {
            s.push('=');
            expr(&mut s, d, PR_TEST);
        }
        parts.push(s);
    }
    if let Some(k) = &a.kwarg {
        parts.push(format!("**{}", k.name));
    }
    parts.join(", ")
}
