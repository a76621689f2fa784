//! CPython's docstrings of the built-in functions, the core built-in types and their
//! methods, and the native modules' functions (`len.__doc__`, `int.__doc__`,
//! `str.upper.__doc__`, `math.sqrt.__doc__`), kept as text in
//! `docstrings.txt` and looked up only when a script reads `__doc__`.
//!
//! The text file holds records `@@ key` + newline + the docstring; a key is a function name
//! (`len`), a type name (`int`), `type.method` (`str.upper`) or `module.function`
//! (`math.sqrt`). One trailing newline ends each
//! docstring, so a docstring that itself ends in a newline keeps it.

use std::rc::Rc;

use crate::object::function::BuiltinFunction;
use crate::object::{Class, Value};
use crate::vm::Vm;

const TABLE: &str = include_str!("docstrings.txt");

/// The docstring recorded under `key`.
fn lookup(key: &str) -> Option<&'static str> {
    let header = format!("@@ {key}\n");
    let start = if TABLE.starts_with(&header) {
        header.len()
    } else {
        TABLE.find(&format!("\n{header}"))? + 1 + header.len()
    };
    let rest = &TABLE[start..];
    let end = rest.find("\n@@ ").unwrap_or_else(|| rest.len().saturating_sub(1));
    Some(&rest[..end])
}

/// `__doc__` of a built-in function or method: a method of a core type by its owner
/// (`str.upper`), a function only when it is the `builtins` module's own (so `math.pow`
/// does not answer with `pow`'s text).
pub fn function_doc(vm: &Vm, b: &BuiltinFunction) -> Value {
    let text = match &b.owner {
        Some(owner) => lookup(&format!("{owner}.{}", b.name)),
        None => {
            let same = matches!(vm.builtins.borrow().get_str(&b.name), Some(Value::Builtin(f)) if f.func as usize == b.func as usize);
            if same {
                lookup(&b.name)
            } else {
                // A native module's function, under `module.name` (`math.sqrt`).
                b.module.get().and_then(|m| lookup(&format!("{}.{}", crate::modules::cpython_module_name(m), b.name)))
            }
        }
    };
    text.map_or(Value::None, Value::str)
}

/// `__doc__` of a class whose own dict has none: a built-in type's CPython docstring, else
/// None (a type's docstring is never inherited).
pub fn class_doc(cls: &Rc<Class>) -> Value {
    let builtin = cls.dict.borrow().get_str("__module__").map_or(false, |m| m.as_str() == Some("builtins"));
    if !builtin {
        return Value::None;
    }
    type_doc(&cls.name())
}

/// The docstring of the built-in type named `name`, or None.
pub fn type_doc(name: &str) -> Value {
    lookup(name).map_or(Value::None, Value::str)
}
