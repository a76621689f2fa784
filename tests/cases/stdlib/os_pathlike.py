import os, pathlib
print(isinstance(pathlib.Path("x"), os.PathLike), isinstance("x", os.PathLike), os.PathLike, issubclass(pathlib.PurePath, os.PathLike))
class P:
    def __fspath__(self): return "p"
print(isinstance(P(), os.PathLike), os.fspath(P()))
