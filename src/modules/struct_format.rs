//! `struct` format strings: byte order, item codes, repeat counts, sizes and native alignment,
//! parsed as CPython's `prepare_s` does (whitespace between items is ignored), with its
//! `struct.error` messages.

/// The byte order and size/alignment mode chosen by a format's first character.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Order {
    /// `@` (or none): native sizes and alignment, little-endian here.
    Native,
    /// `=` and `<`: standard sizes, little-endian, no alignment.
    Little,
    /// `>` and `!`: standard sizes, big-endian, no alignment.
    Big,
}

/// One format item: `count` repetitions of `code` starting at `offset`. For `s` and `p` the
/// item is one bytes value of `count` bytes.
#[derive(Clone, Copy)]
pub struct Item {
    pub code: u8,
    pub count: usize,
    pub offset: usize,
    /// Size of one element (for `s`/`p`: 1).
    pub size: usize,
}

pub struct Format {
    pub order: Order,
    /// Whether integer range errors use the native table's wording (`@`, `=`, `<` on a
    /// little-endian machine, where CPython swaps the native packers in).
    pub native_messages: bool,
    pub items: Vec<Item>,
    /// Total size in bytes (`calcsize`).
    pub size: usize,
    /// How many values `pack` takes.
    pub nargs: usize,
}

/// The size of one `code` element, None for a code the order does not know.
fn item_size(order: Order, code: u8) -> Option<usize> {
    Some(match code {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' => {
            if order == Order::Native {
                8
            } else {
                4
            }
        }
        b'q' | b'Q' | b'd' => 8,
        b'n' | b'N' | b'P' if order == Order::Native => 8,
        _ => return None,
    })
}

/// Parse a format string, or return the `struct.error` message CPython gives.
pub fn parse(fmt: &[u8]) -> Result<Format, String> {
    let (order, native_messages, body) = match fmt.first() {
        Some(b'@') => (Order::Native, true, &fmt[1..]),
        Some(b'=') | Some(b'<') => (Order::Little, true, &fmt[1..]),
        Some(b'>') | Some(b'!') => (Order::Big, false, &fmt[1..]),
        _ => (Order::Native, true, fmt),
    };
    let too_long = || "total struct size too long".to_string();
    let mut items = Vec::new();
    let (mut offset, mut nargs, mut i) = (0usize, 0usize, 0usize);
    while i < body.len() {
        let mut c = body[i];
        i += 1;
        if c.is_ascii_whitespace() {
            continue;
        }
        let mut count = 1usize;
        if c.is_ascii_digit() {
            count = (c - b'0') as usize;
            loop {
                let Some(&d) = body.get(i) else {
                    return Err("repeat count given without format specifier".into());
                };
                i += 1;
                if !d.is_ascii_digit() {
                    c = d;
                    break;
                }
                count = count.checked_mul(10).and_then(|n| n.checked_add((d - b'0') as usize)).ok_or_else(too_long)?;
            }
        }
        let size = item_size(order, c).ok_or_else(|| "bad char in struct format".to_string())?;
        if order == Order::Native {
            // Native mode aligns each item to its own size (CPython's `align`).
            offset = offset.checked_add(size - 1).ok_or_else(too_long)? / size * size;
        }
        items.push(Item { code: c, count, offset, size });
        let bytes = count.checked_mul(size).ok_or_else(too_long)?;
        offset = offset.checked_add(bytes).ok_or_else(too_long)?;
        nargs += match c {
            b's' | b'p' => 1,
            b'x' => 0,
            _ => count,
        };
    }
    if offset > isize::MAX as usize {
        return Err(too_long());
    }
    Ok(Format { order, native_messages, items, size: offset, nargs })
}
