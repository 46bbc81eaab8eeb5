import time
import unittest

import numpy as np

import assign


def slow(X, C):
    out = []
    for x in X.tolist():
        best, best_d = 0, None
        for j, c in enumerate(C.tolist()):
            d = sum((a - b) ** 2 for a, b in zip(x, c))
            if best_d is None or d < best_d:
                best, best_d = j, d
        out.append(best)
    return np.array(out, dtype=int)


class VectoriseTest(unittest.TestCase):
    def test_same_answer_as_the_loop(self):
        rng = np.random.RandomState(0)
        X, C = rng.randn(500, 5), rng.randn(12, 5)
        got = np.asarray(assign.assign_fast(X, C))
        want = slow(X, C)
        self.assertEqual(got.shape, want.shape, f"should return {want.shape[0]} indices, got shape {got.shape}")
        self.assertTrue(np.array_equal(got, want), f"{int((got != want).sum())} of 500 rows get a different centroid than the loop")

    def test_ties_go_to_the_lowest_index(self):
        X = np.array([[0.0, 0.0]])
        C = np.array([[1.0, 0.0], [-1.0, 0.0], [0.0, 1.0]])
        got = int(np.asarray(assign.assign_fast(X, C))[0])
        self.assertEqual(got, 0, f"all three centroids are at distance 1; expected index 0, got {got}")

    def test_at_least_five_times_faster_than_the_loop(self):
        rng = np.random.RandomState(1)
        X, C = rng.randn(3000, 8), rng.randn(40, 8)
        t0 = time.perf_counter(); want = slow(X, C); loop_s = time.perf_counter() - t0
        fast_s = min(self._time(X, C) for _ in range(3))
        self.assertTrue(np.array_equal(np.asarray(assign.assign_fast(X, C)), want), "fast result differs from the loop")
        self.assertLess(fast_s * 5, loop_s, f"the loop took {loop_s:.3f}s, yours {fast_s:.3f}s; it should be at least 5x faster")

    def _time(self, X, C):
        t0 = time.perf_counter(); assign.assign_fast(X, C); return time.perf_counter() - t0


if __name__ == "__main__":
    unittest.main()
