# `import *` inside a function is refused at compile time; CPython puts the caret under the `*`.
def load():
    from os.path import *
    return join("a", "b")
