# -x skips a script's first line (a non-Unix "#!" form) while the other lines keep their
# numbers in tracebacks; -b is accepted alongside it.
import os
import subprocess
import sys
import tempfile

SCRIPT = "this is not Python at all !!\nprint('second line runs')\n\n1 / 0\n"

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "dos_style.py")
    with open(path, "w") as f:
        f.write(SCRIPT)
    for options in (["-x"], ["-x", "-b"]):
        done = subprocess.run([sys.executable, *options, path], capture_output=True, text=True)
        print(options, done.returncode, done.stdout, end="")
        print(done.stderr.replace(tmp, "TMP"), end="")
