import math
for x in [0.5, 1, 1.5, 2.5, 5, 10.1, 23, 24, 30.5, 170.5, -0.5, -1.5, -2.5, 1e-25, 141.5, -150.3]:
    print(x, math.gamma(x), math.lgamma(x))
for x in [0, 0.1, 0.5, 1, -1, 2, 3.5, 10, -0.3]:
    print(x, math.erf(x), math.erfc(x))
for bad in ['math.gamma(0)', 'math.gamma(-2)', 'math.gamma(172)', 'math.lgamma(0)', 'math.lgamma(-3)', 'math.gamma(float("-inf"))', 'math.lgamma(float("inf"))', 'math.gamma(-250.5)', 'math.gamma(float("nan"))', 'math.lgamma(2)', 'math.lgamma(1e308)']:
    try: print(bad, eval(bad))
    except Exception as e: print(bad, type(e).__name__, e)
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, -1.0), math.nextafter(0.0, 0.0), math.ulp(1.0), math.ulp(0.0), math.ulp(1e308), math.ulp(float('inf')), math.ulp(-3.5), math.ulp(2**52), math.nextafter(float('inf'), 0))
