# Each thread has its own current context; a new thread starts with an empty one.
import contextvars
import threading

v = contextvars.ContextVar('v', default='default')
v.set('main')
seen = []


def worker(name):
    seen.append((name, 'start', v.get()))
    v.set(name)
    seen.append((name, 'own', v.get()))


threads = [threading.Thread(target=worker, args=(f"t{i}",)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for item in sorted(seen):
    print(*item)
print("main still:", v.get())

# A context copied in the main thread can be run in another thread.
ctx = contextvars.copy_context()
out = []
t = threading.Thread(target=lambda: out.append(ctx.run(lambda: (v.get(), v.set('from thread'))[0])))
t.start()
t.join()
print(out, ctx[v], v.get())
