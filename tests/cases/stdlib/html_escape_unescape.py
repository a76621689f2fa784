import html, html.entities
print(html.escape('<a href="x">Tom & Jerry\'s</a>'), html.escape('"q"', quote=False))
for s in ['&lt;p&gt; &amp;amp; &quot;', '&#65;&#x42;&#X43;&#0;&#128;&#150;&#xD800;&#1114112;&#11;', '&copy 2024 &copy; &notin; &notit; &nosuch; &amp', 'a & b', '&#', '&AMP;&NotEqualTilde;&fjlig;', '&#x1F600; &euro; &hellip;', '&' + 'a' * 40 + ';']:
    print(repr(html.unescape(s)))
print(html.entities.name2codepoint['eacute'], html.entities.codepoint2name[169], html.entities.entitydefs['nbsp'] == '\xa0', len(html.entities.html5), html.entities.html5['gt;'])
