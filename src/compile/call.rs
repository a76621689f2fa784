//! Calls: positional (`Call`), keyword (`CallKw`), method (`LoadMethod`/`CallMethod`) and
//! unpacking (`CallFunctionEx`) forms.

use std::rc::Rc;

use super::{CResult, Compiler};
use crate::bytecode::Instr;
use crate::syntax::ast::*;

fn is_starred(e: &Expr) -> bool {
    matches!(e.kind, ExprKind::Starred { .. })
}

impl<'a> Compiler<'a> {
    pub(super) fn call(&mut self, e: &'a Expr, func: &'a Expr, args: &'a [Expr], keywords: &'a [Keyword]) -> CResult {
        if let ExprKind::Attribute { value, attr, .. } = &func.kind {
            if keywords.is_empty() && !args.iter().any(is_starred) {
                self.expr(value)?;
                let saved = self.set_loc(func.span);
                let i = self.attr_name(attr);
                self.emit(Instr::LoadMethod(i));
                self.restore_loc(saved);
                self.exprs(args)?;
                self.set_loc(e.span);
                self.emit(Instr::CallMethod(args.len() as u32));
                return Ok(());
            }
        }
        self.check_caller(e, func);
        self.expr(func)?;
        self.call_args(e, 0, args, keywords)
    }

    /// Emits the arguments and the call; `extra` positional arguments are already on the stack
    /// (the class body function and name for `__build_class__`).
    pub(super) fn call_args(&mut self, e: &'a Expr, extra: u32, args: &'a [Expr], keywords: &'a [Keyword]) -> CResult {
        self.call_args_at(e.span, extra, args, keywords)
    }

    pub(super) fn call_args_at(&mut self, span: Span, extra: u32, args: &'a [Expr], keywords: &'a [Keyword]) -> CResult {
        for (i, k) in keywords.iter().enumerate() {
            let Some(name) = &k.name else { continue };
            // matches CPython's validate_keywords: at the whole call.
            if &**name == "__debug__" {
                return Err(self.error(span, "cannot assign to __debug__"));
            }
            if keywords[..i].iter().any(|prev| prev.name.as_ref() == Some(name)) {
                return Err(self.error(k.span, &format!("keyword argument repeated: {name}")));
            }
        }
        let has_star = args.iter().any(is_starred) || keywords.iter().any(|k| k.name.is_none());
        if !has_star {
            self.exprs(args)?;
            let n = extra + args.len() as u32;
            if keywords.is_empty() {
                self.set_loc(span);
                self.emit(Instr::Call(n));
                return Ok(());
            }
            for k in keywords {
                self.expr(&k.value)?;
            }
            let names: Vec<Rc<str>> = keywords.iter().filter_map(|k| k.name.clone()).collect();
            self.set_loc(span);
            let i = self.names_tuple(&names);
            self.emit(Instr::LoadConst(i));
            self.emit(Instr::CallKw(n + keywords.len() as u32));
            return Ok(());
        }
        self.star_args(extra, args)?;
        if !keywords.is_empty() {
            self.kwargs_dict(keywords)?;
        }
        self.set_loc(span);
        self.emit(Instr::CallFunctionEx { has_kwargs: !keywords.is_empty() });
        Ok(())
    }

    /// The positional arguments as one tuple.
    fn star_args(&mut self, extra: u32, args: &'a [Expr]) -> CResult {
        // matches CPython: `f(*x)` passes `x` itself, so CallFunctionEx words the error.
        if let (0, [Expr { kind: ExprKind::Starred { value, .. }, .. }]) = (extra, args) {
            return self.expr(value);
        }
        if !args.iter().any(is_starred) {
            self.exprs(args)?;
            self.emit(Instr::BuildTuple(extra + args.len() as u32));
            return Ok(());
        }
        let lead = args.iter().take_while(|a| !is_starred(a)).count();
        self.exprs(&args[..lead])?;
        self.emit(Instr::BuildList(extra + lead as u32));
        for a in &args[lead..] {
            match &a.kind {
                ExprKind::Starred { value, .. } => {
                    self.expr(value)?;
                    self.emit(Instr::ListExtend(1));
                }
                _ => {
                    self.expr(a)?;
                    self.emit(Instr::ListAppend(1));
                }
            }
        }
        self.emit(Instr::ListToTuple);
        Ok(())
    }

    /// The keyword arguments as one dict (`**m` merged with duplicate checks).
    fn kwargs_dict(&mut self, keywords: &'a [Keyword]) -> CResult {
        let mut have_dict = false;
        let mut i = 0;
        while i < keywords.len() {
            if keywords[i].name.is_none() {
                if !have_dict {
                    self.emit(Instr::BuildMap(0));
                    have_dict = true;
                }
                self.expr(&keywords[i].value)?;
                self.emit(Instr::DictMerge(1));
                i += 1;
                continue;
            }
            let start = i;
            while i < keywords.len() && keywords[i].name.is_some() {
                let k = &keywords[i];
                let name = k.name.clone().unwrap_or_else(|| "".into());
                let saved = self.set_loc(k.span);
                self.load_const(crate::bytecode::Constant::Str(name));
                self.restore_loc(saved);
                self.expr(&k.value)?;
                i += 1;
            }
            self.emit(Instr::BuildMap((i - start) as u32));
            if have_dict {
                self.emit(Instr::DictMerge(1));
            }
            have_dict = true;
        }
        Ok(())
    }
}
