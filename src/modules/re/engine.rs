//! A compiled pattern on fancy-regex and the one search primitive `re` is built on: find a
//! match from a position, in one of CPython's modes, reporting group spans in code points.

use std::cell::{Cell, OnceCell};

use fancy_regex::{BytesMode, Regex, RegexBuilder, RegexInput};

/// How a search is anchored (CPython's `search`, `match`, `fullmatch`, and the search that
/// follows an empty match in `finditer`/`sub`/`split`, which must not return the same empty
/// match again: CPython's `must_advance`).
#[derive(Clone, Copy)]
pub enum Mode {
    Search,
    Match,
    FullMatch,
    SearchAdvance,
    /// `match` refusing an empty match (a scanner's `match()` after an empty match).
    MatchAdvance,
}

/// The pattern compiled three ways: as written, anchored at the end (for `fullmatch`), and
/// refusing an empty match (for the first attempt after an empty match). The latter two are
/// compiled on first use.
pub struct Compiled {
    source: String,
    bytes: bool,
    plain: Regex,
    full: OnceCell<Result<Regex, String>>,
    not_empty: OnceCell<Result<Regex, String>>,
    /// The last (text address, code point, byte) converted: loops over one string
    /// (`finditer`, `sub`, `split`) convert each position from the previous one in O(distance).
    last_pos: Cell<(usize, usize, usize)>,
}

/// The text searched: a str (positions converted between code points and bytes) or bytes.
pub enum Haystack<'a> {
    /// The text, whether it is ASCII, and its length in code points.
    Str(&'a str, bool, usize),
    Bytes(&'a [u8]),
}

fn build(source: &str, bytes: bool, not_empty: bool) -> Result<Regex, fancy_regex::Error> {
    let mut b = RegexBuilder::new(source);
    if bytes {
        b.bytes_mode(BytesMode::Ascii);
    }
    b.find_not_empty(not_empty);
    b.backtrack_limit(100_000_000);
    b.build()
}

impl Compiled {
    pub fn new(prefix: &str, body: &str, bytes: bool) -> Result<Compiled, String> {
        let source = format!("{prefix}{body}");
        let plain = build(&source, bytes, false).map_err(|e| e.to_string())?;
        let full_source = format!("{prefix}(?:{body})\\z");
        Ok(Compiled { source: full_source, bytes, plain, full: OnceCell::new(), not_empty: OnceCell::new(), last_pos: Cell::new((0, 0, 0)) })
    }

    fn full(&self) -> Result<&Regex, String> {
        let r = self.full.get_or_init(|| build(&self.source, self.bytes, false).map_err(|e| e.to_string()));
        r.as_ref().map_err(|e| e.clone())
    }

    fn not_empty(&self) -> Result<&Regex, String> {
        let plain = self.plain.as_str().to_string();
        let r = self.not_empty.get_or_init(|| build(&plain, self.bytes, true).map_err(|e| e.to_string()));
        r.as_ref().map_err(|e| e.clone())
    }

    /// Group spans (start, end pairs; -1 for a group that did not take part) of the match
    /// found from `pos` in `hay[..endpos]`; positions in code points for str.
    pub fn find(&self, hay: &Haystack, pos: usize, endpos: usize, mode: Mode) -> Result<Option<Vec<i64>>, String> {
        match hay {
            Haystack::Bytes(b) => {
                let b = &b[..endpos.min(b.len())];
                let pos = pos.min(b.len());
                Ok(self.find_bytes(b, pos, mode)?.map(|v| v.into_iter().map(|x| x.map_or(-1, |x| x as i64)).collect()))
            }
            Haystack::Str(s, ascii, char_len) => {
                let (bpos, bend) = if *ascii {
                    (pos.min(s.len()), endpos.min(s.len()))
                } else {
                    let bend = if endpos >= *char_len { s.len() } else { char_to_byte(s, 0, 0, endpos) };
                    (self.pos_to_byte(s, pos.min(endpos)), bend)
                };
                let text = &s[..bend];
                let Some(spans) = self.find_str(text, bpos, mode)? else { return Ok(None) };
                let conv = |b: Option<usize>| match b {
                    None => -1,
                    Some(b) if *ascii => b as i64,
                    Some(b) if b >= bpos => (pos + text[bpos..b].chars().count()) as i64,
                    Some(b) => text[..b].chars().count() as i64,
                };
                Ok(Some(spans.into_iter().map(conv).collect()))
            }
        }
    }

    /// Byte offset of code point `pos` in `s`, starting from the last conversion when it was
    /// on the same text at or before `pos`.
    fn pos_to_byte(&self, s: &str, pos: usize) -> usize {
        let addr = s.as_ptr() as usize ^ s.len().rotate_left(40);
        let (a, c, b) = self.last_pos.get();
        let (fc, fb) = if a == addr && c <= pos && b <= s.len() && s.is_char_boundary(b) { (c, b) } else { (0, 0) };
        let byte = char_to_byte(s, fb, fc, pos);
        self.last_pos.set((addr, pos, byte));
        byte
    }

    fn find_str(&self, text: &str, bpos: usize, mode: Mode) -> Result<Option<Vec<Option<usize>>>, String> {
        let (re, anchored) = match mode {
            Mode::Search => (&self.plain, false),
            Mode::Match => (&self.plain, true),
            Mode::FullMatch => (self.full()?, true),
            // A pattern that can only match empty has no non-empty match.
            Mode::MatchAdvance => match self.not_empty() {
                Ok(re) => (re, true),
                Err(_) => return Ok(None),
            },
            Mode::SearchAdvance => {
                // fancy-regex refuses to build a zero-width-only pattern with find_not_empty:
                // such a pattern has no non-empty match, so go straight to the next position.
                if let Ok(re) = self.not_empty() {
                    if let Some(found) = self.captures_str(re, text, bpos, true)? {
                        return Ok(Some(found));
                    }
                }
                let Some(c) = text[bpos..].chars().next() else { return Ok(None) };
                return self.captures_str(&self.plain, text, bpos + c.len_utf8(), false);
            }
        };
        self.captures_str(re, text, bpos, anchored)
    }

    fn captures_str(&self, re: &Regex, text: &str, bpos: usize, anchored: bool) -> Result<Option<Vec<Option<usize>>>, String> {
        let input = RegexInput::new(text).from_pos(bpos).anchored(anchored);
        let caps = re.captures_input(input).map_err(|e| e.to_string())?;
        Ok(caps.map(|c| {
            (0..c.len()).flat_map(|i| {
                let m = c.get(i);
                [m.as_ref().map(|m| m.start()), m.map(|m| m.end())]
            }).collect()
        }))
    }

    fn find_bytes(&self, text: &[u8], pos: usize, mode: Mode) -> Result<Option<Vec<Option<usize>>>, String> {
        let (re, anchored) = match mode {
            Mode::Search => (&self.plain, false),
            Mode::Match => (&self.plain, true),
            Mode::FullMatch => (self.full()?, true),
            Mode::MatchAdvance => match self.not_empty() {
                Ok(re) => (re, true),
                Err(_) => return Ok(None),
            },
            Mode::SearchAdvance => {
                if let Ok(re) = self.not_empty() {
                    if let Some(found) = self.captures_bytes(re, text, pos, true)? {
                        return Ok(Some(found));
                    }
                }
                if pos >= text.len() {
                    return Ok(None);
                }
                return self.captures_bytes(&self.plain, text, pos + 1, false);
            }
        };
        self.captures_bytes(re, text, pos, anchored)
    }

    fn captures_bytes(&self, re: &Regex, text: &[u8], pos: usize, anchored: bool) -> Result<Option<Vec<Option<usize>>>, String> {
        let input = RegexInput::new(text).from_pos(pos).anchored(anchored);
        let caps = re.captures_input(input).map_err(|e| e.to_string())?;
        Ok(caps.map(|c| {
            (0..c.len()).flat_map(|i| {
                let m = c.get(i);
                [m.as_ref().map(|m| m.start()), m.map(|m| m.end())]
            }).collect()
        }))
    }
}

/// Byte offset of code point `target`, counting from a known (byte, char) position.
fn char_to_byte(s: &str, from_byte: usize, from_char: usize, target: usize) -> usize {
    let rest = &s[from_byte..];
    match rest.char_indices().nth(target.saturating_sub(from_char)) {
        Some((b, _)) => from_byte + b,
        None => s.len(),
    }
}
