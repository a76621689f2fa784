# East Asian multibyte codecs (gbk, gb2312, gb18030, big5, shift_jis, euc_kr): strict errors
# with CPython's positions and reasons, the other error handlers, incremental decoding,
# text files and subprocess output in gbk.
tests = [("gbk", b"\x81\x20abc"), ("gbk", b"\x80"), ("gbk", b"\xff\xfe"), ("gbk", b"ab\xd6"), ("gbk", b"\xd6\xd0\xce\xc4"), ("gbk", b"\x81\x30\x81\x30"), ("gb2312", b"\xd6\xd0\x81\x40"), ("gb18030", b"\x81\x30\x81\x30"), ("big5", b"\xa4\xa4\xff"), ("shift_jis", b"\x82\xa0\x81"), ("euc_kr", b"\xb0\xa1\xff"), ("cp936", "协程".encode("gbk")), ("GBK", "你好，世界！".encode("gbk"))]
for enc, b in tests:
    try:
        print(enc, b, repr(b.decode(enc)))
    except UnicodeDecodeError as e:
        print(enc, b, "ERR", e, e.start, e.end, e.encoding, e.reason)
    print("  replace:", repr(b.decode(enc, "replace")), "ignore:", repr(b.decode(enc, "ignore")), "bsr:", repr(b.decode(enc, "backslashreplace")))
for enc, s in [("gbk", "中文€"), ("gbk", "a😀b"), ("gb2312", "中文€"), ("gbk", "ｱ"), ("big5", "中文"), ("shift_jis", "日本語"), ("euc_kr", "한국어"), ("gb18030", "😀"), ("gbk", "😀😀x"), ("gbk", "你好，世界！")]:
    try:
        print(enc, repr(s), s.encode(enc))
    except UnicodeEncodeError as e:
        print(enc, repr(s), "ERR", e, e.start, e.end)
    print("  ", s.encode(enc, "replace"), s.encode(enc, "ignore"), s.encode(enc, "xmlcharrefreplace"), s.encode(enc, "backslashreplace"))
import codecs
d = codecs.getincrementaldecoder("gbk")()
print(repr(d.decode(b"\xd6")), repr(d.decode(b"\xd0a")), repr(d.decode(b"", True)))
print(codecs.lookup("GBK").name, codecs.lookup("cp936").name, codecs.lookup("gb2312").name, codecs.lookup("big5").name, codecs.lookup("sjis").name, codecs.lookup("euc-kr").name)
print(codecs.encode("中文", "gbk"), codecs.decode(b"\xd6\xd0", "gbk"), str(b"\xd6\xd0", "gbk"), bytes("中", "gbk"))
import os, tempfile
path = os.path.join(tempfile.mkdtemp(), "gbk.txt")
with open(path, "w", encoding="gbk") as f:
    f.write("第一行：协程\n第二行：任务\n")
print(open(path, "rb").read())
with open(path, encoding="gbk") as f:
    for line in f:
        print(repr(line))
try:
    open(path, encoding="utf-8").read()
except UnicodeDecodeError as e:
    print(e)
import subprocess
r = subprocess.run(["echo", "hello 世界"], capture_output=True)
print(r.stdout.decode("gbk", errors="ignore"), r.stdout.decode("utf-8"))
r = subprocess.run("printf '\\xc4\\xe3\\xba\\xc3'", shell=True, capture_output=True, encoding="gbk")
print(repr(r.stdout))
os.remove(path)
os.rmdir(os.path.dirname(path))
