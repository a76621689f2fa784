# cmath's trigonometric, hyperbolic and inverse functions, log10 and isclose, with
# CPython's formulas (bit-identical results), and math's inverse hyperbolics from libm.
import cmath
import math

vals = [0j, 1 + 0j, -1 + 0j, 1j, -1j, 0.5 + 0.5j, -2 - 3j, 1 + 2j, 1e-300 + 1e-300j,
        1e300 + 1e300j, 1e200 - 1e200j, 710 + 1j, -710 + 2j, 3, -0.0, 2.5, 0.3 - 4.1j]
names = ['sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh',
         'asinh', 'acosh', 'atanh', 'log10']
for name in names:
    f = getattr(cmath, name)
    out = []
    for v in vals:
        try:
            out.append(repr(f(v)))
        except (ValueError, OverflowError) as e:
            out.append(f"{type(e).__name__}({e})")
    print(name, ", ".join(out))

print(cmath.exp(1j * cmath.pi), cmath.log(8, 2), cmath.log10(100), cmath.log(1j, 10))
print(cmath.isclose(1, 1.0000000001), cmath.isclose(1j, 1.001j, rel_tol=0.01),
      cmath.isclose(0, 1e-10, abs_tol=1e-9), cmath.isclose(1 + 1j, 1 + 1.1j))
try:
    cmath.isclose(1, 2, rel_tol=-1)
except ValueError as e:
    print("ValueError:", e)
for x in [0.1, 0.5, 1.5, 2.0, 3.7, 1e-5, 100.0, 1e10]:
    print(math.asinh(x), math.acosh(x + 1), math.atanh(x / (x + 1)))
