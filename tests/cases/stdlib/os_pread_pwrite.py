# os.pread/os.pwrite read and write at an offset without moving the file position.
import os
import tempfile

fd, path = tempfile.mkstemp()
os.write(fd, b"0123456789")
print(os.lseek(fd, 0, os.SEEK_CUR))
print(os.pread(fd, 4, 2), os.pread(fd, 100, 8), os.pread(fd, 5, 50))
print(os.pwrite(fd, b"ab", 3), os.pwrite(fd, bytearray(b"Z"), 12), os.pwrite(fd, memoryview(b"m"), 0))
print(os.lseek(fd, 0, os.SEEK_CUR))
os.lseek(fd, 0, os.SEEK_SET)
print(os.read(fd, 100))
r, w = os.pipe()
for label, call in [("pipe", lambda: os.pread(r, 1, 0)), ("bad fd", lambda: os.pread(9999, 1, 0)),
                    ("str data", lambda: os.pwrite(fd, "x", 0)), ("negative count", lambda: os.pread(fd, -1, 0)),
                    ("negative offset", lambda: os.pwrite(fd, b"x", -1))]:
    try:
        print(label, call())
    except Exception as e:
        print(label, type(e).__name__, e)
for x in (fd, r, w):
    os.close(x)
os.remove(path)
