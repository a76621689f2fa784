import unittest, sys, io, re
calls = []
def setUpModule():
    print('setUpModule')
    unittest.addModuleCleanup(print, 'module cleanup 1')
    unittest.addModuleCleanup(print, 'module cleanup 2')
def tearDownModule():
    print('tearDownModule')
class A(unittest.TestCase):
    @classmethod
    def setUpClass(cls): print('setUpClass A')
    @classmethod
    def tearDownClass(cls): print('tearDownClass A')
    def test_one(self): print('A.test_one')
class B(unittest.TestCase):
    @classmethod
    def setUpClass(cls): print('setUpClass B')
    def test_two(self): print('B.test_two')
suite = unittest.TestLoader().loadTestsFromTestCase(A)
suite.addTests(unittest.TestLoader().loadTestsFromTestCase(B))
out = io.StringIO()
r = unittest.TextTestRunner(stream=out, verbosity=2).run(suite)
print(re.sub(r'in [0-9.]+s', 'in Ns', out.getvalue()))
print(r.wasSuccessful(), r.testsRun)
def setUpModule():
    raise RuntimeError('module setup broke')
r = unittest.TestResult()
unittest.TestLoader().loadTestsFromTestCase(A).run(r)
print(r.testsRun, [(str(t), e.splitlines()[-1]) for t, e in r.errors])
