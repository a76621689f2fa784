//! Tab completion candidates, computed on the main thread (they need the session's values):
//! keywords and names in the namespace and builtins, attributes after a dotted name
//! (`asyncio.crea` -> `asyncio.create_task(`), and module names after `import` / `from`.
//! Follows CPython's `rlcompleter`: callables get a `(`, private names only when asked for.

use std::cell::RefCell;
use std::rc::Rc;

use crate::object::{PyDict, Value};
use crate::vm::Vm;

use super::input::Completion;

/// Python's keywords, offered at the start of a name (matches `keyword.kwlist`).
const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del", "elif",
    "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or",
    "pass", "raise", "return", "try", "while", "with", "yield",
];

/// Candidates for the word that ends at byte `pos` of `line`.
pub fn complete(vm: &mut Vm, globals: &Rc<RefCell<PyDict>>, line: &str, pos: usize) -> Completion {
    let Some(before) = line.get(..pos) else { return (pos, Vec::new()) };
    if before.trim().is_empty() {
        // Tab at the start of a line indents, as CPython's completer does.
        return (pos, vec!["    ".to_string()]);
    }
    let start = before
        .char_indices()
        .rev()
        .find(|(_, c)| !(c.is_alphanumeric() || *c == '_' || *c == '.'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = &before[start..];
    if let Some(module_prefix) = import_context(&before[..start], word) {
        let mut names = module_names(vm, module_prefix);
        names.sort();
        names.dedup();
        return (start, names);
    }
    let mut words = match word.rsplit_once('.') {
        Some((head, attr)) => attribute_words(vm, globals, head, attr),
        None => global_words(vm, globals, word),
    };
    words.sort();
    words.dedup();
    (start, words)
}

/// When the word is a module name being imported, the prefix it must start with.
fn import_context<'a>(head: &str, word: &'a str) -> Option<&'a str> {
    let mut parts = head.split_whitespace();
    match (parts.next(), parts.next()) {
        (Some("import"), _) => Some(word),
        (Some("from"), None) => Some(word),
        _ => None,
    }
}

/// Embedded, native and local (current directory) modules whose name starts with `prefix`.
fn module_names(vm: &Vm, prefix: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for (path, _, _) in crate::frozen::all() {
        let name = path.trim_end_matches(".py").trim_end_matches("/__init__").replace('/', ".");
        out.push(name);
    }
    out.extend(vm.native_modules.iter().map(|(n, _)| n.to_string()));
    if let Ok(entries) = std::fs::read_dir(".") {
        for e in entries.flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            if let Some(stem) = name.strip_suffix(".py") {
                out.push(stem.to_string());
            } else if e.path().join("__init__.py").is_file() {
                out.push(name);
            }
        }
    }
    // A dotted prefix completes submodules; otherwise only top-level names are offered.
    let dotted = prefix.contains('.');
    out.retain(|n| n.starts_with(prefix) && (dotted || !n.contains('.')) && (prefix.starts_with('_') || !n.starts_with('_')));
    out
}

/// Keywords, then names in the namespace and builtins, starting with `word`.
fn global_words(vm: &mut Vm, globals: &Rc<RefCell<PyDict>>, word: &str) -> Vec<String> {
    let mut out: Vec<String> = KEYWORDS.iter().filter(|k| k.starts_with(word)).map(|k| k.to_string()).collect();
    let namespaces = [globals.clone(), vm.builtins.clone()];
    for ns in namespaces {
        let items = ns.borrow().items();
        for (k, v) in items {
            let Some(name) = k.as_str() else { continue };
            if name.starts_with(word) && (word.starts_with('_') || !name.starts_with('_')) {
                out.push(with_call_paren(vm, name.to_string(), &v));
            }
        }
    }
    out
}

/// Attributes of the object named by the dotted `head`, starting with `attr`, as `head.name`.
/// Only names and attribute lookups are evaluated (never calls or subscripts).
fn attribute_words(vm: &mut Vm, globals: &Rc<RefCell<PyDict>>, head: &str, attr: &str) -> Vec<String> {
    let Some(obj) = lookup_dotted(vm, globals, head) else { return Vec::new() };
    let Some(dir) = vm.builtins.borrow().get_str("dir") else { return Vec::new() };
    let names = match vm.call(&dir, vec![obj.clone()]).and_then(|l| vm.collect_iterable(&l)) {
        Ok(n) => n,
        Err(_) => return Vec::new(),
    };
    let mut out = Vec::new();
    for n in names {
        let Some(name) = n.as_str() else { continue };
        // rlcompleter: `_` names only when the prefix asks for them, `__` names only for `__`.
        let hidden = match attr {
            "" => name.starts_with('_'),
            "_" => name.starts_with("__"),
            _ => false,
        };
        if hidden || !name.starts_with(attr) {
            continue;
        }
        let value = vm.getattr(&obj, &Value::str(name)).ok();
        let word = format!("{head}.{name}");
        out.push(match value {
            Some(v) => with_call_paren(vm, word, &v),
            None => word,
        });
    }
    out
}

fn lookup_dotted(vm: &mut Vm, globals: &Rc<RefCell<PyDict>>, head: &str) -> Option<Value> {
    let mut parts = head.split('.');
    let first = parts.next()?;
    let valid = |p: &str| p.chars().next().is_some_and(|c| c.is_alphabetic() || c == '_');
    if !valid(first) {
        return None;
    }
    let found = globals.borrow().get_str(first);
    let mut obj = found.or_else(|| vm.builtins.borrow().get_str(first))?;
    for part in parts {
        if !valid(part) {
            return None;
        }
        obj = vm.getattr(&obj, &Value::str(part)).ok()?;
    }
    Some(obj)
}

fn with_call_paren(vm: &Vm, word: String, v: &Value) -> String {
    if crate::builtins::functions::is_callable(vm, v) {
        format!("{word}(")
    } else {
        word
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn completes_keywords_names_attributes_and_modules() {
        let mut vm = crate::runner::new_vm(vec![String::new()], String::new());
        let globals = Rc::new(RefCell::new(PyDict::new()));
        let asyncio = vm.import_module("asyncio").expect("asyncio imports");
        globals.borrow_mut().set_str("asyncio", asyncio);
        globals.borrow_mut().set_str("counter", Value::Int(1));
        let (start, words) = complete(&mut vm, &globals, "x = asyncio.crea", 16);
        assert_eq!(start, 4);
        assert!(words.contains(&"asyncio.create_task(".to_string()), "{words:?}");
        let (_, words) = complete(&mut vm, &globals, "cou", 3);
        assert_eq!(words, vec!["counter".to_string()]);
        let (_, words) = complete(&mut vm, &globals, "whi", 3);
        assert_eq!(words, vec!["while".to_string()]);
        let (_, words) = complete(&mut vm, &globals, "import asyn", 11);
        assert!(words.contains(&"asyncio".to_string()), "{words:?}");
        // A multi-byte character before the word, and a position inside one, do not panic.
        let (start, _) = complete(&mut vm, &globals, "“cou", "“cou".len());
        assert_eq!(start, "“".len());
        let _ = complete(&mut vm, &globals, "é", 1);
    }
}
