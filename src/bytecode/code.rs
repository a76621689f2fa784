//! Code objects: the compiler's output for one function, class body, module or comprehension.

use std::rc::Rc;

use super::opcode::Instr;

/// Code flags, named as CPython's `co_flags` bits.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CodeFlags {
    /// Has `*args`.
    pub varargs: bool,
    /// Has `**kwargs`.
    pub varkeywords: bool,
    /// Contains `yield` (and is not async): calling it makes a generator.
    pub generator: bool,
    /// `async def` without `yield`: calling it makes a coroutine.
    pub coroutine: bool,
    /// `async def` with `yield`: calling it makes an async generator.
    pub async_generator: bool,
    /// Module or class body: names go through the frame's locals mapping (LoadName/StoreName).
    pub uses_locals_mapping: bool,
}

/// A compile-time constant; the VM turns these into values once per code object.
#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    None,
    Bool(bool),
    Int(i64),
    /// An integer too large for i64, as decimal digits (with a leading '-' if negative).
    BigInt(Rc<str>),
    Float(f64),
    Complex { real: f64, imag: f64 },
    Str(Rc<str>),
    Bytes(crate::object::RcSlice<u8>),
    Tuple(Rc<[Constant]>),
    Ellipsis,
    Code(Rc<Code>),
}

/// Source location of one instruction: 1-based lines, 0-based *byte* columns, as CPython's
/// `co_positions()`. `line == 0` means "no location" (synthetic instructions).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Location {
    pub line: u32,
    pub end_line: u32,
    pub col: u32,
    pub end_col: u32,
    /// For a `BinaryOp` or `BinarySubscr` whose node is `BinOp`/`Subscript`: byte column range of
    /// the operator (`+`, `**`) or of the `[...]` part, on `line`, used for the `~~~^^^` markers
    /// of CPython 3.11 tracebacks. (0, 0) when absent.
    pub anchor: (u32, u32),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Code {
    /// `co_name`: function name, `<module>`, `<lambda>`, `<listcomp>`, `<genexpr>`, class name...
    pub name: Rc<str>,
    /// `co_qualname`: `A.method`, `f.<locals>.g`.
    pub qualname: Rc<str>,
    pub filename: Rc<str>,
    pub first_line: u32,
    pub flags: CodeFlags,
    /// Positional parameters including positional-only ones (excludes `*args`).
    pub arg_count: u32,
    pub posonly_arg_count: u32,
    pub kwonly_arg_count: u32,
    /// Instructions, locations, constants and names (see `LazyBody`).
    pub body: LazyBody,
    /// Fast locals: parameters first (positional, then keyword-only, then `*args`, then
    /// `**kwargs`), then other locals.
    pub varnames: Vec<Rc<str>>,
    /// Locals captured by inner scopes (they live in cells).
    pub cellvars: Vec<Rc<str>>,
    /// Variables of enclosing scopes this code uses (cells passed in the closure tuple).
    pub freevars: Vec<Rc<str>>,
    /// For each cellvar that is also a parameter: (cell index, varnames index), so the VM moves
    /// the argument into its cell when the frame starts.
    pub cell_args: Vec<(u32, u32)>,
    /// The docstring (first statement a string literal), for `__doc__`.
    pub docstring: Option<Rc<str>>,
    /// Maximum block-stack depth (informational; the VM may grow dynamically).
    pub max_blocks: u32,
    /// Maximum value-stack depth (`stack_effect::max_depth`): the room a frame's stack is
    /// given when the frame is made.
    pub max_stack: u32,
}

/// What only running or inspecting a code object needs, as opposed to calling it (parameters,
/// flags, names).
#[derive(Clone, Debug, PartialEq)]
pub struct CodeBody {
    pub instructions: Vec<Instr>,
    /// One location per instruction (same length as `instructions`).
    pub locations: Locations,
    pub constants: Vec<Constant>,
    /// Names used by global/name/attribute/import instructions.
    pub names: Vec<Rc<str>>,
}

impl CodeBody {
    /// What a body that cannot be decoded runs instead: `raise SystemError(...)`. A cache entry
    /// passed its checksum before anything was read from it, so this is not expected to run;
    /// were it to, the program gets an exception rather than a crash or wrong code.
    pub(super) fn undecodable() -> CodeBody {
        CodeBody {
            instructions: vec![Instr::LoadGlobal(0), Instr::LoadConst(0), Instr::Call(1), Instr::RaiseVarargs(1)],
            locations: Locations::from(vec![Location::default(); 4]),
            constants: vec![Constant::Str(Rc::from("undecodable code in the compiled-module cache"))],
            names: vec![Rc::from("SystemError")],
        }
    }
}

/// A code object's body, decoded from the compiled-module cache on first use. Importing a
/// module defines every function in it but a program calls few of them, so function bodies
/// stay encoded until something runs or inspects them.
pub struct LazyBody {
    decoded: std::cell::OnceCell<CodeBody>,
    packed: Option<super::code_codec::PackedBody>,
}

impl LazyBody {
    pub(super) fn packed(packed: super::code_codec::PackedBody) -> LazyBody {
        LazyBody { decoded: std::cell::OnceCell::new(), packed: Some(packed) }
    }

    pub fn get(&self) -> &CodeBody {
        self.decoded.get_or_init(|| match &self.packed {
            Some(p) => p.decode().unwrap_or_else(CodeBody::undecodable),
            None => CodeBody::undecodable(),
        })
    }
}

impl From<CodeBody> for LazyBody {
    fn from(body: CodeBody) -> LazyBody {
        LazyBody { decoded: std::cell::OnceCell::from(body), packed: None }
    }
}

impl Clone for LazyBody {
    fn clone(&self) -> LazyBody {
        match (self.decoded.get(), &self.packed) {
            (None, Some(p)) => LazyBody { decoded: std::cell::OnceCell::new(), packed: Some(p.clone()) },
            _ => LazyBody::from(self.get().clone()),
        }
    }
}

impl PartialEq for LazyBody {
    fn eq(&self, other: &LazyBody) -> bool {
        self.get() == other.get()
    }
}

impl std::fmt::Debug for LazyBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.get().fmt(f)
    }
}

/// The locations of a code object's instructions. Code read from the compiled-module cache
/// keeps them encoded until something asks for one (a traceback, `f_lineno`, a warning): most
/// code never does, and decoded they would take 24 bytes per instruction.
pub struct Locations {
    decoded: std::cell::OnceCell<Vec<Location>>,
    /// The encoded form (`code_codec`) and the number of locations in it.
    packed: Option<(Box<[u8]>, usize)>,
}

impl Locations {
    pub(super) fn packed(bytes: Box<[u8]>, count: usize) -> Locations {
        Locations { decoded: std::cell::OnceCell::new(), packed: Some((bytes, count)) }
    }

    /// All of them, decoded on first use.
    pub fn all(&self) -> &[Location] {
        self.decoded.get_or_init(|| match &self.packed {
            // A cache entry passed its checksum, so this decodes; were it not to, locations
            // are only missing (tracebacks fall back to the first line), never wrong.
            Some((bytes, count)) => super::code_codec::read_locations(bytes, *count).unwrap_or_default(),
            None => Vec::new(),
        })
    }

    pub fn get(&self, i: usize) -> Option<&Location> {
        self.all().get(i)
    }

    pub fn len(&self) -> usize {
        match &self.packed {
            Some((_, count)) if self.decoded.get().is_none() => *count,
            _ => self.all().len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn iter(&self) -> std::slice::Iter<'_, Location> {
        self.all().iter()
    }
}

impl From<Vec<Location>> for Locations {
    fn from(v: Vec<Location>) -> Locations {
        Locations { decoded: std::cell::OnceCell::from(v), packed: None }
    }
}

impl<'a> IntoIterator for &'a Locations {
    type Item = &'a Location;
    type IntoIter = std::slice::Iter<'a, Location>;
    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

impl Clone for Locations {
    fn clone(&self) -> Locations {
        match (self.decoded.get(), &self.packed) {
            (None, Some((bytes, count))) => Locations::packed(bytes.clone(), *count),
            _ => Locations::from(self.all().to_vec()),
        }
    }
}

impl PartialEq for Locations {
    fn eq(&self, other: &Locations) -> bool {
        self.all() == other.all()
    }
}

impl std::fmt::Debug for Locations {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.all()).finish()
    }
}

impl Code {
    /// Instructions, locations, constants and names, decoded on first use.
    #[inline]
    pub fn body(&self) -> &CodeBody {
        self.body.get()
    }

    pub fn is_generator_like(&self) -> bool {
        self.flags.generator || self.flags.coroutine || self.flags.async_generator
    }
}
