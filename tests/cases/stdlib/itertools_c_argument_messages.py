import itertools as it
names = ['accumulate','chain','combinations','combinations_with_replacement','compress','count','cycle','dropwhile','filterfalse','groupby','islice','pairwise','permutations','product','repeat','starmap','takewhile','tee','zip_longest']
for n in names:
    f = getattr(it, n)
    for args in [(), (1,2,3,4), ([1],)]:
        try:
            r = f(*args)
            print(n, len(args), 'ok')
        except Exception as e: print(n, len(args), type(e).__name__, e)
    try: f([1], bogus=1)
    except Exception as e: print(n, 'kw', type(e).__name__, e)
