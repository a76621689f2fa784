//! `_collections._tuplegetter`: the descriptor behind each field of a namedtuple class
//! (`Point.x` reads item 0 of the tuple). Native, as CPython's, so reading a field costs one
//! index; `Vm::bind_descriptor` recognises it and indexes without calling `__get__`.

use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

use crate::builtins::{arg, def_method, def_new};
use crate::object::class::Layout;
use crate::object::{Args, Class, NativeObject, PyDict, PyErr, PyResult, Value};
use crate::vm::types::new_class_with;
use crate::vm::Vm;

pub struct TupleGetter {
    pub index: usize,
    /// "Alias for field number 0", or what a script put there.
    doc: RefCell<Value>,
    class: Rc<Class>,
}

impl NativeObject for TupleGetter {
    fn class(&self) -> Rc<Class> {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl TupleGetter {
    /// Item `index` of the tuple behind `obj` (a namedtuple instance).
    pub fn read(&self, vm: &Vm, obj: &Value) -> PyResult<Value> {
        match super::native_value(obj) {
            Value::Tuple(t) => t.get(self.index).cloned().ok_or_else(|| PyErr::index_error("tuple index out of range")),
            _ => Err(PyErr::type_error(format!(
                "descriptor for index '{}' for tuple subclasses doesn't apply to '{}' object",
                self.index,
                vm.type_name(obj)
            ))),
        }
    }
}

pub fn install(vm: &mut Vm, dict: &mut PyDict) -> PyResult<()> {
    let cls = new_class_with("_tuplegetter", &[vm.types.object.clone()], Layout::Builtin, None)?;
    cls.dict.borrow_mut().set_str("__module__", Value::str("_collections"));
    *cls.tp_name.borrow_mut() = Some(Rc::from("_collections._tuplegetter"));
    def_new(&cls, tuplegetter_new);
    def_method(&cls, "__get__", get);
    def_method(&cls, "__set__", set);
    def_method(&cls, "__delete__", delete);
    def_method(&cls, "__reduce__", reduce);
    def_method(&cls, "__repr__", repr);
    // `__doc__` is a member of each getter (CPython's `doc` field), readable and writable.
    let doc = crate::object::Property {
        fget: crate::builtins::native("__doc__", doc_get, crate::object::function::NativeKind::Function, None),
        fset: crate::builtins::native("__doc__", doc_set, crate::object::function::NativeKind::Function, None),
        fdel: Value::None,
        doc: Value::None.into(),
    };
    cls.dict.borrow_mut().set_str("__doc__", Value::Property(Rc::new(doc)));
    dict.set_str("_tuplegetter", Value::Class(cls));
    Ok(())
}

fn not_a_getter() -> PyErr {
    PyErr::type_error("descriptor requires a '_collections._tuplegetter' object")
}

/// `_tuplegetter(index, doc)`.
fn tuplegetter_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Value::Class(cls) = arg(&args, 0) else {
        return Err(PyErr::type_error("_tuplegetter.__new__(X): X is not a type object"));
    };
    if args.pos.len() != 3 {
        return Err(PyErr::type_error(format!("_tuplegetter expected 2 arguments, got {}", args.pos.len().saturating_sub(1))));
    }
    let index = crate::builtins::int_arg(vm, &args.pos[1], "")?;
    let index = usize::try_from(index).map_err(|_| PyErr::index_error("tuple index out of range"))?;
    let obj = TupleGetter { index, doc: RefCell::new(args.pos[2].clone()), class: cls };
    Ok(Value::Native(crate::object::NativeRef::new(obj)))
}

fn get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = arg(&args, 0);
    let tg = me.downcast::<TupleGetter>().ok_or_else(not_a_getter)?;
    let obj = arg(&args, 1);
    if obj.is_none() {
        return Ok(me.clone());
    }
    tg.read(vm, &obj)
}

fn set(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg(&args, 0).downcast::<TupleGetter>().ok_or_else(not_a_getter)?;
    Err(PyErr::attribute_error("can't set attribute"))
}

fn delete(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg(&args, 0).downcast::<TupleGetter>().ok_or_else(not_a_getter)?;
    Err(PyErr::attribute_error("can't delete attribute"))
}

/// Pickling support: `(_tuplegetter, (index, doc))`.
fn reduce(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = arg(&args, 0);
    let tg = me.downcast::<TupleGetter>().ok_or_else(not_a_getter)?;
    let doc = tg.doc.borrow().clone();
    Ok(Value::tuple(vec![Value::Class(tg.class.clone()), Value::tuple(vec![Value::Int(tg.index as i64), doc])]))
}

/// `_tuplegetter(0, 'Alias for field number 0')`.
fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = arg(&args, 0);
    let tg = me.downcast::<TupleGetter>().ok_or_else(not_a_getter)?;
    let doc = tg.doc.borrow().clone();
    let doc = vm.repr(&doc)?;
    Ok(Value::string(format!("_tuplegetter({}, {})", tg.index, doc)))
}

fn doc_get(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = arg(&args, 0);
    let tg = me.downcast::<TupleGetter>().ok_or_else(not_a_getter)?;
    let doc = tg.doc.borrow().clone();
    Ok(doc)
}

fn doc_set(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = arg(&args, 0);
    let tg = me.downcast::<TupleGetter>().ok_or_else(not_a_getter)?;
    *tg.doc.borrow_mut() = arg(&args, 1);
    Ok(Value::None)
}
