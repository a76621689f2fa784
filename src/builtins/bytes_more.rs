//! The rarer methods of `bytes` and `bytearray`: padding (`center`, `ljust`, `rjust`, `zfill`),
//! `expandtabs`, `splitlines`, `rindex`, `removeprefix`/`removesuffix`, `isascii`, `istitle`,
//! `translate` and the static `maketrans`, with CPython's argument checks and messages.

use std::rc::Rc;

use super::bytes_type::{buf_arg, search_args, self_bytes, wrap};
use super::{arg, check_count, def_method, int_arg, native};
use crate::object::function::NativeKind;
use crate::object::{Args, Class, PyResult, PyErr, Value};
use crate::text::bytes_methods as bm;
use crate::vm::Vm;

pub fn install(b: &Rc<Class>, ba: &Rc<Class>) {
    let shared: &[(&str, crate::object::NativeFn)] = &[
        ("center", center),
        ("ljust", ljust),
        ("rjust", rjust),
        ("zfill", zfill),
        ("expandtabs", expandtabs),
        ("splitlines", splitlines),
        ("rindex", rindex),
        ("removeprefix", removeprefix),
        ("removesuffix", removesuffix),
        ("isascii", isascii),
        ("istitle", istitle),
        ("translate", translate),
    ];
    for cls in [b, ba] {
        for (name, f) in shared {
            def_method(cls, name, *f);
        }
        let owner = cls.name();
        cls.dict.borrow_mut().set_str("maketrans", native("maketrans", maketrans, NativeKind::StaticMethod, Some(&owner)));
    }
}

/// The optional fill byte of center/ljust/rjust: a bytes or bytearray of length 1.
fn fill_arg(vm: &Vm, args: &Args, name: &str) -> PyResult<u8> {
    match args.pos.get(2) {
        None => Ok(b' '),
        Some(v) => match v {
            Value::Bytes(b) if b.len() == 1 => Ok(b[0]),
            Value::ByteArray(b) if b.borrow().len() == 1 => Ok(b.borrow()[0]),
            Value::Bytes(_) | Value::ByteArray(_) => Err(PyErr::type_error(format!(
                "{name}() argument 2 must be a byte string of length 1, not {}",
                vm.type_name(v)
            ))),
            other => Err(PyErr::type_error(format!(
                "{name}() argument 2 must be a byte string of length 1, not {}",
                vm.type_name(other)
            ))),
        },
    }
}

fn pad(vm: &mut Vm, args: Args, name: &str, f: fn(&[u8], i64, u8) -> Result<Vec<u8>, crate::text::TextError>) -> PyResult<Value> {
    check_count(name, &args, 2, 3)?;
    let (b, is_ba) = self_bytes(vm, &args.pos[0])?;
    let width = int_arg(vm, &args.pos[1], "")?;
    let fill = fill_arg(vm, &args, name)?;
    Ok(wrap(f(&b, width, fill)?, is_ba))
}

fn center(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad(vm, args, "center", bm::center)
}

fn ljust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad(vm, args, "ljust", bm::ljust)
}

fn rjust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad(vm, args, "rjust", bm::rjust)
}

fn zfill(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_count("zfill", &args, 2, 2)?;
    let (b, is_ba) = self_bytes(vm, &args.pos[0])?;
    let width = int_arg(vm, &args.pos[1], "")?;
    Ok(wrap(bm::zfill(&b, width)?, is_ba))
}

fn expandtabs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.allow_kw("expandtabs()", &["tabsize"])?;
    check_count("expandtabs", &args, 1, 2)?;
    let (b, is_ba) = self_bytes(vm, &args.pos[0])?;
    let size = match args.arg(1, "tabsize") {
        Some(v) => int_arg(vm, &v.clone(), "")?,
        None => 8,
    };
    Ok(wrap(bm::expandtabs(&b, size)?, is_ba))
}

fn splitlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.allow_kw("splitlines()", &["keepends"])?;
    check_count("splitlines", &args, 1, 2)?;
    let (b, is_ba) = self_bytes(vm, &args.pos[0])?;
    let keep = match args.arg(1, "keepends") {
        // Argument Clinic's bool(accept={int}), as str.splitlines.
        Some(v) => super::int_arg(vm, &v.clone(), "")? != 0,
        None => false,
    };
    Ok(Value::list(bm::splitlines(&b, keep).into_iter().map(|l| wrap(l, is_ba)).collect()))
}

fn rindex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, s, x, y) = search_args(vm, &args, "rindex")?;
    Ok(Value::Int(bm::rindex(&b, &s, x, y)?))
}

fn removeprefix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_count("removeprefix", &args, 2, 2)?;
    let (b, is_ba) = self_bytes(vm, &args.pos[0])?;
    let p = buf_arg(vm, &args.pos[1])?;
    let out = if b.starts_with(&p) { b[p.len()..].to_vec() } else { b };
    Ok(wrap(out, is_ba))
}

fn removesuffix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_count("removesuffix", &args, 2, 2)?;
    let (b, is_ba) = self_bytes(vm, &args.pos[0])?;
    let p = buf_arg(vm, &args.pos[1])?;
    let out = if !p.is_empty() && b.ends_with(&p) { b[..b.len() - p.len()].to_vec() } else { b };
    Ok(wrap(out, is_ba))
}

fn isascii(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, _) = self_bytes(vm, &arg(&args, 0))?;
    Ok(Value::bool(b.is_ascii()))
}

fn istitle(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, _) = self_bytes(vm, &arg(&args, 0))?;
    Ok(Value::bool(bm::istitle(&b)))
}

/// `bytes.translate(table, /, delete=b'')`: table is None or 256 bytes.
fn translate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.allow_kw("translate()", &["delete"])?;
    check_count("translate", &args, 2, 3)?;
    let (b, is_ba) = self_bytes(vm, &args.pos[0])?;
    let table = match &args.pos[1] {
        Value::None => None,
        other => {
            let t = buf_arg(vm, other)?;
            if t.len() != 256 {
                return Err(PyErr::value_error("translation table must be 256 characters long"));
            }
            Some(t)
        }
    };
    let delete = match args.arg(2, "delete") {
        Some(v) => buf_arg(vm, &v.clone())?,
        None => Vec::new(),
    };
    let out = b
        .iter()
        .filter(|c| !delete.contains(c))
        .map(|&c| table.as_ref().map_or(c, |t| t[c as usize]))
        .collect();
    Ok(wrap(out, is_ba))
}

/// `bytes.maketrans(frm, to)`: the 256-byte table mapping each byte of `frm` to `to`.
fn maketrans(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_count("maketrans", &args, 2, 2)?;
    let (frm, to) = (buf_arg(vm, &args.pos[0])?, buf_arg(vm, &args.pos[1])?);
    if frm.len() != to.len() {
        return Err(PyErr::value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255u8).collect();
    for (f, t) in frm.iter().zip(&to) {
        table[*f as usize] = *t;
    }
    Ok(wrap(table, false))
}
