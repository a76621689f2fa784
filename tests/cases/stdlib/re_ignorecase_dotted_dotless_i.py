# re.IGNORECASE joins i, I, U+0130 (dotted capital I) and U+0131 (dotless small i) as
# CPython does, in literals and in classes; ASCII mode and bytes patterns do not.
import re

chars = "iI\u0130\u0131kK\u212asS\u017f"
for p in ["i", "I", "\u0130", "\u0131", "[a-z]", "[A-Z]", "[^i]", "[h-j]", "[^a-z]",
          "[\u0130]", "[x\u0131]", "k", "s", "[\u0100-\u0200]", "\\x69", "(?-i:i)"]:
    print(repr(p), [c for c in chars if re.fullmatch("(?i)" + p, c)],
          [c for c in chars[:4] if re.fullmatch("(?ia)" + p, c)])
print(re.findall("istanbul", "İSTANBUL Istanbul ıstanbul", re.I))
print(re.sub("(?i)diyarbakir", "X", "DİYARBAKIR diyarbakır"))
print(re.findall(b"(?i)i", b"iI\xc4\xb0"))
