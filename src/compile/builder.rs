//! Instruction emission for one code object: labels and jump patching, locations, and the
//! interning of constants, names and local variable names.

use std::rc::Rc;

use indexmap::IndexMap;

use crate::bytecode::{Code, CodeBody, CodeFlags, Constant, Instr, Location};

/// A forward or backward jump target; resolved to an instruction index by [`CodeBuilder::finish`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Label(u32);

/// Constants are deduplicated by value *and* type: `1`, `1.0`, `True` and `-0.0` / `0.0` must stay
/// distinct (matches CPython's constant merging).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum ConstKey {
    None,
    Bool(bool),
    Int(i64),
    BigInt(Rc<str>),
    Float(u64),
    Complex(u64, u64),
    Str(Rc<str>),
    Bytes(crate::object::RcSlice<u8>),
    Tuple(Vec<ConstKey>),
    Ellipsis,
    /// Code objects are never merged.
    Unique(usize),
}

fn const_key(c: &Constant, unique: usize) -> ConstKey {
    match c {
        Constant::None => ConstKey::None,
        Constant::Bool(b) => ConstKey::Bool(*b),
        Constant::Int(i) => ConstKey::Int(*i),
        Constant::BigInt(s) => ConstKey::BigInt(s.clone()),
        Constant::Float(f) => ConstKey::Float(f.to_bits()),
        Constant::Complex { real, imag } => ConstKey::Complex(real.to_bits(), imag.to_bits()),
        Constant::Str(s) => ConstKey::Str(s.clone()),
        Constant::Bytes(b) => ConstKey::Bytes(b.clone()),
        Constant::Tuple(items) => ConstKey::Tuple(items.iter().map(|i| const_key(i, unique)).collect()),
        Constant::Ellipsis => ConstKey::Ellipsis,
        Constant::Code(_) => ConstKey::Unique(unique),
    }
}

/// Accumulates one code object's instructions and tables.
pub struct CodeBuilder {
    pub instructions: Vec<Instr>,
    pub locations: Vec<Location>,
    /// Location given to emitted instructions (set by the compiler per AST node).
    pub loc: Location,
    constants: Vec<Constant>,
    const_index: IndexMap<ConstKey, u32>,
    names: IndexMap<Rc<str>, ()>,
    pub varnames: IndexMap<Rc<str>, ()>,
    pub cellvars: Vec<Rc<str>>,
    pub freevars: Vec<Rc<str>>,
    labels: Vec<Option<u32>>,
    /// Maximum static block nesting, informational (`Code::max_blocks`).
    pub max_blocks: u32,
}

impl CodeBuilder {
    pub fn new() -> CodeBuilder {
        CodeBuilder {
            instructions: Vec::new(),
            locations: Vec::new(),
            loc: Location::default(),
            constants: Vec::new(),
            const_index: IndexMap::new(),
            names: IndexMap::new(),
            varnames: IndexMap::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            labels: Vec::new(),
            max_blocks: 0,
        }
    }

    pub fn emit(&mut self, instr: Instr) {
        self.instructions.push(instr);
        self.locations.push(self.loc);
    }

    pub fn new_label(&mut self) -> Label {
        self.labels.push(None);
        Label(self.labels.len() as u32 - 1)
    }

    /// Binds `label` to the next instruction emitted.
    pub fn bind(&mut self, label: Label) {
        self.labels[label.0 as usize] = Some(self.instructions.len() as u32);
    }

    /// Emits a jumping instruction whose target is `label` (patched in `finish`).
    pub fn emit_jump(&mut self, make: fn(u32) -> Instr, label: Label) {
        self.emit(make(label.0));
    }

    pub fn add_const(&mut self, c: Constant) -> u32 {
        let key = const_key(&c, self.constants.len());
        if let Some(&i) = self.const_index.get(&key) {
            return i;
        }
        let i = self.constants.len() as u32;
        self.constants.push(c);
        self.const_index.insert(key, i);
        i
    }

    pub fn load_const(&mut self, c: Constant) {
        let i = self.add_const(c);
        self.emit(Instr::LoadConst(i));
    }

    pub fn name(&mut self, name: &Rc<str>) -> u32 {
        let (i, _) = self.names.insert_full(name.clone(), ());
        i as u32
    }

    pub fn varname(&mut self, name: &Rc<str>) -> u32 {
        let (i, _) = self.varnames.insert_full(name.clone(), ());
        i as u32
    }

    /// Index of a cell or free variable in `cellvars ++ freevars`.
    pub fn deref_index(&self, name: &str) -> Option<u32> {
        if let Some(i) = self.cellvars.iter().position(|n| &**n == name) {
            return Some(i as u32);
        }
        self.freevars.iter().position(|n| &**n == name).map(|i| (i + self.cellvars.len()) as u32)
    }

    /// Resolves labels and assembles the code object.
    pub fn finish(mut self, meta: CodeMeta) -> Code {
        let labels = std::mem::take(&mut self.labels);
        for instr in &mut self.instructions {
            if let Some(l) = instr.jump_target() {
                let target = labels.get(l as usize).copied().flatten().unwrap_or(0);
                instr.set_jump_target(target);
            }
        }
        let max_stack = crate::bytecode::stack_effect::max_depth(&self.instructions);
        let varnames: Vec<Rc<str>> = self.varnames.keys().cloned().collect();
        let cell_args = self
            .cellvars
            .iter()
            .enumerate()
            .filter_map(|(ci, name)| {
                let vi = varnames.iter().position(|v| v == name)?;
                ((vi as u32) < meta.total_args).then_some((ci as u32, vi as u32))
            })
            .collect();
        Code {
            name: meta.name,
            qualname: meta.qualname,
            filename: meta.filename,
            first_line: meta.first_line,
            flags: meta.flags,
            arg_count: meta.arg_count,
            posonly_arg_count: meta.posonly_arg_count,
            kwonly_arg_count: meta.kwonly_arg_count,
            body: CodeBody {
                instructions: self.instructions,
                locations: self.locations.into(),
                constants: self.constants,
                names: self.names.keys().cloned().collect(),
            }
            .into(),
            varnames,
            cellvars: self.cellvars,
            freevars: self.freevars,
            cell_args,
            docstring: meta.docstring,
            max_blocks: self.max_blocks,
            max_stack,
        }
    }
}

impl Default for CodeBuilder {
    fn default() -> Self {
        CodeBuilder::new()
    }
}

/// The parts of a code object that are not instructions or tables.
pub struct CodeMeta {
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub filename: Rc<str>,
    pub first_line: u32,
    pub flags: CodeFlags,
    pub arg_count: u32,
    pub posonly_arg_count: u32,
    pub kwonly_arg_count: u32,
    /// Number of parameters (including `*args`/`**kwargs`), for `cell_args`.
    pub total_args: u32,
    pub docstring: Option<Rc<str>>,
}
