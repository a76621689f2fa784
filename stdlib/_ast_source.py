"""ast.unparse: source text for a syntax tree, laid out as CPython 3.11's unparse lays it out
(4-space blocks, a blank line before each def/class that follows other output, docstrings in
triple quotes, tuples parenthesized except where the grammar lets them stand bare).

Expressions are formatted bottom-up into strings; each node kind has a binding strength, and a
child is wrapped in parentheses when it binds more loosely than its position requires."""

import ast as _ast

# Binding strengths, loosest first (the order of Python's grammar).
(NAMED, TUPLE, YIELD, TEST, OR, AND, NOT, CMP, BOR, BXOR, BAND, SHIFT, ARITH, TERM, FACTOR,
 POWER, AWAIT, ATOM) = range(18)

_BINOPS = {
    'Add': ('+', ARITH), 'Sub': ('-', ARITH), 'Mult': ('*', TERM), 'MatMult': ('@', TERM),
    'Div': ('/', TERM), 'Mod': ('%', TERM), 'FloorDiv': ('//', TERM), 'Pow': ('**', POWER),
    'LShift': ('<<', SHIFT), 'RShift': ('>>', SHIFT), 'BitOr': ('|', BOR),
    'BitXor': ('^', BXOR), 'BitAnd': ('&', BAND),
}
_UNARY = {'Invert': '~', 'Not': 'not', 'UAdd': '+', 'USub': '-'}
_CMPOPS = {
    'Eq': '==', 'NotEq': '!=', 'Lt': '<', 'LtE': '<=', 'Gt': '>', 'GtE': '>=', 'Is': 'is',
    'IsNot': 'is not', 'In': 'in', 'NotIn': 'not in',
}
_QUOTES = ("'", '"', '"""', "'''")
_TRIPLE_QUOTES = ('"""', "'''")
_INF = '1e309'


def _bump(level, by=1):
    return min(level + by, ATOM)


def _escape(text, keep_whitespace):
    """Backslashes and unprintable characters escaped as repr() escapes them; newlines and
    tabs kept as they are when `keep_whitespace`."""
    out = []
    for c in text:
        if c == '\\' or (not c.isprintable() and not (keep_whitespace and c in '\n\t')):
            out.append(c.encode('unicode_escape').decode('ascii'))
        else:
            out.append(c)
    return ''.join(out)


def _quote_choice(text, quotes, keep_whitespace):
    """(escaped text, quotes still usable): the quotes that do not occur in the text. With
    none usable, the text as repr() writes it and repr's own quote."""
    escaped = _escape(text, keep_whitespace)
    usable = [q for q in quotes if q not in escaped]
    if not usable:
        shown = repr(text)
        return shown[1:-1], [next(q for q in quotes if shown[0] in q)]
    if escaped:
        # A final character equal to the quote would end the literal early: the quotes it
        # is not come first (in their order), and if none is left the character is escaped.
        last = escaped[-1]
        usable = [q for q in usable if q[0] != last] + [q for q in usable if q[0] == last]
        if usable[0][0] == last:
            escaped = escaped[:-1] + '\\' + last
    return escaped, usable


def _quoted(text, quotes, keep_whitespace):
    escaped, usable = _quote_choice(text, quotes, keep_whitespace)
    return usable[0] + escaped + usable[0]


class _Source:
    def __init__(self, keep_lines=False):
        self.lines = []
        self.depth = 0
        # For compile(tree): each statement starts on its own `lineno` where it can (blank
        # lines pad the text), so tracebacks and line events name the tree's lines.
        self.keep_lines = keep_lines
        self.physical = 0
        # Inside an f-string's replacement field strings must avoid backslashes.
        self.in_fstring = 0

    # ----- statements

    def line(self, text):
        self.lines.append('    ' * self.depth + text)
        self.physical += text.count('\n') + 1

    def blank(self):
        self.lines.append('')
        self.physical += 1

    def pad_to(self, lineno):
        if self.keep_lines and isinstance(lineno, int):
            while self.physical + 1 < lineno:
                self.blank()

    def blank_before_def(self, node):
        if self.keep_lines:
            starts = [getattr(d, 'lineno', None) for d in node.decorator_list]
            starts = [n for n in starts if isinstance(n, int)]
            self.pad_to(min(starts) if starts else getattr(node, 'lineno', None))
        elif self.lines:
            self.blank()

    def body(self, stmts):
        self.depth += 1
        for s in stmts:
            self.stmt(s)
        self.depth -= 1

    def body_with_docstring(self, stmts):
        if stmts and _is_docstring(stmts[0]):
            self.depth += 1
            self.line(_quoted(stmts[0].value.value, _TRIPLE_QUOTES, True))
            self.depth -= 1
            stmts = stmts[1:]
        self.body(stmts)

    def stmt(self, node):
        if not isinstance(node, (_ast.FunctionDef, _ast.AsyncFunctionDef, _ast.ClassDef)):
            self.pad_to(getattr(node, 'lineno', None))
        method = getattr(self, 's_' + type(node).__name__, None)
        if method is None:
            raise ValueError('Unexpected node type: %s' % type(node).__name__)
        method(node)

    def s_Module(self, node):
        stmts = node.body
        if stmts and _is_docstring(stmts[0]):
            self.line(_quoted(stmts[0].value.value, _TRIPLE_QUOTES, True))
            stmts = stmts[1:]
        for s in stmts:
            self.stmt(s)

    def s_Interactive(self, node):
        for s in node.body:
            self.stmt(s)

    def s_FunctionDef(self, node, keyword='def'):
        self.blank_before_def(node)
        for d in node.decorator_list:
            self.line('@' + self.x(d))
        head = '%s %s(%s)' % (keyword, node.name, self.arguments(node.args))
        if node.returns is not None:
            head += ' -> ' + self.x(node.returns)
        self.line(head + ':')
        self.body_with_docstring(node.body)

    def s_AsyncFunctionDef(self, node):
        self.s_FunctionDef(node, 'async def')

    def s_ClassDef(self, node):
        self.blank_before_def(node)
        for d in node.decorator_list:
            self.line('@' + self.x(d))
        parts = [self.x(b) for b in node.bases] + [self.keyword(k) for k in node.keywords]
        self.line('class %s%s:' % (node.name, '(%s)' % ', '.join(parts) if parts else ''))
        self.body_with_docstring(node.body)

    def s_Return(self, node):
        self.line('return' if node.value is None else 'return ' + self.x(node.value))

    def s_Delete(self, node):
        self.line('del ' + ', '.join(self.x(t) for t in node.targets))

    def s_Assign(self, node):
        targets = ''.join(self.x(t, TUPLE) + ' = ' for t in node.targets)
        self.line(targets + self.x(node.value))

    def s_AugAssign(self, node):
        op = _BINOPS[type(node.op).__name__][0]
        self.line('%s %s= %s' % (self.x(node.target), op, self.x(node.value)))

    def s_AnnAssign(self, node):
        target = self.x(node.target)
        if not node.simple and isinstance(node.target, _ast.Name):
            target = '(%s)' % target
        text = '%s: %s' % (target, self.x(node.annotation))
        if node.value is not None:
            text += ' = ' + self.x(node.value)
        self.line(text)

    def s_For(self, node, keyword='for'):
        self.line('%s %s in %s:' % (keyword, self.x(node.target, TUPLE), self.x(node.iter)))
        self.body(node.body)
        self.else_block(node.orelse)

    def s_AsyncFor(self, node):
        self.s_For(node, 'async for')

    def else_block(self, stmts, keyword='else'):
        if stmts:
            self.line(keyword + ':')
            self.body(stmts)

    def s_While(self, node):
        self.line('while %s:' % self.x(node.test))
        self.body(node.body)
        self.else_block(node.orelse)

    def s_If(self, node):
        self.line('if %s:' % self.x(node.test))
        self.body(node.body)
        rest = node.orelse
        # An else holding only an if is written as elif.
        while len(rest) == 1 and isinstance(rest[0], _ast.If):
            self.line('elif %s:' % self.x(rest[0].test))
            self.body(rest[0].body)
            rest = rest[0].orelse
        self.else_block(rest)

    def s_With(self, node, keyword='with'):
        self.line('%s %s:' % (keyword, ', '.join(self.withitem(i) for i in node.items)))
        self.body(node.body)

    def s_AsyncWith(self, node):
        self.s_With(node, 'async with')

    def withitem(self, item):
        text = self.x(item.context_expr)
        if item.optional_vars is not None:
            text += ' as ' + self.x(item.optional_vars)
        return text

    def s_Match(self, node):
        self.line('match %s:' % self.x(node.subject, TUPLE))
        self.depth += 1
        for case in node.cases:
            self.match_case(case)
        self.depth -= 1

    def match_case(self, case):
        self.pad_to(getattr(case.pattern, 'lineno', None))
        head = 'case ' + self.pattern(case.pattern)
        if case.guard is not None:
            head += ' if ' + self.x(case.guard)
        self.line(head + ':')
        self.body(case.body)

    def s_Raise(self, node):
        text = 'raise'
        if node.exc is not None:
            text += ' ' + self.x(node.exc)
            if node.cause is not None:
                text += ' from ' + self.x(node.cause)
        self.line(text)

    def s_Try(self, node, star=''):
        self.line('try:')
        self.body(node.body)
        for h in node.handlers:
            self.handler(h, star)
        self.else_block(node.orelse)
        self.else_block(node.finalbody, 'finally')

    def s_TryStar(self, node):
        self.s_Try(node, '*')

    def handler(self, h, star=''):
        self.pad_to(getattr(h, 'lineno', None))
        text = 'except' + star
        if h.type is not None:
            text += ' ' + self.x(h.type)
        if h.name is not None:
            text += ' as ' + h.name
        self.line(text + ':')
        self.body(h.body)

    def s_ExceptHandler(self, node):
        self.handler(node)

    def s_Assert(self, node):
        text = 'assert ' + self.x(node.test)
        if node.msg is not None:
            text += ', ' + self.x(node.msg)
        self.line(text)

    def s_Import(self, node):
        self.line('import ' + ', '.join(self.alias(a) for a in node.names))

    def s_ImportFrom(self, node):
        source = '.' * (node.level or 0) + (node.module or '')
        self.line('from %s import %s' % (source, ', '.join(self.alias(a) for a in node.names)))

    def alias(self, a):
        return a.name if a.asname is None else '%s as %s' % (a.name, a.asname)

    def s_Global(self, node):
        self.line('global ' + ', '.join(node.names))

    def s_Nonlocal(self, node):
        self.line('nonlocal ' + ', '.join(node.names))

    def s_Expr(self, node):
        self.line(self.x(node.value, YIELD))

    def s_Pass(self, node):
        self.line('pass')

    def s_Break(self, node):
        self.line('break')

    def s_Continue(self, node):
        self.line('continue')

    # ----- pieces shared by statements and expressions

    def arguments(self, a):
        parts = []
        positional = list(a.posonlyargs) + list(a.args)
        # defaults belong to the last positional parameters.
        first_default = len(positional) - len(a.defaults)
        for i, arg in enumerate(positional):
            text = self.arg(arg)
            if i >= first_default:
                text += '=' + self.x(a.defaults[i - first_default])
            parts.append(text)
            if a.posonlyargs and i == len(a.posonlyargs) - 1:
                parts.append('/')
        if a.vararg is not None:
            parts.append('*' + self.arg(a.vararg))
        elif a.kwonlyargs:
            parts.append('*')
        for arg, default in zip(a.kwonlyargs, a.kw_defaults):
            text = self.arg(arg)
            if default is not None:
                text += '=' + self.x(default)
            parts.append(text)
        if a.kwarg is not None:
            parts.append('**' + self.arg(a.kwarg))
        return ', '.join(parts)

    def arg(self, a):
        if a.annotation is None:
            return a.arg
        return '%s: %s' % (a.arg, self.x(a.annotation))

    def keyword(self, k):
        if k.arg is None:
            return '**' + self.x(k.value)
        return '%s=%s' % (k.arg, self.x(k.value))

    def comprehensions(self, generators):
        out = []
        for g in generators:
            text = ' async for ' if g.is_async else ' for '
            text += '%s in %s' % (self.x(g.target, TUPLE), self.x(g.iter, OR))
            text += ''.join(' if ' + self.x(c, OR) for c in g.ifs)
            out.append(text)
        return ''.join(out)

    # ----- expressions: x(node, needed) is the text of `node` in a place that needs at
    # least binding strength `needed`.

    def x(self, node, needed=TEST):
        method = getattr(self, 'e_' + type(node).__name__, None)
        if method is None:
            raise ValueError('Unexpected node type: %s' % type(node).__name__)
        text, strength = method(node)
        if strength < needed:
            return '(%s)' % text
        return text

    def e_BoolOp(self, node):
        own = AND if isinstance(node.op, _ast.And) else OR
        # CPython asks each further operand for a tighter binding than the one before it.
        parts = [self.x(v, _bump(own, i + 1)) for i, v in enumerate(node.values)]
        return (' and ' if own == AND else ' or ').join(parts), own

    def e_NamedExpr(self, node):
        return '%s := %s' % (self.x(node.target, ATOM), self.x(node.value, ATOM)), NAMED

    def e_BinOp(self, node):
        op, own = _BINOPS[type(node.op).__name__]
        # Right-associative power binds its left side tighter; the others their right side.
        left_needs, right_needs = (_bump(own), own) if op == '**' else (own, _bump(own))
        return '%s %s %s' % (self.x(node.left, left_needs), op, self.x(node.right, right_needs)), own

    def e_UnaryOp(self, node):
        op = _UNARY[type(node.op).__name__]
        if op == 'not':
            return 'not ' + self.x(node.operand, NOT), NOT
        return op + self.x(node.operand, FACTOR), FACTOR

    def e_Lambda(self, node):
        args = self.arguments(node.args)
        return 'lambda%s: %s' % (' ' + args if args else '', self.x(node.body)), TEST

    def e_IfExp(self, node):
        return '%s if %s else %s' % (self.x(node.body, OR), self.x(node.test, OR),
                                     self.x(node.orelse)), TEST

    def e_Dict(self, node):
        items = []
        for k, v in zip(node.keys, node.values):
            items.append('**' + self.x(v, BOR) if k is None else '%s: %s' % (self.x(k), self.x(v)))
        return '{%s}' % ', '.join(items), ATOM

    def e_Set(self, node):
        if not node.elts:
            return '{*()}', ATOM
        return '{%s}' % ', '.join(self.x(e) for e in node.elts), ATOM

    def e_List(self, node):
        return '[%s]' % ', '.join(self.x(e) for e in node.elts), ATOM

    def e_Tuple(self, node):
        text = self.items(node.elts)
        if not node.elts:
            return '()', ATOM
        return text, TUPLE

    def items(self, elts):
        if len(elts) == 1:
            return self.x(elts[0]) + ','
        return ', '.join(self.x(e) for e in elts)

    def e_ListComp(self, node):
        return '[%s%s]' % (self.x(node.elt), self.comprehensions(node.generators)), ATOM

    def e_SetComp(self, node):
        return '{%s%s}' % (self.x(node.elt), self.comprehensions(node.generators)), ATOM

    def e_GeneratorExp(self, node):
        return '(%s%s)' % (self.x(node.elt), self.comprehensions(node.generators)), ATOM

    def e_DictComp(self, node):
        return '{%s: %s%s}' % (self.x(node.key), self.x(node.value),
                               self.comprehensions(node.generators)), ATOM

    def e_Await(self, node):
        return 'await ' + self.x(node.value, ATOM), AWAIT

    def e_Yield(self, node):
        if node.value is None:
            return 'yield', YIELD
        return 'yield ' + self.x(node.value), YIELD

    def e_YieldFrom(self, node):
        return 'yield from ' + self.x(node.value), YIELD

    def e_Compare(self, node):
        text = self.x(node.left, _bump(CMP))
        for op, right in zip(node.ops, node.comparators):
            text += ' %s %s' % (_CMPOPS[type(op).__name__], self.x(right, _bump(CMP)))
        return text, CMP

    def e_Call(self, node):
        args = [self.x(a) for a in node.args] + [self.keyword(k) for k in node.keywords]
        return '%s(%s)' % (self.x(node.func, ATOM), ', '.join(args)), ATOM

    def e_Constant(self, node):
        return self.constant(node.value, getattr(node, 'kind', None)), ATOM

    def constant(self, value, kind=None):
        if value is ...:
            return '...'
        if isinstance(value, str):
            if self.in_fstring:
                escaped, usable = _quote_choice(value, _QUOTES, True)
                if '\\' in escaped:
                    raise ValueError('Unable to avoid backslash in f-string expression part')
                return usable[0] + escaped + usable[0]
            return ('u' if kind == 'u' else '') + repr(value)
        if isinstance(value, float):
            if value != value:
                return '(%s-%s)' % (_INF, _INF)
            return repr(value).replace('inf', _INF)
        if isinstance(value, complex):
            return repr(value).replace('inf', _INF)
        if isinstance(value, tuple):
            if len(value) == 1:
                return '(%s,)' % self.constant(value[0])
            return '(%s)' % ', '.join(self.constant(v) for v in value)
        return repr(value)

    def e_Attribute(self, node):
        value = self.x(node.value, ATOM)
        # `1.real` would read as a float literal.
        if isinstance(node.value, _ast.Constant) and isinstance(node.value.value, int):
            value += ' '
        return '%s.%s' % (value, node.attr), ATOM

    def e_Subscript(self, node):
        s = node.slice
        if isinstance(s, _ast.Tuple) and s.elts:
            inner = self.items(s.elts)
        else:
            inner = self.x(s)
        return '%s[%s]' % (self.x(node.value, ATOM), inner), ATOM

    def e_Starred(self, node):
        return '*' + self.x(node.value, BOR), ATOM

    def e_Name(self, node):
        return node.id, ATOM

    def e_Slice(self, node):
        text = ''
        if node.lower is not None:
            text += self.x(node.lower)
        text += ':'
        if node.upper is not None:
            text += self.x(node.upper)
        if node.step is not None:
            text += ':' + self.x(node.step)
        return text, ATOM

    # ----- f-strings

    def e_JoinedStr(self, node):
        return 'f' + self.fstring(node.values), ATOM

    def e_FormattedValue(self, node):
        return 'f' + self.fstring([node]), ATOM

    def fstring(self, values):
        # Each piece narrows the quotes that can enclose the whole literal.
        quotes = list(_QUOTES)
        pieces = []
        for v in values:
            is_text = isinstance(v, _ast.Constant)
            escaped, quotes = _quote_choice(self.fstring_piece(v), quotes, not is_text)
            pieces.append(escaped)
        return quotes[0] + ''.join(pieces) + quotes[0]

    def fstring_piece(self, v):
        if isinstance(v, _ast.Constant):
            return v.value.replace('{', '{{').replace('}', '}}')
        if isinstance(v, _ast.JoinedStr):
            return ''.join(self.fstring_piece(p) for p in v.values)
        if not isinstance(v, _ast.FormattedValue):
            raise ValueError('Unexpected node inside JoinedStr, %r' % type(v).__name__)
        self.in_fstring += 1
        try:
            expr = self.x(v.value, OR)
        finally:
            self.in_fstring -= 1
        if '\\' in expr:
            raise ValueError('Unable to avoid backslash in f-string expression part')
        text = '{' + (' ' if expr.startswith('{') else '') + expr
        if v.conversion != -1:
            text += '!' + chr(v.conversion)
        if v.format_spec is not None:
            text += ':' + self.fstring_piece(v.format_spec)
        return text + '}'

    # ----- patterns

    def pattern(self, p, needed=TEST):
        text, strength = getattr(self, 'p_' + type(p).__name__)(p)
        return '(%s)' % text if strength < needed else text

    def p_MatchValue(self, p):
        return self.x(p.value), ATOM

    def p_MatchSingleton(self, p):
        return repr(p.value), ATOM

    def p_MatchSequence(self, p):
        return '[%s]' % ', '.join(self.pattern(q) for q in p.patterns), ATOM

    def p_MatchStar(self, p):
        return '*' + (p.name if p.name is not None else '_'), ATOM

    def p_MatchMapping(self, p):
        items = ['%s: %s' % (self.x(k), self.pattern(q)) for k, q in zip(p.keys, p.patterns)]
        if p.rest is not None:
            items.append('**' + p.rest)
        return '{%s}' % ', '.join(items), ATOM

    def p_MatchClass(self, p):
        args = [self.pattern(q) for q in p.patterns]
        args += ['%s=%s' % (a, self.pattern(q)) for a, q in zip(p.kwd_attrs, p.kwd_patterns)]
        return '%s(%s)' % (self.x(p.cls, ATOM), ', '.join(args)), ATOM

    def p_MatchAs(self, p):
        if p.pattern is None:
            return (p.name if p.name is not None else '_'), ATOM
        if p.name is None:
            raise ValueError("MatchAs with a pattern and no name")
        return '%s as %s' % (self.pattern(p.pattern, BOR), p.name), TEST

    def p_MatchOr(self, p):
        return ' | '.join(self.pattern(q, _bump(BOR)) for q in p.patterns), BOR


def _is_docstring(stmt):
    return (isinstance(stmt, _ast.Expr) and isinstance(stmt.value, _ast.Constant)
            and isinstance(stmt.value.value, str))


_PIECES = {
    'arguments': _Source.arguments, 'arg': _Source.arg, 'keyword': _Source.keyword,
    'alias': _Source.alias, 'withitem': _Source.withitem,
    'comprehension': lambda self, g: self.comprehensions([g]).lstrip(' '),
}


def unparse(node, keep_lines=False):
    src = _Source(keep_lines)
    name = type(node).__name__
    if isinstance(node, _ast.Expression):
        return src.x(node.body)
    if isinstance(node, _ast.expr):
        return src.x(node)
    if isinstance(node, _ast.pattern):
        return src.pattern(node)
    if name in _PIECES:
        return _PIECES[name](src, node)
    if isinstance(node, _ast.match_case):
        src.match_case(node)
    else:
        src.stmt(node)
    return '\n'.join(src.lines)
