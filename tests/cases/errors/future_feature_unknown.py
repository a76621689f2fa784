# An unknown `from __future__` feature is a SyntaxError.
from __future__ import annotations, nope
print("unreached")
