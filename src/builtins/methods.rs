//! Methods of list, dict, set, tuple and str that the core needs (more live beside it).

use std::rc::Rc;

use super::{arg, check_method_count, def_method};
use crate::object::{Args, PyErr, PyResult, Value};
use crate::vm::Vm;

pub fn install(vm: &mut Vm) {
    let t = &vm.types;
    let list = t.list.clone();
    def_method(&list, "append", list_append);
    def_method(&list, "extend", list_extend);
    def_method(&list, "pop", list_pop);
    def_method(&list, "insert", list_insert);
    def_method(&list, "sort", list_sort);
    def_method(&list, "reverse", list_reverse);
    def_method(&list, "copy", list_copy);
    def_method(&list, "clear", list_clear);
    def_method(&list, "index", seq_index);
    def_method(&list, "count", seq_count);
    def_method(&list, "remove", list_remove);
    let tuple = t.tuple.clone();
    def_method(&tuple, "index", seq_index);
    def_method(&tuple, "count", seq_count);
    let dict = t.dict.clone();
    def_method(&dict, "get", dict_get);
    def_method(&dict, "pop", dict_pop);
    def_method(&dict, "popitem", dict_popitem);
    def_method(&dict, "setdefault", dict_setdefault);
    def_method(&dict, "update", dict_update_method);
    def_method(&dict, "copy", dict_copy);
    def_method(&dict, "clear", dict_clear);
}

fn list_of(v: &Value) -> PyResult<&Rc<crate::object::ListCell>> {
    match v {
        Value::List(l) => Ok(l),
        _ => Err(PyErr::type_error("descriptor requires a 'list' object")),
    }
}

pub(crate) fn list_append(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method_count("append", "list.append", &args, 1, 1)?;
    list_of(&args.pos[0])?.borrow_mut().push(args.pos[1].clone());
    Ok(Value::None)
}

fn list_extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method_count("extend", "list.extend", &args, 1, 1)?;
    let items = vm.collect_iterable(&args.pos[1])?;
    list_of(&args.pos[0])?.borrow_mut().extend(items);
    Ok(Value::None)
}

fn list_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = list_of(&arg(&args, 0))?.clone();
    // Argument Clinic converts the index (Py_ssize_t) before the list is looked at.
    let index = match args.pos.get(1) {
        Some(v) => Some(super::ssize_arg(vm, v)?),
        None => None,
    };
    let len = l.borrow().len();
    if len == 0 {
        return Err(PyErr::index_error("pop from empty list"));
    }
    let i = match index {
        Some(i) => {
            let j = if i < 0 { i + len as i64 } else { i };
            if j < 0 || j >= len as i64 {
                return Err(PyErr::index_error("pop index out of range"));
            }
            j as usize
        }
        None => len - 1,
    };
    let v = l.borrow_mut().remove(i);
    Ok(v)
}

fn list_insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method_count("insert", "list.insert", &args, 2, 2)?;
    let l = list_of(&args.pos[0])?.clone();
    let len = l.borrow().len() as i64;
    let i = super::ssize_arg(vm, &args.pos[1])?;
    let j = if i < 0 { (i + len).max(0) } else { i.min(len) };
    l.borrow_mut().insert(j as usize, args.pos[2].clone());
    Ok(Value::None)
}

/// list.sort's keywords, checked as Argument Clinic does: too many of them first, then an
/// unknown name.
pub fn sort_keywords(args: &Args) -> PyResult<()> {
    if args.kw.len() > 2 {
        return Err(PyErr::type_error(format!("sort() takes at most 2 keyword arguments ({} given)", args.kw.len())));
    }
    args.allow_kw("sort()", &["key", "reverse"])
}

fn list_sort(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() > 1 {
        return Err(PyErr::type_error("sort() takes no positional arguments"));
    }
    sort_keywords(&args)?;
    let l = list_of(&arg(&args, 0))?.clone();
    // Argument Clinic's bool(accept={int}): reverse must be an integer.
    let reverse = match args.kwarg("reverse") {
        Some(r) => super::int_arg(vm, &r.clone(), "")? != 0,
        None => false,
    };
    let items = std::mem::take(&mut *l.borrow_mut());
    let key = args.kwarg("key").cloned();
    let sorted = super::sorting::sort_values_keeping_order(vm, items, key.as_ref(), reverse);
    // matches CPython: the list is empty while it sorts; anything a key function or a
    // comparison put into it is dropped and reported once the items are back. After a failed
    // comparison the items go back in the partially sorted order reached.
    let modified = !l.borrow().is_empty();
    let (items, err) = match sorted {
        Ok(s) => (s, None),
        Err((s, e)) => (s, Some(e)),
    };
    let added = std::mem::replace(&mut *l.borrow_mut(), items);
    drop(added);
    if let Some(e) = err {
        return Err(e);
    }
    if modified {
        return Err(PyErr::value_error("list modified during sort"));
    }
    Ok(Value::None)
}

fn list_reverse(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    list_of(&arg(&args, 0))?.borrow_mut().reverse();
    Ok(Value::None)
}

fn list_copy(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(super::container_sizeof::exact_list_from(&list_of(&arg(&args, 0))?.borrow()))
}

fn list_clear(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    // Taken out first, so an item's `__del__` sees the list already empty; released last to
    // first like CPython's `_list_clear`.
    let items = std::mem::take(&mut *list_of(&arg(&args, 0))?.borrow_mut());
    crate::object::list_cell::release_reversed(items);
    Ok(Value::None)
}

fn seq_items(v: &Value) -> Vec<Value> {
    match v {
        Value::List(l) => l.borrow().clone(),
        Value::Tuple(t) => t.to_vec(),
        _ => Vec::new(),
    }
}

fn seq_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let is_tuple = matches!(args.pos.first(), Some(Value::Tuple(_)));
    check_method_count("index", if is_tuple { "tuple.index" } else { "list.index" }, &args, 1, 3)?;
    let items = seq_items(&args.pos[0]);
    let (start, stop) = index_bounds(vm, &args, items.len())?;
    for (i, x) in items.iter().enumerate().take(stop).skip(start) {
        if vm.eq(x, &args.pos[1])? {
            return Ok(Value::Int(i as i64));
        }
    }
    let what = if is_tuple { "tuple.index(x): x not in tuple".to_string() } else {
        format!("{} is not in list", vm.repr(&args.pos[1])?)
    };
    Err(PyErr::value_error(what))
}

/// The optional `start`/`stop` of `list.index`/`tuple.index`, clamped as CPython's
/// `_PyEval_SliceIndexNotNone` plus the negative-index adjustment do.
fn index_bounds(vm: &mut Vm, args: &Args, len: usize) -> PyResult<(usize, usize)> {
    let mut bound = |pos: usize, default: usize| -> PyResult<usize> {
        let Some(v) = args.pos.get(pos) else { return Ok(default) };
        let Some(i) = vm.index_value(v)? else {
            return Err(PyErr::type_error("slice indices must be integers or have an __index__ method"));
        };
        let j = if i < 0 { (i.saturating_add(len as i64)).max(0) } else { i };
        Ok((j as u64).min(len as u64) as usize)
    };
    Ok((bound(2, 0)?, bound(3, len)?))
}

fn seq_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method_count("count", "list.count", &args, 1, 1)?;
    let mut n = 0;
    for x in seq_items(&args.pos[0]) {
        if vm.eq(&x, &args.pos[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn list_remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method_count("remove", "list.remove", &args, 1, 1)?;
    let l = list_of(&args.pos[0])?.clone();
    let items = l.borrow().clone();
    for (i, x) in items.iter().enumerate() {
        if vm.eq(x, &args.pos[1])? {
            l.borrow_mut().remove(i);
            return Ok(Value::None);
        }
    }
    Err(PyErr::value_error("list.remove(x): x not in list"))
}

fn dict_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method_count("get", "dict.get", &args, 1, 2)?;
    Ok(vm.dict_get_item(&args.pos[0], &args.pos[1])?.unwrap_or_else(|| arg(&args, 2)))
}

fn dict_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method_count("pop", "dict.pop", &args, 1, 2)?;
    let Value::Dict(d) = &args.pos[0] else { return Err(PyErr::type_error("descriptor requires a 'dict' object")) };
    // matches CPython: an empty dict answers without hashing the key (no unhashable error).
    if d.borrow().is_empty() {
        return match args.pos.get(2) {
            Some(default) => Ok(default.clone()),
            None => Err(PyErr::key_error(args.pos[1].clone())),
        };
    }
    match vm.dict_del_item(d, &args.pos[1])? {
        Some(v) => Ok(v),
        None if args.pos.len() == 3 => Ok(args.pos[2].clone()),
        None => Err(PyErr::key_error(args.pos[1].clone())),
    }
}

fn dict_popitem(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Value::Dict(d) = &arg(&args, 0) else { return Err(PyErr::type_error("descriptor requires a 'dict' object")) };
    let idx = d.borrow().last_index();
    let removed = idx.and_then(|i| {
        let mut d = d.borrow_mut();
        let e = d.remove_at(i);
        d.trim_trailing_holes();
        e
    });
    match removed {
        Some(e) => Ok(Value::tuple(vec![e.key, e.value])),
        None => Err(PyErr::new(crate::object::ExcKind::KeyError, "popitem(): dictionary is empty")),
    }
}

fn dict_setdefault(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method_count("setdefault", "dict.setdefault", &args, 1, 2)?;
    if let Some(v) = vm.dict_get_item(&args.pos[0], &args.pos[1])? {
        return Ok(v);
    }
    let default = arg(&args, 2);
    vm.setitem(&args.pos[0], args.pos[1].clone(), default.clone())?;
    Ok(default)
}

/// `d.update(src)` for a mapping or an iterable of pairs.
pub fn dict_update(vm: &mut Vm, d: &Value, src: &Value) -> PyResult<()> {
    if matches!(src, Value::Dict(_)) || vm.lookup_attr_opt(src, "keys")?.is_some() {
        return vm.dict_update_from(d, src, None);
    }
    let Value::Dict(table) = d else { return Ok(()) };
    // Pair by pair as the iterable yields them (CPython's dict_merge_from_seq2): a bad element
    // leaves the pairs before it stored and the rest of the iterator unread.
    let it = vm.get_iter(src)?;
    let mut i = 0usize;
    while let Some(item) = vm.iter_next(&it)? {
        // CPython's dict_merge_from_seq2 replaces any TypeError, also one raised mid-iteration.
        let pair = vm.collect_iterable(&item).map_err(|e| {
            if vm.err_matches(&e, crate::object::ExcKind::TypeError) {
                PyErr::type_error(format!("cannot convert dictionary update sequence element #{i} to a sequence"))
            } else {
                e
            }
        })?;
        if pair.len() != 2 {
            return Err(PyErr::value_error(format!(
                "dictionary update sequence element #{i} has length {}; 2 is required",
                pair.len()
            )));
        }
        vm.dict_set_item(table, pair[0].clone(), pair[1].clone())?;
        i += 1;
    }
    Ok(())
}

fn dict_update_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    // PyArg_UnpackTuple(args, "update", 0, 1).
    if args.pos.len() > 2 {
        return Err(PyErr::type_error(format!("update expected at most 1 argument, got {}", args.pos.len() - 1)));
    }
    let d = arg(&args, 0);
    if let Some(src) = args.pos.get(1) {
        dict_update(vm, &d, src)?;
    }
    if let Value::Dict(table) = &d {
        for (k, v) in args.kw {
            vm.dict_set_item(table, Value::str(k), v.clone())?;
        }
    }
    Ok(Value::None)
}

fn dict_copy(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    match arg(&args, 0) {
        Value::Dict(d) => Ok(Value::dict(d.borrow().clone())),
        _ => Err(PyErr::type_error("descriptor requires a 'dict' object")),
    }
}

fn dict_clear(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Value::Dict(d) = arg(&args, 0) {
        d.borrow_mut().clear();
    }
    Ok(Value::None)
}
