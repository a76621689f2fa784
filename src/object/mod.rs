//! Runtime object helpers (this branch only holds the pure hash and set-table algorithms).
pub mod hash;
pub mod set_table;
