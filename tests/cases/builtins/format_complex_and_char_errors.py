# Error precedence of complex format specs, %c with any int, and bytes %i.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

z = complex(1, -2)
for spec in [" 0c", "= ,d", "0^0o", "*<+12,s", "0>-0,b", "=+_c", "<-1,x", "0>-z012.3%",
             "010f", "=10f", "^12.2f", ",f", "_g", "+.3e", ">20", "#g"]:
    show(f"format(z, {spec!r}):", lambda: format(z, spec))

class Idx:
    def __repr__(self):
        return "Idx()"
    def __index__(self):
        return 0x263A

for v in [False, True, 65, 0x110000, -1, 2**64, -2**70, "x", "xy", 1.5, Idx(), None]:
    show(f"'%c' % {v!r}:", lambda: "%c" % (v,))
    show(f"b'%c' % {v!r}:", lambda: b"%c" % (v,))

for v in ["s", None, 3.7, [1]]:
    show(f"b'%i' % {v!r}:", lambda: b"%i" % (v,))
    show(f"'%i' % {v!r}:", lambda: "%i" % (v,))
    show(f"b'%u' % {v!r}:", lambda: b"%u" % (v,))
