//! Module loading: `import`, `from ... import`, packages and relative imports. Modules are found
//! in `sys.modules`, among the native modules, next to the main script, and in the embedded
//! `stdlib/`.

use std::cell::RefCell;
use std::rc::Rc;

use crate::compile::{compile_source, CompileOptions, Mode};
use crate::object::{ExcKind, Module, PyDict, PyErr, PyResult, Value};
use crate::vm::{CodeObj, Vm};
use crate::source::SourceText;

impl Vm {
    /// `ImportName`: import `name` and return the top-level package (or the module itself when
    /// `fromlist` is non-empty).
    pub fn import_name(&mut self, name: &Value, fromlist: &Value, level: &Value) -> PyResult<Value> {
        let name = name.as_str().unwrap_or("").to_owned();
        let level = match level {
            Value::Int(i) => *i as usize,
            _ => 0,
        };
        let absolute = if level > 0 { self.resolve_relative(&name, level)? } else { name.clone() };
        let module = self.import_module(&absolute)?;
        let has_fromlist = match fromlist {
            Value::Tuple(t) => !t.is_empty(),
            Value::None => false,
            _ => true,
        };
        if has_fromlist || level > 0 && name.is_empty() {
            // `from pkg import sub` loads submodules named in the fromlist.
            if let (Value::Tuple(t), Value::Module(m)) = (fromlist, &module) {
                let is_pkg = m.dict.borrow().contains_str("__path__");
                if is_pkg {
                    for item in t.iter() {
                        let Some(attr) = item.as_str() else { continue };
                        if attr != "*" && !m.dict.borrow().contains_str(attr) {
                            let sub = format!("{absolute}.{attr}");
                            match self.import_module(&sub) {
                                Ok(_) => {}
                                Err(e) if self.err_matches(&e, ExcKind::ModuleNotFoundError) => {}
                                Err(e) => return Err(e),
                            }
                        }
                    }
                }
            }
            return Ok(module);
        }
        let top = absolute.split('.').next().unwrap_or("").to_owned();
        self.modules.borrow().get_str(&top).ok_or_else(|| module_not_found(&top))
    }

    fn resolve_relative(&mut self, name: &str, level: usize) -> PyResult<String> {
        let f = self.frames.last().expect("import runs in a frame");
        let globals = f.globals.borrow();
        let package = match globals.get_str("__package__") {
            Some(Value::Str(s)) => s.as_str().to_owned(),
            _ => {
                let modname = globals.get_str("__name__").and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default();
                if globals.contains_str("__path__") {
                    modname
                } else {
                    modname.rsplit_once('.').map(|(p, _)| p.to_owned()).unwrap_or_default()
                }
            }
        };
        if package.is_empty() {
            return Err(PyErr::new(ExcKind::ImportError, "attempted relative import with no known parent package"));
        }
        let mut parts: Vec<&str> = package.split('.').collect();
        if level - 1 > parts.len() {
            return Err(PyErr::new(ExcKind::ImportError, "attempted relative import beyond top-level package"));
        }
        parts.truncate(parts.len() - (level - 1));
        let mut base = parts.join(".");
        if !name.is_empty() {
            base.push('.');
            base.push_str(name);
        }
        Ok(base)
    }

    /// Import a module by absolute dotted name (parents first).
    pub fn import_module(&mut self, name: &str) -> PyResult<Value> {
        if let Some(m) = self.modules.borrow().get_str(name) {
            return Ok(m);
        }
        if let Some((parent, child)) = name.rsplit_once('.') {
            let parent_mod = self.import_module(parent)?;
            if let Some(m) = self.modules.borrow().get_str(name) {
                return Ok(m);
            }
            let m = match self.load_module(name) {
                Ok(m) => m,
                // matches CPython's _find_and_load_unlocked: a parent without `__path__` is
                // named as no package.
                Err(e) if self.err_matches(&e, ExcKind::ModuleNotFoundError) && !self.has_module_path(&parent_mod) => {
                    let e = PyErr::new(ExcKind::ModuleNotFoundError, format!("No module named '{name}'; '{parent}' is not a package"));
                    return Err(self.import_error_named(e, name));
                }
                Err(e) => return Err(e),
            };
            self.setattr(&parent_mod, &Value::str(child), m.clone())?;
            return Ok(m);
        }
        self.load_module(name)
    }

    fn load_module(&mut self, name: &str) -> PyResult<Value> {
        if !crate::modules::sys::has_x_option("importtime") {
            return self.load_module_untimed(name);
        }
        let first = IMPORT_TIMES.with(|t| {
            let mut t = t.borrow_mut();
            t.stack.push(0);
            !std::mem::replace(&mut t.header_shown, true)
        });
        if first {
            self.stderr.write_str("import time: self [us] | cumulative | imported package\n");
            self.stderr.flush();
        }
        let started = std::time::Instant::now();
        let result = self.load_module_untimed(name);
        let cumulative = started.elapsed().as_micros();
        let line = IMPORT_TIMES.with(|t| {
            let mut t = t.borrow_mut();
            let children = t.stack.pop().unwrap_or(0);
            let depth = t.stack.len();
            if let Some(parent) = t.stack.last_mut() {
                *parent += cumulative;
            }
            // CPython's -X importtime line: own time, time with nested imports, and the
            // module indented two spaces a nesting level.
            format!("import time: {:>9} | {:>10} | {:indent$}{name}\n", cumulative.saturating_sub(children), cumulative, "", indent = depth * 2)
        });
        self.stderr.write_str(&line);
        self.stderr.flush();
        result
    }

    fn load_module_untimed(&mut self, name: &str) -> PyResult<Value> {
        let native = self.native_modules.iter().find(|(n, _)| *n == name).map(|(_, f)| *f);
        // matches CPython: a module it builds as an extension (`math`, `select`, `heapq`'s
        // Python part) is found on `sys.path`, so a script's own `math.py` beside it wins.
        let shadowed = native.is_some() && !name.starts_with('_') && !found_before_path(name) && self.loader.as_ref().map_or(false, |l| l.on_path(name, self));
        if let (Some(init), false) = (native, shadowed) {
            let m = init(self)?;
            tag_native_functions(&m, name);
            self.modules.borrow_mut().set_str(name, m.clone());
            return Ok(m);
        }
        let found = match &self.loader {
            Some(loader) => loader.find_source(name, self),
            None => None,
        };
        let Some((mut source, filename, is_package)) = found else {
            return Err(self.import_error_named(module_not_found(name), name));
        };
        // A module file with a BOM, a PEP 263 coding declaration or bytes that are not UTF-8
        // is decoded again from its bytes, as importlib hands them to the tokenizer.
        if matches!(source, SourceText::Shared(_)) && crate::script_text::needs_decoding(&source) {
            if let Ok(bytes) = std::fs::read(&filename) {
                let text = crate::script_text::decode_source_bytes(self, &bytes, &filename)?;
                source = SourceText::Shared(Rc::from(text));
            }
        }
        let code = self.compile_module_source(&source, &filename)?;
        let dict = Rc::new(RefCell::new(PyDict::new()));
        {
            let mut d = dict.borrow_mut();
            d.set_str("__name__", Value::str(name));
            d.set_str("__file__", Value::str(&filename));
            let package = if is_package { name.to_owned() } else { name.rsplit_once('.').map(|(p, _)| p.to_owned()).unwrap_or_default() };
            d.set_str("__package__", Value::string(package));
            if is_package {
                let dir = std::path::Path::new(&filename).parent().map(|p| p.to_string_lossy().into_owned()).unwrap_or_default();
                d.set_str("__path__", Value::list(vec![Value::string(dir)]));
            }
            d.set_str("__builtins__", Value::Dict(self.builtins.clone()));
        }
        let module = Value::Module(Rc::new(Module { name: Rc::from(name), dict: dict.clone() }));
        self.modules.borrow_mut().set_str(name, module.clone());
        let code = CodeObj::new(code, Some(source));
        if let Err(e) = self.run_module_code(code, dict) {
            self.modules.borrow_mut().del_str(name);
            return Err(e);
        }
        Ok(self.modules.borrow().get_str(name).unwrap_or(module))
    }

    /// `module.__spec__` / `__loader__` of a module imported without them: CPython's import
    /// system sets both on every module; corio builds them on first use
    /// (`importlib.machinery._spec_of_module`) and stores them in the module's namespace.
    pub fn module_spec_attr(&mut self, module: &Value, name: &str) -> PyResult<Option<Value>> {
        let Value::Module(m) = module else { return Ok(None) };
        let machinery = self.import_module("importlib.machinery")?;
        let Some(make) = self.lookup_attr_opt(&machinery, "_spec_of_module")? else { return Ok(None) };
        let spec = self.call(&make, vec![module.clone()])?;
        let loader = self.lookup_attr_opt(&spec, "loader")?.unwrap_or(Value::None);
        {
            let mut d = m.dict.borrow_mut();
            d.set_str("__spec__", spec);
            d.set_str("__loader__", loader);
        }
        Ok(m.dict.borrow().get_str(name))
    }

    /// Compiles a module's source; embedded stdlib modules (`<frozen ...>` file names) are
    /// compiled once per build and then read from the compiled-module cache.
    pub fn compile_module_source(&mut self, source: &str, filename: &str) -> PyResult<Rc<crate::bytecode::Code>> {
        // The cache holds code compiled without -O: an optimized run compiles afresh.
        let embedded = filename.starts_with("<frozen ") && crate::compile::optimize_level() == 0;
        let source_sum = if embedded { crate::frozen::source_checksum(source) } else { 0 };
        if embedded {
            if let Some(code) = crate::bytecode::cache::load(filename, source, source_sum) {
                return Ok(Rc::new(code));
            }
        }
        let code = compile_source(source, filename, &CompileOptions { mode: Mode::Exec, allow_top_level_await: false })
            .map_err(|mut e| {
                // importlib compiles the file's bytes.
                if crate::syntax::bytes_source_has_byte_columns(source) {
                    e.use_byte_columns();
                }
                self.syntax_error_value(&e)
            })?;
        if embedded {
            crate::bytecode::cache::store(filename, source, source_sum, &code);
        }
        Ok(code)
    }

    /// `ImportFrom`.
    pub fn import_from(&mut self, module: &Value, name: &Value) -> PyResult<Value> {
        match self.getattr(module, name) {
            Ok(v) => Ok(v),
            Err(e) if self.err_matches(&e, ExcKind::AttributeError) => {
                let attr = name.as_str().unwrap_or("");
                let (mname, file) = match module {
                    Value::Module(m) => (
                        m.name.to_string(),
                        m.dict.borrow().get_str("__file__").and_then(|f| f.as_str().map(str::to_owned)),
                    ),
                    _ => (String::from("?"), None),
                };
                // A submodule not yet imported.
                let full = format!("{mname}.{attr}");
                if let Ok(m) = self.import_module(&full) {
                    return Ok(m);
                }
                // CPython's compiled-in modules have no file to name.
                let file = if crate::builtin_module_names::is_builtin_module(&mname) { None } else { file };
                let loc = match file {
                    Some(f) => format!(" ({f})"),
                    None => " (unknown location)".to_string(),
                };
                let e = PyErr::new(ExcKind::ImportError, format!("cannot import name '{attr}' from '{mname}'{loc}"));
                Err(self.import_error_named(e, &mname))
            }
            Err(e) => Err(e),
        }
    }

    /// `from m import *`.
    pub fn import_star(&mut self, module: &Value) -> PyResult<()> {
        let Value::Module(m) = module else { return Ok(()) };
        let all = m.dict.borrow().get_str("__all__");
        let names: Vec<Value> = match all {
            Some(a) => self.collect_iterable(&a)?,
            None => m.dict.borrow().keys().into_iter().filter(|k| !k.as_str().map_or(true, |s| s.starts_with('_'))).collect(),
        };
        for n in names {
            let v = self.getattr(module, &n)?;
            let idx = self.frames.last().map(|f| f.locals.clone());
            match idx.flatten() {
                Some(Value::Dict(d)) => d.borrow_mut().set_str_key(n, v),
                _ => {
                    let g = self.frames.last().expect("import runs in a frame").globals.clone();
                    g.borrow_mut().set_str_key(n, v);
                }
            }
        }
        Ok(())
    }

    /// A SyntaxError value for a compile failure inside an import or `exec`.
    pub fn syntax_error_value(&mut self, e: &crate::syntax::SyntaxError) -> PyErr {
        let kind = match e.kind {
            crate::syntax::SyntaxErrorKind::SyntaxError => ExcKind::SyntaxError,
            crate::syntax::SyntaxErrorKind::IndentationError => ExcKind::IndentationError,
            crate::syntax::SyntaxErrorKind::TabError => ExcKind::TabError,
            crate::syntax::SyntaxErrorKind::RecursionError => return PyErr::new(ExcKind::RecursionError, &e.msg),
            crate::syntax::SyntaxErrorKind::MemoryError => return PyErr::with_args(ExcKind::MemoryError, vec![]),
        };
        let details = Value::tuple(vec![
            Value::str(&e.filename),
            Value::Int(e.line as i64),
            Value::Int(e.col as i64),
            e.text.as_ref().map(|t| Value::str(t)).unwrap_or(Value::None),
            Value::Int(e.end_line as i64),
            Value::Int(e.end_col as i64),
        ]);
        PyErr::with_args(kind, vec![Value::str(&e.msg), details])
    }
}

impl Vm {
    /// Whether a module is a package (has `__path__`).
    fn has_module_path(&self, m: &Value) -> bool {
        match m {
            Value::Module(m) => m.dict.borrow().get_str("__path__").is_some(),
            _ => true,
        }
    }

    /// An ImportError carrying `.name`, as the import system sets it.
    fn import_error_named(&mut self, e: PyErr, name: &str) -> PyErr {
        let inst = self.materialize(e);
        crate::object::exception::set_exc_field(&inst, "name", Value::str(name));
        PyErr::from_instance(inst)
    }
}

fn module_not_found(name: &str) -> PyErr {
    PyErr::new(ExcKind::ModuleNotFoundError, format!("No module named '{name}'"))
}

/// Finds modules in the directories of `sys.path` (next to the main script until a script
/// changes it) and then in the embedded stdlib.
pub struct FileLoader {
    /// `sys.path` as it starts; used until the `sys` module exists.
    pub search_dirs: Vec<String>,
}

impl FileLoader {
    /// The directories to search: the live `sys.path` list (a script may insert or append
    /// entries, as CPython's path finder rereads it on every import), its str entries only.
    fn dirs(&self, vm: &Vm) -> Vec<String> {
        let sys = vm.modules.borrow().get_str("sys");
        let path = match &sys {
            Some(Value::Module(m)) => m.dict.borrow().get_str("path"),
            _ => None,
        };
        match path {
            Some(Value::List(l)) => l.borrow().iter().filter_map(|v| v.as_str().map(str::to_owned)).collect(),
            _ => self.search_dirs.clone(),
        }
    }
}

/// Modules CPython 3.11 finds before it searches `sys.path`: those built into its executable
/// (`sys.builtin_module_names`) and those frozen into it. A script's file of the same name
/// never shadows them.
fn found_before_path(name: &str) -> bool {
    const BUILT_IN_OR_FROZEN: &[&str] = &[
        "_abc", "_ast", "_codecs", "_collections", "_collections_abc", "_functools", "_imp", "_io", "_locale",
        "_operator", "_signal", "_sitebuiltins", "_sre", "_stat", "_string", "_symtable", "_thread", "_tokenize",
        "_tracemalloc", "_warnings", "_weakref", "abc", "atexit", "builtins", "codecs", "errno", "faulthandler", "gc",
        "genericpath", "io", "itertools", "marshal", "ntpath", "os", "posix", "posixpath", "pwd", "runpy", "site",
        "stat", "sys", "time", "zipimport",
    ];
    BUILT_IN_OR_FROZEN.contains(&name) || name == "os.path"
}

impl crate::vm::ModuleLoader for FileLoader {
    fn on_path(&self, name: &str, vm: &Vm) -> bool {
        let rel = name.replace('.', "/");
        self.dirs(vm).iter().any(|dir| {
            let base = if dir.is_empty() { "." } else { dir.as_str() };
            std::path::Path::new(&format!("{base}/{rel}.py")).is_file() || std::path::Path::new(&format!("{base}/{rel}/__init__.py")).is_file()
        })
    }

    fn find_source(&self, name: &str, vm: &Vm) -> Option<(SourceText, String, bool)> {
        if found_before_path(name) {
            return crate::frozen::find(name).map(|(src, path, pkg)| (SourceText::Embedded(src), path, pkg));
        }
        let rel = name.replace('.', "/");
        for dir in &self.dirs(vm) {
            let base = if dir.is_empty() { String::from(".") } else { dir.clone() };
            let file = format!("{base}/{rel}.py");
            // Read leniently: `load_module` decodes a file that is not plain UTF-8 again.
            if let Ok(src) = std::fs::read(&file) {
                return Some((SourceText::Shared(Rc::from(String::from_utf8_lossy(&src))), file, false));
            }
            let init = format!("{base}/{rel}/__init__.py");
            if let Ok(src) = std::fs::read(&init) {
                return Some((SourceText::Shared(Rc::from(String::from_utf8_lossy(&src))), init, true));
            }
        }
        crate::frozen::find(name).map(|(src, path, pkg)| (SourceText::Embedded(src), path, pkg))
    }
}

/// Records on each plain function of a native module the module that defines it, for its
/// `__module__` and `__self__` (`math.sqrt.__module__ == 'math'`).
fn tag_native_functions(module: &Value, name: &str) {
    let Value::Module(m) = module else { return };
    if name == "builtins" {
        return;
    }
    let module_name: Rc<str> = Rc::from(name);
    for (_, v) in m.dict.borrow().items() {
        if let Value::Builtin(b) = &v {
            if b.owner.is_none() && b.bound.is_none() {
                // A function another module made and this one re-exports keeps its first.
                let _ = b.module.set(module_name.clone());
            }
        }
    }
}

/// `-X importtime`'s bookkeeping: whether the header was printed, and for each import in
/// progress the time its nested imports took.
#[derive(Default)]
struct ImportTimes {
    header_shown: bool,
    stack: Vec<u128>,
}

thread_local! {
    static IMPORT_TIMES: RefCell<ImportTimes> = RefCell::new(ImportTimes::default());
}
