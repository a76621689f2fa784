import xml.etree.ElementTree as ET, io, os, tempfile
doc = """<?xml version="1.0" encoding="UTF-8"?>
<!-- catalog -->
<catalog xmlns:dc="http://purl.org/dc/elements/1.1/">
  <book id="bk101" lang="en">
    <author>Gambardella, Matthew</author>
    <title>XML Developer's Guide</title>
    <price>44.95</price>
    <dc:subject>Computers</dc:subject>
  </book>
  <book id="bk102">
    <author>Ralls, Kim</author>
    <title>Midnight Rain</title>
    <price>5.95</price>
  </book>
</catalog>
"""
root = ET.fromstring(doc.encode())
for book in root.findall('book'):
    print(book.get('id'), book.findtext('title'), float(book.find('price').text), book.attrib)
print(root.find('book/{http://purl.org/dc/elements/1.1/}subject').text)
print(ET.tostring(root, encoding='unicode'))
total = sum(float(p.text) for p in root.iter('price'))
print(round(total, 2), len(root), [b.get('lang', '-') for b in root])
root[1].set('sale', 'yes')
root[0].find('price').text = str(40)
root.remove(root[0])
print(ET.tostring(root).decode())
d = tempfile.mkdtemp(); path = os.path.join(d, 'out.xml')
tree = ET.ElementTree(root)
tree.write(path, encoding='utf-8', xml_declaration=True)
print(open(path).read())
t2 = ET.parse(path)
print(t2.getroot().tag, t2.find('book').get('id'), t2.findall('.//title')[0].text)
with open(path, 'rb') as f:
    print([(ev, el.tag) for ev, el in ET.iterparse(f, events=('start', 'end'))][:4])
os.remove(path); os.rmdir(d)
e = ET.Element('n'); e.text = 5
try:
    ET.tostring(e)
except TypeError as ex:
    print(ex)
e = ET.Element('n', v=1)
try:
    ET.tostring(e)
except TypeError as ex:
    print(ex)
h = ET.fromstring('<html><head><script>a &lt; b</script></head><body><br/><p class="x">t&amp;</p></body></html>')
print(ET.tostring(h, method='html'))
print(ET.tostring(h, method='text'))
try:
    ET.tostring(h, method='bogus')
except ValueError as ex:
    print(ex)
print(ET.tostring(ET.fromstring('<a xmlns="http://d"><b/></a>'), default_namespace='http://d'))
print([(ev, x) for ev, x in ET.iterparse(io.BytesIO(b'<a xmlns:p="u"><p:b/></a>'), events=('start-ns', 'end-ns'))])
try:
    ET.fromstring('<root>\n  <a>\n</root>')
except ET.ParseError as ex:
    print(ex, ex.position)
print(ET.fromstring('<a>caf\u00e9</a>').text, ET.fromstring('<?xml version="1.0" encoding="latin-1"?><a>caf\xe9</a>'.encode('latin-1')).text)
print(ET.fromstring('<a b="x\ny\tz"/>').get('b'), repr(ET.fromstring('<a>\r\n</a>').text))
print(ET.tostring(ET.fromstring('<a><!--c--><?p d?>t</a>')))
tb = ET.TreeBuilder(insert_comments=True)
p = ET.XMLParser(target=tb); p.feed('<a><!--c-->x</a>'); r = p.close()
print(ET.tostring(r), r[0].tag is ET.Comment)
class Counter:
    def __init__(self): self.n = 0
    def start(self, tag, attrib): self.n += 1
    def end(self, tag): pass
    def data(self, d): pass
    def close(self): return self.n
p = ET.XMLParser(target=Counter()); p.feed('<a><b/><c><d/></c></a>'); print(p.close())
