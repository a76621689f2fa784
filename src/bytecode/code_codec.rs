//! Code objects in the compiled-module cache, in a compact form that decodes with few
//! allocations: every string of a module (names, identifiers, string constants, the file name)
//! is stored once in a table at the front and referred to by index; instructions are opcode
//! bytes with LEB128 operands; locations are deltas from the previous instruction's (a run of
//! instructions on the same span costs one byte each), kept encoded until first used.
//!
//! Each code object is written as a header (what calling it needs: names, flags, parameters)
//! followed by its length-prefixed body (instructions, locations, constants, names). Reading
//! decodes headers only; a body, with the headers of the code objects among its constants,
//! is decoded when first used (`PackedBody`).

use std::collections::HashMap;
use std::rc::Rc;

use super::shared_bytes::SharedBytes;
use super::wire::{Reader, Writer};
use super::{Code, CodeFlags, Constant, Instr, Location};

/// Deepest nesting of code objects and constant tuples written or read; a damaged entry can
/// therefore not recurse without bound.
const MAX_DEPTH: u32 = 500;

/// Append `code` (a module and its nested code objects) to `out`; `None` if it nests deeper
/// than an entry may.
pub fn write_module(code: &Code, out: &mut Writer) -> Option<()> {
    let mut enc = Encoder { strings: Vec::new(), index: HashMap::new(), body: Writer::default() };
    enc.code(code, 0)?;
    out.len(enc.strings.len());
    for s in &enc.strings {
        out.str(s);
    }
    out.raw(&enc.body.bytes);
    Some(())
}

/// Read a module written by `write_module`, starting at byte `start` of `bytes` and ending
/// exactly at its end; `None` if the bytes are not one. Function bodies stay encoded (they
/// share `bytes`) until first used.
pub fn read_module(bytes: SharedBytes, start: usize) -> Option<Code> {
    let mut r = Reader::new(bytes.get(start..)?);
    let n = r.len()?;
    let mut raw = Vec::with_capacity(n);
    for _ in 0..n {
        let len = r.len()?;
        raw.push(r.raw(len)?);
    }
    // The strings skip UTF-8 validation when they are all ASCII, as the standard library's
    // nearly always are; per-string validation was a few percent of `import asyncio`. The test
    // is on the strings themselves: a length prefix of 128 or more (any docstring of that size)
    // has its high bit set, so testing the table's bytes as a whole almost always failed.
    let all_ascii = raw.iter().all(|s| s.is_ascii());
    let mut strings = Vec::with_capacity(n);
    for s in raw {
        let s = if all_ascii {
            // SAFETY: ASCII bytes are valid UTF-8 (checked just above for the whole table).
            unsafe { std::str::from_utf8_unchecked(s) }
        } else {
            std::str::from_utf8(s).ok()?
        };
        strings.push(Rc::from(s));
    }
    let base = start + r.position();
    let module = Rc::new(PackedModule { strings: strings.into(), bytes: bytes.clone() });
    let mut dec = Decoder { r: Reader::new(bytes.get(base..)?), base, module };
    let code = dec.code()?;
    dec.r.at_end().then_some(code)
}

/// An encoded module's string table and bytes, shared by the packed bodies of its code objects.
struct PackedModule {
    strings: Rc<[Rc<str>]>,
    bytes: SharedBytes,
}

/// A code object's body, still encoded: the byte range `start..end` of its module.
#[derive(Clone)]
pub struct PackedBody {
    module: Rc<PackedModule>,
    start: usize,
    end: usize,
}

impl PackedBody {
    /// Decode the body; `None` if its bytes are not one.
    pub fn decode(&self) -> Option<super::CodeBody> {
        let bytes = self.module.bytes.get(self.start..self.end)?;
        let mut dec = Decoder { r: Reader::new(bytes), base: self.start, module: self.module.clone() };
        let body = dec.body()?;
        dec.r.at_end().then_some(body)
    }
}

struct Encoder<'a> {
    strings: Vec<&'a str>,
    index: HashMap<&'a str, u32>,
    body: Writer,
}

impl<'a> Encoder<'a> {
    fn str(&mut self, s: &'a str) {
        let next = self.strings.len() as u32;
        let i = *self.index.entry(s).or_insert(next);
        if i == next {
            self.strings.push(s);
        }
        self.body.uint(i as u64);
    }

    fn strs(&mut self, list: &'a [Rc<str>]) {
        self.body.len(list.len());
        for s in list {
            self.str(s);
        }
    }

    fn code(&mut self, c: &'a Code, depth: u32) -> Option<()> {
        if depth > MAX_DEPTH {
            return None;
        }
        self.str(&c.name);
        self.str(&c.qualname);
        self.str(&c.filename);
        let w = &mut self.body;
        w.uint(c.first_line as u64);
        let f = &c.flags;
        let flags = [f.varargs, f.varkeywords, f.generator, f.coroutine, f.async_generator, f.uses_locals_mapping];
        w.u8(flags.iter().enumerate().fold(0, |acc, (i, &b)| acc | (b as u8) << i));
        w.uint(c.arg_count as u64);
        w.uint(c.posonly_arg_count as u64);
        w.uint(c.kwonly_arg_count as u64);
        self.strs(&c.varnames);
        self.strs(&c.cellvars);
        self.strs(&c.freevars);
        self.body.len(c.cell_args.len());
        for &(cell, arg) in &c.cell_args {
            self.body.uint(cell as u64);
            self.body.uint(arg as u64);
        }
        match &c.docstring {
            None => self.body.u8(0),
            Some(d) => {
                self.body.u8(1);
                self.str(d);
            }
        }
        self.body.uint(c.max_blocks as u64);
        self.body.uint(c.max_stack as u64);
        // The body goes to a writer of its own so it can be length-prefixed.
        let outer = std::mem::take(&mut self.body);
        let written = self.code_body(c.body(), depth);
        let body = std::mem::replace(&mut self.body, outer);
        written?;
        self.body.len(body.bytes.len());
        self.body.raw(&body.bytes);
        Some(())
    }

    fn code_body(&mut self, b: &'a super::CodeBody, depth: u32) -> Option<()> {
        let w = &mut self.body;
        w.len(b.instructions.len());
        for i in &b.instructions {
            super::instr_codec::encode(i, w);
        }
        let mut locs = Writer::default();
        let mut prev = Location::default();
        for l in &b.locations {
            write_location(&mut locs, l, &prev);
            prev = *l;
        }
        w.len(b.locations.len());
        w.len(locs.bytes.len());
        w.raw(&locs.bytes);
        self.body.len(b.constants.len());
        for k in &b.constants {
            self.constant(k, depth + 1)?;
        }
        self.strs(&b.names);
        Some(())
    }

    fn constant(&mut self, k: &'a Constant, depth: u32) -> Option<()> {
        if depth > MAX_DEPTH {
            return None;
        }
        match k {
            Constant::None => self.body.u8(0),
            Constant::Bool(b) => self.body.u8(1 + *b as u8),
            Constant::Int(i) => {
                self.body.u8(3);
                self.body.int(*i);
            }
            Constant::BigInt(s) => {
                self.body.u8(4);
                self.str(s);
            }
            Constant::Float(f) => {
                self.body.u8(5);
                self.body.raw(&f.to_bits().to_le_bytes());
            }
            Constant::Complex { real, imag } => {
                self.body.u8(6);
                self.body.raw(&real.to_bits().to_le_bytes());
                self.body.raw(&imag.to_bits().to_le_bytes());
            }
            Constant::Str(s) => {
                self.body.u8(7);
                self.str(s);
            }
            Constant::Bytes(b) => {
                self.body.u8(8);
                self.body.len(b.len());
                self.body.raw(b);
            }
            Constant::Tuple(items) => {
                self.body.u8(9);
                self.body.len(items.len());
                for item in items.iter() {
                    self.constant(item, depth + 1)?;
                }
            }
            Constant::Ellipsis => self.body.u8(10),
            Constant::Code(c) => {
                self.body.u8(11);
                self.code(c, depth + 1)?;
            }
        }
        Some(())
    }
}

/// Tag 0: same span as the previous instruction; 1: a new span; 2: a new span with an anchor.
fn write_location(w: &mut Writer, l: &Location, prev: &Location) {
    if l == prev {
        w.u8(0);
        return;
    }
    let anchored = l.anchor != (0, 0);
    w.u8(if anchored { 2 } else { 1 });
    w.int(l.line as i64 - prev.line as i64);
    w.int(l.end_line as i64 - l.line as i64);
    w.uint(l.col as u64);
    w.int(l.end_col as i64 - l.col as i64);
    if anchored {
        w.uint(l.anchor.0 as u64);
        w.uint(l.anchor.1 as u64);
    }
}

fn u32_from(base: u32, delta: i64) -> Option<u32> {
    u32::try_from(base as i64 + delta).ok()
}

struct Decoder<'a> {
    r: Reader<'a>,
    /// Where `r`'s bytes start in the module's bytes.
    base: usize,
    module: Rc<PackedModule>,
}

impl Decoder<'_> {
    fn str(&mut self) -> Option<Rc<str>> {
        let i = usize::try_from(self.r.uint()?).ok()?;
        self.module.strings.get(i).cloned()
    }

    fn strs(&mut self) -> Option<Vec<Rc<str>>> {
        let n = self.r.len()?;
        let mut v = Vec::with_capacity(n);
        for _ in 0..n {
            v.push(self.str()?);
        }
        Some(v)
    }

    /// A code object's header, its body left packed.
    fn code(&mut self) -> Option<Code> {
        let name = self.str()?;
        let qualname = self.str()?;
        let filename = self.str()?;
        let r = &mut self.r;
        let first_line = r.u32()?;
        let bits = r.u8()?;
        if bits >> 6 != 0 {
            return None;
        }
        let bit = |i: u32| bits & (1 << i) != 0;
        let flags = CodeFlags {
            varargs: bit(0),
            varkeywords: bit(1),
            generator: bit(2),
            coroutine: bit(3),
            async_generator: bit(4),
            uses_locals_mapping: bit(5),
        };
        let arg_count = r.u32()?;
        let posonly_arg_count = r.u32()?;
        let kwonly_arg_count = r.u32()?;
        let varnames = self.strs()?;
        let cellvars = self.strs()?;
        let freevars = self.strs()?;
        let n = self.r.len()?;
        let mut cell_args = Vec::with_capacity(n);
        for _ in 0..n {
            cell_args.push((self.r.u32()?, self.r.u32()?));
        }
        let docstring = match self.r.u8()? {
            0 => None,
            1 => Some(self.str()?),
            _ => return None,
        };
        let max_blocks = self.r.u32()?;
        let max_stack = self.r.u32()?;
        let n = self.r.len()?;
        let start = self.base + self.r.position();
        self.r.raw(n)?;
        let body = super::code::LazyBody::packed(PackedBody { module: self.module.clone(), start, end: start + n });
        Some(Code {
            name,
            qualname,
            filename,
            first_line,
            flags,
            arg_count,
            posonly_arg_count,
            kwonly_arg_count,
            body,
            varnames,
            cellvars,
            freevars,
            cell_args,
            docstring,
            max_blocks,
            max_stack,
        })
    }

    fn body(&mut self) -> Option<super::CodeBody> {
        let r = &mut self.r;
        let n = r.len()?;
        let mut instructions: Vec<Instr> = Vec::with_capacity(n);
        for _ in 0..n {
            instructions.push(super::instr_codec::decode(r)?);
        }
        // Each location takes at least one byte, so the count is bounded by the byte length.
        let count = r.uint()?;
        let n = r.len()?;
        let packed = r.raw(n)?;
        if count > n as u64 {
            return None;
        }
        let locations = super::code::Locations::packed(Box::from(packed), count as usize);
        let n = self.r.len()?;
        let mut constants = Vec::with_capacity(n);
        for _ in 0..n {
            constants.push(self.constant(0)?);
        }
        let names = self.strs()?;
        Some(super::CodeBody { instructions, locations, constants, names })
    }

    fn constant(&mut self, depth: u32) -> Option<Constant> {
        if depth > MAX_DEPTH {
            return None;
        }
        let f64_at = |r: &mut Reader| -> Option<f64> {
            let mut b = [0u8; 8];
            b.copy_from_slice(r.raw(8)?);
            Some(f64::from_bits(u64::from_le_bytes(b)))
        };
        Some(match self.r.u8()? {
            0 => Constant::None,
            1 => Constant::Bool(false),
            2 => Constant::Bool(true),
            3 => Constant::Int(self.r.int()?),
            4 => Constant::BigInt(self.str()?),
            5 => Constant::Float(f64_at(&mut self.r)?),
            6 => Constant::Complex { real: f64_at(&mut self.r)?, imag: f64_at(&mut self.r)? },
            7 => Constant::Str(self.str()?),
            8 => {
                let n = self.r.len()?;
                Constant::Bytes(crate::object::RcSlice::from(self.r.raw(n)?))
            }
            9 => {
                let n = self.r.len()?;
                let mut items = Vec::with_capacity(n);
                for _ in 0..n {
                    items.push(self.constant(depth + 1)?);
                }
                Constant::Tuple(Rc::from(items))
            }
            10 => Constant::Ellipsis,
            11 => Constant::Code(Rc::new(self.code()?)),
            _ => return None,
        })
    }
}

/// Decode `count` locations written by `write_location`; `None` unless that is exactly `bytes`.
pub fn read_locations(bytes: &[u8], count: usize) -> Option<Vec<Location>> {
    let mut r = Reader::new(bytes);
    let mut v = Vec::with_capacity(count);
    let mut prev = Location::default();
    for _ in 0..count {
        prev = read_location(&mut r, &prev)?;
        v.push(prev);
    }
    r.at_end().then_some(v)
}

fn read_location(r: &mut Reader, prev: &Location) -> Option<Location> {
    let tag = r.u8()?;
    if tag == 0 {
        return Some(*prev);
    }
    if tag > 2 {
        return None;
    }
    let line = u32_from(prev.line, r.int()?)?;
    let end_line = u32_from(line, r.int()?)?;
    let col = r.u32()?;
    let end_col = u32_from(col, r.int()?)?;
    let anchor = if tag == 2 { (r.u32()?, r.u32()?) } else { (0, 0) };
    Some(Location { line, end_line, col, end_col, anchor })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compile::{compile_source, CompileOptions, Mode};

    const SOURCE: &str = "\"\"\"doc\"\"\"\nimport sys\nX = (1, -2, 3.5, 2j, b'\\x00b', None, True, ..., 10**30, ('a', ('b',)))\n\
        class A:\n    def m(self, a, /, b=1, *c, d, **e):\n        x = [i * 2 for i in c]\n        def g():\n            return x + a\n        return g\n\
        async def f():\n    async with A() as a:\n        await a\n    return f'{X!r:>10}'\n";

    fn compiled() -> Code {
        let code = compile_source(SOURCE, "<frozen t>", &CompileOptions { mode: Mode::Exec, allow_top_level_await: false });
        Rc::try_unwrap(code.expect("test source compiles")).unwrap_or_else(|rc| (*rc).clone())
    }

    #[test]
    fn modules_round_trip() {
        let code = compiled();
        let mut w = Writer::default();
        write_module(&code, &mut w).expect("shallow module");
        assert_eq!(read_module(SharedBytes::from(w.bytes), 0).as_ref(), Some(&code));
    }

    fn decode_all_locations(code: &Code) {
        let _ = code.body().locations.all();
        for k in &code.body().constants {
            if let Constant::Code(c) = k {
                decode_all_locations(c);
            }
        }
    }

    #[test]
    fn truncated_or_altered_bytes_never_panic() {
        let mut w = Writer::default();
        write_module(&compiled(), &mut w).expect("shallow module");
        for n in 0..w.bytes.len() {
            assert!(read_module(SharedBytes::from(&w.bytes[..n]), 0).is_none(), "truncated at {n}");
        }
        for i in 0..w.bytes.len() {
            for x in [0x01, 0x80, 0xff] {
                let mut b = w.bytes.clone();
                b[i] ^= x;
                if let Some(code) = read_module(SharedBytes::from(b), 0) {
                    decode_all_locations(&code);
                }
            }
        }
    }
}
