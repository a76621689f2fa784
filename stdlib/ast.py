"""ast: syntax trees of Python source. `parse` runs corio's own parser (the native `_ast`
module) and builds node objects shaped like CPython 3.11's (same classes, _fields,
_attributes, positions); `dump`, `walk`, the visitors and the helpers work on those nodes.
`unparse` lives in `_ast_source`."""

import _ast

PyCF_ONLY_AST = 1024
PyCF_TYPE_COMMENTS = 4096
PyCF_ALLOW_TOP_LEVEL_AWAIT = 8192


class AST:
    _fields = ()
    _attributes = ()

    def __init__(self, *args, **kwargs):
        cls = type(self)
        if len(args) > len(cls._fields):
            n = len(cls._fields)
            raise TypeError('%s constructor takes at most %d positional argument%s'
                            % (cls.__name__, n, '' if n == 1 else 's'))
        for name, value in zip(cls._fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            setattr(self, name, value)


# The node classes, from CPython 3.11's ASDL: "base(@): Class(field, field?) ...". A base with
# @ has source positions (lineno, col_offset, end_lineno?, end_col_offset?); a field marked ?
# is optional: None by default, and dump() leaves it out when None.
_GRAMMAR = """
mod: Module(body, type_ignores) Interactive(body) Expression(body) FunctionType(argtypes, returns)
stmt@: FunctionDef(name, args, body, decorator_list, returns?, type_comment?)
  AsyncFunctionDef(name, args, body, decorator_list, returns?, type_comment?)
  ClassDef(name, bases, keywords, body, decorator_list) Return(value?) Delete(targets)
  Assign(targets, value, type_comment?) AugAssign(target, op, value)
  AnnAssign(target, annotation, value?, simple)
  For(target, iter, body, orelse, type_comment?) AsyncFor(target, iter, body, orelse, type_comment?)
  While(test, body, orelse) If(test, body, orelse) With(items, body, type_comment?)
  AsyncWith(items, body, type_comment?) Match(subject, cases) Raise(exc?, cause?)
  Try(body, handlers, orelse, finalbody) TryStar(body, handlers, orelse, finalbody)
  Assert(test, msg?) Import(names) ImportFrom(module?, names, level?) Global(names)
  Nonlocal(names) Expr(value) Pass() Break() Continue()
expr@: BoolOp(op, values) NamedExpr(target, value) BinOp(left, op, right) UnaryOp(op, operand)
  Lambda(args, body) IfExp(test, body, orelse) Dict(keys, values) Set(elts)
  ListComp(elt, generators) SetComp(elt, generators) DictComp(key, value, generators)
  GeneratorExp(elt, generators) Await(value) Yield(value?) YieldFrom(value)
  Compare(left, ops, comparators) Call(func, args, keywords)
  FormattedValue(value, conversion, format_spec?) JoinedStr(values) Constant(value, kind?)
  Attribute(value, attr, ctx) Subscript(value, slice, ctx) Starred(value, ctx) Name(id, ctx)
  List(elts, ctx) Tuple(elts, ctx) Slice(lower?, upper?, step?)
expr_context: Load() Store() Del()
boolop: And() Or()
operator: Add() Sub() Mult() MatMult() Div() Mod() Pow() LShift() RShift() BitOr() BitXor()
  BitAnd() FloorDiv()
unaryop: Invert() Not() UAdd() USub()
cmpop: Eq() NotEq() Lt() LtE() Gt() GtE() Is() IsNot() In() NotIn()
comprehension(target, iter, ifs, is_async)
excepthandler@: ExceptHandler(type?, name?, body)
arguments(posonlyargs, args, vararg?, kwonlyargs, kw_defaults, kwarg?, defaults)
arg@(arg, annotation?, type_comment?)
keyword@(arg?, value)
alias@(name, asname?)
withitem(context_expr, optional_vars?)
match_case(pattern, guard?, body)
pattern@: MatchValue(value) MatchSingleton(value) MatchSequence(patterns)
  MatchMapping(keys, patterns, rest?) MatchClass(cls, patterns, kwd_attrs, kwd_patterns)
  MatchStar(name?) MatchAs(pattern?, name?) MatchOr(patterns)
type_ignore: TypeIgnore(lineno, tag)
"""

_POSITIONS = ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')


def _node_class(name, base, spec, positions):
    """One node class from its "(field, field?)" spec."""
    fields = tuple(f.strip() for f in spec.split(',') if f.strip())
    ns = {'__module__': 'ast', '_fields': tuple(f.rstrip('?') for f in fields),
          '__match_args__': tuple(f.rstrip('?') for f in fields)}
    for f in fields:
        if f.endswith('?'):
            ns[f[:-1]] = None
    if positions:
        ns['_attributes'] = _POSITIONS
        ns['end_lineno'] = ns['end_col_offset'] = None
    cls = type(name, (base,), ns)
    globals()[name] = cls
    return cls


def _build_classes(grammar):
    # Join continuation lines (indented) to their base's line first.
    entries = []
    for line in grammar.strip().splitlines():
        if line.startswith(' '):
            entries[-1] += ' ' + line.strip()
        else:
            entries.append(line.strip())
    for entry in entries:
        head, colon, rest = entry.partition(':')
        if colon and '(' not in head:
            # An abstract base and its concrete kinds.
            positions = head.endswith('@')
            base = _node_class(head.rstrip('@'), AST, '', positions)
            base._fields = base.__match_args__ = ()
            for item in rest.replace(')', ')\n').split('\n'):
                item = item.strip()
                if item:
                    name, _, spec = item.partition('(')
                    _node_class(name.strip(), base, spec.rstrip(')'), positions)
        else:
            name, _, spec = entry.partition('(')
            _node_class(name.rstrip('@'), AST, spec.rstrip(')'), name.endswith('@'))


_build_classes(_GRAMMAR)
AST.__module__ = 'ast'


# Old node names (deprecated in CPython since 3.8, still importable): a Num, Str, Bytes,
# NameConstant or Ellipsis is a Constant whose value has the matching type.
class _ConstantAliasMeta(type):
    def __instancecheck__(cls, inst):
        if not isinstance(inst, Constant):
            return False
        value = inst.value
        if cls is Num:
            return type(value) in (int, float, complex)
        if cls is Str:
            return type(value) is str
        if cls is Bytes:
            return type(value) is bytes
        if cls is NameConstant:
            return value is None or type(value) is bool
        return value is ...


def _alias(name, field):
    def __new__(cls, *args, **kwargs):
        if args:
            kwargs[field] = args[0]
        node = Constant.__new__(Constant)
        Constant.__init__(node, **{('value' if k == field else k): v for k, v in kwargs.items()})
        return node
    cls = _ConstantAliasMeta(name, (Constant,), {'__new__': __new__, '__module__': 'ast',
                                                 '_fields': (field,)})
    globals()[name] = cls


for _name, _field in (('Num', 'n'), ('Str', 's'), ('Bytes', 's'), ('NameConstant', 'value'),
                      ('Ellipsis', 'value')):
    _alias(_name, _field)
del _name, _field
Constant.n = property(lambda self: self.value, lambda self, v: setattr(self, 'value', v))
Constant.s = Constant.n


class slice(AST):
    """Deprecated base class of the old Index and ExtSlice nodes."""


class Index(slice):
    def __new__(cls, value, **kwargs):
        return value


class ExtSlice(slice):
    def __new__(cls, dims=(), **kwargs):
        return Tuple(list(dims), Load(), **kwargs)


class Suite(mod):
    pass


class AugLoad(expr_context):
    pass


class AugStore(expr_context):
    pass


class Param(expr_context):
    pass


for _cls in (slice, Index, ExtSlice, Suite, AugLoad, AugStore, Param):
    _cls.__module__ = 'ast'
del _cls

_CLASSES = {name: cls for name, cls in globals().items()
            if isinstance(cls, type) and issubclass(cls, AST)}


def _make_node(raw):
    """A node object from `_ast.parse`'s tuples (see src/modules/ast_tree.rs)."""
    name, values, position = raw
    cls = _CLASSES[name]
    node = cls.__new__(cls)
    d = node.__dict__
    for field, value in zip(cls._fields, values):
        if type(value) is tuple:
            value = _make_node(value)
        elif type(value) is list:
            value = [_make_node(v) if type(v) is tuple else v for v in value]
        d[field] = value
    if position is not None:
        d['lineno'], d['col_offset'], d['end_lineno'], d['end_col_offset'] = position
    return node


def parse(source, filename='<unknown>', mode='exec', *, type_comments=False,
          feature_version=None):
    """The syntax tree of `source` (mode 'exec', 'eval' or 'single'), as compile() with
    PyCF_ONLY_AST: only the parser runs."""
    if isinstance(source, AST):
        return source
    if isinstance(source, (bytes, bytearray)):
        source = bytes(source).decode('utf-8')
    elif not isinstance(source, str):
        raise TypeError('compile() arg 1 must be a string, bytes or AST object')
    if hasattr(filename, '__fspath__'):
        filename = filename.__fspath__()
    if isinstance(filename, bytes):
        filename = filename.decode('utf-8', 'replace')
    if mode not in ('exec', 'eval', 'single', 'func_type'):
        raise ValueError("compile() mode must be 'exec', 'eval', 'single' or 'func_type'")
    if mode == 'func_type':
        raise ValueError('ast.parse mode "func_type" is not supported by corio')
    return _make_node(_ast.parse(source, filename, mode))


def iter_fields(node):
    """(name, value) for each field of `node` that is set."""
    for name in node._fields:
        try:
            yield name, getattr(node, name)
        except AttributeError:
            pass


def iter_child_nodes(node):
    """The nodes directly under `node`: its node fields and the nodes in its list fields."""
    for _, value in iter_fields(node):
        if isinstance(value, AST):
            yield value
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, AST):
                    yield item


def walk(node):
    """Every node under `node` (itself first), breadth first, in no promised order."""
    pending = [node]
    while pending:
        current = pending.pop(0)
        pending.extend(iter_child_nodes(current))
        yield current


class NodeVisitor:
    """Calls visit_<ClassName>(node) for each node; generic_visit visits the children."""

    def visit(self, node):
        method = getattr(self, 'visit_' + type(node).__name__, self.generic_visit)
        return method(node)

    def generic_visit(self, node):
        for _, value in iter_fields(node):
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, AST):
                        self.visit(item)
            elif isinstance(value, AST):
                self.visit(value)

    def visit_Constant(self, node):
        # The old visit_Num/visit_Str/... methods still see constants (deprecated in CPython).
        value = node.value
        if value is ...:
            old = 'visit_Ellipsis'
        elif value is None or value is True or value is False:
            old = 'visit_NameConstant'
        elif isinstance(value, (int, float, complex)):
            old = 'visit_Num'
        elif isinstance(value, str):
            old = 'visit_Str'
        elif isinstance(value, bytes):
            old = 'visit_Bytes'
        else:
            old = None
        method = getattr(self, old, None) if old else None
        if method is not None:
            import warnings
            warnings.warn(f'{old} is deprecated; add visit_Constant', DeprecationWarning, 2)
            return method(node)
        return self.generic_visit(node)


class NodeTransformer(NodeVisitor):
    """A NodeVisitor whose visit methods return the replacement node: None removes it, a list
    (in a list field) splices several in."""

    def generic_visit(self, node):
        for name, old in iter_fields(node):
            if isinstance(old, list):
                replaced = []
                for item in old:
                    if isinstance(item, AST):
                        item = self.visit(item)
                        if item is None:
                            continue
                        if not isinstance(item, AST):
                            replaced.extend(item)
                            continue
                    replaced.append(item)
                old[:] = replaced
            elif isinstance(old, AST):
                new = self.visit(old)
                if new is None:
                    delattr(node, name)
                else:
                    setattr(node, name, new)
        return node


def copy_location(new_node, old_node):
    """Copies the position attributes of `old_node` that `new_node` can have."""
    for attr in _POSITIONS:
        if attr in old_node._attributes and attr in new_node._attributes:
            value = getattr(old_node, attr, None)
            # end positions may be None; the start ones are copied only when set.
            if value is not None or (hasattr(old_node, attr) and attr.startswith('end_')):
                setattr(new_node, attr, value)
    return new_node


def fix_missing_locations(node):
    """Gives every node lacking a position its parent's (the root's default is line 1, col 0)."""
    def fill(node, lineno, col, end_lineno, end_col):
        if 'lineno' in node._attributes:
            for attr, inherited in (('lineno', lineno), ('col_offset', col),
                                    ('end_lineno', end_lineno), ('end_col_offset', end_col)):
                if getattr(node, attr, None) is None:
                    setattr(node, attr, inherited)
            lineno, col = node.lineno, node.col_offset
            end_lineno, end_col = node.end_lineno, node.end_col_offset
        for child in iter_child_nodes(node):
            fill(child, lineno, col, end_lineno, end_col)
    fill(node, 1, 0, 1, 0)
    return node


def increment_lineno(node, n=1):
    """Moves `node` and everything under it `n` lines down."""
    for child in walk(node):
        if isinstance(child, TypeIgnore):
            child.lineno = getattr(child, 'lineno', 0) + n
            continue
        if 'lineno' in child._attributes and getattr(child, 'lineno', None) is not None:
            child.lineno += n
        if 'end_lineno' in child._attributes and getattr(child, 'end_lineno', None) is not None:
            child.end_lineno += n
    return node


def get_docstring(node, clean=True):
    """The docstring of a module, class or function node (None if it has none)."""
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError("%r can't have docstrings" % node.__class__.__name__)
    body = node.body
    if not (body and isinstance(body[0], Expr)):
        return None
    first = body[0].value
    if not (isinstance(first, Constant) and isinstance(first.value, str)):
        return None
    if clean:
        import inspect
        return inspect.cleandoc(first.value)
    return first.value


def get_source_segment(source, node, *, padded=False):
    """The text of `source` that `node` was parsed from (None without full positions)."""
    try:
        if node.end_lineno is None or node.end_col_offset is None:
            return None
        first, last = node.lineno - 1, node.end_lineno - 1
        start, end = node.col_offset, node.end_col_offset
    except AttributeError:
        return None
    # Positions are UTF-8 byte offsets; lines end at \n, \r\n or \r (not at form feeds).
    lines = []
    begin = i = 0
    while i < len(source):
        if source[i] in '\r\n':
            if source[i] == '\r' and source[i + 1:i + 2] == '\n':
                i += 1
            lines.append(source[begin:i + 1])
            begin = i + 1
        i += 1
    if begin < len(source):
        lines.append(source[begin:])
    if last >= len(lines):
        return None
    if first == last:
        return lines[first].encode()[start:end].decode()
    head = lines[first].encode()[start:].decode()
    if padded:
        prefix = lines[first].encode()[:start].decode()
        head = ''.join(c if c in '\t\f' else ' ' for c in prefix) + head
    tail = lines[last].encode()[:end].decode()
    return ''.join([head] + lines[first + 1:last] + [tail])


def dump(node, annotate_fields=True, include_attributes=False, *, indent=None):
    """A string showing the tree under `node`; `indent` puts one field per line."""
    if not isinstance(node, AST):
        raise TypeError('expected AST, got %r' % type(node).__name__)
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent
    return _Dumper(annotate_fields, include_attributes, indent).node(node, 0)


class _Dumper:
    # Layout (CPython's): a node whose parts are all plain values (no nested node with
    # fields, no non-empty list) and that has at most three of them stays on one line even
    # with `indent`; otherwise each part goes on its own line one level deeper.

    def __init__(self, annotate, attributes, indent):
        self.annotate = annotate
        self.attributes = attributes
        self.indent = indent

    def parts(self, node, depth):
        """[(text, is_plain)] for the shown fields (and attributes) of `node`."""
        cls = type(node)
        out = []
        named = self.annotate
        names = list(cls._fields)
        if self.attributes:
            names += [(a,) for a in cls._attributes]
        for name in names:
            is_attr = type(name) is tuple
            if is_attr:
                name = name[0]
            try:
                value = getattr(node, name)
            except AttributeError:
                named = True
                continue
            if value is None and getattr(cls, name, ...) is None:
                named = True
                continue
            text, plain = self.value(value, depth)
            out.append(('%s=%s' % (name, text) if named or is_attr else text, plain))
        return out

    def node(self, node, depth):
        return self.value(node, depth)[0]

    def value(self, value, depth):
        """(text, plain): plain means a leaf, or a node shown with no parts."""
        if isinstance(value, AST):
            parts = self.parts(value, depth + 1)
            name = type(value).__name__
            if all(plain for _, plain in parts) and len(parts) <= 3:
                return '%s(%s)' % (name, ', '.join(t for t, _ in parts)), not parts
            return '%s(%s)' % (name, self.joined([t for t, _ in parts], depth + 1)), False
        if isinstance(value, list):
            if not value:
                return '[]', True
            return '[%s]' % self.joined([self.value(v, depth + 1)[0] for v in value], depth + 1), False
        return repr(value), True

    def joined(self, texts, depth):
        if self.indent is None:
            return ', '.join(texts)
        pad = '\n' + self.indent * depth
        return pad + (',' + pad).join(texts)


def literal_eval(node_or_string):
    """The value of a string (or node) holding only literals: numbers, strings, bytes, None,
    booleans, Ellipsis, and tuples, lists, sets, dicts of them; `a+bj`/`a-bj` complex sums."""
    if isinstance(node_or_string, str):
        node_or_string = parse(node_or_string.lstrip(' \t'), mode='eval')
    if isinstance(node_or_string, Expression):
        node_or_string = node_or_string.body
    return _literal(node_or_string)


def _malformed(node):
    line = getattr(node, 'lineno', None)
    where = ' on line %d' % line if line else ''
    raise ValueError('malformed node or string%s: %r' % (where, node))


def _number(node, signed):
    """A number literal, with one optional leading + or - when `signed`."""
    if signed and isinstance(node, UnaryOp) and isinstance(node.op, (UAdd, USub)):
        value = _number(node.operand, False)
        return -value if isinstance(node.op, USub) else +value
    if isinstance(node, Constant) and type(node.value) in (int, float, complex):
        return node.value
    _malformed(node)


def _literal(node):
    if isinstance(node, Constant):
        return node.value
    if isinstance(node, (Tuple, List, Set)):
        items = [_literal(e) for e in node.elts]
        return tuple(items) if isinstance(node, Tuple) else list(items) if isinstance(node, List) else set(items)
    if isinstance(node, Dict):
        if len(node.keys) != len(node.values):
            _malformed(node)
        return {_literal(k): _literal(v) for k, v in zip(node.keys, node.values)}
    if (isinstance(node, Call) and isinstance(node.func, Name) and node.func.id == 'set'
            and not node.args and not node.keywords):
        return set()
    if isinstance(node, BinOp) and isinstance(node.op, (Add, Sub)):
        left = _number(node.left, True)
        right = _number(node.right, False)
        if type(left) in (int, float) and type(right) is complex:
            return left + right if isinstance(node.op, Add) else left - right
        _malformed(node)
    return _number(node, True)


def unparse(ast_obj):
    """Python source for the tree `ast_obj` (formatting normalised, comments gone)."""
    from _ast_source import unparse as _unparse
    return _unparse(ast_obj)


_COMPILE_ROOTS = {'exec': 'Module', 'eval': 'Expression', 'single': 'Interactive'}


def _compile_source(tree, mode):
    """compile(tree, ...): the tree checked for what compiling it needs (CPython's messages),
    then written as source with each statement on its own line number."""
    root = _COMPILE_ROOTS.get(mode)
    if root is None:
        raise ValueError("compile() mode must be 'exec', 'eval' or 'single'")
    if type(tree).__name__ != root:
        raise TypeError('expected %s node, got %s' % (root, type(tree).__name__))
    _check_required(tree)
    from _ast_source import unparse as _unparse
    return _unparse(tree, keep_lines=True)


def _check_required(node):
    cls = type(node)
    if 'lineno' in cls._attributes:
        # The positions are checked first and named after the abstract kind ("stmt").
        kind = cls.__mro__[1].__name__ if cls.__mro__[1] is not AST else cls.__name__
        for attr in ('lineno', 'col_offset'):
            if getattr(node, attr, None) is None:
                raise TypeError('required field "%s" missing from %s' % (attr, kind))
    for name in cls._fields:
        if not hasattr(node, name):
            raise TypeError('required field "%s" missing from %s' % (name, cls.__name__))
        value = getattr(node, name)
        for item in (value if isinstance(value, list) else [value]):
            if isinstance(item, AST):
                _check_required(item)


def main():
    import sys
    source = sys.stdin.read()
    print(dump(parse(source), indent=3))
