//! corio: a Python-compatible async scripting language. Public API for the binary and tests.
pub mod bytecode;
pub mod compile;
pub mod source;
pub mod script_text;
pub mod syntax;
pub mod text;
pub mod object;
pub mod builtins;
pub mod vm;
pub mod frozen;
pub mod builtin_module_names;
pub mod import;
pub mod modules;
pub mod runner;
pub mod repl;
pub mod runtime;
