//! The `unicodedata` module: lookup, name, category, combining, decimal/digit/numeric,
//! normalize and is_normalized, with CPython's argument checks and messages. The database is
//! `text::unicode_data`.

use super::new_module;
use crate::builtins::{check_count, def_fn};
use crate::object::{Args, PyErr, PyResult, Value};
use crate::text::unicode_data::{self, Form};
use crate::vm::Vm;

pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = new_module("unicodedata");
    {
        let mut d = d.borrow_mut();
        // The Unicode version CPython 3.11's tables follow.
        d.set_str("unidata_version", Value::str("14.0.0"));
        let fns: &[(&str, crate::object::NativeFn)] = &[
            ("lookup", lookup),
            ("name", name),
            ("category", category),
            ("combining", combining),
            ("east_asian_width", east_asian_width),
            ("bidirectional", bidirectional),
            ("mirrored", mirrored),
            ("decomposition", decomposition),
            ("decimal", decimal),
            ("digit", digit),
            ("numeric", numeric),
            ("normalize", normalize),
            ("is_normalized", is_normalized),
        ];
        for (n, f) in fns {
            def_fn(&mut d, n, *f);
        }
    }
    Ok(m)
}

/// The single character argument; `which` is "argument 1" for functions taking a default,
/// "argument" for the one-argument ones (CPython's Argument Clinic wording).
fn one_char(vm: &Vm, v: &Value, func: &str, which: &str) -> PyResult<char> {
    if let Some(s) = v.as_str() {
        let mut it = s.chars();
        if let (Some(c), None) = (it.next(), it.next()) {
            return Ok(c);
        }
    }
    Err(PyErr::type_error(format!("{func}() {which} must be a unicode character, not {}", vm.type_name(v))))
}

fn lookup(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_count("lookup", &args, 1, 1)?;
    let name = match &args.pos[0] {
        Value::Str(s) => s.as_str().to_owned(),
        Value::Bytes(b) => String::from_utf8_lossy(b).into_owned(),
        other => return Err(PyErr::type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(other)))),
    };
    match unicode_data::char_by_name(&name) {
        Some(c) => Ok(Value::string(c.to_string())),
        None => Err(PyErr::new(crate::object::ExcKind::KeyError, format!("undefined character name '{name}'"))),
    }
}

fn name(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_count("name", &args, 1, 2)?;
    let c = one_char(vm, &args.pos[0], "name", "argument 1")?;
    let known = if unicode_data::unassigned_in_14(c) { None } else { unicode_data::name_of(c) };
    match known {
        Some(n) => Ok(Value::string(n)),
        None => args.pos.get(1).cloned().ok_or_else(|| PyErr::value_error("no such name")),
    }
}

fn category(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_count("category", &args, 1, 1)?;
    let c = one_char(vm, &args.pos[0], "category", "argument")?;
    Ok(Value::str(unicode_data::category(c)))
}

fn combining(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_count("combining", &args, 1, 1)?;
    let c = one_char(vm, &args.pos[0], "combining", "argument")?;
    Ok(Value::Int(unicode_data::combining(c) as i64))
}

fn east_asian_width(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_count("east_asian_width", &args, 1, 1)?;
    let c = one_char(vm, &args.pos[0], "east_asian_width", "argument")?;
    Ok(Value::str(unicode_data::east_asian_width(c)))
}

fn bidirectional(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_count("bidirectional", &args, 1, 1)?;
    let c = one_char(vm, &args.pos[0], "bidirectional", "argument")?;
    Ok(Value::str(unicode_data::bidirectional(c)))
}

fn mirrored(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_count("mirrored", &args, 1, 1)?;
    let c = one_char(vm, &args.pos[0], "mirrored", "argument")?;
    Ok(Value::Int(unicode_data::mirrored(c) as i64))
}

fn decomposition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_count("decomposition", &args, 1, 1)?;
    let c = one_char(vm, &args.pos[0], "decomposition", "argument")?;
    Ok(Value::str(unicode_data::decomposition(c)))
}

fn decimal(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_count("decimal", &args, 1, 2)?;
    let c = one_char(vm, &args.pos[0], "decimal", "argument 1")?;
    match crate::text::unicode::decimal_value(c) {
        Some(d) => Ok(Value::Int(d as i64)),
        None => args.pos.get(1).cloned().ok_or_else(|| PyErr::value_error("not a decimal")),
    }
}

fn digit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_count("digit", &args, 1, 2)?;
    let c = one_char(vm, &args.pos[0], "digit", "argument 1")?;
    match crate::text::unicode::decimal_value(c).or_else(|| unicode_data::digit_only_value(c).map(u32::from)) {
        Some(d) => Ok(Value::Int(d as i64)),
        None => args.pos.get(1).cloned().ok_or_else(|| PyErr::value_error("not a digit")),
    }
}

fn numeric(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_count("numeric", &args, 1, 2)?;
    let c = one_char(vm, &args.pos[0], "numeric", "argument 1")?;
    let v = crate::text::unicode::decimal_value(c)
        .or_else(|| unicode_data::digit_only_value(c).map(u32::from))
        .map(f64::from)
        .or_else(|| unicode_data::numeric_only_value(c));
    match v {
        Some(x) => Ok(Value::float(x)),
        None => args.pos.get(1).cloned().ok_or_else(|| PyErr::value_error("not a numeric character")),
    }
}

/// The (form, text) arguments of normalize / is_normalized.
fn form_and_text(vm: &Vm, args: &Args, func: &str) -> PyResult<(Form, String)> {
    check_count(func, args, 2, 2)?;
    let Some(form) = args.pos[0].as_str() else {
        return Err(PyErr::type_error(format!("{func}() argument 1 must be str, not {}", crate::builtins::arg_type_name(vm, &args.pos[0]))));
    };
    let Some(text) = args.pos[1].as_str() else {
        return Err(PyErr::type_error(format!("{func}() argument 2 must be str, not {}", crate::builtins::arg_type_name(vm, &args.pos[1]))));
    };
    let form = Form::parse(form).ok_or_else(|| PyErr::value_error("invalid normalization form"))?;
    Ok((form, text.to_owned()))
}

fn normalize(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (form, text) = form_and_text(vm, &args, "normalize")?;
    Ok(Value::string(unicode_data::normalize(form, &text)))
}

fn is_normalized(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (form, text) = form_and_text(vm, &args, "is_normalized")?;
    Ok(Value::bool(unicode_data::normalize(form, &text) == text))
}
