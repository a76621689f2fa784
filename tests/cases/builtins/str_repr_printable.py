# repr() of a str escapes exactly the characters str.isprintable() rejects (format chars,
# unassigned and private-use code points, separators other than the space).
for c in ["\U000e0001", "\u0378", "\u00ad", "\u2028", "\u200b", "\ue000", "\U000f0000", "\u3000",
          "\u00a0", "\u061c", "\U0001f600", "\u0300", "é", "\x7f", "\x85"]:
    print(repr(c), ascii(c), c.isprintable())
