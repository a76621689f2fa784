# Context, ContextVar and Token refuse copy.copy / copy.deepcopy / pickle as CPython's do,
# and Token, like ContextVar, is subscriptable into a types.GenericAlias.
import contextvars
import copy
import pickle

var = contextvars.ContextVar("var")
token = var.set(1)
for obj in (var, token, contextvars.copy_context()):
    for fn in (copy.copy, copy.deepcopy, pickle.dumps):
        try:
            fn(obj)
        except TypeError as e:
            print(fn.__name__, e)
print(contextvars.Token[int], type(contextvars.Token[int]).__name__)
print(contextvars.ContextVar[str])
