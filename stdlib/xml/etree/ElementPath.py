"""The limited XPath of `Element.find`/`findall`/`iterfind`/`findtext`: child and
descendant steps, `*`, `.`, `..`, `{uri}` and `prefix:` names, and the predicates `[@a]`,
`[@a='v']`, `[tag]`, `[tag='text']`, `[.='text']`, `[N]`, `[last()]` and `[last()-N]`."""

_OPS = ('::', '//', '..', '()', '!=')


def _tokens(path, namespaces=None):
    """(operator, name) pairs, as CPython's xpath_tokenizer gives them: quoted strings and
    punctuation are operators, everything else a name (a prefixed name resolved through
    `namespaces`, an unprefixed one put in its '' namespace)."""
    default = namespaces.get('') if namespaces else None
    after_at = False
    i, n = 0, len(path)
    while i < n:
        c = path[i]
        if c.isspace():
            i += 1
            continue
        if c in '\'"':
            end = path.find(c, i + 1)
            if end < 0:
                end = n - 1
            yield path[i:end + 1], ''
            i = end + 1
            after_at = False
            continue
        two = path[i:i + 2]
        if two in _OPS:
            yield two, ''
            i += 2
            after_at = False
            continue
        if c in '/.*:[]()@=':
            yield c, ''
            i += 1
            after_at = c == '@'
            continue
        start = i
        if c == '{':
            close = path.find('}', i)
            i = n if close < 0 else close + 1
        while i < n and path[i] not in '/[]()@!=' and not path[i].isspace():
            i += 1
        name = path[start:i]
        if name[0] != '{':
            if ':' in name:
                prefix, local = name.split(':', 1)
                if not namespaces or prefix not in namespaces:
                    raise SyntaxError('prefix %r not found in prefix map' % prefix)
                name = '{%s}%s' % (namespaces[prefix], local)
            elif default and not after_at:
                name = '{%s}%s' % (default, name)
        yield '', name
        after_at = False


class _Context:
    def __init__(self, root):
        self.root = root
        self._parents = None

    def parents(self):
        if self._parents is None:
            self._parents = {}
            for parent in self.root.iter():
                for child in parent:
                    self._parents[child] = parent
        return self._parents


def _child(tag):
    def select(context, result):
        for elem in result:
            for child in elem:
                if child.tag == tag:
                    yield child
    return select


def _all_children(context, result):
    for elem in result:
        yield from elem


def _self(context, result):
    yield from result


def _descendant(tag):
    def select(context, result):
        for elem in result:
            for e in elem.iter(tag):
                if e is not elem:
                    yield e
    return select


def _parent(context, result):
    parents = context.parents()
    seen = {}
    for elem in result:
        parent = parents.get(elem)
        if parent is not None and parent not in seen:
            seen[parent] = None
            yield parent


def _predicate(tokens):
    """The selector for the tokens between `[` and `]`."""
    signature = ''
    values = []
    for op, name in tokens:
        if op[:1] in ('"', "'"):
            op, name = "'", op[1:-1]
        signature += op or '-'
        values.append(name)
    if signature == '@-':
        key = values[1]

        def select(context, result):
            for elem in result:
                if elem.get(key) is not None:
                    yield elem
        return select
    if signature in ("@-='", "@-!='"):
        key, value = values[1], values[-1]
        equal = '!' not in signature

        def select(context, result):
            for elem in result:
                if (elem.get(key) == value) == equal:
                    yield elem
        return select
    if signature == '-' and not values[0].isdigit() and values[0] != '':
        tag = values[0]

        def select(context, result):
            for elem in result:
                if elem.find(tag) is not None:
                    yield elem
        return select
    if signature in (".='", ".!='", "-='", "-!='") and (signature[0] == '.' or not values[0].isdigit()):
        tag, value = values[0], values[-1]
        equal = '!' not in signature

        def select(context, result):
            for elem in result:
                if tag:
                    if any((''.join(e.itertext()) == value) == equal for e in elem.findall(tag)):
                        yield elem
                elif (''.join(elem.itertext()) == value) == equal:
                    yield elem
        return select
    if signature in ('-', '-()', '-()-'):
        if signature == '-':
            index = int(values[0]) - 1
            if index < 0:
                raise SyntaxError('XPath position >= 1 expected')
        else:
            if values[0] != 'last':
                raise SyntaxError('unsupported function')
            if signature == '-()-':
                try:
                    index = int(values[2]) - 1
                except ValueError:
                    raise SyntaxError('unsupported expression')
                if index > -2:
                    raise SyntaxError('XPath offset from last() must be negative')
            else:
                index = -1

        def select(context, result):
            parents = context.parents()
            for elem in result:
                parent = parents.get(elem)
                if parent is None:
                    continue
                same = [e for e in parent if e.tag == elem.tag]
                try:
                    if same[index] is elem:
                        yield elem
                except IndexError:
                    pass
        return select
    raise SyntaxError('invalid predicate')


def _compile(path, namespaces):
    if path[-1:] == '/':
        path += '*'  # an implicit wildcard, as CPython
    tokens = list(_tokens(path, namespaces))
    if not tokens:
        raise SyntaxError('invalid path')
    selectors = []
    i = 0
    if tokens[0][0] == '/':
        raise SyntaxError('cannot use absolute path on element')
    while i < len(tokens):
        op, name = tokens[i]
        i += 1
        if name:
            selectors.append(_child(name))
        elif op == '*':
            selectors.append(_all_children)
        elif op == '.':
            selectors.append(_self)
        elif op == '..':
            selectors.append(_parent)
        elif op == '//':
            if i >= len(tokens):
                raise SyntaxError('invalid descendant')
            op, name = tokens[i]
            i += 1
            if op == '*':
                name = '*'
            elif not name:
                raise SyntaxError('invalid descendant')
            selectors.append(_descendant(name))
        elif op == '[':
            inner = []
            while i < len(tokens) and tokens[i][0] != ']':
                inner.append(tokens[i])
                i += 1
            if i >= len(tokens):
                raise SyntaxError('invalid predicate')
            i += 1
            selectors.append(_predicate(inner))
        else:
            raise SyntaxError('invalid path')
        if i < len(tokens) and tokens[i][0] == '/':
            i += 1
            if i >= len(tokens):
                raise SyntaxError('invalid path')
    return selectors


def iterfind(elem, path, namespaces=None):
    selectors = _compile(path, namespaces)
    result = iter((elem,))
    context = _Context(elem)
    for select in selectors:
        result = select(context, result)
    return result


def find(elem, path, namespaces=None):
    return next(iterfind(elem, path, namespaces), None)


def findall(elem, path, namespaces=None):
    return list(iterfind(elem, path, namespaces))


def findtext(elem, path, default=None, namespaces=None):
    try:
        elem = next(iterfind(elem, path, namespaces))
    except StopIteration:
        return default
    return elem.text or ''
