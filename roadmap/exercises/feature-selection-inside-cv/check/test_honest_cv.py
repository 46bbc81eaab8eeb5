import unittest

import numpy as np

import honest_cv


class HonestCrossValidationTest(unittest.TestCase):
    def test_pure_noise_scores_near_chance(self):
        rng = np.random.RandomState(0)
        X = rng.randn(100, 2000)
        y = np.array([0, 1] * 50)
        got = honest_cv.honest_cv_accuracy(X, y)
        self.assertTrue(0.30 <= got <= 0.70,
                        f"labels are pure noise, so an honest estimate is near 0.5; got {got:.3f} "
                        "(a score this high means the features were selected with the test folds)")

    def test_real_signal_is_found(self):
        rng = np.random.RandomState(1)
        X = rng.randn(100, 2000)
        y = np.array([0, 1] * 50)
        X[:, :5] += 1.5 * y[:, None]
        got = honest_cv.honest_cv_accuracy(X, y)
        self.assertGreater(got, 0.80, f"five informative features exist; accuracy should exceed 0.80, got {got:.3f}")

    def test_returns_a_float_mean(self):
        rng = np.random.RandomState(2)
        got = honest_cv.honest_cv_accuracy(rng.randn(60, 50), np.array([0, 1] * 30))
        self.assertIsInstance(float(got), float, f"should return one number, got {got!r}")


if __name__ == "__main__":
    unittest.main()
