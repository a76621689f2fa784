import runpy, os, sys, tempfile
d = tempfile.mkdtemp()
os.makedirs(os.path.join(d, "rpkg"))
files = {
    "script.py": 'import sys\nprint("running", __name__, __file__.rsplit("/",1)[-1], len(sys.argv))\nVALUE = 42\ndef helper(): return VALUE * 2\n',
    "rpkg/__init__.py": "",
    "rpkg/__main__.py": 'print("pkg main", __name__, __package__)\n',
    "rpkg/mod.py": 'print("mod", __name__, __package__, __spec__.name if __spec__ else None)\nX = 1\n',
    "app/__main__.py": 'print("dir main", __name__)\nRESULT = "ok"\n',
}
for rel, text in files.items():
    path = os.path.join(d, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)
os.chdir(d)
sys.path.insert(0, d)
g = runpy.run_path("script.py")
print(g["VALUE"], g["helper"](), g["__name__"], sorted(k for k in g if not k.startswith("__"))[:3])
g2 = runpy.run_path("script.py", init_globals={"EXTRA": 1}, run_name="__main__")
print(g2["EXTRA"], g2["__name__"], "script" in sys.modules)
g3 = runpy.run_module("rpkg.mod")
print(g3["X"], g3["__name__"], g3["__package__"])
runpy.run_module("rpkg.mod", run_name="__main__")
runpy.run_module("rpkg", run_name="__main__", alter_sys=True)
g4 = runpy.run_path("app")
print(g4["RESULT"], g4["__name__"])
try: runpy.run_path("missing.py")
except FileNotFoundError as e: print(type(e).__name__, e.strerror)
try: runpy.run_module("no_such_mod")
except ImportError as e: print(type(e).__name__, e)
try: runpy.run_module(".rel")
except ImportError as e: print(type(e).__name__, e)
