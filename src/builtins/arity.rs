//! How many arguments the methods of the core built-in types accept, checked before their
//! native bodies run, with CPython's messages: `list.copy() takes no arguments (1 given)`
//! (METH_NOARGS), `list.append() takes exactly one argument (2 given)` (METH_O) and
//! `pop expected at most 1 argument, got 2` (Argument Clinic's positional-only ranges). Methods
//! not listed check their own arguments.

use crate::object::{PyErr, PyResult};

/// A method's accepted positional argument count (after `self`); none take keywords.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Arity {
    /// Not declared: the native body checks what it needs.
    Any,
    NoArgs,
    One,
    Range(u8, u8),
}

/// The declared arity of `owner.name`.
pub fn of(owner: &str, name: &str) -> Arity {
    use Arity::*;
    match (owner, name) {
        ("list", "reverse" | "copy" | "clear") => NoArgs,
        ("list", "append" | "extend" | "remove" | "count") => One,
        ("list", "insert") => Range(2, 2),
        ("list", "pop") => Range(0, 1),
        ("list", "index") => Range(1, 3),
        ("dict", "keys" | "values" | "items" | "copy" | "clear" | "popitem") => NoArgs,
        ("dict", "get" | "pop" | "setdefault") => Range(1, 2),
        ("set", "pop" | "copy" | "clear") => NoArgs,
        ("set", "add" | "discard" | "remove" | "issubset" | "issuperset" | "isdisjoint") => One,
        ("frozenset", "copy") => NoArgs,
        ("frozenset", "issubset" | "issuperset" | "isdisjoint") => One,
        ("tuple", "count") => One,
        ("tuple", "index") => Range(1, 3),
        _ => Any,
    }
}

/// Check `given` positional arguments and whether keywords were passed against `arity`.
pub fn check(arity: Arity, owner: &str, name: &str, given: usize, keywords: bool) -> PyResult<()> {
    if arity == Arity::Any {
        return Ok(());
    }
    if keywords {
        return Err(PyErr::type_error(format!("{owner}.{name}() takes no keyword arguments")));
    }
    let plural = |n: u8| if n == 1 { "" } else { "s" };
    match arity {
        Arity::Any => Ok(()),
        Arity::NoArgs if given != 0 => Err(PyErr::type_error(format!("{owner}.{name}() takes no arguments ({given} given)"))),
        Arity::One if given != 1 => Err(PyErr::type_error(format!("{owner}.{name}() takes exactly one argument ({given} given)"))),
        Arity::Range(lo, hi) if given < lo as usize || given > hi as usize => {
            let msg = if lo == hi {
                format!("{name} expected {lo} argument{}, got {given}", plural(lo))
            } else if given < lo as usize {
                format!("{name} expected at least {lo} argument{}, got {given}", plural(lo))
            } else {
                format!("{name} expected at most {hi} argument{}, got {given}", plural(hi))
            };
            Err(PyErr::type_error(msg))
        }
        _ => Ok(()),
    }
}
