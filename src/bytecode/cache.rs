//! The compiled-module cache: code objects of embedded stdlib modules, serialized with
//! `postcard` into a per-user cache directory, so later runs skip lexing, parsing and compiling
//! them (what CPython's `.pyc` files do for its own standard library).
//!
//! An entry is named by a hash of the compiler's own source (`CORIO_CODE_VERSION`, computed by
//! build.rs), the module's file name and its source text, and repeats the file name and source
//! length in its header; anything that does not match is ignored and recompiled. The directory
//! is `$CORIO_CACHE_DIR`, else `$XDG_CACHE_HOME/corio`, else `~/.cache/corio`; an empty
//! `CORIO_CACHE_DIR` turns the cache off. Failing to read or write it is never an error.

use std::hash::{Hash, Hasher};
use std::path::PathBuf;

use super::Code;

const CODE_VERSION: &str = env!("CORIO_CODE_VERSION");

#[derive(serde::Serialize, serde::Deserialize)]
struct Entry {
    version: String,
    filename: String,
    source_len: usize,
    code: Code,
}

fn cache_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("CORIO_CACHE_DIR") {
        return (!dir.is_empty()).then(|| PathBuf::from(dir));
    }
    if let Some(dir) = std::env::var_os("XDG_CACHE_HOME").filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(dir).join("corio"));
    }
    std::env::var_os("HOME").filter(|d| !d.is_empty()).map(|h| PathBuf::from(h).join(".cache").join("corio"))
}

fn entry_path(filename: &str, source: &str) -> Option<PathBuf> {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    (CODE_VERSION, filename, source).hash(&mut h);
    Some(cache_dir()?.join(format!("{:016x}.code", h.finish())))
}

/// The cached code object for this module source, if a valid entry exists.
pub fn load(filename: &str, source: &str) -> Option<Code> {
    let bytes = std::fs::read(entry_path(filename, source)?).ok()?;
    let entry: Entry = postcard::from_bytes(&bytes).ok()?;
    (entry.version == CODE_VERSION && entry.filename == filename && entry.source_len == source.len()).then_some(entry.code)
}

/// Save a freshly compiled module (best effort: written to a temporary file, then renamed, so
/// concurrent runs never read half an entry).
pub fn store(filename: &str, source: &str, code: &Code) {
    let Some(path) = entry_path(filename, source) else { return };
    let entry = Entry { version: CODE_VERSION.to_owned(), filename: filename.to_owned(), source_len: source.len(), code: code.clone() };
    let Ok(bytes) = postcard::to_stdvec(&entry) else { return };
    let Some(dir) = path.parent() else { return };
    if std::fs::create_dir_all(dir).is_err() {
        return;
    }
    let tmp = dir.join(format!(".{}.{}.tmp", std::process::id(), path.file_name().and_then(|n| n.to_str()).unwrap_or("entry")));
    if std::fs::write(&tmp, bytes).is_ok() && std::fs::rename(&tmp, &path).is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
}

/// serde for `Constant::Bytes` (an `RcSlice<u8>`): stored as a byte string.
pub(crate) mod bytes_constant {
    use crate::object::RcSlice;

    pub fn serialize<S: serde::Serializer>(b: &RcSlice<u8>, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_bytes(b)
    }

    pub fn deserialize<'de, D: serde::Deserializer<'de>>(d: D) -> Result<RcSlice<u8>, D::Error> {
        let v: Vec<u8> = serde::Deserialize::deserialize(d)?;
        Ok(RcSlice::from(v))
    }
}

thread_local! {
    /// Strings read from cache entries, shared: a module's code objects repeat the same
    /// names, file name and identifiers many times, and each would otherwise be allocated twice.
    static STRINGS: std::cell::RefCell<std::collections::HashSet<std::rc::Rc<str>>> = Default::default();
}

fn intern(s: &str) -> std::rc::Rc<str> {
    STRINGS.with(|t| {
        let mut t = t.borrow_mut();
        if let Some(rc) = t.get(s) {
            return rc.clone();
        }
        let rc: std::rc::Rc<str> = std::rc::Rc::from(s);
        t.insert(rc.clone());
        rc
    })
}

/// serde for an `Rc<str>` field: read in place from the entry's bytes and interned.
pub(crate) mod interned {
    use std::rc::Rc;

    pub fn serialize<S: serde::Serializer>(v: &Rc<str>, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(v)
    }

    pub fn deserialize<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Rc<str>, D::Error> {
        let s: &'de str = serde::Deserialize::deserialize(d)?;
        Ok(super::intern(s))
    }
}

/// serde for a `Vec<Rc<str>>` field, each string as in `interned`.
pub(crate) mod interned_list {
    use std::rc::Rc;

    pub fn serialize<S: serde::Serializer>(v: &[Rc<str>], s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(v.iter().map(|x| &**x))
    }

    pub fn deserialize<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<Rc<str>>, D::Error> {
        let v: Vec<&'de str> = serde::Deserialize::deserialize(d)?;
        Ok(v.into_iter().map(super::intern).collect())
    }
}
