//! `_zlib`: the native half of `zlib` on the C zlib (through `libz-sys`), so compressed bytes
//! are the ones CPython's zlib module produces. It only drives z_streams; `stdlib/zlib.py`
//! keeps CPython's argument handling, object attributes and error messages.
//!
//! Every call returns zlib's status code (and `msg`) instead of raising, and the Python side
//! turns them into `zlib.error`/`ValueError`/`MemoryError` as CPython's `zlibmodule.c` does.

use std::any::Any;
use std::cell::RefCell;
use std::ffi::CStr;
use std::os::raw::{c_int, c_uint, c_void};
use std::rc::Rc;

use libz_sys as z;

use super::new_module;
use super::struct_buffer;
use crate::builtins::{arg, def_fn, int_arg};
use crate::object::class::Layout;
use crate::object::{Args, Class, NativeObject, NativeRef, PyErr, PyResult, Value};
use crate::vm::types::new_class_with;
use crate::vm::Vm;

/// Output grows in steps of this size (CPython's DEF_BUF_SIZE); the chunking does not change
/// the bytes zlib produces.
const CHUNK: usize = 16384;

/// A deflate or inflate stream. The z_stream is boxed because zlib keeps a pointer back to it
/// in its internal state, so it must not move after `*Init2_`.
pub struct ZStream {
    strm: RefCell<Box<z::z_stream>>,
    deflating: bool,
    class: Rc<Class>,
}

impl NativeObject for ZStream {
    fn class(&self) -> Rc<Class> {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl Drop for ZStream {
    fn drop(&mut self) {
        // Ending an already ended stream is harmless: zlib sees no state and returns an error.
        let strm: &mut z::z_stream = &mut self.strm.borrow_mut();
        unsafe {
            if self.deflating {
                z::deflateEnd(strm);
            } else {
                z::inflateEnd(strm);
            }
        }
    }
}

unsafe extern "C" fn zalloc(_opaque: *mut c_void, items: c_uint, size: c_uint) -> *mut c_void {
    libc::calloc(items as usize, size as usize)
}

unsafe extern "C" fn zfree(_opaque: *mut c_void, ptr: *mut c_void) {
    libc::free(ptr)
}

fn blank_stream() -> Box<z::z_stream> {
    Box::new(z::z_stream {
        next_in: std::ptr::null_mut(),
        avail_in: 0,
        total_in: 0,
        next_out: std::ptr::null_mut(),
        avail_out: 0,
        total_out: 0,
        msg: std::ptr::null_mut(),
        state: std::ptr::null_mut(),
        zalloc,
        zfree,
        opaque: std::ptr::null_mut(),
        data_type: 0,
        adler: 0,
        reserved: 0,
    })
}

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = new_module("_zlib");
    let cls = new_class_with("ZStream", &[vm.types.object.clone()], Layout::Builtin, None)?;
    cls.dict.borrow_mut().set_str("__module__", Value::str("_zlib"));
    let mut dd = d.borrow_mut();
    dd.set_str("ZStream", Value::Class(cls));
    def_fn(&mut dd, "new_deflate", new_deflate);
    def_fn(&mut dd, "new_inflate", new_inflate);
    def_fn(&mut dd, "set_dictionary", set_dictionary);
    def_fn(&mut dd, "deflate", deflate);
    def_fn(&mut dd, "inflate", inflate);
    def_fn(&mut dd, "end", end);
    def_fn(&mut dd, "copy", copy);
    def_fn(&mut dd, "adler32", adler32);
    def_fn(&mut dd, "version", version);
    Ok(m)
}

fn stream_class(vm: &Vm) -> PyResult<Rc<Class>> {
    let module = vm.modules.borrow().get_str("_zlib");
    if let Some(Value::Module(m)) = module {
        if let Some(Value::Class(c)) = m.dict.borrow().get_str("ZStream") {
            return Ok(c);
        }
    }
    Err(PyErr::runtime_error("_zlib is not initialised"))
}

fn this(v: &Value) -> PyResult<crate::object::NativeRc<ZStream>> {
    match v {
        Value::Native(n) => n.downcast_rc::<ZStream>(),
        _ => None,
    }
    .ok_or_else(|| PyErr::type_error("expected a _zlib.ZStream"))
}

fn bytes_arg(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    struct_buffer::read(vm, v)?.ok_or_else(|| PyErr::type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(v))))
}

fn c_int_arg(vm: &mut Vm, args: &Args, i: usize) -> PyResult<c_int> {
    let n = int_arg(vm, &arg(args, i), "")?;
    c_int::try_from(n).map_err(|_| PyErr::overflow_error(if n < 0 { "signed integer is less than minimum" } else { "signed integer is greater than maximum" }))
}

/// zlib's message for the last error, if it set one.
fn msg_of(strm: &z::z_stream) -> Value {
    if strm.msg.is_null() {
        return Value::None;
    }
    // SAFETY: zlib's msg is a NUL-terminated static string.
    Value::string(unsafe { CStr::from_ptr(strm.msg) }.to_string_lossy().into_owned())
}

fn wrap(vm: &Vm, strm: Box<z::z_stream>, deflating: bool) -> PyResult<Value> {
    Ok(Value::Native(NativeRef::new(ZStream { strm: RefCell::new(strm), deflating, class: stream_class(vm)? })))
}

/// `new_deflate(level, method, wbits, memlevel, strategy)` -> `(stream or None, code)`.
fn new_deflate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let level = c_int_arg(vm, &args, 0)?;
    let method = c_int_arg(vm, &args, 1)?;
    let wbits = c_int_arg(vm, &args, 2)?;
    let memlevel = c_int_arg(vm, &args, 3)?;
    let strategy = c_int_arg(vm, &args, 4)?;
    let mut strm = blank_stream();
    let size = std::mem::size_of::<z::z_stream>() as c_int;
    let err = unsafe { z::deflateInit2_(&mut *strm, level, method, wbits, memlevel, strategy, z::zlibVersion(), size) };
    let obj = if err == z::Z_OK { wrap(vm, strm, true)? } else { Value::None };
    Ok(Value::tuple(vec![obj, Value::Int(err as i64)]))
}

/// `new_inflate(wbits)` -> `(stream or None, code)`.
fn new_inflate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let wbits = c_int_arg(vm, &args, 0)?;
    let mut strm = blank_stream();
    let size = std::mem::size_of::<z::z_stream>() as c_int;
    let err = unsafe { z::inflateInit2_(&mut *strm, wbits, z::zlibVersion(), size) };
    let obj = if err == z::Z_OK { wrap(vm, strm, false)? } else { Value::None };
    Ok(Value::tuple(vec![obj, Value::Int(err as i64)]))
}

fn set_dict(s: &ZStream, dict: &[u8]) -> c_int {
    let Ok(len) = c_uint::try_from(dict.len()) else {
        return z::Z_STREAM_ERROR;
    };
    let strm: &mut z::z_stream = &mut s.strm.borrow_mut();
    unsafe {
        if s.deflating {
            z::deflateSetDictionary(strm, dict.as_ptr(), len)
        } else {
            z::inflateSetDictionary(strm, dict.as_ptr(), len)
        }
    }
}

/// `set_dictionary(stream, zdict)` -> code.
fn set_dictionary(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(&arg(&args, 0))?;
    let dict = bytes_arg(vm, &arg(&args, 1))?;
    Ok(Value::Int(set_dict(&s, &dict) as i64))
}

/// `deflate(stream, data, flush)` -> `(output, code, msg)`: all of `data` is fed, and deflate
/// runs with `flush` until it leaves output space unused, as CPython's compress/flush loops.
fn deflate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(&arg(&args, 0))?;
    let data = bytes_arg(vm, &arg(&args, 1))?;
    let flush = c_int_arg(vm, &args, 2)?;
    let strm: &mut z::z_stream = &mut s.strm.borrow_mut();
    let mut out: Vec<u8> = Vec::new();
    let mut fed = 0usize;
    let mut err;
    loop {
        // Input goes in pieces of at most u32::MAX bytes, zlib's avail_in type.
        let piece = (data.len() - fed).min(c_uint::MAX as usize);
        strm.next_in = data[fed..].as_ptr() as *mut u8;
        strm.avail_in = piece as c_uint;
        fed += piece;
        let last = fed == data.len();
        loop {
            out.reserve(CHUNK);
            let start = out.len();
            let room = out.capacity() - start;
            strm.next_out = unsafe { out.as_mut_ptr().add(start) };
            strm.avail_out = room.min(c_uint::MAX as usize) as c_uint;
            err = unsafe { z::deflate(strm, if last { flush } else { z::Z_NO_FLUSH }) };
            let produced = room.min(c_uint::MAX as usize) - strm.avail_out as usize;
            // SAFETY: zlib wrote `produced` bytes into the reserved capacity.
            unsafe { out.set_len(start + produced) };
            if err == z::Z_STREAM_ERROR || strm.avail_out != 0 {
                break;
            }
        }
        if err == z::Z_STREAM_ERROR || last {
            break;
        }
    }
    strm.next_in = std::ptr::null_mut();
    strm.next_out = std::ptr::null_mut();
    strm.avail_in = 0;
    let msg = msg_of(strm);
    Ok(Value::tuple(vec![Value::Bytes(out.into()), Value::Int(err as i64), msg]))
}

/// `inflate(stream, data, flush, max_length, zdict)` -> `(output, consumed, code, msg,
/// dict_code)`: CPython's decompress loop. It stops at the stream's end, on an error, once
/// the input is used up, or when `max_length` (> 0) bytes are out; a stream asking for a
/// dictionary gets `zdict` (None: the Z_NEED_DICT is returned). `dict_code` is the result of
/// a failed inflateSetDictionary, else None.
fn inflate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(&arg(&args, 0))?;
    let data = bytes_arg(vm, &arg(&args, 1))?;
    let flush = c_int_arg(vm, &args, 2)?;
    let max_length = int_arg(vm, &arg(&args, 3), "")?.max(0) as usize;
    let zdict = match arg(&args, 4) {
        Value::None => None,
        v => Some(bytes_arg(vm, &v)?),
    };
    let mut out: Vec<u8> = Vec::new();
    let mut fed = 0usize;
    let mut err = z::Z_OK;
    let mut dict_err = Value::None;
    'outer: loop {
        let piece = (data.len() - fed).min(c_uint::MAX as usize);
        {
            let strm: &mut z::z_stream = &mut s.strm.borrow_mut();
            strm.next_in = data[fed..].as_ptr() as *mut u8;
            strm.avail_in = piece as c_uint;
        }
        fed += piece;
        loop {
            let mut room = CHUNK;
            if max_length > 0 {
                room = room.min(max_length - out.len());
                if room == 0 {
                    break 'outer;
                }
            }
            out.reserve(room);
            let start = out.len();
            let avail_out;
            {
                let strm: &mut z::z_stream = &mut s.strm.borrow_mut();
                strm.next_out = unsafe { out.as_mut_ptr().add(start) };
                strm.avail_out = room as c_uint;
                err = unsafe { z::inflate(strm, flush) };
                avail_out = strm.avail_out as usize;
            }
            // SAFETY: zlib wrote `room - avail_out` bytes into the reserved capacity.
            unsafe { out.set_len(start + room - avail_out) };
            match err {
                z::Z_OK | z::Z_BUF_ERROR | z::Z_STREAM_END => {}
                z::Z_NEED_DICT if zdict.is_some() => {
                    let code = set_dict(&s, zdict.as_deref().unwrap_or(&[]));
                    if code != z::Z_OK {
                        dict_err = Value::Int(code as i64);
                        break 'outer;
                    }
                }
                _ => break 'outer,
            }
            if !(avail_out == 0 || err == z::Z_NEED_DICT) {
                break;
            }
        }
        if err == z::Z_STREAM_END || fed == data.len() {
            break;
        }
    }
    let strm: &mut z::z_stream = &mut s.strm.borrow_mut();
    let consumed = fed - strm.avail_in as usize;
    strm.next_in = std::ptr::null_mut();
    strm.next_out = std::ptr::null_mut();
    strm.avail_in = 0;
    let msg = msg_of(strm);
    Ok(Value::tuple(vec![Value::Bytes(out.into()), Value::Int(consumed as i64), Value::Int(err as i64), msg, dict_err]))
}

/// `end(stream)` -> code: deflateEnd/inflateEnd.
fn end(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(&arg(&args, 0))?;
    let strm: &mut z::z_stream = &mut s.strm.borrow_mut();
    let err = unsafe {
        if s.deflating {
            z::deflateEnd(strm)
        } else {
            z::inflateEnd(strm)
        }
    };
    Ok(Value::Int(err as i64))
}

/// `copy(stream)` -> `(stream or None, code)`: deflateCopy/inflateCopy.
fn copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(&arg(&args, 0))?;
    let mut dest = blank_stream();
    let src: &mut z::z_stream = &mut s.strm.borrow_mut();
    if src.state.is_null() {
        return Ok(Value::tuple(vec![Value::None, Value::Int(z::Z_STREAM_ERROR as i64)]));
    }
    let err = unsafe {
        if s.deflating {
            z::deflateCopy(&mut *dest, src)
        } else {
            z::inflateCopy(&mut *dest, src)
        }
    };
    let obj = if err == z::Z_OK { wrap(vm, dest, s.deflating)? } else { Value::None };
    Ok(Value::tuple(vec![obj, Value::Int(err as i64)]))
}

/// `adler32(data, value)`: zlib's checksum, continuing from `value` (taken modulo 2**32).
fn adler32(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let data = bytes_arg(vm, &arg(&args, 0))?;
    let mut value = int_arg(vm, &arg(&args, 1), "")? as u64 as z::uLong;
    for piece in data.chunks(c_uint::MAX as usize) {
        value = unsafe { z::adler32(value, piece.as_ptr(), piece.len() as c_uint) };
    }
    Ok(Value::Int((value & 0xffff_ffff) as i64))
}

/// `version()`: the linked zlib's version string (`ZLIB_RUNTIME_VERSION`).
fn version(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    // SAFETY: zlibVersion returns a static NUL-terminated string.
    Ok(Value::string(unsafe { CStr::from_ptr(z::zlibVersion()) }.to_string_lossy().into_owned()))
}
