//! Showing the compiler's SyntaxWarnings and the parser's invalid-escape DeprecationWarnings
//! (see `compile::warnings`): through
//! `warnings.warn_explicit` when the script imported `warnings` (so its filters apply), else
//! straight to stderr in CPython's `file:line: SyntaxWarning: msg` form with the source line.

use crate::compile::warnings::{take_pending, WarningCategory};
use crate::object::{ExcKind, PyResult, Value};
use crate::vm::Vm;

impl Vm {
    /// Show the warnings the last compilation queued.
    pub fn show_compile_warnings(&mut self) -> PyResult<()> {
        for w in take_pending() {
            let deprecation = w.category == WarningCategory::Deprecation;
            let mut module = self.modules.borrow().get_str("warnings");
            if module.is_none() && deprecation {
                // matches CPython's default filters: a DeprecationWarning outside `__main__` is
                // ignored, so only -W options (or -X dev) can show one.
                if crate::modules::sys::warn_options().is_empty() {
                    continue;
                }
                module = Some(self.import_module("warnings")?);
            }
            let hook = match module {
                Some(m) => self.getattr(&m, &Value::str("warn_explicit")).ok(),
                None => None,
            };
            if let Some(hook) = hook {
                let kind = if deprecation { ExcKind::DeprecationWarning } else { ExcKind::SyntaxWarning };
                let category = Value::Class(self.exc_class(kind));
                let args = vec![Value::string(w.message.clone()), category, Value::string(w.filename.clone()), Value::Int(w.lineno as i64)];
                if let Err(e) = self.call(&hook, args) {
                    return Err(self.warning_as_syntax_error(e, &w));
                }
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

    /// matches CPython's compiler_warn: a SyntaxWarning that a filter turned into an error
    /// becomes a SyntaxError at the node warned about (the warnings after it are not shown).
    fn warning_as_syntax_error(&mut self, err: crate::object::PyErr, w: &crate::compile::warnings::CompileWarning) -> crate::object::PyErr {
        let Some((col, end_line, end_col)) = w.span else { return err };
        let kind = match w.category {
            WarningCategory::Syntax => ExcKind::SyntaxWarning,
            WarningCategory::Deprecation => ExcKind::DeprecationWarning,
        };
        if !self.err_matches(&err, kind) {
            return err;
        }
        // The line comes from the named file, as PyErr_ProgramTextObject reads it; compiled
        // strings ("<string>") have none.
        let text = if std::path::Path::new(&w.filename).is_file() { w.line.as_ref().map(|l| format!("{l}\n")) } else { None };
        let e = crate::syntax::SyntaxError {
            kind: crate::syntax::SyntaxErrorKind::SyntaxError,
            msg: w.message.clone(),
            filename: w.filename.clone(),
            line: w.lineno,
            col,
            end_line,
            end_col,
            text,
        };
        self.syntax_error_value(&e)
    }
}
