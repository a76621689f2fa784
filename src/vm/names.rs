//! Name resolution: globals, builtins, class-body and module locals, annotations, REPL echo.

use super::{GlobalSlot, Vm};
use crate::object::{ExcKind, PyErr, PyResult, Value};

impl Vm {
    fn name_error(&mut self, name: &str) -> PyErr {
        self.name_error_here(name)
    }

    pub fn load_global(&mut self, i: u32) -> PyResult<Value> {
        match self.load_global_cached(i) {
            Some(v) => Ok(v),
            None => self.load_global_slow(i),
        }
    }

    /// `LoadGlobal` through its cache slot: None when the slot is empty or stale (the caller
    /// then takes `load_global_slow`). Inline in the dispatch loop, which runs it at every call
    /// of a module-level function.
    #[inline(always)]
    pub(super) fn load_global_cached(&self, i: u32) -> Option<Value> {
        let f = self.frames.last()?;
        let slot = f.body().global_cache[i as usize].get();
        let globals = f.globals.borrow();
        if slot.globals_version == 0 || globals.current_keys_version() != slot.globals_version {
            return None;
        }
        if !slot.in_builtins {
            return globals.entry_at(slot.index as usize).map(|e| clone_global(&e.value));
        }
        let builtins = self.builtins.borrow();
        if builtins.current_keys_version() != slot.builtins_version {
            return None;
        }
        builtins.entry_at(slot.index as usize).map(|e| clone_global(&e.value))
    }

    /// `module.name` for the attribute name at index `i`, when it is a plain entry of the
    /// module's dict. Dunder names are left to the general lookup: the module type's own
    /// descriptors (`__dict__`, `__class__`) come before the dict for those.
    #[inline]
    pub fn module_attr_cached(&self, m: &crate::object::Module, i: u32) -> Option<Value> {
        let f = self.frames.last().expect("current frame");
        let slot = &f.body().module_attr_cache[i as usize];
        let dict = m.dict.borrow();
        let (version, index) = slot.get();
        if version != 0 && dict.current_keys_version() == version {
            return dict.value_at(index as usize);
        }
        let key = &f.body().names[i as usize];
        if key.as_str().map_or(true, |n| n.starts_with("__")) {
            return None;
        }
        let index = dict.find_str_value(key)?;
        slot.set((dict.keys_version(), index as u32));
        dict.value_at(index)
    }

    /// `load_global` without a valid cache slot: look the name up and remember where it was.
    #[cold]
    pub(super) fn load_global_slow(&mut self, i: u32) -> PyResult<Value> {
        let f = self.frames.last().expect("current frame");
        let key = &f.body().names[i as usize];
        let cache = &f.body().global_cache[i as usize];
        let globals = f.globals.borrow();
        if let Some(idx) = globals.find_str_value(key) {
            cache.set(GlobalSlot { globals_version: globals.keys_version(), builtins_version: 0, index: idx as u32, in_builtins: false });
            return Ok(globals.value_at(idx).unwrap_or(Value::None));
        }
        let builtins = self.builtins.borrow();
        if let Some(idx) = builtins.find_str_value(key) {
            cache.set(GlobalSlot {
                globals_version: globals.keys_version(),
                builtins_version: builtins.keys_version(),
                index: idx as u32,
                in_builtins: true,
            });
            return Ok(builtins.value_at(idx).unwrap_or(Value::None));
        }
        let name = key.as_str().unwrap_or("").to_owned();
        drop((globals, builtins));
        if let Some(v) = self.lazy_builtin(&name)? {
            return Ok(v);
        }
        Err(self.name_error(&name))
    }

    pub fn load_name(&mut self, i: u32) -> PyResult<Value> {
        let f = self.frames.last().expect("current frame");
        // Module scope: the locals are the globals, so the name resolves exactly as a global
        // does (globals, then builtins), through the same per-name cache.
        if f.locals.is_none() {
            return self.load_global(i);
        }
        let key = f.body().names[i as usize].clone();
        let name = key.as_str().unwrap_or("");
        match &f.locals {
            Some(Value::Dict(d)) => {
                if let Some(v) = d.borrow().get_str(name) {
                    return Ok(v);
                }
            }
            Some(other) => {
                let other = other.clone();
                match self.getitem(&other, &key) {
                    Ok(v) => return Ok(v),
                    Err(e) if self.err_matches(&e, ExcKind::KeyError) => {}
                    Err(e) => return Err(e),
                }
            }
            None => {}
        }
        let f = self.frames.last().expect("current frame");
        if let Some(v) = f.globals.borrow().get_str(name) {
            return Ok(v);
        }
        if let Some(v) = self.builtins.borrow().get_str(name) {
            return Ok(v);
        }
        let name = name.to_owned();
        if let Some(v) = self.lazy_builtin(&name)? {
            return Ok(v);
        }
        Err(self.name_error(&name))
    }

    /// Built-ins written in Python (`memoryview` in `stdlib/_memoryview.py`): imported into
    /// the builtins dict on first use, so programs that never use them pay nothing.
    pub(crate) fn lazy_builtin(&mut self, name: &str) -> PyResult<Option<Value>> {
        let module = match name {
            "memoryview" => "_memoryview",
            // site's Quitter objects, made on first use (their module stays off start-up).
            "exit" | "quit" => "_sitebuiltins",
            _ => return Ok(None),
        };
        let m = self.import_module(module)?;
        let v = self.getattr(&m, &Value::str(name))?;
        self.builtins.borrow_mut().set_str(name, v.clone());
        Ok(Some(v))
    }

    pub fn store_name(&mut self, i: u32, v: Value) -> PyResult<()> {
        let f = self.frames.last().expect("current frame");
        if f.locals.is_none() {
            // Module scope: rebinding a global the load cache has already placed writes the
            // entry in place (a new name, or a changed layout, takes the keyed insert below).
            let slot = f.body().global_cache[i as usize].get();
            let mut globals = f.globals.borrow_mut();
            if !slot.in_builtins && slot.globals_version != 0 && globals.current_keys_version() == slot.globals_version && globals.entry_at(slot.index as usize).is_some() {
                let old = globals.replace_value_at(slot.index as usize, v);
                drop(globals);
                drop(old);
                return Ok(());
            }
            let key = f.body().names[i as usize].clone();
            globals.set_str_key(key, v);
            return Ok(());
        }
        let key = f.body().names[i as usize].clone();
        match &f.locals {
            Some(Value::Dict(d)) => {
                d.borrow_mut().set_str_key(key, v);
                Ok(())
            }
            Some(other) => {
                let other = other.clone();
                self.setitem(&other, key, v)
            }
            None => {
                f.globals.borrow_mut().set_str_key(key, v);
                Ok(())
            }
        }
    }

    pub fn delete_name(&mut self, i: u32) -> PyResult<()> {
        let f = self.frames.last().expect("current frame");
        let key = f.body().names[i as usize].clone();
        let name = key.as_str().unwrap_or("").to_owned();
        let removed = match &f.locals {
            Some(Value::Dict(d)) => d.borrow_mut().del_str(&name).is_some(),
            Some(other) => {
                let other = other.clone();
                return self.delitem(&other, &key).map_err(|_| self.name_error(&name));
            }
            None => f.globals.borrow_mut().del_str(&name).is_some(),
        };
        if removed {
            Ok(())
        } else {
            Err(self.name_error(&name))
        }
    }

    /// Free variable read from a class body: the class namespace first, then the cell.
    pub fn load_class_deref(&mut self, i: u32) -> PyResult<Value> {
        let f = self.frames.last().expect("current frame");
        let code = &f.code.code;
        let idx = i as usize;
        let name = if idx < code.cellvars.len() {
            code.cellvars[idx].clone()
        } else {
            code.freevars.get(idx - code.cellvars.len()).cloned().unwrap_or_else(|| "".into())
        };
        if let Some(Value::Dict(d)) = &f.locals {
            if let Some(v) = d.borrow().get_str(&name) {
                return Ok(v);
            }
        }
        let v = f.cells.get(idx).and_then(|c| c.borrow().clone());
        v.ok_or_else(|| {
            PyErr::new(
                ExcKind::NameError,
                format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
            )
        })
    }

    pub fn setup_annotations(&mut self) -> PyResult<()> {
        let f = self.frames.last().expect("current frame");
        let target = match &f.locals {
            Some(Value::Dict(d)) => d.clone(),
            Some(_) => return Ok(()),
            None => f.globals.clone(),
        };
        if !target.borrow().contains_str("__annotations__") {
            target.borrow_mut().set_str("__annotations__", Value::dict(crate::object::PyDict::new()));
        }
        Ok(())
    }

    /// Interactive expression statement (the REPL, `compile(..., "single")`): as CPython's
    /// PRINT_EXPR, the value goes to `sys.displayhook`, looked up on each use, so a replaced
    /// hook or `sys.stdout` sees it; the default hook prints the repr and binds `_`.
    pub fn print_expr(&mut self, v: Value) -> PyResult<()> {
        let Some(hook) = crate::builtins::functions::sys_attr(self, "displayhook")? else {
            return Err(PyErr::runtime_error("lost sys.displayhook"));
        };
        self.call(&hook, vec![v])?;
        Ok(())
    }
}

/// A global's value for `LoadGlobal`: functions and classes (what globals mostly hold, and
/// what a call site loads) and scalars are cloned inline, the rest through `Value::clone`.
#[inline(always)]
fn clone_global(v: &Value) -> Value {
    match v {
        Value::Function(f) => Value::Function(f.clone()),
        Value::Class(c) => Value::Class(c.clone()),
        other => other.clone_fast(),
    }
}
