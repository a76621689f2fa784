//! The embedded standard library: every `stdlib/**/*.py` file, compiled into the binary.

include!(concat!(env!("OUT_DIR"), "/frozen_stdlib.rs"));

/// Source of embedded module `name`: (source, display path, is_package).
pub fn find(name: &str) -> Option<(&'static str, String, bool)> {
    let rel = name.replace('.', "/");
    let module_path = format!("{rel}.py");
    let package_path = format!("{rel}/__init__.py");
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
