# Padding to absurd widths: MemoryError as CPython (it tries to allocate); widths past
# Py_ssize_t and tab sizes past a C int are OverflowErrors.
from collections import deque

for e in ["'a'.ljust(10**12)", "'a'.center(10**12)", "'a'*10**12", "'a'.rjust(10**19)",
          "'a'.zfill(10**12)", "'a'.ljust(2**63 - 1)", "'a'.center(-2**63 - 1)",
          "'ab'.expandtabs(10**12)", "'a\\tb'.expandtabs(2**31)", "'ab'.expandtabs(-2**40)"]:
    try:
        eval(e)
    except Exception as ex:
        print(e, type(ex).__name__, ex)
print('ab'.ljust(-5), 'ab'.zfill(-1), repr('a\tb'.expandtabs(-3)))
print(deque.append.__qualname__, deque.popleft.__qualname__, deque.append)
print(deque([1]).append.__qualname__, deque.rotate.__name__)
