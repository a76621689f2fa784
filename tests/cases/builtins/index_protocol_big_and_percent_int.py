# __index__ results beyond 64 bits are kept by hex/oct/bin and %x/%d; %d/%i/%u convert any
# number as int() does (an object with only __int__) and turn a TypeError from
# the conversion into the format's own message; a sequence index that does not fit names the
# key's type.
class Index:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class OnlyInt:
    def __int__(self):
        return 42


class OnlyFloat:
    def __float__(self):
        return 2.5


class Raising:
    def __index__(self):
        raise ValueError("no index today")


big = Index(2**70)
cases = [
    "hex(big)", "oct(big)", "bin(Index(-5))", "hex(Index(1.5))", "hex(Raising())",
    "'%x' % big", "'%o' % Index(8)", "'%d' % big", "'%i' % Index(-3)",
    "'%d' % Index(1.5)", "'%x' % 3.5", "'%d' % 3.5", "'%d' % (2+1j)", "'%d' % '5'",
    "'%d' % OnlyInt()",
    "'%x' % OnlyInt()", "'%d' % OnlyFloat()", "'%d' % Raising()", "'%5d|%-5d|' % (Index(7), True)",
    "[1, 2, 3][big]", "[1, 2, 3][Index(-1)]", "'abc'[Index(2**80)]", "range(10)[big]",
]
for expr in cases:
    try:
        print(expr, "->", eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__, e)
