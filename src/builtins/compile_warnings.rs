//! Showing the compiler's SyntaxWarnings (see `compile::warnings`): through
//! `warnings.warn_explicit` when the script imported `warnings` (so its filters apply), else
//! straight to stderr in CPython's `file:line: SyntaxWarning: msg` form with the source line.

use crate::compile::warnings::take_pending;
use crate::object::{ExcKind, PyResult, Value};
use crate::vm::Vm;

impl Vm {
    /// Show the warnings the last compilation queued.
    pub fn show_compile_warnings(&mut self) -> PyResult<()> {
        for w in take_pending() {
            let module = self.modules.borrow().get_str("warnings");
            let hook = match module {
                Some(m) => self.getattr(&m, &Value::str("warn_explicit")).ok(),
                None => None,
            };
            if let Some(hook) = hook {
                let category = Value::Class(self.exc_class(ExcKind::SyntaxWarning));
                let args = vec![Value::string(w.message), category, Value::string(w.filename), Value::Int(w.lineno as i64)];
                self.call(&hook, args)?;
                continue;
            }
            // matches CPython's C-level show_warning: the line is read from the file, so a
            // `<string>` source shows none; it is stripped and indented by two spaces.
            let source = match &w.line {
                Some(l) if !w.filename.starts_with('<') && !l.trim().is_empty() => format!("  {}\n", l.trim()),
                _ => String::new(),
            };
            self.stdout.flush();
            self.stderr.write_str(&format!("{}:{}: SyntaxWarning: {}\n{source}", w.filename, w.lineno, w.message));
        }
        Ok(())
    }
}
