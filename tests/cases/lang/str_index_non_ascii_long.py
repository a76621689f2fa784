s = "aé日😀" * 50 + "xyz"
print(len(s), s[0], s[1], s[2], s[3], s[31], s[32], s[33], s[-1], s[-4], s[63], s[64], s[199], s[200], s[201], s[202])
print(s[30:40], s[100:103], s[-5:], s[::37], s[199:], s[5:5], repr(s[190:210]))
t = "é" * 100
print(t[99], t[50:52], len(t[10:90]))
try:
    s[203]
except IndexError as e:
    print(e)
u = "é" * 40
u += "a"
u += "b"
print(u[40], u[41], u[-1], u[35:])
w = "".join(chr(0x400 + i) for i in range(100))
print(w[33], w[64], w[95:], w.index(chr(0x400 + 70)), w.find(chr(0x400+90), 80))
