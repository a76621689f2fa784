# subprocess: pass_fds keeps a descriptor open in the child, start_new_session and
# process_group move the child into its own session / group, umask sets its file mask.
import os
import subprocess
import sys

r, w = os.pipe()
print(os.get_inheritable(w))
subprocess.run(["sh", "-c", f"echo through the passed fd >&{w}"], pass_fds=(w,))
lost = subprocess.run(["sh", "-c", f"echo lost >&{w}"], stderr=subprocess.DEVNULL)
print("without pass_fds the write fails:", lost.returncode != 0)
os.close(w)
print(os.read(r, 100).decode().strip())
os.close(r)
print(os.get_inheritable(0) in (True, False))

code = "import os; print(os.getsid(0) == os.getpid(), os.getpgrp() == os.getpid())"
out = subprocess.run([sys.executable, "-c", code], start_new_session=True, capture_output=True, text=True)
print("new session:", out.stdout.strip())
out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
print("same session:", out.stdout.strip())
out = subprocess.run([sys.executable, "-c", code], process_group=0, capture_output=True, text=True)
print("own group:", out.stdout.strip())
out = subprocess.run(["sh", "-c", "umask"], umask=0o027, capture_output=True, text=True)
print("umask:", out.stdout.strip())
