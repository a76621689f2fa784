# Blocking waits for a child release the GIL: another thread keeps running meanwhile.
import subprocess
import threading
import time

ticks = 0
stop = False


def counter():
    global ticks
    while not stop:
        ticks += 1
        time.sleep(0.01)


t = threading.Thread(target=counter)
t.start()
start = ticks
subprocess.run(['sleep', '0.3'])
during_run = ticks - start
start = ticks
subprocess.run(['sh', '-c', 'sleep 0.3; echo done'], capture_output=True)
during_communicate = ticks - start
p = subprocess.Popen(['sleep', '0.3'])
start = ticks
p.wait()
during_wait = ticks - start
stop = True
t.join()
print('thread ran during run:', during_run > 5)
print('thread ran during communicate:', during_communicate > 5)
print('thread ran during wait:', during_wait > 5)
