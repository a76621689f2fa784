//! The 64-bit checksum of the compiled-module cache: over entries (to detect damaged files) and
//! over module sources (to name entries). build.rs includes this file too, to checksum the
//! embedded standard library once at build time.

/// A 64-bit checksum of `bytes` (not cryptographic: it detects truncated, overwritten and
/// bit-flipped files). Eight bytes per step, so checking a whole entry costs little next to
/// decoding it.
pub fn checksum(bytes: &[u8]) -> u64 {
    const K: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut h = (bytes.len() as u64).wrapping_mul(K) ^ 0x6a09_e667_f3bc_c908;
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        h = (h ^ u64::from_le_bytes(w)).wrapping_mul(K);
        h ^= h >> 29;
    }
    let mut tail = [0u8; 8];
    tail[..chunks.remainder().len()].copy_from_slice(chunks.remainder());
    h = (h ^ u64::from_le_bytes(tail)).wrapping_mul(K);
    h ^ (h >> 32)
}
