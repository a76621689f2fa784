//! CPython's `__text_signature__` of the built-in functions, the methods of the core types and
//! the functions of the native modules (`len.__text_signature__ == '($module, obj, /)'`), and
//! of the built-in types whose constructor has one (`enumerate`), which `inspect.signature`
//! parses. Kept as text in `text_signatures.txt` (generated from CPython 3.11) and searched only
//! when a script asks.

use crate::object::function::BuiltinFunction;
use crate::object::Value;
use crate::vm::Vm;

const TABLE: &str = include_str!("text_signatures.txt");

/// The signature recorded under `key` (a pilcrow in the table stands for a newline).
fn lookup(key: &str) -> Option<String> {
    TABLE.lines().find_map(|line| {
        let (k, sig) = line.split_once('\t')?;
        (k == key).then(|| sig.replace('\u{b6}', "\n"))
    })
}

/// `__text_signature__` of a built-in function or method: a core type's method by its owner
/// (`str.split`), a native module's function by the module's CPython name (`math.sqrt`), a
/// function of `builtins` by its name (only the builtins module's own function, so `math.pow`
/// does not answer with `pow`'s); None where CPython has none (`max`).
pub fn function_signature(vm: &Vm, b: &BuiltinFunction) -> Value {
    let key = match (&b.owner, b.module.get()) {
        (Some(owner), _) => format!("{owner}.{}", b.name),
        (None, Some(module)) => format!("{}.{}", crate::modules::cpython_module_name(module), b.name),
        (None, None) => {
            let same = matches!(vm.builtins.borrow().get_str(&b.name), Some(Value::Builtin(f)) if f.func as usize == b.func as usize);
            if !same {
                return Value::None;
            }
            b.name.to_string()
        }
    };
    lookup(&key).map_or(Value::None, Value::string)
}

/// The text signature of the built-in type `name` (qualified by its module unless it is in
/// `builtins`), or None.
pub fn type_signature(module: &str, name: &str) -> Value {
    let key = if module == "builtins" { format!("type:{name}") } else { format!("type:{module}.{name}") };
    lookup(&key).map_or(Value::None, Value::string)
}
