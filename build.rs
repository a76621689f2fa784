//! Build script: generates the parser from `grammar/` with LALRPOP, and the table of embedded
//! `stdlib/` sources.
use std::hash::{Hash, Hasher};

#[path = "src/bytecode/checksum.rs"]
mod checksum;
use std::path::Path;

fn collect(dir: &Path, root: &Path, out: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let mut entries: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            collect(&p, root, out);
        } else if p.extension().map_or(false, |e| e == "py") {
            let rel = p.strip_prefix(root).expect("walked below root").to_string_lossy().replace('\\', "/");
            out.push(rel);
        }
    }
}

fn main() {
    lalrpop::Configuration::new()
        .set_in_dir("grammar")
        .emit_rerun_directives(true)
        .process()
        .expect("LALRPOP grammar in grammar/ must compile");

    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("stdlib");
    let mut files = Vec::new();
    collect(&root, &root, &mut files);
    let mut table = String::from("static FROZEN: &[(&str, &str, u64)] = &[\n");
    for f in &files {
        let path = root.join(f);
        let sum = checksum::checksum(&std::fs::read(&path).expect("an embedded stdlib file is readable"));
        table.push_str(&format!("    ({f:?}, include_str!({:?}), {sum:#018x}),\n", path.to_string_lossy()));
    }
    table.push_str("];\n");
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("frozen_stdlib.rs");
    std::fs::write(out, table).expect("OUT_DIR is writable");
    println!("cargo:rerun-if-changed=stdlib");

    // The compiled-module cache (src/bytecode/cache.rs) names its entries after the compiler's
    // own source, so a changed lexer, grammar, compiler or instruction set never reads an entry
    // an older build wrote.
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut sources = Vec::new();
    for dir in ["src/syntax", "src/compile", "src/bytecode", "grammar"] {
        collect_all(&manifest.join(dir), &mut sources);
        println!("cargo:rerun-if-changed={dir}");
    }
    sources.sort();
    let mut h = std::collections::hash_map::DefaultHasher::new();
    env!("CARGO_PKG_VERSION").hash(&mut h);
    for p in &sources {
        p.strip_prefix(manifest).unwrap_or(p).hash(&mut h);
        std::fs::read(p).unwrap_or_default().hash(&mut h);
    }
    println!("cargo:rustc-env=CORIO_CODE_VERSION={:016x}", h.finish());

    // The `corio` executable is linked at a fixed address (not position-independent): the
    // dynamic loader then has no relative relocations to apply, which otherwise wrote ~20,000
    // pointers across ~90 pages of tables at every start-up (a copy-on-write fault each).
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("linux") {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
}

/// Every file below `dir`.
fn collect_all(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for p in entries.flatten().map(|e| e.path()) {
        if p.is_dir() {
            collect_all(&p, out);
        } else {
            out.push(p);
        }
    }
}
