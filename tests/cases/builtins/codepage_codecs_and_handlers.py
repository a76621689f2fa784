# Code-page codecs (cp1252, cp437, koi8-r...), the namereplace handler and handlers from
# codecs.register_error work with str.encode / bytes.decode; repr() escapes exactly what
# str.isprintable() rejects.
import codecs
print(codecs.decode(b"\x80\x81", "cp1252", "replace"), "x€y".encode("cp437", "replace"), "€".encode("cp1252"), b"\x9c".decode("cp437"), "Ж".encode("koi8-r"), "Ж".encode("cp1251"))
try: b"\x81".decode("cp1252")
except UnicodeDecodeError as e: print(e)
try: "☃☃x".encode("cp1252")
except UnicodeEncodeError as e: print(e)
print(codecs.lookup("latin9").name, codecs.lookup("Windows-1252").name)
codecs.register_error("upper", lambda e: (e.object[e.start:e.end].upper() if isinstance(e, UnicodeEncodeError) else "?", e.end))
print("ab☃c".encode("ascii", "namereplace"), b"a\xffb".decode("utf-8", "upper"), "é".encode("cp437", "namereplace"))
try: "é".encode("ascii", "upper")
except UnicodeEncodeError as e: print("nested", e)
codecs.register_error("bad", lambda e: "nope")
try: "é".encode("ascii", "bad")
except TypeError as e: print(e)
codecs.register_error("far", lambda e: ("?", 100))
try: "é".encode("ascii", "far")
except IndexError as e: print(e)
print("é".encode("ascii", "nosuch") if False else "", "abc".encode("ascii", "nosuch"))
try: "é".encode("ascii", "nosuch")
except LookupError as e: print(e)
print(repr("\U000e0001\u0378\u00ad\u2028 ok"), ascii("\U000e0001"))
