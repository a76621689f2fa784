//! Expressions: operators, containers, comparisons, conditions, await/yield and f-strings.
//! Calls live in `call.rs`; lambdas and comprehensions in `func.rs`.

use std::rc::Rc;

use super::literal;
use super::symtable::ScopeKind;
use super::{CResult, Compiler, Label, NameCtx};
use crate::bytecode::opcode::{AwaitKind, BinOp, CompareOp, Conversion, UnaryOp};
use crate::bytecode::{Constant, Instr};
use crate::syntax::ast::*;

pub fn bin_op(op: Operator) -> BinOp {
    match op {
        Operator::Add => BinOp::Add,
        Operator::Sub => BinOp::Sub,
        Operator::Mult => BinOp::Mul,
        Operator::MatMult => BinOp::MatMul,
        Operator::Div => BinOp::TrueDiv,
        Operator::Mod => BinOp::Mod,
        Operator::Pow => BinOp::Pow,
        Operator::LShift => BinOp::LShift,
        Operator::RShift => BinOp::RShift,
        Operator::BitOr => BinOp::Or,
        Operator::BitXor => BinOp::Xor,
        Operator::BitAnd => BinOp::And,
        Operator::FloorDiv => BinOp::FloorDiv,
    }
}

fn compare_instr(op: CmpOp) -> Instr {
    match op {
        CmpOp::Eq => Instr::CompareOp(CompareOp::Eq),
        CmpOp::NotEq => Instr::CompareOp(CompareOp::Ne),
        CmpOp::Lt => Instr::CompareOp(CompareOp::Lt),
        CmpOp::LtE => Instr::CompareOp(CompareOp::Le),
        CmpOp::Gt => Instr::CompareOp(CompareOp::Gt),
        CmpOp::GtE => Instr::CompareOp(CompareOp::Ge),
        CmpOp::Is => Instr::IsOp(false),
        CmpOp::IsNot => Instr::IsOp(true),
        CmpOp::In => Instr::ContainsOp(false),
        CmpOp::NotIn => Instr::ContainsOp(true),
    }
}

/// The sequence-building instructions for list/set/tuple displays.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Seq {
    List,
    Set,
    Tuple,
}

impl<'a> Compiler<'a> {
    pub(super) fn exprs(&mut self, es: &'a [Expr]) -> CResult {
        es.iter().try_for_each(|e| self.expr(e))
    }

    pub(super) fn expr(&mut self, e: &'a Expr) -> CResult {
        self.enter_depth(e.span)?;
        let saved = self.set_loc(e.span);
        let r = self.expr_kind(e);
        self.restore_loc(saved);
        self.depth -= 1;
        r
    }

    fn expr_kind(&mut self, e: &'a Expr) -> CResult {
        match &e.kind {
            ExprKind::BoolOp { op, values } => self.bool_op(*op, values)?,
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.emit(Instr::Copy(1));
                self.store_target(target)?;
            }
            ExprKind::BinOp { left, op, right } => {
                self.expr(left)?;
                self.expr(right)?;
                self.set_operator_anchor(left.span.end, right.span.start);
                self.emit(Instr::BinaryOp { op: bin_op(*op), inplace: false });
            }
            ExprKind::UnaryOp { op, operand } => {
                if let Some(c) = literal::fold(e) {
                    self.load_const(c);
                    return Ok(());
                }
                self.expr(operand)?;
                let op = match op {
                    UnaryOperator::Invert => UnaryOp::Invert,
                    UnaryOperator::Not => UnaryOp::Not,
                    UnaryOperator::UAdd => UnaryOp::Pos,
                    UnaryOperator::USub => UnaryOp::Neg,
                };
                self.emit(Instr::UnaryOp(op));
            }
            ExprKind::Lambda { args, body } => self.lambda(e, args, body)?,
            ExprKind::IfExp { test, body, orelse } => {
                let (else_, end) = (self.new_label(), self.new_label());
                self.jump_if(test, false, else_)?;
                self.expr(body)?;
                self.emit_jump(Instr::Jump, end);
                self.bind(else_);
                self.expr(orelse)?;
                self.bind(end);
            }
            ExprKind::Dict { keys, values } => self.dict(keys, values)?,
            ExprKind::Set(elts) => self.sequence(elts, Seq::Set)?,
            ExprKind::List { elts, ctx: ExprContext::Load } => self.sequence(elts, Seq::List)?,
            ExprKind::Tuple { elts, ctx: ExprContext::Load } => {
                match literal::fold(e) {
                    Some(c) => self.load_const(c),
                    None => self.sequence(elts, Seq::Tuple)?,
                }
            }
            ExprKind::ListComp { .. }
            | ExprKind::SetComp { .. }
            | ExprKind::DictComp { .. }
            | ExprKind::GeneratorExp { .. } => self.comprehension(e)?,
            ExprKind::Await(value) => {
                self.check_await(e.span)?;
                self.expr(value)?;
                self.emit(Instr::GetAwaitable(AwaitKind::Await));
                self.load_const(Constant::None);
                self.emit(Instr::YieldFrom);
            }
            ExprKind::Yield(value) => {
                self.check_yield(e.span, false)?;
                match value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Constant::None),
                }
                self.emit(Instr::YieldValue);
            }
            ExprKind::YieldFrom(value) => {
                self.check_yield(e.span, true)?;
                self.expr(value)?;
                self.emit(Instr::GetYieldFromIter);
                self.load_const(Constant::None);
                self.emit(Instr::YieldFrom);
            }
            ExprKind::Compare { left, ops, comparators } => {
                self.check_compare(e, left, ops, comparators);
                self.compare(left, ops, comparators)?
            }
            ExprKind::Call { func, args, keywords } => self.call(e, func, args, keywords)?,
            ExprKind::FormattedValue { .. } => self.formatted_value(e)?,
            ExprKind::JoinedStr(values) => self.joined_str(values)?,
            ExprKind::Constant(c) => match literal::constant(c) {
                Some(c) => self.load_const(c),
                None => return Err(self.error(e.span, "invalid integer literal")),
            },
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(value)?;
                let i = self.attr_name(attr);
                self.emit(Instr::LoadAttr(i));
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.check_subscript(e, value, slice);
                self.expr(value)?;
                self.expr(slice)?;
                self.set_subscript_anchor(value.span.end, e.span.end);
                self.emit(Instr::BinarySubscr);
            }
            ExprKind::Starred { .. } => return Err(self.error(e.span, "can't use starred expression here")),
            ExprKind::Name { id, .. } => self.name_op(id, NameCtx::Load),
            // A display the parser marked Store/Del but that is evaluated: compile as a load.
            ExprKind::List { elts, .. } => self.sequence(elts, Seq::List)?,
            ExprKind::Tuple { elts, .. } => self.sequence(elts, Seq::Tuple)?,
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper] {
                    match part {
                        Some(p) => self.expr(p)?,
                        None => self.load_const(Constant::None),
                    }
                }
                if let Some(s) = step {
                    self.expr(s)?;
                }
                self.emit(Instr::BuildSlice(if step.is_some() { 3 } else { 2 }));
            }
        }
        Ok(())
    }

    fn bool_op(&mut self, op: BoolOperator, values: &'a [Expr]) -> CResult {
        let end = self.new_label();
        let jump = match op {
            BoolOperator::And => Instr::JumpIfFalseOrPop,
            BoolOperator::Or => Instr::JumpIfTrueOrPop,
        };
        let Some((last, rest)) = values.split_last() else { return Ok(()) };
        for v in rest {
            self.expr(v)?;
            self.emit_jump(jump, end);
        }
        self.expr(last)?;
        self.bind(end);
        Ok(())
    }

    /// Compiles `e` as a condition: jumps to `target` when its truth equals `cond`.
    pub(super) fn jump_if(&mut self, e: &'a Expr, cond: bool, target: Label) -> CResult {
        match &e.kind {
            ExprKind::UnaryOp { op: UnaryOperator::Not, operand } => self.jump_if(operand, !cond, target),
            ExprKind::BoolOp { op, values } => {
                let is_or = *op == BoolOperator::Or;
                let Some((last, rest)) = values.split_last() else { return Ok(()) };
                // `a or b` jumps when true as soon as one is true; otherwise skip past.
                if is_or == cond {
                    for v in rest {
                        self.jump_if(v, cond, target)?;
                    }
                    self.jump_if(last, cond, target)
                } else {
                    let next = self.new_label();
                    for v in rest {
                        self.jump_if(v, !cond, next)?;
                    }
                    self.jump_if(last, cond, target)?;
                    self.bind(next);
                    Ok(())
                }
            }
            _ => {
                if let Some(truth) = literal::fold(e).and_then(|c| literal::truthiness(&c)) {
                    // matches CPython's constant conditions (`while True:`): no test at all.
                    if truth == cond {
                        self.emit_jump(Instr::Jump, target);
                    }
                    return Ok(());
                }
                self.expr(e)?;
                let saved = self.set_loc(e.span);
                self.emit_jump(if cond { Instr::PopJumpIfTrue } else { Instr::PopJumpIfFalse }, target);
                self.restore_loc(saved);
                Ok(())
            }
        }
    }

    fn compare(&mut self, left: &'a Expr, ops: &[CmpOp], comparators: &'a [Expr]) -> CResult {
        self.expr(left)?;
        let n = ops.len().min(comparators.len());
        if n == 0 {
            return Ok(());
        }
        if n == 1 {
            self.expr(&comparators[0])?;
            self.emit(compare_instr(ops[0]));
            return Ok(());
        }
        // matches CPython 3.11: each middle operand is evaluated once and kept with Swap/Copy.
        let cleanup = self.new_label();
        for i in 0..n - 1 {
            self.expr(&comparators[i])?;
            self.emit(Instr::Swap(2));
            self.emit(Instr::Copy(2));
            self.emit(compare_instr(ops[i]));
            self.emit_jump(Instr::JumpIfFalseOrPop, cleanup);
        }
        self.expr(&comparators[n - 1])?;
        self.emit(compare_instr(ops[n - 1]));
        let end = self.new_label();
        self.emit_jump(Instr::Jump, end);
        self.bind(cleanup);
        self.emit(Instr::Swap(2));
        self.emit(Instr::Pop);
        self.bind(end);
        Ok(())
    }

    /// List/set/tuple displays, with `*x` unpacking.
    pub(super) fn sequence(&mut self, elts: &'a [Expr], kind: Seq) -> CResult {
        let starred = elts.iter().any(|e| matches!(e.kind, ExprKind::Starred { .. }));
        if !starred {
            self.exprs(elts)?;
            let n = elts.len() as u32;
            self.emit(match kind {
                Seq::List => Instr::BuildList(n),
                Seq::Set => Instr::BuildSet(n),
                Seq::Tuple => Instr::BuildTuple(n),
            });
            return Ok(());
        }
        let lead = elts.iter().take_while(|e| !matches!(e.kind, ExprKind::Starred { .. })).count();
        self.exprs(&elts[..lead])?;
        self.emit(if kind == Seq::Set { Instr::BuildSet(lead as u32) } else { Instr::BuildList(lead as u32) });
        for e in &elts[lead..] {
            match &e.kind {
                ExprKind::Starred { value, .. } => {
                    self.expr(value)?;
                    self.emit(if kind == Seq::Set { Instr::SetUpdate(1) } else { Instr::ListExtend(1) });
                }
                _ => {
                    self.expr(e)?;
                    self.emit(if kind == Seq::Set { Instr::SetAdd(1) } else { Instr::ListAppend(1) });
                }
            }
        }
        if kind == Seq::Tuple {
            self.emit(Instr::ListToTuple);
        }
        Ok(())
    }

    fn dict(&mut self, keys: &'a [Option<Expr>], values: &'a [Expr]) -> CResult {
        let mut pending = 0u32;
        let mut have_dict = false;
        for (k, v) in keys.iter().zip(values) {
            match k {
                Some(k) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    pending += 1;
                }
                None => {
                    if pending > 0 || !have_dict {
                        self.emit(Instr::BuildMap(pending));
                        if have_dict {
                            self.emit(Instr::DictUpdate(1));
                        }
                        have_dict = true;
                        pending = 0;
                    }
                    self.expr(v)?;
                    self.emit(Instr::DictUpdate(1));
                }
            }
        }
        if pending > 0 || !have_dict {
            self.emit(Instr::BuildMap(pending));
            if have_dict {
                self.emit(Instr::DictUpdate(1));
            }
        }
        Ok(())
    }

    fn joined_str(&mut self, values: &'a [Expr]) -> CResult {
        match values {
            [] => self.load_const(Constant::Str("".into())),
            [single] => {
                self.expr(single)?;
                if !matches!(single.kind, ExprKind::Constant(_) | ExprKind::FormattedValue { .. }) {
                    self.emit(Instr::BuildString(1));
                }
            }
            _ => {
                // Several parts are appended one by one to a builder string, in CPython's order
                // (each field is formatted before the next one is evaluated). The room reserved
                // is the literals' length plus a guess for each field.
                let room: usize = values
                    .iter()
                    .map(|v| match &v.kind {
                        ExprKind::Constant(crate::syntax::ast::Constant::Str(s)) => s.len(),
                        _ => 8,
                    })
                    .sum();
                self.emit(Instr::BuildStringStart(room.min(u32::MAX as usize) as u32));
                for v in values {
                    match &v.kind {
                        ExprKind::FormattedValue { value, conversion, format_spec } => {
                            let (conversion, has_spec) = self.format_operands(value, *conversion, format_spec.as_deref())?;
                            self.emit(Instr::FormatAppend { conversion, has_spec });
                        }
                        _ => {
                            self.expr(v)?;
                            self.emit(Instr::FormatAppend { conversion: Conversion::None, has_spec: false });
                        }
                    }
                }
            }
        }
        Ok(())
    }

    fn formatted_value(&mut self, e: &'a Expr) -> CResult {
        let ExprKind::FormattedValue { value, conversion, format_spec } = &e.kind else { return Ok(()) };
        let (conversion, has_spec) = self.format_operands(value, *conversion, format_spec.as_deref())?;
        self.emit(Instr::FormatValue { conversion, has_spec });
        Ok(())
    }

    /// Push an f-string field's value and spec; returns the operands of its format instruction.
    fn format_operands(&mut self, value: &'a Expr, conversion: i32, format_spec: Option<&'a Expr>) -> CResult<(Conversion, bool)> {
        self.expr(value)?;
        if let Some(spec) = format_spec {
            self.expr(spec)?;
        }
        let conversion = match u8::try_from(conversion).ok() {
            Some(b's') => Conversion::Str,
            Some(b'r') => Conversion::Repr,
            Some(b'a') => Conversion::Ascii,
            _ => Conversion::None,
        };
        Ok((conversion, format_spec.is_some()))
    }

    /// Whether the current unit is the module with top-level await allowed (REPL).
    pub(super) fn top_level_await(&self) -> bool {
        self.opts.allow_top_level_await && self.u().kind == ScopeKind::Module
    }

    fn check_await(&mut self, span: Span) -> CResult {
        if self.top_level_await() {
            self.unit().uses_await = true;
            return Ok(());
        }
        let u = self.u();
        if !u.kind.is_function() {
            return Err(self.error(span, "'await' outside function"));
        }
        if !u.is_async && u.kind != ScopeKind::Comprehension {
            return Err(self.error(span, "'await' outside async function"));
        }
        Ok(())
    }

    fn check_yield(&mut self, span: Span, from: bool) -> CResult {
        let u = self.u();
        if !u.kind.is_function() {
            return Err(self.error(span, "'yield' outside function"));
        }
        if from && u.is_async {
            return Err(self.error(span, "'yield from' inside async function"));
        }
        Ok(())
    }

    /// Anchor of a `BinaryOp`: the operator token between the operands, on the node's first line.
    fn set_operator_anchor(&mut self, from: u32, to: u32) {
        let bytes = self.source.as_bytes();
        let mut i = from as usize;
        let to = (to as usize).min(bytes.len());
        while i < to {
            match bytes[i] {
                b' ' | b'\t' | b'\x0c' | b')' | b'\n' | b'\r' | b'\\' => i += 1,
                b'#' => {
                    while i < to && bytes[i] != b'\n' {
                        i += 1;
                    }
                }
                _ => break,
            }
        }
        let start = i;
        while i < to && b"+-*/%@<>&|^".contains(&bytes[i]) {
            i += 1;
        }
        self.set_anchor(start as u32, i as u32);
    }

    /// Anchor of a `BinarySubscr`: from the `[` after the value to the end of the node.
    pub(super) fn set_subscript_anchor(&mut self, value_end: u32, end: u32) {
        let bytes = self.source.as_bytes();
        let mut i = value_end as usize;
        while i < (end as usize).min(bytes.len()) && bytes[i] != b'[' {
            i += 1;
        }
        self.set_anchor(i as u32, end);
    }

    fn set_anchor(&mut self, start: u32, end: u32) {
        let (l1, c1) = self.lines.line_col(start);
        let (l2, c2) = self.lines.line_col(end);
        let loc = &mut self.unit().b.loc;
        if start < end && l1 == loc.line && l2 == loc.line {
            loc.anchor = (c1, c2);
        }
    }

    /// Names tuple constant for `CallKw` and imports.
    pub(super) fn names_tuple(&mut self, names: &[Rc<str>]) -> u32 {
        let items: Vec<Constant> = names.iter().map(|n| Constant::Str(n.clone())).collect();
        self.b().add_const(Constant::Tuple(items.into()))
    }
}
