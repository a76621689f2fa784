//! `exec`, `eval` and `compile`: source strings compiled with `compile::compile_source_staged` (or
//! code objects from `compile()`), run in a new frame over the given or the caller's namespaces.

use std::cell::RefCell;
use std::rc::Rc;

use super::{check_count, def_fn};
use crate::compile::{CompileOptions, Mode};
use crate::object::{Args, PyDict, PyErr, PyResult, Value};
use crate::vm::frame::Frame;
use crate::vm::{CodeObj, Vm};

pub fn install(vm: &mut Vm) {
    let b = vm.builtins.clone();
    let mut d = b.borrow_mut();
    def_fn(&mut d, "exec", exec);
    def_fn(&mut d, "eval", eval);
    def_fn(&mut d, "compile", compile);
}

/// The source text of a str/bytes argument, or None for other values. Bytes are decoded as
/// CPython's tokenizer does (a BOM or PEP 263 declaration names the codec).
fn source_text(vm: &mut Vm, v: &Value, filename: &str) -> PyResult<Option<String>> {
    Ok(match v {
        Value::Str(s) => Some(s.as_str().to_string()),
        Value::Bytes(b) => Some(crate::script_text::decode_source_bytes(vm, b, filename)?),
        Value::ByteArray(b) => {
            let bytes = b.borrow().clone();
            Some(crate::script_text::decode_source_bytes(vm, &bytes, filename)?)
        }
        _ => None,
    })
}

fn is_bytes(v: &Value) -> bool {
    matches!(v, Value::Bytes(_) | Value::ByteArray(_))
}

/// `from_bytes`: the source was given as bytes (see `SyntaxError::use_byte_columns`).
fn compile_text(vm: &mut Vm, text: &str, filename: &str, mode: Mode, from_bytes: bool) -> PyResult<Rc<CodeObj>> {
    if text.contains('\0') {
        return Err(PyErr::new(crate::object::ExcKind::SyntaxError, "source code string cannot contain null bytes"));
    }
    if mode == Mode::Eval {
        if let Err(e) = crate::syntax::check_eval_input(text, filename) {
            return Err(vm.syntax_error_value(&e));
        }
    }
    let opts = CompileOptions { mode, ..CompileOptions::default() };
    let compiled = crate::compile::compile_source_staged(text, filename, &opts);
    // matches CPython: SyntaxWarnings show while compiling, before a SyntaxError is raised.
    vm.show_compile_warnings()?;
    match compiled {
        Ok(code) => {
            // matches CPython's linecache: tracebacks show a line of compiled code only when
            // `filename` names a file (whose text is then taken to be this); "<string>" and
            // other made-up names show none.
            let shown = std::path::Path::new(filename).is_file().then(|| text.into());
            Ok(CodeObj::new(code, shown))
        }
        Err((mut e, compile_stage)) => {
            // CPython's compiler reports byte columns for any source; its parser for bytes.
            if compile_stage || (from_bytes && crate::syntax::bytes_source_has_byte_columns(text)) {
                e.use_byte_columns();
            }
            if mode == Mode::Eval && !compile_stage {
                crate::syntax::fix_eval_location(&mut e, text);
            }
            if compile_stage {
                // matches CPython's PyErr_ProgramTextObject: the compiler reads the line from
                // the named file, so compiled strings ("<string>", made-up names) show none.
                e.text = std::fs::read_to_string(filename)
                    .ok()
                    .and_then(|f| f.lines().nth((e.line as usize).saturating_sub(1)).map(|l| format!("{l}\n")));
            }
            Err(vm.syntax_error_value(&e))
        }
    }
}

/// CPython's PyCF_ONLY_AST flag: compile() returns the tree (`ast.parse`) instead of code.
const PYCF_ONLY_AST: i64 = 0x400;

/// compile() of an `ast.AST` tree, or with PyCF_ONLY_AST; None for a plain source compile.
/// A tree is compiled from the source `ast` writes for it, each statement on its own line
/// number (see `_ast_source`), so tracebacks name the tree's lines.
fn compile_tree(vm: &mut Vm, src: &Value, filename: &str, args: &Args) -> PyResult<Option<Value>> {
    let mode = args.arg(2, "mode").cloned().unwrap_or(Value::None);
    let flags = match args.arg(3, "flags") {
        Some(Value::Int(i)) => *i,
        _ => 0,
    };
    // Without `ast` imported no tree can exist.
    let ast_module = vm.modules.borrow().get_str("ast");
    let is_tree = match ast_module {
        Some(ast) => {
            let cls = vm.getattr(&ast, &Value::str("AST"))?;
            super::functions::is_instance(vm, src, &cls)?.then_some(ast)
        }
        None => None,
    };
    if flags & PYCF_ONLY_AST != 0 {
        let ast = vm.import_module("ast")?;
        let parse = vm.getattr(&ast, &Value::str("parse"))?;
        return vm.call(&parse, vec![src.clone(), Value::str(filename), mode]).map(Some);
    }
    let Some(ast) = is_tree else { return Ok(None) };
    let to_source = vm.getattr(&ast, &Value::str("_compile_source"))?;
    let text = vm.call(&to_source, vec![src.clone(), mode.clone()])?;
    let text = text.as_str().unwrap_or_default().to_string();
    let mode = match mode.as_str() {
        Some("eval") => Mode::Eval,
        Some("single") => Mode::Interactive,
        _ => Mode::Exec,
    };
    let opts = CompileOptions { mode, ..CompileOptions::default() };
    let compiled = crate::compile::compile_source_staged(&text, filename, &opts);
    vm.show_compile_warnings()?;
    let code = compiled.map_err(|(e, _)| vm.syntax_error_value(&e))?;
    // Tracebacks show the named file's own lines (the tree's positions refer to them).
    let shown = std::fs::read_to_string(filename).ok().map(|t| t.as_str().into());
    Ok(Some(Value::Code(CodeObj::new(code, shown))))
}

fn code_arg(vm: &mut Vm, v: &Value, name: &str, mode: Mode) -> PyResult<Rc<CodeObj>> {
    if let Value::Code(c) = v {
        return Ok(c.clone());
    }
    match source_text(vm, v, "<string>")? {
        Some(text) => {
            // eval() ignores leading spaces and tabs, as CPython.
            let text = if mode == Mode::Eval { text.trim_start_matches([' ', '\t']).to_string() } else { text };
            compile_text(vm, &text, "<string>", mode, is_bytes(v))
        }
        None => Err(PyErr::type_error(format!("{name}() arg 1 must be a string, bytes or code object"))),
    }
}

/// The globals and locals a code string runs with: the given ones, or the caller's.
fn namespaces(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(Rc<RefCell<PyDict>>, Option<Value>)> {
    let globals = args.arg(1, "globals").cloned().unwrap_or(Value::None);
    let locals = args.arg(2, "locals").cloned().unwrap_or(Value::None);
    let globals = match globals {
        Value::None => {
            let Some(f) = vm.frames.last() else { return Err(PyErr::runtime_error("no current frame")) };
            let g = f.globals.clone();
            if !locals.is_none() {
                return Ok((g, Some(locals)));
            }
            let loc = match vm.builtins.borrow().get_str("locals") {
                Some(l) => l,
                None => return Ok((g, None)),
            };
            let caller_locals = vm.call(&loc, vec![])?;
            let same = matches!(&caller_locals, Value::Dict(d) if Rc::ptr_eq(d, &g));
            return Ok((g, if same { None } else { Some(caller_locals) }));
        }
        Value::Dict(d) => d,
        other => {
            return Err(PyErr::type_error(if name == "exec" {
                format!("exec() globals must be a dict, not {}", vm.type_name(&other))
            } else if vm.is_mapping(&other) || vm.lookup_special(&other, "__getitem__").is_some() || matches!(other, Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Bytes(_) | Value::ByteArray(_) | Value::Range(_)) {
                "globals must be a real dict; try eval(expr, {}, mapping)".to_string()
            } else {
                "globals must be a dict".to_string()
            }))
        }
    };
    // matches CPython's PyMapping_Check: any object whose type has `__getitem__` will do
    // (name loads and stores then go through its `__getitem__`/`__setitem__`).
    if !locals.is_none() && !vm.is_mapping(&locals) && vm.lookup_special(&locals, "__getitem__").is_none() {
        return Err(PyErr::type_error(if name == "exec" {
            format!("locals must be a mapping or None, not {}", vm.type_name(&locals))
        } else {
            "locals must be a mapping".to_string()
        }));
    }
    if !globals.borrow().contains_str("__builtins__") {
        let b = Value::Dict(vm.builtins.clone());
        globals.borrow_mut().set_str("__builtins__", b);
    }
    Ok((globals, if locals.is_none() { None } else { Some(locals) }))
}

fn run(vm: &mut Vm, args: &Args, name: &str, mode: Mode) -> PyResult<Value> {
    if name == "eval" && args.pos.is_empty() && args.kw.is_empty() {
        return Err(PyErr::type_error(format!("{name} expected at least 1 argument, got 0")));
    }
    if name == "exec" {
        // exec(source, /, globals=None, locals=None, *, closure=None)
        super::clinic("exec", args, &["source", "globals", "locals", "closure"], 1, 1, 3)?;
    } else {
        super::no_kwargs(name, args)?;
        check_count(name, args, 1, 3)?;
    }
    let src = args.arg(0, "source").cloned().unwrap_or(Value::None);
    // The namespaces are checked before the source, as CPython's builtin_exec_impl.
    let (globals, locals) = namespaces(vm, args, name)?;
    let closure = if name == "exec" { args.kwarg("closure").filter(|c| !c.is_none()).cloned() } else { None };
    let given_code = matches!(src, Value::Code(_));
    if !given_code && closure.is_some() {
        return Err(PyErr::type_error("closure can only be used when source is a code object"));
    }
    let code = code_arg(vm, &src, name, mode)?;
    let cells = free_cells(&code, closure.as_ref(), name, given_code)?;
    let mut frame = Frame::new(code, globals, locals);
    frame.cells.extend(cells);
    vm.run_frame(frame)
}

/// The cells a code object's free variables read: none for source text, `exec`'s `closure`
/// for a code object with free variables, checked as CPython's builtin_exec_impl and
/// builtin_eval_impl do (eval takes no closure, so such code is refused there).
fn free_cells(code: &CodeObj, closure: Option<&Value>, name: &str, given_code: bool) -> PyResult<Vec<crate::vm::frame::CellRef>> {
    let nfree = code.code.freevars.len();
    if !given_code {
        return Ok(Vec::new());
    }
    if name == "eval" {
        if nfree > 0 {
            return Err(PyErr::type_error("code object passed to eval() may not contain free variables"));
        }
        return Ok(Vec::new());
    }
    if nfree == 0 {
        if closure.is_some() {
            return Err(PyErr::type_error("cannot use a closure with this code object"));
        }
        return Ok(Vec::new());
    }
    let wrong = || PyErr::type_error(format!("code object requires a closure of exactly length {nfree}"));
    let Some(Value::Tuple(items)) = closure else { return Err(wrong()) };
    if items.len() != nfree {
        return Err(wrong());
    }
    items.iter().map(|c| if let Value::Cell(c) = c { Ok(c.clone()) } else { Err(wrong()) }).collect()
}

fn eval(vm: &mut Vm, args: Args) -> PyResult<Value> {
    run(vm, &args, "eval", Mode::Eval)
}

fn exec(vm: &mut Vm, args: Args) -> PyResult<Value> {
    run(vm, &args, "exec", Mode::Exec)?;
    Ok(Value::None)
}

/// `compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)`.
fn compile(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let names = ["source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"];
    super::clinic("compile", &args, &names, 0, 3, 6)?;
    let get = |i: usize, n: &str| args.arg(i, n).cloned();
    let (Some(src), Some(filename), Some(mode)) = (get(0, "source"), get(1, "filename"), get(2, "mode")) else {
        return Err(PyErr::type_error("compile() missing required argument 'source' (pos 1)"));
    };
    let filename = match &filename {
        Value::Str(s) => s.as_str().to_string(),
        Value::Bytes(b) => String::from_utf8_lossy(b).into_owned(),
        other => {
            // PyUnicode_FSDecoder's message (Argument Clinic converts filename before mode).
            return Err(PyErr::type_error(format!(
                "expected str, bytes or os.PathLike object, not {}",
                vm.type_name(other)
            )))
        }
    };
    let mode = match mode.as_str() {
        Some("exec") => Mode::Exec,
        Some("eval") => Mode::Eval,
        Some("single") => Mode::Interactive,
        Some(_) => return Err(PyErr::value_error("compile() mode must be 'exec', 'eval' or 'single'")),
        None => {
            return Err(PyErr::type_error(format!(
                "compile() argument 'mode' must be str, not {}",
                super::arg_type_name(vm, &mode)
            )))
        }
    };
    if let Value::Code(_) = src {
        return Ok(src);
    }
    if let Some(code) = compile_tree(vm, &src, &filename, &args)? {
        return Ok(code);
    }
    let Some(text) = source_text(vm, &src, &filename)? else {
        return Err(PyErr::type_error("compile() arg 1 must be a string, bytes or AST object"));
    };
    if mode == Mode::Interactive {
        if let Err(e) = crate::syntax::check_single_statement(&text, &filename) {
            return Err(vm.syntax_error_value(&e));
        }
    }
    Ok(Value::Code(compile_text(vm, &text, &filename, mode, is_bytes(&src))?))
}
