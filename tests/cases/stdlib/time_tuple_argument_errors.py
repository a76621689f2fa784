import time
for f in (lambda a: time.strftime("%Y", a), time.mktime, time.asctime):
    for a in [(1,), (1,2,3,4,5,6,7,8,"x"), [2024,1,1,0,0,0,0,1,0], (2024,13,1,0,0,0,0,1,0), (2024,1,1,25,0,0,0,1,0), (2024,1,1,0,0,0,7,1,0), (2024,1,1,0,0,0,0,367,0), "abc", 5, (2024,1,1,0,0,0,0,1,0,5), (2024.5,1,1,0,0,0,0,1,0)]:
        try: print(f(a))
        except Exception as e: print(type(e).__name__, e)
print(time.strftime("%Y-%m-%d", (2024, 0, 0, 0, 0, 0, 0, 0, 0)))
print(time.struct_time((1,2,3,4,5,6,7,8,9,10)) if False else "")
try: time.struct_time((1,2))
except TypeError as e: print(e)
try: time.gmtime("x")
except TypeError as e: print(e)
try: time.sleep(-1)
except ValueError as e: print(e)
