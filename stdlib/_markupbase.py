"""_markupbase.ParserBase: position tracking and the comment / marked-section scanners that
html.parser.HTMLParser builds on (CPython's internal base class)."""

import re

_declname_match = re.compile(r'[a-zA-Z][-_.a-zA-Z0-9]*\s*').match
_commentclose = re.compile(r'--\s*>')
_markedsectionclose = re.compile(r']\s*]\s*>')
# MS Office conditional sections: <![if ...]> ... <![endif]>
_msmarkedsectionclose = re.compile(r']\s*>')


class ParserBase:
    """Parser base class which provides some common support methods used
    by the SGML/HTML and XHTML parsers."""

    def __init__(self):
        if self.__class__ is ParserBase:
            raise RuntimeError("_markupbase.ParserBase must be subclassed")

    def reset(self):
        self.lineno = 1
        self.offset = 0

    def getpos(self):
        """Return current line number and offset."""
        return self.lineno, self.offset

    def updatepos(self, i, j):
        """Advance the line/offset position over rawdata[i:j]; returns j."""
        if i >= j:
            return j
        rawdata = self.rawdata
        nlines = rawdata.count("\n", i, j)
        if nlines:
            self.lineno = self.lineno + nlines
            self.offset = j - (rawdata.rindex("\n", i, j) + 1)
        else:
            self.offset = self.offset + j - i
        return j

    def parse_marked_section(self, i, report=1):
        """<![name ... ]]> (or MS Office's <![if ...]>); the end, or -1 when incomplete."""
        rawdata = self.rawdata
        name, j = self._scan_name(i + 3, i)
        if j < 0:
            return j
        if name in {"temp", "cdata", "ignore", "include", "rcdata"}:
            match = _markedsectionclose.search(rawdata, i + 3)
        elif name in {"if", "else", "endif"}:
            match = _msmarkedsectionclose.search(rawdata, i + 3)
        else:
            raise AssertionError('unknown status keyword %r in marked section'
                                 % rawdata[i + 3:j])
        if not match:
            return -1
        if report:
            self.unknown_decl(rawdata[i + 3:match.start(0)])
        return match.end(0)

    def parse_comment(self, i, report=1):
        """<!-- ... -->; the end, or -1 when incomplete."""
        rawdata = self.rawdata
        if rawdata[i:i + 4] != '<!--':
            raise AssertionError('unexpected call to parse_comment()')
        match = _commentclose.search(rawdata, i + 4)
        if not match:
            return -1
        if report:
            self.handle_comment(rawdata[i + 4:match.start(0)])
        return match.end(0)

    def _scan_name(self, i, declstartpos):
        """(lowercased name at i, position after it and its spaces); (None, -1) at the end
        of the buffer."""
        rawdata = self.rawdata
        n = len(rawdata)
        if i == n:
            return None, -1
        m = _declname_match(rawdata, i)
        if m:
            s = m.group()
            if i + len(s) == n:
                return None, -1
            return s.strip().lower(), m.end()
        self.updatepos(declstartpos, i)
        raise AssertionError("expected name token at %r"
                             % rawdata[declstartpos:declstartpos + 20])

    def unknown_decl(self, data):
        pass
