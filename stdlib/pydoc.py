"""pydoc: the text documentation `help(thing)` prints.

A smaller pydoc than CPython's: it renders functions, methods, classes, instances, built-in
functions and modules the way CPython's TextDoc lays them out (signature line, cleaned
docstring, the class sections "Methods defined here:", "Data and other attributes inherited
from ...:" and the rest, the " |  " margin), and pages through the plain pager, since corio
never pages to a terminal program. There is no HTML output, no server and no keyword/topic
help (pydoc_data is not shipped)."""

import builtins
import inspect
import re
import sys

__all__ = ['help', 'render_doc', 'doc', 'getdoc', 'describe', 'locate', 'plain', 'text',
           'plaintext', 'Helper', 'TextDoc']

# Names pydoc never lists (module bookkeeping and class plumbing).
_HIDDEN = frozenset({
    '__author__', '__builtins__', '__cached__', '__credits__', '__date__', '__doc__',
    '__file__', '__spec__', '__loader__', '__module__', '__name__', '__package__',
    '__path__', '__qualname__', '__slots__', '__version__'})


# ---------------------------------------------------------------- docstrings

def _own_doc(obj):
    """obj's docstring unless it is just its type's (CPython's _getowndoc)."""
    try:
        doc = object.__getattribute__(obj, '__doc__')
    except AttributeError:
        return None
    if doc is None:
        return None
    if obj is not type:
        tdoc = type(obj).__doc__
        if isinstance(tdoc, str) and tdoc == doc:
            return None
    return doc


def _class_of_function(func):
    owner = sys.modules.get(func.__module__)
    if owner is None:
        return None
    for part in func.__qualname__.split('.')[:-1]:
        owner = getattr(owner, part)
    return owner if inspect.isclass(owner) else None


def _inherited_doc(obj):
    """The docstring a method or descriptor inherits from the same name up its class's MRO."""
    if inspect.ismethod(obj):
        name = obj.__func__.__name__
        owner = obj.__self__
        if not (inspect.isclass(owner)
                and getattr(getattr(owner, name, None), '__func__', None) is obj.__func__):
            owner = owner.__class__
    elif inspect.isfunction(obj):
        name = obj.__name__
        owner = _class_of_function(obj)
        if owner is None or getattr(owner, name) is not obj:
            return None
    elif inspect.isbuiltin(obj):
        name = obj.__name__
        owner = obj.__self__
        if not (inspect.isclass(owner)
                and owner.__qualname__ + '.' + name == obj.__qualname__):
            owner = owner.__class__
    elif isinstance(obj, property):
        name = obj.fget.__name__
        owner = _class_of_function(obj.fget)
        if owner is None or getattr(owner, name) is not obj:
            return None
    elif inspect.ismethoddescriptor(obj) or inspect.isdatadescriptor(obj):
        name = obj.__name__
        owner = obj.__objclass__
        if getattr(owner, name) is not obj:
            return None
    else:
        return None
    for base in owner.__mro__:
        try:
            doc = _own_doc(getattr(base, name))
        except AttributeError:
            continue
        if doc is not None:
            return doc
    return None


def _getdoc(obj):
    doc = _own_doc(obj)
    if doc is None:
        try:
            doc = _inherited_doc(obj)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return inspect.cleandoc(doc)


def getdoc(obj):
    """The cleaned docstring of obj, or the comments above its source."""
    result = _getdoc(obj)
    if not result:
        try:
            result = inspect.getcomments(obj)
        except Exception:
            result = None
    return result and re.sub('^ *\n', '', result.rstrip()) or ''


def splitdoc(doc):
    lines = doc.strip().split('\n')
    if len(lines) == 1:
        return lines[0], ''
    if len(lines) >= 2 and not lines[1].rstrip():
        return lines[0], '\n'.join(lines[2:])
    return '', '\n'.join(lines)


def classname(cls, modname):
    name = cls.__name__
    if cls.__module__ != modname:
        name = cls.__module__ + '.' + name
    return name


def _signature(obj):
    """`inspect.signature(obj)`, or None for objects without one (as pydoc omits the argspec)."""
    try:
        return inspect.signature(obj)
    except (ValueError, TypeError):
        return None


def _is_bound_method(fn):
    if inspect.ismethod(fn):
        return True
    if inspect.isbuiltin(fn):
        owner = getattr(fn, '__self__', None)
        return not (inspect.ismodule(owner) or owner is None)
    return False


def visiblename(name, all=None, obj=None):
    if name in _HIDDEN:
        return False
    if name.startswith('__') and name.endswith('__'):
        return True
    # namedtuples document their _fields, _replace, ...
    if name.startswith('_') and hasattr(obj, '_fields'):
        return True
    if all is not None:
        return name in all
    return not name.startswith('_')


def _attr_kind(cls, name, metamro=()):
    """(kind, defining class, object) of a class attribute, as pydoc classifies it: defined
    up the class's MRO, else by its metaclass (`EnumType.__len__` for an enum)."""
    home = raw = None
    for base in inspect.getmro(cls) + tuple(metamro):
        if name in base.__dict__:
            home, raw = base, base.__dict__[name]
            break
    if home is None:
        return None
    try:
        got = raw if name == '__dict__' else getattr(cls, name)
    except Exception:
        got = raw
    # A class's `__new__` is a static method (CPython's type() wraps a plain function so;
    # corio keeps it a function).
    if isinstance(raw, staticmethod) or (name == '__new__' and inspect.isroutine(raw)):
        kind, value = 'static method', raw
    elif isinstance(raw, classmethod) or type(raw).__name__ == 'classmethod_descriptor':
        kind, value = 'class method', raw
    elif isinstance(raw, property):
        kind, value = 'property', raw
    elif inspect.isroutine(got):
        kind, value = 'method', got
    else:
        kind, value = 'data', got
    if inspect.isdatadescriptor(value):
        kind = 'data descriptor'
        if isinstance(value, property) and value.fset is None:
            kind = 'readonly property'
    return kind, home, value


def classify_class_attrs(cls):
    import types
    names = list(dir(cls))
    # Virtual attributes (enum's `name` and `value`) are listed even when dir() hides them.
    for base in inspect.getmro(cls):
        for key, value in base.__dict__.items():
            if isinstance(value, types.DynamicClassAttribute) and value.fget is not None:
                names.append(key)
    metamro = [m for m in type(cls).__mro__ if m not in (type, object)]
    out = []
    seen = set()
    for name in names:
        if name in seen:
            continue
        found = _attr_kind(cls, name, metamro)
        if found is not None:
            seen.add(name)
            out.append((name,) + found)
    return out


def _sort_attributes(attrs, cls):
    fields = getattr(cls, '_fields', [])
    try:
        order = {name: i - len(fields) for i, name in enumerate(fields)}
    except TypeError:
        order = {}
    attrs.sort(key=lambda a: (order.get(a[0], 0), a[0]))


# ---------------------------------------------------------------- reprs

def _cram(s, limit):
    if len(s) > limit:
        head = max(0, (limit - 3) // 2)
        tail = max(0, limit - 3 - head)
        return s[:head] + '...' + s[len(s) - tail:]
    return s


_ADDRESS = re.compile(r' at 0x[0-9a-f]{6,16}(>+)$', re.IGNORECASE)


def _short_repr(x):
    """pydoc's TextRepr: strings crammed to 100 characters (raw when that reads better),
    other objects without their address."""
    if isinstance(x, str):
        s = _cram(x, 100)
        r = repr(s)
        if '\\' in s and '\\' not in r.replace('\\\\', ''):
            return 'r' + r[0] + s + r[0]
        return r
    if isinstance(x, (list, tuple, dict, set, frozenset)):
        import reprlib
        shortener = reprlib.Repr()
        shortener.maxlist = shortener.maxtuple = 20
        shortener.maxdict = 10
        shortener.maxstring = shortener.maxother = 100
        return shortener.repr(x)
    try:
        return _cram(_ADDRESS.sub(r'\1', repr(x)), 100)
    except Exception:
        return '<%s instance>' % x.__class__.__name__


# ---------------------------------------------------------------- the text renderer

class TextDoc:
    """Text documentation, laid out as CPython's pydoc.TextDoc."""

    def bold(self, s):
        return ''.join(ch + '\b' + ch for ch in s)

    def indent(self, s, prefix='    '):
        if not s:
            return ''
        lines = [prefix + line for line in s.split('\n')]
        lines[-1] = lines[-1].rstrip()
        return '\n'.join(lines)

    def section(self, title, contents):
        return self.bold(title) + '\n' + self.indent(contents).rstrip() + '\n\n'

    def repr(self, x):
        return _short_repr(x)

    def document(self, obj, name=None, *args):
        try:
            if inspect.ismodule(obj):
                return self.docmodule(obj, name, *args)
            if inspect.isclass(obj):
                return self.docclass(obj, name, *args)
            if inspect.isroutine(obj):
                return self.docroutine(obj, name, *args)
        except AttributeError:
            pass
        if inspect.isdatadescriptor(obj):
            return self.docdata(obj, name, *args)
        return self.docother(obj, name, *args)

    def docroutine(self, obj, name=None, mod=None, cl=None):
        realname = obj.__name__
        name = name or realname
        note = ''
        skipdocs = False
        if _is_bound_method(obj):
            owner_cls = obj.__self__.__class__
            if cl:
                if owner_cls is not cl:
                    note = ' from ' + classname(owner_cls, mod)
            elif obj.__self__ is not None:
                note = ' method of %s instance' % classname(owner_cls, mod)
            else:
                note = ' unbound %s method' % classname(owner_cls, mod)
        prefix = ''
        if inspect.iscoroutinefunction(obj) or inspect.isasyncgenfunction(obj):
            prefix = 'async '
        if name == realname:
            title = self.bold(realname)
        else:
            if cl and inspect.getattr_static(cl, realname, []) is obj:
                skipdocs = True
            title = self.bold(name) + ' = ' + realname
        argspec = None
        if inspect.isroutine(obj):
            sig = _signature(obj)
            if sig:
                argspec = str(sig)
                if realname == '<lambda>':
                    title = self.bold(name) + ' lambda '
                    argspec = argspec[1:-1]
        decl = prefix + title + (argspec or '(...)') + note
        if skipdocs:
            return decl + '\n'
        d = getdoc(obj) or ''
        return decl + '\n' + (d and self.indent(d).rstrip() + '\n')

    def docdata(self, obj, name=None, mod=None, cl=None):
        out = ''
        if name:
            out += self.bold(name) + '\n'
        d = getdoc(obj) or ''
        if d:
            out += self.indent(d) + '\n'
        return out

    docproperty = docdata

    def docother(self, obj, name=None, mod=None, parent=None, maxlen=None, doc=None):
        r = self.repr(obj)
        if maxlen:
            line = (name and name + ' = ' or '') + r
            over = maxlen - len(line)
            if over < 0:
                r = r[:over] + '...'
        line = (name and self.bold(name) + ' = ' or '') + r
        if not doc:
            doc = getdoc(obj)
        if doc:
            line += '\n' + self.indent(str(doc)) + '\n'
        return line

    def docclass(self, obj, name=None, mod=None, *ignored):
        realname = obj.__name__
        name = name or realname
        modname = obj.__module__
        if name == realname:
            title = 'class ' + self.bold(realname)
        else:
            title = self.bold(name) + ' = class ' + realname
        if obj.__bases__:
            title += '(%s)' % ', '.join(classname(b, modname) for b in obj.__bases__)

        parts = []
        sig = _signature(obj)
        if sig:
            argspec = str(sig)
            if argspec and argspec != '()':
                parts.append(name + argspec + '\n')
        d = getdoc(obj)
        if d:
            parts.append(d + '\n')

        mro = list(inspect.getmro(obj))
        if len(mro) > 2:
            parts.append('Method resolution order:')
            parts.extend('    ' + classname(base, modname) for base in mro)
            parts.append('')

        subs = sorted((str(c.__name__) for c in type.__subclasses__(obj)
                       if not c.__name__.startswith('_') and c.__module__ == 'builtins'),
                      key=str.lower)
        if subs:
            parts.append('Built-in subclasses:')
            parts.extend('    ' + s for s in subs[:4])
            if len(subs) > 4:
                parts.append('    ... and %d other subclasses' % (len(subs) - 4))
            parts.append('')

        rule = [False]

        def heading(msg):
            if rule[0]:
                parts.append('-' * 70)
            rule[0] = True
            parts.append(msg)

        def take(attrs, kind):
            return [a for a in attrs if a[1] == kind], [a for a in attrs if a[1] != kind]

        attrs = [a for a in classify_class_attrs(obj) if visiblename(a[0], obj=obj)]
        pending = list(mro)
        while attrs:
            this = pending.pop(0) if pending else attrs[0][2]
            here = [a for a in attrs if a[2] is this]
            rest = [a for a in attrs if a[2] is not this]
            if obj is not builtins.object and this is builtins.object:
                attrs = rest
                continue
            if this is obj:
                tag = 'defined here'
            else:
                tag = 'inherited from %s' % classname(this, modname)
            _sort_attributes(here, obj)
            for kind, label in (('method', 'Methods'), ('class method', 'Class methods'),
                                ('static method', 'Static methods')):
                chosen, here = take(here, kind)
                if chosen:
                    heading('%s %s:\n' % (label, tag))
                    for aname, _, _, value in chosen:
                        try:
                            value = getattr(obj, aname)
                        except Exception:
                            parts.append(self.docdata(value, aname, mod))
                        else:
                            parts.append(self.document(value, aname, mod, obj))
            for kind, label in (('readonly property', 'Readonly properties'),
                                ('data descriptor', 'Data descriptors')):
                chosen, here = take(here, kind)
                if chosen:
                    heading('%s %s:\n' % (label, tag))
                    for aname, _, _, value in chosen:
                        parts.append(self.docdata(value, aname, mod))
            chosen, here = take(here, 'data')
            if chosen:
                heading('Data and other attributes %s:\n' % tag)
                for aname, _, home, value in chosen:
                    try:
                        shown = getattr(obj, aname)
                    except AttributeError:
                        shown = home.__dict__[aname]
                    # The data's own docstring only (an int's is its class's).
                    parts.append(self.docother(shown, aname, mod, maxlen=70,
                                               doc=getdoc(value)) + '\n')
            attrs = rest

        contents = '\n'.join(parts)
        if not contents:
            return title + '\n'
        return title + '\n' + self.indent(contents.rstrip(), ' |  ') + '\n'

    def docmodule(self, obj, name=None, mod=None):
        name = obj.__name__
        synopsis, description = splitdoc(getdoc(obj))
        result = self.section('NAME', name + (synopsis and ' - ' + synopsis))
        every = getattr(obj, '__all__', None)
        docloc = self.getdocloc(obj)
        if docloc is not None:
            result += self.section('MODULE REFERENCE', docloc + '''

The following documentation is automatically generated from the Python
source files.  It may be incomplete, incorrect or include features that
are considered implementation detail and may vary between Python
implementations.  When in doubt, consult the module reference at the
location listed above.
''')
        if description:
            result += self.section('DESCRIPTION', description)

        classes = []
        for key, value in inspect.getmembers(obj, inspect.isclass):
            if (every is not None or (inspect.getmodule(value) or obj) is obj):
                if visiblename(key, every, obj):
                    classes.append((key, value))
        funcs = []
        for key, value in inspect.getmembers(obj, inspect.isroutine):
            if (every is not None or inspect.isbuiltin(value)
                    or inspect.getmodule(value) is obj):
                if visiblename(key, every, obj):
                    funcs.append((key, value))
        data = []
        for key, value in inspect.getmembers(obj, _isdata):
            if visiblename(key, every, obj):
                data.append((key, value))

        package_names = set()
        if hasattr(obj, '__path__'):
            entries = []
            for modname, ispkg in _package_contents(obj):
                package_names.add(modname)
                entries.append(modname + ' (package)' if ispkg else modname)
            entries.sort()
            result += self.section('PACKAGE CONTENTS', '\n'.join(entries))
        submodules = sorted(key for key, value in inspect.getmembers(obj, inspect.ismodule)
                            if value.__name__.startswith(name + '.')
                            and key not in package_names)
        if submodules:
            result += self.section('SUBMODULES', '\n'.join(submodules))
        if classes:
            contents = [self.formattree(getclasstree([v for _, v in classes], 1), name)]
            contents.extend(self.document(value, key, name) for key, value in classes)
            result += self.section('CLASSES', '\n'.join(contents))
        if funcs:
            contents = [self.document(value, key, name) for key, value in funcs]
            result += self.section('FUNCTIONS', '\n'.join(contents))
        if data:
            contents = [self.docother(value, key, name, maxlen=70) for key, value in data]
            result += self.section('DATA', '\n'.join(contents))
        if hasattr(obj, '__version__'):
            version = str(obj.__version__)
            if version[:11] == '$' + 'Revision: ' and version[-1:] == '$':
                version = version[11:-1].strip()
            result += self.section('VERSION', version)
        if hasattr(obj, '__date__'):
            result += self.section('DATE', str(obj.__date__))
        if hasattr(obj, '__author__'):
            result += self.section('AUTHOR', str(obj.__author__))
        if hasattr(obj, '__credits__'):
            result += self.section('CREDITS', str(obj.__credits__))
        try:
            where = _absfile(obj)
        except TypeError:
            where = '(built-in)'
        result += self.section('FILE', where)
        return result

    PYTHONDOCS = 'https://docs.python.org/%d.%d/library' % sys.version_info[:2]

    def getdocloc(self, obj):
        """The address of a standard module's documentation, else None."""
        import os
        if not inspect.ismodule(obj) or obj.__name__ in ('xml.etree', 'test.pydoc_mod'):
            return None
        try:
            where = _absfile(obj)
        except TypeError:
            where = '(built-in)'
        # corio's standard library is embedded: its modules are the standard ones whose
        # file is not a real path.
        standard = obj.__name__.split('.')[0] in sys.stdlib_module_names and (
            where == '(built-in)' or where.startswith('<frozen'))
        if not (standard or obj.__name__ in ('errno', 'exceptions', 'gc', 'imp', 'marshal',
                                             'posix', 'signal', 'sys', '_thread',
                                             'zipimport')):
            return None
        docloc = os.environ.get('PYTHONDOCS', self.PYTHONDOCS)
        if docloc.startswith(('http://', 'https://')):
            return '%s/%s.html' % (docloc.rstrip('/'), obj.__name__.lower())
        return os.path.join(docloc, obj.__name__.lower() + '.html')

    def formattree(self, tree, modname, parent=None, prefix=''):
        out = ''
        for entry in tree:
            if type(entry) is tuple:
                c, bases = entry
                out += prefix + classname(c, modname)
                if bases and bases != (parent,):
                    out += '(%s)' % ', '.join(classname(b, modname) for b in bases)
                out += '\n'
            elif type(entry) is list:
                out += self.formattree(entry, modname, c, prefix + '    ')
        return out


def _absfile(obj):
    import os
    f = inspect.getfile(obj)
    if f.startswith('<'):
        return f
    return os.path.normcase(os.path.abspath(f))


def _package_contents(pkg):
    """(name, is_package) of the modules in a package's directories."""
    import os
    found = {}
    for d in getattr(pkg, '__path__', ()):
        try:
            names = os.listdir(d)
        except OSError:
            continue
        for entry in names:
            full = os.path.join(d, entry)
            if entry.endswith('.py') and entry != '__init__.py' and entry[:-3].isidentifier():
                found.setdefault(entry[:-3], False)
            elif (entry.isidentifier() and os.path.isdir(full)
                  and os.path.exists(os.path.join(full, '__init__.py'))):
                found[entry] = True
    return sorted(found.items())


def getclasstree(classes, unique=False):
    """inspect.getclasstree: nested lists of (class, bases) by inheritance."""
    children = {}
    roots = []
    for c in classes:
        if c.__bases__:
            for parent in c.__bases__:
                kids = children.setdefault(parent, [])
                if c not in kids:
                    kids.append(c)
                if unique and parent in classes:
                    break
        elif c not in roots:
            roots.append(c)
    for parent in children:
        if parent not in classes:
            roots.append(parent)
    return _walktree(roots, children, None)


def _walktree(classes, children, parent):
    out = []
    classes.sort(key=lambda c: (c.__module__, c.__name__))
    for c in classes:
        out.append((c, c.__bases__))
        if c in children:
            out.append(_walktree(children[c], children, c))
    return out


class _PlainTextDoc(TextDoc):
    def bold(self, s):
        return s


def _isdata(obj):
    return not (inspect.ismodule(obj) or inspect.isclass(obj) or inspect.isroutine(obj)
                or inspect.isframe(obj) or inspect.istraceback(obj) or inspect.iscode(obj))


text = TextDoc()
plaintext = _PlainTextDoc()


# ---------------------------------------------------------------- finding and showing

def plain(s):
    return re.sub('.\b', '', s)


def describe(thing):
    if inspect.ismodule(thing):
        if thing.__name__ in sys.builtin_module_names:
            return 'built-in module ' + thing.__name__
        if hasattr(thing, '__path__'):
            return 'package ' + thing.__name__
        return 'module ' + thing.__name__
    if inspect.isbuiltin(thing):
        # A native function standing for one CPython writes in Python (asyncio.sleep) names
        # that asyncio module, and is described as the function it stands for.
        if str(getattr(thing, '__module__', None)).startswith('asyncio.'):
            bound = getattr(thing, '__self__', None)
            bound = bound is not None and not inspect.ismodule(bound)
            return ('method ' if bound else 'function ') + thing.__name__
        return 'built-in function ' + thing.__name__
    if inspect.isgetsetdescriptor(thing):
        owner = thing.__objclass__
        return 'getset descriptor %s.%s.%s' % (owner.__module__, owner.__name__, thing.__name__)
    if inspect.ismemberdescriptor(thing):
        owner = thing.__objclass__
        return 'member descriptor %s.%s.%s' % (owner.__module__, owner.__name__, thing.__name__)
    if inspect.isclass(thing):
        return 'class ' + thing.__name__
    if inspect.isfunction(thing):
        return 'function ' + thing.__name__
    if inspect.ismethod(thing):
        return 'method ' + thing.__name__
    return type(thing).__name__


def _try_import(path):
    import importlib
    try:
        return importlib.import_module(path)
    except ImportError:
        return None


def locate(path, forceload=0):
    """The object a dotted path names, importing modules along it (builtins otherwise)."""
    parts = [p for p in path.split('.') if p]
    found, used = None, 0
    while used < len(parts):
        nxt = _try_import('.'.join(parts[:used + 1]))
        if nxt is None:
            break
        found, used = nxt, used + 1
    obj = found if found is not None else builtins
    for part in parts[used:]:
        try:
            obj = getattr(obj, part)
        except AttributeError:
            return None
    return obj


def resolve(thing, forceload=0):
    if isinstance(thing, str):
        obj = locate(thing, forceload)
        if obj is None:
            raise ImportError("No Python documentation found for %r.\n"
                              "Use help() to get the interactive help utility.\n"
                              "Use help(str) for help on the str class." % thing)
        return obj, thing
    name = getattr(thing, '__name__', None)
    return thing, name if isinstance(name, str) else None


def render_doc(thing, title='Python Library Documentation: %s', forceload=0, renderer=None):
    if renderer is None:
        renderer = text
    obj, name = resolve(thing, forceload)
    desc = describe(obj)
    module = inspect.getmodule(obj)
    if name and '.' in name:
        desc += ' in ' + name[:name.rfind('.')]
    elif module and module is not obj:
        desc += ' in module ' + module.__name__
    if not (inspect.ismodule(obj) or inspect.isclass(obj) or inspect.isroutine(obj)
            or inspect.isdatadescriptor(obj) or _getdoc(obj)):
        # Data and instances: document their type instead.
        if hasattr(obj, '__origin__'):
            obj = obj.__origin__
        else:
            obj = type(obj)
            desc += ' object'
    return title % desc + '\n\n' + renderer.document(obj, name)


def pager(s):
    # corio has no terminal pager: what CPython does when stdout is not a terminal.
    encoding = getattr(sys.stdout, 'encoding', None) or 'utf-8'
    sys.stdout.write(plain(s.encode(encoding, 'backslashreplace').decode(encoding)))


def doc(thing, title='Python Library Documentation: %s', forceload=0, output=None,
        is_cli=False):
    if output is None:
        try:
            pager(render_doc(thing, title, forceload))
        except ImportError as exc:
            if is_cli:
                raise
            print(exc)
    else:
        try:
            s = render_doc(thing, title, forceload, plaintext)
        except ImportError as exc:
            s = str(exc)
        output.write(s)


class Helper:
    """help(thing) documents thing; help() with no argument reads requests at a prompt."""

    _GoInteractive = object()

    def __init__(self, input=None, output=None):
        self._input = input
        self._output = output

    input = property(lambda self: self._input or sys.stdin)
    output = property(lambda self: self._output or sys.stdout)

    def __repr__(self):
        if inspect.stack()[1][3] == '?':
            self()
            return ''
        return '<%s.%s instance>' % (self.__class__.__module__, self.__class__.__qualname__)

    def __call__(self, request=_GoInteractive):
        if request is not self._GoInteractive:
            try:
                self.help(request)
            except ImportError as e:
                self.output.write(f'{e}\n')
        else:
            self.intro()
            self.interact()
            self.output.write('''
You are now leaving help and returning to the Python interpreter.
If you want to ask for help on a particular object directly from the
interpreter, you can type "help(object)".  Executing "help('string')"
has the same effect as typing a particular string at the help> prompt.
''')

    def interact(self):
        self.output.write('\n')
        while True:
            try:
                request = self.getline('help> ')
                if not request:
                    break
            except (KeyboardInterrupt, EOFError):
                break
            request = request.strip()
            if (len(request) > 2 and request[0] == request[-1] in ("'", '"')
                    and request[0] not in request[1:-1]):
                request = request[1:-1]
            if request.lower() in ('q', 'quit'):
                break
            if request == 'help':
                self.intro()
            else:
                self.help(request)

    def getline(self, prompt):
        if self.input is sys.stdin:
            return input(prompt)
        self.output.write(prompt)
        self.output.flush()
        return self.input.readline()

    def help(self, request, is_cli=False):
        if isinstance(request, str):
            request = request.strip()
            if request in ('True', 'False', 'None'):
                doc(eval(request), 'Help on %s:', is_cli=is_cli)
            elif request:
                doc(request, 'Help on %s:', output=self._output, is_cli=is_cli)
            else:
                doc(str, 'Help on %s:', output=self._output, is_cli=is_cli)
        elif isinstance(request, Helper):
            self()
        else:
            doc(request, 'Help on %s:', output=self._output, is_cli=is_cli)
        self.output.write('\n')

    def intro(self):
        version = '%d.%d' % sys.version_info[:2]
        self.output.write('''\
Welcome to Python {0}'s help utility! If this is your first time using
Python, you should definitely check out the tutorial at
https://docs.python.org/{0}/tutorial/.

Enter the name of any module, keyword, or topic to get help on writing
Python programs and using Python modules.  To get a list of available
modules, keywords, symbols, or topics, enter "modules", "keywords",
"symbols", or "topics".

Each module also comes with a one-line summary of what it does; to list
the modules whose name or summary contain a given string such as "spam",
enter "modules spam".

To quit this help utility and return to the interpreter,
enter "q" or "quit".
'''.format(version))


help = Helper()
