# os.environ refuses a non-str key for every operation, lookups included, as CPython's
# encodekey does: os.getenv(1) is a TypeError, not None.
import os
os.environ["CORIO_TEST_VAR"] = "1"
for e in ["os.getenv(1)", "os.environ[1]", "os.environ.get(1)", "1 in os.environ", "os.environ.setdefault(1, 'x')",
          "os.environ.__setitem__('A', 1)", "os.environ.pop(1)", "os.environ.__delitem__(2.5)", "os.getenv('CORIO_NOPE_X', 5)",
          "os.environ.get('CORIO_TEST_VAR')", "'CORIO_TEST_VAR' in os.environ", "os.environ.pop('CORIO_TEST_VAR')",
          "os.getenv('CORIO_TEST_VAR')"]:
    try:
        print(e, "->", repr(eval(e)))
    except Exception as x:
        print(e, "!!", type(x).__name__, x)
