import unittest

import numpy as np
from sklearn.linear_model import Ridge

import ridge


def data():
    rng = np.random.RandomState(0)
    X = rng.randn(80, 4) * [1, 5, 0.5, 2] + [3, -2, 10, 0]
    y = X @ np.array([2.0, -1.0, 0.5, 3.0]) + 7 + rng.randn(80)
    return X, y


class RidgeTest(unittest.TestCase):
    def check_alpha(self, alpha):
        X, y = data()
        coef, intercept = ridge.fit_ridge(X, y, alpha)
        ref = Ridge(alpha=alpha).fit(X, y)
        self.assertTrue(np.allclose(np.ravel(coef), ref.coef_, atol=1e-6),
                        f"alpha={alpha}: coef should be {np.round(ref.coef_, 5)}, got {np.round(np.ravel(coef), 5)}")
        self.assertAlmostEqual(float(intercept), float(ref.intercept_), places=6,
                               msg=f"alpha={alpha}: intercept should be {ref.intercept_:.5f}, got {intercept}")

    def test_least_squares_when_alpha_is_zero(self):
        self.check_alpha(0.0)

    def test_matches_ridge_with_penalty(self):
        self.check_alpha(10.0)

    def test_strong_penalty_shrinks_coefficients_not_intercept(self):
        self.check_alpha(1e4)

    def test_predict_uses_coef_and_intercept(self):
        got = np.ravel(ridge.predict(np.array([1.0, 2.0]), 3.0, np.array([[1.0, 1.0], [0.0, -1.0]])))
        self.assertTrue(np.allclose(got, [6.0, 1.0]), f"predictions should be [6, 1], got {got}")


if __name__ == "__main__":
    unittest.main()
