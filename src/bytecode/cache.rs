//! The compiled-module cache: code objects of embedded stdlib modules, stored in a per-user
//! cache directory, so later runs skip lexing, parsing and compiling them (what CPython's `.pyc`
//! files do for its own standard library).
//!
//! An entry is named by a hash of the compiler's own source (`CORIO_CODE_VERSION`, computed by
//! build.rs), the module's file name and its source text, and repeats the version, file name and
//! source length in its header; anything that does not match is ignored and recompiled. A
//! checksum over the entry catches truncated or overwritten files. The directory is
//! `$CORIO_CACHE_DIR`, else `$XDG_CACHE_HOME/corio`, else `~/.cache/corio`; an empty
//! `CORIO_CACHE_DIR` turns the cache off. Failing to read or write it is never an error.
//!
//! Layout: 8 bytes of magic, the checksum of the rest (8 bytes, little-endian), then the header
//! and the module's code (`code_codec`).

use std::hash::{Hash, Hasher};
use std::path::PathBuf;

use super::checksum::checksum;
use super::shared_bytes::SharedBytes;
use super::wire::{Reader, Writer};
use super::Code;

const CODE_VERSION: &str = env!("CORIO_CODE_VERSION");

/// Identifies the file format, so a file of another kind (or of an older layout that somehow
/// got the same name) is never decoded.
const MAGIC: &[u8; 8] = b"corioC\x03\n";

/// The cache directory, worked out once per process (every module import asks).
fn cache_dir() -> Option<&'static PathBuf> {
    static DIR: std::sync::OnceLock<Option<PathBuf>> = std::sync::OnceLock::new();
    DIR.get_or_init(find_cache_dir).as_ref()
}

fn find_cache_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("CORIO_CACHE_DIR") {
        return (!dir.is_empty()).then(|| PathBuf::from(dir));
    }
    if let Some(dir) = std::env::var_os("XDG_CACHE_HOME").filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(dir).join("corio"));
    }
    std::env::var_os("HOME").filter(|d| !d.is_empty()).map(|h| PathBuf::from(h).join(".cache").join("corio"))
}

/// The entry for a module's source, given its length and `checksum` (the embedded standard
/// library's checksums are computed at build time: hashing the sources of `import asyncio` at
/// every start cost more than a tenth of loading them).
fn entry_path(filename: &str, source_len: usize, source_sum: u64) -> Option<PathBuf> {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    (CODE_VERSION, filename, source_len, source_sum).hash(&mut h);
    Some(cache_dir()?.join(format!("{:016x}.code", h.finish())))
}

/// The cached code object for this module source (`source_sum` is its `checksum`), if a valid
/// entry exists.
pub fn load(filename: &str, source: &str, source_sum: u64) -> Option<Code> {
    let bytes = read_shared(&entry_path(filename, source.len(), source_sum)?)?;
    decode(bytes, filename, source.len())
}

/// A file's bytes, mapped rather than read where the file system allows it (see
/// `shared_bytes`): code bodies keep the entry alive and decode from it lazily.
fn read_shared(path: &std::path::Path) -> Option<SharedBytes> {
    use std::io::Read;
    let mut file = std::fs::File::open(path).ok()?;
    if let Some(bytes) = SharedBytes::map(&file) {
        return Some(bytes);
    }
    let mut bytes = Vec::new();
    file.read_to_end(&mut bytes).ok()?;
    Some(SharedBytes::from(bytes))
}

/// Check the entry and decode its module's code objects (their bodies stay packed in `bytes`
/// until first used, see `code_codec`).
fn decode(bytes: SharedBytes, filename: &str, source_len: usize) -> Option<Code> {
    let (magic, rest) = bytes.split_at_checked(MAGIC.len())?;
    let (sum, payload) = rest.split_at_checked(8)?;
    if magic != MAGIC || sum != checksum(payload).to_le_bytes() {
        return None;
    }
    let mut r = Reader::new(payload);
    if r.str()? != CODE_VERSION || r.str()? != filename || r.uint()? != source_len as u64 {
        return None;
    }
    let start = MAGIC.len() + 8 + r.position();
    super::code_codec::read_module(bytes.clone(), start)
}

fn encode(code: &Code, filename: &str, source_len: usize) -> Option<Vec<u8>> {
    let mut w = Writer::default();
    w.str(CODE_VERSION);
    w.str(filename);
    w.uint(source_len as u64);
    super::code_codec::write_module(code, &mut w)?;
    let mut bytes = Vec::with_capacity(MAGIC.len() + 8 + w.bytes.len());
    bytes.extend_from_slice(MAGIC);
    bytes.extend_from_slice(&checksum(&w.bytes).to_le_bytes());
    bytes.extend_from_slice(&w.bytes);
    Some(bytes)
}

/// Save a freshly compiled module (best effort: written to a temporary file, then renamed, so
/// concurrent runs never read half an entry).
pub fn store(filename: &str, source: &str, source_sum: u64, code: &Code) {
    let Some(path) = entry_path(filename, source.len(), source_sum) else { return };
    let Some(bytes) = encode(code, filename, source.len()) else { return };
    let Some(dir) = path.parent() else { return };
    if std::fs::create_dir_all(dir).is_err() {
        return;
    }
    let tmp = dir.join(format!(".{}.{}.tmp", std::process::id(), path.file_name().and_then(|n| n.to_str()).unwrap_or("entry")));
    if std::fs::write(&tmp, bytes).is_ok() && std::fs::rename(&tmp, &path).is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
}


#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_check_their_header_and_checksum() {
        let code = crate::compile::compile_source("x = 1\n", "<frozen m>", &crate::compile::CompileOptions {
            mode: crate::compile::Mode::Exec,
            allow_top_level_await: false,
        })
        .expect("compiles");
        let bytes = encode(&code, "<frozen m>", 6).expect("shallow module");
        assert_eq!(decode(SharedBytes::from(&bytes[..]), "<frozen m>", 6).as_ref(), Some(&*code));
        assert!(decode(SharedBytes::from(&bytes[..]), "<frozen n>", 6).is_none());
        assert!(decode(SharedBytes::from(&bytes[..]), "<frozen m>", 7).is_none());
        for i in 0..bytes.len() {
            let mut b = bytes.clone();
            b[i] ^= 0x10;
            assert!(decode(SharedBytes::from(&b[..]), "<frozen m>", 6).is_none(), "byte {i} altered");
            assert!(decode(SharedBytes::from(&bytes[..i]), "<frozen m>", 6).is_none(), "truncated at {i}");
        }
    }
}
