//! `from __future__ import ...` statements (CPython's future.c): they must open the module
//! (after its docstring), name known features, and `annotations` switches on PEP 563.

use crate::syntax::ast::{Expr, ExprKind, Module, Span, StmtKind};

/// The features CPython 3.11 knows; all but `annotations` are already on (or, for
/// `barry_as_FLUFL`, accepted and ignored here).
const KNOWN: [&str; 10] = [
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

/// Whether the module enables `annotations`, or the SyntaxError (message, span) for a
/// misplaced or unknown future import.
pub fn annotations_enabled(module: &Module) -> Result<bool, (String, Span)> {
    let mut annotations = false;
    let mut at_start = true;
    for (i, s) in module.body.iter().enumerate() {
        let is_docstring = i == 0 && matches!(&s.kind, StmtKind::Expr(e) if matches!(e.kind, ExprKind::Constant(crate::syntax::ast::Constant::Str(_))));
        match &s.kind {
            StmtKind::ImportFrom { module: Some(m), names, level: 0 } if &**m == "__future__" => {
                if !at_start {
                    return Err(("from __future__ imports must occur at the beginning of the file".into(), s.span));
                }
                // CPython points these at the statement's first character.
                let here = Span { start: s.span.start, end: s.span.start + 1 };
                for a in names {
                    match &*a.name {
                        "annotations" => annotations = true,
                        "braces" => return Err(("not a chance".into(), here)),
                        name if KNOWN.contains(&name) => {}
                        name => return Err((format!("future feature {name} is not defined"), here)),
                    }
                }
            }
            _ if is_docstring => {}
            _ => at_start = false,
        }
    }
    Ok(annotations)
}

/// Under the annotations future an annotation is never evaluated, so CPython refuses the
/// expressions that would need a scope to run in: the error for the first one in `e`.
pub fn refused_in_annotation(e: &Expr) -> Option<(String, Span)> {
    let what = match &e.kind {
        ExprKind::NamedExpr { .. } => Some("named expression"),
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => Some("yield expression"),
        ExprKind::Await(_) => Some("await expression"),
        _ => None,
    };
    if let Some(what) = what {
        return Some((format!("'{what}' can not be used within an annotation"), e.span));
    }
    let mut found = None;
    for_each_child(e, &mut |c| {
        if found.is_none() {
            found = refused_in_annotation(c);
        }
    });
    found
}

/// Calls `f` on each direct sub-expression of `e`.
fn for_each_child<'e>(e: &'e Expr, f: &mut dyn FnMut(&'e Expr)) {
    let comps = |gens: &'e [crate::syntax::ast::Comprehension], f: &mut dyn FnMut(&'e Expr)| {
        for g in gens {
            f(&g.target);
            f(&g.iter);
            g.ifs.iter().for_each(&mut *f);
        }
    };
    match &e.kind {
        ExprKind::BoolOp { values, .. } => values.iter().for_each(f),
        ExprKind::NamedExpr { target, value } => {
            f(target);
            f(value);
        }
        ExprKind::BinOp { left, right, .. } => {
            f(left);
            f(right);
        }
        ExprKind::UnaryOp { operand, .. } => f(operand),
        ExprKind::Lambda { args, body } => {
            args.defaults.iter().for_each(&mut *f);
            args.kw_defaults.iter().flatten().for_each(&mut *f);
            f(body);
        }
        ExprKind::IfExp { test, body, orelse } => {
            f(test);
            f(body);
            f(orelse);
        }
        ExprKind::Dict { keys, values } => {
            keys.iter().flatten().for_each(&mut *f);
            values.iter().for_each(f);
        }
        ExprKind::Set(elts) | ExprKind::JoinedStr(elts) => elts.iter().for_each(f),
        ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => elts.iter().for_each(f),
        ExprKind::ListComp { elt, generators } | ExprKind::SetComp { elt, generators } | ExprKind::GeneratorExp { elt, generators } => {
            f(elt);
            comps(generators, f);
        }
        ExprKind::DictComp { key, value, generators } => {
            f(key);
            f(value);
            comps(generators, f);
        }
        ExprKind::Await(v) | ExprKind::YieldFrom(v) => f(v),
        ExprKind::Yield(v) => v.iter().for_each(|v| f(v)),
        ExprKind::Compare { left, comparators, .. } => {
            f(left);
            comparators.iter().for_each(f);
        }
        ExprKind::Call { func, args, keywords } => {
            f(func);
            args.iter().for_each(&mut *f);
            keywords.iter().for_each(|k| f(&k.value));
        }
        ExprKind::FormattedValue { value, format_spec, .. } => {
            f(value);
            format_spec.iter().for_each(|s| f(s));
        }
        ExprKind::Attribute { value, .. } | ExprKind::Starred { value, .. } => f(value),
        ExprKind::Subscript { value, slice, .. } => {
            f(value);
            f(slice);
        }
        ExprKind::Slice { lower, upper, step } => {
            for part in [lower, upper, step].into_iter().flatten() {
                f(part);
            }
        }
        ExprKind::Constant(_) | ExprKind::Name { .. } => {}
    }
}
