//! Hash maps keyed by an object's address (identity), with a one-multiply hasher.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;

/// A map from addresses (`Rc::as_ptr(..) as usize`) to `V`.
pub type AddrMap<V> = HashMap<usize, V, BuildHasherDefault<AddrHasher>>;

/// An empty `AddrMap` with room for `n` entries.
pub fn with_capacity<V>(n: usize) -> AddrMap<V> {
    HashMap::with_capacity_and_hasher(n, Default::default())
}

/// Hashes an address with one multiplication (SipHash would cost more than the lookup saves).
#[derive(Default)]
pub struct AddrHasher(u64);

impl std::hash::Hasher for AddrHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ b as u64).wrapping_mul(0x100_0000_01b3);
        }
    }
    fn write_usize(&mut self, n: usize) {
        // Addresses are aligned (low bits zero): the multiply spreads them upwards and the
        // shift brings them back down, as the table uses both ends of the hash.
        let h = (n as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        self.0 = h ^ (h >> 32);
    }
}
