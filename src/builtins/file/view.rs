//! The layers of one open file, as CPython stacks them: a text file's `buffer` (a
//! BufferedReader/Writer/Random) and a buffered file's `raw` (a FileIO) are views over the same
//! `FileObj`, reading and writing its bytes without the text layer; `detach()` cuts a layer off
//! the ones below it, which keep working.

use super::{class_for, os_error, FileObj, FlushMode};
use crate::builtins::arg;
use crate::object::{Args, Class, NativeObject, PyErr, PyResult, Value};
use crate::vm::Vm;
use std::any::Any;
use std::rc::Rc;

/// Which of CPython's three I/O layers a file object stands for.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Layer {
    Raw = 0,
    Buffered = 1,
    Text = 2,
}

/// `f.buffer` / `f.raw` / `f.detach()`: a lower layer of the file object `parent`.
pub struct FileView {
    parent: Value,
    layer: Layer,
    class: Rc<Class>,
}

impl NativeObject for FileView {
    fn class(&self) -> Rc<Class> {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// A file object seen as one of its layers: derefs to the shared `FileObj`, with `binary` and
/// `mode` as that layer reports them.
pub(super) struct View<'a> {
    f: &'a FileObj,
    pub binary: bool,
    pub mode: &'a str,
    pub layer: Layer,
}

impl std::ops::Deref for View<'_> {
    type Target = FileObj;
    fn deref(&self) -> &FileObj {
        self.f
    }
}

impl FileObj {
    /// The layer `open()` returned this object as.
    pub(super) fn own_layer(&self) -> Layer {
        match (self.binary, self.flush) {
            (false, _) => Layer::Text,
            (true, FlushMode::Each) => Layer::Raw,
            (true, _) => Layer::Buffered,
        }
    }
}

/// The file object a method was called on (`self`), as the layer it is.
pub(super) fn this<'a>(args: &'a Args) -> PyResult<View<'a>> {
    let first = args.pos.first();
    if let Some(f) = first.and_then(|v| v.downcast::<FileObj>()) {
        return Ok(View::of(f, f.own_layer()));
    }
    if let Some(v) = first.and_then(|v| v.downcast::<FileView>()) {
        if let Some(f) = v.parent.downcast::<FileObj>() {
            return Ok(View::of(f, v.layer));
        }
    }
    Err(PyErr::type_error("descriptor requires a file object"))
}

impl<'a> View<'a> {
    fn of(f: &'a FileObj, layer: Layer) -> View<'a> {
        let mode = if layer == Layer::Text { f.mode.as_str() } else { f.bin_mode };
        View { f, binary: layer != Layer::Text, mode, layer }
    }

    /// matches CPython: a detached layer refuses every operation, naming what it lost.
    pub fn check_attached(&self) -> PyResult<()> {
        let cut = self.f.detached.get();
        if cut.is_some_and(|c| self.layer > c) {
            return Err(PyErr::value_error(match self.layer {
                Layer::Text => "underlying buffer has been detached",
                _ => "raw stream has been detached",
            }));
        }
        Ok(())
    }

    pub fn check_open(&self) -> PyResult<()> {
        self.check_attached()?;
        self.f.check_open()
    }

    /// CPython's class name for this layer of the file.
    pub fn class_name(&self) -> &'static str {
        match self.layer {
            Layer::Text => "_io.TextIOWrapper",
            Layer::Raw => "_io.FileIO",
            Layer::Buffered if self.f.readable && self.f.writable => "_io.BufferedRandom",
            Layer::Buffered if self.f.readable => "_io.BufferedReader",
            Layer::Buffered => "_io.BufferedWriter",
        }
    }
}

/// The view of layer `layer` under the file object `args[0]`.
fn lower(vm: &Vm, args: &Args, layer: Layer) -> PyResult<Value> {
    let v = this(args)?;
    v.check_attached()?;
    let parent = match args.pos.first().and_then(|o| o.downcast::<FileView>()) {
        Some(fv) => fv.parent.clone(),
        None => arg(args, 0),
    };
    let class = class_for(vm, View::of(&v, layer).class_name());
    Ok(Value::Native(crate::object::NativeRef::new(FileView { parent, layer, class })))
}

/// `TextIOWrapper.buffer`.
pub(super) fn buffer(vm: &mut Vm, args: Args) -> PyResult<Value> {
    lower(vm, &args, Layer::Buffered)
}

/// `BufferedReader.raw` (and Writer/Random).
pub(super) fn raw(vm: &mut Vm, args: Args) -> PyResult<Value> {
    lower(vm, &args, Layer::Raw)
}

/// `detach()`: the layer below, after which this one refuses every operation. The text layer
/// flushes first, as CPython's does.
pub(super) fn detach(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = this(&args)?;
    v.check_open()?;
    let below = match v.layer {
        Layer::Text => Layer::Buffered,
        _ => Layer::Raw,
    };
    v.flush_buffer().map_err(|e| os_error(&e, None))?;
    let out = lower(vm, &args, below)?;
    v.detached.set(Some(below));
    Ok(out)
}

/// `repr()` of a detached text layer: CPython's leaves the name out, it can no longer ask.
pub(super) fn detached_text_repr(v: &View) -> Option<String> {
    if v.layer == Layer::Text && v.check_attached().is_err() {
        return Some(format!("<_io.TextIOWrapper mode='{}' encoding='{}'>", v.mode, v.encoding));
    }
    None
}
