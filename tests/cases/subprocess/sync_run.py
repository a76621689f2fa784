# The blocking subprocess module: run, Popen, communicate, check_*, timeouts, errors.
import subprocess, sys, os
r = subprocess.run(['echo', 'hello'], capture_output=True)
print(r)
r = subprocess.run('echo hi; echo err >&2; exit 3', shell=True, capture_output=True, text=True)
print(r)
print(repr(r.stdout), r.returncode)
try:
    subprocess.run(['sh', '-c', 'exit 4'], check=True)
except subprocess.CalledProcessError as e:
    print('error:', e, e.returncode)
print(subprocess.check_output([sys.executable, '-c', 'print(6*7)']))
print(subprocess.check_output(['tr', 'a-z', 'A-Z'], input=b'shout\n'))
print(subprocess.run(['cat'], input='text in\n', capture_output=True, text=True).stdout, end='')
print(subprocess.call(['true']), subprocess.call(['false']))
print(subprocess.check_call(['true']))
try:
    subprocess.check_call(['false'])
except subprocess.CalledProcessError as e:
    print(e)
try:
    subprocess.run(['nope-such-program'])
except FileNotFoundError as e:
    print(e)
try:
    subprocess.run(['sleep', '5'], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print('timeout', e.cmd)
try:
    subprocess.run(['sh', '-c', 'echo partial; sleep 5'], timeout=0.3, capture_output=True)
except subprocess.TimeoutExpired as e:
    print(e, e.output)
p = subprocess.Popen(['sh', '-c', 'echo a; echo b'], stdout=subprocess.PIPE)
print(p.stdout.read())
print(p.wait(), p.returncode, p.poll())
p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
out, err = p.communicate('x\ny\n')
print(repr(out), err, p.returncode)
with subprocess.Popen(['sh', '-c', 'for i in 1 2 3; do echo line $i; done'], stdout=subprocess.PIPE, text=True) as p:
    for line in p.stdout:
        print('got', line.rstrip())
print(p.returncode)
r = subprocess.run(['pwd'], cwd='/tmp', capture_output=True, text=True)
print(r.stdout.strip())
r = subprocess.run(['sh', '-c', 'echo $FOO'], env={'FOO': 'bar', 'PATH': os.environ['PATH']}, capture_output=True, text=True)
print(r.stdout.strip())
r = subprocess.run(['sh', '-c', 'echo out; echo err >&2'], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
print(r.stdout)
r = subprocess.run(['sh', '-c', 'echo out; echo err >&2'], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
print(r)
p = subprocess.Popen(['sleep', '10'])
p.terminate()
print(p.wait())
try:
    subprocess.run(['sh', '-c', 'kill -9 $$'], check=True)
except subprocess.CalledProcessError as e:
    print(e)
print(subprocess.getstatusoutput('echo hi; exit 2'))
print(subprocess.getoutput('echo there'))
print(os.system('exit 3') >> 8)
try:
    subprocess.run(['ls'], cwd='/nonexistent/dir')
except FileNotFoundError as e:
    print(e)
