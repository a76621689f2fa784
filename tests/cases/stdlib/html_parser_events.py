from html.parser import HTMLParser
class P(HTMLParser):
    def handle_starttag(self, tag, attrs): print('start', tag, attrs, self.getpos())
    def handle_endtag(self, tag): print('end', tag)
    def handle_startendtag(self, tag, attrs): print('startend', tag, attrs, self.get_starttag_text())
    def handle_data(self, data): print('data', repr(data))
    def handle_comment(self, data): print('comment', repr(data))
    def handle_decl(self, d): print('decl', repr(d))
    def handle_pi(self, d): print('pi', repr(d))
    def handle_entityref(self, n): print('entityref', n)
    def handle_charref(self, n): print('charref', n)
    def unknown_decl(self, d): print('unknown', repr(d))
doc = '''<!DOCTYPE html>
<html lang="en"><head><title>Test &amp; Title</title>
<style>p > a { color: red }</style>
<script>if (a < b && c) { x = "</div>"; }</script></head>
<body class=main id='b1' data-x="1 &lt; 2" hidden>
<!-- a comment -->
<p>Hello <b>World</b>&nbsp;&copy; &#169; &#x41; &unknown; 5 < 6</p>
<img src="a.png" alt="pic"/><br>
<?xml version="1.0"?>
<![CDATA[raw]]>
<a HREF="/x?a=1&b=2">Link</A>
</body></html>'''
p = P(); p.feed(doc); p.close()
print('---')
q = P(convert_charrefs=False); q.feed('<p>a &amp; b &#65; &#x42;c &zz</p>'); q.close()
print('---')
r = P(); r.feed('<di'); r.feed('v class="x">te'); r.feed('xt &am'); r.feed('p; more</div>'); r.close()
print('---')
s = P(); s.feed('text only'); s.feed(' and <unclosed'); s.close()
print('---')
class Links(HTMLParser):
    def __init__(self): super().__init__(); self.links = []
    def handle_starttag(self, tag, attrs):
        if tag == 'a': self.links.append(dict(attrs).get('href'))
l = Links(); l.feed('<a href="1">x</a><A href=2>y</a><a>z</a>'); print(l.links)
t = P(); t.feed('</>< p><!bogus><!--unterminated'); t.close()
