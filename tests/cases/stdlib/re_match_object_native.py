# re.Match as CPython's C type: group access in every form, the argument checks and their
# messages, the read-only attributes, and that the type can be neither built nor subclassed.
import copy
import re

m = re.match(r"(?P<word>\w+)-(\d+)(x)?", "abc-123 rest")
checks = [
    "m.group()", "m.group(0, 'word', 3)", "m.group(True)", "m[2]", "m['word']",
    "m.groups()", "m.groups('-')", "m.groups(default='d')", "m.groupdict()", "m.groupdict('z')",
    "m.start(), m.end(), m.span()", "m.span(3)", "m.start(2)", "m.end('word')",
    "m.lastindex", "m.lastgroup", "m.regs", "m.pos", "m.endpos", "m.re", "m.string",
    "type(m)", "type(m).__qualname__", "type(m).__module__", "isinstance(m, re.Match)",
    "re.Match[str]", "copy.copy(m) is m", "copy.deepcopy(m) is m", "bool(m)", "str(m)",
    "m.expand(r'\\2:\\1:\\g<word>')", "m.group(*[])",
    # errors
    "m.group(g=1)", "m.groups(1, 2)", "m.groups(x=1)", "m.groupdict(1, 2)", "m.start(1, 2)",
    "m.start(g=1)", "m.span(5)", "m.end('nope')", "m.group(1.5)", "m.group(-1)", "m.group(2**70)",
    "m.expand()", "m.expand(1)", "m.__copy__(1)", "m.__deepcopy__()", "re.Match()", "m[1:2]",
    "m.foo", "len(m)", "re.Match.group(1)", "m.__dict__",
]
for c in checks:
    try:
        print(c, "->", repr(eval(c)))
    except Exception as e:
        print(c, "!!", type(e).__name__, e)

try:
    class M(re.Match):
        pass
except TypeError as e:
    print("subclass:", e)

# lastindex/lastgroup: the group that closed last
for pat, s in [(r"(a)(b)?", "ab"), (r"((a)b)", "ab"), (r"(?P<x>a)|(?P<y>b)", "b"), (r"a", "a"), (r"(a)|b", "b")]:
    mm = re.match(pat, s)
    print(pat, mm.lastindex, mm.lastgroup, mm.regs)

# bytes and bytearray subjects give bytes; pos/endpos and their checks
print(re.match(b"(a)(b)?", bytearray(b"ab")).group(1, 2))
print(re.search(rb"\d+", b"ab 12 cd"))
p = re.compile(r"(a)")
print(p.match("baaa", 1, 3), p.search("baaa", -5, 99), p.fullmatch("a", 0, 1), p.match("baaa", 3, 2))
for call in ["p.match('aaa', 1.5)", "p.match('aaa', 1, 'x')", "re.match('a', None)",
             "re.match('a', b'a')", "re.match(b'a', 'a')", "p.search(['a'])"]:
    try:
        print(call, "->", eval(call))
    except TypeError as e:
        print(call, "!!", e)

class Idx:
    def __index__(self):
        return 1
print(p.match("ba", Idx()), m.group(Idx()))

class S(str):
    pass
sm = re.search(r"b+", S("abbc"))
print(type(sm.string).__name__, type(sm.group()).__name__, sm.group())
whole = "whole"
print(re.match(r"\w+", whole).group() is whole)

# finditer and sub with a function get Match objects too
print([(mi.span(), mi.group(1)) for mi in re.finditer(r"(\d)", "a1b2")])
print(re.sub(r"(\d)", lambda mi: f"<{mi.group(1)}{mi.lastindex}>", "a1b2"))
print(re.sub(r"(?P<n>\d)", r"[\g<n>]", "x9"))
