//! A readable `dis`-like listing of code objects (for tests and debugging): line, index, opname,
//! operand with the resolved name or constant, then nested code objects.

use std::fmt::Write;

use super::code::{Code, Constant};
use super::opcode::Instr;

/// Disassembles `code` and every code object among its constants, depth first.
pub fn disassemble(code: &Code) -> String {
    let mut out = String::new();
    disassemble_into(code, &mut out);
    out
}

fn disassemble_into(code: &Code, out: &mut String) {
    let _ = writeln!(out, "Disassembly of {} ({}):", code.qualname, header(code));
    let mut last_line = u32::MAX;
    for (i, instr) in code.body().instructions.iter().enumerate() {
        let line = code.body().locations.get(i).map_or(0, |l| l.line);
        let line_col = if line != last_line && line != 0 { line.to_string() } else { String::new() };
        if line != 0 {
            last_line = line;
        }
        let target = if code.body().instructions.iter().any(|j| j.jump_target() == Some(i as u32)) { ">>" } else { "" };
        let (name, operand) = describe(code, instr);
        let row = format!("{line_col:>4} {target:>2} {i:>4} {name:<20} {operand}");
        let _ = writeln!(out, "{}", row.trim_end());
    }
    for c in &code.body().constants {
        if let Constant::Code(inner) = c {
            out.push('\n');
            disassemble_into(inner, out);
        }
    }
}

fn header(code: &Code) -> String {
    let f = &code.flags;
    let mut parts = vec![format!("line {}", code.first_line)];
    let named = [
        (f.varargs, "varargs"),
        (f.varkeywords, "varkeywords"),
        (f.generator, "generator"),
        (f.coroutine, "coroutine"),
        (f.async_generator, "async_generator"),
        (f.uses_locals_mapping, "locals_mapping"),
    ];
    for (on, name) in named {
        if on {
            parts.push(name.to_string());
        }
    }
    if code.arg_count + code.kwonly_arg_count > 0 {
        parts.push(format!(
            "args {}/{}/{}",
            code.posonly_arg_count, code.arg_count, code.kwonly_arg_count
        ));
    }
    let list = |v: &[std::rc::Rc<str>]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>().join(",");
    if !code.varnames.is_empty() {
        parts.push(format!("varnames [{}]", list(&code.varnames)));
    }
    if !code.cellvars.is_empty() {
        parts.push(format!("cellvars [{}]", list(&code.cellvars)));
    }
    if !code.freevars.is_empty() {
        parts.push(format!("freevars [{}]", list(&code.freevars)));
    }
    if !code.cell_args.is_empty() {
        parts.push(format!("cell_args {:?}", code.cell_args));
    }
    if let Some(d) = &code.docstring {
        parts.push(format!("doc {}", repr_str(d)));
    }
    parts.join(", ")
}

/// Opname and resolved operand text for one instruction.
fn describe(code: &Code, instr: &Instr) -> (String, String) {
    let debug = format!("{instr:?}");
    let name = debug.split(['(', ' ']).next().unwrap_or("").to_string();
    let name_at = |i: u32| code.body().names.get(i as usize).map_or("?".to_string(), |s| s.to_string());
    let var_at = |i: u32| code.varnames.get(i as usize).map_or("?".to_string(), |s| s.to_string());
    let deref_at = |i: u32| {
        let i = i as usize;
        code.cellvars.iter().chain(&code.freevars).nth(i).map_or("?".to_string(), |s| s.to_string())
    };
    let operand = match *instr {
        Instr::LoadConst(i) => {
            let c = code.body().constants.get(i as usize).map_or("?".to_string(), repr_const);
            format!("{i} ({c})")
        }
        Instr::LoadFast(i) | Instr::StoreFast(i) | Instr::DeleteFast(i) => format!("{i} ({})", var_at(i)),
        Instr::LoadDeref(i)
        | Instr::StoreDeref(i)
        | Instr::DeleteDeref(i)
        | Instr::LoadClosure(i)
        | Instr::LoadClassDeref(i) => format!("{i} ({})", deref_at(i)),
        Instr::LoadGlobal(i)
        | Instr::StoreGlobal(i)
        | Instr::DeleteGlobal(i)
        | Instr::LoadName(i)
        | Instr::StoreName(i)
        | Instr::DeleteName(i)
        | Instr::LoadAttr(i)
        | Instr::StoreAttr(i)
        | Instr::DeleteAttr(i)
        | Instr::LoadMethod(i)
        | Instr::ImportName(i)
        | Instr::ImportFrom(i) => format!("{i} ({})", name_at(i)),
        _ => match instr.jump_target() {
            Some(t) => format!("to {t}"),
            None => debug.strip_prefix(&name).unwrap_or("").trim().trim_matches(['(', ')']).trim().to_string(),
        },
    };
    (name, operand)
}

fn repr_str(s: &str) -> String {
    let mut out = String::from("'");
    for ch in s.chars() {
        match ch {
            '\'' => out.push_str("\\'"),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c => out.push(c),
        }
    }
    out.push('\'');
    out
}

/// A Python-like repr of a constant.
pub fn repr_const(c: &Constant) -> String {
    match c {
        Constant::None => "None".into(),
        Constant::Bool(true) => "True".into(),
        Constant::Bool(false) => "False".into(),
        Constant::Int(i) => i.to_string(),
        Constant::BigInt(s) => s.to_string(),
        Constant::Float(f) => format!("{f:?}"),
        Constant::Complex { real, imag } => format!("({real:?}+{imag:?}j)"),
        Constant::Str(s) => repr_str(s),
        Constant::Bytes(b) => format!("b{}", repr_str(&String::from_utf8_lossy(b))),
        Constant::Tuple(items) => {
            let inner: Vec<String> = items.iter().map(repr_const).collect();
            if inner.len() == 1 {
                format!("({},)", inner[0])
            } else {
                format!("({})", inner.join(", "))
            }
        }
        Constant::Ellipsis => "Ellipsis".into(),
        Constant::Code(code) => format!("<code {}>", code.qualname),
    }
}
