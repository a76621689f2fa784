//! The built-in type objects and class creation (C3 method resolution order).

use std::cell::RefCell;
use std::rc::Rc;

use crate::object::class::Layout;
use crate::object::{Class, ExcKind, PyDict, PyErr, PyResult, Value};

macro_rules! builtin_types {
    ($($field:ident = $name:literal;)*) => {
        /// Class objects of the built-in types. Methods are filled in by `builtins::install`.
        pub struct Types {
            $(pub $field: Rc<Class>,)*
            /// Built-in exception classes indexed by `ExcKind as usize`.
            pub exc: Vec<Rc<Class>>,
        }

        impl Types {
            fn new_unlinked() -> Types {
                let object = new_builtin_class("object", &[], Layout::Builtin);
                let type_ = new_builtin_class("type", &[object.clone()], Layout::Builtin);
                $(let $field = match $name {
                    "object" => object.clone(),
                    "type" => type_.clone(),
                    _ => new_builtin_class($name, &[object.clone()], Layout::Builtin),
                };)*
                let mut exc: Vec<Rc<Class>> = Vec::new();
                for kind in ExcKind::ALL {
                    let base = if *kind == ExcKind::BaseException { object.clone() } else { exc[kind.base() as usize].clone() };
                    let mut bases = vec![base];
                    if *kind == ExcKind::ExceptionGroup {
                        bases.push(exc[ExcKind::Exception as usize].clone());
                    }
                    let cls = new_class_with(kind.name(), &bases, Layout::Exception, Some(*kind))
                        .expect("built-in exception hierarchy has a consistent MRO");
                    cls.dict.borrow_mut().set_str("__module__", Value::str(kind.module()));
                    exc.push(cls);
                }
                Types { $($field,)* exc }
            }
        }
    };
}

builtin_types! {
    object = "object";
    type_ = "type";
    int = "int";
    bool_ = "bool";
    float = "float";
    complex = "complex";
    str = "str";
    bytes = "bytes";
    bytearray = "bytearray";
    tuple = "tuple";
    list = "list";
    dict = "dict";
    set = "set";
    frozenset = "frozenset";
    range = "range";
    slice = "slice";
    none_type = "NoneType";
    not_implemented_type = "NotImplementedType";
    ellipsis_type = "ellipsis";
    function = "function";
    builtin_function = "builtin_function_or_method";
    method_descriptor = "method_descriptor";
    wrapper_descriptor = "wrapper_descriptor";
    method_wrapper = "method-wrapper";
    classmethod_descriptor = "classmethod_descriptor";
    method = "method";
    module = "module";
    generator = "generator";
    coroutine = "coroutine";
    async_generator = "async_generator";
    cell = "cell";
    code = "code";
    property = "property";
    staticmethod = "staticmethod";
    classmethod = "classmethod";
    super_ = "super";
    iterator = "iterator";
    dict_keys = "dict_keys";
    dict_values = "dict_values";
    dict_items = "dict_items";
}

impl Types {
    pub fn new() -> Types {
        let t = Types::new_unlinked();
        // bool subclasses int.
        *t.bool_.bases.borrow_mut() = vec![t.int.clone()];
        *t.bool_.mro.borrow_mut() = vec![t.bool_.clone(), t.int.clone(), t.object.clone()];
        // CPython's Py_TPFLAGS_SEQUENCE / Py_TPFLAGS_MAPPING of the core types (subclasses
        // inherit them from their first base).
        use crate::object::class::{COLLECTION_MAPPING, COLLECTION_SEQUENCE};
        for c in [&t.list, &t.tuple, &t.range] {
            c.collection_flags.set(COLLECTION_SEQUENCE);
        }
        t.dict.collection_flags.set(COLLECTION_MAPPING);
        t
    }
}

impl Default for Types {
    fn default() -> Self {
        Types::new()
    }
}

fn new_builtin_class(name: &str, bases: &[Rc<Class>], layout: Layout) -> Rc<Class> {
    let cls = new_class_with(name, bases, layout, None).expect("built-in classes have single inheritance");
    // Room for the methods `builtins::install` adds one by one (str and int get about 50),
    // so start-up does not rehash each type's dict four or five times as it grows.
    cls.dict.borrow_mut().reserve(32);
    cls.dict.borrow_mut().set_str("__module__", Value::str("builtins"));
    cls
}

/// Create a class with the given bases, computing its MRO.
pub fn new_class_with(name: &str, bases: &[Rc<Class>], layout: Layout, exc_kind: Option<ExcKind>) -> PyResult<Rc<Class>> {
    let cls = Rc::new(Class {
        name: RefCell::new(Rc::from(name)),
        qualname: RefCell::new(Rc::from(name)),
        bases: RefCell::new(bases.to_vec()),
        mro: RefCell::new(Vec::new()),
        dict: Rc::new(RefCell::new(PyDict::new())),
        layout,
        metaclass: RefCell::new(None),
        exc_kind,
        attr_cache: RefCell::new(Default::default()),
        hooks: std::cell::Cell::new((0, false, false)),
        subclasses: RefCell::new(Vec::new()),
        tp_name: RefCell::new(None),
        // Built-in types start dictless; make_class decides for classes made by scripts.
        dictless: std::cell::Cell::new(layout == Layout::Builtin),
        member_slots: std::cell::Cell::new(false),
        del_hook: std::cell::Cell::new((u64::MAX, false)),
        builtin_origin: std::cell::Cell::new((u64::MAX, false)),
        identity_hash: std::cell::Cell::new((u64::MAX, false)),
        dict_replaced: std::cell::Cell::new(false),
        instances_made: std::cell::Cell::new(0),
        // CPython's inherit_patma_flags: from the primary base.
        collection_flags: std::cell::Cell::new(bases.first().map_or(0, |b| b.collection_flags.get())),
    });
    cls.dict.borrow_mut().watch();
    let mro = compute_mro(&cls, bases)?;
    *cls.mro.borrow_mut() = mro;
    for b in bases {
        let mut subs = b.subclasses.borrow_mut();
        // Dead entries are dropped here so the list stays proportional to live classes.
        subs.retain(|w| w.strong_count() > 0);
        subs.push(Rc::downgrade(&cls));
    }
    Ok(cls)
}

/// C3 linearisation; TypeError "Cannot create a consistent method resolution order (MRO) for
/// bases A, B" as CPython when impossible.
pub fn compute_mro(cls: &Rc<Class>, bases: &[Rc<Class>]) -> PyResult<Vec<Rc<Class>>> {
    // Single inheritance (every built-in type, most classes): C3 gives the class followed by
    // its base's MRO, which starts with the base itself.
    match bases {
        [] => return Ok(vec![cls.clone()]),
        [base] if base.mro.borrow().first().is_some_and(|head| Rc::ptr_eq(head, base)) => {
            let base_mro = base.mro.borrow();
            let mut out = Vec::with_capacity(base_mro.len() + 1);
            out.push(cls.clone());
            out.extend(base_mro.iter().cloned());
            return Ok(out);
        }
        _ => {}
    }
    // CPython checks for a repeated base before attempting the merge.
    for (i, b) in bases.iter().enumerate() {
        if bases[..i].iter().any(|o| Rc::ptr_eq(o, b)) {
            return Err(PyErr::type_error(format!("duplicate base class {}", b.name())));
        }
    }
    let mut seqs: Vec<Vec<Rc<Class>>> = bases.iter().map(|b| b.mro.borrow().clone()).collect();
    seqs.push(bases.to_vec());
    let mut out = vec![cls.clone()];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut candidate = None;
        for s in &seqs {
            let head = &s[0];
            let in_tail = seqs.iter().any(|t| t[1..].iter().any(|c| Rc::ptr_eq(c, head)));
            if !in_tail {
                candidate = Some(head.clone());
                break;
            }
        }
        let Some(next) = candidate else {
            // matches CPython: the heads of the sequences left to merge, without repeats.
            let mut names: Vec<String> = Vec::new();
            for s in &seqs {
                let n = s[0].name().to_string();
                if !names.contains(&n) {
                    names.push(n);
                }
            }
            return Err(PyErr::type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            )));
        };
        for s in seqs.iter_mut() {
            if Rc::ptr_eq(&s[0], &next) {
                s.remove(0);
            }
        }
        out.push(next);
    }
}

/// The layout a new class inherits from its bases (exception wins over object).
pub fn inherited_layout(bases: &[Rc<Class>]) -> Layout {
    let mut layout = Layout::Object;
    for b in bases {
        for c in b.mro.borrow().iter() {
            match c.layout {
                Layout::Exception => return Layout::Exception,
                Layout::Builtin if c.name().as_ref() != "object" => layout = Layout::Builtin,
                _ => {}
            }
        }
    }
    layout
}
