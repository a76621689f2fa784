import argparse
import warnings

p = argparse.ArgumentParser(prog='prog')
p.add_argument('--foo')
p.add_argument('cmd')
p.add_argument('rest', nargs='*', type=int)
print(p.parse_intermixed_args('doit 1 --foo bar 2 3'.split()))
print(p.parse_known_args('doit 1 --foo bar 2 3'.split()))
print(p.parse_known_intermixed_args('doit 1 --foo bar 2 --zzz 3'.split()))
try:
    p.parse_intermixed_args('doit 1 --foo bar 2 --zzz 3'.split())
except SystemExit as e:
    print('exit', e.code)
try:
    p.parse_intermixed_args(['--foo', 'x'])
except SystemExit as e:
    print('exit', e.code)

q = argparse.ArgumentParser(prog='q')
q.add_argument('--list', nargs='*', type=int, default=[])
q.add_argument('--num', type=float)
q.add_argument('pos', nargs='?', default='d')
q.add_argument('--req', required=True)
print(q.parse_intermixed_args(['a', '--list', '3', '--req', 'r']))
print(q.parse_intermixed_args(['--req', 'r']))
try:
    q.parse_intermixed_args(['a'])
except SystemExit as e:
    print('exit', e.code)

r = argparse.ArgumentParser(prog='r')
r.add_argument('words', nargs='...')
try:
    r.parse_intermixed_args([])
except TypeError as e:
    print('TypeError:', e)
s = argparse.ArgumentParser(prog='s')
g = s.add_mutually_exclusive_group()
g.add_argument('x', nargs='?')
g.add_argument('--y')
try:
    s.parse_intermixed_args([])
except TypeError as e:
    print('TypeError:', e)
t = argparse.ArgumentParser(prog='t')
sub = t.add_subparsers()
try:
    t.parse_intermixed_args([])
except TypeError as e:
    print('TypeError:', e)
print(p.usage, q.usage)
