//! Byte-level reading and writing for the compiled-module cache: LEB128 integers, strings and a
//! checksum. Every read is bounds-checked and returns `None` past the end or on a malformed
//! value, so a damaged cache file can only fail to decode, never panic.

/// Appends values to a byte buffer.
#[derive(Default)]
pub struct Writer {
    pub bytes: Vec<u8>,
}

impl Writer {
    pub fn u8(&mut self, b: u8) {
        self.bytes.push(b);
    }

    /// Unsigned LEB128: seven bits per byte, low bits first, high bit set on all but the last.
    pub fn uint(&mut self, mut v: u64) {
        while v >= 0x80 {
            self.bytes.push((v as u8) | 0x80);
            v >>= 7;
        }
        self.bytes.push(v as u8);
    }

    /// Signed values zigzag-encoded, so small negative numbers stay short too.
    pub fn int(&mut self, v: i64) {
        self.uint(((v << 1) ^ (v >> 63)) as u64);
    }

    pub fn len(&mut self, n: usize) {
        self.uint(n as u64);
    }

    pub fn raw(&mut self, b: &[u8]) {
        self.bytes.extend_from_slice(b);
    }

    pub fn str(&mut self, s: &str) {
        self.len(s.len());
        self.raw(s.as_bytes());
    }
}

/// Reads values back from a byte slice.
pub struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    pub fn new(bytes: &'a [u8]) -> Reader<'a> {
        Reader { bytes, pos: 0 }
    }

    pub fn at_end(&self) -> bool {
        self.pos == self.bytes.len()
    }

    /// Bytes read so far.
    pub fn position(&self) -> usize {
        self.pos
    }

    pub fn remaining(&self) -> usize {
        self.bytes.len() - self.pos
    }

    #[inline]
    pub fn u8(&mut self) -> Option<u8> {
        let b = *self.bytes.get(self.pos)?;
        self.pos += 1;
        Some(b)
    }

    #[inline]
    pub fn uint(&mut self) -> Option<u64> {
        // One byte covers almost every operand, index and count.
        let first = self.u8()?;
        if first < 0x80 {
            return Some(first as u64);
        }
        let mut v = (first & 0x7f) as u64;
        let mut shift = 7;
        loop {
            let b = self.u8()?;
            if shift == 63 && b > 1 {
                return None; // more than 64 bits
            }
            v |= ((b & 0x7f) as u64) << shift;
            if b < 0x80 {
                return Some(v);
            }
            shift += 7;
        }
    }

    #[inline]
    pub fn u32(&mut self) -> Option<u32> {
        u32::try_from(self.uint()?).ok()
    }

    pub fn int(&mut self) -> Option<i64> {
        let z = self.uint()?;
        Some((z >> 1) as i64 ^ -((z & 1) as i64))
    }

    /// A count of items each taking at least one byte: larger than what is left means damage
    /// (checked here so a bad count never makes a huge allocation).
    pub fn len(&mut self) -> Option<usize> {
        let n = usize::try_from(self.uint()?).ok()?;
        (n <= self.remaining()).then_some(n)
    }

    pub fn raw(&mut self, n: usize) -> Option<&'a [u8]> {
        let end = self.pos.checked_add(n)?;
        let s = self.bytes.get(self.pos..end)?;
        self.pos = end;
        Some(s)
    }

    pub fn str(&mut self) -> Option<&'a str> {
        let n = self.len()?;
        std::str::from_utf8(self.raw(n)?).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bytecode::checksum::checksum;

    #[test]
    fn integers_round_trip() {
        let mut w = Writer::default();
        let values = [0i64, 1, -1, 63, -64, 64, 127, 128, 300, -300, i64::MAX, i64::MIN];
        for v in values {
            w.int(v);
            w.uint(v as u64);
        }
        let mut r = Reader::new(&w.bytes);
        for v in values {
            assert_eq!(r.int(), Some(v));
            assert_eq!(r.uint(), Some(v as u64));
        }
        assert!(r.at_end());
    }

    #[test]
    fn malformed_input_is_none() {
        assert_eq!(Reader::new(&[0x80]).uint(), None);
        assert_eq!(Reader::new(&[0xff; 11]).uint(), None);
        assert_eq!(Reader::new(&[0x80, 0x80, 0x80, 0x80, 0x10]).u32(), None);
        assert_eq!(Reader::new(&[5, b'a']).str(), None);
        assert_eq!(Reader::new(&[2, 0xff, 0xfe]).str(), None);
        assert_ne!(checksum(b"abcdefghi"), checksum(b"abcdefghj"));
        assert_ne!(checksum(b"abc"), checksum(b"abc\0"));
    }
}
