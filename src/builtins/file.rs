//! `open()` and its file objects (`_io.TextIOWrapper`, `_io.BufferedReader`/`Writer`):
//! text and binary modes, encodings through `text::codecs`, universal newlines, iteration,
//! the context manager protocol; the file is flushed and closed when the object dies.
//! Also `os_error`, which turns an I/O error into CPython's OSError subclass.

use crate::object::BoolWord;
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::fs::{File, OpenOptions};
use std::io::{Read, Write};
use std::rc::Rc;

use super::{arg, def_fn, def_getter, def_method};
use crate::object::class::Layout;
use crate::object::{Args, Class, ErrState, ExcKind, NativeObject, PyErr, PyResult, Value};
use crate::text::codecs;
use super::file_codec::{self, Coders};
use crate::vm::types::new_class_with;
use crate::vm::Vm;

mod raw;
mod seek;
mod view;
use seek::{seek, tell};
use view::{this, View};

/// CPython's OSError subclass for an I/O error, with args `(errno, strerror[, filename])`.
pub fn os_error(e: &std::io::Error, filename: Option<&Value>) -> PyErr {
    let errno = e.raw_os_error().unwrap_or(0);
    let kind = super::exceptions::errno_kind(errno as i64).unwrap_or(ExcKind::OSError);
    let text = e.to_string();
    let strerror = match text.find(" (os error") {
        Some(i) => text[..i].to_owned(),
        None => text,
    };
    let mut args = vec![Value::Int(errno as i64), Value::string(strerror)];
    if let Some(f) = filename {
        args.push(f.clone());
    }
    PyErr::with_args(kind, args)
}

/// `os_error` for a call on two paths (rename): args `(errno, strerror, a, None, b)`, which
/// CPython prints as "...: 'a' -> 'b'".
pub fn os_error_pair(e: &std::io::Error, a: &Value, b: &Value) -> PyErr {
    let mut err = os_error(e, Some(a));
    if let ErrState::Lazy { args, .. } = err.state_mut() {
        args.extend([Value::None, b.clone()]);
    }
    err
}

/// What `open()` was asked for, parsed from the mode string.
struct Mode {
    read: bool,
    write: bool,
    append: bool,
    create_new: bool,
    truncate: bool,
    binary: bool,
}

fn parse_mode(mode: &str) -> PyResult<Mode> {
    let invalid = || PyErr::value_error(format!("invalid mode: '{mode}'"));
    let mut m = Mode { read: false, write: false, append: false, create_new: false, truncate: false, binary: false };
    let (mut kinds, mut plus, mut text) = (0, false, false);
    for (i, c) in mode.chars().enumerate() {
        if mode[..i].contains(c) {
            return Err(invalid());
        }
        match c {
            'r' => (m.read, kinds) = (true, kinds + 1),
            'w' => (m.write, m.truncate, kinds) = (true, true, kinds + 1),
            'a' => (m.write, m.append, kinds) = (true, true, kinds + 1),
            'x' => (m.write, m.create_new, kinds) = (true, true, kinds + 1),
            '+' => plus = true,
            'b' => m.binary = true,
            't' => text = true,
            _ => return Err(invalid()),
        }
    }
    if text && m.binary {
        return Err(PyErr::value_error("can't have text and binary mode at once"));
    }
    // matches CPython: open() itself refuses two kinds; FileIO, later, refuses none
    if kinds > 1 {
        return Err(PyErr::value_error("must have exactly one of create/read/write/append mode"));
    }
    if kinds == 0 {
        return Err(PyErr::value_error("Must have exactly one of create/read/write/append mode and at most one plus"));
    }
    if plus {
        m.read = true;
        m.write = true;
    }
    Ok(m)
}

pub struct FileObj {
    file: RefCell<Option<File>>,
    /// Everything read so far but not consumed (text mode: decoded lazily per call).
    rbuf: RefCell<Vec<u8>>,
    rpos: Cell<usize>,
    eof: Cell<bool>,
    wbuf: RefCell<Vec<u8>>,
    /// Text written but not yet handed to the buffer below (CPython's TextIOWrapper pending
    /// bytes), so bytes written through `f.buffer` meanwhile come first, as in CPython.
    tbuf: RefCell<Vec<u8>>,
    /// After `detach()`: the highest layer still attached (`view::Layer`).
    detached: Cell<Option<view::Layer>>,
    name: Value,
    mode: String,
    /// The mode string the binary layers (`buffer`, `raw`) report ("rb+" for "w+").
    bin_mode: &'static str,
    binary: bool,
    readable: bool,
    writable: bool,
    encoding: String,
    /// `errors=` argument: the codec error handler ("strict" unless given).
    errors: String,
    /// `newline=` argument: None means universal newlines.
    newline: Option<String>,
    /// The kinds of line end read so far (SEEN_* bits), for `newlines`.
    seen_newlines: Cell<u8>,
    /// False for `open(fd, closefd=False)`: closing the file object leaves the descriptor open.
    closefd: bool,
    /// When writes reach the descriptor (`open()`'s `buffering`).
    flush: FlushMode,
    /// A text file's codec when it is not UTF-8: `rbuf` then holds the decoded text as UTF-8.
    coders: Option<Coders>,
    class: Rc<Class>,
}

const SEEN_CR: u8 = 1;
const SEEN_LF: u8 = 2;
const SEEN_CRLF: u8 = 4;

/// `newlines`: None until a line end has been read in universal or '' mode, then the one
/// kind seen or a tuple of the kinds in CPython's order ('\r', '\n', '\r\n').
fn newlines(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(&args)?;
    let seen = f.seen_newlines.get();
    let kinds: Vec<Value> = [(SEEN_CR, "\r"), (SEEN_LF, "\n"), (SEEN_CRLF, "\r\n")]
        .iter()
        .filter(|(bit, _)| seen & bit != 0)
        .map(|(_, text)| Value::str(text))
        .collect();
    Ok(match kinds.len() {
        0 => Value::None,
        1 => kinds[0].clone(),
        _ => Value::tuple(kinds),
    })
}

/// `open(..., buffering=)`: 0 (binary only) writes through at once, 1 (text only) flushes at
/// each line end, anything else fills a buffer first.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum FlushMode {
    Full,
    Line,
    Each,
}

impl NativeObject for FileObj {
    fn class(&self) -> Rc<Class> {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl Drop for FileObj {
    fn drop(&mut self) {
        let _ = self.flush_buffer();
        self.release();
    }
}

impl FileObj {
    /// Drop the OS file; with `closefd=False` its descriptor stays open (the caller's).
    fn release(&self) {
        use std::os::fd::IntoRawFd;
        if let Some(f) = self.file.borrow_mut().take() {
            if !self.closefd {
                let _ = f.into_raw_fd();
            }
        }
    }

    /// Hand the text layer's pending bytes down to the binary buffer.
    fn move_text_pending(&self) {
        let mut t = self.tbuf.borrow_mut();
        if !t.is_empty() {
            self.wbuf.borrow_mut().extend_from_slice(&t);
            t.clear();
        }
    }

    fn flush_buffer(&self) -> std::io::Result<()> {
        self.move_text_pending();
        self.flush_raw()
    }

    /// Write the binary buffer out to the descriptor.
    fn flush_raw(&self) -> std::io::Result<()> {
        let mut wbuf = self.wbuf.borrow_mut();
        if wbuf.is_empty() {
            return Ok(());
        }
        if let Some(f) = self.file.borrow_mut().as_mut() {
            f.write_all(&wbuf)?;
        }
        wbuf.clear();
        Ok(())
    }

    fn check_open(&self) -> PyResult<()> {
        if self.file.borrow().is_none() {
            return Err(PyErr::value_error("I/O operation on closed file."));
        }
        Ok(())
    }
}

/// Reading, as the layer the object stands for: the binary layers of a text file see its
/// bytes, undecoded.
impl View<'_> {
    /// Read until `rbuf` holds a line end past `rpos` (or everything, when `all`).
    fn fill(&self, vm: &mut Vm, all: bool) -> PyResult<()> {
        let mut chunk = vec![0u8; 65536];
        // matches CPython's read(): the rest of the file goes to the decoder in one call,
        // so a decode error counts its position from where that read started.
        let gather = all && self.coders.is_some();
        let mut pending = Vec::new();
        while !self.eof.get() {
            if !all && self.line_end(&self.rbuf.borrow()[self.rpos.get()..], false).is_some() {
                return Ok(());
            }
            let n = {
                let mut f = self.file.borrow_mut();
                let Some(f) = f.as_mut() else { return Err(PyErr::value_error("I/O operation on closed file.")) };
                f.read(&mut chunk).map_err(|e| os_error(&e, None))?
            };
            if n == 0 {
                self.eof.set(true);
            }
            if gather {
                pending.extend_from_slice(&chunk[..n]);
                if n == 0 {
                    self.push_read(vm, &pending, true)?;
                }
            } else {
                self.push_read(vm, &chunk[..n], n == 0)?;
            }
        }
        Ok(())
    }

    /// Where the first line of `rest` ends (just past its terminator), or None when more input
    /// could still change it. Which terminators count follows `newline=` as CPython's
    /// TextIOWrapper reads: None and '' split at '\r', '\n' and '\r\n'; '\r' and '\r\n' only
    /// at themselves; '\n' (and binary files) at '\n'.
    fn line_end(&self, rest: &[u8], at_eof: bool) -> Option<usize> {
        let mode = if self.binary { Some("\n") } else { self.newline.as_deref() };
        match mode {
            None | Some("") => {
                let i = memchr::memchr2(b'\n', b'\r', rest)?;
                if rest[i] == b'\n' {
                    return Some(i + 1);
                }
                match rest.get(i + 1) {
                    Some(b'\n') => Some(i + 2),
                    Some(_) => Some(i + 1),
                    // a '\r' at the end of what is buffered may be half of a '\r\n'
                    None if at_eof => Some(i + 1),
                    None => None,
                }
            }
            Some("\r") => memchr::memchr(b'\r', rest).map(|i| i + 1),
            Some("\r\n") => memchr::memmem::find(rest, b"\r\n").map(|i| i + 2),
            _ => memchr::memchr(b'\n', rest).map(|i| i + 1),
        }
    }

    /// Read until `n` bytes (binary) or `n` whole characters (text) are buffered, or end of
    /// file: as CPython's `read(n)`, a pipe returns as soon as enough has arrived rather than
    /// waiting for its writer to finish.
    fn fill_for(&self, vm: &mut Vm, n: usize) -> PyResult<()> {
        let mut chunk = vec![0u8; 65536];
        while !self.eof.get() && self.buffered_units() < n {
            let got = {
                let mut f = self.file.borrow_mut();
                let Some(f) = f.as_mut() else { return Err(PyErr::value_error("I/O operation on closed file.")) };
                f.read(&mut chunk).map_err(|e| os_error(&e, None))?
            };
            if got == 0 {
                self.eof.set(true);
            }
            self.push_read(vm, &chunk[..got], got == 0)?;
        }
        Ok(())
    }

    /// Append bytes just read to the read buffer, decoded first when the file has a codec.
    fn push_read(&self, vm: &mut Vm, raw: &[u8], last: bool) -> PyResult<()> {
        match &self.coders {
            Some(c) if !self.binary => {
                let text = c.decode(vm, raw, last)?;
                self.rbuf.borrow_mut().extend_from_slice(&text);
            }
            _ => self.rbuf.borrow_mut().extend_from_slice(raw),
        }
        Ok(())
    }

    /// Bytes (binary) or complete UTF-8 characters (text) buffered past `rpos`.
    fn buffered_units(&self) -> usize {
        let buf = self.rbuf.borrow();
        let rest = buf.get(self.rpos.get()..).unwrap_or(&[]);
        if self.binary {
            return rest.len();
        }
        let (mut i, mut count) = (0, 0);
        while i < rest.len() {
            let width = match rest[i] {
                0xF0..=0xF7 => 4,
                0xE0..=0xEF => 3,
                0xC0..=0xDF => 2,
                _ => 1,
            };
            if i + width > rest.len() {
                break;
            }
            i += width;
            count += 1;
        }
        count
    }

    /// Take bytes `rpos..end` out of the read buffer.
    fn take(&self, end: usize) -> Vec<u8> {
        let start = self.rpos.get();
        let out = self.rbuf.borrow()[start..end].to_vec();
        self.rpos.set(end);
        if end > 65536 && end * 2 > self.rbuf.borrow().len() {
            self.rbuf.borrow_mut().drain(..end);
            self.rpos.set(0);
        }
        out
    }

    /// Record which line ends `text` holds, for the `newlines` attribute (a '\r\n' split
    /// across two reads counts as '\r' and '\n', as in CPython when the halves are decoded
    /// apart).
    fn note_newlines(&self, text: &[u8]) {
        let mut seen = self.seen_newlines.get();
        let mut i = 0;
        while let Some(at) = memchr::memchr2(b'\r', b'\n', &text[i..]) {
            let j = i + at;
            if text[j] == b'\n' {
                seen |= SEEN_LF;
                i = j + 1;
            } else if text.get(j + 1) == Some(&b'\n') {
                seen |= SEEN_CRLF;
                i = j + 2;
            } else {
                seen |= SEEN_CR;
                i = j + 1;
            }
        }
        self.seen_newlines.set(seen);
    }

    fn decode(&self, data: &[u8]) -> PyResult<Value> {
        if self.binary {
            return Ok(Value::Bytes(data.into()));
        }
        // A codec's decoder has already turned the bytes into (valid) UTF-8.
        let s = match self.coders {
            Some(_) => String::from_utf8_lossy(data).into_owned(),
            None => codecs::decode(data, &self.encoding, &self.errors).map_err(super::str_type::codec_error)?,
        };
        if matches!(self.newline.as_deref(), None | Some("")) {
            self.note_newlines(s.as_bytes());
        }
        let s = match &self.newline {
            None => s.replace("\r\n", "\n").replace('\r', "\n"),
            Some(_) => s,
        };
        Ok(Value::string(s))
    }
}

pub fn install(vm: &mut Vm) {
    let text = file_class(vm, "TextIOWrapper");
    vm.iterator_classes.borrow_mut().push(("_io.TextIOWrapper", text.clone()));
    let reader = file_class(vm, "BufferedReader");
    let writer = file_class(vm, "BufferedWriter");
    let random = file_class(vm, "BufferedRandom");
    vm.iterator_classes.borrow_mut().push(("_io.BufferedReader", reader.clone()));
    vm.iterator_classes.borrow_mut().push(("_io.BufferedWriter", writer.clone()));
    let raw = file_class(vm, "FileIO");
    raw::add_fileio_methods(&raw);
    for cls in [&reader, &writer, &random, &raw] {
        raw::add_binary_methods(cls);
    }
    for (cls, peekable) in [(&reader, true), (&random, true), (&writer, false)] {
        raw::add_buffered_read_methods(cls, peekable);
    }
    def_getter(&text, "buffer", view::buffer);
    def_getter(&text, "newlines", newlines);
    def_getter(&text, "line_buffering", |_, a| Ok(Value::Bool((this(&a)?.flush == FlushMode::Line).into())));
    // writes always reach the buffer below by flush time; CPython reports False unless asked
    def_getter(&text, "write_through", |_, a| {
        this(&a)?;
        Ok(Value::Bool(false.into()))
    });
    def_method(&text, "detach", view::detach);
    for cls in [&reader, &writer, &random] {
        def_getter(cls, "raw", view::raw);
        def_method(cls, "detach", view::detach);
    }
    vm.iterator_classes.borrow_mut().push(("_io.BufferedRandom", random));
    vm.iterator_classes.borrow_mut().push(("_io.FileIO", raw));
    let exc_bases = [vm.exc_class(ExcKind::OSError), vm.exc_class(ExcKind::ValueError)];
    let unsupported = new_class_with("UnsupportedOperation", &exc_bases, Layout::Exception, Some(ExcKind::OSError)).expect("OSError and ValueError have a consistent MRO");
    unsupported.dict.borrow_mut().set_str("__module__", Value::str("io"));
    vm.iterator_classes.borrow_mut().push(("io.UnsupportedOperation", unsupported));
    let b = vm.builtins.clone();
    def_fn(&mut b.borrow_mut(), "open", open);
}

fn file_class(vm: &Vm, name: &str) -> Rc<Class> {
    let cls = new_class_with(name, &[vm.types.object.clone()], Layout::Builtin, None).expect("trivial MRO");
    cls.dict.borrow_mut().set_str("__module__", Value::str("_io"));
    // CPython's messages name the type in full ("'_io.TextIOWrapper' object has no attribute").
    *cls.tp_name.borrow_mut() = Some(Rc::from(format!("_io.{name}")));
    for (n, f) in [
        ("read", read as crate::object::NativeFn),
        ("readline", readline),
        ("readlines", readlines),
        ("write", write),
        ("writelines", writelines),
        ("close", close),
        ("flush", flush),
        ("__enter__", enter),
        ("__exit__", exit),
        ("__iter__", enter),
        ("__next__", next),
        ("__repr__", repr),
        ("readable", readable),
        ("writable", writable),
        ("seekable", seekable),
        ("fileno", fileno),
        ("isatty", isatty),
        ("seek", seek),
        ("tell", tell),
        ("truncate", seek::truncate),
    ] {
        def_method(&cls, n, f);
    }
    def_getter(&cls, "name", |_, a| Ok(this(&a)?.name.clone()));
    def_getter(&cls, "mode", |_, a| Ok(Value::str(this(&a)?.mode)));
    def_getter(&cls, "closed", |_, a| {
        let f = this(&a)?;
        f.check_attached()?;
        let closed = f.file.borrow().is_none();
        Ok(Value::bool(closed))
    });
    def_getter(&cls, "encoding", |_, a| Ok(Value::str(&this(&a)?.encoding)));
    def_getter(&cls, "errors", |_, a| Ok(Value::str(&this(&a)?.errors)));
    cls
}


/// `io.UnsupportedOperation`, for the `io` module.
pub fn unsupported_operation_class(vm: &Vm) -> Rc<Class> {
    class_for(vm, "io.UnsupportedOperation")
}

/// A path argument as a String: str, bytes, or an object whose `__fspath__` returns one of
/// them (CPython's `os.fspath`, with its messages).
pub fn fspath_string(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let direct = |v: &Value| match v {
        Value::Str(s) => Some(s.as_str().to_owned()),
        Value::Bytes(b) => Some(String::from_utf8_lossy(b).into_owned()),
        _ => None,
    };
    if let Some(p) = direct(v) {
        return Ok(p);
    }
    let Some(f) = vm.lookup_attr_opt(v, "__fspath__")? else {
        return Err(PyErr::type_error(format!("expected str, bytes or os.PathLike object, not {}", vm.type_name(v))));
    };
    let p = vm.call(&f, vec![])?;
    direct(&p).ok_or_else(|| {
        PyErr::type_error(format!("expected {}.__fspath__() to return str or bytes, not {}", vm.type_name(v), vm.type_name(&p)))
    })
}

fn class_for(vm: &Vm, name: &'static str) -> Rc<Class> {
    let classes = vm.iterator_classes.borrow();
    classes.iter().find(|(n, _)| *n == name).map(|(_, c)| c.clone()).expect("file classes are installed with open()")
}

fn open(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.allow_kw("open()", &["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"])?;
    let file = args.arg(0, "file").cloned().ok_or_else(|| PyErr::type_error("open() missing required argument 'file' (pos 1)"))?;
    let mode_v = args.arg(1, "mode").cloned().unwrap_or(Value::str("r"));
    let Some(mode_s) = mode_v.as_str().map(str::to_owned) else {
        return Err(PyErr::type_error(format!("open() argument 'mode' must be str, not {}", super::arg_type_name(vm, &mode_v))));
    };
    let closefd = match args.arg(6, "closefd") {
        None => true,
        Some(v) => vm.is_true(v)?,
    };
    // matches CPython's io.open: an int is a descriptor; anything else goes through
    // os.fspath, and the file's `name` is what that gives (a Path's string).
    let fd = match &file {
        Value::Int(fd) => Some(*fd),
        Value::Bool(b) => Some(b.get() as i64),
        Value::BigInt(_) => Some(i64::MAX),
        _ => None,
    };
    let (path, name) = match fd {
        Some(_) => (String::new(), file.clone()),
        None => {
            let path = fspath_string(vm, &file)?;
            let name = if matches!(file, Value::Str(_) | Value::Bytes(_)) { file.clone() } else { Value::str(&path) };
            (path, name)
        }
    };
    let mode = parse_mode(&mode_s)?;
    let encoding = match args.arg(3, "encoding") {
        Some(Value::None) | None => None,
        // matches CPython 3.10+: "locale" is the locale's encoding, UTF-8 here as for None.
        Some(Value::Str(s)) if s.as_str() == "locale" => None,
        Some(Value::Str(s)) => Some(s.as_str().to_owned()),
        Some(other) => return Err(PyErr::type_error(format!("open() argument 'encoding' must be str or None, not {}", vm.type_name(other)))),
    };
    if mode.binary && encoding.is_some() {
        return Err(PyErr::value_error("binary mode doesn't take an encoding argument"));
    }
    let errors = match args.arg(4, "errors") {
        Some(Value::None) | None => None,
        Some(Value::Str(s)) => Some(s.as_str().to_owned()),
        Some(other) => return Err(PyErr::type_error(format!("open() argument 'errors' must be str or None, not {}", vm.type_name(other)))),
    };
    if mode.binary && errors.is_some() {
        return Err(PyErr::value_error("binary mode doesn't take an errors argument"));
    }
    let coders = match (&encoding, mode.binary) {
        (Some(enc), false) => file_codec::open_coders(vm, enc, errors.as_deref().unwrap_or("strict"))?,
        _ => None,
    };
    let newline = match args.arg(5, "newline") {
        Some(Value::None) | None => None,
        Some(Value::Str(s)) => {
            let s = s.as_str().to_owned();
            if !["", "\n", "\r", "\r\n"].contains(&s.as_str()) {
                return Err(PyErr::value_error(format!("illegal newline value: {s}")));
            }
            Some(s)
        }
        Some(other) => return Err(PyErr::type_error(format!("open() argument 'newline' must be str or None, not {}", vm.type_name(other)))),
    };
    if mode.binary && newline.is_some() {
        return Err(PyErr::value_error("binary mode doesn't take a newline argument"));
    }
    let buffering = match args.arg(2, "buffering") {
        None => -1,
        Some(v) => crate::builtins::int_arg(vm, v, "")?,
    };
    let flush = match buffering {
        0 if !mode.binary => return Err(PyErr::value_error("can't have unbuffered text I/O")),
        0 => FlushMode::Each,
        1 if !mode.binary => FlushMode::Line,
        _ => FlushMode::Full,
    };
    if let Some(fd) = fd {
        let file = descriptor_file(fd)?;
        return new_file(vm, file, name, mode_s, &mode, TextLayer { encoding, errors, newline, coders }, closefd, flush);
    }
    if !closefd {
        return Err(PyErr::value_error("Cannot use closefd=False with file name"));
    }
    let mut opts = OpenOptions::new();
    opts.read(mode.read).write(mode.write && !mode.append).append(mode.append);
    if mode.truncate {
        opts.create(true).truncate(true);
    } else if mode.append {
        opts.create(true);
    } else if mode.create_new {
        opts.create_new(true);
    }
    // matches CPython: the error names the path's string, not a path-like object.
    let f = opts.open(&path).map_err(|e| os_error(&e, Some(&name)))?;
    // matches CPython's FileIO: a file opened for appending starts at its end, so `tell()`
    // before the first write is the file's size.
    if mode.append {
        use std::io::Seek;
        let _ = (&f).seek(std::io::SeekFrom::End(0));
    }
    // matches CPython: appending to a non-empty file writes no second BOM.
    if let (Some(c), true) = (&coders, mode.append) {
        let len = f.metadata().map(|m| m.len()).unwrap_or(0);
        c.reposition(vm, len)?;
    }
    if f.metadata().map(|m| m.is_dir()).unwrap_or(false) {
        let e = std::io::Error::from_raw_os_error(libc::EISDIR);
        return Err(os_error(&e, Some(&name)));
    }
    new_file(vm, f, name, mode_s, &mode, TextLayer { encoding, errors, newline, coders }, true, flush)
}

/// The file over open descriptor `fd` (`open(fd)`), checked the way CPython's FileIO checks
/// it: a negative number is a ValueError, a closed descriptor an OSError (EBADF).
fn descriptor_file(fd: i64) -> PyResult<File> {
    use std::os::fd::FromRawFd;
    // matches CPython: a number beyond a C int is not taken for a descriptor at all.
    let Ok(fd) = i32::try_from(fd) else {
        return Err(PyErr::type_error("expected str, bytes or os.PathLike object, not int"));
    };
    if fd < 0 {
        return Err(PyErr::value_error("negative file descriptor"));
    }
    // SAFETY: F_GETFD only reads the descriptor's flags; a closed one fails with EBADF.
    if unsafe { libc::fcntl(fd, libc::F_GETFD) } < 0 {
        return Err(os_error(&std::io::Error::last_os_error(), None));
    }
    // SAFETY: `fd` is open (checked above); the file object owns it from here, and with
    // `closefd=False` gives it back unclosed (`FileObj::release`).
    Ok(unsafe { File::from_raw_fd(fd) })
}

/// A file object over an open file (`open()`, and the pipes of `subprocess.Popen`).
/// A text file's `encoding`, `errors` and `newline` arguments (None where not given).
struct TextLayer {
    encoding: Option<String>,
    errors: Option<String>,
    newline: Option<String>,
    coders: Option<Coders>,
}

fn new_file(vm: &Vm, f: File, name: Value, mode_s: String, mode: &Mode, text: TextLayer, closefd: bool, flush: FlushMode) -> PyResult<Value> {
    let TextLayer { encoding, errors, newline, coders } = text;
    let class_name = if !mode.binary {
        "_io.TextIOWrapper"
    } else if flush == FlushMode::Each {
        "_io.FileIO"
    } else if mode.read && mode.write {
        "_io.BufferedRandom"
    } else if mode.read {
        "_io.BufferedReader"
    } else {
        "_io.BufferedWriter"
    };
    let obj = FileObj {
        file: RefCell::new(Some(f)),
        rbuf: RefCell::new(Vec::new()),
        rpos: Cell::new(0),
        eof: Cell::new(false),
        wbuf: RefCell::new(Vec::new()),
        tbuf: RefCell::new(Vec::new()),
        detached: Cell::new(None),
        bin_mode: raw::binary_mode_name(mode),
        name,
        mode: if mode.binary { raw::binary_mode_name(mode).to_owned() } else { mode_s },
        binary: mode.binary,
        readable: mode.read,
        writable: mode.write,
        encoding: encoding.unwrap_or_else(|| "UTF-8".to_owned()),
        errors: errors.unwrap_or_else(|| "strict".to_owned()),
        newline,
        seen_newlines: Cell::new(0),
        closefd,
        flush,
        coders,
        class: class_for(vm, class_name),
    };
    Ok(Value::Native(crate::object::NativeRef::new(obj)))
}

/// `io.UnsupportedOperation(what)` (an OSError and ValueError subclass, as in CPython).
fn unsupported(vm: &mut Vm, what: &str) -> PyErr {
    let cls = class_for(vm, "io.UnsupportedOperation");
    match vm.call(&Value::Class(cls), vec![Value::str(what)]) {
        Ok(Value::Instance(i)) => PyErr::from_instance(i),
        Ok(_) => PyErr::new(ExcKind::OSError, what.to_owned()),
        Err(e) => e,
    }
}

fn read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(&args)?;
    f.check_open()?;
    if !f.readable {
        return Err(unsupported(vm, "not readable"));
    }
    f.flush_buffer().map_err(|e| os_error(&e, None))?;
    let size = match args.pos.get(1) {
        None | Some(Value::None) => -1,
        Some(v) => super::int_arg(vm, v, "")?,
    };
    if size < 0 {
        f.fill(vm, true)?;
    } else {
        f.fill_for(vm, size as usize)?;
    }
    let len = f.rbuf.borrow().len();
    let start = f.rpos.get();
    let end = if size < 0 { len } else { text_end(&f, start, len, size as usize) };
    let data = f.take(end);
    f.decode(&data)
}

/// Byte end of `n` characters (text) or bytes (binary) from `start`.
fn text_end(f: &View, start: usize, len: usize, n: usize) -> usize {
    if f.binary {
        return (start + n).min(len);
    }
    let buf = f.rbuf.borrow();
    let mut end = start;
    let mut count = 0;
    while end < len && count < n {
        end += 1;
        while end < len && (buf[end] & 0xC0) == 0x80 {
            end += 1;
        }
        count += 1;
    }
    end
}

/// One line (with its end) or an empty result at end of file.
fn read_line(vm: &mut Vm, f: &View) -> PyResult<Value> {
    f.check_open()?;
    if !f.readable {
        return Err(unsupported(vm, "not readable"));
    }
    f.fill(vm, false)?;
    let start = f.rpos.get();
    let end = {
        let buf = f.rbuf.borrow();
        match f.line_end(&buf[start..], true) {
            Some(n) => start + n,
            None => buf.len(),
        }
    };
    let data = f.take(end);
    f.decode(&data)
}

fn readline(vm: &mut Vm, args: Args) -> PyResult<Value> {
    read_line(vm, &this(&args)?)
}

fn is_empty(v: &Value) -> bool {
    match v {
        Value::Str(s) => s.as_str().is_empty(),
        Value::Bytes(b) => b.is_empty(),
        _ => true,
    }
}

fn readlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(&args)?;
    let mut lines = Vec::new();
    loop {
        let line = read_line(vm, &f)?;
        if is_empty(&line) {
            return Ok(Value::list(lines));
        }
        lines.push(line);
    }
}

fn next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let line = read_line(vm, &this(&args)?)?;
    if is_empty(&line) {
        return Err(PyErr::stop_iteration(None));
    }
    Ok(line)
}

/// CPython's `_CHUNK_SIZE`: how much text a TextIOWrapper keeps before passing it down.
const TEXT_CHUNK: usize = 8192;

fn write_value(vm: &mut Vm, f: &View, v: &Value) -> PyResult<usize> {
    f.check_open()?;
    if !f.writable {
        return Err(unsupported(vm, "not writable"));
    }
    let (data, count) = if f.binary {
        match v {
            Value::Bytes(b) => (b.to_vec(), b.len()),
            Value::ByteArray(b) => (b.borrow().clone(), b.borrow().len()),
            other => return Err(PyErr::type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(other)))),
        }
    } else {
        let Value::Str(s) = v else {
            return Err(PyErr::type_error(format!("write() argument must be str, not {}", vm.type_name(v))));
        };
        let text = s.as_str();
        let translated = match f.newline.as_deref() {
            Some("\r") => text.replace('\n', "\r"),
            Some("\r\n") => text.replace('\n', "\r\n"),
            _ => text.to_owned(),
        };
        let bytes = match &f.coders {
            Some(c) => c.encode(vm, &translated)?,
            None => codecs::encode(&translated, &f.encoding, &f.errors).map_err(super::str_type::codec_error)?,
        };
        (bytes, text.chars().count())
    };
    if f.binary {
        f.wbuf.borrow_mut().extend_from_slice(&data);
    } else {
        // matches CPython's TextIOWrapper: pending text goes down to the buffer in chunks
        // of 8192 bytes (and at every flush).
        if f.tbuf.borrow().len() + data.len() > TEXT_CHUNK {
            f.move_text_pending();
        }
        f.tbuf.borrow_mut().extend_from_slice(&data);
        if f.tbuf.borrow().len() >= TEXT_CHUNK {
            f.move_text_pending();
        }
    }
    let due = match f.flush {
        FlushMode::Each => f.binary,
        FlushMode::Line => !f.binary && data.iter().any(|&b| b == b'\n' || b == b'\r'),
        FlushMode::Full => false,
    };
    if due {
        f.flush_buffer().map_err(|e| os_error(&e, None))?;
    } else if f.wbuf.borrow().len() >= 65536 {
        f.flush_raw().map_err(|e| os_error(&e, None))?;
    }
    Ok(count)
}

fn write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(&args)?;
    Ok(Value::Int(write_value(vm, &f, &arg(&args, 1))? as i64))
}

fn writelines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(&args)?;
    for line in vm.collect_iterable(&arg(&args, 1))? {
        write_value(vm, &f, &line)?;
    }
    Ok(Value::None)
}

fn close(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(&args)?;
    if f.file.borrow().is_some() {
        let flushed = f.flush_buffer();
        f.release();
        flushed.map_err(|e| os_error(&e, None))?;
    }
    Ok(Value::None)
}

fn flush(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(&args)?;
    f.check_open()?;
    f.flush_buffer().map_err(|e| os_error(&e, None))?;
    Ok(Value::None)
}

fn enter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(&args)?.check_open()?;
    Ok(arg(&args, 0))
}

fn exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    close(vm, Args { pos: &args.pos[..1.min(args.pos.len())], kw: &[] })?;
    Ok(Value::None)
}

fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(&args)?;
    if let Some(r) = view::detached_text_repr(&f) {
        return Ok(Value::string(r));
    }
    let name = vm.repr(&f.name)?;
    let cls = f.class_name();
    match f.layer {
        view::Layer::Raw => raw::fileio_repr(vm, &args),
        view::Layer::Buffered => Ok(Value::string(format!("<{cls} name={name}>"))),
        view::Layer::Text => Ok(Value::string(format!("<{cls} name={name} mode='{}' encoding='{}'>", f.mode, f.encoding))),
    }
}

fn readable(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(&args)?;
    f.check_open()?;
    Ok(Value::bool(f.readable))
}

fn writable(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(&args)?;
    f.check_open()?;
    Ok(Value::bool(f.writable))
}

fn seekable(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(&args)?.check_open()?;
    Ok(Value::Bool(BoolWord::TRUE))
}

fn isatty(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(&args)?.check_open()?;
    Ok(Value::Bool(BoolWord::FALSE))
}

fn fileno(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    use std::os::unix::io::AsRawFd;
    let f = this(&args)?;
    f.check_open()?;
    let fd = f.file.borrow().as_ref().map_or(-1, |f| f.as_raw_fd() as i64);
    Ok(Value::Int(fd))
}

/// The ValueError `open()` raises for a bad mode string, if any (`os.fdopen` checks the mode
/// before it takes the descriptor over).
pub fn check_mode(mode: &str) -> PyResult<()> {
    parse_mode(mode).map(|_| ())
}

/// A file object over a descriptor we own (the parent's end of a child's pipe): `mode` is an
/// `open()` mode such as "rb" or "w"; the name is the descriptor, as for CPython's `open(fd)`.
pub fn file_from_fd(vm: &mut Vm, fd: std::os::fd::OwnedFd, mode_s: &str, encoding: Option<String>) -> PyResult<Value> {
    use std::os::fd::AsRawFd;
    let mode = parse_mode(mode_s)?;
    let name = Value::Int(fd.as_raw_fd() as i64);
    let encoding = if mode.binary { None } else { encoding };
    new_file(vm, File::from(fd), name, mode_s.to_owned(), &mode, TextLayer { encoding, errors: None, newline: None, coders: None }, true, FlushMode::Full)
}

/// Take the OS file out of a file object (flushing it first), leaving the object closed;
/// None when `v` is not an open file object.
pub fn take_file(v: &Value) -> Option<File> {
    let f = v.downcast::<FileObj>()?;
    let _ = f.flush_buffer();
    let taken = f.file.borrow_mut().take();
    taken
}
