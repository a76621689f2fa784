import sched
clock = [0.0]
def timefunc(): return clock[0]
def delay(d): clock[0] += d; print('delay', d)
s = sched.scheduler(timefunc, delay)
def act(name, **kw): print('run', name, kw, clock[0])
e1 = s.enter(5, 1, act, ('a',)); s.enter(2, 2, act, ('b',), {'k': 1}); s.enterabs(2, 1, act, ('c',)); e4 = s.enter(3, 1, act, ('d',))
print([ (e.time, e.priority, e.argument) for e in s.queue ], s.empty())
s.cancel(e4)
try: s.cancel(e4)
except ValueError as e: print('ValueError', e)
print(s.run(blocking=False)); s.run(); print(s.empty(), s.run(blocking=False))
print(e1.time, e1.argument, e1.kwargs, sched.Event._fields)
