//! The embedded standard library: every `stdlib/**/*.py` file, compiled into the binary.

include!(concat!(env!("OUT_DIR"), "/frozen_stdlib.rs"));

/// Source of embedded module `name`: (source, display path, is_package).
///
/// For stdlib development, `CORIO_STDLIB_DIR=stdlib` reads the modules from that directory
/// instead of the copy embedded at build time, so editing a `.py` file needs no rebuild.
pub fn find(name: &str) -> Option<(&'static str, String, bool)> {
    let rel = name.replace('.', "/");
    let module_path = format!("{rel}.py");
    let package_path = format!("{rel}/__init__.py");
    if let Some(dir) = development_dir() {
        for (path, pkg) in [(&module_path, false), (&package_path, true)] {
            if let Ok(src) = std::fs::read_to_string(dir.join(path)) {
                // Leaked once per import of a development module: the process is short-lived
                // and the source must outlive every code object compiled from it.
                return Some((Box::leak(src.into_boxed_str()), format!("<frozen {name}>"), pkg));
            }
        }
    }
    for (path, src, _) in FROZEN {
        if *path == module_path {
            return Some((src, format!("<frozen {name}>"), false));
        }
        if *path == package_path {
            return Some((src, format!("<frozen {name}>"), true));
        }
    }
    None
}

/// `CORIO_STDLIB_DIR`, read once per process.
fn development_dir() -> Option<&'static std::path::PathBuf> {
    static DIR: std::sync::OnceLock<Option<std::path::PathBuf>> = std::sync::OnceLock::new();
    DIR.get_or_init(|| std::env::var_os("CORIO_STDLIB_DIR").map(std::path::PathBuf::from)).as_ref()
}

/// All embedded module files (path relative to `stdlib/`, source, source checksum).
pub fn all() -> &'static [(&'static str, &'static str, u64)] {
    FROZEN
}

/// `bytecode::checksum::checksum` of a module source: read from the table for the embedded
/// text itself (computed by build.rs), computed for any other (`CORIO_STDLIB_DIR` sources).
pub fn source_checksum(source: &str) -> u64 {
    FROZEN
        .iter()
        .find(|(_, src, _)| std::ptr::eq(src.as_ptr(), source.as_ptr()) && src.len() == source.len())
        .map(|(_, _, sum)| *sum)
        .unwrap_or_else(|| crate::bytecode::checksum::checksum(source.as_bytes()))
}
