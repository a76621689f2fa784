# re checks its subject's type first (CPython's getstring: 're.match(p, None)' is 'expected string or bytes-like object, got ...'), even for finditer before iterating; pos/endpos must be integers; groups of a bytearray subject are bytes. timedelta divided by a zero number is CPython's integer ZeroDivisionError.
import re, datetime
for f in [lambda: re.match("a", None), lambda: re.search(r"\d", 5), lambda: re.findall("a", None), lambda: re.sub("a", "b", None), lambda: re.split(",", 1), lambda: re.fullmatch(b"a", "a"), lambda: re.match("a", b"a"),
          lambda: re.finditer("a", None), lambda: list(re.finditer("a", 3)), lambda: re.subn("a", "", 1), lambda: re.compile("a").match("aaa", 1, "x"), lambda: re.compile("a").match("aaa", 1, 2)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
t = datetime.timedelta(1)
for f in [lambda: t / 0, lambda: t // 0, lambda: t / 0.0, lambda: t / datetime.timedelta(0), lambda: t // datetime.timedelta(0), lambda: t % datetime.timedelta(0), lambda: divmod(t, datetime.timedelta(0)), lambda: t / 2, lambda: t / 0.5]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print(re.split(b',', b), re.findall(b'(a)', b), re.sub(b'a', b'x', b), re.subn(b'a', b'x', b), re.sub(b'z', b'x', b), re.split(b'z', b), re.match(b'a', b).string, re.match(b'(a)', b).groups(), re.match(b'(?P<q>a)', b).groupdict(), re.match(b'a', b).expand(b'\\g<0>'))
print(re.search(b'a', b), re.match(b'a', b).group(0), [m.group() for m in re.finditer(b'[ab]', b)])
