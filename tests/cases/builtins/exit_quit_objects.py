# The exit and quit builtins are site's Quitter objects, as in a CPython script: their repr
# tells how to leave, calling them raises SystemExit with the code (a string is printed).
import builtins

print(repr(exit), repr(quit), type(exit).__name__)
print(builtins.exit is exit, builtins.quit is quit, callable(quit))
try:
    exit(3)
except SystemExit as e:
    print("code", e.code)
try:
    quit()
except SystemExit as e:
    print("code", e.code)
exit("bye")
