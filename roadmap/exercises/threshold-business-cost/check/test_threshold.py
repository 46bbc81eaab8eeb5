import unittest

import numpy as np

import threshold


def data():
    rng = np.random.RandomState(3)
    y = (rng.rand(400) < 0.2).astype(int)
    scores = np.clip(0.25 * y + rng.rand(400) * 0.75, 0, 1).round(3)
    return y, scores


def brute(y, s, cfp, cfn):
    best = None
    for t in sorted(set(s.tolist()) | {1.0 + s.max()}, reverse=True):
        p = s >= t
        c = cfp * np.sum(p & (y == 0)) + cfn * np.sum(~p & (y == 1))
        if best is None or c < best[1]:
            best = (t, float(c))
    return best


class ThresholdCostTest(unittest.TestCase):
    def test_total_cost_on_a_small_case(self):
        got = threshold.total_cost([1, 0, 1, 0], [0.9, 0.8, 0.3, 0.1], 0.5, cost_fp=1, cost_fn=10)
        self.assertAlmostEqual(got, 11.0, msg=f"one FP (cost 1) and one FN (cost 10) at 0.5 should cost 11, got {got}")

    def test_score_equal_to_threshold_counts_as_positive(self):
        got = threshold.total_cost([0], [0.5], 0.5, cost_fp=3, cost_fn=10)
        self.assertAlmostEqual(got, 3.0, msg=f"score 0.5 at threshold 0.5 is a positive, so a FP costing 3; got {got}")

    def test_expensive_misses_pick_the_cheapest_threshold(self):
        y, s = data()
        want = brute(y, s, 1, 10)
        got = threshold.best_threshold(y, s, cost_fp=1, cost_fn=10)
        self.assertAlmostEqual(got[1], want[1], msg=f"the lowest cost with cost_fp=1, cost_fn=10 is {want[1]}, got {got[1]}")
        self.assertAlmostEqual(got[0], want[0], msg=f"the threshold should be {want[0]}, got {got[0]}")

    def test_cheap_misses_move_the_threshold_up(self):
        y, s = data()
        want = brute(y, s, 10, 1)
        got = threshold.best_threshold(y, s, cost_fp=10, cost_fn=1)
        self.assertAlmostEqual(got[1], want[1], msg=f"the lowest cost with cost_fp=10, cost_fn=1 is {want[1]}, got {got[1]}")
        self.assertAlmostEqual(got[0], want[0], msg=f"the threshold should be {want[0]}, got {got[0]}")

    def test_predicting_nobody_is_a_candidate(self):
        got = threshold.best_threshold([0, 0, 1], [0.9, 0.8, 0.1], cost_fp=5, cost_fn=1)
        self.assertAlmostEqual(got[1], 1.0, msg=f"predicting nobody costs 1 (one FN) and is the best here, got {got}")
        self.assertGreater(got[0], 0.9, f"the threshold should be above every score (1.0 + max), got {got[0]}")


if __name__ == "__main__":
    unittest.main()
