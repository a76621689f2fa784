# os.path.ismount and os.path.samestat
import os, tempfile
d = tempfile.mkdtemp()
os.symlink("/", os.path.join(d, "l"))
print(os.path.ismount("/"), os.path.ismount(d), os.path.ismount(os.path.join(d, "l")), os.path.ismount("/nonexistent"), os.path.ismount(b"/"), os.path.ismount("/proc"))
print(os.path.samestat(os.stat(d), os.stat(d + "/.")), os.path.samestat(os.stat("/"), os.stat(d)))
os.remove(os.path.join(d, "l")); os.rmdir(d)
