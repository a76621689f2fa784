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

/// How many keys are searched for in the text before the table is indexed: every run looks
/// up `object`'s docstring (near the start) at start-up, where building the index would cost
/// more than the search; `_collections_abc`'s subclass hooks read the `__dict__` of dozens of
/// built-in types (whose copies carry their docstrings), where a search of the whole text per
/// key cost more than the rest of the import.
const SEARCHES_BEFORE_INDEX: u32 = 3;

thread_local! {
    static SEARCHES: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
    static INDEX: std::cell::OnceCell<hashbrown::HashMap<&'static str, &'static str>> =
        const { std::cell::OnceCell::new() };
}

/// The docstring recorded under `key`.
fn lookup(key: &str) -> Option<&'static str> {
    let searched = SEARCHES.with(|n| {
        let done = n.get();
        n.set(done.saturating_add(1));
        done
    });
    if searched < SEARCHES_BEFORE_INDEX {
        return search(key);
    }
    INDEX.with(|index| index.get_or_init(build_index).get(key).copied())
}

/// The first record of `key`, found by searching the text.
fn search(key: &str) -> Option<&'static str> {
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

/// The records of `TABLE`: `@@ key` + newline + the docstring, the newline before the next
/// record (or the table's last one) not part of it. The first record of a key wins.
fn build_index() -> hashbrown::HashMap<&'static str, &'static str> {
    let mut index = hashbrown::HashMap::with_capacity(2048);
    let Some(body) = TABLE.strip_prefix("@@ ") else { return index };
    let mut records = body.split("\n@@ ").peekable();
    while let Some(record) = records.next() {
        let Some((key, mut doc)) = record.split_once('\n') else { continue };
        if records.peek().is_none() {
            doc = doc.strip_suffix('\n').unwrap_or(doc);
        }
        index.entry(key).or_insert(doc);
    }
    index
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
