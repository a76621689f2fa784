import configparser as cp, io
c = cp.ConfigParser()
tests = [
 lambda: c.read_string("[a]\nx=1\n[a]\n"),
 lambda: cp.ConfigParser().read_string("[a]\nx=1\nx=2\n"),
 lambda: cp.ConfigParser().read_string("x=1\n"),
 lambda: cp.ConfigParser().read_string("[a]\n bad line\n=\nnovalue\n"),
 lambda: c.get("zz", "x"),
 lambda: c.add_section("DEFAULT"),
 lambda: c.add_section(5),
]
for t in tests:
    try: t()
    except Exception as e: print(type(e).__name__, repr(str(e)), e.args)
c = cp.ConfigParser(); c.read_string("[s]\na = %(missing)s\nb = 100%%\nc = %(b)s!\nd = %bad\n")
for k in "abcd":
    try: print(repr(c.get("s", k)))
    except Exception as e: print(type(e).__name__, repr(str(e)))
try: c.get("s", "nope")
except Exception as e: print(type(e).__name__, str(e))
try: c["s"]["nope"]
except Exception as e: print(type(e).__name__, repr(e))
try: c["q"]
except Exception as e: print(type(e).__name__, repr(e))
try: c.getint("s", "b")
except Exception as e: print(type(e).__name__, str(e))
c2 = cp.ConfigParser(); c2.read_string("[s]\nflag = maybe\n")
try: c2.getboolean("s", "flag")
except Exception as e: print(type(e).__name__, str(e))
try: c2.set("s", "n", 5)
except Exception as e: print(type(e).__name__, str(e))
try: c2.set("nos", "n", "5")
except Exception as e: print(type(e).__name__, str(e))
print(repr(c2["s"]), c2["s"], list(c2), c2.defaults(), c2.items("s"), list(c2["s"].items()))
c3 = cp.ConfigParser(); c3.read_string("[s]\na = %(a)s\n")
try: c3.get("s", "a")
except Exception as e: print(type(e).__name__, str(e))
text = """
# comment
[DEFAULT]
ServerAliveInterval = 45
Compression = yes
CompressionLevel = 9
ForwardX11 = yes

[bitbucket.org]
User = hg

[topsecret.server.com]
Port = 50022
ForwardX11 = no
; another comment
description = a long
   value over
   three lines
path = %(user_home)s/x
user_home = /home/me
"""
config = cp.ConfigParser()
config.read_string(text)
print(config.sections(), "bitbucket.org" in config, "x" in config, config["bitbucket.org"]["User"], config["DEFAULT"]["Compression"])
topsecret = config["topsecret.server.com"]
print(topsecret["ForwardX11"], topsecret["Port"], topsecret.getint("Port"), topsecret.getboolean("ForwardX11"), config["bitbucket.org"].getboolean("ForwardX11"), topsecret.get("missing", "dflt"))
print(repr(topsecret["description"]), topsecret["path"], config.get("topsecret.server.com", "path", raw=True), config.getfloat("DEFAULT", "compressionlevel"))
for key in config["bitbucket.org"]: print(key, end=" ")
print()
print(config.options("bitbucket.org"), config.has_option("bitbucket.org", "port"), config.get("bitbucket.org", "nope", fallback=None), config.getint("bitbucket.org", "nope", fallback=3))
config["new"] = {"a": "1", "b": "two"}; config.set("new", "c", "3"); config["new"]["d"] = "4"
config.remove_option("new", "b"); config.remove_section("bitbucket.org")
out = io.StringIO(); config.write(out); print(out.getvalue())
c4 = cp.ConfigParser(interpolation=cp.ExtendedInterpolation())
c4.read_string("[common]\nhome = /usr\n[app]\nbin = ${common:home}/bin\nlib = ${bin}/../lib\ncost = $$5\n")
print(c4["app"]["bin"], c4["app"]["lib"], c4["app"]["cost"])
c5 = cp.RawConfigParser(); c5.read_string("[x]\np = 100%\n"); print(c5.get("x", "p"))
c6 = cp.ConfigParser(allow_no_value=True, inline_comment_prefixes=("#",)); c6.read_string("[m]\nskip-bdb\nport = 3306 # inline\n"); print(c6.get("m", "skip-bdb"), c6["m"]["port"])
c7 = cp.ConfigParser(); c7.read_dict({"s": {"Key": 1, "x": 2.5}}); print(dict(c7["s"]), c7.has_section("s"))
c8 = cp.ConfigParser(defaults={"a": "1"}); c8.add_section("z"); print(c8["z"]["a"], c8.items("z"), len(c8))
class CaseConfig(cp.ConfigParser):
    def optionxform(self, s): return s
c9 = CaseConfig(); c9.read_string("[S]\nMixedCase = 1\n"); print(list(c9["S"]))
print(c.read("/nonexistent/file.ini"))
