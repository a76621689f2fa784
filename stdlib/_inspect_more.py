"""inspect's argument-spec, annotation, source-line and frame-info helpers: getfullargspec,
get_annotations, getcallargs, getsourcelines, getframeinfo, getouterframes,
getinnerframes, getmodulename and the descriptor predicates, as CPython 3.11."""

import sys
from collections import namedtuple

FullArgSpec = namedtuple('FullArgSpec',
                         'args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, '
                         'annotations')
ArgInfo = namedtuple('ArgInfo', 'args varargs keywords locals')
Traceback = namedtuple('Traceback', 'filename lineno function code_context index')
for _cls in (FullArgSpec, ArgInfo, Traceback):
    _cls.__module__ = 'inspect'


def getfullargspec(func):
    """The names and defaults of a callable's parameters (from its signature)."""
    from inspect import signature, Parameter
    if hasattr(func, '__func__') and hasattr(func, '__self__'):
        func = func.__func__  # a bound method's spec still lists self, as CPython's
    try:
        sig = signature(func, follow_wrapped=False)
    except Exception as ex:
        raise TypeError('unsupported callable') from ex
    args, kwonlyargs, defaults, annotations, kwdefaults = [], [], (), {}, {}
    varargs = varkw = None
    if sig.return_annotation is not sig.empty:
        annotations['return'] = sig.return_annotation
    for param in sig.parameters.values():
        kind, name = param.kind, param.name
        if kind in (Parameter.POSITIONAL_ONLY, Parameter.POSITIONAL_OR_KEYWORD):
            args.append(name)
            if param.default is not param.empty:
                defaults += (param.default,)
        elif kind == Parameter.VAR_POSITIONAL:
            varargs = name
        elif kind == Parameter.KEYWORD_ONLY:
            kwonlyargs.append(name)
            if param.default is not param.empty:
                kwdefaults[name] = param.default
        elif kind == Parameter.VAR_KEYWORD:
            varkw = name
        if param.annotation is not param.empty:
            annotations[name] = param.annotation
    return FullArgSpec(args, varargs, varkw, defaults or None, kwonlyargs, kwdefaults or None,
                       annotations)


def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    """A dict of obj's annotations (a class's own, a module's or a callable's)."""
    if isinstance(obj, type):
        ann = obj.__dict__.get('__annotations__', None)
        obj_globals = getattr(sys.modules.get(obj.__module__, None), '__dict__', None)
        obj_locals = dict(vars(obj))
        unwrap = obj
    elif isinstance(obj, type(sys)):
        ann = getattr(obj, '__annotations__', None)
        obj_globals = obj.__dict__
        obj_locals = None
        unwrap = None
    elif callable(obj):
        ann = getattr(obj, '__annotations__', None)
        obj_globals = getattr(obj, '__globals__', None)
        obj_locals = None
        unwrap = obj
    else:
        raise TypeError(f"{obj!r} is not a module, class, or callable.")
    if ann is None:
        return {}
    if not isinstance(ann, dict):
        raise ValueError(f"{obj!r}.__annotations__ is neither a dict nor None")
    if not ann:
        return {}
    if not eval_str:
        return dict(ann)
    if unwrap is not None:
        while True:
            if hasattr(unwrap, '__wrapped__'):
                unwrap = unwrap.__wrapped__
                continue
            break
        if hasattr(unwrap, '__globals__'):
            obj_globals = unwrap.__globals__
    if globals is None:
        globals = obj_globals
    if locals is None:
        locals = obj_locals
    return {key: value if not isinstance(value, str) else eval(value, globals, locals)
            for key, value in ann.items()}


def _missing_arguments(f_name, argnames, pos, values):
    names = [repr(name) for name in argnames if name not in values]
    missing = len(names)
    if missing == 1:
        s = names[0]
    elif missing == 2:
        s = "{} and {}".format(*names)
    else:
        s = ", ".join(names[:-2]) + ", {} and {}".format(*names[-2:])
    raise TypeError("%s() missing %i required %s argument%s: %s" %
                    (f_name, missing, "positional" if pos else "keyword-only",
                     "" if missing == 1 else "s", s))


def _too_many(f_name, args, kwonly, varargs, defcount, given, values):
    atleast = len(args) - defcount
    kwonly_given = len([arg for arg in kwonly if arg in values])
    if varargs:
        plural = atleast != 1
        sig = "at least %d" % (atleast,)
    elif defcount:
        plural = True
        sig = "from %d to %d" % (atleast, len(args))
    else:
        plural = len(args) != 1
        sig = str(len(args))
    kwonly_sig = ""
    if kwonly_given:
        kwonly_sig = (" positional argument%s (and %d keyword-only argument%s)"
                      % ("s" if given != 1 else "", kwonly_given,
                         "s" if kwonly_given != 1 else ""))
    raise TypeError("%s() takes %s positional argument%s but %d%s %s given" %
                    (f_name, sig, "s" if plural else "", given, kwonly_sig,
                     "was" if given == 1 and not kwonly_given else "were"))


def getcallargs(func, /, *positional, **named):
    """The mapping of parameter names to the values a call with these arguments binds,
    in CPython's order (positional, *args, **kwargs, keyword-only, defaults)."""
    args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, _ = getfullargspec(func)
    f_name = func.__name__
    arg2value = {}
    if hasattr(func, '__func__') and getattr(func, '__self__', None) is not None:
        positional = (func.__self__,) + positional
    num_pos = len(positional)
    num_args = len(args)
    num_defaults = len(defaults) if defaults else 0
    n = min(num_pos, num_args)
    for i in range(n):
        arg2value[args[i]] = positional[i]
    if varargs:
        arg2value[varargs] = tuple(positional[n:])
    possible_kwargs = set(args + kwonlyargs)
    if varkw:
        arg2value[varkw] = {}
    for kw, value in named.items():
        if kw not in possible_kwargs:
            if not varkw:
                raise TypeError("%s() got an unexpected keyword argument %r" % (f_name, kw))
            arg2value[varkw][kw] = value
            continue
        if kw in arg2value:
            raise TypeError("%s() got multiple values for argument %r" % (f_name, kw))
        arg2value[kw] = value
    if num_pos > num_args and not varargs:
        _too_many(f_name, args, kwonlyargs, varargs, num_defaults, num_pos, arg2value)
    if num_pos < num_args:
        req = args[:num_args - num_defaults]
        for arg in req:
            if arg not in arg2value:
                _missing_arguments(f_name, req, True, arg2value)
        for i, arg in enumerate(args[num_args - num_defaults:]):
            if arg not in arg2value:
                arg2value[arg] = defaults[i]
    missing = 0
    for kwarg in kwonlyargs:
        if kwarg not in arg2value:
            if kwonlydefaults and kwarg in kwonlydefaults:
                arg2value[kwarg] = kwonlydefaults[kwarg]
            else:
                missing += 1
    if missing:
        _missing_arguments(f_name, kwonlyargs, False, arg2value)
    return arg2value


def getsourcelines(object):
    """(list of source lines, starting line number) of a module (0), function or class."""
    from inspect import _source_block, ismodule, isframe
    lines, start = _source_block(object)
    whole = ismodule(object) or (isframe(object) and object.f_code.co_name == '<module>')
    return lines, (0 if whole else start + 1)


def _context(filename, lineno, context):
    import linecache
    if context is None or context <= 0 or lineno is None:
        return None, None
    start = max(lineno - 1 - context // 2, 0)
    lines = linecache.getlines(filename)
    if not lines:
        return None, None
    start = max(0, min(start, len(lines) - context))
    return lines[start:start + context], lineno - 1 - start


def getframeinfo(frame, context=1):
    """Traceback(filename, lineno, function, code_context, index) of a frame or traceback."""
    if hasattr(frame, 'tb_frame'):
        lineno = frame.tb_lineno
        frame = frame.tb_frame
    else:
        lineno = frame.f_lineno
    code = frame.f_code
    lines, index = _context(code.co_filename, lineno, context)
    return Traceback(code.co_filename, lineno, code.co_name, lines, index)


def getouterframes(frame, context=1):
    """FrameInfo records for a frame and each frame outside it."""
    from inspect import FrameInfo
    records = []
    while frame:
        info = getframeinfo(frame, context)
        records.append(FrameInfo(frame, *info))
        frame = frame.f_back
    return records


def getinnerframes(tb, context=1):
    """FrameInfo records for a traceback's frame and each frame inside it."""
    from inspect import FrameInfo
    records = []
    while tb:
        info = getframeinfo(tb, context)
        records.append(FrameInfo(tb.tb_frame, *info))
        tb = tb.tb_next
    return records


def getmodulename(path):
    """The module name a file path would be imported as, or None."""
    import os
    fname = os.path.basename(path)
    for suffix in ('.cpython-311-x86_64-linux-gnu.so', '.abi3.so', '.so', '.py', '.pyc'):
        if fname.endswith(suffix):
            return fname[:-len(suffix)]
    return None


def istraceback(object):
    return type(object).__name__ == 'traceback'


def isgetsetdescriptor(object):
    return type(object).__name__ == 'getset_descriptor'


def ismemberdescriptor(object):
    return type(object).__name__ == 'member_descriptor'


def ismethodwrapper(object):
    return type(object).__name__ == 'method-wrapper'


def getargvalues(frame):
    """ArgInfo(args, varargs, keywords, locals) of a frame."""
    code = frame.f_code
    nargs = code.co_argcount + code.co_kwonlyargcount
    names = list(code.co_varnames[:nargs])
    varargs = varkw = None
    if code.co_flags & 0x04:
        varargs = code.co_varnames[nargs]
        nargs += 1
    if code.co_flags & 0x08:
        varkw = code.co_varnames[nargs]
    return ArgInfo(names, varargs, varkw, frame.f_locals)


def getcomments(object):
    """The comment block just above an object's definition (at its indentation), or at the
    top of a module's file; None when there is none or no source."""
    import inspect
    try:
        lines, lnum = inspect.findsource(object)
    except (OSError, TypeError):
        return None
    if inspect.ismodule(object):
        at = 1 if lines and lines[0].startswith('#!') else 0
        while at < len(lines) and lines[at].strip() in ('', '#'):
            at += 1
        block = []
        while at < len(lines) and lines[at].startswith('#'):
            block.append(lines[at].expandtabs())
            at += 1
        return ''.join(block) if block else None
    if lnum <= 0:
        return None
    indent = inspect.indentsize(lines[lnum])
    block = []
    at = lnum - 1
    while at >= 0:
        text = lines[at].expandtabs().lstrip()
        if not text.startswith('#') or inspect.indentsize(lines[at]) != indent:
            break
        block.insert(0, text)
        at -= 1
    if not block:
        return None
    # bare '#' lines at either end are dropped
    while block and block[0].strip() == '#':
        del block[0]
    while block and block[-1].strip() == '#':
        del block[-1]
    return ''.join(block)
