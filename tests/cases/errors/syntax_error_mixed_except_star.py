# Mixing `except` and `except*` on one try: CPython reports the first handler that differs
# from the first one (an `except*` one with its star underlined).
sources = [
    "try:\n    pass\nexcept ValueError:\n    pass\nexcept* TypeError:\n    pass\n",
    "try:\n    pass\nexcept* ValueError:\n    pass\nexcept TypeError:\n    pass\n",
    "try:\n    pass\nexcept ValueError:\n    pass\nexcept KeyError:\n    pass\nexcept* TypeError:\n    pass\nexcept OSError:\n    pass\n",
    "try:\n    pass\nexcept* ValueError:\n    pass\nexcept* TypeError:\n    pass\nexcept:\n    pass\n",
]
for src in sources:
    try:
        compile(src, "<src>", "exec")
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
