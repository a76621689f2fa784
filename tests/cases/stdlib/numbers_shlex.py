# numbers ABCs (int Integral, float Real, Fraction Rational) and shlex split/quote/join.
import numbers
from fractions import Fraction
for v in [1, True, 2.5, Fraction(1, 3), "x", None]:
    print(repr(v), [c.__name__ for c in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral) if isinstance(v, c)])
print(issubclass(int, numbers.Number), issubclass(float, numbers.Integral), issubclass(bool, numbers.Integral))
def total(*xs):
    if not all(isinstance(x, numbers.Number) for x in xs):
        raise TypeError("numbers only")
    return sum(xs)
print(total(1, 2.5, Fraction(1, 2)))
try: numbers.Integral()
except TypeError as e: print(str(e)[:60])
class MyNum(numbers.Real):
    pass
try: MyNum()
except TypeError as e: print(str(e)[:50])
import shlex
for s in ['ls -l "my file.txt"', "echo 'single quoted' plain", r'a\ b c\"d', 'x "a \\" b" y', "''", 'a#b # c', 'mixed"quo"ted', '  spaced   out  ', 'tab\there', r'"esc \n kept"']:
    print(shlex.split(s))
print(shlex.split("a # comment\nb", comments=True))
for bad in ['"open', "'open", "trail\\"]:
    try: shlex.split(bad)
    except ValueError as e: print(e)
print(shlex.quote("safe-name.txt"), shlex.quote("has space"), shlex.quote("it's"), shlex.quote(""), shlex.join(["cp", "a b", "c"]))
