"""inspect: questions about live objects (what kind of function is this, its signature,
its members, the running frame)."""

import sys
import types
from collections import namedtuple

__all__ = ['iscoroutinefunction', 'iscoroutine', 'isawaitable', 'isgenerator',
           'isgeneratorfunction', 'isasyncgen', 'isasyncgenfunction', 'isfunction',
           'ismethod', 'isclass', 'ismodule', 'isbuiltin', 'isroutine', 'isabstract',
           'signature', 'Signature', 'Parameter', 'getmembers', 'currentframe', 'stack',
           'getdoc', 'cleandoc', 'iscode', 'isframe', 'getmodule', 'unwrap',
           'getattr_static', 'markcoroutinefunction', 'getmro', 'isdatadescriptor',
           'ismethoddescriptor', 'getfile', 'getsourcefile', 'getsource', 'BoundArguments']

CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200

_is_coroutine_mark = object()


def ismodule(object):
    return isinstance(object, types.ModuleType)


def isclass(object):
    return isinstance(object, type)


def ismethod(object):
    return isinstance(object, types.MethodType)


def isfunction(object):
    return isinstance(object, types.FunctionType)


def isbuiltin(object):
    return isinstance(object, types.BuiltinFunctionType)


def isroutine(object):
    # matches CPython 3.11: method descriptors (`str.upper`, `int.__add__`) and method-wrappers
    # (`(1).__add__`) count as routines too.
    return (isbuiltin(object) or isfunction(object) or ismethod(object)
            or ismethoddescriptor(object) or type(object).__name__ == 'method-wrapper')


def iscode(object):
    return isinstance(object, types.CodeType)


def isframe(object):
    return type(object).__name__ == 'frame'


def _unwrap_partial(func):
    while True:
        if ismethod(func):
            func = func.__func__
        elif type(func).__name__ == 'partial' and hasattr(func, 'func'):
            func = func.func
        else:
            return func


def _has_code_flag(f, flag):
    f = _unwrap_partial(f)
    if not (isfunction(f) or hasattr(f, '__code__')):
        return False
    try:
        return bool(f.__code__.co_flags & flag)
    except AttributeError:
        return False


def isgeneratorfunction(obj):
    return _has_code_flag(obj, CO_GENERATOR)


def markcoroutinefunction(func):
    if hasattr(func, '__func__'):
        func = func.__func__
    func._is_coroutine_marker = _is_coroutine_mark
    return func


def iscoroutinefunction(obj):
    if _has_code_flag(obj, CO_COROUTINE):
        return True
    obj = _unwrap_partial(obj)
    while ismethod(obj):
        obj = obj.__func__
    if isbuiltin(obj) or isinstance(obj, types.MethodDescriptorType):
        # corio's native asyncio.sleep, Queue.get, Lock.acquire, ... are async def in CPython.
        import _asyncio
        return _asyncio._is_coroutine_function(obj)
    return getattr(obj, '_is_coroutine_marker', None) is _is_coroutine_mark


def isasyncgenfunction(obj):
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def isasyncgen(object):
    return isinstance(object, types.AsyncGeneratorType)


def isgenerator(object):
    return isinstance(object, types.GeneratorType)


def iscoroutine(object):
    return isinstance(object, types.CoroutineType)


def isawaitable(object):
    if isinstance(object, types.CoroutineType):
        return True
    if isinstance(object, types.GeneratorType):
        # A generator of a `@types.coroutine` function (CO_ITERABLE_COROUTINE).
        return bool(object.gi_code.co_flags & 0x100)
    return hasattr(type(object), '__await__')


GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'
CORO_CREATED = 'CORO_CREATED'
CORO_RUNNING = 'CORO_RUNNING'
CORO_SUSPENDED = 'CORO_SUSPENDED'
CORO_CLOSED = 'CORO_CLOSED'


def getgeneratorstate(generator):
    """The generator's state: GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED or GEN_CLOSED."""
    if generator.gi_running:
        return GEN_RUNNING
    if generator.gi_suspended:
        return GEN_SUSPENDED
    if generator.gi_frame is None:
        return GEN_CLOSED
    return GEN_CREATED


def getcoroutinestate(coroutine):
    """The coroutine's state: CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED or CORO_CLOSED."""
    if coroutine.cr_running:
        return CORO_RUNNING
    if coroutine.cr_suspended:
        return CORO_SUSPENDED
    if coroutine.cr_frame is None:
        return CORO_CLOSED
    return CORO_CREATED


def isabstract(object):
    if not isinstance(object, type):
        return False
    # `__abstractmethods__` is the class's own (CPython's type getset reads only its dict).
    own = object.__dict__.get('__abstractmethods__')
    if own is not None:
        return bool(own)
    import abc
    if not isinstance(object, abc.ABCMeta):
        return False
    # matches CPython: an ABC whose ABCMeta.__new__ has not finished (we are in its
    # __init_subclass__) is abstract when one of its methods still is.
    for name, value in object.__dict__.items():
        if getattr(value, '__isabstractmethod__', False):
            return True
    for base in object.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            if getattr(getattr(object, name, None), '__isabstractmethod__', False):
                return True
    return False


def isdatadescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__set__") or hasattr(tp, "__delete__")


def ismethoddescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__get__") and not hasattr(tp, "__set__")


def getmro(cls):
    return cls.__mro__


def getmembers(object, predicate=None):
    """``(name, value)`` pairs of the attributes of ``object``, sorted by name."""
    results = []
    names = dir(object)
    if isclass(object):
        for base in object.__mro__:
            for k in base.__dict__:
                if k not in names:
                    names.append(k)
    for key in names:
        try:
            value = getattr(object, key)
        except AttributeError:
            continue
        if not predicate or predicate(value):
            results.append((key, value))
    results.sort(key=lambda pair: pair[0])
    return results


def getattr_static(obj, attr, default=None):
    d = getattr(obj, '__dict__', {})
    if attr in d:
        return d[attr]
    klass = obj if isclass(obj) else type(obj)
    for entry in klass.__mro__:
        if attr in entry.__dict__:
            return entry.__dict__[attr]
    if default is not None:
        return default
    raise AttributeError(attr)


def unwrap(func, *, stop=None):
    while hasattr(func, '__wrapped__') and not (stop and stop(func)):
        func = func.__wrapped__
    return func


def cleandoc(doc):
    lines = doc.expandtabs().split('\n')
    margin = sys.maxsize
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            margin = min(margin, len(line) - content)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin < sys.maxsize:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def getdoc(object):
    """The cleaned docstring of `object`; a class, method or property without one takes the
    first one found along its class's MRO (CPython 3.5+)."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        try:
            doc = _inherited_doc(object)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def _owner_class(func):
    """The class a plain function was defined in, from its module and __qualname__."""
    owner = sys.modules.get(getattr(func, '__module__', None))
    path = func.__qualname__.split('.')[:-1]
    if not path:
        return None
    for part in path:
        owner = getattr(owner, part, None)
    return owner if isclass(owner) else None


def _inherited_doc(obj):
    if isclass(obj):
        for base in obj.__mro__:
            if base is not object and base.__doc__ is not None:
                return base.__doc__
        return None
    if ismethod(obj):
        name = obj.__func__.__name__
        owner = obj.__self__
        # a classmethod is bound to the class itself
        if not (isclass(owner) and getattr(getattr(owner, name, None), '__func__', None) is obj.__func__):
            owner = type(owner)
    elif isfunction(obj):
        name = obj.__name__
        owner = _owner_class(obj)
    elif isinstance(obj, property) and obj.fget is not None:
        name = obj.fget.__name__
        owner = _owner_class(obj.fget)
    else:
        return None
    if owner is None:
        return None
    for base in owner.__mro__:
        if name in vars(base):
            doc = getattr(base, name).__doc__
            if doc is not None:
                return doc
    return None


def getmodule(object):
    if ismodule(object):
        return object
    name = getattr(object, '__module__', None)
    return sys.modules.get(name) if name else None


def getfile(object):
    if ismodule(object):
        if getattr(object, '__file__', None):
            return object.__file__
        raise TypeError('{!r} is a built-in module'.format(object))
    if isclass(object):
        module = sys.modules.get(object.__module__)
        if getattr(module, '__file__', None):
            return module.__file__
        raise TypeError('{!r} is a built-in class'.format(object))
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if type(object).__name__ == 'traceback':
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        return object.co_filename
    raise TypeError('module, class, method, function, traceback, frame, or '
                    'code object was expected, got {}'.format(type(object).__name__))


getsourcefile = getfile


def getsource(object):
    """The source text of a module, or of a function, method or class with its decorators
    (CPython's `findsource` and `getblock`, by indentation rather than tokens)."""
    return ''.join(_source_block(object)[0])


def _source_block(object):
    """(lines, 0-based first line) of `object`'s source; the whole file for a module."""
    import linecache
    object = unwrap(object)
    filename = getfile(object)
    lines = linecache.getlines(filename)
    if not lines:
        raise OSError('could not get source code')
    if ismodule(object):
        return lines, 0
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if type(object).__name__ == 'traceback':
        object = object.tb_frame
    if isframe(object):
        # matches CPython: a module-level frame's source is the whole file.
        if object.f_code.co_name == '<module>':
            return lines, 0
        object = object.f_code
    if iscode(object):
        start = object.co_firstlineno - 1
    elif isclass(object):
        start = _class_start(lines, object.__qualname__)
    else:
        raise OSError('could not get source code')
    if not 0 <= start < len(lines):
        raise OSError('could not get source code')
    return _block(lines, start), start


def _indent(line):
    return len(line) - len(line.lstrip())


def _class_start(lines, qualname):
    """The line (with decorators) of `class X` for a dotted qualname, nested by indentation."""
    at, outer = 0, -1
    for part in qualname.split('.'):
        if part == '<locals>':
            raise OSError('could not find class definition')
        for i in range(at, len(lines)):
            text = lines[i].lstrip()
            if text.startswith('class ') and _indent(lines[i]) > outer:
                name = text[6:].split('(')[0].split(':')[0].strip()
                if name == part:
                    at, outer = i, _indent(lines[i])
                    break
        else:
            raise OSError('could not find class definition')
    while at > 0 and lines[at - 1].lstrip().startswith('@') and _indent(lines[at - 1]) == outer:
        at -= 1
    return at


def _block(lines, start):
    """The decorators, header and indented body starting at line `start`."""
    i = start
    while i < len(lines) and lines[i].lstrip().startswith('@'):
        i += 1
    depth = 0
    while i < len(lines):
        line = lines[i].split('#')[0]
        depth += sum(line.count(c) for c in '([{') - sum(line.count(c) for c in ')]}')
        i += 1
        if depth <= 0 and not line.rstrip().endswith('\\'):
            break
    header = lines[min(i, len(lines)) - 1]
    base = _indent(lines[start])
    end = i
    if header.split('#')[0].rstrip().endswith(':'):
        while i < len(lines):
            if lines[i].strip() and _indent(lines[i]) <= base:
                break
            i += 1
            if lines[i - 1].strip():
                end = i
    return lines[start:end]


def currentframe():
    """The caller's frame (a snapshot: ``f_globals``, ``f_locals``, ``f_lineno``, ``f_back``)."""
    return sys._getframe(1)


FrameInfo = namedtuple('FrameInfo', 'frame filename lineno function code_context index')


def stack(context=1):
    """FrameInfo records for the caller's frame and every frame outside it."""
    return getouterframes(sys._getframe(1), context)


def trace(context=1):
    """FrameInfo records for the frames between the current one and the exception's."""
    exc = sys.exc_info()[2]
    return getinnerframes(exc, context) if exc is not None else []


from _inspect_more import (FullArgSpec, ArgInfo, Traceback,  # noqa: E402
                           getfullargspec, get_annotations, getcallargs,
                           getsourcelines, getframeinfo, getouterframes, getinnerframes,
                           getmodulename, istraceback, isgetsetdescriptor, ismemberdescriptor,
                           ismethodwrapper, getargvalues, getcomments)
from _inspect_extra import (ClosureVars, Arguments, getclosurevars, getargs,  # noqa: E402
                            formatargvalues, walktree, getclasstree, getmembers_static,
                            findsource, getabsfile, getlineno, indentsize)


# ---- signatures ------------------------------------------------------------------------

class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _ParameterKind(int):
    _names = {0: 'POSITIONAL_ONLY', 1: 'POSITIONAL_OR_KEYWORD', 2: 'VAR_POSITIONAL',
              3: 'KEYWORD_ONLY', 4: 'VAR_KEYWORD'}
    _descriptions = {0: 'positional-only', 1: 'positional or keyword',
                     2: 'variadic positional', 3: 'keyword-only', 4: 'variadic keyword'}

    def __repr__(self):
        return '<_ParameterKind.%s: %d>' % (self._names[int(self)], int(self))

    def __str__(self):
        return self._names[int(self)]

    @property
    def name(self):
        return self._names[int(self)]

    @property
    def description(self):
        return self._descriptions[int(self)]


_POSITIONAL_ONLY = _ParameterKind(0)
_POSITIONAL_OR_KEYWORD = _ParameterKind(1)
_VAR_POSITIONAL = _ParameterKind(2)
_KEYWORD_ONLY = _ParameterKind(3)
_VAR_KEYWORD = _ParameterKind(4)


def formatannotation(annotation):
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins',):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


class Parameter:
    """One parameter of a Signature: name, kind, default, annotation."""
    __slots__ = ('_name', '_kind', '_default', '_annotation')

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD
    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        self._name = name
        self._kind = _ParameterKind(kind)
        self._default = default
        self._annotation = annotation

    @property
    def name(self):
        return self._name

    @property
    def kind(self):
        return self._kind

    @property
    def default(self):
        return self._default

    @property
    def annotation(self):
        return self._annotation

    def replace(self, *, name=None, kind=None, default=_empty, annotation=_empty):
        return Parameter(self._name if name is None else name,
                         self._kind if kind is None else kind,
                         default=self._default if default is _empty else default,
                         annotation=self._annotation if annotation is _empty else annotation)

    def __str__(self):
        kind = self.kind
        formatted = self._name
        if self._annotation is not _empty:
            formatted = '{}: {}'.format(formatted, formatannotation(self._annotation))
        if self._default is not _empty:
            if self._annotation is not _empty:
                formatted = '{} = {}'.format(formatted, repr(self._default))
            else:
                formatted = '{}={}'.format(formatted, repr(self._default))
        if kind == _VAR_POSITIONAL:
            formatted = '*' + formatted
        elif kind == _VAR_KEYWORD:
            formatted = '**' + formatted
        return formatted

    def __repr__(self):
        return '<{} "{}">'.format(self.__class__.__name__, self)

    def __eq__(self, other):
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind and
                self._default == other._default and self._annotation == other._annotation)

    def __hash__(self):
        return hash((self._name, int(self._kind), self._annotation))


class BoundArguments:
    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    @property
    def signature(self):
        return self._signature

    @property
    def args(self):
        args = []
        for name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY) or name not in self.arguments:
                break
            if param.kind == _VAR_POSITIONAL:
                args.extend(self.arguments[name])
            else:
                args.append(self.arguments[name])
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        for name, param in self._signature.parameters.items():
            if name not in self.arguments:
                continue
            if param.kind == _VAR_KEYWORD:
                kwargs.update(self.arguments[name])
            elif param.kind == _KEYWORD_ONLY:
                kwargs[name] = self.arguments[name]
        return kwargs

    def apply_defaults(self):
        new = {}
        for name, param in self._signature.parameters.items():
            if name in self.arguments:
                new[name] = self.arguments[name]
            elif param.default is not _empty:
                new[name] = param.default
            elif param.kind == _VAR_POSITIONAL:
                new[name] = ()
            elif param.kind == _VAR_KEYWORD:
                new[name] = {}
        self.arguments = new

    def __repr__(self):
        args = ['{}={!r}'.format(k, v) for k, v in self.arguments.items()]
        return '<{} ({})>'.format(self.__class__.__name__, ', '.join(args))


class Signature:
    """The parameters of a callable and its return annotation; ``str()`` gives
    ``(a, b=1, *args, c, **kw)``."""
    __slots__ = ('_parameters', '_return_annotation')

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty):
        self._parameters = {p.name: p for p in (parameters or ())}
        self._return_annotation = return_annotation

    @property
    def parameters(self):
        return dict(self._parameters)

    @property
    def return_annotation(self):
        return self._return_annotation

    def replace(self, *, parameters=None, return_annotation=_empty):
        if parameters is None:
            parameters = self._parameters.values()
        if return_annotation is _empty:
            return_annotation = self._return_annotation
        return Signature(parameters, return_annotation=return_annotation)

    @classmethod
    def from_callable(cls, obj):
        return signature(obj)

    def _bind(self, args, kwargs, partial=False):
        # CPython's rules: positionals fill parameters left to right, then the
        # rest are matched by name; *args / **kwargs appear in `arguments`
        # only when something went into them.
        arguments = {}
        params = list(self._parameters.values())
        kwargs = dict(kwargs)
        pos = 0
        rest = params
        for idx, param in enumerate(params):
            if param.kind == _VAR_POSITIONAL:
                if pos < len(args):
                    arguments[param.name] = tuple(args[pos:])
                    pos = len(args)
                rest = params[idx + 1:]
                break
            if pos >= len(args):
                rest = params[idx:]
                break
            if param.kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
                raise TypeError('too many positional arguments')
            arguments[param.name] = args[pos]
            pos += 1
        else:
            rest = []
        if pos < len(args):
            raise TypeError('too many positional arguments')
        var_kw = None
        for param in rest:
            if param.kind == _VAR_KEYWORD:
                var_kw = param
                continue
            if param.kind == _VAR_POSITIONAL:
                continue
            if param.name in kwargs:
                if param.kind == _POSITIONAL_ONLY:
                    raise TypeError('{!r} parameter is positional only, '
                                    'but was passed as a keyword'.format(param.name))
                arguments[param.name] = kwargs.pop(param.name)
            elif not partial and param.default is _empty:
                raise TypeError('missing a required argument: {!r}'.format(param.name))
        for name in kwargs:
            # a positional-only name may also arrive as a keyword: that one
            # belongs to **kwargs
            if name in arguments and self._parameters[name].kind != _POSITIONAL_ONLY:
                raise TypeError('multiple values for argument {!r}'.format(name))
        if kwargs:
            if var_kw is None:
                raise TypeError('got an unexpected keyword argument {!r}'.format(next(iter(kwargs))))
            arguments[var_kw.name] = kwargs
        return BoundArguments(self, arguments)

    def bind(self, *args, **kwargs):
        return self._bind(args, kwargs)

    def bind_partial(self, *args, **kwargs):
        return self._bind(args, kwargs, partial=True)

    def __str__(self):
        result = []
        render_pos_only_separator = False
        render_kw_only_separator = True
        for param in self._parameters.values():
            formatted = str(param)
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                render_pos_only_separator = True
            elif render_pos_only_separator:
                result.append('/')
                render_pos_only_separator = False
            if kind == _VAR_POSITIONAL:
                render_kw_only_separator = False
            elif kind == _KEYWORD_ONLY and render_kw_only_separator:
                result.append('*')
                render_kw_only_separator = False
            result.append(formatted)
        if render_pos_only_separator:
            result.append('/')
        rendered = '({})'.format(', '.join(result))
        if self._return_annotation is not _empty:
            rendered += ' -> {}'.format(formatannotation(self._return_annotation))
        return rendered

    def __repr__(self):
        return '<{} {}>'.format(self.__class__.__name__, self)

    def __eq__(self, other):
        if not isinstance(other, Signature):
            return NotImplemented
        return (list(self._parameters.values()) == list(other._parameters.values()) and
                self._return_annotation == other._return_annotation)


def _signature_from_function(func):
    code = func.__code__
    pos_count = code.co_argcount
    posonly_count = code.co_posonlyargcount
    kwonly_count = code.co_kwonlyargcount
    names = code.co_varnames
    annotations = getattr(func, '__annotations__', None) or {}
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    params = []
    first_default = pos_count - len(defaults)
    for i, name in enumerate(names[:pos_count]):
        kind = _POSITIONAL_ONLY if i < posonly_count else _POSITIONAL_OR_KEYWORD
        default = defaults[i - first_default] if i >= first_default else _empty
        params.append(Parameter(name, kind, default=default,
                                annotation=annotations.get(name, _empty)))
    index = pos_count + kwonly_count
    if code.co_flags & CO_VARARGS:
        name = names[index]
        params.append(Parameter(name, _VAR_POSITIONAL, annotation=annotations.get(name, _empty)))
        index += 1
    for name in names[pos_count:pos_count + kwonly_count]:
        params.append(Parameter(name, _KEYWORD_ONLY, default=kwdefaults.get(name, _empty),
                                annotation=annotations.get(name, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        name = names[index]
        params.append(Parameter(name, _VAR_KEYWORD, annotation=annotations.get(name, _empty)))
    return Signature(params, return_annotation=annotations.get('return', _empty))


def _is_builtin_callable(obj):
    return (isbuiltin(obj) or obj is type or obj is object
            or isinstance(obj, (types.MethodDescriptorType, types.WrapperDescriptorType,
                                types.MethodWrapperType, types.ClassMethodDescriptorType)))


def _user_defined_method(cls, name):
    """`cls.name` unless it is a built-in method (CPython's _signature_get_user_defined_method)."""
    try:
        meth = getattr(cls, name)
    except AttributeError:
        return None
    if isinstance(meth, (types.BuiltinFunctionType, types.WrapperDescriptorType,
                         types.MethodWrapperType, types.ClassMethodDescriptorType,
                         types.MethodDescriptorType)):
        return None
    return meth


def _signature_bound_method(sig):
    params = tuple(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError('invalid method signature')
    if params[0].kind in (_POSITIONAL_OR_KEYWORD, _POSITIONAL_ONLY):
        params = params[1:]
    elif params[0].kind is not _VAR_POSITIONAL:
        raise ValueError('invalid argument type')
    return sig.replace(parameters=params)


def _signature_of_class(obj, follow_wrapped):
    """As CPython: the metaclass's own `__call__`, else the class's `__new__` or `__init__`
    (its own first), else a built-in base's text signature, else object's `()`."""
    sig = None
    call = _user_defined_method(type(obj), '__call__')
    if call is not None:
        sig = signature(call, follow_wrapped=follow_wrapped)
    else:
        new = _user_defined_method(obj, '__new__')
        init = _user_defined_method(obj, '__init__')
        if '__new__' in obj.__dict__:
            factory = new
        elif '__init__' in obj.__dict__:
            factory = init
        else:
            factory = new if new is not None else init
        if factory is not None:
            sig = signature(factory, follow_wrapped=follow_wrapped)
    if sig is not None:
        return _signature_bound_method(sig)
    from _types import _type_text_signature
    from _inspect_textsig import signature_fromstr
    for base in obj.__mro__[:-1]:
        text = _type_text_signature(base)
        if text:
            return signature_fromstr(base, text)
    if type in obj.__mro__:
        raise ValueError('no signature found for builtin {!r}'.format(obj))
    if obj.__init__ is object.__init__ and obj.__new__ is object.__new__:
        return Signature([])
    raise ValueError('no signature found for builtin type {!r}'.format(obj))


def signature(obj, *, follow_wrapped=True):
    """The Signature of a function, method, class or callable object."""
    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))
    if ismethod(obj):
        sig = signature(obj.__func__)
        params = list(sig.parameters.values())
        if params and params[0].kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
            params = params[1:]
        return sig.replace(parameters=params)
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, '__signature__'))
    sig = getattr(obj, '__signature__', None)
    if sig is not None:
        return sig
    if isfunction(obj):
        return _signature_from_function(obj)
    if type(obj).__name__ == 'partial' and hasattr(obj, 'func'):
        sig = signature(obj.func)
        params = list(sig.parameters.values())[len(obj.args):]
        params = [p for p in params if p.name not in obj.keywords]
        return sig.replace(parameters=params)
    if _is_builtin_callable(obj):
        from _inspect_textsig import builtin_signature
        return builtin_signature(obj)
    if isclass(obj):
        return _signature_of_class(obj, follow_wrapped)
    call = getattr(type(obj), '__call__', None)
    if call is not None and isfunction(call):
        sig = _signature_from_function(call)
        return sig.replace(parameters=list(sig.parameters.values())[1:])
    raise ValueError('callable {!r} is not supported by signature'.format(obj))


def getgeneratorlocals(generator):
    if not isgenerator(generator):
        raise TypeError("{!r} is not a Python generator".format(generator))
    frame = getattr(generator, "gi_frame", None)
    return getattr(frame, "f_locals", {})


def getcoroutinelocals(coroutine):
    frame = getattr(coroutine, "cr_frame", None)
    if frame is not None:
        return frame.f_locals
    return {}
