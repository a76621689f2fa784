# Never imported: pwd is built into CPython, found before sys.path is searched.
SHADOW = "pwd from the script's directory"
