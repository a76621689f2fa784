//! Text files in an encoding other than UTF-8 (`open(path, encoding="utf-16")`, "cp1252",
//! "latin-1", "utf-8-sig", ...): the incremental decoder and encoder of stdlib/codecs.py
//! turn bytes read into UTF-8 as they arrive, and text written into the file's encoding,
//! so the rest of the file layer only ever sees UTF-8 text (as CPython's TextIOWrapper
//! drives a codec's incremental coders).

use crate::object::{PyErr, PyResult, Value};
use crate::text::codecs;
use crate::vm::Vm;

/// A file's incremental codec objects.
pub struct Coders {
    decoder: Value,
    encoder: Value,
}

/// The coders for a text file opened with `encoding`; None when the file layer reads and
/// writes it natively (UTF-8). LookupError for an encoding no codec provides, or one that
/// is not a text encoding, with CPython's messages.
pub fn open_coders(vm: &mut Vm, encoding: &str, errors: &str) -> PyResult<Option<Coders>> {
    if matches!(codecs::lookup_codec(encoding), Ok(codecs::Codec::Utf8)) {
        return Ok(None);
    }
    let module = vm.import_module("codecs")?;
    let known = vm.call_method(&module, "_known", vec![Value::str(encoding)])?;
    if !vm.is_true(&known)? {
        return Err(PyErr::new(crate::object::ExcKind::LookupError, format!("unknown encoding: {encoding}")));
    }
    let pair = vm.call_method(&module, "_file_coders", vec![Value::str(encoding), Value::str(errors)])?;
    let mut items = vm.collect_iterable(&pair)?.into_iter();
    match (items.next(), items.next()) {
        (Some(decoder), Some(encoder)) => Ok(Some(Coders { decoder, encoder })),
        _ => Err(PyErr::type_error("codecs._file_coders must return a decoder and an encoder")),
    }
}

impl Coders {
    /// The UTF-8 text of `raw`, the next bytes read from the file (`last` at end of file,
    /// where an incomplete sequence is an error).
    pub fn decode(&self, vm: &mut Vm, raw: &[u8], last: bool) -> PyResult<Vec<u8>> {
        let args = vec![Value::Bytes(raw.into()), Value::bool(last)];
        let text = vm.call_method(&self.decoder, "decode", args)?;
        match text.as_str() {
            Some(s) => Ok(s.as_bytes().to_vec()),
            None => Err(PyErr::type_error(format!(
                "decoder should return a string result, not '{}'",
                vm.type_name(&text)
            ))),
        }
    }

    /// `text` in the file's encoding.
    pub fn encode(&self, vm: &mut Vm, text: &str) -> PyResult<Vec<u8>> {
        let out = vm.call_method(&self.encoder, "encode", vec![Value::str(text)])?;
        match out {
            Value::Bytes(b) => Ok(b.to_vec()),
            other => Err(PyErr::type_error(format!(
                "encoder should return a bytes object, not '{}'",
                vm.type_name(&other)
            ))),
        }
    }

    /// How many bytes `text` (decoded, not yet consumed) took in the file, for `tell()`.
    pub fn raw_len(&self, vm: &mut Vm, encoding: &str, text: &str) -> PyResult<usize> {
        if text.is_empty() {
            return Ok(0);
        }
        let module = vm.import_module("codecs")?;
        let n = vm.call_method(&module, "_raw_length", vec![Value::str(encoding), Value::str(text)])?;
        Ok(match n {
            Value::Int(n) => n.max(0) as usize,
            _ => 0,
        })
    }

    /// After a seek: reading starts a fresh decode; writing at `pos` 0 writes a BOM again
    /// and anywhere else continues without one, as CPython's TextIOWrapper arranges.
    pub fn reposition(&self, vm: &mut Vm, pos: u64) -> PyResult<()> {
        vm.call_method(&self.decoder, "reset", vec![])?;
        if pos == 0 {
            vm.call_method(&self.encoder, "reset", vec![])?;
        } else {
            vm.call_method(&self.encoder, "setstate", vec![Value::Int(0)])?;
        }
        Ok(())
    }
}
