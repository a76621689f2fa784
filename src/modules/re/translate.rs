//! Translation of a Python regular expression into fancy-regex syntax, checking it the way
//! CPython's `re._parser` does (same error messages and positions), so `re.error` matches.
//!
//! The translation removes every difference in meaning between the two dialects: Python's
//! `$` (end or before a final newline), `\Z` (end of string), literal `{`, `[` inside classes,
//! verbose mode, octal escapes and group references by name; flags `x`, `m`, `s` and `a` are
//! applied here, `i` is passed through as an inline flag.

use super::escapes::{class_escape, Atom};
use crate::text::unicode::{is_id_continue, is_id_start};

pub const FLAG_I: u32 = 2;
pub const FLAG_L: u32 = 4;
pub const FLAG_M: u32 = 8;
pub const FLAG_S: u32 = 16;
pub const FLAG_U: u32 = 32;
pub const FLAG_X: u32 = 64;
pub const FLAG_A: u32 = 256;

/// A pattern error: CPython's message and the position (in code points) it points at.
pub struct ReError {
    pub msg: String,
    pub pos: Option<usize>,
    /// FutureWarnings found before the error (CPython issues them while parsing).
    pub warnings: Vec<String>,
}

pub type TResult<T> = Result<T, ReError>;

/// The one pattern error CPython raises as OverflowError.
pub const REPEAT_TOO_LARGE: &str = "the repetition number is too large";

pub fn err<T>(msg: impl Into<String>, pos: usize) -> TResult<T> {
    Err(ReError { msg: msg.into(), pos: Some(pos), warnings: Vec::new() })
}

/// The translated pattern with what `Pattern` exposes about it.
pub struct Translated {
    /// fancy-regex source without the leading global flags.
    pub body: String,
    /// Inline flags to prefix (`(?i)` or empty).
    pub prefix: String,
    pub groups: usize,
    pub names: Vec<(String, usize)>,
    /// Group numbers in the order their `)` appear (for `Match.lastindex`).
    pub close_order: Vec<usize>,
    /// The pattern's flags, with the inline global flags and the implied UNICODE added.
    pub flags: u32,
    /// CPython's FutureWarning texts for sets that may change meaning ("Possible nested set").
    pub warnings: Vec<String>,
}

/// What the last element of a sequence was, for the quantifier checks.
#[derive(Clone, Copy)]
struct Last {
    /// Where its text starts in the output.
    repeatable: bool,
    is_repeat: bool,
}

pub(super) struct Parser<'a> {
    pub p: &'a [char],
    pub i: usize,
    pub flags: u32,
    pub bytes: bool,
    out: String,
    groups: usize,
    names: Vec<(String, usize)>,
    close_order: Vec<usize>,
    open: Vec<usize>,
    /// Whether anything but global flags has been seen (they must come first, as in 3.11).
    seen_item: bool,
    /// `(?(N)...)` references by number with where N starts: checked once all groups are known.
    cond_refs: Vec<(usize, usize)>,
    warnings: Vec<String>,
    counted_in_vm: bool,
}

/// Translate `pattern` (code points; bytes patterns arrive as Latin-1 code points).
/// With `counted_in_vm`, each `{m,n}` repeat is written so that fancy-regex runs it on its
/// backtracking VM with a counter rather than copying the repeated item m..n times into an
/// automaton: CPython compiles `\w{1,100000}` or `x{4294967294}`, which copied out exceed
/// any automaton size limit.
pub fn translate(pattern: &[char], flags: u32, bytes: bool, counted_in_vm: bool) -> TResult<Translated> {
    let given = flags;
    let mut flags = flags;
    if !bytes && flags & FLAG_A == 0 {
        flags |= FLAG_U;
    }
    if bytes && flags & FLAG_U != 0 {
        return Err(ReError { msg: "cannot use UNICODE flag with a bytes pattern".into(), pos: None, warnings: Vec::new() });
    }
    if !bytes && flags & FLAG_L != 0 {
        return Err(ReError { msg: "cannot use LOCALE flag with a str pattern".into(), pos: None, warnings: Vec::new() });
    }
    if flags & FLAG_A != 0 && flags & FLAG_U != 0 {
        return Err(ReError { msg: "ASCII and UNICODE flags are incompatible".into(), pos: None, warnings: Vec::new() });
    }
    let mut ps = Parser {
        p: pattern,
        i: 0,
        flags,
        bytes,
        out: String::new(),
        groups: 0,
        names: Vec::new(),
        close_order: Vec::new(),
        open: Vec::new(),
        seen_item: false,
        cond_refs: Vec::new(),
        warnings: Vec::new(),
        counted_in_vm,
    };
    if let Err(mut e) = ps.parse_alt(0) {
        e.warnings = std::mem::take(&mut ps.warnings);
        return Err(e);
    }
    if ps.i < ps.p.len() {
        // Only a `)` stops the top level early.
        return err("unbalanced parenthesis", ps.i);
    }
    // matches CPython: a condition may name a later group, so the check waits for the end
    if let Some(&(n, at)) = ps.cond_refs.iter().find(|&&(n, _)| n > ps.groups) {
        return err(format!("invalid group reference {n}"), at);
    }
    let mut flags = ps.flags;
    // A global (?a) replaces the implied UNICODE of a str pattern; CPython refuses it
    // only against an explicit re.UNICODE argument.
    if !bytes && flags & FLAG_A != 0 {
        if given & FLAG_U != 0 {
            return Err(ReError { msg: "ASCII and UNICODE flags are incompatible".into(), pos: None, warnings: Vec::new() });
        }
        flags &= !FLAG_U;
    }
    let prefix = if flags & FLAG_I != 0 { "(?i)".to_string() } else { String::new() };
    Ok(Translated { body: ps.out, prefix, groups: ps.groups, names: ps.names, close_order: ps.close_order, flags, warnings: ps.warnings })
}

/// i, I, U+0130 and U+0131: one character to CPython's case-insensitive matching.
const DOTTED_I: [char; 4] = ['i', 'I', '\u{130}', '\u{131}'];
const DOTTED_I_CLASS: &str = "[iI\\x{130}\\x{131}]";

/// A literal code point in fancy-regex syntax (everything but ASCII letters, digits and `_`
/// is written as `\x{..}`, which is a literal in and out of classes).
pub fn literal(c: char, bytes: bool) -> String {
    if c.is_ascii_alphanumeric() || c == '_' || (!bytes && !c.is_ascii() && !c.is_control()) {
        c.to_string()
    } else {
        format!("\\x{{{:x}}}", c as u32)
    }
}

impl<'a> Parser<'a> {
    pub fn peek(&self) -> Option<char> {
        self.p.get(self.i).copied()
    }

    fn peek_at(&self, k: usize) -> Option<char> {
        self.p.get(self.i + k).copied()
    }

    fn verbose(&self) -> bool {
        self.flags & FLAG_X != 0
    }

    pub fn ascii(&self) -> bool {
        self.flags & FLAG_A != 0 || self.bytes
    }

    /// Skip whitespace and `#` comments in verbose mode.
    fn skip_verbose(&mut self) {
        while let Some(c) = self.peek() {
            if c.is_whitespace() {
                self.i += 1;
            } else if c == '#' {
                while let Some(c) = self.peek() {
                    self.i += 1;
                    if c == '\n' {
                        break;
                    }
                }
            } else {
                break;
            }
        }
    }

    fn parse_alt(&mut self, depth: usize) -> TResult<()> {
        loop {
            self.parse_seq(depth)?;
            if self.peek() == Some('|') {
                self.i += 1;
                self.out.push('|');
                self.seen_item = true;
                continue;
            }
            return Ok(());
        }
    }

    fn parse_seq(&mut self, depth: usize) -> TResult<()> {
        let mut last: Option<Last> = None;
        // Where the last item's text starts in the output.
        let mut last_start = self.out.len();
        loop {
            if self.verbose() {
                self.skip_verbose();
            }
            let Some(c) = self.peek() else { return Ok(()) };
            match c {
                '|' | ')' => return Ok(()),
                '*' | '+' | '?' => {
                    let at = self.i;
                    self.i += 1;
                    self.check_repeat(last, at)?;
                    self.out.push(c);
                    last = Some(self.repeat_suffix());
                }
                '{' => {
                    let at = self.i;
                    if let Some((lo, hi)) = self.parse_braces()? {
                        self.check_repeat(last, at)?;
                        if self.counted_in_vm {
                            // An empty atomic group matches what nothing matches but is
                            // "hard" for fancy-regex, which then keeps the repeat on its VM.
                            self.out.insert_str(last_start, "(?:(?>)");
                            self.out.push(')');
                        }
                        match hi {
                            Some(h) if h == lo => self.out.push_str(&format!("{{{lo}}}")),
                            Some(h) => self.out.push_str(&format!("{{{lo},{h}}}")),
                            None => self.out.push_str(&format!("{{{lo},}}")),
                        }
                        last = Some(self.repeat_suffix());
                    } else {
                        self.i += 1;
                        self.out.push_str(&literal('{', self.bytes));
                        last = Some(Last { repeatable: true, is_repeat: false });
                    }
                }
                '(' => {
                    let start = self.out.len();
                    if let Some(l) = self.parse_group(depth)? {
                        last_start = start;
                        last = Some(l);
                    }
                    continue;
                }
                _ => {
                    last_start = self.out.len();
                    last = Some(self.parse_atom(c)?);
                }
            }
            self.seen_item = true;
        }
    }

    /// Lazy `?` or possessive `+` after a quantifier.
    fn repeat_suffix(&mut self) -> Last {
        if let Some(c @ ('?' | '+')) = self.peek() {
            self.i += 1;
            self.out.push(c);
        }
        Last { repeatable: true, is_repeat: true }
    }

    fn check_repeat(&self, last: Option<Last>, at: usize) -> TResult<()> {
        match last {
            Some(l) if l.is_repeat => err("multiple repeat", at),
            Some(l) if l.repeatable => Ok(()),
            _ => err("nothing to repeat", at),
        }
    }

    /// `{m,n}` (consumed, returns the bounds) or `None` when `{` is a literal there.
    fn parse_braces(&mut self) -> TResult<Option<(u64, Option<u64>)>> {
        let start = self.i;
        let mut j = self.i + 1;
        let digits = |j: &mut usize, p: &[char]| {
            let s = *j;
            while p.get(*j).is_some_and(|c| c.is_ascii_digit()) {
                *j += 1;
            }
            p[s..*j].iter().collect::<String>()
        };
        if self.p.get(j) == Some(&'}') {
            return Ok(None);
        }
        let lo = digits(&mut j, self.p);
        let hi = if self.p.get(j) == Some(&',') {
            j += 1;
            Some(digits(&mut j, self.p))
        } else {
            None
        };
        if self.p.get(j) != Some(&'}') {
            return Ok(None);
        }
        self.i = j + 1;
        let too_large = || ReError { msg: REPEAT_TOO_LARGE.into(), pos: Some(start + 1), warnings: Vec::new() };
        let lo_n: u64 = if lo.is_empty() { 0 } else { lo.parse().map_err(|_| too_large())? };
        let hi_n: Option<u64> = match &hi {
            None => Some(lo_n),
            Some(h) if h.is_empty() => None,
            Some(h) => Some(h.parse().map_err(|_| too_large())?),
        };
        if lo_n >= u32::MAX as u64 || hi_n.is_some_and(|h| h >= u32::MAX as u64) {
            return Err(too_large());
        }
        if let Some(h) = hi_n {
            if h < lo_n {
                return err("min repeat greater than max repeat", start + 1);
            }
        }
        Ok(Some((lo_n, hi_n)))
    }

    /// A single element that is not a group or a quantifier.
    fn parse_atom(&mut self, c: char) -> TResult<Last> {
        let plain = Last { repeatable: true, is_repeat: false };
        let anchor = Last { repeatable: false, is_repeat: false };
        self.i += 1;
        match c {
            '.' => {
                self.out.push_str(if self.flags & FLAG_S != 0 { "(?s:.)" } else { "[^\\n]" });
                Ok(plain)
            }
            '^' => {
                self.out.push_str(if self.flags & FLAG_M != 0 { "(?m:^)" } else { "\\A" });
                Ok(anchor)
            }
            '$' => {
                // Python's `$`: end of string or before a newline that ends it.
                self.out.push_str(if self.flags & FLAG_M != 0 { "(?m:$)" } else { "(?=\\n?\\z)" });
                Ok(anchor)
            }
            '[' => {
                let s = self.parse_class(self.i - 1)?;
                self.out.push_str(&s);
                Ok(plain)
            }
            '\\' => self.parse_escape(self.i - 1),
            _ => {
                self.push_literal(c);
                Ok(plain)
            }
        }
    }

    /// Whether case-insensitive matching must join i, I, U+0130 and U+0131: CPython lowers
    /// single characters (U+0130 lowers to i) and treats U+0131 as another case of i,
    /// where simple case folding relates none of the four to the others.
    fn joins_dotted_i(&self) -> bool {
        self.flags & FLAG_I != 0 && !self.ascii()
    }

    /// Whether case-insensitive matching is CPython's ASCII-only one (`re.I | re.A` on a str
    /// pattern): fancy-regex's `(?i)` would also join non-ASCII cases (é/É) and the
    /// Unicode-only folds K (U+212A) with k and ſ (U+017F) with s, so such characters are
    /// written case-sensitively with their ASCII other case spelled out.
    fn ascii_fold(&self) -> bool {
        self.flags & FLAG_I != 0 && self.flags & FLAG_A != 0 && !self.bytes
    }

    /// A literal character outside a class.
    fn push_literal(&mut self, c: char) {
        if self.joins_dotted_i() && DOTTED_I.contains(&c) {
            self.out.push_str(DOTTED_I_CLASS);
        } else if self.ascii_fold() && (!c.is_ascii() || "kKsS".contains(c)) {
            let other = ascii_other_case(c).map(|o| literal(o, false)).unwrap_or_default();
            self.out.push_str(&format!("(?-i:[{}{other}])", literal(c, false)));
        } else {
            self.out.push_str(&literal(c, self.bytes));
        }
    }

    /// An escape outside a class; `at` is the backslash.
    fn parse_escape(&mut self, at: usize) -> TResult<Last> {
        let plain = Last { repeatable: true, is_repeat: false };
        let anchor = Last { repeatable: false, is_repeat: false };
        let Some(c) = self.peek() else {
            return err("bad escape (end of pattern)", at);
        };
        match c {
            'A' => {
                self.i += 1;
                self.out.push_str("\\A");
                return Ok(anchor);
            }
            'Z' => {
                self.i += 1;
                self.out.push_str("\\z");
                return Ok(anchor);
            }
            'b' | 'B' => {
                self.i += 1;
                let ascii = if self.ascii() && !self.bytes { "(?-u:\\" } else { "(?:\\" };
                self.out.push_str(&format!("{ascii}{c})"));
                return Ok(anchor);
            }
            '1'..='9' => {
                if let Some(n) = self.backref_number()? {
                    self.emit_backref(n, at)?;
                    return Ok(plain);
                }
            }
            _ => {}
        }
        match class_escape(self, at, false)? {
            Atom::Char(ch) => self.push_literal(ch),
            Atom::Set(s) if self.ascii_fold() => self.out.push_str(&format!("(?-i:{s})")),
            Atom::Set(s) => self.out.push_str(&s),
        }
        Ok(plain)
    }

    /// `\N` as a group reference: `None` when it is a three-digit octal escape instead.
    fn backref_number(&mut self) -> TResult<Option<usize>> {
        let d0 = self.peek().unwrap_or('0');
        let d1 = self.peek_at(1);
        let d2 = self.peek_at(2);
        let oct = |c: Option<char>| c.is_some_and(|c| ('0'..='7').contains(&c));
        if oct(Some(d0)) && oct(d1) && oct(d2) {
            return Ok(None);
        }
        let mut n = d0.to_digit(10).unwrap_or(0) as usize;
        self.i += 1;
        if let Some(d) = d1.and_then(|c| c.to_digit(10)) {
            n = n * 10 + d as usize;
            self.i += 1;
        }
        Ok(Some(n))
    }

    fn emit_backref(&mut self, n: usize, at: usize) -> TResult<()> {
        if n > self.groups {
            return err(format!("invalid group reference {n}"), at + 1);
        }
        if self.open.contains(&n) {
            return err("cannot refer to an open group", at);
        }
        self.out.push_str(&format!("(?:\\{n})"));
        Ok(())
    }

    /// A `[...]` class starting at `start`; returns its fancy-regex text.
    fn parse_class(&mut self, start: usize) -> TResult<String> {
        let mut s = String::from("[");
        // CPython warns where a future set syntax could change the meaning: `[[`, and
        // doubled `-&~|` starting an item after the first
        if self.peek() == Some('[') {
            self.warnings.push(format!("Possible nested set at position {}", self.i));
        }
        if self.peek() == Some('^') {
            self.i += 1;
            s.push('^');
        }
        let mut first = true;
        let mut has_i = false;
        // Under ASCII-only case folding: the ASCII other cases of the members, added to a
        // class matched case-sensitively.
        let fold = self.ascii_fold();
        let mut other_cases = String::new();
        loop {
            let Some(c) = self.peek() else {
                return err("unterminated character set", start);
            };
            if c == ']' && !first {
                self.i += 1;
                break;
            }
            if !first && "-&~|".contains(c) && self.peek_at(1) == Some(c) {
                let what = match c {
                    '-' => "difference",
                    '&' => "intersection",
                    '~' => "symmetric difference",
                    _ => "union",
                };
                self.warnings.push(format!("Possible set {what} at position {}", self.i));
            }
            first = false;
            let item_start = self.i;
            let lo = self.class_item()?;
            if self.peek() == Some('-') && self.peek_at(1).is_some_and(|c| c != ']') {
                if self.peek_at(1) == Some('-') {
                    self.warnings.push(format!("Possible set difference at position {}", self.i));
                }
                self.i += 1;
                let hi = self.class_item()?;
                let text: String = self.p[item_start..self.i].iter().collect();
                match (lo, hi) {
                    (Atom::Char(a), Atom::Char(b)) => {
                        if a > b {
                            return err(format!("bad character range {text}"), item_start);
                        }
                        s.push_str(&literal(a, self.bytes));
                        s.push('-');
                        s.push_str(&literal(b, self.bytes));
                        has_i |= DOTTED_I.iter().any(|&c| a <= c && c <= b);
                        if fold {
                            for (lo, hi) in [('a', 'z'), ('A', 'Z')] {
                                let (from, to) = (a.max(lo), b.min(hi));
                                if from <= to {
                                    if let (Some(x), Some(y)) = (ascii_other_case(from), ascii_other_case(to)) {
                                        other_cases.push_str(&format!("{x}-{y}"));
                                    }
                                }
                            }
                        }
                    }
                    _ => return err(format!("bad character range {text}"), item_start),
                }
            } else {
                match lo {
                    Atom::Char(a) => {
                        s.push_str(&literal(a, self.bytes));
                        has_i |= DOTTED_I.contains(&a);
                        if fold {
                            if let Some(o) = ascii_other_case(a) {
                                other_cases.push(o);
                            }
                        }
                    }
                    Atom::Set(set) => s.push_str(&set),
                }
            }
        }
        if has_i && self.joins_dotted_i() {
            s.push_str(&DOTTED_I_CLASS[1..DOTTED_I_CLASS.len() - 1]);
        }
        if fold {
            s.push_str(&other_cases);
            s.push(']');
            return Ok(format!("(?-i:{s})"));
        }
        s.push(']');
        Ok(s)
    }

    fn class_item(&mut self) -> TResult<Atom> {
        let at = self.i;
        let Some(c) = self.peek() else {
            return err("unterminated character set", at);
        };
        self.i += 1;
        if c == '\\' {
            return class_escape(self, at, true);
        }
        Ok(Atom::Char(c))
    }

    /// `(` at `self.i`: any group form. Returns the element for quantifiers (`None` for a
    /// comment or flags, which are not elements).
    fn parse_group(&mut self, depth: usize) -> TResult<Option<Last>> {
        let start = self.i;
        self.i += 1;
        let plain = Last { repeatable: true, is_repeat: false };
        if self.peek() != Some('?') {
            self.capture_group(start, depth, None)?;
            self.seen_item = true;
            return Ok(Some(plain));
        }
        self.i += 1;
        let Some(c) = self.peek() else {
            return err("unexpected end of pattern", self.i);
        };
        self.i += 1;
        match c {
            ':' => self.sub_group("(?:", start, depth)?,
            '=' => self.sub_group("(?=", start, depth)?,
            '!' => self.sub_group("(?!", start, depth)?,
            '>' => self.sub_group("(?>", start, depth)?,
            '<' => match self.peek() {
                Some(d @ ('=' | '!')) => {
                    self.i += 1;
                    let from = self.out.len();
                    self.sub_group(if d == '=' { "(?<=" } else { "(?<!" }, start, depth)?;
                    // matches CPython: the assertion must have a fixed width.
                    let inner = &self.out[from + 4..self.out.len() - 1];
                    if !super::lookbehind::is_fixed_width(inner) {
                        return Err(ReError { msg: "look-behind requires fixed-width pattern".into(), pos: None, warnings: Vec::new() });
                    }
                }
                Some(d) => return err(format!("unknown extension ?<{d}"), start + 1),
                None => return err("unexpected end of pattern", self.i),
            },
            'P' => return self.p_group(start, depth),
            '#' => {
                while let Some(ch) = self.peek() {
                    self.i += 1;
                    if ch == ')' {
                        return Ok(None);
                    }
                }
                return err("missing ), unterminated comment", start);
            }
            '(' => self.conditional(start, depth)?,
            'a' | 'i' | 'L' | 'm' | 's' | 'u' | 'x' | '-' => {
                self.i -= 1;
                return self.flag_group(start, depth);
            }
            _ => return err(format!("unknown extension ?{c}"), start + 1),
        }
        self.seen_item = true;
        Ok(Some(plain))
    }

    /// The rest of a group whose opening text is `open`, up to and including `)`.
    fn sub_group(&mut self, open: &str, start: usize, depth: usize) -> TResult<()> {
        self.out.push_str(open);
        self.parse_alt(depth + 1)?;
        if self.peek() != Some(')') {
            return err("missing ), unterminated subpattern", start);
        }
        self.i += 1;
        self.out.push(')');
        Ok(())
    }

    fn capture_group(&mut self, start: usize, depth: usize, name: Option<String>) -> TResult<()> {
        self.groups += 1;
        let n = self.groups;
        if let Some(name) = name {
            self.names.push((name, n));
        }
        self.open.push(n);
        self.sub_group("(", start, depth)?;
        self.open.retain(|&g| g != n);
        self.close_order.push(n);
        Ok(())
    }

    /// A group name up to `end`; `at` is where the name starts (for messages).
    fn group_name(&mut self, end: char) -> TResult<String> {
        let at = self.i;
        let mut name = String::new();
        loop {
            match self.peek() {
                None => {
                    let what = if end == '>' { "missing >, unterminated name" } else { "missing ), unterminated name" };
                    return err(what, at);
                }
                Some(c) if c == end => {
                    self.i += 1;
                    break;
                }
                Some(c) => {
                    name.push(c);
                    self.i += 1;
                }
            }
        }
        if name.is_empty() {
            return err("missing group name", at);
        }
        if !is_identifier(&name) {
            return err(format!("bad character in group name {name:?}").replace('"', "'"), at);
        }
        Ok(name)
    }

    /// `(?P<name>...)` or `(?P=name)`.
    fn p_group(&mut self, start: usize, depth: usize) -> TResult<Option<Last>> {
        let plain = Last { repeatable: true, is_repeat: false };
        match self.peek() {
            Some('<') => {
                self.i += 1;
                let name = self.group_name('>')?;
                if let Some((_, g)) = self.names.iter().find(|(n, _)| *n == name) {
                    let msg = format!("redefinition of group name '{name}' as group {}; was group {g}", self.groups + 1);
                    return err(msg, start + 4);
                }
                self.capture_group(start, depth, Some(name))?;
            }
            Some('=') => {
                self.i += 1;
                let at = self.i;
                let name = self.group_name(')')?;
                let Some(&(_, g)) = self.names.iter().find(|(n, _)| *n == name) else {
                    return err(format!("unknown group name '{name}'"), at);
                };
                if self.open.contains(&g) {
                    return err("cannot refer to an open group", at);
                }
                self.out.push_str(&format!("(?:\\{g})"));
            }
            Some(c) => return err(format!("unknown extension ?P{c}"), start + 1),
            None => return err("unexpected end of pattern", self.i),
        }
        self.seen_item = true;
        Ok(Some(plain))
    }

    /// `(?(group)yes|no)`.
    fn conditional(&mut self, start: usize, depth: usize) -> TResult<()> {
        let at = self.i;
        let name = {
            let mut s = String::new();
            while let Some(c) = self.peek() {
                self.i += 1;
                if c == ')' {
                    break;
                }
                s.push(c);
            }
            s
        };
        let n = if let Ok(n) = name.parse::<usize>() {
            if n == 0 {
                return err("bad group number", at);
            }
            self.cond_refs.push((n, at));
            n
        } else if let Some(&(_, g)) = self.names.iter().find(|(n, _)| *n == name) {
            g
        } else if is_identifier(&name) {
            return err(format!("unknown group name '{name}'"), at);
        } else {
            return err(format!("bad character in group name '{name}'"), at);
        };
        self.out.push_str(&format!("(?({n})"));
        self.parse_seq(depth + 1)?;
        if self.peek() == Some('|') {
            self.i += 1;
            self.out.push('|');
            self.parse_seq(depth + 1)?;
            if self.peek() == Some('|') {
                return err("conditional backref with more than two branches", self.i);
            }
        }
        if self.peek() != Some(')') {
            return err("missing ), unterminated subpattern", start);
        }
        self.i += 1;
        self.out.push(')');
        Ok(())
    }

    /// `(?aiLmsux)` global flags or `(?flags-flags:...)` scoped flags.
    fn flag_group(&mut self, start: usize, depth: usize) -> TResult<Option<Last>> {
        let mut on = 0u32;
        let mut off = 0u32;
        let mut neg = false;
        let flag_bit = |c: Option<char>| match c {
            Some('a') => Some(FLAG_A),
            Some('i') => Some(FLAG_I),
            Some('L') => Some(FLAG_L),
            Some('m') => Some(FLAG_M),
            Some('s') => Some(FLAG_S),
            Some('u') => Some(FLAG_U),
            Some('x') => Some(FLAG_X),
            _ => None,
        };
        // Past the '-' only flags to turn off, then ':' (CPython's "missing :").
        let missing = |neg: bool| if neg { "missing :" } else { "missing -, : or )" };
        loop {
            let Some(c) = self.peek() else {
                return err(missing(neg), self.i);
            };
            let bit = match flag_bit(Some(c)) {
                Some(bit) => bit,
                None if c == '-' && !neg => {
                    neg = true;
                    self.i += 1;
                    match self.peek() {
                        Some(c) if flag_bit(Some(c)).is_none() && c.is_alphabetic() => return err("unknown flag", self.i),
                        c if flag_bit(c).is_none() => return err("missing flag", self.i),
                        _ => {}
                    }
                    continue;
                }
                None if c == ':' || c == ')' => break,
                None => {
                    let msg = if c.is_alphabetic() { "unknown flag" } else { missing(neg) };
                    return err(msg, self.i);
                }
            };
            self.i += 1;
            // CPython's checks, each reported just after the flag that breaks it.
            const TYPES: u32 = FLAG_A | FLAG_U | FLAG_L;
            if neg {
                if bit & TYPES != 0 {
                    return err("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", self.i);
                }
                off |= bit;
            } else {
                if bit == FLAG_L && !self.bytes {
                    return err("bad inline flags: cannot use 'L' flag with a str pattern", self.i);
                }
                if bit == FLAG_U && self.bytes {
                    return err("bad inline flags: cannot use 'u' flag with a bytes pattern", self.i);
                }
                if bit & TYPES != 0 && on & TYPES != 0 && on & TYPES != bit {
                    return err("bad inline flags: flags 'a', 'u' and 'L' are incompatible", self.i);
                }
                on |= bit;
            }
        }
        if on & off != 0 {
            return err("bad inline flags: flag turned on and off", self.i);
        }
        let close = self.peek() == Some(')');
        self.i += 1;
        if close {
            if neg {
                return err("missing :", self.i - 1);
            }
            if depth > 0 || self.seen_item {
                return err("global flags not at the start of the expression", start);
            }
            self.flags |= on;
            return Ok(None);
        }
        let saved = self.flags;
        self.flags = (self.flags | on) & !off;
        let mut open = String::from("(?");
        if on & FLAG_I != 0 {
            open.push('i');
        }
        if off & FLAG_I != 0 {
            open.push_str("-i");
        }
        open.push(':');
        self.sub_group(&open, start, depth)?;
        self.flags = saved;
        self.seen_item = true;
        Ok(Some(Last { repeatable: true, is_repeat: false }))
    }
}

/// The other case of an ASCII letter (CPython's ASCII-mode case folding).
fn ascii_other_case(c: char) -> Option<char> {
    if c.is_ascii_lowercase() {
        Some(c.to_ascii_uppercase())
    } else if c.is_ascii_uppercase() {
        Some(c.to_ascii_lowercase())
    } else {
        None
    }
}

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if is_id_start(c) => {}
        _ => return false,
    }
    chars.all(is_id_continue)
}
