import time
t = time.gmtime(1700000000)
print(t)
print(t.tm_year, t[0], t[-1], len(t), tuple(t), t == tuple(t), t.tm_zone)
print(time.strftime('%Y-%m-%d %H:%M:%S %a %b %A %B %j %y %p %I %c %x %X %%', t))
print(time.asctime(t), time.ctime(1700000000.7))
print(time.mktime(time.localtime(1700000000)))
print(type(time.process_time()).__name__, time.strftime('%X') == time.strftime('%H:%M:%S'))
print(time.gmtime(-86400.5))
print(time.struct_time((2024, 1, 2, 3, 4, 5, 1, 2, 0)))
print(time.strftime('%d', (2024, 1, 2, 3, 4, 5, 1, 2, 0)))
try:
    time.strftime('%d', (2024, 13, 2, 3, 4, 5, 1, 2, 0))
except ValueError as e:
    print(e)
