import fileinput, tempfile, os, shutil
d = tempfile.mkdtemp()
try:
    a, b = os.path.join(d, 'a.txt'), os.path.join(d, 'b.txt')
    with open(a, 'w') as f: f.write('one\ntwo\n')
    with open(b, 'w') as f: f.write('three\nfour')
    for line in fileinput.input([a, b]):
        print(os.path.basename(fileinput.filename()), fileinput.lineno(), fileinput.filelineno(), fileinput.isfirstline(), fileinput.isstdin(), repr(line))
    with fileinput.input(files=(a,), inplace=True) as f:
        for line in f: print(line.upper(), end='')
    print(open(a).read(), sorted(os.listdir(d)))
    with fileinput.FileInput(b, inplace=True, backup='.orig') as f:
        for line in f: print(line.replace('three', '3'), end='')
    print(repr(open(b).read()), sorted(os.listdir(d)))
    with fileinput.input([a], mode='rb') as f: print(list(f))
    try:
        fileinput.input([a]); fileinput.input([a]); next(fileinput._state)
        fileinput.input([a])
    except RuntimeError as e: print(e)
    fileinput.close()
    try: fileinput.lineno()
    except RuntimeError as e: print(e)
    try: fileinput.FileInput([a], mode='w')
    except ValueError as e: print(e)
finally:
    shutil.rmtree(d)
