# unittest: loading, running (verbose and dots), subtests, result objects, main() with test
# names and its exit status, IsolatedAsyncioTestCase; run times normalised.
import unittest, io, re, sys, asyncio

def run(*cases, verbosity=1):
    stream = io.StringIO()
    suite = unittest.TestSuite()
    for c in cases:
        suite.addTests(unittest.defaultTestLoader.loadTestsFromTestCase(c))
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity).run(suite)
    print(re.sub(r'in \d+\.\d+s', 'in <t>', stream.getvalue()))
    return result

class Calc(unittest.TestCase):
    def setUp(self): self.data = [3, 1, 2]
    def test_sorted(self): self.assertEqual(sorted(self.data), [1, 2, 3])
    def test_sum(self): self.assertEqual(sum(self.data), 7, "sum is off")
    def test_sub(self):
        for n in [1, 2]:
            with self.subTest(n=n):
                self.assertEqual(n % 2, 1)
    def test_error(self): {}['missing']

class Async(unittest.IsolatedAsyncioTestCase):
    async def asyncSetUp(self): self.v = await asyncio.sleep(0, result=5)
    async def test_value(self): self.assertEqual(self.v, 5)
    async def test_more(self): self.assertTrue(await asyncio.sleep(0, result=True))

r = run(Calc, verbosity=2)
print(r, r.testsRun, len(r.failures), len(r.errors), r.wasSuccessful())
r = run(Async)
print(r.wasSuccessful(), r.testsRun)
t = Calc('test_sorted'); print(t, repr(t), t.id(), t.countTestCases(), t.shortDescription())
res = t.run(); print(res, res.wasSuccessful())
quiet = unittest.TextTestRunner(stream=io.StringIO(), verbosity=0)
prog = unittest.main(argv=['prog', 'Calc.test_sorted'], exit=False, testRunner=quiet)
print(prog.result)
ft = unittest.FunctionTestCase(lambda: None); print(ft)
try:
    unittest.main(argv=['prog', 'Calc.test_sum'], testRunner=quiet)
except SystemExit as e:
    print('exit', e.code)
