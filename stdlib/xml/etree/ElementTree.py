"""The ElementTree XML API: `Element` trees built by hand or parsed (`fromstring`, `parse`,
`iterparse`, `XMLParser`), searched with ElementPath and written back out (`tostring`,
`ElementTree.write`, `indent`) with CPython's escaping, namespace prefixes and errors."""

import sys
from xml.etree import ElementPath
from xml.etree import _expat
from xml.etree._etree_write import (tostring, tostringlist, write_tree, register_namespace,
                                    _namespace_map)

__all__ = ["Comment", "dump", "Element", "ElementTree", "fromstring", "fromstringlist",
           "indent", "iselement", "iterparse", "parse", "ParseError", "PI",
           "ProcessingInstruction", "QName", "SubElement", "tostring", "tostringlist",
           "TreeBuilder", "VERSION", "XML", "XMLID", "XMLParser", "XMLPullParser",
           "register_namespace", "canonicalize", "C14NWriterTarget"]

VERSION = "1.3.0"


class ParseError(SyntaxError):
    pass


def iselement(element):
    return hasattr(element, 'tag')


class Element:
    """An XML element: a tag, an attribute dict, text, tail text and child elements."""

    def __init__(self, tag, attrib={}, **extra):
        if not isinstance(attrib, dict):
            raise TypeError("Element() argument 2 must be dict, not %s" % type(attrib).__name__)
        self.tag = tag
        self.attrib = {**attrib, **extra}
        self.text = None
        self.tail = None
        self._children = []

    def __repr__(self):
        return "<Element %r at %#x>" % (self.tag, id(self))

    def makeelement(self, tag, attrib):
        return self.__class__(tag, attrib)

    def __copy__(self):
        elem = self.makeelement(self.tag, self.attrib)
        elem.text = self.text
        elem.tail = self.tail
        elem[:] = self
        return elem

    def __deepcopy__(self, memo):
        from copy import deepcopy
        elem = self.makeelement(self.tag, deepcopy(self.attrib, memo))
        elem.text = self.text
        elem.tail = self.tail
        elem._children = [deepcopy(child, memo) for child in self._children]
        return elem

    def __len__(self):
        return len(self._children)

    def __getitem__(self, index):
        return self._children[index]

    def __setitem__(self, index, element):
        if isinstance(index, slice):
            for elt in element:
                self._assert_is_element(elt)
        else:
            self._assert_is_element(element)
        self._children[index] = element

    def __delitem__(self, index):
        del self._children[index]

    def __iter__(self):
        return iter(self._children)

    def _assert_is_element(self, e, what='append'):
        if not isinstance(e, Element):
            raise TypeError('%s() argument must be xml.etree.ElementTree.Element, not %s'
                            % (what, type(e).__name__))

    def append(self, subelement):
        self._assert_is_element(subelement)
        self._children.append(subelement)

    def extend(self, elements):
        for element in elements:
            self._assert_is_element(element, 'extend')
            self._children.append(element)

    def insert(self, index, subelement):
        self._assert_is_element(subelement, 'insert')
        self._children.insert(index, subelement)

    def remove(self, subelement):
        for i, child in enumerate(self._children):
            if child is subelement or child == subelement:
                del self._children[i]
                return
        raise ValueError('list.remove(x): x not in list')

    def find(self, path, namespaces=None):
        return ElementPath.find(self, path, namespaces)

    def findtext(self, path, default=None, namespaces=None):
        return ElementPath.findtext(self, path, default, namespaces)

    def findall(self, path, namespaces=None):
        return ElementPath.findall(self, path, namespaces)

    def iterfind(self, path, namespaces=None):
        return ElementPath.iterfind(self, path, namespaces)

    def clear(self):
        self.attrib.clear()
        self._children = []
        self.text = self.tail = None

    def get(self, key, default=None):
        return self.attrib.get(key, default)

    def set(self, key, value):
        self.attrib[key] = value

    def keys(self):
        return list(self.attrib.keys())

    def items(self):
        return list(self.attrib.items())

    def iter(self, tag=None):
        if tag == '*':
            tag = None
        if tag is None or self.tag == tag:
            yield self
        for child in self._children:
            yield from child.iter(tag)

    def itertext(self):
        tag = self.tag
        if not isinstance(tag, str) and tag is not None:
            return
        if self.text:
            yield self.text
        for child in self._children:
            yield from child.itertext()
            if child.tail:
                yield child.tail


def SubElement(parent, tag, attrib={}, **extra):
    if not isinstance(attrib, dict):
        raise TypeError("SubElement() argument 3 must be dict, not %s" % type(attrib).__name__)
    element = parent.makeelement(tag, {**attrib, **extra})
    parent.append(element)
    return element


def Comment(text=None):
    element = Element(Comment)
    element.text = text
    return element


def ProcessingInstruction(target, text=None):
    element = Element(ProcessingInstruction)
    element.text = target
    if text:
        element.text = element.text + " " + text
    return element


PI = ProcessingInstruction


class QName:
    def __init__(self, text_or_uri, tag=None):
        if tag:
            text_or_uri = "{%s}%s" % (text_or_uri, tag)
        self.text = text_or_uri

    def __str__(self):
        return self.text

    def __repr__(self):
        return '<%s %r>' % (self.__class__.__name__, self.text)

    def __hash__(self):
        return hash(self.text)

    def __eq__(self, other):
        if isinstance(other, QName):
            return self.text == other.text
        return self.text == other

    def __lt__(self, other):
        if isinstance(other, QName):
            return self.text < other.text
        return self.text < other


class ElementTree:
    """A whole document: its root element, with parse and write."""

    def __init__(self, element=None, file=None):
        self._root = element
        if file:
            self.parse(file)

    def getroot(self):
        return self._root

    def _setroot(self, element):
        self._root = element

    def parse(self, source, parser=None):
        close_source = False
        if not hasattr(source, 'read'):
            source = open(source, 'rb')
            close_source = True
        try:
            if parser is None:
                parser = XMLParser()
            parser.feed(source.read())
            self._root = parser.close()
            return self._root
        finally:
            if close_source:
                source.close()

    def iter(self, tag=None):
        return self._root.iter(tag)

    def _path(self, path):
        if path[:1] == '/':
            import warnings
            path = '.' + path
            warnings.warn(
                "This search is broken in 1.3 and earlier, and will be "
                "fixed in a future version.  If you rely on the current "
                "behaviour, change it to %r" % path,
                FutureWarning, stacklevel=3)
        return path

    def find(self, path, namespaces=None):
        return self._root.find(self._path(path), namespaces)

    def findtext(self, path, default=None, namespaces=None):
        return self._root.findtext(self._path(path), default, namespaces)

    def findall(self, path, namespaces=None):
        return self._root.findall(self._path(path), namespaces)

    def iterfind(self, path, namespaces=None):
        return self._root.iterfind(self._path(path), namespaces)

    def write(self, file_or_filename, encoding=None, xml_declaration=None,
              default_namespace=None, method=None, *, short_empty_elements=True):
        write_tree(self._root, file_or_filename, encoding, xml_declaration,
                   default_namespace, method, short_empty_elements)

    def write_c14n(self, file):
        return self.write(file, method='c14n')


def dump(elem):
    if not isinstance(elem, ElementTree):
        elem = ElementTree(elem)
    elem.write(sys.stdout, encoding='unicode')
    tail = elem.getroot().tail
    if not tail or tail[-1] != '\n':
        sys.stdout.write('\n')


def indent(tree, space="  ", level=0):
    """Indent the tree's elements in place: each child on its own line, `space` per
    nesting level (text and tails that are not whitespace are kept)."""
    if isinstance(tree, ElementTree):
        tree = tree.getroot()
    if level < 0:
        raise ValueError(f"Initial indentation level must be >= 0, got {level}")
    if not len(tree):
        return
    prefixes = ["\n" + level * space]

    def walk(elem, depth):
        if depth + 1 >= len(prefixes):
            prefixes.append(prefixes[depth] + space)
        inner = prefixes[depth + 1]
        if not elem.text or not elem.text.strip():
            elem.text = inner
        last = None
        for child in elem:
            if len(child):
                walk(child, depth + 1)
            if not child.tail or not child.tail.strip():
                child.tail = inner
            last = child
        if not last.tail.strip():
            last.tail = prefixes[depth]

    walk(tree, 0)


class TreeBuilder:
    """Builds an element tree from start/data/end calls."""

    def __init__(self, element_factory=None, *, comment_factory=None, pi_factory=None,
                 insert_comments=False, insert_pis=False):
        self._data = []
        self._elem = []
        self._last = None
        self._root = None
        self._tail = None
        self._factory = element_factory or Element
        self._comment_factory = comment_factory or Comment
        self._pi_factory = pi_factory or ProcessingInstruction
        self.insert_comments = insert_comments
        self.insert_pis = insert_pis

    def close(self):
        assert len(self._elem) == 0, "missing end tags"
        assert self._root is not None, "missing toplevel element"
        return self._root

    def _flush(self):
        if self._data:
            if self._last is not None:
                text = "".join(self._data)
                if self._tail:
                    self._last.tail = text
                else:
                    self._last.text = text
            self._data = []

    def data(self, data):
        self._data.append(data)

    def start(self, tag, attrs):
        self._flush()
        self._last = elem = self._factory(tag, attrs)
        if self._elem:
            self._elem[-1].append(elem)
        elif self._root is None:
            self._root = elem
        self._elem.append(elem)
        self._tail = 0
        return elem

    def end(self, tag):
        self._flush()
        self._last = self._elem.pop()
        self._tail = 1
        return self._last

    def _special(self, insert, factory, *args):
        elem = factory(*args)
        if insert:
            self._flush()
            self._last = elem
            if self._elem:
                self._elem[-1].append(elem)
            self._tail = 1
        return elem

    def comment(self, text):
        return self._special(self.insert_comments, self._comment_factory, text)

    def pi(self, target, text=None):
        return self._special(self.insert_pis, self._pi_factory, target, text)


class XMLParser:
    """Parses XML fed in pieces; `close()` returns what the target's `close()` does (the
    root element for the default TreeBuilder)."""

    def __init__(self, *, target=None, encoding=None):
        self.target = target if target is not None else TreeBuilder()
        self._encoding = encoding
        self._chunks = []
        self.version = "Expat 2.5.0"

    def feed(self, data):
        self._chunks.append(data)

    def _text(self):
        if not self._chunks:
            return ''
        if isinstance(self._chunks[0], str):
            return ''.join(self._chunks)
        data = b''.join(self._chunks)
        if self._encoding:
            return data.decode(self._encoding)
        return _expat.decode_document(data)

    def close(self):
        text = self._text()
        self._chunks = []
        try:
            _expat.Scanner(text, self.target).run()
        except _expat.XMLSyntaxError as e:
            err = ParseError(e.message)
            err.code = e.code
            err.position = e.position
            raise err from None
        close = getattr(self.target, 'close', None)
        return close() if close is not None else None

    def flush(self):
        pass


def XML(text, parser=None):
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    parser.feed(text)
    return parser.close()


fromstring = XML


def fromstringlist(sequence, parser=None):
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    for text in sequence:
        parser.feed(text)
    return parser.close()


def XMLID(text, parser=None):
    tree = XML(text, parser)
    ids = {}
    for elem in tree.iter():
        id = elem.get("id")
        if id:
            ids[id] = elem
    return tree, ids


def parse(source, parser=None):
    tree = ElementTree()
    tree.parse(source, parser)
    return tree


class _EventRecorder(TreeBuilder):
    """A TreeBuilder noting the events `iterparse` asked for."""

    def __init__(self, events):
        super().__init__()
        self.wanted = set(events)
        self.events = []

    def start(self, tag, attrs):
        elem = super().start(tag, attrs)
        if 'start' in self.wanted:
            self.events.append(('start', elem))
        return elem

    def end(self, tag):
        elem = super().end(tag)
        if 'end' in self.wanted:
            self.events.append(('end', elem))
        return elem

    def comment(self, text):
        elem = super().comment(text)
        if 'comment' in self.wanted:
            self.events.append(('comment', elem))
        return elem

    def pi(self, target, text=None):
        elem = super().pi(target, text)
        if 'pi' in self.wanted:
            self.events.append(('pi', elem))
        return elem

    def start_ns(self, prefix, uri):
        if 'start-ns' in self.wanted:
            self.events.append(('start-ns', (prefix or '', uri or '')))

    def end_ns(self, prefix):
        if 'end-ns' in self.wanted:
            self.events.append(('end-ns', None))


_EVENTS = ('start', 'end', 'comment', 'pi', 'start-ns', 'end-ns')


def _check_events(events):
    events = ('end',) if events is None else events
    for event in events:
        if event not in _EVENTS:
            raise ValueError("unknown event %r" % event)
    return events


def iterparse(source, events=None, parser=None):
    """(event, element) pairs for the document, then `.root` on the iterator (corio parses
    the whole document at the first step)."""
    events = _check_events(events)
    close_source = not hasattr(source, 'read')

    class IterParseIterator:
        root = None

        def __iter__(self):
            return self

        def __next__(self):
            return next(self._gen)

    it = IterParseIterator()

    def gen():
        src = open(source, 'rb') if close_source else source
        try:
            recorder = _EventRecorder(events)
            p = XMLParser(target=recorder)
            p.feed(src.read())
            it.root = p.close()
            yield from recorder.events
        finally:
            if close_source:
                src.close()

    it._gen = gen()
    return it


class XMLPullParser:
    def __init__(self, events=None, *, _parser=None):
        self._events_wanted = _check_events(events)
        self._chunks = []
        self._ready = []

    def feed(self, data):
        self._chunks.append(data)

    def close(self):
        recorder = _EventRecorder(self._events_wanted)
        p = XMLParser(target=recorder)
        for chunk in self._chunks:
            p.feed(chunk)
        self._chunks = []
        p.close()
        self._ready.extend(recorder.events)

    def read_events(self):
        events, self._ready = self._ready, []
        yield from events


def canonicalize(xml_data=None, *, out=None, from_file=None, **options):
    raise NotImplementedError("xml.etree.ElementTree.canonicalize is not supported by corio")


class C14NWriterTarget:
    def __init__(self, write, **options):
        raise NotImplementedError("C14NWriterTarget is not supported by corio")
