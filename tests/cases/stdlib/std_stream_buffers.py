# sys.stdout.buffer / sys.stderr.buffer / sys.stdin.buffer, and a closed stdout pipe
# (BrokenPipeError from print, "Exception ignored" and exit status 120 at shutdown).
import subprocess
import sys

sys.stdout.write("text first\n")
sys.stdout.flush()
n = sys.stdout.buffer.write(b"raw bytes\n")
print("wrote", n)
sys.stdout.buffer.write(bytearray(b"from a bytearray\n"))
sys.stdout.buffer.flush()
print(sys.stdout.buffer is sys.stdout.buffer, sys.stdout.buffer.fileno(), sys.stderr.buffer.fileno())
print(sys.stdout.buffer.mode, sys.stdout.buffer.name, sys.stdout.buffer.writable())
print(sys.stdout.errors, sys.stderr.errors, sys.stdin.errors)
print(sys.stdin, sys.stdout, sys.stderr)
try:
    sys.stdout.buffer.write("str")
except TypeError as e:
    print("TypeError:", e)
sys.stdout.flush()
sys.stderr.buffer.write(b"to stderr\n")
sys.stderr.flush()

# stdin's byte layer, fed through a child process.
child = """
import sys
print(repr(sys.stdin.buffer.readline()))
print(sys.stdin.buffer.read(3))
print(sys.stdin.buffer.readlines())
print(sys.stdin.buffer.read())
"""
r = subprocess.run([sys.executable, "-c", child], input=b"one\ntwo\nthree\nfour\nfive\n", capture_output=True)
print(r.stdout.decode(), r.returncode)
child = "import sys\nprint(sys.stdin.readline(), end='')\nfor line in sys.stdin:\n    print(line.upper(), end='')\n"
r = subprocess.run([sys.executable, "-c", child], input="a\nb\nc\n", capture_output=True, text=True)
print(r.stdout, r.returncode)

# The reader of stdout goes away: print raises BrokenPipeError.
loop = "for i in range(200000):\n    print(i)\n"
p = subprocess.Popen([sys.executable, "-c", loop], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
print(p.stdout.readline())
p.stdout.close()
err = p.stderr.read().decode()
p.stderr.close()
print(p.wait(), err.splitlines()[-1])

# The reader is gone before the final flush: reported at exit, status 120.
late = "import sys, time\nsys.stdout.write('x')\nsys.stdout.flush()\ntime.sleep(0.2)\nprint('never seen')\n"
p = subprocess.Popen([sys.executable, "-c", late], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                     env={"PATH": "/usr/bin:/bin"})
print(p.stdout.read(1))
p.stdout.close()
err = p.stderr.read().decode()
p.stderr.close()
print(p.wait())
print(err)
