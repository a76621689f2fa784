# "nonlocal and global" is reported at the name's first declaration, as CPython's symtable does.
def f():
  global a
  x = 1
  nonlocal a
