x = 10
print(eval("x + 1"), eval("  2 * 3"), eval("y * 2", {"y": 21}), eval("a + b", {"a": 1}, {"b": 2}))
exec("z = x * 3")
print(z)
g = {}
exec("def f(n):\n    return n + 1\nr = f(41)", g)
print(g["r"], "__builtins__" in g, sorted(k for k in g if k != "__builtins__"))
ns_g, ns_l = {"q": 1}, {}
exec("w = q + 1", ns_g, ns_l)
print(ns_l, "w" in ns_g)
def inner():
    local_v = 5
    return eval("local_v * 2")
print(inner())
c = compile("1 + 2", "<calc>", "eval")
print(type(c).__name__, eval(c))
c2 = compile("out = [i * i for i in range(4)]", "<prog>", "exec")
d = {}
exec(c2, d)
print(d["out"])
exec(compile("print('single', 7)", "<s>", "single"))
for bad in [lambda: eval("1 +"), lambda: exec("def"), lambda: eval(5), lambda: eval("x", 5),
            lambda: compile("1", "f", "bad"), lambda: eval("undefined_name"), lambda: exec("1/0"),
            lambda: eval("x = 1")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
try:
    eval("(1, 2")
except SyntaxError as e:
    print(e.filename, e.lineno, e.msg)
