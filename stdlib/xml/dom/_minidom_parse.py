"""xml.dom.minidom's parser: builds a Document from expat's events (elements,
text merged into single nodes, comments, processing instructions, CDATA, doctype)."""

from xml.dom.minidom import Document, DocumentType, Node


class _Builder:
    def __init__(self):
        self.document = Document()
        self.current = self.document
        self.in_cdata = False

    def start(self, name, attrs):
        element = self.document.createElement(name)
        if isinstance(attrs, dict):
            attrs = attrs.items()
        else:
            attrs = zip(attrs[0::2], attrs[1::2])
        for key, value in attrs:
            element.setAttribute(key, value)
        self.current.appendChild(element)
        self.current = element

    def end(self, name):
        self.current = self.current.parentNode

    def data(self, text):
        children = self.current.childNodes
        if self.in_cdata:
            if children and children[-1].nodeType == Node.CDATA_SECTION_NODE \
                    and getattr(children[-1], '_open', False):
                children[-1].data = children[-1].data + text
                return
            node = self.document.createCDATASection(text)
            node._open = True
            self.current.appendChild(node)
            return
        if children and children[-1].nodeType == Node.TEXT_NODE:
            children[-1].data = children[-1].data + text
            return
        if self.current is self.document:
            return
        self.current.appendChild(self.document.createTextNode(text))

    def comment(self, text):
        self.current.appendChild(self.document.createComment(text))

    def pi(self, target, data):
        self.current.appendChild(self.document.createProcessingInstruction(target, data))

    def start_cdata(self):
        self.in_cdata = True

    def end_cdata(self):
        children = self.current.childNodes
        if children and getattr(children[-1], '_open', False):
            children[-1]._open = False
        self.in_cdata = False

    def xml_decl(self, version, encoding, standalone):
        self.document.version = version
        self.document.encoding = encoding
        self.document.standalone = standalone == 1 if standalone in (0, 1) else None

    def doctype(self, name, systemId, publicId, has_internal_subset):
        doctype = DocumentType(name)
        doctype.systemId = systemId
        doctype.publicId = publicId
        doctype.ownerDocument = self.document
        self.document.appendChild(doctype)


def _parse_with_expat(feed):
    from xml.parsers import expat
    parser = expat.ParserCreate()
    builder = _Builder()
    parser.buffer_text = True
    parser.StartElementHandler = builder.start
    parser.EndElementHandler = builder.end
    parser.CharacterDataHandler = builder.data
    parser.CommentHandler = builder.comment
    parser.ProcessingInstructionHandler = builder.pi
    parser.StartCdataSectionHandler = builder.start_cdata
    parser.EndCdataSectionHandler = builder.end_cdata
    parser.XmlDeclHandler = builder.xml_decl
    parser.StartDoctypeDeclHandler = builder.doctype
    feed(parser)
    return builder.document


def parse_string(string, parser=None):
    """Parse a document from a string (or bytes)."""
    if parser is not None:
        raise NotImplementedError("SAX parsers are not supported")
    return _parse_with_expat(lambda p: p.Parse(string, True))


def parse_file(file, parser=None):
    """Parse a document from a file name or an open binary file."""
    if parser is not None:
        raise NotImplementedError("SAX parsers are not supported")
    if isinstance(file, str) or hasattr(file, '__fspath__'):
        with open(file, 'rb') as fp:
            data = fp.read()
    else:
        data = file.read()
    return _parse_with_expat(lambda p: p.Parse(data, True))
