//! Quickening: the copy of a code object's instructions that the dispatch loop runs, with common
//! instruction sequences (pairs, and a few of three to five) fused into superinstructions, and a
//! loop's jump back fused with the `ForIter` it jumps to (see the superinstruction section of
//! `bytecode::opcode`).
//!
//! Fusing writes only over a sequence's first instruction, so instruction indices, jump targets,
//! line numbers and the compiler's own `Code::instructions` stay as they were. The rest of the
//! sequence remains in place: jumping into it runs it unfused, and a superinstruction whose fast
//! path does not apply finishes the first instruction only and lets the dispatch loop go on to
//! the next.

use crate::bytecode::Instr;
use crate::object::Value;

/// The instructions to execute for `code`, whose constants are `consts`.
pub fn quicken(code: &[Instr], consts: &[Value]) -> Box<[Instr]> {
    let mut out: Vec<Instr> = Vec::with_capacity(code.len() + END_GUARDS);
    out.extend_from_slice(code);
    for (i, step) in code.windows(5).enumerate() {
        if let Some(fused) = fuse_async_for_step(step, consts) {
            out[i] = fused;
        }
    }
    for (i, instr) in code.iter().enumerate() {
        if let Instr::Jump(t) = *instr {
            if t as usize <= i && matches!(code[t as usize], Instr::ForIter(_)) {
                out[i] = Instr::JumpBackForIter(t);
            }
        }
    }
    for (i, pair) in code.windows(2).enumerate() {
        let third = code.get(i + 2).copied();
        let fused = code.get(i..i + 4).and_then(fuse_compare_jump);
        if let Some(fused) = fused.or_else(|| third.and_then(|c| fuse3(pair[0], pair[1], c))).or_else(|| fuse(pair[0], pair[1])) {
            out[i] = fused;
        }
    }
    guard_end(&mut out);
    out.into_boxed_slice()
}

/// How far past an instruction the dispatch loop can move without a jump: `CallMethod` that
/// skips its `GetAwaitable; LoadConst None; YieldFrom` lands 4 past itself, the most of any.
const END_GUARDS: usize = 4;

/// Make every instruction index the dispatch loop can reach a valid index into `code`, which
/// is what lets it fetch instructions unchecked (see `Vm::execute`):
/// - jump targets past the end (which the compiler never emits, but a damaged cache entry
///   could hold) are pointed at the first guard;
/// - `END_GUARDS` `EndOfCode` instructions follow the last one, so falling or skipping past
///   the end (at most `END_GUARDS` from an instruction inside the code) lands on a guard, which
///   raises instead of running on.
/// Resumption points (`lasti`, a handler, a `ForIter` target) are instructions of the code or
/// these targets, so they stay in range as well.
fn guard_end(code: &mut Vec<Instr>) {
    let len = code.len() as u32;
    for instr in code.iter_mut() {
        if instr.jump_target().is_some_and(|t| t > len) {
            instr.set_jump_target(len);
        }
    }
    code.extend(std::iter::repeat(Instr::EndOfCode).take(END_GUARDS));
}

/// `AsyncForNext` for the compiler's `async for` step (see `Instr::AsyncForNext`).
fn fuse_async_for_step(step: &[Instr], consts: &[Value]) -> Option<Instr> {
    match *step {
        [Instr::SetupFinally(h), Instr::GetANext, Instr::LoadConst(c), Instr::YieldFrom, Instr::PopBlock]
            if consts.get(c as usize).is_some_and(Value::is_none) =>
        {
            Some(Instr::AsyncForNext(h))
        }
        _ => None,
    }
}

/// `CompareFastConstJump` for a local compared with a constant as a condition.
fn fuse_compare_jump(four: &[Instr]) -> Option<Instr> {
    match *four {
        [Instr::LoadFast(local), Instr::LoadConst(konst), Instr::CompareOp(op), Instr::PopJumpIfFalse(_)] => {
            Some(Instr::CompareFastConstJump { op, local: narrow(local)?, konst: narrow(konst)? })
        }
        _ => None,
    }
}

/// The superinstruction doing `first`, `second` and `third`, if there is one.
fn fuse3(first: Instr, second: Instr, third: Instr) -> Option<Instr> {
    Some(match (first, second, third) {
        (Instr::LoadFast(local), Instr::LoadConst(konst), Instr::BinaryOp { op, inplace }) => {
            Instr::BinaryOpFastConst { op, inplace, local: narrow(local)?, konst: narrow(konst)? }
        }
        _ => return None,
    })
}

/// A local or constant index as a superinstruction operand: None (the pair stays unfused) for
/// an index past u16, which only a function with more than 65,535 locals or constants has.
fn narrow(index: u32) -> Option<u16> {
    u16::try_from(index).ok()
}

/// The superinstruction doing `first` then `second`, if there is one.
fn fuse(first: Instr, second: Instr) -> Option<Instr> {
    Some(match (first, second) {
        (Instr::LoadFast(a), Instr::LoadFast(b)) => Instr::LoadFastLoadFast(narrow(a)?, narrow(b)?),
        (Instr::LoadFast(a), Instr::LoadConst(c)) => Instr::LoadFastLoadConst(narrow(a)?, narrow(c)?),
        (Instr::LoadConst(c), Instr::LoadFast(a)) => Instr::LoadConstLoadFast(narrow(c)?, narrow(a)?),
        (Instr::StoreFast(a), Instr::LoadFast(b)) => Instr::StoreFastLoadFast(narrow(a)?, narrow(b)?),
        (Instr::StoreFast(a), Instr::StoreFast(b)) => Instr::StoreFastStoreFast(narrow(a)?, narrow(b)?),
        (Instr::CompareOp(op), Instr::PopJumpIfFalse(t)) => Instr::CompareOpJumpIfFalse(op, t),
        (Instr::ForIter(t), Instr::StoreFast(a)) => Instr::ForIterStoreFast(t, narrow(a)?),
        (Instr::LoadConst(c), Instr::ReturnValue) => Instr::ReturnConst(c),
        (Instr::LoadFast(a), Instr::YieldValue) => Instr::LoadFastYieldValue(a),
        (Instr::LoadFast(a), Instr::ReturnValue) => Instr::ReturnFast(a),
        (Instr::LoadConst(konst), Instr::BinaryOp { op, inplace }) => Instr::BinaryOpConst { op, inplace, konst },
        (Instr::BinaryOp { op, inplace }, Instr::ReturnValue) => Instr::BinaryOpReturn { op, inplace },
        (Instr::BinaryOp { op, inplace }, Instr::StoreFast(local)) => Instr::BinaryOpStoreFast { op, inplace, local },
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bytecode::opcode::CompareOp;

    #[test]
    fn pairs_fuse_over_their_first_instruction_only() {
        let code = [
            Instr::LoadFast(0),
            Instr::LoadConst(1),
            Instr::CompareOp(CompareOp::Lt),
            Instr::PopJumpIfFalse(6),
            Instr::LoadFast(0),
            Instr::ReturnValue,
            Instr::LoadConst(0),
            Instr::ReturnValue,
        ];
        let q = quicken(&code, &[]);
        assert_eq!(q.len(), code.len() + END_GUARDS);
        assert!(q[code.len()..].iter().all(|i| *i == Instr::EndOfCode));
        assert_eq!(q[0], Instr::CompareFastConstJump { op: CompareOp::Lt, local: 0, konst: 1 });
        assert_eq!(q[6], Instr::ReturnConst(0));
        assert_eq!(q[1], Instr::LoadConst(1));
        assert_eq!(q[2], Instr::CompareOpJumpIfFalse(CompareOp::Lt, 6));
        assert_eq!(q[3], Instr::PopJumpIfFalse(6));
        assert_eq!(q[4], Instr::ReturnFast(0));
        assert_eq!(q[5], Instr::ReturnValue);
    }

    #[test]
    fn overlapping_pairs_each_fuse() {
        // `a; b; c` loads: the first two fuse, and so do the second and third (reached alone
        // when the first pair's fast path runs only its first half).
        let q = quicken(&[Instr::LoadFast(0), Instr::LoadFast(1), Instr::LoadFast(2), Instr::ReturnValue], &[]);
        assert_eq!(q[0], Instr::LoadFastLoadFast(0, 1));
        assert_eq!(q[1], Instr::LoadFastLoadFast(1, 2));
        assert_eq!(q[2], Instr::ReturnFast(2));
    }
}

#[cfg(test)]
mod guard_tests {
    use super::*;

    #[test]
    fn jumps_past_the_end_land_on_a_guard() {
        let q = quicken(&[Instr::Jump(9), Instr::ForIter(2), Instr::ReturnValue], &[]);
        assert_eq!(q[0], Instr::Jump(3));
        assert_eq!(q[1], Instr::ForIter(2));
        assert_eq!(q[3], Instr::EndOfCode);
        assert_eq!(q.len(), 3 + END_GUARDS);
    }
}

#[cfg(test)]
mod triple_tests {
    use super::*;
    use crate::bytecode::opcode::BinOp;

    #[test]
    fn local_const_operation_fuses_as_a_triple() {
        let sub = Instr::BinaryOp { op: BinOp::Sub, inplace: false };
        let q = quicken(&[Instr::LoadFast(2), Instr::LoadConst(1), sub, Instr::StoreFast(3), Instr::ReturnConst(0)], &[]);
        assert_eq!(q[0], Instr::BinaryOpFastConst { op: BinOp::Sub, inplace: false, local: 2, konst: 1 });
        // The triple's second and third instructions fuse as a pair of their own.
        assert_eq!(q[1], Instr::BinaryOpConst { op: BinOp::Sub, inplace: false, konst: 1 });
        assert_eq!(q[2], Instr::BinaryOpStoreFast { op: BinOp::Sub, inplace: false, local: 3 });
    }
}

#[cfg(test)]
mod async_for_tests {
    use super::*;

    fn step(none_at: u32) -> Vec<Instr> {
        vec![
            Instr::SetupFinally(7),
            Instr::GetANext,
            Instr::LoadConst(none_at),
            Instr::YieldFrom,
            Instr::PopBlock,
            Instr::StoreFast(0),
            Instr::Jump(0),
            Instr::EndAsyncFor,
        ]
    }

    #[test]
    fn the_async_for_step_fuses_over_its_setup() {
        let q = quicken(&step(1), &[Value::Int(0), Value::None]);
        assert_eq!(q[0], Instr::AsyncForNext(7));
        assert_eq!(&q[1..5], &step(1)[1..5]);
    }

    #[test]
    fn a_yielded_local_fuses_with_its_yield() {
        let q = quicken(&[Instr::LoadFast(3), Instr::YieldValue, Instr::Pop, Instr::ReturnConst(0)], &[]);
        assert_eq!(q[0], Instr::LoadFastYieldValue(3));
        assert_eq!(q[1], Instr::YieldValue);
    }

    #[test]
    fn a_loop_s_jump_back_fuses_with_its_for_iter() {
        let code = [Instr::LoadFast(0), Instr::ForIter(5), Instr::StoreFast(1), Instr::Jump(1), Instr::Jump(0), Instr::ReturnConst(0)];
        let q = quicken(&code, &[]);
        assert_eq!(q[3], Instr::JumpBackForIter(1));
        // A jump to anything else stays a plain jump.
        assert_eq!(q[4], Instr::Jump(0));
        assert_eq!(q[1], Instr::ForIterStoreFast(5, 1));
    }

    #[test]
    fn a_step_sending_a_constant_other_than_none_stays_unfused() {
        let q = quicken(&step(0), &[Value::Int(0), Value::None]);
        assert_eq!(q[0], Instr::SetupFinally(7));
        let q = quicken(&step(5), &[Value::None]);
        assert_eq!(q[0], Instr::SetupFinally(7));
    }
}
