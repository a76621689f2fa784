"""Writing element trees out, as CPython's ElementTree does: `tostring`, `ElementTree.write`
(xml, html and text methods), namespace prefixes (`ns0`, `ns1`, ... or registered ones), the
escaping of text and attributes, and the XML declaration rules."""

import io
import re

_namespace_map = {
    "http://www.w3.org/XML/1998/namespace": "xml",
    "http://www.w3.org/1999/xhtml": "html",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf",
    "http://schemas.xmlsoap.org/wsdl/": "wsdl",
    "http://www.w3.org/2001/XMLSchema": "xs",
    "http://www.w3.org/2001/XMLSchema-instance": "xsi",
    "http://purl.org/dc/elements/1.1/": "dc",
}

HTML_EMPTY = {"area", "base", "basefont", "br", "col", "embed", "frame", "hr", "img", "input",
              "isindex", "link", "meta", "param", "source", "track", "wbr"}


def register_namespace(prefix, uri):
    if re.match(r"ns\d+$", prefix):
        raise ValueError("Prefix format reserved for internal use")
    for k, v in list(_namespace_map.items()):
        if k == uri or v == prefix:
            del _namespace_map[k]
    _namespace_map[uri] = prefix


def _serialization_error(value):
    raise TypeError("cannot serialize %r (type %s)" % (value, type(value).__name__))


def _escape_cdata(text):
    if not isinstance(text, str):
        _serialization_error(text)
    if '&' in text:
        text = text.replace('&', '&amp;')
    if '<' in text:
        text = text.replace('<', '&lt;')
    if '>' in text:
        text = text.replace('>', '&gt;')
    return text


def _escape_attrib(text):
    text = _escape_cdata(text)
    if '"' in text:
        text = text.replace('"', '&quot;')
    if '\r' in text:
        text = text.replace('\r', '&#13;')
    if '\n' in text:
        text = text.replace('\n', '&#10;')
    if '\t' in text:
        text = text.replace('\t', '&#09;')
    return text


def _escape_attrib_html(text):
    if not isinstance(text, str):
        _serialization_error(text)
    return text.replace('&', '&amp;').replace('>', '&gt;').replace('"', '&quot;')


def _namespaces(root, default_namespace):
    """The names to write for each tag and attribute key, and the namespaces to declare
    on the root element ({uri: prefix})."""
    from xml.etree.ElementTree import Comment, ProcessingInstruction, QName
    qnames = {None: None}
    namespaces = {}
    if default_namespace:
        namespaces[default_namespace] = ""

    def add(qname):
        try:
            if qname[:1] == "{":
                uri, tag = qname[1:].rsplit("}", 1)
                prefix = namespaces.get(uri)
                if prefix is None:
                    prefix = _namespace_map.get(uri)
                    if prefix is None:
                        prefix = "ns%d" % len(namespaces)
                    if prefix != "xml":
                        namespaces[uri] = prefix
                qnames[qname] = "%s:%s" % (prefix, tag) if prefix else tag
            else:
                if default_namespace:
                    raise ValueError("cannot use non-qualified names with default_namespace option")
                qnames[qname] = qname
        except TypeError:
            _serialization_error(qname)

    for elem in root.iter():
        tag = elem.tag
        if isinstance(tag, QName):
            if tag.text not in qnames:
                add(tag.text)
        elif isinstance(tag, str):
            if tag not in qnames:
                add(tag)
        elif tag is not None and tag is not Comment and tag is not ProcessingInstruction:
            _serialization_error(tag)
        for key, value in elem.items():
            if isinstance(key, QName):
                key = key.text
            if key not in qnames:
                add(key)
            if isinstance(value, QName) and value.text not in qnames:
                add(value.text)
        text = elem.text
        if isinstance(text, QName) and text.text not in qnames:
            add(text.text)
    return qnames, namespaces


def _serialize_xml(write, elem, qnames, namespaces, short_empty_elements):
    from xml.etree.ElementTree import Comment, ProcessingInstruction, QName
    tag = elem.tag
    text = elem.text
    if tag is Comment:
        write("<!--%s-->" % text)
    elif tag is ProcessingInstruction:
        write("<?%s?>" % text)
    else:
        tag = qnames[tag.text if isinstance(tag, QName) else tag]
        if tag is None:
            if text:
                write(_escape_cdata(text))
            for e in elem:
                _serialize_xml(write, e, qnames, None, short_empty_elements)
        else:
            write("<" + tag)
            _write_attributes(write, elem, qnames, namespaces, _escape_attrib)
            if text or len(elem) or not short_empty_elements:
                write(">")
                if text:
                    write(_escape_cdata(text))
                for e in elem:
                    _serialize_xml(write, e, qnames, None, short_empty_elements)
                write("</" + tag + ">")
            else:
                write(" />")
    if elem.tail:
        write(_escape_cdata(elem.tail))


def _write_attributes(write, elem, qnames, namespaces, escape):
    # The namespace declarations, then the element's attributes (values through `escape`),
    # shared by the xml and html serializers.
    from xml.etree.ElementTree import QName
    if namespaces:
        for uri, prefix in sorted(namespaces.items(), key=lambda x: x[1]):
            write(' xmlns%s="%s"' % (":" + prefix if prefix else "", _escape_attrib(uri)))
    for k, v in elem.items():
        if isinstance(k, QName):
            k = k.text
        v = qnames[v.text] if isinstance(v, QName) else escape(v)
        write(' %s="%s"' % (qnames[k], v))


def _serialize_html(write, elem, qnames, namespaces, short_empty_elements=True):
    from xml.etree.ElementTree import Comment, ProcessingInstruction, QName
    tag = elem.tag
    text = elem.text
    if tag is Comment:
        write("<!--%s-->" % _escape_cdata(text))
    elif tag is ProcessingInstruction:
        write("<?%s?>" % _escape_cdata(text))
    else:
        tag = qnames[tag.text if isinstance(tag, QName) else tag]
        if tag is None:
            if text:
                write(_escape_cdata(text))
            for e in elem:
                _serialize_html(write, e, qnames, None)
        else:
            write("<" + tag)
            _write_attributes(write, elem, qnames, namespaces, _escape_attrib_html)
            write(">")
            ltag = tag.lower()
            if text:
                write(text if ltag in ("script", "style") else _escape_cdata(text))
            for e in elem:
                _serialize_html(write, e, qnames, None)
            if ltag not in HTML_EMPTY:
                write("</" + tag + ">")
    if elem.tail:
        write(_escape_cdata(elem.tail))


def _serialize_text(write, elem):
    for part in elem.itertext():
        write(part)
    if elem.tail:
        write(elem.tail)


def write_tree(root, file_or_filename, encoding, xml_declaration, default_namespace, method,
               short_empty_elements):
    if not method:
        method = "xml"
    elif method not in ("xml", "html", "text", "c14n"):
        raise ValueError("unknown method %r" % method)
    if method == "c14n":
        raise NotImplementedError("the c14n method is not supported by corio")
    if not encoding:
        encoding = "us-ascii"
    text_mode = encoding.lower() == "unicode"
    declared = "utf-8" if text_mode else encoding
    parts = []
    write = parts.append
    if method == "xml" and (xml_declaration or (xml_declaration is None and not text_mode
                                                and declared.lower() not in ("utf-8", "us-ascii"))):
        write("<?xml version='1.0' encoding='%s'?>\n" % (declared,))
    if method == "text":
        _serialize_text(write, root)
    else:
        qnames, namespaces = _namespaces(root, default_namespace)
        serialize = _serialize_xml if method == "xml" else _serialize_html
        serialize(write, root, qnames, namespaces, short_empty_elements)
    out = "".join(parts)
    if text_mode:
        if hasattr(file_or_filename, "write"):
            file_or_filename.write(out)
        else:
            with open(file_or_filename, "w", errors="xmlcharrefreplace") as f:
                f.write(out)
        return
    data = out.encode(encoding, "xmlcharrefreplace")
    if hasattr(file_or_filename, "write"):
        file_or_filename.write(data)
    else:
        with open(file_or_filename, "wb") as f:
            f.write(data)


def tostring(element, encoding=None, method=None, *, xml_declaration=None,
             default_namespace=None, short_empty_elements=True):
    from xml.etree.ElementTree import ElementTree
    stream = io.StringIO() if encoding == "unicode" else io.BytesIO()
    ElementTree(element).write(stream, encoding, xml_declaration=xml_declaration,
                               default_namespace=default_namespace, method=method,
                               short_empty_elements=short_empty_elements)
    return stream.getvalue()


def tostringlist(element, encoding=None, method=None, *, xml_declaration=None,
                 default_namespace=None, short_empty_elements=True):
    return [tostring(element, encoding, method, xml_declaration=xml_declaration,
                     default_namespace=default_namespace,
                     short_empty_elements=short_empty_elements)]
