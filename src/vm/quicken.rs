//! Quickening: the copy of a code object's instructions that the dispatch loop runs, with common
//! instruction pairs fused into superinstructions (see the superinstruction section of
//! `bytecode::opcode`).
//!
//! Fusing writes only over a pair's first instruction, so instruction indices, jump targets,
//! line numbers and the compiler's own `Code::instructions` stay as they were. The second
//! instruction of each pair remains in place: jumping to it runs it alone, and a superinstruction
//! whose fast path does not apply finishes the first instruction only and lets the dispatch loop
//! go on to it.

use crate::bytecode::Instr;

/// The instructions to execute for `code`.
pub fn quicken(code: &[Instr]) -> Box<[Instr]> {
    let mut out: Vec<Instr> = Vec::with_capacity(code.len() + END_GUARDS);
    out.extend_from_slice(code);
    for (i, pair) in code.windows(2).enumerate() {
        let third = code.get(i + 2).copied();
        if let Some(fused) = third.and_then(|c| fuse3(pair[0], pair[1], c)).or_else(|| fuse(pair[0], pair[1])) {
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
        let q = quicken(&code);
        assert_eq!(q.len(), code.len() + END_GUARDS);
        assert!(q[code.len()..].iter().all(|i| *i == Instr::EndOfCode));
        assert_eq!(q[0], Instr::LoadFastLoadConst(0, 1));
        assert_eq!(q[6], Instr::ReturnConst(0));
        assert_eq!(q[1], Instr::LoadConst(1));
        assert_eq!(q[2], Instr::CompareOpJumpIfFalse(CompareOp::Lt, 6));
        assert_eq!(q[3], Instr::PopJumpIfFalse(6));
        assert_eq!(&q[4..6], &code[4..6]);
    }

    #[test]
    fn overlapping_pairs_each_fuse() {
        // `a; b; c` loads: the first two fuse, and so do the second and third (reached alone
        // when the first pair's fast path runs only its first half).
        let q = quicken(&[Instr::LoadFast(0), Instr::LoadFast(1), Instr::LoadFast(2), Instr::ReturnValue]);
        assert_eq!(q[0], Instr::LoadFastLoadFast(0, 1));
        assert_eq!(q[1], Instr::LoadFastLoadFast(1, 2));
        assert_eq!(q[2], Instr::LoadFast(2));
    }
}

#[cfg(test)]
mod guard_tests {
    use super::*;

    #[test]
    fn jumps_past_the_end_land_on_a_guard() {
        let q = quicken(&[Instr::Jump(9), Instr::ForIter(2), Instr::ReturnValue]);
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
        let q = quicken(&[Instr::LoadFast(2), Instr::LoadConst(1), sub, Instr::StoreFast(3), Instr::ReturnConst(0)]);
        assert_eq!(q[0], Instr::BinaryOpFastConst { op: BinOp::Sub, inplace: false, local: 2, konst: 1 });
        assert_eq!(q[1], Instr::LoadConst(1));
        assert_eq!(q[2], Instr::BinaryOpStoreFast { op: BinOp::Sub, inplace: false, local: 3 });
    }
}
