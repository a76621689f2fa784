//! `_traceback.code_instructions(code)`: corio's own instructions of a code object, for the
//! `dis` module. corio's bytecode is not CPython's, so `dis` shows corio's instructions in
//! CPython's layout; the names come from the instruction set's own spelling.

use crate::builtins::arg;
use crate::object::{Args, PyErr, PyResult, Value};
use crate::vm::Vm;

/// `code_instructions(code)`: a list of `(offset, line, opname, arg, argrepr, jump_target)`
/// tuples, `line` None for instructions without a location, `arg` None for those without an
/// argument.
pub fn code_instructions(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Value::Code(c) = arg(&args, 0) else {
        return Err(PyErr::type_error("code_instructions() needs a code object"));
    };
    let body = c.code.body.get();
    let consts = &c.body().consts;
    let cells: Vec<&std::rc::Rc<str>> = c.code.cellvars.iter().chain(c.code.freevars.iter()).collect();
    let mut out = Vec::with_capacity(body.instructions.len());
    for (i, instr) in body.instructions.iter().enumerate() {
        let text = format!("{instr:?}");
        let split = text.find(|ch: char| ch == '(' || ch == ' ').unwrap_or(text.len());
        let (variant, rest) = text.split_at(split);
        let number = rest
            .trim_start_matches(|ch: char| !ch.is_ascii_digit())
            .split(|ch: char| !ch.is_ascii_digit())
            .next()
            .and_then(|n| n.parse::<usize>().ok());
        let opname = snake_upper(variant);
        let line = body.locations.get(i).map_or(0, |l| l.line);
        let mut argrepr = String::new();
        let mut target = Value::None;
        if let Some(n) = number {
            match variant {
                "LoadConst" | "ReturnConst" => {
                    if let Some(v) = consts.get(n) {
                        argrepr = vm.repr(&v.clone())?;
                    }
                }
                "LoadFast" | "StoreFast" | "DeleteFast" => {
                    argrepr = c.code.varnames.get(n).map_or(String::new(), |s| s.to_string());
                }
                "LoadDeref" | "StoreDeref" | "DeleteDeref" | "LoadClosure" | "LoadClassDeref" => {
                    argrepr = cells.get(n).map_or(String::new(), |s| s.to_string());
                }
                "LoadGlobal" | "StoreGlobal" | "DeleteGlobal" | "LoadName" | "StoreName" | "DeleteName" | "LoadAttr"
                | "StoreAttr" | "DeleteAttr" | "LoadMethod" | "ImportName" | "ImportFrom" => {
                    argrepr = body.names.get(n).map_or(String::new(), |s| s.to_string());
                }
                "Jump" | "PopJumpIfFalse" | "PopJumpIfTrue" | "JumpIfFalseOrPop" | "JumpIfTrueOrPop" | "ForIter"
                | "SetupFinally" => {
                    argrepr = format!("to {}", 2 * n);
                    target = Value::Int(2 * n as i64);
                }
                _ => {}
            }
        }
        out.push(Value::tuple(vec![
            Value::Int(2 * i as i64),
            if line == 0 { Value::None } else { Value::Int(i64::from(line)) },
            Value::string(opname),
            number.map_or(Value::None, |n| Value::Int(n as i64)),
            Value::string(argrepr),
            target,
        ]));
    }
    Ok(Value::list(out))
}

/// `LoadFast` -> `LOAD_FAST`.
fn snake_upper(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 4);
    for (i, ch) in name.chars().enumerate() {
        if ch.is_ascii_uppercase() && i > 0 {
            out.push('_');
        }
        out.push(ch.to_ascii_uppercase());
    }
    out
}
