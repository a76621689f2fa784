"""xml.etree.ElementTree: parsing, errors, paths, serialization (addresses stripped from reprs)."""
import re as _re, builtins


def print(*args, **kw):
    builtins.print(*[_re.sub(r" at 0x[0-9a-f]+", "", str(a)) for a in args], **kw)


import xml.etree.ElementTree as ET
root = ET.fromstring('<?xml version="1.0"?>\n<root a="1" b=\'x &amp; y\'><!-- c --><item id="1">one &lt;1&gt;</item>tail<item id="2"/><group><item id="3">three</item></group><![CDATA[<raw>]]></root>')
print(root.tag, root.attrib, repr(root.text), len(root), [c.tag for c in root], root[0].text, repr(root[0].tail))
print(root.get('a'), root.get('zz', 'dflt'), root.keys(), root.items())
print([e.get('id') for e in root.iter('item')], [e.tag for e in root.iter()], root.find('item').get('id'), root.findall('.//item'), root.findtext('item'), root.find('nope'), root.findtext('nope', 'D'))
print(root.findall("item[@id='2']"), root.find('group/item').text, [e.get('id') for e in root.findall('./*')], root.findall('item[1]'), root.findall('.//group/..'))
print(ET.tostring(root))
print(ET.tostring(root, encoding='unicode'))
print(ET.tostring(root, encoding='utf-8'))
new = ET.Element('doc', lang='en')
s = ET.SubElement(new, 'p', {'class': 'x'})
s.text = 'Hi "there" & <you>'
s.set('q', 'a"b<c&\n')
ET.SubElement(new, 'br')
c = ET.Comment(' note ')
new.append(c)
new.append(ET.ProcessingInstruction('pi', 'data'))
print(ET.tostring(new, encoding='unicode'))
print(ET.tostring(new, encoding='unicode', short_empty_elements=False))
ET.indent(new)
print(ET.tostring(new, encoding='unicode'))
tree = ET.ElementTree(new)
import io
b = io.BytesIO(); tree.write(b); print(b.getvalue())
b = io.BytesIO(); tree.write(b, encoding='utf-8', xml_declaration=True); print(b.getvalue())
s2 = io.StringIO(); tree.write(s2, encoding='unicode'); print(s2.getvalue())
ET.dump(ET.fromstring('<a><b/></a>'))
ns = ET.fromstring('<r xmlns="http://x" xmlns:p="http://p"><p:c>1</p:c><d/></r>')
print(ns.tag, [c.tag for c in ns], ns.find('{http://p}c').text, ns.find('p:c', {'p': 'http://p'}).text)
print(ET.tostring(ns, encoding='unicode'))
for bad in ['<a>', '<a></b>', '<a><b></a>', '', '<a/><b/>', '<a x=1/>', 'text', '<a>&bogus;</a>', '<a b="1" b="2"/>', '<a>\n<b>\n</c></a>']:
    try:
        ET.fromstring(bad)
    except ET.ParseError as e:
        print(repr(bad), '->', e, e.position, e.code)
e = ET.Element('x')
print(repr(e.text), e.tail, len(e), bool(e) if False else '', list(e), e.attrib)
e.extend([ET.Element('a'), ET.Element('b')]); e.insert(0, ET.Element('z')); e.remove(e[1])
print([c.tag for c in e], e.find('b') is e[1])
print(ET.tostring(ET.fromstring('<a>x<b>y</b>z</a>'), method='text'))
print(ET.fromstring('<a>&#65;&#x42;&quot;&apos;</a>').text, ET.fromstring('<a>  <b/>  </a>').text)
print(''.join(ET.fromstring('<a>x<b>y</b>z</a>').itertext()))
print(ET.iselement(e), ET.XML('<q/>').tag, ET.tostring(ET.Element('e', {'b': '2', 'a': '1'})))
el = ET.Element('t'); el.text = '\u00e9'
print(ET.tostring(el), ET.tostring(el, encoding='unicode'), ET.tostring(el, encoding='us-ascii'))
print(ET.tostring(ET.fromstring('<a>\r\nb\rc</a>')))

e = ET.Element('a', x='\r\t\n"<>&\'')
e.text = '\r\t\n"<>&\''
print(ET.tostring(e), ET.tostring(e, encoding='latin-1'), ET.tostring(ET.Element('b'), encoding='UTF-8'))
s = io.StringIO(); ET.ElementTree(e).write(s, encoding='unicode', xml_declaration=True); print(repr(s.getvalue()))
for bad in ['<a', '<a><</a>', '<a>&</a>', '<a b="<"/>', '<!DOCTYPE a><a/>', '  <a/>  ', '<a/>text', '<a/><!--c-->', '<a>&#0;</a>', '<?xml version="1.0"?><a/>', ' <?xml version="1.0"?><a/>', '<a><![CDATA[x</a>', '<a b></a>', '<p:a/>', '<a>]]></a>', '<1a/>', '<a><b/></a>\n\n<c/>', '<a>\xe9<b/>&x;</a>', '<a/><?pi x?>', '<a xmlns:p="u"><p:b p:c="1"/></a>']:
    try:
        r = ET.fromstring(bad)
        print(repr(bad), 'OK', r.tag, r.attrib, [c.tag for c in r], r.text)
    except ET.ParseError as ex:
        print(repr(bad), '->', ex, ex.code)
try:
    ET.Element('a', 'x')
except TypeError as ex:
    print(ex)
try:
    ET.Element('a').append('x')
except TypeError as ex:
    print(ex)
try:
    ET.Element('a').remove(ET.Element('b'))
except ValueError as ex:
    print(ex)
try:
    ET.Element('a').find('/x')
except SyntaxError as ex:
    print(ex)
r = ET.fromstring('<r><a n="1"><b/></a><a n="2"/><c><a n="3"/></c></r>')
print([x.get('n') for x in r.findall('a[last()]')], [x.get('n') for x in r.iterfind('.//a[@n]')], r.findall('a[b]'), r.findall(".//a[@n!='1']"), r.findall('*/a'), r.find('.'), r.findall('c/../a'))
print(ET.tostring(ET.Comment('x')), ET.tostring(ET.PI('t', 'd')), ET.Comment('c').text, ET.PI('t', 'd').text, ET.Comment, ET.PI)
import copy
r2 = copy.deepcopy(r); r3 = copy.copy(r)
print(r2[0] is r[0], r3[0] is r[0], ET.tostring(r2) == ET.tostring(r))
for ev, el in ET.iterparse(io.BytesIO(b'<a><b>t</b></a>'), events=('start', 'end')):
    print(ev, el.tag)
p = ET.XMLParser(); p.feed('<a><b'); p.feed('/></a>'); print(p.close().tag)
tb = ET.TreeBuilder(); tb.start('x', {}); tb.data('hi'); tb.end('x'); print(ET.tostring(tb.close()))
print(ET.tostring(ET.fromstring('<a><b/></a>'), xml_declaration=True))
ET.register_namespace('my', 'http://my')
print(ET.tostring(ET.Element('{http://my}t')), ET.tostring(ET.Element('{http://www.w3.org/XML/1998/namespace}lang')))
q = ET.Element('root'); q.text = 'a'; c = ET.SubElement(q, 'c'); c.tail = 'b'
ET.indent(q, space='\t')
print(repr(ET.tostring(q, encoding='unicode')))
print(e.makeelement('m', {'k': 'v'}), r.findtext('c/a'), repr(r.findtext('c')), r[0:2], r[-1].tag)
del r[0]; r[0] = ET.Element('new'); print([x.tag for x in r])
