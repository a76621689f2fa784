# bytes % args (PEP 461).
print(b"%d-%s" % (3, b"x"))
print(b"%r %a" % ("\xe9", b"q"))
print(b"%x %X %o %#x %5.2f %e %c %c" % (255, 255, 8, 255, 3.14159, 12345.678, 65, b"z"))
print(b"%(a)s=%(b)d" % {b"a": b"k", b"b": 4})
print(bytearray(b"%s!") % bytearray(b"hi"))
print(b"[%5s|%-5s|%.2s]" % (b"ab", b"cd", b"efgh"))
print(b"%b" % bytearray(b"ba"), b"%%" % (), b"%s" % b"one")
print(b"%+05d %i %u" % (42, True, 7))


class B:
    def __bytes__(self):
        return b"custom"


print(b"<%s>" % B())
for fmt, args in [
    (b"%s", "str"),
    (b"%d", "x"),
    (b"%c", 300),
    (b"%c", "a"),
    (b"%c", b"ab"),
    (b"%s %s", (1,)),
    (b"%s", (b"a", b"b")),
    (b"%z", 1),
    (b"%b", 3),
    (b"%(k)s", (1,)),
    (b"%x", 1.5),
    (b"%f", "1"),
]:
    try:
        print(fmt % args)
    except Exception as e:
        print(type(e).__name__, e)
