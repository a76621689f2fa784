# Code compiled from a string ("<string>", "<made-up>": names of no file) has no source
# lines in its traceback entries, as CPython's linecache finds none.
import traceback

src = "def q(n):\n    return 10 // n\nq(0)\n"
try:
    exec(src)
except ZeroDivisionError:
    traceback.print_exc()

code = compile("x = 1\nraise KeyError('k')\n", "<made-up>", "exec")
try:
    exec(code)
except KeyError:
    traceback.print_exc()

eval(compile("1 +\\\n 1/0", "<calc>", "eval"))
