//! Sorting for `sorted()` and `list.sort()`: a stable merge sort whose comparisons are script
//! `<` calls that may raise (std's sorts cannot stop on an error).

use crate::bytecode::opcode::CompareOp;
use crate::object::{PyResult, Value};
use crate::vm::Vm;

/// Stable sort of `items` by `key`, using `<` like CPython's list.sort.
pub fn sort_values(vm: &mut Vm, items: Vec<Value>, key: Option<&Value>, reverse: bool) -> PyResult<Vec<Value>> {
    let keys = match key {
        Some(f) if !f.is_none() => {
            let mut ks = Vec::with_capacity(items.len());
            for v in &items {
                ks.push(vm.call(f, vec![v.clone()])?);
            }
            ks
        }
        _ => items.clone(),
    };
    let mut idx: Vec<usize> = (0..items.len()).collect();
    if reverse {
        idx.reverse();
    }
    // Merge sort with a fallible comparison (std's sort cannot propagate errors).
    let mut err = None;
    let mut less = |a: usize, b: usize| -> bool {
        if err.is_some() {
            return false;
        }
        match vm.compare(CompareOp::Lt, &keys[a], &keys[b]).and_then(|r| vm.is_true(&r)) {
            Ok(x) => x,
            Err(e) => {
                err = Some(e);
                false
            }
        }
    };
    merge_sort(&mut idx, &mut less);
    if let Some(e) = err {
        return Err(e);
    }
    if reverse {
        idx.reverse();
    }
    Ok(idx.into_iter().map(|i| items[i].clone()).collect())
}

fn merge_sort(v: &mut Vec<usize>, less: &mut dyn FnMut(usize, usize) -> bool) {
    if v.len() <= 1 {
        return;
    }
    // Insertion sort for short runs keeps comparisons close to CPython's for tiny lists.
    if v.len() <= 16 {
        for i in 1..v.len() {
            let mut j = i;
            while j > 0 && less(v[j], v[j - 1]) {
                v.swap(j, j - 1);
                j -= 1;
            }
        }
        return;
    }
    let mid = v.len() / 2;
    let mut right = v.split_off(mid);
    merge_sort(v, less);
    merge_sort(&mut right, less);
    let left = std::mem::take(v);
    let (mut i, mut j) = (0, 0);
    while i < left.len() && j < right.len() {
        if less(right[j], left[i]) {
            v.push(right[j]);
            j += 1;
        } else {
            v.push(left[i]);
            i += 1;
        }
    }
    v.extend_from_slice(&left[i..]);
    v.extend_from_slice(&right[j..]);
}
