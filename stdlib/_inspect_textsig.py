"""inspect.signature for what CPython describes by a text signature: built-in functions and
methods (`len.__text_signature__ == '($module, obj, /)'`) and built-in types (`enumerate`),
parsed as CPython's `_signature_fromstr` does."""

import sys


def _split_params(text):
    """The comma-separated items of a parenthesised signature, commas inside brackets or
    string literals left alone."""
    inner = text.strip()
    if not (inner.startswith('(') and inner.endswith(')')):
        return None
    inner = inner[1:-1]
    items, depth, quote, start, i = [], 0, None, 0, 0
    while i < len(inner):
        c = inner[i]
        if quote:
            if c == '\\':
                i += 1
            elif c == quote:
                quote = None
        elif c in '\'"':
            quote = c
        elif c in '([{':
            depth += 1
        elif c in ')]}':
            depth -= 1
        elif c == ',' and depth == 0:
            items.append(inner[start:i].strip())
            start = i + 1
        i += 1
    last = inner[start:].strip()
    if last:
        items.append(last)
    return items


class _Symbols(dict):
    """Names in a default: the callable's module first, then the loaded modules (`sys.maxsize`),
    as CPython's RewriteSymbolics looks them up."""

    def __init__(self, module_dict):
        super().__init__()
        self._module_dict = module_dict

    def __missing__(self, name):
        if name in self._module_dict:
            return self._module_dict[name]
        if name in sys.modules:
            return sys.modules[name]
        raise NameError(name)


_CONSTANTS = (str, int, float, complex, bytes, bool, type(None), tuple)


def _default(text, module_dict):
    value = eval(text, {'__builtins__': {}}, _Symbols(module_dict))
    if not isinstance(value, _CONSTANTS):
        raise ValueError(text)
    return value


def signature_fromstr(obj, text, skip_bound_arg=True):
    from inspect import Parameter, Signature, ismodule
    invalid = ValueError('{!r} builtin has invalid signature'.format(obj))
    items = _split_params(text)
    if items is None or '<unrepresentable>' in text:
        raise invalid
    module_dict = {}
    module_name = getattr(obj, '__module__', None)
    if isinstance(module_name, str) and module_name in sys.modules:
        module_dict = sys.modules[module_name].__dict__
    params = []
    self_parameter = False
    self_type = False
    kind = Parameter.POSITIONAL_OR_KEYWORD
    for index, item in enumerate(items):
        if item == '/':
            params = [p.replace(kind=Parameter.POSITIONAL_ONLY) for p in params]
            continue
        if item == '*':
            kind = Parameter.KEYWORD_ONLY
            continue
        if item.startswith('**'):
            params.append(Parameter(item[2:], Parameter.VAR_KEYWORD))
            continue
        if item.startswith('*'):
            params.append(Parameter(item[1:], Parameter.VAR_POSITIONAL))
            kind = Parameter.KEYWORD_ONLY
            continue
        if item.startswith('$'):
            if index:
                raise invalid
            self_parameter = True
            self_type = item == '$type'
            item = item[1:]
        name, eq, default_text = item.partition('=')
        name = name.strip()
        if not name.isidentifier():
            raise invalid
        default = Parameter.empty
        if eq:
            try:
                default = _default(default_text.strip(), module_dict)
            except Exception:
                raise invalid from None
        params.append(Parameter(name, kind, default=default))
    if self_parameter:
        # matches CPython: a bound first argument is dropped (always when it is a module),
        # an unbound one is positional-only.
        bound = getattr(obj, '__self__', None)
        if bound is None and getattr(obj, '__name__', None) == '__new__' and self_type:
            # CPython's `T.__new__` is a function bound to its type T.
            bound = True
        if bound is not None and (ismodule(bound) or skip_bound_arg):
            params.pop(0)
        elif not _stands_for_python(module_name):
            params[0] = params[0].replace(kind=Parameter.POSITIONAL_ONLY)
    return Signature(params)


def _stands_for_python(module_name):
    """Whether a native method stands for a Python method of asyncio (the native `Queue.get`
    says asyncio.queues), whose `self` is an ordinary parameter."""
    return str(module_name).startswith('asyncio.')


def builtin_signature(obj, skip_bound_arg=True):
    if isinstance(obj, type):
        from _types import _type_text_signature
        text = _type_text_signature(obj)
    else:
        text = getattr(obj, '__text_signature__', None)
    if not text:
        raise ValueError('no signature found for builtin {!r}'.format(obj))
    return signature_fromstr(obj, text, skip_bound_arg)
