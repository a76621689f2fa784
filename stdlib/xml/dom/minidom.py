"""xml.dom.minidom: a small DOM (Document, Element, Text, Comment, Attr...) built by
parse/parseString over xml.parsers.expat, written back by toxml/toprettyxml the way
CPython's minidom lays it out."""

import io
import xml.dom
from xml.dom import (EMPTY_NAMESPACE, EMPTY_PREFIX, XMLNS_NAMESPACE,
                     HierarchyRequestErr, NotFoundErr)

__all__ = ['parse', 'parseString', 'getDOMImplementation', 'Document', 'Element',
           'Text', 'Comment', 'Attr', 'Node', 'NodeList', 'NamedNodeMap']


def _detached(node):
    """node, cut from its parent and siblings (it has just left a child list)."""
    node.parentNode = None
    node.nextSibling = node.previousSibling = None
    return node


class NodeList(list):
    """A list of nodes with the DOM's length and item()."""
    __slots__ = ()

    def item(self, index):
        if 0 <= index < len(self):
            return self[index]

    @property
    def length(self):
        return len(self)


EmptyNodeList = NodeList


def _write_data(writer, data):
    if data:
        data = data.replace("&", "&amp;").replace("<", "&lt;"). \
            replace("\"", "&quot;").replace(">", "&gt;")
        writer.write(data)


class Node(xml.dom.Node):
    namespaceURI = None
    parentNode = None
    ownerDocument = None
    nextSibling = None
    previousSibling = None
    prefix = EMPTY_PREFIX

    def __bool__(self):
        return True

    def toxml(self, encoding=None, standalone=None):
        return self.toprettyxml("", "", encoding, standalone)

    def toprettyxml(self, indent="\t", newl="\n", encoding=None, standalone=None):
        if encoding is None:
            writer = io.StringIO()
        else:
            writer = io.TextIOWrapper(io.BytesIO(), encoding=encoding,
                                      errors="xmlcharrefreplace", newline='\n')
        if self.nodeType == Node.DOCUMENT_NODE:
            self.writexml(writer, "", indent, newl, encoding, standalone)
        else:
            self.writexml(writer, "", indent, newl)
        if encoding is None:
            return writer.getvalue()
        return writer.detach().getvalue()

    def hasChildNodes(self):
        return bool(self.childNodes)

    @property
    def firstChild(self):
        children = self.childNodes
        return children[0] if children else None

    @property
    def lastChild(self):
        children = self.childNodes
        return children[-1] if children else None

    def _check_child(self, node):
        if node.nodeType not in self._child_node_types:
            raise HierarchyRequestErr(
                "%s cannot be child of %s" % (repr(node), repr(self)))

    def insertBefore(self, newChild, refChild):
        if newChild.nodeType == self.DOCUMENT_FRAGMENT_NODE:
            for c in tuple(newChild.childNodes):
                self.insertBefore(c, refChild)
            return newChild
        self._check_child(newChild)
        if newChild.parentNode is not None:
            newChild.parentNode.removeChild(newChild)
        if refChild is None:
            self.appendChild(newChild)
        else:
            try:
                index = self.childNodes.index(refChild)
            except ValueError:
                raise NotFoundErr()
            self.childNodes.insert(index, newChild)
            self._relink()
            newChild.parentNode = self
        return newChild

    def appendChild(self, node):
        if node.nodeType == self.DOCUMENT_FRAGMENT_NODE:
            for c in tuple(node.childNodes):
                self.appendChild(c)
            return node
        self._check_child(node)
        if node.parentNode is not None:
            node.parentNode.removeChild(node)
        children = self.childNodes
        if children:
            last = children[-1]
            node.previousSibling = last
            last.nextSibling = node
        else:
            node.previousSibling = None
        node.nextSibling = None
        children.append(node)
        node.parentNode = self
        return node

    def replaceChild(self, newChild, oldChild):
        if newChild is oldChild:
            return
        self._check_child(newChild)
        if newChild.parentNode is not None:
            newChild.parentNode.removeChild(newChild)
        try:
            index = self.childNodes.index(oldChild)
        except ValueError:
            raise NotFoundErr()
        self.childNodes[index] = newChild
        newChild.parentNode = self
        self._relink()
        return _detached(oldChild)

    def removeChild(self, oldChild):
        try:
            self.childNodes.remove(oldChild)
        except ValueError:
            raise NotFoundErr()
        self._relink()
        return _detached(oldChild)

    def _relink(self):
        previous = None
        for child in self.childNodes:
            child.previousSibling = previous
            if previous is not None:
                previous.nextSibling = child
            previous = child
        if previous is not None:
            previous.nextSibling = None

    def normalize(self):
        """Merge adjacent text nodes and drop empty ones, all the way down."""
        merged = []
        for child in self.childNodes:
            if child.nodeType == Node.TEXT_NODE:
                if not child.data:
                    continue
                if merged and merged[-1].nodeType == Node.TEXT_NODE:
                    merged[-1].data = merged[-1].data + child.data
                    continue
            elif child.nodeType == Node.ELEMENT_NODE:
                child.normalize()
            merged.append(child)
        self.childNodes[:] = merged
        self._relink()

    def cloneNode(self, deep):
        return _clone_node(self, deep, self.ownerDocument or self)

    def isSameNode(self, other):
        return self is other

    def getUserData(self, key):
        return getattr(self, '_user_data', {}).get(key, (None, None))[0]

    def setUserData(self, key, data, handler):
        store = self.__dict__.setdefault('_user_data', {})
        old = store.get(key, (None, None))[0]
        store[key] = (data, handler)
        return old

    def unlink(self):
        self.parentNode = self.ownerDocument = None
        for child in self.childNodes:
            child.unlink()
        self.childNodes = NodeList()
        self.previousSibling = self.nextSibling = None

    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        self.unlink()


def _descendants_by_tag(parent, name, found):
    for node in parent.childNodes:
        if node.nodeType == Node.ELEMENT_NODE:
            if name == "*" or node.tagName == name:
                found.append(node)
            _descendants_by_tag(node, name, found)
    return found


class Attr(Node):
    nodeType = Node.ATTRIBUTE_NODE
    attributes = None
    specified = False
    ownerElement = None
    _child_node_types = (Node.TEXT_NODE, Node.ENTITY_REFERENCE_NODE)

    def __init__(self, qName, namespaceURI=EMPTY_NAMESPACE, localName=None,
                 prefix=None):
        self.name = self.nodeName = qName
        self.namespaceURI = namespaceURI
        self._prefix = prefix
        self._value = ""
        self.childNodes = NodeList()

    @property
    def localName(self):
        return self.nodeName.split(":", 1)[-1]

    @property
    def prefix(self):
        return self._prefix

    @property
    def value(self):
        return self._value

    @value.setter
    def value(self, value):
        self._value = value

    nodeValue = value

    def unlink(self):
        self.ownerElement = None
        Node.unlink(self)


class NamedNodeMap:
    """An element's attributes by name."""

    def __init__(self, attrs, ownerElement):
        self._attrs = attrs
        self._ownerElement = ownerElement

    @property
    def length(self):
        return len(self._attrs)

    def item(self, index):
        try:
            return self[list(self._attrs.keys())[index]]
        except IndexError:
            return None

    def items(self):
        return [(node.nodeName, node.value) for node in self._attrs.values()]

    def keys(self):
        return self._attrs.keys()

    def values(self):
        return self._attrs.values()

    def get(self, name, value=None):
        return self._attrs.get(name, value)

    def __len__(self):
        return len(self._attrs)

    def __contains__(self, key):
        return key in self._attrs

    def __getitem__(self, name):
        if isinstance(name, tuple):
            for attr in self._attrs.values():
                if (attr.namespaceURI, attr.localName) == name:
                    return attr
            raise KeyError(name)
        return self._attrs[name]

    def __setitem__(self, name, value):
        if isinstance(value, str):
            try:
                node = self._attrs[name]
            except KeyError:
                node = Attr(name)
                node.ownerDocument = self._ownerElement.ownerDocument
                self.setNamedItem(node)
            node.value = value
        else:
            if not isinstance(value, Attr):
                raise TypeError("value must be a string or Attr object")
            self.setNamedItem(value)

    def setNamedItem(self, node):
        old = self._attrs.get(node.name)
        self._attrs[node.name] = node
        node.ownerElement = self._ownerElement
        return old

    def removeNamedItem(self, name):
        node = self._attrs.pop(name, None)
        if node is None:
            raise NotFoundErr()
        node.ownerElement = None
        return node

    def __delitem__(self, name):
        self.removeNamedItem(name)


AttributeList = NamedNodeMap


class Element(Node):
    nodeType = Node.ELEMENT_NODE
    nodeValue = None
    _child_node_types = (Node.ELEMENT_NODE, Node.PROCESSING_INSTRUCTION_NODE,
                         Node.COMMENT_NODE, Node.TEXT_NODE,
                         Node.CDATA_SECTION_NODE, Node.ENTITY_REFERENCE_NODE)

    def __init__(self, tagName, namespaceURI=EMPTY_NAMESPACE, prefix=None,
                 localName=None):
        self.parentNode = None
        self.tagName = self.nodeName = tagName
        self._prefix = prefix
        self.namespaceURI = namespaceURI
        self.childNodes = NodeList()
        self.nextSibling = self.previousSibling = None
        self._attrs = {}

    @property
    def localName(self):
        return self.tagName.split(":", 1)[-1]

    @property
    def prefix(self):
        if self._prefix is not None:
            return self._prefix
        return self.tagName.split(":", 1)[0] if ":" in self.tagName else None

    @property
    def attributes(self):
        return NamedNodeMap(self._attrs, self)

    def _get_attributes(self):
        return self.attributes

    def getAttribute(self, attname):
        attr = self._attrs.get(attname)
        return "" if attr is None else attr.value

    def getAttributeNS(self, namespaceURI, localName):
        for attr in self._attrs.values():
            if attr.namespaceURI == namespaceURI and attr.localName == localName:
                return attr.value
        return ""

    def setAttribute(self, attname, value):
        attr = self._attrs.get(attname)
        if attr is None:
            attr = Attr(attname)
            attr.ownerDocument = self.ownerDocument
            attr.ownerElement = self
            self._attrs[attname] = attr
        attr.value = value

    def setAttributeNS(self, namespaceURI, qualifiedName, value):
        self.setAttribute(qualifiedName, value)
        self._attrs[qualifiedName].namespaceURI = namespaceURI

    def getAttributeNode(self, attrname):
        return self._attrs.get(attrname)

    def setAttributeNode(self, attr):
        old = self._attrs.get(attr.name)
        self._attrs[attr.name] = attr
        attr.ownerElement = self
        return old

    setAttributeNodeNS = setAttributeNode

    def removeAttribute(self, name):
        try:
            attr = self._attrs.pop(name)
        except KeyError:
            raise NotFoundErr()
        attr.ownerElement = None

    def removeAttributeNode(self, node):
        self.removeAttribute(node.name)
        return node

    def hasAttribute(self, name):
        return name in self._attrs

    def hasAttributes(self):
        return bool(self._attrs)

    def getElementsByTagName(self, name):
        return _descendants_by_tag(self, name, NodeList())

    def getElementsByTagNameNS(self, namespaceURI, localName):
        return NodeList(e for e in _descendants_by_tag(self, "*", NodeList())
                        if (localName == "*" or e.localName == localName)
                        and (namespaceURI == "*" or e.namespaceURI == namespaceURI))

    def __repr__(self):
        return "<DOM Element: %s at %#x>" % (self.tagName, id(self))

    def writexml(self, writer, indent="", addindent="", newl=""):
        """Write the element: attributes in order, a lone text child inline, other
        children on their own lines."""
        writer.write(indent + "<" + self.tagName)
        for name, attr in self._attrs.items():
            writer.write(' %s="' % name)
            _write_data(writer, attr.value)
            writer.write('"')
        if self.childNodes:
            writer.write(">")
            if (len(self.childNodes) == 1 and self.childNodes[0].nodeType in (
                    Node.TEXT_NODE, Node.CDATA_SECTION_NODE)):
                self.childNodes[0].writexml(writer, '', '', '')
            else:
                writer.write(newl)
                for node in self.childNodes:
                    node.writexml(writer, indent + addindent, addindent, newl)
                writer.write(indent)
            writer.write("</%s>%s" % (self.tagName, newl))
        else:
            writer.write("/>%s" % newl)

    def unlink(self):
        for attr in self._attrs.values():
            attr.unlink()
        self._attrs = {}
        Node.unlink(self)


class _Leaf(Node):
    """A node that cannot have children."""
    attributes = None
    childNodes = NodeList()
    _child_node_types = ()

    @property
    def firstChild(self):
        return None

    @property
    def lastChild(self):
        return None

    def appendChild(self, node):
        raise HierarchyRequestErr(self.nodeName + " nodes cannot have children")

    def hasChildNodes(self):
        return False

    def insertBefore(self, newChild, refChild):
        raise HierarchyRequestErr(self.nodeName + " nodes do not have children")

    def removeChild(self, oldChild):
        raise NotFoundErr(self.nodeName + " nodes do not have children")

    def normalize(self):
        pass

    def replaceChild(self, newChild, oldChild):
        raise HierarchyRequestErr(self.nodeName + " nodes do not have children")

    def unlink(self):
        self.parentNode = self.ownerDocument = None
        self.previousSibling = self.nextSibling = None


class ProcessingInstruction(_Leaf):
    nodeType = Node.PROCESSING_INSTRUCTION_NODE

    def __init__(self, target, data):
        self.target = self.nodeName = target
        self.data = data

    @property
    def nodeValue(self):
        return self.data

    def writexml(self, writer, indent="", addindent="", newl=""):
        writer.write("%s<?%s %s?>%s" % (indent, self.target, self.data, newl))


class CharacterData(_Leaf):
    def __init__(self):
        self.ownerDocument = self.parentNode = None
        self.previousSibling = self.nextSibling = None
        self._data = ''

    @property
    def data(self):
        return self._data

    @data.setter
    def data(self, data):
        self._data = data

    nodeValue = data

    @property
    def length(self):
        return len(self.data)

    def __len__(self):
        return len(self.data)

    def __repr__(self):
        data = self.data
        dotdotdot = "..." if len(data) > 10 else ""
        return '<DOM %s node "%r%s">' % (self.__class__.__name__, data[0:10], dotdotdot)

    def substringData(self, offset, count):
        return self.data[offset:offset + count]

    def appendData(self, arg):
        self.data = self.data + arg

    def insertData(self, offset, arg):
        self.data = "%s%s%s" % (self.data[:offset], arg, self.data[offset:])

    def deleteData(self, offset, count):
        self.data = self.data[:offset] + self.data[offset + count:]

    def replaceData(self, offset, count, arg):
        self.data = "%s%s%s" % (self.data[:offset], arg, self.data[offset + count:])


class Text(CharacterData):
    nodeType = Node.TEXT_NODE
    nodeName = "#text"
    attributes = None

    def splitText(self, offset):
        if offset < 0 or offset > len(self.data):
            raise xml.dom.IndexSizeErr("illegal offset value")
        newText = self.__class__()
        newText.data = self.data[offset:]
        newText.ownerDocument = self.ownerDocument
        parent = self.parentNode
        if parent is not None and self in parent.childNodes:
            parent.insertBefore(newText, self.nextSibling)
        self.data = self.data[:offset]
        return newText

    def writexml(self, writer, indent="", addindent="", newl=""):
        _write_data(writer, "%s%s%s" % (indent, self.data, newl))

    @property
    def wholeText(self):
        parts = [self.data]
        node = self.previousSibling
        while node is not None and node.nodeType in (Node.TEXT_NODE,
                                                     Node.CDATA_SECTION_NODE):
            parts.insert(0, node.data)
            node = node.previousSibling
        node = self.nextSibling
        while node is not None and node.nodeType in (Node.TEXT_NODE,
                                                     Node.CDATA_SECTION_NODE):
            parts.append(node.data)
            node = node.nextSibling
        return ''.join(parts)

    def isWhitespaceInElementContent(self):
        return False


class Comment(CharacterData):
    nodeType = Node.COMMENT_NODE
    nodeName = "#comment"

    def __init__(self, data):
        CharacterData.__init__(self)
        self._data = data

    def writexml(self, writer, indent="", addindent="", newl=""):
        if "--" in self.data:
            raise ValueError("'--' is not allowed in a comment node")
        writer.write("%s<!--%s-->%s" % (indent, self.data, newl))


class CDATASection(Text):
    nodeType = Node.CDATA_SECTION_NODE
    nodeName = "#cdata-section"

    def writexml(self, writer, indent="", addindent="", newl=""):
        if self.data.find("]]>") >= 0:
            raise ValueError("']]>' not allowed in a CDATA section")
        writer.write("<![CDATA[%s]]>" % self.data)


class DocumentFragment(Node):
    nodeType = Node.DOCUMENT_FRAGMENT_NODE
    nodeName = "#document-fragment"
    nodeValue = None
    attributes = None
    parentNode = None
    _child_node_types = Element._child_node_types

    def __init__(self):
        self.childNodes = NodeList()


class DocumentType(_Leaf):
    nodeType = Node.DOCUMENT_TYPE_NODE
    nodeValue = None
    name = None
    publicId = None
    systemId = None
    internalSubset = None

    def __init__(self, qualifiedName):
        if qualifiedName:
            self.name = self.nodeName = qualifiedName

    def writexml(self, writer, indent="", addindent="", newl=""):
        writer.write("<!DOCTYPE ")
        writer.write(self.name)
        if self.publicId:
            writer.write("%s  PUBLIC '%s'%s  '%s'" % (newl, self.publicId, newl,
                                                     self.systemId))
        elif self.systemId:
            writer.write("%s  SYSTEM '%s'" % (newl, self.systemId))
        if self.internalSubset is not None:
            writer.write(" [")
            writer.write(self.internalSubset)
            writer.write("]")
        writer.write(">" + newl)


class DOMImplementation:
    def hasFeature(self, feature, version):
        return feature.lower() in ("core", "xml") and version in (None, "", "1.0", "2.0")

    def createDocument(self, namespaceURI, qualifiedName, doctype):
        doc = Document()
        if doctype is not None:
            doc.appendChild(doctype)
        if qualifiedName:
            doc.appendChild(doc.createElementNS(namespaceURI, qualifiedName))
        return doc

    def createDocumentType(self, qualifiedName, publicId, systemId):
        doctype = DocumentType(qualifiedName)
        doctype.publicId = publicId
        doctype.systemId = systemId
        return doctype


class Document(Node):
    nodeType = Node.DOCUMENT_NODE
    nodeName = "#document"
    nodeValue = None
    attributes = None
    parentNode = None
    previousSibling = nextSibling = None
    implementation = DOMImplementation()
    actualEncoding = None
    encoding = None
    standalone = None
    version = None
    doctype = None
    _child_node_types = (Node.ELEMENT_NODE, Node.PROCESSING_INSTRUCTION_NODE,
                         Node.COMMENT_NODE, Node.DOCUMENT_TYPE_NODE)

    def __init__(self):
        self.childNodes = NodeList()

    @property
    def documentElement(self):
        for node in self.childNodes:
            if node.nodeType == Node.ELEMENT_NODE:
                return node

    def appendChild(self, node):
        # a fragment is not among a document's child types: _check_child refuses it
        self._check_child(node)
        if node.parentNode is not None:
            node.parentNode.removeChild(node)
        if node.nodeType == Node.ELEMENT_NODE and self.documentElement is not None:
            raise HierarchyRequestErr("two document elements disallowed")
        if node.nodeType == Node.DOCUMENT_TYPE_NODE:
            self.doctype = node
        return Node.appendChild(self, node)

    def _own(self, node):
        node.ownerDocument = self
        return node

    def createDocumentFragment(self):
        return self._own(DocumentFragment())

    def createElement(self, tagName):
        return self._own(Element(tagName))

    def createTextNode(self, data):
        if not isinstance(data, str):
            raise TypeError("node contents must be a string")
        t = Text()
        t.data = data
        return self._own(t)

    def createCDATASection(self, data):
        if not isinstance(data, str):
            raise TypeError("node contents must be a string")
        c = CDATASection()
        c.data = data
        return self._own(c)

    def createComment(self, data):
        return self._own(Comment(data))

    def createProcessingInstruction(self, target, data):
        return self._own(ProcessingInstruction(target, data))

    def createAttribute(self, qName):
        return self._own(Attr(qName))

    def createElementNS(self, namespaceURI, qualifiedName):
        prefix = qualifiedName.split(":", 1)[0] if ":" in qualifiedName else None
        return self._own(Element(qualifiedName, namespaceURI, prefix))

    def createAttributeNS(self, namespaceURI, qualifiedName):
        a = Attr(qualifiedName, namespaceURI)
        return self._own(a)

    def getElementById(self, id):
        for node in _descendants_by_tag(self, "*", NodeList()):
            if node.getAttribute("id") == id:
                return node
        return None

    def getElementsByTagName(self, name):
        return _descendants_by_tag(self, name, NodeList())

    def getElementsByTagNameNS(self, namespaceURI, localName):
        return NodeList(e for e in _descendants_by_tag(self, "*", NodeList())
                        if (localName == "*" or e.localName == localName)
                        and (namespaceURI == "*" or e.namespaceURI == namespaceURI))

    def importNode(self, node, deep):
        return _clone_node(node, deep, self)

    def writexml(self, writer, indent="", addindent="", newl="", encoding=None,
                 standalone=None):
        declarations = []
        if encoding:
            declarations.append(f'encoding="{encoding}"')
        if standalone is not None:
            declarations.append(f'standalone="{"yes" if standalone else "no"}"')
        writer.write(f'<?xml version="1.0" {" ".join(declarations)}?>{newl}')
        for node in self.childNodes:
            node.writexml(writer, indent, addindent, newl)

    def unlink(self):
        self.doctype = None
        Node.unlink(self)


def _clone_node(node, deep, newOwnerDocument):
    kind = node.nodeType
    if kind == Node.ELEMENT_NODE:
        clone = newOwnerDocument.createElementNS(node.namespaceURI, node.nodeName) \
            if isinstance(newOwnerDocument, Document) else Element(node.nodeName)
        for name, attr in node._attrs.items():
            clone.setAttribute(name, attr.value)
        if deep:
            for child in node.childNodes:
                clone.appendChild(_clone_node(child, deep, newOwnerDocument))
    elif kind == Node.TEXT_NODE:
        clone = Text()
        clone.data = node.data
    elif kind == Node.CDATA_SECTION_NODE:
        clone = CDATASection()
        clone.data = node.data
    elif kind == Node.COMMENT_NODE:
        clone = Comment(node.data)
    elif kind == Node.PROCESSING_INSTRUCTION_NODE:
        clone = ProcessingInstruction(node.target, node.data)
    elif kind == Node.ATTRIBUTE_NODE:
        clone = Attr(node.nodeName)
        clone.value = node.value
    elif kind == Node.DOCUMENT_NODE:
        clone = Document()
        if deep:
            for child in node.childNodes:
                clone.appendChild(_clone_node(child, deep, clone))
        return clone
    elif kind == Node.DOCUMENT_FRAGMENT_NODE:
        clone = DocumentFragment()
        if deep:
            for child in node.childNodes:
                clone.appendChild(_clone_node(child, deep, newOwnerDocument))
    else:
        raise xml.dom.NotSupportedErr("Cannot clone node %s" % repr(node))
    clone.ownerDocument = newOwnerDocument if isinstance(newOwnerDocument, Document) \
        else None
    return clone


def parseString(string, parser=None):
    """Parse a document from a string (or bytes)."""
    from xml.dom._minidom_parse import parse_string
    return parse_string(string, parser)


def parse(file, parser=None, bufsize=None):
    """Parse a document from a file name or an open binary file."""
    from xml.dom._minidom_parse import parse_file
    return parse_file(file, parser)


def getDOMImplementation(features=None):
    if features:
        if isinstance(features, str):
            features = [f.split() for f in features.split(",")]
        for f in features:
            if not Document.implementation.hasFeature(*f) if isinstance(f, (list, tuple)) \
                    and len(f) == 2 else False:
                return None
    return Document.implementation
