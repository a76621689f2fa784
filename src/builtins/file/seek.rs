//! `f.seek()` and `f.tell()` of the file objects of `open()`.

use super::{os_error, this, unsupported};
use crate::builtins::arg;
use crate::object::{Args, PyErr, PyResult, Value};
use crate::vm::Vm;

/// `f.seek(offset, whence=0)`: drops the read buffer; text files allow only the seeks
/// CPython's TextIOWrapper allows (absolute, or zero from the current position or the end).
pub(super) fn seek(vm: &mut Vm, args: Args) -> PyResult<Value> {
    use std::io::{Seek, SeekFrom};
    let f = this(&args)?;
    f.check_open()?;
    let offset = crate::builtins::int_arg(vm, &arg(&args, 1), "")?;
    let whence = match args.pos.get(2) {
        Some(w) => crate::builtins::int_arg(vm, w, "")?,
        None => 0,
    };
    if !f.binary && whence != 0 && offset != 0 {
        let what = if whence == 1 { "cur" } else { "end" };
        if whence == 1 || whence == 2 {
            return Err(unsupported(vm, &format!("can't do nonzero {what}-relative seeks")));
        }
    }
    let target = match whence {
        0 if offset < 0 => return Err(PyErr::value_error(format!("negative seek position {offset}"))),
        0 => SeekFrom::Start(offset as u64),
        1 => SeekFrom::Current(offset - (f.rbuf.borrow().len() - f.rpos.get()) as i64),
        2 => SeekFrom::End(offset),
        w => return Err(PyErr::value_error(format!("invalid whence ({w}, should be 0, 1 or 2)"))),
    };
    f.flush_buffer().map_err(|e| os_error(&e, None))?;
    let pos = match f.file.borrow_mut().as_mut() {
        Some(file) => file.seek(target).map_err(|e| os_error(&e, None))?,
        None => 0,
    };
    f.rbuf.borrow_mut().clear();
    f.rpos.set(0);
    f.eof.set(false);
    if let Some(c) = &f.coders {
        c.reposition(vm, pos)?;
    }
    Ok(Value::Int(pos as i64))
}

/// `f.tell()`: the position of the next byte the program will read or write.
pub(super) fn tell(vm: &mut Vm, args: Args) -> PyResult<Value> {
    use std::io::Seek;
    let f = this(&args)?;
    f.check_open()?;
    f.flush_buffer().map_err(|e| os_error(&e, None))?;
    let pos = match f.file.borrow_mut().as_mut() {
        Some(file) => file.stream_position().map_err(|e| os_error(&e, None))?,
        None => 0,
    };
    let unread = match &f.coders {
        Some(c) => {
            let rest = String::from_utf8_lossy(&f.rbuf.borrow()[f.rpos.get()..]).into_owned();
            c.raw_len(vm, &f.encoding, &rest)? as u64
        }
        None => (f.rbuf.borrow().len() - f.rpos.get()) as u64,
    };
    Ok(Value::Int(pos.saturating_sub(unread) as i64))
}

/// `f.truncate(size=None)`: cut (or extend) the file to `size` bytes, by default the current
/// position; the position itself does not move, as in CPython.
pub(super) fn truncate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(&args)?;
    f.check_open()?;
    if !f.writable {
        return Err(unsupported(vm, "truncate"));
    }
    let size = match args.pos.get(1) {
        None | Some(Value::None) => match tell(vm, Args { pos: &args.pos[..1], kw: &[] })? {
            Value::Int(n) => n,
            _ => 0,
        },
        Some(v) => crate::builtins::int_arg(vm, v, "")?,
    };
    f.flush_buffer().map_err(|e| os_error(&e, None))?;
    // matches CPython: a negative size is ftruncate's EINVAL.
    if size < 0 {
        return Err(os_error(&std::io::Error::from_raw_os_error(libc::EINVAL), None));
    }
    f.flush_buffer().map_err(|e| os_error(&e, None))?;
    if let Some(file) = f.file.borrow().as_ref() {
        file.set_len(size as u64).map_err(|e| os_error(&e, None))?;
    }
    Ok(Value::Int(size))
}
