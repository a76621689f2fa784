import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(2), math.floor(2.7), math.ceil(2.1), math.floor(-2.5), math.trunc(-2.7), type(math.floor(1.5)).__name__)
print(math.fabs(-3), math.factorial(20), math.factorial(30), math.gcd(12, 18), math.gcd(), math.lcm(4, 6, 10))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.isclose(1, 1.05, rel_tol=0.1), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.isfinite(1.0), math.isinf(math.inf), math.isnan(math.nan), math.isnan(1))
print(math.exp(1), math.log(100), math.log(8, 2), math.log(100, 10), math.log2(1024), math.log10(0.001), math.log(2**2000), math.log2(3**900), math.log10(7**500))
print(math.pow(2, 10), math.pow(2, 0.5), math.sin(1), math.cos(1), math.tan(1))
print(math.asin(0.5), math.acos(0.5), math.atan(1), math.atan2(1, -1), math.hypot(3, 4), math.hypot(1, 2, 2))
print(math.degrees(math.pi), math.radians(180), math.copysign(3, -0.0), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([1.5, 2], start=2), math.comb(10, 3), math.comb(5, 7), math.perm(5, 2), math.perm(4))
print(math.isqrt(10), math.isqrt(10**40), math.modf(3.25), math.modf(-3.25), math.frexp(8.0), math.frexp(0.1), math.ldexp(0.5, 4))
print(math.fmod(7, 3), math.fmod(-7, 3), math.remainder(7, 3), math.dist((0, 0), (3, 4)), math.sinh(1), math.tanh(0.5))
for f, a in [(math.sqrt, (-1,)), (math.log, (0,)), (math.exp, (1000,)), (math.floor, (math.inf,)), (math.floor, (math.nan,)),
             (math.factorial, (-1,)), (math.factorial, (1.5,)), (math.acos, (2,)), (math.pow, (0, -1)), (math.sqrt, ("x",)),
             (math.isqrt, (-1,)), (math.log, (1, 1))]:
    try:
        print(f(*a))
    except Exception as e:
        print(type(e).__name__, e)
