for s in ["", "  ", "# c", "\n", "x += 1", "x: int = 1", "a.b = 1", "if x: pass", "pass", "del x", "1\n2", "(1)\n\n", "x = y = 2", "f(x) = 3", "import os\n", "1 +\n", "1\n;2", "x = 1", "import os", "1 if", "1;2", "print(1)\nprint(2)", "1 +", "(1, 2", "x = (1,", "f(**)", "a b", "1 + * 2", "x = ", "lambda: (yield)", "[x for x in y] = 1", "x = 1 # c", "'abc' 1", "async def f(): pass", "yield 1", "await x", "1,", "*a, b", "x if y else z", "a := 1", "(a := 1)"]:
  try: eval(s)
  except SyntaxError as e: print(repr(s), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
  except Exception as e: print(repr(s), type(e).__name__)
for s in ["", "  ", "# c", "\n", "\n\n", "# c\n# d", "# c\n", "\t# x\n\n"]:
  try: eval(s)
  except SyntaxError as e: print(repr(s), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
for s in ["", "x = 1", "1 +", "a b", "1;2"]:
  try: compile(s, "f", "eval")
  except SyntaxError as e: print(repr(s), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
for s in ["(*[1], 2)", "*[1], 2", "(yield)", "yield", "1, *[2]", "(1), *[2]", "x = 1", "[*[1]]"]:
  try: print(eval(s))
  except SyntaxError as e: print(repr(s), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
