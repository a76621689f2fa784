"""ast (a subset): literal_eval, with the node classes it deals in. The source is checked by
compile() first, so syntax errors are CPython's; then a small parser builds the literal
nodes, and anything else is "malformed" as in CPython. ast.parse/dump are not provided."""

import re as _re

__all__ = ['literal_eval', 'AST', 'Constant', 'Tuple', 'List', 'Set', 'Dict', 'Name',
           'Call', 'UnaryOp', 'BinOp', 'Expression', 'UAdd', 'USub', 'Add', 'Sub']


class AST:
    _fields = ()

    def __init__(self, *args, **kwargs):
        for name, value in zip(self._fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            setattr(self, name, value)


class expr(AST):
    pass


class Expression(AST):
    _fields = ('body',)


class Constant(expr):
    _fields = ('value', 'kind')


class Tuple(expr):
    _fields = ('elts', 'ctx')


class List(expr):
    _fields = ('elts', 'ctx')


class Set(expr):
    _fields = ('elts',)


class Dict(expr):
    _fields = ('keys', 'values')


class Name(expr):
    _fields = ('id', 'ctx')


class Call(expr):
    _fields = ('func', 'args', 'keywords')


class UnaryOp(expr):
    _fields = ('op', 'operand')


class BinOp(expr):
    _fields = ('left', 'op', 'right')


class Attribute(expr):
    _fields = ('value', 'attr', 'ctx')


class Subscript(expr):
    _fields = ('value', 'slice', 'ctx')


class JoinedStr(expr):
    _fields = ('values',)


class Compare(expr):
    _fields = ('left', 'ops', 'comparators')


class BoolOp(expr):
    _fields = ('op', 'values')


class Lambda(expr):
    _fields = ('args', 'body')


class IfExp(expr):
    _fields = ('test', 'body', 'orelse')


class Starred(expr):
    _fields = ('value', 'ctx')


class operator(AST):
    pass


class unaryop(AST):
    pass


class Add(operator):
    pass


class Sub(operator):
    pass


class Mult(operator):
    pass


class Div(operator):
    pass


class Mod(operator):
    pass


class Pow(operator):
    pass


class FloorDiv(operator):
    pass


class BitOr(operator):
    pass


class BitAnd(operator):
    pass


class BitXor(operator):
    pass


class LShift(operator):
    pass


class RShift(operator):
    pass


class MatMult(operator):
    pass


class UAdd(unaryop):
    pass


class USub(unaryop):
    pass


class Not(unaryop):
    pass


class Invert(unaryop):
    pass


class Load(AST):
    pass


_TOKEN = _re.compile(r'''
    (?P<ws>[ \t\f]+|\\\r?\n|\#[^\n]*)
  | (?P<nl>\r?\n)
  | (?P<str>(?:[rRbBuUfF]{0,2})(?:\'\'\'(?:\\.|[^\\])*?\'\'\'|"""(?:\\.|[^\\])*?"""|'(?:\\.|[^\\'\n])*'|"(?:\\.|[^\\"\n])*"))
  | (?P<num>(?:0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|(?:[0-9][0-9_]*\.?[0-9_]*|\.[0-9][0-9_]*)(?:[eE][+-]?[0-9_]+)?)[jJ]?)
  | (?P<name>[^\W\d]\w*)
  | (?P<op>\*\*|//|<<|>>|<=|>=|==|!=|->|:=|\.\.\.|[-+*/%@&|^~<>()\[\]{},:.;=!])
''', _re.VERBOSE | _re.DOTALL)

_BINOPS = {'+': Add, '-': Sub, '*': Mult, '/': Div, '%': Mod, '**': Pow, '//': FloorDiv,
           '|': BitOr, '&': BitAnd, '^': BitXor, '<<': LShift, '>>': RShift, '@': MatMult}
_PRECEDENCE = {'|': 1, '^': 2, '&': 3, '<<': 4, '>>': 4, '+': 5, '-': 5,
               '*': 6, '/': 6, '//': 6, '%': 6, '@': 6}


class _Parser:
    """Builds literal nodes from source that compile() has accepted as an expression."""

    def __init__(self, source):
        self.tokens = []
        line, depth = 1, 0
        for m in _TOKEN.finditer(source):
            kind = m.lastgroup
            text = m.group()
            if kind == 'op' and text in '([{':
                depth += 1
            elif kind == 'op' and text in ')]}':
                depth -= 1
            if kind not in ('ws', 'nl'):
                self.tokens.append((kind, text, line))
            line += text.count('\n')
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else ('end', '', 0)

    def take(self):
        tok = self.peek()
        self.pos += 1
        return tok

    def node(self, cls, line, **fields):
        n = cls(**fields)
        n.lineno = line
        return n

    def parse(self):
        first = self.peek()
        value = self.expr_list()
        if self.peek()[0] != 'end':
            return self.node(expr, first[2])
        return value

    def expr_list(self):
        line = self.peek()[2]
        first = self.expr()
        if self.peek()[1] != ',':
            return first
        elts = [first]
        while self.peek()[1] == ',':
            self.take()
            if self.peek()[0] == 'end' or self.peek()[1] in ')]}':
                break
            elts.append(self.expr())
        return self.node(Tuple, line, elts=elts, ctx=Load())

    def expr(self):
        kind, text, line = self.peek()
        if kind == 'name' and text in ('lambda', 'not', 'await', 'yield'):
            self.skip_rest(past_colon=(text == 'lambda'))
            return self.node(Lambda if text == 'lambda' else UnaryOp, line, op=Not())
        left = self.binary(0)
        kind, text, line2 = self.peek()
        if text in ('<', '>', '==', '>=', '<=', '!=', 'in', 'not', 'is', 'and', 'or', 'if'):
            self.skip_rest()
            cls = BoolOp if text in ('and', 'or') else IfExp if text == 'if' else Compare
            return self.node(cls, line)
        return left

    def skip_rest(self, past_colon=False):
        """Skip to the end of the current element (an expression literal_eval rejects)."""
        depth = 0
        while self.peek()[0] != 'end':
            text = self.peek()[1]
            if text in '([{' and self.peek()[0] == 'op':
                depth += 1
            elif text in ')]}' and self.peek()[0] == 'op':
                if depth == 0:
                    return
                depth -= 1
            elif (text == ',' or text == ':' and not past_colon) and depth == 0:
                return
            self.take()

    def binary(self, min_prec):
        left = self.unary()
        while True:
            kind, text, line = self.peek()
            prec = _PRECEDENCE.get(text) if kind == 'op' else None
            if prec is None or prec <= min_prec:
                return left
            self.take()
            right = self.binary(prec)
            left = self.node(BinOp, line, left=left, op=_BINOPS[text](), right=right)

    def unary(self):
        kind, text, line = self.peek()
        if kind == 'op' and text in ('+', '-', '~'):
            self.take()
            operand = self.unary()
            op = {'+': UAdd, '-': USub, '~': Invert}[text]()
            return self.node(UnaryOp, line, op=op, operand=operand)
        return self.power()

    def power(self):
        base = self.postfix()
        kind, text, line = self.peek()
        if text == '**' and kind == 'op':
            self.take()
            exponent = self.unary()
            return self.node(BinOp, line, left=base, op=Pow(), right=exponent)
        return base

    def postfix(self):
        node = self.atom()
        while True:
            kind, text, line = self.peek()
            if kind != 'op' or text not in ('(', '[', '.'):
                return node
            self.take()
            if text == '.':
                attr = self.take()[1]
                node = self.node(Attribute, line, value=node, attr=attr, ctx=Load())
            elif text == '[':
                self.skip_rest()
                self.take()
                node = self.node(Subscript, line, value=node, ctx=Load())
            else:
                args = []
                while self.peek()[1] != ')':
                    self.skip_rest()
                    args.append(None)
                    if self.peek()[1] == ',':
                        self.take()
                self.take()
                node = self.node(Call, line, func=node, args=args, keywords=[])

    def atom(self):
        kind, text, line = self.take()
        if kind == 'str':
            parts = [text]
            while self.peek()[0] == 'str':
                parts.append(self.take()[1])
            if any('f' in p[:2].lower() for p in parts):
                return self.node(JoinedStr, line, values=[])
            return self.node(Constant, line, value=eval(' '.join(parts)), kind=None)
        if kind == 'num':
            return self.node(Constant, line, value=eval(text), kind=None)
        if kind == 'name':
            if text in ('True', 'False', 'None'):
                return self.node(Constant, line, value={'True': True, 'False': False, 'None': None}[text], kind=None)
            return self.node(Name, line, id=text, ctx=Load())
        if text == '...':
            return self.node(Constant, line, value=..., kind=None)
        if text == '(':
            if self.peek()[1] == ')':
                self.take()
                return self.node(Tuple, line, elts=[], ctx=Load())
            inner = self.expr_list()
            if self.peek()[1] != ')':
                self.skip_rest()
                inner = self.node(expr, line)
            self.take()
            return inner
        if text == '[':
            elts = self.elements(']')
            return elts if isinstance(elts, AST) else self.node(List, line, elts=elts, ctx=Load())
        if text == '{':
            return self.braces(line)
        return self.node(expr, line)

    def elements(self, close):
        elts = []
        while self.peek()[1] != close:
            if self.peek()[1] == '*':
                line = self.peek()[2]
                self.skip_rest()
                elts.append(self.node(Starred, line))
            else:
                elts.append(self.expr())
            if self.peek()[1] == ',':
                self.take()
            elif self.peek()[1] != close:
                self.skip_rest()
                while self.peek()[1] != close and self.peek()[0] != 'end':
                    self.take()
                self.take()
                return self.node(expr, self.peek()[2])
        self.take()
        return elts

    def braces(self, line):
        if self.peek()[1] == '}':
            self.take()
            return self.node(Dict, line, keys=[], values=[])
        keys, values = [], []
        is_dict = None
        while self.peek()[1] != '}':
            if self.peek()[1] == '**':
                self.take()
                keys.append(None)
                values.append(self.expr())
                is_dict = True
            else:
                item = self.expr()
                if self.peek()[1] == ':':
                    self.take()
                    keys.append(item)
                    values.append(self.expr())
                    is_dict = True
                else:
                    keys.append(item)
                    is_dict = False if is_dict is None else is_dict
            if self.peek()[1] == ',':
                self.take()
            elif self.peek()[1] != '}':
                while self.peek()[1] != '}' and self.peek()[0] != 'end':
                    self.take()
                self.take()
                return self.node(expr, line)
        self.take()
        if is_dict:
            return self.node(Dict, line, keys=keys, values=values)
        return self.node(Set, line, elts=keys)


def _parse_eval(source):
    if not source.strip(' \t\n\r\f'):
        raise SyntaxError('invalid syntax', ('<unknown>', 0, 0, '', 0, 0))
    compile(source, '<unknown>', 'eval')
    return Expression(body=_Parser(source).parse())


def literal_eval(node_or_string):
    """Evaluate a string (or node) holding only Python literals: strings, bytes, numbers,
    tuples, lists, dicts, sets, booleans, None and Ellipsis, as CPython's literal_eval."""
    if isinstance(node_or_string, str):
        node_or_string = _parse_eval(node_or_string.lstrip(" \t"))
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


def parse(source, filename='<unknown>', mode='exec', **kwargs):
    if mode == 'eval':
        compile(source, filename, 'eval')
        return Expression(body=_Parser(source).parse())
    raise NotImplementedError("corio's ast module only supports literal_eval and parse(mode='eval')")


for _name, _cls in list(globals().items()):
    if isinstance(_cls, type) and issubclass(_cls, AST):
        _cls.__module__ = 'ast'
del _name, _cls
