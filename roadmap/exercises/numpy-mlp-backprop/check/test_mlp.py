import unittest

import numpy as np


def assert_close(case, got, want, msg, rtol=1e-7, atol=1e-9):
    """One-line failure message (mlroad shows the last line of the traceback)."""
    got = np.asarray(got, dtype=float)
    want = np.asarray(want, dtype=float)
    case.assertEqual(got.shape, want.shape, msg=f"{msg}: shape should be {want.shape}, got {got.shape}")
    ok = np.allclose(got, want, rtol=rtol, atol=atol)
    worst = float(np.max(np.abs(got - want))) if got.size else 0.0
    case.assertTrue(ok, msg=f"{msg} (largest difference {worst:.3g})")

import mlp


def circles(n, seed):
    """Two concentric rings: not linearly separable, so a hidden layer is needed."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 2, size=n)
    radius = np.where(y == 0, 1.0, 2.2) + rng.normal(0, 0.15, size=n)
    angle = rng.uniform(0, 2 * np.pi, size=n)
    X = np.c_[radius * np.cos(angle), radius * np.sin(angle)]
    return X, y


def random_params(seed, d=3, h=5, k=4):
    rng = np.random.default_rng(seed)
    return {"W1": rng.normal(size=(d, h)), "b1": rng.normal(size=h),
            "W2": rng.normal(size=(h, k)), "b2": rng.normal(size=k)}


def reference_probs(p, X):
    z = np.maximum(X @ p["W1"] + p["b1"], 0) @ p["W2"] + p["b2"]
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


class TestForward(unittest.TestCase):
    def test_init_params_shapes(self):
        p = mlp.init_params(3, 7, 4, seed=1)
        want = {"W1": (3, 7), "b1": (7,), "W2": (7, 4), "b2": (4,)}
        for name, shape in want.items():
            self.assertIn(name, p, msg=f"init_params must return key {name!r}")
            self.assertEqual(np.shape(p[name]), shape, msg=f"{name} should have shape {shape}, got {np.shape(p[name])}")
        self.assertGreater(np.abs(p["W1"]).sum(), 0, msg="W1 must not be all zeros (symmetry is never broken)")

    def test_forward_matches_softmax_of_relu_network(self):
        p = random_params(0)
        X = np.random.default_rng(1).normal(size=(6, 3))
        got = np.asarray(mlp.forward(p, X))
        self.assertEqual(got.shape, (6, 4), msg=f"forward should return (n, k) = (6, 4), got {got.shape}")
        assert_close(self, got, reference_probs(p, X), rtol=1e-6, atol=1e-9,
                                   msg="forward should be softmax(relu(X@W1+b1)@W2+b2)")

    def test_forward_is_stable_for_huge_logits(self):
        p = random_params(0)
        p["W2"] = p["W2"] * 1000.0
        X = np.random.default_rng(1).normal(size=(6, 3)) * 10
        got = np.asarray(mlp.forward(p, X))
        self.assertTrue(np.all(np.isfinite(got)), msg="forward returned NaN/inf for large logits: subtract the row max before exp")
        assert_close(self, got.sum(axis=1), np.ones(len(got)), atol=1e-9, msg="each row of probabilities must sum to 1")


class TestBackprop(unittest.TestCase):
    def test_loss_is_mean_cross_entropy(self):
        p = random_params(2)
        rng = np.random.default_rng(3)
        X, y = rng.normal(size=(8, 3)), rng.integers(0, 4, size=8)
        loss, _ = mlp.loss_and_grads(p, X, y)
        want = -np.mean(np.log(reference_probs(p, X)[np.arange(8), y]))
        self.assertAlmostEqual(float(loss), want, places=6, msg=f"loss should be the MEAN cross-entropy {want:.6f}, got {loss}")

    def test_gradients_match_numerical_gradient(self):
        p = random_params(4)
        rng = np.random.default_rng(5)
        X, y = rng.normal(size=(10, 3)), rng.integers(0, 4, size=10)
        _, grads = mlp.loss_and_grads(p, X, y)
        eps = 1e-6
        for name in ("W1", "b1", "W2", "b2"):
            self.assertIn(name, grads, msg=f"grads must have key {name!r}")
            g = np.asarray(grads[name], dtype=float)
            self.assertEqual(g.shape, p[name].shape, msg=f"grad {name} should have shape {p[name].shape}, got {g.shape}")
            num = np.zeros_like(p[name])
            for idx in np.ndindex(p[name].shape):
                saved = p[name][idx]
                p[name][idx] = saved + eps
                up, _ = mlp.loss_and_grads(p, X, y)
                p[name][idx] = saved - eps
                down, _ = mlp.loss_and_grads(p, X, y)
                p[name][idx] = saved
                num[idx] = (up - down) / (2 * eps)
            rel = np.max(np.abs(g - num)) / max(1e-8, np.max(np.abs(num)) + np.max(np.abs(g)))
            self.assertLess(rel, 1e-5, msg=f"analytic gradient of {name} differs from the numerical gradient (relative error {rel:.2e})")


class TestTraining(unittest.TestCase):
    def test_training_separates_two_rings(self):
        X, y = circles(600, seed=10)
        Xt, yt = circles(400, seed=11)
        p = mlp.train(X, y)
        p0 = mlp.init_params(2, 32, 2, seed=0)
        loss0, _ = mlp.loss_and_grads(p0, X, y)
        loss1, _ = mlp.loss_and_grads(p, X, y)
        self.assertLess(loss1, loss0 * 0.5, msg=f"training loss should at least halve (start {loss0:.3f}, end {loss1:.3f})")
        acc = float(np.mean(np.argmax(mlp.forward(p, Xt), axis=1) == yt))
        self.assertGreaterEqual(acc, 0.95, msg=f"held-out accuracy on the two rings should be >= 0.95, got {acc:.3f}")


if __name__ == "__main__":
    unittest.main()
