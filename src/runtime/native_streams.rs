//! Native bodies for the per-message methods of asyncio streams: `await reader.read(n)`,
//! `await reader.readexactly(n)`, `writer.write(data)` and `await writer.drain()`, so an echo
//! round trip runs no script frames for them. The classes stay in `stdlib/asyncio/streams.py`
//! with their Python methods: `SelectorEventLoop._use_native_streams(...)` swaps these in,
//! and they serve only instances of exactly `StreamReader`/`StreamWriter` over the loop's own
//! socket, awaited at once (`Vm::await_next`), with fields of the types `__init__` gives them.
//! Anything else (a subclass, a hand-fed reader, `read()` to EOF, a stored exception, a
//! closing writer, a monkeypatched `_fill`/`exception`) calls the Python method.
//!
//! A read that must wait parks a future on the socket and returns it for the await to hold,
//! where the Python method would await the recv future `_fill` makes: cancellation reaches
//! the same kind of future, and bytes that arrive are appended to `_buffer` as `_fill` would
//! append them (the rest of each method then runs here, or in `streams._fill_done` for EOF
//! and unusual buffers).

use crate::object::BoolWord;
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::field::Field;
use super::net::{self, PendingOp, Socket};
use crate::builtins::{arg, native};
use crate::object::class::Layout;
use crate::object::function::NativeKind;
use crate::object::{Args, Class, NativeObject, PyErr, PyResult, RcSlice, Value};
use crate::vm::Vm;

/// The classes served, the Python methods they stand in for, and what the fast paths bypass.
pub struct StreamsFast {
    reader: Rc<Class>,
    writer: Rc<Class>,
    py_read: Value,
    py_readexactly: Value,
    py_write: Value,
    py_drain: Value,
    /// `StreamReader._fill` and `StreamReader.exception` as installed: the fast paths stand in
    /// for calls of them, so they apply only while the class still holds these.
    py_fill: Value,
    py_exception: Value,
    /// `streams._fill_done(reader, data, n, exactly)`: the rest of read/readexactly once the
    /// socket gave `data`, for the cases not handled here (EOF, an unusual `_buffer`).
    fill_done: Value,
    /// `b''`, shared by every emptied `_buffer`.
    empty: Value,
    /// `streams._HIGH_WATER`: drain() waits only above it.
    high_water: usize,
    /// The type epoch at which the reader class was last seen to hold `py_fill`/`py_exception`.
    checked_epoch: Cell<u64>,
    reader_layout: RefCell<Option<FieldLayout>>,
    writer_layout: RefCell<Option<FieldLayout>>,
}

/// The registry as a value kept in the two classes' dicts (`_corio_fast`).
struct Registry {
    fast: Rc<StreamsFast>,
    class: Rc<Class>,
}

impl NativeObject for Registry {
    fn class(&self) -> Rc<Class> {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// Where the registry sits in both classes' dicts.
const FAST: Field = Field::new("_corio_fast");
const READER_FIELDS: [Field; 5] =
    [Field::new("_buffer"), Field::new("_eof"), Field::new("_exception"), Field::new("_sock"), Field::new("_limit")];
const R_BUFFER: usize = 0;
const R_EOF: usize = 1;
const R_EXCEPTION: usize = 2;
const R_SOCK: usize = 3;
const R_LIMIT: usize = 4;
const WRITER_FIELDS: [Field; 5] =
    [Field::new("_sock"), Field::new("_reader"), Field::new("_pending"), Field::new("_closing"), Field::new("_eof_requested")];
const W_SOCK: usize = 0;
const W_READER: usize = 1;
const W_PENDING: usize = 2;
const W_CLOSING: usize = 3;
const W_EOF_REQUESTED: usize = 4;

/// `SelectorEventLoop._use_native_streams(StreamReader, StreamWriter, _fill_done, _HIGH_WATER)`.
pub fn use_native_streams(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let class_arg = |i: usize| match args.pos.get(i) {
        Some(Value::Class(c)) => Ok(c.clone()),
        _ => Err(PyErr::type_error("_use_native_streams(StreamReader, StreamWriter, fill_done, high_water) takes two classes")),
    };
    let (reader, writer) = (class_arg(0)?, class_arg(1)?);
    let high_water = match args.pos.get(3) {
        Some(Value::Int(n)) if *n >= 0 => *n as usize,
        _ => return Err(PyErr::type_error("_use_native_streams: high_water must be an int")),
    };
    let method = |cls: &Rc<Class>, name: &str| {
        cls.lookup(name).ok_or_else(|| PyErr::attribute_error(format!("type object '{}' has no attribute '{name}'", cls.tp_name())))
    };
    let class = crate::vm::types::new_class_with("_StreamsFastPaths", std::slice::from_ref(&vm.types.object), Layout::Builtin, None)?;
    let fast = StreamsFast {
        py_read: method(&reader, "read")?,
        py_readexactly: method(&reader, "readexactly")?,
        py_fill: method(&reader, "_fill")?,
        py_exception: method(&reader, "exception")?,
        py_write: method(&writer, "write")?,
        py_drain: method(&writer, "drain")?,
        fill_done: arg(&args, 2),
        empty: bytes(&[]),
        high_water,
        checked_epoch: Cell::new(0),
        reader_layout: RefCell::new(None),
        writer_layout: RefCell::new(None),
        reader: reader.clone(),
        writer: writer.clone(),
    };
    let fast = Rc::new(fast);
    let reg = Value::Native(crate::object::NativeRef::new(Registry { fast: fast.clone(), class }));
    // Each method names the module of the method it replaces (its `__module__`, and the key
    // of its CPython docstring and signature, which `help()` shows).
    let set = |cls: &Rc<Class>, name: &str, f: crate::object::NativeFn| {
        let method = native(name, f, NativeKind::Method, None);
        if let Value::Builtin(b) = &method {
            let _ = b.module.set(Rc::from("asyncio.streams"));
        }
        cls.dict.borrow_mut().set_str(name, method);
    };
    set(&reader, "read", reader_read);
    set(&reader, "readexactly", reader_readexactly);
    set(&writer, "write", writer_write);
    set(&writer, "drain", writer_drain);
    set(&writer, "_take_unread", writer_take_unread);
    reader.dict.borrow_mut().set_str(FAST.name, reg.clone());
    writer.dict.borrow_mut().set_str(FAST.name, reg.clone());
    LAST_INSTALLED.with(|last| *last.borrow_mut() = Some(fast));
    Ok(Value::None)
}

/// The native methods that stand in for `async def` methods (`write` is a plain method).
pub(super) const COROUTINE_FUNCTIONS: [crate::object::NativeFn; 3] = [reader_read, reader_readexactly, writer_drain];

thread_local! {
    /// The registry installed last on this thread: a cache that spares the exact-class check
    /// a class-dict lookup. An instance of another interpreter's classes misses it and finds
    /// its own registry through its class.
    static LAST_INSTALLED: RefCell<Option<Rc<StreamsFast>>> = const { RefCell::new(None) };
}

/// The registry for `this`, and whether `this` is an instance of exactly the class `pick`
/// chooses. A subclass finds the registry along its MRO (for the Python method).
fn registry(this: &Value, pick: fn(&StreamsFast) -> &Rc<Class>) -> PyResult<(Rc<StreamsFast>, bool)> {
    let Value::Instance(inst) = this else {
        return Err(PyErr::type_error("a stream method was called on a non-stream object"));
    };
    let cls = inst.class.borrow();
    let cached = LAST_INSTALLED.with(|last| last.borrow().as_ref().filter(|reg| Rc::ptr_eq(pick(reg), &cls)).cloned());
    if let Some(reg) = cached {
        return Ok((reg, true));
    }
    let found = cls.lookup(FAST.name);
    match found.as_ref().and_then(|v| v.downcast::<Registry>()) {
        Some(r) => Ok((r.fast.clone(), Rc::ptr_eq(pick(&r.fast), &cls))),
        None => Err(PyErr::runtime_error("native asyncio streams are not installed")),
    }
}

impl StreamsFast {
    /// The reader class still holds the `_fill` and `exception` the fast paths stand in for.
    fn reader_unpatched(&self) -> bool {
        let epoch = crate::object::dict::type_epoch();
        if self.checked_epoch.get() == epoch {
            return true;
        }
        let d = self.reader.dict.borrow();
        let same = |name: &str, v: &Value| d.get_str(name).is_some_and(|x| x.is(v));
        let ok = same("_fill", &self.py_fill) && same("exception", &self.py_exception);
        if ok {
            self.checked_epoch.set(epoch);
        }
        ok
    }
}

/// Where a class's fields sat in the last instance dict seen: their entry indices and the
/// key objects found there.
pub struct FieldLayout {
    idx: [u32; 5],
    keys: [Value; 5],
}

/// Entry indices of `fields` in `obj`'s dict. Every reader (writer) made by `__init__` stores
/// its attributes in the same order under the same name objects, so the last instance's
/// layout is checked first, one key identity per field, before the dict is searched.
fn fields_of(layout: &RefCell<Option<FieldLayout>>, obj: &Value, fields: &[Field; 5]) -> Option<[u32; 5]> {
    let Value::Instance(inst) = obj else { return None };
    let d = inst.dict.borrow();
    if let Some(l) = &*layout.borrow() {
        let same = |i: u32, k: &Value| match (d.entry_at(i as usize).map(|e| &e.key), k) {
            (Some(Value::Str(a)), Value::Str(b)) => Rc::ptr_eq(a, b),
            _ => false,
        };
        if l.idx.iter().zip(&l.keys).all(|(i, k)| same(*i, k)) {
            return Some(l.idx);
        }
    }
    let [a, b, c, e, f] = d.find_str_fields(fields.map(Field::key));
    let idx = [a?, b?, c?, e?, f?].map(|i| i as u32);
    let keys = idx.map(|i| d.entry_at(i as usize).map_or(Value::None, |e| e.key.clone()));
    *layout.borrow_mut() = Some(FieldLayout { idx, keys });
    Some(idx)
}

/// The values of a plain reader's fields: (buffer, eof, sock, limit) when `_buffer` is a
/// bytearray (as CPython's, which programs read and mutate in place),
/// `_eof` a bool, `_exception` None, `_sock` the loop's socket and `_limit` a positive int.
struct ReaderState {
    buffer: Buffer,
    eof: bool,
    sock: Value,
    limit: usize,
}

fn reader_state(reg: &StreamsFast, r: &Value) -> Option<ReaderState> {
    let idx = fields_of(&reg.reader_layout, r, &READER_FIELDS)?;
    let Value::Instance(inst) = r else { return None };
    let d = inst.dict.borrow();
    let v = |k: usize| d.entry_at(idx[k] as usize).map(|e| &e.value);
    let (Some(Value::ByteArray(buffer)), Some(Value::Bool(eof)), Some(Value::None), Some(sock), Some(Value::Int(limit))) =
        (v(R_BUFFER), v(R_EOF), v(R_EXCEPTION), v(R_SOCK), v(R_LIMIT))
    else {
        return None;
    };
    if *limit <= 0 || sock.downcast::<Socket>().is_none() {
        return None;
    }
    Some(ReaderState { buffer: buffer.clone(), eof: eof.get(), sock: sock.clone(), limit: *limit as usize })
}

fn set_at(obj: &Value, idx: u32, v: Value) {
    if let Value::Instance(inst) = obj {
        inst.dict.borrow_mut().set_value_at(idx as usize, v);
    }
}

fn bytes(b: &[u8]) -> Value {
    Value::Bytes(RcSlice::from(b))
}

/// A reader's `_buffer`: the bytearray itself, changed in place as CPython's reader does.
type Buffer = Rc<RefCell<Vec<u8>>>;

/// `data = bytes(self._buffer[:n]); del self._buffer[:n]` (n > 0).
fn take_front(buffer: &Buffer, n: usize) -> Value {
    let mut b = buffer.borrow_mut();
    let n = n.min(b.len());
    let data = bytes(&b[..n]);
    b.drain(..n);
    data
}

/// A read parked on its socket until data arrives: its future (what the await holds), the
/// reader whose `_buffer` collects the bytes, and the `_limit` each recv asks for.
pub struct StreamRead {
    pub fut: Value,
    reader: Value,
    reg: Rc<StreamsFast>,
    want: Want,
    limit: usize,
}

/// Which method is reading, with its `n` (> 0).
#[derive(Clone, Copy)]
pub enum Want {
    /// `read(n)`: whatever arrives, up to n bytes.
    Some(usize),
    /// `readexactly(n)`.
    Exactly(usize),
}

fn reader_read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let eager = std::mem::take(&mut vm.await_next);
    let this = arg(&args, 0);
    let (reg, exact) = registry(&this, |r| &r.reader)?;
    if eager && exact && args.kw.is_empty() && args.pos.len() == 2 && reg.reader_unpatched() {
        if let (Value::Int(n), Some(st)) = (&args.pos[1], reader_state(&reg, &this)) {
            if *n >= 0 {
                let result = if *n == 0 {
                    Some(reg.empty.clone())
                } else if !st.buffer.borrow().is_empty() {
                    Some(take_front(&st.buffer, *n as usize))
                } else if st.eof {
                    // `_fill()` returns False at once; `b''[:n]`.
                    Some(reg.empty.clone())
                } else {
                    None
                };
                return match result {
                    Some(v) => {
                        vm.ready_result = Some(v);
                        Ok(Value::None)
                    }
                    None => start_fill(vm, &reg, &this, &st, Want::Some(*n as usize)),
                };
            }
        }
    }
    vm.call_kw(&reg.py_read, args.pos.to_vec(), args.kw.to_vec())
}

fn reader_readexactly(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let eager = std::mem::take(&mut vm.await_next);
    let this = arg(&args, 0);
    let (reg, exact) = registry(&this, |r| &r.reader)?;
    if eager && exact && args.kw.is_empty() && args.pos.len() == 2 && reg.reader_unpatched() {
        if let (Value::Int(n), Some(st)) = (&args.pos[1], reader_state(&reg, &this)) {
            let n = *n;
            // n < 0 (ValueError) and EOF with too few bytes (IncompleteReadError) raise from
            // the Python method.
            if n == 0 || (n > 0 && st.buffer.borrow().len() >= n as usize) {
                vm.ready_result = Some(if n == 0 { reg.empty.clone() } else { take_front(&st.buffer, n as usize) });
                return Ok(Value::None);
            }
            if n > 0 && !st.eof {
                return start_fill(vm, &reg, &this, &st, Want::Exactly(n as usize));
            }
        }
    }
    vm.call_kw(&reg.py_readexactly, args.pos.to_vec(), args.kw.to_vec())
}

/// `await self._fill()` until `want` is met: tried at once (a recv that finds data completes
/// the await now) unless the socket is known to have nothing yet; else the recv future is
/// parked on the socket and returned for the await.
fn start_fill(vm: &mut Vm, reg: &Rc<StreamsFast>, reader: &Value, st: &ReaderState, want: Want) -> PyResult<Value> {
    let s = st.sock.downcast::<Socket>().ok_or_else(|| PyErr::type_error("expected a socket"))?;
    if s.maybe_readable.get() {
        if let Some(v) = fill(vm, reg, reader, &st.sock, st.limit, want)? {
            vm.ready_result = Some(v);
            return Ok(Value::None);
        }
    }
    let fut = super::future::new_future(vm, s.loop_.clone());
    let op = StreamRead { fut: fut.clone(), reader: reader.clone(), reg: reg.clone(), want, limit: st.limit };
    *s.read_op.borrow_mut() = Some(PendingOp::StreamRead(Box::new(op)));
    Ok(fut)
}

/// What one recv asks for: CPython's socket transport reads up to `max_size` (256 KiB) per
/// readiness event whatever the reader's limit, which only bounds lines and pauses reading.
const TRANSPORT_READ_SIZE: usize = 256 * 1024;

/// Read from the socket until `want` is met (Some(the result)) or the socket has nothing more
/// for now (None). Each recv is `_fill()`'s: at most `max(limit, 256 KiB)` bytes, appended to
/// `_buffer`.
pub fn fill(vm: &mut Vm, reg: &StreamsFast, reader: &Value, sock: &Value, limit: usize, want: Want) -> PyResult<Option<Value>> {
    loop {
        let data = match net::recv_scratch(sock, limit.max(TRANSPORT_READ_SIZE)) {
            Ok(data) => data,
            Err(e) if net::would_block(&e) => return Ok(None),
            Err(e) => return Err(net::os_error(&e, "")),
        };
        let (n, exactly) = match want {
            Want::Some(n) => (n, false),
            Want::Exactly(n) => (n, true),
        };
        // The usual case: data, and a `_buffer` still a bytearray.
        let state = if data.is_empty() { None } else { buffer_of(reg, reader) };
        let Some(buffer) = state else {
            let r = vm.call(&reg.fill_done, vec![reader.clone(), Value::Bytes(data), Value::Int(n as i64), Value::bool(exactly)])?;
            if r.is_none() {
                continue;
            }
            return Ok(Some(r));
        };
        // `self._buffer.extend(data)`
        buffer.borrow_mut().extend_from_slice(&data);
        if exactly && buffer.borrow().len() < n {
            continue;
        }
        return Ok(Some(take_front(&buffer, n)));
    }
}

/// A reader's `_buffer`, when it is a bytearray.
fn buffer_of(reg: &StreamsFast, reader: &Value) -> Option<Buffer> {
    let idx = fields_of(&reg.reader_layout, reader, &READER_FIELDS)?[R_BUFFER];
    let Value::Instance(inst) = reader else { return None };
    let d = inst.dict.borrow();
    match d.entry_at(idx as usize).map(|e| &e.value) {
        Some(Value::ByteArray(b)) => Some(b.clone()),
        _ => None,
    }
}

/// The socket is readable and a parked read waits: finish it, or park it again.
pub fn resume_fill(vm: &mut Vm, sv: &Value, op: StreamRead) -> PyResult<()> {
    match fill(vm, &op.reg, &op.reader, sv, op.limit, op.want) {
        Ok(Some(v)) => {
            remember_delivered(&op, &v);
            net::complete(vm, &op.fut, Ok(v))
        }
        Ok(None) => {
            let s = sv.downcast::<Socket>().ok_or_else(|| PyErr::type_error("expected a socket"))?;
            *s.read_op.borrow_mut() = Some(PendingOp::StreamRead(Box::new(op)));
            Ok(())
        }
        Err(e) => net::complete(vm, &op.fut, Err(e)),
    }
}

fn writer_write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = arg(&args, 0);
    let (reg, exact) = registry(&this, |r| &r.writer)?;
    if exact && args.kw.is_empty() && args.pos.len() == 2 {
        if let (Value::Bytes(data), Some(idx)) = (&args.pos[1], fields_of(&reg.writer_layout, &this, &WRITER_FIELDS)) {
            let sock = {
                let Value::Instance(inst) = &this else { return Err(PyErr::type_error("expected a StreamWriter")) };
                let d = inst.dict.borrow();
                let v = |k: usize| d.entry_at(idx[k] as usize).map(|e| &e.value);
                match (v(W_EOF_REQUESTED), v(W_CLOSING), v(W_PENDING), v(W_SOCK)) {
                    (Some(Value::Bool(BoolWord::FALSE)), Some(Value::Bool(BoolWord::FALSE)), Some(Value::Bytes(p)), Some(s))
                        if p.is_empty() && !data.is_empty() && s.downcast::<Socket>().is_some() =>
                    {
                        Some(s.clone())
                    }
                    _ => None,
                }
            };
            if let Some(sock) = sock {
                return send_now(vm, &this, idx[W_PENDING], &sock, data);
            }
        }
    }
    vm.call_kw(&reg.py_write, args.pos.to_vec(), args.kw.to_vec())
}

/// The tail of `StreamWriter.write` with nothing pending: send at once, keep what the socket
/// did not take in `_pending` and wait for writability; a failed send is `_fatal(exc)`.
fn send_now(vm: &mut Vm, writer: &Value, pending_idx: u32, sock: &Value, data: &RcSlice<u8>) -> PyResult<Value> {
    let s = sock.downcast::<Socket>().ok_or_else(|| PyErr::type_error("expected a socket"))?;
    let n = match net::send_bytes(s, data) {
        Ok(n) => n,
        Err(e) => {
            let exc = Value::Instance(vm.materialize(e));
            vm.call_method(writer, "_fatal", vec![exc])?;
            return Ok(Value::None);
        }
    };
    if n < data.len() {
        set_at(writer, pending_idx, bytes(&data[n..]));
        vm.call_method(writer, "_wait_writable", vec![])?;
    }
    Ok(Value::None)
}

fn writer_drain(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let eager = std::mem::take(&mut vm.await_next);
    let this = arg(&args, 0);
    let (reg, exact) = registry(&this, |r| &r.writer)?;
    if eager && exact && args.kw.is_empty() && args.pos.len() == 1 && nothing_to_drain(&reg, &this) {
        // `await writer.drain()` below the high-water mark: the coroutine's first step returns.
        vm.ready_result = Some(Value::None);
        return Ok(Value::None);
    }
    vm.call_kw(&reg.py_drain, args.pos.to_vec(), args.kw.to_vec())
}

/// drain() would return at once without suspending: no exception on a plain reader, not
/// closing, `_pending` at most the high-water mark.
fn nothing_to_drain(reg: &StreamsFast, w: &Value) -> bool {
    let Some(idx) = fields_of(&reg.writer_layout, w, &WRITER_FIELDS) else { return false };
    let Value::Instance(inst) = w else { return false };
    let reader = {
        let d = inst.dict.borrow();
        let v = |k: usize| d.entry_at(idx[k] as usize).map(|e| &e.value);
        match (v(W_CLOSING), v(W_PENDING)) {
            (Some(Value::Bool(BoolWord::FALSE)), Some(Value::Bytes(p))) if p.len() <= reg.high_water => {}
            _ => return false,
        }
        match v(W_READER) {
            Some(r) => r.clone(),
            None => return false,
        }
    };
    match &reader {
        Value::None => true,
        // `self._reader.exception()` on a plain reader: its `_exception` field.
        Value::Instance(r) if Rc::ptr_eq(&r.class.borrow(), &reg.reader) && reg.reader_unpatched() => {
            let Some(idx) = fields_of(&reg.reader_layout, &reader, &READER_FIELDS) else { return false };
            let d = r.dict.borrow();
            matches!(d.entry_at(idx[R_EXCEPTION] as usize).map(|e| &e.value), Some(Value::None))
        }
        _ => false,
    }
}

/// A parked read that completed (its bytes taken from `_buffer` into its future's result)
/// whose task has not resumed yet.
struct Delivered {
    fut: Value,
    reader: Value,
    reg: Rc<StreamsFast>,
    data: RcSlice<u8>,
}

thread_local! {
    /// Reads delivered since their tasks last ran; see `task_resumes`.
    static DELIVERED: RefCell<Vec<Delivered>> = const { RefCell::new(Vec::new()) };
    static ANY_DELIVERED: Cell<bool> = const { Cell::new(false) };
}

/// At most this many records are kept: a read awaited outside a task (a coroutine driven by
/// hand) never has its record claimed, and the oldest one is dropped instead.
const MAX_DELIVERED: usize = 64;

fn remember_delivered(op: &StreamRead, v: &Value) {
    let Value::Bytes(data) = v else { return };
    if data.is_empty() {
        return;
    }
    DELIVERED.with(|d| {
        let mut d = d.borrow_mut();
        if d.len() >= MAX_DELIVERED {
            d.remove(0);
        }
        d.push(Delivered { fut: op.fut.clone(), reader: op.reader.clone(), reg: op.reg.clone(), data: data.clone() });
    });
    ANY_DELIVERED.with(|a| a.set(true));
}

/// Some completed read may wait for its task to resume (one flag read per task step).
#[inline]
pub fn any_delivered() -> bool {
    ANY_DELIVERED.with(|a| a.get())
}

/// The task that awaited `fut` runs again. Normally its await returns the bytes and the record
/// is dropped; when the task is cancelled instead (it was cancelled after the bytes arrived
/// but before it ran), matches CPython, where those bytes were never taken from the reader's
/// buffer: they go back in front of `_buffer` for the next read.
pub fn task_resumes(fut: &Value, cancelled: bool) {
    let found = DELIVERED.with(|d| {
        let mut d = d.borrow_mut();
        let i = d.iter().position(|r| r.fut.is(fut));
        let found = i.map(|i| d.remove(i));
        if d.is_empty() {
            ANY_DELIVERED.with(|a| a.set(false));
        }
        found
    });
    let Some(rec) = found else { return };
    if !cancelled {
        return;
    }
    let Some(buffer) = buffer_of(&rec.reg, &rec.reader) else { return };
    let mut b = buffer.borrow_mut();
    b.splice(0..0, rec.data.iter().copied());
}

/// The most `_take_unread` reads before a close (what CPython's transport could have buffered
/// is unbounded; this only keeps a flood from stalling the close).
const UNREAD_MAX: usize = 16 * 1024 * 1024;

/// `writer._take_unread()` -> (bytes, eof), or None: before the writer closes its socket, the
/// bytes already received that no read took. CPython's transport reads whatever arrives into
/// the reader's buffer as it arrives, so at close the kernel holds nothing unread: the reader
/// still returns those bytes, and the close is an orderly one (closing a socket with unread
/// bytes would reset the connection, and the peer would see ConnectionResetError). None while
/// a read is parked on the socket (it takes what arrives) or for a non-socket transport.
fn writer_take_unread(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = arg(&args, 0);
    let sock = vm.getattr(&this, &Value::str("_sock"))?;
    let Some(s) = sock.downcast::<Socket>() else { return Ok(Value::None) };
    if s.read_op.borrow().is_some() || !matches!(&*s.kind.borrow(), net::SockKind::Stream(_)) {
        return Ok(Value::None);
    }
    let mut out: Vec<u8> = Vec::new();
    let mut eof = false;
    while out.len() < UNREAD_MAX {
        match net::recv_scratch(&sock, TRANSPORT_READ_SIZE) {
            Ok(d) if d.is_empty() => {
                eof = true;
                break;
            }
            Ok(d) => out.extend_from_slice(&d),
            // Nothing more for now (or an error, which the close makes moot).
            Err(_) => break,
        }
    }
    Ok(Value::tuple(vec![Value::Bytes(RcSlice::from(out)), Value::bool(eof)]))
}
