# Subclassing ExceptionGroup with its own __new__ (the pattern the docs show), the checks
# BaseExceptionGroup.__new__ makes, and except* clauses naming non-exception types.
import traceback


class Errors(ExceptionGroup):
    def __new__(cls, message, excs, code):
        obj = super().__new__(cls, message, excs)
        obj.code = code
        return obj

    def derive(self, excs):
        return Errors(self.message, excs, self.code)


eg = Errors("batch", [ValueError(1), TypeError(2)], 101)
print(repr(eg), eg.code, eg.args, eg.message, eg.exceptions)
match, rest = eg.split(ValueError)
print(repr(match), match.code, repr(rest), rest.code)
try:
    raise eg
except* ValueError as group:
    print("caught", repr(group), group.code)
except* TypeError as group:
    print("caught", repr(group), group.code)


class WithInit(ExceptionGroup):
    def __init__(self, message, excs, extra):
        super().__init__(message, excs)
        self.extra = extra


try:
    WithInit("m", [ValueError()], 5)
except TypeError as e:
    print("WithInit:", e)

bad_calls = [
    lambda: ExceptionGroup("m"),
    lambda: ExceptionGroup("m", [ValueError()], 3),
    lambda: ExceptionGroup(1, [ValueError()]),
    lambda: ExceptionGroup("m", 5),
    lambda: ExceptionGroup("m", []),
    lambda: ExceptionGroup("m", [ValueError(), 3]),
    lambda: ExceptionGroup("m", [KeyboardInterrupt()]),
    lambda: Errors("m", [KeyboardInterrupt()], 1),
    lambda: ExceptionGroup("m", excs=[ValueError()]),
]
for call in bad_calls:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
g = BaseExceptionGroup("mixed", [ValueError(), KeyboardInterrupt()])
print(type(g).__name__, type(BaseExceptionGroup("plain", (ValueError(),))).__name__)
print(repr(BaseExceptionGroup("t", (ValueError(),))))

for exc in (ValueError("x"), ExceptionGroup("g", [ValueError("y")])):
    for types in ("42", "(ValueError, 42)", "ExceptionGroup"):
        try:
            try:
                raise exc
            except* eval(types):
                pass
        except TypeError as err:
            print(types, "->", err)

try:
    raise Errors("uncaught", [ValueError("a")], 7)
except Errors:
    traceback.print_exc()
