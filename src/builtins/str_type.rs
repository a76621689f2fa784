//! The methods of `str` (wrapping the pure algorithms of `text::str_methods`, `str.format`'s
//! driver in `text::format_string` and `text::codecs`), plus shared argument helpers.

use crate::object::BoolWord;
use std::rc::Rc;

use super::{check_count, def_method};

use crate::object::function::NativeKind;
use crate::object::{Args, ExcKind, PyDict, PyErr, PyResult, PyStr, Value};
use crate::text::format_string::{format_template, FormatArgs};
use crate::text::str_methods as sm;
use crate::vm::Vm;

pub fn install(vm: &mut Vm) {
    let s = vm.types.str.clone();
    let methods: &[(&str, crate::object::NativeFn)] = &[
        ("join", join),
        ("split", split),
        ("rsplit", rsplit),
        ("splitlines", splitlines),
        ("strip", strip),
        ("lstrip", lstrip),
        ("rstrip", rstrip),
        ("partition", partition),
        ("rpartition", rpartition),
        ("center", center),
        ("ljust", ljust),
        ("rjust", rjust),
        ("zfill", zfill),
        ("expandtabs", expandtabs),
        ("upper", upper),
        ("lower", lower),
        ("casefold", casefold),
        ("swapcase", swapcase),
        ("title", title),
        ("capitalize", capitalize),
        ("isdigit", isdigit),
        ("isdecimal", isdecimal),
        ("isnumeric", isnumeric),
        ("isalpha", isalpha),
        ("isalnum", isalnum),
        ("isspace", isspace),
        ("isprintable", isprintable),
        ("isidentifier", isidentifier),
        ("isupper", isupper),
        ("islower", islower),
        ("istitle", istitle),
        ("isascii", isascii),
        ("find", find),
        ("rfind", rfind),
        ("index", index),
        ("rindex", rindex),
        ("count", count),
        ("replace", replace),
        ("startswith", startswith),
        ("endswith", endswith),
        ("removeprefix", removeprefix),
        ("removesuffix", removesuffix),
        ("translate", translate),
        ("format", format),
        ("format_map", format_map),
        ("encode", encode),
        ("__len__", dunder_len),
        ("__contains__", dunder_contains),
        ("__getitem__", dunder_getitem),
        ("__add__", dunder_add),
        ("__mul__", dunder_mul),
        ("__rmul__", dunder_mul),
        ("__mod__", dunder_mod),
        ("__iter__", dunder_iter),
        ("__hash__", dunder_hash),
        ("__format__", dunder_format),
    ];
    for (name, f) in methods {
        def_method(&s, name, *f);
    }
    let owner = s.name();
    s.dict.borrow_mut().set_str(
        "maketrans",
        super::native("maketrans", maketrans, NativeKind::StaticMethod, Some(&owner)),
    );
}

// ---- argument helpers shared by the other type files ----

/// The str behind `self` (a str or an instance of a str subclass).
pub fn self_str(vm: &Vm, v: &Value, method: &str) -> PyResult<Rc<PyStr>> {
    match v {
        Value::Str(s) => Ok(s.clone()),
        _ => match vm.builtin_base(v) {
            Some(Value::Str(s)) => Ok(s),
            _ => Err(PyErr::type_error(format!(
                "descriptor '{method}' for 'str' objects doesn't apply to a '{}' object",
                vm.type_name(v)
            ))),
        },
    }
}

/// A str argument (or a str subclass instance); None when it is something else.
pub fn as_str(vm: &Vm, v: &Value) -> Option<Rc<PyStr>> {
    match v {
        Value::Str(s) => Some(s.clone()),
        _ => match vm.builtin_base(v) {
            Some(Value::Str(s)) => Some(s),
            _ => None,
        },
    }
}

/// A str argument with CPython's "must be str, not int" TypeError (prefixed by `what`).
pub fn str_arg(vm: &Vm, v: &Value, what: &str) -> PyResult<Rc<PyStr>> {
    as_str(vm, v).ok_or_else(|| {
        // Argument Clinic's "argument 1 must be str, not None" names None itself; the bare
        // "must be str, not NoneType" of PyUnicode checks names its type.
        let found = if what.is_empty() { vm.type_name(v) } else { super::arg_type_name(vm, v) };
        PyErr::type_error(format!("{what}must be str, not {found}"))
    })
}

/// An optional slice bound (`start`/`end` of find, count, startswith...).
pub fn slice_bound(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => match vm.index_value(v)? {
            Some(i) => Ok(Some(i)),
            None => Err(PyErr::type_error("slice indices must be integers or None or have an __index__ method")),
        },
    }
}

/// An optional int argument with a default.
pub fn int_opt(vm: &mut Vm, v: Option<&Value>, default: i64) -> PyResult<i64> {
    match v {
        None => Ok(default),
        Some(v) => super::ssize_arg(vm, v),
    }
}

fn check_max(name: &str, args: &Args, max: usize) -> PyResult<()> {
    let n = args.pos.len() - 1;
    if n > max {
        // matches CPython: methods taking keywords say "takes at most", positional-only
        // Argument Clinic ones "expected at most".
        let keywords = matches!(name, "split" | "rsplit" | "splitlines" | "expandtabs" | "encode");
        let s = if max == 1 { "" } else { "s" };
        return Err(PyErr::type_error(match max {
            0 => format!("str.{name}() takes no arguments ({n} given)"),
            _ if keywords => format!("{name}() takes at most {max} argument{s} ({n} given)"),
            _ => format!("{name} expected at most {max} argument{s}, got {n}"),
        }));
    }
    Ok(())
}

/// The argument count of a slot wrapper (`"a".__add__()`): CPython's "expected 1 argument,
/// got 0", counting the arguments after `self`.
pub fn slot_count(args: &Args, want: usize, prefix: &str) -> PyResult<()> {
    let n = args.pos.len().saturating_sub(1);
    if n == want {
        return Ok(());
    }
    let s = if want == 1 { "" } else { "s" };
    Err(PyErr::type_error(format!("{prefix}expected {want} argument{s}, got {n}")))
}

fn ret_str(s: impl Into<String>) -> PyResult<Value> {
    Ok(Value::string(s.into()))
}

/// A list CPython builds by appending (`splitlines`): pushed one by one, so its capacity
/// grows as an appended list's and `sys.getsizeof` models CPython's over-allocation.
fn str_list(parts: Vec<String>) -> Value {
    let mut items = Vec::new();
    for p in parts {
        items.push(Value::string(p));
    }
    Value::list(items)
}

// ---- joining, splitting, stripping ----

fn join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::no_kwargs("str.join", &args)?;
    super::check_method_count("join", "str.join", &args, 1, 1)?;
    let sep = self_str(vm, &args.pos[0], "join")?;
    let items = vm.collect_iterable_or(&args.pos[1], || "can only join an iterable".into())?;
    // Check every item first (CPython's message names the first non-str), then copy into a
    // string of exactly the joined size: no regrowth, and no shrinking copy when stored.
    // One exact str joins to itself (CPython's _PyUnicode_JoinArray).
    if let [one @ Value::Str(_)] = items.as_slice() {
        return Ok(one.clone());
    }
    let mut strs = Vec::with_capacity(items.len());
    let mut total = sep.as_str().len() * items.len().saturating_sub(1);
    for (i, item) in items.iter().enumerate() {
        let Some(s) = as_str(vm, item) else {
            return Err(PyErr::type_error(format!(
                "sequence item {i}: expected str instance, {} found",
                vm.type_name(item)
            )));
        };
        total += s.as_str().len();
        strs.push(s);
    }
    let mut out = String::with_capacity(total);
    for (i, s) in strs.iter().enumerate() {
        if i > 0 {
            out.push_str(sep.as_str());
        }
        out.push_str(s.as_str());
    }
    ret_str(out)
}

fn sep_arg(vm: &Vm, v: Option<&Value>) -> PyResult<Option<Rc<PyStr>>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => as_str(vm, v)
            .map(Some)
            .ok_or_else(|| PyErr::type_error(format!("must be str or None, not {}", vm.type_name(v)))),
    }
}

fn split_common(vm: &mut Vm, args: Args, name: &str, right: bool) -> PyResult<Value> {
    args.allow_kw(&format!("{name}()"), &["sep", "maxsplit"])?;
    check_max(name, &args, 2)?;
    let s = self_str(vm, &args.pos[0], name)?;
    // matches CPython: Argument Clinic converts maxsplit before the body checks sep.
    let maxsplit = int_opt(vm, args.arg(2, "maxsplit"), -1)?;
    let sep = sep_arg(vm, args.arg(1, "sep"))?;
    let sep = sep.as_ref().map(|p| p.as_str());
    let parts = if right { sm::rsplit(s.as_str(), sep, maxsplit)? } else { sm::split(s.as_str(), sep, maxsplit)? };
    // CPython preallocates the result (PREALLOC_SIZE in Objects/stringlib/split.h).
    let prealloc = if !(0..12).contains(&maxsplit) { 12 } else { maxsplit as usize + 1 };
    let items = parts.into_iter().map(Value::string).collect();
    Ok(super::container_sizeof::split_list(items, prealloc))
}

fn split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    split_common(vm, args, "split", false)
}

fn rsplit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    split_common(vm, args, "rsplit", true)
}

fn splitlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.allow_kw("splitlines()", &["keepends"])?;
    check_max("splitlines", &args, 1)?;
    let s = self_str(vm, &args.pos[0], "splitlines")?;
    // Argument Clinic's bool(accept={int}): an integer, not any truthy value.
    let keep = match args.arg(1, "keepends") {
        Some(v) => {
            // (int_arg clamps a big int to i64, which is past a C int too.)
            let n = super::int_arg(vm, &v.clone(), "")?;
            if i32::try_from(n).is_err() {
                return Err(PyErr::overflow_error("Python int too large to convert to C int"));
            }
            n != 0
        }
        None => false,
    };
    Ok(str_list(sm::splitlines(s.as_str(), keep)))
}

fn strip_common(vm: &mut Vm, args: Args, name: &str, f: for<'a> fn(&'a str, Option<&str>) -> &'a str) -> PyResult<Value> {
    check_max(name, &args, 1)?;
    let s = self_str(vm, &args.pos[0], name)?;
    let chars = match args.pos.get(1) {
        None | Some(Value::None) => None,
        Some(v) => Some(as_str(vm, v).ok_or_else(|| PyErr::type_error(format!("{name} arg must be None or str")))?),
    };
    let out = f(s.as_str(), chars.as_ref().map(|c| c.as_str()));
    // Nothing stripped from an exact str: the str itself, as CPython.
    if out.len() == s.as_str().len() && matches!(args.pos[0], Value::Str(_)) {
        return Ok(args.pos[0].clone());
    }
    ret_str(out)
}

fn strip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_common(vm, args, "strip", sm::strip)
}

fn lstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_common(vm, args, "lstrip", sm::lstrip)
}

fn rstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_common(vm, args, "rstrip", sm::rstrip)
}

fn partition_common(vm: &mut Vm, args: Args, name: &str, right: bool) -> PyResult<Value> {
    super::check_method_count(name, if name == "partition" { "str.partition" } else { "str.rpartition" }, &args, 1, 1)?;
    let s = self_str(vm, &args.pos[0], name)?;
    let sep = str_arg(vm, &args.pos[1], "")?;
    let (a, b, c) = if right { sm::rpartition(s.as_str(), sep.as_str())? } else { sm::partition(s.as_str(), sep.as_str())? };
    Ok(Value::tuple(vec![Value::str(a), Value::str(b), Value::str(c)]))
}

fn partition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_common(vm, args, "partition", false)
}

fn rpartition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_common(vm, args, "rpartition", true)
}

// ---- padding ----

fn fill_char(vm: &Vm, v: Option<&Value>, _name: &str) -> PyResult<char> {
    let Some(v) = v else { return Ok(' ') };
    let Some(s) = as_str(vm, v) else {
        // matches CPython's convert_uc.
        return Err(PyErr::type_error(format!("The fill character must be a unicode character, not {}", vm.type_name(v))));
    };
    let mut it = s.as_str().chars();
    match (it.next(), it.next()) {
        (Some(c), None) => Ok(c),
        _ => Err(PyErr::type_error("The fill character must be exactly one character long")),
    }
}

fn pad_common(vm: &mut Vm, args: Args, name: &str, f: fn(&str, i64, char) -> Result<String, crate::text::TextError>) -> PyResult<Value> {
    if args.pos.len() < 2 {
        return Err(PyErr::type_error(format!("{name} expected at least 1 argument, got 0")));
    }
    check_max(name, &args, 2)?;
    let s = self_str(vm, &args.pos[0], name)?;
    let width = ssize_arg(vm, &args.pos[1])?;
    let fill = fill_char(vm, args.pos.get(2), name)?;
    ret_str(f(s.as_str(), width, fill).map_err(no_memory)?)
}

use super::ssize_arg;

/// matches CPython: a result too long to allocate is a MemoryError.
fn no_memory(e: crate::text::TextError) -> PyErr {
    match e {
        crate::text::TextError::Overflow(m) if m == "new string is too long" => PyErr::new(ExcKind::MemoryError, ""),
        other => other.into(),
    }
}

fn center(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad_common(vm, args, "center", sm::center)
}

fn ljust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad_common(vm, args, "ljust", sm::ljust)
}

fn rjust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad_common(vm, args, "rjust", sm::rjust)
}

fn zfill(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::check_method_count("zfill", "str.zfill", &args, 1, 1)?;
    let s = self_str(vm, &args.pos[0], "zfill")?;
    let width = ssize_arg(vm, &args.pos[1])?;
    ret_str(sm::zfill(s.as_str(), width).map_err(no_memory)?)
}

fn expandtabs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.allow_kw("expandtabs()", &["tabsize"])?;
    check_max("expandtabs", &args, 1)?;
    let s = self_str(vm, &args.pos[0], "expandtabs")?;
    // matches CPython: tabsize is a C int.
    let too_big = || PyErr::overflow_error("Python int too large to convert to C int");
    if let Some(Value::BigInt(_)) = args.arg(1, "tabsize") {
        return Err(too_big());
    }
    let size = int_opt(vm, args.arg(1, "tabsize"), 8)?;
    if i32::try_from(size).is_err() {
        return Err(too_big());
    }
    ret_str(sm::expandtabs(s.as_str(), size).map_err(no_memory)?)
}

// ---- case mappings and predicates ----

macro_rules! unary_str {
    ($($name:ident => $f:expr;)*) => {$(
        fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
            check_max(stringify!($name), &args, 0)?;
            let s = self_str(vm, &args.pos[0], stringify!($name))?;
            ret_str($f(s.as_str()))
        }
    )*};
}

unary_str! {
    upper => sm::upper;
    lower => sm::lower;
    casefold => sm::casefold;
    swapcase => sm::swapcase;
    title => sm::title;
    capitalize => sm::capitalize;
}

macro_rules! predicate {
    ($($name:ident => $f:expr;)*) => {$(
        fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
            check_max(stringify!($name), &args, 0)?;
            let s = self_str(vm, &args.pos[0], stringify!($name))?;
            Ok(Value::bool($f(s.as_str())))
        }
    )*};
}

predicate! {
    isdigit => sm::isdigit;
    isdecimal => sm::isdecimal;
    isnumeric => sm::isnumeric;
    isalpha => sm::isalpha;
    isalnum => sm::isalnum;
    isspace => sm::isspace;
    isprintable => sm::isprintable;
    isidentifier => sm::isidentifier;
    isupper => sm::isupper;
    islower => sm::islower;
    istitle => sm::istitle;
    isascii => str::is_ascii;
}

// ---- searching ----

type Search = (Rc<PyStr>, Rc<PyStr>, Option<i64>, Option<i64>);

fn search_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Search> {
    if args.pos.len() < 2 {
        return Err(PyErr::type_error(format!("{name}() takes at least 1 argument (0 given)")));
    }
    if args.pos.len() > 4 {
        return Err(PyErr::type_error(format!("{name}() takes at most 3 arguments ({} given)", args.pos.len() - 1)));
    }
    let s = self_str(vm, &args.pos[0], name)?;
    // CPython converts the bounds while parsing the arguments, before it checks the substring.
    let start = slice_bound(vm, args.pos.get(2))?;
    let end = slice_bound(vm, args.pos.get(3))?;
    let sub = str_arg(vm, &args.pos[1], "")?;
    Ok((s, sub, start, end))
}

fn find(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, sub, a, b) = search_args(vm, &args, "find")?;
    Ok(Value::Int(super::str_search::find(&s, &sub, a, b)))
}

fn rfind(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, sub, a, b) = search_args(vm, &args, "rfind")?;
    Ok(Value::Int(super::str_search::rfind(&s, &sub, a, b)))
}

fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, sub, a, b) = search_args(vm, &args, "index")?;
    match super::str_search::find(&s, &sub, a, b) {
        -1 => Err(PyErr::value_error("substring not found")),
        i => Ok(Value::Int(i)),
    }
}

fn rindex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, sub, a, b) = search_args(vm, &args, "rindex")?;
    match super::str_search::rfind(&s, &sub, a, b) {
        -1 => Err(PyErr::value_error("substring not found")),
        i => Ok(Value::Int(i)),
    }
}

fn count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, sub, a, b) = search_args(vm, &args, "count")?;
    Ok(Value::Int(super::str_search::count(&s, &sub, a, b)))
}

fn replace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() < 3 || args.pos.len() > 4 {
        let n = args.pos.len().saturating_sub(1);
        return Err(PyErr::type_error(if n < 2 {
            format!("replace expected at least 2 arguments, got {n}")
        } else {
            format!("replace expected at most 3 arguments, got {n}")
        }));
    }
    let s = self_str(vm, &args.pos[0], "replace")?;
    let old = str_arg(vm, &args.pos[1], "replace() argument 1 ")?;
    let new = str_arg(vm, &args.pos[2], "replace() argument 2 ")?;
    let n = int_opt(vm, args.pos.get(3), -1)?;
    let out = sm::replace(s.as_str(), old.as_str(), new.as_str(), n)?;
    // Nothing replaced in an exact str: the str itself, as CPython's replace().
    if matches!(args.pos[0], Value::Str(_)) && out.as_str() == s.as_str() {
        return Ok(args.pos[0].clone());
    }
    ret_str(out)
}

fn affix_common(vm: &mut Vm, args: Args, name: &str, f: fn(&PyStr, &PyStr, Option<i64>, Option<i64>) -> bool) -> PyResult<Value> {
    if args.pos.len() < 2 || args.pos.len() > 4 {
        let n = args.pos.len().saturating_sub(1);
        return Err(PyErr::type_error(if n < 1 {
            format!("{name}() takes at least 1 argument ({n} given)")
        } else {
            format!("{name}() takes at most 3 arguments ({n} given)")
        }));
    }
    let s = self_str(vm, &args.pos[0], name)?;
    let start = slice_bound(vm, args.pos.get(2))?;
    let end = slice_bound(vm, args.pos.get(3))?;
    let what = if name == "startswith" { "prefix" } else { "suffix" };
    let candidates: Vec<Value> = match &args.pos[1] {
        Value::Tuple(t) => t.to_vec(),
        other => {
            let Some(p) = as_str(vm, other) else {
                return Err(PyErr::type_error(format!(
                    "{name} first arg must be str or a tuple of str, not {}",
                    vm.type_name(other)
                )));
            };
            return Ok(Value::bool(f(&s, &p, start, end)));
        }
    };
    for c in &candidates {
        let Some(p) = as_str(vm, c) else {
            return Err(PyErr::type_error(format!(
                "tuple for {name} must only contain str, not {}",
                vm.type_name(c)
            )));
        };
        if f(&s, &p, start, end) {
            return Ok(Value::Bool(BoolWord::TRUE));
        }
    }
    let _ = what;
    Ok(Value::Bool(BoolWord::FALSE))
}

fn startswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix_common(vm, args, "startswith", super::str_search::startswith)
}

fn endswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix_common(vm, args, "endswith", super::str_search::endswith)
}

fn removeprefix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::check_method_count("removeprefix", "str.removeprefix", &args, 1, 1)?;
    let s = self_str(vm, &args.pos[0], "removeprefix")?;
    let p = str_arg(vm, &args.pos[1], "removeprefix() argument ")?;
    ret_str(sm::removeprefix(s.as_str(), p.as_str()))
}

fn removesuffix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::check_method_count("removesuffix", "str.removesuffix", &args, 1, 1)?;
    let s = self_str(vm, &args.pos[0], "removesuffix")?;
    let p = str_arg(vm, &args.pos[1], "removesuffix() argument ")?;
    ret_str(sm::removesuffix(s.as_str(), p.as_str()))
}

// ---- translate / maketrans ----

fn translate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::no_kwargs("str.translate", &args)?;
    super::check_method_count("translate", "str.translate", &args, 1, 1)?;
    let s = self_str(vm, &args.pos[0], "translate")?;
    let table = args.pos[1].clone();
    let out = sm::translate(s.as_str(), |c| -> PyResult<sm::Translation> {
        let r = match vm.getitem(&table, &Value::Int(c as i64)) {
            Ok(r) => r,
            Err(e) if vm.err_matches(&e, ExcKind::LookupError) => return Ok(sm::Translation::Keep),
            Err(e) => return Err(e),
        };
        match &r {
            Value::None => Ok(sm::Translation::Delete),
            Value::Int(i) => match u32::try_from(*i).ok().and_then(char::from_u32) {
                Some(ch) => Ok(sm::Translation::Replace(ch.to_string())),
                None => Err(PyErr::value_error("character mapping must be in range(0x110000)")),
            },
            other => match as_str(vm, other) {
                Some(t) => Ok(sm::Translation::Replace(t.as_str().to_owned())),
                None => Err(PyErr::type_error("character mapping must return integer, None or str")),
            },
        }
    })?;
    ret_str(out)
}

fn maketrans(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_count("maketrans", &args, 1, 3)?;
    let table = Rc::new(std::cell::RefCell::new(PyDict::new()));
    if args.pos.len() == 1 {
        let Value::Dict(src) = &args.pos[0] else {
            return Err(PyErr::type_error("if you give only one argument to maketrans it must be a dict"));
        };
        for (k, v) in src.borrow().items() {
            let key = match &k {
                Value::Int(_) => k.clone(),
                Value::Str(s) => {
                    let mut it = s.as_str().chars();
                    match (it.next(), it.next()) {
                        (Some(c), None) => Value::Int(c as i64),
                        _ => return Err(PyErr::value_error("string keys in translate table must be of length 1")),
                    }
                }
                _ => return Err(PyErr::type_error("keys in translate table must be strings or integers")),
            };
            vm.dict_set_item(&table, key, v)?;
        }
        return Ok(Value::Dict(table));
    }
    // Argument Clinic checks y and z before the body looks at x.
    let y = str_arg(vm, &args.pos[1], "maketrans() argument 2 ")?;
    let z = match args.pos.get(2) {
        Some(z) => Some(str_arg(vm, z, "maketrans() argument 3 ")?),
        None => None,
    };
    let x = as_str(vm, &args.pos[0])
        .ok_or_else(|| PyErr::type_error("first maketrans argument must be a string if there is a second argument"))?;
    if x.char_len() != y.char_len() {
        return Err(PyErr::value_error("the first two maketrans arguments must have equal length"));
    }
    for (a, b) in x.as_str().chars().zip(y.as_str().chars()) {
        vm.dict_set_item(&table, Value::Int(a as i64), Value::Int(b as i64))?;
    }
    if let Some(z) = z {
        for c in z.as_str().chars() {
            vm.dict_set_item(&table, Value::Int(c as i64), Value::None)?;
        }
    }
    Ok(Value::Dict(table))
}

// ---- format / format_map ----

struct VmFormatArgs<'a> {
    vm: &'a mut Vm,
    pos: Vec<Value>,
    /// Keyword arguments for `format`, the mapping for `format_map`.
    mapping: Value,
    is_map: bool,
}

impl FormatArgs for VmFormatArgs<'_> {
    type Obj = Value;
    type Error = PyErr;

    fn positional(&mut self, index: usize) -> PyResult<Value> {
        if self.is_map {
            return Err(crate::text::format_string::positional_fields_error().into());
        }
        self.pos.get(index).cloned().ok_or_else(|| crate::text::format_string::replacement_index_error(index).into())
    }

    fn keyword(&mut self, name: &str) -> PyResult<Value> {
        let m = self.mapping.clone();
        let key = Value::str(name);
        if self.is_map {
            return self.vm.getitem(&m, &key);
        }
        match self.vm.dict_get_item(&m, &key)? {
            Some(v) => Ok(v),
            None => Err(PyErr::key_error(key)),
        }
    }

    fn getattr(&mut self, obj: Value, name: &str) -> PyResult<Value> {
        self.vm.getattr(&obj, &Value::str(name))
    }

    fn getitem_index(&mut self, obj: Value, index: usize) -> PyResult<Value> {
        self.vm.getitem(&obj, &Value::Int(index as i64))
    }

    fn getitem_key(&mut self, obj: Value, key: &str) -> PyResult<Value> {
        self.vm.getitem(&obj, &Value::str(key))
    }

    fn convert(&mut self, obj: Value, conversion: char) -> PyResult<Value> {
        Ok(Value::string(match conversion {
            'r' => self.vm.repr(&obj)?,
            'a' => crate::text::repr::ascii_escape(&self.vm.repr(&obj)?),
            _ => self.vm.str(&obj)?,
        }))
    }

    fn format(&mut self, obj: Value, spec: &str) -> PyResult<String> {
        super::format::format(self.vm, &obj, spec)
    }
}

fn format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(first) = args.pos.first() else {
        return Err(PyErr::type_error("unbound method str.format() needs an argument"));
    };
    let s = self_str(vm, first, "format")?;
    let mut kw = PyDict::new();
    for (k, v) in args.kw {
        kw.set_str(k, v.clone());
    }
    let mut fa = VmFormatArgs { vm, pos: args.pos[1..].to_vec(), mapping: Value::dict(kw), is_map: false };
    ret_str(format_template(s.as_str(), &mut fa)?)
}

fn format_map(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::check_method_count("format_map", "str.format_map", &args, 1, 1)?;
    let s = self_str(vm, &args.pos[0], "format_map")?;
    let mut fa = VmFormatArgs { vm, pos: Vec::new(), mapping: args.pos[1].clone(), is_map: true };
    ret_str(format_template(s.as_str(), &mut fa)?)
}

// ---- encode ----

/// Turn a codec failure into the Python exception CPython raises.
pub fn codec_error(e: crate::text::codecs::CodecError) -> PyErr {
    use crate::text::codecs::CodecError;
    match e {
        // The message is what str(exc) prints; the structured fields are not kept.
        CodecError::Encode { message, .. } => PyErr::new(ExcKind::UnicodeEncodeError, message),
        CodecError::Decode { message, .. } => PyErr::new(ExcKind::UnicodeDecodeError, message),
        CodecError::Lookup(m) => PyErr::new(ExcKind::LookupError, m),
        CodecError::Type(m) => PyErr::type_error(m),
    }
}

/// A codec failure of `str.encode` / `bytes.decode` on `object`: the Unicode errors carry
/// CPython's five arguments (encoding, object, start, end, reason), so `exc.start` and friends
/// work and `str(exc)` is built from them.
pub fn codec_error_for(e: crate::text::codecs::CodecError, object: Value) -> PyErr {
    use crate::text::codecs::CodecError;
    let (kind, encoding, start, end, reason) = match e {
        CodecError::Encode { encoding, start, end, reason, .. } => (ExcKind::UnicodeEncodeError, encoding, start, end, reason),
        CodecError::Decode { encoding, start, end, reason, .. } => (ExcKind::UnicodeDecodeError, encoding, start, end, reason),
        other => return codec_error(other),
    };
    let args = vec![Value::str(encoding), object, Value::Int(start as i64), Value::Int(end as i64), Value::str(reason)];
    PyErr::with_args(kind, args)
}

/// `encoding`/`errors` arguments (positions 1 and 2 after self) of encode/decode.
pub fn codec_args(vm: &Vm, args: &Args, name: &str) -> PyResult<(String, String)> {
    let get = |i: usize, key: &str, default: &str| -> PyResult<String> {
        match args.arg(i, key) {
            None => Ok(default.to_string()),
            Some(v) => match as_str(vm, v) {
                Some(s) => Ok(s.as_str().to_string()),
                None => Err(PyErr::type_error(format!(
                    "{name}() argument '{key}' must be str, not {}",
                    super::arg_type_name(vm, v)
                ))),
            },
        }
    };
    Ok((get(1, "encoding", "utf-8")?, get(2, "errors", "strict")?))
}

fn encode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.allow_kw("encode()", &["encoding", "errors"])?;
    check_max("encode", &args, 2)?;
    let s = self_str(vm, &args.pos[0], "encode")?;
    let (enc, errors) = codec_args(vm, &args, "encode")?;
    match crate::text::codecs::encode(s.as_str(), &enc, &errors) {
        Ok(b) => Ok(Value::Bytes(crate::object::RcSlice::from(b))),
        Err(e) => match python_fallback(vm, &e, true, args.pos[0].clone(), &enc, &errors) {
            Some(r) => r,
            None => Err(codec_error_for(e, args.pos[0].clone())),
        },
    }
}

/// An encoding the native codecs do not know (as opposed to an unknown error handler).
pub fn is_unknown_encoding(e: &crate::text::codecs::CodecError) -> bool {
    matches!(e, crate::text::codecs::CodecError::Lookup(m) if m.starts_with("unknown encoding"))
}

/// Encoding (`encode`) or decoding `data` that the native codecs leave to stdlib/codecs.py:
/// an encoding they do not know, or an error handler they do not have (namereplace, one from
/// `codecs.register_error`). None for any other codec error.
pub fn python_fallback(vm: &mut Vm, e: &crate::text::codecs::CodecError, encode: bool, data: Value, encoding: &str, errors: &str) -> Option<PyResult<Value>> {
    if is_unknown_encoding(e) {
        return Some(python_codec(vm, if encode { "_text_encode" } else { "_text_decode" }, data, encoding, errors));
    }
    if !matches!(e, crate::text::codecs::CodecError::Lookup(m) if m.starts_with("unknown error handler")) {
        return None;
    }
    let run = |vm: &mut Vm| {
        let codecs = vm.import_module("codecs")?;
        // A name no one registered stays the native LookupError, raised from the caller's line.
        let registered = vm.getattr(&codecs, &Value::str("_error_handlers"))?;
        let known = errors == "namereplace"
            || matches!(&registered, Value::Dict(d) if d.borrow().get_str(errors).is_some());
        if !known {
            return Ok(None);
        }
        let f = vm.getattr(&codecs, &Value::str(if encode { "_handler_encode" } else { "_handler_decode" }))?;
        vm.call(&f, vec![data, Value::str(encoding), Value::str(errors)]).map(Some)
    };
    run(vm).transpose()
}

/// Encode or decode through the codecs written in Python (stdlib/codecs.py: UTF-16/32, the
/// escape codecs), as CPython's registry would find them; LookupError when none matches.
pub fn python_codec(vm: &mut Vm, func: &str, data: Value, encoding: &str, errors: &str) -> PyResult<Value> {
    let codecs = vm.import_module("codecs")?;
    let known = vm.getattr(&codecs, &Value::str("_known"))?;
    let found = vm.call(&known, vec![Value::str(encoding)])?;
    if !vm.is_true(&found)? {
        return Err(PyErr::new(ExcKind::LookupError, format!("unknown encoding: {encoding}")));
    }
    let f = vm.getattr(&codecs, &Value::str(func))?;
    vm.call(&f, vec![data, Value::str(encoding), Value::str(errors)])
}

// ---- dunder methods (the VM runs the operators natively; these serve explicit calls) ----

fn dunder_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    slot_count(&args, 0, "")?;
    let s = self_str(vm, &args.pos[0], "__len__")?;
    Ok(Value::Int(s.char_len() as i64))
}

fn dunder_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    slot_count(&args, 1, "")?;
    let s = self_str(vm, &args.pos[0], "__contains__")?;
    let sub = as_str(vm, &args.pos[1]).ok_or_else(|| {
        PyErr::type_error(format!(
            "'in <string>' requires string as left operand, not {}",
            vm.type_name(&args.pos[1])
        ))
    })?;
    Ok(Value::bool(s.as_str().contains(sub.as_str())))
}

fn dunder_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    slot_count(&args, 1, "")?;
    let s = self_str(vm, &args.pos[0], "__getitem__")?;
    vm.getitem(&Value::Str(s), &args.pos[1])
}

fn dunder_add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    slot_count(&args, 1, "")?;
    let s = self_str(vm, &args.pos[0], "__add__")?;
    match as_str(vm, &args.pos[1]) {
        Some(t) => ret_str(format!("{}{}", s.as_str(), t.as_str())),
        None => Err(PyErr::type_error(format!(
            "can only concatenate str (not \"{}\") to str",
            vm.type_name(&args.pos[1])
        ))),
    }
}

fn dunder_mul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    // matches CPython: its sequence-repeat wrapper prints an empty name before the message.
    slot_count(&args, 1, " ")?;
    let s = self_str(vm, &args.pos[0], "__mul__")?;
    // matches CPython: the count goes through __index__ or raises.
    // An int (of any size: a huge count is the operator's OverflowError) as it is.
    let n = match &args.pos[1] {
        v @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_)) => v.clone(),
        v => Value::Int(super::int_arg(vm, v, "")?),
    };
    vm.binary_op(crate::bytecode::opcode::BinOp::Mul, &Value::Str(s), &n, false)
}

fn dunder_mod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    slot_count(&args, 1, "")?;
    let s = self_str(vm, &args.pos[0], "__mod__")?;
    vm.str_percent_format(&Value::Str(s), &args.pos[1])
}

fn dunder_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    slot_count(&args, 0, "")?;
    let s = self_str(vm, &args.pos[0], "__iter__")?;
    vm.get_iter(&Value::Str(s))
}

fn dunder_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    slot_count(&args, 0, "")?;
    let s = self_str(vm, &args.pos[0], "__hash__")?;
    Ok(Value::Int(s.hash()))
}

fn dunder_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::check_method_count("__format__", "str.__format__", &args, 1, 1)?;
    let s = self_str(vm, &args.pos[0], "__format__")?;
    let spec = as_str(vm, &args.pos[1]).ok_or_else(|| {
        PyErr::type_error(format!("__format__() argument must be str, not {}", super::arg_type_name(vm, &args.pos[1])))
    })?;
    ret_str(crate::text::format_spec::format_str_with(s.as_str(), spec.as_str())?)
}
