"""ast: abstract syntax trees. parse() runs corio's parser (the native _ast turns its tree,
which has CPython's node shapes and positions, into plain tuples) and builds the node classes
below, generated from CPython 3.11's ASDL; dump, walk, NodeVisitor/NodeTransformer,
literal_eval, unparse and the location helpers follow CPython's ast.py."""

import _ast

# CPython 3.11's node classes: `Base: Node(field, optional_field?, list_field*) ...`. A field
# marked `?` may be None, and then the class attribute None stands in for it (dump leaves it
# out); every other field must be given.
_SPEC = """
mod: Module(body* type_ignores*) Interactive(body*) Expression(body) FunctionType(argtypes* returns)
stmt: FunctionDef(name args body* decorator_list* returns? type_comment?)
 AsyncFunctionDef(name args body* decorator_list* returns? type_comment?)
 ClassDef(name bases* keywords* body* decorator_list*) Return(value?) Delete(targets*)
 Assign(targets* value type_comment?) AugAssign(target op value)
 AnnAssign(target annotation value? simple) For(target iter body* orelse* type_comment?)
 AsyncFor(target iter body* orelse* type_comment?) While(test body* orelse*)
 If(test body* orelse*) With(items* body* type_comment?) AsyncWith(items* body* type_comment?)
 Match(subject cases*) Raise(exc? cause?) Try(body* handlers* orelse* finalbody*)
 TryStar(body* handlers* orelse* finalbody*) Assert(test msg?) Import(names*)
 ImportFrom(module? names* level?) Global(names*) Nonlocal(names*) Expr(value) Pass() Break()
 Continue()
expr: BoolOp(op values*) NamedExpr(target value) BinOp(left op right) UnaryOp(op operand)
 Lambda(args body) IfExp(test body orelse) Dict(keys* values*) Set(elts*)
 ListComp(elt generators*) SetComp(elt generators*) DictComp(key value generators*)
 GeneratorExp(elt generators*) Await(value) Yield(value?) YieldFrom(value)
 Compare(left ops* comparators*) Call(func args* keywords*)
 FormattedValue(value conversion format_spec?) JoinedStr(values*) Constant(value kind?)
 Attribute(value attr ctx) Subscript(value slice ctx) Starred(value ctx) Name(id ctx)
 List(elts* ctx) Tuple(elts* ctx) Slice(lower? upper? step?)
expr_context: Load() Store() Del()
boolop: And() Or()
operator: Add() Sub() Mult() MatMult() Div() Mod() Pow() LShift() RShift() BitOr() BitXor()
 BitAnd() FloorDiv()
unaryop: Invert() Not() UAdd() USub()
cmpop: Eq() NotEq() Lt() LtE() Gt() GtE() Is() IsNot() In() NotIn()
AST: comprehension(target iter ifs* is_async)
excepthandler: ExceptHandler(type? name? body*)
AST: arguments(posonlyargs* args* vararg? kwonlyargs* kw_defaults* kwarg? defaults*)
 arg(arg annotation? type_comment?) keyword(arg? value) alias(name asname?)
 withitem(context_expr optional_vars?) match_case(pattern guard? body*)
pattern: MatchValue(value) MatchSingleton(value) MatchSequence(patterns*)
 MatchMapping(keys* patterns* rest?) MatchClass(cls patterns* kwd_attrs* kwd_patterns*)
 MatchStar(name?) MatchAs(pattern? name?) MatchOr(patterns*)
type_ignore: TypeIgnore(lineno tag)
"""

_POSITIONS = ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')


class AST:
    _fields = ()
    _attributes = ()

    def __init__(self, *args, **kwargs):
        fields = self._fields
        if len(args) > len(fields):
            n = len(fields)
            raise TypeError('%s constructor takes at most %d positional argument%s'
                            % (type(self).__name__, n, '' if n == 1 else 's'))
        for name, value in zip(fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __reduce__(self):
        return type(self), (), self.__dict__


_classes = {'AST': AST}


def _make_classes():
    g = globals()
    for line in _SPEC.strip().splitlines():
        if not line.startswith(' '):
            base_name, _, line = line.partition(':')
            base = _classes.get(base_name)
            if base is None:
                base = type(base_name, (AST,), {'__module__': 'ast'})
                if base_name in ('stmt', 'expr', 'excepthandler'):
                    base._attributes = _POSITIONS
                elif base_name == 'pattern':
                    base._attributes = _POSITIONS
                _classes[base_name] = g[base_name] = base
        for item in line.split(')'):
            item = item.strip()
            if not item:
                continue
            name, _, fields = item.partition('(')
            ns = {'__module__': 'ast'}
            names = []
            for field in fields.split():
                if field.endswith('?'):
                    field = field[:-1]
                    ns[field] = None
                names.append(field.rstrip('*'))
            ns['_fields'] = tuple(names)
            ns['__match_args__'] = tuple(names)
            if name in ('arg', 'keyword', 'alias'):
                ns['_attributes'] = _POSITIONS
            if base._attributes and base_name != 'pattern' or name in ('arg', 'keyword', 'alias'):
                ns['end_lineno'] = ns['end_col_offset'] = None
            _classes[name] = g[name] = type(name, (base,), ns)


_make_classes()
del _make_classes


def _build(value):
    """A node tuple from _ast (name, position, fields...) as node objects."""
    if type(value) is list:
        return [_build(v) for v in value]
    if type(value) is not tuple:
        return value
    cls = _classes[value[0]]
    node = cls.__new__(cls)
    d = node.__dict__
    for name, field in zip(cls._fields, value[2:]):
        d[name] = _build(field)
    pos = value[1]
    if pos is not None:
        d['lineno'], d['col_offset'], d['end_lineno'], d['end_col_offset'] = pos
    return node


def parse(source, filename='<unknown>', mode='exec', *, type_comments=False,
          feature_version=None):
    """Parse the source into an AST node (`Module` for 'exec', `Expression` for 'eval',
    `Interactive` for 'single'), as compile(..., PyCF_ONLY_AST)."""
    if isinstance(source, AST):
        return source
    if isinstance(source, (bytes, bytearray)):
        source = bytes(source).decode('utf-8')
    elif not isinstance(source, str):
        raise TypeError('compile() arg 1 must be a string, bytes or AST object')
    if mode not in ('exec', 'eval', 'single', 'func_type'):
        raise ValueError("compile() mode must be 'exec', 'eval' or 'single'")
    filename = str(filename) if not isinstance(filename, bytes) else filename.decode()
    if mode == 'eval':
        # Eval mode takes one expression: compile() checks that with CPython's errors (an
        # empty one is CPython's error at line 0).
        if not source.strip(' \t\n\r\f'):
            raise SyntaxError('invalid syntax', (filename, 0, 0, '', 0, 0))
        compile(source, filename, 'eval')
    body = _build(_ast.parse(source, filename))
    if mode == 'eval':
        return Expression(body=body[0].value)
    if mode == 'single':
        return Interactive(body=body)
    return Module(body=body, type_ignores=[])


def literal_eval(node_or_string):
    """Evaluate a string (or node) holding only Python literals: strings, bytes, numbers,
    tuples, lists, dicts, sets, booleans, None and Ellipsis, as CPython's literal_eval."""
    if isinstance(node_or_string, str):
        node_or_string = parse(node_or_string.lstrip(" \t"), mode='eval')
    if isinstance(node_or_string, Expression):
        node_or_string = node_or_string.body

    def _raise_malformed_node(node):
        msg = "malformed node or string"
        lno = getattr(node, 'lineno', None)
        if lno:
            msg += f' on line {lno}'
        raise ValueError(msg + f': {node!r}')

    def _convert_num(node):
        if not isinstance(node, Constant) or type(node.value) not in (int, float, complex):
            _raise_malformed_node(node)
        return node.value

    def _convert_signed_num(node):
        if isinstance(node, UnaryOp) and isinstance(node.op, (UAdd, USub)):
            operand = _convert_num(node.operand)
            return +operand if isinstance(node.op, UAdd) else -operand
        return _convert_num(node)

    def _convert(node):
        if isinstance(node, Constant):
            return node.value
        if isinstance(node, Tuple):
            return tuple(map(_convert, node.elts))
        if isinstance(node, List):
            return list(map(_convert, node.elts))
        if isinstance(node, Set):
            return set(map(_convert, node.elts))
        if (isinstance(node, Call) and isinstance(node.func, Name) and node.func.id == 'set'
                and node.args == node.keywords == []):
            return set()
        if isinstance(node, Dict):
            if len(node.keys) != len(node.values):
                _raise_malformed_node(node)
            return dict(zip(map(_convert, node.keys), map(_convert, node.values)))
        if isinstance(node, BinOp) and isinstance(node.op, (Add, Sub)):
            left = _convert_signed_num(node.left)
            right = _convert_num(node.right)
            if isinstance(left, (int, float)) and isinstance(right, complex):
                return left + right if isinstance(node.op, Add) else left - right
        return _convert_signed_num(node)

    return _convert(node_or_string)




def get_docstring(node, clean=True):
    """The docstring of a function, class or module node, or None; cleaned with
    inspect.cleandoc unless clean is false."""
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError("%r can't have docstrings" % node.__class__.__name__)
    if not (node.body and isinstance(node.body[0], Expr)):
        return None
    node = node.body[0].value
    if isinstance(node, Constant) and isinstance(node.value, str):
        text = node.value
    else:
        return None
    if clean:
        import inspect
        text = inspect.cleandoc(text)
    return text


def iter_fields(node):
    """(name, value) for each of the node's `_fields` that is set."""
    for field in node._fields:
        try:
            yield field, getattr(node, field)
        except AttributeError:
            pass


def iter_child_nodes(node):
    """The direct child nodes: fields that are nodes, and the nodes in list fields."""
    for name, field in iter_fields(node):
        if isinstance(field, AST):
            yield field
        elif isinstance(field, list):
            for item in field:
                if isinstance(item, AST):
                    yield item


def walk(node):
    """Every node below `node` (itself included), breadth first, in no guaranteed order."""
    from collections import deque
    todo = deque([node])
    while todo:
        node = todo.popleft()
        todo.extend(iter_child_nodes(node))
        yield node


def copy_location(new_node, old_node):
    """Copy the position attributes of old_node to new_node, where both have them."""
    for attr in 'lineno', 'col_offset', 'end_lineno', 'end_col_offset':
        if attr in old_node._attributes and attr in new_node._attributes:
            value = getattr(old_node, attr, None)
            # end positions may be None; lineno and col_offset are copied only when set.
            if value is not None or (
                    hasattr(old_node, attr) and attr.startswith('end_')):
                setattr(new_node, attr, value)
    return new_node


def fix_missing_locations(node):
    """Give every node without a position its parent's (starting at line 1, column 0)."""
    def _fix(node, lineno, col_offset, end_lineno, end_col_offset):
        if 'lineno' in node._attributes:
            if not hasattr(node, 'lineno'):
                node.lineno = lineno
            else:
                lineno = node.lineno
        if 'end_lineno' in node._attributes:
            if getattr(node, 'end_lineno', None) is None:
                node.end_lineno = end_lineno
            else:
                end_lineno = node.end_lineno
        if 'col_offset' in node._attributes:
            if not hasattr(node, 'col_offset'):
                node.col_offset = col_offset
            else:
                col_offset = node.col_offset
        if 'end_col_offset' in node._attributes:
            if getattr(node, 'end_col_offset', None) is None:
                node.end_col_offset = end_col_offset
            else:
                end_col_offset = node.end_col_offset
        for child in iter_child_nodes(node):
            _fix(child, lineno, col_offset, end_lineno, end_col_offset)
    _fix(node, 1, 0, 1, 0)
    return node


def increment_lineno(node, n=1):
    """Move the node and everything below it `n` lines down."""
    for child in walk(node):
        if isinstance(child, TypeIgnore):
            child.lineno = getattr(child, 'lineno', 0) + n
            continue
        if 'lineno' in child._attributes:
            child.lineno = getattr(child, 'lineno', 0) + n
        if 'end_lineno' in child._attributes and getattr(child, 'end_lineno', None) is not None:
            child.end_lineno = child.end_lineno + n
    return node


def dump(node, annotate_fields=True, include_attributes=False, *, indent=None):
    """A formatted dump of the tree, as CPython's: optional fields that are None are left
    out, and with `indent` each field goes on its own line."""
    def _format(node, level=0):
        if indent is not None:
            level += 1
            prefix = '\n' + indent * level
            sep = ',\n' + indent * level
        else:
            prefix = ''
            sep = ', '
        if isinstance(node, AST):
            cls = type(node)
            args = []
            allsimple = True
            keywords = annotate_fields
            for name in node._fields:
                try:
                    value = getattr(node, name)
                except AttributeError:
                    keywords = True
                    continue
                if value is None and getattr(cls, name, ...) is None:
                    keywords = True
                    continue
                value, simple = _format(value, level)
                allsimple = allsimple and simple
                args.append('%s=%s' % (name, value) if keywords else value)
            if include_attributes and node._attributes:
                for name in node._attributes:
                    try:
                        value = getattr(node, name)
                    except AttributeError:
                        continue
                    if value is None and getattr(cls, name, ...) is None:
                        continue
                    value, simple = _format(value, level)
                    allsimple = allsimple and simple
                    args.append('%s=%s' % (name, value))
            if allsimple and len(args) <= 3:
                return '%s(%s)' % (cls.__name__, ', '.join(args)), not args
            return '%s(%s%s)' % (cls.__name__, prefix, sep.join(args)), False
        elif isinstance(node, list):
            if not node:
                return '[]', True
            return '[%s%s]' % (prefix, sep.join(_format(x, level)[0] for x in node)), False
        return repr(node), True

    if not isinstance(node, AST):
        raise TypeError('expected AST, got %r' % node.__class__.__name__)
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent
    return _format(node)[0]


class NodeVisitor:
    """Walks a tree calling `visit_<ClassName>` for each node, or generic_visit, which
    visits the node's children."""

    def visit(self, node):
        method = 'visit_' + node.__class__.__name__
        visitor = getattr(self, method, self.generic_visit)
        return visitor(node)

    def generic_visit(self, node):
        for field, value in iter_fields(node):
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, AST):
                        self.visit(item)
            elif isinstance(value, AST):
                self.visit(value)

    def visit_Constant(self, node):
        # Visitors written for the pre-3.8 classes (visit_Num, visit_Str, ...) still run.
        value = node.value
        type_name = _const_node_type_names.get(type(value))
        if type_name is None:
            for cls, name in _const_node_type_names.items():
                if isinstance(value, cls):
                    type_name = name
                    break
        if type_name is not None:
            method = 'visit_' + type_name
            try:
                visitor = getattr(self, method)
            except AttributeError:
                pass
            else:
                import warnings
                warnings.warn(f"{method} is deprecated; add visit_Constant",
                              DeprecationWarning, 2)
                return visitor(node)
        return self.generic_visit(node)


class NodeTransformer(NodeVisitor):
    """A NodeVisitor whose visit methods return the replacement node: None removes it, a
    list (in a list field) replaces it by several."""

    def generic_visit(self, node):
        for field, old_value in iter_fields(node):
            if isinstance(old_value, list):
                new_values = []
                for value in old_value:
                    if isinstance(value, AST):
                        value = self.visit(value)
                        if value is None:
                            continue
                        elif not isinstance(value, AST):
                            new_values.extend(value)
                            continue
                    new_values.append(value)
                old_value[:] = new_values
            elif isinstance(old_value, AST):
                new_node = self.visit(old_value)
                if new_node is None:
                    delattr(node, field)
                else:
                    setattr(node, field, new_node)
        return node


_const_node_type_names = {
    bool: 'NameConstant',
    type(None): 'NameConstant',
    int: 'Num',
    float: 'Num',
    complex: 'Num',
    str: 'Str',
    bytes: 'Bytes',
    type(...): 'Ellipsis',
}


# The pre-3.8 constant classes: constructing one makes a Constant, and isinstance checks the
# Constant's value type.
def _getter(self):
    return self.value


def _setter(self, value):
    self.value = value


Constant.n = property(_getter, _setter)
Constant.s = property(_getter, _setter)


class _ABC(type):
    def __init__(cls, *args):
        cls.__doc__ = """Deprecated AST node class. Use ast.Constant instead"""

    def __instancecheck__(cls, inst):
        if not isinstance(inst, Constant):
            return False
        if cls in _const_types:
            try:
                value = inst.value
            except AttributeError:
                return False
            return (isinstance(value, _const_types[cls]) and
                    not isinstance(value, _const_types_not.get(cls, ())))
        return type.__instancecheck__(cls, inst)


def _new(cls, *args, **kwargs):
    for key in kwargs:
        if key not in cls._fields:
            continue
        pos = cls._fields.index(key)
        if pos < len(args):
            raise TypeError(f"{cls.__name__} got multiple values for argument {key!r}")
    if cls in _const_types:
        return Constant(*args, **kwargs)
    return Constant.__new__(cls, *args, **kwargs)


class Num(Constant, metaclass=_ABC):
    _fields = ('n',)
    __new__ = _new


class Str(Constant, metaclass=_ABC):
    _fields = ('s',)
    __new__ = _new


class Bytes(Constant, metaclass=_ABC):
    _fields = ('s',)
    __new__ = _new


class NameConstant(Constant, metaclass=_ABC):
    __new__ = _new


class Ellipsis(Constant, metaclass=_ABC):
    _fields = ()

    def __new__(cls, *args, **kwargs):
        if cls is Ellipsis:
            return Constant(..., *args, **kwargs)
        return Constant.__new__(cls, *args, **kwargs)


_const_types = {
    Num: (int, float, complex),
    Str: (str,),
    Bytes: (bytes,),
    NameConstant: (type(None), bool),
    Ellipsis: (type(...),),
}
_const_types_not = {Num: (bool,)}


def unparse(ast_obj):
    """Source text for the tree (CPython's unparser: same layout and parentheses)."""
    from _ast_unparse import _Unparser
    return _Unparser().visit(ast_obj)


PyCF_ONLY_AST = 1024
PyCF_TYPE_COMMENTS = 4096
PyCF_ALLOW_TOP_LEVEL_AWAIT = 8192
