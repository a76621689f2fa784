//! `_hashlib`: the native half of `hashlib` on RustCrypto's digests (md5, sha1, sha2, sha3,
//! shake, blake2), with CPython's constructors (`openssl_md5`, ..., `new`), `HASH`/`HASHXOF`
//! objects and `_blake2.blake2b`/`blake2s`, and CPython's argument and type-error wording.

use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

use digest::{Digest, DynDigest, ExtendableOutput, Update, XofReader};

use super::new_module;
use super::struct_buffer;
use crate::builtins::{arg, check_method_count, def_fn, def_getter, def_method, int_arg};
use crate::object::class::Layout;
use crate::object::{Args, Class, NativeObject, NativeRc, NativeRef, PyErr, PyResult, Value};
use crate::vm::types::new_class_with;
use crate::vm::Vm;

/// A running hash computation: a fixed-output digest, or a SHAKE extendable-output one.
pub(super) enum State {
    Fixed(Box<dyn DynDigest>),
    Shake128(sha3::Shake128),
    Shake256(sha3::Shake256),
}

impl Clone for State {
    fn clone(&self) -> State {
        match self {
            State::Fixed(h) => State::Fixed(h.box_clone()),
            State::Shake128(h) => State::Shake128(h.clone()),
            State::Shake256(h) => State::Shake256(h.clone()),
        }
    }
}

impl State {
    pub(super) fn update(&mut self, data: &[u8]) {
        match self {
            State::Fixed(h) => h.update(data),
            State::Shake128(h) => Update::update(h, data),
            State::Shake256(h) => Update::update(h, data),
        }
    }

    fn is_xof(&self) -> bool {
        matches!(self, State::Shake128(_) | State::Shake256(_))
    }

    /// The digest of the bytes so far (`len` bytes for a XOF); the state is left as it was.
    pub(super) fn digest(&self, len: usize) -> Vec<u8> {
        match self.clone() {
            State::Fixed(h) => h.finalize().to_vec(),
            State::Shake128(h) => xof(h.finalize_xof(), len),
            State::Shake256(h) => xof(h.finalize_xof(), len),
        }
    }
}

fn xof(mut reader: impl XofReader, len: usize) -> Vec<u8> {
    let mut out = vec![0u8; len];
    reader.read(&mut out);
    out
}

/// A BLAKE2 hash of `size` output bytes (the size is a type parameter in RustCrypto, so each
/// size CPython accepts is listed).
pub(super) fn blake_sized(big: bool, size: usize) -> Option<Box<dyn DynDigest>> {
    use digest::consts::*;
    macro_rules! sized {
        ($ty:ident; $($n:literal => $u:ident),*) => {
            match size { $($n => Some(Box::new(blake2::$ty::<$u>::new()) as Box<dyn DynDigest>),)* _ => None }
        };
    }
    if big {
        sized!(Blake2b; 1 => U1, 2 => U2, 3 => U3, 4 => U4, 5 => U5, 6 => U6, 7 => U7, 8 => U8, 9 => U9, 10 => U10, 11 => U11, 12 => U12, 13 => U13, 14 => U14, 15 => U15, 16 => U16, 17 => U17, 18 => U18, 19 => U19, 20 => U20, 21 => U21, 22 => U22, 23 => U23, 24 => U24, 25 => U25, 26 => U26, 27 => U27, 28 => U28, 29 => U29, 30 => U30, 31 => U31, 32 => U32, 33 => U33, 34 => U34, 35 => U35, 36 => U36, 37 => U37, 38 => U38, 39 => U39, 40 => U40, 41 => U41, 42 => U42, 43 => U43, 44 => U44, 45 => U45, 46 => U46, 47 => U47, 48 => U48, 49 => U49, 50 => U50, 51 => U51, 52 => U52, 53 => U53, 54 => U54, 55 => U55, 56 => U56, 57 => U57, 58 => U58, 59 => U59, 60 => U60, 61 => U61, 62 => U62, 63 => U63, 64 => U64)
    } else {
        sized!(Blake2s; 1 => U1, 2 => U2, 3 => U3, 4 => U4, 5 => U5, 6 => U6, 7 => U7, 8 => U8, 9 => U9, 10 => U10, 11 => U11, 12 => U12, 13 => U13, 14 => U14, 15 => U15, 16 => U16, 17 => U17, 18 => U18, 19 => U19, 20 => U20, 21 => U21, 22 => U22, 23 => U23, 24 => U24, 25 => U25, 26 => U26, 27 => U27, 28 => U28, 29 => U29, 30 => U30, 31 => U31, 32 => U32)
    }
}

pub struct HashObj {
    state: RefCell<State>,
    name: &'static str,
    digest_size: usize,
    block_size: usize,
    class: Rc<Class>,
}

impl NativeObject for HashObj {
    fn class(&self) -> Rc<Class> {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// The constructors CPython's `_hashlib` exports, by algorithm name.
const OPENSSL: &[&str] = &[
    "md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128",
    "shake_256",
];

/// A fresh state for `name`: (state, digest_size, block_size), None when unknown.
pub(super) fn fresh(name: &str) -> Option<(State, usize, usize)> {
    Some(match name {
        "md5" => (State::Fixed(Box::new(md5::Md5::new())), 16, 64),
        "sha1" => (State::Fixed(Box::new(sha1::Sha1::new())), 20, 64),
        "sha224" => (State::Fixed(Box::new(sha2::Sha224::new())), 28, 64),
        "sha256" => (State::Fixed(Box::new(sha2::Sha256::new())), 32, 64),
        "sha384" => (State::Fixed(Box::new(sha2::Sha384::new())), 48, 128),
        "sha512" => (State::Fixed(Box::new(sha2::Sha512::new())), 64, 128),
        "sha3_224" => (State::Fixed(Box::new(sha3::Sha3_224::new())), 28, 144),
        "sha3_256" => (State::Fixed(Box::new(sha3::Sha3_256::new())), 32, 136),
        "sha3_384" => (State::Fixed(Box::new(sha3::Sha3_384::new())), 48, 104),
        "sha3_512" => (State::Fixed(Box::new(sha3::Sha3_512::new())), 64, 72),
        "shake_128" => (State::Shake128(sha3::Shake128::default()), 0, 168),
        "shake_256" => (State::Shake256(sha3::Shake256::default()), 0, 136),
        "blake2b" => (State::Fixed(blake_sized(true, 64)?), 64, 128),
        "blake2s" => (State::Fixed(blake_sized(false, 32)?), 32, 64),
        _ => return None,
    })
}

struct Classes {
    hash: Rc<Class>,
    xof: Rc<Class>,
    blake2b: Rc<Class>,
    blake2s: Rc<Class>,
}

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = new_module("_hashlib");
    let object = vm.types.object.clone();
    let hash = new_class_with("HASH", &[object.clone()], Layout::Builtin, None)?;
    // CPython's C type names, which error messages show.
    *hash.tp_name.borrow_mut() = Some(std::rc::Rc::from("_hashlib.HASH"));
    hash.dict.borrow_mut().set_str("__module__", Value::str("_hashlib"));
    for (name, f) in [("update", update as crate::object::NativeFn), ("digest", digest), ("hexdigest", hexdigest), ("copy", copy)] {
        def_method(&hash, name, f);
    }
    def_method(&hash, "__repr__", repr);
    def_getter(&hash, "name", get_name);
    def_getter(&hash, "digest_size", get_digest_size);
    def_getter(&hash, "block_size", get_block_size);
    crate::builtins::def_new(&hash, no_new);
    let xof = new_class_with("HASHXOF", &[hash.clone()], Layout::Builtin, None)?;
    *xof.tp_name.borrow_mut() = Some(std::rc::Rc::from("_hashlib.HASHXOF"));
    xof.dict.borrow_mut().set_str("__module__", Value::str("_hashlib"));
    let mut blakes = Vec::new();
    for name in ["blake2b", "blake2s"] {
        let c = new_class_with(name, &[hash.clone()], Layout::Builtin, None)?;
        c.dict.borrow_mut().set_str("__module__", Value::str("_blake2"));
        // CPython's blake2 objects use object's repr (`<_blake2.blake2b object at 0x...>`).
        c.dict.borrow_mut().set_str("__repr__", vm.types.object.dict.borrow().get_str("__repr__").unwrap_or(Value::None));
        crate::builtins::def_new(&c, if name == "blake2b" { blake2b as crate::object::NativeFn } else { blake2s });
        d.borrow_mut().set_str(name, Value::Class(c.clone()));
        blakes.push(c);
    }
    let mut dd = d.borrow_mut();
    dd.set_str("HASH", Value::Class(hash));
    dd.set_str("HASHXOF", Value::Class(xof));
    def_fn(&mut dd, "new", new);
    def_fn(&mut dd, "_pbkdf2", super::hashlib_kdf::pbkdf2);
    def_fn(&mut dd, "_scrypt", super::hashlib_scrypt::scrypt);
    for name in OPENSSL {
        let fname = format!("openssl_{name}");
        dd.set_str(&fname, crate::builtins::native(&fname, openssl_ctor(name), crate::object::function::NativeKind::Function, None));
    }
    Ok(m)
}

/// The native constructor `openssl_<name>`.
fn openssl_ctor(name: &str) -> crate::object::NativeFn {
    macro_rules! ctor {
        ($($n:literal),*) => {
            match name {
                $($n => |vm: &mut Vm, args: Args| construct(vm, $n, concat!("openssl_", $n), args),)*
                _ => |vm: &mut Vm, args: Args| construct(vm, "md5", "openssl_md5", args),
            }
        };
    }
    ctor!("md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256")
}

fn classes(vm: &mut Vm) -> PyResult<Classes> {
    let module = vm.modules.borrow().get_str("_hashlib");
    let Some(Value::Module(m)) = module else {
        return Err(PyErr::runtime_error("_hashlib is not initialised"));
    };
    let get = |n: &str| match m.dict.borrow().get_str(n) {
        Some(Value::Class(c)) => Ok(c),
        _ => Err(PyErr::runtime_error("_hashlib is not initialised")),
    };
    Ok(Classes { hash: get("HASH")?, xof: get("HASHXOF")?, blake2b: get("blake2b")?, blake2s: get("blake2s")? })
}

/// The bytes of a hashed argument, with CPython's TypeErrors for str and non-buffers.
fn data_arg(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Value::Str(_) = v {
        return Err(PyErr::type_error("Strings must be encoded before hashing"));
    }
    struct_buffer::read(vm, v)?.ok_or_else(|| PyErr::type_error("object supporting the buffer API required"))
}

/// Bind `(string=b'', *, usedforsecurity=True)` (the data parameter is `data_name`).
fn bind_data(args: &Args, fname: &str, data_name: &str, extra: &[&str]) -> PyResult<(Option<Value>, Vec<(String, Value)>)> {
    if args.pos.len() > 1 {
        return Err(PyErr::type_error(format!("{fname}() takes at most 1 positional argument ({} given)", args.pos.len())));
    }
    let mut data = args.pos.first().cloned();
    let mut rest = Vec::new();
    for (k, v) in args.kw {
        if &**k == data_name && data.is_none() {
            data = Some(v.clone());
        } else if &**k == data_name {
            return Err(PyErr::type_error(format!("argument for {fname}() given by name ('{data_name}') and position (1)")));
        } else if &**k == "usedforsecurity" || extra.contains(&&**k) {
            rest.push((k.to_string(), v.clone()));
        } else {
            return Err(PyErr::type_error(format!("'{k}' is an invalid keyword argument for {fname}()")));
        }
    }
    Ok((data, rest))
}

fn make(vm: &mut Vm, name: &str, digest_size: Option<usize>, data: Option<Value>) -> PyResult<Value> {
    let Some((mut state, mut size, block)) = fresh(name) else {
        return Err(PyErr::value_error(format!("unsupported hash type {name}")));
    };
    let cls = classes(vm)?;
    let class = match name {
        "shake_128" | "shake_256" => cls.xof,
        "blake2b" => cls.blake2b,
        "blake2s" => cls.blake2s,
        _ => cls.hash,
    };
    if let Some(n) = digest_size {
        let big = name == "blake2b";
        let h = blake_sized(big, n).ok_or_else(|| PyErr::value_error(format!("digest_size must be between 1 and {} bytes", if big { 64 } else { 32 })))?;
        state = State::Fixed(h);
        size = n;
    }
    if let Some(d) = data {
        let bytes = data_arg(vm, &d)?;
        state.update(&bytes);
    }
    let name: &'static str = fresh_name(name);
    Ok(Value::Native(NativeRef::new(HashObj { state: RefCell::new(state), name, digest_size: size, block_size: block, class })))
}

/// The static spelling of a known algorithm name.
fn fresh_name(name: &str) -> &'static str {
    OPENSSL.iter().chain(["blake2b", "blake2s"].iter()).find(|n| **n == name).copied().unwrap_or("md5")
}

fn construct(vm: &mut Vm, name: &str, fname: &str, args: Args) -> PyResult<Value> {
    let (data, _) = bind_data(&args, fname, "string", &[])?;
    make(vm, name, None, data)
}

/// `hashlib.new(name, data=b'', **kwargs)`: names are matched case-insensitively, as OpenSSL does.
fn new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut pos = args.pos.to_vec();
    let mut kw = Vec::new();
    for (k, v) in args.kw {
        if &**k == "name" && pos.is_empty() {
            pos.push(v.clone());
        } else {
            kw.push((k.clone(), v.clone()));
        }
    }
    let Some(name) = pos.first().cloned() else {
        return Err(PyErr::type_error("__hash_new() missing 1 required positional argument: 'name'"));
    };
    let Value::Str(s) = &name else {
        return Err(PyErr::type_error("name must be a string"));
    };
    let lower = s.as_str().to_ascii_lowercase();
    let rest = Args { pos: &pos[1..], kw: &kw };
    match lower.as_str() {
        "blake2b" | "blake2s" => blake(vm, &lower, rest),
        _ => {
            let (data, _) = bind_data(&rest, "__hash_new", "data", &[])?;
            if fresh(&lower).is_none() {
                return Err(PyErr::value_error(format!("unsupported hash type {}", s.as_str())));
            }
            make(vm, &lower, None, data)
        }
    }
}

/// `blake2b.__new__(cls, ...)` (the class is the first positional argument).
fn blake2b(vm: &mut Vm, args: Args) -> PyResult<Value> {
    blake(vm, "blake2b", Args { pos: args.pos.get(1..).unwrap_or(&[]), kw: args.kw })
}

fn blake2s(vm: &mut Vm, args: Args) -> PyResult<Value> {
    blake(vm, "blake2s", Args { pos: args.pos.get(1..).unwrap_or(&[]), kw: args.kw })
}

/// Matches CPython: HASH objects come only from the constructors.
fn no_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let name = match arg(&args, 0) {
        Value::Class(c) => format!("{}.{}", c.module_name(), c.name()),
        other => vm.type_name(&other),
    };
    Err(PyErr::type_error(format!("cannot create '{name}' instances")))
}

/// `blake2b(data=b'', *, digest_size=64, ...)`; keyed, salted and personalised hashing are
/// not supported (a non-empty key, salt or person raises NotImplementedError).
fn blake(vm: &mut Vm, name: &str, args: Args) -> PyResult<Value> {
    let extra = ["digest_size", "key", "salt", "person", "fanout", "depth", "leaf_size", "node_offset", "node_depth", "inner_size", "last_node"];
    let (data, rest) = bind_data(&args, name, "data", &extra)?;
    let mut size = None;
    for (k, v) in rest {
        match k.as_str() {
            "digest_size" => size = Some(int_arg(vm, &v, "")?),
            "key" | "salt" | "person" => {
                if struct_buffer::read(vm, &v)?.map_or(true, |b| !b.is_empty()) {
                    return Err(PyErr::new(crate::object::ExcKind::NotImplementedError, format!("corio's {name} does not support '{k}'")));
                }
            }
            _ => {}
        }
    }
    let max = if name == "blake2b" { 64 } else { 32 };
    if let Some(n) = size {
        if !(1..=max).contains(&n) {
            return Err(PyErr::value_error(format!("digest_size must be between 1 and {max} bytes")));
        }
    }
    make(vm, name, size.map(|n| n as usize), data)
}

/// The hash object behind `v` (blake2 objects are instances of a native class, so go
/// through `native_value`).
fn this(vm: &Vm, v: &Value) -> PyResult<NativeRc<HashObj>> {
    let inner = match super::native_value(v) {
        Value::Native(n) => n.downcast_rc::<HashObj>(),
        _ => None,
    };
    inner.ok_or_else(|| PyErr::type_error(format!("descriptor requires a '_hashlib.HASH' object but received a '{}'", vm.type_name(v))))
}

fn update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method_count("update", "HASH.update", &args, 1, 1)?;
    let data = data_arg(vm, &args.pos[1])?;
    this(vm, &args.pos[0])?.state.borrow_mut().update(&data);
    Ok(Value::None)
}

/// The digest length: the object's size, or the required `length` of a XOF.
fn out_len(vm: &mut Vm, h: &HashObj, args: &Args, method: &str) -> PyResult<usize> {
    if !h.state.borrow().is_xof() {
        check_method_count(method, &format!("HASH.{method}"), args, 0, 0)?;
        return Ok(h.digest_size);
    }
    let n = match (args.pos.get(1), args.kw.iter().find(|(k, _)| &**k == "length")) {
        (Some(v), _) | (None, Some((_, v))) => int_arg(vm, v, "")?,
        (None, None) => return Err(PyErr::type_error(format!("{method}() missing required argument 'length' (pos 1)"))),
    };
    if n < 0 {
        return Err(PyErr::value_error("negative digest length"));
    }
    Ok(n as usize)
}

fn digest(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let hv = arg(&args, 0);
    let h = this(vm, &hv)?;
    let len = out_len(vm, &h, &args, "digest")?;
    let out = h.state.borrow().digest(len);
    Ok(Value::Bytes(out.into()))
}

fn hexdigest(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let hv = arg(&args, 0);
    let h = this(vm, &hv)?;
    let len = out_len(vm, &h, &args, "hexdigest")?;
    let out = h.state.borrow().digest(len);
    let hex: String = out.iter().map(|b| format!("{b:02x}")).collect();
    Ok(Value::string(hex))
}

fn copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method_count("copy", "HASH.copy", &args, 0, 0)?;
    let h = this(vm, &args.pos[0])?;
    let state = h.state.borrow().clone();
    let obj = HashObj { state: RefCell::new(state), name: h.name, digest_size: h.digest_size, block_size: h.block_size, class: h.class.clone() };
    Ok(Value::Native(NativeRef::new(obj)))
}

/// `<md5 _hashlib.HASH object @ 0x...>`, as CPython's OpenSSL-backed objects print.
fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = arg(&args, 0);
    let h = this(vm, &v)?;
    let cls = if h.state.borrow().is_xof() { "HASHXOF" } else { "HASH" };
    Ok(Value::string(format!("<{} _hashlib.{cls} object @ {:#x}>", h.name, v.ptr().unwrap_or(0))))
}

fn get_name(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::str(this(vm, &arg(&args, 0))?.name))
}

fn get_digest_size(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(this(vm, &arg(&args, 0))?.digest_size as i64))
}

fn get_block_size(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(this(vm, &arg(&args, 0))?.block_size as i64))
}
