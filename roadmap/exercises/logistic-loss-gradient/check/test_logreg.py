import unittest

import numpy as np

import logreg


def data(seed=0):
    rng = np.random.RandomState(seed)
    X = rng.randn(200, 3)
    p = 1 / (1 + np.exp(-(X @ np.array([1.5, -2.0, 0.5]) + 0.3)))
    return X, (rng.rand(200) < p).astype(float)


def ref_loss(w, b, X, y):
    p = np.clip(1 / (1 + np.exp(-np.clip(X @ w + b, -500, 500))), 1e-12, 1 - 1e-12)
    return -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))


class LogisticGradientTest(unittest.TestCase):
    def test_loss_at_zero_weights_is_log_2(self):
        X, y = data()
        got = logreg.log_loss(np.zeros(3), 0.0, X, y)
        self.assertAlmostEqual(got, np.log(2), places=6, msg=f"with w=0, b=0 every p is 0.5, loss log(2)=0.6931; got {got}")

    def test_loss_stays_finite_for_huge_scores(self):
        X, y = data()
        got = logreg.log_loss(np.array([1e4, -1e4, 1e4]), 0.0, X, y)
        self.assertTrue(np.isfinite(got), f"loss should be finite for huge weights (clip probabilities), got {got}")

    def test_gradient_matches_finite_differences(self):
        X, y = data(1)
        w, b = np.array([0.3, -0.2, 0.1]), -0.4
        dw, db = logreg.gradient(w, b, X, y)
        eps = 1e-6
        for i in range(3):
            e = np.zeros(3); e[i] = eps
            num = (ref_loss(w + e, b, X, y) - ref_loss(w - e, b, X, y)) / (2 * eps)
            self.assertAlmostEqual(float(np.ravel(dw)[i]), num, places=5, msg=f"dw[{i}] should be {num:.6f}, got {np.ravel(dw)[i]}")
        num_b = (ref_loss(w, b + eps, X, y) - ref_loss(w, b - eps, X, y)) / (2 * eps)
        self.assertAlmostEqual(float(db), num_b, places=5, msg=f"db should be {num_b:.6f}, got {db}")

    def test_numerical_gradient_of_a_known_function(self):
        x = np.array([1.0, -2.0, 3.0])
        got = logreg.numerical_gradient(lambda v: float(np.sum(v ** 2) + v[0] * v[1]), x)
        want = np.array([2 * 1 - 2, 2 * -2 + 1, 6.0])
        self.assertTrue(np.allclose(got, want, atol=1e-4), f"gradient of sum(x^2) + x0*x1 at {x} is {want}, got {got}")

    def test_gradient_descent_reaches_the_optimum(self):
        X, y = data(2)
        w, b = logreg.fit(X, y)
        got = ref_loss(np.asarray(w, float), float(b), X, y)
        # the optimum, found by many small Newton steps in the check
        wo, bo = np.zeros(3), 0.0
        Xb = np.hstack([X, np.ones((200, 1))])
        theta = np.zeros(4)
        for _ in range(50):
            p = 1 / (1 + np.exp(-Xb @ theta))
            H = Xb.T @ (Xb * (p * (1 - p))[:, None]) / 200
            theta -= np.linalg.solve(H, Xb.T @ (p - y) / 200)
        best = ref_loss(theta[:3], theta[3], X, y)
        self.assertLess(got - best, 0.01, f"loss after fit should be within 0.01 of the optimum {best:.4f}, got {got:.4f}")


if __name__ == "__main__":
    unittest.main()
