import unittest

import numpy as np

import choose


def linear(seed=0):
    rng = np.random.RandomState(seed); X = rng.randn(300, 4)
    return X, (X @ [2.0, -1.0, 0.5, 0.0] + 0.3 * rng.randn(300) > 0.8).astype(int)


def xor(seed=1):
    rng = np.random.RandomState(seed); X = rng.uniform(-1, 1, (300, 2))
    return X, ((X[:, 0] > 0) ^ (X[:, 1] > 0)).astype(int)


class ChooseTest(unittest.TestCase):
    def test_baseline_is_the_majority_rate(self):
        X, y = linear()
        got = choose.cv_scores(X, y)
        rate = max(np.mean(y), 1 - np.mean(y))
        self.assertAlmostEqual(got["baseline"], rate, delta=0.02, msg=f"most-frequent baseline should score about {rate:.3f}, got {got['baseline']}")

    def test_linear_problem_prefers_logistic(self):
        got = choose.cv_scores(*linear())
        self.assertGreater(got["logistic"], 0.9, f"logistic should exceed 0.9 on linear data, got {got}")
        self.assertEqual(choose.recommend(got), "logistic", f"on linear data the logistic model is good enough, scores {got}")

    def test_xor_problem_needs_the_forest(self):
        got = choose.cv_scores(*xor())
        self.assertGreater(got["forest"], 0.9, f"forest should exceed 0.9 on XOR data, got {got}")
        self.assertEqual(choose.recommend(got), "forest", f"on XOR data only the forest beats the baseline, scores {got}")

    def test_recommend_prefers_simple_within_tolerance(self):
        self.assertEqual(choose.recommend({"baseline": 0.70, "logistic": 0.845, "forest": 0.85}), "logistic", "0.845 is within 0.01 of 0.85")
        self.assertEqual(choose.recommend({"baseline": 0.70, "logistic": 0.83, "forest": 0.85}, tolerance=0.05), "logistic", "0.83 is within 0.05 of 0.85")
        self.assertEqual(choose.recommend({"baseline": 0.9, "logistic": 0.9, "forest": 0.9}), "baseline", "all equal: the baseline is simplest")


if __name__ == "__main__":
    unittest.main()
