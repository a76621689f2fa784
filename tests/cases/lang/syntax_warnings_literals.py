def f():
    try: x = [(1, 2) (3, 4)]
    except TypeError as e: print(e)
    try: x = [[1, 2] [3, 4]]
    except TypeError as e: print(e)
    try: x = ["a" "b"]["c"]
    except TypeError as e: print(e)
    try: x = ("a", "b")["c"]
    except TypeError as e: print(e)
    try: x = {1, 2}[0]
    except TypeError as e: print(e)
    try: x = 1.5[0]
    except TypeError as e: print(e)
    try: x = f"x"()
    except TypeError as e: print(e)
    try: x = "abc"[1.5]
    except TypeError as e: print(e)
    try: x = [i for i in range(3)]["a"]
    except TypeError as e: print(e)
    try: x = (lambda: 1)[0]
    except TypeError as e: print(e)
    try: x = -1()
    except TypeError as e: print(e)
    try: x = (-1)()
    except TypeError as e: print(e)
    try: x = (1 + 2.0)()
    except TypeError as e: print(e)
    try: x = ("a" * 2)()
    except TypeError as e: print(e)
    try: x = True[0]
    except TypeError as e: print(e)
    x = "abc"[True]
    x = (1,2)[1:2]
f()
exec("y = 1 is 1")
exec("assert (1, 2)")
import warnings
exec("z = 2 is 2")
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    exec("z = 3 is 3")
