//! Reporting exceptions nobody can catch (a failing `__del__`, weakref callback or generator
//! finalization): CPython's `PyErr_WriteUnraisable`, through `sys.unraisablehook` when a script
//! replaced it, else its default hook's text on stderr.

use std::rc::Rc;

use crate::object::class::Instance;
use crate::object::exception::{exc_data, TbEntry};
use crate::object::{PyErr, Value};

use super::Vm;

/// What the report is about: the object (its repr is printed), or an already rendered repr
/// for an object that no longer exists (a coroutine collected before it ran).
pub enum Unraisable {
    Object(Value),
    Repr(String),
}

impl Vm {
    /// `PyErr_WriteUnraisable(obj)`: "Exception ignored in: {obj!r}" and the exception.
    pub fn write_unraisable(&mut self, err: PyErr, obj: Unraisable) {
        self.write_unraisable_msg(err, obj, None);
    }

    /// `_PyErr_WriteUnraisableMsg`: `msg` replaces "in" ("Exception ignored {msg}: ...").
    pub fn write_unraisable_msg(&mut self, err: PyErr, obj: Unraisable, msg: Option<&str>) {
        let exc = self.materialize(err);
        // matches CPython: an exception raised by C code has no traceback yet, and the
        // report then points at the frame running when it happened (the statement that let
        // go of the object).
        if let Some(d) = exc_data(&exc) {
            let empty = d.borrow().traceback.is_empty();
            if empty {
                if let Some(f) = self.frames.iter().rev().find(|f| !f.code.hidden.get()) {
                    let entry = TbEntry { code: f.code.clone(), instr: f.lasti as u32, locals: None };
                    d.borrow_mut().traceback.push(entry);
                }
            }
        }
        let err_msg = msg.map(|m| format!("Exception ignored {m}"));
        if let Some(hook) = self.script_unraisablehook() {
            let object = match &obj {
                Unraisable::Object(v) => v.clone(),
                Unraisable::Repr(r) => Value::string(r.clone()),
            };
            let err_msg_value = err_msg.clone().map(Value::string).unwrap_or(Value::None);
            if let Err(e) = self.call_unraisablehook(&hook, &exc, err_msg_value, object) {
                // CPython reports the hook's own failure with the default hook.
                let hook_exc = self.materialize(e);
                self.print_unraisable(&hook_exc, Some(Unraisable::Object(hook)), Some("Exception ignored in sys.unraisablehook"));
            }
            return;
        }
        self.print_unraisable(&exc, Some(obj), err_msg.as_deref());
    }

    /// `sys.unraisablehook` when a script set it to something other than the default.
    fn script_unraisablehook(&self) -> Option<Value> {
        let Some(Value::Module(sys)) = self.modules.borrow().get_str("sys") else { return None };
        let d = sys.dict.borrow();
        let hook = d.get_str("unraisablehook")?;
        match d.get_str("__unraisablehook__") {
            Some(default) if default.is(&hook) => None,
            _ => Some(hook),
        }
    }

    fn call_unraisablehook(&mut self, hook: &Value, exc: &Rc<Instance>, err_msg: Value, object: Value) -> crate::object::PyResult<Value> {
        let sys = self.import_module("sys")?;
        let make = self.getattr(&sys, &Value::str("_unraisable_args"))?;
        let value = Value::Instance(exc.clone());
        let tb = self.traceback_object(exc);
        let args = self.call(&make, vec![Value::Class(exc.class()), value, tb, err_msg, object])?;
        self.call(hook, vec![args])
    }

    /// The default hook's text (CPython's `write_unraisable_exc_file`): no chained exceptions
    /// or notes, and the last line always has the colon (`ValueError: ` for an empty message).
    fn print_unraisable(&mut self, exc: &Rc<Instance>, obj: Option<Unraisable>, err_msg: Option<&str>) {
        let mut out = String::new();
        let repr = match obj {
            Some(Unraisable::Object(Value::None)) | None => None,
            Some(Unraisable::Object(v)) => Some(self.repr(&v).unwrap_or_else(|_| "<object repr() failed>".to_string())),
            Some(Unraisable::Repr(r)) => Some(r),
        };
        match (repr, err_msg) {
            (Some(r), m) => out.push_str(&format!("{}: {r}\n", m.unwrap_or("Exception ignored in"))),
            (None, Some(m)) => out.push_str(&format!("{m}:\n")),
            (None, None) => {}
        }
        out.push_str(&self.format_traceback_entries(exc));
        let cls = exc.class();
        let module = cls.module_name();
        let name = cls.name.borrow().to_string();
        if module != "builtins" && module != "__main__" {
            out.push_str(&format!("{module}."));
        }
        let text = self.str(&Value::Instance(exc.clone())).unwrap_or_else(|_| "<exception str() failed>".to_string());
        out.push_str(&format!("{name}: {text}\n"));
        self.write_error_text(&out);
    }
}
