# A str/bytes subclass overriding __rmod__ gets `fmt % obj` first, as CPython's reflected
# operator rule for subclasses; other right operands are formatted by the str.
class Template(str):
    def __rmod__(self, other):
        return f"Template.__rmod__({other!r})"


class Raw(bytes):
    def __rmod__(self, other):
        return "Raw.__rmod__"


class Plain(str):
    pass


class NotStr:
    def __rmod__(self, other):
        return "never called"


print("%s" % Template("x"), "value: %s" % Plain("p"), "%s" % NotStr() != "never called")
print(b"%s" % Raw(b"r"), "%r" % (Template("t"),), Template("a %s") % 1)
