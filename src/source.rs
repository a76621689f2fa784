//! Source text bookkeeping: maps byte offsets to 1-based lines and 0-based columns, and fetches lines.

/// Line starts of one source text, for turning byte offsets into (line, column).
#[derive(Clone, Debug)]
pub struct LineIndex {
    line_starts: Vec<u32>,
    len: u32,
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let mut line_starts = vec![0u32];
        for (i, b) in text.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i as u32 + 1);
            }
        }
        LineIndex { line_starts, len: text.len() as u32 }
    }

    /// 1-based line number containing byte `offset`.
    pub fn line_of(&self, offset: u32) -> u32 {
        let offset = offset.min(self.len);
        match self.line_starts.binary_search(&offset) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }

    /// (1-based line, 0-based byte column) of `offset`.
    pub fn line_col(&self, offset: u32) -> (u32, u32) {
        let line = self.line_of(offset);
        let start = self.line_starts[(line - 1) as usize];
        (line, offset.min(self.len) - start)
    }

    /// Byte offset where 1-based `line` starts (end of text past the last line).
    pub fn line_start(&self, line: u32) -> u32 {
        self.line_starts.get(line.saturating_sub(1) as usize).copied().unwrap_or(self.len)
    }

    pub fn line_count(&self) -> u32 {
        self.line_starts.len() as u32
    }
}

/// The text of 1-based `line` without its line terminator, or None past the end.
pub fn line_text(text: &str, line: u32) -> Option<&str> {
    if line == 0 {
        return None;
    }
    text.split('\n').nth(line as usize - 1).map(|l| l.strip_suffix('\r').unwrap_or(l))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_map_to_lines_and_columns() {
        let idx = LineIndex::new("ab\ncd\n\nef");
        assert_eq!(idx.line_col(0), (1, 0));
        assert_eq!(idx.line_col(4), (2, 1));
        assert_eq!(idx.line_col(6), (3, 0));
        assert_eq!(idx.line_col(8), (4, 1));
        assert_eq!(line_text("ab\ncd\r\n", 2), Some("cd"));
    }
}

/// A module's source text, kept for the source lines of tracebacks. The embedded standard
/// library's text is the binary's own (`frozen`), held without a copy; any other text is a
/// shared string.
#[derive(Clone)]
pub enum SourceText {
    Embedded(&'static str),
    Shared(std::rc::Rc<str>),
}

impl std::ops::Deref for SourceText {
    type Target = str;

    fn deref(&self) -> &str {
        match self {
            SourceText::Embedded(s) => s,
            SourceText::Shared(s) => s,
        }
    }
}

impl From<&str> for SourceText {
    /// A copy of `text` (use `SourceText::Embedded` for the binary's own static text).
    fn from(text: &str) -> SourceText {
        SourceText::Shared(std::rc::Rc::from(text))
    }
}
