# bool's own special methods (CPython's boolobject.c defines only __repr__, __and__, __or__,
# __xor__ and their reflections, plus __new__), int's slots applied to bools, and the str
# operations CPython answers with the very same object.
print(bool.__and__, bool.__or__, bool.__xor__, bool.__rand__, bool.__repr__)
print(sorted(n for n in vars(bool) if n not in ('__doc__', '__module__')))
print(True & False, True | False, True ^ True, type(True & False), type(True | 1), True | 2)
print(True.__or__(1), True.__and__(False), False.__xor__(True), True.__rand__(False), True.__rxor__(1))
print(bool.__or__(True, 2), bool.__and__(True, 3.0), bool.__repr__(False), repr(True))
print(int.__repr__(True), int.__and__(True, True), type(int.__and__(True, True)), int.__or__(False, False))
try:
    bool.__and__(1, True)
except TypeError as e:
    print(e)
try:
    bool.__repr__(1)
except TypeError as e:
    print(e)
print(f"{True:>5}|{False:d}|{True!r}|{format(True)}")

# The empty string and one-character Latin-1 strings are shared objects.
s = "a,b-c é"
comma, dash, space, e_acute, empty = ",", "-", " ", "é", ""
print(s[1] is comma, s[3] is dash, s[5] is space, s[6] is e_acute, s[6:7] is e_acute)
print(chr(44) is comma, str() is empty, s[0:0] is empty, "".join([]) is empty, (s * 0) is empty)
print(str(s) is s, s + "" is s, "" + s is s, s[:] is s, s[0:len(s)] is s, s * 1 is s)
print("".join([s]) is s, s.strip() is s, s.replace("z", "y") is s, s.lstrip("q") is s, s.rstrip() is s)
print(s.strip("a") is s, s.replace(",", ";") is s, (s + "!") is s)


class S(str):
    pass


sub = S("sub")
print(type(str(sub)), str(sub) is sub, type(sub + ""), type(sub.strip()), type(sub[:]))
