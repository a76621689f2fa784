//! `str.encode` / `bytes.decode` for the utf-8, utf-8-sig, latin-1 and ascii codecs with the
//! strict, ignore, replace, backslashreplace and xmlcharrefreplace error handlers, and
//! CPython's UnicodeEncodeError / UnicodeDecodeError texts.
use std::fmt::Write;

/// The codecs implemented here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Codec {
    Utf8,
    Utf8Sig,
    Latin1,
    Ascii,
}

impl Codec {
    /// The name CPython uses in error messages.
    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Utf8Sig => "utf-8-sig",
            Codec::Latin1 => "latin-1",
            Codec::Ascii => "ascii",
        }
    }
}

/// An encoding or decoding failure. The VM raises UnicodeEncodeError / UnicodeDecodeError
/// (with these fields), LookupError or TypeError.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CodecError {
    /// UnicodeEncodeError(encoding, object, start, end, reason); positions in code points.
    Encode {
        encoding: &'static str,
        start: usize,
        end: usize,
        reason: &'static str,
        message: String,
    },
    /// UnicodeDecodeError(encoding, object, start, end, reason); positions in bytes.
    Decode {
        encoding: &'static str,
        start: usize,
        end: usize,
        reason: &'static str,
        message: String,
    },
    /// LookupError with this message.
    Lookup(String),
    /// TypeError with this message.
    Type(String),
}

impl CodecError {
    /// `str(exc)`.
    pub fn message(&self) -> &str {
        match self {
            CodecError::Encode { message, .. }
            | CodecError::Decode { message, .. }
            | CodecError::Lookup(message)
            | CodecError::Type(message) => message,
        }
    }
}

/// Resolve an encoding name as Python's codec registry does for these codecs.
pub fn lookup_codec(encoding: &str) -> Result<Codec, CodecError> {
    let norm: String = encoding
        .trim()
        .to_lowercase()
        .chars()
        .map(|c| if c == '-' || c == ' ' { '_' } else { c })
        .collect();
    Ok(match norm.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "utf8_ucs2" | "utf8_ucs4" | "cp65001" => Codec::Utf8,
        "utf_8_sig" => Codec::Utf8Sig,
        "latin_1" | "latin1" | "latin" | "l1" | "iso8859_1" | "iso_8859_1" | "8859" | "cp819"
        | "iso_ir_100" | "csisolatin1" | "iso_8859_1:1987" => Codec::Latin1,
        "ascii" | "us_ascii" | "646" | "us" | "ansi_x3.4_1968" | "ansi_x3_4_1968"
        | "ansi_x3.4_1986" | "cp367" | "csascii" | "ibm367" | "iso646_us" | "iso_646.irv:1991"
        | "iso_ir_6" => Codec::Ascii,
        _ => {
            return Err(CodecError::Lookup(format!(
                "unknown encoding: {}",
                encoding
            )))
        }
    })
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Handler {
    Strict,
    Ignore,
    Replace,
    BackslashReplace,
    XmlCharRefReplace,
}

fn handler(errors: &str) -> Result<Handler, CodecError> {
    Ok(match errors {
        "strict" => Handler::Strict,
        "ignore" => Handler::Ignore,
        "replace" => Handler::Replace,
        "backslashreplace" => Handler::BackslashReplace,
        "xmlcharrefreplace" => Handler::XmlCharRefReplace,
        _ => {
            return Err(CodecError::Lookup(format!(
                "unknown error handler name '{}'",
                errors
            )))
        }
    })
}

fn char_escape(c: char) -> String {
    let code = c as u32;
    if code < 0x100 {
        format!("\\x{:02x}", code)
    } else if code < 0x10000 {
        format!("\\u{:04x}", code)
    } else {
        format!("\\U{:08x}", code)
    }
}

/// `s.encode(encoding, errors)`.
pub fn encode(s: &str, encoding: &str, errors: &str) -> Result<Vec<u8>, CodecError> {
    let codec = lookup_codec(encoding)?;
    let limit = match codec {
        Codec::Utf8 => return Ok(s.as_bytes().to_vec()),
        Codec::Utf8Sig => return Ok([&[0xef, 0xbb, 0xbf][..], s.as_bytes()].concat()),
        Codec::Latin1 => 0x100,
        Codec::Ascii => 0x80,
    };
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            i += 1;
            continue;
        }
        // matches CPython: the error covers the whole run of unencodable characters
        let end = i + chars[i..]
            .iter()
            .take_while(|c| (**c as u32) >= limit)
            .count();
        match handler(errors)? {
            Handler::Strict => return Err(encode_error(codec, &chars, i, end)),
            Handler::Ignore => {}
            Handler::Replace => out.extend(std::iter::repeat_n(b'?', end - i)),
            Handler::BackslashReplace => chars[i..end]
                .iter()
                .for_each(|c| out.extend(char_escape(*c).bytes())),
            Handler::XmlCharRefReplace => chars[i..end]
                .iter()
                .for_each(|c| out.extend(format!("&#{};", *c as u32).bytes())),
        }
        i = end;
    }
    Ok(out)
}

fn encode_error(codec: Codec, chars: &[char], start: usize, end: usize) -> CodecError {
    let reason = if codec == Codec::Latin1 {
        "ordinal not in range(256)"
    } else {
        "ordinal not in range(128)"
    };
    let name = codec.name();
    let message = if end == start + 1 {
        let c = chars.get(start).copied().unwrap_or('\0');
        format!(
            "'{name}' codec can't encode character '{}' in position {start}: {reason}",
            char_escape(c)
        )
    } else {
        format!(
            "'{name}' codec can't encode characters in position {start}-{}: {reason}",
            end - 1
        )
    };
    CodecError::Encode {
        encoding: name,
        start,
        end,
        reason,
        message,
    }
}

fn decode_error(
    codec: Codec,
    data: &[u8],
    start: usize,
    end: usize,
    reason: &'static str,
) -> CodecError {
    let name = codec.name();
    let message = if end == start + 1 {
        let b = data.get(start).copied().unwrap_or(0);
        format!("'{name}' codec can't decode byte 0x{b:02x} in position {start}: {reason}")
    } else {
        format!(
            "'{name}' codec can't decode bytes in position {start}-{}: {reason}",
            end - 1
        )
    };
    CodecError::Decode {
        encoding: name,
        start,
        end,
        reason,
        message,
    }
}

/// Apply a non-strict handler to the undecodable bytes `data[start..end]`.
fn decode_fallback(out: &mut String, h: Handler, bad: &[u8]) -> Result<(), CodecError> {
    match h {
        Handler::Strict | Handler::Ignore => {}
        Handler::Replace => out.push('\u{fffd}'),
        Handler::BackslashReplace => {
            for b in bad {
                let _ = write!(out, "\\x{:02x}", b);
            }
        }
        Handler::XmlCharRefReplace => {
            return Err(CodecError::Type(
                "don't know how to handle UnicodeDecodeError in error callback".into(),
            ))
        }
    }
    Ok(())
}

/// `data.decode(encoding, errors)`.
pub fn decode(data: &[u8], encoding: &str, errors: &str) -> Result<String, CodecError> {
    let codec = lookup_codec(encoding)?;
    match codec {
        Codec::Utf8 => decode_utf8(data, errors, codec),
        Codec::Utf8Sig => {
            let body = data.strip_prefix(&[0xef, 0xbb, 0xbf]).unwrap_or(data);
            // matches CPython: errors name 'utf-8' and count from after the BOM
            decode_utf8(body, errors, Codec::Utf8)
        }
        Codec::Latin1 => Ok(data.iter().map(|b| *b as char).collect()),
        Codec::Ascii => {
            let mut out = String::with_capacity(data.len());
            for (i, &b) in data.iter().enumerate() {
                if b < 0x80 {
                    out.push(b as char);
                    continue;
                }
                let h = handler(errors)?;
                if h == Handler::Strict {
                    return Err(decode_error(
                        codec,
                        data,
                        i,
                        i + 1,
                        "ordinal not in range(128)",
                    ));
                }
                decode_fallback(&mut out, h, &data[i..i + 1])?;
            }
            Ok(out)
        }
    }
}

fn decode_utf8(data: &[u8], errors: &str, codec: Codec) -> Result<String, CodecError> {
    let mut out = String::with_capacity(data.len());
    let mut rest = data;
    let mut offset = 0;
    loop {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                out.push_str(s);
                return Ok(out);
            }
            Err(e) => {
                let good = e.valid_up_to();
                out.push_str(std::str::from_utf8(&rest[..good]).unwrap_or_default());
                let (bad_len, reason) = match e.error_len() {
                    None => (rest.len() - good, "unexpected end of data"),
                    Some(n) => {
                        let first = rest.get(good).copied().unwrap_or(0);
                        let invalid_start = matches!(first, 0x80..=0xc1 | 0xf5..=0xff);
                        let reason = if invalid_start {
                            "invalid start byte"
                        } else {
                            "invalid continuation byte"
                        };
                        (n, reason)
                    }
                };
                let start = offset + good;
                let h = handler(errors)?;
                if h == Handler::Strict {
                    return Err(decode_error(codec, data, start, start + bad_len, reason));
                }
                decode_fallback(&mut out, h, &rest[good..good + bad_len])?;
                rest = &rest[good + bad_len..];
                offset = start + bad_len;
            }
        }
    }
}

#[cfg(test)]
#[path = "codecs_tests.rs"]
mod tests;
