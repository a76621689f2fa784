//! How deep a code object's value stack can get: each instruction's stack effect (as documented
//! on `Instr`) followed along every path through the code, jumps and exception handlers
//! included. The compiler records the result as `Code::max_stack`, so a frame can be given the
//! room its code needs up front (a suspended coroutine keeps its frame's stack allocation).

use super::opcode::Instr;

/// Where control goes after an instruction, and the stack depth it arrives with.
enum Flow {
    /// The next instruction, with the depth changed by `delta`.
    Next(i64),
    /// A jump that is always taken.
    Jump { target: u32, delta: i64 },
    /// Either the next instruction or `target`, each with its own depth change.
    Branch { next: i64, target: u32, taken: i64 },
    /// The frame is left (`return`, `raise`).
    Exit,
}

/// The value-stack effect of one instruction as the compiler emits it. Superinstructions and
/// `EndOfCode` exist only in executed bodies (`vm::quicken`) and never reach this.
fn flow(instr: &Instr) -> Flow {
    use Flow::*;
    let n = |k: u32| i64::from(k);
    match *instr {
        Instr::Nop | Instr::Swap(_) | Instr::Rot(_) => Next(0),
        Instr::Pop => Next(-1),
        Instr::Copy(_) => Next(1),
        Instr::LoadConst(_)
        | Instr::LoadFast(_)
        | Instr::LoadDeref(_)
        | Instr::LoadClosure(_)
        | Instr::LoadClassDeref(_)
        | Instr::LoadGlobal(_)
        | Instr::LoadName(_)
        | Instr::LoadBuildClass
        | Instr::LoadLocals
        | Instr::LoadAssertionError => Next(1),
        Instr::StoreFast(_) | Instr::StoreDeref(_) | Instr::StoreGlobal(_) | Instr::StoreName(_) => Next(-1),
        Instr::DeleteFast(_) | Instr::DeleteDeref(_) | Instr::DeleteGlobal(_) | Instr::DeleteName(_) => Next(0),
        Instr::LoadAttr(_) => Next(0),
        Instr::StoreAttr(_) => Next(-2),
        Instr::DeleteAttr(_) => Next(-1),
        Instr::LoadMethod(_) => Next(1),
        Instr::BinarySubscr => Next(-1),
        Instr::StoreSubscr => Next(-3),
        Instr::DeleteSubscr => Next(-2),
        Instr::BuildSlice(k) => Next(1 - n(k)),
        Instr::BinaryOp { .. } | Instr::CompareOp(_) | Instr::IsOp(_) | Instr::ContainsOp(_) => Next(-1),
        Instr::UnaryOp(_) => Next(0),
        Instr::Jump(t) | Instr::JumpBackForIter(t) => Jump { target: t, delta: 0 },
        Instr::PopJumpIfFalse(t) | Instr::PopJumpIfTrue(t) => Branch { next: -1, target: t, taken: -1 },
        Instr::JumpIfFalseOrPop(t) | Instr::JumpIfTrueOrPop(t) => Branch { next: -1, target: t, taken: 0 },
        Instr::GetIter => Next(0),
        // `[it] -> [it, item]`, or the iterator popped and the jump taken when exhausted.
        Instr::ForIter(t) => Branch { next: 1, target: t, taken: -1 },
        Instr::ReturnValue => Exit,
        Instr::BuildTuple(k) | Instr::BuildList(k) | Instr::BuildSet(k) | Instr::BuildString(k) => Next(1 - n(k)),
        Instr::BuildMap(k) => Next(1 - 2 * n(k)),
        Instr::BuildConstKeyMap(k) => Next(-n(k)),
        Instr::BuildStringStart(_) => Next(1),
        Instr::ListAppend(_) | Instr::SetAdd(_) => Next(-1),
        Instr::MapAdd(_) => Next(-2),
        Instr::ListExtend(_) | Instr::SetUpdate(_) | Instr::DictUpdate(_) | Instr::DictMerge(_) => Next(-1),
        Instr::ListToTuple => Next(0),
        Instr::UnpackSequence(k) => Next(n(k) - 1),
        Instr::UnpackEx { before, after } => Next(i64::from(before) + n(after)),
        Instr::FormatValue { has_spec, .. } => Next(if has_spec { -1 } else { 0 }),
        Instr::FormatAppend { has_spec, .. } => Next(if has_spec { -2 } else { -1 }),
        Instr::Call(k) => Next(-n(k)),
        Instr::CallKw(k) | Instr::CallMethod(k) => Next(-n(k) - 1),
        Instr::CallFunctionEx { has_kwargs } => Next(if has_kwargs { -2 } else { -1 }),
        // The code object and one item per flag bit become the function.
        Instr::MakeFunction(flags) => Next(-i64::from((flags & 0x0f).count_ones())),
        // A raised exception truncates the stack to the depth here and pushes itself. The fused
        // `async for` step counts as its first half, like the pairs: its fast path lands past
        // its `PopBlock` at the depth the unfused sequence reaches there.
        Instr::SetupFinally(h) | Instr::AsyncForNext(h) => Branch { next: 0, target: h, taken: 1 },
        Instr::PopBlock | Instr::PopExcept => Next(0),
        Instr::RaiseVarargs(_) | Instr::Reraise => Exit,
        Instr::CheckExcMatch | Instr::CheckEgMatch => Next(0),
        Instr::PrepReraiseStar => Next(-1),
        Instr::BeforeWith | Instr::BeforeAsyncWith => Next(1),
        Instr::WithExceptStart => Next(1),
        // A yield leaves the value's slot to the value sent back in.
        Instr::YieldValue => Next(0),
        Instr::GetYieldFromIter | Instr::GetAwaitable(_) | Instr::GetAIter => Next(0),
        // Suspended, the receiver and the sent value are on the stack, as before; done, the
        // receiver's return value replaces both.
        Instr::YieldFrom => Next(-1),
        Instr::GetANext => Next(1),
        Instr::EndAsyncFor => Next(-2),
        Instr::ImportName(_) => Next(-1),
        Instr::ImportFrom(_) => Next(1),
        Instr::ImportStar => Next(-1),
        Instr::SetupAnnotations => Next(0),
        Instr::PrintExpr => Next(-1),
        Instr::GetLen | Instr::MatchMapping | Instr::MatchSequence | Instr::MatchKeys => Next(1),
        Instr::MatchClass(_) => Next(-2),
        // Executed bodies only (`vm::quicken`): a fused pair keeps its second half in place
        // after it, so counting the first half's effect here and the second's at its own index
        // follows the pair exactly.
        Instr::LoadFastLoadFast(..) | Instr::LoadFastLoadConst(..) | Instr::LoadConstLoadFast(..) => Next(1),
        Instr::StoreFastLoadFast(..) | Instr::StoreFastStoreFast(..) => Next(-1),
        Instr::CompareOpJumpIfFalse(..) | Instr::BinaryOpStoreFast { .. } | Instr::BinaryOpReturn { .. } => Next(-1),
        Instr::ForIterStoreFast(t, _) => Branch { next: 1, target: t, taken: -1 },
        Instr::ReturnConst(_) | Instr::BinaryOpFastConst { .. } | Instr::LoadFastYieldValue(_) => Next(1),
        Instr::CompareFastConstJump { .. } | Instr::ReturnFast(_) | Instr::BinaryOpConst { .. } => Next(1),
        Instr::EndOfCode => Exit,
    }
}

/// The greatest value-stack depth any path through `instrs` reaches (0 for empty code). Where
/// paths meet with different depths (the compiler keeps them equal) the deeper one counts, so
/// the result is never below what running the code needs.
pub fn max_depth(instrs: &[Instr]) -> u32 {
    let mut depth_at: Vec<Option<i64>> = vec![None; instrs.len()];
    let mut pending: Vec<usize> = Vec::new();
    let mut max = 0i64;
    fn reach(at: usize, depth: i64, depth_at: &mut [Option<i64>], pending: &mut Vec<usize>) {
        if let Some(slot) = depth_at.get_mut(at) {
            if slot.is_none_or(|d| depth > d) {
                *slot = Some(depth);
                pending.push(at);
            }
        }
    }
    if !instrs.is_empty() {
        reach(0, 0, &mut depth_at, &mut pending);
    }
    while let Some(at) = pending.pop() {
        let Some(depth) = depth_at[at] else { continue };
        max = max.max(depth);
        match flow(&instrs[at]) {
            Flow::Next(delta) => {
                max = max.max(depth + delta);
                reach(at + 1, depth + delta, &mut depth_at, &mut pending);
            }
            Flow::Jump { target, delta } => reach(target as usize, depth + delta, &mut depth_at, &mut pending),
            Flow::Branch { next, target, taken } => {
                max = max.max(depth + next).max(depth + taken);
                reach(at + 1, depth + next, &mut depth_at, &mut pending);
                reach(target as usize, depth + taken, &mut depth_at, &mut pending);
            }
            Flow::Exit => {}
        }
    }
    u32::try_from(max).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::max_depth;
    use crate::bytecode::{Code, Constant};

    /// The code object of the first function defined in `src`.
    fn function(src: &str) -> std::rc::Rc<Code> {
        let opts = crate::compile::CompileOptions { mode: crate::compile::Mode::Exec, allow_top_level_await: false };
        let module = crate::compile::compile_source(src, "<test>", &opts).expect("compiles");
        let body = module.body();
        body.constants
            .iter()
            .find_map(|k| match k {
                Constant::Code(c) => Some(c.clone()),
                _ => None,
            })
            .expect("a function is defined")
    }

    #[test]
    fn straight_line_code_counts_its_operands() {
        assert_eq!(function("def f(a, b):\n    return a + b\n").max_stack, 2);
        assert_eq!(function("def f(a, b, c):\n    return [a, b, c]\n").max_stack, 3);
        // The method and its receiver, then two arguments.
        assert_eq!(function("def f(xs):\n    xs.insert(0, 1)\n").max_stack, 4);
    }

    #[test]
    fn loops_and_handlers_count_what_they_keep_on_the_stack() {
        // The iterator stays below each item.
        assert_eq!(function("def f(xs):\n    for x in xs:\n        print(x)\n").max_stack, 3);
        // A caught exception is pushed where the handler starts.
        let handler = function("def f():\n    try:\n        g()\n    except ValueError as e:\n        return e\n");
        assert!(handler.max_stack >= 2, "{}", handler.max_stack);
    }

    #[test]
    fn a_small_coroutine_needs_little_room() {
        // `await ev.wait()`: the method and its receiver, then the awaitable and the value sent.
        let c = function("async def w(ev, i):\n    await ev.wait()\n    return i % 3\n");
        assert_eq!(c.max_stack, 2);
        assert_eq!(max_depth(&[]), 0);
    }
}
