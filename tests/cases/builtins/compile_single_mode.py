import sys
import sys, io
old = sys.stdout
buf = io.StringIO()
sys.stdout = buf
exec(compile("1 + 2", "<in>", "single"))
exec(compile("x = 5", "<in>", "single"))
exec(compile("'s'", "<in>", "single"))
exec(compile("None", "<in>", "single"))
sys.stdout = old
print(repr(buf.getvalue()))
def hook(v): print("hook got", repr(v))
sys.displayhook = hook
exec(compile("[1, 2]", "<in>", "single"))
exec(compile("for i in range(2): i\n", "<in>", "single"))
sys.displayhook = sys.__displayhook__
try: compile("a = 1\nb = 2", "<in>", "single")
except SyntaxError as e: print(e)
try: compile("a = 1; b = 2", "<in>", "single")
except SyntaxError as e: print(e)
exec(compile("a = 1; a", "<in>", "single"))
exec(compile("if 1:\n  5\n  6\n", "<in>", "single"))
import builtins
exec(compile("7", "<in>", "single"))
print(builtins._)
saved = sys.displayhook
del sys.displayhook
try: exec(compile("1", "<in>", "single"))
except RuntimeError as e: print(e)
sys.displayhook = saved
ns = {}
exec(compile("y = 2; y * 3", "<in>", "single"), ns)
print(ns["y"])
import builtins; print(builtins._)
