//! Bytecode: the instruction table and code objects shared by the compiler and the VM.
pub mod cache;
pub mod code;
pub mod disassemble;
pub mod opcode;

pub use code::{Code, CodeFlags, Constant, Location};
pub use opcode::Instr;
