//! The instruction set: one documented variant per opcode, with operands and stack effect.
//!
//! This table is the contract between the compiler (`src/compile`) and the VM (`src/vm`).
//! Names follow CPython 3.11's `dis` where one exists. Stack effects are written
//! `[before] -> [after]` with the top of stack on the right. Jump operands are absolute
//! instruction indices into `Code::instructions`.
//!
//! Exception handling uses a per-frame *block stack* (CPython <= 3.10 style):
//! `SetupFinally(h)` pushes a handler block remembering the current stack depth. When an
//! exception is raised while the block is on top, the VM truncates the value stack to that depth,
//! pushes an internal "handler active" block that remembers the previously handled exception,
//! makes the new exception the *handled* one (what `sys.exc_info()` and implicit chaining see),
//! pushes the exception object and jumps to `h`. `PopExcept` ends such a handler normally
//! (pops the "handler active" block and restores the previous handled exception). If an
//! exception escapes a handler, unwinding pops the "handler active" block the same way.

/// Binary operators for `BinaryOp`; `inplace` selects `__iadd__`-style dispatch first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    MatMul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    /// `-x` (`__neg__`)
    Neg,
    /// `+x` (`__pos__`)
    Pos,
    /// `~x` (`__invert__`)
    Invert,
    /// `not x` (truth value, never fails except through `__bool__`/`__len__`)
    Not,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompareOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

/// Where `GetAwaitable` is used, for CPython's error message wording.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AwaitKind {
    /// `await x`
    Await,
    /// the `__aenter__` result in `async with`
    AEnter,
    /// the `__aexit__` result in `async with`
    AExit,
}

/// `FormatValue` conversion.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Conversion {
    None,
    Str,
    Repr,
    Ascii,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Instr {
    /// No operation (kept as a jump target or a line marker).
    Nop,

    // ---- stack manipulation ----
    /// `[a] -> []`
    Pop,
    /// Push a copy of the i-th item (1 = top): `[.. x, (i-1 items)] -> [.. x, .., x]`. `Copy(1)` is DUP_TOP.
    Copy(u32),
    /// Swap top with the i-th item (i >= 2). `Swap(2)` is ROT_TWO.
    Swap(u32),
    /// Move top down to position i (1 = top, no-op): `[a, b, c] --Rot(3)--> [c, a, b]`.
    Rot(u32),

    // ---- constants and names ----
    /// `[] -> [consts[i]]`
    LoadConst(u32),
    /// Fast local slot i (`Code::varnames[i]`). Unbound: UnboundLocalError
    /// "cannot access local variable 'x' where it is not associated with a value".
    LoadFast(u32),
    /// `[v] -> []`
    StoreFast(u32),
    /// Unbind slot i (UnboundLocalError as LoadFast if already unbound).
    DeleteFast(u32),
    /// Cell or free variable i: index into `cellvars ++ freevars`. Unbound cell: NameError
    /// "cannot access free variable 'x' where it is not associated with a value in enclosing scope"
    /// for a free var, UnboundLocalError (as LoadFast) for an own cell var.
    LoadDeref(u32),
    StoreDeref(u32),
    DeleteDeref(u32),
    /// Push the cell object itself (to build a closure tuple): `[] -> [cell]`.
    LoadClosure(u32),
    /// In a class body: look `freevars` name up in the class namespace first, then in the cell.
    LoadClassDeref(u32),
    /// Global name `names[i]`: module globals, then builtins. NameError "name 'x' is not defined".
    LoadGlobal(u32),
    StoreGlobal(u32),
    DeleteGlobal(u32),
    /// Name in the frame's locals mapping (module/class scope), then globals, then builtins.
    LoadName(u32),
    StoreName(u32),
    DeleteName(u32),
    /// `[obj] -> [obj.names[i]]`
    LoadAttr(u32),
    /// `[value, obj] -> []` does `obj.names[i] = value`
    StoreAttr(u32),
    /// `[obj] -> []`
    DeleteAttr(u32),
    /// Method call fast path. `[obj] -> [callable, self_or_null]`: when `obj.names[i]` resolves to a
    /// plain function found on the type, pushes (function, obj); otherwise (attr, NULL). Paired with
    /// `CallMethod`.
    LoadMethod(u32),
    /// `[container, key] -> [container[key]]`
    BinarySubscr,
    /// `[value, container, key] -> []` does `container[key] = value`
    StoreSubscr,
    /// `[container, key] -> []`
    DeleteSubscr,
    /// `[lower, upper] -> [slice]` (n = 2) or `[lower, upper, step] -> [slice]` (n = 3).
    BuildSlice(u32),

    // ---- operators ----
    /// `[a, b] -> [a op b]`; `inplace` tries `__iop__` first (for `a op= b`).
    BinaryOp { op: BinOp, inplace: bool },
    /// `[a] -> [op a]`
    UnaryOp(UnaryOp),
    /// `[a, b] -> [a cmp b]` (rich comparison, may return any object).
    CompareOp(CompareOp),
    /// `[a, b] -> [a is b]` (`invert`: `is not`)
    IsOp(bool),
    /// `[a, b] -> [a in b]` (`invert`: `not in`)
    ContainsOp(bool),

    // ---- control flow ----
    Jump(u32),
    /// `[v] -> []`, jump if v is falsy.
    PopJumpIfFalse(u32),
    /// `[v] -> []`, jump if v is truthy.
    PopJumpIfTrue(u32),
    /// `[v] -> [v]` and jump if falsy, else `[v] -> []` (for `and`).
    JumpIfFalseOrPop(u32),
    /// `[v] -> [v]` and jump if truthy, else `[v] -> []` (for `or`).
    JumpIfTrueOrPop(u32),
    /// `[obj] -> [iter(obj)]`
    GetIter,
    /// `[it] -> [it, next(it)]`; when exhausted `[it] -> []` and jump to target.
    ForIter(u32),
    /// `[v] -> (returns v)`
    ReturnValue,

    // ---- building ----
    /// `[x1..xn] -> [(x1..xn)]`
    BuildTuple(u32),
    BuildList(u32),
    BuildSet(u32),
    /// `[k1, v1, .. kn, vn] -> [{k1: v1, ..}]`
    BuildMap(u32),
    /// `[v1..vn, keys_tuple] -> [dict]` (keys are a constant tuple)
    BuildConstKeyMap(u32),
    /// `[s1..sn] -> [s1 + .. + sn]` (all str; f-strings)
    BuildString(u32),
    /// `[] -> [builder]`: an empty str, owned by this stack slot alone, with room for about
    /// `n` bytes; an f-string of several parts appends each to it (`FormatAppend`), so no part
    /// becomes a str object of its own.
    BuildStringStart(u32),
    /// `[list, (i-1 items), v] -> [list, ..]`: `list.append(v)` where list is i-th below v (comprehensions).
    ListAppend(u32),
    SetAdd(u32),
    /// `[map, (i-1 items), k, v] -> [map, ..]`
    MapAdd(u32),
    /// `[list, .., iterable] -> [list, ..]` list.extend(iterable), list is i-th item below the iterable.
    ListExtend(u32),
    SetUpdate(u32),
    /// `{**m}`: `[map, .., m] -> [map, ..]` (TypeError "'int' object is not a mapping")
    DictUpdate(u32),
    /// `f(**m)`: like DictUpdate but duplicate keys raise
    /// "f() got multiple values for keyword argument 'k'" (the VM names the callable, which sits
    /// below the args tuple on the stack).
    DictMerge(u32),
    /// `[list] -> [tuple(list)]`
    ListToTuple,
    /// `[seq] -> [xn .. x1]` (x1 on top); ValueError "not enough values to unpack (expected 2, got 1)"
    /// / "too many values to unpack (expected 2)"; TypeError "cannot unpack non-iterable int object".
    UnpackSequence(u32),
    /// `a, *b, c = seq`: `[seq] -> [c.., list b, a..]` with `before` items, a starred list, `after` items.
    UnpackEx { before: u16, after: u32 },
    /// f-string field: `[value] -> [str]` or `[value, spec] -> [str]` (`has_spec`).
    FormatValue { conversion: Conversion, has_spec: bool },
    /// f-string part: `[builder, value] -> [builder]` or `[builder, value, spec] -> [builder]`:
    /// formats as `FormatValue` (literal parts are str values without conversion or spec)
    /// and appends the text to the builder.
    FormatAppend { conversion: Conversion, has_spec: bool },

    // ---- calls and functions ----
    /// `[callable, a1..an] -> [result]`
    Call(u32),
    /// `[callable, a1..an, kwnames] -> [result]` where kwnames is a tuple of str (a constant) naming
    /// the last `kwnames.len()` of the n arguments.
    CallKw(u32),
    /// `[callable, self_or_null, a1..an] -> [result]` (after LoadMethod).
    CallMethod(u32),
    /// `[callable, args_tuple] -> [r]` or `[callable, args_tuple, kwargs_dict] -> [r]` (has_kwargs).
    CallFunctionEx { has_kwargs: bool },
    /// Build a function from the code constant on top. Below it, in this order from bottom, each
    /// present only when its flag bit is set: defaults tuple (0x01), kw-only defaults dict (0x02),
    /// annotations dict (0x04), closure tuple of cells (0x08).
    /// `[defaults?, kwdefaults?, annotations?, closure?, code] -> [function]`
    MakeFunction(u32),
    /// `[] -> [builtins.__build_class__]`; used as `__build_class__(func, name, *bases, **kw)`.
    LoadBuildClass,
    /// `[] -> [locals mapping]` (class bodies return their namespace this way).
    LoadLocals,

    // ---- exceptions ----
    /// Push an exception handler block (see the module docs); `h` is the handler address.
    SetupFinally(u32),
    /// Pop the innermost SetupFinally block (leaving the protected range normally).
    PopBlock,
    /// End an except handler normally: pop the "handler active" block, restoring the handled
    /// exception. Stack unchanged (the compiler pops the exception itself).
    PopExcept,
    /// `raise` (0: re-raise the handled exception, RuntimeError "No active exception to reraise"),
    /// `raise e` (1: `[e] -> !`), `raise e from c` (2: `[e, c] -> !`). A class is instantiated.
    /// Adds the current frame to the traceback.
    RaiseVarargs(u32),
    /// `[exc] -> !` re-raise exc unchanged (no new traceback entry): end of finally/with/except.
    Reraise,
    /// `[exc, type] -> [exc, bool]` isinstance check for `except type:` (CPython's
    /// CHECK_EXC_MATCH: no copy is needed before it); TypeError
    /// "catching classes that do not inherit from BaseException is not allowed".
    CheckExcMatch,
    /// `except*`: `[eg, type] -> [rest, match]`; match is None when nothing matched; a naked
    /// exception is wrapped in an ExceptionGroup("", [exc]).
    CheckEgMatch,
    /// End of a `try/except*`: `[orig, raised_list] -> [exc_or_none]` combines the unhandled rest
    /// and the exceptions raised in handlers into what must be re-raised (None when nothing).
    PrepReraiseStar,
    /// `[] -> [AssertionError]`
    LoadAssertionError,
    /// `with`: `[mgr] -> [mgr.__exit__ (bound), mgr.__enter__()]`. TypeError "'X' object does not
    /// support the context manager protocol" when missing.
    BeforeWith,
    /// Exception path of `with`: `[exit, exc] -> [exit, exc, exit(type(exc), exc, exc.__traceback__)]`.
    WithExceptStart,

    // ---- generators, coroutines ----
    /// `[v] -> (suspends, yielding v)`; on resume `[] -> [sent]`.
    YieldValue,
    /// `[obj] -> [iter]` for `yield from`: a generator or coroutine passes through (a coroutine only
    /// inside a coroutine-flagged generator); anything else is `iter(obj)`.
    GetYieldFromIter,
    /// `[obj] -> [awaitable iterator]`: coroutine as-is (RuntimeError "cannot reuse already
    /// awaited coroutine"), else `obj.__await__()` which must return an iterator (TypeError
    /// "__await__() returned non-iterator of type 'list'"), TypeError "object int can't be used in
    /// 'await' expression".
    GetAwaitable(AwaitKind),
    /// `[receiver, value] -> ...` delegate one step: send `value` into `receiver`. If it yields `y`,
    /// this frame suspends yielding `y` with `[receiver]` kept; on resume with `s` the stack is
    /// `[receiver, s]` and this same instruction runs again. When the receiver returns `r`:
    /// `[receiver, value] -> [r]` and execution continues after.
    YieldFrom,
    /// `[obj] -> [obj.__aiter__()]`
    GetAIter,
    /// `[aiter] -> [aiter, awaitable]`: calls `aiter.__anext__()` and applies the `GetAwaitable`
    /// conversion, so `LoadConst None; YieldFrom` follows directly. TypeError "'async for' received
    /// an invalid object from __anext__: int" when not awaitable.
    GetANext,
    /// Exception path of `async for` (entered from a SetupFinally around GetANext..YieldFrom):
    /// `[aiter, exc] -> []`. If exc is a StopAsyncIteration it ends the handler like `PopExcept`
    /// and the loop is over (fall through to `else`); otherwise it re-raises exc.
    EndAsyncFor,
    /// `async with`: `[mgr] -> [mgr.__aexit__ (bound), mgr.__aenter__()]` (then GetAwaitable).
    BeforeAsyncWith,

    // ---- imports ----
    /// `[level, fromlist] -> [module]` imports `names[i]`.
    ImportName(u32),
    /// `[module] -> [module, module.names[i]]` (ImportError "cannot import name 'x' from 'm' (path)").
    ImportFrom(u32),
    /// `[module] -> []` `from m import *` into the locals mapping.
    ImportStar,

    // ---- misc ----
    /// Module/class scope `x: int`: ensure `__annotations__` exists in the locals mapping.
    SetupAnnotations,
    /// REPL expression statement: `[v] -> []` print repr(v) unless None and set builtins `_`.
    PrintExpr,
    /// `match` support: `[subject] -> [subject, len(subject)]`.
    GetLen,
    /// `[subject] -> [subject, bool]` is a mapping (dict or has `keys`/`__getitem__` registered).
    MatchMapping,
    /// `[subject] -> [subject, bool]` is a sequence (not str/bytes/bytearray).
    MatchSequence,
    /// `[subject, keys_tuple] -> [subject, keys_tuple, values_tuple_or_None]`.
    MatchKeys,
    /// `[subject, cls, kw_names_tuple] -> [attrs_tuple_or_None]` with `n` positional sub-patterns.
    MatchClass(u32),

    // ---- superinstructions: never emitted by the compiler ----
    // `vm::quicken` writes these over the first instruction of a common pair in the copy of a
    // code object's instructions that the VM executes (CPython 3.11's LOAD_FAST__LOAD_FAST
    // family): one dispatch instead of two. The pair's second instruction stays in place after
    // it, so a jump to that instruction, or a fused handler that declines its fast path and goes
    // on at the next instruction, runs the original sequence unchanged. Their local and
    // constant operands are u16 (a pair with a larger index is not fused) so that `Instr` stays
    // 8 bytes: the dispatch loop fetches each instruction with one load.
    /// `LoadFast(a); LoadFast(b)`
    LoadFastLoadFast(u16, u16),
    /// `LoadFast(a); LoadConst(c)`
    LoadFastLoadConst(u16, u16),
    /// `LoadConst(c); LoadFast(a)`
    LoadConstLoadFast(u16, u16),
    /// `StoreFast(a); LoadFast(b)`
    StoreFastLoadFast(u16, u16),
    /// `StoreFast(a); StoreFast(b)`
    StoreFastStoreFast(u16, u16),
    /// `CompareOp(op); PopJumpIfFalse(t)`
    CompareOpJumpIfFalse(CompareOp, u32),
    /// `ForIter(t); StoreFast(a)`
    ForIterStoreFast(u32, u16),
    /// `LoadConst(c); ReturnValue`
    ReturnConst(u32),
    /// `BinaryOp { op, inplace }; StoreFast(local)`
    BinaryOpStoreFast { op: BinOp, inplace: bool, local: u32 },
    /// `LoadFast(local); LoadConst(konst); BinaryOp { op, inplace }` (`n - 1`, `i % 7`)
    BinaryOpFastConst { op: BinOp, inplace: bool, local: u16, konst: u16 },
    /// `SetupFinally(h); GetANext; LoadConst(None); YieldFrom; PopBlock`: one step of `async
    /// for`. Over a native async generator that can resume inline it pushes the generator's
    /// frame and no handler block (the loop's end is routed straight to the `EndAsyncFor` at
    /// `h`, see `Vm::end_async_for_inline`); otherwise it is `SetupFinally(h)` alone.
    AsyncForNext(u32),
    /// `LoadFast(a); YieldValue` (`yield x`)
    LoadFastYieldValue(u32),
    /// `LoadFast(a); ReturnValue` (`return x`)
    ReturnFast(u32),
    /// `LoadConst(konst); BinaryOp { op, inplace }` (`... + 1`, `... % m` after an expression)
    BinaryOpConst { op: BinOp, inplace: bool, konst: u32 },
    /// `BinaryOp { op, inplace }; ReturnValue` (`return a + b`)
    BinaryOpReturn { op: BinOp, inplace: bool },
    /// `LoadFast(local); LoadConst(konst); CompareOp(op); PopJumpIfFalse(t)` (`if n < 2:`,
    /// `while i != 0:`). The jump target does not fit in the instruction: it is the one of the
    /// `PopJumpIfFalse` that stays in place three instructions on.
    CompareFastConstJump { op: CompareOp, local: u16, konst: u16 },
    /// `Jump(t)` back to the `ForIter` at `t` (the end of a `for` body), running that
    /// `ForIter` in the same dispatch.
    JumpBackForIter(u32),

    // ---- executed code only ----
    /// Past the last instruction of an executed body (`vm::quicken` appends a few): the
    /// compiler never lets control reach it; if it is reached anyway it raises SystemError.
    /// Its presence is what lets the dispatch loop fetch instructions without a bounds check.
    EndOfCode,
}

// One 8-byte load per dispatched instruction (see the superinstruction section).
const _: () = assert!(std::mem::size_of::<Instr>() == 8);

impl Instr {
    /// The jump target of a jumping instruction, for the disassembler and jump patching.
    pub fn jump_target(&self) -> Option<u32> {
        match *self {
            Instr::Jump(t)
            | Instr::JumpBackForIter(t)
            | Instr::PopJumpIfFalse(t)
            | Instr::PopJumpIfTrue(t)
            | Instr::JumpIfFalseOrPop(t)
            | Instr::JumpIfTrueOrPop(t)
            | Instr::ForIter(t)
            | Instr::SetupFinally(t)
            | Instr::AsyncForNext(t)
            | Instr::CompareOpJumpIfFalse(_, t)
            | Instr::ForIterStoreFast(t, _) => Some(t),
            _ => None,
        }
    }

    /// Replace the jump target of a jumping instruction (used by the compiler's label patching).
    pub fn set_jump_target(&mut self, target: u32) {
        match self {
            Instr::Jump(t)
            | Instr::JumpBackForIter(t)
            | Instr::PopJumpIfFalse(t)
            | Instr::PopJumpIfTrue(t)
            | Instr::JumpIfFalseOrPop(t)
            | Instr::JumpIfTrueOrPop(t)
            | Instr::ForIter(t)
            | Instr::SetupFinally(t)
            | Instr::AsyncForNext(t)
            | Instr::CompareOpJumpIfFalse(_, t)
            | Instr::ForIterStoreFast(t, _) => *t = target,
            _ => {}
        }
    }
}
