//! `_heapq`: the native heap operations `heapq` re-exports (`heappush`, `heappop`,
//! `heapreplace`, `heappushpop`, `heapify` and the `_max` variants), as CPython's C module.
//!
//! The sifts compare with `<` in CPython's order (the new item against its parent on the way
//! up; the left child against the right on the way down), so the heaps built and the `__lt__`
//! calls made are CPython's. A comparison may run script code: no borrow of the list is held
//! across one, and a list whose size changed meanwhile raises CPython's RuntimeError.

use std::rc::Rc;

use super::new_module;
use crate::builtins::{arg_type_name, def_fn};
use crate::bytecode::opcode::CompareOp;
use crate::object::{Args, ListCell, PyErr, PyResult, Value};
use crate::vm::Vm;

pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = new_module("_heapq");
    let mut d = d.borrow_mut();
    def_fn(&mut d, "heappush", heappush);
    def_fn(&mut d, "heappop", heappop);
    def_fn(&mut d, "heapreplace", heapreplace);
    def_fn(&mut d, "heappushpop", heappushpop);
    def_fn(&mut d, "heapify", heapify);
    def_fn(&mut d, "_heappop_max", heappop_max);
    def_fn(&mut d, "_heapreplace_max", heapreplace_max);
    def_fn(&mut d, "_heapify_max", heapify_max);
    Ok(m)
}

/// Which way the heap is ordered: the least item on top, or (the `_max` helpers) the greatest.
#[derive(Clone, Copy)]
enum Order {
    Min,
    Max,
}

/// The list a heap function works on (a list subclass's list included).
fn heap_list(v: &Value) -> Option<Rc<ListCell>> {
    match super::native_value(v) {
        Value::List(l) => Some(l),
        _ => None,
    }
}

/// The one-argument functions: `name() argument must be list, not T` otherwise.
fn one_list(vm: &Vm, name: &str, args: &Args) -> PyResult<Rc<ListCell>> {
    if args.pos.len() != 1 || !args.kw.is_empty() {
        return Err(PyErr::type_error(format!("_heapq.{name}() takes exactly one argument ({} given)", args.pos.len() + args.kw.len())));
    }
    heap_list(&args.pos[0]).ok_or_else(|| PyErr::type_error(format!("{name}() argument must be list, not {}", arg_type_name(vm, &args.pos[0]))))
}

/// The two-argument functions (heap, item), with Argument Clinic's messages.
fn list_and_item(vm: &Vm, name: &str, args: &Args) -> PyResult<(Rc<ListCell>, Value)> {
    if !args.kw.is_empty() {
        return Err(PyErr::type_error(format!("{name}() takes no keyword arguments")));
    }
    if args.pos.len() != 2 {
        return Err(PyErr::type_error(format!("{name} expected 2 arguments, got {}", args.pos.len())));
    }
    let heap = heap_list(&args.pos[0])
        .ok_or_else(|| PyErr::type_error(format!("{name}() argument 1 must be list, not {}", arg_type_name(vm, &args.pos[0]))))?;
    Ok((heap, args.pos[1].clone()))
}

/// `a < b` as the heap orders items (`b < a` for a max-heap).
fn before(vm: &mut Vm, order: Order, a: &Value, b: &Value) -> PyResult<bool> {
    let (x, y) = match order {
        Order::Min => (a, b),
        Order::Max => (b, a),
    };
    match (x, y) {
        (Value::Int(x), Value::Int(y)) => Ok(x < y),
        (Value::Float(x), Value::Float(y)) => Ok(x.get() < y.get()),
        _ => {
            let r = vm.compare(CompareOp::Lt, x, y)?;
            match r {
                Value::Bool(b) => Ok(b.get()),
                other => vm.is_true(&other),
            }
        }
    }
}

fn changed_size() -> PyErr {
    PyErr::runtime_error("list changed size during iteration")
}

/// The items at `i` and `j` (clones, so no borrow outlives the comparison that follows).
fn pair(heap: &ListCell, i: usize, j: usize) -> PyResult<(Value, Value)> {
    let items = heap.borrow();
    match (items.get(i), items.get(j)) {
        (Some(a), Some(b)) => Ok((a.clone(), b.clone())),
        _ => Err(changed_size()),
    }
}

/// Move the item at `pos` up towards `start` while it belongs before its parent.
fn sift_down(vm: &mut Vm, order: Order, heap: &ListCell, start: usize, mut pos: usize) -> PyResult<()> {
    let size = heap.borrow().len();
    while pos > start {
        let parent = (pos - 1) >> 1;
        let (item, above) = pair(heap, pos, parent)?;
        let moves = before(vm, order, &item, &above)?;
        if heap.borrow().len() != size {
            return Err(changed_size());
        }
        if !moves {
            break;
        }
        heap.borrow_mut().swap(pos, parent);
        pos = parent;
    }
    Ok(())
}

/// Sink the item at `pos` to a leaf along the path of lesser children, then let it rise back
/// into place (CPython's bottom-up variant: fewer comparisons than testing it at each level).
fn sift_up(vm: &mut Vm, order: Order, heap: &ListCell, mut pos: usize) -> PyResult<()> {
    let start = pos;
    let end = heap.borrow().len();
    let limit = end / 2;
    while pos < limit {
        let mut child = 2 * pos + 1;
        if child + 1 < end {
            let (left, right) = pair(heap, child, child + 1)?;
            if !before(vm, order, &left, &right)? {
                child += 1;
            }
            if heap.borrow().len() != end {
                return Err(changed_size());
            }
        }
        heap.borrow_mut().swap(pos, child);
        pos = child;
    }
    sift_down(vm, order, heap, start, pos)
}

fn heappush(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (heap, item) = list_and_item(vm, "heappush", &args)?;
    let last = {
        let mut items = heap.borrow_mut();
        items.push(item);
        items.len() - 1
    };
    sift_down(vm, Order::Min, &heap, 0, last)?;
    Ok(Value::None)
}

/// Take the top item: the last item moves to the top and sinks into place.
fn pop_top(vm: &mut Vm, order: Order, heap: &ListCell) -> PyResult<Value> {
    let last = heap.borrow_mut().pop().ok_or_else(|| PyErr::index_error("index out of range"))?;
    let top = {
        let mut items = heap.borrow_mut();
        match items.first_mut() {
            Some(slot) => std::mem::replace(slot, last),
            None => return Ok(last),
        }
    };
    sift_up(vm, order, heap, 0)?;
    Ok(top)
}

/// Replace the top item with `item` and let it sink into place.
fn replace_top(vm: &mut Vm, order: Order, heap: &ListCell, item: Value) -> PyResult<Value> {
    let top = {
        let mut items = heap.borrow_mut();
        match items.first_mut() {
            Some(slot) => std::mem::replace(slot, item),
            None => return Err(PyErr::index_error("index out of range")),
        }
    };
    sift_up(vm, order, heap, 0)?;
    Ok(top)
}

fn heapify_list(vm: &mut Vm, order: Order, heap: &ListCell) -> PyResult<()> {
    // Parents from the last one back to the root: each sinks into two heaps already built.
    let n = heap.borrow().len();
    for pos in (0..n / 2).rev() {
        sift_up(vm, order, heap, pos)?;
    }
    Ok(())
}

fn heappop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let heap = one_list(vm, "heappop", &args)?;
    pop_top(vm, Order::Min, &heap)
}

fn heapreplace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (heap, item) = list_and_item(vm, "heapreplace", &args)?;
    replace_top(vm, Order::Min, &heap, item)
}

/// Push then pop, in one sift: the item comes straight back when it would be the top.
fn heappushpop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (heap, item) = list_and_item(vm, "heappushpop", &args)?;
    let top = match heap.borrow().first() {
        Some(top) => top.clone(),
        None => return Ok(item),
    };
    if !before(vm, Order::Min, &top, &item)? {
        return Ok(item);
    }
    if heap.borrow().is_empty() {
        return Err(PyErr::index_error("index out of range"));
    }
    replace_top(vm, Order::Min, &heap, item)
}

fn heapify(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let heap = one_list(vm, "heapify", &args)?;
    heapify_list(vm, Order::Min, &heap)?;
    Ok(Value::None)
}

fn heappop_max(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let heap = one_list(vm, "_heappop_max", &args)?;
    pop_top(vm, Order::Max, &heap)
}

fn heapreplace_max(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (heap, item) = list_and_item(vm, "_heapreplace_max", &args)?;
    replace_top(vm, Order::Max, &heap, item)
}

fn heapify_max(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let heap = one_list(vm, "_heapify_max", &args)?;
    heapify_list(vm, Order::Max, &heap)?;
    Ok(Value::None)
}
