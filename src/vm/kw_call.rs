//! `CallKw` of a plain script function: keyword arguments go from the caller's stack straight
//! into the parameters they name, with no keyword vector or dict made for the call.

use std::rc::Rc;

use super::Vm;
use crate::object::{ExcKind, PyErr, PyResult, Value};

impl Vm {
    /// `CallKw(n)` (stack: callable, positional arguments, keyword values, names tuple) of a
    /// function with no `*args`/`**kwargs`, when every keyword names a parameter not already
    /// given and every parameter left out has a default. False, with nothing moved, for any
    /// other call: the general binder handles it, with its error messages.
    pub(super) fn call_kw_direct(&mut self, n: usize) -> PyResult<bool> {
        let caller = self.frames.last_mut().expect("the dispatch loop always has a current frame");
        let len = caller.stack.len();
        let (names, func) = match (&caller.stack[len - 1], &caller.stack[len - 2 - n]) {
            (Value::Tuple(names), Value::Function(func)) if func.code.defaults_call => (names.clone(), func.clone()),
            _ => return Ok(false),
        };
        let code = func.code.code.clone();
        let argc = code.arg_count as usize;
        let nparams = argc + code.kwonly_arg_count as usize;
        let nkw = names.len();
        let npos = n - nkw;
        // (a bit per parameter below)
        if npos > argc || nparams >= 64 {
            return Ok(false);
        }
        // Where each keyword goes; a bit per parameter already given.
        let mut slots: smallvec::SmallVec<[usize; 8]> = smallvec::SmallVec::new();
        let mut given: u64 = (1u64 << npos) - 1;
        for name in names.iter() {
            let Some(name) = name.as_str() else { return Ok(false) };
            let first = code.posonly_arg_count as usize;
            let Some(j) = (first..nparams).find(|&j| &*code.varnames[j] == name) else { return Ok(false) };
            if given & (1 << j) != 0 {
                return Ok(false);
            }
            given |= 1 << j;
            slots.push(j);
        }
        let defaults = func.defaults.borrow();
        let first_default = argc.saturating_sub(defaults.len());
        if (npos..first_default).any(|j| given & (1 << j) == 0) {
            return Ok(false);
        }
        let mut kwonly: smallvec::SmallVec<[(usize, Value); 4]> = smallvec::SmallVec::new();
        if nparams > argc {
            let kwdefaults = func.kwdefaults.borrow();
            for j in (argc..nparams).filter(|&j| given & (1 << j) == 0) {
                let v = kwdefaults.as_ref().and_then(|d| d.borrow().get_str(&code.varnames[j]));
                match v {
                    Some(v) => kwonly.push((j, v)),
                    None => return Ok(false),
                }
            }
        }
        let generator_like = code.is_generator_like();
        if !generator_like && self.frames.len() + self.outer_depth + self.native_depth > self.recursion_limit {
            return Err(PyErr::new(ExcKind::RecursionError, "maximum recursion depth exceeded"));
        }
        let mut frame = Self::fresh_frame(&mut self.frame_pool, &func);
        let nfast = code.varnames.len();
        frame.fast.reserve_exact(nfast);
        frame.fast.extend(std::iter::repeat_with(|| None).take(nfast));
        let caller = self.frames.last_mut().expect("the dispatch loop always has a current frame");
        caller.stack.pop(); // the names
        for &j in slots.iter().rev() {
            frame.fast[j] = Some(caller.stack.pop());
        }
        for j in (0..npos).rev() {
            frame.fast[j] = Some(caller.stack.pop());
        }
        caller.stack.pop(); // the function
        for j in npos..argc {
            if frame.fast[j].is_none() {
                frame.fast[j] = Some(defaults[j - first_default].clone());
            }
        }
        for (j, v) in kwonly {
            frame.fast[j] = Some(v);
        }
        drop(defaults);
        if generator_like {
            let kind = super::unwind::gen_kind_of(&code.flags);
            let g = Rc::new(crate::object::generator::Generator::new(kind, frame, func.name.borrow().clone(), func.qualname.borrow().clone()));
            crate::runtime::coro_origin::note_created(self, &g);
            self.frames.last_mut().expect("current frame").stack.push(Value::Generator(g));
        } else {
            self.frames.push(frame);
        }
        Ok(true)
    }
}
