//! `match` statements. Each pattern consumes the subject on top of the stack; on failure it
//! jumps to a "fail-pop" label that drops the items it left (CPython's `pc->fail_pop`).
//! Captured values stay on the stack, below the items the pattern still works on, until the
//! whole pattern has matched; only then are the names stored, as CPython's compiler does
//! (`pattern_helper_store_name`), so a case that fails half-way binds nothing.

use std::rc::Rc;

use super::{literal, CResult, Compiler, Label, NameCtx};
use crate::bytecode::opcode::CompareOp;
use crate::bytecode::{Constant, Instr};
use crate::syntax::ast::*;

/// Failure bookkeeping for one case: `fail_pop[n]` pops n items then goes to the next case.
struct PatternContext {
    fail_pop: Vec<Label>,
    /// Items on the stack above the case's base (besides the subject being matched).
    on_top: usize,
    /// Whether an irrefutable pattern (`_`, a bare name) may appear here: CPython's
    /// `pc->allow_irrefutable`, false for a guard-less case that is not the last one and for
    /// all but the last alternative of an or-pattern.
    allow_irrefutable: bool,
    /// Names this pattern has bound so far (CPython's `pc->stores`), for the duplicate check.
    stores: Vec<Rc<str>>,
}

impl<'a> Compiler<'a> {
    pub(super) fn match_stmt(&mut self, _s: &'a Stmt, subject: &'a Expr, cases: &'a [MatchCase]) -> CResult {
        self.expr(subject)?;
        let end = self.new_label();
        if cases.is_empty() {
            self.emit(Instr::Pop);
        }
        // A trailing `case _:` after other cases matches nothing: its body (behind its guard)
        // is where the last real case fails to, and that case consumes the subject instead
        // of a copy (CPython's `has_default` in compiler_match_inner).
        let has_default = cases.len() > 1
            && cases.last().is_some_and(|c| matches!(c.pattern.kind, PatternKind::MatchAs { pattern: None, name: None }));
        let matched = cases.len() - usize::from(has_default);
        for (i, case) in cases[..matched].iter().enumerate() {
            let last = i + 1 == matched;
            let saved = self.set_loc(case.pattern.span);
            let allow_irrefutable = i + 1 == cases.len() || case.guard.is_some();
            let mut pc = PatternContext { fail_pop: Vec::new(), on_top: 0, allow_irrefutable, stores: Vec::new() };
            if !last {
                self.emit(Instr::Copy(1));
            }
            self.pattern(&case.pattern, &mut pc)?;
            // The pattern matched: its captures are on the stack, the first one on top.
            for name in std::mem::take(&mut pc.stores) {
                self.name_op(&name, NameCtx::Store);
            }
            if let Some(g) = &case.guard {
                let fail = self.fail_label(&mut pc, 0);
                self.jump_if(g, false, fail)?;
            }
            if !last {
                self.emit(Instr::Pop);
            }
            self.restore_loc(saved);
            self.stmts(&case.body)?;
            self.emit_jump(Instr::Jump, end);
            self.emit_fail_pops(&mut pc);
        }
        if has_default {
            let case = &cases[matched];
            if let Some(g) = &case.guard {
                let saved = self.set_loc(case.pattern.span);
                self.jump_if(g, false, end)?;
                self.restore_loc(saved);
            }
            self.stmts(&case.body)?;
        }
        self.bind(end);
        Ok(())
    }

    fn fail_label(&mut self, pc: &mut PatternContext, pops: usize) -> Label {
        while pc.fail_pop.len() <= pops {
            let l = self.new_label();
            pc.fail_pop.push(l);
        }
        pc.fail_pop[pops]
    }

    /// Jumps to the failure path when the value on top is falsy, with `extra` items above on_top
    /// (the captures so far, under the on_top items, are dropped too).
    fn fail_if_false(&mut self, pc: &mut PatternContext, extra: usize) {
        let l = self.fail_label(pc, pc.on_top + pc.stores.len() + extra);
        self.emit_jump(Instr::PopJumpIfFalse, l);
    }

    fn emit_fail_pops(&mut self, pc: &mut PatternContext) {
        let labels = std::mem::take(&mut pc.fail_pop);
        for (i, l) in labels.iter().enumerate().rev() {
            self.bind(*l);
            if i > 0 {
                self.emit(Instr::Pop);
            }
        }
    }

    fn pattern(&mut self, p: &'a Pattern, pc: &mut PatternContext) -> CResult {
        self.enter_depth(p.span)?;
        let saved = self.set_loc(p.span);
        let r = self.pattern_kind(p, pc);
        self.restore_loc(saved);
        self.depth -= 1;
        r
    }

    fn pattern_kind(&mut self, p: &'a Pattern, pc: &mut PatternContext) -> CResult {
        match &p.kind {
            PatternKind::MatchValue(v) => {
                self.expr(v)?;
                self.emit(Instr::CompareOp(CompareOp::Eq));
                self.fail_if_false(pc, 0);
            }
            PatternKind::MatchSingleton(c) => {
                let c = literal::constant(c).unwrap_or(Constant::None);
                self.load_const(c);
                self.emit(Instr::IsOp(false));
                self.fail_if_false(pc, 0);
            }
            PatternKind::MatchAs { pattern: None, name } if !pc.allow_irrefutable => {
                // matches CPython's compiler_pattern_as.
                return Err(match name {
                    Some(n) => self.error(p.span, &format!("name capture '{n}' makes remaining patterns unreachable")),
                    None => self.error(p.span, "wildcard makes remaining patterns unreachable"),
                });
            }
            PatternKind::MatchAs { pattern, name } => {
                if let Some(inner) = pattern {
                    self.emit(Instr::Copy(1));
                    pc.on_top += 1;
                    self.pattern(inner, pc)?;
                    pc.on_top -= 1;
                }
                self.capture(name.as_ref(), p.span, pc)?;
            }
            PatternKind::MatchStar(name) => self.capture(name.as_ref(), p.span, pc)?,
            PatternKind::MatchOr(alts) => self.match_or(p.span, alts, pc)?,
            PatternKind::MatchSequence(items) => self.match_sequence(p.span, items, pc)?,
            PatternKind::MatchMapping { keys, patterns, rest } => {
                self.check_mapping_keys(keys, p.span)?;
                self.match_mapping(keys, patterns, rest.as_ref(), p.span, pc)?
            }
            PatternKind::MatchClass { cls, patterns, kwd_attrs, kwd_patterns } => {
                // matches CPython's validate_kwd_attrs, located at the repeated keyword's pattern.
                for (i, attr) in kwd_attrs.iter().enumerate() {
                    let at = kwd_patterns.get(i).map_or(p.span, |k| k.span);
                    if &**attr == "__debug__" {
                        return Err(self.error(at, "cannot assign to __debug__"));
                    }
                    if kwd_attrs[..i].contains(attr) {
                        return Err(self.error(at, &format!("attribute name repeated in class pattern: {attr}")));
                    }
                }
                self.expr(cls)?;
                let names: Vec<Rc<str>> = kwd_attrs.clone();
                let i = self.names_tuple(&names);
                self.emit(Instr::LoadConst(i));
                self.emit(Instr::MatchClass(patterns.len() as u32));
                self.fail_if_none(pc, 1);
                let all: Vec<&'a Pattern> = patterns.iter().chain(kwd_patterns).collect();
                self.emit(Instr::UnpackSequence(all.len() as u32));
                self.sub_patterns(&all, pc)?;
            }
        }
        Ok(())
    }

    /// Binds the matched value to `name` (or drops it for `_`); matches CPython's
    /// pattern_helper_store_name checks, located at the capturing pattern.
    fn capture(&mut self, name: Option<&Ident>, span: Span, pc: &mut PatternContext) -> CResult {
        match name {
            Some(n) => {
                if &**n == "__debug__" {
                    return Err(self.error(span, "cannot assign to __debug__"));
                }
                if pc.stores.contains(n) {
                    return Err(self.error(span, &format!("multiple assignments to name '{n}' in pattern")));
                }
                self.stash_capture(pc);
                pc.stores.push(n.clone());
            }
            None => self.emit(Instr::Pop),
        }
        Ok(())
    }

    /// Moves the captured value on top below the items still being matched and the earlier
    /// captures (CPython's rotation in pattern_helper_store_name).
    fn stash_capture(&mut self, pc: &PatternContext) {
        let depth = pc.on_top + pc.stores.len() + 1;
        if depth > 1 {
            self.emit(Instr::Rot(depth as u32));
        }
    }

    /// `[.., v]`: fails (dropping `extra` items above on_top, v included) when v is None.
    fn fail_if_none(&mut self, pc: &mut PatternContext, extra: usize) {
        self.emit(Instr::Copy(1));
        self.load_const(Constant::None);
        self.emit(Instr::IsOp(false));
        let l = self.fail_label(pc, pc.on_top + pc.stores.len() + extra);
        self.emit_jump(Instr::PopJumpIfTrue, l);
    }

    /// Matches unpacked items (first on top) against `patterns` in order.
    fn sub_patterns(&mut self, patterns: &[&'a Pattern], pc: &mut PatternContext) -> CResult {
        let n = patterns.len();
        // matches CPython's compiler_pattern_subpattern: sub-patterns may be irrefutable.
        let allow = std::mem::replace(&mut pc.allow_irrefutable, true);
        for (i, p) in patterns.iter().enumerate() {
            let below = n - i - 1;
            pc.on_top += below;
            self.pattern(p, pc)?;
            pc.on_top -= below;
        }
        pc.allow_irrefutable = allow;
        Ok(())
    }

    fn match_or(&mut self, span: Span, alts: &'a [Pattern], pc: &mut PatternContext) -> CResult {
        // The first alternative's captures, in its stack order: the others are reordered to it.
        let mut control: Option<Vec<Rc<str>>> = None;
        let mut first: Option<Vec<Rc<str>>> = None;
        let success = self.new_label();
        for (i, alt) in alts.iter().enumerate() {
            self.emit(Instr::Copy(1));
            let allow_irrefutable = i + 1 == alts.len() && pc.allow_irrefutable;
            let mut inner = PatternContext { fail_pop: Vec::new(), on_top: 0, allow_irrefutable, stores: Vec::new() };
            self.pattern(alt, &mut inner)?;
            // matches CPython: each alternative is compiled, then its names are checked.
            let mut names = Vec::new();
            captures(alt, &mut names);
            names.sort();
            match &first {
                Some(f) if *f != names => {
                    // CPython's location: the last pattern its compiler entered in the alternative.
                    return Err(self.error(last_compiled(alt).span, "alternative patterns bind different names"));
                }
                Some(_) => {}
                None => first = Some(names),
            }
            match &control {
                None => control = Some(inner.stores.clone()),
                Some(order) => self.reorder_captures(&mut inner.stores, order),
            }
            self.emit_jump(Instr::Jump, success);
            self.emit_fail_pops(&mut inner);
        }
        let control = control.unwrap_or_default();
        // No alternative matched: drop the subject's copy and fail.
        self.emit(Instr::Pop);
        let l = self.fail_label(pc, pc.on_top + pc.stores.len());
        self.emit_jump(Instr::Jump, l);
        self.bind(success);
        // [.., earlier captures, on_top items, subject, captures]: move each capture below the
        // earlier ones, then drop the subject.
        let depth = control.len() + 1 + pc.on_top + pc.stores.len();
        for n in control {
            if pc.stores.contains(&n) {
                let at = alts.last().map_or(span, last_loc);
                return Err(self.error(at, &format!("multiple assignments to name '{n}' in pattern")));
            }
            if depth > 1 {
                self.emit(Instr::Rot(depth as u32));
            }
            pc.stores.push(n);
        }
        self.emit(Instr::Pop);
        Ok(())
    }

    /// Permutes the captures on top of the stack (`stores[0]` on top) into `order`'s order.
    fn reorder_captures(&mut self, stores: &mut [Rc<str>], order: &[Rc<str>]) {
        for want in 0..order.len().min(stores.len()) {
            let Some(at) = stores.iter().position(|s| *s == order[want]) else { continue };
            if at == want {
                continue;
            }
            // Exchange the items at depths want+1 and at+1 through the top of the stack.
            let (a, b) = (want as u32 + 1, at as u32 + 1);
            if a == 1 {
                self.emit(Instr::Swap(b));
            } else {
                self.emit(Instr::Swap(a));
                self.emit(Instr::Swap(b));
                self.emit(Instr::Swap(a));
            }
            stores.swap(want, at);
        }
    }

    fn match_sequence(&mut self, span: Span, items: &'a [Pattern], pc: &mut PatternContext) -> CResult {
        let star = items.iter().position(|p| matches!(p.kind, PatternKind::MatchStar(_)));
        if items.iter().filter(|p| matches!(p.kind, PatternKind::MatchStar(_))).count() > 1 {
            return Err(self.error(span, "multiple starred names in sequence pattern"));
        }
        // CPython's limit for the unpacking a star pattern compiles to.
        if let Some(i) = star {
            if i >= 256 || items.len() - i - 1 >= (1 << 24) {
                return Err(self.error(span, "too many expressions in star-unpacking sequence pattern"));
            }
        }
        self.emit(Instr::MatchSequence);
        self.fail_if_false(pc, 1);
        let n = items.len();
        self.emit(Instr::GetLen);
        let needed = if star.is_some() { n - 1 } else { n };
        self.load_const(Constant::Int(needed as i64));
        self.emit(Instr::CompareOp(if star.is_some() { CompareOp::Ge } else { CompareOp::Eq }));
        self.fail_if_false(pc, 1);
        // As CPython's compiler_pattern_sequence: wildcards alone need no items at all, and
        // with a `*_` the items are read by index (a lazy sequence is never iterated);
        // otherwise the subject is unpacked.
        let star_wildcard = star.is_some_and(|i| matches!(items[i].kind, PatternKind::MatchStar(None)));
        if items.iter().all(|p| is_wildcard(p) || matches!(p.kind, PatternKind::MatchStar(None))) {
            self.emit(Instr::Pop);
            return Ok(());
        }
        if let (true, Some(star)) = (star_wildcard, star) {
            return self.sequence_subscripts(items, star, pc);
        }
        match star {
            Some(i) => self.emit(Instr::UnpackEx { before: i as u16, after: (n - i - 1) as u32 }),
            None => self.emit(Instr::UnpackSequence(n as u32)),
        }
        let all: Vec<&'a Pattern> = items.iter().collect();
        self.sub_patterns(&all, pc)
    }

    /// CPython's pattern_helper_sequence_subscr: `subject[i]` before the `*_`, and
    /// `subject[len(subject) - k]` after it (no negative index, which a sequence may not
    /// support), each matched while the subject stays below; then the subject is dropped.
    fn sequence_subscripts(&mut self, items: &'a [Pattern], star: usize, pc: &mut PatternContext) -> CResult {
        let n = items.len();
        pc.on_top += 1;
        let allow = std::mem::replace(&mut pc.allow_irrefutable, true);
        for (i, p) in items.iter().enumerate() {
            if i == star || is_wildcard(p) {
                continue;
            }
            self.emit(Instr::Copy(1));
            if i < star {
                self.load_const(Constant::Int(i as i64));
            } else {
                self.emit(Instr::GetLen);
                self.load_const(Constant::Int((n - i) as i64));
                self.emit(Instr::BinaryOp { op: crate::bytecode::opcode::BinOp::Sub, inplace: false });
            }
            self.emit(Instr::BinarySubscr);
            self.pattern(p, pc)?;
        }
        pc.allow_irrefutable = allow;
        pc.on_top -= 1;
        self.emit(Instr::Pop);
        Ok(())
    }

    fn match_mapping(
        &mut self,
        keys: &'a [Expr],
        patterns: &'a [Pattern],
        rest: Option<&Ident>,
        span: Span,
        pc: &mut PatternContext,
    ) -> CResult {
        self.emit(Instr::MatchMapping);
        self.fail_if_false(pc, 1);
        if keys.is_empty() && rest.is_none() {
            self.emit(Instr::Pop);
            return Ok(());
        }
        if !keys.is_empty() {
            self.emit(Instr::GetLen);
            self.load_const(Constant::Int(keys.len() as i64));
            self.emit(Instr::CompareOp(CompareOp::Ge));
            self.fail_if_false(pc, 1);
        }
        self.exprs(keys)?;
        self.emit(Instr::BuildTuple(keys.len() as u32));
        self.emit(Instr::MatchKeys);
        // [subject, keys, values]
        self.fail_if_none(pc, 3);
        self.emit(Instr::UnpackSequence(patterns.len() as u32));
        pc.on_top += 2;
        let all: Vec<&'a Pattern> = patterns.iter().collect();
        self.sub_patterns(&all, pc)?;
        pc.on_top -= 2;
        // [subject, keys]
        match rest {
            Some(name) => {
                // CPython 3.11 reports at the location its last sub-pattern left set.
                let at = patterns.last().map_or(span, last_loc);
                if &**name == "__debug__" {
                    return Err(self.error(at, "cannot assign to __debug__"));
                }
                if pc.stores.contains(name) {
                    return Err(self.error(at, &format!("multiple assignments to name '{name}' in pattern")));
                }
                // rest = dict(subject), then `del rest[key]` for each matched key.
                let n = keys.len() as u32;
                self.emit(Instr::BuildMap(0));
                self.emit(Instr::Swap(3));
                self.emit(Instr::DictUpdate(2));
                self.emit(Instr::UnpackSequence(n));
                for left in (1..=n).rev() {
                    self.emit(Instr::Copy(1 + left));
                    self.emit(Instr::Swap(2));
                    self.emit(Instr::DeleteSubscr);
                }
                self.stash_capture(pc);
                pc.stores.push(name.clone());
            }
            None => {
                self.emit(Instr::Pop);
                self.emit(Instr::Pop);
            }
        }
        Ok(())
    }
}

impl Compiler<'_> {
    /// matches CPython's compiler_pattern_mapping: a literal key may appear once.
    fn check_mapping_keys(&self, keys: &[Expr], span: Span) -> CResult {
        let mut seen: Vec<Constant> = Vec::new();
        for k in keys {
            let Some(c) = literal::fold(k) else { continue };
            if seen.iter().any(|s| same_key(s, &c)) {
                let r = crate::bytecode::disassemble::repr_const(&c);
                return Err(self.error(span, &format!("mapping pattern checks duplicate key ({r})")));
            }
            seen.push(c);
        }
        Ok(())
    }
}

/// Where CPython 3.11's compiler location is left after compiling `p`: each pattern sets it
/// and nothing restores it, so it is the last (innermost) sub-pattern compiled.
fn last_loc(p: &Pattern) -> Span {
    last_compiled(p).span
}

/// `_` (CPython's WILDCARD_CHECK).
fn is_wildcard(p: &Pattern) -> bool {
    matches!(p.kind, PatternKind::MatchAs { pattern: None, name: None })
}

/// The sub-patterns CPython's compiler compiles (and so locates) for `p`, in order: a class
/// pattern skips its `_` sub-patterns, a sequence of wildcards compiles none, and one with a
/// `*_` skips its wildcards (`pattern_helper_sequence_subscr`).
fn compiled_children(p: &Pattern) -> Vec<&Pattern> {
    match &p.kind {
        PatternKind::MatchSequence(items) => {
            let star_wildcard = items.iter().any(|i| matches!(i.kind, PatternKind::MatchStar(None)));
            let only_wildcard = items.iter().all(|i| is_wildcard(i) || matches!(i.kind, PatternKind::MatchStar(None)));
            if only_wildcard {
                Vec::new()
            } else if star_wildcard {
                items.iter().filter(|i| !is_wildcard(i) && !matches!(i.kind, PatternKind::MatchStar(_))).collect()
            } else {
                items.iter().collect()
            }
        }
        PatternKind::MatchOr(alts) => alts.iter().collect(),
        PatternKind::MatchMapping { patterns, .. } => patterns.iter().collect(),
        PatternKind::MatchClass { patterns, kwd_patterns, .. } => patterns.iter().chain(kwd_patterns).filter(|x| !is_wildcard(x)).collect(),
        PatternKind::MatchAs { pattern: Some(inner), .. } => vec![&**inner],
        _ => Vec::new(),
    }
}

/// Whether two constant keys are equal as dict keys (`1`, `1.0` and `True` are one key).
fn same_key(a: &Constant, b: &Constant) -> bool {
    let num = |c: &Constant| match c {
        Constant::Bool(b) => Some(*b as i64 as f64),
        Constant::Int(i) => Some(*i as f64),
        Constant::Float(f) => Some(*f),
        _ => None,
    };
    match (num(a), num(b)) {
        (Some(x), Some(y)) => x == y,
        _ => a == b,
    }
}

/// Names a pattern binds (for the alternatives check).
fn captures(p: &Pattern, out: &mut Vec<Rc<str>>) {
    match &p.kind {
        PatternKind::MatchValue(_) | PatternKind::MatchSingleton(_) => {}
        PatternKind::MatchSequence(ps) => ps.iter().for_each(|p| captures(p, out)),
        PatternKind::MatchOr(ps) => {
            if let Some(first) = ps.first() {
                captures(first, out);
            }
        }
        PatternKind::MatchMapping { patterns, rest, .. } => {
            patterns.iter().for_each(|p| captures(p, out));
            out.extend(rest.iter().cloned());
        }
        PatternKind::MatchClass { patterns, kwd_patterns, .. } => {
            patterns.iter().chain(kwd_patterns).for_each(|p| captures(p, out))
        }
        PatternKind::MatchStar(name) => out.extend(name.iter().cloned()),
        PatternKind::MatchAs { pattern, name } => {
            if let Some(inner) = pattern {
                captures(inner, out);
            }
            out.extend(name.iter().cloned());
        }
    }
}

/// The last pattern compiled within `p` (a preorder walk's last one): where CPython's compiler
/// location is when it reports an error about `p` as a whole.
fn last_compiled(p: &Pattern) -> &Pattern {
    compiled_children(p).last().map_or(p, |c| last_compiled(c))
}
