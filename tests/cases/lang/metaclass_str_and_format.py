# str() and format() of a class go through its metaclass's __str__ and __format__; a plain
# class formats as its str and refuses a non-empty spec with type's message.
class Labelled(type):
    def __str__(cls):
        return f"<<{cls.__name__}>>"

    def __format__(cls, spec):
        return f"{cls.__name__}:{spec or 'plain'}"


class Widget(metaclass=Labelled):
    pass


class Plain:
    pass


for expr in ["str(Widget)", "repr(Widget)", "f'{Widget}'", "f'{Widget:wide}'", "format(Widget, 'q')",
             "'{:z}'.format(Widget)", "'%s' % Widget", "str(Widget) + '!'", "format(Plain)",
             "format(Plain, 'x')", "f'{int!s:>20}|'", "format(int, '')"]:
    try:
        print(expr, "->", eval(expr))
    except TypeError as e:
        print(expr, "-> TypeError:", e)
print(Widget)
