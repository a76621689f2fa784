# An exception raised while handling another: "During handling of the above exception...".
def parse(text):
    try:
        return int(text)
    except ValueError:
        raise LookupError(f"no number in {text!r}")


try:
    parse("abc")
finally:
    print("finally runs before the traceback")
