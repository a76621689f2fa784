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
    if let Some(dir) = std::env::var_os("CORIO_STDLIB_DIR") {
        let dir = std::path::PathBuf::from(dir);
        for (path, pkg) in [(&module_path, false), (&package_path, true)] {
            if let Ok(src) = std::fs::read_to_string(dir.join(path)) {
                // Leaked once per import of a development module: the process is short-lived
                // and the source must outlive every code object compiled from it.
                return Some((Box::leak(src.into_boxed_str()), format!("<frozen {name}>"), pkg));
            }
        }
    }
    for (path, src) in FROZEN {
        if *path == module_path {
            return Some((src, format!("<frozen {name}>"), false));
        }
        if *path == package_path {
            return Some((src, format!("<frozen {name}>"), true));
        }
    }
    None
}

/// All embedded module files (path relative to `stdlib/`, source).
pub fn all() -> &'static [(&'static str, &'static str)] {
    FROZEN
}
