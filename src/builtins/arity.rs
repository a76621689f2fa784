//! How many arguments the methods of the core built-in types accept, checked before their
//! native bodies run, with CPython's messages: `list.copy() takes no arguments (1 given)`
//! (METH_NOARGS), `list.append() takes exactly one argument (2 given)` (METH_O) and
//! `pop expected at most 1 argument, got 2` (Argument Clinic's positional-only ranges),
//! `count() takes at least 1 argument (0 given)` (PyArg_ParseTuple) and `split() takes at most 2
//! arguments (3 given)` (Argument Clinic with keywords). Methods not listed check their own
//! arguments.

use crate::object::{PyErr, PyResult};

/// A method's accepted positional argument count (after `self`); none take keywords.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Arity {
    /// Not declared: the native body checks what it needs.
    Any,
    NoArgs,
    One,
    Range(u8, u8),
    /// METH_VARARGS parsed by PyArg_ParseTuple: between lo and hi positional arguments.
    Tuple(u8, u8),
    /// Argument Clinic with keyword parameters (`_PyArg_UnpackKeywords`): at least `min_pos`
    /// positional-only arguments, at most `max_pos` positional ones and `total` in all.
    /// Keywords are accepted; the native body binds them.
    Kw { min_pos: u8, max_pos: u8, total: u8 },
    /// A slot wrapper (`list.__len__`, `int.__add__`): typeobject.c's check_num_args,
    /// "expected 1 argument, got 0".
    Slot(u8),
    /// A slot wrapper unpacking its arguments with `PyArg_UnpackTuple(args, "", lo, hi)`
    /// (`__mul__` of sequences, `__pow__`): the same wording after an empty name, so the
    /// message starts with a space, " expected 1 argument, got 0".
    SlotUnpack(u8, u8),
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
        ("list", "sort") => Kw { min_pos: 0, max_pos: 0, total: 2 },
        ("dict", "keys" | "values" | "items" | "copy" | "clear" | "popitem") => NoArgs,
        ("dict", "get" | "pop" | "setdefault") => Range(1, 2),
        ("set", "pop" | "copy" | "clear") => NoArgs,
        ("set", "add" | "discard" | "remove" | "issubset" | "issuperset" | "isdisjoint") => One,
        ("frozenset", "copy") => NoArgs,
        ("frozenset", "issubset" | "issuperset" | "isdisjoint") => One,
        ("tuple", "count") => One,
        ("tuple", "index") => Range(1, 3),
        ("bytes" | "bytearray", _) => of_bytes(owner, name),
        ("str", _) => of_str(name),
        // METH_VARARGS, any number of iterables.
        ("set" | "frozenset", "union" | "intersection" | "difference") | ("set", "update" | "intersection_update" | "difference_update") => Tuple(0, u8::MAX),
        ("set" | "frozenset", "symmetric_difference") | ("set", "symmetric_difference_update") => One,
        ("int", "bit_length" | "bit_count" | "as_integer_ratio" | "conjugate") => NoArgs,
        ("int", "to_bytes") => Kw { min_pos: 0, max_pos: 2, total: 3 },
        ("float", "as_integer_ratio" | "conjugate" | "hex" | "is_integer") => NoArgs,
        ("complex", "conjugate") => NoArgs,
        _ if name.starts_with("__") => of_dunder(owner, name),
        _ => Any,
    }
}

/// The built-in types whose special methods are declared by `of_dunder`.
const CORE_TYPES: &[&str] = &[
    "object", "int", "bool", "float", "complex", "str", "bytes", "bytearray", "list", "tuple", "dict", "set",
    "frozenset", "range", "NoneType",
];

/// The special methods of the core types, as CPython 3.11 wraps them: slot wrappers check
/// their count, a few are ordinary METH_O / METH_NOARGS methods.
fn of_dunder(owner: &str, name: &str) -> Arity {
    use Arity::*;
    if !CORE_TYPES.contains(&owner) {
        return Any;
    }
    let sequence = matches!(owner, "str" | "bytes" | "bytearray" | "list" | "tuple");
    match name {
        "__iter__" | "__len__" | "__repr__" | "__str__" | "__hash__" | "__abs__" | "__bool__" | "__float__"
        | "__index__" | "__int__" | "__invert__" | "__neg__" | "__pos__" => Slot(0),
        "__getitem__" if owner == "list" || owner == "dict" => One,
        "__contains__" if matches!(owner, "dict" | "set" | "frozenset") => One,
        "__mul__" | "__rmul__" | "__imul__" if sequence => SlotUnpack(1, 1),
        "__pow__" | "__rpow__" => SlotUnpack(1, 2),
        "__add__" | "__radd__" | "__sub__" | "__rsub__" | "__mul__" | "__rmul__" | "__truediv__"
        | "__rtruediv__" | "__floordiv__" | "__rfloordiv__" | "__mod__" | "__rmod__" | "__divmod__"
        | "__rdivmod__" | "__lshift__" | "__rlshift__" | "__rshift__" | "__rrshift__" | "__and__" | "__rand__"
        | "__or__" | "__ror__" | "__xor__" | "__rxor__" | "__iadd__" | "__ior__" | "__iand__" | "__isub__"
        | "__ixor__" | "__eq__" | "__ne__" | "__lt__" | "__le__" | "__gt__" | "__ge__" | "__contains__"
        | "__getitem__" | "__delitem__" => Slot(1),
        "__setitem__" => SlotUnpack(2, 2),
        // object's checks its own count: the message names the type of `self`.
        "__format__" if owner == "object" => Any,
        "__format__" => One,
        "__round__" => Range(0, 1),
        "__ceil__" | "__floor__" | "__trunc__" | "__reversed__" | "__bytes__" | "__complex__" | "__getnewargs__"
        | "__sizeof__" => NoArgs,
        _ => Any,
    }
}

/// str's methods, as CPython 3.11 declares them.
fn of_str(name: &str) -> Arity {
    use Arity::*;
    match name {
        "capitalize" | "casefold" | "isalnum" | "isalpha" | "isascii" | "isdecimal" | "isdigit" | "isidentifier"
        | "islower" | "isnumeric" | "isprintable" | "isspace" | "istitle" | "isupper" | "lower" | "swapcase"
        | "title" | "upper" => NoArgs,
        "join" | "partition" | "rpartition" | "removeprefix" | "removesuffix" | "zfill" | "translate"
        | "format_map" => One,
        "center" | "ljust" | "rjust" => Range(1, 2),
        "strip" | "lstrip" | "rstrip" => Range(0, 1),
        "replace" => Range(2, 3),
        "count" | "find" | "index" | "rfind" | "rindex" | "startswith" | "endswith" => Tuple(1, 3),
        "encode" | "split" | "rsplit" => Kw { min_pos: 0, max_pos: 2, total: 2 },
        "expandtabs" | "splitlines" => Kw { min_pos: 0, max_pos: 1, total: 1 },
        _ => of_dunder("str", name),
    }
}

/// The methods bytes and bytearray share (bytearray's mutators included), as CPython 3.11
/// declares them.
fn of_bytes(owner: &str, name: &str) -> Arity {
    use Arity::*;
    match name {
        "capitalize" | "isalnum" | "isalpha" | "isascii" | "isdigit" | "islower" | "isspace" | "istitle"
        | "isupper" | "lower" | "swapcase" | "title" | "upper" | "clear" | "copy" | "reverse" => NoArgs,
        "join" | "partition" | "rpartition" | "removeprefix" | "removesuffix" | "zfill" | "append" | "extend"
        | "remove" => One,
        "center" | "ljust" | "rjust" => Range(1, 2),
        "strip" | "lstrip" | "rstrip" | "pop" => Range(0, 1),
        "replace" => Range(2, 3),
        "insert" => Range(2, 2),
        "count" | "find" | "index" | "rfind" | "rindex" | "startswith" | "endswith" => Tuple(1, 3),
        "decode" | "hex" | "split" | "rsplit" => Kw { min_pos: 0, max_pos: 2, total: 2 },
        "expandtabs" | "splitlines" => Kw { min_pos: 0, max_pos: 1, total: 1 },
        "translate" => Kw { min_pos: 1, max_pos: 2, total: 2 },
        _ => of_dunder(owner, name),
    }
}

fn plural(n: u8) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// `_PyArg_UnpackKeywords`'s count checks: positional and keyword arguments counted together
/// first, then the positional ones; the body reports unknown keywords.
fn check_kw(name: &str, given: usize, keywords: usize, min_pos: u8, max_pos: u8, total: u8) -> PyResult<()> {
    let all = given + keywords;
    let msg = if all > total as usize {
        let kw = if given == 0 { "keyword " } else { "" };
        format!("{name}() takes at most {total} {kw}argument{} ({all} given)", plural(total))
    } else if given > max_pos as usize {
        if max_pos == 0 {
            format!("{name}() takes no positional arguments")
        } else {
            let how = if min_pos < max_pos { "at most" } else { "exactly" };
            format!("{name}() takes {how} {max_pos} positional argument{} ({given} given)", plural(max_pos))
        }
    } else if given < min_pos as usize {
        let how = if min_pos < max_pos { "at least" } else { "exactly" };
        format!("{name}() takes {how} {min_pos} positional argument{} ({given} given)", plural(min_pos))
    } else {
        return Ok(());
    };
    Err(PyErr::type_error(msg))
}

/// Check `given` positional and `keywords` keyword arguments against `arity`.
pub fn check(arity: Arity, owner: &str, name: &str, given: usize, keywords: usize) -> PyResult<()> {
    if arity == Arity::Any {
        return Ok(());
    }
    if let Arity::Kw { min_pos, max_pos, total } = arity {
        return check_kw(name, given, keywords, min_pos, max_pos, total);
    }
    if keywords > 0 {
        let what = match arity {
            Arity::Slot(_) | Arity::SlotUnpack(..) => format!("wrapper {name}"),
            _ => format!("{owner}.{name}"),
        };
        return Err(PyErr::type_error(format!("{what}() takes no keyword arguments")));
    }
    if let Arity::Slot(n) | Arity::SlotUnpack(n, _) = arity {
        let (lo, hi, lead) = match arity {
            Arity::SlotUnpack(lo, hi) => (lo, hi, " "),
            _ => (n, n, ""),
        };
        if given >= lo as usize && given <= hi as usize {
            return Ok(());
        }
        let (how, n) = if lo == hi {
            ("", lo)
        } else if given < lo as usize {
            ("at least ", lo)
        } else {
            ("at most ", hi)
        };
        return Err(PyErr::type_error(format!("{lead}expected {how}{n} argument{}, got {given}", plural(n))));
    }
    match arity {
        Arity::Any | Arity::Slot(_) | Arity::SlotUnpack(..) => Ok(()),
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
        Arity::Tuple(lo, hi) if given < lo as usize || given > hi as usize => {
            // getargs.c's vgetargs1_impl wording.
            let (how, n) = if lo == hi {
                ("exactly", lo)
            } else if given < lo as usize {
                ("at least", lo)
            } else {
                ("at most", hi)
            };
            Err(PyErr::type_error(format!("{name}() takes {how} {n} argument{} ({given} given)", plural(n))))
        }
        _ => Ok(()),
    }
}

/// A method of a built-in type called through its class with no `self` (`str.upper()`):
/// matches CPython's method descriptor and slot wrapper messages.
pub fn missing_self(b: &crate::object::BuiltinFunction) -> PyErr {
    let owner = b.owner.as_deref().unwrap_or("object");
    let name = &b.name;
    PyErr::type_error(match b.arity {
        Arity::Slot(_) | Arity::SlotUnpack(..) => format!("descriptor '{name}' of '{owner}' object needs an argument"),
        _ => format!("unbound method {owner}.{name}() needs an argument"),
    })
}

/// A core type's method called through the class with a `self` of another type. Method
/// descriptors (`list.append`, `dict.__getitem__`) and slot wrappers (`tuple.__len__`,
/// `int.__add__`) word it differently in CPython (descrobject.c).
pub fn wrong_self(owner: &str, name: &str, got: &str) -> PyErr {
    PyErr::type_error(if is_slot_wrapper(owner, name) {
        format!("descriptor '{name}' requires a '{owner}' object but received a '{got}'")
    } else {
        format!("descriptor '{name}' for '{owner}' objects doesn't apply to a '{got}' object")
    })
}

/// Whether CPython 3.11 wraps `owner.name` as a slot wrapper: the special methods, except
/// those the types define as ordinary methods (`list.__getitem__`, `int.__round__`, ...).
fn is_slot_wrapper(owner: &str, name: &str) -> bool {
    if !(name.starts_with("__") && name.ends_with("__")) {
        return false;
    }
    let methods: &[&str] = match owner {
        "object" => &["__reduce_ex__", "__reduce__", "__getstate__", "__format__", "__sizeof__", "__dir__"],
        "int" | "bool" => &["__trunc__", "__floor__", "__ceil__", "__round__", "__getnewargs__", "__format__", "__sizeof__"],
        "float" => &["__trunc__", "__floor__", "__ceil__", "__round__", "__getnewargs__", "__format__"],
        "complex" => &["__complex__", "__getnewargs__", "__format__"],
        "str" => &["__format__", "__sizeof__", "__getnewargs__"],
        "bytes" => &["__getnewargs__", "__bytes__"],
        "bytearray" => &["__alloc__", "__reduce__", "__reduce_ex__", "__sizeof__"],
        "list" => &["__getitem__", "__reversed__", "__sizeof__"],
        "tuple" => &["__getnewargs__"],
        "dict" => &["__getitem__", "__contains__", "__sizeof__", "__reversed__"],
        "set" | "frozenset" => &["__contains__", "__reduce__", "__sizeof__"],
        "range" => &["__reversed__", "__reduce__"],
        _ => &[],
    };
    !methods.contains(&name)
}

/// A Python function's "f() missing 2 required positional arguments: 'a' and 'b'" for a
/// native function that takes Python-style parameters (the list has CPython's serial comma
/// from three names on).
pub fn missing_args<S: AsRef<str>>(qualname: &str, what: &str, missing: &[S]) -> PyErr {
    let names: Vec<String> = missing.iter().map(|n| format!("'{}'", n.as_ref())).collect();
    let list = match names.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [a, b] => format!("{a} and {b}"),
        [init @ .., last] => format!("{}, and {last}", init.join(", ")),
    };
    PyErr::type_error(format!("{qualname}() missing {} required {what} argument{}: {list}", missing.len(), if missing.len() == 1 { "" } else { "s" }))
}
