# sys's struct sequences and smaller attributes; stdin is empty under the test runner.
import sys

vi = sys.version_info
print(vi >= (3, 8), vi[:2] >= (3, 11), vi.major, type(vi).__name__, len(vi))
major, minor, *_ = vi
print(major == vi[0], minor == vi.minor, isinstance(vi, tuple))
print(sys.float_info)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig)
print(sys.int_info)
print(sys.hash_info.modulus, sys.hash_info.inf, sys.maxunicode, sys.maxsize)
print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.float_repr_style)
print(sys.getsizeof(1), sys.getsizeof(2 ** 100), sys.getsizeof("abc"), sys.getsizeof(()),
      sys.getsizeof(None), sys.getsizeof(1.5), sys.getsizeof({}), sys.getsizeof(b""))
print(sys.flags.optimize, sys.flags.dev_mode, sys.gettrace(), sys.is_finalizing())
print(sys.hexversion >> 24, callable(sys.excepthook), sys.excepthook is sys.__excepthook__)
print(repr(sys.stdin.readline()), repr(sys.stdin.read()), list(sys.stdin), sys.stdin.fileno())
try:
    input()
except EOFError as e:
    print("EOFError", e)
