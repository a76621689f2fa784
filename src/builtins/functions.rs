//! Built-in functions: `print`, `len`, `isinstance`, `sorted`, `min`/`max`, `iter`/`next`, ...

use crate::object::BoolWord;
use std::cell::RefCell;
use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::Signed;

use super::{check_count, def_fn};
use crate::bytecode::opcode::{BinOp, CompareOp};
use crate::object::{Args, ExcKind, IterObj, PyErr, PyResult, Value};
use crate::vm::generator::{Resume, Step};
use crate::vm::Vm;

pub fn install(vm: &mut Vm) {
    let b = vm.builtins.clone();
    let mut d = b.borrow_mut();
    def_fn(&mut d, "print", print);
    def_fn(&mut d, "len", len);
    def_fn(&mut d, "repr", repr);
    def_fn(&mut d, "ascii", ascii);
    def_fn(&mut d, "isinstance", isinstance);
    def_fn(&mut d, "issubclass", issubclass);
    def_fn(&mut d, "iter", iter);
    def_fn(&mut d, "next", next);
    def_fn(&mut d, "aiter", aiter);
    def_fn(&mut d, "anext", anext);
    def_fn(&mut d, "getattr", getattr);
    def_fn(&mut d, "setattr", setattr);
    def_fn(&mut d, "hasattr", hasattr);
    def_fn(&mut d, "delattr", delattr);
    def_fn(&mut d, "id", id);
    def_fn(&mut d, "hash", hash);
    def_fn(&mut d, "abs", abs);
    def_fn(&mut d, "all", all);
    def_fn(&mut d, "any", any);
    def_fn(&mut d, "sum", sum);
    def_fn(&mut d, "min", min);
    def_fn(&mut d, "max", max);
    def_fn(&mut d, "sorted", sorted);
    def_fn(&mut d, "divmod", divmod);
    def_fn(&mut d, "pow", pow);
    def_fn(&mut d, "round", round);
    def_fn(&mut d, "chr", chr);
    def_fn(&mut d, "ord", ord);
    def_fn(&mut d, "hex", hex);
    def_fn(&mut d, "oct", oct);
    def_fn(&mut d, "bin", bin);
    def_fn(&mut d, "callable", callable);
    def_fn(&mut d, "format", format);
    def_fn(&mut d, "vars", vars);
    def_fn(&mut d, "dir", super::dir::dir);
    def_fn(&mut d, "globals", globals);
    def_fn(&mut d, "locals", locals);
    def_fn(&mut d, "input", input);
    def_fn(&mut d, "breakpoint", breakpoint);
    def_fn(&mut d, "__build_class__", super::class_builder::build_class);
    def_fn(&mut d, "__import__", dunder_import);
    d.set_str("None", Value::None);
    d.set_str("True", Value::Bool(BoolWord::TRUE));
    d.set_str("False", Value::Bool(BoolWord::FALSE));
    d.set_str("NotImplemented", Value::NotImplemented);
    d.set_str("Ellipsis", Value::Ellipsis);
    // False under -O, as CPython's compile-time constant.
    d.set_str("__debug__", Value::bool(crate::compile::optimize_level() == 0));
    d.set_str("__name__", Value::str("builtins"));
}

fn kw_str(vm: &mut Vm, args: &Args, name: &str, default: &str) -> PyResult<String> {
    match args.kwarg(name) {
        None | Some(Value::None) => Ok(default.to_owned()),
        Some(Value::Str(s)) => Ok(s.as_str().to_owned()),
        Some(other) => Err(PyErr::type_error(format!("{name} must be None or a string, not {}", vm.type_name(other)))),
    }
}

/// Where print() writes when no `file` is given.
enum PrintTarget {
    /// The interpreter's own stdout (sys.stdout was not replaced).
    Native,
    /// `sys.stdout` is None (CPython's print then does nothing at all).
    Nowhere,
    File(Value),
}

fn print(vm: &mut Vm, args: Args) -> PyResult<Value> {
    // matches CPython: print is a specialized call that holds no recursion level of its own
    // (its text conversions and its stream's write do); the level corio's call holds is set
    // aside while it runs.
    let held = vm.native_depth > 0;
    if held {
        vm.native_depth -= 1;
    }
    let r = print_args(vm, args);
    if held {
        vm.native_depth += 1;
    }
    r
}

fn print_args(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.allow_kw("print()", &["sep", "end", "file", "flush"])?;
    let target = match args.kwarg("file") {
        Some(f) if !f.is_none() => PrintTarget::File(f.clone()),
        _ => redirected_stdout(vm),
    };
    if matches!(target, PrintTarget::Nowhere) {
        return Ok(Value::None);
    }
    let sep = kw_str(vm, &args, "sep", " ")?;
    let end = kw_str(vm, &args, "end", "\n")?;
    let flush = match args.kwarg("flush") {
        Some(f) => vm.is_true(&f.clone())?,
        None => false,
    };
    let PrintTarget::File(file) = target else {
        check_write_depth(vm)?;
        let mut out = String::new();
        for (i, v) in args.pos.iter().enumerate() {
            if i > 0 {
                out.push_str(&sep);
            }
            out.push_str(&vm.str(v)?);
        }
        out.push_str(&end);
        vm.stdout.ensure_open()?;
        // matches CPython: a failed write (a closed pipe) raises from print().
        crate::modules::std_streams::write_text(vm, false, &out)?;
        if flush {
            vm.stdout.flush();
        }
        vm.stdout.check()?;
        return Ok(Value::None);
    };
    // A native file's write (sys.stdout passed as `file=`) is a checked C call in CPython.
    if matches!(vm.getattr(&file, &Value::str("write")), Ok(Value::Builtin(_))) {
        check_write_depth(vm)?;
    }
    // CPython writes each argument, separator and the end with its own write() call, which a
    // file-like object written in the language can observe.
    for (i, v) in args.pos.iter().enumerate() {
        if i > 0 {
            vm.call_method(&file, "write", vec![Value::str(&sep)])?;
        }
        let s = vm.str(v)?;
        vm.call_method(&file, "write", vec![Value::string(s)])?;
    }
    vm.call_method(&file, "write", vec![Value::str(&end)])?;
    if flush {
        vm.call_method(&file, "flush", vec![])?;
    }
    Ok(Value::None)
}

/// CPython's print writes to its standard streams through `TextIOWrapper.write`, a C method
/// whose call (and one more C call within it) count against the recursion limit: deep in a
/// recursion, `print(n)` fails "while calling a Python object" one call earlier than a bare
/// `str(n)` would.
fn check_write_depth(vm: &mut Vm) -> PyResult<()> {
    if vm.stack_depth() + vm.native_depth + 1 > vm.recursion_limit {
        return Err(PyErr::new(crate::object::ExcKind::RecursionError, "maximum recursion depth exceeded while calling a Python object"));
    }
    Ok(())
}

/// Where `sys.stdout` points: still the interpreter's own stream, None, or a replacement
/// (`contextlib.redirect_stdout`, a StringIO).
fn redirected_stdout(vm: &Vm) -> PrintTarget {
    let sys = vm.modules.borrow().get_str("sys");
    if let Some(Value::Module(m)) = sys {
        let d = m.dict.borrow();
        match (d.get_str("stdout"), d.get_str("__stdout__")) {
            (Some(Value::None), _) => return PrintTarget::Nowhere,
            (Some(cur), Some(orig)) if !cur.is(&orig) => return PrintTarget::File(cur),
            _ => {}
        }
    }
    PrintTarget::Native
}

fn len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::no_kwargs("len", &args)?;
    check_count("len", &args, 1, 1)?;
    Ok(Value::Int(vm.len(&args.pos[0])? as i64))
}

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`: the `import`
/// statement as a function; returns the top-level package unless `fromlist` is non-empty.
fn dunder_import(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let name = args.arg(0, "name").cloned().ok_or_else(|| PyErr::type_error("__import__() missing required argument 'name' (pos 1)"))?;
    if name.as_str().is_none() {
        return Err(PyErr::type_error("module name must be a string"));
    }
    if let Some(level) = args.arg(4, "level") {
        if super::int_arg(vm, &level.clone(), "")? < 0 {
            return Err(PyErr::value_error("level must be >= 0"));
        }
    }
    let fromlist = match args.arg(3, "fromlist") {
        None | Some(Value::None) => Value::None,
        Some(v) => Value::tuple(vm.collect_iterable(v)?),
    };
    let level = args.arg(4, "level").cloned().unwrap_or(Value::Int(0));
    if name.as_str() == Some("") && matches!(level, Value::Int(0)) {
        return Err(PyErr::value_error("Empty module name"));
    }
    vm.import_name(&name, &fromlist, &level)
}

fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::no_kwargs("repr", &args)?;
    check_count("repr", &args, 1, 1)?;
    // matches CPython: calling the built-in is one checked level (METH_O), and PyObject_Repr
    // another (a script class's __repr__ counts its own in `Vm::repr`).
    // matches CPython: PyObject_Repr counts one level below the call of repr() itself (which
    // corio's call already holds); a script class's __repr__ counts its own in `Vm::repr`.
    let v = &args.pos[0];
    if matches!(v, Value::Instance(_) | Value::Native(_)) || vm.reprs_items_guarded(v) {
        return Ok(Value::string(vm.repr(v)?));
    }
    vm.enter_c_level(" while getting the repr of an object")?;
    let r = vm.repr(v);
    vm.native_depth -= 1;
    Ok(Value::string(r?))
}

/// Escape non-ASCII characters of a repr the way `ascii()` does.
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n <= 0xff {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n <= 0xffff {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}

fn ascii(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::no_kwargs("ascii", &args)?;
    check_count("ascii", &args, 1, 1)?;
    let r = vm.repr(&args.pos[0])?;
    Ok(Value::string(ascii_escape(&r)))
}

/// A `__instancecheck__`/`__subclasscheck__` written in the language, found on the type of
/// `cls` (the built-in ones on `type` are the plain MRO test done here).
fn user_check(vm: &Vm, cls: &Value, name: &str) -> Option<Value> {
    let meta = vm.type_of(cls);
    if Rc::ptr_eq(&meta, &vm.types.type_) {
        return None;
    }
    match meta.lookup(name) {
        Some(Value::Builtin(b)) if b.owner.is_some() => None,
        other => other,
    }
}

/// `isinstance(v, cls_or_tuple)`.
pub fn is_instance(vm: &mut Vm, v: &Value, cls: &Value) -> PyResult<bool> {
    match cls {
        Value::Class(c) => {
            let t = vm.type_of(v);
            // matches CPython: an exact type match never consults `__instancecheck__`.
            if Rc::ptr_eq(&t, c) {
                return Ok(true);
            }
            if let Some(check) = user_check(vm, cls, "__instancecheck__") {
                let r = vm.call_bound_special(&check, cls, vec![v.clone()])?;
                return vm.is_true(&r);
            }
            if t.is_subclass(c) {
                return Ok(true);
            }
            // matches CPython's object_isinstance: an object whose class overrides `__class__`
            // (a property: proxies, mocks, `_longrange`) is also an instance of what it claims.
            // A class with its own `__getattribute__` (weakref proxies) may answer it too.
            let claims = matches!(t.lookup("__class__"), Some(Value::Property(_)))
                || matches!(t.lookup("__getattribute__"), Some(Value::Function(_)));
            if let (Value::Instance(_), true) = (v, claims) {
                if let Value::Class(claimed) = vm.getattr(v, &Value::str("__class__"))? {
                    return Ok(!Rc::ptr_eq(&claimed, &t) && claimed.is_subclass(c));
                }
            }
            Ok(false)
        }
        Value::Tuple(items) => {
            for c in items.iter() {
                if is_instance(vm, v, c)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        other => {
            if let Some(check) = vm.lookup_special(other, "__instancecheck__") {
                let r = vm.call_bound_special(&check, other, vec![v.clone()])?;
                return vm.is_true(&r);
            }
            Err(PyErr::type_error("isinstance() arg 2 must be a type, a tuple of types, or a union"))
        }
    }
}

fn isinstance(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::no_kwargs("isinstance", &args)?;
    check_count("isinstance", &args, 2, 2)?;
    Ok(Value::bool(is_instance(vm, &args.pos[0], &args.pos[1])?))
}

/// `issubclass(c, cls_or_tuple)`.
pub fn is_subclass(vm: &mut Vm, c: &Value, t: &Value) -> PyResult<bool> {
    match t {
        Value::Tuple(items) => {
            for x in items.iter() {
                if is_subclass(vm, c, x)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Value::Class(tc) => {
            if let Some(check) = user_check(vm, t, "__subclasscheck__") {
                let r = vm.call_bound_special(&check, t, vec![c.clone()])?;
                return vm.is_true(&r);
            }
            let Value::Class(cc) = c else {
                return Err(PyErr::type_error("issubclass() arg 1 must be a class"));
            };
            Ok(cc.is_subclass(tc))
        }
        other => {
            if let Some(check) = vm.lookup_special(other, "__subclasscheck__") {
                let r = vm.call_bound_special(&check, other, vec![c.clone()])?;
                return vm.is_true(&r);
            }
            if !matches!(c, Value::Class(_)) {
                return Err(PyErr::type_error("issubclass() arg 1 must be a class"));
            }
            Err(PyErr::type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union"))
        }
    }
}

fn issubclass(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::no_kwargs("issubclass", &args)?;
    check_count("issubclass", &args, 2, 2)?;
    Ok(Value::bool(is_subclass(vm, &args.pos[0], &args.pos[1])?))
}

fn iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::no_kwargs("iter", &args)?;
    check_count("iter", &args, 1, 2)?;
    if args.pos.len() == 2 {
        if !is_callable(vm, &args.pos[0]) {
            return Err(PyErr::type_error("iter(v, w): v must be callable"));
        }
        let it = IterObj::Callable { func: args.pos[0].clone(), sentinel: args.pos[1].clone() };
        return Ok(Value::Iter(Rc::new(RefCell::new(it))));
    }
    vm.get_iter(&args.pos[0])
}

pub(crate) fn next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::no_kwargs("next", &args)?;
    check_count("next", &args, 1, 2)?;
    let it = &args.pos[0];
    if !vm.is_iterator(it) {
        return Err(PyErr::type_error(format!("'{}' object is not an iterator", vm.type_name(it))));
    }
    let r = match it {
        Value::Generator(g) => match vm.resume(g, Resume::Send(Value::None)) {
            Ok(Step::Yield { value, .. }) => Ok(value),
            Ok(Step::Return(v)) => Err(PyErr::stop_iteration(if v.is_none() { None } else { Some(v) })),
            Err(e) => Err(e),
        },
        Value::Iter(_) => match vm.iter_next(it)? {
            Some(v) => Ok(v),
            None => Err(PyErr::stop_iteration(None)),
        },
        _ => vm.call_method(it, "__next__", vec![]),
    };
    match r {
        Err(e) if args.pos.len() == 2 && vm.err_matches(&e, ExcKind::StopIteration) => Ok(args.pos[1].clone()),
        other => other,
    }
}

fn aiter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_count("aiter", &args, 1, 1)?;
    // CPython looks both methods up on the type and names the offending type.
    let obj = &args.pos[0];
    let Some(m) = vm.lookup_special(obj, "__aiter__") else {
        return Err(PyErr::type_error(format!("'{}' object is not an async iterable", vm.type_name(obj))));
    };
    let it = vm.call_bound_special(&m, obj, vec![])?;
    if vm.lookup_special(&it, "__anext__").is_none() {
        return Err(PyErr::type_error(format!("aiter() returned not an async iterator of type '{}'", vm.type_name(&it))));
    }
    Ok(it)
}

fn anext(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_count("anext", &args, 1, 2)?;
    let obj = &args.pos[0];
    let Some(m) = vm.lookup_special(obj, "__anext__") else {
        return Err(PyErr::type_error(format!("'{}' object is not an async iterator", vm.type_name(obj))));
    };
    let aw = vm.call_bound_special(&m, obj, vec![])?;
    if args.pos.len() == 2 {
        return super::generator::anext_with_default(vm, aw, args.pos[1].clone());
    }
    Ok(aw)
}

/// matches CPython's PyObject_GetAttr and friends: the name must be a str.
fn attr_name(vm: &Vm, name: &Value) -> PyResult<()> {
    if super::str_type::as_str(vm, name).is_some() {
        return Ok(());
    }
    Err(PyErr::type_error(format!("attribute name must be string, not '{}'", vm.type_name(name))))
}

fn getattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::no_kwargs("getattr", &args)?;
    check_count("getattr", &args, 2, 3)?;
    let name = &args.pos[1];
    if !matches!(name, Value::Str(_)) {
        return Err(PyErr::type_error(format!("attribute name must be string, not '{}'", vm.type_name(name))));
    }
    match vm.getattr(&args.pos[0], name) {
        Err(e) if args.pos.len() == 3 && vm.err_matches(&e, ExcKind::AttributeError) => Ok(args.pos[2].clone()),
        other => other,
    }
}

fn setattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::no_kwargs("setattr", &args)?;
    check_count("setattr", &args, 3, 3)?;
    attr_name(vm, &args.pos[1])?;
    vm.setattr(&args.pos[0], &args.pos[1], args.pos[2].clone())?;
    Ok(Value::None)
}

fn delattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::no_kwargs("delattr", &args)?;
    check_count("delattr", &args, 2, 2)?;
    attr_name(vm, &args.pos[1])?;
    vm.delattr(&args.pos[0], &args.pos[1])?;
    Ok(Value::None)
}

fn hasattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::no_kwargs("hasattr", &args)?;
    check_count("hasattr", &args, 2, 2)?;
    attr_name(vm, &args.pos[1])?;
    match vm.getattr(&args.pos[0], &args.pos[1]) {
        Ok(_) => Ok(Value::Bool(BoolWord::TRUE)),
        Err(e) if vm.err_matches(&e, ExcKind::AttributeError) => Ok(Value::Bool(BoolWord::FALSE)),
        Err(e) => Err(e),
    }
}

fn id(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::no_kwargs("id", &args)?;
    check_count("id", &args, 1, 1)?;
    let v = &args.pos[0];
    Ok(Value::Int(match v.ptr() {
        Some(p) => p as i64,
        None => match v {
            Value::Int(i) => 0x7f00_0000_0000 + i.wrapping_mul(32),
            Value::Bool(b) => 0x7f00_1000_0000 + b.get() as i64 * 32,
            Value::None => 0x7f00_2000_0000,
            _ => 0x7f00_3000_0000,
        },
    }))
}

fn hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::no_kwargs("hash", &args)?;
    check_count("hash", &args, 1, 1)?;
    Ok(Value::Int(vm.hash(&args.pos[0])?))
}

pub(crate) fn abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::no_kwargs("abs", &args)?;
    check_count("abs", &args, 1, 1)?;
    let v = &args.pos[0];
    Ok(match v {
        Value::Int(i) => match i.checked_abs() {
            Some(a) => Value::Int(a),
            None => Value::from_bigint(BigInt::from(*i).abs()),
        },
        Value::Bool(b) => Value::Int(b.get() as i64),
        Value::BigInt(b) => Value::from_bigint(b.abs()),
        Value::Float(f) => Value::float(f.get().abs()),
        _ => match vm.lookup_special(v, "__abs__") {
            Some(m) => return vm.call_bound_special(&m, v, vec![]),
            None => return Err(PyErr::type_error(format!("bad operand type for abs(): '{}'", vm.type_name(v)))),
        },
    })
}

fn all(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::no_kwargs("all", &args)?;
    check_count("all", &args, 1, 1)?;
    let it = vm.get_iter(&args.pos[0])?;
    while let Some(v) = vm.iter_next(&it)? {
        if !vm.is_true(&v)? {
            return Ok(Value::Bool(BoolWord::FALSE));
        }
    }
    Ok(Value::Bool(BoolWord::TRUE))
}

fn any(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::no_kwargs("any", &args)?;
    check_count("any", &args, 1, 1)?;
    let it = vm.get_iter(&args.pos[0])?;
    while let Some(v) = vm.iter_next(&it)? {
        if vm.is_true(&v)? {
            return Ok(Value::Bool(BoolWord::TRUE));
        }
    }
    Ok(Value::Bool(BoolWord::FALSE))
}

fn sum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::clinic("sum", &args, &["iterable", "start"], 1, 1, 2)?;
    // CPython asks for the iterator before it looks at `start`.
    let it = vm.get_iter(&args.pos[0])?;
    let mut acc = args.arg(1, "start").cloned().unwrap_or(Value::Int(0));
    match acc {
        Value::Str(_) => return Err(PyErr::type_error("sum() can't sum strings [use ''.join(seq) instead]")),
        Value::Bytes(_) => return Err(PyErr::type_error("sum() can't sum bytes [use b''.join(seq) instead]")),
        Value::ByteArray(_) => return Err(PyErr::type_error("sum() can't sum bytearray [use b''.join(seq) instead]")),
        _ => {}
    }
    // Floats are summed with compensation like CPython (which uses a double accumulator with
    // the same rounding as left-to-right addition for finite values).
    while let Some(v) = vm.iter_next(&it)? {
        acc = vm.binary_op(BinOp::Add, &acc, &v, false)?;
    }
    Ok(acc)
}

fn min_max(vm: &mut Vm, args: Args, name: &str, op: CompareOp) -> PyResult<Value> {
    if args.pos.is_empty() {
        return Err(PyErr::type_error(format!("{name} expected at least 1 argument, got 0")));
    }
    args.allow_kw(&format!("{name}()"), &["key", "default"])?;
    let key = args.kwarg("key").cloned().filter(|k| !k.is_none());
    let default = args.kwarg("default").cloned();
    let items = if args.pos.len() == 1 {
        vm.collect_iterable(&args.pos[0])?
    } else if args.pos.is_empty() {
        return Err(PyErr::type_error(format!("{name} expected at least 1 argument, got 0")));
    } else {
        if default.is_some() {
            return Err(PyErr::type_error(format!(
                "Cannot specify a default for {name}() with multiple positional arguments"
            )));
        }
        args.pos.to_vec()
    };
    let mut best: Option<(Value, Value)> = None;
    for v in items {
        let k = match &key {
            Some(f) => vm.call(f, vec![v.clone()])?,
            None => v.clone(),
        };
        best = Some(match best {
            None => (k, v),
            Some((bk, bv)) => {
                let r = vm.compare(op, &k, &bk)?;
                if vm.is_true(&r)? {
                    (k, v)
                } else {
                    (bk, bv)
                }
            }
        });
    }
    match best {
        Some((_, v)) => Ok(v),
        None => match default {
            Some(d) => Ok(d),
            None => Err(PyErr::value_error(format!("{name}() arg is an empty sequence"))),
        },
    }
}

fn min(vm: &mut Vm, args: Args) -> PyResult<Value> {
    min_max(vm, args, "min", CompareOp::Lt)
}

fn max(vm: &mut Vm, args: Args) -> PyResult<Value> {
    min_max(vm, args, "max", CompareOp::Gt)
}

fn sorted(vm: &mut Vm, args: Args) -> PyResult<Value> {
    // _PyArg_UnpackStack's wording; the keywords are list.sort's.
    if args.pos.len() != 1 {
        return Err(PyErr::type_error(format!("sorted expected 1 argument, got {}", args.pos.len())));
    }
    // sorted() makes the list first, then list.sort checks the keywords.
    let items = vm.collect_iterable(&args.pos[0])?;
    super::methods::sort_keywords(&args)?;
    let reverse = match args.kwarg("reverse") {
        Some(r) => super::int_arg(vm, &r.clone(), "")? != 0,
        None => false,
    };
    let key = args.kwarg("key").cloned();
    let mut sorted = super::sorting::sort_values(vm, items, key.as_ref(), reverse)?;
    // CPython's sorted() is list(iterable) then sort: a source with a length gives an exact
    // allocation (see types::sized_collect), which `sys.getsizeof` reads.
    if !matches!(&args.pos[0], Value::Iter(_) | Value::Generator(_) | Value::Instance(_) | Value::Native(_)) {
        sorted.shrink_to_fit();
    }
    Ok(Value::list(sorted))
}

fn divmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::no_kwargs("divmod", &args)?;
    check_count("divmod", &args, 2, 2)?;
    let (a, b) = (&args.pos[0], &args.pos[1]);
    if matches!(a, Value::Instance(_)) || matches!(b, Value::Instance(_)) {
        // CPython's binary_op1: __divmod__ then the reflected __rdivmod__, skipping NotImplemented.
        if let Some(m) = vm.lookup_special(a, "__divmod__") {
            let r = vm.call_bound_special(&m, a, vec![b.clone()])?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
        if let Some(m) = vm.lookup_special(b, "__rdivmod__") {
            let r = vm.call_bound_special(&m, b, vec![a.clone()])?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
    }
    let numeric = |v: &Value| matches!(v, Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_));
    if !numeric(a) || !numeric(b) {
        return Err(PyErr::type_error(format!(
            "unsupported operand type(s) for divmod(): '{}' and '{}'",
            vm.type_name(a),
            vm.type_name(b)
        )));
    }
    let float_zero = match b {
        Value::Float(y) => y.get() == 0.0,
        Value::Int(0) | Value::Bool(BoolWord::FALSE) => matches!(a, Value::Float(_)),
        _ => false,
    };
    if float_zero {
        return Err(PyErr::zero_division("float divmod()"));
    }
    let q = vm.binary_op(BinOp::FloorDiv, a, b, false)?;
    let r = vm.binary_op(BinOp::Mod, a, b, false)?;
    Ok(Value::tuple(vec![q, r]))
}

/// `pow(base=2, exp=3, mod=None)`: Argument Clinic binds the keywords, then the positional path runs.
fn pow_keywords(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut pos = Vec::new();
    for (i, name) in ["base", "exp", "mod"].into_iter().enumerate() {
        if let Some(v) = args.arg(i, name) {
            pos.push(v.clone());
        }
    }
    pow(vm, Args::new(&pos))
}

fn pow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::clinic("pow", &args, &["base", "exp", "mod"], 0, 2, 3)?;
    if !args.kw.is_empty() {
        return pow_keywords(vm, args);
    }
    let m = args.arg(2, "mod").cloned().unwrap_or(Value::None);
    if m.is_none() {
        return vm.binary_op(BinOp::Pow, &args.pos[0], &args.pos[1], false);
    }
    // Matches CPython's ternary pow: an instance's __pow__(exp, mod) is called (Decimal).
    if matches!(args.pos[0], Value::Instance(_)) {
        if let Some(descr) = vm.lookup_special(&args.pos[0], "__pow__") {
            let r = vm.call_bound_special(&descr, &args.pos[0], vec![args.pos[1].clone(), m.clone()])?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
    }
    let (base, exp) = (&args.pos[0], &args.pos[1]);
    if let (Some(a), Some(b), Some(m)) = (
        crate::object::int::to_bigint(base),
        crate::object::int::to_bigint(exp),
        crate::object::int::to_bigint(&m),
    ) {
        return crate::object::int::pow_mod(&a, &b, &m);
    }
    // CPython's ternary_op: each operand type's power slot in turn. float's refuses any
    // modulus, complex's one once it accepts the base and exponent; int's declines.
    let number = |v: &Value| matches!(v, Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_) | Value::Complex(_));
    for v in [base, exp, &m] {
        match v {
            Value::Float(_) => {
                return Err(PyErr::type_error("pow() 3rd argument not allowed unless all arguments are integers"));
            }
            Value::Complex(_) if number(base) && number(exp) => return Err(PyErr::value_error("complex modulo")),
            _ => {}
        }
    }
    Err(PyErr::type_error(format!(
        "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
        vm.type_name(base),
        vm.type_name(exp),
        vm.type_name(&m)
    )))
}

fn round(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::clinic("round", &args, &["number", "ndigits"], 0, 1, 2)?;
    if !args.kw.is_empty() {
        let pos: Vec<Value> = [args.arg(0, "number"), args.arg(1, "ndigits")].into_iter().flatten().cloned().collect();
        return round(vm, Args::new(&pos));
    }
    let v = &args.pos[0];
    let nd = args.arg(1, "ndigits").cloned().unwrap_or(Value::None);
    match v {
        Value::Float(f) => {
            if nd.is_none() {
                if !f.get().is_finite() {
                    return Err(if f.get().is_nan() {
                        PyErr::value_error("cannot convert float NaN to integer")
                    } else {
                        PyErr::overflow_error("cannot convert float infinity to integer")
                    });
                }
                let r = round_half_even(f.get());
                return Ok(match num_traits::FromPrimitive::from_f64(r) {
                    Some(b) => Value::from_bigint(b),
                    None => Value::Int(0),
                });
            }
            let n = super::int_arg(vm, &nd, "")?;
            Ok(Value::float(crate::text::float_repr::float_round(f.get(), n)?))
        }
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => {
            if nd.is_none() {
                return Ok(crate::object::int::to_bigint(v).map(Value::from_bigint).unwrap_or(Value::Int(0)));
            }
            let n = super::int_arg(vm, &nd, "")?;
            if n >= 0 {
                return Ok(crate::object::int::to_bigint(v).map(Value::from_bigint).unwrap_or(Value::Int(0)));
            }
            let x = crate::object::int::to_bigint(v).unwrap_or_default();
            let p = num_traits::pow(BigInt::from(10), (-n).min(400) as usize);
            let (q, r) = num_integer::Integer::div_mod_floor(&x, &p);
            let twice = &r * 2;
            let q = if twice > p || (twice == p && num_integer::Integer::is_odd(&q)) { q + 1 } else { q };
            Ok(Value::from_bigint(q * p))
        }
        _ => match vm.lookup_special(v, "__round__") {
            Some(m) => {
                let a = if nd.is_none() { vec![] } else { vec![nd] };
                vm.call_bound_special(&m, v, a)
            }
            None => Err(PyErr::type_error(format!("type {} doesn't define __round__ method", vm.type_name(v)))),
        },
    }
}

pub fn round_half_even(f: f64) -> f64 {
    let r = f.round();
    if (f - f.trunc()).abs() == 0.5 {
        2.0 * (f / 2.0).round()
    } else {
        r
    }
}

fn chr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::no_kwargs("chr", &args)?;
    check_count("chr", &args, 1, 1)?;
    let i = super::int_arg(vm, &args.pos[0], "")?;
    // matches CPython: the argument is a C int first (an int argument beyond i64 arrives
    // clamped, so beyond the C int range either way).
    if i32::try_from(i).is_err() {
        return Err(PyErr::new(crate::object::ExcKind::OverflowError, "Python int too large to convert to C int"));
    }
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => Ok(Value::string(c.to_string())),
        None if (0xd800..0xe000).contains(&i) => Ok(Value::string("\u{fffd}".into())),
        None => Err(PyErr::value_error("chr() arg not in range(0x110000)")),
    }
}

fn ord(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::no_kwargs("ord", &args)?;
    check_count("ord", &args, 1, 1)?;
    match &args.pos[0] {
        Value::Str(s) => {
            let n = s.char_len();
            if n != 1 {
                return Err(PyErr::type_error(format!("ord() expected a character, but string of length {n} found")));
            }
            Ok(Value::Int(s.as_str().chars().next().map(|c| c as i64).unwrap_or(0)))
        }
        Value::Bytes(b) if b.len() == 1 => Ok(Value::Int(b[0] as i64)),
        Value::Bytes(b) => Err(PyErr::type_error(format!("ord() expected a character, but string of length {} found", b.len()))),
        // bytearray as CPython's ord: one byte, or "bytearray of length N".
        Value::ByteArray(b) => match b.borrow().as_slice() {
            [c] => Ok(Value::Int(*c as i64)),
            other => Err(PyErr::type_error(format!("ord() expected a character, but string of length {} found", other.len()))),
        },
        other => Err(PyErr::type_error(format!("ord() expected string of length 1, but {} found", vm.type_name(other)))),
    }
}

fn radix(vm: &mut Vm, args: Args, name: &str, prefix: &str, base: u32) -> PyResult<Value> {
    check_count(name, &args, 1, 1)?;
    let v = &args.pos[0];
    // `__index__` as CPython's PyNumber_Index: its errors propagate and a big result is kept.
    let i = match crate::object::int::to_bigint(v) {
        Some(i) => i,
        None => match super::number_convert::index_of(vm, v)?.as_ref().and_then(crate::object::int::to_bigint) {
            Some(i) => i,
            None => return Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v)))),
        },
    };
    let digits = i.abs().to_str_radix(base);
    Ok(Value::string(format!("{}{prefix}{digits}", if i.is_negative() { "-" } else { "" })))
}

fn hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::no_kwargs("hex", &args)?;
    radix(vm, args, "hex", "0x", 16)
}

fn oct(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::no_kwargs("oct", &args)?;
    radix(vm, args, "oct", "0o", 8)
}

fn bin(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::no_kwargs("bin", &args)?;
    radix(vm, args, "bin", "0b", 2)
}

pub fn is_callable(vm: &Vm, v: &Value) -> bool {
    match v {
        // staticmethod objects are callable since CPython 3.10.
        Value::Function(_) | Value::Builtin(_) | Value::Method(_) | Value::Class(_) | Value::StaticMethod(_) => true,
        _ => vm.lookup_special(v, "__call__").is_some(),
    }
}

fn callable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::no_kwargs("callable", &args)?;
    check_count("callable", &args, 1, 1)?;
    Ok(Value::bool(is_callable(vm, &args.pos[0])))
}

fn format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::no_kwargs("format", &args)?;
    check_count("format", &args, 1, 2)?;
    let spec = match args.pos.get(1) {
        Some(Value::Str(s)) => s.as_str().to_owned(),
        Some(other) => {
            return Err(PyErr::type_error(format!("format() argument 2 must be str, not {}", super::arg_type_name(vm, other))))
        }
        None => String::new(),
    };
    super::format::format(vm, &args.pos[0], &spec).map(Value::string)
}

fn vars(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::no_kwargs("vars", &args)?;
    check_count("vars", &args, 0, 1)?;
    if args.pos.is_empty() {
        return locals(vm, args);
    }
    match vm.getattr(&args.pos[0], &Value::str("__dict__")) {
        Ok(d) => Ok(d),
        Err(_) => Err(PyErr::type_error("vars() argument must have __dict__ attribute")),
    }
}

fn globals(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::no_kwargs("globals", &args)?;
    check_count("globals", &args, 0, 0)?;
    let f = vm.frames.last().expect("globals() is called from a frame");
    Ok(Value::Dict(f.globals.clone()))
}

fn locals(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::no_kwargs("locals", &args)?;
    check_count("locals", &args, 0, 0)?;
    match vm.frames.last_mut() {
        Some(f) => Ok(f.locals_dict()),
        None => Err(PyErr::new(crate::object::ExcKind::SystemError, "locals(): no current frame")),
    }
}

/// `sys.<name>`, None when unset (sys is loaded on first use).
fn sys_value(vm: &mut Vm, name: &str) -> PyResult<Value> {
    Ok(sys_attr(vm, name)?.unwrap_or(Value::None))
}

/// `sys.<name>`, None when sys has no such attribute (sys is loaded on first use).
pub fn sys_attr(vm: &mut Vm, name: &str) -> PyResult<Option<Value>> {
    match vm.import_module("sys")? {
        Value::Module(m) => Ok(m.dict.borrow().get_str(name)),
        _ => Ok(None),
    }
}

/// `breakpoint(*args, **kws)`, as CPython's builtin_breakpoint: whatever `sys.breakpointhook`
/// is at the time of the call gets the arguments (the default one reads `PYTHONBREAKPOINT`).
fn breakpoint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(hook) = sys_attr(vm, "breakpointhook")? else {
        return Err(PyErr::new(ExcKind::RuntimeError, "lost sys.breakpointhook"));
    };
    vm.call_kw(&hook, args.pos.to_vec(), args.kw.to_vec())
}

/// `input(prompt)`, as CPython's builtin_input: the streams are looked up in `sys` each call,
/// so a script that replaced `sys.stdin` (a StringIO in a test) reads from it.
fn input(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::no_kwargs("input", &args)?;
    check_count("input", &args, 0, 1)?;
    let (fin, fout, ferr) = (sys_value(vm, "stdin")?, sys_value(vm, "stdout")?, sys_value(vm, "stderr")?);
    for (v, name) in [(&fin, "stdin"), (&fout, "stdout"), (&ferr, "stderr")] {
        if v.is_none() {
            return Err(PyErr::new(ExcKind::RuntimeError, format!("input(): lost sys.{name}")));
        }
    }
    // CPython flushes stderr first and ignores any error doing so.
    let _ = vm.call_method(&ferr, "flush", vec![]);
    if !crate::modules::std_stdin::is_native_stdin(&fin) {
        if let Some(p) = args.pos.first() {
            let s = vm.str(p)?;
            vm.call_method(&fout, "write", vec![Value::string(s)])?;
        }
        vm.call_method(&fout, "flush", vec![])?;
        let line = vm.call_method(&fin, "readline", vec![])?;
        let Some(s) = line.as_str() else {
            return Err(PyErr::type_error("object.readline() returned non-string"));
        };
        if s.is_empty() {
            return Err(PyErr::new(ExcKind::EOFError, "EOF when reading a line"));
        }
        return Ok(match s.strip_suffix('\n') {
            Some(t) => Value::str(t),
            None => line,
        });
    }
    if let Some(p) = args.pos.first() {
        let s = vm.str(p)?;
        vm.call_method(&fout, "write", vec![Value::string(s)])?;
    }
    vm.call_method(&fout, "flush", vec![])?;
    let mut line = String::new();
    match std::io::stdin().read_line(&mut line) {
        Ok(0) => Err(PyErr::new(ExcKind::EOFError, "EOF when reading a line")),
        Ok(_) => {
            if line.ends_with('\n') {
                line.pop();
                if line.ends_with('\r') {
                    line.pop();
                }
            }
            Ok(Value::string(line))
        }
        Err(e) => Err(PyErr::new(ExcKind::OSError, e.to_string())),
    }
}

/// Truncate toward zero for `int(float)`.
pub fn float_to_int(f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(PyErr::value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(PyErr::overflow_error("cannot convert float infinity to integer"));
    }
    let t = f.trunc();
    if t.abs() < 9.0e18 {
        return Ok(Value::Int(t as i64));
    }
    Ok(num_traits::FromPrimitive::from_f64(t).map(Value::from_bigint).unwrap_or(Value::Int(0)))
}


