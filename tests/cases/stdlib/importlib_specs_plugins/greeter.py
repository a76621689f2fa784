"""A plugin module found through sys.path."""
GREETING = "hello from greeter"


def greet(name):
    return f"{GREETING}, {name}"
