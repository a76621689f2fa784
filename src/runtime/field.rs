//! Instance attribute names with their str hashes computed at compile time, for the native fast
//! paths that read asyncio objects' fields straight from their instance dicts.

/// An instance attribute name with its hash computed at compile time.
#[derive(Clone, Copy)]
pub struct Field {
    pub name: &'static str,
    pub hash: i64,
}

impl Field {
    pub const fn new(name: &'static str) -> Field {
        Field { name, hash: crate::object::dict::str_hash(name) }
    }

    /// The `(name, hash)` pair `PyDict::find_str_fields` takes.
    pub fn key(self) -> (&'static str, i64) {
        (self.name, self.hash)
    }
}
