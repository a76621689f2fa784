"""re.Scanner: the undocumented lexer helper. Each (pattern, action) phrase becomes one
alternative of a single pattern; a match's last closed outer group tells which phrase won."""

from re import compile as _compile_re


class Scanner:
    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        parts = []
        self._phrase_of_group = {}
        group = 1
        for index, (phrase, _action) in enumerate(lexicon):
            # the phrase's own groups come after its wrapping group
            inner = _compile_re(phrase, flags).groups
            self._phrase_of_group[group] = index
            parts.append('(' + phrase + ')')
            group += 1 + inner
        self.scanner = _compile_re('|'.join(parts), flags)

    def scan(self, string):
        result = []
        pos = 0
        match = self.scanner.match
        while True:
            m = match(string, pos)
            if not m:
                break
            end = m.end()
            if end == pos:
                break  # an empty match would never advance
            action = self.lexicon[self._phrase_of_group[m.lastindex]][1]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                result.append(action)
            pos = end
        return result, string[pos:]
