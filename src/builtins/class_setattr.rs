//! Setting or deleting an attribute of a class whose metaclass defines that name as a data
//! descriptor (a property or an object with `__set__`/`__delete__`): CPython's type_setattro
//! hands the store to the descriptor instead of the class dict.

use std::rc::Rc;

use crate::object::{Class, Value};
use crate::object::PyResult;
use crate::vm::Vm;

/// Store (`value` Some) or delete through the metaclass's data descriptor `name`; false when
/// the metaclass (a script's; `type`'s own getsets are handled elsewhere) has none.
pub fn through_metaclass(vm: &mut Vm, cls: &Rc<Class>, name: &str, value: Option<Value>) -> PyResult<bool> {
    let Some(meta) = cls.metaclass.borrow().clone() else { return Ok(false) };
    let Some(descr) = meta.lookup(name) else { return Ok(false) };
    let obj = Value::Class(cls.clone());
    match &descr {
        Value::Property(p) => {
            let (f, which) = match &value {
                Some(_) => (&p.fset, "setter"),
                None => (&p.fdel, "deleter"),
            };
            if f.is_none() {
                return Err(super::property_type::missing_accessor(vm, p, &obj, which));
            }
            let f = f.clone();
            let mut args = vec![obj];
            args.extend(value);
            vm.call(&f, args)?;
            Ok(true)
        }
        Value::Instance(_) | Value::Native(_) => {
            let method = if value.is_some() { "__set__" } else { "__delete__" };
            let Some(m) = vm.lookup_special(&descr, method) else {
                // A descriptor with only the other method is still a data descriptor.
                return Ok(false);
            };
            let mut args = vec![obj];
            args.extend(value);
            vm.call_bound_special(&m, &descr, args)?;
            Ok(true)
        }
        _ => Ok(false),
    }
}
