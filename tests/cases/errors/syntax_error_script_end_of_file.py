# Syntax errors found at the end of a script, as `python3 script.py` reports them: the
# location is the last line the tokenizer read (trailing blank lines and comments count),
# and the display has no caret. Each snippet runs as its own script.
import os
import subprocess
import sys
import tempfile

SNIPPETS = [
    "def f():\n    try:\n        x\n",
    "def f():\n    try:\n        x\n\n\n# c\n",
    "def f():\n    try:\n        x\ny = 1\n",
    "if a:\n    with a:\n\n\n",
    "def f():\n    try:\n        with a:\n",
    "class A:\n    def m(self):\n        if x:\n",
    "try: x\n except E: pass\n",
]

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "snippet.py")
    for src in SNIPPETS:
        with open(path, "w") as f:
            f.write(src)
        r = subprocess.run([sys.executable, path], capture_output=True, text=True)
        print(r.returncode, r.stderr.replace(path, "snippet.py"), end="")
        print("-----")
