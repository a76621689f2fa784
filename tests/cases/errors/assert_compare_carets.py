# CPython 3.11 raises a failing assert at the comparison's location, so the traceback
# underlines the comparison (a plain name test shows no carets).
def check(items):
    assert len(items) > 3, f"too few: {items}"


try:
    assert not items if False else False
except AssertionError as e:
    print("plain assert:", repr(e))
check([1, 2])
