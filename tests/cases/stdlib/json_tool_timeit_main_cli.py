# `-m json.tool` run as a child process, and timeit's command line (timeit.main) with a
# fake clock so that its report is deterministic; sys.stdout as a context manager.
import subprocess, sys, os, tempfile, timeit, json

def run(args, data):
    p = subprocess.run([sys.executable, '-m', 'json.tool', *args], input=data,
                       capture_output=True, text=True)
    print('rc', p.returncode)
    print(p.stdout, end='')
    print(p.stderr.replace('python3', 'python'), end='')

doc = '{"b": [1, {"c": null}], "a": "\u00e9", "t": true}'
run([], doc)
run(['--sort-keys', '--indent', '2'], doc)
run(['--compact', '--no-ensure-ascii'], doc)
run(['--tab'], '[1, [2]]')
run(['--no-indent'], '{"a": [1, 2]}')
run(['--json-lines', '--compact'], '{"a": 1}\n[2, 3]\n')
run([], '{"a": 1')
run([], '')
run(['--indent', '2', '--tab'], '[]')
run(['--bogus'], '[]')
with tempfile.TemporaryDirectory() as d:
    src = os.path.join(d, 'in.json')
    dst = os.path.join(d, 'out.json')
    with open(src, 'w') as f:
        f.write('{"k": [1, 2]}')
    run([src, dst], '')
    with open(dst) as f:
        print(repr(f.read()))

def fake_clock(real):
    ticks = iter(range(0, 10**6, 3))
    return lambda: next(ticks) * 1e-7

for args in (['-n', '5', '-r', '2', 'pass'], ['-n', '10', '-u', 'msec', '-v', 'x = 1'],
             ['-n', '1', '-s', 'import math', '-s', 'y = 2', 'math.sqrt(y)'],
             ['-u', 'parsec', 'pass'], ['-x'], ['-n', '2', '-v', '-v', 'pass']):
    print('main ->', timeit.main(args, _wrap_timer=fake_clock))

print(sys.stdout.closed)
with sys.stdout as out:
    out.write('last line\n')
print(sys.stdout.closed, file=sys.stderr)
try:
    print('after close')
except ValueError as e:
    print('ValueError:', e, file=sys.stderr)
