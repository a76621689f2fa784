import mimetypes, io
# a database of the built-in tables only, so the output does not depend on /etc/mime.types
mt = mimetypes.MimeTypes()
for name in ['a.html', 'B.PNG', 'x.tar.gz', 'x.tgz', 'doc.pdf', 'noext', 'a.json', 'a.js', 'a.mp3', 'img.svgz', 'data:text/html;base64,xx', 'data:,hi', 'http://x.com/a.css?q=1', 'a.xyzunknown', 'file.rtf', 'a.jpg', 'a.py', 'a.txt.bz2', 'a.csv', 'a.xml', 'C:\\dir\\a.txt', 'a.webp', 'a.mid']:
    print(name, mt.guess_type(name), mt.guess_type(name, strict=False))
for t in ['text/html', 'image/jpeg', 'application/json', 'text/plain', 'application/x-nope', 'TEXT/CSV', 'image/png', 'audio/mpeg', 'video/mp4']:
    print(t, mt.guess_extension(t), mt.guess_all_extensions(t)[:6], mt.guess_extension(t, strict=False))
mimetypes.add_type('application/x-corio', '.corio')
print(mimetypes.guess_type('a.corio'), mimetypes.guess_extension('application/x-corio'))
print(len(mimetypes.types_map) > 100, mimetypes.inited, mimetypes.encodings_map['.gz'], mimetypes.suffix_map['.tgz'])
m = mimetypes.MimeTypes()
print(m.guess_type('z.rtf', False), m.types_map[True].get('.html'))
mt.readfp(io.StringIO('# comment\ntext/x-thing  thing thg # trailing\n\napplication/x-q q\n'))
print(mt.guess_type('a.thg'), mt.guess_all_extensions('text/x-thing'), mt.guess_type('b.Q'))
print(mimetypes.guess_type('a.html'), mimetypes.guess_type('x.tar.gz'))
