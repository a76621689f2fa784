//! `_contextvars.ContextVar` and `Token`: reading and setting a variable in the current
//! context (`contextvars.rs`), with CPython 3.11's reprs and error messages.

use std::any::Any;
use std::cell::Cell;
use std::rc::Rc;

use super::contextvars::{self as cv, Classes, Context};
use crate::builtins::{arg, def_method};
use crate::object::{Args, Class, ExcKind, NativeObject, PyErr, PyResult, Value};
use crate::vm::repr::addr;
use crate::vm::Vm;

pub struct ContextVar {
    name: Value,
    default: Option<Value>,
    classes: Rc<Classes>,
}

impl NativeObject for ContextVar {
    fn class(&self) -> Rc<Class> {
        self.classes.var.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

pub struct Token {
    var: Value,
    /// The value before `set`; `None` when the variable was unset (`Token.MISSING`).
    old: Option<Value>,
    /// The context the `set` happened in (reset must happen there too).
    ctx: Value,
    used: Cell<bool>,
    classes: Rc<Classes>,
}

impl NativeObject for Token {
    fn class(&self) -> Rc<Class> {
        self.classes.token.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// `Token.MISSING`, whose class CPython names `Token.MISSING`.
pub struct Missing(pub Rc<Class>);

impl NativeObject for Missing {
    fn class(&self) -> Rc<Class> {
        self.0.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

pub fn install(var: &Rc<Class>, token: &Rc<Class>) {
    cv::def_plain_new(var, var_new);
    readonly(var, "name", |_vm, args| Ok(var_of(&arg(&args, 0))?.name.clone()));
    def_method(var, "get", get);
    def_method(var, "set", set);
    def_method(var, "reset", reset);
    def_method(var, "__repr__", |vm, args| Ok(Value::string(var_repr(vm, &arg(&args, 0))?)));
    // matches CPython: `ContextVar[int]` is a `types.GenericAlias`.
    var.dict.borrow_mut().set_str("__class_getitem__", crate::builtins::native("__class_getitem__", class_getitem, crate::object::function::NativeKind::Function, None));
    // matches CPython: `Token[int]` is a `types.GenericAlias` too.
    token.dict.borrow_mut().set_str("__class_getitem__", crate::builtins::native("__class_getitem__", class_getitem, crate::object::function::NativeKind::Function, None));
    cv::def_plain_new(token, |_vm, _args| Err(PyErr::runtime_error("Tokens can only be created by ContextVars")));
    readonly(token, "var", |_vm, args| Ok(token_of(&arg(&args, 0))?.var.clone()));
    readonly(token, "old_value", |_vm, args| {
        let tv = arg(&args, 0);
        let t = token_of(&tv)?;
        Ok(t.old.clone().unwrap_or_else(|| t.classes.missing.clone()))
    });
    def_method(token, "__repr__", |vm, args| Ok(Value::string(token_repr(vm, &arg(&args, 0))?)));
}

/// A read-only attribute; assigning raises CPython's AttributeError (ContextVar's members say
/// `readonly attribute`, Token's getters say `attribute 'var' of '_contextvars.Token' objects
/// is not writable`).
fn readonly(cls: &Rc<Class>, name: &str, getter: crate::object::NativeFn) {
    use crate::builtins::native;
    use crate::object::function::NativeKind;
    let deny: crate::object::NativeFn = match name {
        "var" => |_vm, _args| Err(PyErr::new(ExcKind::AttributeError, "attribute 'var' of '_contextvars.Token' objects is not writable")),
        "old_value" => |_vm, _args| Err(PyErr::new(ExcKind::AttributeError, "attribute 'old_value' of '_contextvars.Token' objects is not writable")),
        _ => |_vm, _args| Err(PyErr::new(ExcKind::AttributeError, "readonly attribute")),
    };
    let prop = crate::object::Property {
        fget: native(name, getter, NativeKind::Function, None),
        fset: native(name, deny, NativeKind::Function, None),
        fdel: native(name, deny, NativeKind::Function, None),
        doc: Value::None.into(),
    };
    cls.dict.borrow_mut().set_str(name, Value::Property(Rc::new(prop)));
}

fn var_of(v: &Value) -> PyResult<&ContextVar> {
    v.downcast::<ContextVar>().ok_or_else(|| PyErr::type_error("descriptor requires a '_contextvars.ContextVar' object"))
}

fn token_of(v: &Value) -> PyResult<&Token> {
    v.downcast::<Token>().ok_or_else(|| PyErr::type_error("descriptor requires a '_contextvars.Token' object"))
}

fn class_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let types = vm.import_module("types")?;
    let alias = vm.getattr(&types, &Value::str("GenericAlias"))?;
    vm.call(&alias, vec![arg(&args, 0), arg(&args, 1)])
}

/// `ContextVar(name, *, default=<missing>)`.
fn var_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = args.pos.len().saturating_sub(1);
    // matches CPython's argument parser: "exactly" when the name is missing, "at most" when
    // there are too many.
    if n != 1 {
        let bound = if n == 0 { "exactly" } else { "at most" };
        return Err(PyErr::type_error(format!("ContextVar() takes {bound} 1 positional argument ({n} given)")));
    }
    if let Some((k, _)) = args.kw.iter().find(|(k, _)| &**k != "default") {
        return Err(PyErr::type_error(format!("'{k}' is an invalid keyword argument for ContextVar()")));
    }
    let name = args.pos[1].clone();
    if name.as_str().is_none() {
        return Err(PyErr::type_error("context variable name must be a str"));
    }
    let classes = cv::classes(vm)?;
    let default = args.kwarg("default").cloned();
    Ok(Value::Native(crate::object::NativeRef::new(ContextVar { name, default, classes })))
}

/// `var.get([default])`: the current context's value, else `default`, else the var's default.
fn get(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = arg(&args, 0);
    if args.pos.len() > 2 {
        return Err(PyErr::type_error(format!("get expected at most 1 argument, got {}", args.pos.len() - 1)));
    }
    let var = var_of(&this)?;
    if let Some(c) = cv::current() {
        if let Some(v) = c.downcast::<Context>().and_then(|c| c.lookup(&this)) {
            return Ok(v);
        }
    }
    if let Some(d) = args.arg(1, "default").or(var.default.as_ref()) {
        return Ok(d.clone());
    }
    Err(PyErr::with_args(ExcKind::LookupError, vec![this]))
}

/// `var.set(value)`: bind in the current context; the Token remembers the old value.
fn set(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = arg(&args, 0);
    if args.pos.len() != 2 {
        return Err(PyErr::type_error(format!("ContextVar.set() takes exactly one argument ({} given)", args.pos.len().saturating_sub(1))));
    }
    let var = var_of(&this)?;
    let ctx = cv::ensure_current(&var.classes);
    let c = ctx.downcast::<Context>().ok_or_else(|| PyErr::runtime_error("current context is not a Context"))?;
    let old = c.lookup(&this);
    c.assign(&this, Some(args.pos[1].clone()));
    let token = Token { var: this.clone(), old, ctx: ctx.clone(), used: Cell::new(false), classes: var.classes.clone() };
    Ok(Value::Native(crate::object::NativeRef::new(token)))
}

/// `var.reset(token)`: restore the value from before `set`, once, in the same context.
fn reset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = arg(&args, 0);
    let tv = arg(&args, 1);
    let var = var_of(&this)?;
    let Some(t) = tv.downcast::<Token>() else {
        let r = vm.repr(&tv)?;
        return Err(PyErr::type_error(format!("expected an instance of Token, got {r}")));
    };
    if t.used.get() {
        let r = token_repr(vm, &tv)?;
        return Err(PyErr::runtime_error(format!("{r} has already been used once")));
    }
    if !t.var.is(&this) {
        let r = token_repr(vm, &tv)?;
        return Err(PyErr::new(ExcKind::ValueError, format!("{r} was created by a different ContextVar")));
    }
    let ctx = cv::ensure_current(&var.classes);
    if !t.ctx.is(&ctx) {
        let r = token_repr(vm, &tv)?;
        return Err(PyErr::new(ExcKind::ValueError, format!("{r} was created in a different Context")));
    }
    t.used.set(true);
    if let Some(c) = ctx.downcast::<Context>() {
        c.assign(&this, t.old.clone());
    }
    Ok(Value::None)
}

fn var_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let var = var_of(v)?;
    let name = vm.repr(&var.name)?;
    let default = match &var.default {
        Some(d) => format!(" default={}", vm.repr(d)?),
        None => String::new(),
    };
    Ok(format!("<ContextVar name={name}{default} at {}>", addr(v)))
}

fn token_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let t = token_of(v)?;
    let used = if t.used.get() { " used" } else { "" };
    let var = var_repr(vm, &t.var)?;
    Ok(format!("<Token{used} var={var} at {}>", addr(v)))
}
