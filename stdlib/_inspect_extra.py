"""inspect's closure, class-tree and frame-argument helpers: getclosurevars, getargs,
formatargvalues, getclasstree/walktree, getmembers_static, findsource, getabsfile, getlineno
and indentsize, as CPython 3.11 defines them."""

import sys
from collections import namedtuple

ClosureVars = namedtuple('ClosureVars', 'nonlocals globals builtins unbound')
Arguments = namedtuple('Arguments', 'args, varargs, varkw')
for _cls in (ClosureVars, Arguments):
    _cls.__module__ = 'inspect'


def getclosurevars(func):
    """The names a function's code refers to, split by where they resolve now: its closure
    cells, its globals, the builtins, or nowhere (names of attributes land there too)."""
    import inspect
    if inspect.ismethod(func):
        func = func.__func__
    if not inspect.isfunction(func):
        raise TypeError("{!r} is not a Python function".format(func))
    code = func.__code__
    cells = func.__closure__ or ()
    nonlocal_vars = {}
    for name, cell in zip(code.co_freevars, cells):
        nonlocal_vars[name] = cell.cell_contents
    global_ns = func.__globals__
    builtin_ns = global_ns.get('__builtins__', None)
    if builtin_ns is None:
        import builtins
        builtin_ns = builtins.__dict__
    elif inspect.ismodule(builtin_ns):
        builtin_ns = builtin_ns.__dict__
    global_vars, builtin_vars, unbound = {}, {}, set()
    for name in code.co_names:
        # once builtins, these constants can still appear among the names
        if name in ('None', 'True', 'False'):
            continue
        if name in global_ns:
            global_vars[name] = global_ns[name]
        elif name in builtin_ns:
            builtin_vars[name] = builtin_ns[name]
        else:
            unbound.add(name)
    return ClosureVars(nonlocal_vars, global_vars, builtin_vars, unbound)


def getargs(co):
    """Arguments(args, varargs, varkw) named by a code object."""
    import inspect
    if not inspect.iscode(co):
        raise TypeError('{!r} is not a code object'.format(co))
    count = co.co_argcount + co.co_kwonlyargcount
    names = co.co_varnames
    args = list(names[:count])
    varargs = varkw = None
    if co.co_flags & 0x04:
        varargs = names[count]
        count += 1
    if co.co_flags & 0x08:
        varkw = names[count]
    return Arguments(args, varargs, varkw)


def formatargvalues(args, varargs, varkw, locals,
                    formatarg=str,
                    formatvarargs=lambda name: '*' + name,
                    formatvarkw=lambda name: '**' + name,
                    formatvalue=lambda value: '=' + repr(value)):
    """'(a=1, *rest=(), **kw={})' from getargvalues()'s four parts."""
    parts = [formatarg(name) + formatvalue(locals[name]) for name in args]
    if varargs:
        parts.append(formatvarargs(varargs) + formatvalue(locals[varargs]))
    if varkw:
        parts.append(formatvarkw(varkw) + formatvalue(locals[varkw]))
    return '(' + ', '.join(parts) + ')'


def walktree(classes, children, parent):
    """Nested lists of (class, bases) for `classes` and, after each, its children's tree."""
    tree = []
    classes.sort(key=lambda c: (c.__module__, c.__name__))
    for cls in classes:
        tree.append((cls, cls.__bases__))
        if cls in children:
            tree.append(walktree(children[cls], children, cls))
    return tree


def getclasstree(classes, unique=False):
    """The inheritance tree of `classes` (bases not listed become roots)."""
    children = {}
    roots = []
    for cls in classes:
        if not cls.__bases__:
            if cls not in roots:
                roots.append(cls)
            continue
        for base in cls.__bases__:
            kids = children.setdefault(base, [])
            if cls not in kids:
                kids.append(cls)
            if unique and base in classes:
                break
    for base in children:
        if base not in classes:
            roots.append(base)
    return walktree(roots, children, None)


def getmembers_static(object, predicate=None):
    """getmembers() without running descriptors (values as getattr_static finds them)."""
    import inspect
    names = list(dir(object))
    if inspect.isclass(object):
        for base in object.__mro__:
            for key in base.__dict__:
                if key not in names:
                    names.append(key)
    found = []
    for key in names:
        try:
            value = inspect.getattr_static(object, key)
        except AttributeError:
            continue
        if predicate is None or predicate(value):
            found.append((key, value))
    found.sort(key=lambda pair: pair[0])
    return found


def findsource(object):
    """(every line of the object's file, the 0-based line where its source starts)."""
    import inspect
    import linecache
    block, start = inspect._source_block(object)
    lines = linecache.getlines(inspect.getfile(inspect.unwrap(object)))
    return lines, start


def getabsfile(object, _filename=None):
    """The object's file as an absolute, case-normalized path."""
    import inspect
    import os
    if _filename is None:
        _filename = inspect.getsourcefile(object) or inspect.getfile(object)
    return os.path.normcase(os.path.abspath(_filename))


def getlineno(frame):
    """The line a frame is running."""
    return frame.f_lineno


def indentsize(line):
    """The width of a line's leading whitespace, tabs expanded."""
    expanded = line.expandtabs()
    return len(expanded) - len(expanded.lstrip())
