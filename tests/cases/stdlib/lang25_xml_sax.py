# Beazley-style coroutine pipeline fed by xml.sax and by expat
import xml.sax, xml.sax.saxutils, xml.sax.handler, io, os, tempfile
from xml.parsers import expat

def coroutine(func):
    def start(*args, **kwargs):
        cr = func(*args, **kwargs)
        next(cr)
        return cr
    return start

@coroutine
def printer():
    while True:
        event = (yield)
        print(event)

@coroutine
def buses_to_dicts(target):
    while True:
        event, value = (yield)
        if event == 'start' and value[0] == 'bus':
            busdict = {}
            fragments = []
            while True:
                event, value = (yield)
                if event == 'start':
                    fragments = []
                elif event == 'text':
                    fragments.append(value)
                elif event == 'end':
                    if value != 'bus':
                        busdict[value] = "".join(fragments)
                    else:
                        target.send(busdict)
                        break

@coroutine
def filter_on_field(fieldname, value, target):
    while True:
        d = (yield)
        if d.get(fieldname) == value:
            target.send(d)

@coroutine
def bus_locations():
    while True:
        bus = (yield)
        print("%(route)s,%(id)s,\"%(direction)s\",%(latitude)s,%(longitude)s" % bus)

class EventHandler(xml.sax.ContentHandler):
    def __init__(self, target):
        self.target = target
    def startElement(self, name, attrs):
        self.target.send(('start', (name, attrs._attrs)))
    def characters(self, text):
        self.target.send(('text', text))
    def endElement(self, name):
        self.target.send(('end', name))

DOC = """<?xml version="1.0"?>
<buses>
  <bus>
    <id>7574</id><route>147</route><color>#3300ff</color><revenue>true</revenue>
    <direction>North Bound</direction><latitude>41.925682067871094</latitude>
    <longitude>-87.63092803955078</longitude><pattern>2499</pattern>
    <patternDirection>North Bound</patternDirection><run>P675</run>
    <finalStop><![CDATA[Paulina & Howard Terminal]]></finalStop><operator>42493</operator>
  </bus>
  <bus>
    <id>7716</id><route>22</route><direction>South Bound</direction>
    <latitude>41.9</latitude><longitude>-87.6</longitude>
  </bus>
  <bus>
    <id>7717</id><route>22</route><direction>North Bound</direction>
    <latitude>42.0</latitude><longitude>-87.7</longitude>
  </bus>
</buses>
"""
path = os.path.join(tempfile.mkdtemp(), "allroutes.xml")
with open(path, "w") as f:
    f.write(DOC)
xml.sax.parse(path, EventHandler(buses_to_dicts(filter_on_field("route", "22", filter_on_field("direction", "North Bound", bus_locations())))))
xml.sax.parseString(b"<a x='1'>hi<b/>there &amp; back\n</a>", EventHandler(printer()))

def expat_parse(f, target):
    parser = expat.ParserCreate()
    parser.buffer_size = 65536
    parser.buffer_text = True
    parser.StartElementHandler = lambda name, attrs: target.send(('start', (name, attrs)))
    parser.EndElementHandler = lambda name: target.send(('end', name))
    parser.CharacterDataHandler = lambda data: target.send(('text', data))
    parser.ParseFile(f)
with open(path, "rb") as f:
    expat_parse(f, buses_to_dicts(bus_locations()))

class Full(xml.sax.handler.ContentHandler):
    def setDocumentLocator(self, loc): print("locator", type(loc).__name__)
    def startDocument(self): print("startDocument")
    def endDocument(self): print("endDocument")
    def startElement(self, name, attrs):
        print("start", name, attrs.getNames(), attrs.items(), len(attrs), "k" in attrs, attrs.get("k"), attrs.getType("k") if "k" in attrs else "")
    def endElement(self, name): print("end", name)
    def characters(self, c): print("chars", repr(c))
    def processingInstruction(self, t, d): print("pi", t, d)
    def startPrefixMapping(self, p, u): print("prefix", p, u)
    def endPrefixMapping(self, p): print("endprefix", p)
    def startElementNS(self, name, qname, attrs): print("startNS", name, qname, dict(attrs.items()), attrs.getQNames())
    def endElementNS(self, name, qname): print("endNS", name, qname)
xml.sax.parseString("<r k='v' j=\"w\"><?go now?>\n<s>t</s></r>", Full())
p = xml.sax.make_parser()
p.setFeature(xml.sax.handler.feature_namespaces, True)
p.setContentHandler(Full())
p.parse(io.StringIO('<r xmlns="urn:d" xmlns:x="urn:x" x:a="1" b="2"><x:c/></r>'))
for bad in ["<a><b></a>", "<a>", "<a>&nope;</a>", "junk", b"<a/><b/>"]:
    try:
        xml.sax.parseString(bad, xml.sax.ContentHandler())
    except xml.sax.SAXParseException as e:
        print("SAXParseException:", e, e.getLineNumber(), e.getColumnNumber(), e.getMessage(), repr(e.getSystemId()))
try:
    xml.sax.parse(path + ".missing", xml.sax.ContentHandler())
except ValueError as e:
    print(type(e).__name__, str(e).replace(path, "PATH"))
class Errs(xml.sax.ErrorHandler):
    def fatalError(self, exc):
        print("fatal:", exc)
        raise exc
try:
    xml.sax.parseString("<a></b>", xml.sax.ContentHandler(), Errs())
except xml.sax.SAXParseException as e:
    print("raised", e.getException())
from xml.sax.saxutils import escape, unescape, quoteattr, XMLGenerator
print(escape("a < b & c > d"), escape("x", {"x": "&#120;"}), unescape("&lt;&amp;&gt;"), quoteattr('say "hi"'), quoteattr("it's \"x\""), quoteattr("a\nb"))
out = io.StringIO()
g = XMLGenerator(out, "utf-8")
xml.sax.parseString("<doc a='1 &amp; 2'><item>x &lt; y</item><empty/><?p q?></doc>", g)
print(out.getvalue())
out = io.BytesIO()
g = XMLGenerator(out, "ascii", short_empty_elements=True)
g.startDocument(); g.startElement("r", {"n": "é"}); g.characters("café"); g.startElement("e", {}); g.endElement("e"); g.endElement("r"); g.endDocument()
print(out.getvalue())
print(xml.sax.SAXException("m").getMessage(), str(xml.sax.SAXException("m")), xml.sax.default_parser_list, type(xml.sax.make_parser()).__name__)
os.remove(path)
