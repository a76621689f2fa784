import codeop, code, sys, io
for src in ["x = 1", "if x:", "if x:\n  pass", "if x:\n  pass\n", "def f(", "print('hi')", "", "# c", "1 +", "a b", "'''abc", "for i in range(3):\n    print(i)\n", "x = (1,\n2)", "@dec"]:
    try:
        r = codeop.compile_command(src)
        print(repr(src), "->", None if r is None else type(r).__name__)
    except SyntaxError as e:
        print(repr(src), "-> SyntaxError", e.msg)
print(codeop.compile_command("1 + 2", symbol="eval") is not None)
interp = code.InteractiveInterpreter({"__name__": "__console__"})
print(interp.runsource("y = 21 * 2"), interp.locals["y"])
print(interp.runsource("for i in range(2):"), interp.runsource("print(y)"))
sys.stderr = sys.stdout
print(interp.runsource("1/0"))
print(interp.runsource("a b"))
print(interp.runsource("undefined_name"))
con = code.InteractiveConsole({"n": 5})
for line in ["n * 2", "def g(a):", "    return a + n", "", "g(1)", "print('done')"]:
    more = con.push(line)
    print("more" if more else "ok")
con.resetbuffer()
sys.stdin = io.StringIO("x = 3\nx + 1\nif x:\n    print('yes')\n\nraise ValueError('boom')\n")
con2 = code.InteractiveConsole()
con2.interact(banner="Custom banner", exitmsg="bye now")
