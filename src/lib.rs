//! corio: a Python-compatible async scripting language. Public API for the binary and tests.
pub mod bytecode;
pub mod compile;
pub mod source;
pub mod syntax;
pub mod text;
pub mod object;
