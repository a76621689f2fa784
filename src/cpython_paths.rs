//! The file CPython 3.11 shows for a stdlib module: its module repr and its
//! "cannot import name ... from 'm' (PATH)" message name the module's file in the reference
//! interpreter's install (`Lib/json/__init__.py`, `lib-dynload/math.cpython-311-....so`),
//! where corio's embedded modules are `<frozen json>` and its native ones have no file.
//! build.rs records that install's stdlib directory; a path is given only when the file is
//! really there, so without the reference interpreter nothing changes.

use std::path::Path;

const STDLIB: &str = env!("CORIO_CPYTHON_STDLIB");
const EXT_SUFFIX: &str = env!("CORIO_CPYTHON_EXT_SUFFIX");

/// CPython's file for module `name`, given corio's `__file__` (None for a native module).
pub fn module_file(name: &str, file: Option<&str>) -> Option<String> {
    if STDLIB.is_empty() || name.is_empty() {
        return None;
    }
    let rel = name.replace('.', "/");
    match file {
        Some(f) => {
            // only the embedded stdlib module of that very name
            if f.strip_prefix("<frozen ").and_then(|r| r.strip_suffix('>')) != Some(name) {
                return None;
            }
            let package = format!("{STDLIB}/{rel}/__init__.py");
            if Path::new(&package).is_file() {
                return Some(package);
            }
            let module = format!("{STDLIB}/{rel}.py");
            Path::new(&module).is_file().then_some(module)
        }
        None => {
            if EXT_SUFFIX.is_empty() || name.contains('.') {
                return None;
            }
            let ext = format!("{STDLIB}/lib-dynload/{name}{EXT_SUFFIX}");
            Path::new(&ext).is_file().then_some(ext)
        }
    }
}

/// The modules a CPython 3.11 Linux build compiles in (sys.builtin_module_names): their
/// reprs read `<module 'itertools' (built-in)>` and they have no file.
const BUILTIN_MODULES: &[&str] = &[
    "_abc", "_ast", "_codecs", "_collections", "_functools", "_imp", "_io", "_locale", "_operator", "_signal",
    "_sre", "_stat", "_string", "_symtable", "_thread", "_tokenize", "_tracemalloc", "_warnings", "_weakref",
    "atexit", "builtins", "errno", "faulthandler", "gc", "itertools", "marshal", "posix", "pwd", "sys", "time",
    "xxsubtype",
];

/// Whether CPython 3.11 compiles module `name` into the interpreter.
pub fn is_builtin_module(name: &str) -> bool {
    BUILTIN_MODULES.contains(&name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_embedded_modules_of_the_same_name_are_mapped() {
        assert_eq!(module_file("json", Some("/tmp/elsewhere/json.py")), None);
        assert_eq!(module_file("json", Some("<frozen json.decoder>")), None);
        assert_eq!(module_file("aiohttp_not_in_cpython", Some("<frozen aiohttp_not_in_cpython>")), None);
        assert_eq!(module_file("", None), None);
    }

    #[test]
    fn compiled_in_modules() {
        assert!(is_builtin_module("sys"));
        assert!(is_builtin_module("itertools"));
        assert!(!is_builtin_module("json"));
    }
}
