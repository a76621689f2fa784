# An uncaught exception prints CPython's traceback with carets, and exits with status 1.
def outer(items):
    return inner(items) * 2


def inner(items):
    total = 0
    for item in items:
        total += item["value"] * 2
    return total


data = [{"value": 1}, {"value": None}]
try:
    outer(data)
except TypeError as e:
    raise RuntimeError("could not total the data") from e
