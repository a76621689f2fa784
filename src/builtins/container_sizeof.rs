//! `__sizeof__` of the core built-in types (`int`, `str`, `list`, `dict`, `set`, `frozenset`,
//! `bytearray`, generators and coroutines), and through it `sys.getsizeof`: the byte counts CPython 3.11 reports on 64-bit
//! Linux. Sets keep CPython's table layout, so theirs is exact; for lists and dicts corio's
//! storage differs, so the sizes are modelled: the allocation CPython's growth rules give for
//! the current length (filled one item at a time, as comprehensions and loops fill them).

use super::def_method;
use crate::object::{Args, PyErr, PyResult, Value};
use crate::vm::Vm;

pub fn install(vm: &mut Vm) {
    install_getattribute(vm);
    let t = &vm.types;
    def_method(&t.int, "__sizeof__", sizeof);
    def_method(&t.str, "__sizeof__", sizeof);
    def_method(&t.list, "__sizeof__", sizeof);
    def_method(&t.dict, "__sizeof__", sizeof);
    def_method(&t.set, "__sizeof__", sizeof);
    def_method(&t.frozenset, "__sizeof__", sizeof);
    def_method(&t.bytearray, "__sizeof__", sizeof);
    def_method(&t.generator, "__sizeof__", sizeof);
    def_method(&t.coroutine, "__sizeof__", sizeof);
    def_method(&t.async_generator, "__sizeof__", sizeof);
}

/// `co_stacksize`: CPython's, as the compiler estimated it (see compile::stack_depth); code
/// compiled elsewhere (module bodies) gets a small default.
pub fn stack_size(code: &std::rc::Rc<crate::bytecode::Code>) -> u32 {
    crate::compile::stack_depth::lookup(code).unwrap_or(2)
}

/// CPython's core types name `PyObject_GenericGetAttr` as their own `tp_getattro`, so each
/// has a `__getattribute__` slot wrapper (`vars(int)` lists it); all are object's generic one,
/// owned by `object` so that a subclass instance reaches it whole (a core type's own methods
/// get the base value unwrapped).
fn install_getattribute(vm: &mut Vm) {
    let f = super::object_type::object_getattribute;
    let t = &vm.types;
    let core = [
        &t.int, &t.float, &t.complex, &t.str, &t.bytes, &t.bytearray, &t.tuple, &t.list, &t.dict, &t.set,
        &t.frozenset, &t.range, &t.slice, &t.generator, &t.coroutine, &t.property, &t.dict_keys, &t.dict_items,
    ];
    for cls in core {
        super::def_method_owned(cls, "__getattribute__", f, "object");
    }
    for name in ["enumerate", "zip", "map", "filter", "reversed", "list_iterator"] {
        super::def_method_owned(&vm.iterator_class(name), "__getattribute__", f, "object");
    }
}

fn sizeof(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::check_count("__sizeof__", &args, 1, 1)?;
    let obj = &args.pos[0];
    match size_of(obj) {
        Some(n) => Ok(Value::Int(n)),
        None => Err(PyErr::type_error(format!("descriptor '__sizeof__' does not apply to a '{}' object", vm.type_name(obj)))),
    }
}

/// CPython's `__sizeof__` for a value of one of the types above (None for the others).
pub fn size_of(obj: &Value) -> Option<i64> {
    Some(match obj {
        // long_sizeof: the header plus at least one 30-bit digit.
        Value::Bool(_) => int_size(1),
        Value::Int(i) => int_size(u64::BITS - i.unsigned_abs().leading_zeros()),
        Value::BigInt(b) => int_size(u32::try_from(b.bits()).unwrap_or(u32::MAX)),
        Value::Str(s) => str_size(s.as_str()),
        Value::List(l) => {
            let items = l.borrow();
            40 + 8 * list_allocated(items.len(), items.capacity())
        }
        Value::Dict(d) => match super::instance_dict_sizeof::size_of(d) {
            Some(n) => n,
            None => dict_size(&d.borrow()),
        },
        Value::Set(s) => set_size(s.borrow().table.slot_count()),
        Value::FrozenSet(s) => set_size(s.table.slot_count()),
        // bytearray: the header plus its buffer, one byte more than its length once non-empty.
        Value::ByteArray(b) => {
            let n = b.borrow().len() as i64;
            56 + if n == 0 { 0 } else { n + 1 }
        }
        // gen_sizeof: a 3.11 generator embeds its frame, header, locals (cells and free
        // variables included) and value stack.
        Value::Generator(g) => {
            let c = &g.code.code;
            let locals = c.varnames.len() + c.cellvars.len() + c.freevars.len();
            152 + 8 * (locals as i64 + i64::from(stack_size(c)))
        }
        _ => return None,
    })
}

/// object.__sizeof__ of a value that is no instance: its type's basic size plus its items
/// (`tuple`, `bytes`), as CPython's tp_basicsize + ob_size * tp_itemsize.
pub fn object_size(obj: &Value) -> i64 {
    match obj {
        Value::Float(_) => 24,
        Value::Complex(_) => 32,
        Value::Bytes(b) => 33 + b.len() as i64,
        Value::Tuple(t) => 24 + 8 * t.len() as i64,
        Value::Function(_) => 136,
        _ => size_of(obj).unwrap_or(16),
    }
}

fn int_size(bits: u32) -> i64 {
    24 + 4 * i64::from(bits.div_ceil(30).max(1))
}

/// unicode_sizeof: compact ASCII strings have a 48-byte header, the others 72, plus the code
/// units (1, 2 or 4 bytes by the widest character) and a terminating unit.
fn str_size(s: &str) -> i64 {
    let top = s.chars().map(u32::from).max().unwrap_or(0);
    let n = s.chars().count() as i64;
    match top {
        0..=127 => 49 + n,
        128..=255 => 73 + n,
        256..=65535 => 72 + 2 * (n + 1),
        _ => 72 + 4 * (n + 1),
    }
}

/// The items CPython's str.split preallocates (MAX_PREALLOC in Objects/stringlib/split.h).
const SPLIT_PREALLOC: usize = 12;

/// A new list CPython allocates exactly (`list_new_prealloc`: slices, `copy()`, `a + b`,
/// `a * n`). An even length is the same allocation as list_preallocate_exact's, which a
/// list whose capacity is its length stands for; an odd one gets a capacity two above its
/// length, which no growth of a Vec produces, so `list_allocated` can tell it apart.
pub fn exact_list(mut items: Vec<Value>) -> Value {
    if items.capacity() == exact_capacity(items.len()) {
        return Value::list(items);
    }
    if items.len() % 2 == 1 {
        items.reserve_exact(2);
        items.shrink_to(items.len() + 2);
    }
    Value::list(items)
}

/// The capacity `exact_list` gives a list of `len` items: callers that size their Vec with
/// it up front spare `exact_list` a reallocation.
pub fn exact_capacity(len: usize) -> usize {
    if len % 2 == 1 { len + 2 } else { len }
}

/// A list of clones of `items`, allocated exactly as CPython's list_slice does.
pub fn exact_list_from(items: &[Value]) -> Value {
    let mut v = Vec::with_capacity(exact_capacity(items.len()));
    v.extend_from_slice(items);
    exact_list(v)
}

/// The list str.split/rsplit return: CPython preallocates it for `prealloc` items (12, or
/// maxsplit + 1 when smaller) and appends past that. The two cases `list_allocated` can
/// recognise are modelled: 12 slots holding at most 12 parts, and exactly as many parts as
/// were preallocated.
pub fn split_list(mut items: Vec<Value>, prealloc: usize) -> Value {
    if prealloc == SPLIT_PREALLOC && items.len() <= SPLIT_PREALLOC {
        items.reserve_exact(SPLIT_PREALLOC - items.len());
        items.shrink_to(SPLIT_PREALLOC);
        return Value::list(items);
    }
    if prealloc == items.len() {
        return exact_list(items);
    }
    Value::list(items)
}

/// CPython's `allocated` for a list of `len` items. A corio list grown item by item has spare
/// capacity: CPython's list_resize over-allocation after as many appends. One sized once
/// (a literal, `list(iterable)`, `[x] * n`) has none: list_preallocate_exact's rounding up to
/// an even count, as `list(...)` and literals of three or more constants get.
fn list_allocated(len: usize, capacity: usize) -> i64 {
    if len % 2 == 1 && capacity == len + 2 {
        return len as i64;
    }
    if capacity == SPLIT_PREALLOC && len <= SPLIT_PREALLOC {
        return SPLIT_PREALLOC as i64;
    }
    let len = len as i64;
    if capacity == len as usize {
        return if len <= 2 { len } else { (len + 1) & !1 };
    }
    let mut allocated: i64 = 0;
    while allocated < len {
        let newsize = allocated + 1;
        let mut grown = (newsize + (newsize >> 3) + 6) & !3;
        if newsize - allocated > grown - newsize {
            grown = (newsize + 3) & !3;
        }
        allocated = grown;
    }
    allocated
}

/// _PyDict_SizeOf for a dict filled by insertion: the 48-byte object plus its keys table (a
/// 32-byte header, the index array and the usable entries: 16 bytes each while every key is a
/// str, else 24). The table starts at 8 slots and, when full, grows to the power of two at
/// least three times the items it holds.
fn dict_size(d: &crate::object::PyDict) -> i64 {
    let n = d.len() as i64;
    if n == 0 && d.table_size() == 0 {
        return 48;
    }
    let usable = |log2: u32| ((1i64 << log2) << 1) / 3;
    let mut log2 = 3u32;
    while usable(log2) < n {
        let used = usable(log2);
        log2 = 3;
        while (1i64 << log2) < used * 3 {
            log2 += 1;
        }
    }
    // Deleting keys leaves the table its size, as CPython's.
    while (1i64 << log2) < d.table_size() as i64 && log2 < 62 {
        log2 += 1;
    }
    let index_bytes: i64 = match log2 {
        0..=7 => 1,
        8..=15 => 2,
        16..=31 => 4,
        _ => 8,
    };
    let all_str = !d.has_general_keys();
    let entry = if all_str { 16 } else { 24 };
    48 + 32 + index_bytes * (1i64 << log2) + usable(log2) * entry
}

/// set_sizeof: 200 bytes with the 8-slot table inline, else 16 more bytes a slot of the table
/// (corio's set table has CPython's layout, so its size is CPython's).
fn set_size(slots: usize) -> i64 {
    if slots <= 8 {
        200
    } else {
        200 + 16 * slots as i64
    }
}
