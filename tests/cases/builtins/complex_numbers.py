# complex: literals, construction, repr/str/format, arithmetic, comparison, hashing, errors, cmath.
import cmath
import copy
import math


def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


print("-- literals and repr")
print(3 + 4j, 1j, -1j, 4j, 1.5j, 1e3j, 0j, -0j, 1J)
print(type(1j), type(1j).__name__, isinstance(1j, complex), isinstance(1.0, complex))
print(repr(complex(-0.0, -1)), (1.5 - 2.25j), complex(float("nan"), float("inf")))
print(complex(1e16, 1e-5), complex(1, -0.0), complex(-1.5, 0), complex(2, float("-inf")))
print(str(1 + 2j), "%s %r" % (1j, 2 + 1j), "{} {!r:>10}".format(1j, 1 - 1j), [1j, 2 + 0j], (1j,))

print("-- construction")
print(complex(), complex(1), complex(2.5), complex(True), complex(1, 2), complex(1.5, -2))
print(complex(real=1, imag=2), complex(imag=3), complex(1j, 1j), complex(1 + 2j, 3), complex(2, 1j))
for s in ["1+2j", " ( 1-2.5j ) ", "-j", "+J", "1e5j", "1e-5+1e+5j", "(3)", "  7-j  ", "infj",
          "-nan", "inf-infj", "1_000+2_0j", "-1.5e-3+4J", ".5j", "5.j"]:
    print(repr(s), "->", complex(s))


class WithComplex:
    def __complex__(self):
        return 3 + 4j


class WithFloat:
    def __float__(self):
        return 2.5


class WithIndex:
    def __index__(self):
        return 7


print(complex(WithComplex()), complex(WithFloat()), complex(WithIndex()), complex(1, WithFloat()))


class MyComplex(complex):
    pass


mc = MyComplex(1, 2)
print(type(mc).__name__, mc, mc + 1, isinstance(mc, complex), mc.real, mc.imag, mc == 1 + 2j)

for label, f in [
    ("complex('')", lambda: complex("")),
    ("complex('1 + 2j')", lambda: complex("1 + 2j")),
    ("complex('1e')", lambda: complex("1e")),
    ("complex('j1')", lambda: complex("j1")),
    ("complex('1++2j')", lambda: complex("1++2j")),
    ("complex('(1+2j')", lambda: complex("(1+2j")),
    ("complex([])", lambda: complex([])),
    ("complex(None)", lambda: complex(None)),
    ("complex(b'1')", lambda: complex(b"1")),
    ("complex(1, [])", lambda: complex(1, [])),
    ("complex('1', 2)", lambda: complex("1", 2)),
    ("complex(1, '2')", lambda: complex(1, "2")),
    ("complex('1', imag=2)", lambda: complex("1", imag=2)),
    ("complex(x=1)", lambda: complex(x=1)),
    ("complex(1, 2, 3)", lambda: complex(1, 2, 3)),
]:
    attempt(label, f)

print("-- attributes")
z = 1 + 2j
print(z.real, z.imag, type(z.real).__name__, z.conjugate(), (3 - 4j).conjugate(), abs(3 + 4j), abs(-2j))
print(bool(0j), bool(1j), bool(complex(0, -0.0)), bool(1 + 0j), not 0j)
print(hash(1 + 0j) == hash(1), hash(1.5 + 0j) == hash(1.5), hash(0j) == hash(0), hash(-1 + 0j))
print(hash(1.5 - 2j), hash(1j), hash(complex(1, 1)), hash(complex(-2.5, 1e10)))
print({1j: "a", 1 + 0j: "b", 2: "c"}[1], {2 + 0j: "x"}.get(2), 1 in {1 + 0j}, 1j in [2, 1j])
print(copy.copy(1 + 2j), copy.deepcopy([1j]), (1 + 2j).__getnewargs__(), (1 + 2j).__complex__())

print("-- arithmetic")
print(z + 1, 1 + z, z + 0.5, z + True, z + z, z - 1, 1 - z, z - z, 2.5 - z)
print(z * 2, 2.5 * z, z * z, z * 1j, 1j * 1j, -z, +z, -(0j), -(1 - 1j))
print(z / 2, 1 / z, z / 0.5, 5 / (1 + 1j), (1 + 2j) / (3 - 4j), (1e308 + 1e308j) / (1e308 + 1e308j))
print(z ** 2, 1j ** 2, (1 + 1j) ** -2, (1 + 2j) ** 3, 2 ** z, z ** 0.5, 2 ** 0.5j, 1j ** 1j)
print((1 + 2j) ** 2.5, 10 ** 1j, 0j ** 0, 0j ** 0j, 0j ** 2, (-8) ** (1 / 3), (-1) ** 0.5, (2 + 0j) ** 100)
print(sum([1j, 2, 0.5]), pow(1j, 3), 10 ** 400 * 0 + 1j, 2 ** 60 + 0j)
w = 1 + 1j
w += 1
w *= 2j
w -= 1
w /= 2
w **= 2
print(w)

print("-- comparison")
print(z == 1 + 2j, z != 1, (1 + 0j) == 1, (1 + 0j) == 1.0, 1 == (1 + 0j), 1.0 != (1 + 0j))
print(z == "x", z != None, 2 ** 53 + 1 == complex(2 ** 53 + 1), complex(float("nan")) == complex(float("nan")))
for label, f in [
    ("1j < 1j", lambda: 1j < 1j),
    ("1j < 1", lambda: 1j < 1),
    ("1j >= 1.5", lambda: 1j >= 1.5),
    ("2 > 1j", lambda: 2 > 1j),
    ("max(1j, 2j)", lambda: max(1j, 2j)),
    ("sorted([1j, 2j])", lambda: sorted([1j, 2j])),
]:
    attempt(label, f)

print("-- errors")
z_list = [1, 2]
for label, f in [
    ("1j // 2", lambda: 1j // 2),
    ("1j % 2", lambda: 1j % 2),
    ("2 // 1j", lambda: 2 // 1j),
    ("2.0 % 1j", lambda: 2.0 % 1j),
    ("divmod(1j, 2)", lambda: divmod(1j, 2)),
    ("1j / 0", lambda: 1j / 0),
    ("1 / 0j", lambda: 1 / 0j),
    ("1j / 0.0", lambda: 1j / 0.0),
    ("0j ** -1", lambda: 0j ** -1),
    ("0j ** 1j", lambda: 0j ** 1j),
    ("0j ** -1.5", lambda: 0j ** -1.5),
    ("(1e300+1j) ** 2", lambda: (1e300 + 1j) ** 2),
    ("pow(1j, 2, 3)", lambda: pow(1j, 2, 3)),
    ("~1j", lambda: ~1j),
    ("1j & 1", lambda: 1j & 1),
    ("1j << 1", lambda: 1j << 1),
    ("[1] * 1j", lambda: [1] * 1j),
    ("'a' + 1j", lambda: "a" + 1j),
    ("int(1j)", lambda: int(1j)),
    ("float(1j)", lambda: float(1j)),
    ("round(1j)", lambda: round(1j)),
    ("math.sqrt(1j)", lambda: math.sqrt(1j)),
    ("math.floor(1j)", lambda: math.floor(1j)),
    ("abs(complex(1e308, 1e308))", lambda: abs(complex(1e308, 1e308))),
    ("range(1j)", lambda: range(1j)),
    ("lst[1j]", lambda: z_list[1j]),
]:
    attempt(label, f)

print("-- format")
print(f"{1 + 2j:.2f}", format(1j, ""), format(1 + 2j, "^20"), format(-1.5 - 2j, "+.3e"), f"{1j:.1f}")
print(f"{12345 + 6789j:,.1f}", f"{1 + 2j:g}", f"{3j:10}|", f"{-1j:+}", f"{1 + 1j: .2g}", f"{1.5 + 1j:E}")
print(f"{1j:<8}|", f"{1e20 + 1j:,}", f"{1e20 + 1j:n}", f"{z!s:*^30}", f"{z!r}", f"{0.1 + 0.2j:.3}")
print(f"{-0.0 + 1j:}", f"{complex(-0.0, 1):.1f}", f"{1 + 2j:>12.2f}|", f"{1 + 2j:_<14}|", f"{2.5j:F}")
for spec in ["010", "=10", "%", "d", "s"]:
    attempt("format(1j, %r)" % spec, lambda: format(1j, spec))

print("-- cmath")
print(cmath.sqrt(-1), cmath.sqrt(2 + 3j), cmath.sqrt(4), cmath.sqrt(1e-320 + 1e-320j), cmath.sqrt(-4 - 0j))
print(cmath.phase(-1), cmath.phase(complex(-1, -0.0)), cmath.phase(1j), cmath.polar(1 + 1j), cmath.polar(-2))
print(cmath.rect(-1, 1), cmath.rect(2, 0), cmath.rect(1, cmath.pi / 2), cmath.exp(1j * cmath.pi), cmath.exp(1 + 2j))
print(cmath.log(1 + 1j), cmath.log(8, 2), cmath.log(1j, 1 + 1j), cmath.log(1e-320), cmath.log(0.9 + 0.1j))
print(cmath.isnan(cmath.nanj), cmath.isinf(cmath.infj), cmath.isfinite(1 + 1j), cmath.pi, cmath.e, cmath.inf)
for label, f in [
    ("cmath.log(0)", lambda: cmath.log(0)),
    ("cmath.exp(1000)", lambda: cmath.exp(1000)),
    ("cmath.sqrt('x')", lambda: cmath.sqrt("x")),
    ("cmath.sqrt(WithComplex())", lambda: cmath.sqrt(WithComplex())),
]:
    attempt(label, f)
