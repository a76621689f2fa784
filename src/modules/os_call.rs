//! The shared shape of `_os`'s one-system-call wrappers: argument converters that report
//! what CPython's converters report (`fd`, pid, C int, mode, uid/gid, offset, path), the
//! errno-to-OSError step, and `os_calls!`, which states a wrapper as its arguments and its
//! libc call.

use crate::builtins::file::os_error;
use crate::builtins::int_arg;
use crate::object::{PyErr, PyResult, Value};
use crate::vm::Vm;
use std::ffi::CString;

/// The OSError for the errno the last failing call left, naming `filename` when given.
pub(crate) fn last_error(filename: Option<&Value>) -> PyErr {
    os_error(&std::io::Error::last_os_error(), filename)
}

/// The OSError for a known errno (no file named).
pub(crate) fn errno_error(code: i32) -> PyErr {
    os_error(&std::io::Error::from_raw_os_error(code), None)
}

/// A C `int` argument: CPython's `int` converter says the same for either direction.
pub(crate) fn int(vm: &mut Vm, v: &Value) -> PyResult<libc::c_int> {
    let n = int_arg(vm, v, "")?;
    libc::c_int::try_from(n).map_err(|_| PyErr::overflow_error("Python int too large to convert to C int"))
}

/// A file descriptor: an int as C `int` (CPython's `fildes` converter).
pub(crate) fn fd(vm: &mut Vm, v: &Value) -> PyResult<libc::c_int> {
    int(vm, v)
}

/// A process or group id: CPython's `pid_t` converter names which bound was passed.
pub(crate) fn pid(vm: &mut Vm, v: &Value) -> PyResult<libc::pid_t> {
    let n = int_arg(vm, v, "")?;
    libc::pid_t::try_from(n).map_err(|_| {
        PyErr::overflow_error(if n > 0 { "signed integer is greater than maximum" } else { "signed integer is less than minimum" })
    })
}

/// Permission bits, read as a C int and handed on as `mode_t`.
pub(crate) fn mode(vm: &mut Vm, v: &Value) -> PyResult<libc::mode_t> {
    Ok(int(vm, v)? as libc::mode_t)
}

/// A uid or gid: -1 leaves that id unchanged (it is (uid_t)-1 to the C library); any other
/// value outside 0..2**32-1 is refused with CPython's message, which says "less than
/// minimum" whichever way it is out of range.
fn user_or_group_id(vm: &mut Vm, v: &Value, what: &str) -> PyResult<u32> {
    let n = int_arg(vm, v, "")?;
    if n == -1 {
        return Ok(u32::MAX);
    }
    u32::try_from(n).map_err(|_| PyErr::overflow_error(format!("{what} is less than minimum")))
}

pub(crate) fn uid(vm: &mut Vm, v: &Value) -> PyResult<libc::uid_t> {
    user_or_group_id(vm, v, "uid")
}

pub(crate) fn gid(vm: &mut Vm, v: &Value) -> PyResult<libc::gid_t> {
    user_or_group_id(vm, v, "gid")
}

/// A file offset or length.
pub(crate) fn off(vm: &mut Vm, v: &Value) -> PyResult<libc::off_t> {
    int_arg(vm, v, "")
}

/// A path as the C library wants it, with what an OSError about it names.
pub(crate) struct CPath {
    pub c: CString,
    pub name: Value,
}

impl CPath {
    pub(crate) fn ptr(&self) -> *const libc::c_char {
        self.c.as_ptr()
    }
}

/// A str, bytes or path-like argument; a NUL inside it is CPython's "embedded null byte".
pub(crate) fn path(vm: &mut Vm, v: &Value) -> PyResult<CPath> {
    let (p, name) = super::path_and_name(vm, v)?;
    let c = CString::new(p).map_err(|_| PyErr::value_error("embedded null byte"))?;
    Ok(CPath { c, name })
}

/// A libc result where -1 is an error (errno says which) and anything else the answer.
pub(crate) fn checked(r: impl Into<i64>, filename: Option<&Value>) -> PyResult<Value> {
    match r.into() {
        -1 => Err(last_error(filename)),
        n => Ok(Value::Int(n)),
    }
}

/// A libc call made for its effect: None, or the OSError errno names.
pub(crate) fn done(r: impl Into<i64>, filename: Option<&Value>) -> PyResult<Value> {
    checked(r, filename).map(|_| Value::None)
}

/// For calls whose -1 can be a real answer (sysconf, nice): errno is cleared first, and -1
/// is an error only when the call set it.
pub(crate) fn errno_checked(call: impl FnOnce() -> i64) -> PyResult<Value> {
    // SAFETY: errno is thread-local; writing it has no other effect.
    unsafe { *libc::__errno_location() = 0 };
    let r = call();
    if r == -1 && std::io::Error::last_os_error().raw_os_error() != Some(0) {
        return Err(last_error(None));
    }
    Ok(Value::Int(r))
}

/// A call that returns its errno instead of setting it (posix_fallocate, posix_fadvise).
pub(crate) fn errno_returned(r: impl Into<i64>, filename: Option<&Value>) -> PyResult<Value> {
    match r.into() {
        0 => Ok(Value::None),
        code => Err(os_error(&std::io::Error::from_raw_os_error(code as i32), filename)),
    }
}

/// A call that cannot fail (getuid, umask): its answer as an int.
pub(crate) fn value(r: impl Into<i64>, _filename: Option<&Value>) -> PyResult<Value> {
    Ok(Value::Int(r.into()))
}

/// One native function per line: `fn name(arg: converter, ...) = libc call => finish;`,
/// where each converter is a function of this module applied to the next positional
/// argument (absent ones are None), and `finish` (`done`, `checked`, `value`) turns the C result into the Python
/// one; `=> done(path)` names that path argument in the OSError, as CPython does.
macro_rules! os_calls {
    ($( $(#[$meta:meta])* fn $name:ident($($a:ident: $conv:ident),*) = $call:expr => $finish:ident $(($named:ident))?; )*) => {
        $(
            $(#[$meta])*
            fn $name(vm: &mut $crate::vm::Vm, args: $crate::object::Args) -> $crate::object::PyResult<$crate::object::Value> {
                let _ = (&vm, &args);
                #[allow(unused_mut)]
                let mut _next = 0usize;
                $(
                    let $a = $crate::modules::os::os_call::$conv(vm, &$crate::builtins::arg(&args, _next))?;
                    _next += 1;
                )*
                // SAFETY: the call gets plain integers, or pointers to NUL-terminated strings
                // that the converters' values keep alive until it returns.
                let r = unsafe { $call };
                $crate::modules::os::os_call::$finish(r, $crate::modules::os::os_call::os_calls!(@name $($named)?))
            }
        )*
    };
    (@name) => { None };
    (@name $named:ident) => { Some(&$named.name) };
}
pub(crate) use os_calls;
