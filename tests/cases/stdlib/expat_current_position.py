# xml.parsers.expat: CurrentLineNumber/CurrentColumnNumber inside handlers point at the
# markup that fired the event (an empty element's end: just after its tag).
import xml.parsers.expat as expat

p = expat.ParserCreate()
where = lambda: (p.CurrentLineNumber, p.CurrentColumnNumber)
p.StartElementHandler = lambda name, attrs: print("start", name, where())
p.EndElementHandler = lambda name: print("end", name, where())
p.CommentHandler = lambda text: print("comment", repr(text), where())
p.ProcessingInstructionHandler = lambda target, data: print("pi", target, where())
p.Parse('<?xml version="1.0"?>\n<root>\n  <a x="1">text</a><b/>\n  <!-- note -->\n'
        '  <?app run?>\n  <c>\n    <d />\n  </c>\n</root>\n', True)
print("after", where())
