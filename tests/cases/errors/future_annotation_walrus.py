# Under the annotations future, a named expression cannot appear in an annotation.
from __future__ import annotations


def f(x: (n := 1)):
    return x
