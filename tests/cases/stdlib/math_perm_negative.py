# math.perm(n) without k is factorial(n) in CPython, so a negative n gets factorial's message;
# with a k it is perm's own "n must be a non-negative integer".
import math
for f in [lambda: math.perm(-1), lambda: math.perm(-1, None), lambda: math.perm(-1, 1), lambda: math.perm(1, -1),
          lambda: math.comb(-1, 1), lambda: math.perm(5), lambda: math.perm(5, 2), lambda: math.perm(1.5), lambda: math.factorial(-2)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
