//! `re.Match`: the result of a successful search, over the group spans `find` produced.
//! Native (like CPython's `_sre.SRE_Match`), so reading a group costs one method call rather
//! than a chain of script-level helpers, with CPython's argument checks and messages.

use std::any::Any;
use std::rc::Rc;

use crate::builtins::arity::wrong_self;
use crate::builtins::{arg, def_classmethod, def_getter, def_method_owned, def_new, native};
use crate::object::function::NativeKind;
use crate::object::class::Layout;
use crate::object::{Args, Class, NativeObject, PyErr, PyResult, Value};
use crate::vm::types::new_class_with;
use crate::vm::Vm;

pub struct MatchObj {
    /// The `re.Pattern` that matched (a script object; `groupindex` and `_close_rank` are read
    /// from it when a method needs them).
    pattern: Value,
    /// The subject as passed in (a str or bytes subclass instance stays what it was).
    string: Value,
    pos: i64,
    endpos: i64,
    /// Start and end of group 0, 1, ... in code points (bytes for a bytes subject); -1 for a
    /// group that did not take part in the match.
    spans: Box<[i64]>,
    class: Rc<Class>,
}

impl NativeObject for MatchObj {
    fn class(&self) -> Rc<Class> {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl MatchObj {
    pub fn new_value(class: Rc<Class>, pattern: Value, string: Value, pos: i64, endpos: i64, spans: Vec<i64>) -> Value {
        let m = MatchObj { pattern, string, pos, endpos, spans: spans.into_boxed_slice(), class };
        Value::Native(crate::object::NativeRef::new(m))
    }

    fn groups(&self) -> usize {
        self.spans.len() / 2 - 1
    }

    fn span(&self, i: usize) -> (i64, i64) {
        (self.spans[2 * i], self.spans[2 * i + 1])
    }

    /// Group `i`'s text, or `default` when it did not take part. A bytearray subject gives
    /// bytes, as CPython's getslice does.
    fn group_value(&self, i: usize, default: &Value) -> Value {
        let (s, e) = self.span(i);
        if s < 0 || e < 0 {
            return default.clone();
        }
        let (s, e) = (s as usize, e as usize);
        match &crate::modules::native_value(&self.string) {
            // The whole of an exact str is the str itself (PyUnicode_Substring).
            Value::Str(t) if s == 0 && e == t.char_len() && matches!(self.string, Value::Str(_)) => self.string.clone(),
            Value::Str(t) => Value::str(t.slice_chars(s, e)),
            Value::Bytes(b) => Value::Bytes(b[s..e].to_vec().into()),
            Value::ByteArray(b) => Value::Bytes(b.borrow()[s..e].to_vec().into()),
            _ => Value::None,
        }
    }

    /// CPython's match_getindex: an index-like value is a group number; anything else is
    /// looked up in the pattern's `groupindex` (so an unhashable key is a TypeError).
    fn group_index(&self, vm: &mut Vm, g: &Value) -> PyResult<usize> {
        let i = match g {
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Instance(_) => vm.index_value(g)?,
            _ => None,
        };
        let i = match i {
            Some(i) => Some(i),
            None => {
                let groupindex = vm.getattr(&self.pattern, &Value::str("groupindex"))?;
                match vm.getitem(&groupindex, g) {
                    Ok(Value::Int(i)) => Some(i),
                    Ok(_) => None,
                    Err(e) if vm.err_matches(&e, crate::object::ExcKind::KeyError) => None,
                    Err(e) => return Err(e),
                }
            }
        };
        match i {
            Some(i) if i >= 0 && (i as usize) <= self.groups() => Ok(i as usize),
            _ => Err(PyErr::index_error("no such group")),
        }
    }

    /// The group that closed last among those that matched: the largest end, ties going to the
    /// group closing later in the pattern (an enclosing group closes after those inside it).
    fn lastindex(&self, vm: &mut Vm) -> PyResult<Option<usize>> {
        let rank = vm.getattr(&self.pattern, &Value::str("_close_rank"))?;
        let rank = vm.collect_iterable(&rank)?;
        let rank_of = |g: usize| match rank.get(g) {
            Some(Value::Int(r)) => *r,
            _ => 0,
        };
        let mut best: Option<(usize, (i64, i64))> = None;
        for g in 1..=self.groups() {
            let e = self.spans[2 * g + 1];
            if e < 0 {
                continue;
            }
            let key = (e, rank_of(g));
            if best.map_or(true, |(_, k)| key > k) {
                best = Some((g, key));
            }
        }
        Ok(best.map(|(g, _)| g))
    }
}

/// The `re.Match` class, for `_re` to register.
pub fn new_class(vm: &Vm) -> PyResult<Rc<Class>> {
    let cls = new_class_with("Match", &[vm.types.object.clone()], Layout::Builtin, None)?;
    cls.dict.borrow_mut().set_str("__module__", Value::str("re"));
    *cls.tp_name.borrow_mut() = Some(Rc::from("re.Match"));
    def_new(&cls, refuse_new);
    crate::builtins::def_classmethod(&cls, "__init_subclass__", refuse_subclass);
    let methods: [(&str, crate::object::NativeFn); 9] = [
        ("group", group),
        ("groups", groups),
        ("groupdict", groupdict),
        ("start", start),
        ("end", end),
        ("span", span),
        ("expand", expand),
        ("__copy__", copy),
        ("__deepcopy__", deepcopy),
    ];
    for (name, f) in methods {
        def_method_owned(&cls, name, f, "re.Match");
    }
    // Protocol methods the VM calls by name take no owner (see `builtins::def_method`).
    for (name, f) in [("__getitem__", getitem as crate::object::NativeFn), ("__repr__", repr)] {
        cls.dict.borrow_mut().set_str(name, native(name, f, NativeKind::Method, None));
    }
    let getters: [(&str, crate::object::NativeFn); 7] = [
        ("re", get_re),
        ("string", get_string),
        ("pos", get_pos),
        ("endpos", get_endpos),
        ("lastindex", get_lastindex),
        ("lastgroup", get_lastgroup),
        ("regs", get_regs),
    ];
    for (name, f) in getters {
        def_getter(&cls, name, f);
    }
    // matches CPython: `re.Match[str]` is a `types.GenericAlias`.
    def_classmethod(&cls, "__class_getitem__", crate::builtins::base_dunders::class_getitem);
    Ok(cls)
}

fn refuse_new(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(PyErr::type_error("cannot create 're.Match' instances"))
}

fn refuse_subclass(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(PyErr::type_error("type 're.Match' is not an acceptable base type"))
}

/// The match behind a method's `self`, or CPython's descriptor error naming `method`.
fn this<'a>(vm: &Vm, args: &'a Args, method: &str) -> PyResult<&'a MatchObj> {
    match args.pos.first().and_then(|v| v.downcast::<MatchObj>()) {
        Some(m) => Ok(m),
        None => {
            let got = args.pos.first().map_or_else(|| "NoneType".to_string(), |v| vm.type_name(v));
            Err(wrong_self("re.Match", method, &got))
        }
    }
}

/// Argument Clinic's check for the positional-only methods (`start`, `end`, `span`): no
/// keywords, at most `max` arguments after `self`.
fn positional_only(args: &Args, name: &str, max: usize) -> PyResult<()> {
    if !args.kw.is_empty() {
        return Err(PyErr::type_error(format!("Match.{name}() takes no keyword arguments")));
    }
    let given = args.pos.len() - 1;
    if given > max {
        return Err(PyErr::type_error(format!("{name} expected at most {max} argument{}, got {given}", if max == 1 { "" } else { "s" })));
    }
    Ok(())
}

/// The optional `default` of `groups()`/`groupdict()`, by position or keyword.
fn default_arg(args: &Args, name: &str) -> PyResult<Value> {
    let given = args.pos.len() - 1 + args.kw.len();
    if given > 1 {
        return Err(PyErr::type_error(format!("{name}() takes at most 1 argument ({given} given)")));
    }
    if let Some((k, v)) = args.kw.first() {
        if &**k != "default" {
            return Err(PyErr::type_error(format!("'{k}' is an invalid keyword argument for {name}()")));
        }
        return Ok(v.clone());
    }
    Ok(args.pos.get(1).cloned().unwrap_or(Value::None))
}

fn group(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = this(vm, &args, "group")?;
    if !args.kw.is_empty() {
        return Err(PyErr::type_error("Match.group() takes no keyword arguments"));
    }
    match &args.pos[1..] {
        [] => Ok(m.group_value(0, &Value::None)),
        [g] => {
            let i = m.group_index(vm, g)?;
            Ok(m.group_value(i, &Value::None))
        }
        gs => {
            let mut out = Vec::with_capacity(gs.len());
            for g in gs {
                let i = m.group_index(vm, g)?;
                out.push(m.group_value(i, &Value::None));
            }
            Ok(Value::tuple(out))
        }
    }
}

fn getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = this(vm, &args, "__getitem__")?;
    let i = m.group_index(vm, &arg(&args, 1))?;
    Ok(m.group_value(i, &Value::None))
}

fn groups(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = this(vm, &args, "groups")?;
    let default = default_arg(&args, "groups")?;
    Ok(Value::tuple((1..=m.groups()).map(|i| m.group_value(i, &default)).collect()))
}

fn groupdict(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = this(vm, &args, "groupdict")?;
    let default = default_arg(&args, "groupdict")?;
    let groupindex = vm.getattr(&m.pattern, &Value::str("groupindex"))?;
    let Value::Dict(names) = groupindex else { return Ok(Value::dict(crate::object::PyDict::new())) };
    let entries: Vec<(Value, Value)> = names.borrow().iter().map(|e| (e.key.clone(), e.value.clone())).collect();
    let mut out = crate::object::PyDict::new();
    for (name, index) in entries {
        let Value::Int(i) = index else { continue };
        if i < 0 || i as usize > m.groups() {
            continue;
        }
        if let Value::Str(_) = name {
            out.set_str_key(name, m.group_value(i as usize, &default));
        }
    }
    Ok(Value::dict(out))
}

/// The group number `start`/`end`/`span` were asked about (group 0 by default).
fn span_group(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(i64, i64)> {
    let m = this(vm, args, name)?;
    positional_only(args, name, 1)?;
    let i = match args.pos.get(1) {
        Some(g) => m.group_index(vm, g)?,
        None => 0,
    };
    Ok(m.span(i))
}

fn start(vm: &mut Vm, args: Args) -> PyResult<Value> {
    span_group(vm, &args, "start").map(|(s, _)| Value::Int(s))
}

fn end(vm: &mut Vm, args: Args) -> PyResult<Value> {
    span_group(vm, &args, "end").map(|(_, e)| Value::Int(e))
}

fn span(vm: &mut Vm, args: Args) -> PyResult<Value> {
    span_group(vm, &args, "span").map(|(s, e)| Value::tuple(vec![Value::Int(s), Value::Int(e)]))
}

/// `m.expand(template)`: the template parsed and filled in by `re._template`.
fn expand(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "expand")?;
    let template = match (args.pos.get(1), args.kw.first()) {
        (Some(t), None) if args.pos.len() == 2 => t.clone(),
        (None, Some((k, t))) if &**k == "template" && args.kw.len() == 1 => t.clone(),
        (None, None) => return Err(PyErr::type_error("expand() missing required argument 'template' (pos 1)")),
        (None, Some((k, _))) if &**k != "template" => {
            return Err(PyErr::type_error(format!("expand() got an unexpected keyword argument '{k}'")))
        }
        _ => {
            let given = args.pos.len() - 1 + args.kw.len();
            return Err(PyErr::type_error(format!("expand() takes at most 1 argument ({given} given)")));
        }
    };
    let module = vm.import_module("re._template")?;
    let f = vm.getattr(&module, &Value::str("expand_match"))?;
    vm.call(&f, vec![args.pos[0].clone(), template])
}

fn copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "__copy__")?;
    if args.pos.len() != 1 || !args.kw.is_empty() {
        return Err(PyErr::type_error(format!("Match.__copy__() takes no arguments ({} given)", args.pos.len() - 1 + args.kw.len())));
    }
    Ok(args.pos[0].clone())
}

fn deepcopy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "__deepcopy__")?;
    if args.pos.len() != 2 || !args.kw.is_empty() {
        return Err(PyErr::type_error(format!(
            "Match.__deepcopy__() takes exactly one argument ({} given)",
            args.pos.len() - 1 + args.kw.len()
        )));
    }
    Ok(args.pos[0].clone())
}

fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = this(vm, &args, "__repr__")?;
    let (s, e) = m.span(0);
    let text = m.group_value(0, &Value::None);
    let text = vm.repr(&text)?;
    Ok(Value::string(format!("<re.Match object; span=({s}, {e}), match={text}>")))
}

fn get_re(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(this(vm, &args, "re")?.pattern.clone())
}

fn get_string(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(this(vm, &args, "string")?.string.clone())
}

fn get_pos(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(this(vm, &args, "pos")?.pos))
}

fn get_endpos(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(this(vm, &args, "endpos")?.endpos))
}

fn get_lastindex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = this(vm, &args, "lastindex")?;
    Ok(m.lastindex(vm)?.map_or(Value::None, |g| Value::Int(g as i64)))
}

fn get_lastgroup(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = this(vm, &args, "lastgroup")?;
    let Some(last) = m.lastindex(vm)? else { return Ok(Value::None) };
    let groupindex = vm.getattr(&m.pattern, &Value::str("groupindex"))?;
    if let Value::Dict(names) = groupindex {
        for e in names.borrow().iter() {
            if matches!(e.value, Value::Int(i) if i as usize == last) {
                return Ok(e.key.clone());
            }
        }
    }
    Ok(Value::None)
}

fn get_regs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = this(vm, &args, "regs")?;
    let regs = (0..=m.groups()).map(|i| {
        let (s, e) = m.span(i);
        Value::tuple(vec![Value::Int(s), Value::Int(e)])
    });
    Ok(Value::tuple(regs.collect()))
}
