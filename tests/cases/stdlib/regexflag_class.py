# re.RegexFlag as a class: its members as attributes, iteration, lookup by name, repr.
import re
print(re.I, re.I | re.M, repr(re.DOTALL), type(re.I), re.I.value)
print(re.compile("a", re.I | re.S).flags, re.compile("a", re.I).flags)
print(re.RegexFlag.IGNORECASE, re.RegexFlag.I, re.RegexFlag.NOFLAG, re.RegexFlag['DOTALL'])
print(list(re.RegexFlag), len(re.RegexFlag))
print(re.I in re.RegexFlag, re.RegexFlag(16), re.RegexFlag)
print(re.search("a.b", "A\nB", re.I | re.S))
print(re.I | 0, ~re.I, re.I & re.I, re.I.name, (re.I|re.M).name)
print(re.compile("x", re.VERBOSE))
print(re.compile("x", re.I | re.M))
