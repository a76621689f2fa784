import re
t = "hello world héllo " * 3
print(re.findall(r"\w+", t), re.findall(r"(h)(é|e)", t), re.findall(r"x*", "axbxx"), re.findall(r"(a)|b", "ab"))
print(re.sub("o", "0", t), re.subn(r"l+", lambda m: m.group().upper(), t, count=2), re.sub("", "-", "abc"), re.sub("x*", "-", "abxd"))
print(re.split(r"\s+", t), re.split(r"(\s)", "a b c", maxsplit=1), re.split("x*", "axbc"), re.split(r"\b", "a b"))
print(re.findall(rb"\d+", b"a12b345"), re.sub(rb"\d", b"#", bytearray(b"a1b2")), re.compile(r"\w").findall("abcdef", 2, 4))
print(re.sub(r"(?P<w>\w+)", r"[\g<w>]", "ab cd"), re.subn("a", "b", "aaa", count=2))
print(re.findall(r"^\w", "ab\ncd", re.M), re.findall(r"(?i)H", t))
try:
    re.sub("a", 5, "a")
except TypeError as e:
    print(e)
