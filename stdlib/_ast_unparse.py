"""ast.unparse's engine: source text from a tree with CPython 3.11's layout (4-space blocks,
a blank line before each def and class, repr() for constants) and its rule for parentheses: each
node gets the precedence its context needs, and is parenthesized when it binds more loosely."""

import ast as _ast

# Operator precedences, loosest first (CPython's _Precedence; BOR is EXPR).
NAMED_EXPR, TUPLE, YIELD, TEST, OR, AND, NOT, CMP, EXPR, BXOR, BAND, SHIFT, ARITH, TERM, \
    FACTOR, POWER, AWAIT, ATOM = range(1, 19)
BOR = EXPR


def _next(p):
    return min(p + 1, ATOM)


_SINGLE_QUOTES = ("'", '"')
_MULTI_QUOTES = ('"""', "'''")
_ALL_QUOTES = (*_SINGLE_QUOTES, *_MULTI_QUOTES)
_INFSTR = "1e" + repr(__import__('sys').float_info.max_10_exp + 1)

_UNOPS = {"Invert": "~", "Not": "not", "UAdd": "+", "USub": "-"}
_UNOP_PREC = {"not": NOT, "~": FACTOR, "+": FACTOR, "-": FACTOR}
_BINOPS = {"Add": "+", "Sub": "-", "Mult": "*", "MatMult": "@", "Div": "/", "Mod": "%",
           "LShift": "<<", "RShift": ">>", "BitOr": "|", "BitXor": "^", "BitAnd": "&",
           "FloorDiv": "//", "Pow": "**"}
_BINOP_PREC = {"+": ARITH, "-": ARITH, "*": TERM, "@": TERM, "/": TERM, "%": TERM,
               "<<": SHIFT, ">>": SHIFT, "|": BOR, "^": BXOR, "&": BAND, "//": TERM,
               "**": POWER}
_CMPOPS = {"Eq": "==", "NotEq": "!=", "Lt": "<", "LtE": "<=", "Gt": ">", "GtE": ">=",
           "Is": "is", "IsNot": "is not", "In": "in", "NotIn": "not in"}
_BOOLOPS = {"And": ("and", AND), "Or": ("or", OR)}


class _Delimit:
    def __init__(self, unparser, start, end, when=True):
        self.u, self.start, self.end, self.when = unparser, start, end, when

    def __enter__(self):
        if self.when:
            self.u.write(self.start)

    def __exit__(self, *exc):
        if self.when:
            self.u.write(self.end)


class _Block:
    def __init__(self, unparser):
        self.u = unparser

    def __enter__(self):
        self.u.write(":")
        self.u._indent += 1

    def __exit__(self, *exc):
        self.u._indent -= 1


class _Unparser:
    def __init__(self, _avoid_backslashes=False):
        self._source = []
        self._precedences = {}
        self._indent = 0
        self._in_try_star = False
        self._avoid_backslashes = _avoid_backslashes

    # -- output helpers
    def visit(self, node):
        self._source = []
        self.traverse(node)
        return "".join(self._source)

    def traverse(self, node):
        if isinstance(node, list):
            for item in node:
                self.traverse(item)
        else:
            method = getattr(self, 'visit_' + node.__class__.__name__, None)
            if method is None:
                raise ValueError(f"Unexpected node {node!r}")
            method(node)

    def write(self, *text):
        self._source.extend(text)

    def fill(self, text=""):
        self.maybe_newline()
        self.write("    " * self._indent + text)

    def maybe_newline(self):
        if self._source:
            self.write("\n")

    def interleave(self, sep, f, seq):
        first = True
        for x in seq:
            if not first:
                self.write(sep)
            first = False
            f(x)

    def items_view(self, f, items):
        if len(items) == 1:
            f(items[0])
            self.write(",")
        else:
            self.interleave(", ", f, items)

    def delimit(self, start, end):
        return _Delimit(self, start, end)

    def delimit_if(self, start, end, condition):
        return _Delimit(self, start, end, condition)

    def require_parens(self, precedence, node):
        return _Delimit(self, "(", ")", self.get_precedence(node) > precedence)

    def get_precedence(self, node):
        return self._precedences.get(id(node), TEST)

    def set_precedence(self, precedence, *nodes):
        for node in nodes:
            self._precedences[id(node)] = precedence

    def block(self):
        return _Block(self)

    # -- modules and statements
    def _docstring_node(self, node):
        if (isinstance(node, (_ast.AsyncFunctionDef, _ast.FunctionDef, _ast.ClassDef,
                              _ast.Module)) and node.body):
            first = node.body[0]
            if isinstance(first, _ast.Expr) and isinstance(first.value, _ast.Constant) \
                    and isinstance(first.value.value, str):
                return first.value
        return None

    def _body_with_docstring(self, node):
        doc = self._docstring_node(node)
        if doc is not None:
            self.fill()
            if doc.kind == "u":
                self.write("u")
            self._write_str_avoiding_backslashes(doc.value, quote_types=_MULTI_QUOTES)
            self.traverse(node.body[1:])
        else:
            self.traverse(node.body)

    def visit_Module(self, node):
        self._body_with_docstring(node)

    def visit_Interactive(self, node):
        self.traverse(node.body)

    def visit_Expression(self, node):
        self.traverse(node.body)

    def visit_Expr(self, node):
        self.fill()
        self.set_precedence(YIELD, node.value)
        self.traverse(node.value)

    def visit_NamedExpr(self, node):
        with self.require_parens(NAMED_EXPR, node):
            self.set_precedence(ATOM, node.target, node.value)
            self.traverse(node.target)
            self.write(" := ")
            self.traverse(node.value)

    def visit_Import(self, node):
        self.fill("import ")
        self.interleave(", ", self.traverse, node.names)

    def visit_ImportFrom(self, node):
        self.fill("from ")
        self.write("." * (node.level or 0))
        if node.module:
            self.write(node.module)
        self.write(" import ")
        self.interleave(", ", self.traverse, node.names)

    def visit_Assign(self, node):
        self.fill()
        for target in node.targets:
            self.set_precedence(TUPLE, target)
            self.traverse(target)
            self.write(" = ")
        self.traverse(node.value)

    def visit_AugAssign(self, node):
        self.fill()
        self.traverse(node.target)
        self.write(" " + _BINOPS[node.op.__class__.__name__] + "= ")
        self.traverse(node.value)

    def visit_AnnAssign(self, node):
        self.fill()
        with self.delimit_if("(", ")", not node.simple and isinstance(node.target, _ast.Name)):
            self.traverse(node.target)
        self.write(": ")
        self.traverse(node.annotation)
        if node.value:
            self.write(" = ")
            self.traverse(node.value)

    def visit_Return(self, node):
        self.fill("return")
        if node.value:
            self.write(" ")
            self.traverse(node.value)

    def visit_Pass(self, node):
        self.fill("pass")

    def visit_Break(self, node):
        self.fill("break")

    def visit_Continue(self, node):
        self.fill("continue")

    def visit_Delete(self, node):
        self.fill("del ")
        self.interleave(", ", self.traverse, node.targets)

    def visit_Assert(self, node):
        self.fill("assert ")
        self.traverse(node.test)
        if node.msg:
            self.write(", ")
            self.traverse(node.msg)

    def visit_Global(self, node):
        self.fill("global ")
        self.interleave(", ", self.write, node.names)

    def visit_Nonlocal(self, node):
        self.fill("nonlocal ")
        self.interleave(", ", self.write, node.names)

    def visit_Await(self, node):
        with self.require_parens(AWAIT, node):
            self.write("await")
            if node.value:
                self.write(" ")
                self.set_precedence(ATOM, node.value)
                self.traverse(node.value)

    def visit_Yield(self, node):
        with self.require_parens(YIELD, node):
            self.write("yield")
            if node.value:
                self.write(" ")
                self.set_precedence(ATOM, node.value)
                self.traverse(node.value)

    def visit_YieldFrom(self, node):
        with self.require_parens(YIELD, node):
            self.write("yield from ")
            if not node.value:
                raise ValueError("Node can't be used without a value attribute.")
            self.set_precedence(ATOM, node.value)
            self.traverse(node.value)

    def visit_Raise(self, node):
        self.fill("raise")
        if not node.exc:
            if node.cause:
                raise ValueError("Node can't use cause without an exception.")
            return
        self.write(" ")
        self.traverse(node.exc)
        if node.cause:
            self.write(" from ")
            self.traverse(node.cause)

    def _try(self, node, star):
        saved, self._in_try_star = self._in_try_star, star
        try:
            self.fill("try")
            with self.block():
                self.traverse(node.body)
            for handler in node.handlers:
                self.traverse(handler)
            if node.orelse:
                self.fill("else")
                with self.block():
                    self.traverse(node.orelse)
            if node.finalbody:
                self.fill("finally")
                with self.block():
                    self.traverse(node.finalbody)
        finally:
            self._in_try_star = saved

    def visit_Try(self, node):
        self._try(node, False)

    def visit_TryStar(self, node):
        self._try(node, True)

    def visit_ExceptHandler(self, node):
        self.fill("except*" if self._in_try_star else "except")
        if node.type:
            self.write(" ")
            self.traverse(node.type)
        if node.name:
            self.write(" as ")
            self.write(node.name)
        with self.block():
            self.traverse(node.body)

    def visit_ClassDef(self, node):
        self.maybe_newline()
        for deco in node.decorator_list:
            self.fill("@")
            self.traverse(deco)
        self.fill("class " + node.name)
        with self.delimit_if("(", ")", node.bases or node.keywords):
            self.interleave(", ", self.traverse, node.bases + node.keywords)
        with self.block():
            self._body_with_docstring(node)

    def _function(self, node, keyword):
        self.maybe_newline()
        for deco in node.decorator_list:
            self.fill("@")
            self.traverse(deco)
        self.fill(keyword + " " + node.name)
        with self.delimit("(", ")"):
            self.traverse(node.args)
        if node.returns:
            self.write(" -> ")
            self.traverse(node.returns)
        with self.block():
            self._body_with_docstring(node)

    def visit_FunctionDef(self, node):
        self._function(node, "def")

    def visit_AsyncFunctionDef(self, node):
        self._function(node, "async def")

    def _for(self, keyword, node):
        self.fill(keyword)
        self.set_precedence(TUPLE, node.target)
        self.traverse(node.target)
        self.write(" in ")
        self.traverse(node.iter)
        with self.block():
            self.traverse(node.body)
        if node.orelse:
            self.fill("else")
            with self.block():
                self.traverse(node.orelse)

    def visit_For(self, node):
        self._for("for ", node)

    def visit_AsyncFor(self, node):
        self._for("async for ", node)

    def visit_If(self, node):
        self.fill("if ")
        self.traverse(node.test)
        with self.block():
            self.traverse(node.body)
        # An else holding just an if is written as elif.
        while node.orelse and len(node.orelse) == 1 and isinstance(node.orelse[0], _ast.If):
            node = node.orelse[0]
            self.fill("elif ")
            self.traverse(node.test)
            with self.block():
                self.traverse(node.body)
        if node.orelse:
            self.fill("else")
            with self.block():
                self.traverse(node.orelse)

    def visit_While(self, node):
        self.fill("while ")
        self.traverse(node.test)
        with self.block():
            self.traverse(node.body)
        if node.orelse:
            self.fill("else")
            with self.block():
                self.traverse(node.orelse)

    def _with(self, keyword, node):
        self.fill(keyword)
        self.interleave(", ", self.traverse, node.items)
        with self.block():
            self.traverse(node.body)

    def visit_With(self, node):
        self._with("with ", node)

    def visit_AsyncWith(self, node):
        self._with("async with ", node)

    def visit_withitem(self, node):
        self.traverse(node.context_expr)
        if node.optional_vars:
            self.write(" as ")
            self.traverse(node.optional_vars)

    def visit_Match(self, node):
        self.fill("match ")
        self.traverse(node.subject)
        with self.block():
            for case in node.cases:
                self.traverse(case)

    def visit_match_case(self, node):
        self.fill("case ")
        self.traverse(node.pattern)
        if node.guard:
            self.write(" if ")
            self.traverse(node.guard)
        with self.block():
            self.traverse(node.body)

    # -- strings
    def _str_literal_helper(self, string, *, quote_types=_ALL_QUOTES,
                            escape_special_whitespace=False):
        """The string's body escaped for a literal, and the quotes it can go between
        (the first one preferred)."""
        def escape_char(c):
            if not escape_special_whitespace and c in "\n\t":
                return c
            if c == "\\" or not c.isprintable():
                return c.encode("unicode_escape").decode("ascii")
            return c

        escaped = "".join(map(escape_char, string))
        quotes = quote_types
        if "\n" in escaped:
            quotes = [q for q in quotes if q in _MULTI_QUOTES]
        quotes = [q for q in quotes if q not in escaped]
        if not quotes:
            string = repr(string)
            quote = next((q for q in quote_types if string[0] in q), string[0])
            return string[1:-1], [quote]
        if escaped:
            # Prefer a quote that differs from the last character; a triple quote that
            # matches it gets that character escaped.
            quotes.sort(key=lambda q: q[0] == escaped[-1])
            if quotes[0][0] == escaped[-1]:
                escaped = escaped[:-1] + "\\" + escaped[-1]
        return escaped, quotes

    def _write_str_avoiding_backslashes(self, string, *, quote_types=_ALL_QUOTES):
        string, quote_types = self._str_literal_helper(string, quote_types=quote_types)
        quote = quote_types[0]
        self.write(f"{quote}{string}{quote}")

    def _fstring_part(self, node):
        """The text of one f-string piece, as the unparser writes it."""
        saved = self._source
        self._source = []
        try:
            self._write_fstring_inner(node)
            return "".join(self._source)
        finally:
            self._source = saved

    def visit_JoinedStr(self, node):
        self.write("f")
        if self._avoid_backslashes:
            self._write_str_avoiding_backslashes(self._fstring_part(node))
            return
        parts = []
        quote_types = list(_ALL_QUOTES)
        for value in node.values:
            text = self._fstring_part(value)
            text, quote_types = self._str_literal_helper(
                text, quote_types=quote_types,
                escape_special_whitespace=isinstance(value, _ast.Constant))
            parts.append(text)
        quote = quote_types[0]
        self.write(f"{quote}{''.join(parts)}{quote}")

    def _write_fstring_inner(self, node):
        if isinstance(node, _ast.JoinedStr):
            for value in node.values:
                self._write_fstring_inner(value)
        elif isinstance(node, _ast.Constant) and isinstance(node.value, str):
            self.write(node.value.replace("{", "{{").replace("}", "}}"))
        elif isinstance(node, _ast.FormattedValue):
            self.visit_FormattedValue(node)
        else:
            raise ValueError(f"Unexpected node inside JoinedStr, {node!r}")

    def visit_FormattedValue(self, node):
        inner = _Unparser(_avoid_backslashes=True)
        inner.set_precedence(_next(TEST), node.value)
        expr = inner.visit(node.value)
        with self.delimit("{", "}"):
            if "\\" in expr:
                raise ValueError("Unable to avoid backslash in f-string expression part")
            if expr.startswith("{"):
                self.write(" ")
            self.write(expr)
            if node.conversion != -1:
                self.write(f"!{chr(node.conversion)}")
            if node.format_spec:
                self.write(":")
                self._write_fstring_inner(node.format_spec)

    # -- expressions
    def visit_Name(self, node):
        self.write(node.id)

    def _write_constant(self, value):
        if isinstance(value, (float, complex)):
            # Infinities become an overflowing literal, NaN inf - inf.
            self.write(repr(value).replace("inf", _INFSTR)
                       .replace("nan", f"({_INFSTR}-{_INFSTR})"))
        elif self._avoid_backslashes and isinstance(value, str):
            self._write_str_avoiding_backslashes(value)
        else:
            self.write(repr(value))

    def visit_Constant(self, node):
        value = node.value
        if isinstance(value, tuple):
            with self.delimit("(", ")"):
                self.items_view(self._write_constant, value)
        elif value is ...:
            self.write("...")
        else:
            if node.kind == "u":
                self.write("u")
            self._write_constant(node.value)

    def visit_List(self, node):
        with self.delimit("[", "]"):
            self.interleave(", ", self.traverse, node.elts)

    def _comp(self, start, end, *elts, generators):
        with self.delimit(start, end):
            for i, elt in enumerate(elts):
                if i:
                    self.write(": ")
                self.traverse(elt)
            for gen in generators:
                self.traverse(gen)

    def visit_ListComp(self, node):
        self._comp("[", "]", node.elt, generators=node.generators)

    def visit_GeneratorExp(self, node):
        self._comp("(", ")", node.elt, generators=node.generators)

    def visit_SetComp(self, node):
        self._comp("{", "}", node.elt, generators=node.generators)

    def visit_DictComp(self, node):
        self._comp("{", "}", node.key, node.value, generators=node.generators)

    def visit_comprehension(self, node):
        self.write(" async for " if node.is_async else " for ")
        self.set_precedence(TUPLE, node.target)
        self.traverse(node.target)
        self.write(" in ")
        self.set_precedence(_next(TEST), node.iter, *node.ifs)
        self.traverse(node.iter)
        for cond in node.ifs:
            self.write(" if ")
            self.traverse(cond)

    def visit_IfExp(self, node):
        with self.require_parens(TEST, node):
            self.set_precedence(_next(TEST), node.body, node.test)
            self.traverse(node.body)
            self.write(" if ")
            self.traverse(node.test)
            self.write(" else ")
            self.set_precedence(TEST, node.orelse)
            self.traverse(node.orelse)

    def visit_Set(self, node):
        if node.elts:
            with self.delimit("{", "}"):
                self.interleave(", ", self.traverse, node.elts)
        else:
            # {} is a dict: an empty set literal has to be spelled this way.
            self.write('{*()}')

    def visit_Dict(self, node):
        def item(pair):
            k, v = pair
            if k is None:
                self.write("**")
                self.set_precedence(EXPR, v)
                self.traverse(v)
            else:
                self.traverse(k)
                self.write(": ")
                self.traverse(v)

        with self.delimit("{", "}"):
            self.interleave(", ", item, zip(node.keys, node.values))

    def visit_Tuple(self, node):
        with self.delimit_if("(", ")", len(node.elts) == 0 or self.get_precedence(node) > TUPLE):
            self.items_view(self.traverse, node.elts)

    def visit_UnaryOp(self, node):
        op = _UNOPS[node.op.__class__.__name__]
        prec = _UNOP_PREC[op]
        with self.require_parens(prec, node):
            self.write(op)
            # -x, +x, ~x stay joined; "not" needs its space.
            if prec != FACTOR:
                self.write(" ")
            self.set_precedence(prec, node.operand)
            self.traverse(node.operand)

    def visit_BinOp(self, node):
        op = _BINOPS[node.op.__class__.__name__]
        prec = _BINOP_PREC[op]
        with self.require_parens(prec, node):
            if op == "**":
                left, right = _next(prec), prec
            else:
                left, right = prec, _next(prec)
            self.set_precedence(left, node.left)
            self.traverse(node.left)
            self.write(f" {op} ")
            self.set_precedence(right, node.right)
            self.traverse(node.right)

    def visit_Compare(self, node):
        with self.require_parens(CMP, node):
            self.set_precedence(_next(CMP), node.left, *node.comparators)
            self.traverse(node.left)
            for o, e in zip(node.ops, node.comparators):
                self.write(" " + _CMPOPS[o.__class__.__name__] + " ")
                self.traverse(e)

    def visit_BoolOp(self, node):
        op, prec = _BOOLOPS[node.op.__class__.__name__]
        level = prec

        def operand(value):
            # Each later operand binds one level tighter, as CPython writes them.
            nonlocal level
            level = _next(level)
            self.set_precedence(level, value)
            self.traverse(value)

        with self.require_parens(prec, node):
            self.interleave(f" {op} ", operand, node.values)

    def visit_Attribute(self, node):
        self.set_precedence(ATOM, node.value)
        self.traverse(node.value)
        # "3.real" would lex as a float: an int gets a space before the dot.
        if isinstance(node.value, _ast.Constant) and isinstance(node.value.value, int):
            self.write(" ")
        self.write(".")
        self.write(node.attr)

    def visit_Call(self, node):
        self.set_precedence(ATOM, node.func)
        self.traverse(node.func)
        with self.delimit("(", ")"):
            self.interleave(", ", self.traverse, node.args + node.keywords)

    def visit_Subscript(self, node):
        self.set_precedence(ATOM, node.value)
        self.traverse(node.value)
        with self.delimit("[", "]"):
            s = node.slice
            if isinstance(s, _ast.Tuple) and s.elts:
                self.items_view(self.traverse, s.elts)
            else:
                self.traverse(s)

    def visit_Starred(self, node):
        self.write("*")
        self.set_precedence(EXPR, node.value)
        self.traverse(node.value)

    def visit_Slice(self, node):
        if node.lower:
            self.traverse(node.lower)
        self.write(":")
        if node.upper:
            self.traverse(node.upper)
        if node.step:
            self.write(":")
            self.traverse(node.step)

    def visit_arg(self, node):
        self.write(node.arg)
        if node.annotation:
            self.write(": ")
            self.traverse(node.annotation)

    def visit_arguments(self, node):
        first = True

        def sep():
            nonlocal first
            if not first:
                self.write(", ")
            first = False

        positional = node.posonlyargs + node.args
        defaults = [None] * (len(positional) - len(node.defaults)) + node.defaults
        for index, (a, d) in enumerate(zip(positional, defaults), 1):
            sep()
            self.traverse(a)
            if d:
                self.write("=")
                self.traverse(d)
            if index == len(node.posonlyargs):
                self.write(", /")
        if node.vararg or node.kwonlyargs:
            sep()
            self.write("*")
            if node.vararg:
                self.write(node.vararg.arg)
                if node.vararg.annotation:
                    self.write(": ")
                    self.traverse(node.vararg.annotation)
        for a, d in zip(node.kwonlyargs, node.kw_defaults):
            self.write(", ")
            self.traverse(a)
            if d:
                self.write("=")
                self.traverse(d)
        if node.kwarg:
            sep()
            self.write("**" + node.kwarg.arg)
            if node.kwarg.annotation:
                self.write(": ")
                self.traverse(node.kwarg.annotation)

    def visit_keyword(self, node):
        if node.arg is None:
            self.write("**")
        else:
            self.write(node.arg)
            self.write("=")
        self.traverse(node.value)

    def visit_Lambda(self, node):
        with self.require_parens(TEST, node):
            self.write("lambda")
            saved = self._source
            self._source = []
            self.traverse(node.args)
            params, self._source = self._source, saved
            if params:
                self.write(" ", *params)
            self.write(": ")
            self.set_precedence(TEST, node.body)
            self.traverse(node.body)

    def visit_alias(self, node):
        self.write(node.name)
        if node.asname:
            self.write(" as " + node.asname)

    # -- patterns
    def visit_MatchValue(self, node):
        self.traverse(node.value)

    def visit_MatchSingleton(self, node):
        self._write_constant(node.value)

    def visit_MatchSequence(self, node):
        with self.delimit("[", "]"):
            self.interleave(", ", self.traverse, node.patterns)

    def visit_MatchStar(self, node):
        self.write(f"*{'_' if node.name is None else node.name}")

    def visit_MatchMapping(self, node):
        def pair(kp):
            k, p = kp
            self.traverse(k)
            self.write(": ")
            self.traverse(p)

        with self.delimit("{", "}"):
            self.interleave(", ", pair, zip(node.keys, node.patterns))
            if node.rest is not None:
                if node.keys:
                    self.write(", ")
                self.write(f"**{node.rest}")

    def visit_MatchClass(self, node):
        self.set_precedence(ATOM, node.cls)
        self.traverse(node.cls)
        with self.delimit("(", ")"):
            self.interleave(", ", self.traverse, node.patterns)
            if node.kwd_attrs:
                def attr_pattern(pair):
                    attr, pattern = pair
                    self.write(f"{attr}=")
                    self.traverse(pattern)

                if node.patterns:
                    self.write(", ")
                self.interleave(", ", attr_pattern, zip(node.kwd_attrs, node.kwd_patterns))

    def visit_MatchAs(self, node):
        if node.name is None:
            self.write("_")
        elif node.pattern is None:
            self.write(node.name)
        else:
            with self.require_parens(TEST, node):
                self.set_precedence(BOR, node.pattern)
                self.traverse(node.pattern)
                self.write(f" as {node.name}")

    def visit_MatchOr(self, node):
        with self.require_parens(BOR, node):
            self.set_precedence(_next(BOR), *node.patterns)
            self.interleave(" | ", self.traverse, node.patterns)
