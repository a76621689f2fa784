import timeit, secrets, string
t = timeit.timeit("x = sum(range(10))", number=100); print(type(t), t > 0)
r = timeit.repeat("x*2", setup="x = 5", repeat=3, number=10); print(len(r), all(isinstance(v, float) for v in r))
def f(): return 1
print(type(timeit.timeit(f, number=5)))
T = timeit.Timer("y = a + 1", globals={"a": 1}); print(type(T.timeit(3)))
n, tt = timeit.Timer("pass").autorange(); print(n >= 1)
try: timeit.timeit("x = (", number=1)
except SyntaxError as e: print("SyntaxError")
try: timeit.timeit("undefined_name", number=1)
except NameError as e: print(e)
print(len(secrets.token_hex(16)), len(secrets.token_bytes()), len(secrets.token_urlsafe(16)), secrets.token_hex(0))
print(secrets.choice("a") , 0 <= secrets.randbelow(10) < 10, secrets.randbits(8) < 256)
print(secrets.compare_digest("abc", "abc"), secrets.compare_digest(b"abc", b"abd"))
alphabet = string.ascii_letters + string.digits
pw = "".join(secrets.choice(alphabet) for i in range(20)); print(len(pw), all(c in alphabet for c in pw))
try: secrets.randbelow(0)
except ValueError as e: print(e)
import random
sr = random.SystemRandom(); print(0 <= sr.random() < 1, 1 <= sr.randint(1, 6) <= 6, len(sr.sample(range(10), 3)))
try: sr.getstate()
except NotImplementedError as e: print(e)
