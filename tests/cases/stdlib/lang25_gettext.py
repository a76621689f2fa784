import gettext, sys
print(gettext.find('x'), gettext.textdomain(), gettext.gettext('hi'), gettext.ngettext('a','b',2))
t = gettext.translation('nope', fallback=True); print(type(t), t.gettext('x'), t.info(), t.charset())
try: gettext.translation('nope')
except Exception as e: print(repr(e), e)
gettext.install('app'); print(_('hello'))
print(gettext.NullTranslations().ngettext('one','many',1), gettext.pgettext('ctx','m'))
f = gettext.c2py('n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2')
print([f(i) for i in (1, 2, 5, 12, 22, 25)])
try: gettext.c2py('n +* 2')
except ValueError as e: print(e)
# a tiny .mo catalog written by hand: header + one message + one plural
import struct, os
def mo(entries):
    keys = sorted(entries)
    ids = b''; strs = b''; offs = []
    for k in keys:
        offs.append((len(ids), len(k), len(strs), len(entries[k])))
        ids += k + b'\0'; strs += entries[k] + b'\0'
    n = len(keys); kstart = 28 + 16 * n; vstart = kstart + len(ids)
    out = struct.pack('<7I', 0x950412de, 0, n, 28, 28 + 8 * n, 0, 0)
    for o in offs: out += struct.pack('<2I', o[1], kstart + o[0])
    for o in offs: out += struct.pack('<2I', o[3], vstart + o[2])
    return out + ids + strs
import tempfile; root = tempfile.mkdtemp(); d = root + '/de/LC_MESSAGES'; os.makedirs(d)
with open(d + '/app.mo', 'wb') as fp:
    fp.write(mo({b'': b'Content-Type: text/plain; charset=UTF-8\nPlural-Forms: nplurals=2; plural=(n != 1);\n',
                 b'Hello': b'Hallo', b'file\0files': b'Datei\0Dateien', b'menu\x04Open': b'\xc3\x96ffnen'}))
t = gettext.translation('app', root, languages=['de'])
print(type(t).__name__, t.gettext('Hello'), t.gettext('Bye'), t.ngettext('file', 'files', 1), t.ngettext('file', 'files', 3), t.pgettext('menu', 'Open'))
print(sorted(t.info().items()), t.charset())
print(gettext.find("app", root, ["fr", "de_DE.UTF-8"]) == d + "/app.mo")
gettext.bindtextdomain('app', root)
print(gettext.dgettext("app", "Hello"), gettext.dngettext("app", "file", "files", 2))
import shutil; shutil.rmtree(root)
