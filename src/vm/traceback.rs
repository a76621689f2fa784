//! Formatting uncaught exceptions the way CPython 3.11 prints them (chains, carets, repeats).

use std::rc::Rc;

use super::Vm;
use crate::object::exception::{exc_data, TbEntry};
use crate::object::{Instance, Value};
use crate::source::line_text;

/// CPython's `_ExceptionPrintContext`: exceptions already printed, and the exception-group
/// nesting that indents and margins every line.
struct GroupContext {
    /// Whose way of showing source lines to follow: the interpreter's or the traceback module's.
    style: SourceLineStyle,
    seen: Vec<usize>,
    depth: usize,
    need_close: bool,
}

impl GroupContext {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    /// Append `text` with every line prefixed by the indent and, inside a group, the margin.
    fn emit(&self, out: &mut String, text: &str, margin: char) {
        if self.depth == 0 {
            out.push_str(text);
            return;
        }
        let prefix = format!("{}{margin} ", self.indent());
        for line in text.split_inclusive('\n') {
            out.push_str(&prefix);
            out.push_str(line);
        }
    }
}

/// One printed traceback line group: (file, line, function) plus the source and caret lines.
struct FrameLine {
    key: (Rc<str>, u32, Rc<str>),
    text: String,
}

impl Vm {
    /// The full text CPython prints for an uncaught exception, chained exceptions included.
    pub fn format_uncaught(&mut self, exc: &Rc<Instance>) -> String {
        self.format_exception_styled(exc, SourceLineStyle::Interpreter)
    }

    /// The full text of the `traceback` module's `format_exception`.
    pub fn format_exception(&mut self, exc: &Rc<Instance>) -> String {
        self.format_exception_styled(exc, SourceLineStyle::TracebackModule)
    }

    fn format_exception_styled(&mut self, exc: &Rc<Instance>, style: SourceLineStyle) -> String {
        let mut out = String::new();
        let mut ctx = GroupContext { style, seen: Vec::new(), depth: 0, need_close: false };
        self.format_chain(exc, &mut out, &mut ctx);
        out
    }

    /// One exception with its cause/context chain, inside `ctx`'s exception-group nesting
    /// (CPython's `TracebackException.format`).
    fn format_chain(&mut self, exc: &Rc<Instance>, out: &mut String, ctx: &mut GroupContext) {
        ctx.seen.push(Rc::as_ptr(exc) as usize);
        let (cause, context, suppress) = match exc_data(exc) {
            Some(d) => {
                let d = d.borrow();
                (d.cause.clone(), d.context.clone(), d.suppress_context)
            }
            None => (None, None, false),
        };
        if let Some(Value::Instance(c)) = &cause {
            if !ctx.seen.contains(&(Rc::as_ptr(c) as usize)) {
                self.format_chain(c, out, ctx);
                ctx.emit(out, "\nThe above exception was the direct cause of the following exception:\n\n", '|');
            }
        } else if let (Some(Value::Instance(c)), false) = (&context, suppress) {
            if !ctx.seen.contains(&(Rc::as_ptr(c) as usize)) {
                self.format_chain(c, out, ctx);
                ctx.emit(out, "\nDuring handling of the above exception, another exception occurred:\n\n", '|');
            }
        }
        match self.group_members(exc) {
            Some(members) => self.format_group(exc, &members, out, ctx),
            None => {
                let mut text = String::new();
                self.format_single(exc, &mut text, ctx.style);
                ctx.emit(out, &text, '|');
            }
        }
    }

    /// The sub-exceptions of an exception group (None for other exceptions).
    fn group_members(&mut self, exc: &Rc<Instance>) -> Option<Vec<Rc<Instance>>> {
        let group = self.exc_class(crate::object::ExcKind::BaseExceptionGroup);
        if !exc.class().is_subclass(&group) {
            return None;
        }
        let v = self.getattr(&Value::Instance(exc.clone()), &Value::str("exceptions")).ok()?;
        let Value::Tuple(t) = v else { return None };
        Some(t.iter().filter_map(|m| if let Value::Instance(i) = m { Some(i.clone()) } else { None }).collect())
    }

    /// matches CPython 3.11's boxed exception-group layout: `+ Exception Group Traceback`,
    /// `|` margins, `+-+---- 1 ----` separators, at most 15 members and 10 levels shown.
    fn format_group(&mut self, exc: &Rc<Instance>, members: &[Rc<Instance>], out: &mut String, ctx: &mut GroupContext) {
        const MAX_WIDTH: usize = 15;
        const MAX_DEPTH: usize = 10;
        if ctx.depth > MAX_DEPTH {
            ctx.emit(out, &format!("... (max_group_depth is {MAX_DEPTH})\n"), '|');
            return;
        }
        let toplevel = ctx.depth == 0;
        if toplevel {
            ctx.depth += 1;
        }
        let tb = self.shown_entries(exc, ctx.style);
        if !tb.is_empty() {
            ctx.emit(out, "Exception Group Traceback (most recent call last):\n", if toplevel { '+' } else { '|' });
            let lines = self.format_entries(&tb, ctx.style);
            let mut text = String::new();
            push_collapsed(&mut text, &lines);
            ctx.emit(out, &text, '|');
        }
        let only = self.exception_line(exc, ctx.style);
        ctx.emit(out, &only, '|');
        let n = if members.len() <= MAX_WIDTH { members.len() } else { MAX_WIDTH + 1 };
        ctx.need_close = false;
        for i in 0..n {
            let last = i + 1 == n;
            if last {
                ctx.need_close = true;
            }
            let truncated = i >= MAX_WIDTH;
            let title = if truncated { "...".to_string() } else { (i + 1).to_string() };
            // matches CPython: sixteen dashes each side of the title, however wide it is
            out.push_str(&format!("{}{}+---------------- {title} ----------------\n", ctx.indent(), if i == 0 { "+-" } else { "  " }));
            ctx.depth += 1;
            if truncated {
                let more = members.len() - MAX_WIDTH;
                ctx.emit(out, &format!("and {more} more exception{}\n", if more > 1 { "s" } else { "" }), '|');
            } else {
                self.format_chain(&members[i], out, ctx);
            }
            if last && ctx.need_close {
                out.push_str(&format!("{}+------------------------------------\n", ctx.indent()));
                ctx.need_close = false;
            }
            ctx.depth -= 1;
        }
        if toplevel {
            ctx.depth = 0;
        }
    }

    /// `sys.tracebacklimit` as the interpreter's printer reads it (CPython's PyTraceBack_Print):
    /// only an int counts; at most that many innermost entries, none (and no header) for 0 or
    /// less, all for a value too large for a C long.
    fn interpreter_tb_limit(&self, style: SourceLineStyle) -> Option<usize> {
        if !matches!(style, SourceLineStyle::Interpreter) {
            return None;
        }
        let Some(Value::Module(sys)) = self.modules.borrow().get_str("sys") else { return None };
        let v = sys.dict.borrow().get_str("tracebacklimit")?;
        match v {
            Value::Int(i) => Some(i.max(0) as usize),
            Value::Bool(b) => Some(b.get() as usize),
            Value::BigInt(b) if b.sign() == num_bigint::Sign::Minus => Some(0),
            _ => None,
        }
    }

    /// The entries of `exc`'s traceback the printer shows (innermost first), after
    /// `sys.tracebacklimit`.
    fn shown_entries(&self, exc: &Rc<Instance>, style: SourceLineStyle) -> Vec<TbEntry> {
        let mut tb: Vec<TbEntry> = exc_data(exc).map(|d| d.borrow().traceback.clone()).unwrap_or_default();
        if let Some(n) = self.interpreter_tb_limit(style) {
            tb.truncate(n);
        }
        tb
    }

    /// `PyTraceBack_Print`: the "Traceback (most recent call last):" block of `exc` alone
    /// (empty without entries), as the interpreter prints it.
    pub fn format_traceback_entries(&mut self, exc: &Rc<Instance>) -> String {
        let mut out = String::new();
        let tb = self.shown_entries(exc, SourceLineStyle::Interpreter);
        if !tb.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
            let lines = self.format_entries(&tb, SourceLineStyle::Interpreter);
            push_collapsed(&mut out, &lines);
        }
        out
    }

    fn format_single(&mut self, exc: &Rc<Instance>, out: &mut String, style: SourceLineStyle) {
        let tb = self.shown_entries(exc, style);
        if !tb.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
            let lines = self.format_entries(&tb, style);
            push_collapsed(out, &lines);
        }
        out.push_str(&self.exception_line(exc, style));
    }

    /// The last line: `module.Type: message`, as the `traceback` module formats it.
    pub fn exception_only(&mut self, exc: &Rc<Instance>) -> String {
        self.exception_line(exc, SourceLineStyle::TracebackModule)
    }

    /// The last line. Only the interpreter's own printing adds "Did you mean" to an
    /// AttributeError or NameError: CPython 3.11's `traceback` module (so `print_exc()` and
    /// logging) does not.
    fn exception_line(&mut self, exc: &Rc<Instance>, style: SourceLineStyle) -> String {
        let cls = exc.class();
        let module = cls.module_name();
        let qual = cls.qualname.borrow().clone();
        let name = if module == "builtins" || module == "__main__" { qual.to_string() } else { format!("{module}.{qual}") };
        let v = Value::Instance(exc.clone());
        if let Some((location, msg)) = self.syntax_error_parts(exc) {
            return format!("{location}{name}: {msg}\n");
        }
        let msg = match self.str(&v) {
            Ok(m) => m,
            Err(_) => "<exception str() failed>".to_string(),
        };
        let is_attr_error = exc.class().is_subclass(&self.exc_class(crate::object::ExcKind::AttributeError));
        let suggestion = match (style, is_attr_error) {
            (SourceLineStyle::TracebackModule, _) => None,
            (_, true) => self.attribute_error_suggestion(exc),
            (_, false) => self.name_error_suggestion(exc),
        };
        let msg = match suggestion {
            Some(s) => format!("{msg}. Did you mean: {}?", super::repr::str_repr(&s)),
            None => msg,
        };
        let mut line = if msg.is_empty() { format!("{name}\n") } else { format!("{name}: {msg}\n") };
        let notes_attr = exc.dict.borrow().get_str("__notes__");
        // matches CPython: each item of a sequence is a note (a str's characters, a bytes'
        // ints); anything else is shown once by its repr, with no newline after it.
        let notes = match notes_attr {
            Some(Value::List(l)) => l.borrow().clone(),
            Some(Value::Tuple(t)) => t.to_vec(),
            Some(Value::Str(s)) => s.as_str().chars().map(|c| Value::str(&c.to_string())).collect(),
            Some(Value::Bytes(b)) => b.iter().map(|&x| Value::Int(i64::from(x))).collect(),
            Some(Value::None) | None => Vec::new(),
            Some(other) => {
                if let Ok(r) = self.repr(&other) {
                    line.push_str(&r);
                }
                Vec::new()
            }
        };
        for n in notes {
            if let Ok(s) = self.str(&n) {
                line.push_str(&s);
                line.push('\n');
            }
        }
        line
    }

    /// For a SyntaxError with location details: CPython's `File "f", line N` / source /
    /// caret block, and the bare message (not `str()`, which appends the location).
    fn syntax_error_parts(&mut self, exc: &Rc<Instance>) -> Option<(String, String)> {
        if !exc.class().is_subclass(&self.exc_class(crate::object::ExcKind::SyntaxError)) {
            return None;
        }
        let args = exc_data(exc)?.borrow().args.clone();
        let Some(Value::Tuple(t)) = args.get(1) else { return None };
        let int = |i: usize| match t.get(i) {
            Some(Value::Int(n)) => u32::try_from(*n).ok(),
            _ => None,
        };
        let line = int(1)?;
        let col = int(2).unwrap_or(0);
        // Only the caret rule depends on the kind: IndentationError/TabError get one caret.
        let kind = if exc.class().is_subclass(&self.exc_class(crate::object::ExcKind::IndentationError)) {
            crate::syntax::SyntaxErrorKind::IndentationError
        } else {
            crate::syntax::SyntaxErrorKind::SyntaxError
        };
        let err = crate::syntax::SyntaxError {
            kind,
            msg: String::new(),
            filename: t.first().and_then(|f| f.as_str().map(str::to_owned)).unwrap_or_else(|| "<string>".into()),
            line,
            col,
            end_line: int(4).unwrap_or(line),
            end_col: int(5).unwrap_or(col),
            text: t.get(3).and_then(|x| x.as_str().map(str::to_owned)),
        };
        let rendered = err.render();
        // Drop render()'s own last line ("SyntaxError: "); the caller writes the real one.
        let location = rendered.trim_end_matches('\n').rsplit_once('\n').map(|(a, _)| format!("{a}\n")).unwrap_or_default();
        let msg = match args.first() {
            Some(m) => self.str(m).unwrap_or_default(),
            None => String::new(),
        };
        Some((location, msg))
    }

    /// Print an uncaught exception to stderr.
    pub fn print_exception(&mut self, exc: &Rc<Instance>) {
        let text = self.format_uncaught(exc);
        self.write_error_text(&text);
    }

    /// Write the interpreter's own error text (a traceback, an unraisable report) where
    /// CPython's `PyErr_Display` writes it: to the `sys.stderr` object, so a script that
    /// replaced it (`contextlib.redirect_stderr`, a StringIO) gets the text; nothing when it is
    /// None. The native stream, after flushing stdout, while it is still `sys.__stderr__`.
    pub fn write_error_text(&mut self, text: &str) {
        let replaced = match self.modules.borrow().get_str("sys") {
            Some(Value::Module(sys)) => {
                let d = sys.dict.borrow();
                match (d.get_str("stderr"), d.get_str("__stderr__")) {
                    (Some(current), Some(original)) if current.is(&original) => None,
                    (current, _) => current,
                }
            }
            _ => None,
        };
        match replaced {
            None => {
                self.stdout.flush();
                // Through the stream's codec (`sys.stderr.reconfigure(encoding=...)`); text it
                // cannot encode under a strict handler is lost, as CPython loses it there.
                let _ = crate::modules::std_streams::write_text(self, true, text);
                self.stderr.flush();
            }
            Some(Value::None) => {}
            Some(file) => {
                self.stdout.flush();
                let written = self.call_method(&file, "write", vec![Value::string(text.to_string())]);
                if written.is_ok() {
                    let _ = self.call_method(&file, "flush", vec![]);
                }
            }
        }
    }

    /// `exc.__traceback__`: a `traceback` object for the outermost entry (None without one).
    pub fn traceback_object(&self, exc: &Rc<Instance>) -> Value {
        match exc_data(exc) {
            Some(d) if !d.borrow().traceback.is_empty() => crate::modules::traceback::tb_value(self, exc, 0),
            _ => Value::None,
        }
    }

    /// `(filename, lineno, name, formatted entry)` of one traceback entry.
    pub fn traceback_entry_of(&mut self, e: &TbEntry) -> (Rc<str>, u32, Rc<str>, String) {
        let fallback = self.linecache_line(e);
        let fl = format_entry(e, SourceLineStyle::TracebackModule, fallback.as_deref());
        let (file, line, name) = fl.key;
        (file, line, name, fl.text)
    }
}

impl Vm {
    /// The printed entries of a traceback, outermost first.
    fn format_entries(&mut self, tb: &[TbEntry], style: SourceLineStyle) -> Vec<FrameLine> {
        tb.iter()
            .rev()
            .map(|e| {
                // matches CPython 3.11: only the traceback module reads linecache (where a
                // script can register the text of `<...>` code); the interpreter's printer
                // reads files alone.
                let fallback = match style {
                    SourceLineStyle::TracebackModule => self.linecache_line(e),
                    SourceLineStyle::Interpreter => None,
                };
                format_entry(e, style, fallback.as_deref())
            })
            .collect()
    }

    /// `linecache.getline(filename, lineno)` for an entry whose code has no source text,
    /// when linecache is imported (nothing can be registered in it otherwise).
    fn linecache_line(&mut self, e: &TbEntry) -> Option<String> {
        if e.code.source.is_some() {
            return None;
        }
        let linecache = self.modules.borrow().get_str("linecache")?;
        let getline = self.getattr(&linecache, &Value::str("getline")).ok()?;
        let (file, line) = entry_position(e);
        let text = self.call(&getline, vec![Value::str(&file), Value::Int(line as i64)]).ok()?;
        let text = text.as_str()?;
        (!text.is_empty()).then(|| text.trim_end_matches(['\n', '\r']).to_string())
    }
}

/// The file name and line number an entry shows.
fn entry_position(e: &TbEntry) -> (Rc<str>, u32) {
    let code = &e.code.code;
    let loc = code.body().locations.get(e.instr as usize).copied().unwrap_or_default();
    (code.filename.clone(), if loc.line == 0 { code.first_line } else { loc.line })
}

/// How a frame's source line is shown.
#[derive(Clone, Copy)]
enum SourceLineStyle {
    /// CPython's C traceback printer (uncaught exceptions, "Exception ignored in"): the line
    /// loses its indentation but keeps trailing whitespace, which then also counts against the
    /// markers covering the whole line.
    Interpreter,
    /// The `traceback` module: the line is stripped at both ends.
    TracebackModule,
}

/// `fallback`: the line to show when the code has no source text (from linecache).
fn format_entry(e: &TbEntry, style: SourceLineStyle, fallback: Option<&str>) -> FrameLine {
    let code = &e.code.code;
    let loc = code.body().locations.get(e.instr as usize).copied().unwrap_or_default();
    let line = if loc.line == 0 { code.first_line } else { loc.line };
    let mut text = format!("  File \"{}\", line {}, in {}\n", code.filename, line, code.name);
    let orig = match e.code.source.as_deref() {
        Some(src) => line_text(src, line),
        None => fallback,
    };
    {
        if let Some(orig) = orig {
            let stripped = match style {
                SourceLineStyle::Interpreter => orig.trim_start(),
                SourceLineStyle::TracebackModule => orig.trim(),
            };
            if !stripped.trim_end().is_empty() {
                text.push_str("    ");
                text.push_str(stripped);
                text.push('\n');
                if loc.line != 0 {
                    if let Some(carets) = caret_line(orig, stripped, &loc, style) {
                        text.push_str(&carets);
                    }
                }
            }
        }
    }
    FrameLine { key: (code.filename.clone(), line, code.name.clone()), text }
}

/// CPython 3.11's `^^^`/`~~~^~~` marker line under `shown` (the displayed form of source line
/// `orig`), or None when it would cover the whole line.
///
/// Positions are display columns, as CPython 3.11.7 places them for a terminal: an East Asian
/// wide or full-width character takes two columns (`_display_width` in traceback.py).
fn caret_line(orig: &str, shown: &str, loc: &crate::bytecode::Location, style: SourceLineStyle) -> Option<String> {
    // `-X no_debug_ranges`: code keeps no column ranges, so nothing is marked.
    if crate::modules::sys::has_x_option("no_debug_ranges") {
        return None;
    }
    let chars: Vec<char> = orig.chars().collect();
    let char_off = |byte: u32| orig.get(..(byte as usize).min(orig.len())).map(|s| s.chars().count()).unwrap_or(0);
    let leading = chars.len() - orig.trim_start().chars().count();
    // matches the traceback module's quirk: it counts a line's trailing whitespace among the
    // characters stripped before it, so its markers sit that much further left.
    let shift = match style {
        SourceLineStyle::Interpreter => leading,
        SourceLineStyle::TracebackModule => chars.len() - orig.trim().chars().count(),
    };
    let start = char_off(loc.col);
    let end = if loc.end_line == loc.line { char_off(loc.end_col) } else { leading + orig.trim().chars().count() };
    if end <= start {
        return None;
    }
    let has_anchor = loc.anchor.1 > loc.anchor.0 && loc.end_line == loc.line;
    if end - start >= shown.chars().count() && !has_anchor {
        return None;
    }
    let width = |upto: usize| chars[..upto.min(chars.len())].iter().map(|&c| display_width(c)).sum::<usize>();
    let (start_w, end_w) = (width(start), width(end));
    let mut s = String::from("    ");
    s.push_str(&" ".repeat(start_w.saturating_sub(shift)));
    if has_anchor {
        let a0 = char_off(loc.anchor.0).clamp(start, end);
        let a1 = char_off(loc.anchor.1).clamp(a0, end);
        let (a0, a1) = match style {
            SourceLineStyle::TracebackModule if chars.get(a0) != Some(&'[') => {
                let (l, r) = module_operator_anchor(&chars[start..end], a0 - start, a1 - a0);
                (start + l, start + r)
            }
            _ => (a0, a1),
        };
        let (a0_w, a1_w) = (width(a0).clamp(start_w, end_w), width(a1).clamp(start_w, end_w));
        s.push_str(&"~".repeat(a0_w.saturating_sub(start_w)));
        s.push_str(&"^".repeat(a1_w.saturating_sub(a0_w)));
        s.push_str(&"~".repeat(end_w.saturating_sub(a1_w.max(a0_w))));
    } else {
        s.push_str(&"^".repeat(end_w - start_w));
    }
    s.push('\n');
    Some(s)
}

/// Columns a character takes on a terminal, as CPython 3.11's traceback counts them: two for
/// East Asian wide (W) and full-width (F) characters, one for the rest.
fn display_width(c: char) -> usize {
    if c.is_ascii() {
        return 1;
    }
    match crate::text::unicode_data::east_asian_width(c) {
        "W" | "F" => 2,
        _ => 1,
    }
}

/// The operator anchor of a binary operation in `segment` (the failing expression's
/// characters) as CPython 3.11's traceback module computes it: it adds the left operand's end
/// as a UTF-8 byte offset to a character count, walks the segment by characters from there and
/// converts the result back as if it were a byte offset. For ASCII source that is the operator
/// itself; after a multi-byte character the markers land where CPython's do, off the operator.
/// `op_at`/`op_len`: the operator's character offset in the segment and its length.
fn module_operator_anchor(segment: &[char], op_at: usize, op_len: usize) -> (usize, usize) {
    let mut left: usize = segment[..op_at.min(segment.len())].iter().map(|c| c.len_utf8()).sum();
    let mut right = left + op_len.max(1);
    while left < segment.len() && (segment[left].is_whitespace() || matches!(segment[left], ')' | '#')) {
        left += 1;
        right += 1;
    }
    // `len(segment.encode()[:offset].decode(errors="replace"))`: every character that starts
    // before the offset counts, a cut one as its replacement character.
    let chars_before = |offset: usize| {
        let mut byte = 0;
        segment.iter().take_while(|c| {
            let starts_before = byte < offset;
            byte += c.len_utf8();
            starts_before
        }).count()
    };
    (chars_before(left), chars_before(right))
}

/// Print frame lines, collapsing runs of more than three identical ones like CPython.
fn push_collapsed(out: &mut String, lines: &[FrameLine]) {
    let mut i = 0;
    while i < lines.len() {
        let mut j = i + 1;
        while j < lines.len() && lines[j].key == lines[i].key {
            j += 1;
        }
        let run = j - i;
        for l in &lines[i..i + run.min(3)] {
            out.push_str(&l.text);
        }
        if run > 3 {
            let more = run - 3;
            out.push_str(&format!(
                "  [Previous line repeated {} more time{}]\n",
                more,
                if more == 1 { "" } else { "s" }
            ));
        }
        i = j;
    }
}
