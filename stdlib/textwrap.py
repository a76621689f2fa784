"""Text wrapping and filling (`wrap`, `fill`, `shorten`, `dedent`, `indent`), with CPython's
greedy line filling, whitespace handling and placeholder rules."""

import re

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_whitespace = '\t\n\x0b\x0c\r '


def _is_letter(c):
    # A word character that is not a digit (the regex class [^\d\W]).
    return (c.isalnum() or c == '_') and not c.isdecimal()


def _is_word_punct(c):
    return c.isalnum() or c in '_!"\'&.,?'


def _dash_run_end(word, i):
    """End of the run of hyphens starting at i when it is an em-dash: two or more hyphens
    followed by a word character; else None."""
    j = i
    while j < len(word) and word[j] == '-':
        j += 1
    if j - i >= 2 and j < len(word) and (word[j].isalnum() or word[j] == '_'):
        return j
    return None


def _hyphen_pieces(word):
    """Cut a whitespace-free word as CPython's TextWrapper.wordsep_re does: after a hyphen
    with two letters (or letter-hyphen-letter) before it and two letters (one hyphen
    allowed between) after it, so "e-mail" stays whole but "well-known" is "well-" +
    "known"; and an em-dash ("--", "---") after a word and before a word is a piece of its
    own."""
    pieces = []
    n = len(word)
    start = 0
    letter = _is_letter
    while start < n:
        if start > 0 and _is_word_punct(word[start - 1]):
            dash_end = _dash_run_end(word, start)
            if dash_end is not None:
                pieces.append(word[start:dash_end])
                start = dash_end
                continue
        end = start + 1
        while end < n:
            if word[end] == '-':
                before = ((end >= 2 and letter(word[end - 2]) and letter(word[end - 1]))
                          or (end >= 3 and letter(word[end - 3]) and word[end - 2] == '-'
                              and letter(word[end - 1])))
                after = (end + 2 < n and letter(word[end + 1])
                         and (letter(word[end + 2])
                              or (word[end + 2] == '-' and end + 3 < n and letter(word[end + 3]))))
                if before and after:
                    end += 1
                    break
            if _is_word_punct(word[end - 1]) and _dash_run_end(word, end) is not None:
                break
            end += 1
        pieces.append(word[start:end])
        start = end
    return pieces


class TextWrapper:
    # Chunks: runs of whitespace, and words; with break_on_hyphens a word is also cut after
    # a hyphen inside a hyphenated word and around an em-dash (see _hyphen_pieces).
    _ws_chunks = re.compile(r'([\t\n\x0b\x0c\r ]+)')

    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate({ord(c): ' ' for c in _whitespace})
        return text

    def _split(self, text):
        chunks = []
        for piece in self._ws_chunks.split(text):
            if not piece:
                continue
            if self.break_on_hyphens and not piece[0] in _whitespace:
                chunks.extend(_hyphen_pieces(piece))
            else:
                chunks.append(piece)
        return chunks

    def _fix_sentence_endings(self, chunks):
        i = 0
        ending = re.compile(r'[a-z][\.\!\?][\"\']?\Z')
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and ending.search(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]
            while chunks:
                n = len(chunks[-1])
                if cur_len + n <= width:
                    cur_line.append(chunks.pop())
                    cur_len += n
                else:
                    break
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if not cur_line:
                continue
            last_fits = (not chunks or self.drop_whitespace and len(chunks) == 1
                         and not chunks[0].strip()) and cur_len <= width
            if self.max_lines is None or len(lines) + 1 < self.max_lines or last_fits:
                lines.append(indent + ''.join(cur_line))
                continue
            while cur_line:
                if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                    cur_line.append(self.placeholder)
                    lines.append(indent + ''.join(cur_line))
                    break
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            else:
                if lines:
                    prev = lines[-1].rstrip()
                    if len(prev) + len(self.placeholder) <= self.width:
                        lines[-1] = prev + self.placeholder
                        break
                lines.append(indent + self.placeholder.lstrip())
            break
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def dedent(text):
    """Remove the whitespace prefix common to every non-blank line; blank lines become empty."""
    lines = text.split('\n')
    lines = ['' if not line.strip(' \t') else line for line in lines]
    margin = None
    for line in lines:
        if not line:
            continue
        prefix = line[:len(line) - len(line.lstrip(' \t'))]
        if margin is None:
            margin = prefix
        elif prefix.startswith(margin):
            pass
        elif margin.startswith(prefix):
            margin = prefix
        else:
            k = 0
            while k < len(margin) and k < len(prefix) and margin[k] == prefix[k]:
                k += 1
            margin = margin[:k]
    if margin:
        lines = [line[len(margin):] if line else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Add prefix to the lines for which predicate is true (default: not whitespace only)."""
    if predicate is None:
        def predicate(line):
            return line.strip()
    return ''.join(prefix + line if predicate(line) else line for line in text.splitlines(True))
