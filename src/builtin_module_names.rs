//! The modules CPython 3.11 compiles into its interpreter (`sys.builtin_module_names` of a Linux
//! build). corio writes some of them in Python (`itertools`, `time`, `errno`...), but their
//! module reprs read `<module 'itertools' (built-in)>` and an import error from them names no
//! file, as in CPython.

/// The compiled-in modules of CPython 3.11 on Linux.
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
    fn compiled_in_modules() {
        assert!(is_builtin_module("sys"));
        assert!(is_builtin_module("itertools"));
        assert!(!is_builtin_module("json"));
    }
}
