import getopt
tests = [(['-a', '-b', 'val', 'file'], 'ab:', []), (['--alpha', '--beta=x', 'f'], '', ['alpha', 'beta=']), (['-abval'], 'ab:', []), (['-x'], 'a', []), (['--al'], '', ['alpha', 'also']), (['--bet'], '', ['beta=']), (['-b'], 'b:', []), (['--alpha=3'], '', ['alpha']), (['a', '-a'], 'a', []), (['--', '-a'], 'a', []), (['--beta'], '', ['beta=']), (['--alp'], '', 'alpha'), (['-'], 'a', [])]
for args, s, l in tests:
    try: print(getopt.getopt(args, s, l))
    except getopt.GetoptError as e: print('err', e, e.msg, e.opt)
print(getopt.gnu_getopt(['a', '-a', 'b', '--beta', 'x'], 'a', ['beta=']), getopt.gnu_getopt(['a', '-a'], '+a'), getopt.gnu_getopt(['x', '--', '-a'], 'a'))
print(getopt.error is getopt.GetoptError, repr(getopt.GetoptError('m', 'o')), str(getopt.GetoptError('m','o')))
