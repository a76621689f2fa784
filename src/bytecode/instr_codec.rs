//! Instructions in the compiled-module cache: one opcode byte, then the operands as LEB128
//! integers. Opcode numbers are the declaration order of the `Op` list below; the cache key
//! hashes this file, so renumbering never reads entries an older build wrote.

use super::opcode::{AwaitKind, BinOp, CompareOp, Conversion, Instr, UnaryOp};
use super::wire::{Reader, Writer};

const BIN_OPS: [BinOp; 13] = [
    BinOp::Add,
    BinOp::Sub,
    BinOp::Mul,
    BinOp::MatMul,
    BinOp::TrueDiv,
    BinOp::FloorDiv,
    BinOp::Mod,
    BinOp::Pow,
    BinOp::LShift,
    BinOp::RShift,
    BinOp::And,
    BinOp::Or,
    BinOp::Xor,
];
const UNARY_OPS: [UnaryOp; 4] = [UnaryOp::Neg, UnaryOp::Pos, UnaryOp::Invert, UnaryOp::Not];
const COMPARE_OPS: [CompareOp; 6] = [CompareOp::Lt, CompareOp::Le, CompareOp::Eq, CompareOp::Ne, CompareOp::Gt, CompareOp::Ge];
const AWAIT_KINDS: [AwaitKind; 3] = [AwaitKind::Await, AwaitKind::AEnter, AwaitKind::AExit];
const CONVERSIONS: [Conversion; 4] = [Conversion::None, Conversion::Str, Conversion::Repr, Conversion::Ascii];

/// Index of `x` in `table` (the tables above list every variant, so it is always found).
fn code_of<T: PartialEq>(table: &[T], x: &T) -> u8 {
    table.iter().position(|t| t == x).unwrap_or(0) as u8
}

fn bool_of(b: u8) -> Option<bool> {
    match b {
        0 => Some(false),
        1 => Some(true),
        _ => None,
    }
}

/// Declares `Op` (one number per instruction kind) and the encoder and decoder from the lists of
/// operand-less, single-`u32` and two-`u32` instructions; the few others are written out by hand. The
/// encoder's `match` is exhaustive, so a new instruction that is not listed fails to compile.
macro_rules! instr_codec {
    (plain: [$($p:ident),* $(,)?], int: [$($i:ident),* $(,)?], pair: [$($pair:ident),* $(,)?], other: [$($o:ident),* $(,)?]) => {
        #[derive(Clone, Copy)]
        #[repr(u8)]
        enum Op { $($p,)* $($i,)* $($pair,)* $($o,)* }

        /// Every `Op` in declaration order: `OPS[n] as u8 == n`.
        const OPS: &[Op] = &[$(Op::$p,)* $(Op::$i,)* $(Op::$pair,)* $(Op::$o,)*];

        pub fn encode(instr: &Instr, w: &mut Writer) {
            match *instr {
                $(Instr::$p => w.u8(Op::$p as u8),)*
                $(Instr::$i(n) => {
                    w.u8(Op::$i as u8);
                    w.uint(n as u64);
                })*
                Instr::BinaryOp { op, inplace } => {
                    w.u8(Op::BinaryOp as u8);
                    w.u8(code_of(&BIN_OPS, &op) | (inplace as u8) << 7);
                }
                Instr::UnaryOp(op) => {
                    w.u8(Op::UnaryOp as u8);
                    w.u8(code_of(&UNARY_OPS, &op));
                }
                Instr::CompareOp(op) => {
                    w.u8(Op::CompareOp as u8);
                    w.u8(code_of(&COMPARE_OPS, &op));
                }
                Instr::IsOp(b) => {
                    w.u8(Op::IsOp as u8);
                    w.u8(b as u8);
                }
                Instr::ContainsOp(b) => {
                    w.u8(Op::ContainsOp as u8);
                    w.u8(b as u8);
                }
                Instr::UnpackEx { before, after } => {
                    w.u8(Op::UnpackEx as u8);
                    w.uint(before as u64);
                    w.uint(after as u64);
                }
                Instr::FormatValue { conversion, has_spec } => {
                    w.u8(Op::FormatValue as u8);
                    w.u8(code_of(&CONVERSIONS, &conversion) | (has_spec as u8) << 7);
                }
                Instr::FormatAppend { conversion, has_spec } => {
                    w.u8(Op::FormatAppend as u8);
                    w.u8(code_of(&CONVERSIONS, &conversion) | (has_spec as u8) << 7);
                }
                Instr::CallFunctionEx { has_kwargs } => {
                    w.u8(Op::CallFunctionEx as u8);
                    w.u8(has_kwargs as u8);
                }
                Instr::GetAwaitable(kind) => {
                    w.u8(Op::GetAwaitable as u8);
                    w.u8(code_of(&AWAIT_KINDS, &kind));
                }
                $(Instr::$pair(a, b) => {
                    w.u8(Op::$pair as u8);
                    w.uint(a as u64);
                    w.uint(b as u64);
                })*
                Instr::BinaryOpStoreFast { op, inplace, local } => {
                    w.u8(Op::BinaryOpStoreFast as u8);
                    w.u8(code_of(&BIN_OPS, &op) | (inplace as u8) << 7);
                    w.uint(local as u64);
                }
                Instr::BinaryOpFastConst { op, inplace, local, konst } => {
                    w.u8(Op::BinaryOpFastConst as u8);
                    w.u8(code_of(&BIN_OPS, &op) | (inplace as u8) << 7);
                    w.uint(local as u64);
                    w.uint(konst as u64);
                }
                Instr::CompareOpJumpIfFalse(op, t) => {
                    w.u8(Op::CompareOpJumpIfFalse as u8);
                    w.u8(code_of(&COMPARE_OPS, &op));
                    w.uint(t as u64);
                }
                Instr::BinaryOpReturn { op, inplace } => {
                    w.u8(Op::BinaryOpReturn as u8);
                    w.u8(code_of(&BIN_OPS, &op) | (inplace as u8) << 7);
                }
                Instr::BinaryOpConst { op, inplace, konst } => {
                    w.u8(Op::BinaryOpConst as u8);
                    w.u8(code_of(&BIN_OPS, &op) | (inplace as u8) << 7);
                    w.uint(konst as u64);
                }
                Instr::CompareFastConstJump { op, local, konst } => {
                    w.u8(Op::CompareFastConstJump as u8);
                    w.u8(code_of(&COMPARE_OPS, &op));
                    w.uint(local as u64);
                    w.uint(konst as u64);
                }
            }
        }

        /// One instruction, or `None` for an unknown opcode or operand.
        #[inline]
        pub fn decode(r: &mut Reader) -> Option<Instr> {
            Some(match *OPS.get(r.u8()? as usize)? {
                $(Op::$p => Instr::$p,)*
                $(Op::$i => Instr::$i(r.u32()?),)*
                Op::BinaryOp => {
                    let b = r.u8()?;
                    Instr::BinaryOp { op: *BIN_OPS.get((b & 0x7f) as usize)?, inplace: b & 0x80 != 0 }
                }
                Op::UnaryOp => Instr::UnaryOp(*UNARY_OPS.get(r.u8()? as usize)?),
                Op::CompareOp => Instr::CompareOp(*COMPARE_OPS.get(r.u8()? as usize)?),
                Op::IsOp => Instr::IsOp(bool_of(r.u8()?)?),
                Op::ContainsOp => Instr::ContainsOp(bool_of(r.u8()?)?),
                Op::UnpackEx => Instr::UnpackEx { before: r.u32()?.try_into().ok()?, after: r.u32()? },
                Op::FormatValue => {
                    let b = r.u8()?;
                    Instr::FormatValue { conversion: *CONVERSIONS.get((b & 0x7f) as usize)?, has_spec: b & 0x80 != 0 }
                }
                Op::FormatAppend => {
                    let b = r.u8()?;
                    Instr::FormatAppend { conversion: *CONVERSIONS.get((b & 0x7f) as usize)?, has_spec: b & 0x80 != 0 }
                }
                Op::CallFunctionEx => Instr::CallFunctionEx { has_kwargs: bool_of(r.u8()?)? },
                Op::GetAwaitable => Instr::GetAwaitable(*AWAIT_KINDS.get(r.u8()? as usize)?),
                $(Op::$pair => Instr::$pair(r.u32()?.try_into().ok()?, r.u32()?.try_into().ok()?),)*
                Op::BinaryOpStoreFast => {
                    let b = r.u8()?;
                    Instr::BinaryOpStoreFast { op: *BIN_OPS.get((b & 0x7f) as usize)?, inplace: b & 0x80 != 0, local: r.u32()? }
                }
                Op::BinaryOpFastConst => {
                    let b = r.u8()?;
                    let (local, konst) = (r.u32()?.try_into().ok()?, r.u32()?.try_into().ok()?);
                    Instr::BinaryOpFastConst { op: *BIN_OPS.get((b & 0x7f) as usize)?, inplace: b & 0x80 != 0, local, konst }
                }
                Op::CompareOpJumpIfFalse => Instr::CompareOpJumpIfFalse(*COMPARE_OPS.get(r.u8()? as usize)?, r.u32()?),
                Op::BinaryOpReturn => {
                    let b = r.u8()?;
                    Instr::BinaryOpReturn { op: *BIN_OPS.get((b & 0x7f) as usize)?, inplace: b & 0x80 != 0 }
                }
                Op::BinaryOpConst => {
                    let b = r.u8()?;
                    Instr::BinaryOpConst { op: *BIN_OPS.get((b & 0x7f) as usize)?, inplace: b & 0x80 != 0, konst: r.u32()? }
                }
                Op::CompareFastConstJump => {
                    let op = *COMPARE_OPS.get(r.u8()? as usize)?;
                    let (local, konst) = (r.u32()?.try_into().ok()?, r.u32()?.try_into().ok()?);
                    Instr::CompareFastConstJump { op, local, konst }
                }
            })
        }
    };
}

instr_codec! {
    plain: [
        Nop, Pop, BinarySubscr, StoreSubscr, DeleteSubscr, GetIter, ReturnValue, ListToTuple,
        LoadBuildClass, LoadLocals, PopBlock, PopExcept, Reraise, CheckExcMatch, CheckEgMatch,
        PrepReraiseStar, LoadAssertionError, BeforeWith, WithExceptStart, YieldValue,
        GetYieldFromIter, YieldFrom, GetAIter, GetANext, EndAsyncFor, BeforeAsyncWith, ImportStar,
        SetupAnnotations, PrintExpr, GetLen, MatchMapping, MatchSequence, MatchKeys, EndOfCode,
    ],
    int: [
        Copy, Swap, Rot, LoadConst, ReturnConst, LoadFast, StoreFast, DeleteFast, LoadDeref, StoreDeref,
        DeleteDeref, LoadClosure, LoadClassDeref, LoadGlobal, StoreGlobal, DeleteGlobal, LoadName,
        StoreName, DeleteName, LoadAttr, StoreAttr, DeleteAttr, LoadMethod, BuildSlice, Jump,
        PopJumpIfFalse, PopJumpIfTrue, JumpIfFalseOrPop, JumpIfTrueOrPop, ForIter, BuildTuple,
        BuildList, BuildSet, BuildMap, BuildConstKeyMap, BuildString, BuildStringStart, ListAppend, SetAdd, MapAdd,
        ListExtend, SetUpdate, DictUpdate, DictMerge, UnpackSequence, Call, CallKw, CallMethod,
        MakeFunction, SetupFinally, RaiseVarargs, ImportName, ImportFrom, MatchClass, AsyncForNext,
        LoadFastYieldValue, JumpBackForIter, ReturnFast,
    ],
    pair: [
        LoadFastLoadFast, LoadFastLoadConst, LoadConstLoadFast, StoreFastLoadFast,
        StoreFastStoreFast, ForIterStoreFast,
    ],
    other: [
        BinaryOp, UnaryOp, CompareOp, IsOp, ContainsOp, UnpackEx, FormatValue, FormatAppend, CallFunctionEx,
        GetAwaitable, CompareOpJumpIfFalse, BinaryOpStoreFast, BinaryOpFastConst, CompareFastConstJump,
        BinaryOpConst, BinaryOpReturn,
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opcode_numbers_are_table_indices() {
        for (n, op) in OPS.iter().enumerate() {
            assert_eq!(*op as u8 as usize, n);
        }
    }

    #[test]
    fn every_operand_form_round_trips() {
        let mut instrs = vec![
            Instr::Nop,
            Instr::MatchKeys,
            Instr::LoadConst(0),
            Instr::BuildStringStart(40),
            Instr::Jump(1_000_000),
            Instr::MatchClass(u32::MAX),
            Instr::IsOp(true),
            Instr::ContainsOp(false),
            Instr::UnpackEx { before: 2, after: 300 },
            Instr::CallFunctionEx { has_kwargs: true },
            Instr::LoadFastLoadConst(3, 60_000),
            Instr::ForIterStoreFast(9, 1),
            Instr::CompareOpJumpIfFalse(CompareOp::Ge, 12),
            Instr::ReturnConst(4),
            Instr::BinaryOpStoreFast { op: BinOp::Mod, inplace: true, local: 2 },
            Instr::BinaryOpFastConst { op: BinOp::Xor, inplace: false, local: 300, konst: 1 },
            Instr::AsyncForNext(77),
            Instr::LoadFastYieldValue(70_000),
            Instr::CompareFastConstJump { op: CompareOp::Ne, local: 2, konst: 40_000 },
            Instr::JumpBackForIter(3),
            Instr::ReturnFast(7),
            Instr::BinaryOpConst { op: BinOp::Mod, inplace: true, konst: 100_000 },
            Instr::BinaryOpReturn { op: BinOp::Add, inplace: false },
        ];
        instrs.extend(BIN_OPS.iter().flat_map(|&op| [false, true].map(|inplace| Instr::BinaryOp { op, inplace })));
        instrs.extend(UNARY_OPS.map(Instr::UnaryOp));
        instrs.extend(COMPARE_OPS.map(Instr::CompareOp));
        instrs.extend(AWAIT_KINDS.map(Instr::GetAwaitable));
        instrs.extend(CONVERSIONS.iter().flat_map(|&conversion| [false, true].map(|has_spec| Instr::FormatValue { conversion, has_spec })));
        instrs.extend(CONVERSIONS.iter().flat_map(|&conversion| [false, true].map(|has_spec| Instr::FormatAppend { conversion, has_spec })));
        let mut w = Writer::default();
        for i in &instrs {
            encode(i, &mut w);
        }
        let mut r = Reader::new(&w.bytes);
        for i in &instrs {
            assert_eq!(decode(&mut r).as_ref(), Some(i));
        }
        assert!(r.at_end());
        assert_eq!(decode(&mut Reader::new(&[OPS.len() as u8])), None);
        assert_eq!(decode(&mut Reader::new(&[Op::IsOp as u8, 2])), None);
    }
}
