//! Assignment and deletion targets: names, attributes, subscripts and (starred) unpacking;
//! augmented and annotated assignment.

use super::{CResult, Compiler, NameCtx};
use crate::bytecode::{Constant, Instr};
use crate::syntax::ast::*;

impl<'a> Compiler<'a> {
    /// Stores the value on top of the stack into `t`.
    pub(super) fn store_target(&mut self, t: &'a Expr) -> CResult {
        self.enter_depth(t.span)?;
        let saved = self.set_loc(t.span);
        let r = self.store_kind(t);
        self.restore_loc(saved);
        self.depth -= 1;
        r
    }

    fn store_kind(&mut self, t: &'a Expr) -> CResult {
        match &t.kind {
            // matches CPython's forbidden_name: __debug__ is a constant.
            ExprKind::Name { id, .. } if &**id == "__debug__" => return Err(self.error(t.span, "cannot assign to __debug__")),
            ExprKind::Name { id, .. } => self.name_op(id, NameCtx::Store),
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(value)?;
                if &**attr == "__debug__" {
                    return Err(self.error(t.span, "cannot assign to __debug__"));
                }
                let i = self.attr_name(attr);
                self.emit(Instr::StoreAttr(i));
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.set_subscript_anchor(value.span.end, t.span.end);
                self.emit(Instr::StoreSubscr);
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => self.unpack(t, elts)?,
            ExprKind::Starred { .. } => {
                return Err(self.error(t.span, "starred assignment target must be in a list or tuple"))
            }
            _ => return Err(self.error(t.span, "cannot assign to expression")),
        }
        Ok(())
    }

    fn unpack(&mut self, t: &'a Expr, elts: &'a [Expr]) -> CResult {
        let mut star = None;
        for (i, e) in elts.iter().enumerate() {
            if matches!(e.kind, ExprKind::Starred { .. }) {
                if star.is_some() {
                    return Err(self.error(t.span, "multiple starred expressions in assignment"));
                }
                star = Some(i);
            }
        }
        match star {
            Some(i) => {
                let after = elts.len() - i - 1;
                if i >= 256 || after >= (1 << 24) {
                    return Err(self.error(t.span, "too many expressions in star-unpacking assignment"));
                }
                // `i < 256` was checked just above.
                self.emit(Instr::UnpackEx { before: i as u16, after: after as u32 });
            }
            None => self.emit(Instr::UnpackSequence(elts.len() as u32)),
        }
        for e in elts {
            match &e.kind {
                ExprKind::Starred { value, .. } => self.store_target(value)?,
                _ => self.store_target(e)?,
            }
        }
        Ok(())
    }

    pub(super) fn delete_target(&mut self, t: &'a Expr) -> CResult {
        self.enter_depth(t.span)?;
        let saved = self.set_loc(t.span);
        let r = self.delete_kind(t);
        self.restore_loc(saved);
        self.depth -= 1;
        r
    }

    fn delete_kind(&mut self, t: &'a Expr) -> CResult {
        match &t.kind {
            ExprKind::Name { id, .. } if &**id == "__debug__" => return Err(self.error(t.span, "cannot delete __debug__")),
            ExprKind::Name { id, .. } => self.name_op(id, NameCtx::Del),
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(value)?;
                let i = self.attr_name(attr);
                self.emit(Instr::DeleteAttr(i));
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.expr(slice)?;
                // `del x[k]` failing is shown `~^^^`, as a read or store of the item is.
                self.set_subscript_anchor(value.span.end, t.span.end);
                self.emit(Instr::DeleteSubscr);
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                for e in elts {
                    self.delete_target(e)?;
                }
            }
            ExprKind::Starred { .. } => return Err(self.error(t.span, "cannot delete starred")),
            _ => return Err(self.error(t.span, "cannot delete expression")),
        }
        Ok(())
    }

    /// `target op= value`: the target's container is evaluated once.
    pub(super) fn aug_assign(&mut self, s: &'a Stmt, target: &'a Expr, op: Operator, value: &'a Expr) -> CResult {
        let instr = Instr::BinaryOp { op: super::expr::bin_op(op), inplace: true };
        match &target.kind {
            ExprKind::Name { id, .. } if &**id == "__debug__" => return Err(self.error(target.span, "cannot assign to __debug__")),
            ExprKind::Name { id, .. } => {
                self.set_loc(target.span);
                self.name_op(id, NameCtx::Load);
                self.expr(value)?;
                self.set_loc(s.span);
                self.emit(instr);
                self.set_loc(target.span);
                self.name_op(id, NameCtx::Store);
            }
            ExprKind::Attribute { value: obj, attr, .. } => {
                self.expr(obj)?;
                self.set_loc(target.span);
                self.emit(Instr::Copy(1));
                let i = self.attr_name(attr);
                self.emit(Instr::LoadAttr(i));
                self.expr(value)?;
                self.set_loc(s.span);
                self.emit(instr);
                self.set_loc(target.span);
                self.emit(Instr::Swap(2));
                self.emit(Instr::StoreAttr(i));
            }
            ExprKind::Subscript { value: obj, slice, .. } => {
                self.expr(obj)?;
                self.expr(slice)?;
                self.set_loc(target.span);
                self.emit(Instr::Copy(2));
                self.emit(Instr::Copy(2));
                self.set_subscript_anchor(obj.span.end, target.span.end);
                self.emit(Instr::BinarySubscr);
                self.expr(value)?;
                self.set_loc(s.span);
                self.emit(instr);
                self.set_loc(target.span);
                self.emit(Instr::Rot(3));
                self.emit(Instr::StoreSubscr);
            }
            _ => return Err(self.error(target.span, "illegal expression for augmented assignment")),
        }
        Ok(())
    }

    /// `target: annotation [= value]`.
    pub(super) fn ann_assign(
        &mut self,
        target: &'a Expr,
        annotation: &'a Expr,
        value: Option<&'a Expr>,
        simple: bool,
    ) -> CResult {
        if self.future_annotations {
            if let Some((msg, span)) = super::future::refused_in_annotation(annotation) {
                return Err(self.error(span, &msg));
            }
        }
        if let Some(v) = value {
            self.expr(v)?;
            self.store_target(target)?;
        }
        let evaluates = !self.u().kind.is_function();
        match &target.kind {
            ExprKind::Name { id, .. } if simple && evaluates => {
                self.annotation(annotation)?;
                let ann = self.b().name(&"__annotations__".into());
                self.emit(Instr::LoadName(ann));
                let mangled = super::symtable::mangle(self.u().private.as_ref(), id);
                self.load_const(Constant::Str(mangled));
                self.emit(Instr::StoreSubscr);
            }
            ExprKind::Name { .. } => {}
            ExprKind::Attribute { value: obj, .. } | ExprKind::Subscript { value: obj, .. } => {
                // matches CPython: the target's object is evaluated (and the annotation at
                // module/class level) but nothing is stored when there is no value.
                if value.is_none() {
                    self.expr(obj)?;
                    self.emit(Instr::Pop);
                    if let ExprKind::Subscript { slice, .. } = &target.kind {
                        self.expr(slice)?;
                        self.emit(Instr::Pop);
                    }
                }
                // Under the annotations future a complex target's annotation is not evaluated.
                if evaluates && !self.future_annotations {
                    self.expr(annotation)?;
                    self.emit(Instr::Pop);
                }
            }
            _ => {}
        }
        Ok(())
    }
}
