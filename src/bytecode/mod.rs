//! Bytecode: the instruction table and code objects shared by the compiler and the VM.
pub mod cache;
pub mod checksum;
pub mod code;
mod code_codec;
pub mod disassemble;
mod instr_codec;
pub mod opcode;
mod shared_bytes;
pub mod stack_effect;
mod wire;

pub use code::{Code, CodeBody, CodeFlags, Constant, Location, Locations};
pub use opcode::Instr;
