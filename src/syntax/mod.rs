//! The front end: tokens (logos), the indentation layer, the LALRPOP parser and the AST.
pub mod ast;
pub mod error;

pub use error::{SyntaxError, SyntaxErrorKind};
