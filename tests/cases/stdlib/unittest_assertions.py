# unittest's assertion messages (sequence, dict, set and string diffs, shortened reprs,
# assertRaises forms, custom messages), skips, expected failures, set-up errors, cleanups.
import io, re, sys, unittest
class T(unittest.TestCase):
    @classmethod
    def setUpClass(cls): print("setUpClass T", file=sys.stderr)
    @classmethod
    def tearDownClass(cls): print("tearDownClass T", file=sys.stderr)
    def test_ok(self): self.assertEqual(2 + 2, 4)
    def test_list_len(self): self.assertEqual([1, 2, 3], [1, 2])
    def test_tuple(self): self.assertEqual((1, 'a'), (1, 'b'))
    def test_set(self): self.assertEqual({1, 2}, {2, 3})
    def test_raises_not(self):
        with self.assertRaises(ValueError):
            pass
    def test_raises_by(self): self.assertRaises(TypeError, int, '5')
    def test_regex(self): self.assertRaisesRegex(ValueError, 'xyz', int, 'q')
    def test_in(self): self.assertIn(5, [1, 2])
    def test_notin(self): self.assertNotIn(1, [1])
    def test_isinst(self): self.assertIsInstance(1, str)
    def test_false(self): self.assertFalse([1])
    def test_ne(self): self.assertNotEqual(1, 1, msg='oops')
    def test_long(self): self.assertEqual('x' * 100 + 'a', 'x' * 100 + 'b')
    def test_count(self): self.assertCountEqual([1, 1, 2], [1, 2, 2])
    def test_delta(self): self.assertAlmostEqual(1, 2, delta=0.5)
    def test_greater(self): self.assertGreaterEqual(1, 2)
    def test_is(self): self.assertIs([], [])
    def test_regex2(self): self.assertRegex('abc', r'\d')
    def test_skip(self): self.skipTest('not now')
    @unittest.skipIf(True, 'cond')
    def test_skipif(self): pass
    @unittest.expectedFailure
    def test_unexpected(self): pass
    def test_fail(self): self.fail('explicit')
    def test_cleanup(self):
        self.addCleanup(print, 'cleanup ran', file=sys.stderr)
    def test_bigdiff(self): self.assertEqual(list(range(100)), list(range(1, 101)))
@unittest.skip('whole class')
class S(unittest.TestCase):
    def test_x(self): pass
class Broken(unittest.TestCase):
    def setUp(self): raise RuntimeError('setup broke')
    def test_y(self): pass
stream = io.StringIO()
runner = unittest.TextTestRunner(stream=stream)
try:
    unittest.main(testRunner=runner)
except SystemExit as e:
    print(re.sub(r'in \d+\.\d+s', 'in <t>', stream.getvalue()))
    print('exit status', e.code)
