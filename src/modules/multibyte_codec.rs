//! `_multibytecodec`: the conversion steps of the East Asian multibyte codecs (gbk, gb2312,
//! gb18030, big5, cp950, shift_jis, cp932, euc_jp, euc_kr, cp949, iso2022_jp), whose tables
//! come from the `encoding_rs` crate. `stdlib/_codecs_cjk.py` drives these steps and runs the
//! error handlers between them, so errors carry CPython's positions and reasons.

use std::borrow::Cow;

use encoding_rs::{DecoderResult, EncoderResult, Encoding};

use super::new_module;
use crate::builtins::{arg, def_fn};
use crate::object::{Args, PyErr, PyResult, Value};
use crate::vm::Vm;

/// CPython's reason for a byte sequence or character the codec has no mapping for.
const ILLEGAL: &str = "illegal multibyte sequence";
/// CPython's reason for input that ends inside a multibyte sequence.
const INCOMPLETE: &str = "incomplete multibyte sequence";

pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = new_module("_multibytecodec");
    let mut dd = d.borrow_mut();
    def_fn(&mut dd, "decode_step", decode_step);
    def_fn(&mut dd, "encode_step", encode_step);
    Ok(m)
}

/// The `encoding_rs` encoding behind CPython codec `name` (a canonical name from
/// `_codecs_cjk.ALIASES`). The WHATWG tables are the Windows code pages, supersets of the
/// stricter standards some of these names stand for; gbk and gb2312 get CPython's limits
/// checked here (see `gbk_pair_allowed`).
fn encoding_for(name: &str) -> PyResult<&'static Encoding> {
    Ok(match name {
        "gbk" | "gb2312" => encoding_rs::GBK,
        "gb18030" => encoding_rs::GB18030,
        "big5" | "cp950" | "big5hkscs" => encoding_rs::BIG5,
        "shift_jis" | "cp932" => encoding_rs::SHIFT_JIS,
        "euc_jp" => encoding_rs::EUC_JP,
        "euc_kr" | "cp949" => encoding_rs::EUC_KR,
        "iso2022_jp" => encoding_rs::ISO_2022_JP,
        _ => return Err(PyErr::new(crate::object::ExcKind::LookupError, format!("no such codec is supported: {name}"))),
    })
}

/// Whether CPython's codec `name` maps the two-byte sequence `b1 b2` at all: GBK proper has
/// no four-byte GB18030 forms and no euro sign at 0x80; GB2312 is the EUC-CN rectangle.
fn gbk_pair_allowed(name: &str, b1: u8, b2: u8) -> bool {
    match name {
        "gb2312" => (0xa1..=0xf7).contains(&b1) && (0xa1..=0xfe).contains(&b2),
        _ => (0x81..=0xfe).contains(&b1) && (0x40..=0xfe).contains(&b2) && b2 != 0x7f,
    }
}

fn bytes_arg(v: &Value) -> PyResult<Cow<'_, [u8]>> {
    match v {
        Value::Bytes(b) => Ok(Cow::Borrowed(&b[..])),
        Value::ByteArray(b) => Ok(Cow::Owned(b.borrow().clone())),
        _ => Err(PyErr::type_error("a bytes-like object is required")),
    }
}

fn index_arg(v: &Value) -> PyResult<usize> {
    match v {
        Value::Int(i) if *i >= 0 => Ok(*i as usize),
        _ => Err(PyErr::type_error("position must be a non-negative int")),
    }
}

/// `decode_step(name, data, pos, final) -> (text, stop, reason)`: `data[pos:]` decoded up to
/// the first byte the codec rejects. `stop` is where decoding stopped: the end, the rejected
/// byte (then `reason` says why and the error covers that one byte, as CPython's decoders
/// report), or, when not `final`, the start of an incomplete sequence at the end that the
/// next chunk may complete (then `reason` is None).
fn decode_step(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let name = arg(&args, 0);
    let name = name.as_str().ok_or_else(|| PyErr::type_error("codec name must be str"))?;
    let data = arg(&args, 1);
    let data = bytes_arg(&data)?;
    let pos = index_arg(&arg(&args, 2))?.min(data.len());
    let last = vm.is_true(&arg(&args, 3))?;
    let (text, stop, reason) = match name {
        "gbk" | "gb2312" => decode_gbk(name, &data, pos, last),
        _ => decode_streaming(encoding_for(name)?, name, &data, pos, last),
    };
    let reason = reason.map_or(Value::None, Value::str);
    Ok(Value::tuple(vec![Value::str(&text), Value::Int(stop as i64), reason]))
}

/// GBK and GB2312 a pair at a time, so CPython's narrower ranges decide what is an error.
fn decode_gbk(name: &str, data: &[u8], pos: usize, last: bool) -> (String, usize, Option<&'static str>) {
    let mut out = String::with_capacity(data.len() - pos);
    let mut i = pos;
    while i < data.len() {
        let b1 = data[i];
        if b1 < 0x80 {
            out.push(b1 as char);
            i += 1;
            continue;
        }
        // CPython's DBCS decoders ask for the second byte before looking at the first.
        let Some(&b2) = data.get(i + 1) else {
            return (out, i, last.then_some(INCOMPLETE));
        };
        if !gbk_pair_allowed(name, b1, b2) {
            return (out, i, Some(ILLEGAL));
        }
        match encoding_rs::GBK.decode_without_bom_handling_and_without_replacement(&[b1, b2]) {
            Some(s) => out.push_str(&s),
            None => return (out, i, Some(ILLEGAL)),
        }
        i += 2;
    }
    (out, i, None)
}

/// The other codecs through an `encoding_rs` decoder run to the first malformed sequence.
fn decode_streaming(enc: &'static Encoding, name: &str, data: &[u8], pos: usize, last: bool) -> (String, usize, Option<&'static str>) {
    let src = &data[pos..];
    let mut decoder = enc.new_decoder_without_bom_handling();
    let room = decoder.max_utf8_buffer_length_without_replacement(src.len()).unwrap_or(src.len() * 3 + 16);
    let mut out = String::with_capacity(room);
    let (result, read) = decoder.decode_to_string_without_replacement(src, &mut out, true);
    match result {
        DecoderResult::InputEmpty | DecoderResult::OutputFull => (out, data.len(), None),
        DecoderResult::Malformed(bad, after) => {
            let at = pos + read - after as usize - bad as usize;
            let reaches_end = at + bad as usize >= data.len() && after == 0;
            // Shift_JIS checks the lead byte before asking for a second one.
            let lead = match name {
                "shift_jis" | "cp932" => matches!(data[at], 0x81..=0x9f | 0xe0..=0xfc),
                _ => data[at] >= 0x80,
            };
            if reaches_end && lead {
                return (out, at, last.then_some(INCOMPLETE));
            }
            (out, at, Some(ILLEGAL))
        }
    }
}

/// `encode_step(name, text, pos) -> (data, stop)`: `text[pos:]` encoded up to the first
/// character the codec cannot map (`stop`, or `len(text)` when all of it could be).
fn encode_step(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let name = arg(&args, 0);
    let name = name.as_str().ok_or_else(|| PyErr::type_error("codec name must be str"))?;
    let text = arg(&args, 1);
    let text = text.as_str().ok_or_else(|| PyErr::type_error("encode_step() argument 2 must be str"))?;
    let pos = index_arg(&arg(&args, 2))?;
    let enc = encoding_for(name)?;
    let start = text.char_indices().nth(pos).map_or(text.len(), |(b, _)| b);
    let (out, stop) = match name {
        "gbk" | "gb2312" => encode_gbk(name, &text[start..], pos),
        _ => encode_streaming(enc, &text[start..], pos),
    };
    Ok(Value::tuple(vec![Value::Bytes(out.into()), Value::Int(stop as i64)]))
}

fn encode_gbk(name: &str, text: &str, pos: usize) -> (Vec<u8>, usize) {
    let mut out = Vec::with_capacity(text.len());
    let mut buf = [0u8; 4];
    for (n, c) in text.chars().enumerate() {
        if c.is_ascii() {
            out.push(c as u8);
            continue;
        }
        let (bytes, _, unmappable) = encoding_rs::GBK.encode(c.encode_utf8(&mut buf));
        match &bytes[..] {
            [b1, b2] if !unmappable && gbk_pair_allowed(name, *b1, *b2) => out.extend_from_slice(&bytes),
            _ => return (out, pos + n),
        }
    }
    (out, pos + text.chars().count())
}

fn encode_streaming(enc: &'static Encoding, text: &str, pos: usize) -> (Vec<u8>, usize) {
    let mut encoder = enc.new_encoder();
    let room = encoder.max_buffer_length_from_utf8_without_replacement(text.len()).unwrap_or(text.len() * 4 + 16);
    let mut out = Vec::with_capacity(room);
    let (result, read) = encoder.encode_from_utf8_to_vec_without_replacement(text, &mut out, true);
    match result {
        EncoderResult::InputEmpty | EncoderResult::OutputFull => (out, pos + text.chars().count()),
        // `read` includes the unmappable character itself.
        EncoderResult::Unmappable(_) => (out, pos + text[..read].chars().count() - 1),
    }
}
