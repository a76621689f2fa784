# An undefined name inside a function: NameError with the traceback through two frames.
def greet(name):
    return "hello " + nme


print(greet("x"))
