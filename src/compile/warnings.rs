//! CPython's compile-time SyntaxWarnings ("is" with a literal, an always-true assertion, a
//! call or subscript of a literal that is probably a missing comma). The compiler queues them
//! here; the VM shows them (through `warnings` when imported) before the code runs, as CPython
//! shows them while compiling, before any of the module's output.

use std::cell::RefCell;

use super::literal::fold;
use super::Compiler;
use crate::syntax::ast::{self, CmpOp, Expr, ExprKind, Operator, UnaryOperator};

/// The category of a compile-time warning.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WarningCategory {
    Syntax,
    /// The parser's invalid escape sequences (CPython 3.11 warns with DeprecationWarning).
    Deprecation,
}

/// One SyntaxWarning: where and what, plus the source line CPython prints under it.
pub struct CompileWarning {
    pub category: WarningCategory,
    pub filename: String,
    pub lineno: u32,
    pub message: String,
    pub line: Option<String>,
    /// 1-based byte columns of the start and (line, column) of the end of the node warned
    /// about: where the SyntaxError goes when a filter turns the warning into an error.
    pub span: Option<(u32, u32, u32)>,
}

thread_local! {
    // Compilation and the run that follows it happen on one thread; the queue only carries
    // warnings from the compiler's return to the VM's next step.
    static PENDING: RefCell<Vec<CompileWarning>> = const { RefCell::new(Vec::new()) };
}

/// Queue a warning found before compiling (the tokenizer's "invalid decimal literal").
pub fn queue(filename: &str, source: &str, lineno: u32, message: String) {
    let line = crate::source::line_text(source, lineno).map(str::to_string);
    let w = CompileWarning { category: WarningCategory::Syntax, filename: filename.to_string(), lineno, message, line, span: None };
    PENDING.with(|p| p.borrow_mut().push(w));
}

/// Queue the parser's invalid-escape warnings, each at its string token.
pub fn queue_escapes(filename: &str, source: &str, found: Vec<crate::syntax::EscapeWarning>) {
    if found.is_empty() {
        return;
    }
    let lines = crate::source::LineIndex::new(source);
    for w in found {
        let (lineno, col) = lines.line_col(w.start.min(source.len()) as u32);
        let (end_line, end_col) = lines.line_col(w.end.min(source.len()) as u32);
        let line = crate::source::line_text(source, lineno).map(str::to_string);
        let span = Some((col + 1, end_line, end_col + 1));
        let w = CompileWarning { category: WarningCategory::Deprecation, filename: filename.to_string(), lineno, message: w.message, line, span };
        PENDING.with(|p| p.borrow_mut().push(w));
    }
}

/// The warnings queued since the last call, oldest first.
pub fn take_pending() -> Vec<CompileWarning> {
    PENDING.with(|p| std::mem::take(&mut *p.borrow_mut()))
}

/// Whether CPython's AST optimizer turns `e` into a constant (literals, signed numbers, tuples
/// of constants, arithmetic on them).
fn is_folded(e: &Expr) -> bool {
    if fold(e).is_some() {
        return true;
    }
    match &e.kind {
        ExprKind::BinOp { left, op, right } => !matches!(op, Operator::MatMult) && is_folded(left) && is_folded(right),
        ExprKind::UnaryOp { op: UnaryOperator::UAdd | UnaryOperator::Invert | UnaryOperator::USub, operand } => is_folded(operand),
        _ => false,
    }
}

/// CPython's check_is_arg: `is` may compare with anything but a literal other than the
/// singletons.
fn is_arg_ok(e: &Expr) -> bool {
    if !is_folded(e) {
        return true;
    }
    matches!(&e.kind, ExprKind::Constant(ast::Constant::None | ast::Constant::Bool(_) | ast::Constant::Ellipsis))
}

/// CPython's infer_type: the type name a literal display or constant evaluates to.
fn inferred_type(e: &Expr) -> Option<&'static str> {
    Some(match &e.kind {
        ExprKind::Tuple { .. } => "tuple",
        ExprKind::List { .. } | ExprKind::ListComp { .. } => "list",
        ExprKind::Dict { .. } | ExprKind::DictComp { .. } => "dict",
        ExprKind::Set(_) | ExprKind::SetComp { .. } => "set",
        ExprKind::GeneratorExp { .. } => "generator",
        ExprKind::Lambda { .. } => "function",
        ExprKind::JoinedStr(_) | ExprKind::FormattedValue { .. } => "str",
        ExprKind::Constant(c) => match c {
            ast::Constant::None => "NoneType",
            ast::Constant::Bool(_) => "bool",
            ast::Constant::Int(_) => "int",
            ast::Constant::Float(_) => "float",
            ast::Constant::Complex(_) => "complex",
            ast::Constant::Str(_) => "str",
            ast::Constant::Bytes(_) => "bytes",
            ast::Constant::Ellipsis => "ellipsis",
        },
        _ if is_folded(e) => folded_type(e)?,
        _ => return None,
    })
}

/// The type of a folded non-literal constant (`-1`, `1 + 2.0`, `(1, 2)`).
fn folded_type(e: &Expr) -> Option<&'static str> {
    match &e.kind {
        ExprKind::UnaryOp { operand, .. } => inferred_type(operand).map(|t| if t == "bool" { "int" } else { t }),
        ExprKind::BinOp { left, right, .. } => {
            let (l, r) = (inferred_type(left)?, inferred_type(right)?);
            let rank = |t: &str| ["bool", "int", "float", "complex"].iter().position(|x| *x == t);
            match (rank(l), rank(r)) {
                (Some(a), Some(b)) => Some(["int", "int", "float", "complex"][a.max(b)]),
                _ => Some(if l == "int" || l == "bool" { r } else { l }),
            }
        }
        _ => None,
    }
}

impl<'a> Compiler<'a> {
    fn warn(&mut self, at: &Expr, message: &str) {
        self.warn_at(at.span, message);
    }

    /// Queue a warning located at the node spanning `span` (CPython's compiler_warn at the
    /// current location).
    pub(super) fn warn_at(&mut self, span: ast::Span, message: &str) {
        let (lineno, col) = self.lines.line_col(span.start);
        let (end_line, end_col) = self.lines.line_col(span.end);
        let w = CompileWarning {
            category: WarningCategory::Syntax,
            filename: self.filename.to_string(),
            lineno,
            message: message.to_string(),
            line: crate::source::line_text(self.source, lineno).map(str::to_string),
            span: Some((col + 1, end_line, end_col + 1)),
        };
        PENDING.with(|p| p.borrow_mut().push(w));
    }

    /// CPython's check_compare: the first `is`/`is not` with a literal operand.
    pub(super) fn check_compare(&mut self, e: &Expr, left: &Expr, ops: &[CmpOp], comparators: &[Expr]) {
        let mut left_ok = is_arg_ok(left);
        for (op, right) in ops.iter().zip(comparators) {
            let right_ok = is_arg_ok(right);
            if matches!(op, CmpOp::Is | CmpOp::IsNot) && !(left_ok && right_ok) {
                let msg = if *op == CmpOp::Is {
                    "\"is\" with a literal. Did you mean \"==\"?"
                } else {
                    "\"is not\" with a literal. Did you mean \"!=\"?"
                };
                return self.warn(e, msg);
            }
            left_ok = right_ok;
        }
    }

    /// `assert (x, "msg")`: a non-empty tuple is always true.
    pub(super) fn check_assert(&mut self, stmt_span: ast::Span, test: &Expr) {
        if matches!(&test.kind, ExprKind::Tuple { elts, .. } if !elts.is_empty()) {
            self.warn_at(stmt_span, "assertion is always true, perhaps remove parentheses?");
        }
    }

    /// CPython's check_caller: `"a" (1)` or `[1] (2)` is probably a missing comma.
    pub(super) fn check_caller(&mut self, e: &Expr, func: &Expr) {
        let literal = matches!(
            &func.kind,
            ExprKind::Tuple { .. }
                | ExprKind::List { .. }
                | ExprKind::ListComp { .. }
                | ExprKind::Dict { .. }
                | ExprKind::DictComp { .. }
                | ExprKind::Set(_)
                | ExprKind::SetComp { .. }
                | ExprKind::GeneratorExp { .. }
                | ExprKind::JoinedStr(_)
                | ExprKind::FormattedValue { .. }
        ) || is_folded(func);
        if let (true, Some(t)) = (literal, inferred_type(func)) {
            self.warn(e, &format!("'{t}' object is not callable; perhaps you missed a comma?"));
        }
    }

    /// CPython's check_subscripter and check_index for a loaded subscript.
    pub(super) fn check_subscript(&mut self, e: &Expr, value: &Expr, index: &Expr) {
        let Some(vt) = inferred_type(value) else { return };
        let folded = is_folded(value);
        let unsubscriptable = match &value.kind {
            ExprKind::Set(_) | ExprKind::SetComp { .. } | ExprKind::GeneratorExp { .. } | ExprKind::Lambda { .. } => true,
            _ => folded && matches!(vt, "NoneType" | "ellipsis" | "bool" | "int" | "float" | "complex"),
        };
        if unsubscriptable {
            return self.warn(e, &format!("'{vt}' object is not subscriptable; perhaps you missed a comma?"));
        }
        let Some(it) = inferred_type(index) else { return };
        if matches!(it, "int" | "bool") {
            return;
        }
        let sequence = match &value.kind {
            ExprKind::Tuple { .. } | ExprKind::List { .. } | ExprKind::ListComp { .. } | ExprKind::JoinedStr(_) | ExprKind::FormattedValue { .. } => true,
            _ => folded && matches!(vt, "str" | "bytes" | "tuple"),
        };
        if sequence {
            self.warn(e, &format!("{vt} indices must be integers or slices, not {it}; perhaps you missed a comma?"));
        }
    }
}
